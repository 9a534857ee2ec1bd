/**
 * Calendar dates (日期): ISO `YYYY-MM-DD` strings, no time, no time zone — all policy dates are
 * Chinese calendar dates. Arithmetic is on day numbers of the proleptic Gregorian calendar, in
 * integers (no `Date`, no regular expression: these run for every date of every household), so it
 * cannot depend on the machine's time zone.
 *
 * @module
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at position `i` of `s` (0–9), or -1 when it is not an ASCII digit. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * A real `YYYY-MM-DD` date as one integer, `year × 10000 + month × 100 + day`; `-1` when `s` is
 * not one (a string of another length or shape, non-ASCII digits, February 30th, …).
 */
function packed(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 /* - */ || s.charCodeAt(7) !== 45) return -1;
  const y0 = digit(s, 0);
  const y1 = digit(s, 1);
  const y2 = digit(s, 2);
  const y3 = digit(s, 3);
  const m0 = digit(s, 5);
  const m1 = digit(s, 6);
  const d0 = digit(s, 8);
  const d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * A date as one integer, `year × 10000 + month × 100 + day`, when `s` is a real `YYYY-MM-DD` date;
 * `-1` otherwise (it never throws) — for loops that read each date once and compare many.
 *
 * @example
 * packedDate('2024-02-29') // 20240229
 * packedDate('2023-02-29') // -1
 */
export function packedDate(s: unknown): number {
  return typeof s === 'string' ? packed(s) : -1;
}

/**
 * Whole years (周岁) from one {@link packedDate} to another: {@link ageOn} on dates read once.
 *
 * @example
 * ageBetweenPacked(19601001, 20230930) // 62
 */
export function ageBetweenPacked(born: number, on: number): number {
  // One year less when the birthday (month and day) is still to come.
  return Math.floor(on / 10000) - Math.floor(born / 10000) - (on % 10000 < born % 10000 ? 1 : 0);
}

/** `packed(s)`, or a `RangeError` naming the value. */
function req(s: CalendarDate): number {
  const p = typeof s === 'string' ? packed(s) : -1;
  if (p < 0) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return p;
}

const yearOf = (p: number) => Math.floor(p / 10000);
const monthOf = (p: number) => Math.floor(p / 100) % 100;
const dayOf = (p: number) => p % 100;

/** Day number of a proleptic Gregorian date (H. Hinnant's `days_from_civil`), exact for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
  const p = packed(s);
  return p < 0 ? null : { year: yearOf(p), month: monthOf(p), day: dayOf(p) };
}

/** True for a real ISO calendar date. @example isCalendarDate('2023-02-29') // false */
export function isCalendarDate(s: unknown): s is CalendarDate {
  return typeof s === 'string' && packed(s) >= 0;
}

/** Two digits of a number 0–99. */
function two(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/** Builds `YYYY-MM-DD` from numbers (no validation). @example formatDate(2023, 9, 30) // '2023-09-30' */
export function formatDate(year: number, month: number, day: number): CalendarDate {
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99 && (year | 0) === year && (month | 0) === month && (day | 0) === day) {
    return (year >= 1000 ? '' + year : year >= 100 ? '0' + year : year >= 10 ? '00' + year : '000' + year) + '-' + two(month) + '-' + two(day);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number since 1970-01-01 (negative before). @example toDayNumber('1970-01-02') // 1 */
export function toDayNumber(s: CalendarDate): number {
  const p = req(s);
  return daysFromCivil(yearOf(p), monthOf(p), dayOf(p));
}

/** Inverse of {@link toDayNumber}. @example fromDayNumber(19630) // '2023-09-30' */
export function fromDayNumber(n: number): CalendarDate {
  if (!Number.isSafeInteger(n) || n < -100_000_000 || n > 100_000_000) {
    // Not a whole day within the range of a JavaScript date: say what the date object says.
    const d = new Date(n * 86_400_000);
    return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  // H. Hinnant's civil_from_days.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
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
  const p = req(s);
  const index = yearOf(p) * 12 + (monthOf(p) - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatDate(y, m, Math.min(dayOf(p), daysInMonth(y, m)));
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
  let n = (yearOf(pb) - yearOf(pa)) * 12 + (monthOf(pb) - monthOf(pa));
  if (n > 0 && addMonths(a, n) > b) n -= 1;
  return n;
}

/**
 * Age in whole years on a date (周岁).
 * @example ageOn('2007-10-01', '2023-09-30') // 15
 */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  return ageBetweenPacked(req(birthDate), req(on));
}

/** First day of the month of a date. @example startOfMonth('2023-09-18') // '2023-09-01' */
export function startOfMonth(s: CalendarDate): CalendarDate {
  const p = req(s);
  return formatDate(yearOf(p), monthOf(p), 1);
}

/** Last day of the month of a date. @example endOfMonth('2024-02-10') // '2024-02-29' */
export function endOfMonth(s: CalendarDate): CalendarDate {
  const p = req(s);
  return formatDate(yearOf(p), monthOf(p), daysInMonth(yearOf(p), monthOf(p)));
}
