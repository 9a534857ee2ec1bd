/**
 * Ages at the status date as one subtraction (member-age.ts, issue 14 ninth slice) against `ageOn` and
 * `memberAge` (the oracle): 临稷办发〔2023〕76号 §四 — 年龄 and the other status fields are taken at the
 * status date (状态类指标取值时点). Held on arbitrary dates and strings, on birthdays (the day before,
 * the day itself, the day after; 29 February births in common and leap years), and for every member of
 * fast-check and generated households under every built-in profile and several as-of dates.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, type Household, type Profile } from '../../../src/index.js';
import { addDays, ageOn, daysInMonth, formatDate, isCalendarDate } from '../../../src/model/calendar-date.js';
import { AssessmentFacts } from '../../../src/facts/assessment.js';
import { memberAge } from '../../../src/facts/member.js';
import { ageBetween, datePacked } from '../../../src/rules/quality/member-age.js';
import { QualityRun } from '../../../src/rules/quality/run.js';
import { generatedHouseholds } from '../../support/generated-households.js';
import { householdArb } from './arbitraries.js';

const PROFILES = listProfiles().map((p) => getProfile(p.id));
const AS_OF = [undefined, '2021-09-30', '2023-12-15', '2024-03-01'] as const;

const realDate = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => {
  const s = formatDate(y, m, 1);
  return addDays(s, d - 1).slice(0, 7) === s.slice(0, 7) ? addDays(s, d - 1) : s;
});

/** The date `years` before `on` (29 February onto the 28th in a common year), moved by `shift` days. */
function yearsBefore(on: string, years: number, shift: number): string {
  const y = Number(on.slice(0, 4)) - years;
  const m = Number(on.slice(5, 7));
  return addDays(formatDate(y, m, Math.min(Number(on.slice(8, 10)), daysInMonth(y, m))), shift);
}

/** The age `QualityRun.age` gave before: `memberAge` at the status date, `null` when unknown or negative. */
function ageAsBefore(q: QualityRun, i: number): number | null | 'throws' {
  if (!q.statusDate) return null;
  try {
    const a = memberAge(q.members[i]!, q.statusDate);
    return a === undefined || a < 0 ? null : a;
  } catch {
    return 'throws';
  }
}

function ageNow(q: QualityRun, i: number): number | null | 'throws' {
  try {
    return q.age(i);
  } catch {
    return 'throws';
  }
}

function expectAgesAsBefore(h: Household, profile: Profile, asOf: string | undefined): void {
  const q = new QualityRun(new AssessmentFacts(h, profile, asOf === undefined ? { explain: false } : { asOf, explain: false }), undefined, true);
  for (let i = 0; i < h.members.length; i++) expect(ageNow(q, i)).toBe(ageAsBefore(q, i));
}

describe('ages at the status date: one subtraction ≡ ageOn (临稷办发〔2023〕76号 §四)', () => {
  test.prop([fc.oneof(realDate, fc.string({ maxLength: 11 }), fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/))], { numRuns: 3000 })('a date is read as a number exactly when it is a real YYYY-MM-DD date', (s) => {
    expect(datePacked(s) >= 0).toBe(isCalendarDate(s));
    if (isCalendarDate(s)) expect(datePacked(s)).toBe(Number(s.replace(/-/g, '')));
  });
  test.prop([realDate, realDate], { numRuns: 3000 })('the whole years between two dates are ageOn’s', (birth, on) => {
    expect(ageBetween(datePacked(birth), datePacked(on))).toBe(ageOn(birth, on));
  });
  test.prop([realDate, fc.integer({ min: 0, max: 120 }), fc.integer({ min: -1, max: 1 })], { numRuns: 2000 })('on the birthday, the day before and the day after', (on, years, shift) => {
    if (Number(on.slice(0, 4)) - years < 2) return;
    const birth = yearsBefore(on, years, shift);
    expect(ageBetween(datePacked(birth), datePacked(on))).toBe(ageOn(birth, on));
  });
  it('29 February births: 周岁 on 28 February and 1 March of common and leap years', () => {
    for (const on of ['2023-02-28', '2023-03-01', '2024-02-28', '2024-02-29', '2024-03-01', '2100-02-28', '2100-03-01']) {
      expect(ageBetween(datePacked('2000-02-29'), datePacked(on))).toBe(ageOn('2000-02-29', on));
    }
    expect(ageBetween(datePacked('2000-02-29'), datePacked('2023-02-28'))).toBe(22);
    expect(ageBetween(datePacked('2000-02-29'), datePacked('2023-03-01'))).toBe(23);
  });
  test.prop([householdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 300 })('QualityRun.age of every member of fast-check households ≡ memberAge at the status date', (h, profile, asOf) => {
    expectAgesAsBefore(h, profile, asOf);
  });
  test.prop([householdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF), fc.integer({ min: 0, max: 100 }), fc.integer({ min: -1, max: 1 }), fc.boolean()], { numRuns: 300 })(
    'members born on the status date’s day, the day before and after, some years back; some without a recorded birth date (read from the ID number)',
    (h, profile, asOf, years, shift, dropBirth) => {
      const q = new QualityRun(new AssessmentFacts(h, profile, asOf === undefined ? { explain: false } : { asOf, explain: false }), undefined, true);
      const on = q.statusDate;
      if (on === null) return;
      const birth = yearsBefore(on, years, shift);
      const members = h.members.map((m, k) => {
        const { birthDate: _b, ...rest } = m;
        return k === 0 && dropBirth ? rest : { ...m, birthDate: birth };
      });
      expectAgesAsBefore({ ...h, members } as Household, profile, asOf);
    },
  );
  it('every member of generated exports, wide and narrow, under every built-in profile and several as-of dates', async () => {
    const wide = await generatedHouseholds({ households: 60, seed: 11, rejectedPercent: 5, columns: 'full' });
    const narrow = await generatedHouseholds({ households: 60, seed: 12, rejectedPercent: 5, columns: 'narrow' });
    for (const profile of PROFILES) for (const asOf of AS_OF) for (const h of [...wide.households, ...narrow.households]) expectAgesAsBefore(h, profile, asOf);
  });
  it('a birth date that is not a date takes memberAge’s path, and fails as it does', () => {
    const h = { name: 'x', members: [{ name: '王一', sex: 'male', relation: 'head', birthDate: '2023-02-29' }] } as unknown as Household;
    const q = new QualityRun(new AssessmentFacts(h, PROFILES[0]!, { asOf: '2023-12-15', explain: false }), undefined, true);
    expect(ageNow(q, 0)).toBe(ageAsBefore(q, 0));
  });
});
