/**
 * The procedure rules as objects under their clauses (issue 13): each rule's test decides without a
 * message and its explanation names the facts as the form does; every dated or numeric threshold of
 * the layer on its boundary and one day either side.
 */
import { describe, expect, it } from 'vitest';
import {
  assessGreenChannel,
  assessHousehold,
  assistancePlanDeadline,
  computePublicityPeriod,
  deadlineStatus,
  defineProfile,
  fieldLabel,
  getProfile,
  homeVerificationDeadline,
  householdDeadlines,
  identificationDeadline,
  MissingParameterError,
  scheduleFor,
} from '../../src/index.js';
import {
  assistancePlanDeadlineRule,
  greenChannelRule,
  homeVerificationRule,
  identificationDeadlineRule,
  PROCEDURE_RULES,
  publicityRule,
  scheduleRule,
} from '../../src/rules/procedure/index.js';
import { officialCalendar } from '../../src/calendar/working-days.js';
import { addDays } from '../../src/model/calendar-date.js';
import { household } from '../builders.js';

const longkou = getProfile('shandong/longkou/2021');
const linzi = getProfile('shandong/linzi/2023');
const jinan = getProfile('fujian/jinan/2023');
const xiaozhongdian = getProfile('yunnan/xiaozhongdian/2021');
const wuqingyuan = getProfile('gansu/wuqingyuan/2023');

const jinanWithPublicity = defineProfile({
  id: 'test/jinan-publicity-boundary/2023',
  extends: 'fujian/jinan/2023',
  title: { zh: '晋安（补充公示期）', en: "Jin'an with a publicity period" },
  documents: [{ id: '某镇公示规定〔2023〕1号', issuer: '某镇', title: '监测对象公示规定', region: '福建省福州市晋安区某镇' }],
  parameters: {
    publicityPeriod: [{ from: '2023-01-01', value: { days: 5, unit: 'calendar', countFrom: 'start-day' }, citation: { doc: '某镇公示规定〔2023〕1号', clause: '二' } }],
  },
});

describe('each procedure rule is one object: header, test and explanation together', () => {
  it('every rule of the layer carries its test and its explanation', () => {
    expect(PROCEDURE_RULES.map((r) => r.id)).toEqual([
      'procedure.publicity',
      'procedure.home-verification',
      'procedure.identification',
      'procedure.assistance-plan',
      'procedure.green-channel',
      'procedure.schedule',
    ]);
    for (const rule of [publicityRule, homeVerificationRule, identificationDeadlineRule, assistancePlanDeadlineRule, greenChannelRule, scheduleRule]) {
      expect(typeof rule.test, rule.id).toBe('function');
      expect(typeof rule.explain, rule.id).toBe('function');
      expect(rule.cites.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('S003 §二(三): the test decides and names what is missing; it builds no message', () => {
    const h = household({ riskTypes: ['accident'] });
    const t = greenChannelRule.test({ h, profile: wuqingyuan, on: '2023-11-08' });
    expect(t.outcome).toBe('undetermined');
    expect(t.missing).toEqual(['hardship.severeDifficulty']);
    expect(JSON.stringify(t)).not.toContain('message');
    const fires = greenChannelRule.test({ h: household({ riskTypes: ['accident'], hardship: { severeDifficulty: true } }), profile: wuqingyuan, on: '2023-11-08' });
    expect(fires.outcome).toBe('met');
    const not = greenChannelRule.test({ h: household({ riskTypes: ['illness'], hardship: { severeDifficulty: true } }), profile: wuqingyuan, on: '2023-11-08' });
    expect(not.outcome).toBe('not-met');
  });

  it('S004 §四(一): the home-verification test fires (on time) and does not (late) by the same clause', () => {
    const c = { profile: longkou, startsOn: '2021-09-28', asOf: undefined, calendar: officialCalendar() };
    expect(homeVerificationRule.test({ ...c, doneOn: '2021-10-11' }).outcome).toBe('met');
    expect(homeVerificationRule.test({ ...c, doneOn: '2021-10-12' }).outcome).toBe('not-met');
  });

  it('S000 §二(三): the schedule rule tests a step (met when done by its day) and lists a schedule (info)', () => {
    const step = scheduleFor(linzi).steps.find((s) => s.id === 'data-entry')!;
    const c = { profile: linzi, step, asOf: '2023-12-20', calendar: officialCalendar() };
    expect(scheduleRule.test({ ...c, doneOn: '2023-12-08' }).outcome).toBe('met');
    expect(scheduleRule.test({ ...c, doneOn: '2023-12-09' }).outcome).toBe('not-met');
    expect(scheduleRule.test({ profile: linzi, on: undefined }).outcome).toBe('info');
  });

  it('procedureOf (in rules/procedure) gives assessHousehold the same deadlines and green channel as the public functions', () => {
    const h = household({ discoveredOn: '2023-11-10', riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true }, monitoring: { category: 'marginal', identifiedOn: '2023-11-24' } });
    const r = assessHousehold(h, jinan, { asOf: '2023-12-10' });
    expect(r.procedure.deadlines).toEqual(householdDeadlines(h, jinan, { asOf: '2023-12-10' }));
    expect(r.procedure.greenChannel).toEqual(assessGreenChannel(h, jinan, { asOf: '2023-12-10' }));
    expect(r.procedure.findings).toEqual([]);
  });
});

describe('messages name the facts as the collection form does (fieldLabel), never by field path', () => {
  const PATH = /\b(?:discoveredOn|identifiedOn|riskTypes|severeDifficulty|hardship\.|monitoring\.|asOf)\b/;

  it('S003 §二(三): an unrecorded severe hardship, risk type or date is named by its label', () => {
    const severe = assessGreenChannel(household({ riskTypes: ['accident'] }), wuqingyuan, { asOf: '2023-11-08' }).finding;
    expect(severe.message.zh).toContain(fieldLabel('hardship.severeDifficulty').zh);
    expect(severe.message.en).toContain(fieldLabel('hardship.severeDifficulty').en);
    const risk = assessGreenChannel(household({ hardship: { severeDifficulty: true } }), wuqingyuan, { asOf: '2023-11-08' }).finding;
    expect(risk.message.zh).toContain(fieldLabel('riskTypes').zh);
    const date = assessGreenChannel(household({ riskTypes: ['accident'] }), wuqingyuan).finding;
    expect(date.message.zh).toContain(fieldLabel('discoveredOn').zh);
    for (const f of [severe, risk, date]) {
      expect(f.message.zh, f.message.zh).not.toMatch(PATH);
      expect(f.message.en, f.message.en).not.toMatch(PATH);
    }
  });

  it('S004 §四(一), S001 §三(四): a deadline names the date it counts from and the date it was done by their labels', () => {
    const missing = homeVerificationDeadline(longkou, {}).finding;
    expect(missing.message.zh).toBe(`缺少${fieldLabel('discoveredOn').zh}，无法计算入户核实的期限`);
    expect(assistancePlanDeadline(jinan, {}).finding.message.zh).toContain(fieldLabel('monitoring.identifiedOn').zh);
    const done = identificationDeadline(jinan, { discoveredOn: '2023-11-10', identifiedOn: '2023-11-24' }).finding;
    expect(done.message.zh).toBe(`认定时限为15天（当日不计入，自次日起算）：自${fieldLabel('discoveredOn').zh} 2023-11-10 起，最后期限为 2023-11-25；${fieldLabel('monitoring.identifiedOn').zh} 2023-11-24，按时`);
    for (const f of [missing, done]) {
      expect(f.message.zh).not.toMatch(PATH);
      expect(f.message.en).not.toMatch(PATH);
    }
  });
});

describe('boundaries: each dated or numeric threshold, on the day and one day either side', () => {
  it.each([
    ['2021-10-10', 'done', 'met'],
    ['2021-10-11', 'done', 'met'],
    ['2021-10-12', 'done-late', 'not-met'],
  ] as const)('S004 §四(一): 5 working days from 28 September 2021 end on 11 October; verified on %s is %s', (verifiedOn, status, outcome) => {
    const r = homeVerificationDeadline(longkou, { discoveredOn: '2021-09-28', verifiedOn });
    expect(r.lastDay).toBe('2021-10-11');
    expect([r.status, r.finding.outcome]).toEqual([status, outcome]);
  });

  it.each([
    ['2021-09-27', 'upcoming', 'info'],
    ['2021-09-28', 'due', 'info'],
    ['2021-10-10', 'due', 'info'],
    ['2021-10-11', 'due', 'info'],
    ['2021-10-12', 'overdue', 'not-met'],
  ] as const)('S004 §四(一): with nothing recorded, as of %s the home verification is %s', (asOf, status, outcome) => {
    const r = homeVerificationDeadline(longkou, { discoveredOn: '2021-09-28' }, { asOf });
    expect([r.status, r.finding.outcome]).toEqual([status, outcome]);
  });

  it.each([
    ['2023-11-24', 'done', 'met'],
    ['2023-11-25', 'done', 'met'],
    ['2023-11-26', 'done-late', 'not-met'],
  ] as const)('S001 §三(四): identification within 15 days of 10 November 2023 (by the 25th); identified on %s is %s', (identifiedOn, status, outcome) => {
    const r = identificationDeadline(jinan, { discoveredOn: '2023-11-10', identifiedOn });
    expect(r.lastDay).toBe('2023-11-25');
    expect([r.status, r.finding.outcome]).toEqual([status, outcome]);
  });

  it.each([
    ['2023-12-03', 'done'],
    ['2023-12-04', 'done'],
    ['2023-12-05', 'done-late'],
  ] as const)('S001 §三(四): the plan within 10 days of identification on 24 November 2023 (by 4 December); made on %s is %s', (planMadeOn, status) => {
    expect(assistancePlanDeadline(jinan, { identifiedOn: '2023-11-24', planMadeOn }).status).toBe(status);
  });

  it.each([
    ['2023-12-03', 'due'],
    ['2023-12-04', 'due'],
    ['2023-12-05', 'overdue'],
  ] as const)('S001 §三(四): with no plan on record, as of %s the plan is %s', (asOf, status) => {
    expect(assistancePlanDeadline(jinan, { identifiedOn: '2023-11-24' }, { asOf }).status).toBe(status);
  });

  it('S004 §四(一), S001 §三(四): a household has a time limit from the day the profile sets it — not the day before', () => {
    const lk = (discoveredOn: string) => householdDeadlines(household({ discoveredOn }), longkou).map((d) => d.rule);
    expect(lk('2021-06-14')).toEqual([]);
    expect(lk('2021-06-15')).toEqual(['procedure.home-verification']);
    expect(lk('2021-06-16')).toEqual(['procedure.home-verification']);
    const fj = (discoveredOn: string, identifiedOn: string) =>
      householdDeadlines(household({ discoveredOn, monitoring: { category: 'marginal', identifiedOn } }), jinan).map((d) => d.rule);
    expect(fj('2023-11-06', '2023-11-06')).toEqual([]);
    expect(fj('2023-11-06', '2023-11-07')).toEqual(['procedure.assistance-plan']);
    expect(fj('2023-11-07', '2023-11-08')).toEqual(['procedure.identification', 'procedure.assistance-plan']);
  });

  it('S004 §四(四): Longkou’s five-day publicity is read from 15 June 2021 (the document’s date); a list posted the day before has no period', () => {
    expect(() => computePublicityPeriod(longkou, { startsOn: '2021-06-14' })).toThrow(MissingParameterError);
    expect(computePublicityPeriod(longkou, { startsOn: '2021-06-15' }).lastDay).toBe('2021-06-19');
    expect(computePublicityPeriod(longkou, { startsOn: '2021-06-16' }).lastDay).toBe('2021-06-20');
  });

  it.each([
    ['2021-10-27', 0, false, 'not-met'],
    ['2021-10-28', 1, false, 'not-met'],
    ['2021-10-31', 4, false, 'not-met'],
    ['2021-11-01', 5, true, 'met'],
    ['2021-11-02', 6, true, 'met'],
  ] as const)('S004 §四(四): a 5-day publicity from 28 October 2021 taken down on %s has run %i days (full: %s)', (endsOn, observedDays, complete, outcome) => {
    const r = computePublicityPeriod(longkou, { startsOn: '2021-10-28', endsOn });
    expect([r.observedDays, r.complete, r.finding.outcome]).toEqual([observedDays, complete, outcome]);
  });

  it.each([
    ['2023-11-19', '尚未开始'],
    ['2023-11-20', '公示中'],
    ['2023-11-24', '公示中'],
    ['2023-11-25', '公示期已满'],
  ] as const)('S000 §一(三): Linzi’s 5-day publicity from 20 November 2023, as of %s: %s', (asOf, words) => {
    const r = computePublicityPeriod(linzi, { startsOn: '2023-11-20' }, { asOf });
    expect(r.finding.outcome).toBe('info');
    expect(r.finding.message.zh).toContain(`截至 ${asOf} ${words}`);
  });

  it('S002 §四(二)3: five working days from a Friday run to the next Thursday; from a Saturday, Monday to Friday', () => {
    // Fri 29 Oct 2021 is a working day (day 1); Sat 30 is not, so its period starts on Mon 1 Nov.
    expect([computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-29' }).firstDay, computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-29' }).lastDay]).toEqual(['2021-10-29', '2021-11-04']);
    expect(computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-30' }).firstDay).toBe('2021-11-01');
    expect(computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-31' }).firstDay).toBe('2021-11-01');
  });

  it('S001 §三(四): "只在本村开展一次" applies from 7 November 2023 (the document’s date), not the day before', () => {
    expect(computePublicityPeriod(jinanWithPublicity, { startsOn: '2023-11-06' }).onceInVillage).toBeNull();
    expect(computePublicityPeriod(jinanWithPublicity, { startsOn: '2023-11-07' }).onceInVillage).toBe(true);
    expect(computePublicityPeriod(jinanWithPublicity, { startsOn: '2023-11-08' }).onceInVillage).toBe(true);
  });

  it('S003 §二(三): Wuqingyuan’s green channel opens on 27 October 2023 (the plan’s date), not the day before', () => {
    const h = household({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } });
    const on = (asOf: string) => assessGreenChannel(h, wuqingyuan, { asOf });
    expect([on('2023-10-26').applies, on('2023-10-26').finding.outcome]).toEqual([false, 'info']);
    expect([on('2023-10-27').applies, on('2023-10-27').finding.outcome]).toEqual([true, 'met']);
    expect(on('2023-10-28').applies).toBe(true);
  });

  it.each([
    ['2023-11-05', 'upcoming', 'info'],
    ['2023-11-06', 'due', 'info'],
    ['2023-11-14', 'due', 'info'],
    ['2023-11-15', 'overdue', 'not-met'],
  ] as const)('S003 §二(三): data entry runs 6–14 November 2023; as of %s it is %s', (asOf, status, outcome) => {
    const r = deadlineStatus(wuqingyuan, 'data-entry', asOf);
    expect([r.status, r.finding.outcome]).toEqual([status, outcome]);
  });

  it.each([
    ['2023-12-07', 'done', 'met'],
    ['2023-12-08', 'done', 'met'],
    ['2023-12-09', 'done-late', 'not-met'],
  ] as const)('S000 §二(三): "12月8日前完成信息录入" includes the 8th; done on %s is %s', (doneOn, status, outcome) => {
    const r = deadlineStatus(linzi, 'data-entry', '2023-12-20', { doneOn });
    expect([r.status, r.finding.outcome]).toEqual([status, outcome]);
  });

  it.each([
    ['2023-11-06', 0],
    ['2023-11-07', 3],
    ['2023-12-31', 3],
    ['2024-01-01', 0],
  ] as const)('S000 §二(三): Linzi’s schedule is in force 7 November – 31 December 2023; on %s it has %i steps', (on, n) => {
    expect(scheduleFor(linzi, { on }).steps.length).toBe(n);
  });

  it('the days left count down to the last day: 1 the day before, 0 on it, −1 after', () => {
    expect([-1, 0, 1].map((k) => deadlineStatus(linzi, 'data-entry', addDays('2023-12-08', k)).daysLeft)).toEqual([1, 0, -1]);
  });
});
