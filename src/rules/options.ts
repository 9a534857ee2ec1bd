/**
 * 选项校验 — the options every assessment function accepts ({@link AssessmentOptions}) are checked
 * before any rule runs: `asOf` a real date within the model's range, `explain` a boolean, no other
 * key (a misspelt `asof` would otherwise be ignored and the profile's default date used in silence).
 * A bad option is an {@link InvalidOptionError} naming it.
 *
 * @module
 */
import { checkBooleanOption, checkDateOption, checkOptionKeys, InvalidOptionError } from '../model/option-error.js';
import type { AssessmentOptions } from './context.js';

/** The keys of {@link AssessmentOptions}. */
export const ASSESSMENT_OPTION_KEYS: readonly (keyof AssessmentOptions)[] = ['asOf', 'explain', 'holidays'];

/**
 * Throws an `InvalidOptionError` when `options` is not usable as {@link AssessmentOptions}.
 *
 * @example
 * checkAssessmentOptions({ asOf: '2023-12-15' })  // ok
 * checkAssessmentOptions({ asOf: '2023-2-3' })    // throws InvalidOptionError: option asOf …
 */
export function checkAssessmentOptions(options: unknown): asserts options is AssessmentOptions | undefined {
  checkOptionKeys(options, ASSESSMENT_OPTION_KEYS);
  if (options === undefined) return;
  const o = options as Record<string, unknown>;
  checkDateOption('asOf', o.asOf);
  checkBooleanOption('explain', o.explain);
  if (o.holidays !== undefined && !Array.isArray(o.holidays)) {
    throw new InvalidOptionError('holidays', { zh: '应为节假日安排通知的数组', en: 'expected an array of holiday notices' });
  }
}
