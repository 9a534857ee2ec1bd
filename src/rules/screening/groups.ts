/**
 * 重点排查群体 — the focus groups the screening documents name, one rule each.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 今年以来新增低保、大病、残疾同时有学生，医疗费用较高且需持续治疗，脱贫不享受政策户内有学生、低保、大病、残疾以及务工不稳定、收入下降明显等家庭
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 重点关注收入偏低或下降明显、就业不稳、产业失败，以及受其他突发意外事故影响较大的农户。对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查，特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户、因病因学因意外事故等刚性支出较大影响基本生活的农户、多次申报或预警未纳入监测帮扶的农户等重点群体，要逐户进行排查
 *
 * 小甸巩固振兴组办〔2021〕1号 §二 (the "四类人") and §三(一)1; 党委发〔2023〕70号 §一(二);
 * 龙扶贫组字〔2021〕1号 §二(一), §三(三) — quoted in each rule below.
 *
 * Which groups a profile screens is the parameter `screeningGroups`. Events count when dated in the
 * screening window (`screeningWindow`, ending on the as-of date), except "ever applied or warned",
 * which counts every event up to the as-of date. Hardship facts describe the assessed period.
 * Where a document names the income of a year (党委发〔2023〕70号 "2022年收入低于10000元", "2022年收入不增反降"),
 * that year's figure is read from the record (`screeningIncomeYear`): the assessed period only when
 * it is that year. Every per-capita value beside an amount is shown exactly (`showLineComparison`).
 *
 * @module
 */
import { isSevereDisabilityGrade } from '../../model/id-number.js';
import type { HouseholdEvent } from '../../model/household.js';
import { HOUSEHOLD_EVENTS } from '../../model/events.js';
import type { Text } from '../../model/labels.js';
import type { FindingValue } from '../../explain/finding.js';
import { formatFen, toFen } from '../../model/money.js';
import { addDays, addMonths, daysInMonth, formatDate } from '../../model/calendar-date.js';
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import { perCapitaExact, roundPerCapita, showLineComparison } from '../../kernel/line.js';
import { defineRule, type Rule } from '../../kernel/rule.js';
import { householdWithoutLabour } from '../../facts/labour.js';
import { allListed } from '../../facts/members.js';
import { lookup } from '../../profile/lookup.js';
import { anyMember, countMembers, disabilityGradeOf, eventsInWindow, eventsUpToAnchor, isDisabled, isStudent, type GroupTest, type ScreeningContext } from './context.js';

const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S003 = '党委发〔2023〕70号';
const S004 = '龙扶贫组字〔2021〕1号';

function group(id: ScreeningGroup, title: Text, citations: Rule['citations'], description: Text, parameters: Rule['parameters'], facts: string[]): Rule {
  return defineRule({ id: `screening.${id}`, layer: 'screening', title, citations, description, parameters: ['screeningGroups', ...parameters], facts });
}

/** The header of every focus group. */
export const groupRules: Record<ScreeningGroup, Rule> = {
  'new-hardship-with-student': group(
    'new-hardship-with-student',
    { zh: '今年以来新增低保、大病、残疾同时有学生', en: 'new dibao, serious illness or disability this year, with a student' },
    [{ doc: S000, clause: '一(二)', quote: '今年以来新增低保、大病、残疾同时有学生' }],
    {
      zh: '排查时段内有新增低保、新增大病、新增残疾事件，且家中有在校学生（在校生状况不为学龄前儿童）。',
      en: 'A new dibao, serious illness or disability event in the screening window, and a member in school (any school status but 学龄前儿童).',
    },
    ['screeningWindow'],
    ['events', 'members[].schoolStatus'],
  ),
  'high-medical-cost': group(
    'high-medical-cost',
    { zh: '医疗费用较高且需持续治疗', en: 'high medical costs and continuing treatment' },
    [{ doc: S000, clause: '一(二)', quote: '医疗费用较高且需持续治疗' }],
    {
      zh: '家中有患大病或长期慢性病成员（需持续治疗），且排查时段内有大额医疗支出事件或记录大病报销后个人自付较大。',
      en: 'A member with a serious or chronic illness (continuing treatment), and a large-medical-spending event in the window or large out-of-pocket costs on record.',
    },
    ['screeningWindow'],
    ['members[].health', 'events', 'policyReview.largeMedicalOutOfPocket'],
  ),
  'not-enjoying-with-burden': group(
    'not-enjoying-with-burden',
    { zh: '脱贫不享受政策户内有学生、低保、大病、残疾', en: '脱贫不享受政策 household with a student, dibao, serious illness or disability' },
    [{ doc: S000, clause: '一(二)', quote: '脱贫不享受政策户内有学生、低保、大病、残疾' }],
    {
      zh: '脱贫不享受政策户，家中有在校学生、享受低保成员、患大病成员或残疾成员。',
      en: 'A 脱贫不享受政策 household with a member in school, on dibao, seriously ill or disabled.',
    },
    [],
    ['povertyAlleviated', 'policyStatus', 'members'],
  ),
  'unstable-work': group(
    'unstable-work',
    { zh: '务工（就业）不稳定', en: 'unstable work' },
    [
      { doc: S000, clause: '一(二)', quote: '务工不稳定' },
      { doc: S001, clause: '一(一)', quote: '就业不稳' },
      { doc: S003, clause: '一(二)', quote: '务工不稳定，特别是有外地务工返乡、新增劳动力和当地就业不稳定成员的农户' },
    ],
    {
      zh: '风险类型含因务工就业不稳，或排查时段内有务工不稳定或返乡事件。',
      en: 'Risk type 因务工就业不稳 on record, or an unstable-work or returned-migrant event in the window.',
    },
    ['screeningWindow'],
    ['riskTypes', 'events'],
  ),
  'income-decline': group(
    'income-decline',
    { zh: '收入下降明显', en: 'clear income decline' },
    [
      { doc: S000, clause: '一(二)', quote: '收入下降明显' },
      { doc: S001, clause: '一(一)', quote: '收入偏低或下降明显' },
    ],
    {
      zh: '本期家庭人均纯收入（A34）比上年人均纯收入下降达到参数规定的幅度。收入未下降的不属此群体；文件未给出幅度时，下降的无法判定。',
      en: 'Per-capita net income (A34) down from the previous year\'s by at least the parameter\'s percentage. No fall: not in the group; a fall with no percentage set: undetermined.',
    },
    ['screeningIncomeDecline', 'householdSizeRule'],
    ['income', 'previousPerCapitaNetIncome'],
  ),
  'low-income': group(
    'low-income',
    { zh: '收入偏低', en: 'low income' },
    [{ doc: S001, clause: '一(一)', quote: '收入偏低或下降明显' }],
    { zh: '收入低于参数规定的界限（文件未给出界限时无法判定）。', en: 'Income below the parameter\'s amount (undetermined when the document gives none).' },
    ['screeningLowIncome', 'lineComparison'],
    ['income'],
  ),
  'industry-failure': group(
    'industry-failure',
    { zh: '产业失败', en: 'industry failure' },
    [
      { doc: S001, clause: '一(一)', quote: '产业失败' },
      { doc: S003, clause: '一(二)', quote: '产业失败及受其他突发意外事故影响较大等农户' },
    ],
    { zh: '风险类型含因产业项目失败，或排查时段内有产业失败事件。', en: 'Risk type 因产业项目失败 on record, or an industry-failure event in the window.' },
    ['screeningWindow'],
    ['riskTypes', 'events'],
  ),
  accident: group(
    'accident',
    { zh: '受突发意外事故影响较大', en: 'hit by an accident or sudden event' },
    [
      { doc: S001, clause: '一(一)', quote: '以及受其他突发意外事故影响较大的农户' },
      { doc: S003, clause: '一(二)', quote: '产业失败及受其他突发意外事故影响较大等农户' },
    ],
    { zh: '风险类型含因意外事故或因突发事件，或排查时段内有意外事故事件。', en: 'Risk type 因意外事故 or 因突发事件 on record, or an accident event in the window.' },
    ['screeningWindow'],
    ['riskTypes', 'events'],
  ),
  'dibao-or-tekun': group(
    'dibao-or-tekun',
    { zh: '低保对象、分散供养特困人员', en: 'households on dibao or tekun support' },
    [
      { doc: S001, clause: '一(一)', quote: '对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查' },
      { doc: S004, clause: '二(一)', quote: '重点关注低保家庭、分散供养特困人员' },
    ],
    {
      zh: '在册成员有享受低保（A20）或特困供养（A21）的。户内记录的特困供养人员视为分散供养（集中供养人员不在户内）。',
      en: 'A member on record receives dibao (A20) or tekun support (A21). A tekun member recorded in the household is taken to be supported at home (分散供养).',
    },
    [],
    ['members[].dibao', 'members[].tekun'],
  ),
  'new-dibao-tekun-severe-disability': group(
    'new-dibao-tekun-severe-disability',
    { zh: '今年以来新增或新申请低保、特困，新增重度残疾人', en: 'new or applied-for dibao or tekun, or new severe disability, this year' },
    [{ doc: S001, clause: '一(一)', quote: '特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户' }],
    { zh: '排查时段内有新增低保、新增特困、新申请低保、新申请特困或新增重度残疾人事件。', en: 'A new dibao, new tekun, dibao application, tekun application or new severe disability event in the window.' },
    ['screeningWindow'],
    ['events'],
  ),
  'rigid-spending': group(
    'rigid-spending',
    { zh: '刚性支出较大影响基本生活', en: 'large rigid spending affecting basic living' },
    [{ doc: S001, clause: '一(一)', quote: '因病因学因意外事故等刚性支出较大影响基本生活的农户' }],
    {
      zh: '记录刚性支出明显超过上年度收入，且“两不愁三保障”受影响或基本生活出现严重困难。',
      en: 'Rigid spending recorded as clearly above last year\'s income, and basic needs affected or severe difficulty in basic living.',
    },
    [],
    ['hardship.rigidSpendingExceedsIncome', 'hardship.basicNeedsAffected', 'hardship.severeDifficulty'],
  ),
  'repeated-application-not-included': group(
    'repeated-application-not-included',
    { zh: '多次申报或预警未纳入监测帮扶', en: 'applied or warned repeatedly but not included' },
    [{ doc: S001, clause: '一(一)', quote: '多次申报或预警未纳入监测帮扶的农户' }],
    {
      zh: '非监测对象，评估时点前的农户申请与预警（部门预警、预警未纳入）合计达到参数规定的次数。',
      en: 'Not a monitoring object, with applications and warnings (department warnings, warned-not-included) up to the as-of date at least the parameter\'s count.',
    },
    ['screeningRepeatedApplications'],
    ['monitoring', 'events'],
  ),
  'poverty-alleviated': group(
    'poverty-alleviated',
    { zh: '脱贫人口（“四类人”）', en: 'formerly poor household (four kinds of people)' },
    [{ doc: S002, clause: '二', quote: '脱贫人口、监测对象、一般户' }],
    { zh: '脱贫户（A4）。', en: 'A 脱贫户 (A4).' },
    [],
    ['povertyAlleviated'],
  ),
  monitored: group(
    'monitored',
    { zh: '监测对象（“四类人”）', en: 'monitoring object (four kinds of people)' },
    [{ doc: S002, clause: '二', quote: '脱贫人口、监测对象、一般户' }],
    { zh: '监测对象（含已消除风险的）。', en: 'A monitoring object (including one whose risk is eliminated).' },
    [],
    ['monitoring'],
  ),
  'ordinary-below-line': group(
    'ordinary-below-line',
    { zh: '一般户：人均纯收入低于监测底线', en: 'ordinary household below the monitoring floor' },
    [{ doc: S002, clause: '二', quote: '一般户（重点为：2021年人均纯收入低于监测底线<6000元>的户' }],
    { zh: '一般户（非脱贫户、非监测对象），家庭人均纯收入（A34）低于监测线。', en: 'An ordinary household (neither 脱贫户 nor monitored) whose per-capita net income (A34) is below the line.' },
    ['monitoringLine', 'lineComparison'],
    ['povertyAlleviated', 'monitoring', 'income'],
  ),
  'ordinary-dibao': group(
    'ordinary-dibao',
    { zh: '一般户：低保户', en: 'ordinary household on dibao' },
    [{ doc: S002, clause: '二', quote: '低保户' }],
    { zh: '一般户，有成员享受低保。', en: 'An ordinary household with a member on dibao.' },
    [],
    ['povertyAlleviated', 'monitoring', 'members[].dibao'],
  ),
  'ordinary-illness': group(
    'ordinary-illness',
    { zh: '一般户：大病重病和负担较重的慢性病患者', en: 'ordinary household with serious illness or burdensome chronic illness' },
    [{ doc: S002, clause: '二', quote: '大病重病和负担较重的慢性病患者' }],
    {
      zh: '一般户，有患大病成员；或有长期慢性病成员且记录大病报销后个人自付较大（负担较重）。',
      en: 'An ordinary household with a seriously ill member, or a chronically ill member with large out-of-pocket costs on record (a heavy burden).',
    },
    [],
    ['povertyAlleviated', 'monitoring', 'members[].health', 'policyReview.largeMedicalOutOfPocket'],
  ),
  'ordinary-no-labour': group(
    'ordinary-no-labour',
    { zh: '一般户：整户无劳动能力或部分丧失劳动能力且无稳定收入', en: 'ordinary household without labour, or with labour partly lost and no stable income' },
    [{ doc: S002, clause: '二', quote: '整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭' }],
    {
      zh: '一般户，在册成员均无劳动能力；或有成员丧失劳动力或为弱劳动力，且记录无法通过产业就业获得稳定收入。',
      en: 'An ordinary household in which no member can work, or with a member whose labour is lost or weak and no stable income from work on record.',
    },
    [],
    ['povertyAlleviated', 'monitoring', 'members[].labour', 'hardship.noStableIncomeFromWork'],
  ),
  'ordinary-disability': group(
    'ordinary-disability',
    { zh: '一般户：残疾人等特殊群体的家庭', en: 'ordinary household with a disabled member' },
    [{ doc: S002, clause: '二', quote: '残疾人等特殊群体的家庭' }],
    { zh: '一般户，有残疾成员（健康状况为残疾、有残疾等级或残疾人证）。', en: 'An ordinary household with a disabled member (health 残疾, a disability grade or certificate).' },
    [],
    ['povertyAlleviated', 'monitoring', 'members[].health', 'members[].disabilityGrade'],
  ),
  'sudden-severe-hardship': group(
    'sudden-severe-hardship',
    { zh: '刚性支出过大或收入大幅缩减导致生活严重困难', en: 'severe hardship from rigid spending or an income collapse' },
    [
      { doc: S002, clause: '二', quote: '今年以来因病因灾因等意外事故造成刚性支出过大，收入大幅缩减，导致生活出现严重困难的人口' },
      { doc: S003, clause: '一(二)', quote: '新增加的因病、因残、因学等刚性支出较大或收入大幅缩减导致基本生活出现严重困难农户' },
    ],
    { zh: '记录刚性支出骤增或收入骤减导致基本生活出现严重困难（本期）。', en: 'Severe difficulty in basic living from a surge of rigid spending or a collapse of income, recorded for the period.' },
    [],
    ['hardship.severeDifficulty'],
  ),
  'warned-or-applied': group(
    'warned-or-applied',
    { zh: '反馈过预警信息或提交过申请的农户', en: 'households warned of or having applied' },
    [
      {
        doc: S002,
        clause: '三(一)1',
        quote: '各级筛查反馈过预警信息的农户、通过“全国防返贫监测系统手机APP”、云南省“政府救助平台”等平台或向镇政府、村委会提交过申请的农户',
      },
    ],
    { zh: '评估时点前有部门预警、预警未纳入或农户申请记录。', en: 'A department warning, a warned-not-included record or an application on record up to the as-of date.' },
    [],
    ['events'],
  ),
  'disaster-affected': group(
    'disaster-affected',
    { zh: '受灾情影响较大', en: 'hit by a disaster' },
    [{ doc: S003, clause: '一(二)', quote: '重点关注受灾情影响较大，特别是收入下降明显的农户' }],
    { zh: '风险类型含因自然灾害（或记录灾害子项），或排查时段内有受灾事件。', en: 'Risk type 因自然灾害 (or a disaster sub-type) on record, or a natural-disaster event in the window.' },
    ['screeningWindow'],
    ['riskTypes', 'disasterTypes', 'events'],
  ),
  'income-not-increased-or-slow': group(
    'income-not-increased-or-slow',
    { zh: '收入不增反降、增速较慢', en: 'income not rising, or rising slowly' },
    [{ doc: S003, clause: '一(二)', quote: '2022年收入不增反降、增速较慢的农户' }],
    {
      zh: '文件点名的年度（screeningIncomeYear，五顷塬：2022年度）的家庭人均纯收入不高于前一年度；或增长低于参数规定的增速（文件未给出增速时，增长的无法判定）。各年度收入取自本期、上年家庭人均纯收入或往年收入，记录中没有的无法判定；未点名年度时比较本期（A34）与上年。',
      en: 'Per-capita net income of the year the document names (screeningIncomeYear; Wuqingyuan: the 2022 income year) not above the year before\'s, or up by less than the parameter\'s percentage (undetermined for a rise when none is set). Each year\'s figure comes from the assessed period, the previous year\'s figure or the income history; one the record lacks leaves the group undetermined. With no year named, the assessed A34 is compared with the previous year\'s.',
    },
    ['screeningIncomeYear', 'screeningSlowGrowth', 'householdSizeRule'],
    ['income', 'previousPerCapitaNetIncome', 'incomeHistory'],
  ),
  'income-below-amount': group(
    'income-below-amount',
    { zh: '收入低于规定金额', en: 'income below a set amount' },
    [{ doc: S003, clause: '一(二)', quote: '2022年收入低于10000元的农户' }],
    {
      zh: '文件点名的年度（screeningIncomeYear，五顷塬：2022年度）的收入（按参数规定的口径）低于参数规定的金额（严格小于）；该年度收入取自本期、上年家庭人均纯收入或往年收入，记录中没有的无法判定。未点名年度时比较本期收入。',
      en: 'Income (on the parameter\'s basis) of the year the document names (screeningIncomeYear; Wuqingyuan: the 2022 income year) strictly below the parameter\'s amount; the figure comes from the assessed period, the previous year\'s figure or the income history, and one the record lacks leaves the group undetermined. With no year named, the assessed period\'s income is compared.',
    },
    ['screeningIncomeBelow', 'screeningIncomeYear', 'lineComparison'],
    ['income', 'previousPerCapitaNetIncome', 'incomeHistory'],
  ),
  'new-dibao-or-application': group(
    'new-dibao-or-application',
    { zh: '新识别和新申请低保', en: 'newly on or applying for dibao' },
    [{ doc: S003, clause: '一(二)', quote: '新识别和新申请低保，特别是收入较低、家庭负担较重的农户' }],
    { zh: '排查时段内有新增低保或新申请低保事件。', en: 'A new dibao or dibao-application event in the window.' },
    ['screeningWindow'],
    ['events'],
  ),
  'serious-illness-member': group(
    'serious-illness-member',
    { zh: '大病重病患者', en: 'seriously ill member' },
    [{ doc: S004, clause: '二(一)', quote: '大病重病患者' }],
    { zh: '在册成员健康状况为患大病。', en: 'A member on record is seriously ill.' },
    [],
    ['members[].health'],
  ),
  'severe-disability-member': group(
    'severe-disability-member',
    { zh: '重度残疾人', en: 'severely disabled member' },
    [{ doc: S004, clause: '二(一)', quote: '重度残疾人' }],
    { zh: '在册成员残疾等级为一级或二级（重度，含残疾人证号所载等级）。', en: 'A member on record with a grade 1 or 2 (severe) disability, including the grade a certificate number states.' },
    [],
    ['members[].disabilityGrade', 'members[].idNumber', 'members[].health'],
  ),
  'department-warning': group(
    'department-warning',
    { zh: '部门筛查预警', en: 'department warnings' },
    [
      {
        doc: S004,
        clause: '三(三)',
        quote: '每月按时将新增低保、特困供养、临时救助、住危房、大额医疗支出、刑事处罚、重度残疾人、困难学生等预警信息报市扶贫办',
      },
    ],
    { zh: '排查时段内有参数所列部门预警事项的事件。', en: 'An event of a kind the departments warn of (parameter) in the window.' },
    ['screeningWarningKinds', 'screeningWindow'],
    ['events'],
  ),
};

type Test = (s: ScreeningContext) => GroupTest;
type FindingValues = Record<string, FindingValue>;

const kindsText = (kinds: readonly HouseholdEvent['kind'][]) => ({ zh: kinds.map((k) => HOUSEHOLD_EVENTS[k].zh).join('、'), en: kinds.join(', ') });

const windowUnknown = (s: ScreeningContext, values: () => FindingValues = () => ({})): GroupTest => {
  const w = s.window as { ok: false; missing: string; message: Text };
  return { outcome: 'undetermined', explain: () => ({ message: w.message, values: values() }), missing: [w.missing] };
};

/** A group decided by events in the window, or a risk type on record. */
function eventsOrRisk(kinds: readonly HouseholdEvent['kind'][], risks: readonly string[], extraRisk?: (s: ScreeningContext) => boolean): Test {
  return (s) => {
    const recorded = s.h.riskTypes;
    const onRecord = recorded === undefined || recorded.length === 0 || risks.length === 0 ? [] : recorded.filter((r) => risks.includes(r));
    const extra = extraRisk?.(s) ?? false;
    const events = eventsInWindow(s, kinds);
    const values = () => ({ riskTypes: onRecord, events: events ? events.map((e) => `${e.kind} ${e.on}`) : null });
    if (onRecord.length > 0 || extra) {
      return { outcome: 'met', explain: () => ({ message: { zh: `风险类型记录为 ${onRecord.join('、') || '灾害子项'}`, en: `risk type on record: ${onRecord.join(', ') || 'a disaster sub-type'}` }, values: values() }) };
    }
    if (events === null) return windowUnknown(s, values);
    return events.length > 0
      ? {
          outcome: 'met',
          explain: () => {
            const k = kindsText(kinds);
            return { message: { zh: `排查时段内有${k.zh}事件 ${events.length} 起`, en: `${events.length} event(s) of ${k.en} in the window` }, values: values() };
          },
        }
      : {
          outcome: 'not-met',
          explain: () => {
            const k = kindsText(kinds);
            return { message: { zh: `排查时段内无${k.zh}事件，风险类型也无记录`, en: `no ${k.en} event in the window and no such risk type on record` }, values: values() };
          },
        };
  };
}

/** A group decided by events of these kinds in the window. */
function eventsOnly(kinds: readonly HouseholdEvent['kind'][]): Test {
  return eventsOrRisk(kinds, []);
}

/** Wraps a test that applies only to 一般户 (neither 脱贫户 nor a monitoring object). */
function ordinary(test: Test): Test {
  return (s) => {
    if (s.h.povertyAlleviated || s.h.monitoring) {
      return {
        outcome: 'not-met',
        explain: () => ({
          message: { zh: '不是一般户（为脱贫户或监测对象）', en: 'not an ordinary household (a 脱贫户 or a monitoring object)' },
          values: { povertyAlleviated: s.h.povertyAlleviated, monitored: s.h.monitoring !== undefined },
        }),
      };
    }
    return test(s);
  };
}

const AMOUNT_LABEL: Text = { zh: '界限', en: 'the amount' };

/** Per-capita (or household) net income of the assessed period compared with an amount; `null` without a household size. */
function incomeBelow(s: ScreeningContext, amount: { amount: string | number; basis: 'per-capita-net' | 'household-net' }, label: Text = AMOUNT_LABEL): { below: boolean; text: Text; values: () => FindingValues } | null {
  const amountFen = toFen(amount.amount);
  if (amount.basis === 'household-net') {
    const below = s.income.net < amountFen;
    const sym = below ? '<' : s.income.net === amountFen ? '=' : '>';
    return {
      below,
      text: { zh: `家庭纯收入 A33 ${formatFen(s.income.net)} 元 ${sym} ${label.zh} ${formatFen(amountFen)} 元`, en: `net income A33 ${formatFen(s.income.net)} ${sym} ${label.en} ${formatFen(amountFen)}` },
      values: () => ({ basis: amount.basis, A33: formatFen(s.income.net), amount: formatFen(amountFen) }),
    };
  }
  const size = s.income.size;
  if (size === null || size === 0 || s.on === null) return null;
  const shown = showLineComparison(s.income.net, size, amountFen, s.profile, s.on, { total: 'A33', perCapita: 'A34' }, label);
  return {
    below: shown.relation < 0,
    text: { zh: `家庭人均纯收入 ${shown.text.zh}`, en: `per-capita net income ${shown.text.en}` },
    values: () => ({ basis: amount.basis, A34: shown.money, A33: formatFen(s.income.net), householdSize: size, amount: formatFen(amountFen), ...shown.values }),
  };
}

const sizeUnknown = (s: ScreeningContext): GroupTest => ({
  outcome: 'undetermined',
  explain: () => ({
    message: { zh: '家庭人口数未知或为0，无法计算人均纯收入', en: 'the household size is unknown or zero, so per-capita income cannot be computed' },
    values: { householdSize: s.income.size },
  }),
  missing: [s.income.size === null || s.on === null ? 'asOf' : 'members'],
});

/** Where an income figure comes from. */
type FigureSource = 'assessed-period' | 'previousPerCapitaNetIncome' | 'incomeHistory';

const SOURCE_LABEL: Record<FigureSource, Text> = {
  'assessed-period': { zh: '本期收入', en: 'the assessed period' },
  previousPerCapitaNetIncome: { zh: '上年家庭人均纯收入', en: 'previousPerCapitaNetIncome' },
  incomeHistory: { zh: '往年收入', en: 'incomeHistory' },
};

/** The income of one income year (per head or per household), exact: `num / den` fen. */
interface IncomeFigure {
  num: bigint;
  den: bigint;
  /** The figure as shown: exact (a per-capita quotient with enough places) or recorded. */
  shown: string;
  /** The figure as money (2 places): rounded as the profile declares, or as recorded. For a finding's values. */
  money?: string;
  source: FigureSource;
  /** The year it stands for, e.g. zh "2022年度（2021-10-01 至 2022-09-30）"; the assessed period as such. */
  label: Text;
}

/** The basis of an income figure. */
type Basis = 'per-capita-net' | 'household-net';

/** The income year a profile's groups name (`screeningIncomeYear`), or `undefined` when it names none. */
function incomeYearOf(s: ScreeningContext) {
  const p = lookup(s.profile, 'screeningIncomeYear', s.on);
  return p.ok ? { year: p.value.year, standIn: p.value.standIn, citation: p.citation } : undefined;
}

/** The assessed period's figure, or the test that says why there is none. */
function assessedFigure(s: ScreeningContext, basis: Basis): { ok: true; figure: IncomeFigure } | { ok: false; test: GroupTest } {
  const period = s.assessment.period;
  const label: Text = period ? { zh: `本期（${period.from} 至 ${period.to}）`, en: `the assessed period (${period.from} to ${period.to})` } : { zh: '本期', en: 'the assessed period' };
  if (basis === 'household-net') return { ok: true, figure: { num: BigInt(s.income.net), den: 1n, shown: formatFen(s.income.net), source: 'assessed-period', label } };
  const size = s.income.size;
  if (size === null || size === 0 || s.on === null) return { ok: false, test: sizeUnknown(s) };
  return {
    ok: true,
    figure: { num: BigInt(s.income.net), den: BigInt(size), shown: perCapitaExact(s.income.net, size), money: formatFen(roundPerCapita(s.income.net, size, s.profile, s.on)), source: 'assessed-period', label },
  };
}

/**
 * The income of the 年度 `year` (the annual income period ending in it), as the record carries it:
 * the assessed period when that is the year; for the year before it, `previousPerCapitaNetIncome`
 * (per head); otherwise the `incomeHistory` entry ending that year. Without it the answer names
 * the field to supply.
 */
function figureOfYear(s: ScreeningContext, year: number, basis: Basis): { ok: true; figure: IncomeFigure } | { ok: false; missing: string[]; message: Text; values: FindingValues } {
  const period = s.assessment.period;
  const spec = s.assessment.spec?.value;
  if (period === null || spec === undefined) return { ok: false, missing: s.assessment.missing.length ? [...s.assessment.missing] : ['asOf'], message: { zh: '收入计算周期未知，无法确定所指年度的收入', en: 'the income period is unknown, so the income of the year named cannot be read' }, values: { year } };
  if (spec.kind !== 'annual') {
    return { ok: false, missing: ['incomeHistory'], message: { zh: `配置的收入周期不是年度周期，无法确定${year}年度收入，请以 incomeHistory 提供`, en: `the profile's income period is not annual, so the income of ${year} cannot be placed; supply it as incomeHistory` }, values: { year } };
  }
  const end = formatDate(year, spec.endMonth, Math.min(spec.endDay, daysInMonth(year, spec.endMonth)));
  const from = addDays(addMonths(end, -12), 1);
  const label: Text = { zh: `${year}年度（${from} 至 ${end}）`, en: `the ${year} income year (${from} to ${end})` };
  if (end === period.to) {
    const a = assessedFigure(s, basis);
    if (!a.ok) return { ok: false, missing: a.test.missing ?? [], message: a.test.explain().message, values: { year } };
    return { ok: true, figure: { ...a.figure, label } };
  }
  const previousEnd = formatDate(year + 1, spec.endMonth, Math.min(spec.endDay, daysInMonth(year + 1, spec.endMonth))) === period.to;
  const prev = s.h.previousPerCapitaNetIncome;
  if (previousEnd && basis === 'per-capita-net' && prev !== undefined) {
    const fen = toFen(prev);
    return { ok: true, figure: { num: BigInt(fen), den: 1n, shown: formatFen(fen), source: 'previousPerCapitaNetIncome', label } };
  }
  const entry = s.h.incomeHistory?.find((e) => e.periodEnd === end);
  const recorded = basis === 'per-capita-net' ? entry?.perCapitaNetIncome : entry?.netIncome;
  if (recorded !== undefined) {
    const fen = toFen(recorded);
    return { ok: true, figure: { num: BigInt(fen), den: 1n, shown: formatFen(fen), source: 'incomeHistory', label } };
  }
  const what = basis === 'per-capita-net' ? { zh: '家庭人均纯收入', en: 'per-capita net income', field: 'perCapitaNetIncome' } : { zh: '家庭纯收入', en: 'net income', field: 'netIncome' };
  const field = previousEnd && basis === 'per-capita-net' ? 'previousPerCapitaNetIncome' : 'incomeHistory';
  const how =
    field === 'previousPerCapitaNetIncome'
      ? { zh: '上年家庭人均纯收入（previousPerCapitaNetIncome）', en: 'previousPerCapitaNetIncome' }
      : { zh: `往年收入（incomeHistory，periodEnd ${end}，${what.field}）`, en: `incomeHistory (periodEnd ${end}, ${what.field})` };
  return {
    ok: false,
    missing: [field],
    message: { zh: `记录中没有${label.zh}的${what.zh}，请补充${how.zh}`, en: `the record lacks the ${what.en} of ${label.en}: supply ${how.en}` },
    values: { year, periodEnd: end },
  };
}

/** `a` compared with `b`, exactly. */
function compareFigures(a: IncomeFigure, b: IncomeFigure): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** A figure and where it comes from, for messages. */
const figureText = (f: IncomeFigure): Text => ({ zh: `${f.label.zh}${f.shown} 元（${SOURCE_LABEL[f.source].zh}）`, en: `${f.shown} for ${f.label.en} (${SOURCE_LABEL[f.source].en})` });

/** What stands in for a year's figure, said plainly. */
const STAND_IN_NOTE = (year: number): Text => ({
  zh: `记录中没有${year}年度收入，按配置的解读以本期收入代替`,
  en: `the record lacks the ${year} income; the assessed period stands in for it (the profile's reading)`,
});

/**
 * The change of per-capita net income from one year to the next, in exact integers: `net` and
 * `base` are the two figures over a common positive denominator. Without a year named
 * (`screeningIncomeYear`), the assessed period against `previousPerCapitaNetIncome`; with one, that
 * year against the year before it, read as {@link figureOfYear} does.
 */
function incomeChange(
  s: ScreeningContext,
  year?: { year: number; standIn?: 'assessed-period' | undefined },
): { ok: true; base: bigint; net: bigint; note: Text | null; values: () => FindingValues & { changePercent: string | null } } | { ok: false; test: GroupTest } {
  let now: IncomeFigure;
  let before: IncomeFigure;
  let note: Text | null = null;
  const fromRecord = year ? [figureOfYear(s, year.year, 'per-capita-net'), figureOfYear(s, year.year - 1, 'per-capita-net')] : null;
  const [yearNow, yearBefore] = fromRecord ?? [];
  if (yearNow?.ok && yearBefore?.ok) {
    now = yearNow.figure;
    before = yearBefore.figure;
  } else if (fromRecord && year!.standIn !== 'assessed-period') {
    const missing = [...new Set(fromRecord.flatMap((r) => (r.ok ? [] : r.missing)))];
    const messages = fromRecord.flatMap((r) => (r.ok ? [] : [r.message]));
    return {
      ok: false,
      test: {
        outcome: 'undetermined',
        explain: () => ({ message: { zh: messages.map((m) => m.zh).join('；'), en: messages.map((m) => m.en).join('; ') }, values: { year: year!.year, previousYear: year!.year - 1 } }),
        missing,
      },
    };
  } else {
    if (fromRecord) note = STAND_IN_NOTE(year!.year);
    const prev = s.h.previousPerCapitaNetIncome;
    if (prev === undefined) {
      return {
        ok: false,
        test: { outcome: 'undetermined', explain: () => ({ message: { zh: '未记录上年家庭人均纯收入', en: 'the previous year\'s per-capita net income is not recorded' }, values: { previous: null } }), missing: ['previousPerCapitaNetIncome'] },
      };
    }
    const a = assessedFigure(s, 'per-capita-net');
    if (!a.ok) return a;
    now = a.figure;
    const fen = toFen(prev);
    before = { num: BigInt(fen), den: 1n, shown: formatFen(fen), source: 'previousPerCapitaNetIncome', label: { zh: '上年', en: 'the previous year' } };
  }
  // Over the common denominator now.den × before.den (positive).
  const net = now.num * before.den;
  const base = before.num * now.den;
  const values = (): FindingValues & { changePercent: string | null } => {
    let change: string | null = null;
    if (base > 0n) {
      // (net − base) / base in hundredths of a percent, rounded half away from zero.
      const num = (net - base) * 10000n;
      const neg = num < 0n;
      const abs = neg ? -num : num;
      const bp = (abs * 2n + base) / (base * 2n);
      const s2 = bp.toString().padStart(3, '0');
      change = `${neg && bp !== 0n ? '-' : ''}${s2.slice(0, -2)}.${s2.slice(-2)}`;
    }
    const size = s.income.size;
    const exact: Record<string, string> = now.money !== undefined && now.money !== now.shown ? { exact: now.shown } : {};
    if (year && !note) return { year: year.year, now: now.money ?? now.shown, ...exact, nowSource: now.source, previous: before.shown, previousSource: before.source, changePercent: change };
    const out: FindingValues & { changePercent: string | null } = { A34: now.money ?? now.shown, ...exact, previous: before.shown, householdSize: size, changePercent: change };
    if (note) out.standIn = 'assessed-period';
    return out;
  };
  const said: Text | null = year && !note ? { zh: `${figureText(now).zh}，${figureText(before).zh}`, en: `${figureText(now).en}, against ${figureText(before).en}` } : note;
  return { ok: true, base, net, note: said, values };
}

/** Basis points of a percentage parameter (two decimals at most). */
const basisPoints = (percent: number) => BigInt(Math.round(percent * 100));

const TESTS: Record<ScreeningGroup, Test> = {
  'new-hardship-with-student': (s) => {
    const students = countMembers(s.members, isStudent);
    const kinds = ['new-dibao', 'new-serious-illness', 'new-disability', 'new-severe-disability'] as const;
    const events = eventsInWindow(s, kinds);
    const values = () => ({ students, events: events ? events.map((e) => `${e.kind} ${e.on}`) : null });
    if (students === 0) return { outcome: 'not-met', explain: () => ({ message: { zh: '家中无在校学生', en: 'no member is in school' }, values: values() }) };
    if (events === null) return windowUnknown(s, values);
    return events.length > 0
      ? { outcome: 'met', explain: () => ({ message: { zh: `今年以来新增低保、大病或残疾 ${events.length} 起，家中有学生 ${students} 人`, en: `${events.length} new dibao, serious illness or disability event(s) in the window, with ${students} member(s) in school` }, values: values() }) }
      : { outcome: 'not-met', explain: () => ({ message: { zh: '排查时段内无新增低保、大病、残疾', en: 'no new dibao, serious illness or disability in the window' }, values: values() }) };
  },
  'high-medical-cost': (s) => {
    const ill = anyMember(s.members, (m) => (m.health === undefined ? undefined : m.health === 'serious-illness' || m.health === 'chronic'));
    const large = s.h.policyReview?.largeMedicalOutOfPocket;
    const events = eventsInWindow(s, ['large-medical-spending']);
    const values = () => ({ illMember: ill ?? null, largeMedicalOutOfPocket: large ?? null, events: events ? events.map((e) => e.on) : null });
    if (ill === false) return { outcome: 'not-met', explain: () => ({ message: { zh: '家中无患大病或慢性病成员', en: 'no member is seriously or chronically ill' }, values: values() }) };
    if (ill === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '成员健康状况未完整记录', en: 'members\' health is not fully recorded' }, values: values() }), missing: ['members[].health'] };
    if (large === true || (events !== null && events.length > 0)) {
      return { outcome: 'met', explain: () => ({ message: { zh: '有患病成员需持续治疗，医疗费用较高', en: 'an ill member needs continuing treatment and medical costs are high' }, values: values() }) };
    }
    if (events === null) return windowUnknown(s, values);
    if (large === undefined) {
      return { outcome: 'undetermined', explain: () => ({ message: { zh: '有患病成员，但未记录医疗费用是否较高', en: 'a member is ill, but whether medical costs are high is not recorded' }, values: values() }), missing: ['policyReview.largeMedicalOutOfPocket'] };
    }
    return { outcome: 'not-met', explain: () => ({ message: { zh: '有患病成员，但医疗费用不高', en: 'a member is ill, but medical costs are not high' }, values: values() }) };
  },
  'not-enjoying-with-burden': (s): GroupTest => {
    if (!s.h.povertyAlleviated) return { outcome: 'not-met', explain: () => ({ message: { zh: '不是脱贫户', en: 'not a 脱贫户' }, values: { povertyAlleviated: false } }) };
    const status = s.h.policyStatus;
    if (status === undefined) {
      return { outcome: 'undetermined', explain: () => ({ message: { zh: '脱贫户，但未记录是否享受政策', en: 'a 脱贫户, but its policy status is not recorded' }, values: { policyStatus: null } }), missing: ['policyStatus'] };
    }
    if (status === 'enjoying') return { outcome: 'not-met', explain: () => ({ message: { zh: '脱贫享受政策户', en: 'a 脱贫户 still enjoying support policies' }, values: { policyStatus: status } }) };
    const burden = anyMember(s.members, (m) => {
      if (isStudent(m) || m.dibao === true || m.health === 'serious-illness' || isDisabled(m) === true) return true;
      if (m.dibao === undefined || m.health === undefined) return undefined;
      return false;
    });
    const values = () => ({ policyStatus: status, students: countMembers(s.members, isStudent), dibao: countMembers(s.members, (m) => m.dibao === true), seriousIllness: countMembers(s.members, (m) => m.health === 'serious-illness'), disabled: countMembers(s.members, (m) => isDisabled(m) === true) });
    if (burden === true) return { outcome: 'met', explain: () => ({ message: { zh: '脱贫不享受政策户，家中有学生、低保、大病或残疾成员', en: 'a 脱贫不享受政策 household with a student, a member on dibao, seriously ill or disabled' }, values: values() }) };
    if (burden === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '脱贫不享受政策户，成员低保或健康状况未完整记录', en: 'a 脱贫不享受政策 household whose members\' dibao or health is not fully recorded' }, values: values() }), missing: ['members[].dibao', 'members[].health'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '脱贫不享受政策户，家中无学生、低保、大病、残疾成员', en: 'a 脱贫不享受政策 household with no student and no member on dibao, seriously ill or disabled' }, values: values() }) };
  },
  'unstable-work': eventsOrRisk(['job-loss'], ['unstable-employment']),
  'income-decline': (s) => {
    const ch = incomeChange(s);
    if (!ch.ok) return ch.test;
    if (ch.net >= ch.base) return { outcome: 'not-met', explain: () => ({ message: { zh: '收入未下降', en: 'income did not fall' }, values: ch.values() }) };
    const p = lookup(s.profile, 'screeningIncomeDecline', s.on);
    if (!p.ok) return { outcome: 'undetermined', explain: () => ({ message: { zh: `收入下降 ${ch.values().changePercent ?? ''}%，但${p.message.zh}`, en: `income fell (${ch.values().changePercent ?? '?'}%), but ${p.message.en}` }, values: ch.values() }), missing: [p.missing] };
    if (ch.base <= 0n) return { outcome: 'undetermined', explain: () => ({ message: { zh: '上年收入不为正，无法计算下降幅度', en: 'the previous income is not positive, so the size of the fall cannot be computed' }, values: ch.values() }), missing: ['previousPerCapitaNetIncome'] };
    const clear = (ch.base - ch.net) * 10000n >= ch.base * basisPoints(p.value);
    const values = () => ({ ...ch.values(), threshold: p.value });
    return clear
      ? { outcome: 'met', explain: () => ({ message: { zh: `收入下降 ${ch.values().changePercent}%，达到 ${p.value}%`, en: `income fell ${ch.values().changePercent}%, at least ${p.value}%` }, values: values() }), citations: [p.citation] }
      : { outcome: 'not-met', explain: () => ({ message: { zh: `收入下降 ${ch.values().changePercent}%，未达 ${p.value}%`, en: `income fell ${ch.values().changePercent}%, less than ${p.value}%` }, values: values() }), citations: [p.citation] };
  },
  'low-income': (s) => {
    const p = lookup(s.profile, 'screeningLowIncome', s.on);
    if (!p.ok) return { outcome: 'undetermined', explain: () => ({ message: p.message, values: {} }), missing: [p.missing] };
    const r = incomeBelow(s, p.value);
    if (!r) return sizeUnknown(s);
    return r.below
      ? { outcome: 'met', explain: () => ({ message: { zh: `收入偏低：${r.text.zh}`, en: `low income: ${r.text.en}` }, values: r.values() }), citations: [p.citation] }
      : { outcome: 'not-met', explain: () => ({ message: { zh: `收入不低于界限：${r.text.zh}`, en: `income not below the amount: ${r.text.en}` }, values: r.values() }), citations: [p.citation] };
  },
  'industry-failure': eventsOrRisk(['industry-failure'], ['industry-failure']),
  accident: eventsOrRisk(['accident'], ['accident', 'sudden-event']),
  'dibao-or-tekun': (s) => {
    const v = anyMember(s.members, (m) => (m.dibao === true || m.tekun === true ? true : m.dibao === undefined || m.tekun === undefined ? undefined : false));
    const values = () => ({ dibao: countMembers(s.members, (m) => m.dibao === true), tekun: countMembers(s.members, (m) => m.tekun === true) });
    if (v === true) return { outcome: 'met', explain: () => ({ message: { zh: `有享受低保成员 ${values().dibao} 人、特困供养成员 ${values().tekun} 人`, en: `${values().dibao} member(s) on dibao and ${values().tekun} on tekun support` }, values: values() }) };
    if (v === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '成员低保、特困供养情况未完整记录', en: 'members\' dibao and tekun status is not fully recorded' }, values: values() }), missing: ['members[].dibao', 'members[].tekun'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '无享受低保或特困供养成员', en: 'no member on dibao or tekun support' }, values: values() }) };
  },
  'new-dibao-tekun-severe-disability': eventsOnly(['new-dibao', 'new-tekun', 'dibao-application', 'tekun-application', 'new-severe-disability']),
  'rigid-spending': (s) => {
    const hs = s.h.hardship ?? {};
    const values = () => ({ rigidSpendingExceedsIncome: hs.rigidSpendingExceedsIncome ?? null, basicNeedsAffected: hs.basicNeedsAffected ?? null, severeDifficulty: hs.severeDifficulty ?? null });
    if (hs.rigidSpendingExceedsIncome === false) return { outcome: 'not-met', explain: () => ({ message: { zh: '刚性支出未明显超过上年度收入', en: 'rigid spending is not clearly above last year\'s income' }, values: values() }) };
    const affected = hs.basicNeedsAffected === true || hs.severeDifficulty === true ? true : hs.basicNeedsAffected === false && hs.severeDifficulty === false ? false : undefined;
    if (hs.rigidSpendingExceedsIncome === true && affected === true) return { outcome: 'met', explain: () => ({ message: { zh: '刚性支出较大，影响基本生活', en: 'large rigid spending affects basic living' }, values: values() }) };
    if (affected === false) return { outcome: 'not-met', explain: () => ({ message: { zh: '基本生活未受影响', en: 'basic living is not affected' }, values: values() }) };
    const missing: string[] = [];
    if (hs.rigidSpendingExceedsIncome === undefined) missing.push('hardship.rigidSpendingExceedsIncome');
    if (affected === undefined) missing.push(...(hs.basicNeedsAffected === undefined ? ['hardship.basicNeedsAffected'] : []), ...(hs.severeDifficulty === undefined ? ['hardship.severeDifficulty'] : []));
    return { outcome: 'undetermined', explain: () => ({ message: { zh: '刚性支出及其影响未完整记录', en: 'rigid spending and its effect are not fully recorded' }, values: values() }), missing };
  },
  'repeated-application-not-included': (s): GroupTest => {
    if (s.h.monitoring) return { outcome: 'not-met', explain: () => ({ message: { zh: '已纳入监测', en: 'already a monitoring object' }, values: { monitored: true } }) };
    const p = lookup(s.profile, 'screeningRepeatedApplications', s.on);
    if (!p.ok) return { outcome: 'undetermined', explain: () => ({ message: p.message, values: {} }), missing: [p.missing] };
    const events = eventsUpToAnchor(s, (e) => e.kind === 'application' || e.kind === 'warning-not-included' || e.departmentWarning === true);
    if (events === null) return { outcome: 'undetermined', explain: () => ({ message: { zh: '无评估时点', en: 'no as-of date' }, values: {} }), missing: ['asOf'] };
    const values = () => ({ applicationsAndWarnings: events.length, minimum: p.value, monitored: false });
    return events.length >= p.value
      ? { outcome: 'met', explain: () => ({ message: { zh: `申报或预警 ${events.length} 次（不少于 ${p.value} 次），仍未纳入监测`, en: `${events.length} applications or warnings (at least ${p.value}), still not included` }, values: values() }), citations: [p.citation] }
      : { outcome: 'not-met', explain: () => ({ message: { zh: `申报或预警 ${events.length} 次，少于 ${p.value} 次`, en: `${events.length} applications or warnings, fewer than ${p.value}` }, values: values() }), citations: [p.citation] };
  },
  'poverty-alleviated': (s): GroupTest =>
    s.h.povertyAlleviated
      ? { outcome: 'met', explain: () => ({ message: { zh: '脱贫户', en: 'a 脱贫户' }, values: { povertyAlleviated: true } }) }
      : { outcome: 'not-met', explain: () => ({ message: { zh: '不是脱贫户', en: 'not a 脱贫户' }, values: { povertyAlleviated: false } }) },
  monitored: (s): GroupTest =>
    s.h.monitoring
      ? { outcome: 'met', explain: () => ({ message: { zh: '监测对象', en: 'a monitoring object' }, values: { monitored: true, eliminated: s.h.monitoring?.eliminated !== undefined } }) }
      : { outcome: 'not-met', explain: () => ({ message: { zh: '不是监测对象', en: 'not a monitoring object' }, values: { monitored: false } }) },
  'ordinary-below-line': ordinary((s) => {
    const line = lookup(s.profile, 'monitoringLine', s.on);
    if (!line.ok) return { outcome: 'undetermined', explain: () => ({ message: line.message, values: {} }), missing: [line.missing] };
    const r = incomeBelow(s, { amount: line.value, basis: 'per-capita-net' }, { zh: '监测线', en: 'the line' });
    if (!r) return sizeUnknown(s);
    return r.below
      ? { outcome: 'met', explain: () => ({ message: { zh: `一般户，${r.text.zh}`, en: `an ordinary household, ${r.text.en}` }, values: r.values() }), citations: [line.citation] }
      : { outcome: 'not-met', explain: () => ({ message: { zh: `不低于监测线：${r.text.zh}`, en: `not below the line: ${r.text.en}` }, values: r.values() }), citations: [line.citation] };
  }),
  'ordinary-dibao': ordinary((s) => {
    const v = anyMember(s.members, (m) => m.dibao);
    const values = () => ({ dibao: countMembers(s.members, (m) => m.dibao === true) });
    if (v === true) return { outcome: 'met', explain: () => ({ message: { zh: '一般户，有享受低保成员', en: 'an ordinary household with a member on dibao' }, values: values() }) };
    if (v === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '成员低保情况未完整记录', en: 'members\' dibao status is not fully recorded' }, values: values() }), missing: ['members[].dibao'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '无享受低保成员', en: 'no member on dibao' }, values: values() }) };
  }),
  'ordinary-illness': ordinary((s) => {
    const serious = countMembers(s.members, (m) => m.health === 'serious-illness');
    const chronic = countMembers(s.members, (m) => m.health === 'chronic');
    const unknown = countMembers(s.members, (m) => m.health === undefined);
    const large = s.h.policyReview?.largeMedicalOutOfPocket;
    const values = () => ({ seriousIllness: serious, chronic, largeMedicalOutOfPocket: large ?? null });
    if (serious > 0) return { outcome: 'met', explain: () => ({ message: { zh: '一般户，有患大病成员', en: 'an ordinary household with a seriously ill member' }, values: values() }) };
    if (chronic > 0) {
      if (large === true) return { outcome: 'met', explain: () => ({ message: { zh: '一般户，有负担较重的慢性病患者', en: 'an ordinary household with a chronically ill member and a heavy burden' }, values: values() }) };
      if (large === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '有慢性病成员，但未记录负担是否较重', en: 'a member is chronically ill, but whether the burden is heavy is not recorded' }, values: values() }), missing: ['policyReview.largeMedicalOutOfPocket'] };
    }
    if (unknown > 0) return { outcome: 'undetermined', explain: () => ({ message: { zh: '成员健康状况未完整记录', en: 'members\' health is not fully recorded' }, values: values() }), missing: ['members[].health'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '无大病或负担较重的慢性病成员', en: 'no seriously ill member and no chronic illness with a heavy burden' }, values: values() }) };
  }),
  'ordinary-no-labour': ordinary((s) => {
    const none = householdWithoutLabour(s.h, allListed(s.members)).value ?? undefined;
    const limited = countMembers(s.members, (m) => m.labour === 'lost' || m.labour === 'weak');
    const noStable = s.h.hardship?.noStableIncomeFromWork;
    const values = () => ({ wholeHouseholdWithoutLabour: none ?? null, membersLostOrWeakLabour: limited, noStableIncomeFromWork: noStable ?? null });
    if (none === true) return { outcome: 'met', explain: () => ({ message: { zh: '一般户，整户无劳动能力', en: 'an ordinary household in which no member can work' }, values: values() }) };
    if (limited > 0 && noStable === true) return { outcome: 'met', explain: () => ({ message: { zh: '一般户，部分丧失劳动能力且无法通过产业就业获得稳定收入', en: 'an ordinary household with labour partly lost and no stable income from work' }, values: values() }) };
    if (none === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '成员劳动技能未完整记录', en: 'members\' labour capacity is not fully recorded' }, values: values() }), missing: ['members[].labour'] };
    if (limited > 0 && noStable === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '有成员部分丧失劳动能力，但未记录能否通过产业就业获得稳定收入', en: 'labour is partly lost, but whether a stable income is earned from work is not recorded' }, values: values() }), missing: ['hardship.noStableIncomeFromWork'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '有劳动能力，且未记录无稳定收入', en: 'members can work, and no lack of stable income is recorded' }, values: values() }) };
  }),
  'ordinary-disability': ordinary((s) => {
    const v = anyMember(s.members, isDisabled);
    const values = () => ({ disabled: countMembers(s.members, (m) => isDisabled(m) === true) });
    if (v === true) return { outcome: 'met', explain: () => ({ message: { zh: '一般户，有残疾成员', en: 'an ordinary household with a disabled member' }, values: values() }) };
    if (v === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '成员健康状况未完整记录', en: 'members\' health is not fully recorded' }, values: values() }), missing: ['members[].health'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '无残疾成员', en: 'no disabled member' }, values: values() }) };
  }),
  'sudden-severe-hardship': (s) => {
    const v = s.h.hardship?.severeDifficulty;
    const values = () => ({ severeDifficulty: v ?? null });
    if (v === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '未记录基本生活是否出现严重困难', en: 'whether basic living is in severe difficulty is not recorded' }, values: values() }), missing: ['hardship.severeDifficulty'] };
    return v
      ? { outcome: 'met', explain: () => ({ message: { zh: '刚性支出骤增或收入骤减，基本生活出现严重困难', en: 'a surge of rigid spending or a collapse of income has put basic living in severe difficulty' }, values: values() }) }
      : { outcome: 'not-met', explain: () => ({ message: { zh: '基本生活未出现严重困难', en: 'basic living is not in severe difficulty' }, values: values() }) };
  },
  'warned-or-applied': (s) => {
    const events = eventsUpToAnchor(s, (e) => e.kind === 'application' || e.kind === 'warning-not-included' || e.departmentWarning === true);
    if (events === null) return { outcome: 'undetermined', explain: () => ({ message: { zh: '无评估时点', en: 'no as-of date' }, values: {} }), missing: ['asOf'] };
    const values = () => ({ applicationsAndWarnings: events.length });
    return events.length > 0
      ? { outcome: 'met', explain: () => ({ message: { zh: `有预警或申请记录 ${events.length} 条`, en: `${events.length} warning(s) or application(s) on record` }, values: values() }) }
      : { outcome: 'not-met', explain: () => ({ message: { zh: '无预警或申请记录', en: 'no warning or application on record' }, values: values() }) };
  },
  'disaster-affected': eventsOrRisk(['natural-disaster'], ['natural-disaster'], (s) => (s.h.disasterTypes ?? []).length > 0),
  'income-not-increased-or-slow': (s) => {
    const year = incomeYearOf(s);
    const ch = incomeChange(s, year);
    if (!ch.ok) return ch.test;
    const yearCite = year ? [year.citation] : [];
    const said = (t: Text): Text => (ch.note ? { zh: `${t.zh}（${ch.note.zh}）`, en: `${t.en} (${ch.note.en})` } : t);
    const which = year ? { zh: `${year.year}年收入`, en: `the ${year.year} income` } : { zh: '收入', en: 'income' };
    if (ch.net <= ch.base) return { outcome: 'met', explain: () => ({ message: said({ zh: `${which.zh}不增反降（变化 ${ch.values().changePercent ?? '—'}%）`, en: `${which.en} did not rise (change ${ch.values().changePercent ?? '—'}%)` }), values: ch.values() }), citations: yearCite };
    const p = lookup(s.profile, 'screeningSlowGrowth', s.on);
    if (!p.ok) return { outcome: 'undetermined', explain: () => ({ message: said({ zh: `${which.zh}增长 ${ch.values().changePercent ?? ''}%，但${p.message.zh}`, en: `${which.en} rose (${ch.values().changePercent ?? '?'}%), but ${p.message.en}` }), values: ch.values() }), missing: [p.missing], citations: yearCite };
    if (ch.base <= 0n) return { outcome: 'undetermined', explain: () => ({ message: said({ zh: '上年收入不为正，无法计算增速', en: 'the previous income is not positive, so the growth rate cannot be computed' }), values: ch.values() }), missing: ['previousPerCapitaNetIncome'], citations: yearCite };
    const slow = (ch.net - ch.base) * 10000n < ch.base * basisPoints(p.value);
    const values = () => ({ ...ch.values(), threshold: p.value });
    return slow
      ? { outcome: 'met', explain: () => ({ message: said({ zh: `${which.zh}增长 ${ch.values().changePercent}%，低于 ${p.value}%`, en: `${which.en} rose ${ch.values().changePercent}%, less than ${p.value}%` }), values: values() }), citations: [...yearCite, p.citation] }
      : { outcome: 'not-met', explain: () => ({ message: said({ zh: `${which.zh}增长 ${ch.values().changePercent}%，不低于 ${p.value}%`, en: `${which.en} rose ${ch.values().changePercent}%, at least ${p.value}%` }), values: values() }), citations: [...yearCite, p.citation] };
  },
  'income-below-amount': (s) => {
    const p = lookup(s.profile, 'screeningIncomeBelow', s.on);
    if (!p.ok) return { outcome: 'undetermined', explain: () => ({ message: p.message, values: {} }), missing: [p.missing] };
    const year = incomeYearOf(s);
    const amountFen = toFen(p.value.amount);
    const basis = p.value.basis;
    if (year) {
      const fig = figureOfYear(s, year.year, basis);
      if (fig.ok && fig.figure.source !== 'assessed-period') {
        // A recorded figure of the year named: compared as recorded (to the fen).
        const f = fig.figure;
        const cmp = compareFigures(f, { num: BigInt(amountFen), den: 1n, shown: '', source: 'assessed-period', label: { zh: '', en: '' } });
        const sym = cmp < 0 ? '<' : cmp === 0 ? '=' : '>';
        const what = basis === 'per-capita-net' ? { zh: '家庭人均纯收入', en: 'per-capita net income' } : { zh: '家庭纯收入', en: 'net income' };
        const values = () => ({ basis, year: year.year, source: f.source, income: f.shown, amount: formatFen(amountFen), relation: sym });
        const text = { zh: `${f.label.zh}${what.zh} ${f.shown} 元（${SOURCE_LABEL[f.source].zh}）${sym} ${formatFen(amountFen)} 元`, en: `${what.en} of ${f.label.en}, ${f.shown} (${SOURCE_LABEL[f.source].en}), ${sym} ${formatFen(amountFen)}` };
        return { outcome: cmp < 0 ? 'met' : 'not-met', explain: () => ({ message: text, values: values() }), citations: [year.citation, p.citation] };
      }
      if (!fig.ok && year.standIn !== 'assessed-period') {
        return { outcome: 'undetermined', explain: () => ({ message: fig.message, values: { ...fig.values, basis, amount: formatFen(amountFen) } }), missing: fig.missing, citations: [year.citation, p.citation] };
      }
      // The year is the assessed period, or the assessed period stands in for it (said so).
      const r = incomeBelow(s, p.value);
      if (!r) return sizeUnknown(s);
      const label = fig.ok ? fig.figure.label : null;
      const text: Text = label ? { zh: `${label.zh}${r.text.zh}`, en: `${r.text.en}, for ${label.en}` } : { zh: `${r.text.zh}（${STAND_IN_NOTE(year.year).zh}）`, en: `${r.text.en} (${STAND_IN_NOTE(year.year).en})` };
      const values = () => ({ ...r.values(), year: year.year, source: 'assessed-period', ...(label ? {} : { standIn: 'assessed-period' }) });
      return { outcome: r.below ? 'met' : 'not-met', explain: () => ({ message: text, values: values() }), citations: [year.citation, p.citation] };
    }
    const r = incomeBelow(s, p.value);
    if (!r) return sizeUnknown(s);
    return { outcome: r.below ? 'met' : 'not-met', explain: () => ({ message: r.text, values: r.values() }), citations: [p.citation] };
  },
  'new-dibao-or-application': eventsOnly(['new-dibao', 'dibao-application']),
  'serious-illness-member': (s) => {
    const v = anyMember(s.members, (m) => (m.health === undefined ? undefined : m.health === 'serious-illness'));
    const values = () => ({ seriousIllness: countMembers(s.members, (m) => m.health === 'serious-illness') });
    if (v === true) return { outcome: 'met', explain: () => ({ message: { zh: `有患大病成员 ${values().seriousIllness} 人`, en: `${values().seriousIllness} seriously ill member(s)` }, values: values() }) };
    if (v === undefined) return { outcome: 'undetermined', explain: () => ({ message: { zh: '成员健康状况未完整记录', en: 'members\' health is not fully recorded' }, values: values() }), missing: ['members[].health'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '无患大病成员', en: 'no seriously ill member' }, values: values() }) };
  },
  'severe-disability-member': (s) => {
    const severe = countMembers(s.members, (m) => {
      const g = disabilityGradeOf(m);
      return isSevereDisabilityGrade(g);
    });
    const ungraded = countMembers(s.members, (m) => m.health === 'disabled' && disabilityGradeOf(m) === undefined);
    const values = () => ({ severeDisability: severe, disabledWithoutGrade: ungraded });
    if (severe > 0) return { outcome: 'met', explain: () => ({ message: { zh: `有重度残疾成员 ${severe} 人`, en: `${severe} severely disabled member(s)` }, values: values() }) };
    if (ungraded > 0) return { outcome: 'undetermined', explain: () => ({ message: { zh: '有残疾成员但未记录残疾等级', en: 'a member is disabled but the grade is not recorded' }, values: values() }), missing: ['members[].disabilityGrade'] };
    return { outcome: 'not-met', explain: () => ({ message: { zh: '无重度残疾成员', en: 'no severely disabled member' }, values: values() }) };
  },
  'department-warning': (s) => {
    const kinds = lookup(s.profile, 'screeningWarningKinds', s.on);
    if (!kinds.ok) return { outcome: 'undetermined', explain: () => ({ message: kinds.message, values: {} }), missing: [kinds.missing] };
    const r = eventsOnly(kinds.value)(s);
    return { ...r, citations: [kinds.citation] };
  },
};

/** Runs one group's test. */
export function testGroup(id: ScreeningGroup, s: ScreeningContext): GroupTest {
  return TESTS[id](s);
}
