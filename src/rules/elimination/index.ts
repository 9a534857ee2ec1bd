/**
 * 风险消除 — may a monitored household's risk be marked eliminated, which mark does it get, and
 * should an old elimination be rolled back, re-marked or its category relabelled.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 对以往认定的监测帮扶对象致贫返贫风险变化情况进行评估，致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。
 *
 * The conditions, marks, look-back checks and any province list (Gansu's 七不消) are profile data
 * (src/profile/parameters/elimination.ts); the rules are in `conditions.ts`, `marks.ts`,
 * `look-back.ts` and `prohibitions.ts`.
 *
 * @module
 */
import { inForceFinding } from '../../kernel/in-force.js';
import { finding, type Finding } from '../../explain/finding.js';
import type { EliminationMethod, Household } from '../../model/household.js';
import type { EliminationCondition, LookBackCheck } from '../../profile/parameters/elimination.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { citesOf, type Rule } from '../../kernel/rule.js';
import { ConditionEvaluator, conditionRules, conditionsRule, FLAG_CONDITIONS, methodRule, notMonitoredRule } from './conditions.js';
import type { EliminationContext } from './context.js';
import { lookBackRule, lookBackRules, runLookBack, type Relabel } from './look-back.js';
import { lookup } from '../../profile/lookup.js';
import { markFor, markRecordedRule, markRule, type EliminationMark } from './marks.js';
import { applyProhibitions, prohibitionsRule } from './prohibitions.js';
import type { Text } from '../../model/labels.js';
import { factToVerify, isVisitFact, type Verification } from '../../kernel/verification.js';

export type { EliminationMark } from './marks.js';
export type { Relabel } from './look-back.js';

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

function eliminationOfDecided(shared: AssessmentFacts): EliminationResult {
  // Assessed as of the as-of date alone: the discovery date does not start an elimination review.
  const f = shared.forElimination();
  const { h, profile } = f;
  const assessment = f.context;
  const explain = f.explain;
  // Lean mode (`explain: false`) collects nothing: `findings?.push(…)` then evaluates no argument.
  const findings: Finding[] | null = explain ? [f.periodFinding()] : null;
  // The facts whose absence left a test undetermined, from every test reported (never from findings).
  const missing: string[] = [];
  if (!assessment.period) missing.push(...assessment.missing);
  const monitoring = h.monitoring;
  if (!monitoring) {
    findings?.push(
      finding(
        notMonitoredRule.id,
        'met',
        { zh: '该户不是监测对象（无监测信息），不涉及风险消除', en: 'the household is not a monitoring object (no monitoring block): there is no risk to mark eliminated' },
        citesOf(notMonitoredRule),
        { monitored: false },
      ),
    );
    return { outcome: 'not-applicable', eligible: false, toVerify: [], method: null, blockers: ['not-monitored'], flags: [], missing: [], mark: null, rollback: notChecked(), findings: findings ?? [] };
  }

  const on = assessment.parameterDate;
  const eliminated = monitoring.eliminated;
  const method: EliminationMethod = eliminated?.method ?? (monitoring.review?.riskGoneNaturally === true ? 'natural' : 'assisted');
  findings?.push(
    finding(
      methodRule.id,
      'info',
      eliminated
        ? { zh: `已标注风险消除（${eliminated.on}，${method === 'assisted' ? '帮扶消除' : '自然消除'}），按记录的方式复核`, en: `marked eliminated on ${eliminated.on} (${method}); reviewed by the recorded route` }
        : method === 'natural'
          ? { zh: '风险评估记录风险自然消失：按自然消除评估', en: 'the review records that the risk disappeared by itself: assessed as a natural elimination' }
          : { zh: '按帮扶消除评估（未记录风险自然消失）', en: 'assessed as an assisted elimination (the review does not record that the risk disappeared by itself)' },
      citesOf(methodRule),
      { method, recorded: eliminated !== undefined, riskGoneNaturally: monitoring.review?.riskGoneNaturally ?? null },
    ),
  );

  const list = lookup(profile, 'eliminationConditions', on);
  if (!list.ok) {
    findings?.push(finding(conditionsRule.id, 'undetermined', list.message, citesOf(conditionsRule), {}, [list.missing]));
    missing.push(list.missing);
    return { outcome: 'undetermined', eligible: null, toVerify: [], method, blockers: [], flags: [], missing: unique(missing), mark: null, rollback: notChecked(), findings: findings ?? [] };
  }

  const c: EliminationContext = {
    h,
    profile,
    assessment,
    income: f.income(),
    on,
    asOf: assessment.asOf,
    monitoring,
    eliminationDate: eliminated?.on ?? assessment.asOf,
    method,
    members: f.membersPresentOn(assessment.asOf ?? on),
    conditionsCitation: list.citation,
    explain,
  };
  const conditions = new ConditionEvaluator(c);
  const applied = [...new Set(list.value)] as EliminationCondition[];
  findings?.push(
    finding(
      conditionsRule.id,
      'info',
      { zh: `适用的风险消除条件：${applied.join('、')}`, en: `conditions applied: ${applied.join(', ')}` },
      citesOf(conditionsRule, list.citation),
      { conditions: applied },
    ),
  );

  const blockers: string[] = [];
  const flags: string[] = [];
  const toVerify: Verification[] = [];
  let undetermined = false;
  for (const id of applied) {
    const r = conditions.get(id);
    findings?.push(r.finding!);
    if (r.outcome === 'undetermined' && r.missing) missing.push(...r.missing);
    if (FLAG_CONDITIONS.has(id)) {
      if (r.outcome === 'met') flags.push(id);
    } else if (r.outcome === 'met') blockers.push(id);
    else if (r.outcome === 'undetermined') {
      undetermined = true;
      const visit = (r.missing ?? []).filter(isVisitFact);
      if (visit.length > 0) {
        const rule = conditionRules[id];
        toVerify.push({ rule: rule.id, label: { zh: rule.title.zh, en: rule.title.en }, facts: visit.map(factToVerify), citations: [{ doc: list.citation.doc, clause: list.citation.clause }] });
      }
    }
  }

  const prohibitions = applyProhibitions(c, conditions);
  if (findings) findings.push(...prohibitions.findings);
  missing.push(...prohibitions.missing);
  blockers.push(...prohibitions.blockers);
  flags.push(...prohibitions.flags);
  toVerify.push(...prohibitions.toCheck);
  if (prohibitions.undetermined) undetermined = true;

  // What the decision itself lacks (the mark and the look-back below report their own gaps).
  const decisionMissing = [...missing];
  const marked = markFor(c);
  if (findings) findings.push(...marked.findings);
  missing.push(...marked.missing);
  if (marked.mismatch) flags.push('mark-mismatch');

  const look = runLookBack(c, conditions);
  if (findings) findings.push(...look.findings);
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

  // Record facts (and profile gaps) missing make the review undetermined; review facts alone, to verify.
  const outcome: EliminationOutcome =
    blockers.length > 0 ? 'not-eliminable' : decisionMissing.some((m) => !isVisitFact(m)) ? 'undetermined' : undetermined || toVerify.length > 0 ? 'to-verify' : 'eliminable';
  return {
    outcome,
    eligible: outcome === 'eliminable' ? true : outcome === 'not-eliminable' ? false : null,
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
