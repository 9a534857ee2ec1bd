/**
 * Calendar dates (日期): ISO `YYYY-MM-DD` strings, no time, no time zone — all policy dates are
 * Chinese calendar dates. Arithmetic is on day numbers, so it cannot depend on the machine's time
 * zone.
 *
 * @module
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Splits a date into numbers, or `null` when it is not a real `YYYY-MM-DD` date.
 *
 * @example
 * parseDate('2023-02-29') // null
 * parseDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 */
export function parseDate(s: unknown): { year: number; month: number; day: number } | null {
  if (typeof s !== 'string') return null;
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real ISO calendar date. */
export function isCalendarDate(s: unknown): s is CalendarDate {
  return parseDate(s) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds `YYYY-MM-DD` from numbers (no validation). */
export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function req(s: CalendarDate) {
  const p = parseDate(s);
  if (!p) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return p;
}

/** Day number since 1970-01-01 (negative before). */
export function toDayNumber(s: CalendarDate): number {
  const { year, month, day } = req(s);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds whole days. @example addDays('2023-09-30', 1) // '2023-10-01' */
export function addDays(s: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(s) + days);
}

/**
 * Adds calendar months; a day past the end of the target month is clamped to its last day.
 * @example addMonths('2023-08-31', 1) // '2023-09-30'
 */
export function addMonths(s: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = req(s);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** -1, 0 or 1. ISO dates compare as strings. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Whole calendar months from `a` to `b`: the largest n with addMonths(a, n) ≤ b (for b ≥ a).
 * @example monthsBetween('2023-04-15', '2023-10-14') // 5
 */
export function monthsBetween(a: CalendarDate, b: CalendarDate): number {
  if (b < a) {
    const n = monthsBetween(b, a);
    return n === 0 ? 0 : -n; // never -0: results must survive a JSON round trip
  }
  const pa = req(a);
  const pb = req(b);
  let n = (pb.year - pa.year) * 12 + (pb.month - pa.month);
  if (n > 0 && addMonths(a, n) > b) n -= 1;
  return n;
}

/**
 * Age in whole years on a date (周岁).
 * @example ageOn('2007-10-01', '2023-09-30') // 15
 */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const b = req(birthDate);
  const o = req(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/** First day of the month of a date. */
export function startOfMonth(s: CalendarDate): CalendarDate {
  const { year, month } = req(s);
  return formatDate(year, month, 1);
}

/** Last day of the month of a date. */
export function endOfMonth(s: CalendarDate): CalendarDate {
  const { year, month } = req(s);
  return formatDate(year, month, daysInMonth(year, month));
}
