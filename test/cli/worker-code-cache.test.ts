/**
 * The code caches of the pipeline's worker threads (src/cli/pipeline/generated-cache.ts,
 * src/cli/code-cache.ts `afterWorkDone` / `workDone`): the coordinator thread (any file larger than a
 * chunk into an output directory) and the scoring workers (`-w 2`) compile their bundle and their
 * generated code (validator, importer rows, quality steps) through the cache like the main thread —
 * written by a run that did its work (a worker is terminated, never sees `exit`), taken by the next
 * (not rewritten), a damaged file ignored and rewritten, none with FANGFANPIN_NO_CODE_CACHE=1 — and the
 * outputs, messages and exit code are the same whatever the caches.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { afterWorkDone, workDone } from '../../src/cli/code-cache.js';
import { ensureBuilt, ROOT } from '../support/build.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const VILLAGE = join(ROOT, 'examples', 'data', 'village.csv'); // 188 KB, 120 households
const OUT_FILES = ['results.csv', 'rejected.csv', 'summary.csv', 'summary.json'];

/** The built bin on the bundled example in chunks of `kb` KB (more than one chunk: the coordinator thread scores; more than 8 and `-w 2`: a scoring worker too). */
function run(tmp: string, workers: number, kb: number, env: Record<string, string> = {}) {
  const out = join(tmp, `out-${workers}-${kb}`);
  const r = spawnSync(process.execPath, [CLI, 'rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', String(workers), '--batch-size', String(kb), '--out', out, '--force'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TMPDIR: tmp, ...env },
  });
  const files = Object.fromEntries(OUT_FILES.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replaceAll(out, 'OUT'), files };
}

const cacheDir = (tmp: string) => join(tmp, `fangfanpin-${process.getuid?.() ?? 'user'}`);
const workerFiles = (tmp: string) => {
  try {
    return readdirSync(cacheDir(tmp))
      .filter((f) => f.startsWith('generated-worker-') || f.startsWith('pipeline-worker.cjs-worker-'))
      .sort();
  } catch {
    return [];
  }
};
const PAST = new Date('2001-01-01T00:00:00Z');

describe('a worker thread writes its caches when its run has done its work', () => {
  it('afterWorkDone: the write waits for workDone, runs once, and a later workDone runs nothing again', () => {
    let writes = 0;
    afterWorkDone(() => (writes += 1));
    expect(writes).toBe(0);
    workDone();
    expect(writes).toBe(1);
    workDone();
    expect(writes).toBe(1);
  });
});

describe('the built bin: the pipeline worker threads compile through the code caches', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('the coordinator thread (-w 1) writes the bundle and generated-code caches, the next run takes them (not rewritten); outputs unchanged', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-wcache-'));
    const none = run(tmp, 1, 64, { FANGFANPIN_NO_CODE_CACHE: '1' });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/records in 120 = results 116 \+ rejected 4/);
    expect(workerFiles(tmp)).toEqual([]);
    const fresh = run(tmp, 1, 64);
    const files = workerFiles(tmp);
    expect(files.map((f) => f.replace(/-[^-]+\.cache$/, ''))).toEqual(['generated-worker', 'pipeline-worker.cjs-worker']);
    for (const f of files) utimesSync(join(cacheDir(tmp), f), PAST, PAST);
    const taken = run(tmp, 1, 64);
    for (const f of files) expect(statSync(join(cacheDir(tmp), f)).mtimeMs, f).toBe(PAST.getTime()); // V8 took every entry: nothing to write
    for (const r of [fresh, taken]) expect(r).toEqual(none);
  });

  it('with a scoring worker (-w 2) both worker threads write the same files (renamed into place: whole files), taken by the next run; a damaged generated-code file is ignored and rewritten; outputs unchanged', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-wcache2-'));
    const none = run(tmp, 2, 16, { FANGFANPIN_NO_CODE_CACHE: '1' });
    expect(none.code).toBe(1);
    const fresh = run(tmp, 2, 16);
    const files = workerFiles(tmp);
    expect(files).toHaveLength(2);
    expect(readdirSync(cacheDir(tmp)).filter((f) => !f.endsWith('.cache'))).toEqual([]); // no temporary file left behind
    for (const f of files) utimesSync(join(cacheDir(tmp), f), PAST, PAST);
    const taken = run(tmp, 2, 16);
    for (const f of files) expect(statSync(join(cacheDir(tmp), f)).mtimeMs, f).toBe(PAST.getTime());
    const generated = join(cacheDir(tmp), files.find((f) => f.startsWith('generated-worker-'))!);
    writeFileSync(generated, readFileSync(generated).subarray(0, 100));
    utimesSync(generated, PAST, PAST);
    const damaged = run(tmp, 2, 16);
    expect(statSync(generated).mtimeMs).not.toBe(PAST.getTime());
    expect(statSync(generated).size).toBeGreaterThan(100);
    for (const r of [fresh, taken, damaged]) expect(r).toEqual(none);
  });
});
