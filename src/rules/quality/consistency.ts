/**
 * 逻辑一致性 — consistency checks: the generated A26 against A17; risk types against the members'
 * facts; measures against the members who receive them; and the elimination of a risk against what
 * the record says about income, measures, labour and the three guarantees.
 *
 * 临稷办发〔2023〕76号 附件1 三: "A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（A17 指标生成）".
 * 龙扶贫组字〔2021〕1号 §五: "根据监测对象的家庭状况、风险类别和帮扶需求，按照“缺什么补什么”的原则，采取针对性帮扶措施。"
 * 榕晋乡振〔2023〕12号 §一(一): "坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。"
 * 小甸巩固振兴组办〔2021〕1号 §三(二): eliminated households below the line, or without labour capacity, are
 * look-back targets.
 * 临稷办发〔2023〕76号 §一(二): "致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。"
 *
 * A check that needs a fact on every member (health, 低保) does not guess when some are unrecorded:
 * it stays silent. "含自然减少人员": members who died or left still count where a county rule says so.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { monthsBetween } from '../../model/calendar-date.js';
import { MEASURES } from '../../model/labels.js';
import type { Household } from '../../model/household.js';
import { hasFullLabour, hasNoLabour } from '../../facts/member.js';
import { labourShare } from '../../facts/labour.js';
import { formatFen, toFen } from '../../model/money.js';
import { compareWithLine, showLineComparison } from '../../kernel/line.js';
import { isDisabledMember, isSeverelyDisabled } from './identity.js';
import { county, NONE, qualityCheck, step, type QualityRun, type QualityStep } from './run.js';
import { activelyMonitored, measuresRecorded, riskEliminated, risksRecorded } from './scope.js';

const S000 = '临稷办发〔2023〕76号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const A26: QuotedCitation = { doc: S000, clause: '附件1 三 A26', quote: 'A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（A17 指标生成）' };
const TARGETED: QuotedCitation = { doc: '龙扶贫组字〔2021〕1号', clause: '五', quote: '根据监测对象的家庭状况、风险类别和帮扶需求，按照“缺什么补什么”的原则，采取针对性帮扶措施。' };
const ONE_PLAN: QuotedCitation = { doc: S002, clause: '三(二)2', quote: '要按照“一户一策”的要求逐户逐项落实帮扶措施，对照风险重点核查帮扶措施是否有针对性' };
const RISK_FORM: QuotedCitation = { doc: S000, clause: '附件1 四 A27', quote: 'A27 风险类型' };
const ELIMINATED_CLEAN: QuotedCitation = { doc: S000, clause: '一(二)', quote: '致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。' };
const ELIMINATION_PRACTICE: QuotedCitation = { doc: 'national-elimination-practice', clause: '风险消除条件' };

type Risk = NonNullable<Household['riskTypes']>[number];

const hasRisk = (q: QualityRun, r: Risk) => q.household.riskTypes?.includes(r) ?? false;

/** One hit without data. */
const FOUND: readonly [null] = Object.freeze([null] as [null]);

/** Every member's health is recorded and none is disabled on any evidence (src/facts/disability.ts), members who died or left included. */
function noDisabledMember(q: QualityRun): boolean {
  for (let i = 0; i < q.members.length; i++) if (q.members[i]!.health === undefined || isDisabledMember(q, i)) return false;
  return true;
}

const GUARANTEES = [
  ['housingUnsafe', 'A23', '住房出现安全问题', 'unsafe housing'],
  ['compulsoryEducationDropout', 'A24', '义务教育阶段适龄儿童少年失学辍学', 'a compulsory-age child out of school'],
  ['drinkingWaterUnsafe', 'A25', '饮水出现安全问题', 'unsafe drinking water'],
  ['memberWithoutMedicalInsurance', 'A26', '有家庭成员未参加基本医疗保险', 'a member without basic medical insurance'],
] as const;

/** Where the guarantees of an eliminated household are read: now, and as recorded at elimination. */
const WHEN = [
  ['guarantees', '本期', 'now'],
  ['monitoring.eliminated.guarantees', '风险消除时', 'at elimination'],
] as const;

/** S000 附件1 A26 — A26 against the A17 of the members on record at the status date (silent while an unrecorded A17 leaves it open). */
export const a26VsA17 = qualityCheck({
  id: 'quality.consistency.a26-a17',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: 'A26与成员A17不一致', en: 'A26 disagrees with the members’ A17' },
  citations: [A26],
  description: {
    zh: 'A26（是否有家庭成员未参加基本医疗保险）由各成员的A17生成：有成员A17为否时应为是，所有成员A17为是时应为否。有成员A17未填而无法判断时不提示。只看状态时点在册的成员。',
    en: "A26 (a member without basic medical insurance) is generated from the members' A17: yes when some member's A17 is no, no when every member's is yes. Not judged when an unrecorded A17 leaves it open. Members on record at the status date only.",
  },
  parameters: [],
  facts: ['guarantees.memberWithoutMedicalInsurance', 'members[].basicMedicalInsurance'],
  dated: true,
  test: (q) => {
    const recorded = q.household.guarantees?.memberWithoutMedicalInsurance;
    if (recorded === undefined) return NONE;
    let uninsured: number | undefined;
    let unknown = false;
    for (let i = 0; i < q.members.length; i++) {
      if (!q.present(i)) continue;
      const a17 = q.members[i]!.basicMedicalInsurance;
      if (a17 === false) {
        uninsured = i;
        break;
      }
      if (a17 === undefined) unknown = true;
    }
    const generated = uninsured !== undefined ? true : unknown ? undefined : false;
    return generated === undefined || generated === recorded ? NONE : [{ recorded, uninsured }];
  },
  explain: (q, { recorded, uninsured }) => ({
    path: 'guarantees.memberWithoutMedicalInsurance',
    message:
      uninsured !== undefined
        ? { zh: `A26 记为否，但${q.who(uninsured).zh}A17 未参加基本医疗保险，应为是`, en: `A26 says no, but ${q.who(uninsured).en} has no basic medical insurance (A17), so it should say yes` }
        : { zh: 'A26 记为是，但所有在册成员A17 均已参加基本医疗保险，应为否', en: 'A26 says yes, but every member on record has basic medical insurance (A17), so it should say no' },
    values: { A26: recorded, generatedFromA17: uninsured !== undefined },
  }),
});

/** 5_15_015 — the illness risk of a household under monitoring while every member (含自然减少) is recorded and none is ill. */
export const illnessWithoutIllMember = qualityCheck({
  id: 'quality.consistency.illness-without-ill-member',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_15_015'],
  title: { zh: '风险为因病但家中无患病成员', en: 'illness risk but no ill member' },
  citations: [RISK_FORM, county('5_15_015', '未消除风险监测对象致贫返贫风险为因病家中无患有大病、慢性病人员（含自然减少）'), county('C 致贫原因问题', '主因"因病"但成员均健康')],
  description: {
    zh: '未消除风险的监测对象风险类型含因病，而所有成员（含自然减少人员）健康状况均已填写且无人为长期慢性病或患大病。',
    en: 'A monitored household whose risk is not eliminated has the illness risk, while every member (including those who died or left) has a recorded health status and none is chronically or seriously ill.',
  },
  parameters: [],
  facts: ['riskTypes', 'members[].health', 'monitoring.eliminated'],
  when: activelyMonitored,
  test: (q) => {
    if (!q.activeMonitoring || !hasRisk(q, 'illness')) return NONE;
    for (const m of q.members) if (m.health === undefined || m.health === 'chronic' || m.health === 'serious-illness') return NONE;
    return FOUND;
  },
  explain: () => ({
    path: 'riskTypes',
    message: { zh: '风险类型为因病，但家中（含自然减少人员）无长期慢性病或患大病成员', en: 'the risk is illness, but no member (including those who died or left) is chronically or seriously ill' },
    values: { risk: 'illness' },
  }),
});

/** 5_15_020 — the illness risk of a household under monitoring with A36 at 0. */
export const illnessWithoutSpending = qualityCheck({
  id: 'quality.consistency.illness-without-spending',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_15_020'],
  title: { zh: '风险为因病但合规自付支出为零', en: 'illness risk with no out-of-pocket spending' },
  citations: [RISK_FORM, { doc: S000, clause: '附件1 五 A36', quote: 'A36 合规自付支出（元）' }, county('5_15_020', '未消除风险监测对象识别时致贫返贫风险为因病但识别时合规自付支出为零')],
  description: { zh: '未消除风险的监测对象风险类型含因病，A36 合规自付支出为0（或未填）。', en: 'A monitored household whose risk is not eliminated has the illness risk while A36 compliant out-of-pocket spending is 0 (or not recorded).' },
  parameters: [],
  facts: ['riskTypes', 'income.compliantOutOfPocket', 'monitoring.eliminated'],
  when: activelyMonitored,
  test: (q) => (q.activeMonitoring && hasRisk(q, 'illness') && q.facts.money().compliantOutOfPocket === 0 ? FOUND : NONE),
  explain: () => ({
    path: 'income.compliantOutOfPocket',
    message: { zh: '风险类型为因病，但A36 合规自付支出为0', en: 'the risk is illness, but A36 compliant out-of-pocket spending is 0' },
    values: { risk: 'illness', A36: '0.00' },
  }),
});

/** 2_11_001 — the disability risk while no member (含自然减少) is disabled on any evidence, and every one's health is recorded. */
export const disabilityWithoutDisabledMember = qualityCheck({
  id: 'quality.consistency.disability-without-disabled-member',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_11_001'],
  title: { zh: '风险为因残但家中无残疾人', en: 'disability risk but no disabled member' },
  citations: [RISK_FORM, county('2_11_001', '防止返贫监测对象户返（致）贫风险为"因残"但家中无残疾人')],
  description: {
    zh: '风险类型含因残，而所有成员健康状况均已填写，无人为残疾、无残疾人证号、无残疾等级。',
    en: 'The disability risk is recorded while every member has a recorded health status and none is disabled, holds a disability certificate or has a disability grade.',
  },
  parameters: [],
  facts: ['riskTypes', 'members[].health', 'members[].idNumber', 'members[].disabilityGrade'],
  when: risksRecorded,
  test: (q) => (hasRisk(q, 'disability') && noDisabledMember(q) ? FOUND : NONE),
  explain: () => ({
    path: 'riskTypes',
    message: { zh: '风险类型为因残，但家中无残疾成员（健康状况、残疾人证号、残疾等级均未显示残疾）', en: 'the risk is disability, but no member is disabled (by health status, certificate or grade)' },
    values: { risk: 'disability' },
  }),
});

/**
 * 5_18_008 / 4_11_009 — the lack-of-labour risk of a household under monitoring while the share of its
 * members on record with full labour (普通 or 技能劳动力, src/facts/labour.ts) is above the profile's
 * share (a county choice: one quarter by default, 5_18_008). Unrecorded A14 counts as no full labour:
 * the check fires only when the share is above the line whatever those members' labour is.
 */
export const labourShortageAllCanWork = qualityCheck({
  id: 'quality.consistency.labour-shortage-all-can-work',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_11_009', '5_18_008', '5_11_029'],
  title: { zh: '风险为缺劳动力但劳动力占比超过配置比例', en: 'lack-of-labour risk while the labour share is above the profile’s' },
  citations: [
    RISK_FORM,
    county('5_18_008', '未消除风险防止返贫监测对象户返（致）贫风险为"缺劳动力"但家中人员劳动力占比超过四分之一（技能劳动力和普通劳动力）'),
    county('4_11_009', '未消除风险的防止返贫监测对象户家庭成员均有劳动能力但风险类型为缺劳动力'),
    county('5_11_029', '未消除风险的监测对象（4人户及以上）一半以上家庭成员有劳动能力（普+技）但风险类型为缺劳动力'),
  ],
  description: {
    zh: '未消除风险的监测对象风险类型含缺劳动力，而状态时点在册成员中普通劳动力和技能劳动力所占比例超过配置的占比（默认四分之一，县级口径，取自县级规则5_18_008）。劳动技能未填写的成员按非普通、技能劳动力计，只有这样算仍超过时才提示。',
    en: 'A monitored household whose risk is not eliminated has the lack-of-labour risk while the share of its members on record at the status date with ordinary or skilled labour is above the profile’s share (one quarter by default: a county choice, from county rule 5_18_008). Members whose labour is not recorded count as without full labour: the check fires only when the share is above it even so.',
  },
  parameters: ['qualityLabourShortageMaxShare'],
  facts: ['riskTypes', 'members[].labour', 'monitoring.eliminated'],
  when: activelyMonitored,
  test: (q) => {
    if (!q.activeMonitoring || !hasRisk(q, 'labour-shortage')) return NONE;
    const share = labourShare(q.presentMembers());
    if (share.members === 0) return NONE;
    const max = q.param('qualityLabourShortageMaxShare').value;
    return share.fullLabour * max.denominator > max.numerator * share.members ? [share] : NONE;
  },
  explain: (q, { members, fullLabour }) => {
    const p = q.param('qualityLabourShortageMaxShare');
    const max = `${p.value.numerator}/${p.value.denominator}`;
    return {
      path: 'riskTypes',
      message: {
        zh: `风险类型为缺劳动力，但在册的 ${members} 名成员中 ${fullLabour} 名为普通或技能劳动力，占比超过 ${max}`,
        en: `the risk is lack of labour, but ${fullLabour} of the ${members} members on record have ordinary or skilled labour, a share above ${max}`,
      },
      values: { risk: 'labour-shortage', members, membersWithFullLabour: fullLabour, maxShare: max },
      applied: [p.citation],
    };
  },
});

/** 5_15_013 / 2_11_006 — the unstable-employment risk while no member (含自然减少) can work. */
export const unstableEmploymentNoLabour = qualityCheck({
  id: 'quality.consistency.unstable-employment-no-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_15_013', '2_11_006'],
  title: { zh: '风险为务工就业不稳但家中无人有劳动能力', en: 'unstable-employment risk while nobody can work' },
  citations: [
    RISK_FORM,
    county('5_15_013', '致贫返贫风险为因务工就业不稳家中人员均无（含丧失）劳动力（含自然减少）'),
    county('2_11_006', '未消除风险监测对象风险为因务工就业不稳但本人无（含丧失）劳动力'),
  ],
  description: {
    zh: '风险类型含因务工就业不稳，而所有成员（含自然减少人员）劳动技能均为丧失劳动力或无劳动力。',
    en: 'The unstable-employment risk is recorded while every member (including those who died or left) has lost labour or none.',
  },
  parameters: [],
  facts: ['riskTypes', 'members[].labour'],
  when: risksRecorded,
  test: (q) => {
    if (!hasRisk(q, 'unstable-employment')) return NONE;
    for (const m of q.members) if (hasNoLabour(m) !== true) return NONE;
    return FOUND;
  },
  explain: () => ({
    path: 'riskTypes',
    message: { zh: '风险类型为因务工就业不稳，但家中成员（含自然减少人员）均丧失或无劳动力', en: 'the risk is unstable employment, but no member (including those who died or left) can work' },
    values: { risk: 'unstable-employment' },
  }),
});

/** 2_11_005 — the natural-disaster risk without A27a. */
export const disasterWithoutSubtype = qualityCheck({
  id: 'quality.consistency.disaster-without-subtype',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['2_11_005'],
  title: { zh: '风险为因自然灾害但未填灾害子项', en: 'natural-disaster risk without its sub-type' },
  citations: [{ doc: S000, clause: '附件1 四 A27a', quote: 'A27a 因自然灾害：' }, county('2_11_005', '监测对象风险为因自然灾害但未填写灾害子项')],
  description: { zh: '风险类型含因自然灾害，A27a 灾害子项为空。', en: 'The natural-disaster risk is recorded and A27a, its sub-type, is empty.' },
  parameters: [],
  facts: ['riskTypes', 'disasterTypes'],
  when: risksRecorded,
  test: (q) => {
    if (!hasRisk(q, 'natural-disaster')) return NONE;
    const d = q.household.disasterTypes;
    return d !== undefined && d.length > 0 ? NONE : FOUND;
  },
  explain: () => ({ path: 'disasterTypes', message: { zh: '风险类型为因自然灾害，未填写灾害子项（A27a）', en: 'the risk is a natural disaster but its sub-type (A27a) is empty' } }),
});

/** 2_11_004 — the risk "other" without its note. */
export const otherWithoutNote = qualityCheck({
  id: 'quality.consistency.other-without-note',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['2_11_004'],
  title: { zh: '风险为其他但未填写备注', en: '"other" risk without a note' },
  citations: [{ doc: S000, clause: '附件1 四 A27', quote: '其他（文字备注）' }, county('2_11_004', '监测对象致贫返贫风险类型为其他但未填写备注')],
  description: { zh: '风险类型含其他，文字备注为空。', en: 'The risk "other" is recorded and its text note is empty.' },
  parameters: [],
  facts: ['riskTypes', 'riskNote'],
  when: risksRecorded,
  test: (q) => {
    if (!hasRisk(q, 'other')) return NONE;
    const note = q.household.riskNote;
    return note !== undefined && note.trim() !== '' ? NONE : FOUND;
  },
  explain: () => ({ path: 'riskNote', message: { zh: '风险类型为其他，未填写文字备注', en: 'the risk is "other" but its text note is empty' } }),
});

/** 4_11_015 / 5_16_005 / 5_16_006 — the 低保 or 特困供养 measure while no member (含自然减少) receives it, every one recorded. */
function measureWithoutMember(measure: 'dibao' | 'tekun', codes: string[], labels: [string, string][]) {
  return qualityCheck({
    id: `quality.consistency.${measure}-measure-without-member`,
    layer: 'quality',
    severity: 'warning',
    nationalCodes: codes,
    title: {
      zh: `登记${MEASURES[measure].zh}措施但家中无${MEASURES[measure].zh}人口`,
      en: `${MEASURES[measure].en} measure but no member receives it`,
    },
    citations: [TARGETED, ...labels.map(([c, l]) => county(c, l))],
    description: {
      zh: `帮扶措施登记了${MEASURES[measure].zh}，而所有成员（含自然减少人员）的享受${MEASURES[measure].zh}情况均已填写且无人享受。`,
      en: `The ${MEASURES[measure].en} measure is recorded while every member (including those who died or left) has a recorded status and none receives it.`,
    },
    parameters: [],
    facts: ['measures', `members[].${measure}`],
    when: measuresRecorded,
    test: (q) => {
      if (!q.hasMeasure(measure)) return NONE;
      for (const m of q.members) if (m[measure] !== false) return NONE;
      return FOUND;
    },
    explain: () => {
      const label = MEASURES[measure];
      return {
        path: 'measures',
        message: { zh: `帮扶措施登记了${label.zh}，但家中（含自然减少人员）无人享受${label.zh}`, en: `the ${label.en} measure is recorded, but no member (including those who died or left) receives it` },
        values: { measure },
      };
    },
  });
}

export const dibaoMeasureWithoutMember = measureWithoutMember(
  'dibao',
  ['4_11_015', '5_16_005'],
  [
    ['4_11_015', '防止返贫监测对象户享受低保或特困帮扶措施但家中无低保或特困供养人口（含自然减少人员）'],
    ['5_16_005', '未消除风险防止返贫监测对象家中无人享受低保但帮扶措施登记低保（含自然减少人员）'],
  ],
);

export const tekunMeasureWithoutMember = measureWithoutMember(
  'tekun',
  ['4_11_015', '5_16_006'],
  [
    ['4_11_015', '防止返贫监测对象户享受低保或特困帮扶措施但家中无低保或特困供养人口（含自然减少人员）'],
    ['5_16_006', '未消除风险防止返贫监测对象家中无人享受特困供养但帮扶措施登记特困供养'],
  ],
);

/** 4_11_016 — the disability-allowance measure while no member (含自然减少) is disabled on any evidence, and every one's health is recorded. */
export const disabilityAllowanceWithoutMember = qualityCheck({
  id: 'quality.consistency.disability-allowance-without-member',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_11_016'],
  title: { zh: '登记残疾人补贴措施但家中无残疾人口', en: 'disability-allowance measure but no disabled member' },
  citations: [TARGETED, county('4_11_016', '防止返贫监测对象户享受残疾人补贴帮扶措施但家中无残疾人口（含自然减少人员）')],
  description: {
    zh: '帮扶措施登记了残疾人补贴，而所有成员（含自然减少人员）健康状况均已填写，无人为残疾、无残疾人证号、无残疾等级。',
    en: 'The disability-allowance measure is recorded while every member (including those who died or left) has a recorded health status and none is disabled, holds a certificate or has a grade.',
  },
  parameters: [],
  facts: ['measures', 'members[].health', 'members[].idNumber', 'members[].disabilityGrade'],
  when: measuresRecorded,
  test: (q) => (q.hasMeasure('disability-allowance') && noDisabledMember(q) ? FOUND : NONE),
  explain: () => ({
    path: 'measures',
    message: { zh: '帮扶措施登记了残疾人补贴，但家中（含自然减少人员）无残疾成员', en: 'the disability-allowance measure is recorded, but no member (including those who died or left) is disabled' },
    values: { measure: 'disability-allowance' },
  }),
});

/** 5_16_003 / 5_16_004 — a member on record who receives 低保 or 特困供养 in a household under monitoring whose measures lack it. */
function memberWithoutMeasure(measure: 'dibao' | 'tekun', code: string, label: string) {
  return qualityCheck({
    dated: true,
    id: `quality.consistency.${measure}-member-without-measure`,
    layer: 'quality',
    severity: 'warning',
    nationalCodes: [code],
    title: { zh: `成员享受${MEASURES[measure].zh}但帮扶措施未登记`, en: `a member receives ${MEASURES[measure].en} but the measure is not recorded` },
    citations: [TARGETED, county(code, label)],
    description: {
      zh: `未消除风险的监测对象有状态时点在册的成员享受${MEASURES[measure].zh}，帮扶措施中却没有${MEASURES[measure].zh}。`,
      en: `A monitored household whose risk is not eliminated has a member on record who receives ${MEASURES[measure].en}, but the measure is not recorded.`,
    },
    parameters: [],
    facts: ['measures', `members[].${measure}`, 'monitoring.eliminated'],
    when: activelyMonitored,
    test: (q) => {
      if (!q.activeMonitoring || q.hasMeasure(measure)) return NONE;
      for (let i = 0; i < q.members.length; i++) if (q.members[i]![measure] === true && q.present(i)) return [{ row: i }];
      return NONE;
    },
    explain: (q, { row }) => {
      const l = MEASURES[measure];
      return {
        path: 'measures',
        message: { zh: `${q.who(row).zh}享受${l.zh}，帮扶措施却未登记${l.zh}`, en: `${q.who(row).en} receives ${l.en}, but the measure is not recorded` },
        values: { measure, member: `members[${row}]` },
      };
    },
  });
}

export const dibaoMemberWithoutMeasure = memberWithoutMeasure('dibao', '5_16_003', '未消除风险的防止返贫监测对象家庭成员享受农村最低生活保障但帮扶措施未勾选低保');

export const tekunMemberWithoutMeasure = memberWithoutMeasure('tekun', '5_16_004', '未消除风险的防止返贫监测对象家庭成员享受特困供养但帮扶措施未勾选特困供养');

/** 5_16_008 — a severely disabled member on record (src/facts/disability.ts) in a household under monitoring without the disability allowance. */
export const severeDisabilityWithoutAllowance = qualityCheck({
  id: 'quality.consistency.severe-disability-without-allowance',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_16_008'],
  title: { zh: '家中有一二级残疾人但未登记残疾人补贴', en: 'severely disabled member without the disability allowance' },
  citations: [TARGETED, county('5_16_008', '未消除风险防止返贫监测对象家中有一二级残疾人但帮扶措施未登记残疾人补贴（含自然减少人员）')],
  description: {
    zh: '未消除风险的监测对象有状态时点在册的一、二级（重度）残疾成员（残疾人证号或残疾等级），帮扶措施中却没有残疾人补贴。',
    en: 'A monitored household whose risk is not eliminated has a member on record with a grade 1 or 2 (severe) disability (certificate or recorded grade), but no disability-allowance measure.',
  },
  parameters: [],
  facts: ['measures', 'members[].idNumber', 'members[].disabilityGrade', 'monitoring.eliminated'],
  dated: true,
  when: activelyMonitored,
  test: (q) => {
    if (!q.activeMonitoring || q.hasMeasure('disability-allowance')) return NONE;
    for (let i = 0; i < q.members.length; i++) if (q.present(i) && isSeverelyDisabled(q, i)) return [{ row: i }];
    return NONE;
  },
  explain: (q, { row }) => ({
    path: 'measures',
    message: { zh: `${q.who(row).zh}为一、二级（重度）残疾，帮扶措施未登记残疾人补贴`, en: `${q.who(row).en} has a grade 1 or 2 (severe) disability, but no disability-allowance measure is recorded` },
    values: { member: `members[${row}]` },
  }),
});

/** 1_11_010 — no measure a whole number of months (1 by default; the month itself counts) after identification. */
export const monitoredWithoutMeasure = qualityCheck({
  id: 'quality.consistency.monitored-without-measure',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_11_010'],
  title: { zh: '监测对象识别后未落实帮扶措施', en: 'monitored household without any measure' },
  citations: [TARGETED, ONE_PLAN, county('1_11_010', '防止返贫监测对象户识别后1个月及以上未落实帮扶措施')],
  description: {
    zh: '未消除风险的监测对象，从识别监测时间到评估时点已满配置月数（默认1个月），帮扶措施仍为空。',
    en: 'A monitored household whose risk is not eliminated has no measure on record although the profile’s number of whole months (1 by default) has passed from identification to the as-of date.',
  },
  parameters: ['qualityMeasureGraceMonths'],
  facts: ['measures', 'monitoring.identifiedOn', 'monitoring.eliminated'],
  when: activelyMonitored,
  test: (q) => {
    if (!q.activeMonitoring) return NONE;
    const measures = q.household.measures;
    if (measures !== undefined && measures.length > 0) return NONE;
    const identifiedOn = q.household.monitoring!.identifiedOn;
    const on = q.referenceDate!;
    if (on < identifiedOn) return NONE;
    const grace = q.param('qualityMeasureGraceMonths').value;
    const months = monthsBetween(identifiedOn, on);
    return months < grace ? NONE : [{ identifiedOn, on, months }];
  },
  explain: (q, { identifiedOn, on, months }) => {
    const p = q.param('qualityMeasureGraceMonths');
    return {
      path: 'measures',
      message: {
        zh: `识别监测时间 ${identifiedOn}，到 ${on} 已满 ${months} 个月，仍未登记任何帮扶措施`,
        en: `identified on ${identifiedOn}, ${months} whole months before ${on}, and still no measure is recorded`,
      },
      values: { identifiedOn, asOf: on, months, graceMonths: p.value },
      applied: [p.citation],
    };
  },
});

/** 1_11_009 — eliminated through assistance (A53) with no measure on record. */
export const assistedWithoutMeasure = qualityCheck({
  id: 'quality.consistency.assisted-elimination-without-measure',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_11_009'],
  title: { zh: '帮扶消除风险但未享受帮扶措施', en: 'eliminated through assistance without any measure' },
  citations: [{ doc: S000, clause: '附件1 七 A53', quote: 'A53 风险消除方式' }, county('1_11_009', '通过帮扶消除致贫返贫风险的监测对象未享受帮扶措施')],
  description: { zh: '风险消除方式为帮扶消除，帮扶措施却为空。', en: 'The risk was eliminated through assistance, yet no measure is recorded.' },
  parameters: [],
  facts: ['monitoring.eliminated.method', 'measures'],
  when: riskEliminated,
  test: (q) => {
    const e = q.household.monitoring?.eliminated;
    if (e === undefined || e.method !== 'assisted') return NONE;
    const measures = q.household.measures;
    return measures !== undefined && measures.length > 0 ? NONE : [e];
  },
  explain: (_q, e) => ({
    path: 'measures',
    message: { zh: `${e.on} 以帮扶消除方式消除风险，但未登记任何帮扶措施`, en: `the risk was eliminated through assistance on ${e.on}, but no measure is recorded` },
    values: { method: e.method, eliminatedOn: e.on },
  }),
});

/** S002 §三(二) 重点排查对象3 / 4_11_010 — eliminated while A34 for the period is below the line ("低于" strictly, compared as the profile says). */
export const eliminatedBelowLine = qualityCheck({
  id: 'quality.consistency.eliminated-below-line',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_11_010'],
  title: { zh: '已消除风险但人均纯收入低于监测范围', en: 'eliminated but per-capita income below the line' },
  citations: [
    { doc: S002, clause: '三(二) 重点排查对象3', quote: '已标注风险消除，但2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）的监测对象户。' },
    county('4_11_010', '通过帮扶消除返（致）贫风险的监测对象风险消除时人均纯收入低于本省当年监测范围'),
    ELIMINATION_PRACTICE,
  ],
  description: {
    zh: '已标注风险消除（帮扶消除或自然消除）的监测对象，本收入周期A34 家庭人均纯收入低于配置的监测线。配置未设监测线时不检查，并以提示说明。',
    en: 'A household marked eliminated (through assistance or naturally) whose A34 per-capita net income for the period is below the profile’s monitoring line. Without a line in the profile the check is not run, and a note says so.',
  },
  parameters: ['monitoringLine', 'lineComparison', 'perCapitaRounding', 'householdSizeRule'],
  facts: ['monitoring.eliminated', 'income'],
  when: riskEliminated,
  test: (q) => {
    const e = q.household.monitoring?.eliminated;
    if (e === undefined) return NONE;
    const f = q.income();
    if (f === null || f.size === null || f.size <= 0) return NONE;
    const lineFen = q.paramFen('monitoringLine');
    return compareWithLine(f.net, f.size, lineFen, q.profile, q.parameterDate!) < 0 ? [{ e, net: f.net, size: f.size, lineFen }] : NONE;
  },
  explain: (q, { e, net, size, lineFen }) => {
    const shown = showLineComparison(net, size, lineFen, q.profile, q.parameterDate!, { total: 'A33', perCapita: 'A34' });
    return {
      path: 'income',
      message: {
        zh: `已于 ${e.on} 标注风险消除，但本周期家庭人均纯收入 ${shown.text.zh}`,
        en: `marked eliminated on ${e.on}, but the period's per-capita net income is below the line: ${shown.text.en}`,
      },
      values: { A33: formatFen(net), householdSize: size, A34: shown.money, line: formatFen(lineFen), ...shown.values, method: e.method, eliminatedOn: e.on },
      applied: [q.param('monitoringLine').citation],
    };
  },
});

/** 4_11_012 — eliminated with an employment or public-welfare-post measure and no wage income (at elimination when recorded, else the period's). */
export const eliminatedEmploymentWithoutWage = qualityCheck({
  id: 'quality.consistency.eliminated-employment-without-wage',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_11_012'],
  title: { zh: '已消除风险户享受就业或公益岗位帮扶但无工资性收入', en: 'eliminated with an employment measure but no wage income' },
  citations: [county('4_11_012', '已消除风险户享受就业或者公益性岗位帮扶但消除后无工资性收入')],
  description: {
    zh: '已消除风险的监测对象帮扶措施含就业帮扶或公益岗位，工资性收入却为0（有风险消除后收入时看该收入，否则看本周期收入）。',
    en: 'An eliminated household with an employment or public-welfare-post measure has zero wage income (the income recorded at elimination when there is one, else the period’s).',
  },
  parameters: [],
  facts: ['monitoring.eliminated.income.wage', 'income.wage', 'measures'],
  when: riskEliminated,
  test: (q) => {
    const e = q.household.monitoring?.eliminated;
    if (e === undefined || !(q.hasMeasure('employment') || q.hasMeasure('public-welfare-post'))) return NONE;
    const atElimination = e.income !== undefined;
    return (atElimination ? toFen(e.income!.wage) : q.facts.money().wage) === 0 ? [{ atElimination }] : NONE;
  },
  explain: (q, { atElimination }) => {
    const which = q.hasMeasure('employment') ? MEASURES.employment : MEASURES['public-welfare-post'];
    return {
      path: atElimination ? 'monitoring.eliminated.income.wage' : 'income.wage',
      message: {
        zh: `已消除风险，帮扶措施含${which.zh}，但${atElimination ? '风险消除后' : '本周期'}工资性收入为0`,
        en: `eliminated with the ${which.en} measure, but wage income ${atElimination ? 'at elimination' : 'for the period'} is 0`,
      },
      values: { wage: '0.00', incomeAtElimination: atElimination },
    };
  },
});

/**
 * 2_11_002 / 5_18_009 — an elimination dated on or after the profile date (2022-04-01 by default)
 * fewer whole months after identification than the minimum (6 by default).
 */
export const eliminationTooSoon = qualityCheck({
  id: 'quality.consistency.elimination-too-soon',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_11_002', '5_18_009'],
  title: { zh: '从识别到风险消除时间过短', en: 'risk eliminated too soon after identification' },
  citations: [
    county('2_11_002', '防止返贫监测对象从识别到风险消除时间低于6个月（2022年4月份以后消除风险）'),
    county('5_18_009', '防止返贫监测对象户当月及次月消除返（致）贫风险（不含自然消除）'),
    ELIMINATION_PRACTICE,
  ],
  description: {
    zh: '风险消除时间在配置日期（默认2022-04-01）当日或之后，且从识别监测时间到风险消除时间不足配置的整月数（默认6个月）。',
    en: 'An elimination on or after the profile date (2022-04-01 by default) less than the profile’s number of whole months (6 by default) after identification.',
  },
  parameters: ['eliminationMinimumDuration'],
  facts: ['monitoring.identifiedOn', 'monitoring.eliminated.on'],
  when: riskEliminated,
  test: (q) => {
    const mon = q.household.monitoring;
    const e = mon?.eliminated;
    if (mon === undefined || e === undefined || e.on < mon.identifiedOn) return NONE;
    const rule = q.param('eliminationMinimumDuration').value;
    if (e.on < rule.eliminatedFrom) return NONE;
    const months = monthsBetween(mon.identifiedOn, e.on);
    return months >= rule.months ? NONE : [{ identifiedOn: mon.identifiedOn, eliminatedOn: e.on, months }];
  },
  explain: (q, { identifiedOn, eliminatedOn, months }) => {
    const p = q.param('eliminationMinimumDuration');
    return {
      path: 'monitoring.eliminated.on',
      message: {
        zh: `识别监测时间 ${identifiedOn}，风险消除时间 ${eliminatedOn}，相隔不足 ${p.value.months} 个月（${months} 个整月）`,
        en: `identified on ${identifiedOn} and eliminated on ${eliminatedOn}: fewer than ${p.value.months} months apart (${months} whole months)`,
      },
      values: { identifiedOn, eliminatedOn, months, minMonths: p.value.months, appliesFrom: p.value.eliminatedFrom },
      applied: [p.citation],
    };
  },
});

/** S000 附件1 A54 — the elimination dated before the identification. */
export const eliminationBeforeIdentification = qualityCheck({
  id: 'quality.consistency.elimination-before-identification',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '风险消除时间早于识别监测时间', en: 'elimination dated before identification' },
  citations: [{ doc: S000, clause: '附件1 七 A54', quote: 'A54 风险消除时间' }],
  description: { zh: 'A54 风险消除时间早于识别监测时间。', en: 'A54, the elimination date, is before the identification date.' },
  parameters: [],
  facts: ['monitoring.identifiedOn', 'monitoring.eliminated.on'],
  when: riskEliminated,
  test: (q) => {
    const mon = q.household.monitoring;
    const e = mon?.eliminated;
    return mon === undefined || e === undefined || e.on >= mon.identifiedOn ? NONE : [{ identifiedOn: mon.identifiedOn, eliminatedOn: e.on }];
  },
  explain: (_q, { identifiedOn, eliminatedOn }) => ({
    path: 'monitoring.eliminated.on',
    message: { zh: `风险消除时间 ${eliminatedOn} 早于识别监测时间 ${identifiedOn}`, en: `the elimination date ${eliminatedOn} is before the identification date ${identifiedOn}` },
    values: { identifiedOn, eliminatedOn },
  }),
});

/** S002 §三(二) 重点排查对象4 / 4_11_011 — eliminated while no member on record can work. */
export const eliminatedWithoutLabour = qualityCheck({
  id: 'quality.consistency.eliminated-without-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_11_011'],
  title: { zh: '整户无劳动力监测对象已消除风险', en: 'household without labour capacity marked eliminated' },
  citations: [
    { doc: S002, clause: '三(二) 重点排查对象4', quote: '已标注风险消除，但整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的监测对象户。' },
    county('4_11_011', '整户无劳动力监测对象户已消除风险（含自然减少）'),
    ELIMINATION_PRACTICE,
  ],
  description: {
    zh: '已标注风险消除，而状态时点在册的每名成员劳动技能均为丧失劳动力或无劳动力（整户无劳动能力户应在落实兜底保障后继续监测）。',
    en: 'Marked eliminated while every member on record at the status date has lost labour or none (a household without labour capacity stays under monitoring once the safety net is in place).',
  },
  parameters: [],
  facts: ['monitoring.eliminated', 'members[].labour'],
  dated: true,
  when: riskEliminated,
  test: (q) => {
    if (!q.eliminated) return NONE;
    let counted = 0;
    for (let i = 0; i < q.members.length; i++) {
      if (!q.present(i)) continue;
      if (hasNoLabour(q.members[i]!) !== true) return NONE;
      counted++;
    }
    return counted === 0 ? NONE : [{ counted }];
  },
  explain: (_q, { counted }) => ({
    path: 'monitoring.eliminated',
    message: { zh: `已标注风险消除，但在册的 ${counted} 名成员均丧失或无劳动力（整户无劳动能力）`, en: `marked eliminated, but none of the ${counted} members on record can work (the whole household lacks labour capacity)` },
    values: { members: counted },
  }),
});

/** S000 §一(二) / 1_11_005–1_11_008 / 1_02_008 / 1_02_009 — eliminated with A23–A26 saying "yes", now or at elimination, each reported. */
export const eliminatedWithGuaranteeProblem = qualityCheck({
  id: 'quality.consistency.eliminated-with-guarantee-problem',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_02_008', '1_02_009', '1_11_005', '1_11_006', '1_11_007', '1_11_008'],
  title: { zh: '已消除风险但存在三保障或饮水安全问题', en: 'eliminated with a three-guarantees or water problem' },
  citations: [
    ELIMINATED_CLEAN,
    county('1_11_006', '已消除致贫返贫风险的监测对象住危房'),
    county('1_11_007', '已消除致贫返贫风险的监测对象未解决安全饮用水'),
    county('1_11_005', '已消除风险监测对象有义务教育阶段适龄儿童少年失学辍学'),
    county('1_11_008', '已消除风险监测对象有家庭成员未参加（或重复参加）基本医疗保险'),
    county('1_02_008', '已消除返（致）贫风险的防止返贫监测对象户住房出现安全问题'),
    county('1_02_009', '已消除返（致）贫风险的防止返贫监测对象户饮水出现安全问题'),
  ],
  description: {
    zh: '已标注风险消除，而本期或风险消除时记录的住房安全、义务教育、饮水安全或基本医疗保险（A23–A26）为“是”（存在问题）。',
    en: 'Marked eliminated while A23–A26 — unsafe housing, a compulsory-age dropout, unsafe water, a member without basic medical insurance — say "yes" now or as recorded at elimination.',
  },
  parameters: [],
  facts: ['monitoring.eliminated.guarantees', 'guarantees'],
  when: riskEliminated,
  test: (q) => {
    const e = q.household.monitoring?.eliminated;
    if (e === undefined) return NONE;
    let out: { when: (typeof WHEN)[number]; guarantee: (typeof GUARANTEES)[number]; eliminatedOn: string }[] | undefined;
    for (const when of WHEN) {
      const g = when[0] === 'guarantees' ? q.household.guarantees : e.guarantees;
      if (g === undefined) continue;
      for (const guarantee of GUARANTEES) if (g[guarantee[0]] === true) (out ??= []).push({ when, guarantee, eliminatedOn: e.on });
    }
    return out ?? NONE;
  },
  explain: (_q, { when: [base, zhWhen, enWhen], guarantee: [key, form, zh, en], eliminatedOn }) => ({
    path: `${base}.${key}`,
    message: { zh: `已于 ${eliminatedOn} 标注风险消除，但${zhWhen}${form}记为${zh}`, en: `marked eliminated on ${eliminatedOn}, but ${form} records ${en} ${enWhen}` },
    values: { field: form, eliminatedOn },
  }),
});

/** S001 §一(一) "一兜了之" / 5_11_032 — a household under monitoring with a full-labour member on record whose measures are all safety-net measures. */
export const safetyNetOnly = qualityCheck({
  id: 'quality.consistency.safety-net-only',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_11_032'],
  title: { zh: '有劳动能力的监测对象仅享受兜底保障措施', en: 'household that can work gets safety-net measures only' },
  citations: [
    { doc: '榕晋乡振〔2023〕12号', clause: '一(一)', quote: '坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。' },
    { doc: '龙扶贫组字〔2021〕1号', clause: '五', quote: '对有劳动能力的，坚持开发式帮扶方针' },
    county('5_11_032', '有劳动能力的未消除风险监测对象户仅享受综合保障一项措施'),
  ],
  description: {
    zh: '未消除风险的监测对象有状态时点在册的普通或技能劳动力成员，帮扶措施不为空却全部是综合保障（兜底）类（低保、特困供养、临时救助、残疾人补贴、防贫保险）。',
    en: 'A monitored household whose risk is not eliminated has a member on record with ordinary or skilled labour, and its measures, though present, are all safety-net measures (低保, 特困供养, temporary assistance, disability allowance, anti-poverty insurance).',
  },
  parameters: [],
  facts: ['measures', 'members[].labour', 'monitoring.eliminated'],
  dated: true,
  when: activelyMonitored,
  test: (q) => {
    if (!q.activeMonitoring) return NONE;
    const measures = q.household.measures;
    if (measures === undefined || measures.length === 0) return NONE;
    for (const m of measures) if (MEASURES[m].group !== 'safety-net') return NONE;
    for (let i = 0; i < q.members.length; i++) if (q.present(i) && hasFullLabour(q.members[i]!) === true) return [{ row: i, measures }];
    return NONE;
  },
  explain: (q, { row, measures }) => ({
    path: 'measures',
    message: {
      zh: `${q.who(row).zh}有劳动能力，帮扶措施却只有兜底保障类（${measures.map((m) => MEASURES[m].zh).join('、')}）`,
      en: `${q.who(row).en} can work, yet the household's measures are safety-net only (${measures.map((m) => MEASURES[m].en).join(', ')})`,
    },
    values: { measures: [...measures], member: `members[${row}]` },
  }),
});

/** The consistency checks, in report order. */
export const consistencyChecks: readonly QualityStep[] = [
  step(a26VsA17),
  step(illnessWithoutIllMember),
  step(illnessWithoutSpending),
  step(disabilityWithoutDisabledMember),
  step(labourShortageAllCanWork),
  step(unstableEmploymentNoLabour),
  step(disasterWithoutSubtype),
  step(otherWithoutNote),
  step(dibaoMeasureWithoutMember),
  step(tekunMeasureWithoutMember),
  step(disabilityAllowanceWithoutMember),
  step(dibaoMemberWithoutMeasure),
  step(tekunMemberWithoutMeasure),
  step(severeDisabilityWithoutAllowance),
  step(monitoredWithoutMeasure),
  step(assistedWithoutMeasure),
  step(eliminatedBelowLine),
  step(eliminatedEmploymentWithoutWage),
  step(eliminationTooSoon),
  step(eliminationBeforeIdentification),
  step(eliminatedWithoutLabour),
  step(eliminatedWithGuaranteeProblem),
  step(safetyNetOnly),
];
