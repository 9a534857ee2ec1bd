/**
 * `ensureBuilt()` builds the package (tsup → dist/) when dist/ is missing or older than src/, once
 * per test run even when several test files ask at the same time (a lock directory serialises them).
 * Tests that need built JavaScript — the packed tarball, worker threads, the CLI as a child process —
 * call it in `beforeAll`, so `npm test` works on a fresh clone after `npm ci` alone, and unit tests
 * never pay for a build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(join(ROOT, '.build-stamp')).mtimeMs;
    return built >= newestMtime(join(ROOT, 'src')) && built >= statSync(join(ROOT, 'tsup.config.ts')).mtimeMs && built >= statSync(join(ROOT, 'package.json')).mtimeMs;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds dist/ if it is stale. Synchronous; safe to call from several test files at once. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(ROOT, '.build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for another test to build dist/');
      sleep(200);
      if (isFresh()) return;
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(join(ROOT, '.build-stamp'), new Date(0).toISOString());
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
