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
 * Each condition is one rule, named by the blocker it raises when it fails; which conditions a
 * profile applies is the parameter `eliminationConditions`.
 *
 * @module
 */
import { finding, type Finding, type Outcome } from '../../explain/finding.js';
import { monthsBetween } from '../../model/calendar-date.js';
import type { Household, Measure } from '../../model/household.js';
import { MEASURES, type Text } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import type { EliminationCondition } from '../../profile/parameters/elimination.js';
import { compareWithLine, roundPerCapita } from '../../kernel/line.js';
import { citesOf, defineRule, type Rule } from '../../kernel/rule.js';
import { householdWithoutLabour, someoneCanWork } from '../../facts/labour.js';
import { allListed } from '../../facts/members.js';
import type { Check, EliminationContext } from './context.js';
import { lookup } from '../../profile/lookup.js';

const PRACTICE = 'national-elimination-practice';
const YIJIANG = '弋江区乡村振兴局 2024-03-15 退出标准';
const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S004 = '龙扶贫组字〔2021〕1号';
const TIME_AND_MEASURE = '原则上,识别认定监测对象时间至少半年以上且针对返贫致贫风险落实至少一项帮扶措施的,才能履行风险消除程序。';

export const notMonitoredRule = defineRule({
  id: 'elimination.not-monitored',
  layer: 'elimination',
  title: { zh: '非监测对象', en: 'not a monitoring object' },
  citations: [{ doc: S000, clause: '一(二)', quote: '对以往认定的监测帮扶对象致贫返贫风险变化情况进行评估，致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。' }],
  description: {
    zh: '只有已认定的监测对象才能标注风险消除；无监测信息（monitoring）的农户不评估。',
    en: 'Only an identified monitoring object can have its risk marked eliminated; a household without a monitoring block is not assessed.',
  },
  parameters: [],
  facts: ['monitoring'],
});

export const methodRule = defineRule({
  id: 'elimination.method',
  layer: 'elimination',
  title: { zh: '风险消除方式（A53）', en: 'elimination route (A53)' },
  citations: [
    {
      doc: PRACTICE,
      clause: '枞阳县 监测对象风险消除程序',
      quote: '监测对象风险稳定消除(包括经过帮扶后消除风险和风险自然消失两种情况),履行入户核实、民主评议公示、审核确认公告等程序后,在全国防返贫监测信息系统中标注风险消除。',
    },
  ],
  description: {
    zh: '已标注消除的，按记录的消除方式评估；未标注的，风险评估记录风险自然消失（riskGoneNaturally）时按自然消除，否则按帮扶消除评估（帮扶消除条件更多，未知时从严）。',
    en: 'An eliminated household is assessed by its recorded route; otherwise the natural route when the review records that the risk disappeared by itself (riskGoneNaturally), else the assisted route (which has more conditions: the stricter route when unknown).',
  },
  parameters: [],
  facts: ['monitoring.eliminated.method', 'monitoring.review.riskGoneNaturally'],
});

export const conditionsRule = defineRule({
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
});

export const conditionRules = {
  'income-unstable': defineRule({
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
  }),
  'income-below-line': defineRule({
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
  }),
  'rigid-spending-unresolved': defineRule({
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
  }),
  'guarantees-unsecured': defineRule({
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
  }),
  'risk-remains': defineRule({
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
  }),
  'new-risk': defineRule({
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
  }),
  'too-soon': defineRule({
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
  }),
  'no-measure-for-risk': defineRule({
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
  }),
  'no-labour-capacity': defineRule({
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
  }),
  'no-informed-consent': defineRule({
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
  }),
  'safety-net-only': defineRule({
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
  }),
} satisfies Record<EliminationCondition, Rule>;

/** A condition's message and values, built only when the assessment is explained. */
type Explained = [message: Text, values: Finding['values']];

function check(rule: Rule, outcome: Outcome, c: EliminationContext, explain: () => Explained, missing?: string[], extra: { doc: string; clause: string }[] = []): Check {
  if (!c.explain) return { outcome, missing, finding: null };
  const [message, values] = explain();
  return { outcome, missing, finding: finding(rule.id, outcome, message, citesOf(rule, c.conditionsCitation, ...extra), values, missing) };
}

/** A review fact that must be `expected` for the condition to hold. */
function reviewFact(
  id: EliminationCondition,
  key: 'incomeStable' | 'rigidSpendingResolved' | 'riskGone' | 'newRisk' | 'informedConsent',
  blocksWhen: boolean,
  texts: { blocks: Text; holds: Text; unknown: Text },
) {
  return (c: EliminationContext): Check => {
    const rule = conditionRules[id];
    const v = c.monitoring.review?.[key];
    const path = `monitoring.review.${key}`;
    if (v === undefined) return check(rule, 'undetermined', c, () => [texts.unknown, { [key]: null }], [path]);
    return v === blocksWhen ? check(rule, 'met', c, () => [texts.blocks, { [key]: v }]) : check(rule, 'not-met', c, () => [texts.holds, { [key]: v }]);
  };
}

function incomeBelowLine(c: EliminationContext): Check {
  const rule = conditionRules['income-below-line'];
  const line = lookup(c.profile, 'monitoringLine', c.on);
  if (!line.ok) return check(rule, 'undetermined', c, () => [line.message, { line: null }], [line.missing]);
  const size = c.income.size;
  const lineFen = toFen(line.value);
  if (size === null || size === 0) {
    return check(rule, 'undetermined', c, () => [{ zh: '家庭人口数未知或为0，无法计算人均纯收入', en: 'the household size is unknown or zero, so per-capita income cannot be computed' }, { householdSize: size, line: formatFen(lineFen) }], [size === null ? 'asOf' : 'members'], [line.citation]);
  }
  const on = c.on!;
  const a34Fen = roundPerCapita(c.income.net, size, c.profile, on);
  const cmp = compareWithLine(c.income.net, size, lineFen, c.profile, on);
  const values = (a34: string) => ({ A33: formatFen(c.income.net), householdSize: size, A34: a34, line: formatFen(lineFen) });
  return cmp < 0
    ? check(rule, 'met', c, () => {
        const a34 = formatFen(a34Fen);
        return [{ zh: `家庭人均纯收入 ${a34} 元低于监测线 ${formatFen(lineFen)} 元`, en: `per-capita net income ${a34} yuan is below the line of ${formatFen(lineFen)} yuan` }, values(a34)];
      }, undefined, [line.citation])
    : check(rule, 'not-met', c, () => {
        const a34 = formatFen(a34Fen);
        return [{ zh: `家庭人均纯收入 ${a34} 元不低于监测线 ${formatFen(lineFen)} 元`, en: `per-capita net income ${a34} yuan is not below the line of ${formatFen(lineFen)} yuan` }, values(a34)];
      }, undefined, [line.citation]);
}

const GUARANTEES = [
  ['housingUnsafe', 'A23', '住房出现安全问题', 'housing unsafe'],
  ['compulsoryEducationDropout', 'A24', '义务教育阶段适龄儿童少年失学辍学', 'a compulsory-age child out of school'],
  ['drinkingWaterUnsafe', 'A25', '饮水出现安全问题', 'drinking water unsafe'],
] as const;

/** A26, as recorded, else generated from the members' A17. */
function memberWithoutMedicalInsurance(h: Household, c: EliminationContext): boolean | undefined {
  const recorded = h.guarantees?.memberWithoutMedicalInsurance;
  if (recorded !== undefined) return recorded;
  let unknown = false;
  for (const m of c.members) {
    if (m.basicMedicalInsurance === false) return true;
    if (m.basicMedicalInsurance === undefined) unknown = true;
  }
  return unknown || c.members.length === 0 ? undefined : false;
}

function guaranteesUnsecured(c: EliminationContext): Check {
  const rule = conditionRules['guarantees-unsecured'];
  const g = c.h.guarantees ?? {};
  let problem = false;
  const missing: string[] = [];
  for (const [key] of GUARANTEES) {
    const v = g[key];
    if (v === true) problem = true;
    else if (v === undefined) missing.push(`guarantees.${key}`);
  }
  const medical = memberWithoutMedicalInsurance(c.h, c);
  if (medical === true) problem = true;
  else if (medical === undefined) missing.push('guarantees.memberWithoutMedicalInsurance');
  const values = (): Finding['values'] => {
    const out: Finding['values'] = {};
    for (const [key, form] of GUARANTEES) out[form] = g[key] ?? null;
    out.A26 = medical ?? null;
    return out;
  };
  if (problem) {
    return check(rule, 'met', c, () => {
      const problems: string[] = [];
      const problemsEn: string[] = [];
      for (const [key, form, zh, en] of GUARANTEES) {
        if (g[key] === true) {
          problems.push(`${form} ${zh}`);
          problemsEn.push(`${form} ${en}`);
        }
      }
      if (medical === true) {
        problems.push('A26 有家庭成员未参加基本医疗保险');
        problemsEn.push('A26 a member without basic medical insurance');
      }
      return [{ zh: `存在“三保障”和饮水安全问题：${problems.join('；')}`, en: `three guarantees or drinking water not secured: ${problemsEn.join('; ')}` }, values()];
    });
  }
  if (missing.length > 0) {
    return check(rule, 'undetermined', c, () => [{ zh: '“三保障”和饮水安全状况未完整记录，无法判定', en: 'the three guarantees and drinking water are not fully recorded, so the condition cannot be decided' }, values()], missing);
  }
  return check(rule, 'not-met', c, () => [{ zh: '不存在“三保障”和饮水安全问题', en: 'the three guarantees and drinking water are secured' }, values()]);
}

function tooSoon(c: EliminationContext): Check {
  const rule = conditionRules['too-soon'];
  const min = lookup(c.profile, 'eliminationMinimumDuration', c.on);
  if (!min.ok) return check(rule, 'undetermined', c, () => [min.message, { minimumMonths: null }], [min.missing]);
  const date = c.eliminationDate;
  if (date === null) {
    return check(rule, 'undetermined', c, () => [{ zh: '无评估时点，无法计算识别至消除的时间', en: 'no as-of date, so the time since identification cannot be computed' }, {}], ['asOf'], [min.citation]);
  }
  const identifiedOn = c.monitoring.identifiedOn;
  const months = monthsBetween(identifiedOn, date) || 0; // never -0 (results are plain JSON)
  const values = () => ({ identifiedOn, eliminationDate: date, months, minimumMonths: min.value.months, appliesFrom: min.value.eliminatedFrom });
  if (date < min.value.eliminatedFrom) {
    return check(rule, 'not-met', c, () => [{
        zh: `消除时间 ${date} 早于最短时间规定的适用日期 ${min.value.eliminatedFrom}，不受识别满 ${min.value.months} 个月的限制`,
        en: `an elimination on ${date} is before ${min.value.eliminatedFrom}, from which the ${min.value.months}-month minimum applies`,
      }, values()], undefined, [min.citation]);
  }
  return months < min.value.months
    ? check(rule, 'met', c, () => [{ zh: `识别监测时间 ${identifiedOn} 至 ${date} 仅 ${months} 个整月，不足 ${min.value.months} 个月`, en: `only ${months} whole months from identification on ${identifiedOn} to ${date}, fewer than ${min.value.months}` }, values()], undefined, [min.citation])
    : check(rule, 'not-met', c, () => [{ zh: `识别监测时间 ${identifiedOn} 至 ${date} 已满 ${months} 个整月（不少于 ${min.value.months} 个月）`, en: `${months} whole months from identification on ${identifiedOn} to ${date} (at least ${min.value.months})` }, values()], undefined, [min.citation]);
}

function noMeasureForRisk(c: EliminationContext): Check {
  const rule = conditionRules['no-measure-for-risk'];
  const measures: readonly Measure[] = c.h.measures ?? [];
  const risks = c.h.riskTypes ?? [];
  if (c.method === 'natural') {
    return check(rule, 'info', c, () => [{ zh: '自然消除不要求落实针对风险的帮扶措施', en: 'a natural elimination does not need a measure aimed at the risk' }, { method: 'natural' }]);
  }
  if (measures.length === 0) {
    return check(rule, 'met', c, () => [{ zh: '帮扶消除，但未登记任何帮扶措施', en: 'assisted elimination, but no measure is on record' }, { measures: [], riskTypes: [...risks] }]);
  }
  const map = lookup(c.profile, 'eliminationMeasuresForRisk', c.on);
  if (!map.ok) return check(rule, 'undetermined', c, () => [map.message, { measures: [...measures] }], [map.missing]);
  if (risks.length === 0) {
    return check(rule, 'undetermined', c, () => [{ zh: '未记录风险类型（A27），无法判断帮扶措施是否针对风险', en: 'no risk type (A27) is recorded, so whether a measure is aimed at the risk cannot be decided' }, { measures: [...measures], riskTypes: [] }], ['riskTypes'], [map.citation]);
  }
  const aimed = new Set<Measure>();
  for (const r of risks) {
    const forRisk = map.value[r];
    for (const m of measures) if (forRisk === undefined || forRisk.includes(m)) aimed.add(m);
  }
  const values = () => ({ riskTypes: [...risks], measures: [...measures], aimedAtRisk: [...aimed].sort() });
  return aimed.size === 0
    ? check(rule, 'met', c, () => [{ zh: `登记的帮扶措施（${measures.map((m) => MEASURES[m].zh).join('、')}）均未针对风险类型`, en: `none of the measures on record (${measures.join(', ')}) is aimed at the risk types` }, values()], undefined, [map.citation])
    : check(rule, 'not-met', c, () => [{ zh: `已针对风险落实帮扶措施：${[...aimed].sort().map((m) => MEASURES[m].zh).join('、')}`, en: `measures aimed at the risk are in place: ${[...aimed].sort().join(', ')}` }, values()], undefined, [map.citation]);
}

function noLabourCapacity(c: EliminationContext): Check {
  const rule = conditionRules['no-labour-capacity'];
  const values = () => ({ noLabourSafetyNet: c.h.noLabourSafetyNet ?? null, membersOnRecord: c.members.length });
  if (c.h.noLabourSafetyNet === true) {
    return check(rule, 'met', c, () => [{ zh: '已标为整户无劳动能力兜底保障户，暂不标注风险消除', en: 'marked as a household without labour capacity under the safety net: not to be marked eliminated for now' }, values()]);
  }
  const none = householdWithoutLabour(c.h, allListed(c.members)).value ?? undefined;
  if (none === undefined) {
    return check(rule, 'undetermined', c, () => [{ zh: '无人有劳动能力记录，且有成员劳动技能未记录，无法判定是否整户无劳动力', en: 'no member is recorded as able to work and some labour capacities are not recorded, so whether the whole household lacks labour cannot be decided' }, values()], ['members[].labour']);
  }
  return none
    ? check(rule, 'met', c, () => [{ zh: '整户无劳动力，暂不标注风险消除，落实兜底保障后持续监测', en: 'no member can work: not to be marked eliminated for now; keep monitoring once the safety net is in place' }, values()])
    : check(rule, 'not-met', c, () => [{ zh: '家中有劳动能力成员', en: 'a member can work' }, values()]);
}

function safetyNetOnly(c: EliminationContext): Check {
  const rule = conditionRules['safety-net-only'];
  const measures = c.h.measures ?? [];
  const allSafetyNet = measures.length > 0 && measures.every((m) => MEASURES[m].group === 'safety-net');
  const work = someoneCanWork(allListed(c.members)).value ?? undefined;
  const values = () => ({ measures: [...measures], someoneCanWork: work ?? null });
  if (!allSafetyNet) {
    return check(rule, 'not-met', c, () => [{ zh: '帮扶措施不只兜底保障类（或未登记措施）', en: 'the measures are not only safety-net measures (or none is on record)' }, values()]);
  }
  if (work === undefined) {
    return check(rule, 'undetermined', c, () => [{ zh: '措施均为兜底保障类，但成员劳动能力未完整记录', en: 'every measure is a safety-net measure, but labour capacity is not fully recorded' }, values()], ['members[].labour']);
  }
  return work
    ? check(rule, 'met', c, () => [{ zh: '家中有劳动能力成员，但帮扶措施均为兜底保障类（防止“一兜了之”）', en: 'a member can work, but every measure is a safety-net measure (no "safety net only" for those who can work)' }, values()])
    : check(rule, 'not-met', c, () => [{ zh: '措施均为兜底保障类，家中无劳动能力成员', en: 'every measure is a safety-net measure, and no member can work' }, values()]);
}

const EVALUATORS: Record<EliminationCondition, (c: EliminationContext) => Check> = {
  'income-unstable': reviewFact('income-unstable', 'incomeStable', false, {
    blocks: { zh: '风险评估记录收入不稳定', en: 'the review records that income is not stable' },
    holds: { zh: '风险评估记录收入持续稳定', en: 'the review records that income is stable' },
    unknown: { zh: '未记录收入是否持续稳定', en: 'whether income is stable is not recorded' },
  }),
  'income-below-line': incomeBelowLine,
  'rigid-spending-unresolved': reviewFact('rigid-spending-unresolved', 'rigidSpendingResolved', false, {
    blocks: { zh: '大额刚性支出未稳定解决', en: 'large rigid spending is not resolved' },
    holds: { zh: '大额刚性支出已稳定解决', en: 'large rigid spending is resolved' },
    unknown: { zh: '未记录大额刚性支出是否稳定解决', en: 'whether large rigid spending is resolved is not recorded' },
  }),
  'guarantees-unsecured': guaranteesUnsecured,
  'risk-remains': reviewFact('risk-remains', 'riskGone', false, {
    blocks: { zh: '返贫致贫风险尚未稳定消除', en: 'the risk has not been removed' },
    holds: { zh: '返贫致贫风险已稳定消除或自然消失', en: 'the risk has been removed or disappeared by itself' },
    unknown: { zh: '未记录返贫致贫风险是否已消除', en: 'whether the risk is gone is not recorded' },
  }),
  'new-risk': reviewFact('new-risk', 'newRisk', true, {
    blocks: { zh: '出现新增返贫致贫风险', en: 'a new risk has appeared' },
    holds: { zh: '无新增返贫致贫风险', en: 'no new risk' },
    unknown: { zh: '未记录是否出现新增返贫致贫风险', en: 'whether a new risk has appeared is not recorded' },
  }),
  'too-soon': tooSoon,
  'no-measure-for-risk': noMeasureForRisk,
  'no-labour-capacity': noLabourCapacity,
  'no-informed-consent': reviewFact('no-informed-consent', 'informedConsent', false, {
    blocks: { zh: '监测对象未知情同意', en: 'the household has not given informed consent' },
    holds: { zh: '监测对象知情同意', en: 'the household has given informed consent' },
    unknown: { zh: '未记录监测对象是否知情同意', en: 'informed consent is not recorded' },
  }),
  'safety-net-only': safetyNetOnly,
};

/** Conditions that flag without blocking. */
export const FLAG_CONDITIONS: ReadonlySet<EliminationCondition> = new Set(['safety-net-only']);

/**
 * Evaluates conditions on demand, each at most once (a condition may be needed by the profile's list,
 * by a supplied "不消" item and by a look-back check).
 */
export class ConditionEvaluator {
  private readonly done = new Map<EliminationCondition, Check>();
  constructor(private readonly c: EliminationContext) {}
  /** The check of one condition. */
  get(id: EliminationCondition): Check {
    let r = this.done.get(id);
    if (!r) {
      r = EVALUATORS[id](this.c);
      this.done.set(id, r);
    }
    return r;
  }
}
