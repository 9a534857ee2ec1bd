/**
 * 风险消除 — may a monitored household's risk be marked eliminated, which mark does it get, and
 * should an old elimination be rolled back, re-marked or its category relabelled.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 对以往认定的监测帮扶对象致贫返贫风险变化情况进行评估，致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。
 *
 * The conditions, marks, look-back checks and any province list (Gansu's 七不消) are profile data
 * (src/profile/parameters/elimination.ts). Each rule is one object under its clause — header, test and
 * explanation together: who is reviewed and by which route (`scope.ts`), the conditions
 * (`conditions.ts`), a province's list (`prohibitions.ts`), the marks (`marks.ts`), and the look-back
 * (`look-back.ts`: 回退 and 再标注 in `rollback.ts`, 类别标注 in `relabel.ts`, 清退 in `removal.ts`, 程序落实
 * in `procedure-record.ts`). This module only composes them: every test runs in a lean and an explained
 * assessment alike; explanations are built only in the second.
 *
 * @module
 */
import type { Finding } from '../../explain/finding.js';
import type { EliminationMethod, Household } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import type { LookBackCheck } from '../../profile/parameters/elimination.js';
import type { Profile } from '../../profile/schema.js';
import { derivedOn, optionalParameter, type Derivation } from '../../profile/lookup.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { apply, explainTest, type ClauseRule, type HasProfile, type Tested } from '../../kernel/clause.js';
import { inForceFinding } from '../../kernel/in-force.js';
import type { Rule } from '../../kernel/rule.js';
import { factToVerify, isVisitFact, type Verification } from '../../kernel/verification.js';
import { ConditionEvaluator, conditionRules, conditionsRule, FLAG_CONDITIONS } from './conditions.js';
import type { EliminationContext, ReviewScope } from './context.js';
import { lookBackRule, lookBackRules, runLookBack } from './look-back.js';
import { markFor, markRecordedRule, markRule, type EliminationMark } from './marks.js';
import { applyProhibitions, prohibitionsRule } from './prohibitions.js';
import type { Relabel } from './relabel.js';
import { methodRule, notMonitoredRule } from './scope.js';

export type { EliminationMark } from './marks.js';
export type { Relabel } from './relabel.js';

/** What the look-back (回头看) found. Plain JSON. */
export interface RollbackResult {
  /** The look-back checks the profile applies. */
  checks: LookBackCheck[];
  /**
   * 风险消除回退: `true` when an eliminated household meets a roll-back reason, `null` when a check
   * could not be decided and none was met, `false` otherwise (and for a household not eliminated).
   */
  candidate: boolean | null;
  /** The roll-back checks met (`rollback-…`). */
  reasons: LookBackCheck[];
  /** 风险再标注: a new risk after the elimination; `null` when undetermined; `false` when not checked or not eliminated. */
  remark: boolean | null;
  /** 按识别时收入标注类别; `null` when the profile does not check it. */
  relabel: Relabel | null;
  /** 清退核查对象 (S002 §三(二)1): the record shows no identification condition — to verify at home; `null` when undetermined; `false` when not or not checked. */
  removal: boolean | null;
  /** Paperwork to complete (S002 §三(二)3): `complete-informed-consent`, `complete-application`, `complete-authorisation`, `complete-democratic-review`, `complete-publicity`, `complete-asset-verification`. */
  followUps: string[];
}

/**
 * 风险消除结论 — the outcomes of the elimination review:
 * - `eliminable` 可标注风险消除: every condition holds on the record (for a household already eliminated: still holds);
 * - `to-verify` 待核实: nothing on the record blocks it, and facts of the risk review (评议、入户核实) are left to
 *   verify — income stable, the risk gone, … — each named in `toVerify`;
 * - `not-eliminable` 不可标注: a condition fails (`blockers`);
 * - `undetermined` 无法判定: the record lacks something it must carry (income, a date, guarantees), or the profile
 *   lacks something the review needs (e.g. the items of Gansu's 七不消) — named in `missing`;
 * - `not-applicable` 不适用: the household is not a monitoring object.
 */
export type EliminationOutcome = 'eliminable' | 'to-verify' | 'not-eliminable' | 'undetermined' | 'not-applicable';

/** The outcomes with their labels, in table order. */
export const ELIMINATION_OUTCOMES: Readonly<Record<EliminationOutcome, Text>> = {
  eliminable: { zh: '可标注风险消除', en: 'may be marked eliminated' },
  'to-verify': { zh: '待核实', en: 'to verify' },
  'not-eliminable': { zh: '不可标注风险消除', en: 'may not be marked eliminated' },
  undetermined: { zh: '无法判定', en: 'undetermined' },
  'not-applicable': { zh: '不适用（非监测对象）', en: 'not applicable (not a monitoring object)' },
};

/** The result of {@link assessRiskElimination}. Plain JSON. */
export interface EliminationResult {
  /** The decision (see {@link EliminationOutcome}). */
  outcome: EliminationOutcome;
  /**
   * Whether the profile's elimination conditions hold as of the as-of date (for a household already
   * eliminated: whether they still hold), as a yes/no summary of `outcome`: `true` only when eliminable,
   * `false` when not eliminable or not applicable, `null` when to verify or undetermined.
   */
  eligible: boolean | null;
  /** When to verify: the conditions to verify at the review, each with its facts. */
  toVerify: Verification[];
  /** The route assessed (A53): the recorded one, else `natural` when the review says so, else `assisted`; `null` when not monitored. */
  method: EliminationMethod | null;
  /** The conditions that fail, by name (`income-below-line`, …, `prohibition.<id>`, `not-monitored`). */
  blockers: string[];
  /** Warnings that do not block: `safety-net-only`, `mark-mismatch`, `prohibitions-not-supplied`, `prohibitions-to-check`. */
  flags: string[];
  /** The fields (and `parameters.<key>`) whose absence left a test undetermined (review facts included). */
  missing: string[];
  /** The mark an elimination gets under the profile (Longkou: 返贫风险消除 / 致贫风险消除); `null` when not monitored. */
  mark: EliminationMark | null;
  rollback: RollbackResult;
  findings: Finding[];
}

/** Every rule header of the elimination layer, for the catalog. */
export const ELIMINATION_RULES: readonly Rule[] = [
  notMonitoredRule,
  methodRule,
  conditionsRule,
  ...Object.values(conditionRules),
  prohibitionsRule,
  markRule,
  markRecordedRule,
  lookBackRule,
  ...Object.values(lookBackRules),
];

function unique(xs: readonly string[]): string[] {
  if (xs.length < 2) return xs.slice();
  return [...new Set(xs)].sort();
}

/** The look-back of a household it does not apply to. */
const notChecked = (): RollbackResult => ({ checks: [], candidate: false, reasons: [], remark: false, relabel: null, removal: false, followUps: [] });

/**
 * Assesses risk elimination (风险消除) for a household under a profile, as of a date: whether the
 * risk may be marked eliminated (and by which route), what blocks it, which mark it gets, and the
 * look-back of an old elimination (回退, 风险再标注, 类别标注). Pure: the as-of date comes from
 * `options.asOf` or the profile's default, never from the clock.
 *
 * For a rolling income period (Longkou) the period ends the month before the as-of date: an
 * elimination review looks at the latest twelve months, not at those before discovery.
 *
 * @example
 * const r = assessRiskElimination(household, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
 * r.eligible  // false
 * r.blockers  // ['income-below-line']
 * r.findings.find((f) => f.rule === 'elimination.income-below-line')?.values
 * // { A33: '28800.00', householdSize: 3, A34: '9600.00', line: '10560.00' }
 */
export function assessRiskElimination(h: Household, profile: Profile, options: AssessmentOptions = {}): EliminationResult {
  return eliminationOf(new AssessmentFacts(h, profile, options));
}

/**
 * The elimination review from an assessment's shared facts (the body of
 * {@link assessRiskElimination}). With `explain: false` the decision is the same and `findings` is empty.
 *
 * @example
 * eliminationOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false })).blockers // ['income-below-line']
 */
export function eliminationOf(shared: AssessmentFacts): EliminationResult {
  const r = eliminationOfDecided(shared);
  // Findings cite what is in force for the profile, or say what they borrow (src/rules/in-force.ts).
  if (shared.explain) r.findings = r.findings.map((x) => inForceFinding(shared.profile, x));
  return r;
}

/**
 * What a result line reads of the elimination review (风险消除结论): the outcome, its yes/no summary
 * and the blockers. src/assess.ts `assessForRow`.
 */
export type EliminationDecision = Pick<EliminationResult, 'outcome' | 'eligible' | 'blockers'>;

/**
 * The elimination review reduced to its decision ({@link EliminationDecision}), for a result line: the
 * same rules in the same order as {@link eliminationOf}, so the same outcome and blockers (and the same
 * error when a test throws); the mark (标注) and the look-back (回头看: 回退, 再标注, 类别标注, 清退,
 * 程序落实), which decide nothing of the outcome, are not run — unless one of them could throw, which
 * the parameters their rules declare tell ({@link markAndLookBackCannotThrow}): then they run as in
 * {@link eliminationOf}, and throw as there.
 *
 * @example
 * eliminationDecisionOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false }))
 * // { outcome: 'not-eliminable', eligible: false, blockers: ['income-below-line'] } — as eliminationOf(…)
 */
export function eliminationDecisionOf(shared: AssessmentFacts): EliminationDecision {
  return eliminationOfDecided(shared, true);
}

/** The decision for a household that is not a monitoring object (shared: a line only reads it). */
const NOT_MONITORED_DECISION: EliminationDecision = Object.freeze({ outcome: 'not-applicable', eligible: false, blockers: Object.freeze(['not-monitored']) as string[] });

/** Every rule the mark and the look-back may run: their own and the conditions a look-back check reads again. */
const MARK_AND_LOOK_BACK_RULES: readonly Rule[] = [markRule, markRecordedRule, lookBackRule, ...Object.values(lookBackRules), ...Object.values(conditionRules)];

/** Whether every parameter the rules of the mark and the look-back declare is in force on a date (compiled once per profile and date). */
const MARK_AND_LOOK_BACK_IN_FORCE: Derivation<boolean> = {
  derive: (profile, on) => MARK_AND_LOOK_BACK_RULES.every((rule) => rule.parameters.every((key) => optionalParameter(profile, key, on) !== undefined)),
};

/**
 * Whether the mark and the look-back cannot throw for a household under a profile on a date: a test
 * throws only `MissingParameterError` (a parameter read is not in force; everything else a test reads
 * is a validated household or the figures already worked out), and a rule reads only the parameters it
 * declares — so when all of theirs are in force, leaving them out changes no outcome. The row-mode
 * oracle (test/rescore/row-only.test.ts) removes each parameter of two profiles in turn, declared or not,
 * and holds every rejection the same.
 *
 * @example
 * markAndLookBackCannotThrow(getProfile('fujian/jinan/2023'), '2023-09-30') // true
 */
export function markAndLookBackCannotThrow(profile: Profile, on: string | null): boolean {
  return on !== null && derivedOn(profile, on, MARK_AND_LOOK_BACK_IN_FORCE);
}

function eliminationOfDecided(shared: AssessmentFacts, decisionOnly: true): EliminationDecision;
function eliminationOfDecided(shared: AssessmentFacts, decisionOnly?: false): EliminationResult;
function eliminationOfDecided(shared: AssessmentFacts, decisionOnly = false): EliminationResult | EliminationDecision {
  // Assessed as of the as-of date alone: the discovery date does not start an elimination review.
  const f = shared.forElimination();
  const { h, profile } = f;
  const assessment = f.context;
  // Lean mode (`explain: false`) collects nothing: the rules' explanations are never built.
  const findings: Finding[] | null = f.explain ? [f.periodFinding()] : null;
  // The facts whose absence left a test undetermined, from every test reported (never from findings).
  const missing: string[] = [];
  if (!assessment.period) missing.push(...assessment.missing);
  const on = assessment.parameterDate;
  const scope: ReviewScope = { h, profile, on };
  const monitored = notMonitoredRule.test(scope);
  const monitoring = monitored.data;
  if (!monitoring) {
    report(notMonitoredRule, scope, monitored, findings);
    if (decisionOnly) return NOT_MONITORED_DECISION;
    return { outcome: 'not-applicable', eligible: false, toVerify: [], method: null, blockers: ['not-monitored'], flags: [], missing: [], mark: null, rollback: notChecked(), findings: findings ?? [] };
  }

  const eliminated = monitoring.eliminated;
  const inScope = { h, profile, on, monitoring };
  const method: EliminationMethod = apply(methodRule, inScope, findings).data;
  const conditionList = apply(conditionsRule, inScope, findings);
  const { list, applied } = conditionList.data;
  if (!list.ok) {
    if (decisionOnly) return { outcome: 'undetermined', eligible: null, blockers: [] };
    missing.push(...(conditionList.missing ?? []));
    return { outcome: 'undetermined', eligible: null, toVerify: [], method, blockers: [], flags: [], missing: unique(missing), mark: null, rollback: notChecked(), findings: findings ?? [] };
  }

  const c: EliminationContext = {
    h,
    profile,
    on,
    monitoring,
    assessment,
    income: f.income(),
    asOf: assessment.asOf,
    eliminationDate: eliminated?.on ?? assessment.asOf,
    method,
    members: f.membersPresentOn(assessment.asOf ?? on),
    conditionsCitation: list.citation,
  };
  const conditions = new ConditionEvaluator(c);

  const blockers: string[] = [];
  const flags: string[] = [];
  const toVerify: Verification[] = [];
  let undetermined = false;
  for (const id of applied) {
    const rule = conditionRules[id];
    const r = report(rule, c, conditions.get(id), findings);
    if (r.outcome === 'undetermined' && r.missing) missing.push(...r.missing);
    if (FLAG_CONDITIONS.has(id)) {
      if (r.outcome === 'met') flags.push(id);
    } else if (r.outcome === 'met') blockers.push(id);
    else if (r.outcome === 'undetermined') {
      undetermined = true;
      // The visit list decides nothing the flag above does not (an entry is made only here), and a
      // result line does not show it: its entries, their fields' labels and citations are not made.
      if (decisionOnly) continue;
      const visit = (r.missing ?? []).filter(isVisitFact);
      if (visit.length > 0) toVerify.push({ rule: rule.id, label: { zh: rule.title.zh, en: rule.title.en }, facts: visit.map(factToVerify), citations: [{ doc: list.citation.doc, clause: list.citation.clause }] });
    }
  }

  const prohibitions = applyProhibitions(c, conditions, findings);
  missing.push(...prohibitions.missing);
  blockers.push(...prohibitions.blockers);
  flags.push(...prohibitions.flags);
  toVerify.push(...prohibitions.toCheck);
  if (prohibitions.undetermined) undetermined = true;

  // What the decision itself lacks (the mark and the look-back below report their own gaps).
  const decisionMissing = [...missing];
  // Record facts (and profile gaps) missing make the review undetermined; review facts alone, to verify.
  const outcome: EliminationOutcome =
    blockers.length > 0 ? 'not-eliminable' : decisionMissing.some((m) => !isVisitFact(m)) ? 'undetermined' : undetermined || toVerify.length > 0 ? 'to-verify' : 'eliminable';
  const eligible = outcome === 'eliminable' ? true : outcome === 'not-eliminable' ? false : null;
  // A result line reads the decision alone: the mark and the look-back decide nothing of it.
  if (decisionOnly && markAndLookBackCannotThrow(profile, on)) {
    return { outcome, eligible, blockers };
  }
  const marked = markFor(c, findings);
  missing.push(...marked.missing);
  if (marked.mismatch) flags.push('mark-mismatch');

  const look = runLookBack(c, conditions, findings);
  missing.push(...look.missing);
  const reasons: LookBackCheck[] = [];
  let rollbackUndetermined = false;
  for (const k of look.checks) {
    const r = look.results[k];
    if (!r || !k.startsWith('rollback-')) continue;
    if (r.outcome === 'met') reasons.push(k);
    else if (r.outcome === 'undetermined') rollbackUndetermined = true;
  }
  const remarkCheck = look.results['remark-new-risk'];
  if (decisionOnly) return { outcome, eligible, blockers };

  return {
    outcome,
    eligible,
    toVerify: outcome === 'to-verify' ? toVerify : [],
    method,
    blockers,
    flags,
    missing: unique(missing),
    mark: marked.mark,
    rollback: {
      checks: look.checks,
      candidate: !eliminated ? false : reasons.length > 0 ? true : rollbackUndetermined ? null : false,
      reasons,
      remark: !remarkCheck ? false : remarkCheck.outcome === 'met' ? true : remarkCheck.outcome === 'undetermined' ? null : false,
      relabel: look.relabel,
      removal: look.removal,
      followUps: look.followUps,
    },
    findings: findings ?? [],
  };
}

/**
 * The layer's runner for a test already run (a condition's test is run once and read by the list, a
 * province's list and the look-back): its explanation joins the findings of an explained assessment.
 */
function report<C extends HasProfile, D>(rule: ClauseRule<C, D>, ctx: C, t: Tested<D>, findings: Finding[] | null): Tested<D> {
  if (findings) findings.push(explainTest(rule, ctx, t));
  return t;
}
