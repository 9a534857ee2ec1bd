/**
 * V8's optimising compiler left out of a small run (src/cli/tiering.ts): the switch is V8's flag, so a
 * code cache made while it is off carries another hash of the flags and is rejected by every other
 * run — unless it is made under the flags as node started (`underStartFlags`), as src/cli/code-cache.ts
 * does. The built bin: a small run and a large one take each other's caches (nothing rewritten), with
 * the same outputs as a run that left the flags alone — also the caches of the coordinator thread that
 * scores a file of a few chunks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adoptLeanTiering, allowLeanTiering, LEAN_RUN_BYTES, leanRun, leanTieringNow, optimisingCompilerBack, optimisingCompilerOff, startedWithFlags, underStartFlags } from '../../src/cli/tiering.js';
import { ensureBuilt, ROOT } from '../support/build.js';

afterEach(() => {
  optimisingCompilerBack();
  allowLeanTiering(false);
});

let scripts = 0;
/** A compile of `source` under a name of its own (V8 keeps a script it compiled by name and source, and would not read the data again). */
const compile = (source: string, cachedData?: Buffer) => new Script(source, { filename: `tiering-${++scripts}.js`, ...(cachedData ? { cachedData } : {}) });
const SOURCE = 'function add(a, b) { return a + b; } add(1, 2);';

/**
 * The two code caches (the bundle's, the generated code's) a run of `kind` wrote under `tmp`, dated
 * back so that a rewrite shows; `unchanged()` checks that no later run rewrote them.
 */
function agedCaches(tmp: string, bundle: string, kind: string) {
  const dir = join(tmp, `fangfanpin-${process.getuid?.() ?? 'user'}`);
  const caches = readdirSync(dir).filter((f) => f.startsWith(`${bundle}-${kind}-`) || f.startsWith(`generated-${kind}-`));
  expect(caches).toHaveLength(2);
  const past = new Date('2001-01-01T00:00:00Z');
  for (const f of caches) utimesSync(join(dir, f), past, past);
  return { unchanged: () => { for (const f of caches) expect(statSync(join(dir, f)).mtimeMs, f).toBe(past.getTime()); } };
}

describe('the optimising compiler switched off in this process', () => {
  it('node started with options of its own (its command line, NODE_OPTIONS): V8 flags left as they are', () => {
    expect(startedWithFlags([], {})).toBe(false);
    expect(startedWithFlags([], { NODE_OPTIONS: '  ' })).toBe(false);
    expect(startedWithFlags(['--no-opt'], {})).toBe(true);
    expect(startedWithFlags(['--max-old-space-size=4096'], {})).toBe(true);
    expect(startedWithFlags([], { NODE_OPTIONS: '--jitless' })).toBe(true);
  });

  it('not allowed (the library, a test running a command): nothing changes, a cache made meanwhile is taken', () => {
    allowLeanTiering(false);
    expect(optimisingCompilerOff()).toBe(false);
    const data = compile(SOURCE).createCachedData();
    optimisingCompilerBack();
    expect(compile(SOURCE, data).cachedDataRejected).toBe(false);
  });

  it('off: a cache made meanwhile is rejected once it is back on; one made under the start flags is taken', () => {
    allowLeanTiering(true);
    expect(optimisingCompilerOff()).toBe(true);
    const plain = compile(SOURCE).createCachedData();
    const kept = underStartFlags(() => compile(SOURCE).createCachedData());
    // While it is off, data made under the start flags is also read under them.
    expect(underStartFlags(() => compile(SOURCE, kept).cachedDataRejected)).toBe(false);
    optimisingCompilerBack();
    expect(compile(SOURCE, plain).cachedDataRejected).toBe(true);
    expect(compile(SOURCE, kept).cachedDataRejected).toBe(false);
  });
});

describe('the built bin: a small run without the optimising compiler, a large one with it', () => {
  beforeAll(() => ensureBuilt(), 300_000);
  const CLI = join(ROOT, 'dist', 'cli', 'main.js');
  const VILLAGE = join(ROOT, 'examples', 'data', 'village.csv');
  const FILES = ['results.csv', 'rejected.csv', 'summary.csv', 'summary.json', 'summary-matrix.csv', 'summary-facts.csv'];
  function run(tmp: string, out: string, nodeOptions: string[] = [], extra: string[] = []) {
    const r = spawnSync(process.execPath, [...nodeOptions, CLI, 'rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--quiet', '--out', out, '--force', ...extra], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TMPDIR: tmp, FANGFANPIN_NO_CODE_CACHE: '', NODE_OPTIONS: '' },
    });
    return { code: r.status, stderr: r.stderr, files: Object.fromEntries(FILES.map((f) => [f, readFileSync(join(out, f), 'utf8')])) };
  }

  it('the caches a small run writes are taken by the next small run and by a run of several chunks (not rewritten); the outputs are those of a run that left the flags alone', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-tiering-'));
    // node started with an option of its own (not a V8 flag): the flags are left alone.
    const alone = run(tmp, join(tmp, 'alone'), ['--no-warnings'], []);
    expect(alone.code).toBe(1);
    const fresh = mkdtempSync(join(tmpdir(), 'ffp-tiering-'));
    const small = run(fresh, join(fresh, 'small'));
    expect(small).toEqual(alone);
    const caches = agedCaches(fresh, 'main.cjs', 'rescore');
    expect(run(fresh, join(fresh, 'again'))).toEqual(alone);
    // Twelve chunks of 16 KB with two workers: scoring workers, so the optimising compiler stays on; the
    // main thread takes the bundle's cache the small runs wrote.
    const chunks = run(fresh, join(fresh, 'chunks'), [], ['--batch-size', '16', '-w', '2']);
    expect(chunks).toEqual(alone);
    caches.unchanged();
  });

  it('a file of a few chunks scored in the coordinator thread is lean too: the caches that thread writes are taken by a run with the optimising compiler on and by the next lean run (not rewritten)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-tiering-'));
    const alone = run(tmp, join(tmp, 'alone'), ['--no-warnings'], ['--batch-size', '16']);
    expect(alone.code).toBe(1);
    const fresh = mkdtempSync(join(tmpdir(), 'ffp-tiering-'));
    // Twelve chunks of 16 KB, one worker: lean, scored in the coordinator thread, which writes its caches.
    expect(run(fresh, join(fresh, 'lean'), [], ['--batch-size', '16'])).toEqual(alone);
    const caches = agedCaches(fresh, 'pipeline-worker.cjs', 'worker');
    // The same twelve chunks with two workers: not lean (a coordinator and a scoring worker, the
    // optimising compiler on); both threads take the caches the lean coordinator wrote (the same
    // chunks: the same generated code).
    expect(run(fresh, join(fresh, 'workers'), [], ['--batch-size', '16', '-w', '2'])).toEqual(alone);
    expect(run(fresh, join(fresh, 'again'), [], ['--batch-size', '16'])).toEqual(alone);
    caches.unchanged();
  });
});

describe('the built bin: `check` of a small file without the optimising compiler', () => {
  beforeAll(() => ensureBuilt(), 300_000);
  const CLI = join(ROOT, 'dist', 'cli', 'main.js');
  const VILLAGE = join(ROOT, 'examples', 'data', 'village.csv');
  function check(tmp: string, out: string, nodeOptions: string[] = []) {
    const r = spawnSync(process.execPath, [...nodeOptions, CLI, 'check', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--quiet', '--out', out, '--force'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TMPDIR: tmp, FANGFANPIN_NO_CODE_CACHE: '', NODE_OPTIONS: '' },
    });
    return { code: r.status, stderr: r.stderr, stdout: r.stdout, report: readFileSync(join(out, 'quality.csv'), 'utf8') };
  }

  it('the caches a lean `check` writes are taken by the next one (not rewritten); the report is that of a run that left the flags alone', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-tiering-'));
    const alone = check(tmp, join(tmp, 'alone'), ['--no-warnings']);
    expect(alone.code).toBe(1);
    const fresh = mkdtempSync(join(tmpdir(), 'ffp-tiering-'));
    expect(check(fresh, join(fresh, 'lean'))).toEqual(alone);
    const caches = agedCaches(fresh, 'main.cjs', 'check');
    expect(check(fresh, join(fresh, 'again'))).toEqual(alone);
    caches.unchanged();
  });
});

describe('which runs are lean', () => {
  const CHUNK = 256 * 1024;
  it('a file of one chunk always; of a few chunks up to LEAN_RUN_BYTES when one thread scores it; never beyond', () => {
    expect(leanRun(CHUNK, CHUNK, false)).toBe(true);
    expect(leanRun(CHUNK + 1, CHUNK, false)).toBe(false);
    expect(leanRun(CHUNK + 1, CHUNK, true)).toBe(true);
    expect(leanRun(LEAN_RUN_BYTES, CHUNK, true)).toBe(true);
    expect(leanRun(LEAN_RUN_BYTES + 1, CHUNK, true)).toBe(false);
    // A chunk larger than the limit (--batch-size): one chunk is still lean.
    expect(leanRun(LEAN_RUN_BYTES + 1, LEAN_RUN_BYTES + 1, false)).toBe(true);
  });

  it('a worker thread of a lean run is told so, and then reads and writes caches under the start flags', () => {
    allowLeanTiering(true);
    expect(leanTieringNow()).toBe(false);
    expect(optimisingCompilerOff()).toBe(true);
    expect(leanTieringNow()).toBe(true);
    optimisingCompilerBack();
    expect(leanTieringNow()).toBe(false);
    adoptLeanTiering(false);
    expect(leanTieringNow()).toBe(false);
  });
});
