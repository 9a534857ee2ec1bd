/**
 * `fangfanpin rescore <input> --profile <id>` — re-score a whole export (重新评估): every household
 * read, validated and assessed under the profile; results, rejected records and the summary by
 * village written; `records in N = results R + rejected J` printed at the end — also when the run
 * fails or is interrupted (the records done so far, marked incomplete).
 *
 * The work runs in the re-scoring pipeline (src/cli/pipeline/): a CSV is cut into chunks that
 * worker threads read, score and format; the reading thread writes what they return, in order. A
 * large run into an output directory reads and writes in a coordinator thread with a capped heap
 * (src/cli/pipeline/coordinator.ts); this thread shows the progress and prints. The output
 * directory holds one run's complete outputs or is plainly marked incomplete (src/cli/out-dir.ts).
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_CHUNK_BYTES } from '../../io/csv-split.js';
import type { OutputFormat, TableWriter } from '../../io/write.js';
import { REJECTED_COLUMNS } from '../../io/rejected.js';
import { maskIdNumbersInText } from '../../explain/mask.js';
import type { HolidayNotice } from '../../calendar/notices.js';
import type { RescoreRejection } from '../../rescore/score.js';
import type { RescoreSummary } from '../../rescore/summary.js';
import type { Text } from '../../model/labels.js';
import type { Profile } from '../../profile/schema.js';
import { CliError, EXIT } from '../exit-codes.js';
import { reportFailure } from '../failure.js';
import { inputBytes, type TableCommandOptions } from '../input.js';
import { loadHolidays } from '../load-holidays.js';
import { loadProfile } from '../load-profile.js';
import { OutputDirectory } from '../out-dir.js';
import { printSuppliedLines, supplyLine, type LineOptions } from '../line-option.js';
import { runInCoordinator } from '../pipeline/coordinator.js';
import { ONE_THREAD_CHUNKS, runPipeline } from '../pipeline/run.js';
import { checkProfile } from '../preflight.js';
import { createProgress } from '../progress.js';
import { openGuardedWriter, writeSummary } from '../output.js';
import { printBalance, printSummary, printWarning, type Io } from '../print.js';
import { beginRun, type Counts } from '../run-state.js';
import { leanRun, optimisingCompilerBack, optimisingCompilerOff } from '../tiering.js';

/** Options of `rescore`. */
export interface RescoreCommandOptions extends TableCommandOptions, LineOptions {
  outputEncoding?: 'utf-8' | 'gbk';
  workers?: number;
  batchSize?: number;
  /** A JSON file of State Council holiday notices to add to the calendar shipped. */
  holidays?: string;
}

const REJECTIONS_SHOWN = 20;
const WARNINGS_SHOWN = 10;
const EXTENSIONS: Record<OutputFormat, string> = { csv: 'csv', ndjson: 'ndjson', xlsx: 'xlsx' };

/**
 * Checks the options that go together, before anything is read (exit 2).
 *
 * @example
 * checkOutputOptions({ json: true }, io) // throws: --json needs --out
 */
export function checkOutputOptions(options: Pick<TableCommandOptions, 'out' | 'json' | 'format' | 'force'>, io: Io): void {
  if (options.json && !options.out) {
    throw new CliError(EXIT.usage, { zh: '--json 需要 --out：没有 --out 时 stdout 输出的是结果本身', en: '--json needs --out: without --out, stdout carries the results themselves' });
  }
  if (options.force && !options.out) throw new CliError(EXIT.usage, { zh: '--force 需要 --out', en: '--force needs --out' });
  if (!options.out && options.format === 'xlsx' && io.stdout.isTTY) {
    throw new CliError(EXIT.usage, { zh: 'XLSX 不能输出到终端：请用 --out <目录> 指定输出目录', en: 'XLSX cannot be written to a terminal: give --out <dir>' });
  }
}

/**
 * Runs `rescore`; returns the exit code.
 *
 * @example
 * const code = await rescoreCommand('examples/data/village.csv', { profile: 'fujian/jinan/2023', format: 'csv', lang: 'zh', progress: true, out: 'out' }, io);
 */
export async function rescoreCommand(inputPath: string, options: RescoreCommandOptions, io: Io): Promise<number> {
  checkOutputOptions(options, io);
  const profile = supplyLine(await loadProfile(options.profile), options);
  const holidays: readonly HolidayNotice[] | undefined = options.holidays ? await loadHolidays(options.holidays) : undefined;
  // Lean, as the run assesses its records.
  checkProfile(profile, options.asOf, holidays, { explain: false });
  const input = await inputBytes(inputPath, io.stdin);
  const chunkBytes = options.batchSize ? options.batchSize * 1024 : DEFAULT_CHUNK_BYTES;
  // A file of one chunk, or of a few scored in one thread, is scored without V8's optimising
  // compiler, which costs more than it saves on so little (../tiering.ts); it is back on before this
  // returns.
  const oneScoringThread = (options.workers ?? availableParallelism()) <= 1 || input.size <= chunkBytes * ONE_THREAD_CHUNKS;
  if (!input.stdin && leanRun(input.size, chunkBytes, oneScoringThread)) optimisingCompilerOff();
  try {
    return await rescoreInput(inputPath, input, profile, holidays, options, io);
  } finally {
    optimisingCompilerBack();
  }
}

/** Runs `rescore` on an opened input (see {@link rescoreCommand}). */
async function rescoreInput(
  inputPath: string,
  input: Awaited<ReturnType<typeof inputBytes>>,
  profile: Profile,
  holidays: readonly HolidayNotice[] | undefined,
  options: RescoreCommandOptions,
  io: Io,
): Promise<number> {
  const quiet = options.quiet === true;
  // Warnings about the file are printed after the progress bar, never through it.
  const warnings: Text[] = [];
  const language = options.lang;
  const workers = options.workers ?? availableParallelism();
  const pipelineOptions = {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    language,
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { inputEncoding: options.encoding } : {}),
    workers,
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    ...(holidays ? { holidays } : {}),
    size: input.size,
  };
  const out = options.out ? OutputDirectory.open(options.out, { force: options.force === true, command: `fangfanpin rescore ${inputPath}` }) : undefined;
  const counts: Counts = { in: 0, results: 0, rejected: 0 };
  let reading = false;
  const endRun = beginRun({ io, out, counts: () => (reading ? { ...counts } : undefined) });
  const progress = createProgress(input.size, io.stderr, options.progress && !quiet && io.stderr.isTTY === true);
  const track = (records: number, results: number, rejected: number) => {
    counts.in = records;
    counts.results = results;
    counts.rejected = rejected;
  };
  const printWarnings = () => {
    if (quiet) return;
    for (const w of warnings.slice(0, WARNINGS_SHOWN)) printWarning(io, w);
    if (warnings.length > WARNINGS_SHOWN) printWarning(io, { zh: `另有 ${warnings.length - WARNINGS_SHOWN} 条导入警告`, en: `${warnings.length - WARNINGS_SHOWN} more import warnings` });
  };
  let outcome: { summary: RescoreSummary; villages: number; missingParameter: boolean };
  try {
    reading = true;
    if (out && !input.stdin && input.size > (options.batchSize ? options.batchSize * 1024 : DEFAULT_CHUNK_BYTES)) {
      // A large run into files: reading, numbering and writing (and, with one worker, scoring) in a
      // coordinator thread with a capped heap; it writes the output directory's temporary files.
      const name = (file: string) => ({ path: out.file(file), name: `${out.dir}/${file}` });
      const results = `results.${EXTENSIONS[options.format]}`;
      outcome = await runInCoordinator(
        {
          role: 'coordinator',
          profile,
          input: inputPath,
          files: {
            results: name(results),
            rejected: name('rejected.csv'),
            summaryCsv: name('summary.csv'),
            summaryJson: name('summary.json'),
            summaryMatrix: name('summary-matrix.csv'),
            summaryFacts: name('summary-facts.csv'),
          },
          format: options.format,
          ...(options.outputEncoding ? { encoding: options.outputEncoding } : {}),
          options: pipelineOptions,
        },
        {
          warning: (t) => void warnings.push(t),
          progress: (bytes, records, results, rejected) => {
            track(records, results, rejected);
            progress.update(bytes, records);
          },
        },
      );
    } else {
      outcome = await rescoreHere(profile, input, out, options, pipelineOptions, io, {
        warning: (t) => void warnings.push(t),
        progress: (records, results, rejected) => {
          track(records, results, rejected);
          progress.update(input.bytesRead(), records);
        },
      });
    }
    progress.stop();
    out?.commit();
  } catch (e) {
    progress.stop();
    out?.abandon();
    endRun();
    printWarnings();
    const code = reportFailure(io, e, inputPath === '-' ? 'stdin' : inputPath);
    if (reading) printBalance(io, counts, true);
    return code;
  }
  endRun();

  const summary = outcome.summary;
  printWarnings();
  if (!quiet) {
    printSuppliedLines(io, profile);
    printSummary(io, summary, language, outcome.villages);
  }
  if (options.json) io.stdout.write(JSON.stringify({ ...summary, villages: outcome.villages }, null, 2) + '\n');
  if (out && !quiet) io.stderr.write(`输出目录 / output: ${out.dir}\n`);
  printBalance(io, summary);
  if (outcome.missingParameter) return EXIT.profile;
  return summary.rejected > 0 ? EXIT.rejected : EXIT.ok;
}

/** Re-scores in this thread (with scoring workers as asked): to stdout, or into the output directory's temporary files. */
async function rescoreHere(
  profile: Profile,
  input: Awaited<ReturnType<typeof inputBytes>>,
  out: OutputDirectory | undefined,
  options: RescoreCommandOptions,
  pipelineOptions: Omit<Parameters<typeof runPipeline>[2], 'profile' | 'format'>,
  io: Io,
  on: { warning(t: Text): void; progress(records: number, results: number, rejected: number): void },
): Promise<{ summary: RescoreSummary; villages: number; missingParameter: boolean }> {
  const language = options.lang;
  const quiet = options.quiet === true;
  // Files are written with synchronous calls: this thread only writes what the workers return.
  const writeOptions = { language, sync: true, ...(options.outputEncoding ? { encoding: options.outputEncoding } : {}) };
  const resultsName = `results.${EXTENSIONS[options.format]}`;
  const results = await openGuardedWriter(
    out
      ? { ...writeOptions, path: out.file(resultsName), createNew: true, format: options.format }
      : { ...writeOptions, stream: io.stdout, format: options.format, bom: options.bom === true },
    out ? `${out.dir}/${resultsName}` : 'stdout',
  );
  let rejected: TableWriter | undefined;
  try {
    rejected = out
      ? await openGuardedWriter(
          { ...writeOptions, path: out.file('rejected.csv'), createNew: true, format: 'csv', columns: REJECTED_COLUMNS, sheetName: language === 'en' ? 'rejected' : '问题记录' },
          `${out.dir}/rejected.csv`,
        )
      : undefined;
  } catch (e) {
    await Promise.allSettled([results.end()]);
    throw e;
  }
  let shown = 0;
  const listRejections = (batch: RescoreRejection[]) => {
    for (const r of batch) {
      if (shown++ >= REJECTIONS_SHOWN || quiet) continue;
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
      onWarning: (w) => on.warning(w.message),
      onProgress: on.progress,
    });
  } catch (e) {
    await Promise.allSettled([results.end(), rejected?.end()]);
    throw e;
  }
  await results.end();
  await rejected?.end();
  if (!rejected && !quiet && shown > REJECTIONS_SHOWN) io.stderr.write(`… 另有 ${shown - REJECTIONS_SHOWN} 条拒收记录未显示（用 --out 写出全部）/ ${shown - REJECTIONS_SHOWN} more rejected records not shown (use --out to write them all)\n`);
  if (out) {
    await writeSummary(
      { csv: out.file('summary.csv'), json: out.file('summary.json'), matrix: out.file('summary-matrix.csv'), facts: out.file('summary-facts.csv') },
      run.summary,
      language,
      run.warnings,
    );
  }
  return { summary: run.summary.head(true), villages: run.summary.villageCount, missingParameter: run.missingParameter };
}
