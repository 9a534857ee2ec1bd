/**
 * Ages at the status date as one subtraction (周岁, 临稷办发〔2023〕76号 §四: status fields are taken at
 * the status date): a date written YYYY-MM-DD read as the number year × 10000 + month × 100 + day, so
 * that the whole years between two such numbers are ⌊(on − birth) ÷ 10000⌋ — one year less when the
 * birthday (month and day, the last four digits) is still to come, as `ageOn` (src/model/calendar-date.ts)
 * counts them. A data-quality run reads its status date once and each member's birth date once
 * (`QualityRun.age`); `ageOn` is the oracle (test/rules/quality/member-age.test.ts).
 *
 * @module
 */
import { daysInMonth, type CalendarDate } from '../../model/calendar-date.js';

/**
 * A date written YYYY-MM-DD (a real date of the proleptic Gregorian calendar) as year × 10000 +
 * month × 100 + day; `-1` for anything else (then the caller takes the general path, which says why).
 *
 * @example
 * datePacked('2024-02-29') // 20240229
 * datePacked('2023-02-29') // -1
 */
export function datePacked(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 /* - */ || s.charCodeAt(7) !== 45) return -1;
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  // Negative when a character is not a digit.
  if ((y0 | (9 - y0) | y1 | (9 - y1) | y2 | (9 - y2) | y3 | (9 - y3) | m0 | (9 - m0) | m1 | (9 - m1) | d0 | (9 - d0) | d1 | (9 - d1)) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * The age in whole years (周岁) on `on` of someone born on `birth`, both {@link datePacked} (not -1):
 * negative when born after `on`.
 *
 * @example
 * ageBetween(datePacked('1960-10-01'), datePacked('2023-09-30')) // 62
 * ageBetween(datePacked('1960-10-01'), datePacked('2023-10-01')) // 63
 */
export function ageBetween(birth: number, on: number): number {
  return Math.floor((on - birth) / 10000);
}

let lastDate: CalendarDate | undefined;
let lastPacked = -1;

/**
 * {@link datePacked} of a date read once a run, remembered for the next (a run's status date is the
 * same string for every household of one profile and date).
 *
 * @example
 * runDatePacked('2023-09-30') // 20230930
 */
export function runDatePacked(s: CalendarDate): number {
  if (s !== lastDate) {
    lastPacked = datePacked(s);
    lastDate = s;
  }
  return lastPacked;
}
