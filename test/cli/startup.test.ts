/**
 * What a start of the built command line does not do (tsup.config.ts; docs/decisions.md, "Startup:
 * lazy packages, an ASCII bundle"): the bundles are ASCII (read into one-byte strings) and carry the
 * household's fast validators generated at build time; a re-scoring
 * of a UTF-8 file loads neither iconv-lite, nor `child_process`, nor `readline`, nor `zlib` (an XLSX
 * input's zip check loads it), nor node's ES module loader (the entry is CommonJS), nor `node:crypto`; `check` and
 * `profiles` load their own modules when they run; and a GBK file, which needs iconv-lite, is read
 * and written through the package loaded on first use, with the results of the UTF-8 file. The code
 * cache of a command is written only by a run that did its work, not by a usage error or `--help`. A
 * re-scoring under a built-in profile builds neither the profile input schemas nor the holiday
 * notices' schema (stand-ins built on first use, src/model/lazy-schema.ts), and none of the model's
 * schemas but the one field a rejected record of the example is explained by: the bundles carry the
 * household schema's description computed at build time, which the importer and the explainer read.
 * V8's own call counts of the bundle say so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { worthKeeping } from '../../src/cli/code-cache.js';
import { ensureBuilt, ROOT } from '../support/build.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const VILLAGE = join(ROOT, 'examples', 'data', 'village.csv');
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'ffp-start-'));
}, 300_000);

/** Runs the built bin with a preload that writes, at exit, the built-in modules and packages the process loaded. */
function runListing(args: string[], env: Record<string, string> = { FANGFANPIN_NO_CODE_CACHE: '1' }) {
  const listing = join(dir, `loaded-${Math.random().toString(36).slice(2)}.json`);
  const preload = join(dir, 'list-loaded.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listing)}, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));`,
  );
  const r = spawnSync(process.execPath, ['--require', preload, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  const loaded = JSON.parse(readFileSync(listing, 'utf8')) as { builtins: string[]; files: string[] };
  return { code: r.status, stderr: r.stderr, builtins: new Set(loaded.builtins), files: loaded.files };
}

describe('the built command line at start', () => {
  it('each CLI bundle is ASCII: a start reads it into a one-byte string', () => {
    for (const f of ['main.cjs', 'pipeline-worker.cjs']) expect(readFileSync(join(ROOT, 'dist', 'cli', f)).every((b) => b < 0x80), f).toBe(true);
  });

  it('the CLI bundles leave out the county coverage table, which no command reads (worked out at every start, ≈ 15 ms); the library keeps it', () => {
    for (const f of ['main.cjs', 'pipeline-worker.cjs']) expect(readFileSync(join(ROOT, 'dist', 'cli', f), 'latin1').includes('countyCoverage(QUALITY_RULES)'), f).toBe(false);
    expect(readFileSync(join(ROOT, 'dist', 'index.js'), 'latin1').includes('countyCoverage(QUALITY_RULES)')).toBe(true);
  });

  it('every bundle carries the household validators generated at build time (src/model/prebuilt-validators.ts): a start neither walks the schema nor compiles them', () => {
    for (const f of [join('cli', 'main.cjs'), join('cli', 'pipeline-worker.cjs'), 'index.js', 'index.cjs', 'rescore-worker.js']) {
      expect(readFileSync(join(ROOT, 'dist', f), 'latin1'), f).toMatch(/PREBUILT_VALIDATORS\d*\s*=\s*\{\s*household:\s*\(REJECT\d*,\s*P\d*\)\s*=>[\s\S]*trustingMembers:\s*\(REJECT\d*,\s*P\d*\)\s*=>/);
    }
  });

  it('every bundle carries the household schema\'s description computed at build time (src/model/prebuilt-description.ts): the importer and the explainer read it, not zod', () => {
    for (const f of [join('cli', 'main.cjs'), join('cli', 'pipeline-worker.cjs'), 'index.js', 'index.cjs', 'rescore-worker.js']) {
      // The JSON text of the description of HouseholdSchema (esbuild may quote it either way); tested, not printed, on failure.
      expect(/PREBUILT_DESCRIPTION\d*\s*=\s*JSON\.parse\(['"]\{\\?"kind\\?":\\?"object\\?",\\?"name\\?":\\?"Household\\?",\\?"fields\\?":\[/.test(readFileSync(join(ROOT, 'dist', f), 'latin1')), f).toBe(true);
    }
  });

  it('re-scoring a UTF-8 file loads neither iconv-lite nor child_process, readline or zlib (XLSX only); `check` and `profiles` load their modules when run', () => {
    const r = runListing(['rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--quiet', '--out', join(dir, 'utf8'), '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/records in 120 = results 116 \+ rejected 4/);
    for (const m of ['NativeModule child_process', 'NativeModule readline', 'NativeModule zlib']) expect(r.builtins.has(m), m).toBe(false);
    // The entry is CommonJS (dist/cli/package.json): node's ES module loader does not load a file.
    for (const m of ['NativeModule internal/modules/esm/translators', 'NativeModule internal/modules/esm/module_job']) expect(r.builtins.has(m), m).toBe(false);
    expect(r.files.filter((f) => /[\\/]iconv-lite[\\/]/.test(f))).toEqual([]);
    expect(runListing(['profiles']).code).toBe(0);
    expect(runListing(['check', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--quiet', '--out', join(dir, 'check'), '--force']).code).not.toBe(70);
  });

  it('re-scoring with the code caches, written and then taken, loads no node:crypto (the bundle keyed by its built hash, generated code by its text)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-start-cache-'));
    const args = ['rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--quiet', '--out', join(dir, 'cached'), '--force'];
    for (const run of ['writes the caches', 'takes them']) {
      const r = runListing(args, { TMPDIR: tmp });
      expect(r.code, run).toBe(1);
      expect([...r.builtins].filter((m) => /crypto/.test(m)), run).toEqual([]);
    }
    expect(readdirSync(join(tmp, `fangfanpin-${process.getuid?.() ?? 'user'}`)).some((f) => f.startsWith('generated-rescore-'))).toBe(true);
  });

  it('a GBK file is read with iconv-lite loaded on first use, with the results of the UTF-8 file; GBK output too', () => {
    const utf8 = join(dir, 'utf8-ref');
    const gbkIn = join(dir, 'village-gbk.csv');
    writeFileSync(gbkIn, iconv.encode(readFileSync(VILLAGE, 'utf8').replace(/^\uFEFF/, ''), 'gb18030'));
    const base = ['--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--quiet', '--force'];
    expect(runListing(['rescore', VILLAGE, ...base, '--out', utf8]).code).toBe(1);
    const gbk = runListing(['rescore', gbkIn, ...base, '--out', join(dir, 'gbk'), '--output-encoding', 'gbk']);
    expect(gbk.code).toBe(1);
    expect(gbk.files.some((f) => /[\\/]iconv-lite[\\/]/.test(f))).toBe(true);
    expect(iconv.decode(readFileSync(join(dir, 'gbk', 'results.csv')), 'gb18030')).toBe(readFileSync(join(utf8, 'results.csv'), 'utf8').replace(/^\uFEFF/, ''));
  });
});

/**
 * Runs the built bin under V8's precise coverage (`NODE_V8_COVERAGE`) and answers, for a text of the
 * CLI bundle, how many times the innermost function holding it was called in that run (its first
 * occurrence; the bundle is ASCII, so a character offset is V8's).
 */
function callsOf(args: string[], needles: readonly string[]): { code: number | null; calls: Record<string, number> } {
  const cov = mkdtempSync(join(tmpdir(), 'ffp-start-cov-'));
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NODE_V8_COVERAGE: cov, FANGFANPIN_NO_CODE_CACHE: '1' } });
  const text = readFileSync(join(ROOT, 'dist', 'cli', 'main.cjs'), 'latin1');
  type Range = { startOffset: number; endOffset: number; count: number };
  const scripts = readdirSync(cov).flatMap((f) => (JSON.parse(readFileSync(join(cov, f), 'utf8')) as { result: { url: string; functions: { ranges: Range[] }[] }[] }).result);
  const bundle = scripts.filter((s) => s.url.endsWith('/dist/cli/main.cjs'));
  expect(bundle).toHaveLength(1);
  const ranges = bundle[0]!.functions.flatMap((f) => f.ranges);
  const calls: Record<string, number> = {};
  for (const needle of needles) {
    const at = text.indexOf(needle);
    expect(at, needle).toBeGreaterThan(0);
    const inner = ranges.filter((g) => g.startOffset <= at && at < g.endOffset).sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset))[0];
    calls[needle] = inner?.count ?? 0;
  }
  return { code: r.status, calls };
}

describe('a start builds no schema it does not read', () => {
  // A text of each schema's own definition: the profile input schema's id pattern message, the holiday notice's year bound.
  const PROFILE_INPUT = 'lower-case pinyin segments';
  const HOLIDAY_NOTICE = '.max(2199)';

  it('re-scoring the example under a built-in profile builds neither the profile input schemas nor the holiday notices\' schema; a --holidays file builds the latter', () => {
    const args = ['rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--quiet', '--force'];
    const run = callsOf([...args, '--out', join(dir, 'cov')], [PROFILE_INPUT, HOLIDAY_NOTICE]);
    expect(run.code).toBe(1);
    expect(run.calls).toEqual({ [PROFILE_INPUT]: 0, [HOLIDAY_NOTICE]: 0 });
    // The probe sees a build when there is one: a holidays file (not a valid notice) is parsed with the schema.
    const notices = join(dir, 'notices.json');
    writeFileSync(notices, '{}');
    const withHolidays = callsOf([...args, '--out', join(dir, 'cov-holidays'), '--holidays', notices], [HOLIDAY_NOTICE]);
    expect(withHolidays.code).not.toBe(0);
    expect(withHolidays.calls[HOLIDAY_NOTICE]).toBe(1);
  });
});

describe('a start builds none of the model\'s schemas (src/model/household.ts, primitives.ts: stand-ins built on first use)', () => {
  // Texts of the builders: every household object schema's (one function, `objectSchema`), money's, the 性别 field's, 与户主关系's.
  const OBJECT = 'strictObject(fields)';
  const MONEY = 'expected:"money"}}).check(';
  const SEX = 'enumKeys(SEXES)';
  const RELATION = 'enumKeys(RELATIONS)';

  it('re-scoring the example: no object schema, no building block, no field schema is built but the one a rejected record is explained by (a member without 与户主关系)', () => {
    const args = ['rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--quiet', '--force', '--out', join(dir, 'cov-model')];
    const run = callsOf(args, [OBJECT, MONEY, SEX, RELATION]);
    expect(run.code).toBe(1);
    // The relation's schema is built once to ask zod for the issue: the probe sees a build when there is one.
    expect(run.calls).toEqual({ [OBJECT]: 0, [MONEY]: 0, [SEX]: 0, [RELATION]: 1 });
  });
});

describe('the code cache is written by a run that did its work', () => {
  it('exit code 0 or 1 without --help keeps the run’s code; a usage error, a failure or help does not', () => {
    expect(worthKeeping(['rescore', 'x.csv', '--profile', 'fujian/jinan/2023'], 1)).toBe(true);
    expect(worthKeeping(['profiles'], 0)).toBe(true);
    expect(worthKeeping(['rescore', 'x.csv'], 2)).toBe(false);
    expect(worthKeeping(['rescore', 'missing.csv', '--profile', 'fujian/jinan/2023'], 4)).toBe(false);
    expect(worthKeeping(['rescore', 'x.csv', '--profile', 'fujian/jinan/2023'], 130)).toBe(false);
    expect(worthKeeping(['rescore', '--help'], 0)).toBe(false);
    expect(worthKeeping(['rescore', '-h'], 0)).toBe(false);
  });

  it('the built bin: no cache after `rescore FILE` without --profile (exit 2) or `rescore --help`; one after a run that scored', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ffp-start-cache-'));
    const cacheDir = join(tmp, `fangfanpin-${process.getuid?.() ?? 'user'}`);
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, TMPDIR: tmp, FANGFANPIN_NO_CODE_CACHE: '' } }).status;
    const caches = () => (existsSync(cacheDir) ? readdirSync(cacheDir) : []).filter((f) => !f.startsWith('generated-')); // the bundle's
    expect(run('rescore', VILLAGE)).toBe(2);
    expect(run('rescore', '--help')).toBe(0);
    expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]); // neither the bundle's nor generated code's
    expect(run('rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '-w', '1', '--quiet', '--out', join(tmp, 'out'))).toBe(1);
    expect(caches()).toHaveLength(1);
  });
});
