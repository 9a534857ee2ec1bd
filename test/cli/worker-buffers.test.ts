/**
 * The pipeline's threads detach no buffer (src/cli/pipeline/run.ts, processor.ts): chunks and result
 * bytes cross threads as copies, not transfers. An isolate's first detached ArrayBuffer invalidates
 * V8's ArrayBufferDetaching protector: every optimised function that reads a typed array — the CSV
 * byte scan, the cell decoder, the generated row functions — is thrown away and compiled again, with
 * a detached-buffer check at each access, in every worker thread (docs/decisions.md, "The pipeline's
 * worker threads: … no buffer detached"). Checked with V8's own trace of protector invalidations, on
 * the built bin with a scoring worker; the outputs are those of one thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const VILLAGE = join(ROOT, 'examples', 'data', 'village.csv');
const TRACE = '--trace-protector-invalidation';
const DETACHING = /Invalidating protector cell ArrayBufferDetaching/;

function rescore(tmp: string, workers: number, nodeFlags: string[]) {
  const out = join(tmp, `out-${workers}`);
  const r = spawnSync(process.execPath, [...nodeFlags, CLI, 'rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', String(workers), '--batch-size', '16', '--quiet', '--out', out, '--force'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TMPDIR: tmp, FANGFANPIN_NO_CODE_CACHE: '1' },
  });
  return { code: r.status, trace: r.stdout + r.stderr, results: readFileSync(join(out, 'results.csv'), 'utf8'), rejected: readFileSync(join(out, 'rejected.csv'), 'utf8') };
}

describe('the pipeline threads detach no buffer', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('a run with a scoring worker (-w 2, 16 KB chunks) invalidates no ArrayBufferDetaching protector; outputs those of -w 1', () => {
    // The control: this node traces the invalidation a transfer causes.
    const control = spawnSync(process.execPath, [TRACE, '-e', 'const b = new ArrayBuffer(8); structuredClone(b, { transfer: [b] });'], { encoding: 'utf8' });
    expect(control.stdout + control.stderr).toMatch(DETACHING);
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-detach-'));
    const two = rescore(tmp, 2, [TRACE]);
    expect(two.code).toBe(1);
    expect(two.trace).not.toMatch(DETACHING);
    const one = rescore(tmp, 1, []);
    expect(two.results).toBe(one.results);
    expect(two.rejected).toBe(one.rejected);
  });
});
