/**
 * Data-quality parameters of the families county practice checks beyond the first catalogue
 * (issue 15): education against age, the 雨露计划 subsidy, measures against the guarantee problems
 * they answer, measures against work and labour, and land areas. As in quality.ts, each value is a
 * dated, cited value of `national/2021` (src/profile/builtin/national-2021.json), inherited by every
 * built-in profile; the citation is the county rule whose label states it (document
 * `county-practice`, county-rules.md). The mapping of risk types to measures is the elimination
 * layer's `eliminationMeasuresForRisk`, read by the data-quality check too.
 *
 * @module
 */
import { z } from 'zod';
import { enumKeys, LABOUR_CAPACITIES, SCHOOL_STATUSES } from '../../model/labels.js';
import { MeasureSchema, RiskTypeSchema } from '../../model/household.js';
import { bandEnd, bandOrder } from '../../model/primitives.js';
import { defineParameter } from '../parameter.js';
import { lazySchema } from '../lazy-schema.js';
import { AgeBandSchema } from './quality.js';

const age = lazySchema(() => z.number().int().min(0).max(150));
const measures = lazySchema(() => z.array(MeasureSchema).min(1));

/** 16（含）–22周岁（含）: young adults whose schooling should exceed primary school. */
export const qualityYoungAdultEducationAge = defineParameter({
  key: 'qualityYoungAdultEducationAge',
  group: 'quality',
  schema: () => AgeBandSchema,
  label: { zh: '文化程度不应为小学及以下的青年年龄段', en: 'young-adult age band for a primary-or-less education' },
  description: {
    zh: '此年龄段（含两端）不在校的成员，文化程度（A11）为小学或文盲半文盲时提示核实。',
    en: 'A member of this age (both ends included) who is not in school and whose education (A11) is primary school or illiterate is flagged for review.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 技师、高职高专、本科及以上文化程度的最低年龄 (18). */
export const qualityAdvancedEducationMinAge = defineParameter({
  key: 'qualityAdvancedEducationMinAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '技师、大专及以上文化程度的最低年龄', en: 'youngest age for a technician, college or university education' },
  description: {
    zh: '文化程度（A11）为技师、大专（高职高专）或本科及以上的成员未满此年龄时提示核实。',
    en: 'A member younger than this whose education (A11) is technician, junior college or a degree is flagged for review.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 硕士生及以上在校生的最低年龄 (20). */
export const qualityPostgraduateMinAge = defineParameter({
  key: 'qualityPostgraduateMinAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '硕士生及以上在校生的最低年龄', en: 'youngest age for a postgraduate student' },
  description: {
    zh: '在校生状况（A12）为硕士生及以上的成员未满此年龄时提示核实。',
    en: 'A member younger than this whose school status (A12) is master\'s student or above is flagged for review.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** The school statuses the 雨露计划 vocational-education subsidy is for (中职、高职). */
export const qualityRainDewSchoolStatuses = defineParameter({
  key: 'qualityRainDewSchoolStatuses',
  group: 'quality',
  schema: () => z.array(z.enum(enumKeys(SCHOOL_STATUSES))).min(1),
  label: { zh: '雨露计划补助对象的在校生状况', en: 'school statuses the 雨露计划 subsidy is for' },
  description: {
    zh: '教育帮扶登记了雨露计划，而家中在册成员无人处于这些在校生状况（A12）时提示核实。',
    en: 'When education aid records 雨露计划 and no member on record has one of these school statuses (A12), the household is flagged for review.',
  },
});

/** Which measures answer each 三保障 or water problem (A23–A26). */
export const MeasuresForGuaranteeSchema = lazySchema(() => z.partialRecord(
  z.enum(['housingUnsafe', 'compulsoryEducationDropout', 'drinkingWaterUnsafe', 'memberWithoutMedicalInsurance']),
  measures,
));

export const qualityMeasuresForGuarantee = defineParameter({
  key: 'qualityMeasuresForGuarantee',
  group: 'quality',
  schema: () => MeasuresForGuaranteeSchema,
  label: { zh: '针对三保障和饮水问题的帮扶措施', en: 'measures aimed at each guarantee problem' },
  description: {
    zh: '三保障和饮水安全状况（A23–A26）为“是”的问题，应登记所列措施（A39–A52）中的至少一项。未列出的问题不检查。',
    en: 'A three-guarantees or water problem (A23–A26 = yes) should have at least one of the listed measures (A39–A52) on record. A problem not listed is not checked.',
  },
});

/** Which A27 risk types answer each 三保障 or water problem (A23–A26). */
export const RisksForGuaranteeSchema = lazySchema(() => z.partialRecord(
  z.enum(['housingUnsafe', 'compulsoryEducationDropout', 'drinkingWaterUnsafe', 'memberWithoutMedicalInsurance']),
  z.array(RiskTypeSchema).min(1),
));

/** 三保障和饮水问题对应的致贫返贫风险类型: a problem on record should show among the risk types. */
export const qualityRisksForGuarantee = defineParameter({
  key: 'qualityRisksForGuarantee',
  group: 'quality',
  schema: () => RisksForGuaranteeSchema,
  label: { zh: '三保障和饮水问题对应的风险类型', en: 'risk types matching each guarantee problem' },
  description: {
    zh: '监测对象三保障和饮水安全状况（A23–A26）某项为“是”且已登记风险类型（A27）时，风险类型中应有所列的一项。未列出的问题不检查。',
    en: 'When a monitored household has an A23–A26 problem and risk types (A27) on record, one of the listed risk types should be among them. A problem not listed is not checked.',
  },
});

/** 开发式帮扶措施: the measures counted as developmental (产业、就业、金融、公益岗位). */
export const qualityDevelopmentalMeasures = defineParameter({
  key: 'qualityDevelopmentalMeasures',
  group: 'quality',
  schema: () => measures,
  label: { zh: '开发式帮扶措施', en: 'developmental measures' },
  description: {
    zh: '有劳动能力的未消除风险监测对象应登记其中至少一项。',
    en: 'A monitored household whose risk is not eliminated and that has labour should have at least one of these on record.',
  },
});

/** 识别满几个月应落实开发式帮扶措施 (6). */
export const qualityDevelopmentalMeasureMonths = defineParameter({
  key: 'qualityDevelopmentalMeasureMonths',
  group: 'quality',
  schema: () => z.number().int().min(0).max(120),
  label: { zh: '识别后落实开发式帮扶措施期限', en: 'months after identification by which a developmental measure is due' },
  description: {
    zh: '识别监测满此月数（含）的有劳动能力监测对象仍无开发式帮扶措施时提示。',
    en: 'A monitored household with labour that has no developmental measure this many whole months (or more) after identification is flagged.',
  },
  unit: { zh: '月', en: 'months' },
});

/** 有劳动能力的户: which labour capacities count, and the share of members above which the household counts as having labour. */
export const qualityDevelopmentalLabourShare = defineParameter({
  key: 'qualityDevelopmentalLabourShare',
  group: 'quality',
  schema: () => z.strictObject({
    /** The A14 labour capacities that count as labour. */
    capacities: z.array(z.enum(enumKeys(LABOUR_CAPACITIES))).min(1),
    /** The household has labour when the share of its members on record with such labour is above this percentage. */
    abovePercent: z.number().min(0).max(100),
  }),
  label: { zh: '有劳动能力户的劳动力占比', en: 'labour share of a household with labour' },
  description: {
    zh: '在册成员中劳动技能属于 capacities 的人数占比高于 abovePercent% 时，该户视为有劳动能力（为0即至少一人）。',
    en: 'A household has labour when the share of its members on record whose A14 is one of `capacities` is above `abovePercent`% (0: at least one member).',
  },
  unit: { zh: '%', en: '%' },
});

/** 就业类帮扶措施: measures that need someone at work (就业帮扶、公益岗位帮扶). */
export const qualityWorkMeasures = defineParameter({
  key: 'qualityWorkMeasures',
  group: 'quality',
  schema: () => measures,
  label: { zh: '需有务工人员的帮扶措施', en: 'measures that need someone at work' },
  description: {
    zh: '未消除风险的监测对象登记了其中一项措施，而家中在册成员无人有务工记录（A16 务工时间、务工经历）且无公益性岗位收入时提示。',
    en: 'A monitored household whose risk is not eliminated has one of these measures while no member on record has work on record (A16 work time, spells of work) and there is no public-welfare post pay.',
  },
});

/** 耕地、林地、林果面积的合理范围（亩）. */
export const qualityLandAreaRanges = defineParameter({
  key: 'qualityLandAreaRanges',
  group: 'quality',
  schema: () => z.partialRecord(
    z.enum(['arableLand', 'forestLand', 'orchardLand']),
    z.strictObject({ min: z.number().min(0), max: z.number().min(0) }).check(bandOrder(bandEnd)),
  ),
  label: { zh: '土地面积合理范围', en: 'plausible land areas' },
  description: {
    zh: '生产生活条件中的耕地、林地、林果面积（亩）应在各自范围内（含两端）；未列出的面积不检查。',
    en: 'The arable, forest and orchard land areas (mu) of the living conditions should lie in their ranges (both ends included); an area not listed is not checked.',
  },
  unit: { zh: '亩', en: 'mu' },
});

export const qualityCoverageParameters = {
  qualityYoungAdultEducationAge,
  qualityAdvancedEducationMinAge,
  qualityPostgraduateMinAge,
  qualityRainDewSchoolStatuses,
  qualityMeasuresForGuarantee,
  qualityRisksForGuarantee,
  qualityDevelopmentalMeasures,
  qualityDevelopmentalMeasureMonths,
  qualityDevelopmentalLabourShare,
  qualityWorkMeasures,
  qualityLandAreaRanges,
};
