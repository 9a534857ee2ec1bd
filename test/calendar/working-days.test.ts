import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  addWorkingDays,
  buildWorkingCalendar,
  CalendarCoverageError,
  dayInfo,
  HOLIDAY_NOTICES,
  isCovered,
  isWorkingDay,
  officialCalendar,
  workingDaysBetween,
  type HolidayNotice,
} from '../../src/index.js';
import { addDays, fromDayNumber, toDayNumber } from '../../src/model/calendar-date.js';

const FIRST = toDayNumber('2020-01-01');
const LAST = toDayNumber('2026-12-31');

/** Reference: walk day by day with isWorkingDay. */
function countByWalking(a: string, b: string): number {
  let n = 0;
  if (b >= a) for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) n += isWorkingDay(d) ? 1 : 0;
  else for (let d = b; d < a; d = addDays(d, 1)) n -= isWorkingDay(d) ? 1 : 0;
  return n;
}

describe('working days under the official holiday calendar', () => {
  it('国办发明电〔2022〕16号 六: a make-up Saturday (7 Oct 2023) counts as a working day, the holiday does not', () => {
    expect(isWorkingDay('2023-10-07')).toBe(true);
    expect(dayInfo('2023-10-07')).toEqual({
      date: '2023-10-07',
      kind: 'make-up-workday',
      working: true,
      festival: { zh: '中秋节、国庆节', en: 'Mid-Autumn Festival and National Day' },
      citation: { doc: '国办发明电〔2022〕16号', clause: '六' },
    });
    expect(isWorkingDay('2023-10-02')).toBe(false); // a Monday inside the holiday
    expect(dayInfo('2023-10-02').kind).toBe('holiday');
  });

  it('ordinary weekends are days off and ordinary weekdays working days', () => {
    expect(dayInfo('2023-10-14')).toEqual({ date: '2023-10-14', kind: 'weekend', working: false });
    expect(dayInfo('2023-10-10')).toEqual({ date: '2023-10-10', kind: 'workday', working: true });
  });

  it('国办发明电〔2020〕1号: the 2020 Spring Festival extension makes 31 Jan – 2 Feb days off and cancels the make-up Saturday 1 February', () => {
    expect(isWorkingDay('2020-01-31')).toBe(false);
    expect(dayInfo('2020-02-01')).toMatchObject({ kind: 'holiday', citation: { doc: '国办发明电〔2020〕1号', clause: '一' } });
    expect(isWorkingDay('2020-02-03')).toBe(true);
    expect(isWorkingDay('2020-01-19')).toBe(true); // the make-up Sunday before the festival stands
  });

  it('国办发明电〔2022〕16号 一: New Year 2023 begins on 31 December 2022', () => {
    expect(dayInfo('2022-12-31')).toMatchObject({ kind: 'holiday', citation: { doc: '国办发明电〔2022〕16号', clause: '一' } });
    expect(isWorkingDay('2023-01-02')).toBe(false);
    expect(isWorkingDay('2023-01-03')).toBe(true);
  });

  it('国办发明电〔2023〕7号 二: 除夕 2024 (9 February) is a working day — the notice only encourages leave', () => {
    expect(isWorkingDay('2024-02-09')).toBe(true);
    expect(isWorkingDay('2024-02-18')).toBe(true); // make-up Sunday
  });

  it('国办发明电〔2025〕7号: 2026 is covered (元旦 1–3 January, Sunday 4 January worked)', () => {
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-04')).toBe(true);
    expect(officialCalendar().years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('adds and counts working days across a holiday', () => {
    expect(addWorkingDays('2023-09-28', 1)).toBe('2023-10-07');
    expect(addWorkingDays('2023-10-09', -1)).toBe('2023-10-08');
    expect(addWorkingDays('2023-10-01', 0)).toBe('2023-10-01');
    expect(workingDaysBetween('2023-09-28', '2023-10-09')).toBe(3);
    expect(workingDaysBetween('2023-10-09', '2023-09-28')).toBe(-3);
    expect(workingDaysBetween('2023-10-09', '2023-10-09')).toBe(0);
  });

  it('a date outside the calendar throws CalendarCoverageError naming the date and the covered years', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('expected an error');
    };
    const e1 = err(() => isWorkingDay('2019-12-31'));
    expect(e1).toBeInstanceOf(CalendarCoverageError);
    expect((e1 as CalendarCoverageError).date).toBe('2019-12-31');
    expect((e1 as CalendarCoverageError).coveredYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(String(e1)).toMatch(/2019-12-31.*2020–2026/);
    expect(err(() => isWorkingDay('2027-01-04'))).toBeInstanceOf(CalendarCoverageError);
    // the count runs out of the calendar: the first day past it is named
    const e2 = err(() => addWorkingDays('2026-12-28', 4)); // Mon 28 Dec: 29, 30, 31 December, then 2027
    expect(e2).toBeInstanceOf(CalendarCoverageError);
    expect((e2 as CalendarCoverageError).date).toBe('2027-01-01');
    expect((e2 as CalendarCoverageError).date).not.toBe('2026-12-28');
    expect((err(() => addWorkingDays('2020-01-03', -3)) as CalendarCoverageError).date).toBe('2019-12-31');
    expect(err(() => workingDaysBetween('2026-12-01', '2027-01-05'))).toBeInstanceOf(CalendarCoverageError);
    // ...but a count that stays inside is fine right up to the edges
    expect(addWorkingDays('2026-12-28', 3)).toBe('2026-12-31');
    expect(addWorkingDays('2020-01-03', -1)).toBe('2020-01-02');
  });

  it('a malformed date is a RangeError, not a coverage error', () => {
    expect(() => isWorkingDay('2023-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('2023-02-30')).not.toThrow(CalendarCoverageError);
    expect(() => addWorkingDays('2023-10-09', 1.5)).toThrow(/integer/);
    expect(isCovered('2019-12-31')).toBe(false);
    expect(isCovered('2026-12-31')).toBe(true);
  });

  it('a calendar can be extended with the next notice, and must stay contiguous', () => {
    const notice2027: HolidayNotice = {
      doc: 'test-2027',
      year: 2027,
      issued: '2026-11-01',
      arrangements: [{ clause: '一', festival: { zh: '元旦', en: "New Year's Day" }, quote: '（测试）', rest: ['2027-01-01', '2027-01-01'], workdays: [] }],
    };
    const extended = buildWorkingCalendar([...HOLIDAY_NOTICES, notice2027]);
    expect(extended.years.at(-1)).toBe(2027);
    expect(isWorkingDay('2027-01-01', extended)).toBe(false);
    expect(addWorkingDays('2026-12-28', 4, extended)).toBe('2027-01-04'); // 1 January off, 2–3 a weekend
    expect(() => buildWorkingCalendar([HOLIDAY_NOTICES[0]!, notice2027])).toThrow(/contiguous/);
  });
});

describe('working-day properties', () => {
  const start = fc.integer({ min: FIRST, max: LAST - 90 }).map(fromDayNumber);
  const late = fc.integer({ min: FIRST + 90, max: LAST }).map(fromDayNumber);
  const anyDay = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

  test.prop([start, fc.integer({ min: 1, max: 40 })])('addWorkingDays(d, n) is a working day for n ≥ 1, and workingDaysBetween(d, it) === n', (d, n) => {
    const r = addWorkingDays(d, n);
    expect(isWorkingDay(r)).toBe(true);
    expect(r > d).toBe(true);
    expect(workingDaysBetween(d, r)).toBe(n);
  });

  test.prop([late, fc.integer({ min: 1, max: 40 })])('backwards too: addWorkingDays(d, −n) is a working day and workingDaysBetween(d, it) === −n', (d, n) => {
    const r = addWorkingDays(d, -n);
    expect(isWorkingDay(r)).toBe(true);
    expect(workingDaysBetween(d, r)).toBe(-n);
  });

  test.prop([start, fc.integer({ min: 0, max: 39 })])('monotonic in n: one more working day is strictly later, with no working day in between', (d, n) => {
    const a = addWorkingDays(d, n);
    const b = addWorkingDays(d, n + 1);
    expect(b > a).toBe(true);
    expect(workingDaysBetween(a, b)).toBe(1);
    expect(countByWalking(a, addDays(b, -1))).toBe(0);
  });

  test.prop([start, fc.integer({ min: 1, max: 40 })])('n working days never come sooner than n calendar days', (d, n) => {
    expect(addWorkingDays(d, n) >= addDays(d, n)).toBe(true);
  });

  test.prop([anyDay, anyDay], { numRuns: 60 })('workingDaysBetween agrees with a day-by-day count', (a, b) => {
    expect(workingDaysBetween(a, b)).toBe(countByWalking(a, b));
    // the half-open interval excludes the start and includes the end, whichever way it runs, so the
    // two counts of the same span differ by the later day minus the earlier one
    const [early, later] = a <= b ? [a, b] : [b, a];
    expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(Number(isWorkingDay(later)) - Number(isWorkingDay(early)));
  });
});
