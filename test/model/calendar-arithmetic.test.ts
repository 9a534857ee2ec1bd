/**
 * The calendar primitives work on characters and integers (no regular expression, no `Date`).
 * These properties pin them to the obvious reference: the ISO regular expression and the
 * JavaScript date in UTC.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addDays, addMonths, ageOn, endOfMonth, formatDate, fromDayNumber, isCalendarDate, parseDate, startOfMonth, toDayNumber } from '../../src/model/calendar-date.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const daysIn = (y: number, m: number) => new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0);

/** The reference reading: the ISO pattern, then a real month and day. */
function referenceParse(s: unknown): { year: number; month: number; day: number } | null {
  if (typeof s !== 'string') return null;
  const m = ISO.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? { year, month, day } : null;
}

/** The reference day arithmetic: a UTC date (years 100 and later, where `Date.UTC` takes the year as given). */
const referenceDayNumber = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
const referenceFromDayNumber = (n: number) => {
  const d = new Date(n * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
};

const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.stringMatching(/^[0-9x\- ]{8,11}$/),
  fc.string({ maxLength: 12 }),
  fc.anything(),
);

describe('calendar primitives without Date or regular expressions', () => {
  test.prop([dateLike], { numRuns: 5000 })('parseDate and isCalendarDate agree with the ISO pattern and real month lengths', (s) => {
    expect(parseDate(s)).toEqual(referenceParse(s));
    expect(isCalendarDate(s)).toBe(referenceParse(s) !== null);
  });

  test.prop([fc.integer({ min: -650_000, max: 2_900_000 })], { numRuns: 5000 })('fromDayNumber is the UTC date of the day number, and toDayNumber its inverse', (n) => {
    const s = fromDayNumber(n);
    expect(s).toBe(referenceFromDayNumber(n));
    expect(toDayNumber(s)).toBe(n);
    const p = parseDate(s)!;
    expect(toDayNumber(s)).toBe(referenceDayNumber(p.year, p.month, p.day));
  });

  it('leap days and century years count right', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(startOfMonth('2023-09-18')).toBe('2023-09-01');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('years 0000–0099 are proleptic Gregorian years, not 1900–1999 (a Date.UTC quirk the library no longer inherits)', () => {
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
    expect(toDayNumber('0000-03-01')).toBe(-719468);
    expect(fromDayNumber(toDayNumber('0099-12-31') + 1)).toBe('0100-01-01');
  });

  it('formats years with four digits and months and days with two', () => {
    expect(formatDate(5, 2, 3)).toBe('0005-02-03');
    expect(formatDate(2023, 9, 30)).toBe('2023-09-30');
    expect(formatDate(12345, 1, 1)).toBe('12345-01-01');
  });

  it('ages (周岁) turn on the birthday', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(() => ageOn('2008-02-30', '2024-02-29')).toThrow(RangeError);
  });
});
