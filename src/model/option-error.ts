/**
 * Options the library cannot use (选项错误): an option of the wrong type, a date that is not a real
 * `YYYY-MM-DD` date or lies outside the model's range, a choice that is not one of the allowed
 * ones, an unknown option. Thrown at once, naming the option and what was expected, in Chinese and
 * English — never a `TypeError` from deep inside a rule.
 *
 * @module
 */
import { isCalendarDate } from './calendar-date.js';
import type { Text } from './labels.js';
import { MODEL_DATE_RANGE, isModelDate } from './primitives.js';

/**
 * An option given to a library function that it cannot use. `option` names it (`asOf`,
 * `language`, `options` for the options object itself); `text` says what was expected.
 *
 * @example
 * try { assessHousehold(h, profile, { asOf: '2023-02-30' }); }
 * catch (e) { if (e instanceof InvalidOptionError) console.error(e.option, e.text.zh); } // asOf 应为…
 */
export class InvalidOptionError extends Error {
  override readonly name = 'InvalidOptionError';
  constructor(
    readonly option: string,
    readonly text: Text,
  ) {
    super(`option ${option}: ${text.en} — 选项 ${option}：${text.zh}`);
  }
}

/** A short, safe description of a value for a message (never more than 40 characters). */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : v === null ? 'null' : v instanceof Date ? 'a Date' : typeof v === 'object' ? typeof v : String(v);
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
}

/**
 * Checks that an options argument is an object (or absent) with no key outside `known`.
 *
 * @example
 * checkOptionKeys({ asOf: '2023-12-15' }, ['asOf', 'explain']) // ok
 * checkOptionKeys({ asof: '2023-12-15' }, ['asOf', 'explain']) // throws InvalidOptionError('asof', …)
 */
export function checkOptionKeys(options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidOptionError('options', { zh: `应为选项对象（{…}），实际为 ${shown(options)}`, en: `expected an options object ({…}), got ${shown(options)}` });
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new InvalidOptionError(key, { zh: `未知选项；可用的选项：${known.join('、')}`, en: `unknown option; the options are ${known.join(', ')}` });
    }
  }
}

/**
 * Checks an optional date option: absent, or a real `YYYY-MM-DD` date within {@link MODEL_DATE_RANGE}.
 *
 * @example
 * checkDateOption('asOf', '2023-12-15') // ok
 * checkDateOption('asOf', '2023-02-30') // throws InvalidOptionError('asOf', …)
 */
export function checkDateOption(option: string, value: unknown): void {
  if (value === undefined || isModelDate(value)) return;
  const { from, to } = MODEL_DATE_RANGE;
  if (isCalendarDate(value)) {
    throw new InvalidOptionError(option, { zh: `日期 ${value} 超出可处理的范围 ${from} 至 ${to}`, en: `the date ${value} is outside the range the rules handle, ${from} to ${to}` });
  }
  throw new InvalidOptionError(option, {
    zh: `应为实际存在的日期，格式 YYYY-MM-DD（如 "2023-09-30"），实际为 ${shown(value)}`,
    en: `expected a real calendar date, YYYY-MM-DD (such as "2023-09-30"), got ${shown(value)}`,
  });
}

/**
 * Checks an optional choice option: absent, or one of `choices`.
 *
 * @example
 * checkChoiceOption('language', 'en', ['zh', 'en', 'both']) // ok
 */
export function checkChoiceOption(option: string, value: unknown, choices: readonly string[]): void {
  if (value === undefined || (typeof value === 'string' && choices.includes(value))) return;
  throw new InvalidOptionError(option, { zh: `应为 ${choices.join('、')} 之一，实际为 ${shown(value)}`, en: `expected one of ${choices.join(', ')}, got ${shown(value)}` });
}

/**
 * Checks an optional yes/no option: absent, or a boolean.
 *
 * @example
 * checkBooleanOption('explain', false) // ok
 */
export function checkBooleanOption(option: string, value: unknown): void {
  if (value === undefined || typeof value === 'boolean') return;
  throw new InvalidOptionError(option, { zh: `应为 true 或 false，实际为 ${shown(value)}`, en: `expected true or false, got ${shown(value)}` });
}

/**
 * Checks an optional count option: absent, or a whole number of at least 1.
 *
 * @example
 * checkCountOption('workers', 2) // ok
 */
export function checkCountOption(option: string, value: unknown): void {
  if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 1)) return;
  throw new InvalidOptionError(option, { zh: `应为不小于 1 的整数，实际为 ${shown(value)}`, en: `expected a whole number of at least 1, got ${shown(value)}` });
}
