/**
 * Data-quality parameters (数据清洗阈值): every threshold the data-quality checks read. County rule
 * sets hard-code these numbers (county-rules.md); here each is a dated, cited value of
 * `national/2021` (src/profile/builtin/national-2021.json), inherited by every built-in profile, and
 * a county profile may override any of them. The citation is the county rule whose label states the
 * number (document `county-practice`, clause = the rule number, quote = its Chinese label).
 *
 * Values are in force from 2020-10-01, the start of the first annual income period of the monitoring
 * system (小甸巩固振兴组办〔2021〕1号 §五(一)) and the earliest date the national base covers.
 *
 * The monitoring line used by the 应纳未纳 and 帮扶消除 checks is `monitoringLine` (income.ts), not a
 * quality parameter: where a profile has no line, those checks are skipped with an `info` issue.
 *
 * @module
 */
import { z } from 'zod';
import { bandEnd, bandOrder, NonNegativeMoneySchema } from '../../model/primitives.js';
import { defineParameter } from '../parameter.js';
import { lazySchema } from '../lazy-schema.js';

/** An inclusive age band in whole years (周岁). */
export const AgeBandSchema = lazySchema(() => z
  .strictObject({
    /** The youngest age inside the band. */
    min: z.number().int().min(0).max(150),
    /** The oldest age inside the band (not below `min`). */
    max: z.number().int().min(0).max(150),
  })
  .check(bandOrder(bandEnd)));

/** An inclusive money band (yuan): two amounts, not negative, `min` not above `max`. */
export const MoneyBandSchema = lazySchema(() => z.strictObject({ min: NonNegativeMoneySchema, max: NonNegativeMoneySchema }).check(bandOrder(bandEnd)));

const age = lazySchema(() => z.number().int().min(0).max(150));

/** 义务教育适龄年龄段 (6–16岁). */
export const qualityCompulsoryEducationAge = defineParameter({
  key: 'qualityCompulsoryEducationAge',
  group: 'quality',
  schema: () => AgeBandSchema,
  label: { zh: '义务教育阶段适龄年龄段', en: 'compulsory-education age band' },
  description: {
    zh: '此年龄段（含两端）的成员既无在校生状况又无未上学原因时，为义务教育适龄儿童不在校。',
    en: 'A member of this age (both ends included) with neither a school status nor a reason for not attending is a compulsory-age child out of school.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 学龄前在校生状况的年龄上限. */
export const qualityPreschoolStatusAge = defineParameter({
  key: 'qualityPreschoolStatusAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '学龄前状况的年龄上限', en: 'age from which a pre-school status is suspicious' },
  description: {
    zh: '健康成员达到此年龄（含）而在校生状况仍为学龄前儿童或学前教育时提示核实。',
    en: 'A healthy member of this age or older whose school status is still pre-school age or pre-school education is flagged for review.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 小学在校生年龄段. */
export const qualityPrimaryPupilAge = defineParameter({
  key: 'qualityPrimaryPupilAge',
  group: 'quality',
  schema: () => AgeBandSchema,
  label: { zh: '小学在校生年龄段', en: 'age band of primary pupils' },
  description: { zh: '在校生状况为小学的成员年龄应在此范围内（含两端）。', en: 'A member whose school status is primary school should be of this age (both ends included).' },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 初中在校生年龄段. */
export const qualityJuniorPupilAge = defineParameter({
  key: 'qualityJuniorPupilAge',
  group: 'quality',
  schema: () => AgeBandSchema,
  label: { zh: '初中在校生年龄段', en: 'age band of junior-secondary pupils' },
  description: { zh: '在校生状况为七、八、九年级的成员年龄应在此范围内（含两端）。', en: 'A member in grade 7, 8 or 9 should be of this age (both ends included).' },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 高中、中职在校生年龄段. */
export const qualitySeniorPupilAge = defineParameter({
  key: 'qualitySeniorPupilAge',
  group: 'quality',
  schema: () => AgeBandSchema,
  label: { zh: '高中和中职在校生年龄段', en: 'age band of senior-secondary and vocational pupils' },
  description: {
    zh: '在校生状况为普通高中或中职一至三年级的成员年龄应在此范围内（含两端）。',
    en: 'A member in senior high school or secondary vocational school, years 1–3, should be of this age (both ends included).',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 公益性岗位最低年龄. */
export const qualityPublicWelfarePostMinAge = defineParameter({
  key: 'qualityPublicWelfarePostMinAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '公益性岗位最低年龄', en: 'minimum age for a public-welfare post' },
  description: { zh: '未满此年龄的成员不应聘用公益性岗位。', en: 'A member younger than this should not hold a public-welfare post.' },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 一人登记公益性岗位的提示个数 (3种及以上). */
export const qualityManyPublicWelfarePosts = defineParameter({
  key: 'qualityManyPublicWelfarePosts',
  group: 'quality',
  schema: () => z.number().int().min(2).max(20),
  label: { zh: '一人登记公益性岗位的提示个数', en: 'number of public-welfare posts flagged for one member' },
  description: {
    zh: '成员登记的公益性岗位名称（不计重复）达到此个数（含）时提示核实。',
    en: 'A member whose public-welfare post column names this many distinct posts, or more, is flagged for review.',
  },
  unit: { zh: '种', en: 'posts' },
});

/** 公益性岗位高龄提示年龄 (70岁及以上). */
export const qualityPublicWelfarePostElderlyAge = defineParameter({
  key: 'qualityPublicWelfarePostElderlyAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '公益性岗位高龄提示年龄', en: 'age from which a public-welfare post is flagged' },
  description: {
    zh: '达到此年龄（含）的成员聘用公益性岗位时提示核实。',
    en: 'A member of this age or older holding a public-welfare post is flagged for review.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 劳动年龄段 (16岁含 – 60岁不含). */
export const qualityWorkingAge = defineParameter({
  key: 'qualityWorkingAge',
  group: 'quality',
  schema: () => z.strictObject({
    /** The youngest working age (included). */
    min: age,
    /** The first age past working age (excluded). */
    below: age,
  }),
  label: { zh: '劳动年龄段', en: 'working age' },
  description: {
    zh: '劳动年龄为 min 周岁（含）至 below 周岁（不含）。此年龄段内健康且不在校的成员劳动技能为弱劳动力、丧失劳动力或无劳动力时提示核实。',
    en: 'Working age runs from `min` (included) to `below` (excluded). A healthy member of working age not in school whose labour is weak, lost or none is flagged for review.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 老年人年龄 (60岁及以上). */
export const qualityElderlyAge = defineParameter({
  key: 'qualityElderlyAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '老年人年龄', en: 'elderly age' },
  description: {
    zh: '达到此年龄（含）的成员劳动技能为普通劳动力或技能劳动力时提示核实。',
    en: 'A member of this age or older whose labour is ordinary or skilled is flagged for review.',
  },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 无劳动力年龄 (16岁以下). */
export const qualityChildLabourAge = defineParameter({
  key: 'qualityChildLabourAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '应为无劳动力的年龄', en: 'age below which labour must be none' },
  description: { zh: '未满此年龄的成员劳动技能应为无劳动力。', en: 'A member younger than this should have no labour capacity recorded (无劳动力).' },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 务工起始最低年龄. */
export const qualityMinWorkStartAge = defineParameter({
  key: 'qualityMinWorkStartAge',
  group: 'quality',
  schema: () => age,
  label: { zh: '务工最低年龄', en: 'minimum age at the start of work' },
  description: { zh: '务工开始时未满此年龄的务工登记为错误。', en: 'A spell of work starting before the member reached this age is an error.' },
  unit: { zh: '周岁', en: 'years of age' },
});

/** 务工时间范围 (0–12个月). */
export const qualityWorkMonthsRange = defineParameter({
  key: 'qualityWorkMonthsRange',
  group: 'quality',
  schema: () => z.strictObject({ min: z.number().min(0), max: z.number().min(0) }).check(bandOrder(bandEnd)),
  label: { zh: '务工时间范围', en: 'range of work time' },
  description: { zh: 'A16 务工时间（月）应在此范围内（含两端）。', en: 'A16 work time (months in the income period) should lie in this range (both ends included).' },
  unit: { zh: '月', en: 'months' },
});

/** 务工月收入范围 (100–30000元). */
export const qualityMonthlyWageRange = defineParameter({
  key: 'qualityMonthlyWageRange',
  group: 'quality',
  schema: () => MoneyBandSchema,
  label: { zh: '务工月收入合理范围', en: 'plausible monthly wage' },
  description: {
    zh: '务工月监测中的务工月收入应在此范围内（含两端）。有的县用更高的下限（如400元，规则1111_12），可在县级配置中覆盖。',
    en: 'A monthly wage in the work monitoring should lie in this range (both ends included). Some counties use a higher floor (e.g. 400 yuan, rule 1111_12): override it in a county profile.',
  },
  unit: { zh: '元/月', en: 'yuan per month' },
});

/** 工资性收入合理范围. */
export const qualityWageRange = defineParameter({
  key: 'qualityWageRange',
  group: 'quality',
  schema: () => MoneyBandSchema,
  label: { zh: '工资性收入合理范围', en: 'plausible annual wage income' },
  description: {
    zh: 'A28 工资性收入大于0而低于 min，或高于 max 时提示核实（为0表示无工资性收入，不提示）。',
    en: 'A28 wage income above 0 but below `min`, or above `max`, is flagged for review (0 means no wage income and is not flagged).',
  },
  unit: { zh: '元/年', en: 'yuan per year' },
});

/** 转移性收入分项的最低合理金额. */
export const qualityMinTransferItems = defineParameter({
  key: 'qualityMinTransferItems',
  group: 'quality',
  schema: () => z.strictObject({
    /** 低保金. */
    dibao: NonNegativeMoneySchema,
    /** 计划生育金. */
    familyPlanning: NonNegativeMoneySchema,
    /** 养老金. */
    pension: NonNegativeMoneySchema,
    /** 特困供养金 (五保金). */
    tekun: NonNegativeMoneySchema,
  }),
  label: { zh: '转移性收入分项最低合理金额', en: 'smallest plausible transfer items' },
  description: {
    zh: '转移性收入分项（低保金、计划生育金、养老金、特困供养金）大于0而低于此值时提示核实。',
    en: 'A transfer item (低保金, 计划生育金, 养老金, 特困供养金) above 0 but below this amount is flagged for review.',
  },
  unit: { zh: '元/年', en: 'yuan per year' },
});

/** 人均纯收入过低的提示线 (4000元). */
export const qualityLowPerCapitaIncome = defineParameter({
  key: 'qualityLowPerCapitaIncome',
  group: 'quality',
  schema: () => NonNegativeMoneySchema,
  label: { zh: '人均纯收入过低提示线', en: 'implausibly low per-capita income' },
  description: {
    zh: '脱贫户或监测对象户的家庭人均纯收入（A34）低于此值时提示核实收入是否漏填。',
    en: 'A 脱贫户 or monitored household whose per-capita net income (A34) is below this amount is flagged: income may be missing.',
  },
  unit: { zh: '元/人·年', en: 'yuan per person per year' },
});

/** 识别后落实帮扶措施的期限（月）. */
export const qualityMeasureGraceMonths = defineParameter({
  key: 'qualityMeasureGraceMonths',
  group: 'quality',
  schema: () => z.number().int().min(0).max(120),
  label: { zh: '识别后落实帮扶措施期限', en: 'months after identification by which a measure is due' },
  description: {
    zh: '未消除风险的监测对象识别满此月数（含）仍未登记任何帮扶措施时提示。',
    en: 'A monitored household whose risk is not eliminated and that has no measure on record this many whole months (or more) after identification is flagged.',
  },
  unit: { zh: '月', en: 'months' },
});

/** 重度残疾劳动技能核查的残疾类别. */
export const qualitySevereDisabilityLabourCategories = defineParameter({
  key: 'qualitySevereDisabilityLabourCategories',
  group: 'quality',
  schema: () => z.array(z.number().int().min(1).max(7)),
  label: { zh: '重度残疾劳动技能核查的残疾类别', en: 'disability categories checked against full labour' },
  description: {
    zh: '一、二级（重度）残疾且残疾类别在此列表中的成员，劳动技能为普通劳动力或技能劳动力时提示核实（1 视力、2 听力、3 言语、4 肢体、5 智力、6 精神、7 多重）。',
    en: 'A member with a grade 1 or 2 (severe) disability of a category in this list whose labour is ordinary or skilled is flagged (1 visual, 2 hearing, 3 speech, 4 physical, 5 intellectual, 6 mental, 7 multiple).',
  },
});

/** A share of the members (分子/分母), compared exactly: `numerator / denominator`, at most 1. */
export const ShareSchema = lazySchema(() => z
  .strictObject({
    /** 分子. */
    numerator: z.number().int().min(0),
    /** 分母 (not 0). */
    denominator: z.number().int().min(1),
  })
  .refine((s) => s.numerator <= s.denominator, { message: 'numerator must not exceed denominator (a share is at most 1)' }));

/** 缺劳动力风险的劳动力占比上限 (四分之一). */
export const qualityLabourShortageMaxShare = defineParameter({
  key: 'qualityLabourShortageMaxShare',
  group: 'quality',
  schema: () => ShareSchema,
  label: { zh: '缺劳动力风险的劳动力占比上限', en: 'largest labour share for a lack-of-labour risk' },
  description: {
    zh: '风险类型含缺劳动力的未消除风险监测对象，状态时点在册成员中普通劳动力和技能劳动力所占比例超过此值（不含此值）时提示核实。取多大的占比是县级口径：默认四分之一取自县级规则5_18_008，县级配置可覆盖。',
    en: 'A monitored household whose risk is not eliminated, with the lack-of-labour risk, is flagged when the share of its members on record at the status date with ordinary or skilled labour is above this value (the value itself not flagged). The share is a county choice: the default, one quarter, is county rule 5_18_008’s; a county profile may override it.',
  },
  unit: { zh: '占在册成员的比例', en: 'share of the members on record' },
});

export const qualityParameters = {
  qualityCompulsoryEducationAge,
  qualityPreschoolStatusAge,
  qualityPrimaryPupilAge,
  qualityJuniorPupilAge,
  qualitySeniorPupilAge,
  qualityPublicWelfarePostMinAge,
  qualityManyPublicWelfarePosts,
  qualityPublicWelfarePostElderlyAge,
  qualityWorkingAge,
  qualityElderlyAge,
  qualityChildLabourAge,
  qualityMinWorkStartAge,
  qualityWorkMonthsRange,
  qualityMonthlyWageRange,
  qualityWageRange,
  qualityMinTransferItems,
  qualityLowPerCapitaIncome,
  qualityMeasureGraceMonths,
  qualitySevereDisabilityLabourCategories,
  qualityLabourShortageMaxShare,
};
