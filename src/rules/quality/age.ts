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
import { holdsPublicWelfarePost, publicWelfarePostNames } from '../../facts/public-welfare-post.js';
import type { QuotedCitation } from '../../explain/finding.js';
import { LABOUR_CAPACITIES, SCHOOL_STATUSES } from '../../model/labels.js';
import type { Member } from '../../model/household.js';
import { county, memberCheck, NONE, step, type QualityExplained, type QualityRun, type QualityStep } from './run.js';
import { holdsPost, schoolStatusRecorded } from './scope.js';

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

/** The member's age at the status date when the member is on record then (`null`: not on record, or the age is unknown). */
function ageOnRecord(q: QualityRun, i: number): number | null {
  return q.present(i) ? q.age(i) : null;
}

type PupilBand = 'qualityPrimaryPupilAge' | 'qualityJuniorPupilAge' | 'qualitySeniorPupilAge';

/** The test and explanation of a pupil's age band: a pupil on record of the `statuses`, outside the band (both ends inside). */
function pupilAgeTest(key: PupilBand, statuses: (s: SchoolStatus) => boolean) {
  return {
    whenMember: schoolStatusRecorded,
    testMember: (q: QualityRun, i: number): readonly { row: number; age: number; status: SchoolStatus }[] => {
      const status = q.members[i]!.schoolStatus;
      if (status === undefined || !statuses(status)) return NONE;
      const age = ageOnRecord(q, i);
      if (age === null) return NONE;
      const band = q.param(key).value;
      return age >= band.min && age <= band.max ? NONE : [{ row: i, age, status }];
    },
    explain: (q: QualityRun, { row, age, status }: { row: number; age: number; status: SchoolStatus }): QualityExplained => {
      const p = q.param(key);
      const band = p.value;
      const s = SCHOOL_STATUSES[status];
      return {
        path: path(row, 'schoolStatus'),
        message: {
          zh: `${q.who(row).zh}在校生状况为“${s.zh}”，在 ${q.statusDate} 为 ${age} 周岁，不在 ${band.min}–${band.max} 周岁之间`,
          en: `${q.who(row).en} is recorded as "${s.en}" but is ${age} on ${q.statusDate}, outside ${band.min}–${band.max}`,
        },
        values: { age, statusDate: q.statusDate, schoolStatus: status, min: band.min, max: band.max },
        applied: [p.citation],
      };
    },
  };
}

/**
 * 5_15_016 / 5_15_017 — a member of compulsory-education age at the status date, on record, with no
 * school status, no reason for not attending, and no education level showing compulsory education
 * completed. Both ends of the band are inside it (周岁 6–16 by default).
 */
export const compulsorySchool = memberCheck({
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
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.schoolStatus !== undefined || (m.outOfSchoolReason !== undefined && m.outOfSchoolReason.trim() !== '')) return NONE;
    if (m.education !== undefined && COMPULSORY_COMPLETED.has(m.education)) return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    const band = q.param('qualityCompulsoryEducationAge').value;
    return age < band.min || age > band.max ? NONE : [{ row: i, age }];
  },
  explain: (q, { row, age }) => {
    const p = q.param('qualityCompulsoryEducationAge');
    const band = p.value;
    return {
      path: path(row, 'schoolStatus'),
      message: {
        zh: `${q.who(row).zh}在 ${q.statusDate} 为 ${age} 周岁，处于义务教育阶段（${band.min}–${band.max}周岁），但既无在校生状况也无未上学原因`,
        en: `${q.who(row).en} is ${age} on ${q.statusDate}, of compulsory-education age (${band.min}–${band.max}), with neither a school status nor a reason for not attending`,
      },
      values: { age, statusDate: q.statusDate, min: band.min, max: band.max },
      applied: [p.citation],
    };
  },
});

/** 5_12_013 / 5_17_001 — a healthy member at or above the age (7 by default) still recorded as pre-school. */
export const preschoolStatus = memberCheck({
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
  whenMember: schoolStatusRecorded,
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.schoolStatus === undefined || !PRESCHOOL.has(m.schoolStatus) || m.health !== 'healthy') return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    return age < q.param('qualityPreschoolStatusAge').value ? NONE : [{ row: i, age, status: m.schoolStatus }];
  },
  explain: (q, { row, age, status }) => {
    const p = q.param('qualityPreschoolStatusAge');
    const s = SCHOOL_STATUSES[status];
    return {
      path: path(row, 'schoolStatus'),
      message: { zh: `${q.who(row).zh}在 ${q.statusDate} 已 ${age} 周岁且健康，在校生状况仍为“${s.zh}”`, en: `${q.who(row).en} is ${age} and healthy on ${q.statusDate} but still recorded as "${s.en}"` },
      values: { age, statusDate: q.statusDate, schoolStatus: status, limit: p.value },
      applied: [p.citation],
    };
  },
});

/** 5_12_014 / 5_17_002 — a primary pupil outside the age band (6–14 by default; both ends inside). */
export const primaryPupilAge = memberCheck({
  id: 'quality.age.primary-pupil',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_014', '5_17_002'],
  title: { zh: '小学在校生年龄异常', en: 'primary pupil of an unusual age' },
  citations: [STATUS_DATE, county('5_12_014', '监测对象人口小学小于6岁或大于14岁'), county('5_17_002', '脱贫人口小学小于6岁或大于14岁')],
  description: { zh: '在校生状况为小学，状态时点年龄小于下限或大于上限（默认6–14周岁）。', en: 'School status primary, age at the status date below the lower or above the upper bound (6–14 by default).' },
  parameters: ['qualityPrimaryPupilAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus'],
  ...pupilAgeTest('qualityPrimaryPupilAge', (s) => s === 'primary'),
});

/** 5_12_015 / 5_17_003 — a junior-secondary pupil outside the age band (12–17 by default; both ends inside). */
export const juniorPupilAge = memberCheck({
  id: 'quality.age.junior-pupil',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_015', '5_17_003'],
  title: { zh: '初中在校生年龄异常', en: 'junior-secondary pupil of an unusual age' },
  citations: [STATUS_DATE, county('5_12_015', '监测对象人口初中小于12岁或大于17岁'), county('5_17_003', '脱贫人口初中小于12岁或大于17岁')],
  description: { zh: '在校生状况为七、八、九年级，状态时点年龄超出范围（默认12–17周岁）。', en: 'School status grade 7, 8 or 9, age at the status date outside the band (12–17 by default).' },
  parameters: ['qualityJuniorPupilAge'],
  facts: ['members[].birthDate', 'members[].schoolStatus'],
  ...pupilAgeTest('qualityJuniorPupilAge', (s) => JUNIOR.has(s)),
});

/** 5_12_016 / 5_17_004 — a senior-secondary or vocational pupil outside the age band (15–20 by default; both ends inside). */
export const seniorPupilAge = memberCheck({
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
  ...pupilAgeTest('qualitySeniorPupilAge', (s) => SENIOR.has(s)),
});

/** 3_01_008 / 5_12_004 — a public-welfare post held by a member under the age (16 by default). */
export const youngPublicWelfarePost = memberCheck({
  id: 'quality.age.young-public-welfare-post',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['3_01_008', '5_12_004'],
  title: { zh: '未满16周岁人员参加公益性岗位', en: 'public-welfare post held by a child' },
  citations: [STATUS_DATE, county('3_01_008', '16岁以下脱贫人口参加公益性岗位'), county('5_12_004', '16岁以下防止返贫监测对象人口参加"公益性岗位"')],
  description: { zh: '状态时点未满配置年龄（默认16周岁）的成员聘用公益性岗位。', en: 'A member younger than the profile age (16 by default) at the status date holds a public-welfare post.' },
  parameters: ['qualityPublicWelfarePostMinAge'],
  facts: ['members[].birthDate', 'members[].publicWelfarePost'],
  whenMember: holdsPost,
  testMember: (q, i) => {
    if (holdsPublicWelfarePost(q.members[i]!) !== true) return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    return age >= q.param('qualityPublicWelfarePostMinAge').value ? NONE : [{ row: i, age }];
  },
  explain: (q, { row, age }): QualityExplained => {
    const p = q.param('qualityPublicWelfarePostMinAge');
    const names = publicWelfarePostNames(q.members[row]!);
    return {
      path: path(row, 'publicWelfarePost'),
      message: {
        zh: `${q.who(row).zh}在 ${q.statusDate} 为 ${age} 周岁，未满 ${p.value} 周岁却聘用公益性岗位${names.length > 0 ? `（${names.join('、')}）` : ''}`,
        en: `${q.who(row).en} is ${age} on ${q.statusDate}, under ${p.value}, yet holds a public-welfare post${names.length > 0 ? ` (${names.join(', ')})` : ''}`,
      },
      values: names.length > 0 ? { age, statusDate: q.statusDate, minAge: p.value, posts: [...names] } : { age, statusDate: q.statusDate, minAge: p.value },
      applied: [p.citation],
    };
  },
});

/** 1111_14 / 1111_15 / 5_12_008 — a healthy member of working age (16 included to 60 excluded by default), not in school, with weak, lost or no labour. */
export const workingAgeNoLabour = memberCheck({
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
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.health !== 'healthy' || m.schoolStatus !== undefined) return NONE;
    if (m.labour !== 'weak' && m.labour !== 'lost' && m.labour !== 'none') return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    const band = q.param('qualityWorkingAge').value;
    return age < band.min || age >= band.below ? NONE : [{ row: i, age, labour: m.labour }];
  },
  explain: (q, { row, age, labour }) => {
    const p = q.param('qualityWorkingAge');
    const band = p.value;
    const l = LABOUR_CAPACITIES[labour];
    return {
      path: path(row, 'labour'),
      message: {
        zh: `${q.who(row).zh}在 ${q.statusDate} 为 ${age} 周岁（劳动年龄 ${band.min}–${band.below} 周岁不含）、健康、不在校，劳动技能却为“${l.zh}”`,
        en: `${q.who(row).en} is ${age} on ${q.statusDate} (working age ${band.min} to under ${band.below}), healthy and not in school, but recorded with "${l.en}"`,
      },
      values: { age, statusDate: q.statusDate, labour, min: band.min, below: band.below },
      applied: [p.citation],
    };
  },
});

/** 2_12_005 / 2_12_017 — a member at or above the age (60 by default) with ordinary or skilled labour. */
export const elderlyFullLabour = memberCheck({
  id: 'quality.age.elderly-full-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_12_005', '2_12_017'],
  title: { zh: '60岁及以上人员为普通或技能劳动力', en: 'member aged 60 or over with ordinary or skilled labour' },
  citations: [STATUS_DATE, county('2_12_005', '60岁及以上监测对象人口有劳动能力（普通/技能）'), county('2_12_017', '60岁及以上脱贫人口劳动技能为普通或技能劳动力')],
  description: { zh: '状态时点年龄达到配置年龄（默认60周岁）及以上，劳动技能为普通劳动力或技能劳动力。', en: 'A member at or above the profile age (60 by default) at the status date with ordinary or skilled labour.' },
  parameters: ['qualityElderlyAge'],
  facts: ['members[].birthDate', 'members[].labour'],
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.labour !== 'ordinary' && m.labour !== 'skilled') return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    return age < q.param('qualityElderlyAge').value ? NONE : [{ row: i, age, labour: m.labour }];
  },
  explain: (q, { row, age, labour }) => {
    const p = q.param('qualityElderlyAge');
    const l = LABOUR_CAPACITIES[labour];
    return {
      path: path(row, 'labour'),
      message: { zh: `${q.who(row).zh}在 ${q.statusDate} 已 ${age} 周岁，劳动技能为“${l.zh}”`, en: `${q.who(row).en} is ${age} on ${q.statusDate} and recorded with "${l.en}"` },
      values: { age, statusDate: q.statusDate, labour, limit: p.value },
      applied: [p.citation],
    };
  },
});

/** 1111_07 — a student on record whose labour is not 无劳动力. */
export const studentLabour = memberCheck({
  id: 'quality.age.student-labour',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1111_07'],
  title: { zh: '在校生劳动力状况不是无劳动力', en: 'student with labour capacity recorded' },
  citations: [STATUS_DATE, county('1111_07', '在校生劳动力状况不是无劳动力（含脱贫人口和监测对象）')],
  description: { zh: '有在校生状况的成员，劳动技能不是无劳动力。', en: 'A member with a school status whose labour capacity is not "none".' },
  parameters: [],
  facts: ['members[].schoolStatus', 'members[].labour'],
  dated: true,
  whenMember: schoolStatusRecorded,
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.schoolStatus === undefined || m.labour === undefined || m.labour === 'none' || !q.present(i)) return NONE;
    return [{ row: i, status: m.schoolStatus, labour: m.labour }];
  },
  explain: (q, { row, status, labour }) => {
    const s = SCHOOL_STATUSES[status];
    const l = LABOUR_CAPACITIES[labour];
    return {
      path: path(row, 'labour'),
      message: { zh: `${q.who(row).zh}在校生状况为“${s.zh}”，劳动技能却为“${l.zh}”（在校生应为无劳动力）`, en: `${q.who(row).en} is a student ("${s.en}") but recorded with "${l.en}" (students have none)` },
      values: { schoolStatus: status, labour },
    };
  },
});

/** 2_01_011 / 2_12_014 — a member under the age (16 by default) whose labour is not 无劳动力. */
export const childLabour = memberCheck({
  id: 'quality.age.child-labour',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['2_01_011', '2_12_014'],
  title: { zh: '16周岁以下人员劳动能力不是无劳动力', en: 'child with labour capacity recorded' },
  citations: [STATUS_DATE, county('2_01_011', '16岁（不含）以下脱贫人口劳动能力不是无劳动能力'), county('2_12_014', '16岁以下监测对象人口劳动能力不是无劳动力')],
  description: { zh: '状态时点未满配置年龄（默认16周岁）的成员，劳动技能不是无劳动力。', en: 'A member younger than the profile age (16 by default) at the status date whose labour capacity is not "none".' },
  parameters: ['qualityChildLabourAge'],
  facts: ['members[].birthDate', 'members[].labour'],
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.labour === undefined || m.labour === 'none') return NONE;
    const age = ageOnRecord(q, i);
    if (age === null) return NONE;
    return age >= q.param('qualityChildLabourAge').value ? NONE : [{ row: i, age, labour: m.labour }];
  },
  explain: (q, { row, age, labour }) => {
    const p = q.param('qualityChildLabourAge');
    const l = LABOUR_CAPACITIES[labour];
    return {
      path: path(row, 'labour'),
      message: { zh: `${q.who(row).zh}在 ${q.statusDate} 为 ${age} 周岁，未满 ${p.value} 周岁，劳动技能却为“${l.zh}”`, en: `${q.who(row).en} is ${age} on ${q.statusDate}, under ${p.value}, but recorded with "${l.en}"` },
      values: { age, statusDate: q.statusDate, labour, limit: p.value },
      applied: [p.citation],
    };
  },
});

/** The age checks, in report order. They need the status date. */
export const ageChecks: readonly QualityStep[] = [
  step(compulsorySchool),
  step(preschoolStatus),
  step(primaryPupilAge),
  step(juniorPupilAge),
  step(seniorPupilAge),
  step(youngPublicWelfarePost),
  step(workingAgeNoLabour),
  step(elderlyFullLabour),
  step(studentLabour),
  step(childLabour),
];
