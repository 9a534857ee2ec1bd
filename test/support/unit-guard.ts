/**
 * The unit project's promise, kept by the runner (a setup file of the `unit` project in
 * vitest.config.ts): a unit test starts no child process and no worker thread. Each test file of the
 * project runs with `node:child_process`'s spawning functions and `node:worker_threads`' `Worker`
 * replaced by ones that throw, naming the way out; the originals are put back after the file.
 * A test that needs a process, a worker or the build belongs to the `integration` project.
 */
import { afterAll } from 'vitest';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const childProcess = require('node:child_process') as Record<string, unknown>;
const workerThreads = require('node:worker_threads') as Record<string, unknown>;

const WAY_OUT = 'the unit project starts no child process and no worker thread: move this test to the integration project (vitest.config.ts)';

const SPAWNING = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;
const originals: Record<string, unknown> = { ...Object.fromEntries(SPAWNING.map((k) => [k, childProcess[k]])), Worker: workerThreads['Worker'] };

for (const name of SPAWNING) {
  childProcess[name] = () => {
    throw new Error(`child_process.${name}: ${WAY_OUT}`);
  };
}
workerThreads['Worker'] = class RefusedWorker {
  constructor() {
    throw new Error(`new Worker(): ${WAY_OUT}`);
  }
};
syncBuiltinESMExports();

afterAll(() => {
  for (const name of SPAWNING) childProcess[name] = originals[name];
  workerThreads['Worker'] = originals['Worker'];
  syncBuiltinESMExports();
});
