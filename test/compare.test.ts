/**
 * compareProfiles: the same households under two profiles — who enters, who leaves, who changes
 * category — with counts that always add up.
 */
import { describe, expect, it } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { compareProfiles, defineProfile, getProfile, type HouseholdInput, type Profile } from '../src/index.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { householdArb } from './arbitraries.js';
import { ROOT } from './support/build.js';

const longkou = getProfile('shandong/longkou/2021');

/** Longkou with its own line (a county moving its line), cited to a registered notice. */
function longkouWithLine(line: string): Profile {
  return defineProfile({
    id: `shandong/longkou/2021-line-${line}`,
    extends: 'shandong/longkou/2021',
    title: { zh: `龙口（监测线${line}元）`, en: `Longkou with a ${line} line` },
    documents: [{ id: '龙口监测线调整通知', issuer: '龙口市（测试）', title: '关于调整监测线的通知（测试）', region: '山东省烟台市龙口市' }],
    parameters: { monitoringLine: [{ from: '2021-01-01', to: '2021-12-31', value: line, citation: { doc: '龙口监测线调整通知', clause: '一' } }] },
  });
}
const at7000 = longkouWithLine('7000');
const asOf = '2021-06-30';

/** A two-person 一般农户 (no exclusion applies) whose A34 is wage ÷ 2; hardship facts as given. */
function household(id: string, wage: string, hardship: Record<string, boolean> = {}, extra: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    id,
    povertyAlleviated: false,
    members: [
      { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary' },
      { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary' },
    ],
    income: { wage, operating: '0', property: '0', transfer: '0', operatingExpense: '0' },
    hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true, sharpIncomeDrop: false, temporaryHardship: false, severeDifficulty: false, ...hardship },
    assets: { luxuryCar: false, urbanCommercialHousing: false, highReturnCompany: false, supporterNotPaying: false, countyRuleExclusion: false },
    ...extra,
  };
}

describe('compareProfiles: a county line moving from 6500 to 7000 (龙扶贫组字〔2021〕1号 §二(二))', () => {
  it('S004 §二(二): a 一般农户 with condition (1) and A34 6800.00 enters monitoring as 边缘易致贫户 when the line moves to 7000', () => {
    const r = compareProfiles([household('H1', '13600')], longkou, at7000, { asOf });
    expect(r.rows).toHaveLength(1);
    const row = r.rows[0]!;
    expect(row.change).toBe('entered');
    expect(row.a).toMatchObject({ eligible: false, category: null, figure: 'A34', perCapita: '6800.00', line: '6500.00' });
    expect(row.b).toMatchObject({ eligible: true, category: 'marginal', figure: 'A34', perCapita: '6800.00', line: '7000.00' });
    expect(row.message.zh).toBe('未纳入 → 边缘易致贫户（A34 6800.00 元；监测线 6500.00 → 7000.00 元）');
    expect(r.counts).toMatchObject({ households: 1, compared: 1, entered: 1, left: 0, recategorised: 0, unchanged: 0, undetermined: 0, transitions: { 'not-eligible→marginal': 1 } });
  });

  it('S004 §二(二): "低于" is strictly below — A34 exactly 7000.00 stays out at the 7000 line', () => {
    const r = compareProfiles([household('H2', '14000')], longkou, at7000, { asOf });
    expect(r.rows[0]).toMatchObject({ change: 'unchanged', a: { eligible: false }, b: { eligible: false, perCapita: '7000.00' } });
  });

  it('a household already below 6500 is unchanged, and one far above is unchanged', () => {
    const r = compareProfiles([household('H3', '12000'), household('H4', '30000')], longkou, at7000, { asOf });
    expect(r.rows.map((x) => [x.householdId, x.change, x.a.category, x.b.category])).toEqual([
      ['H3', 'unchanged', 'marginal', 'marginal'],
      ['H4', 'unchanged', null, null],
    ]);
  });

  it('the other way round, the same household leaves monitoring', () => {
    const r = compareProfiles([household('H1', '13600')], at7000, longkou, { asOf });
    expect(r.rows[0]!.change).toBe('left');
    expect(r.counts.transitions).toEqual({ 'marginal→not-eligible': 1 });
  });

  it('S004 §二(二): a household in severe difficulty above 6500 but below 7000 with condition (1) is recategorised from 严重困难户 to 边缘易致贫户', () => {
    const r = compareProfiles([household('H5', '13600', { severeDifficulty: true })], longkou, at7000, { asOf });
    expect(r.rows[0]).toMatchObject({ change: 'recategorised', a: { eligible: true, category: 'sudden-hardship' }, b: { eligible: true, category: 'marginal' } });
    expect(r.rows[0]!.message.en).toBe(
      'household in sudden severe hardship → marginal household at risk of poverty (A34 6800.00 yuan; line 6500.00 → 7000.00 yuan)',
    );
  });

  it('issue 11: a fact of the home visit is left open under one profile: the change is "to verify" and the fact is named, never guessed', () => {
    // A34 6800.00: above 6500, where severe difficulty (not recorded; a hardship is on record, a sign) decides; below 7000, where condition (1) does.
    const r = compareProfiles([household('H6', '13600', { severeDifficulty: undefined as unknown as boolean })], longkou, at7000, { asOf });
    expect(r.rows[0]!.change).toBe('to-verify');
    expect(r.rows[0]!.a).toMatchObject({ outcome: 'to-verify', toVerify: ['hardship.severeDifficulty'], provisionalCategory: 'sudden-hardship' });
    expect(r.rows[0]!.b).toMatchObject({ outcome: 'identified', category: 'marginal' });
    expect(r.counts['to-verify']).toBe(1);
    expect(r.counts.transitions).toEqual({ 'to-verify→marginal': 1 });
  });

  it('a profile whose line is unset (shandong/linzi/2023) cannot classify: its side carries the missing_parameter issue', () => {
    const r = compareProfiles([household('H7', '13600')], getProfile('shandong/linzi/2023'), getProfile('fujian/jinan/2023'), { asOf: '2023-09-30' });
    const row = r.rows[0]!;
    expect(row.change).toBe('undetermined');
    expect(row.a.error?.code).toBe('missing_parameter');
    expect(row.a.error?.message.en).toContain('monitoringLine');
    expect(row.b).toMatchObject({ eligible: true, category: 'marginal', line: '10560.00' });
  });

  it('an invalid record is rejected with its issues and counted: households = compared + rejected', () => {
    const r = compareProfiles([household('H1', '13600'), { id: 'BAD', povertyAlleviated: 'yes' }], longkou, at7000, { asOf });
    expect(r.counts).toMatchObject({ households: 2, compared: 1, rejected: 1 });
    expect(r.rejected[0]).toMatchObject({ position: 1, householdId: 'BAD' });
    expect(r.rejected[0]!.issues.length).toBeGreaterThan(0);
  });

  it("keeps only changed rows with keep: 'changed', streams every row to onRow, and names the profiles by id and hash", () => {
    const seen: string[] = [];
    const r = compareProfiles([household('H1', '13600'), household('H3', '12000')], longkou, at7000, { asOf, keep: 'changed', onRow: (row) => seen.push(row.householdId) });
    expect(r.rows.map((x) => x.householdId)).toEqual(['H1']);
    expect(seen).toEqual(['H1', 'H3']);
    expect(r.profiles).toEqual({ a: { id: longkou.id, hash: longkou.hash }, b: { id: at7000.id, hash: at7000.hash } });
    expect(r.asOf).toEqual({ a: asOf, b: asOf });
  });

  it('explains each side on request with the findings of classifyMonitoring', () => {
    const r = compareProfiles([household('H1', '13600')], longkou, at7000, { asOf, explain: true });
    const decision = r.rows[0]!.b.findings!.find((f) => f.rule === 'identification.decision')!;
    expect(decision.outcome).toBe('met');
    expect(r.rows[0]!.a.findings!.find((f) => f.rule === 'identification.income-test')!.values['line']).toBe('6500.00');
  });

  it('an async source (a stream of records) gives the same result, as a promise', async () => {
    const list = [household('H1', '13600'), household('H3', '12000')];
    async function* stream() {
      yield* list;
    }
    await expect(compareProfiles(stream(), longkou, at7000, { asOf })).resolves.toEqual(compareProfiles(list, longkou, at7000, { asOf }));
  });

  it('imported records: one with importer problems is rejected with them', () => {
    const r = compareProfiles(
      [
        { position: 4, householdId: 'H1', raw: household('H1', '13600'), problems: [] },
        { position: 5, householdId: 'H9', raw: {}, problems: [{ path: 'income.wage', code: 'invalid_money', message: { zh: '金额无效', en: 'invalid amount' } }] },
      ],
      longkou,
      at7000,
      { asOf, records: 'imported' },
    );
    expect(r.rows.map((x) => [x.position, x.change])).toEqual([[4, 'entered']]);
    expect(r.rejected).toEqual([{ position: 5, householdId: 'H9', issues: [{ path: 'income.wage', code: 'invalid_money', message: { zh: '金额无效', en: 'invalid amount' } }] }]);
  });
});

describe('compareProfiles: properties', () => {
  prop.prop([fc.array(householdArb, { maxLength: 8 }), fc.integer({ min: 1000, max: 20000 }), fc.integer({ min: 0, max: 5000 })])(
    'raising the line never makes a household leave monitoring, and the counts always add up',
    (households, low, raise) => {
      const a = longkouWithLine(String(low));
      const b = longkouWithLine(String(low + raise));
      const r = compareProfiles(households, a, b, { asOf });
      const c = r.counts;
      expect(c.left).toBe(0);
      expect(c.compared + c.rejected).toBe(c.households);
      expect(c.entered + c.left + c.recategorised + c.unchanged + c['to-verify'] + c.undetermined).toBe(c.compared);
      expect(Object.values(c.transitions).reduce((s, n) => s + n, 0)).toBe(c.compared);
    },
  );

  prop.prop([fc.array(householdArb, { maxLength: 8 })])('comparing b with a mirrors comparing a with b', (households) => {
    const ab = compareProfiles(households, longkou, at7000, { asOf }).counts;
    const ba = compareProfiles(households, at7000, longkou, { asOf }).counts;
    expect([ba.entered, ba.left, ba.recategorised, ba.unchanged, ba['to-verify'], ba.undetermined]).toEqual([ab.left, ab.entered, ab.recategorised, ab.unchanged, ab['to-verify'], ab.undetermined]);
  });
});

describe('fangfanpin compare (the command line)', () => {
  /** Runs the CLI in-process with captured output. */
  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const { runCli } = await import('../src/cli/program.js');
    let stdout = '';
    let stderr = '';
    const sink = (write: (s: string) => void) => Object.assign(new Writable({ write: (chunk, _enc, done) => (write(String(chunk)), done()) }), { isTTY: false });
    const code = await runCli(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) });
    return { code, stdout, stderr };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ffp-compare-'));
  const input = join(dir, 'longkou.ndjson');
  writeFileSync(input, [household('H1', '13600'), household('H3', '12000'), household('H5', '13800', { severeDifficulty: true })].map((h) => JSON.stringify(h)).join('\n') + '\n');
  const withBad = join(dir, 'with-bad.ndjson');
  writeFileSync(withBad, readFileSync(input, 'utf8') + JSON.stringify({ id: 'BAD', povertyAlleviated: 'yes' }) + '\n');
  const raised = join(dir, 'longkou-7000.json');
  writeFileSync(raised, readFileSync(join(ROOT, 'docs', 'guides', 'profiles', 'longkou-7000.json'), 'utf8'));

  it('S004 §二(二): writes one row per household with both answers and the change; the counts and the balance go to stderr; exit 0', async () => {
    const out = join(dir, 'out');
    const r = await cli(['compare', input, '--profile', 'shandong/longkou/2021', '--against', raised, '--as-of', '2021-06-30', '--out', out]);
    expect(r.code).toBe(0);
    const csv = readFileSync(join(out, 'compare.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe('记录序号,行号,户编号,变化,配置A结论,配置B结论,收入口径,配置A人均收入,配置B人均收入,配置A监测线,配置B监测线,须入户核实,缺少的信息,说明,说明（英文）');
    expect(csv.slice(1).map((l) => l.split(',').slice(2, 11).join(','))).toEqual([
      'H1,新纳入,未纳入,边缘易致贫户,A34,6800.00,6800.00,6500.00,7000.00',
      'H3,未变,边缘易致贫户,边缘易致贫户,A34,6000.00,6000.00,6500.00,7000.00',
      'H5,类别变化,突发严重困难户,边缘易致贫户,A34,6900.00,6900.00,6500.00,7000.00',
    ]);
    const summary = JSON.parse(readFileSync(join(out, 'compare-summary.json'), 'utf8'));
    expect(summary.counts).toMatchObject({ households: 3, compared: 3, rejected: 0, entered: 1, recategorised: 1, unchanged: 1 });
    expect(r.stderr).toContain('新纳入 1 | 退出 0 | 类别变化 1 | 未变 1 | 待核实 0 | 无法判定 0');
    expect(r.stderr).toContain('records in 3 = results 3 + rejected 0');
  });

  it('--changed-only writes only the households that change; without --out the table goes to stdout', async () => {
    const r = await cli(['compare', input, '-p', 'shandong/longkou/2021', '--against', raised, '--as-of', '2021-06-30', '--changed-only', '--lang', 'en', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.householdId, x.change])).toEqual([
      ['H1', 'entered'],
      ['H5', 'recategorised'],
    ]);
  });

  it('a record that is not a valid household is rejected with its reasons (rejected.csv) and the exit code is 1', async () => {
    const out = join(dir, 'out-bad');
    const r = await cli(['compare', withBad, '--profile', 'shandong/longkou/2021', '--against', raised, '--as-of', '2021-06-30', '--out', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, 'rejected.csv'), 'utf8')).toContain('BAD');
    expect(r.stderr).toContain('records in 4 = results 3 + rejected 1');
  });

  it('an unknown profile is exit code 3, naming the built-in ones; a missing --against is a usage error (2)', async () => {
    const unknown = await cli(['compare', input, '--profile', 'shandong/longkou/2021', '--against', 'shandong/nowhere/2021', '--as-of', '2021-06-30']);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('shandong/longkou/2021');
    expect((await cli(['compare', input, '--profile', 'shandong/longkou/2021'])).code).toBe(2);
  });

  it('a profile that sets no line (shandong/linzi/2023) cannot classify: exit code 3, and the rows say why', async () => {
    const r = await cli(['compare', input, '--profile', 'shandong/linzi/2023', '--against', 'fujian/jinan/2023', '--as-of', '2023-09-30', '--format', 'ndjson', '--lang', 'en']);
    // Stopped by the profile check before any record, or every row undetermined with the reason.
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toContain('monitoringLine');
    for (const line of r.stdout.trim().split('\n').filter(Boolean)) expect(JSON.parse(line)).toMatchObject({ change: 'undetermined', missing: 'missing_parameter' });
  });
});
