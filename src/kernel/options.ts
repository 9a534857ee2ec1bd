/**
 * 选项校验 — the options every assessment function accepts ({@link AssessmentOptions}) are checked
 * before any rule runs: `asOf` a real date within the model's range, `explain` a boolean, no other
 * key (a misspelt `asof` would otherwise be ignored and the profile's default date used in silence).
 * A bad option is an {@link InvalidOptionError} naming it.
 *
 * @module
 */
import { checkBooleanOption, checkDateOption, checkOptionKeys, InvalidOptionError } from '../model/option-error.js';
import type { CalendarDate } from '../model/calendar-date.js';
import type { HolidayNotice } from '../calendar/notices.js';

/** Options every assessment function accepts. */
export interface AssessmentOptions {
  /**
   * The date the assessment is made as of (评估时点), ISO `YYYY-MM-DD`. Defaults to the profile's
   * `defaultAsOf` (its status date). Rules never read the clock.
   */
  asOf?: CalendarDate;
  /**
   * Whether to build the explanation (`true`, the default). With `explain: false` (lean mode, for
   * batch re-scoring) every decision, category, reason id list, value and quality issue is identical
   * to the explained result, but every `findings` array is empty and no finding message, values or
   * citations are built. `fangfanpin explain` regenerates the full explanation of any household
   * deterministically from the same input, profile and version.
   */
  explain?: boolean;
  /**
   * State Council holiday notices to add to the calendar shipped (2020–2026), for working-day
   * deadlines in later years: JSON checked as `safeDefineHolidayNotices` checks it (an invalid list
   * is an `InvalidOptionError`). Pass the same array for a whole run: its calendar is built once.
   */
  holidays?: readonly HolidayNotice[];
}

/** The keys of {@link AssessmentOptions}. */
export const ASSESSMENT_OPTION_KEYS: readonly (keyof AssessmentOptions)[] = ['asOf', 'explain', 'holidays'];

/** The last `asOf` string {@link checkAssessmentOptions} accepted (a cache of a pure check: a valid date string is always valid). */
let lastValidAsOf: string | undefined;

/**
 * Throws an `InvalidOptionError` when `options` is not usable as {@link AssessmentOptions}.
 *
 * @example
 * checkAssessmentOptions({ asOf: '2023-12-15' })  // ok
 * checkAssessmentOptions({ asOf: '2023-2-3' })    // throws InvalidOptionError: option asOf …
 */
export function checkAssessmentOptions(options: unknown): asserts options is AssessmentOptions | undefined {
  if (options === undefined) return;
  // The keys checked without listing them (this runs once per household): any doubt — not a plain
  // options object, an own key that is not an option — goes to checkOptionKeys, which says what is wrong.
  if (options === null || typeof options !== 'object' || Array.isArray(options)) checkOptionKeys(options, ASSESSMENT_OPTION_KEYS);
  const o = options as Record<string, unknown>;
  for (const key in o) {
    if (Object.hasOwn(o, key) && !(ASSESSMENT_OPTION_KEYS as readonly string[]).includes(key)) checkOptionKeys(options, ASSESSMENT_OPTION_KEYS);
  }
  // A batch passes the same as-of date for every household: a date string once found valid stays valid.
  if (o.asOf !== lastValidAsOf) {
    checkDateOption('asOf', o.asOf);
    if (typeof o.asOf === 'string') lastValidAsOf = o.asOf;
  }
  checkBooleanOption('explain', o.explain);
  if (o.holidays !== undefined && !Array.isArray(o.holidays)) {
    throw new InvalidOptionError('holidays', { zh: '应为节假日安排通知的数组', en: 'expected an array of holiday notices' });
  }
}
