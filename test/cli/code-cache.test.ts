/**
 * The command line's code cache (src/cli/code-cache.ts): a bundle run through it behaves as without
 * it, the cache is kept only in a directory that is this user's alone, a rejected or damaged cache
 * is rebuilt silently, and `FANGFANPIN_NO_CODE_CACHE` turns it off. The built bin is run too: the
 * same output and exit code with no cache, a fresh cache and a damaged one.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HASH_MARK, builtHash, bundleSource, cacheDirectory, loadBundle, wrapBundle, WRAP_HEAD, WRAP_TAIL } from '../../src/cli/code-cache.js';
import { ensureBuilt, ROOT } from '../support/build.js';
import { runExampleBin } from '../support/example-bin.js';

const posix = process.platform !== 'win32';
const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

/** A temporary directory as os.tmpdir(), and a CommonJS bundle that counts its runs in a global. */
function setup(body = 'globalThis.__ffpRuns = (globalThis.__ffpRuns ?? 0) + 1; module.exports.here = __filename; module.exports.path = require("node:path").sep;') {
  const base = mkdtempSync(join(tmpdir(), 'ffp-cc-'));
  process.env.TMPDIR = base;
  const bundle = join(base, 'bundle.cjs');
  writeFileSync(bundle, body);
  return { base, bundle, url: pathToFileURL(bundle) };
}

/**
 * The same file in another folder: V8 keeps what it compiled in this process by source and path,
 * so a second load of the same path would not even read the cache.
 */
function copyOf(bundle: string, folder: string): URL {
  const dir = join(bundle, '..', folder);
  mkdirSync(dir);
  writeFileSync(join(dir, 'bundle.cjs'), readFileSync(bundle));
  return pathToFileURL(join(dir, 'bundle.cjs'));
}
const runs = () => (globalThis as { __ffpRuns?: number }).__ffpRuns ?? 0;

describe('V8 code cache of the CLI bundles', () => {
  it('runs the bundle as a CommonJS module, writes the cache when asked, and takes it at the next start', () => {
    const { base, bundle, url } = setup();
    const before = runs();
    let write: (() => void) | undefined;
    const first = loadBundle(url, ['rescore'], {}, (w) => (write = w));
    expect(runs()).toBe(before + 1);
    expect(first.accepted).toBe(false);
    expect(first.file!.startsWith(join(base, `fangfanpin-${process.getuid?.() ?? 'user'}`))).toBe(true);
    expect(existsSync(first.file!)).toBe(false);
    write!();
    expect(existsSync(first.file!)).toBe(true);
    if (posix) expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    let again = false;
    const second = loadBundle(copyOf(bundle, 'same'), ['rescore'], {}, () => (again = true));
    expect(second).toEqual({ file: first.file, accepted: true }); // keyed by content, not by path
    expect(again).toBe(false); // an accepted cache is not written again
    expect(runs()).toBe(before + 2);
  });

  it('one cache per command, and a changed bundle never takes the cache of the old one', () => {
    const { bundle, url } = setup();
    const files: string[] = [];
    for (const argv of [['rescore'], ['check']]) {
      const r = loadBundle(url, argv, {}, (w) => w());
      files.push(r.file!);
    }
    expect(new Set(files).size).toBe(2);
    writeFileSync(bundle, 'globalThis.__ffpChanged = 1;');
    const changed = loadBundle(url, ['rescore'], {}, (w) => w());
    expect(changed.accepted).toBe(false);
    expect(changed.file).not.toBe(files[0]);
    expect((globalThis as { __ffpChanged?: number }).__ffpChanged).toBe(1);
  });

  it('a damaged cache is rejected silently, the bundle still runs, and the cache is written again', () => {
    const { bundle, url } = setup();
    const first = loadBundle(url, ['rescore'], {}, (w) => w());
    writeFileSync(first.file!, Buffer.from('not a code cache, not at all'));
    const before = runs();
    let rewrite: (() => void) | undefined;
    const damaged = loadBundle(copyOf(bundle, 'damaged'), ['rescore'], {}, (w) => (rewrite = w));
    expect(damaged).toEqual({ file: first.file, accepted: false });
    expect(runs()).toBe(before + 1);
    rewrite!();
    expect(readFileSync(first.file!).toString()).not.toBe('not a code cache, not at all');
    expect(loadBundle(copyOf(bundle, 'again'), ['rescore'], {}, () => undefined).accepted).toBe(true);
  });

  it('FANGFANPIN_NO_CODE_CACHE=1 (or NODE_DISABLE_COMPILE_CACHE=1) turns it off: no file read or written', () => {
    const { base, url } = setup();
    for (const env of [{ FANGFANPIN_NO_CODE_CACHE: '1' }, { NODE_DISABLE_COMPILE_CACHE: '1' }]) {
      let asked = false;
      expect(loadBundle(url, ['rescore'], env, () => (asked = true))).toEqual({ accepted: false });
      expect(asked).toBe(false);
    }
    expect(readdirSync(base)).toEqual(['bundle.cjs']);
  });

  it('a bundle the build wrapped is compiled as read; one not wrapped is wrapped; non-ASCII text is decoded as UTF-8', () => {
    const body = 'module.exports.n = 1;';
    expect(bundleSource(Buffer.from(WRAP_HEAD + body + WRAP_TAIL))).toBe(WRAP_HEAD + body + WRAP_TAIL);
    expect(bundleSource(Buffer.from(body))).toBe(WRAP_HEAD + body + WRAP_TAIL);
    expect(bundleSource(Buffer.from('module.exports.s = "返贫";'))).toBe(WRAP_HEAD + 'module.exports.s = "返贫";' + WRAP_TAIL);
    // Only both ends together mark a wrapped bundle.
    expect(bundleSource(Buffer.from(WRAP_HEAD + body))).toBe(WRAP_HEAD + WRAP_HEAD + body + WRAP_TAIL);
    // Decoded from a view into a larger buffer: its own bytes only.
    const big = Buffer.from('xx' + body + 'yy');
    expect(bundleSource(big.subarray(2, 2 + body.length))).toBe(WRAP_HEAD + body + WRAP_TAIL);
  });

  it('a wrapped bundle runs as a CommonJS module and takes its cache as an unwrapped one does', () => {
    const { bundle, url } = setup(WRAP_HEAD + 'globalThis.__ffpWrapped = (globalThis.__ffpWrapped ?? 0) + 1; module.exports.here = __filename;' + WRAP_TAIL);
    const count = () => (globalThis as { __ffpWrapped?: number }).__ffpWrapped ?? 0;
    const before = count();
    const first = loadBundle(url, ['rescore'], {}, (w) => w());
    expect(first.accepted).toBe(false);
    expect(count()).toBe(before + 1);
    expect(loadBundle(copyOf(bundle, 'wrapped'), ['rescore'], {}, () => undefined)).toEqual({ file: first.file, accepted: true });
    expect(count()).toBe(before + 2);
  });

  it('a bundle the build wrote ends with the SHA-256 of its text, and is keyed by it and by its modification time', () => {
    const code = 'globalThis.__ffpBuilt = (globalThis.__ffpBuilt ?? 0) + 1;';
    const text = wrapBundle(code);
    const hash = createHash('sha256').update(WRAP_HEAD + code).digest('hex');
    expect(text).toBe(WRAP_HEAD + code + BUILD_HASH_MARK + hash + WRAP_TAIL);
    expect(builtHash(text)).toBe(hash);
    expect(builtHash(WRAP_HEAD + code + WRAP_TAIL)).toBeUndefined();
    expect(builtHash(text.replace(hash, hash.toUpperCase()))).toBeUndefined();
    expect(builtHash(text.replace(hash, hash.slice(1)))).toBeUndefined();
    const { bundle, url } = setup(text);
    const when = new Date('2026-01-02T03:04:05Z');
    utimesSync(bundle, when, when);
    const first = loadBundle(url, ['rescore'], {}, (w) => w());
    expect(first.file).toContain(`-rescore-b${hash.slice(0, 32)}.`);
    const same = copyOf(bundle, 'same-time');
    utimesSync(same, when, when);
    expect(loadBundle(same, ['rescore'], {}, () => undefined)).toEqual({ file: first.file, accepted: true });
    // The same bytes touched after the build (an edit by hand would do so): not taken for the built bundle.
    const touched = copyOf(bundle, 'touched');
    const later = loadBundle(touched, ['rescore'], {}, () => undefined);
    expect(later.file).not.toBe(first.file);
    expect(later.accepted).toBe(false);
  });

  it('a bundle whose written hash is damaged is keyed by the SHA-256 of its bytes', () => {
    const text = wrapBundle('globalThis.__ffpDamagedMark = 1;').replace(/[0-9a-f]{64}(?=\n\}\)$)/, 'not a hash');
    const { bundle, url } = setup(text);
    const key = createHash('sha256').update(readFileSync(bundle)).update(`\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 32);
    expect(loadBundle(url, ['rescore'], {}, () => undefined).file).toContain(`-rescore-${key}.cache`);
  });

  it('a cache larger than the bundle is read whole', () => {
    const { bundle, url } = setup('globalThis.__ffpSmall = [' + Array.from({ length: 200 }, (_, i) => `function f${i}(a) { return a + ${i}; }`).join(',') + '].map((f) => f(1));');
    const first = loadBundle(url, ['rescore'], {}, (w) => w());
    expect(statSync(first.file!).size).toBeGreaterThan(statSync(bundle).size);
    expect(loadBundle(copyOf(bundle, 'larger'), ['rescore'], {}, () => undefined).accepted).toBe(true);
  });

  it.skipIf(!posix || process.getuid?.() === 0)('a cache directory open to others is not used', () => {
    const { base } = setup();
    const dir = cacheDirectory(base)!;
    chmodSync(dir, 0o777);
    expect(cacheDirectory(base)).toBeUndefined();
  });

  it.skipIf(!posix)('a cache directory that is a link, or not a directory, is not used', () => {
    const base = mkdtempSync(join(tmpdir(), 'ffp-cc-'));
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, join(base, `fangfanpin-${process.getuid!()}`));
    expect(cacheDirectory(base)).toBeUndefined();
    const other = mkdtempSync(join(tmpdir(), 'ffp-cc-'));
    writeFileSync(join(other, `fangfanpin-${process.getuid!()}`), 'a file');
    expect(cacheDirectory(other)).toBeUndefined();
  });

  it.skipIf(!posix)('the directory is made closed to group and others', () => {
    const base = mkdtempSync(join(tmpdir(), 'ffp-cc-'));
    const dir = cacheDirectory(base)!;
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});

describe('the built bin with its code cache', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  const run = (tmp: string, out: string, env: Record<string, string> = {}) => runExampleBin(tmp, out, ['results.csv', 'summary.json'], env);

  it('the CLI bundles are built wrapped, so a start compiles their text as read', () => {
    for (const f of ['main.cjs', 'pipeline-worker.cjs']) {
      const text = readFileSync(join(ROOT, 'dist', 'cli', f), 'latin1');
      expect(text.startsWith(WRAP_HEAD) && text.endsWith(WRAP_TAIL), f).toBe(true);
      expect(bundleSource(Buffer.from(text, 'latin1')), f).toBe(text);
      const hash = builtHash(text);
      expect(hash, f).toBe(createHash('sha256').update(text.slice(0, text.length - WRAP_TAIL.length - 64 - BUILD_HASH_MARK.length)).digest('hex'));
    }
  });

  it('the same outputs, messages and exit code without a cache, with a new one, and with a damaged one', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-cc-bin-'));
    const off = run(tmp, join(tmp, 'out'), { FANGFANPIN_NO_CODE_CACHE: '1' });
    expect(readdirSync(tmp).filter((f) => f.startsWith('fangfanpin-'))).toEqual([]);
    const first = run(tmp, join(tmp, 'out'));
    const dir = join(tmp, `fangfanpin-${process.getuid?.() ?? 'user'}`);
    const caches = readdirSync(dir).filter((f) => !f.startsWith('generated-')); // the bundle's (generated code: test/cli/generated-cache.test.ts)
    expect(caches).toHaveLength(1);
    const written = readFileSync(join(dir, caches[0]!));
    const cached = run(tmp, join(tmp, 'out'));
    expect(readFileSync(join(dir, caches[0]!)).equals(written)).toBe(true); // taken, not written again
    writeFileSync(join(dir, caches[0]!), Buffer.alloc(4096, 7));
    const damaged = run(tmp, join(tmp, 'out'));
    expect(readFileSync(join(dir, caches[0]!)).equals(Buffer.alloc(4096, 7))).toBe(false); // rejected, written again
    for (const r of [first, cached, damaged]) {
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr, results: r.files['results.csv'] }).toEqual({ code: off.code, stdout: off.stdout, stderr: off.stderr, results: off.files['results.csv'] });
      expect(JSON.parse(r.files['summary.json']!).profile).toEqual(JSON.parse(off.files['summary.json']!).profile);
    }
    expect(off.code).toBe(1);
  });
});
