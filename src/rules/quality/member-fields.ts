/**
 * 成员指标完整性 — member fields the form requires, left empty: A9 民族, A13 健康状况, A14 劳动技能,
 * A17 基本医疗保险, A18 大病保险, A19 城乡居民基本养老保险, and A11 文化程度 / A12 在校生状况 / 未上学原因
 * (one of the three). Each member of a 脱贫户 or monitored household on record at the status date
 * is checked; a field left empty is unrecorded, never "no".
 *
 * 临稷办发〔2023〕76号 §一(二): "采集基本情况、致贫返贫风险、家庭收入等相关信息，录入全国系统。"; 附件1 二 lists
 * the member fields A5–A22. County rules 2_01_001–2_01_003, 2_01_006, 2_01_007, 2_12_001–2_12_003,
 * 2_12_010, 2_12_012, 2_15_001, 5_15_001, 5_19_001, 3_01_002 and 3_12_003 (county-rules.md).
 * (The completeness family checks the household's own fields: risk types, A23–A25, A55.)
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import type { Member } from '../../model/household.js';
import { county, memberCheck, memberPass, NONE, type MemberCheck, type QualityStep } from './run.js';
import { memberField, onForm } from './scope.js';

const S000 = '临稷办发〔2023〕76号';
const COLLECT: QuotedCitation = { doc: S000, clause: '一(二)', quote: '采集基本情况、致贫返贫风险、家庭收入等相关信息，录入全国系统。' };

type Field = 'ethnicity' | 'health' | 'labour' | 'basicMedicalInsurance' | 'seriousIllnessInsurance' | 'pensionInsurance';

const blank = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() === '');

/** A check that one member field is recorded. */
function requiredField(spec: { field: Field; slug: string; form: QuotedCitation; codes: readonly [string, string][]; title: { zh: string; en: string } }): MemberCheck<number> {
  const label = memberField(spec.field);
  return memberCheck({
    id: `quality.member-fields.${spec.slug}`,
    layer: 'quality',
    severity: 'completeness',
    nationalCodes: spec.codes.map(([c]) => c),
    title: spec.title,
    citations: [COLLECT, spec.form, ...spec.codes.map(([c, l]) => county(c, l))],
    description: {
      zh: `脱贫户或监测对象户中状态时点在册的成员未填写${label.zh}。`,
      en: `A member of a 脱贫户 or monitored household, on record at the status date, has no ${label.en} recorded.`,
    },
    parameters: [],
    facts: ['povertyAlleviated', 'monitoring', `members[].${spec.field}`],
    when: onForm,
    testMember: (q, i) => (blank(q.members[i]![spec.field]) && q.present(i) ? [i] : NONE),
    explain: (q, row) => ({
      path: `members[${row}].${spec.field}`,
      message: { zh: `${q.who(row).zh}未填写${label.zh}`, en: `${q.who(row).en} has no ${label.en} recorded` },
      values: { field: label.zh },
    }),
  });
}

const form = (code: string, quote: string): QuotedCitation => ({ doc: S000, clause: `附件1 二 ${code}`, quote });

/** 2_01_001 / 2_12_002 — A9 民族 empty. */
export const ethnicityMissing = requiredField({
  field: 'ethnicity',
  slug: 'ethnicity',
  form: form('A9', 'A9 民族'),
  codes: [
    ['2_01_001', '脱贫人口民族为空'],
    ['2_12_002', '监测对象人口民族为空'],
  ],
  title: { zh: '成员民族为空', en: 'member without an ethnicity' },
});

/** 2_01_002 / 2_12_003 — A13 健康状况 empty. */
export const healthMissing = requiredField({
  field: 'health',
  slug: 'health',
  form: form('A13', 'A13 健康 状况'),
  codes: [
    ['2_01_002', '脱贫人口健康状况为空'],
    ['2_12_003', '监测对象人口健康状况为空'],
  ],
  title: { zh: '成员健康状况为空', en: 'member without a health status' },
});

/** 2_01_003 / 2_12_001 — A14 劳动技能 empty. */
export const labourMissing = requiredField({
  field: 'labour',
  slug: 'labour',
  form: form('A14', 'A14 劳动 技能'),
  codes: [
    ['2_01_003', '脱贫人口劳动技能为空'],
    ['2_12_001', '监测对象人口劳动技能为空'],
  ],
  title: { zh: '成员劳动技能为空', en: 'member without a labour capacity' },
});

/** 2_12_012 / 2_01_008 — A17 基本医疗保险 empty. */
export const basicMedicalInsuranceMissing = requiredField({
  field: 'basicMedicalInsurance',
  slug: 'basic-medical-insurance',
  form: form('A17', 'A17 是否 参加 城乡 居民 （职 工） 基本'),
  codes: [
    ['2_12_012', '监测对象家庭成员是否参加城乡居民（职工）基本医疗保险同时为空'],
    ['2_01_008', '脱贫人口是否参加城乡居民（城镇职工）基本医疗保险同时为空或否'],
  ],
  title: { zh: '成员是否参加基本医疗保险为空', en: 'member without a basic-medical-insurance entry' },
});

/** 2_01_006 / 2_12_010 — A18 大病保险 empty. */
export const seriousIllnessInsuranceMissing = requiredField({
  field: 'seriousIllnessInsurance',
  slug: 'serious-illness-insurance',
  form: form('A18', 'A18 是否 参 加大 病 保 险'),
  codes: [
    ['2_01_006', '脱贫人口是否参加大病保险为空'],
    ['2_12_010', '监测对象家庭成员是否参加大病保险为空'],
  ],
  title: { zh: '成员是否参加大病保险为空', en: 'member without a serious-illness-insurance entry' },
});

/** 2_01_007 / 2_15_001 / 5_15_001 / 5_19_001 — A19 城乡居民基本养老保险 empty. */
export const pensionInsuranceMissing = requiredField({
  field: 'pensionInsurance',
  slug: 'pension-insurance',
  form: form('A19', 'A19 是否 参 加 城 乡'),
  codes: [
    ['2_01_007', '脱贫人口是否参加城乡居民基本养老保险为空'],
    ['2_15_001', '监测对象家庭成员是否参加城乡居民基本养老保险为空'],
    ['5_15_001', '监测对象是否参加城乡居民基本养老保险为空'],
    ['5_19_001', '脱贫人口是否参加城乡居民（城镇职工）基本养老保险同时为空值'],
  ],
  title: { zh: '成员是否参加城乡居民基本养老保险为空', en: 'member without a basic-pension-insurance entry' },
});

const EDUCATION_FIELDS: readonly (keyof Member)[] = ['education', 'schoolStatus', 'outOfSchoolReason'];

/** 3_01_002 / 3_12_003 — A11 文化程度, A12 在校生状况 and the reason for being out of school all empty. */
export const educationMissing = memberCheck({
  id: 'quality.member-fields.education',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['3_01_002', '3_12_003'],
  title: { zh: '文化程度、在校生状况、未上学原因同时为空', en: 'education, school status and out-of-school reason all empty' },
  citations: [
    COLLECT,
    form('A11', 'A11 文化 程度'),
    form('A12', 'A12 在校 生 状况'),
    county('3_01_002', '脱贫人口文化程度和在校生状况和失学原因同时为空'),
    county('3_12_003', '文化程度、在校生状况、失学原因同时为空'),
  ],
  description: {
    zh: '脱贫户或监测对象户中状态时点在册的成员，A11 文化程度、A12 在校生状况和义务教育阶段未上学原因都未填写（在校生填在校生状况，非在校生填文化程度，学龄前儿童也有在校生状况）。',
    en: 'A member of a 脱贫户 or monitored household, on record at the status date, with none of A11 education, A12 school status and the out-of-school reason recorded (a student has a school status, anyone else an education level; a pre-school child has the status 学龄前儿童).',
  },
  parameters: [],
  facts: ['povertyAlleviated', 'monitoring', 'members[].education', 'members[].schoolStatus', 'members[].outOfSchoolReason'],
  when: onForm,
  testMember: (q, i) => {
    const m = q.members[i]!;
    for (const f of EDUCATION_FIELDS) if (!blank(m[f])) return NONE;
    return q.present(i) ? [i] : NONE;
  },
  explain: (q, row) => {
    const [education, school] = [memberField('education'), memberField('schoolStatus')];
    return {
      path: `members[${row}].education`,
      message: {
        zh: `${q.who(row).zh}的${education.zh}、${school.zh}和义务教育阶段未上学原因都未填写`,
        en: `${q.who(row).en} has none of ${education.en}, ${school.en} and the out-of-school reason recorded`,
      },
    };
  },
});

const ALL = [ethnicityMissing, educationMissing, healthMissing, labourMissing, basicMedicalInsuranceMissing, seriousIllnessInsuranceMissing, pensionInsuranceMissing];

/** The member-field checks: one pass over the members, each member's empty fields reported together in form order. */
export const memberFieldChecks: readonly QualityStep[] = [memberPass(ALL)];
