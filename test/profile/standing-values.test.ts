/**
 * Which dated values stay in force after the year of their document (issue 11, item 7): a standing
 * rule — a period rule, a procedure, a time limit — has no end date; a year's line, a campaign's
 * schedule and its "今年以来" focus groups stay dated to their year.
 */
import { describe, expect, it } from 'vitest';
import { getProfile, listProfiles, optionalParameter, parameter, PARAMETERS, type ParameterKey } from '../../src/index.js';

const yunnan = getProfile('yunnan/xiaozhongdian/2021');
const gansu = getProfile('gansu/wuqingyuan/2023');
const TODAY = '2026-09-30'; // the parameter date of an annual-period assessment as of 2026-12-06

describe('standing rules stay in force after their document’s year', () => {
  it('S002 §三(一)3: Yunnan’s elimination procedure with informed consent (“怎么进、怎么出”) is in force in 2026, from 2020-10-01 on', () => {
    const v = parameter(yunnan, 'eliminationConditions', TODAY);
    expect(v.to).toBeUndefined();
    expect(v.value).toContain('no-informed-consent');
    expect(v.note).toMatch(/standing procedure/);
    expect(parameter(yunnan, 'eliminationConditions', '2020-10-01').value).toContain('no-informed-consent');
    expect(optionalParameter(yunnan, 'eliminationConditions', '2020-09-30')).toBeUndefined();
  });

  it('S003 §一(二): Gansu’s 六必访 / 六必查 lists (from the provincial work guide) are in force in 2026', () => {
    const v = parameter(gansu, 'screeningChecklists', TODAY);
    expect(v.to).toBeUndefined();
    expect(v.value.map((c) => c.id)).toEqual(['six-must-visit', 'six-must-check']);
  });

  it('the income period, household-size and rounding rules of every built-in profile are in force in 2026', () => {
    for (const p of listProfiles()) {
      for (const key of ['incomePeriod', 'householdSizeRule', 'perCapitaRounding', 'lineComparison'] as const) {
        expect(optionalParameter(p, key, p.id === 'shandong/longkou/2021' ? '2026-12-06' : TODAY), `${p.id} ${key}`).toBeDefined();
      }
    }
  });
});

describe('year-specific values stay dated to their year', () => {
  it('S002 §三(二)1: Yunnan’s 2021 look-back (回头看) checks end 2021-12-31; 2022-01-01 has none', () => {
    expect(parameter(yunnan, 'eliminationLookBack', '2021-12-31').value).toContain('rollback-depends-on-measures');
    expect(optionalParameter(yunnan, 'eliminationLookBack', '2022-01-01')).toBeUndefined();
  });

  it('a campaign’s focus groups (“今年以来”) and schedule end with its year: Gansu 2023-12-31 / 2024-01-01', () => {
    for (const key of ['screeningGroups', 'screeningWindow', 'screeningIncomeBelow', 'procedureSchedule'] as const) {
      expect(optionalParameter(gansu, key, '2023-12-31'), key).toBeDefined();
      expect(optionalParameter(gansu, key, '2024-01-01'), key).toBeUndefined();
    }
  });

  it('every value that still has an end date is a line, a campaign’s schedule or focus, or the 2021 look-back', () => {
    const dated = new Set<string>();
    for (const p of listProfiles()) {
      for (const [key, history] of Object.entries(p.parameters)) {
        for (const v of history ?? []) if (v.to !== undefined) dated.add(key);
      }
    }
    const yearSpecific: ParameterKey[] = ['monitoringLine', 'procedureSchedule', 'screeningGroups', 'screeningWindow', 'screeningIncomeBelow', 'screeningIncomeYear', 'screeningRepeatedApplications', 'eliminationLookBack'];
    expect([...dated].sort()).toEqual([...yearSpecific].sort());
    for (const key of dated) expect(key in PARAMETERS).toBe(true);
  });
});
