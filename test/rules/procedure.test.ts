import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addWorkingDays,
  assessGreenChannel,
  assistancePlanDeadline,
  computePublicityPeriod,
  deadlineStatus,
  defineProfile,
  DOCUMENTS,
  getProfile,
  homeVerificationDeadline,
  householdDeadlines,
  identificationDeadline,
  isWorkingDay,
  listProfiles,
  MissingParameterError,
  PARAMETERS,
  RULES,
  scheduleFor,
} from '../../src/index.js';
import { PROCEDURE_RULES } from '../../src/rules/procedure/index.js';
import { addDays, fromDayNumber, toDayNumber } from '../../src/model/calendar-date.js';
import { household } from '../builders.js';
import { ROOT } from '../support/build.js';
import { builtinValues } from '../../src/profile/builtin/profiles.js';

const longkou = getProfile('shandong/longkou/2021');
const linzi = getProfile('shandong/linzi/2023');
const jinan = getProfile('fujian/jinan/2023');
const xiaozhongdian = getProfile('yunnan/xiaozhongdian/2021');
const wuqingyuan = getProfile('gansu/wuqingyuan/2023');
const national = getProfile('national/2021');

const plainJson = (x: unknown) => expect(JSON.parse(JSON.stringify(x))).toEqual(x);

describe('入户核实 — home verification within 5 working days (S004 §四(一))', () => {
  it('S004 §四(一): a household discovered on the Friday before the 2023 National Day holiday must be visited by Saturday 7 October, after it', () => {
    const r = homeVerificationDeadline(longkou, { discoveredOn: '2023-09-22' });
    // Mon 25 – Thu 28 Sep are working days 1–4; 29 Sep – 6 Oct is the holiday (国办发明电〔2022〕16号 六);
    // Saturday 7 October is a make-up working day: day 5.
    expect(r.firstDay).toBe('2023-09-25');
    expect(r.lastDay).toBe('2023-10-07');
    expect(r.limit).toEqual({ days: 5, unit: 'working', countFrom: 'next-day' });
    expect(r.finding).toMatchObject({ rule: 'procedure.home-verification', outcome: 'info', citations: [{ doc: '龙扶贫组字〔2021〕1号', clause: '四(一)' }] });
    expect(r.finding.message.zh).toContain('2023-10-07');
    expect(addDays('2023-09-22', 5)).toBe('2023-09-27'); // what five calendar days would have given
    plainJson(r);
  });

  it('S004 §四(一): a make-up Saturday counts (discovered Tue 28 Sep 2021 → Mon 11 Oct)', () => {
    // 29, 30 Sep; 1–7 Oct off; Fri 8 Oct; Sat 9 Oct (make-up, 国办发明电〔2020〕27号 七); Mon 11 Oct
    expect(homeVerificationDeadline(longkou, { discoveredOn: '2021-09-28' }).lastDay).toBe('2021-10-11');
  });

  it('S004 §四(一): verified on the last day is on time (met); a day later is late (not-met)', () => {
    const onTime = homeVerificationDeadline(longkou, { discoveredOn: '2021-09-28', verifiedOn: '2021-10-11' });
    expect(onTime.status).toBe('done');
    expect(onTime.finding.outcome).toBe('met');
    const late = homeVerificationDeadline(longkou, { discoveredOn: '2021-09-28', verifiedOn: '2021-10-12' });
    expect(late.status).toBe('done-late');
    expect(late.finding.outcome).toBe('not-met');
    expect(late.finding.message.en).toContain('1 days late');
  });

  it('S004 §四(一): with no verification on record, due before the last day and overdue after it', () => {
    const due = homeVerificationDeadline(longkou, { discoveredOn: '2021-09-28' }, { asOf: '2021-10-08' });
    expect(due.status).toBe('due');
    expect(due.finding.outcome).toBe('info');
    expect(due.finding.values.status).toBe('due');
    const overdue = homeVerificationDeadline(longkou, { discoveredOn: '2021-09-28' }, { asOf: '2021-10-13' });
    expect(overdue.status).toBe('overdue');
    expect(overdue.finding.outcome).toBe('not-met');
    expect(overdue.finding.message.zh).toContain('已逾期 2 天');
  });

  it('without a discovery date the deadline is undetermined and says which fact is missing', () => {
    const r = homeVerificationDeadline(longkou, {});
    expect(r.lastDay).toBeNull();
    expect(r.finding.outcome).toBe('undetermined');
    expect(r.finding.missing).toEqual(['discoveredOn']);
  });

  it('a profile whose documents set no home-verification limit fails with MissingParameterError', () => {
    expect(() => homeVerificationDeadline(jinan, { discoveredOn: '2023-11-10' })).toThrow(MissingParameterError);
  });

  it('working days past the holiday calendar: the deadline is undetermined, naming the date and the years held (issue 12: it used to throw CalendarCoverageError)', () => {
    const d = homeVerificationDeadline(longkou, { discoveredOn: '2026-12-29' });
    expect(d).toMatchObject({ startsOn: '2026-12-29', lastDay: null, status: null, limit: { days: 5, unit: 'working', countFrom: 'next-day' } });
    expect(d.finding.outcome).toBe('undetermined');
    expect(d.finding.values).toMatchObject({ outsideCalendar: '2027-01-01' });
    expect(d.finding.citations).toEqual([{ doc: '龙扶贫组字〔2021〕1号', clause: '四(一)' }]);
  });
});

describe('公示期 — publicity period (S000 §一(三), S004 §四(四), S002 §四(二)3)', () => {
  it('S002 §四(二)3 vs S004 §四(四): five working days in Xiaozhongdian, five calendar days in Longkou', () => {
    // Both start on Thursday 28 October 2021.
    const yunnan = computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-28' });
    expect(yunnan.limit).toEqual({ days: 5, unit: 'working', countFrom: 'start-day' });
    expect([yunnan.firstDay, yunnan.lastDay]).toEqual(['2021-10-28', '2021-11-03']); // Thu, Fri, Mon, Tue, Wed
    const shandong = computePublicityPeriod(longkou, { startsOn: '2021-10-28' });
    expect(shandong.limit).toEqual({ days: 5, unit: 'calendar', countFrom: 'start-day' });
    expect([shandong.firstDay, shandong.lastDay]).toEqual(['2021-10-28', '2021-11-01']); // 28, 29, 30, 31 Oct, 1 Nov
    expect(yunnan.finding.citations).toEqual([{ doc: '小甸巩固振兴组办〔2021〕1号', clause: '四(二)3' }]);
    expect(shandong.finding.citations).toEqual([{ doc: '龙扶贫组字〔2021〕1号', clause: '四(四)' }]);
  });

  it('S002 §四(二)3: a publicity started on Monday 25 October 2021 ends on Friday 29 October, the last day of the scheduled step', () => {
    const r = computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-25' });
    const step = scheduleFor(xiaozhongdian).steps.find((s) => s.id === 'village-review-publicity')!;
    expect(r.lastDay).toBe('2021-10-29');
    expect(step.to).toBe(r.lastDay);
  });

  it('S002 §四(二)3: posted on a Saturday, the five working days start on Monday', () => {
    const r = computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-30' });
    expect([r.firstDay, r.lastDay]).toEqual(['2021-11-01', '2021-11-05']);
    expect(r.finding.message.en).toContain('not a working day');
  });

  it('S004 §四(四): a list taken down after four days fails the five-day publicity; after five it passes', () => {
    const short = computePublicityPeriod(longkou, { startsOn: '2021-10-28', endsOn: '2021-10-31' });
    expect(short).toMatchObject({ complete: false, observedDays: 4 });
    expect(short.finding.outcome).toBe('not-met');
    expect(short.finding.message.zh).toContain('不足5天');
    const full = computePublicityPeriod(longkou, { startsOn: '2021-10-28', endsOn: '2021-11-01' });
    expect(full).toMatchObject({ complete: true, observedDays: 5 });
    expect(full.finding.outcome).toBe('met');
  });

  it('S002 §四(二)3: observed days are counted in working days — Thu to Mon is three, not five', () => {
    const r = computePublicityPeriod(xiaozhongdian, { startsOn: '2021-10-28', endsOn: '2021-11-01' });
    expect(r).toMatchObject({ complete: false, observedDays: 3 });
  });

  it('S000 §一(三): Linzi’s 脱贫不享受政策 labelling is publicised for 5 days (公示期5天)', () => {
    const r = computePublicityPeriod(linzi, { startsOn: '2023-11-20' }, { asOf: '2023-11-22' });
    expect([r.firstDay, r.lastDay]).toEqual(['2023-11-20', '2023-11-24']);
    expect(r.finding.citations).toEqual([{ doc: '临稷办发〔2023〕76号', clause: '一(三)' }]);
    expect(r.finding.message.zh).toContain('公示中');
  });

  it('S001 §三(四): a Jin’an profile that supplies the period also says the publicity is held once, in the village', () => {
    expect(() => computePublicityPeriod(jinan, { startsOn: '2023-11-20' })).toThrow(MissingParameterError);
    const withPeriod = defineProfile({
      id: 'test/jinan-publicity/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '晋安（补充公示期）', en: "Jin'an with a publicity period" },
      documents: [{ id: '某镇公示规定', issuer: '某镇', title: '监测对象公示规定', region: '福建省福州市晋安区某镇' }],
      parameters: {
        publicityPeriod: [{ from: '2023-01-01', value: { days: 5, unit: 'working', countFrom: 'start-day' }, citation: { doc: '某镇公示规定', clause: '二' } }],
      },
    });
    const r = computePublicityPeriod(withPeriod, { startsOn: '2023-11-20' });
    expect(r.onceInVillage).toBe(true);
    expect(r.finding.message.zh).toContain('只在本村开展一次');
    expect(r.finding.citations).toContainEqual({ doc: '榕晋乡振〔2023〕12号', clause: '三(四)' });
    // Longkou's documents say nothing about it
    expect(computePublicityPeriod(longkou, { startsOn: '2021-10-28' }).onceInVillage).toBeNull();
  });

  it('without a first day the period is undetermined', () => {
    const r = computePublicityPeriod(longkou, { endsOn: '2021-11-01' });
    expect(r.finding).toMatchObject({ outcome: 'undetermined', missing: ['startsOn'] });
  });
});

describe('认定 / 帮扶计划 — identification within 15 days, plan within 10 (S001 §三(四))', () => {
  it('S001 §三(四): discovered 10 November 2023, identification is due by 25 November (day 1 is the day after discovery)', () => {
    const r = identificationDeadline(jinan, { discoveredOn: '2023-11-10' });
    expect([r.firstDay, r.lastDay]).toEqual(['2023-11-11', '2023-11-25']);
    expect(r.limit).toEqual({ days: 15, unit: 'calendar', countFrom: 'next-day' });
    expect(r.finding.citations).toEqual([{ doc: '榕晋乡振〔2023〕12号', clause: '三(四)' }]);
  });

  it('S001 §三(四): identified on day 14 is on time (met); on day 17 it is late (not-met)', () => {
    expect(identificationDeadline(jinan, { discoveredOn: '2023-11-10', identifiedOn: '2023-11-24' }).finding.outcome).toBe('met');
    const late = identificationDeadline(jinan, { discoveredOn: '2023-11-10', identifiedOn: '2023-11-27' });
    expect(late.status).toBe('done-late');
    expect(late.finding.outcome).toBe('not-met');
  });

  it('S001 §三(四): the assistance plan is due 10 days after identification; a plan made on day 11 is late', () => {
    const r = assistancePlanDeadline(jinan, { identifiedOn: '2023-11-24' });
    expect(r.lastDay).toBe('2023-12-04');
    expect(assistancePlanDeadline(jinan, { identifiedOn: '2023-11-24', planMadeOn: '2023-12-04' }).status).toBe('done');
    expect(assistancePlanDeadline(jinan, { identifiedOn: '2023-11-24', planMadeOn: '2023-12-05' }).finding.outcome).toBe('not-met');
    expect(assistancePlanDeadline(jinan, {}).finding.missing).toEqual(['monitoring.identifiedOn']);
  });

  it('a household’s deadlines are those its profile sets: Jin’an identification and plan, Longkou home verification', () => {
    const h = household({ discoveredOn: '2023-11-10', monitoring: { category: 'marginal', identifiedOn: '2023-11-24' } });
    const fj = householdDeadlines(h, jinan, { asOf: '2023-12-10' });
    expect(fj.map((d) => [d.rule, d.lastDay, d.status])).toEqual([
      ['procedure.identification', '2023-11-25', 'done'],
      ['procedure.assistance-plan', '2023-12-04', 'overdue'],
    ]);
    const lk = householdDeadlines(h, longkou, { asOf: '2023-11-13' });
    expect(lk.map((d) => [d.rule, d.lastDay, d.status])).toEqual([['procedure.home-verification', '2023-11-17', 'due']]);
    expect(householdDeadlines(h, national)).toEqual([]);
    plainJson(fj);
  });
});

describe('绿色通道 — help first, procedure after (S003 §二(三))', () => {
  it('S003 §二(三): a disaster-hit household in severe hardship takes the green channel', () => {
    const h = household({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } });
    const r = assessGreenChannel(h, wuqingyuan, { asOf: '2023-11-08' });
    expect(r.applies).toBe(true);
    expect(r.finding).toMatchObject({ rule: 'procedure.green-channel', outcome: 'met', citations: [{ doc: '党委发〔2023〕70号', clause: '二(三)' }] });
    expect(r.finding.message.zh).toContain('先帮扶后履行程序');
  });

  it('S003 §二(三): an accident without severe hardship, or an illness, goes through the ordinary procedure', () => {
    expect(assessGreenChannel(household({ riskTypes: ['accident'], hardship: { severeDifficulty: false } }), wuqingyuan, { asOf: '2023-11-08' })).toMatchObject({
      applies: false,
      finding: { outcome: 'not-met' },
    });
    expect(assessGreenChannel(household({ riskTypes: ['illness'], hardship: { severeDifficulty: true } }), wuqingyuan, { asOf: '2023-11-08' })).toMatchObject({
      applies: false,
      finding: { outcome: 'not-met' },
    });
  });

  it('S003 §二(三): missing facts are named, never guessed', () => {
    expect(assessGreenChannel(household({ riskTypes: ['accident'] }), wuqingyuan, { asOf: '2023-11-08' }).finding).toMatchObject({
      outcome: 'undetermined',
      missing: ['hardship.severeDifficulty'],
    });
    expect(assessGreenChannel(household({ hardship: { severeDifficulty: true } }), wuqingyuan, { asOf: '2023-11-08' }).finding.missing).toEqual(['riskTypes']);
    expect(assessGreenChannel(household({ riskTypes: ['accident'] }), wuqingyuan).finding.missing).toEqual(['discoveredOn']);
  });

  it('profiles whose documents have no green channel say so (Longkou; Wuqingyuan before its plan)', () => {
    const h = household({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } });
    const r = assessGreenChannel(h, longkou, { asOf: '2021-08-01' });
    expect(r.applies).toBe(false);
    expect(r.finding.outcome).toBe('info');
    expect(r.finding.message.zh).toContain('党委发〔2023〕70号');
    expect(assessGreenChannel(h, wuqingyuan, { asOf: '2023-10-01' }).applies).toBe(false);
  });
});

describe('进度安排 — each document’s campaign schedule', () => {
  it('S000 §一(三)、§二(三): Linzi — labelling and data entry by 8 December, entry closes at 24:00 on 31 December', () => {
    expect(scheduleFor(linzi).steps.map((s) => [s.id, s.kind, s.from, s.to])).toEqual([
      ['policy-status-labelling', 'deadline', '2023-11-07', '2023-12-08'],
      ['data-entry', 'deadline', '2023-11-07', '2023-12-08'],
      ['entry-closed', 'cutoff', '2023-11-07', '2023-12-31'],
    ]);
  });

  it('S001 §二: Jin’an — 10 Nov, 15 Dec (and the provincial freeze at 24:00 that day), 25 Dec, 28 Dec', () => {
    expect(scheduleFor(jinan).steps.map((s) => [s.id, s.to])).toEqual([
      ['mobilisation-training', '2023-11-10'],
      ['collection-screening', '2023-12-15'],
      ['provincial-freeze', '2023-12-15'],
      ['data-verification', '2023-12-25'],
      ['analysis-summary', '2023-12-28'],
    ]);
  });

  it('S002 §四: Xiaozhongdian — from training by 18 October to the summary by 15 December 2021', () => {
    expect(scheduleFor(xiaozhongdian).steps.map((s) => [s.id, s.from, s.to])).toEqual([
      ['mobilisation-training', '2021-01-01', '2021-10-18'],
      ['information-collection', '2021-10-19', '2021-10-25'],
      ['village-review-publicity', '2021-10-25', '2021-10-29'],
      ['township-review', '2021-11-01', '2021-11-04'],
      ['city-confirmation', '2021-11-05', '2021-11-12'],
      ['data-entry', '2021-11-13', '2021-11-25'],
      ['data-cleaning', '2021-11-26', '2021-12-15'],
      ['summary', '2021-01-01', '2021-12-15'],
    ]);
  });

  it('S003 §二: Wuqingyuan — mobilisation by 28 October, collection, entry 6–14 November, summary 15–20 November 2023', () => {
    expect(scheduleFor(wuqingyuan).steps.map((s) => [s.id, s.from, s.to])).toEqual([
      ['mobilisation', '2023-10-27', '2023-10-28'],
      ['household-collection', '2023-10-28', '2023-11-05'],
      ['data-entry', '2023-11-06', '2023-11-14'],
      ['summary', '2023-11-15', '2023-11-20'],
    ]);
  });

  it('S004 has no calendar deadlines: Longkou’s schedule is empty and says why', () => {
    const r = scheduleFor(longkou);
    expect(r.steps).toEqual([]);
    expect(r.finding.message.zh).toContain('未规定年度进度日期');
  });

  it('S000 §二(三): data entry is due on 1 December 2023 (7 days, 5 working days left), overdue on 9 December, done on 8 December', () => {
    const due = deadlineStatus(linzi, 'data-entry', '2023-12-01');
    expect(due).toMatchObject({ status: 'due', daysLeft: 7, workingDaysLeft: 5 });
    expect(due.finding.outcome).toBe('info');
    expect(due.finding.citations).toEqual([{ doc: '临稷办发〔2023〕76号', clause: '二(三)' }]);
    const overdue = deadlineStatus(linzi, 'data-entry', '2023-12-09');
    expect(overdue).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(overdue.finding.outcome).toBe('not-met');
    expect(deadlineStatus(linzi, 'data-entry', '2023-12-20', { doneOn: '2023-12-08' })).toMatchObject({ status: 'done', finding: { outcome: 'met' } });
    expect(deadlineStatus(linzi, 'data-entry', '2023-12-20', { doneOn: '2023-12-09' })).toMatchObject({ status: 'done-late', finding: { outcome: 'not-met' } });
    plainJson(due);
  });

  it('S000 §二(三): the national system is open through 31 December and closed on 1 January', () => {
    expect(deadlineStatus(linzi, 'entry-closed', '2023-12-31').status).toBe('due');
    const closed = deadlineStatus(linzi, 'entry-closed', '2024-01-01');
    expect(closed.status).toBe('overdue');
    expect(closed.finding.message.en).toContain('closed at 24:00 on 2023-12-31');
  });

  it('S003 §二(三): data entry has not started on 1 November; S001 §二(三): the provincial freeze is 15 December', () => {
    expect(deadlineStatus(wuqingyuan, 'data-entry', '2023-11-01').status).toBe('upcoming');
    expect(deadlineStatus(wuqingyuan, 'data-entry', '2023-11-14').status).toBe('due');
    const freeze = scheduleFor(jinan).steps.find((s) => s.id === 'provincial-freeze')!;
    expect(deadlineStatus(jinan, freeze, '2023-12-16').status).toBe('overdue');
  });

  it('an unknown step is an error that lists the known ones', () => {
    expect(() => deadlineStatus(linzi, 'nothing', '2023-12-01')).toThrow(/data-entry/);
    expect(() => deadlineStatus(longkou, 'data-entry', '2021-12-01')).toThrow(/\(none\)/);
  });
});

describe('the procedure rules and parameters are cited and quoted verbatim', () => {
  const seeds = new Map<string, string>();
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const d of Object.values(DOCUMENTS)) {
    if (d.seedFile) seeds.set(d.id, squash(readFileSync(join(ROOT, 'sources', d.seedFile), 'utf8')));
  }
  const inSeed = (doc: string, quote: string) => {
    const text = seeds.get(doc);
    if (text === undefined) return true; // not a seed
    return text.includes(squash(quote));
  };

  it('every procedure rule is in the catalog, and each quote is in its seed', () => {
    for (const rule of PROCEDURE_RULES) {
      expect(RULES).toContain(rule);
      expect(rule.layer).toBe('procedure');
      for (const c of rule.citations) expect(inSeed(c.doc, c.quote!), `${rule.id} ${c.doc} ${c.clause}`).toBe(true);
    }
  });

  it('every procedure parameter value quotes its seed, and every schedule step quotes its clause', () => {
    const keys = Object.values(PARAMETERS).filter((p) => p.group === 'procedure');
    expect(keys.map((k) => k.key).sort()).toEqual(
      ['assistancePlanTimeLimit', 'greenChannel', 'homeVerificationTimeLimit', 'identificationTimeLimit', 'procedureSchedule', 'publicityOnceInVillage', 'publicityPeriod', 'writtenNotice'].sort(),
    );
    let quotes = 0;
    for (const decl of keys) {
      for (const [profile, values] of Object.entries(builtinValues(decl.key))) {
        for (const v of values) {
          if (v.citation.quote) {
            expect(inSeed(v.citation.doc, v.citation.quote), `${decl.key} ${profile}`).toBe(true);
            quotes++;
          }
          const steps = (v.value as { steps?: { quote: string; id: string }[] }).steps ?? [];
          for (const s of steps) {
            expect(inSeed(v.citation.doc, s.quote), `${decl.key} ${profile} ${s.id}`).toBe(true);
            quotes++;
          }
        }
      }
    }
    expect(quotes).toBeGreaterThan(25);
  });

  it('every built-in profile either has each procedure parameter or documents why not', () => {
    for (const p of listProfiles()) {
      for (const key of ['publicityPeriod', 'procedureSchedule', 'greenChannel'] as const) {
        expect(p.parameters[key] !== undefined || p.unset[key] !== undefined, `${p.id} ${key}`).toBe(true);
      }
    }
  });
});

describe('deadline properties', () => {
  const day = fc.integer({ min: toDayNumber('2021-06-15'), max: toDayNumber('2026-11-30') }).map(fromDayNumber);

  test.prop([day])('S004 §四(一): the home-verification deadline is a working day, exactly 5 working days after discovery, never sooner than 5 calendar days', (d) => {
    const r = homeVerificationDeadline(longkou, { discoveredOn: d });
    expect(isWorkingDay(r.lastDay!)).toBe(true);
    expect(r.lastDay).toBe(addWorkingDays(d, 5));
    expect(r.lastDay! >= addDays(d, 5)).toBe(true);
  });

  const jinanDay = fc.integer({ min: toDayNumber('2023-11-07'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
  test.prop([jinanDay, fc.integer({ min: -30, max: 30 })])('S001 §三(四): identification done on or before the last day is met, after it not-met', (d, k) => {
    const last = identificationDeadline(jinan, { discoveredOn: d }).lastDay!;
    const doneOn = addDays(last, k);
    const r = identificationDeadline(jinan, { discoveredOn: d, identifiedOn: doneOn });
    expect(r.finding.outcome).toBe(k <= 0 ? 'met' : 'not-met');
  });

  test.prop([day])('S002 §四(二)3: a working-day publicity is never shorter than a calendar-day one of the same length', (d) => {
    const w = computePublicityPeriod(xiaozhongdian, { startsOn: d });
    const c = computePublicityPeriod(longkou, { startsOn: d });
    expect(w.lastDay! >= c.lastDay!).toBe(true);
    expect(isWorkingDay(w.firstDay!) && isWorkingDay(w.lastDay!)).toBe(true);
  });
});
