/**
 * `fangfanpin rescore <input> --profile <id>` — re-score a whole export (重新评估): every household
 * read, validated and assessed under the profile; results, rejected records and the summary by
 * village written; `records in N = results R + rejected J` printed at the end.
 *
 * The work runs in the re-scoring pipeline (src/cli/pipeline/): a CSV is cut into chunks that
 * worker threads read, score and format; the reading thread writes what they return, in order. A
 * large run into an output directory reads and writes in a coordinator thread with a capped heap
 * (src/cli/pipeline/coordinator.ts); this thread shows the progress and prints.
 *
 * @module
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CHUNK_BYTES } from '../../io/csv-split.js';
import { openTableWriter, type OutputFormat, type TableWriter } from '../../io/write.js';
import { REJECTED_COLUMNS } from '../../io/rejected.js';
import { maskIdNumbersInText } from '../../explain/mask.js';
import type { RescoreRejection } from '../../rescore/score.js';
import type { RescoreSummary } from '../../rescore/summary.js';
import type { Text } from '../../model/labels.js';
import { CliError, EXIT } from '../exit-codes.js';
import { inputBytes, inputError, type TableCommandOptions } from '../input.js';
import { loadProfile } from '../load-profile.js';
import { printSuppliedLines, supplyLine, type LineOptions } from '../line-option.js';
import { runInCoordinator } from '../pipeline/coordinator.js';
import { runPipeline } from '../pipeline/run.js';
import { checkProfile } from '../preflight.js';
import { createProgress } from '../progress.js';
import { writeSummary } from '../output.js';
import { printBalance, printSummary, printWarning, type Io } from '../print.js';

/** Options of `rescore`. */
export interface RescoreCommandOptions extends TableCommandOptions, LineOptions {
  outputEncoding?: 'utf-8' | 'gbk';
  workers?: number;
  batchSize?: number;
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
  const profile = supplyLine(await loadProfile(options.profile), options);
  checkProfile(profile, options.asOf);
  if (!options.out && options.format === 'xlsx' && io.stdout.isTTY) {
    throw new CliError(EXIT.usage, { zh: 'XLSX 不能输出到终端：请用 --out <目录> 指定输出目录', en: 'XLSX cannot be written to a terminal: give --out <dir>' });
  }
  // Warnings about the file are printed after the progress bar, never through it.
  const warnings: Text[] = [];
  const input = await inputBytes(inputPath);
  if (options.out) await mkdir(options.out, { recursive: true });
  const language = options.lang;
  const workers = options.workers ?? availableParallelism();
  const pipelineOptions = {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    language,
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { inputEncoding: options.encoding } : {}),
    workers,
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    size: input.size,
  };
  const progress = createProgress(input.size, io.stderr, options.progress && io.stderr.isTTY === true);
  let outcome: { summary: RescoreSummary; villages: number; missingParameter: boolean };

  if (options.out && input.size > (options.batchSize ? options.batchSize * 1024 : DEFAULT_CHUNK_BYTES)) {
    // A large run into files: reading, numbering and writing (and, with one worker, scoring) in a
    // coordinator thread with a capped heap.
    try {
      outcome = await runInCoordinator(
        { role: 'coordinator', profile, input: inputPath, out: options.out, format: options.format, ...(options.outputEncoding ? { encoding: options.outputEncoding } : {}), options: pipelineOptions },
        { warning: (t) => void warnings.push(t), progress: (bytes, records) => progress.update(bytes, records) },
      );
    } catch (e) {
      progress.stop();
      for (const w of warnings.slice(0, WARNINGS_SHOWN)) printWarning(io, w);
      throw inputError(inputPath, e);
    }
    progress.stop();
  } else {
    // Files are written with synchronous calls: this thread only writes what the workers return.
    const writeOptions = { language, sync: true, ...(options.outputEncoding ? { encoding: options.outputEncoding } : {}) };
    const results = await openTableWriter(
      options.out ? { ...writeOptions, path: join(options.out, `results.${EXTENSIONS[options.format]}`), format: options.format } : { ...writeOptions, stream: io.stdout, format: options.format },
    );
    const rejected: TableWriter | undefined = options.out
      ? await openTableWriter({ ...writeOptions, path: join(options.out, 'rejected.csv'), format: 'csv', columns: REJECTED_COLUMNS, sheetName: language === 'en' ? 'rejected' : '问题记录' })
      : undefined;
    let shown = 0;
    const listRejections = (batch: RescoreRejection[]) => {
      for (const r of batch) {
        if (shown++ >= REJECTIONS_SHOWN) continue;
        const where = `#${r.position}${r.source ? ` (行/rows ${r.source.rows.join(', ')})` : ''} ${maskIdNumbersInText(r.householdId ?? '')}`;
        for (const i of r.issues) io.stderr.write(`✗ ${where} ${i.path}: ${maskIdNumbersInText(i.message.zh)} / ${maskIdNumbersInText(i.message.en)}\n`);
      }
    };
    let run;
    try {
      run = await runPipeline(input.bytes, rejected ? { results, rejected } : { results, onRejections: listRejections }, {
        ...pipelineOptions,
        profile,
        format: options.format,
        onWarning: (w) => void warnings.push(w.message),
        onProgress: (done) => progress.update(input.bytesRead(), done),
      });
    } catch (e) {
      progress.stop();
      await Promise.allSettled([results.end(), rejected?.end()]);
      for (const w of warnings.slice(0, WARNINGS_SHOWN)) printWarning(io, w);
      throw inputError(inputPath, e);
    }
    progress.stop();
    await Promise.all([results.end(), rejected?.end()]);
    if (!rejected && shown > REJECTIONS_SHOWN) io.stderr.write(`… 另有 ${shown - REJECTIONS_SHOWN} 条拒收记录未显示（用 --out 写出全部）/ ${shown - REJECTIONS_SHOWN} more rejected records not shown (use --out to write them all)\n`);
    if (options.out) await writeSummary(options.out, run.summary, language, run.warnings);
    outcome = { summary: run.summary.head(true), villages: run.summary.villageCount, missingParameter: run.missingParameter };
  }

  const summary = outcome.summary;
  for (const w of warnings.slice(0, WARNINGS_SHOWN)) printWarning(io, w);
  if (warnings.length > WARNINGS_SHOWN) printWarning(io, { zh: `另有 ${warnings.length - WARNINGS_SHOWN} 条导入警告`, en: `${warnings.length - WARNINGS_SHOWN} more import warnings` });
  printSuppliedLines(io, profile);
  printSummary(io, summary, language, outcome.villages);
  printBalance(io, summary);
  if (options.out) io.stderr.write(`输出目录 / output: ${options.out}\n`);
  if (outcome.missingParameter) return EXIT.profile;
  return summary.rejected > 0 ? EXIT.rejected : EXIT.ok;
}
