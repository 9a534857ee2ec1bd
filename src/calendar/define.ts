/**
 * A year's holiday notice supplied as data (补充节假日安排): when the State Council General Office
 * publishes the next year's notice (国务院办公厅关于…年部分节假日安排的通知) before this library
 * ships it, a user gives it as JSON — checked like a profile: real dates in order, every clause
 * cited (its number and its words), make-up working days on weekends, "共N天" agreeing with the
 * days off, and years that continue the shipped calendar without a gap. The calendar that
 * includes it is built once per list of notices.
 *
 * @module
 */
import { z } from 'zod';
import { toDayNumber } from '../model/calendar-date.js';
import { fromZodIssues, type ValidationIssue } from '../model/validation.js';
import { CalendarDateSchema } from '../model/primitives.js';
import { InvalidOptionError } from '../model/option-error.js';
import { lazySchema } from '../model/lazy-schema.js';
import { HOLIDAY_NOTICES, type HolidayNotice } from './notices.js';
import { buildWorkingCalendar, type WorkingCalendar } from './working-days.js';

/**
 * A holiday notice as JSON: what {@link defineHolidayNotice} accepts. Built on first use (a stand-in,
 * src/model/lazy-schema.ts): only a `--holidays` file or a caller's notices are parsed with it, and a
 * start builds no schema it does not read (docs/decisions.md, "… eleventh slice: startup").
 */
export const HolidayNoticeSchema = lazySchema(() => {
  const TextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

  const ArrangementSchema = z.strictObject({
    /** The clause number in the notice (一, 二, …). */
    clause: z.string().trim().min(1),
    festival: TextSchema,
    /** The clause, quoted verbatim. */
    quote: z.string().trim().min(1),
    /** First and last day off. */
    rest: z.tuple([CalendarDateSchema, CalendarDateSchema]),
    /** Make-up working days (weekend days worked). */
    workdays: z.array(CalendarDateSchema),
  });

  return z.strictObject({
    /** The notice's number (国办发明电〔YYYY〕N号), its document id. */
    doc: z.string().trim().min(1),
    /** The year it arranges. */
    year: z.number().int().min(1800).max(2199),
    /** 成文日期. */
    issued: CalendarDateSchema,
    /** For a notice that changes an earlier one of the same year: that notice's number. */
    amends: z.string().trim().min(1).optional(),
    arrangements: z.array(ArrangementSchema).min(1),
  });
});

/** The result of {@link safeDefineHolidayNotices}. */
export type HolidayNoticesResult = { ok: true; notices: readonly HolidayNotice[] } | { ok: false; issues: ValidationIssue[] };

const SHIPPED_YEARS = new Set(HOLIDAY_NOTICES.map((n) => n.year));

/** Day of the week of a date, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * Validates holiday notices given as JSON (one notice or a list); returns them frozen, or every
 * issue with its path. Never throws.
 *
 * @example
 * const r = safeDefineHolidayNotices(JSON.parse(readFileSync('notices.json', 'utf8')));
 * if (r.ok) assessHousehold(h, profile, { holidays: r.notices });
 */
export function safeDefineHolidayNotices(input: unknown): HolidayNoticesResult {
  const list = Array.isArray(input) ? input : [input];
  const parsed = z.array(HolidayNoticeSchema).min(1).safeParse(list);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, list) };
  const issues: ValidationIssue[] = [];
  parsed.data.forEach((n, i) => {
    const at = (rest: string) => `[${i}]${rest}`;
    if (SHIPPED_YEARS.has(n.year) && n.amends === undefined) {
      issues.push({
        path: at('.year'),
        code: 'year_covered',
        message: {
          zh: `${n.year} 年的节假日安排已内置；如为修改该年安排的通知，请用 "amends" 写明被修改通知的文号`,
          en: `the holidays of ${n.year} are shipped already; a notice that changes them names the notice it amends in "amends"`,
        },
      });
    }
    n.arrangements.forEach((a, k) => {
      const path = at(`.arrangements[${k}]`);
      const [from, to] = a.rest;
      if (to < from) {
        issues.push({ path: `${path}.rest`, code: 'invalid_period', message: { zh: `放假结束日 ${to} 早于开始日 ${from}`, en: `the days off end (${to}) before they start (${from})` } });
        return;
      }
      if (from < `${n.year - 1}-12-01` || to > `${n.year}-12-31`) {
        issues.push({ path: `${path}.rest`, code: 'wrong_year', message: { zh: `放假日期不在 ${n.year} 年的安排之内`, en: `the days off are not in ${n.year}'s arrangement` } });
      }
      const days = toDayNumber(to) - toDayNumber(from) + 1;
      const stated = /共(\d+)天/.exec(a.quote);
      if (stated && Number(stated[1]) !== days) {
        issues.push({
          path: `${path}.rest`,
          code: 'day_count',
          message: { zh: `条文写“共${stated[1]}天”，而 ${from} 至 ${to} 是 ${days} 天`, en: `the clause says 共${stated[1]}天 (${stated[1]} days), but ${from} to ${to} is ${days} days` },
        });
      }
      a.workdays.forEach((w, j) => {
        const wd = weekday(w);
        if (wd !== 0 && wd !== 6) {
          issues.push({
            path: `${path}.workdays[${j}]`,
            code: 'not_a_weekend',
            message: { zh: `调休上班日 ${w} 不是周六或周日`, en: `the make-up working day ${w} is not a Saturday or Sunday` },
          });
        }
      });
    });
  });
  if (issues.length === 0) {
    // The years must continue the shipped calendar without a gap.
    const years = [...new Set([...SHIPPED_YEARS, ...parsed.data.map((n) => n.year)])].sort((a, b) => a - b);
    for (let y = 1; y < years.length; y++) {
      if (years[y] !== years[y - 1]! + 1) {
        const i = parsed.data.findIndex((n) => n.year === years[y]);
        issues.push({
          path: `[${i}].year`,
          code: 'year_gap',
          message: {
            zh: `${years[y]} 年与已有年份之间缺少 ${years[y - 1]! + 1} 年的节假日安排`,
            en: `${years[y]} leaves a gap: the holidays of ${years[y - 1]! + 1} are missing`,
          },
        });
        break;
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const notices = parsed.data.map((n) => {
    const notice: HolidayNotice = {
      doc: n.doc,
      year: n.year,
      issued: n.issued,
      arrangements: n.arrangements.map((a) => ({ clause: a.clause, festival: { zh: a.festival.zh, en: a.festival.en }, quote: a.quote, rest: [a.rest[0], a.rest[1]] as const, workdays: [...a.workdays] })),
    };
    if (n.amends !== undefined) notice.amends = n.amends;
    return deepFreeze(notice);
  });
  return { ok: true, notices: Object.freeze(notices) };
}

/** A holiday notice that could not be validated; `issues` lists every problem. */
export class HolidayNoticeError extends Error {
  override readonly name = 'HolidayNoticeError';
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`invalid holiday notice: ${issues.map((i) => `${i.path || '(notice)'}: ${i.message.en}`).join('; ')}`);
  }
}

/**
 * Validates one holiday notice and returns it frozen; throws {@link HolidayNoticeError} listing every problem.
 *
 * @example
 * const notice2027 = defineHolidayNotice({ doc: '国办发明电〔2026〕…号', year: 2027, issued: '2026-11-…', arrangements: [ … ] });
 * assessHousehold(h, profile, { holidays: [notice2027] });
 */
export function defineHolidayNotice(input: unknown): HolidayNotice {
  const r = safeDefineHolidayNotices([input]);
  if (!r.ok) throw new HolidayNoticeError(r.issues);
  return r.notices[0]!;
}

/**
 * The working calendar of the shipped notices plus `notices` (validated here; an invalid list is an
 * `InvalidOptionError` naming `holidays`). Built once per list: the same array gives the same
 * calendar (a cache keyed by the array, which cannot change an answer).
 *
 * @example
 * const calendar = calendarWith([notice2027]); calendar.years // [2020, …, 2027]
 */
export function calendarWith(notices: readonly unknown[]): WorkingCalendar {
  const cached = CALENDARS.get(notices);
  if (cached) return cached;
  const r = safeDefineHolidayNotices(notices);
  if (!r.ok) {
    throw new InvalidOptionError('holidays', {
      zh: `节假日安排无效：${r.issues.map((i) => `${i.path} ${i.message.zh}`).join('；')}`,
      en: `invalid holiday notices: ${r.issues.map((i) => `${i.path} ${i.message.en}`).join('; ')}`,
    });
  }
  const calendar = buildWorkingCalendar([...HOLIDAY_NOTICES, ...r.notices]);
  CALENDARS.set(notices, calendar);
  return calendar;
}

const CALENDARS = new WeakMap<readonly unknown[], WorkingCalendar>();
