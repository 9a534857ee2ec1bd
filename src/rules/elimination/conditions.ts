/**
 * 风险消除条件 — the conditions before a monitored household's risk may be marked eliminated.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 对以往认定的监测帮扶对象致贫返贫风险变化情况进行评估，致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。
 *
 * The published national practice (弋江区乡村振兴局, 2024-03-15; county-rules.md §E):
 * > 对1.收入持续稳定(原则上不得低于半年),2.年人均纯收入稳定超过当年监测范围,3.大额刚性支出(主要指大额医疗费用、子女上学费用,下同)稳定解决,4.“三保障”和饮水安全持续巩固,5.返贫致贫风险稳定消除的监测对象或返贫致贫风险自然消失的,履行监测对象风险消除程序后,在全国防返贫监测信息系统中标注风险消除
 * > 原则上,识别认定监测对象时间至少半年以上且针对返贫致贫风险落实至少一项帮扶措施的,才能履行风险消除程序。
 * > 对整户无劳动力的监测对象,暂不标注“风险消除”。
 *
 * Each condition is one rule under its clause — header, test and explanation together — named by the
 * blocker it raises when it fails (`met` = the blocker applies); which conditions a profile applies is
 * the parameter `eliminationConditions`. A test returns the outcome, the facts it lacked and what its
 * explanation reads; the explanation formats that, and runs only when the assessment is explained.
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import { monthsBetween } from '../../model/calendar-date.js';
import type { Measure } from '../../model/household.js';
import { MEASURES, type Text } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { ELIMINATION_CONDITIONS, type EliminationCondition } from '../../profile/parameters/elimination.js';
import { lookup, type Lookup } from '../../profile/lookup.js';
import { clauseRule, type ClauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { compareWithLine, showLineComparison } from '../../kernel/line.js';
import { citesOf, type Rule } from '../../kernel/rule.js';
import { householdWithoutLabour, someoneCanWork } from '../../facts/labour.js';
import { memberWithoutMedicalInsurance } from '../../facts/medical-insurance.js';
import { allListed } from '../../facts/members.js';
import type { ConditionTests, EliminationContext, MonitoredScope } from './context.js';

const PRACTICE = 'national-elimination-practice';
const YIJIANG = '弋江区乡村振兴局 2024-03-15 退出标准';
const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S004 = '龙扶贫组字〔2021〕1号';
const TIME_AND_MEASURE = '原则上,识别认定监测对象时间至少半年以上且针对返贫致贫风险落实至少一项帮扶措施的,才能履行风险消除程序。';

/** The citations of a condition's finding: the rule's clauses, the profile's list, and any value that applied. */
const cites = (rule: Rule, c: EliminationContext, ...extra: Citation[]) => citesOf(rule, c.conditionsCitation, ...extra);

/** Test results without data, shared (a lean assessment allocates nothing for them). */
const MET: Tested = Object.freeze({ outcome: 'met', data: undefined });
const NOT_MET: Tested = Object.freeze({ outcome: 'not-met', data: undefined });
/** Undetermined for want of one field (shared). */
const lacking = (path: string): Tested => Object.freeze({ outcome: 'undetermined', missing: Object.freeze([path]), data: undefined });

/** What the profile applies: its list of conditions, once each, in its order. */
type Applied = { readonly list: Lookup<'eliminationConditions'>; readonly applied: readonly EliminationCondition[] };

/** 适用的风险消除条件 — which conditions the profile applies (the parameter `eliminationConditions`). */
export const conditionsRule = clauseRule<MonitoredScope, Applied>({
  id: 'elimination.conditions',
  layer: 'elimination',
  title: { zh: '适用的风险消除条件', en: 'the elimination conditions that apply' },
  citations: [
    {
      doc: PRACTICE,
      clause: YIJIANG,
      quote:
        '对1.收入持续稳定(原则上不得低于半年),2.年人均纯收入稳定超过当年监测范围,3.大额刚性支出(主要指大额医疗费用、子女上学费用,下同)稳定解决,4.“三保障”和饮水安全持续巩固,5.返贫致贫风险稳定消除的监测对象或返贫致贫风险自然消失的,履行监测对象风险消除程序后,在全国防返贫监测信息系统中标注风险消除',
    },
  ],
  description: {
    zh: '列出配置适用的风险消除条件；任一条件不满足即不得标注风险消除，任一条件因事实缺失无法判定而无其他阻碍时，结论为无法判定。',
    en: 'Lists the conditions the profile applies; any failing condition blocks the elimination, and a condition left undetermined by a missing fact makes the decision undetermined when nothing else blocks it.',
  },
  parameters: ['eliminationConditions'],
  test: (c) => {
    const list = lookup(c.profile, 'eliminationConditions', c.on);
    if (!list.ok) return { outcome: 'undetermined', missing: [list.missing], data: { list, applied: [] } };
    return { outcome: 'info', data: { list, applied: [...new Set(list.value)] } };
  },
  explain: (_c, t, rule): Explained => {
    const { list, applied } = t.data;
    if (!list.ok) return { message: list.message, values: {} };
    const titles = applied.map((id) => conditionRules[id].title);
    return {
      message: {
        zh: `适用的风险消除条件（存在以下情形之一的不得标注风险消除）：${titles.map((x) => x.zh).join('、')}`,
        en: `conditions applied (any of these blocks the elimination): ${titles.map((x) => x.en).join('; ')}`,
      },
      values: { conditions: applied },
      citations: citesOf(rule, list.citation),
    };
  },
});

/** The review facts a condition reads (风险评估情况). */
type ReviewKey = 'incomeStable' | 'rigidSpendingResolved' | 'riskGone' | 'newRisk' | 'informedConsent';

/**
 * The test and explanation of a condition on one fact of the risk review: it blocks when the fact is
 * `blocksWhen`, holds otherwise, and is undetermined (to verify at the review) when not recorded.
 */
function reviewFact(key: ReviewKey, blocksWhen: boolean, texts: { blocks: Text; holds: Text; unknown: Text }) {
  const unknown = lacking(`monitoring.review.${key}`);
  return {
    test: (c: EliminationContext): Tested => {
      const v = c.monitoring.review?.[key];
      return v === undefined ? unknown : v === blocksWhen ? MET : NOT_MET;
    },
    explain: (c: EliminationContext, t: Tested, rule: Rule): Explained => ({
      message: t.outcome === 'met' ? texts.blocks : t.outcome === 'not-met' ? texts.holds : texts.unknown,
      values: { [key]: c.monitoring.review?.[key] ?? null },
      citations: cites(rule, c),
    }),
  };
}

/** 1.收入持续稳定 */
export const incomeUnstable = clauseRule<EliminationContext>({
  id: 'elimination.income-unstable',
  layer: 'elimination',
  title: { zh: '收入不稳定', en: 'income not stable' },
  citations: [{ doc: PRACTICE, clause: YIJIANG, quote: '1.收入持续稳定(原则上不得低于半年)' }],
  description: {
    zh: '风险评估记录收入不稳定（原则上须稳定半年以上）的，不得标注风险消除。',
    en: 'When the review records that income is not stable (in principle for at least half a year), the risk may not be marked eliminated.',
  },
  parameters: ['eliminationConditions'],
  facts: ['monitoring.review.incomeStable'],
  ...reviewFact('incomeStable', false, {
    blocks: { zh: '风险评估记录收入不稳定', en: 'the review records that income is not stable' },
    holds: { zh: '风险评估记录收入持续稳定', en: 'the review records that income is stable' },
    unknown: { zh: '未记录收入是否持续稳定', en: 'whether income is stable is not recorded' },
  }),
});

/** 2.年人均纯收入稳定超过当年监测范围 — what the explanation reads: the line looked up. */
type LineData = Lookup<'monitoringLine'>;

/** 2.年人均纯收入稳定超过当年监测范围 */
export const incomeBelowLine = clauseRule<EliminationContext, LineData>({
  id: 'elimination.income-below-line',
  layer: 'elimination',
  title: { zh: '人均纯收入未超过当年监测范围', en: 'per-capita net income not above the line' },
  citations: [{ doc: PRACTICE, clause: YIJIANG, quote: '2.年人均纯收入稳定超过当年监测范围' }],
  description: {
    zh: '家庭人均纯收入（A34）低于当年监测线的，不得标注风险消除（与监测线比较按配置的口径，默认为未舍入的精确值；等于监测线即不在监测范围内）。',
    en: 'Per-capita net income (A34) below the year\'s line blocks the elimination (compared as the profile says, by default the exact unrounded value; an income equal to the line is outside the monitoring range).',
  },
  parameters: ['eliminationConditions', 'monitoringLine', 'lineComparison', 'perCapitaRounding', 'householdSizeRule'],
  facts: ['income', 'members'],
  test: (c) => {
    const line = lookup(c.profile, 'monitoringLine', c.on);
    if (!line.ok) return { outcome: 'undetermined', missing: [line.missing], data: line };
    const size = c.income.size;
    if (size === null || size === 0) return { outcome: 'undetermined', missing: [size === null ? 'asOf' : 'members'], data: line };
    // "低于" is strict: an income equal to the line is outside the monitoring range.
    return { outcome: compareWithLine(c.income.net, size, toFen(line.value), c.profile, c.on!) < 0 ? 'met' : 'not-met', data: line };
  },
  explain: (c, t, rule): Explained => {
    const line = t.data;
    if (!line.ok) return { message: line.message, values: { line: null }, citations: cites(rule, c) };
    const size = c.income.size;
    const lineText = formatFen(toFen(line.value));
    if (t.outcome === 'undetermined' || size === null || size === 0) {
      return {
        message: { zh: '家庭人口数未知或为0，无法计算人均纯收入', en: 'the household size is unknown or zero, so per-capita income cannot be computed' },
        values: { householdSize: size, line: lineText },
        citations: cites(rule, c, line.citation),
      };
    }
    // The comparison as decided: never a rounded A34 equal to the line beside "低于".
    const shown = showLineComparison(c.income.net, size, toFen(line.value), c.profile, c.on!, { total: 'A33', perCapita: 'A34' });
    return {
      message:
        t.outcome === 'met'
          ? { zh: `家庭人均纯收入低于监测线：${shown.text.zh}`, en: `per-capita net income is below the line: ${shown.text.en}` }
          : { zh: `家庭人均纯收入不低于监测线：${shown.text.zh}`, en: `per-capita net income is not below the line: ${shown.text.en}` },
      values: { A33: formatFen(c.income.net), householdSize: size, A34: shown.money, line: lineText },
      citations: cites(rule, c, line.citation),
    };
  },
});

/** 3.大额刚性支出稳定解决 */
export const rigidSpendingUnresolved = clauseRule<EliminationContext>({
  id: 'elimination.rigid-spending-unresolved',
  layer: 'elimination',
  title: { zh: '大额刚性支出未稳定解决', en: 'large rigid spending not resolved' },
  citations: [{ doc: PRACTICE, clause: YIJIANG, quote: '3.大额刚性支出(主要指大额医疗费用、子女上学费用,下同)稳定解决' }],
  description: {
    zh: '风险评估记录大额刚性支出（大额医疗费用、子女上学费用）未稳定解决的，不得标注风险消除。',
    en: 'When the review records that large rigid spending (large medical costs, children\'s schooling) is not resolved, the risk may not be marked eliminated.',
  },
  parameters: ['eliminationConditions'],
  facts: ['monitoring.review.rigidSpendingResolved'],
  ...reviewFact('rigidSpendingResolved', false, {
    blocks: { zh: '大额刚性支出未稳定解决', en: 'large rigid spending is not resolved' },
    holds: { zh: '大额刚性支出已稳定解决', en: 'large rigid spending is resolved' },
    unknown: { zh: '未记录大额刚性支出是否稳定解决', en: 'whether large rigid spending is resolved is not recorded' },
  }),
});

/** A23–A25 as recorded: the key, the form code and what a problem is. */
const GUARANTEES = [
  ['housingUnsafe', 'A23', '住房出现安全问题', 'housing unsafe'],
  ['compulsoryEducationDropout', 'A24', '义务教育阶段适龄儿童少年失学辍学', 'a compulsory-age child out of school'],
  ['drinkingWaterUnsafe', 'A25', '饮水出现安全问题', 'drinking water unsafe'],
] as const;

/** 4.“三保障”和饮水安全持续巩固 */
export const guaranteesUnsecured = clauseRule<EliminationContext>({
  id: 'elimination.guarantees-unsecured',
  layer: 'elimination',
  title: { zh: '存在“三保障”和饮水安全问题', en: 'three guarantees or drinking water not secured' },
  citations: [
    { doc: S000, clause: '一(二)', quote: '致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。' },
    { doc: PRACTICE, clause: YIJIANG, quote: '4.“三保障”和饮水安全持续巩固' },
  ],
  description: {
    zh: '住房安全（A23）、义务教育（A24）、饮水安全（A25）或基本医疗保险（A26，未填时由各成员A17生成）任一有问题的，不得标注风险消除；任一未记录且无问题记录的，无法判定。',
    en: 'A problem with housing (A23), compulsory education (A24), drinking water (A25) or basic medical insurance (A26; when absent, generated from the members\' A17) blocks the elimination; when none is recorded as a problem but one is not recorded at all, the condition is undetermined.',
  },
  parameters: ['eliminationConditions'],
  facts: ['guarantees', 'members[].basicMedicalInsurance'],
  test: (c) => {
    const g = c.h.guarantees;
    let problem = false;
    let missing: string[] | undefined;
    for (const [key] of GUARANTEES) {
      const v = g?.[key];
      if (v === true) problem = true;
      else if (v === undefined) (missing ??= []).push(`guarantees.${key}`);
    }
    const a26 = memberWithoutMedicalInsurance(c.h, c.members);
    if (a26.value === true) problem = true;
    else if (a26.value === null) (missing ??= []).push(...a26.missing);
    if (problem) return MET;
    return missing ? { outcome: 'undetermined', missing, data: undefined } : NOT_MET;
  },
  explain: (c, t, rule): Explained => {
    const g = c.h.guarantees ?? {};
    const a26 = memberWithoutMedicalInsurance(c.h, c.members).value;
    const values: Explained['values'] = {};
    for (const [key, form] of GUARANTEES) values[form] = g[key] ?? null;
    values.A26 = a26;
    if (t.outcome === 'met') {
      const problems: string[] = [];
      const problemsEn: string[] = [];
      for (const [key, form, zh, en] of GUARANTEES) {
        if (g[key] === true) {
          problems.push(`${form} ${zh}`);
          problemsEn.push(`${form} ${en}`);
        }
      }
      if (a26 === true) {
        problems.push('A26 有家庭成员未参加基本医疗保险');
        problemsEn.push('A26 a member without basic medical insurance');
      }
      return { message: { zh: `存在“三保障”和饮水安全问题：${problems.join('；')}`, en: `three guarantees or drinking water not secured: ${problemsEn.join('; ')}` }, values, citations: cites(rule, c) };
    }
    return {
      message:
        t.outcome === 'undetermined'
          ? { zh: '“三保障”和饮水安全状况未完整记录，无法判定', en: 'the three guarantees and drinking water are not fully recorded, so the condition cannot be decided' }
          : { zh: '不存在“三保障”和饮水安全问题', en: 'the three guarantees and drinking water are secured' },
      values,
      citations: cites(rule, c),
    };
  },
});

/** 5.返贫致贫风险稳定消除 */
export const riskRemains = clauseRule<EliminationContext>({
  id: 'elimination.risk-remains',
  layer: 'elimination',
  title: { zh: '返贫致贫风险未消除', en: 'the risk is not gone' },
  citations: [{ doc: PRACTICE, clause: YIJIANG, quote: '5.返贫致贫风险稳定消除的监测对象或返贫致贫风险自然消失的' }],
  description: {
    zh: '风险评估记录识别时的返贫致贫风险未稳定消除（也未自然消失）的，不得标注风险消除。',
    en: 'When the review records that the risk identified has not been removed (nor disappeared by itself), the risk may not be marked eliminated.',
  },
  parameters: ['eliminationConditions'],
  facts: ['monitoring.review.riskGone'],
  ...reviewFact('riskGone', false, {
    blocks: { zh: '返贫致贫风险尚未稳定消除', en: 'the risk has not been removed' },
    holds: { zh: '返贫致贫风险已稳定消除或自然消失', en: 'the risk has been removed or disappeared by itself' },
    unknown: { zh: '未记录返贫致贫风险是否已消除', en: 'whether the risk is gone is not recorded' },
  }),
});

/** 不存在新增返贫致贫风险 */
export const newRisk = clauseRule<EliminationContext>({
  id: 'elimination.new-risk',
  layer: 'elimination',
  title: { zh: '存在新增返贫致贫风险', en: 'a new risk has appeared' },
  citations: [
    {
      doc: PRACTICE,
      clause: 'cxs.gov.cn 中山镇 2024年四季度 一、监测对象风险消除退出标准',
      quote: '收入稳定超过当年监测范围、“三保障”和饮水安全持续巩固,经综合分析研判,监测对象识别时的返贫致贫风险已经稳定消除或自然消除,且不存在新增返贫致贫风险的,按程序标注风险消除。',
    },
  ],
  description: {
    zh: '风险评估记录出现新增返贫致贫风险的，不得标注风险消除。',
    en: 'When the review records a new risk, the risk may not be marked eliminated.',
  },
  parameters: ['eliminationConditions'],
  facts: ['monitoring.review.newRisk'],
  ...reviewFact('newRisk', true, {
    blocks: { zh: '出现新增返贫致贫风险', en: 'a new risk has appeared' },
    holds: { zh: '无新增返贫致贫风险', en: 'no new risk' },
    unknown: { zh: '未记录是否出现新增返贫致贫风险', en: 'whether a new risk has appeared is not recorded' },
  }),
});

/**
 * What the minimum-time test found: the minimum looked up and, when it could be counted, the whole
 * months from identification to the elimination, or that the elimination predates the minimum.
 */
type Minimum = Lookup<'eliminationMinimumDuration'>;
type DurationData =
  | { readonly why: 'no-minimum'; readonly min: Extract<Minimum, { ok: false }> }
  | { readonly why: 'no-date'; readonly min: Extract<Minimum, { ok: true }> }
  | { readonly why: 'before-minimum' | 'counted'; readonly min: Extract<Minimum, { ok: true }>; readonly date: string; readonly months: number };

/** 识别认定监测对象时间至少半年以上 */
export const tooSoon = clauseRule<EliminationContext, DurationData>({
  id: 'elimination.too-soon',
  layer: 'elimination',
  title: { zh: '识别认定时间不足', en: 'too soon after identification' },
  citations: [{ doc: PRACTICE, clause: YIJIANG, quote: TIME_AND_MEASURE }],
  description: {
    zh: '从识别监测时间到风险消除时间（未消除的，到评估时点）不足规定整月数的，不得标注风险消除；规定只适用于其生效日期之后的消除。',
    en: 'Fewer whole months than the minimum from identification to the elimination (for a household not yet eliminated: to the as-of date) block it; the minimum applies to eliminations from its start date.',
  },
  parameters: ['eliminationConditions', 'eliminationMinimumDuration'],
  facts: ['monitoring.identifiedOn', 'monitoring.eliminated.on'],
  test: (c) => {
    const min = lookup(c.profile, 'eliminationMinimumDuration', c.on);
    if (!min.ok) return { outcome: 'undetermined', missing: [min.missing], data: { why: 'no-minimum', min } };
    const date = c.eliminationDate;
    if (date === null) return { outcome: 'undetermined', missing: ['asOf'], data: { why: 'no-date', min } };
    const months = monthsBetween(c.monitoring.identifiedOn, date) || 0; // never -0 (results are plain JSON)
    // The minimum applies to eliminations on or after the day it takes effect.
    if (date < min.value.eliminatedFrom) return { outcome: 'not-met', data: { why: 'before-minimum', min, date, months } };
    return { outcome: months < min.value.months ? 'met' : 'not-met', data: { why: 'counted', min, date, months } };
  },
  explain: (c, t, rule): Explained => {
    const d = t.data;
    if (d.why === 'no-minimum') return { message: d.min.message, values: { minimumMonths: null }, citations: cites(rule, c) };
    if (d.why === 'no-date') {
      return { message: { zh: '无评估时点，无法计算识别至消除的时间', en: 'no as-of date, so the time since identification cannot be computed' }, values: {}, citations: cites(rule, c, d.min.citation) };
    }
    const { date, months } = d;
    const { months: minimum, eliminatedFrom } = d.min.value;
    const identifiedOn = c.monitoring.identifiedOn;
    const values = { identifiedOn, eliminationDate: date, months, minimumMonths: minimum, appliesFrom: eliminatedFrom };
    const message: Text =
      d.why === 'before-minimum'
        ? { zh: `消除时间 ${date} 早于最短时间规定的适用日期 ${eliminatedFrom}，不受识别满 ${minimum} 个月的限制`, en: `an elimination on ${date} is before ${eliminatedFrom}, from which the ${minimum}-month minimum applies` }
        : t.outcome === 'met'
          ? { zh: `识别监测时间 ${identifiedOn} 至 ${date} 仅 ${months} 个整月，不足 ${minimum} 个月`, en: `only ${months} whole months from identification on ${identifiedOn} to ${date}, fewer than ${minimum}` }
          : { zh: `识别监测时间 ${identifiedOn} 至 ${date} 已满 ${months} 个整月（不少于 ${minimum} 个月）`, en: `${months} whole months from identification on ${identifiedOn} to ${date} (at least ${minimum})` };
    return { message, values, citations: cites(rule, c, d.min.citation) };
  },
});

/** What the measure test found: why it was decided as it was, and the measures aimed at the risk. */
type Mapping = Lookup<'eliminationMeasuresForRisk'>;
type MeasureData =
  | { readonly why: 'natural' | 'no-measures' }
  | { readonly why: 'no-mapping'; readonly map: Extract<Mapping, { ok: false }> }
  | { readonly why: 'no-risk-types' | 'compared'; readonly map: Extract<Mapping, { ok: true }>; readonly aimed: readonly Measure[] };

const NATURAL_ROUTE: Tested<MeasureData> = Object.freeze({ outcome: 'info', data: Object.freeze({ why: 'natural' }) });
const NO_MEASURES: Tested<MeasureData> = Object.freeze({ outcome: 'met', data: Object.freeze({ why: 'no-measures' }) });

const measureNames = (ms: readonly Measure[], lang: 'zh' | 'en') => ms.map((m) => MEASURES[m][lang]).join(lang === 'zh' ? '、' : ', ');

/** 针对返贫致贫风险落实至少一项帮扶措施 */
export const noMeasureForRisk = clauseRule<EliminationContext, MeasureData>({
  id: 'elimination.no-measure-for-risk',
  layer: 'elimination',
  title: { zh: '未针对风险落实帮扶措施', en: 'no measure aimed at the risk' },
  citations: [{ doc: PRACTICE, clause: YIJIANG, quote: TIME_AND_MEASURE }],
  description: {
    zh: '帮扶消除须针对返贫致贫风险（A27）落实至少一项帮扶措施（A39–A52）；哪些措施针对哪类风险见参数，未列出的风险类型任一措施均可。自然消除不适用。',
    en: 'An assisted elimination needs at least one measure (A39–A52) aimed at the risk (A27); the parameter lists which measures are aimed at which risk, and a risk type it does not list accepts any measure. Not required for a natural elimination.',
  },
  parameters: ['eliminationConditions', 'eliminationMeasuresForRisk'],
  facts: ['measures', 'riskTypes'],
  test: (c) => {
    if (c.method === 'natural') return NATURAL_ROUTE;
    const measures = c.h.measures ?? [];
    if (measures.length === 0) return NO_MEASURES;
    const map = lookup(c.profile, 'eliminationMeasuresForRisk', c.on);
    if (!map.ok) return { outcome: 'undetermined', missing: [map.missing], data: { why: 'no-mapping', map } };
    const risks = c.h.riskTypes ?? [];
    if (risks.length === 0) return { outcome: 'undetermined', missing: ['riskTypes'], data: { why: 'no-risk-types', map, aimed: [] } };
    const aimed = new Set<Measure>();
    for (const r of risks) {
      const forRisk = map.value[r];
      for (const m of measures) if (forRisk === undefined || forRisk.includes(m)) aimed.add(m);
    }
    return { outcome: aimed.size === 0 ? 'met' : 'not-met', data: { why: 'compared', map, aimed: [...aimed].sort() } };
  },
  explain: (c, t, rule): Explained => {
    const d = t.data;
    const measures = [...(c.h.measures ?? [])];
    const risks = [...(c.h.riskTypes ?? [])];
    switch (d.why) {
      case 'natural':
        return { message: { zh: '自然消除不要求落实针对风险的帮扶措施', en: 'a natural elimination does not need a measure aimed at the risk' }, values: { method: 'natural' }, citations: cites(rule, c) };
      case 'no-measures':
        return { message: { zh: '帮扶消除，但未登记任何帮扶措施', en: 'assisted elimination, but no measure is on record' }, values: { measures: [], riskTypes: risks }, citations: cites(rule, c) };
      case 'no-mapping':
        return { message: d.map.message, values: { measures }, citations: cites(rule, c) };
      case 'no-risk-types':
        return {
          message: { zh: '未记录风险类型（A27），无法判断帮扶措施是否针对风险', en: 'no risk type (A27) is recorded, so whether a measure is aimed at the risk cannot be decided' },
          values: { measures, riskTypes: [] },
          citations: cites(rule, c, d.map.citation),
        };
      case 'compared':
        return {
          message:
            t.outcome === 'met'
              ? { zh: `登记的帮扶措施（${measureNames(measures, 'zh')}）均未针对风险类型`, en: `none of the measures on record (${measureNames(measures, 'en')}) is aimed at the risk types` }
              : { zh: `已针对风险落实帮扶措施：${measureNames(d.aimed, 'zh')}`, en: `measures aimed at the risk are in place: ${measureNames(d.aimed, 'en')}` },
          values: { riskTypes: risks, measures, aimedAtRisk: [...d.aimed] },
          citations: cites(rule, c, d.map.citation),
        };
    }
  },
});

/** Whether the whole household is without labour, and why. */
type LabourData = { readonly why: 'marked' | 'members' } | undefined;
const MARKED: Tested<LabourData> = Object.freeze({ outcome: 'met', data: Object.freeze({ why: 'marked' }) });
const NO_MEMBER_WORKS: Tested<LabourData> = Object.freeze({ outcome: 'met', data: Object.freeze({ why: 'members' }) });
const LABOUR_UNKNOWN = lacking('members[].labour');

/** 对整户无劳动力的监测对象,暂不标注“风险消除” */
export const noLabourCapacity = clauseRule<EliminationContext, LabourData>({
  id: 'elimination.no-labour-capacity',
  layer: 'elimination',
  title: { zh: '整户无劳动力', en: 'no labour capacity in the whole household' },
  citations: [{ doc: PRACTICE, clause: YIJIANG, quote: '对整户无劳动力的监测对象,暂不标注“风险消除”。' }],
  description: {
    zh: '在册成员均为丧失劳动力或无劳动力（或已标为整户无劳动能力兜底保障户）的，暂不标注风险消除，落实兜底保障后继续监测。',
    en: 'When every member on record has lost or has no labour capacity (or the household is marked 整户无劳动能力兜底保障户), the risk is not marked eliminated for now: the household stays under monitoring once the safety net is in place.',
  },
  parameters: ['eliminationConditions'],
  facts: ['members[].labour', 'members[].changes', 'noLabourSafetyNet'],
  test: (c) => {
    if (c.h.noLabourSafetyNet === true) return MARKED;
    const none = householdWithoutLabour(c.h, allListed(c.members)).value;
    return none === null ? LABOUR_UNKNOWN : none ? NO_MEMBER_WORKS : NOT_MET;
  },
  explain: (c, t, rule): Explained => {
    const values = { noLabourSafetyNet: c.h.noLabourSafetyNet ?? null, membersOnRecord: c.members.length };
    const message: Text =
      t.data?.why === 'marked'
        ? { zh: '已标为整户无劳动能力兜底保障户，暂不标注风险消除', en: 'marked as a household without labour capacity under the safety net: not to be marked eliminated for now' }
        : t.outcome === 'met'
          ? { zh: '整户无劳动力，暂不标注风险消除，落实兜底保障后持续监测', en: 'no member can work: not to be marked eliminated for now; keep monitoring once the safety net is in place' }
          : t.outcome === 'undetermined'
            ? { zh: '无人有劳动能力记录，且有成员劳动技能未记录，无法判定是否整户无劳动力', en: 'no member is recorded as able to work and some labour capacities are not recorded, so whether the whole household lacks labour cannot be decided' }
            : { zh: '家中有劳动能力成员', en: 'a member can work' };
    return { message, values, citations: cites(rule, c) };
  },
});

/** 在监测对象知情同意的前提下 */
export const noInformedConsent = clauseRule<EliminationContext>({
  id: 'elimination.no-informed-consent',
  layer: 'elimination',
  title: { zh: '监测对象未知情同意', en: 'no informed consent' },
  citations: [
    {
      doc: S002,
      clause: '三(一)3',
      quote: '对评议后达到风险消除的监测对象，按“怎么进、怎么出”的原则，在监测对象知情同意的前提下，参照监测对象识别方法步骤，由市乡村振兴局组织乡（镇）在全国防返贫监测信息系统中标注“风险消除”。',
    },
  ],
  description: {
    zh: '标注风险消除以监测对象知情同意为前提；记录未同意的不得标注。',
    en: 'Marking an elimination requires the household\'s informed consent; a recorded refusal blocks it.',
  },
  parameters: ['eliminationConditions'],
  facts: ['monitoring.review.informedConsent'],
  ...reviewFact('informedConsent', false, {
    blocks: { zh: '监测对象未知情同意', en: 'the household has not given informed consent' },
    holds: { zh: '监测对象知情同意', en: 'the household has given informed consent' },
    unknown: { zh: '未记录监测对象是否知情同意', en: 'informed consent is not recorded' },
  }),
});

/** Whether every measure is a safety-net measure (`mixed` when not, or when none is on record). */
type SafetyNetData = 'mixed' | 'safety-net';
const MIXED: Tested<SafetyNetData> = Object.freeze({ outcome: 'not-met', data: 'mixed' });
const ONLY_SAFETY_NET_WORKS: Tested<SafetyNetData> = Object.freeze({ outcome: 'met', data: 'safety-net' });
const ONLY_SAFETY_NET_NONE_WORKS: Tested<SafetyNetData> = Object.freeze({ outcome: 'not-met', data: 'safety-net' });
const ONLY_SAFETY_NET_UNKNOWN: Tested<SafetyNetData> = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['members[].labour']), data: 'safety-net' });

/** 坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之” — a flag, not a blocker. */
export const safetyNetOnly = clauseRule<EliminationContext, SafetyNetData>({
  id: 'elimination.safety-net-only',
  layer: 'elimination',
  title: { zh: '有劳动能力但仅落实兜底保障措施', en: 'able to work but only safety-net measures' },
  citations: [
    { doc: S001, clause: '一(一)', quote: '坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。' },
    { doc: S001, clause: '三(五)', quote: '对有劳动能力的，要优先落实产业就业等开发式帮扶措施，防止发生致贫问题。' },
    { doc: S004, clause: '五', quote: '对有劳动能力的，坚持开发式帮扶方针' },
  ],
  description: {
    zh: '有成员有劳动能力、而登记的帮扶措施全部为兜底保障类（A48 综合保障：低保、特困供养、临时救助、残疾人补贴、防贫保险）的，提示核实（不阻碍消除）。',
    en: 'When a member can work and every measure on record is a safety-net measure (A48: 低保, 特困供养, 临时救助, 残疾人补贴, 防贫保险), the household is flagged for review (this does not block the elimination).',
  },
  parameters: ['eliminationConditions'],
  facts: ['measures', 'members[].labour'],
  test: (c) => {
    const measures = c.h.measures ?? [];
    if (measures.length === 0 || !measures.every((m) => MEASURES[m].group === 'safety-net')) return MIXED;
    const work = someoneCanWork(allListed(c.members)).value;
    return work === null ? ONLY_SAFETY_NET_UNKNOWN : work ? ONLY_SAFETY_NET_WORKS : ONLY_SAFETY_NET_NONE_WORKS;
  },
  explain: (c, t, rule): Explained => {
    const values = { measures: [...(c.h.measures ?? [])], someoneCanWork: someoneCanWork(allListed(c.members)).value };
    const message: Text =
      t.data === 'mixed'
        ? { zh: '帮扶措施不只兜底保障类（或未登记措施）', en: 'the measures are not only safety-net measures (or none is on record)' }
        : t.outcome === 'undetermined'
          ? { zh: '措施均为兜底保障类，但成员劳动能力未完整记录', en: 'every measure is a safety-net measure, but labour capacity is not fully recorded' }
          : t.outcome === 'met'
            ? { zh: '家中有劳动能力成员，但帮扶措施均为兜底保障类（防止“一兜了之”）', en: 'a member can work, but every measure is a safety-net measure (no "safety net only" for those who can work)' }
            : { zh: '措施均为兜底保障类，家中无劳动能力成员', en: 'every measure is a safety-net measure, and no member can work' };
    return { message, values, citations: cites(rule, c) };
  },
});

/** A condition rule, whatever its test's data. */
export type ConditionRule = ClauseRule<EliminationContext, unknown>;

/** The conditions by id, in the order of the catalog. */
export const conditionRules: { readonly [K in EliminationCondition]: ConditionRule } = {
  'income-unstable': incomeUnstable as ConditionRule,
  'income-below-line': incomeBelowLine as ConditionRule,
  'rigid-spending-unresolved': rigidSpendingUnresolved as ConditionRule,
  'guarantees-unsecured': guaranteesUnsecured as ConditionRule,
  'risk-remains': riskRemains as ConditionRule,
  'new-risk': newRisk as ConditionRule,
  'too-soon': tooSoon as ConditionRule,
  'no-measure-for-risk': noMeasureForRisk as ConditionRule,
  'no-labour-capacity': noLabourCapacity as ConditionRule,
  'no-informed-consent': noInformedConsent as ConditionRule,
  'safety-net-only': safetyNetOnly as ConditionRule,
};

/** Conditions that flag without blocking. */
export const FLAG_CONDITIONS: ReadonlySet<EliminationCondition> = new Set(['safety-net-only']);

/**
 * Tests conditions on demand, each at most once (a condition may be needed by the profile's list, by
 * a supplied "不消" item and by a look-back check). Only tests: explaining one is its rule's business.
 *
 * @example
 * const conditions = new ConditionEvaluator(ctx);
 * conditions.get('income-below-line').outcome // 'met' when A34 is below the line
 */
export class ConditionEvaluator implements ConditionTests {
  /** The tests run, by the condition's place in the catalog (an array, not a Map: one is made per monitored household). */
  private readonly done: (Tested<unknown> | undefined)[] = [];
  constructor(readonly context: EliminationContext) {}
  /** The test of one condition. */
  get(id: EliminationCondition): Tested<unknown> {
    const slot = CONDITION_SLOTS[id];
    let t = this.done[slot];
    if (!t) {
      t = conditionRules[id].test(this.context);
      this.done[slot] = t;
    }
    return t;
  }
}

/** Each condition's place in the catalog (`ELIMINATION_CONDITIONS`). */
const CONDITION_SLOTS = Object.fromEntries(ELIMINATION_CONDITIONS.map((id, i) => [id, i])) as { readonly [K in EliminationCondition]: number };

/**
 * A condition's own explanation of its test — message, values and citations, as its finding would
 * carry them before the clauses in force are applied — for a rule that re-expresses it (a look-back
 * check, an item of a province's list).
 *
 * @example
 * conditionExplained(conditions, 'income-below-line').message.zh
 * // '家庭人均纯收入低于监测线：A34 9733.333… 元 < 监测线 10560.00 元（A33 29200.00 元 < 10560.00 元 × 3 人 = 31680.00 元）'
 */
export function conditionExplained(conditions: ConditionTests, id: EliminationCondition): Explained {
  const rule = conditionRules[id];
  const e = rule.explain(conditions.context, conditions.get(id), rule);
  return e.citations ? e : { ...e, citations: rule.cites };
}
