/**
 * 医疗保障 — medical insurance coverage: each member of a 脱贫户 or monitored household on record
 * at the status date takes part in basic medical insurance (A17) and in 大病保险 (A18). Members who
 * died or left before the status date are exempt (not on record); a value left empty is the
 * member-fields family's (completeness), not this one's.
 *
 * 临稷办发〔2023〕76号 附件1 二: "A17 是否 参加 城乡 居民 （职 工） 基本", "A18 是否 参 加大 病 保 险"; 附件1 三:
 * "A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（A17 指标生成）" — basic medical care is one of the
 * 三保障. County rules 2_01_016 / 2_12_016 (脱贫人口 / 监测人口医疗未保障) and 2_01_008 (基本医疗保险为否).
 *
 * The export's two A17 columns (城乡居民 and 城镇职工) are merged into one field on import (either 是
 * is true), so "both 是" (2_01_009, 2_12_015) cannot be seen here.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { county, memberCheck, NONE, step, type QualityStep } from './run.js';
import { memberField, onForm } from './scope.js';

const S000 = '临稷办发〔2023〕76号';
const A17: QuotedCitation = { doc: S000, clause: '附件1 二 A17', quote: 'A17 是否 参加 城乡 居民 （职 工） 基本' };
const A18: QuotedCitation = { doc: S000, clause: '附件1 二 A18', quote: 'A18 是否 参 加大 病 保 险' };
const A26: QuotedCitation = { doc: S000, clause: '附件1 三 A26', quote: 'A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（A17 指标生成）' };

const path = (i: number, field: string) => `members[${i}].${field}`;

/** 2_01_008 / 2_01_016 / 2_12_016 — a member on record of a 脱贫户 or monitored household whose A17 is 否. */
export const basicUninsured = memberCheck({
  id: 'quality.medical-insurance.basic-uninsured',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_01_008', '2_01_016', '2_12_016'],
  title: { zh: '成员未参加基本医疗保险', en: 'member without basic medical insurance' },
  citations: [
    A17,
    A26,
    county('2_01_016', '脱贫人口医疗未保障'),
    county('2_12_016', '防止返贫监测人口医疗未保障'),
    county('2_01_008', '脱贫人口是否参加城乡居民（城镇职工）基本医疗保险同时为空或否'),
  ],
  description: {
    zh: '脱贫户或监测对象户中状态时点在册的成员，A17 是否参加城乡居民（职工）基本医疗保险为“否”（死亡、迁出等已不在册的成员除外）。',
    en: "A member of a 脱贫户 or monitored household, on record at the status date, whose A17 (basic medical insurance, residents' or employees') is no (members who died or left are exempt).",
  },
  parameters: [],
  facts: ['povertyAlleviated', 'monitoring', 'members[].basicMedicalInsurance', 'members[].changes'],
  when: onForm,
  testMember: (q, i) => (q.members[i]!.basicMedicalInsurance === false && q.present(i) ? [i] : NONE),
  explain: (q, row) => {
    const label = memberField('basicMedicalInsurance');
    return {
      path: path(row, 'basicMedicalInsurance'),
      message: {
        zh: `${q.who(row).zh}未参加基本医疗保险（${label.zh}为“否”），基本医疗未保障`,
        en: `${q.who(row).en} has no basic medical insurance (${label.en}: no): basic medical care is not secured`,
      },
      values: { basicMedicalInsurance: false },
    };
  },
});

/** 2_01_016 / 2_12_016 — a member on record of a 脱贫户 or monitored household whose A18 is 否. */
export const seriousIllnessUninsured = memberCheck({
  id: 'quality.medical-insurance.serious-illness-uninsured',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_01_016', '2_12_016'],
  title: { zh: '成员未参加大病保险', en: 'member without serious-illness insurance' },
  citations: [
    A18,
    county('2_01_016', '脱贫人口医疗未保障'),
    county('2_12_016', '防止返贫监测人口医疗未保障'),
  ],
  description: {
    zh: '脱贫户或监测对象户中状态时点在册的成员，A18 是否参加大病保险为“否”（死亡、迁出等已不在册的成员除外）。',
    en: 'A member of a 脱贫户 or monitored household, on record at the status date, whose A18 (serious-illness insurance) is no (members who died or left are exempt).',
  },
  parameters: [],
  facts: ['povertyAlleviated', 'monitoring', 'members[].seriousIllnessInsurance', 'members[].changes'],
  when: onForm,
  testMember: (q, i) => (q.members[i]!.seriousIllnessInsurance === false && q.present(i) ? [i] : NONE),
  explain: (q, row) => {
    const label = memberField('seriousIllnessInsurance');
    return {
      path: path(row, 'seriousIllnessInsurance'),
      message: {
        zh: `${q.who(row).zh}未参加大病保险（${label.zh}为“否”）`,
        en: `${q.who(row).en} has no serious-illness insurance (${label.en}: no)`,
      },
      values: { seriousIllnessInsurance: false },
    };
  },
});

/** The medical-insurance checks, in report order (one pass over the members). */
export const medicalInsuranceChecks: readonly QualityStep[] = [step(basicUninsured), step(seriousIllnessUninsured)];
