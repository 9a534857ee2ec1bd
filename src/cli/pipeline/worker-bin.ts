/**
 * The pipeline worker as built (dist/cli/pipeline-worker.js): runs its bundle
 * (dist/cli/pipeline-worker.cjs, built from ./worker.ts) through V8's code cache (../code-cache.ts).
 * A worker is terminated when the run ends and then never sees `exit`, so it writes its cache when the
 * pipeline says its run has done its work (`workDone`: the coordinator before it reports the run
 * done, a scoring worker when asked to finish after the run's last piece), or at exit if that comes
 * first; a worker whose run failed writes none, and the next run tries again. A coordinator started
 * by a lean run is told so first (../tiering.ts `adoptLeanTiering`).
 *
 * @module
 */
import { workerData } from 'node:worker_threads';
import { afterWorkDone, loadBundle } from '../code-cache.js';
import { adoptLeanTiering } from '../tiering.js';

// Started by a lean run (the optimising compiler off in the process: ../tiering.ts): this thread's
// caches, the bundle's first, are read and written under the start flags.
adoptLeanTiering((workerData as { leanTiering?: unknown } | null)?.leanTiering === true);
loadBundle(new URL('./pipeline-worker.cjs', import.meta.url), ['worker'], process.env, afterWorkDone);
