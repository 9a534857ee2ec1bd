/**
 * 时限的计算 — how a time limit is counted and where a step stands, shared by the publicity period,
 * the deadlines and the campaign schedule.
 *
 * > 龙扶贫组字〔2021〕1号 §四(一): 镇街区扶贫部门组织人员5个工作日内开展入户调查，采集、核实相关信息。
 * >
 * > 小甸巩固振兴组办〔2021〕1号 §四(二)3: 在村民小组公开场所及云南省“政府救助平台”网络渠道公示5个工作日。
 *
 * Which days count (calendar or working days, day 1 the start day or the next) is profile data
 * (`TimeLimit`); working days follow the official holiday calendar (src/calendar) and fail with
 * `CalendarCoverageError` outside it.
 *
 * @module
 */
import { addDays, type CalendarDate } from '../../model/calendar-date.js';
import type { Text } from '../../model/labels.js';
import type { Citation } from '../../explain/finding.js';
import type { TimeLimit } from '../../profile/parameters/procedure.js';
import { addWorkingDays, isWorkingDay, officialCalendar, type WorkingCalendar } from '../../calendar/working-days.js';

/** Options of the procedure functions. */
export interface ProcedureOptions {
  /** The date the question is asked (评估时点): gives "due" or "overdue" when the step is not done. */
  asOf?: CalendarDate;
  /** The holiday calendar for working days; defaults to the official one shipped (2020–2026). */
  calendar?: WorkingCalendar;
}

/**
 * Where a step stands:
 * - `upcoming`: it has not started yet; `due`: it is running and not done;
 * - `overdue`: its last day has passed and it is not recorded as done;
 * - `done`: done on or before its last day; `done-late`: done after it.
 */
export type StepStatus = 'upcoming' | 'due' | 'overdue' | 'done' | 'done-late';

/** The status in words. */
export const STATUS_TEXT: Record<StepStatus, Text> = {
  upcoming: { zh: '未开始', en: 'upcoming' },
  due: { zh: '进行中', en: 'due' },
  overdue: { zh: '已逾期', en: 'overdue' },
  done: { zh: '已按时完成', en: 'done on time' },
  'done-late': { zh: '逾期完成', en: 'done late' },
};

/**
 * Where a step running from `from` to `to` (inclusive) stands: by the day it was done when given
 * ("X日前" includes day X), else by `asOf`; `null` when neither is given.
 *
 * @example
 * statusOf('2023-11-07', '2023-12-08', '2023-12-08', undefined) // 'due'
 * statusOf('2023-11-07', '2023-12-08', undefined, '2023-12-09') // 'done-late'
 */
export function statusOf(from: CalendarDate, to: CalendarDate, asOf: CalendarDate | undefined, doneOn: CalendarDate | undefined): StepStatus | null {
  if (doneOn !== undefined) return doneOn <= to ? 'done' : 'done-late';
  if (asOf === undefined) return null;
  if (asOf < from) return 'upcoming';
  return asOf <= to ? 'due' : 'overdue';
}

/**
 * The finding outcome of a step's status: done on time is `met`, late or overdue `not-met`, anything
 * else (running, not started, no date to judge by) `info`.
 *
 * @example
 * stepOutcome('overdue') // 'not-met'
 */
export function stepOutcome(status: StepStatus | null): 'met' | 'not-met' | 'info' {
  if (status === 'done') return 'met';
  if (status === 'done-late' || status === 'overdue') return 'not-met';
  return 'info';
}

/** A citation without its quote, as findings carry it. */
export const cite = (c: Citation): Citation => ({ doc: c.doc, clause: c.clause });

/** The unit of a time limit in words. */
export const UNIT_TEXT = {
  calendar: { zh: '天', en: 'days' },
  working: { zh: '个工作日', en: 'working days' },
} as const;

/**
 * The first and last day of a time limit started on `start`. Calendar days: day 1 is `start`
 * (`start-day`) or the next day (`next-day`). Working days: day 1 is the first working day on
 * (`start-day`) or after (`next-day`) `start`. Throws `CalendarCoverageError` for working days
 * outside the calendar.
 *
 * @example
 * applyTimeLimit('2023-09-22', { days: 5, unit: 'working', countFrom: 'next-day' })
 * // { firstDay: '2023-09-25', lastDay: '2023-10-07' } (29 Sep – 6 Oct is the holiday; Sat 7 Oct a make-up day)
 */
export function applyTimeLimit(start: CalendarDate, limit: TimeLimit, calendar: WorkingCalendar = officialCalendar()): { firstDay: CalendarDate; lastDay: CalendarDate } {
  if (limit.unit === 'calendar') {
    return limit.countFrom === 'next-day'
      ? { firstDay: addDays(start, 1), lastDay: addDays(start, limit.days) }
      : { firstDay: start, lastDay: addDays(start, limit.days - 1) };
  }
  if (limit.countFrom === 'start-day' && isWorkingDay(start, calendar)) {
    return { firstDay: start, lastDay: addWorkingDays(start, limit.days - 1, calendar) };
  }
  return { firstDay: addWorkingDays(start, 1, calendar), lastDay: addWorkingDays(start, limit.days, calendar) };
}

/**
 * A time limit in words, with how it is counted.
 *
 * @example
 * describeLimit({ days: 5, unit: 'working', countFrom: 'next-day' }).zh // '5个工作日（当日不计入，自次日起算）'
 */
export function describeLimit(limit: TimeLimit): Text {
  const unit = UNIT_TEXT[limit.unit];
  return limit.countFrom === 'next-day'
    ? { zh: `${limit.days}${unit.zh}（当日不计入，自次日起算）`, en: `${limit.days} ${unit.en} (the start day not counted)` }
    : { zh: `${limit.days}${unit.zh}（自当日起算）`, en: `${limit.days} ${unit.en} (counting the first day)` };
}

/** A plain copy of a time limit, as results carry it. */
export const copyLimit = (limit: TimeLimit): TimeLimit => ({ days: limit.days, unit: limit.unit, countFrom: limit.countFrom });
