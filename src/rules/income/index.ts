/**
 * 收支情况 — household income, as the national collection form defines it.
 *
 * 临稷办发〔2023〕76号 附件1 注1–2:
 * > 1. A33=A28+A29+A30+A31-A32　A37=A33+A35-A36
 * > 2. A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * The figures themselves are exact, in integer fen, and shared by every layer (src/facts/income.ts).
 * Each rule is one object under its clause — the household size (household-size.ts), A33, A34, A37
 * and A38 (form.ts), the itemised parts (breakdown.ts) — and this function only composes: it runs
 * each test with `apply` (src/kernel/clause.ts), which explains only when asked.
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import { formatFen } from '../../model/money.js';
import type { Finding } from '../../explain/finding.js';
import { parameter } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { incomeTexts } from '../../facts/income.js';
import { apply } from '../../kernel/clause.js';
import { breakdownRule, ITEMISED } from './breakdown.js';
import type { IncomeContext } from './context.js';
import { A33Rule, A34Rule, A37Rule, A38Rule } from './form.js';
import { householdSize } from './household-size.js';

export { A33Rule, A34Rule, A37Rule, A38Rule } from './form.js';

/** The itemised totals, in the order their findings are listed. */
const ITEMISED_PARTS = Object.freeze(Object.keys(ITEMISED) as (keyof typeof ITEMISED)[]);
export { breakdownRule } from './breakdown.js';

/** The result of {@link computeIncome}. Plain JSON; money as 2-place decimal strings. */
export interface IncomeResult {
  /** 家庭人口数 over the period; `null` when it cannot be counted. */
  householdSize: number | null;
  /** A33 家庭纯收入. */
  netIncome: string;
  /** A34 家庭人均纯收入 (rounded as the profile declares); `null` without a household size. */
  perCapitaNetIncome: string | null;
  /** A37 纳入监测对象的收入参考范围. */
  referenceIncome: string;
  /** A38 纳入监测对象的人均收入参考范围 (rounded); `null` without a household size. */
  perCapitaReferenceIncome: string | null;
  /** The income period; `null` when it cannot be determined. */
  period: { from: string; to: string } | null;
  findings: Finding[];
}

/**
 * Computes A33, A34, A37 and A38 for a household under a profile, with the household size over the
 * income period and findings that show the arithmetic.
 *
 * @example
 * const r = computeIncome(household, getProfile('shandong/linzi/2023'));
 * r.netIncome                 // '17200.00'   (A33)
 * r.perCapitaNetIncome        // '5733.33'    (A34, 3 people, half-up to the fen)
 * r.perCapitaReferenceIncome  // '4400.00'    (A38)
 */
export function computeIncome(h: Household, profile: Profile, options: AssessmentOptions = {}): IncomeResult {
  return incomeOf(new AssessmentFacts(h, profile, options));
}

/**
 * The income result from an assessment's shared facts (the body of {@link computeIncome}). With
 * `explain: false` the figures are the same and `findings` is empty.
 *
 * @example
 * incomeOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false })).findings // []
 */
export function incomeOf(facts: AssessmentFacts): IncomeResult {
  const f = facts.income();
  const { h, profile } = facts;
  const on = f.context.parameterDate;
  const c: IncomeContext = { h, profile, income: f, rounding: f.size !== null && f.size > 0 && on ? parameter(profile, 'perCapitaRounding', on) : undefined };
  const findings: Finding[] | null = facts.explain ? [facts.periodFinding()] : null;
  // The household size, A33, A37 and the itemised parts decide nothing the result keeps beyond the
  // figures above: their tests (which cannot throw) feed only their findings, so a lean assessment
  // skips them. A34 and A38 are tested in both modes: their data is the result.
  if (findings) apply(householdSize, c, findings);
  if (findings) apply(A33Rule, c, findings);
  if (findings) apply(A37Rule, c, findings);
  const a34 = apply(A34Rule, c, findings).data;
  const a38 = apply(A38Rule, c, findings).data;
  const breakdown = h.income.breakdown;
  // (each part's context written out, not spread from `c`: a spread copies by the generic path, household after household)
  if (findings && breakdown) for (const part of ITEMISED_PARTS) if (breakdown[part]) apply(breakdownRule, { h, profile, income: f, rounding: c.rounding, part }, findings);
  const period = f.context.period;
  // Explained, the amounts were formatted for the findings already (once for the assessment).
  const texts = findings ? incomeTexts(f) : undefined;
  // A37 is A33 and A38 is A34 when the household has no A35/A36 (two households in three of an export):
  // each amount is formatted once, and an equal one takes the same text (`formatFen` is a pure function of the fen).
  const netText = texts ? texts.net : formatFen(f.net);
  const a34Text = a34 === null ? null : formatFen(a34);
  return {
    householdSize: f.size,
    netIncome: netText,
    perCapitaNetIncome: a34Text,
    referenceIncome: texts ? texts.reference : f.reference === f.net ? netText : formatFen(f.reference),
    perCapitaReferenceIncome: a38 === null ? null : a38 === a34 ? a34Text : formatFen(a38),
    period: period ? { from: period.from, to: period.to } : null,
    findings: findings ?? [],
  };
}
