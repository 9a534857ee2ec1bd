/**
 * The `fangfanpin` command line, run in this process (`runCli`, through test/cli/in-process.ts):
 * exit codes, the files it writes, the balance line, bilingual help, and outputs that do not depend
 * on the number of workers. What needs a real process — the built bin and its worker threads, a
 * terminal — is in test/cli/bin.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { getProfile } from '../../src/index.js';
import { readRecords, writeRejected, writeResults } from '../../src/io/index.js';
import { rescoreRows } from '../../src/rescore/rescore.js';
import type { RescoreRejection } from '../../src/rescore/score.js';
import { villageLines } from '../../examples/make-village.js';
import { ROOT } from '../support/build.js';
import { cli as run } from './in-process.js';
import { ndjsonVillage } from '../support/ndjson-village.js';

const VILLAGE = join(ROOT, 'examples', 'data', 'village.csv');
let dir: string;

const read = (p: string) => readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
const csvLines = (p: string) => read(p).trimEnd().split(/\r?\n/);

/** A small export with two valid households (three member rows). */
const CLEAN_CSV = [
  '省,县,乡,村,户编号,户类型,姓名,证件号码,性别,与户主关系,出生日期,健康状况,劳动技能,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出',
  '福建省,晋安区,宦溪镇,一村,H001,一般农户,王建国,11010519491231002X,男,户主,1949-12-31,健康,普通劳动力,12000,3000,0,1200,500',
  '福建省,晋安区,宦溪镇,一村,H001,一般农户,李秀英,,女,配偶,1950-01-01,健康,普通劳动力,12000,3000,0,1200,500',
  '福建省,晋安区,宦溪镇,二村,H002,脱贫户,张三,,男,户主,1960-05-05,患大病,弱劳动力或半劳动力,2000,1000,0,3000,200',
].join('\n');

/**
 * A synthetic export of 400 households with the quirks that matter when a file is cut into chunks:
 * quoted fields with commas, quotes and line breaks, blank rows, and a household whose rows come
 * back after other households.
 */
function quirkyVillage(): string {
  const lines = [...villageLines({ households: 400, seed: 11 }, false)].join('').split('\n').filter((l) => l !== '');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i < 3) return void out.push(line);
    const cells = line.split(',');
    if (i % 23 === 0) cells[8] = '"王""小\n明"';
    if (i % 41 === 0) out.push('');
    out.push(cells.join(','));
  });
  out.push(out[5]!, out[6]!); // rows of an early household, again at the end
  return out.join('\r\n') + '\r\n';
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ffp-cli-'));
  writeFileSync(join(dir, 'quirky.csv'), quirkyVillage());
  writeFileSync(join(dir, 'clean.csv'), CLEAN_CSV + '\n');
  writeFileSync(join(dir, 'garbage.csv'), 'this is,not,an export\n1,2,3\n');
  writeFileSync(join(dir, 'bad-profile.json'), JSON.stringify({ id: 'my/county', extends: 'fujian/jinan/2023', title: { zh: '某县', en: 'a county' }, parameters: { noSuchParameter: [] } }));
});

describe('fangfanpin rescore', () => {
  it('exit 1 when some records are rejected: writes results, rejected, summary; records in = results + rejected', async () => {
    const out = join(dir, 'village');
    const r = await run('rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', out, '--workers', '1');
    expect(r.code).toBe(1);
    for (const f of ['results.csv', 'rejected.csv', 'summary.csv', 'summary.json']) expect(existsSync(join(out, f))).toBe(true);
    const summary = JSON.parse(read(join(out, 'summary.json')));
    expect(summary.complete).toBe(true);
    expect(summary.in).toBe(summary.results + summary.rejected);
    expect(summary.rejected).toBeGreaterThan(0);
    expect(r.stderr).toContain(`records in ${summary.in} = results ${summary.results} + rejected ${summary.rejected}`);
    expect(r.stderr).toContain(`记录 ${summary.in} 户 = 结果 ${summary.results} + 拒收 ${summary.rejected}`);
    expect(csvLines(join(out, 'results.csv'))).toHaveLength(summary.results + 1);
    const summaryCsv = csvLines(join(out, 'summary.csv'));
    expect(summaryCsv[0]).toContain('排查脱贫户（户次）');
    expect(summaryCsv.at(-1)).toMatch(new RegExp(`^合计,,,${summary.in},${summary.results},${summary.rejected},`));
    // The export's recorded category against the re-score, and the facts to verify (Issue 11 item 6).
    const matrix = csvLines(join(out, 'summary-matrix.csv'));
    expect(matrix[0]).toMatch(/^原记录类别,户数,重新评估：脱贫不稳定户,/);
    expect(matrix.slice(1).map((l) => l.split(',')[0])).toEqual(['脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '已消除风险', '非监测对象', '合计']);
    expect(matrix.at(-1)).toMatch(new RegExp(`^合计,${summary.results},`));
    const facts = csvLines(join(out, 'summary-facts.csv'));
    expect(facts[0]).toBe('类型,事实,户数');
    expect(facts).toContain(`须入户核实,A27 致贫返贫风险类型,${summary.toVerifyByFact.find((f: { field: string }) => f.field === 'riskTypes').households}`);
    expect(r.stderr).toContain('须入户核实（户）：A27 致贫返贫风险类型');
    expect(r.stderr).toMatch(/原记录 → 重新评估（一致 \d+，不一致 \d+）：\n {4}脱贫不稳定户 \d+ → /);
    expect(csvLines(join(out, 'results.csv'))[0]).toMatch(/^户编号,行政村,原记录类别,认定结论,监测对象类别（判定）,拟认定类别,与原记录是否一致,须入户核实,记录缺项,线索,/);
  });

  it('the rejected file gives reasons in Chinese and English and never an unmasked ID number', async () => {
    const rejected = read(join(dir, 'village', 'rejected.csv'));
    expect(rejected).toContain('invalid_money');
    expect(rejected).toMatch(/金额.*无效/);
    expect(rejected).toContain('invalid amount');
    expect(containsUnmaskedIdNumber(rejected)).toBe(false);
  });

  it('exit 0 when every record is scored; without --out the results go to stdout', async () => {
    const r = await run('rescore', join(dir, 'clean.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15');
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('户编号');
    expect(lines[1]).toMatch(/^H001,一村,/);
    expect(r.stderr).toContain('records in 2 = results 2 + rejected 0');
  });

  it('Issue 5: on a file cut into many chunks (quoted line breaks, blank rows, a household that comes back later), 1 and 2 workers write identical files — those of readRecords + rescoreRows', async () => {
    const file = join(dir, 'quirky.csv');
    const one = join(dir, 'q1');
    const two = join(dir, 'q2');
    const r1 = await run('rescore', file, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', one, '--workers', '1', '--batch-size', '4');
    const r2 = await run('rescore', file, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', two, '--workers', '2', '--batch-size', '4');
    expect(r1.code).toBe(1);
    expect(r2.code).toBe(1);
    for (const f of ['results.csv', 'rejected.csv', 'summary.csv', 'summary.json']) expect(read(join(two, f))).toBe(read(join(one, f)));
    expect(r2.stderr).toBe(r1.stderr.replaceAll(one, two));
    expect(read(join(one, 'rejected.csv'))).toContain('non_contiguous_household');
    // The library's own composition (records read in this thread, full assessment) writes the same files.
    const rejections: RescoreRejection[] = [];
    const read3 = readRecords(file);
    const run3 = rescoreRows(read3, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', records: 'imported', workers: 1, language: 'zh' });
    async function* rows() {
      for await (const o of run3) {
        if (o.ok) yield o.result;
        else rejections.push(o);
      }
    }
    await writeResults(rows(), { path: join(dir, 'ref-results.csv') });
    await writeRejected(rejections, { path: join(dir, 'ref-rejected.csv') });
    expect(read(join(one, 'results.csv'))).toBe(read(join(dir, 'ref-results.csv')));
    expect(read(join(one, 'rejected.csv'))).toBe(read(join(dir, 'ref-rejected.csv')));
    const { importWarnings, ...summary } = JSON.parse(read(join(one, 'summary.json')));
    expect(summary).toEqual(run3.summary());
    expect(importWarnings).toEqual(JSON.parse(JSON.stringify(read3.warnings)));
    expect(importWarnings.map((w: { code: string }) => w.code)).toEqual(['title-rows', 'unused-columns', 'duplicate-header', 'duplicate-header', 'non-contiguous-household', 'blank-rows']);
  }, 120_000);

  it('Issue 5: NDJSON (records read in the main thread, scored in workers) gives the same files with 1 and 2 workers; without --out the results go to stdout in order', async () => {
    const ndjson = join(dir, 'village.ndjson');
    const lines = ndjsonVillage(300).trimEnd().split('\n');
    writeFileSync(ndjson, lines.join('\n') + '\n');
    const one = await run('rescore', ndjson, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', join(dir, 'n1'), '--workers', '1');
    const two = await run('rescore', ndjson, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', join(dir, 'n2'), '--workers', '2', '--batch-size', '16');
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    for (const f of ['results.csv', 'rejected.csv', 'summary.json']) expect(read(join(dir, 'n2', f))).toBe(read(join(dir, 'n1', f)));
    const stdout = await run('rescore', ndjson, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--workers', '2', '--batch-size', '16', '--format', 'ndjson');
    const ids = stdout.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).householdId as string);
    expect(ids).toEqual(lines.map((l) => JSON.parse(l).id as string).filter((_, i) => i % 7 !== 0));
    expect(stdout.stderr).toContain('✗ #7');
    // NDJSON rows carry lists as arrays, with the codes beside the labels.
    const first = JSON.parse(stdout.stdout.split('\n')[0]!);
    expect(first).toMatchObject({ householdId: 'N1', outcome: '待核实', outcomeCode: 'to-verify', toVerifyFields: ['riskTypes'], signs: ['人均收入低于监测线'] });
    expect(first.toVerify).toEqual([expect.stringContaining('A27 致贫返贫风险类型')]);
    expect(first.missing).toEqual([]);
  }, 120_000);

  it('no progress bar when stderr is not a terminal', async () => {
    const r = await run('rescore', join(dir, 'clean.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', join(dir, 'quiet'));
    expect(r.stderr).not.toMatch(/[█░]/);
  });

  it('exit 2 on a usage error: unknown option, malformed date, missing --profile', async () => {
    expect((await run('rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--bogus')).code).toBe(2);
    const date = await run('rescore', VILLAGE, '--profile', 'fujian/jinan/2023', '--as-of', '2023-13-45');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('YYYY-MM-DD');
    expect((await run('rescore', VILLAGE)).code).toBe(2);
    expect((await run('no-such-command')).code).toBe(2);
  });

  it('exit 2 when neither --as-of nor the profile gives the as-of date (national/2021 has no default)', async () => {
    const r = await run('rescore', VILLAGE, '--profile', 'national/2021');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
  });

  it('exit 3 for an unknown profile, listing the built-in ones', async () => {
    const r = await run('rescore', VILLAGE, '--profile', 'fujian/nowhere/2023', '--as-of', '2023-12-15');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('fujian/jinan/2023');
  });

  it('exit 3, before reading, when the profile leaves the monitoring line unset (Linzi 2023), naming the parameter and how to supply it', async () => {
    const out = join(dir, 'linzi');
    const r = await run('rescore', VILLAGE, '--profile', 'shandong/linzi/2023', '--out', out);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('monitoringLine');
    expect(r.stderr).toContain('extends');
    expect(existsSync(join(out, 'results.csv'))).toBe(false);
  });

  it('exit 3 for an invalid profile JSON, printing its issues', async () => {
    const r = await run('rescore', VILLAGE, '--profile', join(dir, 'bad-profile.json'), '--as-of', '2023-12-15');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('noSuchParameter');
  });

  it('exit 4 when the input cannot be read: a missing file, a file without a header', async () => {
    expect((await run('rescore', join(dir, 'missing.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15')).code).toBe(4);
    const r = await run('rescore', join(dir, 'garbage.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', join(dir, 'garbage'));
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('表头');
  });
});

describe('fangfanpin help, profiles, explain, check', () => {
  it('--help is in Chinese and English and documents the exit codes', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法 Usage:');
    expect(r.stdout).toContain('重新评估');
    expect(r.stdout).toContain('re-score');
    for (const code of ['0', '1', '2', '3', '4']) expect(r.stdout).toMatch(new RegExp(`\\n  ${code} `));
    const sub = await run('rescore', '--help');
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--as-of');
    expect(sub.stdout).toContain('退出码 Exit codes');
  });

  it('profiles lists every built-in profile with its line and source, or why the line is unset', async () => {
    const r = await run('profiles', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; monitoringLine: { value: string; doc: string }[]; monitoringLineUnset?: unknown }[];
    const jinan = list.find((p) => p.id === 'fujian/jinan/2023')!;
    expect(jinan.monitoringLine).toEqual([expect.objectContaining({ value: '10560', doc: '榕晋乡振〔2023〕12号' })]);
    expect(list.find((p) => p.id === 'shandong/linzi/2023')!.monitoringLineUnset).toBeDefined();
    expect((await run('profiles')).stdout).toContain('6500');
  });

  it('explain prints the findings of one household with their clauses; an unknown household is exit 1', async () => {
    const r = await run('explain', join(dir, 'clean.csv'), '--household', 'H002', '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A38');
    expect(r.stdout).toContain('临稷办发〔2023〕76号');
    const json = await run('explain', join(dir, 'clean.csv'), '--household', 'H002', '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--json');
    expect(JSON.parse(json.stdout).income.perCapitaReferenceIncome).toBe('5800.00');
    expect((await run('explain', join(dir, 'clean.csv'), '--household', 'H999', '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15')).code).toBe(1);
  });

  it('check reports data-quality problems, one row per problem, and exits 1 when there are errors', async () => {
    const out = join(dir, 'check');
    const r = await run('check', VILLAGE, '--profile', 'yunnan/xiaozhongdian/2021', '--as-of', '2023-09-30', '--out', out);
    expect(r.code).toBe(1);
    const report = read(join(out, 'quality.csv'));
    expect(report.split(/\r?\n/)[0]).toContain('问题代码');
    expect(report).toContain('invalid_money');
    expect(containsUnmaskedIdNumber(report)).toBe(false);
    expect(r.stderr).toMatch(/records in \d+ = results \d+ \+ rejected \d+/);
  });

  it("Issue 11: check's summary agrees with itself — households named by a cross-household error (the same ID number in two households) count as households with errors", async () => {
    // H001's head and H003's head carry the same resident ID number: one cross-household error, two households.
    const csv = [
      CLEAN_CSV.split('\n')[0]!,
      '福建省,晋安区,宦溪镇,一村,H001,一般农户,王建国,110105194912310011,男,户主,1949-12-31,健康,普通劳动力,12000,3000,0,1200,500',
      '福建省,晋安区,宦溪镇,二村,H003,一般农户,王建民,110105194912310011,男,户主,1949-12-31,健康,普通劳动力,12000,3000,0,1200,500',
    ].join('\n');
    writeFileSync(join(dir, 'duplicate-id.csv'), csv + '\n');
    const r = await run('check', join(dir, 'duplicate-id.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', join(dir, 'check-duplicate'));
    expect(r.code).toBe(1);
    const report = csvLines(join(dir, 'check-duplicate', 'quality.csv'));
    const errors = report.filter((l) => l.includes(',错误,'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('跨户检查');
    expect(r.stderr).toMatch(/错误 1 \|/);
    expect(r.stderr).toContain('有错误的户 2');
    expect(r.stderr).toContain('其中跨户检查 1');
  });
});
