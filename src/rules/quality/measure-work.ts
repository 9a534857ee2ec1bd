/**
 * 措施与务工、收入、劳动力 — measures against work, income and labour: a measure that needs someone at
 * work (就业帮扶, 公益岗位) in a household where nobody works; a household with labour but no
 * developmental measure (开发式帮扶); an employment measure where nobody can work; and, once the risk
 * is eliminated, an industry or safety-net measure without the income it brings. Which measures
 * count, and when a household "has labour" (the labour share), are profile parameters.
 *
 * 榕晋乡振〔2023〕12号 §一(一): "坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。" — households that
 * can work get developmental measures first. 龙扶贫组字〔2021〕1号 §五: measures aimed at the household's
 * situation ("缺什么补什么").
 *
 * Post holding (member `publicWelfarePost`) is not read here: its form is changing (post names); the
 * public-welfare post pay of the wage breakdown counts as work.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import type { Household } from '../../model/household.js';
import { monthsBetween } from '../../model/calendar-date.js';
import { LABOUR_CAPACITIES, MEASURES } from '../../model/labels.js';
import { fieldLabel } from '../../model/field-labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { hasNoLabour } from '../../facts/member.js';
import { county, NONE, qualityCheck, step, type QualityRun, type QualityStep } from './run.js';
import { activelyMonitored, measuresRecorded } from './scope.js';

const TARGETED: QuotedCitation = { doc: '龙扶贫组字〔2021〕1号', clause: '五', quote: '根据监测对象的家庭状况、风险类别和帮扶需求，按照“缺什么补什么”的原则，采取针对性帮扶措施。' };
const NOT_ONLY_SAFETY_NET: QuotedCitation = { doc: '榕晋乡振〔2023〕12号', clause: '一(一)', quote: '坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。' };

type Measure = NonNullable<Household['measures']>[number];

const labels = (list: readonly Measure[], lang: 'zh' | 'en') => list.map((m) => MEASURES[m][lang]).join(lang === 'zh' ? '、' : ', ');
const recorded = (q: QualityRun, list: readonly Measure[]): readonly Measure[] => {
  const measures = q.household.measures;
  return measures === undefined || measures.length === 0 ? NONE : list.filter((m) => measures.includes(m));
};

/** Someone on record has work on record: A16 months above 0, or a spell of work; or the household has public-welfare post pay. */
function someoneWorks(q: QualityRun): boolean {
  for (const { member } of q.presentMembers()) if ((member.workMonths ?? 0) > 0 || (member.employment?.length ?? 0) > 0) return true;
  const post = q.household.income.breakdown?.wage?.publicWelfarePost;
  return post !== undefined && toFen(post) > 0;
}

/** 4_11_014 / 1111_3 — an active monitored household with a work measure and nobody at work. */
export const workMeasureWithoutWorker = qualityCheck({
  id: 'quality.measure-work.work-measure-without-worker',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1111_3', '4_11_014'],
  title: { zh: '享受就业或公益岗位帮扶但家中无人务工', en: 'employment measure while nobody works' },
  citations: [
    TARGETED,
    county('4_11_014', '2023年识别或未消除风险防止返贫监测对象户享受就业或公益岗位帮扶措施但家中无务工人口'),
    county('1111_3', '登记就业帮扶或公益性岗位但识别以来家中无人务工（务工月监测）'),
  ],
  description: {
    zh: '未消除风险的监测对象登记了配置所列措施（默认就业帮扶、公益岗位），而在册成员无人有务工记录（A16 务工时间大于0或有务工经历），也无公益性岗位收入。',
    en: 'A monitored household whose risk is not eliminated has a measure the profile lists (employment support, public-welfare post by default) while no member on record has work on record (A16 above 0, or a spell of work) and there is no public-welfare post pay.',
  },
  parameters: ['qualityWorkMeasures'],
  facts: ['monitoring', 'measures', 'members[].workMonths', 'members[].employment', 'income.breakdown.wage.publicWelfarePost'],
  when: activelyMonitored,
  test: (q) => {
    if (!q.activeMonitoring || q.household.measures === undefined) return NONE;
    const found = recorded(q, q.param('qualityWorkMeasures').value);
    return found.length > 0 && !someoneWorks(q) ? [found] : NONE;
  },
  explain: (q, found) => {
    const p = q.param('qualityWorkMeasures');
    const months = fieldLabel('members[].workMonths');
    return {
      path: 'measures',
      message: {
        zh: `登记了${labels(found, 'zh')}，但在册成员无人有务工记录（${months.zh}、务工经历），也无公益性岗位收入`,
        en: `${labels(found, 'en')} is recorded, but no member on record has work on record (${months.en}, spells of work) and there is no public-welfare post pay`,
      },
      values: { measures: [...found], wage: formatFen(q.facts.money().wage) },
      applied: [p.citation],
    };
  },
});

/** The members on record whose labour counts, and how many are on record (labour unrecorded does not count). */
function labourShare(q: QualityRun, capacities: readonly string[]): { withLabour: number; members: number } {
  const members = q.presentMembers();
  let withLabour = 0;
  for (const { member } of members) if (member.labour !== undefined && capacities.includes(member.labour)) withLabour++;
  return { withLabour, members: members.length };
}

/** Share above a percentage, exactly: withLabour / members > percent / 100 (percent with up to two decimals). */
function shareAbove(withLabour: number, members: number, percent: number): boolean {
  return members > 0 && withLabour * 10000 > Math.round(percent * 100) * members;
}

/** 5_12_007 — an active monitored household with labour, identified 6 months or more ago, with measures but none developmental. */
export const labourWithoutDevelopmental = qualityCheck({
  id: 'quality.measure-work.labour-without-developmental',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_007'],
  title: { zh: '有劳动能力的监测对象未落实开发式帮扶措施', en: 'household with labour without a developmental measure' },
  citations: [NOT_ONLY_SAFETY_NET, county('5_12_007', '有劳动力且未消除风险的防止返贫监测对象未落实开发式帮扶措施（识别6个月及以上）')],
  description: {
    zh: '未消除风险的监测对象，在册成员中劳动技能属配置所列（默认技能、普通、弱劳动力）的人数占比高于配置比例（默认0，即至少一人），识别监测已满配置月数（默认6个月），已登记帮扶措施但无一项开发式帮扶措施（默认产业、就业、金融、公益岗位）。完全没有措施的由“识别后未落实帮扶措施”提示。',
    en: 'A monitored household whose risk is not eliminated, where the share of members on record with a labour capacity the profile lists (skilled, ordinary, weak by default) is above the profile percentage (0 by default: at least one), identified the profile number of months ago or more (6 by default), has measures but no developmental one (industry, employment, microcredit, public-welfare post by default). A household with no measure at all is reported by "monitored household without any measure".',
  },
  parameters: ['qualityDevelopmentalLabourShare', 'qualityDevelopmentalMeasureMonths', 'qualityDevelopmentalMeasures'],
  facts: ['monitoring', 'measures', 'members[].labour', 'members[].changes'],
  when: activelyMonitored,
  test: (q) => {
    const measures = q.household.measures;
    if (!q.activeMonitoring || measures === undefined || measures.length === 0 || q.referenceDate === null) return NONE;
    const identifiedOn = q.household.monitoring!.identifiedOn;
    if (q.referenceDate < identifiedOn) return NONE;
    const months = monthsBetween(identifiedOn, q.referenceDate);
    if (months < q.param('qualityDevelopmentalMeasureMonths').value) return NONE;
    const share = q.param('qualityDevelopmentalLabourShare').value;
    const { withLabour, members } = labourShare(q, share.capacities);
    if (!shareAbove(withLabour, members, share.abovePercent)) return NONE;
    const developmental = q.param('qualityDevelopmentalMeasures').value;
    return developmental.some((m) => measures.includes(m)) ? NONE : [{ months, withLabour, members }];
  },
  explain: (q, { months, withLabour, members }) => {
    const share = q.param('qualityDevelopmentalLabourShare');
    const due = q.param('qualityDevelopmentalMeasureMonths');
    const developmental = q.param('qualityDevelopmentalMeasures');
    const caps = share.value.capacities.map((c) => LABOUR_CAPACITIES[c as keyof typeof LABOUR_CAPACITIES]);
    const identifiedOn = q.household.monitoring!.identifiedOn;
    return {
      path: 'measures',
      message: {
        zh: `在册 ${members} 人中 ${withLabour} 人为${caps.map((c) => c.zh).join('、')}（占比高于 ${share.value.abovePercent}%），识别监测时间 ${identifiedOn}，到 ${q.referenceDate} 已满 ${months} 个月（不少于 ${due.value} 个月），仍未登记开发式帮扶措施（${labels(developmental.value, 'zh')}）`,
        en: `${withLabour} of the ${members} members on record have ${caps.map((c) => c.en).join(', ')} (a share above ${share.value.abovePercent}%), identified on ${identifiedOn}, ${months} whole months before ${q.referenceDate} (at least ${due.value}), and no developmental measure (${labels(developmental.value, 'en')}) is recorded`,
      },
      values: { membersWithLabour: withLabour, members, abovePercent: share.value.abovePercent, identifiedOn, asOf: q.referenceDate, months, dueMonths: due.value },
      applied: [share.citation, due.citation, developmental.citation],
    };
  },
});

/** 5_15_007 — the employment measure while every member on record has lost labour or none. */
export const employmentMeasureNoLabour = qualityCheck({
  id: 'quality.measure-work.employment-measure-no-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_15_007'],
  title: { zh: '登记就业帮扶但家中无人有劳动能力', en: 'employment measure while nobody can work' },
  citations: [TARGETED, county('5_15_007', '家庭成员登记就业帮扶但本人无（含丧失）劳动能力')],
  description: {
    zh: '登记了就业帮扶，而在册成员的劳动技能均已填写且均为丧失劳动力或无劳动力。',
    en: 'Employment support is recorded while every member on record has a recorded labour capacity and it is lost or none.',
  },
  parameters: [],
  facts: ['measures', 'members[].labour', 'members[].changes'],
  when: measuresRecorded,
  test: (q) => {
    if (!q.hasMeasure('employment')) return NONE;
    const members = q.presentMembers();
    if (members.length === 0) return NONE;
    for (const { member } of members) if (hasNoLabour(member) !== true) return NONE;
    return [members.length];
  },
  explain: (_q, members) => {
    const labour = fieldLabel('members[].labour');
    return {
      path: 'measures',
      message: {
        zh: `登记了${MEASURES.employment.zh}，但在册 ${members} 人的${labour.zh}均为丧失劳动力或无劳动力`,
        en: `${MEASURES.employment.en} is recorded, but all ${members} members on record have ${labour.en} lost or none`,
      },
      values: { members },
    };
  },
});

/** An eliminated household's income at elimination item, in fen (`null` when not recorded). */
function eliminatedIncome(q: QualityRun, item: 'operating' | 'transfer'): number | null {
  const income = q.household.monitoring?.eliminated?.income;
  return income === undefined ? null : toFen(income[item]);
}

/** 5_11_013 — eliminated with the industry measure, and no operating income at elimination. */
export const industryWithoutOperatingIncome = qualityCheck({
  id: 'quality.measure-work.industry-without-operating-income',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_11_013'],
  title: { zh: '已消除风险户享受产业帮扶但无生产经营性收入', en: 'eliminated with industry support but no operating income' },
  citations: [TARGETED, county('5_11_013', '防止返贫监测对象风险消除时享受产业帮扶但风险消除的收入模块中无生产经营性收入')],
  description: {
    zh: '已标注风险消除，登记了产业帮扶，而风险消除后收入中的生产经营性收入（A29）为0。',
    en: 'Marked eliminated with industry support recorded, while the operating income (A29) recorded at elimination is 0.',
  },
  parameters: [],
  facts: ['monitoring.eliminated.income.operating', 'measures'],
  when: measuresRecorded,
  test: (q) => (q.hasMeasure('industry') && eliminatedIncome(q, 'operating') === 0 ? [null] : NONE),
  explain: () => ({
    path: 'monitoring.eliminated.income.operating',
    message: {
      zh: `已消除风险，登记了${MEASURES.industry.zh}，但风险消除后生产经营性收入为 0.00 元`,
      en: `eliminated with ${MEASURES.industry.en} recorded, but the operating income at elimination is 0.00 yuan`,
    },
    values: { operating: '0.00' },
  }),
});

const SAFETY_NET_PAYING: readonly Measure[] = ['dibao', 'tekun', 'disability-allowance'];

/** 4_11_013 — eliminated with 低保, 特困供养 or 残疾人补贴, and no transfer income at elimination. */
export const safetyNetWithoutTransfer = qualityCheck({
  id: 'quality.measure-work.safety-net-without-transfer',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_11_013'],
  title: { zh: '已消除风险户享受兜底保障但无转移性收入', en: 'eliminated with safety-net support but no transfer income' },
  citations: [TARGETED, county('4_11_013', '已消除风险户享受低保、特困供养、残疾人补贴但消除后无转移性收入')],
  description: {
    zh: '已标注风险消除，登记了低保、特困供养或残疾人补贴，而风险消除后收入中的转移性收入（A31）为0。',
    en: 'Marked eliminated with 低保, 特困供养 or the disability allowance recorded, while the transfer income (A31) recorded at elimination is 0.',
  },
  parameters: [],
  facts: ['monitoring.eliminated.income.transfer', 'measures'],
  when: measuresRecorded,
  test: (q) => {
    const found = recorded(q, SAFETY_NET_PAYING);
    return found.length > 0 && eliminatedIncome(q, 'transfer') === 0 ? [found] : NONE;
  },
  explain: (_q, found) => ({
    path: 'monitoring.eliminated.income.transfer',
    message: {
      zh: `已消除风险，登记了${labels(found, 'zh')}，但风险消除后转移性收入为 0.00 元`,
      en: `eliminated with ${labels(found, 'en')} recorded, but the transfer income at elimination is 0.00 yuan`,
    },
    values: { measures: [...found], transfer: '0.00' },
  }),
});

/** The measure ↔ work, income and labour checks, in report order. */
export const measureWorkChecks: readonly QualityStep[] = [
  step(workMeasureWithoutWorker),
  step(labourWithoutDevelopmental),
  step(employmentMeasureNoLabour),
  step(industryWithoutOperatingIncome),
  step(safetyNetWithoutTransfer),
];
