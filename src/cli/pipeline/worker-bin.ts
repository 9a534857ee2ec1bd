/**
 * The pipeline worker as built (dist/cli/pipeline-worker.js): runs its bundle
 * (dist/cli/pipeline-worker.cjs, built from ./worker.ts) through V8's code cache (../code-cache.ts).
 * A worker is usually terminated when the run ends and then never sees `exit`, so it writes its
 * cache half a second after its first message (the functions its work compiled by then), or at exit
 * if that comes first; a worker terminated sooner writes none, and the next run tries again.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { loadBundle } from '../code-cache.js';

loadBundle(new URL('./pipeline-worker.cjs', import.meta.url), ['worker'], process.env, (write) => {
  let written = false;
  const once = () => {
    if (written) return;
    written = true;
    write();
  };
  process.once('exit', once);
  parentPort?.once('message', () => setTimeout(once, 500).unref());
});
