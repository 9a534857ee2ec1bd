/**
 * The coordinator of a large re-scoring run (协调线程): with an output directory, the reading,
 * cutting, numbering and writing of {@link runPipeline} (and with one worker the scoring too) run
 * in a thread of their own whose heap is capped, not in the main thread. A thread does little allocation there,
 * so a small young generation is collected often — and with it the buffers of the file already
 * read — which keeps the run's memory flat (V8 takes its heap sizes from flags at start, and only
 * worker threads take limits at run time). The main thread shows the progress and prints.
 *
 * @module
 */
import type { MessagePort } from 'node:worker_threads';
import type { Text } from '../../model/labels.js';
import { REJECTED_COLUMNS } from '../../io/rejected.js';
import type { OutputFormat } from '../../io/write.js';
import type { Profile } from '../../profile/schema.js';
import { recreateProfile } from '../../rescore/recreate.js';
import type { RescoreSummary } from '../../rescore/summary.js';
import { workDone } from '../code-cache.js';
import { progressShown } from '../progress.js';
import { refreshCountsWith } from '../run-state.js';
import { leanTieringNow } from '../tiering.js';
import { inputBytes } from '../input.js';
import { openGuardedWriter, writeSummary } from '../output.js';
import { SharedCounts } from './counts.js';
import { errorData } from './processor.js';
import type { ErrorData } from './protocol.js';
import { pipelineWorkerEntry, runPipeline, type PipelineOptions } from './run.js';

/** Where the coordinator writes: the temporary names of the output directory's files (created new), and their final names for messages. */
export interface CoordinatorFiles {
  results: { path: string; name: string };
  rejected: { path: string; name: string };
  summaryCsv: { path: string; name: string };
  summaryJson: { path: string; name: string };
  summaryMatrix: { path: string; name: string };
  summaryFacts: { path: string; name: string };
}

/** What the coordinator starts with. Plain data. */
export interface CoordinatorSetup {
  role: 'coordinator';
  profile: Profile;
  input: string;
  files: CoordinatorFiles;
  format: OutputFormat;
  /** CSV output encoding. */
  encoding?: 'utf-8' | 'gbk';
  options: Omit<PipelineOptions, 'profile' | 'onWarning' | 'onProgress' | 'format'>;
  /**
   * The run is lean: V8's optimising compiler is off in the process (../tiering.ts), and the thread's
   * code caches are read and written under the start flags. Set by {@link runInCoordinator}.
   */
  leanTiering?: boolean;
  /**
   * A progress display shows the run: a `progress` message is posted after each piece written only
   * then (a message a piece costs both threads ≈ 50 ms a 200,000 households for nothing under
   * `--quiet` or without a terminal). Set by {@link runInCoordinator}.
   */
  progress?: boolean;
  /**
   * The records done so far, written after each piece into memory shared with the main thread
   * (./counts.ts), which reads them should the run stop early. Set by {@link runInCoordinator}.
   */
  counts?: SharedArrayBuffer;
}

/** Coordinator → main thread. */
export type FromCoordinator =
  | { kind: 'warning'; message: Text }
  | { kind: 'progress'; bytes: number; records: number; results: number; rejected: number }
  | { kind: 'done'; summary: RescoreSummary; villages: number; missingParameter: boolean }
  | { kind: 'error'; error: ErrorData };

/**
 * The coordinator's heap: the summary by village (about 300 bytes a village), a few chunks'
 * messages, and the chunk it scores — with one worker every chunk, with more none while a worker
 * is alive (./run.ts); the index is outside the heap.
 * Assessing allocates much: a young generation of 32 MB keeps the collections cheap.
 */
const COORDINATOR_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32 };


/**
 * Runs a re-scoring into an output directory (results, rejected records, summary) in the
 * coordinator thread, as the worker's side of {@link runInCoordinator}.
 *
 * @example
 * serveCoordinator(parentPort!, workerData);
 */
export function serveCoordinator(port: MessagePort, setup: CoordinatorSetup): void {
  const post = (m: FromCoordinator) => port.postMessage(m);
  void (async () => {
    try {
      const profile = recreateProfile(setup.profile);
      const input = await inputBytes(setup.input);
      const language = setup.options.language;
      const { files } = setup;
      const writeOptions = { language, sync: true, createNew: true, ...(setup.encoding ? { encoding: setup.encoding } : {}) };
      const results = await openGuardedWriter({ ...writeOptions, path: files.results.path, format: setup.format }, files.results.name);
      const rejected = await openGuardedWriter({ ...writeOptions, path: files.rejected.path, format: 'csv', columns: REJECTED_COLUMNS, sheetName: language === 'en' ? 'rejected' : '问题记录' }, files.rejected.name);
      const shared = setup.counts ? new SharedCounts(setup.counts) : undefined;
      const shown = setup.progress !== false;
      let run;
      try {
        run = await runPipeline(input.bytes, { results, rejected }, {
          ...setup.options,
          profile,
          format: setup.format,
          onWarning: (w) => post({ kind: 'warning', message: w.message }),
          onProgress: (records, resultCount, rejectedCount) => {
            const done = { bytes: input.bytesRead(), records, results: resultCount, rejected: rejectedCount };
            shared?.write(done);
            if (shown || !shared) post({ kind: 'progress', ...done });
          },
        });
      } catch (e) {
        await Promise.allSettled([results.end(), rejected.end()]);
        throw e;
      }
      await results.end();
      await rejected.end();
      await writeSummary(
        { csv: files.summaryCsv.path, json: files.summaryJson.path, matrix: files.summaryMatrix.path, facts: files.summaryFacts.path },
        run.summary,
        language,
        run.warnings,
      );
      // The run did its work: this thread's code caches are written now, before it is terminated.
      workDone();
      post({ kind: 'done', summary: run.summary.head(true), villages: run.summary.villageCount, missingParameter: run.missingParameter });
    } catch (error) {
      post({ kind: 'error', error: errorData(error) });
    }
  })();
}

/** What {@link runInCoordinator} gives. */
export interface CoordinatedRun {
  /** The totals (`villages` empty: `villages` counts them). */
  summary: RescoreSummary;
  villages: number;
  missingParameter: boolean;
}

/**
 * Starts the coordinator thread and waits for it; warnings and progress arrive as they happen.
 * Rejects with the error that stopped the run (an ImportError keeps its code and text).
 *
 * @example
 * const run = await runInCoordinator(setup, { warning: (t) => warnings.push(t), progress: (b, n) => bar.update(b, n) });
 */
export async function runInCoordinator(setup: CoordinatorSetup, on: { warning(message: Text): void; progress(bytes: number, records: number, results: number, rejected: number): void }): Promise<CoordinatedRun> {
  const { Worker } = await import('node:worker_threads');
  const { rebuildError } = await import('./run.js');
  // Progress after each piece only while a display shows it; otherwise the counts so far are read
  // from shared memory when they are wanted: the run stops early, or a signal stops it.
  const shown = progressShown();
  const counts = new SharedCounts();
  const caughtUp = () => {
    const c = counts.read();
    on.progress(c.bytes, c.records, c.results, c.rejected);
  };
  const endRefresh = shown ? () => {} : refreshCountsWith(caughtUp);
  const worker = new Worker(await pipelineWorkerEntry(), { workerData: { ...setup, leanTiering: leanTieringNow(), progress: shown, counts: counts.buffer } satisfies CoordinatorSetup, resourceLimits: COORDINATOR_LIMITS });
  return new Promise<CoordinatedRun>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void, failed = false) => {
      if (settled) return;
      settled = true;
      endRefresh();
      if (failed && !shown) caughtUp();
      f();
      void worker.terminate();
    };
    worker.on('message', (m: FromCoordinator) => {
      if (m.kind === 'warning') on.warning(m.message);
      else if (m.kind === 'progress') on.progress(m.bytes, m.records, m.results, m.rejected);
      else if (m.kind === 'done') settle(() => resolve({ summary: m.summary, villages: m.villages, missingParameter: m.missingParameter }));
      else settle(() => reject(rebuildError(m.error)), true);
    });
    worker.on('error', (e) => settle(() => reject(e), true));
    // Ending without 'done' or 'error' is a bug (nothing left to wait for, or the thread was killed).
    worker.on('exit', (code) => settle(() => reject(new Error(`the coordinator thread ended before the run finished, without an error (thread exit code ${code})`)), true));
  });
}
