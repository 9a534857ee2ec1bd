/**
 * Working days (工作日) under the official holiday calendar: weekends are days off unless a notice
 * makes them make-up working days (调休上班日); the days off a notice fixes (放假调休) are days off
 * whatever the weekday. Outside the covered years every function throws
 * {@link CalendarCoverageError} — a wrong guess would shift a legal deadline.
 *
 * Counting convention (both directions): `workingDaysBetween(a, b)` counts the working days after
 * `a` up to and including `b`, so `addWorkingDays(d, n)` is the n-th working day after `d` and
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * Dates are `YYYY-MM-DD` strings; arithmetic is on day numbers (no time zone). A calendar is built
 * once into flat arrays (day kind and running count of working days), so each question is O(1) or
 * O(log n).
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import { formatDate, fromDayNumber, parseDate, toDayNumber, type CalendarDate } from '../model/calendar-date.js';
import type { Citation } from '../explain/finding.js';
import { HOLIDAY_NOTICES, type HolidayNotice } from './notices.js';
import { CalendarCoverageError } from './errors.js';

/** What kind of day a date is. */
export type DayKind =
  /** an ordinary weekday (Monday–Friday), working */
  | 'workday'
  /** Saturday or Sunday, not working */
  | 'weekend'
  /** a day off fixed by a notice (放假调休), not working */
  | 'holiday'
  /** a weekend day made a working day by a notice (调休上班), working */
  | 'make-up-workday';

/** A date's kind, with the notice clause that made it so (holidays and make-up days). */
export interface DayInfo {
  date: CalendarDate;
  kind: DayKind;
  working: boolean;
  /** The festival, for holidays and make-up working days. */
  festival?: Text;
  /** The notice clause, for holidays and make-up working days. */
  citation?: Citation;
}

const KIND_CODES: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'make-up-workday'];
const WORKDAY = 0;
const WEEKEND = 1;
const HOLIDAY = 2;
const MAKE_UP = 3;

/** A built calendar. Treat as opaque; build with {@link buildWorkingCalendar}. */
export interface WorkingCalendar {
  /** The years covered, ascending and contiguous. */
  readonly years: readonly number[];
  /** First covered day (1 January of the first year). */
  readonly from: CalendarDate;
  /** Last covered day (31 December of the last year). */
  readonly to: CalendarDate;
  /** The notices it was built from. */
  readonly notices: readonly HolidayNotice[];
  /** @internal day number of `from`. */
  readonly base: number;
  /** @internal kind code of each day. */
  readonly kinds: Uint8Array;
  /** @internal prefix[i] = number of working days among the first i days. */
  readonly prefix: Int32Array;
  /** @internal day index → the arrangement that fixed it. */
  readonly sources: ReadonlyMap<number, { festival: Text; citation: Citation }>;
}

/** Day of week, 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * Builds a calendar from holiday notices: the covered years are the years the notices arrange
 * (they must be contiguous); notices are applied in the order they were issued, so a later notice
 * (e.g. an extension) overrides an earlier one on the days it names.
 *
 * @example
 * const calendar = buildWorkingCalendar([...HOLIDAY_NOTICES, notice2027]);
 * isWorkingDay('2027-01-04', calendar);
 */
export function buildWorkingCalendar(notices: readonly HolidayNotice[]): WorkingCalendar {
  const years = [...new Set(notices.map((n) => n.year))].sort((a, b) => a - b);
  if (years.length === 0) throw new RangeError('a working calendar needs at least one holiday notice');
  for (let i = 1; i < years.length; i++) {
    if (years[i] !== years[i - 1]! + 1) throw new RangeError(`holiday notices must cover contiguous years; ${years[i - 1]! + 1} is missing`);
  }
  const from = formatDate(years[0]!, 1, 1);
  const to = formatDate(years[years.length - 1]!, 12, 31);
  const base = toDayNumber(from);
  const size = toDayNumber(to) - base + 1;
  const kinds = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const wd = weekday(base + i);
    kinds[i] = wd === 0 || wd === 6 ? WEEKEND : WORKDAY;
  }
  const sources = new Map<number, { festival: Text; citation: Citation }>();
  const ordered = [...notices].sort((a, b) => (a.issued < b.issued ? -1 : a.issued > b.issued ? 1 : 0));
  for (const notice of ordered) {
    for (const a of notice.arrangements) {
      const source = { festival: a.festival, citation: { doc: notice.doc, clause: a.clause } };
      const [restFrom, restTo] = a.rest;
      if (restTo < restFrom) throw new RangeError(`${notice.doc} ${a.clause}: rest days end (${restTo}) before they start (${restFrom})`);
      for (let d = toDayNumber(restFrom); d <= toDayNumber(restTo); d++) {
        const i = d - base;
        if (i < 0 || i >= size) continue; // outside the covered years: not used
        kinds[i] = HOLIDAY;
        sources.set(i, source);
      }
      for (const w of a.workdays) {
        const i = toDayNumber(w) - base;
        if (i < 0 || i >= size) continue;
        kinds[i] = MAKE_UP;
        sources.set(i, source);
      }
    }
  }
  const prefix = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) prefix[i + 1] = prefix[i]! + (kinds[i] === WORKDAY || kinds[i] === MAKE_UP ? 1 : 0);
  return Object.freeze({ years: Object.freeze(years), from, to, notices: Object.freeze([...notices]), base, kinds, prefix, sources });
}

let official: WorkingCalendar | undefined;

/**
 * The calendar of the notices this library ships ({@link HOLIDAY_NOTICES}): 2020–2026.
 *
 * @example
 * officialCalendar().years // [2020, 2021, 2022, 2023, 2024, 2025, 2026]
 */
export function officialCalendar(): WorkingCalendar {
  return (official ??= buildWorkingCalendar(HOLIDAY_NOTICES));
}

function indexOf(date: CalendarDate, calendar: WorkingCalendar, operation?: string): number {
  const i = toDayNumber(date) - calendar.base; // throws RangeError for a malformed date
  if (i < 0 || i >= calendar.kinds.length) throw new CalendarCoverageError(date, calendar.years, operation);
  return i;
}

/**
 * The kind of a date — working day, weekend, holiday or make-up working day — with the notice
 * clause behind a holiday or make-up day.
 *
 * @example
 * dayInfo('2023-10-07')
 * // { date: '2023-10-07', kind: 'make-up-workday', working: true, festival: { zh: '中秋节、国庆节', … },
 * //   citation: { doc: '国办发明电〔2022〕16号', clause: '六' } }
 */
export function dayInfo(date: CalendarDate, calendar: WorkingCalendar = officialCalendar()): DayInfo {
  const i = indexOf(date, calendar);
  const code = calendar.kinds[i]!;
  const info: DayInfo = { date, kind: KIND_CODES[code]!, working: code === WORKDAY || code === MAKE_UP };
  const source = calendar.sources.get(i);
  if (source) {
    info.festival = { zh: source.festival.zh, en: source.festival.en };
    info.citation = { doc: source.citation.doc, clause: source.citation.clause };
  }
  return info;
}

/**
 * True for a working day: Monday–Friday unless a holiday, or a make-up working day. Throws
 * {@link CalendarCoverageError} outside the covered years.
 *
 * @example
 * isWorkingDay('2023-10-02') // false (国庆节)
 * isWorkingDay('2023-10-07') // true (a Saturday made a working day)
 */
export function isWorkingDay(date: CalendarDate, calendar: WorkingCalendar = officialCalendar()): boolean {
  const code = calendar.kinds[indexOf(date, calendar)]!;
  return code === WORKDAY || code === MAKE_UP;
}

/** Smallest m with prefix[m] ≥ v (prefix is non-decreasing by steps of 0 or 1). */
function lowerBound(prefix: Int32Array, v: number): number {
  let lo = 0;
  let hi = prefix.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (prefix[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The n-th working day after `date` (n > 0), or before it (n < 0); `date` itself for n = 0.
 * `date` need not be a working day. Throws {@link CalendarCoverageError} when `date` or the count
 * leaves the covered years.
 *
 * @example
 * addWorkingDays('2023-09-28', 1) // '2023-10-07' (29 Sep – 6 Oct are the holiday; Sat 7 Oct is a make-up day)
 * addWorkingDays('2023-10-09', -1) // '2023-10-08'
 */
export function addWorkingDays(date: CalendarDate, n: number, calendar: WorkingCalendar = officialCalendar()): CalendarDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`the number of working days must be an integer, got ${n}`);
  const operation = `adding ${n} working days to ${date}`;
  const i = indexOf(date, calendar, operation);
  if (n === 0) return date;
  const { prefix, base } = calendar;
  const size = calendar.kinds.length;
  if (n > 0) {
    const target = prefix[i + 1]! + n;
    if (target > prefix[size]!) throw new CalendarCoverageError(fromDayNumber(base + size), calendar.years, operation);
    return fromDayNumber(base + lowerBound(prefix, target) - 1);
  }
  const target = prefix[i]! + n + 1;
  if (target < 1) throw new CalendarCoverageError(fromDayNumber(base - 1), calendar.years, operation);
  return fromDayNumber(base + lowerBound(prefix, target) - 1);
}

/**
 * Working days from `a` to `b`: those after `a` up to and including `b` (negative, counted the
 * same way, when `b` is before `a`). Throws {@link CalendarCoverageError} outside the covered years.
 *
 * @example
 * workingDaysBetween('2023-09-28', '2023-10-09') // 3 (Sat 7, Sun 8 and Mon 9 October)
 * workingDaysBetween('2023-10-09', '2023-09-28') // -3
 */
export function workingDaysBetween(a: CalendarDate, b: CalendarDate, calendar: WorkingCalendar = officialCalendar()): number {
  const operation = `counting working days from ${a} to ${b}`;
  const ia = indexOf(a, calendar, operation);
  const ib = indexOf(b, calendar, operation);
  const { prefix } = calendar;
  return ib >= ia ? prefix[ib + 1]! - prefix[ia + 1]! : prefix[ib]! - prefix[ia]!;
}

/**
 * Whether a date is inside the calendar's covered years (never throws for a real date).
 *
 * @example
 * isCovered('2019-12-31') // false
 */
export function isCovered(date: CalendarDate, calendar: WorkingCalendar = officialCalendar()): boolean {
  const p = parseDate(date);
  if (!p) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return date >= calendar.from && date <= calendar.to;
}
