/**
 * The built executable (dist/cli/main.js) as a user runs it: the few command-line behaviours that
 * only a real process shows. Every other command-line behaviour is tested in this process through
 * `runCli` (test/cli/cli.test.ts, faults.test.ts, line-option.test.ts, import-warnings.test.ts);
 * signals and a stdout closed by its reader are in test/cli/process-faults.test.ts. Each test says
 * why it spawns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../support/build.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const VILLAGE = join(ROOT, 'examples', 'data', 'village.csv');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (p: string) => readFileSync(p, 'utf8').replace(/^\uFEFF/, '');

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'ffp-bin-'));
}, 300_000);

describe('the fangfanpin executable', () => {
  // Spawns: what is tested is the file itself — its `#!/usr/bin/env node` line and its mode — as the
  // shell runs it after `npm install -g` or from node_modules/.bin.
  it('runs as a program of its own (shebang, executable): --version prints the version of package.json', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(CLI, ['--version'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  // Spawns: the worker threads of the built CLI start from dist/cli/pipeline-worker.js; in this
  // process they would start from the TypeScript sources (worker-from-source.mjs) instead.
  it('Issue 5: the files are identical with 1 worker and with 2 workers', () => {
    const one = join(dir, 'w1');
    const two = join(dir, 'w2');
    expect(run('rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', one, '--workers', '1').code).toBe(1);
    expect(run('rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', two, '--workers', '2', '--batch-size', '8').code).toBe(1);
    for (const f of ['results.csv', 'rejected.csv', 'summary.csv', 'summary.json', 'summary-matrix.csv', 'summary-facts.csv']) expect(read(join(two, f))).toBe(read(join(one, f)));
  });

  // Spawns: the progress bar needs stderr to be a real terminal (script(1) gives the process one).
  it.skipIf(!existsSync('/usr/bin/script'))('a progress bar on stderr when it is a terminal (run under script(1)), and the same balance line', () => {
    const command = [process.execPath, CLI, 'rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--out', join(dir, 'tty')].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/[█░]/);
    expect(r.stdout).toMatch(/records in \d+ = results \d+ \+ rejected \d+/);
  });
});
