/**
 * 教育信息一致性 — education consistency: A11 文化程度 against A12 在校生状况 (a student has a school
 * status, anyone else an education level: not both), the education level against the member's age
 * at the status date, and the 雨露计划 subsidy (A47 教育帮扶) against the household's vocational
 * students.
 *
 * 临稷办发〔2023〕76号 附件1 二: "A11 文化 程度", "A12 在校 生 状况"; §四: "健康状况、在校生状况等状态类指标
 * 取值时间节点为2023年9月30日24时。" — ages and statuses are taken at the status date. 附件1 六 A47 lists
 * 雨露计划 among 教育帮扶. Every age is a profile parameter (src/profile/parameters/quality-coverage.ts).
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import type { Member } from '../../model/household.js';
import { EDUCATION_LEVELS, SCHOOL_STATUSES } from '../../model/labels.js';
import { county, memberCheck, NONE, qualityCheck, step, type QualityRun, type QualityStep } from './run.js';
import { memberField, onForm } from './scope.js';

const S000 = '临稷办发〔2023〕76号';
const A11: QuotedCitation = { doc: S000, clause: '附件1 二 A11', quote: 'A11 文化 程度' };
const A12: QuotedCitation = { doc: S000, clause: '附件1 二 A12', quote: 'A12 在校 生 状况' };
const STATUS_DATE: QuotedCitation = { doc: S000, clause: '四', quote: '健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。' };
const A47: QuotedCitation = { doc: S000, clause: '附件1 六 A47', quote: 'A47 教育帮扶' };

type Education = NonNullable<Member['education']>;
const PRIMARY_OR_LESS: ReadonlySet<Education> = new Set(['primary', 'illiterate']);
const ADVANCED: ReadonlySet<Education> = new Set(['technician', 'junior-college', 'bachelor-or-above']);
/** The item of A47 教育帮扶 that names the vocational-education subsidy. */
const RAIN_DEW = '雨露计划';

const path = (i: number, field: string) => `members[${i}].${field}`;

/** The member's age at the status date when on record (`null` otherwise or unknown); the checks reading it apply to 脱贫户 and monitored households (`when: onForm`). */
function ageOnRecord(q: QualityRun, i: number): number | null {
  return q.present(i) ? q.age(i) : null;
}

/** 3_01_003 / 3_12_004 — a member with both A11 文化程度 and A12 在校生状况 recorded. */
export const levelAndStatus = memberCheck({
  id: 'quality.education.level-and-status',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['3_01_003', '3_12_004'],
  title: { zh: '文化程度和在校生状况同时填报', en: 'education and school status both recorded' },
  citations: [A11, A12, county('3_01_003', '脱贫人口文化程度和在校生状况同时填报'), county('3_12_004', '监测对象家庭成员文化程度和在校生状况同时填报')],
  description: {
    zh: '脱贫户或监测对象户中状态时点在册的成员同时填写了A11 文化程度和A12 在校生状况：在校生只填在校生状况，非在校生只填文化程度。',
    en: 'A member of a 脱贫户 or monitored household, on record at the status date, has both A11 education and A12 school status: a student has only the school status, anyone else only the education level.',
  },
  parameters: [],
  facts: ['povertyAlleviated', 'monitoring', 'members[].education', 'members[].schoolStatus'],
  when: onForm,
  testMember: (q, i) => {
    const m = q.members[i]!;
    return m.education !== undefined && m.schoolStatus !== undefined && q.present(i) ? [i] : NONE;
  },
  explain: (q, row) => {
    const m = q.members[row]!;
    const [education, school] = [memberField('education'), memberField('schoolStatus')];
    const e = EDUCATION_LEVELS[m.education!];
    const s = SCHOOL_STATUSES[m.schoolStatus!];
    return {
      path: path(row, 'education'),
      message: {
        zh: `${q.who(row).zh}同时填写了${education.zh}（${e.zh}）和${school.zh}（${s.zh}），在校生只填在校生状况`,
        en: `${q.who(row).en} has both ${education.en} (${e.en}) and ${school.en} (${s.en}); a student has only the school status`,
      },
      values: { education: m.education!, schoolStatus: m.schoolStatus! },
    };
  },
});

/** 5_12_019 / 5_17_007 — a member not in school, aged 16–22 (both included, by default), whose education is primary school or less. */
export const youngAdultPrimary = memberCheck({
  id: 'quality.education.young-adult-primary',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_019', '5_17_007'],
  title: { zh: '16–22周岁文化程度为小学及以下', en: 'young adult with primary schooling or less' },
  citations: [
    STATUS_DATE,
    A11,
    county('5_12_019', '16（含）-22周岁（含）监测对象文化程度为小学及以下'),
    county('5_17_007', '16（含）-22周岁（含）脱贫人口文化程度为小学及以下'),
  ],
  description: {
    zh: '脱贫户或监测对象户中不在校的成员，状态时点年龄在配置年龄段（默认16–22周岁，含两端），A11 文化程度为小学或文盲半文盲。',
    en: 'A member of a 脱贫户 or monitored household who is not in school, of the profile age band at the status date (16–22 by default, both ends included), whose A11 education is primary school or illiterate.',
  },
  parameters: ['qualityYoungAdultEducationAge'],
  facts: ['members[].birthDate', 'members[].education', 'members[].schoolStatus'],
  when: onForm,
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.education === undefined || !PRIMARY_OR_LESS.has(m.education) || m.schoolStatus !== undefined) return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    const band = q.param('qualityYoungAdultEducationAge').value;
    return age >= band.min && age <= band.max ? [{ row: i, age }] : NONE;
  },
  explain: (q, { row, age }) => {
    const p = q.param('qualityYoungAdultEducationAge');
    const e = EDUCATION_LEVELS[q.members[row]!.education!];
    const label = memberField('education');
    return {
      path: path(row, 'education'),
      message: {
        zh: `${q.who(row).zh}在 ${q.statusDate} 为 ${age} 周岁（${p.value.min}–${p.value.max}周岁），不在校，${label.zh}为“${e.zh}”`,
        en: `${q.who(row).en} is ${age} on ${q.statusDate} (${p.value.min}–${p.value.max}), not in school, with ${label.en} "${e.en}"`,
      },
      values: { age, statusDate: q.statusDate, education: q.members[row]!.education!, min: p.value.min, max: p.value.max },
      applied: [p.citation],
    };
  },
});

/** 5_12_017 / 5_17_005 — an education of technician, junior college or a degree below the age (18 by default). */
export const advancedLevelYoung = memberCheck({
  id: 'quality.education.advanced-level-young',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_017', '5_17_005'],
  title: { zh: '技师、大专及以上文化程度年龄过小', en: 'college-level education at too young an age' },
  citations: [
    STATUS_DATE,
    A11,
    county('5_12_017', '防止返贫监测人口技师、高职高专、本科及研究生及以上小于18岁'),
    county('5_17_005', '脱贫人口技师、高职高专、本科及研究生及以上小于18岁'),
  ],
  description: {
    zh: '脱贫户或监测对象户中的成员，A11 文化程度为技师、大专（高职高专）或本科及以上，状态时点未满配置年龄（默认18周岁）。',
    en: 'A member of a 脱贫户 or monitored household whose A11 education is technician, junior college or a degree, younger than the profile age (18 by default) at the status date.',
  },
  parameters: ['qualityAdvancedEducationMinAge'],
  facts: ['members[].birthDate', 'members[].education'],
  when: onForm,
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.education === undefined || !ADVANCED.has(m.education)) return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    return age < q.param('qualityAdvancedEducationMinAge').value ? [{ row: i, age }] : NONE;
  },
  explain: (q, { row, age }) => {
    const p = q.param('qualityAdvancedEducationMinAge');
    const e = EDUCATION_LEVELS[q.members[row]!.education!];
    const label = memberField('education');
    return {
      path: path(row, 'education'),
      message: {
        zh: `${q.who(row).zh}${label.zh}为“${e.zh}”，在 ${q.statusDate} 仅 ${age} 周岁，未满 ${p.value} 周岁`,
        en: `${q.who(row).en} has ${label.en} "${e.en}" but is only ${age} on ${q.statusDate}, under ${p.value}`,
      },
      values: { age, statusDate: q.statusDate, education: q.members[row]!.education!, minAge: p.value },
      applied: [p.citation],
    };
  },
});

/** 5_12_018 / 5_17_006 — a postgraduate student below the age (20 by default). */
export const postgraduateYoung = memberCheck({
  id: 'quality.education.postgraduate-young',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_018', '5_17_006'],
  title: { zh: '硕士生及以上在校生年龄过小', en: 'postgraduate student at too young an age' },
  citations: [STATUS_DATE, A12, county('5_12_018', '防止返贫监测人口硕士研究生小于20岁'), county('5_17_006', '脱贫人口硕士研究生小于20岁')],
  description: {
    zh: '脱贫户或监测对象户中的成员，A12 在校生状况为硕士生及以上，状态时点未满配置年龄（默认20周岁）。',
    en: "A member of a 脱贫户 or monitored household whose A12 school status is master's student or above, younger than the profile age (20 by default) at the status date.",
  },
  parameters: ['qualityPostgraduateMinAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus'],
  when: onForm,
  testMember: (q, i) => {
    if (q.members[i]!.schoolStatus !== 'postgraduate') return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    return age < q.param('qualityPostgraduateMinAge').value ? [{ row: i, age }] : NONE;
  },
  explain: (q, { row, age }) => {
    const p = q.param('qualityPostgraduateMinAge');
    const label = memberField('schoolStatus');
    return {
      path: path(row, 'schoolStatus'),
      message: {
        zh: `${q.who(row).zh}${label.zh}为“${SCHOOL_STATUSES.postgraduate.zh}”，在 ${q.statusDate} 仅 ${age} 周岁，未满 ${p.value} 周岁`,
        en: `${q.who(row).en} has ${label.en} "${SCHOOL_STATUSES.postgraduate.en}" but is only ${age} on ${q.statusDate}, under ${p.value}`,
      },
      values: { age, statusDate: q.statusDate, schoolStatus: 'postgraduate', minAge: p.value },
      applied: [p.citation],
    };
  },
});

/** 5_15_011 / 5_15_012 — 教育帮扶 records 雨露计划 while no member on record is a 中职 or 高职 student. */
export const rainDewWithoutVocationalStudent = qualityCheck({
  id: 'quality.education.rain-dew-without-vocational-student',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_15_011', '5_15_012'],
  title: { zh: '享受雨露计划但家中无中高职在校生', en: '雨露计划 subsidy without a vocational student' },
  citations: [
    A47,
    county('5_15_012', '监测对象人口2023年享受雨露计划职业教育补助人员但该人员不是中高职学生'),
    county('5_15_011', '脱贫人口2023年享受雨露计划职业教育补助人员但该人员不是中高职学生'),
  ],
  description: {
    zh: '脱贫户或监测对象户的A47 教育帮扶登记了雨露计划（职业教育补助），而状态时点在册的成员无人的A12 在校生状况属于配置所列（默认中职、高职高专一至三年级）。',
    en: 'A 脱贫户 or monitored household whose A47 education aid records 雨露计划 (the vocational-education subsidy) while no member on record at the status date has an A12 school status the profile lists (secondary or higher vocational, years 1–3, by default).',
  },
  parameters: ['qualityRainDewSchoolStatuses'],
  facts: ['educationAidItems', 'members[].schoolStatus', 'members[].changes'],
  when: onForm,
  test: (q) => {
    const items = q.household.educationAidItems;
    if (items === undefined || !items.some((x) => x.includes(RAIN_DEW))) return NONE;
    const statuses = q.param('qualityRainDewSchoolStatuses').value;
    for (const { member } of q.presentMembers()) if (member.schoolStatus !== undefined && statuses.includes(member.schoolStatus)) return NONE;
    return [null];
  },
  explain: (q) => {
    const p = q.param('qualityRainDewSchoolStatuses');
    const names = p.value.map((s) => SCHOOL_STATUSES[s]);
    const school = memberField('schoolStatus');
    return {
      path: 'educationAidItems',
      message: {
        zh: `教育帮扶登记了雨露计划，但在册成员中无人的${school.zh}为${names.map((n) => n.zh).join('、')}`,
        en: `education aid records 雨露计划, but no member on record has ${school.en} ${names.map((n) => n.en).join(', ')}`,
      },
      values: { educationAidItems: [...(q.household.educationAidItems ?? [])], schoolStatuses: [...p.value] },
      applied: [p.citation],
    };
  },
});

/** The education checks, in report order. */
export const educationChecks: readonly QualityStep[] = [step(levelAndStatus), step(youngAdultPrimary), step(advancedLevelYoung), step(postgraduateYoung), step(rainDewWithoutVocationalStudent)];

