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
 * 小甸巩固振兴组办〔2021〕1号 §三(二) (Xiaozhongdian 2021):
 * > 1.原非建档立卡农户，2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）和整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭。
 *
 * 党委发〔2023〕70号 §一(二) (Wuqingyuan 2023):
 * > 及时将有返贫致贫风险的农户全部识别为防止返贫监测对象
 *
 * One rule for every region; the differences are parameters (src/profile/parameters/identification.ts):
 *
 *     standard  = (income test, unless a 脱贫户 is exempt from it) AND (one of the required conditions, if any)
 *     combined  = standard, OR / AND the labour-capacity target where the profile applies it
 *     base      = combined OR (severe difficulty, where it is a path of its own)
 *     eligible  = base, unless an applicable exclusion is established
 *     category  = by the category figure against the line (or 脱贫不稳定户 for every 脱贫户, where the profile says so)
 *
 * Facts are three-valued: an unrecorded fact that could decide makes the answer `null` with the
 * field paths in `missing`; an exclusion whose facts are not on record removes nobody and is listed
 * in `unverified` (see docs/decisions.md).
 *
 * @module
 */
import type { Household, MonitoringCategory } from '../../model/household.js';
import { MONITORING_CATEGORIES } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { finding, type Finding } from '../../explain/finding.js';
import { optionalParameter, parameter } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../context.js';
import { AssessmentFacts } from '../facts.js';
import { citesOf, defineRule, type Rule } from '../rule.js';
import { CONDITIONS, severeDifficulty, severeDifficultyRule } from './conditions.js';
import { dibaoNote, dibaoNoBarRule, otherFactors, otherFactorsRule } from './considerations.js';
import { EXCLUSIONS } from './exclusions.js';
import { categoryOf, categoryRule, incomeTestRule, lineTestValues, testAgainstLine, uniqueCitations } from './income-test.js';
import { allOf, anyOf, fact, outcomeOf, type Known } from './known.js';
import { labourCapacity, noLabourCapacityRule } from './labour-capacity.js';

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
    {
      doc: '小甸巩固振兴组办〔2021〕1号',
      clause: '三(二)',
      quote: '1.原非建档立卡农户，2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）和整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭。',
    },
    { doc: '党委发〔2023〕70号', clause: '一(二)', quote: '及时将有返贫致贫风险的农户全部识别为防止返贫监测对象' },
  ],
  description: {
    zh: '综合收入条件、困难条件、无劳动能力家庭、严重困难和不纳入情形，得出是否纳入监测及类别；缺少足以改变结论的事实时结论为“无法判定”，并列出所缺字段。',
    en: 'Combines the income test, the hardship conditions, the labour-capacity target, severe difficulty and the exclusions into the decision and the category; when a fact that could change the decision is missing, the decision is undetermined and names the missing fields.',
  },
  parameters: [
    'monitoringLine',
    'identificationIncomeFigure',
    'categoryIncomeFigure',
    'povertyAlleviatedIncomeTest',
    'identificationConditions',
    'severeDifficultyPath',
    'povertyAlleviatedCategory',
    'noLabourCapacityTarget',
    'identificationExclusions',
  ],
  facts: ['povertyAlleviated', 'income', 'members', 'hardship', 'assets', 'noLabourSafetyNet'],
});

/** The result of {@link classifyMonitoring}. Plain JSON. */
export interface MonitoringResult {
  /** Enters monitoring (纳入监测): `true`, `false`, or `null` when a fact that could decide is missing (see `missing`). */
  eligible: boolean | null;
  /** A3 监测对象类别 when `eligible` is `true`, else `null`. */
  category: MonitoringCategory | null;
  /** Rule ids of the exclusions that removed an otherwise eligible household (原则上不纳入). */
  excludedBy: string[];
  /** When `eligible` is `null`: the field paths (or `asOf`) whose absence leaves it undetermined. */
  missing: string[];
  /** Rule ids of applicable exclusions whose facts are not (fully) on record: not applied, to be verified (信息比对). */
  unverified: string[];
  findings: Finding[];
}

const FIGURE_LABEL = {
  A38: { zh: 'A38 人均收入参考范围', en: 'A38 per-capita reference income' },
  A34: { zh: 'A34 家庭人均纯收入', en: 'A34 per-capita net income' },
} as const;

/**
 * Decides whether a household enters monitoring (纳入监测) under a profile, and in which category,
 * with findings that explain every step: the income test (with the exact figures), the hardship
 * conditions, the labour-capacity target, severe difficulty, the exclusions, the 低保 note and the
 * other risk facts to weigh.
 *
 * Throws `MissingParameterError` when the profile has no monitoring line for the date (as
 * `national/2021` and `shandong/linzi/2023`, whose documents state none): supply one with
 * `defineProfile`. Without any date (no `asOf`, no default, no discovery date) the answer is
 * undetermined, naming the missing date.
 *
 * @example
 * // a 3-person 一般农户 with A33 = A37 = 29400.00 (no A35/A36) over 2022-10-01..2023-09-30
 * const r = classifyMonitoring(household, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
 * r.eligible  // true
 * r.category  // 'marginal'   (A38 = A34 = 9800.00, below 10560)
 * r.findings.find((f) => f.rule === 'identification.income-test')?.values.A38 // '9800.00'
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
  const { h, profile } = f;
  const ctx = f.context;
  // Lean mode (`explain: false`) collects nothing: `findings?.push(…)` then evaluates no argument.
  const findings: Finding[] | null = f.explain ? [f.periodFinding()] : null;
  const on = ctx.parameterDate;
  if (!on) {
    // A date was given but the profile has no income period for it: a gap in the profile, like a missing line.
    if (ctx.missing.length === 0) parameter(profile, 'incomePeriod', (ctx.asOf ?? h.discoveredOn)!);
    const missing = [...ctx.missing];
    if (findings) {
      findings.push(
        finding(
          decisionRule.id,
          'undetermined',
          { zh: `无法判定是否纳入监测：缺少 ${missing.join('、')}`, en: `cannot decide whether the household enters monitoring: missing ${missing.join(', ')}` },
          findings[0]!.citations.map((c) => ({ doc: c.doc, clause: c.clause })),
          { eligible: null, category: null },
          missing,
        ),
      );
    }
    return { eligible: null, category: null, excludedBy: [], missing, unverified: [], findings: findings ?? [] };
  }

  const line = parameter(profile, 'monitoringLine', on);
  const lineFen = toFen(line.value);
  const entryFigure = parameter(profile, 'identificationIncomeFigure', on);
  const categoryFigure = parameter(profile, 'categoryIncomeFigure', on);
  const povertyAlleviatedIncomeTest = parameter(profile, 'povertyAlleviatedIncomeTest', on);
  const conditions = parameter(profile, 'identificationConditions', on);
  const severePath = parameter(profile, 'severeDifficultyPath', on);
  const povertyAlleviatedCategory = parameter(profile, 'povertyAlleviatedCategory', on);
  const labourTarget = parameter(profile, 'noLabourCapacityTarget', on);
  const exclusions = parameter(profile, 'identificationExclusions', on);
  const comparison = parameter(profile, 'lineComparison', on);

  const facts = f.income();
  const pa = h.povertyAlleviated;
  // The facts the rules below test (for the "other factors" note), and the routes that qualify.
  const tested: Set<string> | null = findings ? new Set<string>() : null;
  const routes: string[] = [];
  const lineText = findings ? formatFen(lineFen) : '';

  // 1. The income test (A38 or A34 strictly below the line).
  const entry = testAgainstLine(facts, entryFigure.value, lineFen, profile, on, findings !== null);
  const incomeRequired = !pa || povertyAlleviatedIncomeTest.value;
  if (entryFigure.value === 'A38') tested?.add('income.compliantOutOfPocket');
  if (findings) {
    const label = FIGURE_LABEL[entry.figure];
    const total = formatFen(entry.totalFen);
    const exempt = incomeRequired ? { zh: '', en: '' } : { zh: '（本配置下脱贫户不以收入为条件）', en: ' (under this profile a 脱贫户 needs no income test)' };
    const how = comparison.value === 'exact' ? { zh: '按精确值比较', en: 'exact comparison' } : { zh: '按舍入值比较', en: 'rounded comparison' };
    const message =
      entry.below.value === null
        ? { zh: `${label.zh}无法计算：家庭人口数未知或为0${exempt.zh}`, en: `${label.en} cannot be computed: the household size is unknown or zero${exempt.en}` }
        : {
            zh: `${label.zh} = ${total} ÷ ${facts.size} ≈ ${entry.perCapita} 元，${entry.below.value ? '低于' : '不低于'}监测线 ${lineText} 元（${how.zh}，“低于”为严格小于）${exempt.zh}`,
            en: `${label.en} = ${total} ÷ ${facts.size} ≈ ${entry.perCapita} yuan, ${entry.below.value ? 'below' : 'not below'} the line of ${lineText} yuan (${how.en}; "below" is strictly less)${exempt.en}`,
          };
    findings.push(
      finding(
        incomeTestRule.id,
        outcomeOf(entry.below),
        message,
        uniqueCitations(line.citation, entryFigure.citation, ...(pa ? [povertyAlleviatedIncomeTest.citation] : [])),
        { ...lineTestValues(entry, facts.size, lineFen, comparison.value), required: incomeRequired },
        entry.below.missing,
      ),
    );
  }

  // 2. The hardship conditions the profile requires (one of).
  const conditionTests: Known[] = [];
  for (const id of conditions.value) {
    const c = CONDITIONS[id];
    const k = c.test(h);
    conditionTests.push(k);
    if (tested) for (const path of c.rule.facts ?? []) tested.add(path);
    findings?.push(conditionFinding(h, c.rule, k, conditions.citation));
  }
  const conditionMet = conditionTests.length === 0 ? fact(true) : anyOf(...conditionTests);
  const standard = allOf(incomeRequired ? entry.below : fact(true), conditionMet);
  if (standard.value) routes.push(conditionTests.length === 0 ? 'income' : incomeRequired ? 'income-and-condition' : 'condition');

  // 3. The labour-capacity target, joined by "or" or "and".
  let combined = standard;
  if (labourTarget.value !== 'not-applied') {
    const lab = labourCapacity(h, f.countedMembers());
    tested?.add('hardship.noStableIncomeFromWork');
    combined = labourTarget.value === 'or-income' ? anyOf(standard, lab.met) : allOf(standard, lab.met);
    if (labourTarget.value === 'or-income' && lab.met.value) routes.push('no-labour-capacity');
    if (labourTarget.value === 'and-income') {
      routes.length = 0;
      if (combined.value) routes.push('income-and-no-labour-capacity');
    }
    if (findings) {
      const join = labourTarget.value === 'or-income' ? { zh: '与收入条件符合其一即可', en: 'either this or the income test suffices' } : { zh: '须与收入条件同时符合', en: 'required together with the income test' };
      const state = (k: Known) => (k.value === null ? '未知' : k.value ? '是' : '否');
      findings.push(
        finding(
          noLabourCapacityRule.id,
          outcomeOf(lab.met),
          {
            zh: `整户无劳动能力：${state(lab.wholeHousehold)}；部分丧失劳动能力且无法通过产业就业获得稳定收入：${state(lab.partlyWithoutStableIncome)}（${join.zh}）`,
            en: `whole household without labour capacity: ${String(lab.wholeHousehold.value ?? 'unknown')}; partly lost and no stable income from work: ${String(lab.partlyWithoutStableIncome.value ?? 'unknown')} (${join.en})`,
          },
          citesOf(noLabourCapacityRule, labourTarget.citation),
          { wholeHousehold: lab.wholeHousehold.value, partlyWithoutStableIncome: lab.partlyWithoutStableIncome.value, combination: labourTarget.value },
          lab.met.missing,
        ),
      );
    }
  }

  // 4. Severe difficulty as a path of its own; the category figure decides its category.
  const categoryTest = categoryFigure.value === entryFigure.value ? entry : testAgainstLine(facts, categoryFigure.value, lineFen, profile, on, findings !== null);
  let severe: Known = FALSE;
  if (severePath.value) {
    severe = severeDifficulty(h);
    tested?.add('hardship.severeDifficulty');
    if (severe.value) routes.push('severe-difficulty');
    findings?.push(
      finding(
        severeDifficultyRule.id,
        outcomeOf(severe),
        severe.value === null
          ? { zh: '未记录是否因刚性支出骤增或收入骤减导致家庭出现严重困难、影响到基本生活', en: 'not recorded whether a surge of rigid spending or collapse of income causes severe difficulty affecting basic living' }
          : severe.value
            ? { zh: '刚性支出骤增或收入骤减，导致家庭出现严重困难，影响到基本生活', en: 'a surge of rigid spending or collapse of income causes severe difficulty affecting basic living' }
            : { zh: '未因刚性支出骤增或收入骤减导致严重困难', en: 'no severe difficulty from a surge of rigid spending or collapse of income' },
        citesOf(severeDifficultyRule, severePath.citation),
        { severeDifficulty: severe.value },
        severe.missing,
      ),
    );
  }
  const base = anyOf(combined, severe);

  // 5. Exclusions: only established ones remove eligibility.
  const excludedBy: string[] = [];
  const unverified: string[] = [];
  if (base.value !== false) {
    for (const id of exclusions.value) {
      const e = EXCLUSIONS[id];
      const k = e.test(h);
      if (k.value === true) excludedBy.push(e.rule.id);
      if (k.value === null) unverified.push(e.rule.id);
      findings?.push(
        finding(
          e.rule.id,
          outcomeOf(k),
          k.value === null
            ? { zh: `${e.rule.title.zh}：相关情况未记录（${k.missing.join('、')}），未经核实不据此排除，须经信息比对核实`, en: `${e.rule.title.en}: not on record (${k.missing.join(', ')}); not applied without verification — to be checked by the information comparison` }
            : k.value
              ? { zh: `${e.rule.title.zh}：存在该情形，原则上不纳入监测范围`, en: `${e.rule.title.en}: applies — in principle not identified` }
              : { zh: `${e.rule.title.zh}：不存在该情形`, en: `${e.rule.title.en}: does not apply` },
          citesOf(e.rule, exclusions.citation),
          { exclusion: id },
          k.missing,
        ),
      );
    }
  }

  const eligible: boolean | null = base.value === false || excludedBy.length > 0 ? false : base.value;
  const missing = eligible === null ? base.missing : [];
  const category = eligible === true ? categoryOf(pa, povertyAlleviatedCategory.value, categoryTest.below) : null;
  if (!findings) return { eligible, category, excludedBy, missing, unverified, findings: [] };

  if (eligible === true) {
    const byRule = pa && povertyAlleviatedCategory.value === 'always-unstable';
    const label = FIGURE_LABEL[categoryTest.figure];
    findings.push(
      finding(
        categoryRule.id,
        category === null ? 'undetermined' : 'info',
        category === null
          ? { zh: `${label.zh}无法计算，类别无法确定`, en: `${label.en} cannot be computed, so the category is undetermined` }
          : byRule
            ? { zh: `纳入监测的脱贫户标注为${MONITORING_CATEGORIES.unstable.zh}`, en: `an identified 脱贫户 is labelled ${MONITORING_CATEGORIES.unstable.zh} (${MONITORING_CATEGORIES.unstable.en})` }
            : {
                zh: `${label.zh} ${categoryTest.perCapita} 元${categoryTest.below.value ? '低于' : '不低于'}监测线 ${lineText} 元，${pa ? '脱贫户' : '一般农户'}：${MONITORING_CATEGORIES[category].zh}`,
                en: `${label.en} ${categoryTest.perCapita} yuan is ${categoryTest.below.value ? 'below' : 'not below'} the line of ${lineText} yuan; ${pa ? '脱贫户' : 'ordinary household'}: ${MONITORING_CATEGORIES[category].zh} (${MONITORING_CATEGORIES[category].en})`,
              },
        uniqueCitations(...(byRule ? [povertyAlleviatedCategory.citation] : [categoryFigure.citation, povertyAlleviatedCategory.citation])),
        { ...lineTestValues(categoryTest, facts.size, lineFen, comparison.value), povertyAlleviated: pa, rule: povertyAlleviatedCategory.value, category },
        category === null ? categoryTest.below.missing : undefined,
      ),
    );
  }

  const dibao = dibaoNote(h, f.countedMembers(), optionalParameter(profile, 'dibaoNoBarToIdentification', on));
  if (dibao) findings.push(dibao);

  const leftOutOnIncome = eligible === false && excludedBy.length === 0 && incomeRequired && entry.below.value === false;
  const others = otherFactors(h, tested!, outcomeOf(entry.below), leftOutOnIncome);
  if (others) findings.push(others);

  findings.push(decisionFinding(eligible, base.value, category, excludedBy, unverified, missing, routes, uniqueCitations(line.citation, entryFigure.citation)));
  return { eligible, category, excludedBy, missing, unverified, findings };
}

const FALSE: Known = fact(false);

function conditionFinding(h: Household, rule: Rule, k: Known, parameterCitation: { doc: string; clause: string }): Finding {
  const recorded = (h.hardship ?? {}) as Record<string, boolean | undefined>;
  return finding(
    rule.id,
    outcomeOf(k),
    k.value === null
      ? { zh: `${rule.title.zh}：未记录（${k.missing.join('、')}）`, en: `${rule.title.en}: not on record (${k.missing.join(', ')})` }
      : k.value
        ? { zh: `${rule.title.zh}：符合`, en: `${rule.title.en}: met` }
        : { zh: `${rule.title.zh}：不符合`, en: `${rule.title.en}: not met` },
    citesOf(rule, parameterCitation),
    Object.fromEntries((rule.facts ?? []).map((path) => [path, recorded[path.slice('hardship.'.length)] ?? null])),
    k.missing,
  );
}

/** The title of an exclusion rule by its id, for messages (falls back to the id). */
function exclusionTitle(id: string, lang: 'zh' | 'en'): string {
  const e = Object.values(EXCLUSIONS).find((x) => x.rule.id === id);
  return e ? e.rule.title[lang] : id;
}

function decisionFinding(
  eligible: boolean | null,
  qualifies: boolean | null,
  category: MonitoringCategory | null,
  excludedBy: string[],
  unverified: string[],
  missing: string[],
  routes: string[],
  citations: { doc: string; clause: string }[],
): Finding {
  const cat = category ? MONITORING_CATEGORIES[category] : null;
  const message =
    eligible === true
      ? {
          zh: `纳入监测${cat ? `：${cat.zh}` : '（类别无法确定）'}${unverified.length ? `；以下不纳入情形未经核实：${unverified.join('、')}` : ''}`,
          en: `enters monitoring${cat ? `: ${cat.zh} (${cat.en})` : ' (category undetermined)'}${unverified.length ? `; exclusions not verified: ${unverified.join(', ')}` : ''}`,
        }
      : eligible === false
        ? excludedBy.length > 0
          ? qualifies === true
            ? {
                zh: `符合纳入条件，但存在不纳入情形（${excludedBy.map((id) => exclusionTitle(id, 'zh')).join('、')}），原则上不纳入监测`,
                en: `qualifies, but an exclusion applies (${excludedBy.map((id) => exclusionTitle(id, 'en')).join('; ')}): in principle not identified`,
              }
            : {
                zh: `存在不纳入情形（${excludedBy.map((id) => exclusionTitle(id, 'zh')).join('、')}），原则上不纳入监测`,
                en: `an exclusion applies (${excludedBy.map((id) => exclusionTitle(id, 'en')).join('; ')}): in principle not identified`,
              }
          : { zh: '不符合纳入监测的条件', en: 'does not meet the conditions for monitoring' }
        : { zh: `无法判定是否纳入监测：缺少 ${missing.join('、')}`, en: `cannot decide whether the household enters monitoring: missing ${missing.join(', ')}` };
  return finding(
    decisionRule.id,
    eligible === null ? 'undetermined' : eligible ? 'met' : 'not-met',
    message,
    citations,
    { eligible, category, excludedBy, unverified, routes },
    missing,
  );
}

/** Every identification rule header, for the catalog. */
export const IDENTIFICATION_RULES: readonly Rule[] = [
  incomeTestRule,
  ...Object.values(CONDITIONS).map((c) => c.rule),
  noLabourCapacityRule,
  severeDifficultyRule,
  ...Object.values(EXCLUSIONS).map((e) => e.rule),
  categoryRule,
  dibaoNoBarRule,
  otherFactorsRule,
  decisionRule,
];

export { incomeTestRule, categoryRule } from './income-test.js';
export { rigidSpendingRule, incomeDropRule, severeDifficultyRule } from './conditions.js';
export { noLabourCapacityRule } from './labour-capacity.js';
export { dibaoNoBarRule, otherFactorsRule } from './considerations.js';
