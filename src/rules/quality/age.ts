/**
 * 年龄与在校、劳动状况 — age against status: school status, public-welfare posts and labour
 * capacity must fit the member's age at the status date.
 *
 * 临稷办发〔2023〕76号 §四: "健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。" — ages and
 * statuses are taken at the status date, the end of the income period the as-of date falls in (for
 * a rolling period, its last day). Members who died or left before that date are not checked here.
 * Every age limit is a profile parameter (src/profile/parameters/quality.ts).
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { LABOUR_CAPACITIES, SCHOOL_STATUSES } from '../../model/labels.js';
import type { Member } from '../../model/household.js';
import { defineRule } from '../../kernel/rule.js';
import { county, legacyStep, type QualityStep, type QualityRule, type QualityRun } from './run.js';

const STATUS_DATE: QuotedCitation = {
  doc: '临稷办发〔2023〕76号',
  clause: '四',
  quote: '健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。',
};

const path = (i: number, field: string) => `members[${i}].${field}`;

type SchoolStatus = NonNullable<Member['schoolStatus']>;
const PRESCHOOL: ReadonlySet<SchoolStatus> = new Set(['preschool-age', 'preschool']);
const JUNIOR: ReadonlySet<SchoolStatus> = new Set(['junior-1', 'junior-2', 'junior-3']);
const SENIOR: ReadonlySet<SchoolStatus> = new Set(['senior-1', 'senior-2', 'senior-3', 'vocational-1', 'vocational-2', 'vocational-3']);
/** 文化程度 that shows nine-year compulsory education completed (初中 or above). */
const COMPULSORY_COMPLETED: ReadonlySet<NonNullable<Member['education']>> = new Set(['junior-secondary', 'senior-secondary', 'technician', 'junior-college', 'bachelor-or-above']);

// ---------------------------------------------------------------------------------------------
// Headers

export const compulsorySchool = defineRule({
  id: 'quality.age.compulsory-school',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_02_005', '1_02_007', '5_15_016', '5_15_017'],
  title: { zh: '义务教育适龄儿童不在校', en: 'compulsory-age child not in school' },
  citations: [
    STATUS_DATE,
    { doc: '临稷办发〔2023〕76号', clause: '附件1 三 A24', quote: 'A24 是否义务教育阶段适龄儿童少年失学辍学' },
    county('5_15_016', '脱贫户家庭成员义务教育适龄儿童不在校'),
    county('5_15_017', '监测对象家庭成员义务教育适龄儿童不在校'),
    county('1_02_005', '脱贫户有义务教育阶段适龄儿童不在校但未纳入易返贫致贫户'),
  ],
  description: {
    zh: '状态时点年龄在义务教育适龄段（默认6–16周岁）的成员，既无在校生状况，也无义务教育阶段未上学原因，且文化程度未显示已完成义务教育（初中及以上）。',
    en: 'A member of compulsory-education age at the status date (6–16 by default) with no school status, no reason for not attending, and no education level showing compulsory education completed (junior secondary or above).',
  },
  parameters: ['qualityCompulsoryEducationAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus', 'members[].outOfSchoolReason', 'members[].education'],
});

export const preschoolStatus = defineRule({
  id: 'quality.age.preschool-status',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_013', '5_17_001'],
  title: { zh: '学龄儿童在校生状况仍为学龄前', en: 'school-age child still recorded as pre-school' },
  citations: [
    STATUS_DATE,
    county('5_12_013', '7岁（含）以上健康监测对象在校生状况为学龄前儿童或学前教育'),
    county('5_17_001', '7岁（含）以上健康脱贫人口在校生状况为学龄前儿童或学前教育'),
  ],
  description: {
    zh: '健康成员在状态时点达到配置年龄（默认7周岁）及以上，在校生状况仍为学龄前儿童或学前教育。',
    en: 'A healthy member at or above the profile age (7 by default) at the status date whose school status is still pre-school age or pre-school education.',
  },
  parameters: ['qualityPreschoolStatusAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus', 'members[].health'],
});

export const primaryPupilAge = defineRule({
  id: 'quality.age.primary-pupil',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_014', '5_17_002'],
  title: { zh: '小学在校生年龄异常', en: 'primary pupil of an unusual age' },
  citations: [STATUS_DATE, county('5_12_014', '监测对象人口小学小于6岁或大于14岁'), county('5_17_002', '脱贫人口小学小于6岁或大于14岁')],
  description: { zh: '在校生状况为小学，状态时点年龄小于下限或大于上限（默认6–14周岁）。', en: 'School status primary, age at the status date below the lower or above the upper bound (6–14 by default).' },
  parameters: ['qualityPrimaryPupilAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus'],
});

export const juniorPupilAge = defineRule({
  id: 'quality.age.junior-pupil',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_015', '5_17_003'],
  title: { zh: '初中在校生年龄异常', en: 'junior-secondary pupil of an unusual age' },
  citations: [STATUS_DATE, county('5_12_015', '监测对象人口初中小于12岁或大于17岁'), county('5_17_003', '脱贫人口初中小于12岁或大于17岁')],
  description: { zh: '在校生状况为七、八、九年级，状态时点年龄超出范围（默认12–17周岁）。', en: 'School status grade 7, 8 or 9, age at the status date outside the band (12–17 by default).' },
  parameters: ['qualityJuniorPupilAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus'],
});

export const seniorPupilAge = defineRule({
  id: 'quality.age.senior-pupil',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_016', '5_17_004'],
  title: { zh: '高中和中职在校生年龄异常', en: 'senior-secondary or vocational pupil of an unusual age' },
  citations: [STATUS_DATE, county('5_12_016', '监测对象人口高中和中职教育小于15岁或大于20岁'), county('5_17_004', '脱贫人口高中和中职教育小于15岁或大于20岁')],
  description: {
    zh: '在校生状况为普通高中或中职一至三年级，状态时点年龄超出范围（默认15–20周岁）。',
    en: 'School status senior high or secondary vocational, years 1–3, age at the status date outside the band (15–20 by default).',
  },
  parameters: ['qualitySeniorPupilAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus'],
});

export const youngPublicWelfarePost = defineRule({
  id: 'quality.age.young-public-welfare-post',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['3_01_008', '5_12_004'],
  title: { zh: '未满16周岁人员参加公益性岗位', en: 'public-welfare post held by a child' },
  citations: [STATUS_DATE, county('3_01_008', '16岁以下脱贫人口参加公益性岗位'), county('5_12_004', '16岁以下防止返贫监测对象人口参加"公益性岗位"')],
  description: { zh: '状态时点未满配置年龄（默认16周岁）的成员聘用公益性岗位。', en: 'A member younger than the profile age (16 by default) at the status date holds a public-welfare post.' },
  parameters: ['qualityPublicWelfarePostMinAge'],
  facts: ['members[].birthDate', 'members[].publicWelfarePost'],
});

export const workingAgeNoLabour = defineRule({
  id: 'quality.age.working-age-no-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1111_14', '1111_15', '2_01_005-16', '2_01_010-16', '2_12_009-16', '2_12_013-16', '5_12_008'],
  title: { zh: '劳动年龄健康非在校人员劳动能力弱或无', en: 'healthy working-age member not in school with weak or no labour' },
  citations: [
    STATUS_DATE,
    county('1111_14', '16（含）-60周岁（不含）健康监测对象人口劳动能力为半劳弱劳动力'),
    county('1111_15', '16（含）-60周岁（不含）健康脱贫人口劳动能力为半劳弱劳动力'),
    county('5_12_008', '16（含）-60周岁（不含）健康且非在校监测对象人口劳动能力为无（含丧失）劳动能力或半劳弱劳动力'),
  ],
  description: {
    zh: '状态时点处于劳动年龄（默认16周岁含至60周岁不含）、健康状况为健康、不在校的成员，劳动技能为弱劳动力或半劳动力、丧失劳动力或无劳动力。',
    en: 'A member of working age at the status date (16 included to 60 excluded by default), healthy and not in school, whose labour is weak or half, lost or none.',
  },
  parameters: ['qualityWorkingAge'],
  facts: ['members[].birthDate', 'members[].health', 'members[].schoolStatus', 'members[].labour'],
});

export const elderlyFullLabour = defineRule({
  id: 'quality.age.elderly-full-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_12_005', '2_12_017'],
  title: { zh: '60岁及以上人员为普通或技能劳动力', en: 'member aged 60 or over with ordinary or skilled labour' },
  citations: [STATUS_DATE, county('2_12_005', '60岁及以上监测对象人口有劳动能力（普通/技能）'), county('2_12_017', '60岁及以上脱贫人口劳动技能为普通或技能劳动力')],
  description: { zh: '状态时点年龄达到配置年龄（默认60周岁）及以上，劳动技能为普通劳动力或技能劳动力。', en: 'A member at or above the profile age (60 by default) at the status date with ordinary or skilled labour.' },
  parameters: ['qualityElderlyAge'],
  facts: ['members[].birthDate', 'members[].labour'],
});

export const studentLabour = defineRule({
  id: 'quality.age.student-labour',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1111_07'],
  title: { zh: '在校生劳动力状况不是无劳动力', en: 'student with labour capacity recorded' },
  citations: [STATUS_DATE, county('1111_07', '在校生劳动力状况不是无劳动力（含脱贫人口和监测对象）')],
  description: { zh: '有在校生状况的成员，劳动技能不是无劳动力。', en: 'A member with a school status whose labour capacity is not "none".' },
  parameters: [],
  facts: ['members[].schoolStatus', 'members[].labour'],
});

export const childLabour = defineRule({
  id: 'quality.age.child-labour',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['2_01_011', '2_12_014'],
  title: { zh: '16周岁以下人员劳动能力不是无劳动力', en: 'child with labour capacity recorded' },
  citations: [STATUS_DATE, county('2_01_011', '16岁（不含）以下脱贫人口劳动能力不是无劳动能力'), county('2_12_014', '16岁以下监测对象人口劳动能力不是无劳动力')],
  description: { zh: '状态时点未满配置年龄（默认16周岁）的成员，劳动技能不是无劳动力。', en: 'A member younger than the profile age (16 by default) at the status date whose labour capacity is not "none".' },
  parameters: ['qualityChildLabourAge'],
  facts: ['members[].birthDate', 'members[].labour'],
});

// ---------------------------------------------------------------------------------------------
// Checks

const statusText = (s: SchoolStatus) => SCHOOL_STATUSES[s];
const labourText = (l: NonNullable<Member['labour']>) => LABOUR_CAPACITIES[l];

function runCompulsorySchool(q: QualityRun): void {
  let band: { min: number; max: number } | undefined;
  let citation;
  for (let i = 0; i < q.members.length; i++) {
    const m = q.members[i]!;
    if (m.schoolStatus !== undefined || (m.outOfSchoolReason !== undefined && m.outOfSchoolReason.trim() !== '')) continue;
    if (m.education !== undefined && COMPULSORY_COMPLETED.has(m.education)) continue;
    if (!q.present(i)) continue;
    const age = q.age(i);
    if (age === null) continue;
    if (band === undefined) {
      const p = q.param('qualityCompulsoryEducationAge');
      band = p.value;
      citation = p.citation;
    }
    if (age < band.min || age > band.max) continue;
    q.report(
      compulsorySchool,
      path(i, 'schoolStatus'),
      {
        zh: `${q.who(i).zh}在 ${q.statusDate} 为 ${age} 周岁，处于义务教育阶段（${band.min}–${band.max}周岁），但既无在校生状况也无未上学原因`,
        en: `${q.who(i).en} is ${age} on ${q.statusDate}, of compulsory-education age (${band.min}–${band.max}), with neither a school status nor a reason for not attending`,
      },
      { age, statusDate: q.statusDate, min: band.min, max: band.max },
      citation,
    );
  }
}

function runPreschool(q: QualityRun): void {
  let limit: number | undefined;
  let citation;
  for (let i = 0; i < q.members.length; i++) {
    const m = q.members[i]!;
    if (m.schoolStatus === undefined || !PRESCHOOL.has(m.schoolStatus) || m.health !== 'healthy' || !q.present(i)) continue;
    const age = q.age(i);
    if (age === null) continue;
    if (limit === undefined) {
      const p = q.param('qualityPreschoolStatusAge');
      limit = p.value;
      citation = p.citation;
    }
    if (age < limit) continue;
    const s = statusText(m.schoolStatus);
    q.report(
      preschoolStatus,
      path(i, 'schoolStatus'),
      { zh: `${q.who(i).zh}在 ${q.statusDate} 已 ${age} 周岁且健康，在校生状况仍为“${s.zh}”`, en: `${q.who(i).en} is ${age} and healthy on ${q.statusDate} but still recorded as "${s.en}"` },
      { age, statusDate: q.statusDate, schoolStatus: m.schoolStatus, limit },
      citation,
    );
  }
}

function pupilBandCheck(rule: QualityRule, key: 'qualityPrimaryPupilAge' | 'qualityJuniorPupilAge' | 'qualitySeniorPupilAge', statuses: (s: SchoolStatus) => boolean) {
  return (q: QualityRun): void => {
    let band: { min: number; max: number } | undefined;
    let citation;
    for (let i = 0; i < q.members.length; i++) {
      const m = q.members[i]!;
      if (m.schoolStatus === undefined || !statuses(m.schoolStatus) || !q.present(i)) continue;
      const age = q.age(i);
      if (age === null) continue;
      if (band === undefined) {
        const p = q.param(key);
        band = p.value;
        citation = p.citation;
      }
      if (age >= band.min && age <= band.max) continue;
      const s = statusText(m.schoolStatus);
      q.report(
        rule,
        path(i, 'schoolStatus'),
        {
          zh: `${q.who(i).zh}在校生状况为“${s.zh}”，在 ${q.statusDate} 为 ${age} 周岁，不在 ${band.min}–${band.max} 周岁之间`,
          en: `${q.who(i).en} is recorded as "${s.en}" but is ${age} on ${q.statusDate}, outside ${band.min}–${band.max}`,
        },
        { age, statusDate: q.statusDate, schoolStatus: m.schoolStatus, min: band.min, max: band.max },
        citation,
      );
    }
  };
}

function runYoungPublicWelfarePost(q: QualityRun): void {
  let minAge: number | undefined;
  let citation;
  for (let i = 0; i < q.members.length; i++) {
    if (q.members[i]!.publicWelfarePost !== true || !q.present(i)) continue;
    const age = q.age(i);
    if (age === null) continue;
    if (minAge === undefined) {
      const p = q.param('qualityPublicWelfarePostMinAge');
      minAge = p.value;
      citation = p.citation;
    }
    if (age >= minAge) continue;
    q.report(
      youngPublicWelfarePost,
      path(i, 'publicWelfarePost'),
      { zh: `${q.who(i).zh}在 ${q.statusDate} 为 ${age} 周岁，未满 ${minAge} 周岁却聘用公益性岗位`, en: `${q.who(i).en} is ${age} on ${q.statusDate}, under ${minAge}, yet holds a public-welfare post` },
      { age, statusDate: q.statusDate, minAge },
      citation,
    );
  }
}

function runWorkingAgeNoLabour(q: QualityRun): void {
  let band: { min: number; below: number } | undefined;
  let citation;
  for (let i = 0; i < q.members.length; i++) {
    const m = q.members[i]!;
    if (m.health !== 'healthy' || m.schoolStatus !== undefined) continue;
    if (m.labour !== 'weak' && m.labour !== 'lost' && m.labour !== 'none') continue;
    if (!q.present(i)) continue;
    const age = q.age(i);
    if (age === null) continue;
    if (band === undefined) {
      const p = q.param('qualityWorkingAge');
      band = p.value;
      citation = p.citation;
    }
    if (age < band.min || age >= band.below) continue;
    const l = labourText(m.labour);
    q.report(
      workingAgeNoLabour,
      path(i, 'labour'),
      {
        zh: `${q.who(i).zh}在 ${q.statusDate} 为 ${age} 周岁（劳动年龄 ${band.min}–${band.below} 周岁不含）、健康、不在校，劳动技能却为“${l.zh}”`,
        en: `${q.who(i).en} is ${age} on ${q.statusDate} (working age ${band.min} to under ${band.below}), healthy and not in school, but recorded with "${l.en}"`,
      },
      { age, statusDate: q.statusDate, labour: m.labour, min: band.min, below: band.below },
      citation,
    );
  }
}

function runElderlyFullLabour(q: QualityRun): void {
  let limit: number | undefined;
  let citation;
  for (let i = 0; i < q.members.length; i++) {
    const m = q.members[i]!;
    if ((m.labour !== 'ordinary' && m.labour !== 'skilled') || !q.present(i)) continue;
    const age = q.age(i);
    if (age === null) continue;
    if (limit === undefined) {
      const p = q.param('qualityElderlyAge');
      limit = p.value;
      citation = p.citation;
    }
    if (age < limit) continue;
    const l = labourText(m.labour);
    q.report(
      elderlyFullLabour,
      path(i, 'labour'),
      { zh: `${q.who(i).zh}在 ${q.statusDate} 已 ${age} 周岁，劳动技能为“${l.zh}”`, en: `${q.who(i).en} is ${age} on ${q.statusDate} and recorded with "${l.en}"` },
      { age, statusDate: q.statusDate, labour: m.labour, limit },
      citation,
    );
  }
}

function runStudentLabour(q: QualityRun): void {
  for (let i = 0; i < q.members.length; i++) {
    const m = q.members[i]!;
    if (m.schoolStatus === undefined || m.labour === undefined || m.labour === 'none' || !q.present(i)) continue;
    const s = statusText(m.schoolStatus);
    const l = labourText(m.labour);
    q.report(
      studentLabour,
      path(i, 'labour'),
      { zh: `${q.who(i).zh}在校生状况为“${s.zh}”，劳动技能却为“${l.zh}”（在校生应为无劳动力）`, en: `${q.who(i).en} is a student ("${s.en}") but recorded with "${l.en}" (students have none)` },
      { schoolStatus: m.schoolStatus, labour: m.labour },
    );
  }
}

function runChildLabour(q: QualityRun): void {
  let limit: number | undefined;
  let citation;
  for (let i = 0; i < q.members.length; i++) {
    const m = q.members[i]!;
    if (m.labour === undefined || m.labour === 'none' || !q.present(i)) continue;
    const age = q.age(i);
    if (age === null) continue;
    if (limit === undefined) {
      const p = q.param('qualityChildLabourAge');
      limit = p.value;
      citation = p.citation;
    }
    if (age >= limit) continue;
    const l = labourText(m.labour);
    q.report(
      childLabour,
      path(i, 'labour'),
      { zh: `${q.who(i).zh}在 ${q.statusDate} 为 ${age} 周岁，未满 ${limit} 周岁，劳动技能却为“${l.zh}”`, en: `${q.who(i).en} is ${age} on ${q.statusDate}, under ${limit}, but recorded with "${l.en}"` },
      { age, statusDate: q.statusDate, labour: m.labour, limit },
      citation,
    );
  }
}

/** The age checks, in report order. They need the status date. */
export const ageChecks: readonly QualityStep[] = [
  legacyStep(compulsorySchool, runCompulsorySchool),
  legacyStep(preschoolStatus, runPreschool),
  legacyStep(primaryPupilAge, pupilBandCheck(primaryPupilAge, 'qualityPrimaryPupilAge', (s) => s === 'primary')),
  legacyStep(juniorPupilAge, pupilBandCheck(juniorPupilAge, 'qualityJuniorPupilAge', (s) => JUNIOR.has(s))),
  legacyStep(seniorPupilAge, pupilBandCheck(seniorPupilAge, 'qualitySeniorPupilAge', (s) => SENIOR.has(s))),
  legacyStep(youngPublicWelfarePost, runYoungPublicWelfarePost),
  legacyStep(workingAgeNoLabour, runWorkingAgeNoLabour),
  legacyStep(elderlyFullLabour, runElderlyFullLabour),
  legacyStep(studentLabour, runStudentLabour, true),
  legacyStep(childLabour, runChildLabour),
];
