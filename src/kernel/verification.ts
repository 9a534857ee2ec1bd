/**
 * 入户核实 — what a decision the record cannot settle asks an official to verify at the home visit.
 *
 * The work runs 排查 → 入户核实 → 民主评议 → 公示 → 认定 (临稷办发〔2023〕76号 §一(二) "对经排查发现符合监测帮扶对象认定标准的应纳尽纳";
 * 龙扶贫组字〔2021〕1号 §四 "核实—评议—比对—公示—录入"), and a re-score of an export sits at its first
 * step. So a decision has four outcomes, not three: besides *identified* / *not identified* (the record
 * settles it) and *undetermined* (the record lacks something it must carry — an income item, a date),
 * a household is *to verify* when the record meets the income reference or a clause's test and what
 * is left are facts an export does not carry (a hardship, a risk, an asset): each is named with the
 * clause that needs it.
 *
 * The same rule everywhere: *to verify* needs a **sign** in the record — income below the line, a risk
 * or a 三保障 problem on record, a fall in income, large compliant out-of-pocket spending, an event such
 * as a department warning. With no sign the record alone decides (*not identified*), and the result
 * says so; no sign is not a reason to visit.
 *
 * @module
 */
import type { Citation } from '../explain/finding.js';
import { fieldLabel } from '../model/field-labels.js';
import type { Household } from '../model/household.js';
import type { Text } from '../model/labels.js';
import { toFen } from '../model/money.js';

/** A fact an official verifies at the home visit (入户核实). */
export interface FactToVerify {
  /** The interchange field that records it, e.g. `hardship.severeDifficulty`, `riskTypes`. */
  field: string;
  /** Its name, in Chinese and English (the form's wording where the form has it). */
  label: Text;
}

/**
 * One way a decision can be settled at the visit: the clause test named, and the facts it needs, all of
 * them. When a result lists several, verifying any one settles it.
 */
export interface Verification {
  /** The rule (clause test) that needs the facts, e.g. `identification.condition.rigid-spending`. */
  rule: string;
  /** The test, for the visit list. */
  label: Text;
  /** The facts to verify (all of them). */
  facts: FactToVerify[];
  /** The clause that needs them (the value in force for the profile). */
  citations: Citation[];
}

/**
 * A sign in the record (线索) that makes a clause worth verifying at a visit:
 * - `income-below-line`: the per-capita figure the profile decides entry by is below the line;
 * - `risk-type`: an A27 risk type is recorded;
 * - `guarantee-problem`: A23–A26 records a 三保障 or drinking-water problem;
 * - `hardship-fact`: a sudden-hardship fact is recorded as present;
 * - `income-drop`: per-capita net income (A34) is below last year's recorded figure;
 * - `out-of-pocket`: compliant out-of-pocket spending (A36) takes the per-capita reference income (A38) below the line;
 * - `event`: a department warning, an application or another event is on record in the period.
 */
export type RecordSign = 'income-below-line' | 'risk-type' | 'guarantee-problem' | 'hardship-fact' | 'income-drop' | 'out-of-pocket' | 'event';

/** The signs, in order, with what an official reads. */
export const RECORD_SIGNS: Readonly<Record<RecordSign, Text>> = {
  'income-below-line': { zh: '人均收入低于监测线', en: 'per-capita income below the line' },
  'risk-type': { zh: '记录有致贫返贫风险类型（A27）', en: 'a risk type (A27) on record' },
  'guarantee-problem': { zh: '记录有“三保障”或饮水安全问题（A23–A26）', en: 'a 三保障 or drinking-water problem on record (A23–A26)' },
  'hardship-fact': { zh: '记录有突发困难情况', en: 'a sudden hardship on record' },
  'income-drop': { zh: '人均纯收入低于上年', en: "per-capita net income below last year's" },
  'out-of-pocket': { zh: '合规自付支出使人均收入参考值（A38）低于监测线', en: 'compliant out-of-pocket spending takes A38 below the line' },
  event: { zh: '记录有部门预警、申请等事件', en: 'a department warning, application or other event on record' },
};

/** The signs in their table order (results list them in this order). */
export const RECORD_SIGN_ORDER = Object.keys(RECORD_SIGNS) as RecordSign[];

/**
 * A fact to verify, named.
 *
 * @example
 * factToVerify('hardship.severeDifficulty').label.zh // '刚性支出骤增或收入骤减，导致基本生活出现严重困难'
 */
export function factToVerify(field: string): FactToVerify {
  return { field, label: fieldLabel(field) };
}

/**
 * The signs a household's record shows, besides the income test (which the identification rule tests
 * itself). `referenceBelowLine` is the profile's own comparison of A38 with the line (`compareWithLine`);
 * the fall in income compares exact fen (A33 against last year's per-capita figure × size), no division.
 *
 * @example
 * recordSigns(household({ riskTypes: ['illness'] }), facts, { referenceBelowLine: false, period: null, asOf: null }) // ['risk-type']
 */
export function recordSigns(
  h: Household,
  income: { readonly size: number | null; readonly net: number; readonly compliantOutOfPocket: number },
  at: { referenceBelowLine: boolean | null; period: { from: string; to: string } | null; asOf: string | null },
): RecordSign[] {
  const out: RecordSign[] = [];
  if ((h.riskTypes?.length ?? 0) > 0) out.push('risk-type');
  const g = h.guarantees;
  if (g && (g.housingUnsafe === true || g.compulsoryEducationDropout === true || g.drinkingWaterUnsafe === true || g.memberWithoutMedicalInsurance === true)) out.push('guarantee-problem');
  if (anyTrue(h.hardship)) out.push('hardship-fact');
  const size = income.size;
  if (size !== null && size > 0 && h.previousPerCapitaNetIncome !== undefined && income.net < toFen(h.previousPerCapitaNetIncome) * size) out.push('income-drop');
  if (income.compliantOutOfPocket > 0 && at.referenceBelowLine === true) out.push('out-of-pocket');
  const events = h.events;
  if (events && events.some((e) => (at.period === null || e.on >= at.period.from) && (at.asOf === null || e.on <= at.asOf))) out.push('event');
  return out;
}

/** Whether an object has an own enumerable property whose value is `true` (`Object.values(o).some(v => v === true)`, without the array). */
function anyTrue(o: object | undefined): boolean {
  if (!o) return false;
  for (const k in o) if (Object.hasOwn(o, k) && (o as Record<string, unknown>)[k] === true) return true;
  return false;
}

const VISIT_FACT_PREFIXES = ['hardship.', 'assets.', 'policyReview.', 'monitoring.review.', 'monitoring.procedure.', 'prohibition.'] as const;

/**
 * Whether a field is a fact for the home visit or review (入户核实、评议) — one a national export does not
 * carry: hardship, assets and support, the policy-status review, the risk review, the procedure record,
 * a province's own list item. Any other field is a record fact: an export can carry it, and its absence
 * makes a decision undetermined rather than to verify.
 *
 * @example
 * isVisitFact('monitoring.review.incomeStable') // true
 * isVisitFact('income.wage')                    // false
 */
export function isVisitFact(path: string): boolean {
  return VISIT_FACT_PREFIXES.some((p) => path.startsWith(p));
}
