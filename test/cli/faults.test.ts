/**
 * Issue 12 items 1, 3, 4, 5, 11 and 13 (and 15's CLI fault tests) — the command line under bad
 * input and failing outputs, run in this process (`runCli`): whatever happens, the documented exit
 * code, the balance line last on stderr (marked incomplete when the run stopped early), an output
 * directory that holds one run's complete outputs or nothing of this run, and no unmasked ID number
 * in any output. How a failing output is simulated is said in each test; a real process is spawned
 * only where one is needed (test/cli/process-faults.test.ts).
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { writeResults, type TableColumn, type TableRow } from '../../src/io/index.js';
import { loadExcelJS } from '../../src/io/xlsx.js';
import { villageLines } from '../../examples/make-village.js';
import { cli, cliWith, type CliRun } from './in-process.js';

const BALANCE = /记录 (\d+) 户 = 结果 (\d+) \+ 拒收 (\d+)(（未完成）)? \/ records in \1 = results \2 \+ rejected \3( \(incomplete\))?\n$/;
const PROFILE = ['--profile', 'fujian/jinan/2023'];
const HEADER = '省,县,乡,村,户编号,户类型,姓名,证件号码,性别,与户主关系,出生日期,健康状况,劳动技能,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出';
/** A 户编号 and an ID number shaped like ID numbers: they must never come out unmasked. */
const ID_KEY = '110105194912310029';
const row = (id: string, name: string, relation: string, idNumber = '', wage = '12000') =>
  `福建省,晋安区,宦溪镇,一村,${id},一般农户,${name},${idNumber},${relation === '配偶' ? '女' : '男'},${relation},1970-01-01,健康,普通劳动力,${wage},3000,0,1200,500`;

let dir: string;
let village: string;
let exceljs = true;

function balanceOf(r: CliRun): { in: number; results: number; rejected: number; incomplete: boolean } {
  const m = BALANCE.exec(r.stderr);
  if (!m) throw new Error(`no balance line last on stderr:\n${r.stderr}`);
  return { in: Number(m[1]), results: Number(m[2]), rejected: Number(m[3]), incomplete: m[4] !== undefined };
}

/** Every file under a directory, as text (for the ID check). */
function filesText(d: string): string {
  if (!existsSync(d)) return '';
  return readdirSync(d)
    .map((f) => readFileSync(join(d, f)).toString('utf8'))
    .join('\n');
}

function noUnmaskedId(r: CliRun, out?: string): void {
  expect(containsUnmaskedIdNumber(r.stdout)).toBe(false);
  expect(containsUnmaskedIdNumber(r.stderr)).toBe(false);
  if (out) expect(containsUnmaskedIdNumber(filesText(out))).toBe(false);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ffp-faults-'));
  village = join(dir, 'village.csv');
  const lines = [...villageLines({ households: 300, seed: 7 }, false)].join('').trimEnd().split(/\r?\n/);
  // A household keyed by an ID-shaped 户编号 (with a wrong check digit), with an ID number in a cell:
  // the last household's first row again, under that key.
  const header = lines.find((l) => l.includes('户编号'))!.split(',');
  const cells = lines.at(-1)!.split(',');
  cells[header.indexOf('户编号')] = ID_KEY;
  cells[header.indexOf('证件号码')] = '11010519491231002X';
  cells[header.indexOf('与户主关系')] = '户主';
  lines.push(cells.join(','));
  writeFileSync(village, lines.join('\n') + '\n');
  try {
    await loadExcelJS();
  } catch {
    exceljs = false;
  }
});

describe('item 1: a damaged XLSX is exit 4, with the balance line, and leaves nothing behind', () => {
  it('one changed byte in the worksheet: ImportError text naming the file; no output directory left', async () => {
    if (!exceljs) return;
    const columns: TableColumn[] = HEADER.split(',').map((h, i) => ({ key: `c${i}`, zh: h, en: h }));
    const rows: TableRow[] = Array.from({ length: 30 }, (_, i) => Object.fromEntries(row(`H${i}`, `王${i}`, '户主').split(',').map((v, k) => [`c${k}`, v])));
    const good = join(dir, 'good.xlsx');
    await writeResults(rows, { path: good, columns });
    const bytes = readFileSync(good);
    bytes[Math.floor(bytes.length / 8)]! ^= 0x5a;
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, bytes);
    for (const workers of ['1', '2']) {
      const out = join(dir, `bad-xlsx-${workers}`);
      const r = await cli('rescore', bad, ...PROFILE, '--out', out, '--workers', workers);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('bad.xlsx');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(balanceOf(r).incomplete).toBe(true);
      expect(existsSync(out)).toBe(false);
    }
    const check = await cli('check', bad, '--out', join(dir, 'bad-xlsx-check'));
    expect(check.code).toBe(4);
    balanceOf(check);
  });
});

describe('item 11: a read that fails leaves no result rows, in every mode', () => {
  it.each([
    ['one thread', ['--workers', '1']],
    ['two workers, small chunks', ['--workers', '2', '--batch-size', '8']],
    ['two workers, chunks of 1 KB', ['--workers', '2', '--batch-size', '1']],
  ])('%s: a file cut inside a UTF-8 character is exit 4 naming the byte; the output directory is not left behind', async (_, mode) => {
    const bytes = readFileSync(village);
    let cut = bytes.length - 40;
    while (!(bytes[cut]! >= 0x80 && bytes[cut]! < 0xc0 && bytes[cut - 1]! >= 0xe0)) cut--;
    const file = join(dir, 'cut.csv');
    writeFileSync(file, bytes.subarray(0, cut));
    const out = join(dir, `cut-${mode.join('')}`);
    const r = await cli('rescore', file, ...PROFILE, '--out', out, ...mode);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`byte ${cut - 1}`);
    expect(balanceOf(r).incomplete).toBe(true);
    expect(existsSync(out)).toBe(false);
    noUnmaskedId(r);
  });
});

describe('item 3: the output directory holds one run’s complete outputs, or nothing of this run', () => {
  it('a directory that exists and is not empty is refused (exit 5) and left untouched; an empty one is used', async () => {
    const out = join(dir, 'taken');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await cli('rescore', village, ...PROFILE, '--out', out, '--workers', '1');
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('--force');
    expect(readdirSync(out)).toEqual(['notes.txt']);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect((await cli('rescore', village, ...PROFILE, '--out', empty, '--workers', '1')).code).toBe(1);
    expect(readdirSync(empty).sort()).toEqual(['rejected.csv', 'results.csv', 'summary-facts.csv', 'summary-matrix.csv', 'summary.csv', 'summary.json']);
  });

  it('--force: the new outputs replace the old ones, an earlier run’s results of another format go, other files stay; no marker, no .partial', async () => {
    const out = join(dir, 'forced');
    expect((await cli('rescore', village, ...PROFILE, '--out', out, '--workers', '1', '--format', 'ndjson')).code).toBe(1);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await cli('rescore', village, ...PROFILE, '--out', out, '--workers', '1', '--force');
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['notes.txt', 'rejected.csv', 'results.csv', 'summary-facts.csv', 'summary-matrix.csv', 'summary.csv', 'summary.json']);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).complete).toBe(true);
    noUnmaskedId(r, out);
  });

  it('a symbolic link in place of rejected.csv is replaced by the file, its target never written; a symbolic link as --out is refused', async () => {
    const out = join(dir, 'linked');
    mkdirSync(out);
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'do not overwrite');
    symlinkSync(target, join(out, 'rejected.csv'));
    symlinkSync(target, join(out, 'results.csv.partial'));
    const r = await cli('rescore', village, ...PROFILE, '--out', out, '--workers', '1', '--force');
    expect(r.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('do not overwrite');
    expect(lstatSync(join(out, 'rejected.csv')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, 'rejected.csv'), 'utf8')).toContain('invalid_money');
    const link = join(dir, 'link-to-dir');
    symlinkSync(join(dir, 'empty-target'), link);
    const s = await cli('rescore', village, ...PROFILE, '--out', link, '--workers', '1');
    expect(s.code).toBe(5);
    expect(s.stderr).toContain('symbolic link');
  });

  it('--force into an old directory, then a failure: the old outputs stay exactly as they were', async () => {
    const out = join(dir, 'old');
    expect((await cli('rescore', village, ...PROFILE, '--out', out, '--workers', '1')).code).toBe(1);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    writeFileSync(join(dir, 'garbage.csv'), 'not,an,export\n1,2,3\n');
    const r = await cli('rescore', join(dir, 'garbage.csv'), ...PROFILE, '--out', out, '--workers', '1', '--force');
    expect(r.code).toBe(4);
    expect(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(before);
  });
});

describe('item 4: output errors are exit 5, in words, never a stack trace', () => {
  it('--out naming a file, or a path through a file: exit 5 "not a directory"', async () => {
    for (const out of [village, join(village, 'sub')]) {
      const r = await cli('rescore', village, ...PROFILE, '--out', out, '--workers', '1');
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/not a directory/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  /** A stdout that fails like a full disk (ENOSPC) after `after` bytes: how a full disk is simulated here. */
  const failingStdout = (code: string, after = 0) => {
    let written = 0;
    return new Writable({
      write(chunk: Buffer, _e, done) {
        written += chunk.length;
        if (written > after) done(Object.assign(new Error(`${code}: simulated`), { code }));
        else done();
      },
    });
  };

  it.each([
    ['a full disk (ENOSPC, simulated by a stdout whose writes fail with it)', 'ENOSPC', 'disk is full'],
    ['a closed reader (EPIPE, simulated the same way)', 'EPIPE', 'closed'],
  ])('stdout %s: exit 5, the reason, the balance so far marked incomplete', async (_, code, words) => {
    for (const format of ['csv', 'ndjson', 'xlsx']) {
      if (format === 'xlsx' && !exceljs) continue;
      const r = await cliWith({ stdout: failingStdout(code, 100) }, 'rescore', village, ...PROFILE, '--workers', '1', '--format', format);
      expect(r.code).toBe(5);
      expect(r.stderr).toContain(words);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(balanceOf(r).incomplete).toBe(true);
      noUnmaskedId(r);
    }
  });
});

describe('item 13: command-line conventions', () => {
  it('- reads the standard input: the same results as the file', async () => {
    const fromFile = await cli('rescore', village, ...PROFILE, '--workers', '1', '--format', 'ndjson');
    const fromStdin = await cliWith({ stdin: Readable.from([readFileSync(village)]) }, 'rescore', '-', ...PROFILE, '--workers', '2', '--format', 'ndjson');
    expect(fromStdin.code).toBe(fromFile.code);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(balanceOf(fromStdin)).toEqual(balanceOf(fromFile));
  });

  it('--quiet: stderr holds the balance line and nothing else', async () => {
    const r = await cli('rescore', village, ...PROFILE, '--workers', '1', '--out', join(dir, 'quiet'), '--quiet');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    balanceOf(r);
  });

  it('--json prints the summary on stdout (with --out); without --out it is a usage error', async () => {
    const r = await cli('rescore', village, ...PROFILE, '--workers', '1', '--out', join(dir, 'json'), '--json');
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ complete: true, in: 301 });
    expect(s.in).toBe(s.results + s.rejected);
    expect((await cli('rescore', village, ...PROFILE, '--json')).code).toBe(2);
    const c = await cli('check', village, '--out', join(dir, 'json-check'), '--json', '--as-of', '2023-09-30');
    expect(JSON.parse(c.stdout)).toMatchObject({ in: 301 });
  });

  it('no UTF-8 BOM on stdout unless --bom (files keep theirs)', async () => {
    const plain = await cli('rescore', village, ...PROFILE, '--workers', '1');
    expect(plain.stdoutBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const bom = await cli('rescore', village, ...PROFILE, '--workers', '1', '--bom');
    expect(bom.stdoutBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
  });

  it('the same exit code and balance whatever the format, to files and to stdout', async () => {
    const runs: CliRun[] = [];
    for (const format of ['csv', 'ndjson', 'xlsx']) {
      if (format === 'xlsx' && !exceljs) continue;
      runs.push(await cli('rescore', village, ...PROFILE, '--workers', '1', '--format', format, '--out', join(dir, `fmt-${format}`)));
      runs.push(await cli('rescore', village, ...PROFILE, '--workers', '1', '--format', format));
    }
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(balanceOf(r)).toEqual({ in: 301, results: balanceOf(runs[0]!).results, rejected: balanceOf(runs[0]!).rejected, incomplete: false });
      noUnmaskedId(r);
    }
  });
});

describe('item 15: faults in the input itself', () => {
  it('a NUL in a 户编号 and in a name, a 1 MB cell, a truncated last row: the run goes on, balances, exit 1, no NUL or unmasked ID out', async () => {
    const lines = [HEADER, row('H1', '王\u0000一', '户主'), row('H2\u00002', '王二', '户主'), row('H3', 'x'.repeat(1 << 20), '户主'), row(ID_KEY, '王四', '户主', '11010519491231002X'), row('H5', '王五', '户主').slice(0, 30)];
    const file = join(dir, 'faulty.csv');
    writeFileSync(file, lines.join('\n'));
    const out = join(dir, 'faulty');
    const r = await cli('rescore', file, ...PROFILE, '--workers', '1', '--out', out);
    expect(r.code).toBe(1);
    const b = balanceOf(r);
    expect(b).toMatchObject({ in: 5, incomplete: false });
    expect(b.in).toBe(b.results + b.rejected);
    expect(filesText(out)).not.toContain('\u0000');
    expect(readFileSync(join(out, 'rejected.csv'), 'utf8')).toContain('control_character');
    noUnmaskedId(r, out);
  });

  it('--holidays: an invalid notices file is exit 3 with its issues; a valid one is accepted', async () => {
    const bad = join(dir, 'bad-holidays.json');
    writeFileSync(bad, JSON.stringify([{ doc: 'x', year: 2027, issued: '2026-11-01', arrangements: [{ clause: '一', festival: { zh: '元旦', en: 'New Year' }, quote: '', rest: ['2027-01-01', '2027-01-01'], workdays: [] }] }]));
    const r = await cli('rescore', village, ...PROFILE, '--workers', '1', '--holidays', bad);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('quote');
    const good = join(dir, 'good-holidays.json');
    writeFileSync(good, JSON.stringify([{ doc: '测试通知（非官方）', year: 2027, issued: '2026-11-01', arrangements: [{ clause: '一', festival: { zh: '元旦', en: 'New Year' }, quote: '元旦：1月1日放假，共1天。', rest: ['2027-01-01', '2027-01-01'], workdays: [] }] }]));
    expect((await cli('rescore', village, ...PROFILE, '--workers', '1', '--holidays', good)).code).toBe(1);
  });
});
