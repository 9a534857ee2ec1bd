/**
 * Typed errors of the calendar layer.
 *
 * @module
 */

/**
 * A date is outside the years whose official holiday arrangement (国务院办公厅部分节假日安排的通知)
 * the calendar holds, so whether it is a working day (工作日) cannot be known. Names the date and the
 * covered years, and says how to add a year.
 *
 * @example
 * try { isWorkingDay('2030-01-02'); } catch (e) {
 *   if (e instanceof CalendarCoverageError) console.log(e.date, e.coveredYears); // '2030-01-02' [2020, …, 2026]
 * }
 */
export class CalendarCoverageError extends Error {
  override readonly name = 'CalendarCoverageError';
  constructor(
    /** The date that is not covered. */
    readonly date: string,
    /** The years the calendar covers, in order. */
    readonly coveredYears: readonly number[],
    /** What was being computed, for the message (e.g. "adding 5 working days to 2026-12-28"). */
    readonly operation?: string,
  ) {
    const span = coveredYears.length > 0 ? `${coveredYears[0]}–${coveredYears[coveredYears.length - 1]}` : '(none)';
    super(
      `${date} is outside the official holiday calendar (covered years: ${span})` +
        (operation ? ` while ${operation}` : '') +
        '. Working days there cannot be counted without the State Council General Office notice for that year; ' +
        'add it with buildWorkingCalendar([...HOLIDAY_NOTICES, notice]) and pass the calendar. ' +
        `（${date} 超出内置法定节假日安排的年份范围 ${span}，无法计算工作日；请补充该年度国务院办公厅部分节假日安排的通知。）`,
    );
  }
}
