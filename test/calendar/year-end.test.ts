/**
 * Issue 12 item 12 — year end. The holiday calendar shipped ends with 2026; a working-day deadline
 * that crosses into 2027 is marked undetermined on its own, with the reason, in lean and explained
 * assessments alike (before: lean mode gave `deadlines: []` with no finding, and one uncovered
 * deadline discarded the household's others). A user adds a year's State Council notice as data,
 * validated like a profile (dates, a citation for every clause).
 *
 * The 2027 notice below is a fictional test fixture (its document id says so), not the official one.
 */
import { describe, expect, it } from 'vitest';
import { assessHousehold, defineProfile, HOLIDAY_NOTICES, InvalidOptionError, safeDefineHolidayNotices, defineHolidayNotice } from '../../src/index.js';
import { household } from '../builders.js';

/** Jin'an with a 5-working-day home verification (Longkou's limit): one working-day deadline beside two calendar-day ones. */
const profile = defineProfile({
  id: 'test/jinan-working-days/2023',
  extends: 'fujian/jinan/2023',
  title: { zh: '晋安（测试：入户核实5个工作日）', en: 'Jin’an with a working-day home verification (test)' },
  documents: [{ id: 'test-line', issuer: '测试', title: '测试用监测线（非官方）', region: '测试' }],
  parameters: {
    monitoringLine: [{ from: '2023-01-01', to: '2027-12-31', value: '10560', citation: { doc: 'test-line', clause: '一' } }],
    homeVerificationTimeLimit: [
      { from: '2023-01-01', value: { days: 5, unit: 'working', countFrom: 'next-day' }, citation: { doc: '龙扶贫组字〔2021〕1号', clause: '四(一)', quote: '镇街区扶贫部门组织人员5个工作日内开展入户调查，采集、核实相关信息。' } },
    ],
  },
});

const TEST_2027 = {
  doc: '测试通知〔2026〕1号（非官方）',
  year: 2027,
  issued: '2026-11-01',
  arrangements: [{ clause: '一', festival: { zh: '元旦', en: "New Year's Day" }, quote: '元旦：1月1日（周五）至3日（周日）放假，共3天。', rest: ['2027-01-01', '2027-01-03'], workdays: [] }],
};

const discovered = (discoveredOn: string) =>
  household({ discoveredOn, monitoring: { category: 'marginal', identifiedOn: '2027-01-05' } });

describe('a deadline past the holiday calendar (issue 12 item 12)', () => {
  it.each([true, false])('explain: %s — the home verification crossing into 2027 is undetermined with the reason; the two calendar-day deadlines are still computed', (explain) => {
    const r = assessHousehold(discovered('2026-12-28'), profile, { asOf: '2026-12-30', explain });
    const byRule = Object.fromEntries(r.procedure.deadlines.map((d) => [d.rule, d]));
    expect(Object.keys(byRule).sort()).toEqual(['procedure.assistance-plan', 'procedure.home-verification', 'procedure.identification']);
    const home = byRule['procedure.home-verification']!;
    expect(home.lastDay).toBeNull();
    expect(home.status).toBeNull();
    expect(home.finding.outcome).toBe('undetermined');
    expect(home.finding.message.en).toContain('2027');
    expect(home.finding.message.en).toContain('2020–2026');
    expect(home.finding.message.zh).toContain('节假日安排');
    expect(byRule['procedure.identification']!.lastDay).toBe('2027-01-12');
    expect(byRule['procedure.assistance-plan']!.lastDay).toBe('2027-01-15');
  });

  it('boundary: a home verification whose last day is 2026-12-31 is computed; discovered one working day later it is not', () => {
    const inside = assessHousehold(discovered('2026-12-24'), profile, { asOf: '2026-12-30', explain: false });
    expect(inside.procedure.deadlines.find((d) => d.rule === 'procedure.home-verification')!.lastDay).toBe('2026-12-31');
    const outside = assessHousehold(discovered('2026-12-25'), profile, { asOf: '2026-12-30', explain: false });
    expect(outside.procedure.deadlines.find((d) => d.rule === 'procedure.home-verification')!.finding.outcome).toBe('undetermined');
  });

  it('with a 2027 notice added (the holidays option), the same deadline is computed across the New Year holiday', () => {
    const notices = safeDefineHolidayNotices([TEST_2027]);
    expect(notices.ok).toBe(true);
    if (!notices.ok) return;
    const r = assessHousehold(discovered('2026-12-28'), profile, { asOf: '2026-12-30', holidays: notices.notices });
    // 29, 30, 31 Dec; 1–3 Jan off (test notice); Mon 4, Tue 5 Jan
    expect(r.procedure.deadlines.find((d) => d.rule === 'procedure.home-verification')!.lastDay).toBe('2027-01-05');
  });
});

describe('holiday notices as data, validated like a profile (issue 12 item 12)', () => {
  const issuesOf = (input: unknown) => {
    const r = safeDefineHolidayNotices(input);
    return r.ok ? [] : r.issues;
  };

  it('a sound notice is accepted and frozen', () => {
    const n = defineHolidayNotice(TEST_2027);
    expect(n.year).toBe(2027);
    expect(Object.isFrozen(n)).toBe(true);
  });

  it('every clause needs its citation: a clause number and the quoted words', () => {
    const noQuote = { ...TEST_2027, arrangements: [{ ...TEST_2027.arrangements[0]!, quote: '' }] };
    expect(issuesOf([noQuote]).map((i) => i.path)).toContain('[0].arrangements[0].quote');
    const noDoc = { ...TEST_2027, doc: '' };
    expect(issuesOf([noDoc]).map((i) => i.path)).toContain('[0].doc');
  });

  it('dates must be real and in order; a make-up working day must be a Saturday or Sunday; "共N天" must match the days off', () => {
    const reversed = { ...TEST_2027, arrangements: [{ ...TEST_2027.arrangements[0]!, rest: ['2027-01-03', '2027-01-01'] }] };
    expect(issuesOf([reversed])[0]?.code).toBe('invalid_period');
    const weekday = { ...TEST_2027, arrangements: [{ ...TEST_2027.arrangements[0]!, workdays: ['2027-01-06'] }] };
    expect(issuesOf([weekday])[0]?.code).toBe('not_a_weekend');
    const saturday = { ...TEST_2027, arrangements: [{ ...TEST_2027.arrangements[0]!, workdays: ['2027-01-09'] }] };
    expect(issuesOf([saturday])).toEqual([]);
    const count = { ...TEST_2027, arrangements: [{ ...TEST_2027.arrangements[0]!, rest: ['2027-01-01', '2027-01-02'] }] };
    expect(issuesOf([count])[0]?.code).toBe('day_count');
    const bad = { ...TEST_2027, issued: '2026-02-30' };
    expect(issuesOf([bad])[0]?.path).toBe('[0].issued');
  });

  it('a year already shipped (without amends) or a year that leaves a gap is refused', () => {
    expect(issuesOf([{ ...TEST_2027, year: 2026 }])[0]?.code).toBe('year_covered');
    const notice2028 = { ...TEST_2027, year: 2028, arrangements: [{ ...TEST_2027.arrangements[0]!, rest: ['2028-01-01', '2028-01-03'] }] };
    expect(issuesOf([notice2028])[0]?.code).toBe('year_gap');
    expect(issuesOf([TEST_2027, notice2028])).toEqual([]);
    expect(HOLIDAY_NOTICES.at(-1)!.year).toBe(2026);
  });

  it('the holidays option must be validated notices: a raw object is refused by name', () => {
    expect(() => assessHousehold(discovered('2026-12-28'), profile, { holidays: [{ year: 2027 }] as never })).toThrow(InvalidOptionError);
  });
});

describe('holiday notices in a re-scoring run (issue 12 item 12)', () => {
  it('rescore passes the holidays option to every assessment; an invalid list is refused up front (in worker threads too: test/rescore/workers.test.ts)', async () => {
    const { rescore, parseHousehold } = await import('../../src/index.js');
    const notices = safeDefineHolidayNotices([TEST_2027]);
    if (!notices.ok) throw new Error('test notice must be valid');
    const input = JSON.parse(JSON.stringify(discovered('2026-12-28')));
    expect(parseHousehold(input).ok).toBe(true);
    const records = Array.from({ length: 40 }, (_, i) => ({ ...input, id: `H${i}` }));
    const run = rescore(records, profile, { asOf: '2026-12-30', holidays: notices.notices, workers: 1, batchSize: 8, view: 'compact' });
    for await (const o of run) {
      expect(o.ok).toBe(true);
      if (o.ok) expect(o.result.procedure.deadlines.find((d) => d.rule === 'procedure.home-verification')!.lastDay).toBe('2027-01-05');
    }
    expect(() => rescore(records, profile, { holidays: [{ year: 2027 }] as never })).toThrow(InvalidOptionError);
  });
});
