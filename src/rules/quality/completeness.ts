/**
 * 指标完整性 — completeness: what a monitored household's record must hold — its risk types and
 * three-guarantees status at identification, the "风险消除后…" block once eliminated, and the A55
 * monitoring contact with a reachable phone number.
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
import { defineRule } from '../../kernel/rule.js';
import { isMobileNumber, maskPhone } from './issue.js';
import { county, legacyStep, type QualityStep, type QualityRun } from './run.js';

const S000 = '临稷办发〔2023〕76号';
const COLLECT: QuotedCitation = { doc: S000, clause: '一(二)', quote: '采集基本情况、致贫返贫风险、家庭收入等相关信息，录入全国系统。' };
const A55: QuotedCitation = { doc: S000, clause: '附件1 七 A55', quote: 'A55 监测联系人：联系电话：' };

export const riskTypesMissing = defineRule({
  id: 'quality.completeness.risk-types',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['1_11_001'],
  title: { zh: '监测对象风险类型为空', en: 'monitored household without a risk type' },
  citations: [COLLECT, county('1_11_001', '监测对象户（致）贫风险为空')],
  description: { zh: '监测对象未填写A27 风险类型。', en: 'A monitored household has no A27 risk type.' },
  parameters: [],
  facts: ['monitoring', 'riskTypes'],
});

export const identificationFacts = defineRule({
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
});

export const postEliminationFacts = defineRule({
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
});

export const contactMissing = defineRule({
  id: 'quality.completeness.contact',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['1_11_011', '4_02_001', '5_13_003'],
  title: { zh: '监测联系人或联系电话为空', en: 'monitoring contact or phone missing' },
  citations: [
    A55,
    county('1_11_011', '已消除返（致）贫风险的监测对象未填写监测联系人和监测联系人电话'),
    county('4_02_001', '户联系电话为空或不是11位'),
    county('5_13_003', '监测对象户联系电话为空或不符合规则'),
  ],
  description: { zh: '监测对象未填写A55 监测联系人或联系电话。', en: 'A monitored household has no A55 monitoring contact person or phone.' },
  parameters: [],
  facts: ['monitoring', 'contact.name', 'contact.phone'],
});

export const contactPhone = defineRule({
  id: 'quality.completeness.contact-phone',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_02_001', '5_13_003'],
  title: { zh: '监测联系电话不是11位手机号码', en: 'monitoring contact phone is not a mobile number' },
  citations: [A55, county('4_02_001', '户联系电话为空或不是11位'), county('5_13_003', '监测对象户联系电话为空或不符合规则')],
  description: {
    zh: 'A55 联系电话不是11位手机号码（1开头、第二位3–9、其余为数字）。提示中电话号码已脱敏。',
    en: 'The A55 phone is not an 11-digit mobile number (a 1, then 3–9, then digits). The number is masked in the message.',
  },
  parameters: [],
  facts: ['contact.phone'],
});

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

function runRiskTypes(q: QualityRun): void {
  if (!q.monitored) return;
  const r = q.household.riskTypes;
  if (r !== undefined && r.length > 0) return;
  q.report(riskTypesMissing, 'riskTypes', { zh: '监测对象未填写风险类型（A27）', en: 'the monitored household has no risk type (A27)' });
}

const IDENTIFICATION_GUARANTEES = [
  ['housingUnsafe', 'A23'],
  ['compulsoryEducationDropout', 'A24'],
  ['drinkingWaterUnsafe', 'A25'],
] as const;

function runIdentificationFacts(q: QualityRun): void {
  if (!q.monitored) return;
  const g = q.household.guarantees;
  if (g === undefined) {
    q.report(identificationFacts, 'guarantees', { zh: '监测对象未填写三保障和饮水安全状况（A23–A25）', en: 'the monitored household has no three-guarantees and water status (A23–A25)' });
    return;
  }
  for (const [key, form] of IDENTIFICATION_GUARANTEES) {
    if (g[key] !== undefined) continue;
    q.report(identificationFacts, `guarantees.${key}`, { zh: `监测对象未填写${form}`, en: `the monitored household leaves ${form} unrecorded` }, { field: form });
  }
}

const ELIMINATION_GUARANTEES = [
  ['housingUnsafe', 'A23'],
  ['compulsoryEducationDropout', 'A24'],
  ['drinkingWaterUnsafe', 'A25'],
  ['memberWithoutMedicalInsurance', 'A26'],
] as const;

function runPostElimination(q: QualityRun): void {
  const e = q.household.monitoring?.eliminated;
  if (e === undefined) return;
  if (e.income === undefined) {
    q.report(postEliminationFacts, 'monitoring.eliminated.income', { zh: '已消除风险，未填写风险消除后收入', en: 'eliminated, but the income at elimination is missing' });
  }
  const g = e.guarantees;
  if (g === undefined) {
    q.report(postEliminationFacts, 'monitoring.eliminated.guarantees', { zh: '已消除风险，未填写风险消除后三保障和饮水状况', en: 'eliminated, but the three guarantees and water at elimination are missing' });
    return;
  }
  for (const [key, form] of ELIMINATION_GUARANTEES) {
    if (g[key] !== undefined) continue;
    q.report(postEliminationFacts, `monitoring.eliminated.guarantees.${key}`, { zh: `已消除风险，未填写风险消除后${form}`, en: `eliminated, but ${form} at elimination is unrecorded` }, { field: form });
  }
}

function runContact(q: QualityRun): void {
  if (!q.monitored) return;
  const c = q.household.contact;
  if (blank(c?.name)) q.report(contactMissing, 'contact.name', { zh: '监测对象未填写监测联系人（A55）', en: 'the monitored household has no monitoring contact person (A55)' });
  if (blank(c?.phone)) q.report(contactMissing, 'contact.phone', { zh: '监测对象未填写监测联系电话（A55）', en: 'the monitored household has no monitoring contact phone (A55)' });
}

function runContactPhone(q: QualityRun): void {
  const phone = q.household.contact?.phone;
  if (phone === undefined || blank(phone) || isMobileNumber(phone)) return;
  const masked = maskPhone(phone.trim());
  q.report(
    contactPhone,
    'contact.phone',
    { zh: `监测联系电话 ${masked} 不是11位手机号码`, en: `the monitoring contact phone ${masked} is not an 11-digit mobile number` },
    { phone: masked, length: phone.trim().length },
  );
}

/** The completeness checks, in report order. */
export const completenessChecks: readonly QualityStep[] = [
  legacyStep(riskTypesMissing, runRiskTypes),
  legacyStep(identificationFacts, runIdentificationFacts),
  legacyStep(postEliminationFacts, runPostElimination),
  legacyStep(contactMissing, runContact),
  legacyStep(contactPhone, runContactPhone),
];
