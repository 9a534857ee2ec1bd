/**
 * The built bin re-scoring the bundled example into an output directory, as the startup and code-cache
 * tests run it: `fangfanpin rescore examples/data/village.csv --profile fujian/jinan/2023 --as-of
 * 2023-12-15 -w 1 --out OUT --force`, with `TMPDIR` (where the code caches live) set to `tmp`. Call
 * `ensureBuilt()` (./build.ts) first.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.js';

/** The bin's exit code, stdout, stderr and the text of the output files asked for, by name. */
export interface ExampleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

/**
 * Runs the built bin on the bundled example (see the module comment) and reads `files` of `out`.
 *
 * @example
 * const r = runExampleBin(tmp, join(tmp, 'out'), ['results.csv'], { FANGFANPIN_NO_CODE_CACHE: '1' });
 * r.code // 1 (four records are rejected)
 */
export function runExampleBin(tmp: string, out: string, files: readonly string[], env: Record<string, string> = {}): ExampleRun {
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  const village = join(ROOT, 'examples', 'data', 'village.csv');
  const r = spawnSync(process.execPath, [cli, 'rescore', village, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--out', out, '--force'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TMPDIR: tmp, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files: Object.fromEntries(files.map((f) => [f, readFileSync(join(out, f), 'utf8')])) };
}
