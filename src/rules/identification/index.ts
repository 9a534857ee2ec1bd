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
 * shows a sign of them (src/rules/verification.ts); with no sign the record alone decides.
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
 * @module
 */
import { inForceFinding } from '../../kernel/in-force.js';
import type { Household, MonitoringCategory } from '../../model/household.js';
import { MONITORING_CATEGORIES, type Text } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { finding, type Citation, type Finding } from '../../explain/finding.js';
import { optionalParameter, parameter } from '../../profile/lookup.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { defineRule, type Rule } from '../../kernel/rule.js';
import { factToVerify, RECORD_SIGN_ORDER, RECORD_SIGNS, recordSigns, type RecordSign, type Verification } from '../../kernel/verification.js';
import { CONDITIONS, severeDifficulty, severeDifficultyRule } from './conditions.js';
import { dibaoNote, dibaoNoBarRule, otherFactors, otherFactorsRule } from './considerations.js';
import { EXCLUSIONS } from './exclusions.js';
import { categoryOf, categoryRule, incomeTestRule } from './income-test.js';
import { lineTestValues, testAgainstLine, totalName, uniqueCitations, type LineTest } from '../../kernel/line.js';
import { showLineComparison } from '../../kernel/line.js';
import { anyOf, outcomeOf, type Known } from '../../kernel/known.js';
import { describeRisks, riskOnRecordRule, risksOnRecord } from './risk.js';

export const decisionRule = defineRule({
  id: 'identification.decision',
  layer: 'identification',
  title: { zh: '是否纳入监测', en: 'whether the household enters monitoring' },
  citations: [
    { doc: '临稷办发〔2023〕76号', clause: '附件1 注2', quote: '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
    {
      doc: '龙扶贫组字〔2021〕1号',
      clause: '二(二)',
      quote: '对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:',
    },
    { doc: '榕晋乡振〔2023〕12号', clause: '一(一)', quote: '按照晋安区监测范围（2023年晋安区的监测范围为家庭年人均可支配收入低于10560元）和认定标准（参照工作指南）' },
    { doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(一)1', quote: '在综合分析研判的基础上以行政村为单位提出核查名单，组织逐户入户核查，符合条件的严格按程序纳入监测帮扶' },
    { doc: '党委发〔2023〕70号', clause: '一(二)', quote: '及时将有返贫致贫风险的农户全部识别为防止返贫监测对象' },
  ],
  description: {
    zh: '综合收入条件（及困难条件或在案风险）、脱贫户的困难条件、严重困难和不纳入情形，得出四种结论之一：认定（及类别）、待核实（列出入户须核实的事实及其条款、拟定类别）、不认定（及原因）、无法判定（记录缺少必须有的信息，如家庭人口、日期）。待核实须有记录中的迹象；无迹象时仅凭记录判定，并予说明。',
    en: 'Combines the income test (with the hardship conditions or a risk on record), the hardship conditions of an exempt 脱贫户, severe difficulty and the exclusions into one of four outcomes: identified (with the category), to verify (the facts to verify at the home visit with their clauses, and the provisional category), not identified (with the reason), undetermined (the record lacks something it must carry, such as the household size or a date). "To verify" needs a sign in the record; without one the record alone decides, and the result says so.',
  },
  parameters: [
    'monitoringLine',
    'identificationIncomeFigure',
    'categoryIncomeFigure',
    'povertyAlleviatedIncomeTest',
    'identificationConditions',
    'identificationRiskEvidence',
    'severeDifficultyPath',
    'povertyAlleviatedCategory',
    'identificationExclusions',
  ],
  facts: ['povertyAlleviated', 'income', 'members', 'riskTypes', 'guarantees', 'hardship', 'assets', 'previousPerCapitaNetIncome', 'events'],
});

/**
 * 识别结论 — the four outcomes of identification:
 * - `identified` 认定: the record meets a path into monitoring (category in `category`);
 * - `to-verify` 待核实: the record meets the income reference or a clause's test, and facts an export does
 *   not carry are left to verify at the home visit (`toVerify`, provisional category in `provisionalCategory`);
 * - `not-identified` 不认定: the record meets no path (or an exclusion is established, `excludedBy`);
 * - `undetermined` 无法判定: the record lacks something it must carry (`missing`: the household size, a date).
 */
export type IdentificationOutcome = 'identified' | 'to-verify' | 'not-identified' | 'undetermined';

/** The outcomes with their labels, in table order. */
export const IDENTIFICATION_OUTCOMES: Readonly<Record<IdentificationOutcome, Text>> = {
  identified: { zh: '认定', en: 'identified' },
  'to-verify': { zh: '待核实', en: 'to verify' },
  'not-identified': { zh: '不认定', en: 'not identified' },
  undetermined: { zh: '无法判定（记录缺项）', en: 'undetermined (record incomplete)' },
};

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

const FIGURE_LABEL = {
  A38: { zh: 'A38 人均收入参考范围', en: 'A38 per-capita reference income' },
  A34: { zh: 'A34 家庭人均纯收入', en: 'A34 per-capita net income' },
} as const;

/** The signs that make each path's unrecorded facts worth a visit. */
const CONDITION_SIGNS: readonly RecordSign[] = ['risk-type', 'guarantee-problem', 'hardship-fact', 'income-drop', 'out-of-pocket', 'event'];
const SEVERE_SIGNS: readonly RecordSign[] = ['guarantee-problem', 'hardship-fact', 'income-drop', 'out-of-pocket', 'event'];

type PathId = 'income' | 'condition' | 'severe-difficulty';
type PathState = 'met' | 'to-verify' | 'not-met' | 'undetermined';

/** How one path into monitoring came out. */
interface PathResult {
  id: PathId;
  state: PathState;
  /** The category the path gives (met or to verify). */
  category: MonitoringCategory | null;
  verifications: Verification[];
  /** The signs that made it to-verify. */
  signs: RecordSign[];
  /** Record facts missing (undetermined). */
  missing: string[];
  /** Not met only because its facts were unrecorded and no sign showed. */
  noSign: boolean;
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
  const r = monitoringOfDecided(f);
  // Findings cite what is in force for the profile, or say what they borrow (src/rules/in-force.ts).
  if (f.explain) r.findings = r.findings.map((x) => inForceFinding(f.profile, x));
  return r;
}

function monitoringOfDecided(f: AssessmentFacts): MonitoringResult {
  const { h, profile } = f;
  const ctx = f.context;
  // Lean mode (`explain: false`) collects nothing: `findings?.push(…)` then evaluates no argument.
  const findings: Finding[] | null = f.explain ? [f.periodFinding()] : null;
  const on = ctx.parameterDate;
  if (!on) {
    // A date was given but the profile has no income period for it: a gap in the profile, like a missing line.
    if (ctx.missing.length === 0) parameter(profile, 'incomePeriod', (ctx.asOf ?? h.discoveredOn)!);
    const missing = [...ctx.missing];
    findings?.push(
      finding(
        decisionRule.id,
        'undetermined',
        { zh: `无法判定是否纳入监测：缺少 ${missing.join('、')}`, en: `cannot decide whether the household enters monitoring: missing ${missing.join(', ')}` },
        findings[0]!.citations.map((c) => ({ doc: c.doc, clause: c.clause })),
        { outcome: 'undetermined', eligible: null, category: null },
        missing,
      ),
    );
    return result('undetermined', null, null, [], [], false, [], missing, [], findings);
  }

  const line = parameter(profile, 'monitoringLine', on);
  const lineFen = toFen(line.value);
  const entryFigure = parameter(profile, 'identificationIncomeFigure', on);
  const categoryFigure = parameter(profile, 'categoryIncomeFigure', on);
  const povertyAlleviatedIncomeTest = parameter(profile, 'povertyAlleviatedIncomeTest', on);
  const conditions = parameter(profile, 'identificationConditions', on);
  const riskEvidence = parameter(profile, 'identificationRiskEvidence', on);
  const severePath = parameter(profile, 'severeDifficultyPath', on);
  const povertyAlleviatedCategory = parameter(profile, 'povertyAlleviatedCategory', on);
  const exclusions = parameter(profile, 'identificationExclusions', on);
  const comparison = parameter(profile, 'lineComparison', on);

  const income = f.income();
  const pa = h.povertyAlleviated;
  const explain = findings !== null;
  // The facts the rules below test (for the "other factors" note).
  const tested: Set<string> | null = explain ? new Set<string>() : null;

  // 1. The income test (the entry figure strictly below the line) and the category it implies.
  const entry = testAgainstLine(income, entryFigure.value, lineFen, profile, on, explain);
  const categoryTest = categoryFigure.value === entryFigure.value ? entry : testAgainstLine(income, categoryFigure.value, lineFen, profile, on, explain);
  const referenceTest = entryFigure.value === 'A38' ? entry : categoryFigure.value === 'A38' ? categoryTest : testAgainstLine(income, 'A38', lineFen, profile, on, false);
  const incomeRequired = !pa || povertyAlleviatedIncomeTest.value;
  const category = categoryOf(pa, povertyAlleviatedCategory.value, categoryTest.below);
  const signs = recordSigns(h, income, { referenceBelowLine: referenceTest.below.value, period: ctx.period, asOf: ctx.asOf });
  if (entryFigure.value === 'A38') tested?.add('income.compliantOutOfPocket');
  // The exact comparison in words (shared with every message that puts a per-capita value beside a line).
  const show = (t: LineTest): Text => showLineComparison(t.totalFen, income.size!, lineFen, profile, on, { total: totalName(t.figure), perCapita: t.figure }).text;
  if (findings) findings.push(incomeTestFinding(entry, income.size, lineFen, line, entryFigure, pa ? povertyAlleviatedIncomeTest : undefined, comparison.value, incomeRequired, show));

  const paths: PathResult[] = [];
  const conditionTests = conditions.value.map((id) => ({ id, c: CONDITIONS[id], k: CONDITIONS[id].test(h) }));
  for (const t of conditionTests) {
    if (tested) for (const path of t.c.rule.facts ?? []) tested.add(path);
    findings?.push(conditionFinding(h, t.c.rule, t.k, conditions.citation));
  }
  const conditionMet: Known = anyOf(...conditionTests.map((t) => t.k));
  const conditionVerifications = (): Verification[] =>
    conditionTests.filter((t) => t.k.value === null).map((t) => verification(t.c.rule.id, t.c.rule.title, t.k.missing, [conditions.citation, ...t.c.rule.cites]));

  // 2. The income path.
  if (incomeRequired) {
    if (entry.below.value === null) paths.push(path('income', 'undetermined', null, { missing: entry.below.missing }));
    else if (!entry.below.value) paths.push(path('income', 'not-met', null));
    else if (conditionTests.length > 0) {
      // Longkou: below the line AND condition (1) or (2).
      if (conditionMet.value === true) paths.push(path('income', 'met', category));
      else if (conditionMet.value === false) paths.push(path('income', 'not-met', null));
      else paths.push(path('income', 'to-verify', category, { verifications: conditionVerifications(), signs: ['income-below-line'] }));
    } else if (riskEvidence.value.length > 0) {
      // The national reading: below the line AND a risk on record.
      const risks = risksOnRecord(h, riskEvidence.value);
      if (tested) for (const p of ['riskTypes', 'guarantees.housingUnsafe', 'guarantees.compulsoryEducationDropout', 'guarantees.drinkingWaterUnsafe', 'guarantees.memberWithoutMedicalInsurance', 'hardship']) tested.add(p);
      if (risks.length > 0) paths.push(path('income', 'met', category));
      else {
        paths.push(
          path('income', 'to-verify', category, {
            verifications: [verification(riskOnRecordRule.id, { zh: '是否存在返贫致贫风险（至少一项）', en: 'whether the household faces a risk of (returning to) poverty (at least one)' }, ['riskTypes'], [riskEvidence.citation])],
            signs: ['income-below-line'],
          }),
        );
      }
      findings?.push(riskFinding(h, risks, riskEvidence, entry.below.value));
    } else paths.push(path('income', 'met', category));
  }

  // 3. The condition path of a 脱贫户 exempt from the income test (Longkou).
  if (!incomeRequired && conditionTests.length > 0) {
    if (conditionMet.value === true) paths.push(path('condition', 'met', category));
    else if (conditionMet.value === false) paths.push(path('condition', 'not-met', null));
    else {
      const seen = signs.filter((s) => CONDITION_SIGNS.includes(s));
      paths.push(seen.length > 0 ? path('condition', 'to-verify', category, { verifications: conditionVerifications(), signs: seen }) : path('condition', 'not-met', null, { noSign: true }));
    }
  }

  // 4. Severe difficulty as a path of its own, at any income.
  if (severePath.value) {
    const severe = severeDifficulty(h);
    tested?.add('hardship.severeDifficulty');
    const severeCategory = category;
    if (severe.value === true) paths.push(path('severe-difficulty', 'met', severeCategory));
    else if (severe.value === false) paths.push(path('severe-difficulty', 'not-met', null));
    else {
      const seen = signs.filter((s) => SEVERE_SIGNS.includes(s));
      paths.push(
        seen.length > 0
          ? path('severe-difficulty', 'to-verify', severeCategory, { verifications: [verification(severeDifficultyRule.id, severeDifficultyRule.title, severe.missing, [severePath.citation])], signs: seen })
          : path('severe-difficulty', 'not-met', null, { noSign: true }),
      );
    }
    findings?.push(severeFinding(severe, severePath, signs.filter((s) => SEVERE_SIGNS.includes(s))));
  }

  // 5. Exclusions: only established ones remove a household; examined only when a path can still hold.
  const excludedBy: string[] = [];
  const unverified: string[] = [];
  const open = paths.some((p) => p.state !== 'not-met');
  if (open) {
    for (const id of exclusions.value) {
      const e = EXCLUSIONS[id];
      const k = e.test(h);
      if (k.value === true) excludedBy.push(e.rule.id);
      if (k.value === null) unverified.push(e.rule.id);
      findings?.push(exclusionFinding(e.rule, k, exclusions.citation));
    }
  }

  // 6. The outcome.
  const met = paths.find((p) => p.state === 'met');
  const toVerify = paths.filter((p) => p.state === 'to-verify');
  const undetermined = paths.filter((p) => p.state === 'undetermined');
  const missing = unique(undetermined.flatMap((p) => p.missing));
  let outcome: IdentificationOutcome;
  if (excludedBy.length > 0 && (met || toVerify.length > 0 || undetermined.length > 0)) outcome = 'not-identified';
  else if (met) outcome = 'identified';
  else if (toVerify.length > 0) outcome = 'to-verify';
  else if (undetermined.length > 0) outcome = 'undetermined';
  else outcome = 'not-identified';

  const verifications = outcome === 'to-verify' ? uniqueVerifications(toVerify.flatMap((p) => p.verifications)) : [];
  const resultSigns = outcome === 'to-verify' ? RECORD_SIGN_ORDER.filter((s) => toVerify.some((p) => p.signs.includes(s))) : [];
  const onRecordAlone = outcome === 'not-identified' && excludedBy.length === 0 && paths.some((p) => p.noSign);
  const finalCategory = outcome === 'identified' ? met!.category : null;
  const provisional = outcome === 'to-verify' ? toVerify[0]!.category : null;
  if (!findings) return result(outcome, finalCategory, provisional, verifications, resultSigns, onRecordAlone, excludedBy, outcome === 'identified' || outcome === 'not-identified' ? [] : missing, unverified, null);

  if (outcome === 'identified') findings.push(categoryFinding(categoryTest, income.size, lineFen, comparison.value, pa, povertyAlleviatedCategory, categoryFigure, finalCategory, show));

  const dibao = dibaoNote(h, f.countedMembers(), optionalParameter(profile, 'dibaoNoBarToIdentification', on));
  if (dibao) findings.push(dibao);

  const others = otherFactors(h, tested!, outcomeOf(entry.below), outcome === 'not-identified' && excludedBy.length === 0 && incomeRequired && entry.below.value === false);
  if (others) findings.push(others);

  findings.push(
    decisionFinding(outcome, finalCategory, provisional, verifications, resultSigns, onRecordAlone, excludedBy, unverified, missing, paths, uniqueCitations(line.citation, entryFigure.citation)),
  );
  return result(outcome, finalCategory, provisional, verifications, resultSigns, onRecordAlone, excludedBy, outcome === 'identified' || outcome === 'not-identified' ? [] : missing, unverified, findings);
}

function result(
  outcome: IdentificationOutcome,
  category: MonitoringCategory | null,
  provisionalCategory: MonitoringCategory | null,
  toVerify: Verification[],
  signs: RecordSign[],
  onRecordAlone: boolean,
  excludedBy: string[],
  missing: string[],
  unverified: string[],
  findings: Finding[] | null,
): MonitoringResult {
  return {
    outcome,
    eligible: outcome === 'identified' ? true : outcome === 'not-identified' ? false : null,
    category,
    provisionalCategory,
    toVerify,
    signs,
    onRecordAlone,
    excludedBy,
    missing,
    unverified,
    findings: findings ?? [],
  };
}

function path(id: PathId, state: PathState, category: MonitoringCategory | null, rest: Partial<Pick<PathResult, 'verifications' | 'signs' | 'missing' | 'noSign'>> = {}): PathResult {
  return { id, state, category, verifications: rest.verifications ?? [], signs: rest.signs ?? [], missing: rest.missing ?? [], noSign: rest.noSign ?? false };
}

function verification(rule: string, label: Text, fields: readonly string[], citations: readonly Citation[]): Verification {
  return { rule, label: { zh: label.zh, en: label.en }, facts: fields.map(factToVerify), citations: uniqueCitations(...citations) };
}

function uniqueVerifications(vs: readonly Verification[]): Verification[] {
  const out: Verification[] = [];
  for (const v of vs) if (!out.some((o) => o.rule === v.rule)) out.push(v);
  return out;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

function incomeTestFinding(
  entry: LineTest,
  size: number | null,
  lineFen: number,
  line: DatedValue<string | number>,
  entryFigure: DatedValue<'A38' | 'A34'>,
  exemptionValue: DatedValue<boolean> | undefined,
  comparison: 'exact' | 'rounded',
  incomeRequired: boolean,
  show: (t: LineTest) => Text,
): Finding {
  const label = FIGURE_LABEL[entry.figure];
  const exempt = incomeRequired ? { zh: '', en: '' } : { zh: '（本配置下脱贫户不以收入为条件）', en: ' (under this profile a 脱贫户 needs no income test)' };
  const message =
    entry.below.value === null
      ? { zh: `${label.zh}无法计算：家庭人口数未知或为0${exempt.zh}`, en: `${label.en} cannot be computed: the household size is unknown or zero${exempt.en}` }
      : (() => {
          const c = show(entry);
          return {
            zh: `${label.zh}${entry.below.value ? '低于' : '不低于'}监测线：${c.zh}${exempt.zh}`,
            en: `${label.en} ${entry.below.value ? 'below' : 'not below'} the line: ${c.en}${exempt.en}`,
          };
        })();
  return finding(
    incomeTestRule.id,
    outcomeOf(entry.below),
    message,
    uniqueCitations(line.citation, entryFigure.citation, ...(exemptionValue ? [exemptionValue.citation] : [])),
    { ...lineTestValues(entry, size, lineFen, comparison), required: incomeRequired },
    entry.below.missing,
  );
}

function riskFinding(h: Household, risks: readonly string[], evidence: DatedValue<readonly string[]>, below: boolean): Finding {
  const found = risks.length > 0;
  const described = found ? describeRisks(h, risks) : null;
  return finding(
    riskOnRecordRule.id,
    found ? 'met' : 'undetermined',
    found
      ? { zh: `有返贫致贫风险在案：${described!.zh}`, en: `a risk is on record: ${described!.en}` }
      : below
        ? {
            zh: '记录中没有返贫致贫风险（A27 风险类型、“三保障”和饮水安全问题、突发困难均未记录）：人均收入低于监测线只是参考，须入户核实是否存在风险',
            en: 'no risk is on record (no A27 risk type, no 三保障 or drinking-water problem, no sudden hardship): income below the line is a reference only, so whether the household faces a risk is to be verified at the home visit',
          }
        : { zh: '记录中没有返贫致贫风险', en: 'no risk is on record' },
    uniqueCitations(evidence.citation, ...riskOnRecordRule.cites.slice(1)),
    { risks: [...risks], evidence: [...evidence.value] },
    found ? undefined : ['riskTypes'],
  );
}

function severeFinding(severe: Known, severePath: DatedValue<boolean>, seen: readonly RecordSign[]): Finding {
  const signText = (lang: 'zh' | 'en') => seen.map((s) => RECORD_SIGNS[s][lang]).join(lang === 'zh' ? '、' : '; ');
  return finding(
    severeDifficultyRule.id,
    outcomeOf(severe),
    severe.value === null
      ? seen.length > 0
        ? {
            zh: `未记录是否因刚性支出骤增或收入骤减导致基本生活出现严重困难；记录中有迹象（${signText('zh')}），须入户核实`,
            en: `not recorded whether a surge of rigid spending or collapse of income causes severe difficulty in basic living; the record shows signs (${signText('en')}): to verify at the home visit`,
          }
        : {
            zh: '未记录是否因刚性支出骤增或收入骤减导致基本生活出现严重困难，记录中也无此迹象：仅凭记录不按此认定',
            en: 'not recorded whether a surge of rigid spending or collapse of income causes severe difficulty in basic living, and the record shows no sign of it: not identified this way on the record alone',
          }
      : severe.value
        ? { zh: '刚性支出骤增或收入骤减，导致家庭出现严重困难，影响到基本生活', en: 'a surge of rigid spending or collapse of income causes severe difficulty affecting basic living' }
        : { zh: '未因刚性支出骤增或收入骤减导致严重困难', en: 'no severe difficulty from a surge of rigid spending or collapse of income' },
    uniqueCitations(severePath.citation),
    { severeDifficulty: severe.value, signs: [...seen] },
    severe.missing,
  );
}

function conditionFinding(h: Household, rule: Rule, k: Known, parameterCitation: Citation): Finding {
  const recorded = (h.hardship ?? {}) as Record<string, boolean | undefined>;
  return finding(
    rule.id,
    outcomeOf(k),
    k.value === null
      ? { zh: `${rule.title.zh}：未记录（${k.missing.join('、')}）`, en: `${rule.title.en}: not on record (${k.missing.join(', ')})` }
      : k.value
        ? { zh: `${rule.title.zh}：符合`, en: `${rule.title.en}: met` }
        : { zh: `${rule.title.zh}：不符合`, en: `${rule.title.en}: not met` },
    uniqueCitations(parameterCitation, ...rule.cites),
    Object.fromEntries((rule.facts ?? []).map((p) => [p, recorded[p.slice('hardship.'.length)] ?? null])),
    k.missing,
  );
}

function exclusionFinding(rule: Rule, k: Known, parameterCitation: Citation): Finding {
  return finding(
    rule.id,
    outcomeOf(k),
    k.value === null
      ? { zh: `${rule.title.zh}：相关情况未记录（${k.missing.join('、')}），未经核实不据此排除，须经信息比对核实`, en: `${rule.title.en}: not on record (${k.missing.join(', ')}); not applied without verification — to be checked by the information comparison` }
      : k.value
        ? { zh: `${rule.title.zh}：存在该情形，原则上不纳入监测范围`, en: `${rule.title.en}: applies — in principle not identified` }
        : { zh: `${rule.title.zh}：不存在该情形`, en: `${rule.title.en}: does not apply` },
    uniqueCitations(parameterCitation, ...rule.cites),
    { exclusion: rule.id.slice('identification.exclusion.'.length) },
    k.missing,
  );
}

function categoryFinding(
  t: LineTest,
  size: number | null,
  lineFen: number,
  comparison: 'exact' | 'rounded',
  pa: boolean,
  rule: DatedValue<'by-income' | 'always-unstable'>,
  figure: DatedValue<'A38' | 'A34'>,
  category: MonitoringCategory | null,
  show: (t: LineTest) => Text,
): Finding {
  const byRule = pa && rule.value === 'always-unstable';
  const label = FIGURE_LABEL[t.figure];
  return finding(
    categoryRule.id,
    category === null ? 'undetermined' : 'info',
    category === null
      ? { zh: `${label.zh}无法计算，类别无法确定`, en: `${label.en} cannot be computed, so the category is undetermined` }
      : byRule
        ? { zh: `纳入监测的脱贫户标注为${MONITORING_CATEGORIES.unstable.zh}`, en: `an identified 脱贫户 is labelled ${MONITORING_CATEGORIES.unstable.zh} (${MONITORING_CATEGORIES.unstable.en})` }
        : (() => {
            const c = show(t);
            return {
              zh: `${label.zh}${t.below.value ? '低于' : '不低于'}监测线（${c.zh}），${pa ? '脱贫户' : '一般农户'}：${MONITORING_CATEGORIES[category].zh}`,
              en: `${label.en} ${t.below.value ? 'below' : 'not below'} the line (${c.en}); ${pa ? '脱贫户' : 'ordinary household'}: ${MONITORING_CATEGORIES[category].zh} (${MONITORING_CATEGORIES[category].en})`,
            };
          })(),
    uniqueCitations(...(byRule ? [rule.citation] : [figure.citation, rule.citation])),
    { ...lineTestValues(t, size, lineFen, comparison), povertyAlleviated: pa, rule: rule.value, category },
    category === null ? t.below.missing : undefined,
  );
}

/** The title of an exclusion rule by its id, for messages (falls back to the id). */
function exclusionTitle(id: string, lang: 'zh' | 'en'): string {
  const e = Object.values(EXCLUSIONS).find((x) => x.rule.id === id);
  return e ? e.rule.title[lang] : id;
}

const PATH_LABEL: Record<PathId, Text> = {
  income: { zh: '收入条件', en: 'the income path' },
  condition: { zh: '脱贫户困难条件', en: "the 脱贫户's hardship conditions" },
  'severe-difficulty': { zh: '严重困难', en: 'severe difficulty' },
};

function decisionFinding(
  outcome: IdentificationOutcome,
  category: MonitoringCategory | null,
  provisional: MonitoringCategory | null,
  toVerify: readonly Verification[],
  signs: readonly RecordSign[],
  onRecordAlone: boolean,
  excludedBy: readonly string[],
  unverified: readonly string[],
  missing: readonly string[],
  paths: readonly PathResult[],
  citations: Citation[],
): Finding {
  const cat = category ? MONITORING_CATEGORIES[category] : null;
  const prov = provisional ? MONITORING_CATEGORIES[provisional] : null;
  const list = (lang: 'zh' | 'en') => toVerify.map((v) => `${v.label[lang]}（${v.facts.map((x) => x.label[lang]).join(lang === 'zh' ? '、' : '; ')}）`).join(lang === 'zh' ? '；或 ' : '; or ');
  const signText = (lang: 'zh' | 'en') => signs.map((s) => RECORD_SIGNS[s][lang]).join(lang === 'zh' ? '、' : '; ');
  let message: Text;
  switch (outcome) {
    case 'identified':
      message = {
        zh: `认定为监测对象${cat ? `：${cat.zh}` : '（类别无法确定）'}${unverified.length ? `；以下不纳入情形未经核实，须经信息比对：${unverified.map((id) => exclusionTitle(id, 'zh')).join('、')}` : ''}`,
        en: `identified for monitoring${cat ? `: ${cat.zh} (${cat.en})` : ' (category undetermined)'}${unverified.length ? `; exclusions not verified, to be checked by the information comparison: ${unverified.map((id) => exclusionTitle(id, 'en')).join('; ')}` : ''}`,
      };
      break;
    case 'to-verify':
      message = {
        zh: `待核实：记录显示${signText('zh')}，须入户核实：${list('zh')}${prov ? `；核实属实的，拟认定为${prov.zh}` : ''}`,
        en: `to verify: the record shows ${signText('en')}; verify at the home visit: ${list('en')}${prov ? `; if verified, the household would be ${prov.zh} (${prov.en})` : ''}`,
      };
      break;
    case 'undetermined':
      message = { zh: `无法判定是否纳入监测：记录缺少 ${missing.join('、')}`, en: `cannot decide whether the household enters monitoring: the record lacks ${missing.join(', ')}` };
      break;
    case 'not-identified':
      message =
        excludedBy.length > 0
          ? {
              zh: `存在不纳入情形（${excludedBy.map((id) => exclusionTitle(id, 'zh')).join('、')}），原则上不纳入监测`,
              en: `an exclusion applies (${excludedBy.map((id) => exclusionTitle(id, 'en')).join('; ')}): in principle not identified`,
            }
          : onRecordAlone
            ? {
                zh: `不认定：记录不符合纳入条件；${paths.filter((p) => p.noSign).map((p) => PATH_LABEL[p.id].zh).join('、')}所需情况未记录，记录中也无此迹象，仅凭记录判定`,
                en: `not identified: the record meets no path into monitoring; the facts ${paths.filter((p) => p.noSign).map((p) => PATH_LABEL[p.id].en).join(' and ')} needs are not on record and the record shows no sign of them, so this is decided on the record alone`,
              }
            : { zh: '不认定：不符合纳入监测的条件', en: 'not identified: the household does not meet the conditions for monitoring' };
      break;
  }
  return finding(
    decisionRule.id,
    outcome === 'identified' ? 'met' : outcome === 'not-identified' ? 'not-met' : 'undetermined',
    message,
    citations,
    {
      outcome,
      eligible: outcome === 'identified' ? true : outcome === 'not-identified' ? false : null,
      category,
      provisionalCategory: provisional,
      excludedBy: [...excludedBy],
      unverified: [...unverified],
      paths: paths.map((p) => `${p.id}:${p.state}`),
      signs: [...signs],
    },
    outcome === 'undetermined' ? [...missing] : undefined,
  );
}

/** Every identification rule header, for the catalog. */
export const IDENTIFICATION_RULES: readonly Rule[] = [
  incomeTestRule,
  riskOnRecordRule,
  ...Object.values(CONDITIONS).map((c) => c.rule),
  severeDifficultyRule,
  ...Object.values(EXCLUSIONS).map((e) => e.rule),
  categoryRule,
  dibaoNoBarRule,
  otherFactorsRule,
  decisionRule,
];

export { incomeTestRule, categoryRule } from './income-test.js';
export { rigidSpendingRule, incomeDropRule, severeDifficultyRule } from './conditions.js';
export { riskOnRecordRule } from './risk.js';
export { dibaoNoBarRule, otherFactorsRule } from './considerations.js';
