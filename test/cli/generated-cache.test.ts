/**
 * The code cache of generated code (src/cli/code-cache.ts `generatedCodeCache`,
 * src/model/generated-code.ts): a generated function compiled through it is the function
 * `new Function` makes; its compiled code is written after a run that compiled it without a cache, and
 * taken by the next; a damaged or foreign file is ignored (compiled from the source, then rewritten);
 * the switch turns it off; the built bin gives the same outputs with none, a new, a taken and a
 * damaged cache of generated code.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generatedCodeCache } from '../../src/cli/code-cache.js';
import { compileGenerated, useGeneratedCompiler } from '../../src/model/generated-code.js';
import { ensureBuilt } from '../support/build.js';
import { runExampleBin } from '../support/example-bin.js';

const TMPDIR = process.env.TMPDIR;
afterEach(() => {
  if (TMPDIR === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = TMPDIR;
  useGeneratedCompiler(undefined);
});

/** A fresh temporary directory as os.tmpdir(), so the cache goes there. */
function freshTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ffp-gen-'));
  process.env.TMPDIR = dir;
  return dir;
}
const cacheFiles = (dir: string) => readdirSync(join(dir, `fangfanpin-${process.getuid?.() ?? 'user'}`)).filter((f) => f.startsWith('generated-'));

/** The entries of a cache file as written (src/cli/code-cache.ts `writeGenerated`): each source's text, and where its data is. */
function entriesOf(bytes: Buffer): { source: string; data: number; dataLength: number }[] {
  const magic = 'fangfanpin-generated-code 2\n';
  expect(bytes.toString('latin1', 0, magic.length)).toBe(magic);
  const out = [];
  for (let p = magic.length; p < bytes.length; ) {
    const sourceLength = bytes.readUInt32BE(p);
    const dataLength = bytes.readUInt32BE(p + 4);
    out.push({ source: bytes.toString('utf8', p + 8, p + 8 + sourceLength), data: p + 8 + sourceLength, dataLength });
    p += 8 + sourceLength + dataLength;
  }
  return out;
}

/** Generated code of the kinds the generators write: strict mode, closures over parameters, inner functions. */
const PARAMS = ['k', 'scale'];
const BODY = '"use strict";\nconst seen = [];\nreturn function scaled(x) { seen.push(x); return { value: x * scale + k, count: seen.length, self: this }; };';
type Factory = (k: number, scale: number) => (x: number) => { value: number; count: number; self: unknown };

describe('generated code compiled through the cache', () => {
  it('compileGenerated makes what new Function makes, with no compiler installed and with the cache', () => {
    const plain = (new Function(...PARAMS, BODY) as Factory)(1, 3);
    const viaDefault = compileGenerated<Factory>(PARAMS, BODY)(1, 3);
    freshTmp();
    useGeneratedCompiler(generatedCodeCache(['rescore'], {}, () => undefined));
    const viaCache = compileGenerated<Factory>(PARAMS, BODY)(1, 3);
    for (const f of [plain, viaDefault, viaCache]) {
      expect(f(2)).toEqual({ value: 7, count: 1, self: undefined });
      expect(f(5)).toEqual({ value: 16, count: 2, self: undefined });
    }
    expect(() => compileGenerated(['a'], 'return a +;')).toThrow(SyntaxError);
  });

  it('written after a run that compiled without it, taken by the next (not rewritten)', () => {
    const dir = freshTmp();
    let writes = 0;
    let write: (() => void) | undefined;
    const first = generatedCodeCache(['rescore'], {}, (w) => ((writes += 1), (write = w)))!;
    expect((first(PARAMS, BODY) as Factory)(0, 2)(4).value).toBe(8);
    (first(['a'], 'return a * 2;') as (a: number) => number)(1);
    expect(writes).toBe(1); // one write at exit for the run, whatever it compiled
    write!();
    expect(cacheFiles(dir)).toHaveLength(1);
    let asked = false;
    const second = generatedCodeCache(['rescore'], {}, () => (asked = true))!;
    expect((second(PARAMS, BODY) as Factory)(0, 2)(4).value).toBe(8);
    expect((second(['a'], 'return a * 2;') as (a: number) => number)(21)).toBe(42);
    expect(asked).toBe(false);
    // A source it does not hold is compiled, and the file written again with both.
    let again: (() => void) | undefined;
    const third = generatedCodeCache(['rescore'], {}, (w) => (again = w))!;
    expect((third(['b'], 'return b + 1;') as (b: number) => number)(1)).toBe(2);
    again!();
    expect(generatedCodeCache(['rescore'], {}, () => (asked = true))!(PARAMS, BODY)).toBeTypeOf('function');
    expect(asked).toBe(false);
  });

  it('an entry is found by its whole text: another source of the same length never takes its code (V8 checks only the length)', () => {
    const dir = freshTmp();
    const a = 'return x + 1;';
    const b = 'return x - 1;';
    expect(b.length).toBe(a.length);
    let write: (() => void) | undefined;
    expect((generatedCodeCache(['rescore'], {}, (w) => (write = w))!(['x'], a) as (x: number) => number)(10)).toBe(11);
    write!();
    const file = join(dir, `fangfanpin-${process.getuid?.() ?? 'user'}`, cacheFiles(dir)[0]!);
    expect(entriesOf(readFileSync(file)).map((e) => e.source)).toEqual([`(function (x\n) {\n${a}\n})`]);
    let asked = false;
    const next = generatedCodeCache(['rescore'], {}, () => (asked = true))!;
    expect((next(['x'], b) as (x: number) => number)(10)).toBe(9);
    expect(asked).toBe(true); // compiled from its source, to be written with the other
  });

  // (Data that V8 rejects — right framing, damaged code — is checked with the built bin below: within one
  // process V8 keeps a script it compiled and does not read cached data for the same source again.)
  it('a damaged or foreign file is ignored: the source is compiled and the file rewritten', () => {
    const dir = freshTmp();
    let write: (() => void) | undefined;
    generatedCodeCache(['rescore'], {}, (w) => (write = w))!(PARAMS, BODY);
    write!();
    const file = join(dir, `fangfanpin-${process.getuid?.() ?? 'user'}`, cacheFiles(dir)[0]!);
    const good = readFileSync(file);
    for (const bad of [Buffer.from('not a cache'), good.subarray(0, 50), Buffer.concat([good, Buffer.from('x')])]) {
      writeFileSync(file, bad);
      let rewrite: (() => void) | undefined;
      const f = generatedCodeCache(['rescore'], {}, (w) => (rewrite = w))!(PARAMS, BODY) as Factory;
      expect(f(1, 1)(1).value).toBe(2);
      expect(rewrite).toBeTypeOf('function');
      rewrite!();
      expect(readFileSync(file).equals(bad)).toBe(false);
    }
  });

  it('FANGFANPIN_NO_CODE_CACHE=1 (or NODE_DISABLE_COMPILE_CACHE=1) turns it off: new Function compiles', () => {
    freshTmp();
    expect(generatedCodeCache(['rescore'], { FANGFANPIN_NO_CODE_CACHE: '1' })).toBeUndefined();
    expect(generatedCodeCache(['rescore'], { NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
  });
});

describe('the built bin with a cache of generated code', () => {
  beforeAll(() => ensureBuilt(), 300_000);
  const run = (tmp: string, out: string, env: Record<string, string> = {}) => runExampleBin(tmp, out, ['results.csv', 'rejected.csv'], env);

  it('the same outputs, messages and exit code with no cache, a new one, a taken one (not rewritten) and a damaged one (rewritten)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-gen-bin-'));
    const none = run(tmp, join(tmp, 'out'), { FANGFANPIN_NO_CODE_CACHE: '1' });
    expect(none.code).toBe(1);
    const fresh = run(tmp, join(tmp, 'out'));
    const files = cacheFiles(tmp);
    expect(files).toHaveLength(1);
    const file = join(tmp, `fangfanpin-${process.getuid?.() ?? 'user'}`, files[0]!);
    const past = new Date('2001-01-01T00:00:00Z');
    utimesSync(file, past, past);
    const taken = run(tmp, join(tmp, 'out'));
    expect(statSync(file).mtimeMs).toBe(past.getTime()); // V8 took every entry: nothing to write
    // Each entry's code damaged, the framing kept: V8 rejects it, the run compiles from the source and writes the file again.
    const good = readFileSync(file);
    const bad = Buffer.from(good);
    const entries = entriesOf(bad);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) bad.fill(7, e.data, e.data + e.dataLength);
    writeFileSync(file, bad);
    utimesSync(file, past, past);
    const rejected = run(tmp, join(tmp, 'out'));
    expect(statSync(file).mtimeMs).not.toBe(past.getTime());
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    const cut = run(tmp, join(tmp, 'out'));
    for (const r of [fresh, taken, rejected, cut]) expect(r).toEqual(none);
  });
});
