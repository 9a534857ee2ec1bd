/**
 * `fangfanpin rescore <input> --profile <id>` — re-score a whole export (重新评估): every household
 * read, validated and assessed under the profile; results, rejected records and the summary by
 * village written; `records in N = results R + rejected J` printed at the end.
 *
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeResults, type OutputFormat, type TableRow } from '../../io/write.js';
import { writeRejected } from '../../io/rejected.js';
import { maskIdNumbersInText } from '../../explain/mask.js';
import type { RescoreRejection } from '../../rescore/score.js';
import type { TextEncoding } from '../../io/source.js';
import { rescoreRows } from '../../rescore/rescore.js';
import type { RescoreSummary } from '../../rescore/summary.js';
import type { Text } from '../../model/labels.js';
import { Channel, flatten } from '../channel.js';
import { CliError, EXIT } from '../exit-codes.js';
import { inputError, openInput } from '../input.js';
import { loadProfile } from '../load-profile.js';
import { checkProfile } from '../preflight.js';
import { createProgress } from '../progress.js';
import { SUMMARY_TABLE_COLUMNS, summaryTableRows } from '../output.js';
import { printBalance, printSummary, printWarning, type Io } from '../print.js';

/** Options of `rescore`. */
export interface RescoreCommandOptions {
  profile: string;
  asOf?: string;
  out?: string;
  format: OutputFormat;
  inputFormat?: 'csv' | 'ndjson' | 'xlsx';
  encoding?: TextEncoding;
  outputEncoding?: 'utf-8' | 'gbk';
  workers?: number;
  batchSize?: number;
  lang: 'zh' | 'en';
  progress: boolean;
}

const REJECTIONS_SHOWN = 20;
const WARNINGS_SHOWN = 10;
const EXTENSIONS: Record<OutputFormat, string> = { csv: 'csv', ndjson: 'ndjson', xlsx: 'xlsx' };

/**
 * Runs `rescore`; returns the exit code.
 *
 * @example
 * const code = await rescoreCommand('examples/data/village.csv', { profile: 'fujian/jinan/2023', format: 'csv', lang: 'zh', progress: true, out: 'out' }, io);
 */
export async function rescoreCommand(inputPath: string, options: RescoreCommandOptions, io: Io): Promise<number> {
  const profile = await loadProfile(options.profile);
  checkProfile(profile, options.asOf);
  if (!options.out && options.format === 'xlsx' && io.stdout.isTTY) {
    throw new CliError(EXIT.usage, { zh: 'XLSX 不能输出到终端：请用 --out <目录> 指定输出目录', en: 'XLSX cannot be written to a terminal: give --out <dir>' });
  }
  // Warnings about the file are printed after the progress bar, never through it.
  const warnings: Text[] = [];
  const input = await openInput(inputPath, {
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    onWarning: (w) => void warnings.push(w.message),
  });
  if (options.out) await mkdir(options.out, { recursive: true });

  const run = rescoreRows(input.records, profile, {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    records: 'imported',
    language: options.lang,
  });

  const language = options.lang;
  const results = new Channel<TableRow[]>(16);
  const rejected = new Channel<RescoreRejection[]>(16);
  const writeOptions = { language, ...(options.outputEncoding ? { encoding: options.outputEncoding } : {}) };
  const resultsWritten = writeResults(
    flatten(results),
    options.out ? { ...writeOptions, path: join(options.out, `results.${EXTENSIONS[options.format]}`), format: options.format } : { ...writeOptions, stream: io.stdout, format: options.format },
  );
  const rejectedWritten = options.out
    ? writeRejected(flatten(rejected), { ...writeOptions, path: join(options.out, 'rejected.csv'), format: 'csv' })
    : (async () => {
        let shown = 0;
        for await (const batch of rejected) {
          for (const r of batch) {
            if (shown++ >= REJECTIONS_SHOWN) continue;
            const where = `#${r.position}${r.source ? ` (行/rows ${r.source.rows.join(', ')})` : ''} ${maskIdNumbersInText(r.householdId ?? '')}`;
            for (const i of r.issues) io.stderr.write(`✗ ${where} ${i.path}: ${maskIdNumbersInText(i.message.zh)} / ${maskIdNumbersInText(i.message.en)}\n`);
          }
        }
        if (shown > REJECTIONS_SHOWN) io.stderr.write(`… 另有 ${shown - REJECTIONS_SHOWN} 条拒收记录未显示（用 --out 写出全部）/ ${shown - REJECTIONS_SHOWN} more rejected records not shown (use --out to write them all)\n`);
        return { format: 'csv' as const, rows: shown };
      })();
  // Keep the writers' failures from being unhandled while the loop runs; they are awaited below.
  resultsWritten.catch(() => {});
  rejectedWritten.catch(() => {});

  const progress = createProgress(input.size, io.stderr, options.progress && io.stderr.isTTY === true);
  let done = 0;
  let missingParameter = false;
  try {
    for await (const batch of run.batches()) {
      const ok: TableRow[] = [];
      const bad: RescoreRejection[] = [];
      for (const o of batch) {
        if (o.ok) ok.push(o.result);
        else {
          bad.push(o);
          if (o.issues.some((i) => i.code === 'missing_parameter')) missingParameter = true;
        }
      }
      if (ok.length) await results.push(ok);
      if (bad.length) await rejected.push(bad);
      done += batch.length;
      progress.update(input.bytesRead(), done);
    }
  } catch (e) {
    progress.stop();
    results.close();
    rejected.close();
    await Promise.allSettled([resultsWritten, rejectedWritten]);
    for (const w of warnings.slice(0, WARNINGS_SHOWN)) printWarning(io, w);
    throw inputError(inputPath, e);
  }
  progress.stop();
  results.close();
  rejected.close();
  await Promise.all([resultsWritten, rejectedWritten]);

  const summary = run.summary();
  if (options.out) await writeSummary(options.out, summary, language);
  for (const w of warnings.slice(0, WARNINGS_SHOWN)) printWarning(io, w);
  if (warnings.length > WARNINGS_SHOWN) printWarning(io, { zh: `另有 ${warnings.length - WARNINGS_SHOWN} 条导入警告`, en: `${warnings.length - WARNINGS_SHOWN} more import warnings` });
  printSummary(io, summary, language);
  printBalance(io, summary);
  if (options.out) io.stderr.write(`输出目录 / output: ${options.out}\n`);
  if (missingParameter) return EXIT.profile;
  return summary.rejected > 0 ? EXIT.rejected : EXIT.ok;
}

async function writeSummary(out: string, summary: RescoreSummary, language: 'zh' | 'en'): Promise<void> {
  await writeResults(summaryTableRows(summary, language), { path: join(out, 'summary.csv'), format: 'csv', language, columns: SUMMARY_TABLE_COLUMNS });
  await writeFile(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
}
