/**
 * 收入口径 — the income figures the income groups compare, read exactly: the assessed period's A33 or
 * A34, the figure of a 年度 a document names, and the change from one year to the next.
 *
 * 党委发〔2023〕70号 §一(二):
 * > 2022年收入不增反降、增速较慢的农户，2022年收入低于10000元的农户
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(二), §五(一) name an income year by the annual period ending in it
 * ("2021年度家庭人均纯收入", "2020年10月1日至2021年9月30日"): the 年度 `year` is read from the assessed
 * period when that is the year, from `previousPerCapitaNetIncome` for the year before it (per head),
 * otherwise from the `incomeHistory` entry ending that year; a figure the record lacks names the
 * field to supply (docs/decisions.md, "Screening years are 年度 read from the record").
 *
 * Each function comes in two halves: what a test reads (integers, no text), and what an
 * explanation shows (the figures as money, their labels, the comparison in words).
 *
 * @module
 */
import type { FindingValue } from '../../explain/finding.js';
import { addDays, addMonths, daysInMonth, formatDate } from '../../model/calendar-date.js';
import { fieldLabel } from '../../model/field-labels.js';
import type { Text } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { perCapitaExact, roundPerCapita, showLineComparison, testAgainstLine } from '../../kernel/line.js';
import type { Explained, Tested } from '../../kernel/clause.js';
import { cites, type ScreeningContext } from './context.js';

/** The basis of an income figure: A34 家庭人均纯收入 or A33 家庭纯收入. */
export type Basis = 'per-capita-net' | 'household-net';

/** Where an income figure comes from. */
export type FigureSource = 'assessed-period' | 'previousPerCapitaNetIncome' | 'incomeHistory';

/** How the source of a figure is named in a message. */
export const SOURCE_LABEL: Record<FigureSource, Text> = {
  'assessed-period': { zh: '本期收入', en: 'the assessed period' },
  previousPerCapitaNetIncome: fieldLabel('previousPerCapitaNetIncome'),
  incomeHistory: fieldLabel('incomeHistory'),
};

/** The 年度 a figure stands for: its year and its income period. */
export interface YearSpan {
  readonly year: number;
  readonly from: string;
  readonly to: string;
}

/** The income of one year (per head or per household), exact: `num / den` fen. */
export interface Figure {
  readonly num: bigint;
  readonly den: bigint;
  readonly source: FigureSource;
  /** The assessed period's per-capita value rounded as the profile declares (fen); absent for a recorded or a household figure. */
  readonly moneyFen?: number;
  /** What it stands for: a 年度, the assessed period as such, or "the previous year" (上年). */
  readonly of: YearSpan | 'assessed' | 'previous';
}

// ---------------------------------------------------------------------------------------------
// The household size

/** The field whose absence leaves a per-capita figure unknown: the as-of date, or the members. */
export function sizeMissing(s: ScreeningContext): string[] {
  return [s.income.size === null || s.on === null ? 'asOf' : 'members'];
}

/** Why a per-capita figure cannot be computed. */
export const sizeUnknownMessage = (): Text => ({ zh: '家庭人口数未知或为0，无法计算人均纯收入', en: 'the household size is unknown or zero, so per-capita income cannot be computed' });

/** The test result of a per-capita figure without a household size. */
export const sizeUnknown = <D>(s: ScreeningContext, data: D): Tested<D> => ({ outcome: 'undetermined', missing: sizeMissing(s), data });

/** The explanation of a per-capita figure without a household size. */
export const explainSizeUnknown = (s: ScreeningContext): Explained => ({ message: sizeUnknownMessage(), values: { householdSize: s.income.size }, citations: cites(s) });

// ---------------------------------------------------------------------------------------------
// The assessed period compared with an amount

/**
 * The assessed period's income (A34, or A33 on a household basis) strictly below an amount, compared
 * as the profile compares a per-capita value with a line (`lineComparison`, exact by default:
 * src/kernel/line.ts); `null` without a household size.
 *
 * @example
 * belowAmount(s, { amount: '10000', basis: 'per-capita-net' }) // true for A34 9733.333… (29200.00 ÷ 3)
 */
export function belowAmount(s: ScreeningContext, amount: { amount: string | number; basis: Basis }): boolean | null {
  const amountFen = toFen(amount.amount);
  if (amount.basis === 'household-net') return s.income.net < amountFen;
  if (s.income.size === null || s.income.size === 0 || s.on === null) return null;
  return testAgainstLine(s.income, 'A34', amountFen, s.profile, s.on, false).below.value;
}

const AMOUNT_LABEL: Text = { zh: '界限', en: 'the amount' };

/**
 * The comparison of {@link belowAmount} in words and values (the exact quotient beside the
 * amount: src/kernel/line.ts `showLineComparison`). Needs a household size for a per-capita basis.
 *
 * @example
 * showAmount(s, { amount: '10000', basis: 'per-capita-net' }).text.zh
 * // '家庭人均纯收入 A34 9733.333… 元 < 界限 10000.00 元（A33 29200.00 元 < 10000.00 元 × 3 人 = 30000.00 元）'
 */
export function showAmount(s: ScreeningContext, amount: { amount: string | number; basis: Basis }, label: Text = AMOUNT_LABEL): { text: Text; values: Record<string, FindingValue> } {
  const amountFen = toFen(amount.amount);
  const net = s.income.net;
  if (amount.basis === 'household-net') {
    const sym = net < amountFen ? '<' : net === amountFen ? '=' : '>';
    return {
      text: { zh: `家庭纯收入 A33 ${formatFen(net)} 元 ${sym} ${label.zh} ${formatFen(amountFen)} 元`, en: `net income A33 ${formatFen(net)} ${sym} ${label.en} ${formatFen(amountFen)}` },
      values: { basis: amount.basis, A33: formatFen(net), amount: formatFen(amountFen) },
    };
  }
  const size = s.income.size!;
  const shown = showLineComparison(net, size, amountFen, s.profile, s.on!, { total: 'A33', perCapita: 'A34' }, label);
  return {
    text: { zh: `家庭人均纯收入 ${shown.text.zh}`, en: `per-capita net income ${shown.text.en}` },
    values: { basis: amount.basis, A34: shown.money, A33: formatFen(net), householdSize: size, amount: formatFen(amountFen), ...shown.values },
  };
}

// ---------------------------------------------------------------------------------------------
// Figures of a year

/** The assessed period's figure, or `null` when a per-capita figure has no household size. */
export function assessedFigure(s: ScreeningContext, basis: Basis, of: Figure['of'] = 'assessed'): Figure | null {
  const net = s.income.net;
  if (basis === 'household-net') return { num: BigInt(net), den: 1n, source: 'assessed-period', of };
  const size = s.income.size;
  if (size === null || size === 0 || s.on === null) return null;
  return { num: BigInt(net), den: BigInt(size), source: 'assessed-period', moneyFen: roundPerCapita(net, size, s.profile, s.on), of };
}

/** Why the record has no figure for a year: the fields to supply, and what the message says. */
export type YearFailure =
  | { readonly why: 'period'; readonly missing: string[]; readonly year: number }
  | { readonly why: 'not-annual'; readonly missing: string[]; readonly year: number }
  | { readonly why: 'size'; readonly missing: string[]; readonly year: number }
  | { readonly why: 'absent'; readonly missing: string[]; readonly span: YearSpan; readonly basis: Basis; readonly field: 'previousPerCapitaNetIncome' | 'incomeHistory' };

/** The last day of the 年度 `year` under an annual period ending on `endMonth`-`endDay`. */
const yearEnd = (year: number, endMonth: number, endDay: number) => formatDate(year, endMonth, Math.min(endDay, daysInMonth(year, endMonth)));

/**
 * The income of the 年度 `year` (the annual income period ending in it), as the record carries it:
 * the assessed period when that is the year; for the year before it, `previousPerCapitaNetIncome`
 * (per head); otherwise the `incomeHistory` entry ending that year. Without it, why.
 *
 * @example
 * figureOfYear(s, 2022, 'per-capita-net') // { ok: true, figure: { num: 973333n, den: 1n, source: 'previousPerCapitaNetIncome', … } } assessing the 2023年度
 */
export function figureOfYear(s: ScreeningContext, year: number, basis: Basis): { ok: true; figure: Figure } | { ok: false; failure: YearFailure } {
  const period = s.assessment.period;
  const spec = s.assessment.spec?.value;
  if (period === null || spec === undefined) return { ok: false, failure: { why: 'period', missing: s.assessment.missing.length ? [...s.assessment.missing] : ['asOf'], year } };
  if (spec.kind !== 'annual') return { ok: false, failure: { why: 'not-annual', missing: ['incomeHistory'], year } };
  const end = yearEnd(year, spec.endMonth, spec.endDay);
  const span: YearSpan = { year, from: addDays(addMonths(end, -12), 1), to: end };
  if (end === period.to) {
    const a = assessedFigure(s, basis, span);
    return a ? { ok: true, figure: a } : { ok: false, failure: { why: 'size', missing: sizeMissing(s), year } };
  }
  const previousEnd = yearEnd(year + 1, spec.endMonth, spec.endDay) === period.to;
  const prev = s.h.previousPerCapitaNetIncome;
  if (previousEnd && basis === 'per-capita-net' && prev !== undefined) return { ok: true, figure: { num: BigInt(toFen(prev)), den: 1n, source: 'previousPerCapitaNetIncome', of: span } };
  const entry = s.h.incomeHistory?.find((e) => e.periodEnd === end);
  const recorded = basis === 'per-capita-net' ? entry?.perCapitaNetIncome : entry?.netIncome;
  if (recorded !== undefined) return { ok: true, figure: { num: BigInt(toFen(recorded)), den: 1n, source: 'incomeHistory', of: span } };
  const field = previousEnd && basis === 'per-capita-net' ? 'previousPerCapitaNetIncome' : 'incomeHistory';
  return { ok: false, failure: { why: 'absent', missing: [field], span, basis, field } };
}

/** The message and values of a {@link YearFailure}. */
export function explainYearFailure(f: YearFailure): { message: Text; values: Record<string, FindingValue> } {
  switch (f.why) {
    case 'period':
      return { message: { zh: '收入计算周期未知，无法确定所指年度的收入', en: 'the income period is unknown, so the income of the year named cannot be read' }, values: { year: f.year } };
    case 'not-annual': {
      const history = fieldLabel('incomeHistory');
      return {
        message: { zh: `配置的收入周期不是年度周期，无法确定${f.year}年度收入，请以${history.zh}（incomeHistory）提供`, en: `the profile's income period is not annual, so the income of ${f.year} cannot be placed; supply it as ${history.en} (incomeHistory)` },
        values: { year: f.year },
      };
    }
    case 'size':
      return { message: sizeUnknownMessage(), values: { year: f.year } };
    case 'absent': {
      const { span, basis, field } = f;
      const label = yearLabel(span);
      const what = basis === 'per-capita-net' ? { zh: '家庭人均纯收入', en: 'per-capita net income', field: 'perCapitaNetIncome' } : { zh: '家庭纯收入', en: 'net income', field: 'netIncome' };
      const name = fieldLabel(field);
      const how =
        field === 'previousPerCapitaNetIncome'
          ? { zh: `${name.zh}（previousPerCapitaNetIncome）`, en: `${name.en} (previousPerCapitaNetIncome)` }
          : { zh: `${name.zh}（incomeHistory，periodEnd ${span.to}，${what.field}）`, en: `${name.en} (incomeHistory, periodEnd ${span.to}, ${what.field})` };
      return { message: { zh: `记录中没有${label.zh}的${what.zh}，请补充${how.zh}`, en: `the record lacks the ${what.en} of ${label.en}: supply ${how.en}` }, values: { year: span.year, periodEnd: span.to } };
    }
  }
}

/** A 年度 as shown, e.g. zh "2022年度（2021-10-01 至 2022-09-30）". */
const yearLabel = (y: YearSpan): Text => ({ zh: `${y.year}年度（${y.from} 至 ${y.to}）`, en: `the ${y.year} income year (${y.from} to ${y.to})` });

/** What a figure stands for, as shown. */
export function figureLabel(s: ScreeningContext, f: Figure): Text {
  if (f.of === 'previous') return { zh: '上年', en: 'the previous year' };
  if (f.of === 'assessed') {
    const period = s.assessment.period;
    return period ? { zh: `本期（${period.from} 至 ${period.to}）`, en: `the assessed period (${period.from} to ${period.to})` } : { zh: '本期', en: 'the assessed period' };
  }
  return yearLabel(f.of);
}

/** The figure as shown: exact (a per-capita quotient with enough places) or as recorded. */
export function figureShown(f: Figure): string {
  return f.den === 1n ? formatFen(Number(f.num)) : perCapitaExact(Number(f.num), Number(f.den));
}

/** The figure as money (2 places): rounded as the profile declares, or as recorded. */
export function figureMoney(f: Figure): string {
  return f.moneyFen !== undefined ? formatFen(f.moneyFen) : figureShown(f);
}

/** A figure and where it comes from, for messages. */
function figureText(s: ScreeningContext, f: Figure): Text {
  const label = figureLabel(s, f);
  const shown = figureShown(f);
  return { zh: `${label.zh}${shown} 元（${SOURCE_LABEL[f.source].zh}）`, en: `${shown} for ${label.en} (${SOURCE_LABEL[f.source].en})` };
}

/** `a` compared with `b`, exactly. */
export function compareFigures(a: Pick<Figure, 'num' | 'den'>, b: Pick<Figure, 'num' | 'den'>): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** What stands in for a year's figure, said plainly. */
export const standInNote = (year: number): Text => ({
  zh: `记录中没有${year}年度收入，按配置的解读以本期收入代替`,
  en: `the record lacks the ${year} income; the assessed period stands in for it (the profile's reading)`,
});

// ---------------------------------------------------------------------------------------------
// The change from one year to the next

/** The income year a profile's groups name (`screeningIncomeYear`). */
export interface IncomeYear {
  readonly year: number;
  readonly standIn?: 'assessed-period' | undefined;
}

/** A change of per-capita net income: `net` and `base` are the two figures over a common positive denominator. */
export interface Change {
  readonly ok: true;
  readonly now: Figure;
  readonly before: Figure;
  readonly net: bigint;
  readonly base: bigint;
  /** The year named, when its figures were read from the record (not stood in for). */
  readonly year: IncomeYear | undefined;
  /** The year named, when the assessed period stood in for it. */
  readonly standIn: IncomeYear | undefined;
}

/** Why a change cannot be computed, and the fields to supply. */
export type ChangeFailure =
  | { readonly ok: false; readonly why: 'years'; readonly missing: readonly string[]; readonly failures: readonly YearFailure[]; readonly year: number }
  | { readonly ok: false; readonly why: 'no-previous'; readonly missing: readonly string[] }
  | { readonly ok: false; readonly why: 'size'; readonly missing: readonly string[] };

const NO_PREVIOUS: ChangeFailure = Object.freeze({ ok: false, why: 'no-previous', missing: Object.freeze(['previousPerCapitaNetIncome']) });

/**
 * The change of per-capita net income from one year to the next, in exact integers. Without a year
 * named (`screeningIncomeYear`), the assessed period against `previousPerCapitaNetIncome`; with one,
 * that year against the year before it, read as {@link figureOfYear} does (or, where the profile lets
 * it, the assessed period standing in).
 *
 * @example
 * incomeChange(s) // { ok: true, net: 973333n, base: 1000000n, … } for A34 9733.333… after 10000.00 (over 3 × 1)
 */
export function incomeChange(s: ScreeningContext, year?: IncomeYear): Change | ChangeFailure {
  if (year) {
    const yearNow = figureOfYear(s, year.year, 'per-capita-net');
    const yearBefore = figureOfYear(s, year.year - 1, 'per-capita-net');
    if (yearNow.ok && yearBefore.ok) return change(yearNow.figure, yearBefore.figure, year, undefined);
    if (year.standIn !== 'assessed-period') {
      const failures = [yearNow, yearBefore].flatMap((r) => (r.ok ? [] : [r.failure]));
      return { ok: false, why: 'years', missing: [...new Set(failures.flatMap((f) => f.missing))], failures, year: year.year };
    }
  }
  const prev = s.h.previousPerCapitaNetIncome;
  if (prev === undefined) return NO_PREVIOUS;
  const now = assessedFigure(s, 'per-capita-net');
  if (now === null) return { ok: false, why: 'size', missing: sizeMissing(s) };
  return change(now, { num: BigInt(toFen(prev)), den: 1n, source: 'previousPerCapitaNetIncome', of: 'previous' }, undefined, year);
}

function change(now: Figure, before: Figure, year: IncomeYear | undefined, standIn: IncomeYear | undefined): Change {
  // Over the common denominator now.den × before.den (positive).
  return { ok: true, now, before, net: now.num * before.den, base: before.num * now.den, year, standIn };
}

/**
 * The change in percent, to two places, rounded half away from zero; `null` when the base is not positive.
 *
 * @example
 * changePercent(973333n, 1000000n) // '-2.67'
 */
export function changePercent(net: bigint, base: bigint): string | null {
  if (base <= 0n) return null;
  // (net − base) / base in hundredths of a percent, rounded half away from zero.
  const num = (net - base) * 10000n;
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const bp = (abs * 2n + base) / (base * 2n);
  const digits = bp.toString().padStart(3, '0');
  return `${neg && bp !== 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The values of a change: both figures, where they come from, and the change in percent. */
export function changeValues(s: ScreeningContext, ch: Change): Record<string, FindingValue> & { changePercent: string | null } {
  const { now, before } = ch;
  const change = changePercent(ch.net, ch.base);
  const shown = figureShown(now);
  const money = figureMoney(now);
  const exact: Record<string, string> = money !== shown ? { exact: shown } : {};
  if (ch.year) return { year: ch.year.year, now: money, ...exact, nowSource: now.source, previous: figureShown(before), previousSource: before.source, changePercent: change };
  const out: Record<string, FindingValue> & { changePercent: string | null } = { A34: money, ...exact, previous: figureShown(before), householdSize: s.income.size, changePercent: change };
  if (ch.standIn) out.standIn = 'assessed-period';
  return out;
}

/** What a message adds about a change's figures: the two years read from the record, or the stand-in; `null` for the plain assessed-against-previous change. */
export function changeNote(s: ScreeningContext, ch: Change): Text | null {
  if (ch.year) {
    const a = figureText(s, ch.now);
    const b = figureText(s, ch.before);
    return { zh: `${a.zh}，${b.zh}`, en: `${a.en}, against ${b.en}` };
  }
  return ch.standIn ? standInNote(ch.standIn.year) : null;
}

/** The message and values of a {@link ChangeFailure}. */
export function explainChangeFailure(s: ScreeningContext, f: ChangeFailure): { message: Text; values: Record<string, FindingValue> } {
  switch (f.why) {
    case 'years': {
      const messages = f.failures.map((x) => explainYearFailure(x).message);
      return { message: { zh: messages.map((m) => m.zh).join('；'), en: messages.map((m) => m.en).join('; ') }, values: { year: f.year, previousYear: f.year - 1 } };
    }
    case 'no-previous':
      return { message: { zh: '未记录上年家庭人均纯收入', en: "the previous year's per-capita net income is not recorded" }, values: { previous: null } };
    case 'size':
      return { message: sizeUnknownMessage(), values: { householdSize: s.income.size } };
  }
}
