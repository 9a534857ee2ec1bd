/**
 * 指标完整性 — completeness: what a monitored household's record must hold — its risk types and
 * three-guarantees status at identification, the "风险消除后…" block once eliminated, and the A55
 * monitoring contact with a reachable phone number; the household's and the members' phones, where recorded, are
 * mobile numbers (county rules 4_02_001, 5_13_003).
 *
 * 临稷办发〔2023〕76号 §一(二): "采集基本情况、致贫返贫风险、家庭收入等相关信息，录入全国系统。"; §一(一): the collection
 * covers "防止返贫监测帮扶对象（包含风险已经消除的，…）发生变化的信息，包括“两不愁三保障”、年度收入等"; 附件1 七:
 * "A55 监测联系人：联系电话：". (识别监测时间 is required by the household schema itself.)
 *
 * Phone numbers are masked in every message and value.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { isMobileNumber, maskPhone } from './issue.js';
import { county, memberCheck, NONE, qualityCheck, step, type QualityExplained, type QualityStep } from './run.js';
import { monitored, riskEliminated } from './scope.js';

const S000 = '临稷办发〔2023〕76号';
const COLLECT: QuotedCitation = { doc: S000, clause: '一(二)', quote: '采集基本情况、致贫返贫风险、家庭收入等相关信息，录入全国系统。' };
const A55: QuotedCitation = { doc: S000, clause: '附件1 七 A55', quote: 'A55 监测联系人：联系电话：' };

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

const IDENTIFICATION_GUARANTEES = [
  ['housingUnsafe', 'A23'],
  ['compulsoryEducationDropout', 'A24'],
  ['drinkingWaterUnsafe', 'A25'],
] as const;

const ELIMINATION_GUARANTEES = [
  ['housingUnsafe', 'A23'],
  ['compulsoryEducationDropout', 'A24'],
  ['drinkingWaterUnsafe', 'A25'],
  ['memberWithoutMedicalInsurance', 'A26'],
] as const;

/** What the post-elimination block lacks: the income, the guarantees block, or one guarantee. */
type PostEliminationGap = 'income' | 'guarantees' | (typeof ELIMINATION_GUARANTEES)[number];

/** One hit without data. */
const FOUND: readonly [null] = Object.freeze([null] as [null]);
const NAME_ONLY: readonly ('name' | 'phone')[] = Object.freeze(['name'] as const);
const PHONE_ONLY: readonly ('name' | 'phone')[] = Object.freeze(['phone'] as const);
const BOTH_CONTACT: readonly ('name' | 'phone')[] = Object.freeze(['name', 'phone'] as const);

/** 1_11_001 — a monitored household without A27. */
export const riskTypesMissing = qualityCheck({
  id: 'quality.completeness.risk-types',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['1_11_001'],
  title: { zh: '监测对象风险类型为空', en: 'monitored household without a risk type' },
  citations: [COLLECT, county('1_11_001', '监测对象户（致）贫风险为空')],
  description: { zh: '监测对象未填写A27 风险类型。', en: 'A monitored household has no A27 risk type.' },
  parameters: [],
  facts: ['monitoring', 'riskTypes'],
  when: monitored,
  test: (q) => {
    if (!q.monitored) return NONE;
    const r = q.household.riskTypes;
    return r !== undefined && r.length > 0 ? NONE : FOUND;
  },
  explain: () => ({ path: 'riskTypes', message: { zh: '监测对象未填写风险类型（A27）', en: 'the monitored household has no risk type (A27)' } }),
});

/** 1_11_002 — a monitored household without A23–A25 (the whole block, or each field left unrecorded). */
export const identificationFacts = qualityCheck({
  id: 'quality.completeness.identification-facts',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['1_11_002'],
  title: { zh: '监测对象三保障和饮水安全状况未填写', en: 'monitored household without its three-guarantees status' },
  citations: [COLLECT, county('1_11_002', '监测对象未填写识别时间、风险类型、收入、三保障和饮水安全状况指标信息')],
  description: {
    zh: '监测对象的A23 住房、A24 义务教育、A25 饮水安全状况有未填写的项（未填不等于“否”）。',
    en: 'A monitored household leaves A23 housing, A24 compulsory education or A25 drinking water unrecorded (unrecorded is not "no").',
  },
  parameters: [],
  facts: ['monitoring', 'guarantees'],
  when: monitored,
  test: (q): readonly ((typeof IDENTIFICATION_GUARANTEES)[number] | null)[] => {
    if (!q.monitored) return NONE;
    const g = q.household.guarantees;
    if (g === undefined) return [null];
    let out: (typeof IDENTIFICATION_GUARANTEES)[number][] | undefined;
    for (const guarantee of IDENTIFICATION_GUARANTEES) if (g[guarantee[0]] === undefined) (out ??= []).push(guarantee);
    return out ?? NONE;
  },
  explain: (_q, missing): QualityExplained =>
    missing === null
      ? { path: 'guarantees', message: { zh: '监测对象未填写三保障和饮水安全状况（A23–A25）', en: 'the monitored household has no three-guarantees and water status (A23–A25)' } }
      : { path: `guarantees.${missing[0]}`, message: { zh: `监测对象未填写${missing[1]}`, en: `the monitored household leaves ${missing[1]} unrecorded` }, values: { field: missing[1] } },
});

/** 1_11_004 — eliminated without the income at elimination, or without the guarantees at elimination (the block, or each field). */
export const postEliminationFacts = qualityCheck({
  id: 'quality.completeness.post-elimination',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['1_11_004'],
  title: { zh: '已消除风险未填写风险消除后收入、三保障和饮水状况', en: 'eliminated without the post-elimination income and guarantees' },
  citations: [
    { doc: S000, clause: '一(一)', quote: '采集更新脱贫享受政策人口和防止返贫监测帮扶对象（包含风险已经消除的，以下简称“监测帮扶对象”）发生变化的信息，包括“两不愁三保障”、年度收入等。' },
    county('1_11_004', '已消除致贫返贫风险的监测对象未填写风险消除后收入、三保障和饮水状况指标信息'),
  ],
  description: {
    zh: '已标注风险消除，但风险消除后收入未填写，或风险消除后三保障和饮水状况（住房、义务教育、饮水、基本医疗保险）有未填写的项。',
    en: 'Marked eliminated, but the income at elimination is missing, or the three guarantees and water at elimination (housing, compulsory education, water, basic medical insurance) are not all recorded.',
  },
  parameters: [],
  facts: ['monitoring.eliminated.income', 'monitoring.eliminated.guarantees'],
  when: riskEliminated,
  test: (q) => {
    const e = q.household.monitoring?.eliminated;
    if (e === undefined) return NONE;
    const out: PostEliminationGap[] = [];
    if (e.income === undefined) out.push('income');
    const g = e.guarantees;
    if (g === undefined) out.push('guarantees');
    else for (const guarantee of ELIMINATION_GUARANTEES) if (g[guarantee[0]] === undefined) out.push(guarantee);
    return out.length > 0 ? out : NONE;
  },
  explain: (_q, missing): QualityExplained =>
    missing === 'income'
      ? { path: 'monitoring.eliminated.income', message: { zh: '已消除风险，未填写风险消除后收入', en: 'eliminated, but the income at elimination is missing' } }
      : missing === 'guarantees'
        ? { path: 'monitoring.eliminated.guarantees', message: { zh: '已消除风险，未填写风险消除后三保障和饮水状况', en: 'eliminated, but the three guarantees and water at elimination are missing' } }
        : {
            path: `monitoring.eliminated.guarantees.${missing[0]}`,
            message: { zh: `已消除风险，未填写风险消除后${missing[1]}`, en: `eliminated, but ${missing[1]} at elimination is unrecorded` },
            values: { field: missing[1] },
          },
});

/** 1_11_011 — a monitored household without the A55 contact person, or phone (each reported). */
export const contactMissing = qualityCheck({
  id: 'quality.completeness.contact',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['1_11_011'],
  title: { zh: '监测联系人或联系电话为空', en: 'monitoring contact or phone missing' },
  citations: [A55, county('1_11_011', '已消除返（致）贫风险的监测对象未填写监测联系人和监测联系人电话')],
  description: { zh: '监测对象未填写A55 监测联系人或联系电话。', en: 'A monitored household has no A55 monitoring contact person or phone.' },
  parameters: [],
  facts: ['monitoring', 'contact.name', 'contact.phone'],
  when: monitored,
  test: (q) => {
    if (!q.monitored) return NONE;
    const c = q.household.contact;
    const name = blank(c?.name);
    const phone = blank(c?.phone);
    return name && phone ? BOTH_CONTACT : name ? NAME_ONLY : phone ? PHONE_ONLY : NONE;
  },
  explain: (_q, field): QualityExplained =>
    field === 'name'
      ? { path: 'contact.name', message: { zh: '监测对象未填写监测联系人（A55）', en: 'the monitored household has no monitoring contact person (A55)' } }
      : { path: 'contact.phone', message: { zh: '监测对象未填写监测联系电话（A55）', en: 'the monitored household has no monitoring contact phone (A55)' } },
});

/** S000 附件1 A55 — an A55 phone that is not an 11-digit mobile number (masked in the issue). */
export const contactPhone = qualityCheck({
  id: 'quality.completeness.contact-phone',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '监测联系电话不是11位手机号码', en: 'monitoring contact phone is not a mobile number' },
  citations: [A55],
  description: {
    zh: 'A55 联系电话不是11位手机号码（1开头、第二位3–9、其余为数字）。提示中电话号码已脱敏。',
    en: 'The A55 phone is not an 11-digit mobile number (a 1, then 3–9, then digits). The number is masked in the message.',
  },
  parameters: [],
  facts: ['contact.phone'],
  test: (q) => {
    const phone = q.household.contact?.phone;
    return phone === undefined || blank(phone) || isMobileNumber(phone) ? NONE : [phone.trim()];
  },
  explain: (_q, phone) => {
    const masked = maskPhone(phone);
    return {
      path: 'contact.phone',
      message: { zh: `监测联系电话 ${masked} 不是11位手机号码`, en: `the monitoring contact phone ${masked} is not an 11-digit mobile number` },
      values: { phone: masked, length: phone.length },
    };
  },
});

/**
 * 4_02_001 — 户联系电话 recorded but not an 11-digit mobile number (masked in the issue). An empty one
 * is not reported: a record without it cannot be told from an export without the column.
 */
export const householdPhone = qualityCheck({
  id: 'quality.completeness.household-phone',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_02_001'],
  title: { zh: '户联系电话不是11位手机号码', en: 'household phone is not a mobile number' },
  citations: [county('4_02_001', '户联系电话为空或不是11位')],
  description: {
    zh: '户联系电话已填写，但不是11位手机号码（1开头、第二位3–9、其余为数字）。未填写时不提示（无法区分导出文件没有此列）。提示中电话号码已脱敏。',
    en: 'The household phone (户联系电话) is recorded but is not an 11-digit mobile number (a 1, then 3–9, then digits). An empty one is not reported (it cannot be told from an export without the column). The number is masked in the message.',
  },
  parameters: [],
  facts: ['phone'],
  test: (q) => {
    const phone = q.household.phone;
    return phone === undefined || blank(phone) || isMobileNumber(phone.trim()) ? NONE : [phone.trim()];
  },
  explain: (_q, phone) => {
    const masked = maskPhone(phone);
    return {
      path: 'phone',
      message: { zh: `户联系电话 ${masked} 不是11位手机号码`, en: `the household phone ${masked} is not an 11-digit mobile number` },
      values: { phone: masked, length: phone.length },
    };
  },
});

/**
 * 5_13_003 / 2_12_007 / 2_01_014 — a member's 家庭成员联系电话 that is not an 11-digit mobile number, in a
 * household under monitoring, or of a member who works (A15 work area recorded, or A16 months above 0).
 * An empty one is not reported (as for 户联系电话).
 */
export const memberPhone = memberCheck({
  id: 'quality.completeness.member-phone',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_13_003', '2_12_007', '2_01_014'],
  title: { zh: '家庭成员联系电话不是11位手机号码', en: 'member’s phone is not a mobile number' },
  citations: [
    county('5_13_003', '监测对象户联系电话为空或不符合规则'),
    county('2_12_007', '务工人员联系电话不符合手机号码规则'),
    county('2_01_014', '务工脱贫人口联系电话不符合手机号码校验规则'),
  ],
  description: {
    zh: '监测对象的成员，或务工成员（填有A15 务工区域或A16 务工时间大于0），家庭成员联系电话已填写但不是11位手机号码（1开头、第二位3–9、其余为数字）。未填写时不提示。提示中电话号码已脱敏。',
    en: 'A member of a monitored household, or a member who works (A15 work area recorded or A16 months above 0), whose phone (家庭成员联系电话) is recorded but is not an 11-digit mobile number (a 1, then 3–9, then digits). An empty one is not reported. The number is masked in the message.',
  },
  parameters: [],
  facts: ['members[].phone', 'monitoring', 'members[].workArea', 'members[].workMonths'],
  testMember: (q, i) => {
    const m = q.members[i]!;
    const phone = m.phone;
    if (phone === undefined || blank(phone) || isMobileNumber(phone.trim())) return NONE;
    const works = m.workArea !== undefined || (m.workMonths !== undefined && m.workMonths > 0);
    return q.monitored || works ? [{ row: i, phone: phone.trim() }] : NONE;
  },
  explain: (q, { row, phone }) => {
    const masked = maskPhone(phone);
    return {
      path: `members[${row}].phone`,
      message: { zh: `${q.who(row).zh}的联系电话 ${masked} 不是11位手机号码`, en: `${q.who(row).en}'s phone ${masked} is not an 11-digit mobile number` },
      values: { phone: masked, length: phone.length },
    };
  },
});

/** The completeness checks, in report order. */
export const completenessChecks: readonly QualityStep[] = [
  step(riskTypesMissing),
  step(identificationFacts),
  step(postEliminationFacts),
  step(contactMissing),
  step(contactPhone),
  step(householdPhone),
  step(memberPhone),
];
