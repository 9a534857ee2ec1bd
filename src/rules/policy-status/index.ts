/**
 * 脱贫享受政策 / 脱贫不享受政策 — the review of a 脱贫户's policy status.
 *
 * 临稷办发〔2023〕76号 附件2 脱贫不享受政策人口认定标准:
 * > 脱贫享受政策人口存在以下情形之一的，原则上认定为脱贫不再享受政策人口：
 * > 1. 户年人均可支配收入达到所在县（市、区）、农民人均可支配收入水平的；
 * > 2. 家庭致贫原因消失（指因学致贫家庭学生毕业后实现稳定就业，因病致贫家庭患病成员治愈或去世），生产生活条件不低于当地一般农户的；
 * > 3. 户内家庭成员拥有并经常使用高档乘用车辆的；
 * > 4. 户内家庭成员在城镇购买商品房的（易地扶贫搬迁、黄河滩区居民迁建、移民避险解困通过货币化安置的除外）；
 * > 5. 户内家庭成员注册公司、企业并雇佣他人从事经营性活动的；
 * > 6. 户内家庭成员或分户子女及配偶有机关、事业单位财政供养人员或在国有大中型企业担任中层及以上领导干部的；
 * > 7. 分户子女家庭成员注册公司、企业并雇佣他人从事经营性活动且收益较高的；
 * > 8. 分户子女赡养能力强，特别是子女较多，且家庭生活生产条件较好的。
 * > 脱贫享受政策人口存在以上情形，但符合以下条件之一的，原则上仍按脱贫享受政策人口管理：
 * > 1. 户内家庭成员正在享受低保政策的；
 * > 2. 户内家庭成员患大病，且经各项医疗保障政策报销后个人自付费用支出较大的；
 * > 3. 户内家庭成员有重度残疾人的；
 * > 4. 因灾因意外等造成家庭生活困难的。
 *
 * §一(三): 符合标注条件的，按照“民主评议—乡镇审核—村级公示（公示期5天）”的程序进行认定 — reported as a
 * note, not computed.
 *
 * Whether a profile applies the review, with which criteria and retention conditions, is the
 * parameter `policyStatusReview` (only `shandong/linzi/2023` among the built-ins). Criterion 1
 * compares with `countyRuralIncome`; where that is unset the criterion is `undetermined` and the
 * others still decide. A criterion only counts when its facts are on record (an unrecorded one is
 * listed in `unverified` and removes nobody's support); a retention condition that could still
 * hold leaves a met criterion undecided (`null`, with the missing fields) rather than remove
 * support on a guess.
 *
 * @module
 */
import { finding, type Finding } from '../../explain/finding.js';
import type { Household, PolicyStatus } from '../../model/household.js';
import { POLICY_STATUSES } from '../../model/labels.js';
import { derivedOn, optionalParameter, parameter, type Derivation } from '../../profile/lookup.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { PolicyStatusReview } from '../../profile/parameters/policy-status.js';
import type { Profile } from '../../profile/schema.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { apply } from '../../kernel/clause.js';
import { inForceFinding } from '../../kernel/in-force.js';
import { anyOf, type Known } from '../../kernel/known.js';
import { uniqueCitations } from '../../kernel/line.js';
import { citesOf, defineRule, type Rule } from '../../kernel/rule.js';
import { factToVerify, isVisitFact, type Verification } from '../../kernel/verification.js';
import { CRITERIA } from './criteria.js';
import { RETENTIONS } from './retention.js';
import { asKnown, LEAD, RETENTION_LEAD, S000, type ReviewContext } from './review.js';

export const scopeRule = defineRule({
  id: 'policy-status.scope',
  layer: 'policy-status',
  title: { zh: '脱贫享受政策人口分类管理的对象', en: 'who the policy-status review applies to' },
  citations: [
    { doc: S000, clause: '一(三)', quote: '对脱贫享受政策户逐户摸排，并采集更新全国系统内收入等信息。' },
    { doc: S000, clause: '附件2', quote: LEAD },
  ],
  description: {
    zh: '仅对脱贫户（A4）进行；配置未设定认定标准（policyStatusReview）时不适用。已标注为脱贫不享受政策的，附件2不规定恢复条件，状态保持不变。',
    en: 'Applies to 脱贫户 (A4) only, and only under a profile that sets the review (policyStatusReview). A household already labelled 脱贫不享受政策 keeps that status: 附件2 states no way back.',
  },
  parameters: ['policyStatusReview'],
  facts: ['povertyAlleviated', 'policyStatus'],
});

export const procedureRule = defineRule({
  id: 'policy-status.procedure',
  layer: 'policy-status',
  title: { zh: '脱贫不享受政策的认定程序', en: 'procedure for the 脱贫不享受政策 label' },
  citations: [{ doc: S000, clause: '一(三)', quote: '符合标注条件的，按照“民主评议—乡镇审核—村级公示（公示期5天）”的程序进行认定' }],
  description: {
    zh: '结论为脱贫不享受政策时，说明须履行的程序（本库不计算程序）。',
    en: 'When the result is 脱贫不享受政策, states the procedure the labelling must follow (not computed here).',
  },
  parameters: ['policyStatusReview'],
});

export const policyDecisionRule = defineRule({
  id: 'policy-status.decision',
  layer: 'policy-status',
  title: { zh: '脱贫享受政策或不享受政策', en: 'enjoying or no longer enjoying support policies' },
  citations: [
    { doc: S000, clause: '附件2', quote: LEAD },
    { doc: S000, clause: '附件2', quote: RETENTION_LEAD },
  ],
  description: {
    zh: '符合任一认定情形且不符合任一保留条件的，为脱贫不享受政策；否则为脱贫享受政策。保留条件可能成立但未记录时无法判定。',
    en: 'A 脱贫户 meeting a criterion and no retention condition is 脱贫不享受政策; otherwise 脱贫享受政策. When a retention condition could hold but is not recorded, the result is undetermined.',
  },
  parameters: ['policyStatusReview', 'countyRuralIncome'],
  facts: ['povertyAlleviated', 'policyStatus', 'assets', 'policyReview', 'members'],
});

/**
 * 政策状态结论 — the outcomes of the review:
 * - `enjoying` / `not-enjoying`: 脱贫享受政策 / 脱贫不享受政策, settled by the record;
 * - `to-verify` 待核实: a criterion is met on the record, and a retention condition that could keep the household
 *   享受政策 needs facts of the visit (`toVerify`);
 * - `undetermined` 无法判定: the record lacks something it must carry (a date, a member's health or 低保);
 * - `not-applicable` 不适用: not a 脱贫户, or the profile does not apply the review.
 */
export type PolicyStatusOutcome = PolicyStatus | 'to-verify' | 'undetermined' | 'not-applicable';

/** The result of {@link classifyPolicyStatus}. Plain JSON. */
export interface PolicyStatusResult {
  /** The decision (see {@link PolicyStatusOutcome}). */
  outcome: PolicyStatusOutcome;
  /** 脱贫享受政策 / 脱贫不享受政策; `null` for a household that is not a 脱贫户, under a profile without the review, or when undetermined (see `missing`). */
  status: PolicyStatus | null;
  /** Rule ids of the criteria met (附件2 第1–8条). */
  criteriaMet: string[];
  /** Rule ids of the retention conditions that keep a household meeting a criterion 享受政策. */
  retainedBy: string[];
  /** When undetermined: the field paths whose absence leaves it so. */
  missing: string[];
  /** Rule ids of criteria that could not be tested (facts or the county income not on record): not applied. */
  unverified: string[];
  /** When to verify: the retention conditions to verify at the visit, each with its facts. */
  toVerify: Verification[];
  findings: Finding[];
}

function result(outcome: PolicyStatusOutcome, findings: Finding[], rest: Partial<Omit<PolicyStatusResult, 'status' | 'outcome' | 'findings'>> = {}): PolicyStatusResult {
  const status: PolicyStatus | null = outcome === 'enjoying' || outcome === 'not-enjoying' ? outcome : null;
  return {
    outcome,
    status,
    criteriaMet: rest.criteriaMet ?? [],
    retainedBy: rest.retainedBy ?? [],
    missing: rest.missing ?? [],
    unverified: rest.unverified ?? [],
    toVerify: rest.toVerify ?? [],
    findings,
  };
}

/**
 * Reviews a 脱贫户's policy status (临稷办发〔2023〕76号 附件2): whether it still enjoys support
 * policies (脱贫享受政策) or no longer does (脱贫不享受政策), with the criteria met, the retention
 * conditions that keep it, and findings for each. `status` is `null` for a household that is not a
 * 脱贫户, under a profile that does not apply the review, or when a retention condition that could
 * hold is not on record.
 *
 * @example
 * const r = classifyPolicyStatus(household, getProfile('shandong/linzi/2023'));
 * r.status       // 'not-enjoying'
 * r.criteriaMet  // ['policy-status.criterion.luxury-car']
 * r.retainedBy   // []
 */
export function classifyPolicyStatus(h: Household, profile: Profile, options: AssessmentOptions = {}): PolicyStatusResult {
  return policyStatusOf(new AssessmentFacts(h, profile, options));
}

/**
 * The policy-status review from an assessment's shared facts (the body of
 * {@link classifyPolicyStatus}). With `explain: false` the decision is the same and `findings` is empty.
 *
 * @example
 * policyStatusOf(new AssessmentFacts(h, getProfile('shandong/linzi/2023'), { explain: false })).status // 'not-enjoying'
 */
export function policyStatusOf(facts: AssessmentFacts): PolicyStatusResult {
  const r = policyStatusOfDecided(facts, false);
  // Findings cite what is in force for the profile, or say what they borrow (src/rules/in-force.ts).
  if (facts.explain) r.findings = r.findings.map((x) => inForceFinding(facts.profile, x));
  return r;
}

/** What a result line reads of the policy-status review (政策状态结论): the outcome and the status. src/assess.ts `assessForRow`. */
export type PolicyStatusDecision = Pick<PolicyStatusResult, 'outcome' | 'status'>;

/**
 * The policy-status review reduced to its decision ({@link PolicyStatusDecision}), for a result line:
 * the same steps as {@link policyStatusOf}, so the same outcome (and the same error where a test
 * throws). For a household already recorded 脱贫不享受政策 the status stands whatever the criteria
 * say (附件2 states no way back), so in a lean assessment its criteria and retention conditions —
 * tested there only for the explanation's reference — are not tested, unless one of them could throw,
 * which the parameters their rules declare tell ({@link criteriaCannotThrow}): then they run as in
 * {@link policyStatusOf}, and throw as there.
 *
 * @example
 * policyStatusDecisionOf(new AssessmentFacts(h, getProfile('shandong/linzi/2023'), { explain: false })) // { outcome: 'not-enjoying', status: 'not-enjoying' }
 */
export function policyStatusDecisionOf(facts: AssessmentFacts): PolicyStatusDecision {
  const r = policyStatusOfDecided(facts, true);
  return r === NOT_APPLICABLE_DECISION ? r : { outcome: r.outcome, status: r.status };
}

/** The decision for a household the review does not apply to (shared: a line only reads it). */
const NOT_APPLICABLE_DECISION: PolicyStatusDecision = Object.freeze({ outcome: 'not-applicable', status: null });

/** Every rule a review may test for a household recorded 脱贫不享受政策: the criteria and the retention conditions. */
const CRITERIA_AND_RETENTION_RULES: readonly Rule[] = [...Object.values(CRITERIA), ...Object.values(RETENTIONS)];

/** Whether every parameter the criteria and retention conditions declare is in force on a date (compiled once per profile and date). */
const CRITERIA_IN_FORCE: Derivation<boolean> = {
  derive: (profile, on) => CRITERIA_AND_RETENTION_RULES.every((rule) => rule.parameters.every((key) => optionalParameter(profile, key, on) !== undefined)),
};

/**
 * Whether the criteria and retention conditions of the review cannot throw under a profile on a date:
 * a test throws only `MissingParameterError` (everything else it reads is a validated household or the
 * figures already worked out), and a rule reads only the parameters it declares — so when all of
 * theirs are in force, leaving them out changes no outcome. (Criterion 1 declares `countyRuralIncome`,
 * which no built-in profile sets: under `shandong/linzi/2023` they still run.)
 *
 * @example
 * criteriaCannotThrow(getProfile('shandong/linzi/2023'), '2023-09-30') // false: countyRuralIncome is not set
 */
export function criteriaCannotThrow(profile: Profile, on: string): boolean {
  return derivedOn(profile, on, CRITERIA_IN_FORCE);
}

function policyStatusOfDecided(facts: AssessmentFacts, decisionOnly: true): PolicyStatusResult | PolicyStatusDecision;
function policyStatusOfDecided(facts: AssessmentFacts, decisionOnly: false): PolicyStatusResult;
function policyStatusOfDecided(facts: AssessmentFacts, decisionOnly: boolean): PolicyStatusResult | PolicyStatusDecision {
  const { h, profile } = facts;
  const ctx = facts.context;
  // Lean mode (`explain: false`) collects nothing: `findings?.push(…)` then evaluates no argument.
  const findings: Finding[] | null = facts.explain ? [facts.periodFinding()] : null;
  if (!h.povertyAlleviated) {
    findings?.push(
      finding(
        scopeRule.id,
        'not-met',
        { zh: '非脱贫户，不适用脱贫享受政策/不享受政策的认定', en: 'not a 脱贫户: the 享受政策 / 不享受政策 review does not apply' },
        citesOf(scopeRule),
        { povertyAlleviated: false },
      ),
    );
    return decisionOnly ? NOT_APPLICABLE_DECISION : result('not-applicable', findings ?? []);
  }
  const on = ctx.parameterDate;
  if (!on) {
    // A date was given but the profile has no income period for it: a gap in the profile.
    if (ctx.missing.length === 0) parameter(profile, 'incomePeriod', (ctx.asOf ?? h.discoveredOn)!);
    const missing = [...ctx.missing];
    findings?.push(
      finding(policyDecisionRule.id, 'undetermined', { zh: `无法认定：缺少 ${missing.join('、')}`, en: `cannot review: missing ${missing.join(', ')}` }, citesOf(policyDecisionRule), { status: null }, missing),
    );
    return result('undetermined', findings ?? [], { missing });
  }
  const review: DatedValue<PolicyStatusReview> | undefined = optionalParameter(profile, 'policyStatusReview', on);
  if (!review) {
    const reason = profile.unset.policyStatusReview;
    findings?.push(
      finding(
        scopeRule.id,
        'not-met',
        {
          zh: `配置 ${profile.id} 不适用脱贫不享受政策人口认定标准${reason ? '：' + reason.zh : ''}`,
          en: `profile ${profile.id} does not apply the review of 脱贫不享受政策${reason ? ': ' + reason.en : ''}`,
        },
        citesOf(scopeRule),
        { povertyAlleviated: true, recordedStatus: h.policyStatus ?? null },
      ),
    );
    return decisionOnly ? NOT_APPLICABLE_DECISION : result('not-applicable', findings ?? []);
  }
  const recorded = h.policyStatus;
  findings?.push(
    finding(
      scopeRule.id,
      'met',
      recorded === 'not-enjoying'
        ? { zh: '脱贫户，已标注为脱贫不享受政策：附件2不规定恢复享受政策的条件，状态保持；以下各条仅供核对', en: 'a 脱贫户 already labelled 脱贫不享受政策: 附件2 states no way back, so the status stands; the criteria below are for reference' }
        : { zh: '脱贫户，按脱贫不享受政策人口认定标准逐条核对', en: 'a 脱贫户: each criterion of the review is checked' },
      citesOf(scopeRule, review.citation),
      { povertyAlleviated: true, recordedStatus: recorded ?? null },
    ),
  );

  // The income facts the criteria read (worked out once per assessment: the income layer's already) throw
  // where they throw (a household-size rule not in force); the members counted are made of them.
  const income = facts.income();
  // A result line reads the status alone, which a recorded 脱贫不享受政策 settles: the criteria decide nothing of it.
  if (decisionOnly && !findings && recorded === 'not-enjoying' && criteriaCannotThrow(profile, on)) return result('not-enjoying', []);
  const c: ReviewContext = { h, profile, on, income, members: facts.countedMembers(), review: review.value, reviewCitation: review.citation };
  const criteriaMet: string[] = [];
  const unverified: string[] = [];
  for (const id of review.value.criteria) {
    const rule = CRITERIA[id];
    const t = apply(rule, c, findings);
    if (t.outcome === 'met') criteriaMet.push(rule.id);
    if (t.outcome === 'undetermined') unverified.push(rule.id);
  }

  const retainedBy: string[] = [];
  const retentionUnknown: Known[] = [];
  const retentionToVerify: Verification[] = [];
  if (criteriaMet.length > 0) {
    for (const id of review.value.retention) {
      const rule = RETENTIONS[id];
      const t = apply(rule, c, findings);
      if (t.outcome === 'met') retainedBy.push(rule.id);
      if (t.outcome === 'undetermined') {
        const k = asKnown(t);
        retentionUnknown.push(k);
        const visit = k.missing.filter(isVisitFact);
        if (visit.length > 0) retentionToVerify.push({ rule: rule.id, label: { zh: rule.title.zh, en: rule.title.en }, facts: visit.map(factToVerify), citations: uniqueCitations(review.citation, ...rule.cites.slice(1)) });
      }
    }
  }

  let status: PolicyStatus | null;
  let missing: string[] = [];
  if (recorded === 'not-enjoying') status = 'not-enjoying';
  else if (criteriaMet.length === 0 || retainedBy.length > 0) status = 'enjoying';
  else if (retentionUnknown.length > 0) {
    status = null;
    missing = anyOf(...retentionUnknown).missing;
  } else status = 'not-enjoying';
  // A retention condition left open by the record itself (a member's health, 低保) is undetermined; by facts of the visit only, to verify.
  const outcome: PolicyStatusOutcome = status ?? (missing.every(isVisitFact) ? 'to-verify' : 'undetermined');
  const toVerify = outcome === 'to-verify' ? retentionToVerify : [];
  if (!findings) return result(outcome, [], { criteriaMet, retainedBy, missing, unverified, toVerify });

  if (status === 'not-enjoying' && recorded !== 'not-enjoying') {
    const steps = review.value.procedure;
    findings.push(
      finding(
        procedureRule.id,
        'info',
        {
          zh: `认定为脱贫不享受政策须履行程序：${steps.map((s) => s.zh).join('—')}`,
          en: `labelling the household 脱贫不享受政策 follows the procedure: ${steps.map((s) => s.en).join(' — ')}`,
        },
        citesOf(procedureRule, review.citation),
        { steps: steps.map((s) => s.zh) },
      ),
    );
  }

  const label = status ? POLICY_STATUSES[status] : null;
  const message =
    status === null
      ? outcome === 'to-verify'
        ? {
            zh: `待核实：符合认定情形（${criteriaMet.join('、')}），保留条件须入户核实：${toVerify.map((v) => `${v.label.zh}（${v.facts.map((x) => x.label.zh).join('、')}）`).join('；')}`,
            en: `to verify: a criterion is met (${criteriaMet.join(', ')}); verify the retention conditions at the visit: ${toVerify.map((v) => `${v.label.en} (${v.facts.map((x) => x.label.en).join('; ')})`).join('; ')}`,
          }
        : { zh: `符合认定情形（${criteriaMet.join('、')}），但保留条件无法判定：记录缺少 ${missing.join('、')}`, en: `a criterion is met (${criteriaMet.join(', ')}) but the retention conditions cannot be decided: the record lacks ${missing.join(', ')}` }
      : recorded === 'not-enjoying'
        ? { zh: `保持${label!.zh}`, en: `stays ${label!.zh} (${label!.en})` }
        : status === 'enjoying'
          ? retainedBy.length > 0
            ? { zh: `符合认定情形（${criteriaMet.join('、')}），但符合保留条件（${retainedBy.join('、')}），仍按${label!.zh}管理`, en: `a criterion is met (${criteriaMet.join(', ')}) but a retention condition holds (${retainedBy.join(', ')}): still ${label!.zh} (${label!.en})` }
            : {
                zh: `不符合任何认定情形，为${label!.zh}${unverified.length ? `（以下各条无法判定，未据此改变状态：${unverified.join('、')}）` : ''}`,
                en: `no criterion is met: ${label!.zh} (${label!.en})${unverified.length ? `; not decidable, so not applied: ${unverified.join(', ')}` : ''}`,
              }
          : { zh: `符合认定情形（${criteriaMet.join('、')}），且不符合任何保留条件：${label!.zh}`, en: `a criterion is met (${criteriaMet.join(', ')}) and no retention condition holds: ${label!.zh} (${label!.en})` };
  findings.push(
    finding(
      policyDecisionRule.id,
      status === null ? 'undetermined' : status === 'not-enjoying' ? 'met' : 'not-met',
      message,
      uniqueCitations(...citesOf(policyDecisionRule), review.citation),
      { outcome, status, recordedStatus: recorded ?? null, criteriaMet, retainedBy, unverified },
      missing,
    ),
  );
  return result(outcome, findings, { criteriaMet, retainedBy, missing, unverified, toVerify });
}

/** Every policy-status rule header, for the catalog. */
export const POLICY_STATUS_RULES: readonly Rule[] = [scopeRule, ...Object.values(CRITERIA), ...Object.values(RETENTIONS), procedureRule, policyDecisionRule];
