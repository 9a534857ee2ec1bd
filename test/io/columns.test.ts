/**
 * The result row an analyst reads (results.csv / .ndjson / .xlsx): the outcome, the facts to verify and the
 * facts missing by their Chinese names, the export's recorded category beside the recomputed one and
 * whether they agree; no English code or field path in a Chinese column.
 */
import { describe, expect, it } from 'vitest';
import { assessHousehold, fieldLabel, getProfile, listProfiles, parseHousehold, withMonitoringLine } from '../../src/index.js';
import { readRecords, resultRow, RESULT_COLUMNS } from '../../src/io/index.js';
import { householdRow } from '../../src/rescore/row.js';
import { household } from '../builders.js';

const JINAN = getProfile('fujian/jinan/2023');
const AS_OF = { asOf: '2023-12-15' };
const rowOf = (overrides: Record<string, unknown>, language: 'zh' | 'en' = 'zh') => {
  const h = household(overrides);
  return householdRow(h, assessHousehold(h, JINAN, { ...AS_OF, explain: false }), language);
};
// The default test household: A33 = 24000 + 6000 + 0 + 1200 − 2000 = 29200, ÷ 3 = 9733.33 < 10560 (榕晋乡振〔2023〕12号 §一(一)).
const MONITORED = { monitoring: { category: 'marginal', identifiedOn: '2023-03-01' } };

describe('result columns', () => {
  it('S000 附件1 注2 (the line is a reference): below the line with no risk on record the row says 待核实, names A27 in Chinese and the provisional category', () => {
    const row = rowOf({});
    expect(row).toMatchObject({ recordedCategory: '非监测对象', outcome: '待核实', category: undefined, provisionalCategory: '边缘易致贫户', agreesWithRecord: false });
    expect(row.toVerify).toEqual([expect.stringContaining('A27 致贫返贫风险类型')]);
    expect(row.signs).toEqual(['人均收入低于监测线']);
    expect(row.toVerifyFields).toEqual(['riskTypes']);
    expect(row.outcomeCode).toBe('to-verify');
  });

  it('S000 附件1 注2: with a risk on record (A27 因病) the same household is 认定 边缘易致贫户, nothing to verify', () => {
    const row = rowOf({ riskTypes: ['illness'] });
    expect(row).toMatchObject({ outcome: '认定', category: '边缘易致贫户', provisionalCategory: undefined, toVerify: [], toVerifyFields: [], eligible: true });
  });

  it('a household above the line (A34 10560.00 = the line, not below) with no sign is 不认定, and agrees with a record of 非监测对象', () => {
    // (31680 + 0 + 0 + 0 − 0) ÷ 3 = 10560.00, not below 10560.
    const row = rowOf({ income: { wage: '31680', operating: '0', transfer: '0', operatingExpense: '0' } });
    expect(row).toMatchObject({ recordedCategory: '非监测对象', outcome: '不认定', agreesWithRecord: true, toVerify: [] });
  });

  it('the recorded category (A3) stands beside the recomputed one: a recorded 边缘易致贫户 now identified in the same category agrees', () => {
    expect(rowOf({ ...MONITORED, riskTypes: ['illness'] })).toMatchObject({ recordedCategory: '边缘易致贫户', category: '边缘易致贫户', agreesWithRecord: true });
  });

  it('a recorded 边缘易致贫户 now to verify differs (是否一致: 否)', () => {
    expect(rowOf(MONITORED)).toMatchObject({ recordedCategory: '边缘易致贫户', outcome: '待核实', agreesWithRecord: false });
  });

  it('a recorded 边缘易致贫户 now above the line differs: not identified', () => {
    expect(rowOf({ ...MONITORED, income: { wage: '40000' } })).toMatchObject({ recordedCategory: '边缘易致贫户', outcome: '不认定', agreesWithRecord: false });
  });

  it('a household whose risk is marked eliminated (A53/A54) is 已消除风险 on record, and agrees when not identified now', () => {
    const eliminated = { monitoring: { category: 'marginal', identifiedOn: '2022-03-01', eliminated: { method: 'assisted', on: '2023-06-30' } } };
    expect(rowOf({ ...eliminated, income: { wage: '40000' } })).toMatchObject({ recordedCategory: '已消除风险', outcome: '不认定', agreesWithRecord: true });
    expect(rowOf({ ...eliminated, riskTypes: ['illness'] })).toMatchObject({ recordedCategory: '已消除风险', outcome: '认定', agreesWithRecord: false });
  });

  it('an undetermined household (no as-of date, no default) has its missing record fact named in Chinese, and no agreement either way', () => {
    const profile = getProfile('national/2021');
    const h = household({});
    // national/2021 has no default as-of date: without one the income period, and so the decision, is undetermined.
    const lined = withMonitoringLine(profile, { value: '6000', source: '测试文件 一', asOf: '2023-12-15' });
    const result = assessHousehold(h, lined, { explain: false });
    expect(result.monitoring.outcome).toBe('undetermined');
    const row = householdRow(h, result, 'zh');
    expect(row.outcome).toBe('无法判定（记录缺项）');
    expect(row.agreesWithRecord).toBeNull();
    expect(result.monitoring.missing).toEqual(['asOf']);
    expect(row.missing).toEqual([fieldLabel('asOf').zh]);
    expect(row.missingFields).toEqual(['asOf']);
  });

  it('an English row uses English labels', () => {
    const row = rowOf({}, 'en');
    expect(row).toMatchObject({ recordedCategory: 'not a monitoring object', outcome: 'to verify', provisionalCategory: 'marginal household at risk of poverty' });
    expect(row.toVerify).toEqual([expect.stringContaining('A27 risk')]);
  });

  it('exclusions, elimination blockers and screening groups are listed by their titles, not their ids', () => {
    const row = rowOf({ ...MONITORED, riskTypes: ['illness'], members: [
      { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: true },
      { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true },
    ] });
    // (29200 ÷ 2 = 14600.00, above the line; no measure recorded for the risk 因病.)
    expect(row.eliminationBlockers).toEqual(['未针对风险落实帮扶措施']);
    expect(row.screeningGroups).toContain('低保对象、分散供养特困人员');
    // 29200 ÷ 3 = 9733.33, not above 10560.
    expect(rowOf({ ...MONITORED, riskTypes: ['illness'] }).eliminationBlockers).toContain('人均纯收入未超过当年监测范围');
    // The ids stay beside the names, in the NDJSON-only columns.
    expect(row.eliminationBlockerCodes).toEqual(['no-measure-for-risk']);
    expect(row.screeningGroupCodes).toContain('dibao-or-tekun');
    // 龙扶贫组字〔2021〕1号 §二(二) exclusions, by rule id as MonitoringResult.excludedBy lists them.
    const excluded = resultRow({ householdId: 'H', monitoring: { outcome: 'not-identified', excludedBy: ['identification.exclusion.luxury-car'] } });
    expect(excluded.excludedBy).toEqual(['排除：拥有并经常使用高档乘用车辆']);
    expect(excluded.excludedByRules).toEqual(['identification.exclusion.luxury-car']);
    expect(resultRow({ householdId: 'H', monitoring: { excludedBy: ['identification.exclusion.luxury-car'] } }, 'en').excludedBy).toEqual(['exclusion: owns and regularly uses a high-end car']);
  });
});

/** A Chinese cell an analyst reads: no run of Latin letters that is a code or a field path (A27, A38 are the form's own codes). */
const CODE_LIKE = /[a-z]{2,}|[A-Za-z]+[.\-[][A-Za-z\]]/;

describe('no English codes in Chinese columns', () => {
  it('every Chinese cell of every household of the bundled example, under every built-in profile at its default date (a line supplied where none is in force), is free of codes and field paths', async () => {
    const households = [];
    for await (const r of readRecords('examples/data/village.csv')) {
      if (r.problems.length > 0) continue;
      const parsed = parseHousehold(r.raw);
      if (parsed.ok) households.push(parsed.household);
    }
    expect(households.length).toBeGreaterThan(100);
    const shown = RESULT_COLUMNS.filter((c) => !c.ndjsonOnly && c.key !== 'householdId' && c.key !== 'village');
    const offenders: string[] = [];
    for (const base of listProfiles()) {
      const asOf = base.defaultAsOf?.value ?? '2023-09-30';
      let profile = base;
      try {
        assessHousehold(households[0]!, profile, { asOf, explain: false });
      } catch {
        profile = withMonitoringLine(base, { value: '6000', source: '测试文件 一', asOf });
      }
      for (const h of households) {
        const row = householdRow(h, assessHousehold(h, profile, { asOf, explain: false }), 'zh');
        for (const c of shown) {
          const v = row[c.key];
          for (const text of Array.isArray(v) ? v : typeof v === 'string' ? [v] : []) if (CODE_LIKE.test(text)) offenders.push(`${profile.id} ${h.id} ${c.zh}: ${text}`);
        }
      }
    }
    expect(offenders.slice(0, 10)).toEqual([]);
  });
});
