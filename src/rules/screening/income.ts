/**
 * 收入 — the focus groups decided by the household's income: low, falling, not rising, or below an
 * amount a document names.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > ……务工不稳定、收入下降明显等家庭
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 重点关注收入偏低或下降明显、就业不稳、产业失败，以及受其他突发意外事故影响较大的农户
 *
 * 党委发〔2023〕70号 §一(二):
 * > 2022年收入不增反降、增速较慢的农户，2022年收入低于10000元的农户
 *
 * The sizes the documents leave unsaid ("下降明显", "偏低", "增速较慢") are parameters a county may set
 * (`screeningIncomeDecline`, `screeningLowIncome`, `screeningSlowGrowth`): unset, a test that needs one
 * is undetermined and says so, while one the record settles without it is decided (no fall is not
 * "下降明显"; no rise is "不增反降"). A year a document names is `screeningIncomeYear`, read from the
 * record (src/rules/screening/income-figures.ts). "低于" is strictly below; a per-capita value is compared
 * exactly unless the profile says otherwise (`lineComparison`).
 *
 * @module
 */
import type { Citation, FindingValue } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import type { ParameterValue } from '../../profile/schema.js';
import type { Lookup } from '../../profile/lookup.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { cites, groupLookup, unsetExplained, groupHeader, S000, S001, S003, type ScreeningContext } from './context.js';
import {
  belowAmount,
  changeNote,
  changeValues,
  compareFigures,
  explainChangeFailure,
  explainYearFailure,
  figureLabel,
  figureOfYear,
  figureShown,
  incomeChange,
  showAmount,
  explainSizeUnknown,
  sizeUnknown,
  SOURCE_LABEL,
  standInNote,
  type Change,
  type ChangeFailure,
  type Figure,
  type IncomeYear,
  type YearFailure,
} from './income-figures.js';

/** Basis points of a percentage parameter (two decimals at most). */
const basisPoints = (percent: number) => BigInt(Math.round(percent * 100));

/** The year the profile's groups name, with the clause that names it; `undefined` when it names none. */
function incomeYearOf(s: ScreeningContext): (IncomeYear & { citation: Citation }) | undefined {
  const p = groupLookup(s, 'screeningIncomeYear');
  return p.ok ? { year: p.value.year, standIn: p.value.standIn, citation: p.citation } : undefined;
}

/** The test result of a change that could not be computed. */
const changeUnknown = <D>(f: ChangeFailure, data: D): Tested<D> => ({ outcome: 'undetermined', missing: f.missing, data });

// ---------------------------------------------------------------------------------------------
// 收入下降明显 — S000 §一(二), S001 §一(一)

type DeclineData =
  | { case: 'no-change'; change: ChangeFailure }
  | { case: 'no-fall' | 'base'; change: Change }
  | { case: 'no-size'; change: Change; size: Lookup<'screeningIncomeDecline'> & { ok: false } }
  | { case: 'compared'; change: Change; size: number; citation: Citation };

export const incomeDecline = clauseRule<ScreeningContext, DeclineData>({
  ...groupHeader(
    'income-decline',
    { zh: '收入下降明显', en: 'clear income decline' },
    [
      { doc: S000, clause: '一(二)', quote: '收入下降明显' },
      { doc: S001, clause: '一(一)', quote: '收入偏低或下降明显' },
    ],
    {
      zh: '本期家庭人均纯收入（A34）比上年人均纯收入下降达到参数规定的幅度。收入未下降的不属此群体；文件未给出幅度时，下降的无法判定。',
      en: 'Per-capita net income (A34) down from the previous year\'s by at least the parameter\'s percentage. No fall: not in the group; a fall with no percentage set: undetermined.',
    },
    ['screeningIncomeDecline', 'householdSizeRule'],
    ['income', 'previousPerCapitaNetIncome'],
  ),
  test: (s): Tested<DeclineData> => {
    const ch = incomeChange(s);
    if (!ch.ok) return changeUnknown(ch, { case: 'no-change', change: ch });
    if (ch.net >= ch.base) return { outcome: 'not-met', data: { case: 'no-fall', change: ch } };
    const p = groupLookup(s, 'screeningIncomeDecline');
    if (!p.ok) return { outcome: 'undetermined', missing: [p.missing], data: { case: 'no-size', change: ch, size: p } };
    if (ch.base <= 0n) return { outcome: 'undetermined', missing: ['previousPerCapitaNetIncome'], data: { case: 'base', change: ch } };
    // A fall of at least the size: (base − net) / base ≥ size %, in integers.
    const clear = (ch.base - ch.net) * 10000n >= ch.base * basisPoints(p.value);
    return { outcome: clear ? 'met' : 'not-met', data: { case: 'compared', change: ch, size: p.value, citation: p.citation } };
  },
  explain: (s, t): Explained => {
    const d = t.data;
    if (d.case === 'no-change') return withCitations(explainChangeFailure(s, d.change), cites(s));
    const values = changeValues(s, d.change);
    const pct = values.changePercent;
    switch (d.case) {
      case 'no-fall':
        return { message: { zh: '收入未下降', en: 'income did not fall' }, values, citations: cites(s) };
      case 'no-size':
        return { message: { zh: `收入下降 ${pct ?? ''}%，但${d.size.message.zh}`, en: `income fell (${pct ?? '?'}%), but ${d.size.message.en}` }, values, citations: cites(s) };
      case 'base':
        return { message: { zh: '上年收入不为正，无法计算下降幅度', en: 'the previous income is not positive, so the size of the fall cannot be computed' }, values, citations: cites(s) };
      case 'compared':
        return {
          message: t.outcome === 'met' ? { zh: `收入下降 ${pct}%，达到 ${d.size}%`, en: `income fell ${pct}%, at least ${d.size}%` } : { zh: `收入下降 ${pct}%，未达 ${d.size}%`, en: `income fell ${pct}%, less than ${d.size}%` },
          values: { ...values, threshold: d.size },
          citations: cites(s, d.citation),
        };
    }
  },
});

// ---------------------------------------------------------------------------------------------
// 收入偏低 — S001 §一(一)

type AmountData = { case: 'no-amount'; amount: Lookup<'screeningLowIncome'> & { ok: false } } | { case: 'no-size' } | { case: 'compared'; amount: ParameterValue<'screeningLowIncome'>; citation: Citation };

export const lowIncome = clauseRule<ScreeningContext, AmountData>({
  ...groupHeader(
    'low-income',
    { zh: '收入偏低', en: 'low income' },
    [{ doc: S001, clause: '一(一)', quote: '收入偏低或下降明显' }],
    { zh: '收入低于参数规定的界限（文件未给出界限时无法判定）。', en: 'Income below the parameter\'s amount (undetermined when the document gives none).' },
    ['screeningLowIncome', 'lineComparison'],
    ['income'],
  ),
  test: (s): Tested<AmountData> => {
    const p = groupLookup(s, 'screeningLowIncome');
    if (!p.ok) return { outcome: 'undetermined', missing: [p.missing], data: { case: 'no-amount', amount: p } };
    const below = belowAmount(s, p.value);
    if (below === null) return sizeUnknown(s, { case: 'no-size' });
    return { outcome: below ? 'met' : 'not-met', data: { case: 'compared', amount: p.value, citation: p.citation } };
  },
  explain: (s, t): Explained => {
    const d = t.data;
    if (d.case === 'no-amount') return unsetExplained(s, d.amount);
    if (d.case === 'no-size') return explainSizeUnknown(s);
    const r = showAmount(s, d.amount);
    const message = t.outcome === 'met' ? { zh: `收入偏低：${r.text.zh}`, en: `low income: ${r.text.en}` } : { zh: `收入不低于界限：${r.text.zh}`, en: `income not below the amount: ${r.text.en}` };
    return { message, values: r.values, citations: cites(s, d.citation) };
  },
});

// ---------------------------------------------------------------------------------------------
// 收入不增反降、增速较慢 — S003 §一(二)

type SlowData =
  | { case: 'no-change'; change: ChangeFailure }
  | { case: 'not-risen' | 'base'; change: Change; year: Citation | undefined }
  | { case: 'no-limit'; change: Change; year: Citation | undefined; limit: Lookup<'screeningSlowGrowth'> & { ok: false } }
  | { case: 'compared'; change: Change; year: Citation | undefined; limit: number; citation: Citation };

export const incomeNotIncreasedOrSlow = clauseRule<ScreeningContext, SlowData>({
  ...groupHeader(
    'income-not-increased-or-slow',
    { zh: '收入不增反降、增速较慢', en: 'income not rising, or rising slowly' },
    [{ doc: S003, clause: '一(二)', quote: '2022年收入不增反降、增速较慢的农户' }],
    {
      zh: '文件点名的年度（screeningIncomeYear，五顷塬：2022年度）的家庭人均纯收入不高于前一年度；或增长低于参数规定的增速（文件未给出增速时，增长的无法判定）。各年度收入取自本期、上年家庭人均纯收入或往年收入，记录中没有的无法判定；未点名年度时比较本期（A34）与上年。',
      en: 'Per-capita net income of the year the document names (screeningIncomeYear; Wuqingyuan: the 2022 income year) not above the year before\'s, or up by less than the parameter\'s percentage (undetermined for a rise when none is set). Each year\'s figure comes from the assessed period, the previous year\'s figure or the income history; one the record lacks leaves the group undetermined. With no year named, the assessed A34 is compared with the previous year\'s.',
    },
    ['screeningIncomeYear', 'screeningSlowGrowth', 'householdSizeRule'],
    ['income', 'previousPerCapitaNetIncome', 'incomeHistory'],
  ),
  test: (s): Tested<SlowData> => {
    const named = incomeYearOf(s);
    const ch = incomeChange(s, named);
    if (!ch.ok) return changeUnknown(ch, { case: 'no-change', change: ch });
    const year = named?.citation;
    if (ch.net <= ch.base) return { outcome: 'met', data: { case: 'not-risen', change: ch, year } };
    const p = groupLookup(s, 'screeningSlowGrowth');
    if (!p.ok) return { outcome: 'undetermined', missing: [p.missing], data: { case: 'no-limit', change: ch, year, limit: p } };
    if (ch.base <= 0n) return { outcome: 'undetermined', missing: ['previousPerCapitaNetIncome'], data: { case: 'base', change: ch, year } };
    // A rise of less than the limit: (net − base) / base < limit %, in integers.
    const slow = (ch.net - ch.base) * 10000n < ch.base * basisPoints(p.value);
    return { outcome: slow ? 'met' : 'not-met', data: { case: 'compared', change: ch, year, limit: p.value, citation: p.citation } };
  },
  explain: (s, t): Explained => {
    const d = t.data;
    if (d.case === 'no-change') return withCitations(explainChangeFailure(s, d.change), cites(s));
    const ch = d.change;
    const values = changeValues(s, ch);
    const pct = values.changePercent;
    const note = changeNote(s, ch);
    const said = (m: Text): Text => (note ? { zh: `${m.zh}（${note.zh}）`, en: `${m.en} (${note.en})` } : m);
    const named = ch.year ?? ch.standIn;
    const which = named ? { zh: `${named.year}年收入`, en: `the ${named.year} income` } : { zh: '收入', en: 'income' };
    const yearCites = d.year ? [d.year] : [];
    switch (d.case) {
      case 'not-risen':
        return { message: said({ zh: `${which.zh}不增反降（变化 ${pct ?? '—'}%）`, en: `${which.en} did not rise (change ${pct ?? '—'}%)` }), values, citations: cites(s, ...yearCites) };
      case 'no-limit':
        return {
          message: said({ zh: `${which.zh}增长 ${pct ?? ''}%，但${d.limit.message.zh}`, en: `${which.en} rose (${pct ?? '?'}%), but ${d.limit.message.en}` }),
          values,
          citations: cites(s, ...yearCites),
        };
      case 'base':
        return { message: said({ zh: '上年收入不为正，无法计算增速', en: 'the previous income is not positive, so the growth rate cannot be computed' }), values, citations: cites(s, ...yearCites) };
      case 'compared':
        return {
          message: said(
            t.outcome === 'met'
              ? { zh: `${which.zh}增长 ${pct}%，低于 ${d.limit}%`, en: `${which.en} rose ${pct}%, less than ${d.limit}%` }
              : { zh: `${which.zh}增长 ${pct}%，不低于 ${d.limit}%`, en: `${which.en} rose ${pct}%, at least ${d.limit}%` },
          ),
          values: { ...values, threshold: d.limit },
          citations: cites(s, ...yearCites, d.citation),
        };
    }
  },
});

// ---------------------------------------------------------------------------------------------
// 收入低于规定金额 — S003 §一(二)

type BelowData =
  | { case: 'no-amount'; amount: Lookup<'screeningIncomeBelow'> & { ok: false } }
  | { case: 'no-size'; year?: undefined }
  | { case: 'recorded'; amount: ParameterValue<'screeningIncomeBelow'>; figure: Figure; year: IncomeYear & { citation: Citation }; citation: Citation }
  | { case: 'absent'; amount: ParameterValue<'screeningIncomeBelow'>; failure: YearFailure; year: IncomeYear & { citation: Citation }; citation: Citation }
  | { case: 'assessed'; amount: ParameterValue<'screeningIncomeBelow'>; figure: Figure | null; year: (IncomeYear & { citation: Citation }) | undefined; citation: Citation };

export const incomeBelowAmount = clauseRule<ScreeningContext, BelowData>({
  ...groupHeader(
    'income-below-amount',
    { zh: '收入低于规定金额', en: 'income below a set amount' },
    [{ doc: S003, clause: '一(二)', quote: '2022年收入低于10000元的农户' }],
    {
      zh: '文件点名的年度（screeningIncomeYear，五顷塬：2022年度）的收入（按参数规定的口径）低于参数规定的金额（严格小于）；该年度收入取自本期、上年家庭人均纯收入或往年收入，记录中没有的无法判定。未点名年度时比较本期收入。',
      en: 'Income (on the parameter\'s basis) of the year the document names (screeningIncomeYear; Wuqingyuan: the 2022 income year) strictly below the parameter\'s amount; the figure comes from the assessed period, the previous year\'s figure or the income history, and one the record lacks leaves the group undetermined. With no year named, the assessed period\'s income is compared.',
    },
    ['screeningIncomeBelow', 'screeningIncomeYear', 'lineComparison'],
    ['income', 'previousPerCapitaNetIncome', 'incomeHistory'],
  ),
  test: (s): Tested<BelowData> => {
    const p = groupLookup(s, 'screeningIncomeBelow');
    if (!p.ok) return { outcome: 'undetermined', missing: [p.missing], data: { case: 'no-amount', amount: p } };
    const amount = p.value;
    const year = incomeYearOf(s);
    let figure: Figure | null = null;
    if (year) {
      const fig = figureOfYear(s, year.year, amount.basis);
      if (fig.ok && fig.figure.source !== 'assessed-period') {
        // A recorded figure of the year named: compared as recorded (to the fen).
        const below = compareFigures(fig.figure, { num: BigInt(toFen(amount.amount)), den: 1n }) < 0;
        return { outcome: below ? 'met' : 'not-met', data: { case: 'recorded', amount, figure: fig.figure, year, citation: p.citation } };
      }
      if (!fig.ok && year.standIn !== 'assessed-period') return { outcome: 'undetermined', missing: fig.failure.missing, data: { case: 'absent', amount, failure: fig.failure, year, citation: p.citation } };
      // The year is the assessed period, or the assessed period stands in for it (said so).
      if (fig.ok) figure = fig.figure;
    }
    const below = belowAmount(s, amount);
    if (below === null) return sizeUnknown(s, { case: 'no-size' });
    return { outcome: below ? 'met' : 'not-met', data: { case: 'assessed', amount, figure, year, citation: p.citation } };
  },
  explain: (s, t): Explained => {
    const d = t.data;
    switch (d.case) {
      case 'no-amount':
        return unsetExplained(s, d.amount);
      case 'no-size':
        return explainSizeUnknown(s);
      case 'recorded': {
        const { basis } = d.amount;
        const f = d.figure;
        const amountFen = toFen(d.amount.amount);
        const cmp = compareFigures(f, { num: BigInt(amountFen), den: 1n });
        const sym = cmp < 0 ? '<' : cmp === 0 ? '=' : '>';
        const what = basis === 'per-capita-net' ? { zh: '家庭人均纯收入', en: 'per-capita net income' } : { zh: '家庭纯收入', en: 'net income' };
        const label = figureLabel(s, f);
        const shown = figureShown(f);
        const amount = formatFen(amountFen);
        return {
          message: { zh: `${label.zh}${what.zh} ${shown} 元（${SOURCE_LABEL[f.source].zh}）${sym} ${amount} 元`, en: `${what.en} of ${label.en}, ${shown} (${SOURCE_LABEL[f.source].en}), ${sym} ${amount}` },
          values: { basis, year: d.year.year, source: f.source, income: shown, amount, relation: sym },
          citations: cites(s, d.year.citation, d.citation),
        };
      }
      case 'absent': {
        const e = explainYearFailure(d.failure);
        return { message: e.message, values: { ...e.values, basis: d.amount.basis, amount: formatFen(toFen(d.amount.amount)) }, citations: cites(s, d.year.citation, d.citation) };
      }
      case 'assessed': {
        const r = showAmount(s, d.amount);
        if (!d.year) return { message: r.text, values: r.values, citations: cites(s, d.citation) };
        const year = d.year.year;
        const label = d.figure ? figureLabel(s, d.figure) : null;
        const note = standInNote(year);
        return {
          message: label ? { zh: `${label.zh}${r.text.zh}`, en: `${r.text.en}, for ${label.en}` } : { zh: `${r.text.zh}（${note.zh}）`, en: `${r.text.en} (${note.en})` },
          values: { ...r.values, year, source: 'assessed-period', ...(label ? {} : { standIn: 'assessed-period' }) },
          citations: cites(s, d.year.citation, d.citation),
        };
      }
    }
  },
});

/** An explanation with its citations (written out rather than spread into a copy: the generic spread is slow household after household). */
function withCitations(e: { message: Text; values: Record<string, FindingValue> }, citations: readonly Citation[]): Explained {
  return { message: e.message, values: e.values, citations };
}
