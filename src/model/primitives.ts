/**
 * The schema building blocks shared by the household model and the profiles: money, calendar
 * dates, year-months. Each carries its own issue text so a validation issue can say what was
 * expected, in Chinese and English, without echoing the input value.
 *
 * Each schema is a stand-in built on first use ({@link lazySchema}): a start that asks zod nothing
 * builds none of them (docs/decisions.md, "… twelfth slice: startup"). Each is the same object for
 * every reader, so the household's schemas and the fast path (src/model/fast-validation.ts) know
 * them by identity without building them.
 *
 * @module
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';
import { moneyProblem, toFen } from './money.js';
import { lazySchema } from './lazy-schema.js';

const MONEY_TEXT = {
  type: { zh: '应为金额（数字或如 "12345.60" 的小数字符串）', en: 'expected an amount (a number or a decimal string such as "12345.60")' },
  format: { zh: '金额格式不正确：应为如 "12345.60" 的小数，不含千分位、货币符号或空格', en: 'malformed amount: expected a decimal such as "12345.60", without separators, currency signs or spaces' },
  precision: { zh: '金额最多两位小数（精确到分）', en: 'an amount has at most two decimal places (fen)' },
  range: { zh: '金额超出允许范围（绝对值不超过 1000 亿元）', en: 'amount out of range (absolute value at most 100 billion yuan)' },
  negative: { zh: '金额不能为负数', en: 'the amount must not be negative' },
} as const;

/** Money (金额): a finite number or a decimal string, at most 2 decimal places. */
export const MoneySchema = lazySchema(() =>
  z
    .custom<number | string>((v) => typeof v === 'number' || typeof v === 'string', {
      error: MONEY_TEXT.type.en,
      params: { text: MONEY_TEXT.type, expected: 'money' },
    })
    .check((ctx) => {
      const problem = moneyProblem(ctx.value);
      if (problem) {
        ctx.issues.push({ code: 'custom', input: ctx.value, message: MONEY_TEXT[problem].en, params: { text: MONEY_TEXT[problem], expected: 'money' } });
      }
    }),
);

/**
 * True for a negative amount (a number below 0, or a decimal string with a minus sign and a
 * non-zero digit). The test of {@link NonNegativeMoneySchema}, shared with the fast validation path.
 *
 * @example
 * isNegativeMoney('-0.00') // false
 * isNegativeMoney('-0.01') // true
 */
export function isNegativeMoney(v: unknown): boolean {
  return typeof v === 'number' ? v < 0 : typeof v === 'string' && v.startsWith('-') && /[1-9]/.test(v);
}

/** Money that must not be negative (income and spending items). */
export const NonNegativeMoneySchema = lazySchema(() =>
  MoneySchema.check((ctx) => {
    const v = ctx.value;
    if (isNegativeMoney(v)) {
      ctx.issues.push({ code: 'custom', input: v, message: MONEY_TEXT.negative.en, params: { text: MONEY_TEXT.negative, expected: 'non-negative money' } });
    }
  }),
);

const POSITIVE_TEXT = { zh: '金额必须大于 0', en: 'the amount must be positive (above 0)' } as const;

/**
 * Money that must be above zero: a monitoring line, a county's income, an amount households are
 * compared with ("低于…元"). A profile value of 0 or less is refused.
 *
 * @example
 * PositiveMoneySchema.safeParse('0.01').success // true
 * PositiveMoneySchema.safeParse('0').success    // false
 */
export const PositiveMoneySchema = lazySchema(() =>
  MoneySchema.check((ctx) => {
    const v = ctx.value;
    if (moneyProblem(v) === null && (isNegativeMoney(v) || toFen(v) === 0)) {
      ctx.issues.push({ code: 'custom', input: v, message: POSITIVE_TEXT.en, params: { text: POSITIVE_TEXT, expected: 'positive money' } });
    }
  }),
);

const BAND_TEXT = { zh: '下限不能高于上限（min ≤ max）', en: 'the lower end must not be above the upper end (min ≤ max)' } as const;

/**
 * A check for `{ min, max }` bands (ages, amounts): `min` must not be above `max`. `numeric` reads
 * one end as a number to compare (amounts in fen).
 *
 * @example
 * z.strictObject({ min: z.number(), max: z.number() }).check(bandOrder((v) => v as number))
 */
export function bandOrder(numeric: (end: unknown) => number | undefined) {
  return (ctx: { value: { min: unknown; max: unknown }; issues: { push(issue: unknown): void } }): void => {
    const min = numeric(ctx.value.min);
    const max = numeric(ctx.value.max);
    if (min !== undefined && max !== undefined && min > max) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['max'], message: BAND_TEXT.en, params: { text: BAND_TEXT, expected: 'band' } });
    }
  };
}

/** An end of a band as a number: a number as is; money as fen (`undefined` when it is not money). */
export const bandEnd = (end: unknown): number | undefined => (typeof end === 'number' ? end : moneyProblem(end) === null ? toFen(end as string) : undefined);

/**
 * The most members a household may have: 1,000. A household of more rows is no family but a file
 * whose 户编号 column is wrong (every row with the same number): it is rejected with the reason
 * rather than scored, and an importer keeps at most this many rows of it, so one such household
 * cannot exhaust memory (issue 12). Real households have a few members; collective households a
 * few dozen.
 */
export const MAX_HOUSEHOLD_MEMBERS = 1000;

const DATE_TEXT = { zh: '应为实际存在的日期，格式 YYYY-MM-DD（如 "2023-09-30"）', en: 'expected a real calendar date, YYYY-MM-DD (such as "2023-09-30")' } as const;

/**
 * The dates the model accepts: 1800-01-01 to 2199-12-31. Every date a household, a profile or an
 * option carries lies in this range, so every rule can compute with it — a deadline, a six-month
 * minimum or an income period a few years either side stays a real date (a date such as
 * 9999-12-31 used to parse, then made an assessment throw a `RangeError` when a rule added days to
 * it). The range holds every birth date GB 11643 allows (from 1880) and two centuries of policy
 * dates. docs/decisions.md, "Dates the rules can handle".
 */
export const MODEL_DATE_RANGE = { from: '1800-01-01', to: '2199-12-31' } as const;

const DATE_RANGE_TEXT = {
  zh: `日期超出可处理的范围（${MODEL_DATE_RANGE.from} 至 ${MODEL_DATE_RANGE.to}）`,
  en: `date out of the range the rules handle (${MODEL_DATE_RANGE.from} to ${MODEL_DATE_RANGE.to})`,
} as const;

/**
 * True for a real `YYYY-MM-DD` date within {@link MODEL_DATE_RANGE}. The test of
 * {@link CalendarDateSchema}, shared with the fast validation path.
 *
 * @example
 * isModelDate('2023-09-30') // true
 * isModelDate('9999-12-31') // false (out of range)
 * isModelDate('2023-02-30') // false (no such day)
 */
export function isModelDate(s: unknown): s is string {
  return isCalendarDate(s) && s >= MODEL_DATE_RANGE.from && s <= MODEL_DATE_RANGE.to;
}

/**
 * A calendar date, ISO `YYYY-MM-DD`, from 1800-01-01 to 2199-12-31 ({@link MODEL_DATE_RANGE});
 * February 30th and friends are refused, and so are dates outside the range.
 */
export const CalendarDateSchema = lazySchema(() =>
  z.string().check((ctx) => {
    if (!isCalendarDate(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: DATE_TEXT.en, params: { text: DATE_TEXT, expected: 'date' } });
    } else if (!isModelDate(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: DATE_RANGE_TEXT.en, params: { text: DATE_RANGE_TEXT, expected: 'date' } });
    }
  }),
);

const YEAR_MONTH_TEXT = { zh: '应为年月，格式 YYYY-MM（如 "2023-04"）', en: 'expected a year and month, YYYY-MM (such as "2023-04")' } as const;

/**
 * True for `YYYY-MM` with a month 01–12 (ASCII digits). The test of {@link YearMonthSchema},
 * shared with the fast validation path.
 *
 * @example
 * isYearMonth('2023-04') // true
 * isYearMonth('2023-13') // false
 */
export function isYearMonth(s: string): boolean {
  if (s.length !== 7 || s.charCodeAt(4) !== 45 /* - */) return false;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  return (m0 === 0 && m1 >= 1 && m1 <= 9) || (m0 === 1 && m1 >= 0 && m1 <= 2);
}

/** A year and month, `YYYY-MM` (the export's 务工开始时间 and the like). */
export const YearMonthSchema = lazySchema(() =>
  z.string().check((ctx) => {
    if (!isYearMonth(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: YEAR_MONTH_TEXT.en, params: { text: YEAR_MONTH_TEXT, expected: 'year-month' } });
    }
  }),
);

/**
 * True for text that is not empty after trimming. The test of {@link NonEmptyStringSchema}, shared
 * with the fast validation path.
 *
 * @example
 * isNonEmptyText('  ') // false
 */
export function isNonEmptyText(s: string): boolean {
  return s.trim().length > 0;
}

const CONTROL_TEXT = { zh: '不能含控制字符（如 NUL、换行）', en: 'must not hold control characters (such as NUL or a line break)' } as const;

/**
 * True for text with a control character (C0, DEL or C1). The test of {@link KeySchema}, shared
 * with the fast validation path.
 *
 * @example
 * hasControlCharacter('H\u00001') // true
 */
export function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** True for a key: text that is not empty after trimming and holds no control character. */
export function isKeyText(s: string): boolean {
  return isNonEmptyText(s) && !hasControlCharacter(s);
}

/**
 * A key such as the 户编号: non-empty text without control characters (a NUL or line break in a
 * key would make one household two, or be written out into every file).
 */
export const KeySchema = lazySchema(() =>
  z.string().check((ctx) => {
    if (!isNonEmptyText(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: 'must not be empty', params: { text: { zh: '不能为空', en: 'must not be empty' }, expected: 'non-empty text', code: 'empty' } });
    } else if (hasControlCharacter(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: CONTROL_TEXT.en, params: { text: CONTROL_TEXT, expected: 'key', code: 'control_character' } });
    }
  }),
);

/** A non-empty string after trimming. */
export const NonEmptyStringSchema = lazySchema(() =>
  z.string().check((ctx) => {
    if (!isNonEmptyText(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: 'must not be empty', params: { text: { zh: '不能为空', en: 'must not be empty' }, expected: 'non-empty text', code: 'empty' } });
    }
  }),
);
