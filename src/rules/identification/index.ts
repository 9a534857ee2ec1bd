/**
 * 纳入监测 — identification: does a household enter monitoring, and in which category (A3)?
 *
 * 临稷办发〔2023〕76号 附件1 注2 (the national form):
 * > 2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * 龙扶贫组字〔2021〕1号 §二(二) (Longkou 2021):
 * > 对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:
 *
 * 榕晋乡振〔2023〕12号 §一(一) (Jin'an 2023):
 * > 按照晋安区监测范围（2023年晋安区的监测范围为家庭年人均可支配收入低于10560元）和认定标准（参照工作指南）
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(一)1 (Xiaozhongdian 2021):
 * > 在综合分析研判的基础上以行政村为单位提出核查名单，组织逐户入户核查，符合条件的严格按程序纳入监测帮扶
 *
 * 党委发〔2023〕70号 §一(二) (Wuqingyuan 2023):
 * > 及时将有返贫致贫风险的农户全部识别为防止返贫监测对象
 *
 * One rule for every region; the differences are parameters (src/profile/parameters/identification.ts).
 * A household can enter by up to three paths, each a clause:
 *
 *     income     the figure that decides entry (A38 or A34) strictly below the line, AND one of the
 *                profile's hardship conditions (Longkou) or a risk on record (the national reading)
 *     condition  a 脱贫户 exempt from the income test (Longkou) with one of the hardship conditions
 *     severe     a recorded severe difficulty affecting basic living, at any income
 *
 * Each path is *met*, *to verify* (the record meets its test but facts an export does not carry are
 * left — each named, with the clause), *not met*, or *undetermined* (the record lacks something it
 * must carry: the household size, a date). A path's facts count as *to verify* only when the record
 * shows a sign of them (src/kernel/verification.ts); with no sign the record alone decides.
 *
 *     identified      a path is met and no exclusion is established; category by the category figure
 *                     (A34) against the line, or 脱贫不稳定户 for every 脱贫户 where the profile says so
 *     to-verify       no path is met, one is to verify: the facts to verify and the provisional category
 *     undetermined    no path is met or to verify, one lacks a record fact (named in `missing`)
 *     not-identified  no path can be met, or an exclusion is established
 *
 * An exclusion removes a household only when its facts are on record; one whose facts are missing
 * removes nobody and is listed in `unverified` (see docs/decisions.md).
 *
 * Each clause is one rule object in this folder — header, test and explanation together:
 *
 *     context.ts         what every rule reads: the parameters in force, the income figures, the
 *                        shared facts (each figure against the line, the signs, the members on record)
 *     income-test.ts     the income test, the category
 *     risk.ts            a risk on record (the national reading)
 *     conditions.ts      conditions (1) and (2), severe difficulty
 *     exclusions.ts      the five exclusions
 *     considerations.ts  the 低保 note, the other risk facts
 *     decision.ts        the decision (the four outcomes)
 *
 * This module composes them: the paths are combined here, every test runs in a lean and an explained
 * assessment alike, and explanations are built only when asked (`apply`, `explainTest`).
 *
 * @module
 */
import type { Household, MonitoringCategory } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import type { Citation, Finding } from '../../explain/finding.js';
import { parameter } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { apply, explainTest, type ClauseRule, type HasProfile, type Tested } from '../../kernel/clause.js';
import { inForceFinding } from '../../kernel/in-force.js';
import { anyOf, type Known } from '../../kernel/known.js';
import { uniqueCitations } from '../../kernel/line.js';
import type { Rule } from '../../kernel/rule.js';
import { factToVerify, type RecordSign, type Verification } from '../../kernel/verification.js';
import { CONDITION_SIGNS, CONDITIONS, SEVERE_SIGNS, severeDifficultyRule } from './conditions.js';
import { dibaoNoBarRule, otherFactorsRule, type WeighedContext } from './considerations.js';
import { IdentificationContext, knownOf } from './context.js';
import { decisionRule, path, undatedDecision, type Decided, type DecisionContext, type IdentificationOutcome, type PathResult } from './decision.js';
import { EXCLUSIONS } from './exclusions.js';
import { categoryRule, incomeTestRule } from './income-test.js';
import { RISK_FACTS, riskOnRecordRule } from './risk.js';

export { IDENTIFICATION_OUTCOMES, decisionRule, type IdentificationOutcome } from './decision.js';

/** The result of {@link classifyMonitoring}. Plain JSON. */
export interface MonitoringResult {
  /** The decision: identified / to verify / not identified / undetermined. */
  outcome: IdentificationOutcome;
  /**
   * Enters monitoring (纳入监测), as a yes/no summary of `outcome`: `true` only when identified, `false`
   * when not identified, `null` when to verify or undetermined.
   */
  eligible: boolean | null;
  /** A3 监测对象类别 when identified, else `null`. */
  category: MonitoringCategory | null;
  /** When to verify: the category the household takes if the facts are verified; else `null`. */
  provisionalCategory: MonitoringCategory | null;
  /** When to verify: the clause tests to verify at the home visit, each with its facts; verifying any one settles it. */
  toVerify: Verification[];
  /** When to verify: the signs in the record that put the household on the list. */
  signs: RecordSign[];
  /**
   * When not identified: `true` if a clause's facts were not on record and the record showed no sign of
   * them, so the decision was made on the record alone (a visit may still find them).
   */
  onRecordAlone: boolean;
  /** Rule ids of the exclusions that removed an otherwise eligible household (原则上不纳入). */
  excludedBy: string[];
  /** The record facts (field paths, or `asOf`) whose absence leaves a path undetermined. */
  missing: string[];
  /** Rule ids of applicable exclusions whose facts are not (fully) on record: not applied, to be checked by 信息比对. */
  unverified: string[];
  findings: Finding[];
}

/**
 * Decides whether a household enters monitoring (纳入监测) under a profile, and in which category,
 * with findings that explain every step: the income test (with the exact figures), the risk on
 * record or the hardship conditions, severe difficulty, the exclusions, the 低保 note and the other
 * risk facts to weigh. The answer is one of four outcomes (see {@link IdentificationOutcome}).
 *
 * Throws `MissingParameterError` when the profile has no monitoring line for the date (as
 * `national/2021` and `shandong/linzi/2023`, whose documents state none): supply one with
 * `defineProfile` or `withMonitoringLine`. Without any date (no `asOf`, no default, no discovery date)
 * the answer is undetermined, naming the missing date.
 *
 * @example
 * // a 3-person 一般农户 with A33 = A37 = 29400.00 (no A35/A36) over 2022-10-01..2023-09-30, risk 因病 on record
 * const r = classifyMonitoring(household, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
 * r.outcome   // 'identified'
 * r.category  // 'marginal'   (A38 = A34 = 9800.00, below 10560)
 * // the same household with no risk on record:
 * r.outcome              // 'to-verify'
 * r.provisionalCategory  // 'marginal'
 * r.toVerify[0].facts[0].field // 'riskTypes'
 */
export function classifyMonitoring(h: Household, profile: Profile, options: AssessmentOptions = {}): MonitoringResult {
  return monitoringOf(new AssessmentFacts(h, profile, options));
}

/**
 * The identification decision from an assessment's shared facts (the body of
 * {@link classifyMonitoring}). With `explain: false` the decision is the same and `findings` is empty.
 *
 * @example
 * monitoringOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' })).category // 'marginal'
 */
export function monitoringOf(f: AssessmentFacts): MonitoringResult {
  const r = monitoringOfDecided(f, false);
  // Findings cite what is in force for the profile, or say what they borrow (src/kernel/in-force.ts): the
  // rules' findings already do (`explainTest`); this covers the period finding, and is idempotent.
  if (f.explain) r.findings = r.findings.map((x) => inForceFinding(f.profile, x));
  return r;
}

/** A visit-list entry as a result line shows it: the clause test and its facts (field and label), without citations. */
export type VisitEntry = Pick<Verification, 'rule' | 'label' | 'facts'>;

/**
 * What a result line, a row and a run's tally read of the identification (认定结论): the outcome, its
 * yes/no, the category and the provisional one, the visit list (labels and facts), the signs, the
 * missing facts and the exclusions. src/assess.ts `assessForRow`.
 */
export type MonitoringDecision = Pick<MonitoringResult, 'outcome' | 'eligible' | 'category' | 'provisionalCategory' | 'signs' | 'excludedBy' | 'missing'> & { toVerify: VisitEntry[] };

/**
 * The identification reduced to what a result line reads ({@link MonitoringDecision}): every test of
 * {@link monitoringOf} runs, in the same order, so the same decision (and the same error where a test
 * throws); the visit list's citations (a list of clauses per entry, built from values already looked
 * up: nothing is read that could throw), the unapplied exclusions (`unverified`) and `onRecordAlone`,
 * which no line shows, are left out.
 *
 * @example
 * monitoringDecisionOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false })).category // 'marginal'
 */
export function monitoringDecisionOf(f: AssessmentFacts): MonitoringDecision {
  return monitoringOfDecided(f, true);
}

function monitoringOfDecided(f: AssessmentFacts, decisionOnly: true): MonitoringDecision;
function monitoringOfDecided(f: AssessmentFacts, decisionOnly: false): MonitoringResult;
function monitoringOfDecided(f: AssessmentFacts, decisionOnly: boolean): MonitoringResult | MonitoringDecision {
  const { h, profile } = f;
  const ctx = f.context;
  // Lean mode (`explain: false`) collects nothing: the rules' tests run, their explanations do not.
  const findings: Finding[] | null = f.explain ? [f.periodFinding()] : null;
  const on = ctx.parameterDate;
  if (!on) {
    // A date was given but the profile has no income period for it: a gap in the profile, like a missing line.
    if (ctx.missing.length === 0) parameter(profile, 'incomePeriod', (ctx.asOf ?? h.discoveredOn)!);
    const missing = [...ctx.missing];
    if (findings) findings.push(undatedDecision(missing, findings[0]!));
    return result({ outcome: 'undetermined', category: null, provisionalCategory: null, toVerify: [], signs: [], onRecordAlone: false, missing }, [], [], findings, decisionOnly);
  }
  const c = new IdentificationContext(f, on);

  // 1. The income test (the entry figure strictly below the line) and the category it implies.
  const entry = apply(incomeTestRule, c, findings).data;
  const categoryTest = categoryRule.test(c);
  const category = categoryTest.data.category;

  // The hardship conditions the profile requires (Longkou), each tested once for both paths that read them.
  // (Most profiles require none: then nothing is combined.)
  const conditionTests = c.conditions.value.length === 0 ? NO_CONDITION_TESTS : conditionTestsOf(c, findings);
  const conditionMet = conditionTests.length === 0 ? NONE_MET : anyOf(...conditionTests.map(({ t }) => knownOf(t)));

  const paths: PathResult[] = [];
  let riskTested = false;
  // 2. The income path.
  if (c.incomeRequired) {
    if (entry.below.value === null) paths.push(path('income', 'undetermined', null, { missing: entry.below.missing }));
    else if (!entry.below.value) paths.push(path('income', 'not-met', null));
    else if (conditionTests.length > 0) {
      // Longkou: below the line AND condition (1) or (2).
      if (conditionMet.value === true) paths.push(path('income', 'met', category));
      else if (conditionMet.value === false) paths.push(path('income', 'not-met', null));
      else paths.push(path('income', 'to-verify', category, { verifications: conditionVerifications(c, conditionTests, decisionOnly), signs: ['income-below-line'] }));
    } else if (c.riskEvidence.value.length > 0) {
      // The national reading: below the line AND a risk on record.
      const risk = apply(riskOnRecordRule, c, findings);
      riskTested = true;
      if (risk.outcome === 'met') paths.push(path('income', 'met', category));
      else {
        paths.push(
          path('income', 'to-verify', category, {
            verifications: [verification(riskOnRecordRule.id, { zh: '是否存在返贫致贫风险（至少一项）', en: 'whether the household faces a risk of (returning to) poverty (at least one)' }, ['riskTypes'], decisionOnly ? null : [c.riskEvidence.citation])],
            signs: ['income-below-line'],
          }),
        );
      }
    } else paths.push(path('income', 'met', category));
  }

  // 3. The condition path of a 脱贫户 exempt from the income test (Longkou).
  if (!c.incomeRequired && conditionTests.length > 0) {
    if (conditionMet.value === true) paths.push(path('condition', 'met', category));
    else if (conditionMet.value === false) paths.push(path('condition', 'not-met', null));
    else {
      const seen = signsSeen(c.signs(), CONDITION_SIGNS);
      paths.push(seen.length > 0 ? path('condition', 'to-verify', category, { verifications: conditionVerifications(c, conditionTests, decisionOnly), signs: seen }) : notMetNoSign('condition'));
    }
  }

  // 4. Severe difficulty as a path of its own, at any income.
  if (c.severePath.value) {
    const severe = apply(severeDifficultyRule, c, findings);
    if (severe.outcome === 'met') paths.push(path('severe-difficulty', 'met', category));
    else if (severe.outcome === 'not-met') paths.push(path('severe-difficulty', 'not-met', null));
    else {
      const seen = signsSeen(c.signs(), SEVERE_SIGNS);
      paths.push(
        seen.length > 0
          ? path('severe-difficulty', 'to-verify', category, { verifications: [verification(severeDifficultyRule.id, severeDifficultyRule.title, severe.missing ?? [], decisionOnly ? null : [c.severePath.citation])], signs: seen })
          : notMetNoSign('severe-difficulty'),
      );
    }
  }

  // 5. Exclusions: only established ones remove a household; examined only when a path can still hold.
  const excludedBy: string[] = [];
  const unverified: string[] = [];
  if (anyPathOpen(paths)) {
    for (const id of c.exclusions.value) {
      const rule = EXCLUSIONS[id];
      const t = apply(rule, c, findings);
      if (t.outcome === 'met') excludedBy.push(rule.id);
      if (t.outcome === 'undetermined') unverified.push(rule.id);
    }
  }

  // 6. The outcome.
  const dc: DecisionContext = { c, profile, paths, excludedBy, unverified };
  const decision = decisionRule.test(dc);
  const d = decision.data;
  if (!findings) return result(d, excludedBy, unverified, null, decisionOnly);

  // The notes an explanation adds (they never change the decision), then the decision itself.
  if (d.outcome === 'identified') findings.push(explainTest(categoryRule, c, categoryTest));
  note(dibaoNoBarRule, c, findings);
  const weighed: WeighedContext = {
    c,
    profile,
    tested: factsTested(c, riskTested),
    leftOutOnIncome: d.outcome === 'not-identified' && excludedBy.length === 0 && c.incomeRequired && entry.below.value === false,
  };
  note(otherFactorsRule, weighed, findings);
  findings.push(explainTest(decisionRule, dc, decision));
  return result(d, excludedBy, unverified, findings, decisionOnly);
}

/** The condition tests of a profile that requires no hardship condition, and what they combine to (`anyOf()` of none): read-only, shared. */
const NO_CONDITION_TESTS: readonly { rule: (typeof CONDITIONS)[keyof typeof CONDITIONS]; t: Tested<unknown> }[] = Object.freeze([]);
const NONE_MET: Known = Object.freeze(anyOf());

function result(d: Decided, excludedBy: string[], unverified: string[], findings: Finding[] | null, decisionOnly: boolean): MonitoringResult | MonitoringDecision {
  const { outcome } = d;
  // (the two shapes keep their key order: the full result's is its JSON)
  const eligible = outcome === 'identified' ? true : outcome === 'not-identified' ? false : null;
  const missing = eligible === null ? d.missing : [];
  if (decisionOnly) {
    return { outcome, eligible, category: d.category, provisionalCategory: d.provisionalCategory, toVerify: d.toVerify, signs: d.signs, excludedBy, missing };
  }
  return {
    outcome,
    eligible,
    category: d.category,
    provisionalCategory: d.provisionalCategory,
    toVerify: d.toVerify,
    signs: d.signs,
    onRecordAlone: d.onRecordAlone,
    excludedBy,
    missing,
    unverified,
    findings: findings ?? [],
  };
}

/**
 * A path whose facts are not on record is to verify when the record shows one of the signs that make
 * them worth a visit (these, in the record's order), else not met on the record alone ({@link notMetNoSign}).
 * (Written as functions of their arguments, not closures over the decision's variables: a closure would
 * put them in a context object allocated for every household.)
 */
function signsSeen(signs: readonly RecordSign[], worth: readonly RecordSign[]): RecordSign[] {
  return signs.filter((s) => worth.includes(s));
}

/** A path not met on the record alone: its facts are not on record and no sign showed. */
function notMetNoSign(id: PathResult['id']): PathResult {
  return path(id, 'not-met', null, { noSign: true });
}

/** The visit-list entries of the required hardship conditions left undetermined. */
function conditionVerifications(c: IdentificationContext, conditionTests: readonly { rule: (typeof CONDITIONS)[keyof typeof CONDITIONS]; t: Tested<unknown> }[], decisionOnly: boolean): Verification[] {
  return conditionTests.filter(({ t }) => t.outcome === 'undetermined').map(({ rule, t }) => verification(rule.id, rule.title, t.missing ?? [], decisionOnly ? null : [c.conditions.citation, ...rule.cites]));
}

/** The required hardship conditions (Longkou), each tested once, with their rules. */
function conditionTestsOf(c: IdentificationContext, findings: Finding[] | null): { rule: (typeof CONDITIONS)[keyof typeof CONDITIONS]; t: Tested<unknown> }[] {
  return c.conditions.value.map((id) => ({ rule: CONDITIONS[id], t: apply(CONDITIONS[id], c, findings) }));
}

/** Whether a path can still hold (any not "not met"): the exclusions are examined only then. */
function anyPathOpen(paths: readonly PathResult[]): boolean {
  for (let i = 0; i < paths.length; i++) if (paths[i]!.state !== 'not-met') return true;
  return false;
}

/** A visit-list entry; its citations only when `citations` is given (a result line shows none). */
function verification(rule: string, label: Text, fields: readonly string[], citations: readonly Citation[] | null): Verification {
  return { rule, label: { zh: label.zh, en: label.en }, facts: fields.map(factToVerify), citations: citations ? uniqueCitations(...citations) : [] };
}

/** A note: its finding when it applies (`info`), nothing otherwise. */
function note<C extends HasProfile, D>(rule: ClauseRule<C, D>, ctx: C, findings: Finding[]): void {
  const t: Tested<D> = rule.test(ctx);
  if (t.outcome === 'info') findings.push(explainTest(rule, ctx, t));
}

/** The facts the profile's rules tested directly, which the note on other risk facts does not list again. */
function factsTested(c: IdentificationContext, riskTested: boolean): Set<string> {
  const tested = new Set<string>();
  if (c.entryFigure.value === 'A38') tested.add('income.compliantOutOfPocket');
  for (const id of c.conditions.value) for (const p of CONDITIONS[id].facts ?? []) tested.add(p);
  if (riskTested) for (const p of RISK_FACTS) tested.add(p);
  if (c.severePath.value) tested.add('hardship.severeDifficulty');
  return tested;
}

/** Every identification rule header, for the catalog. */
export const IDENTIFICATION_RULES: readonly Rule[] = [
  incomeTestRule,
  riskOnRecordRule,
  ...Object.values(CONDITIONS),
  severeDifficultyRule,
  ...Object.values(EXCLUSIONS),
  categoryRule,
  dibaoNoBarRule,
  otherFactorsRule,
  decisionRule,
];

export { incomeTestRule, categoryRule } from './income-test.js';
export { rigidSpendingRule, incomeDropRule, severeDifficultyRule } from './conditions.js';
export { riskOnRecordRule } from './risk.js';
export { dibaoNoBarRule, otherFactorsRule } from './considerations.js';
