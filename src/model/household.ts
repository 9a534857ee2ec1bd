/**
 * The household record (户信息) — the interchange format. Field names follow the national
 * collection form (S000 附件1, 临稷办发〔2023〕76号), and each field's doc comment names its form code
 * (A1–A55). The schemas are the single source of truth: the TypeScript types are inferred from them.
 *
 * Objects are strict: an unknown key is an issue naming the key, never silently dropped.
 *
 * Every schema here — each exported one, each object's every field — is a stand-in built on first
 * use ({@link lazySchema}): a start that asks zod nothing builds none of them (the fast path and the
 * importer read the household's description instead, src/model/schema-description.ts), and a
 * rejected record's explanation builds only the schema of the field it asks zod about
 * (docs/decisions.md, "… twelfth slice: startup"). The exported schemas are the very objects the
 * shapes hold (`HouseholdSchema.shape.income === IncomeSchema`).
 *
 * @module
 */
import { z } from 'zod';
import {
  DISASTER_TYPES,
  EDUCATION_LEVELS,
  ELIMINATION_METHODS,
  enumKeys,
  HEALTH_STATUSES,
  ID_TYPES,
  LABOUR_CAPACITIES,
  MEASURES,
  MEMBER_CHANGES,
  MONITORING_CATEGORIES,
  POLICY_STATUSES,
  RELATIONS,
  RISK_TYPES,
  SCHOOL_STATUSES,
  SEXES,
  WORK_AREAS,
} from './labels.js';
import { CalendarDateSchema, KeySchema, MAX_HOUSEHOLD_MEMBERS, MoneySchema, NonEmptyStringSchema, NonNegativeMoneySchema, YearMonthSchema } from './primitives.js';
import { HOUSEHOLD_EVENTS } from './events.js';
import { lazySchema } from './lazy-schema.js';

/**
 * The household's object schemas by name, each with the fields its shape holds (the same objects):
 * the fast path's explainer (src/model/fast-validation.ts) asks zod about one bad field through it,
 * without building the object that holds the field, and the schema description the build writes
 * (src/model/schema-description.ts) names each object by it.
 */
export const MODEL_OBJECTS: ReadonlyMap<string, { readonly schema: z.ZodType; readonly fields: Readonly<Record<string, z.ZodType>> }> = new Map();

/**
 * A strict object schema built on first use, registered in {@link MODEL_OBJECTS} under `name`; its
 * fields are stand-ins too. An optional field is written `z.optional(XSchema)`, not
 * `XSchema.optional()`: zod binds a method to the object it is read from, which for a stand-in is
 * the built schema, so the wrapper would hold the built schema instead of the stand-in the fast path
 * and the description know by identity.
 */
function objectSchema<F extends Record<string, z.ZodType>>(name: string, fields: F) {
  const schema = lazySchema(() => z.strictObject(fields));
  (MODEL_OBJECTS as Map<string, { schema: z.ZodType; fields: Readonly<Record<string, z.ZodType>> }>).set(name, { schema, fields });
  return schema;
}

/** A3 监测对象类别. */
export const MonitoringCategorySchema = lazySchema(() => z.enum(enumKeys(MONITORING_CATEGORIES)));
/** 脱贫享受政策 / 脱贫不享受政策. */
export const PolicyStatusSchema = lazySchema(() => z.enum(enumKeys(POLICY_STATUSES)));
/** A27 致贫返贫风险. */
export const RiskTypeSchema = lazySchema(() => z.enum(enumKeys(RISK_TYPES)));
/** A27a 因自然灾害子项. */
export const DisasterTypeSchema = lazySchema(() => z.enum(enumKeys(DISASTER_TYPES)));
/** A39–A52 帮扶措施. */
export const MeasureSchema = lazySchema(() => z.enum(enumKeys(MEASURES)));
/** A8 与户主关系 (dictionary 1010). */
export const RelationSchema = lazySchema(() => z.enum(enumKeys(RELATIONS)));
/** A13 健康状况. */
export const HealthSchema = lazySchema(() => z.enum(enumKeys(HEALTH_STATUSES)));
/** A14 劳动技能. */
export const LabourSchema = lazySchema(() => z.enum(enumKeys(LABOUR_CAPACITIES)));
/** A53 风险消除方式. */
export const EliminationMethodSchema = lazySchema(() => z.enum(enumKeys(ELIMINATION_METHODS)));
/** 家庭成员自然变化的种类. */
export const MemberChangeKindSchema = lazySchema(() => z.enum(enumKeys(MEMBER_CHANGES)));

/** 家庭成员自然变化: a birth, death, marriage in or out, or move, with its date. */
export const MemberChangeSchema = objectSchema('MemberChange', {
  kind: MemberChangeKindSchema,
  /** The date of the change. */
  on: CalendarDateSchema,
});

/** 务工经历 (务工月监测): one spell of work away from home. */
export const EmploymentSpellSchema = objectSchema('EmploymentSpell', {
  /** 开始时间, YYYY-MM. */
  start: YearMonthSchema,
  /** 结束时间, YYYY-MM; absent while still working. */
  end: lazySchema(() => z.optional(YearMonthSchema)),
  /** 务工月收入 (yuan per month). */
  monthlyWage: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 务工所在县. */
  county: lazySchema(() => z.string().optional()),
});

/** 公益性岗位: 是 / 否, or the names of the posts held (one or several, none blank). */
export const PublicWelfarePostSchema = lazySchema(() => z.union([z.boolean(), z.array(NonEmptyStringSchema).min(1)]));

/** A family member (家庭成员), one row of the form's part 二. */
export const MemberSchema = objectSchema('Member', {
  /** A5 姓名. */
  name: NonEmptyStringSchema,
  /** A6 性别. */
  sex: lazySchema(() => z.enum(enumKeys(SEXES))),
  /** A7 居民身份证（残疾人证）号码: 18 characters (15 for first-generation cards), 20 or 22 for a disability certificate. Checked by data quality, not by parsing. */
  idNumber: lazySchema(() => z.string().optional()),
  /** 证件类型. */
  idType: lazySchema(() => z.enum(enumKeys(ID_TYPES)).optional()),
  /** A8 与户主关系; the head is 'head'. */
  relation: RelationSchema,
  /** 出生日期; when absent, the age comes from the ID number. */
  birthDate: lazySchema(() => z.optional(CalendarDateSchema)),
  /** A9 民族. */
  ethnicity: lazySchema(() => z.string().optional()),
  /** A10 政治面貌. */
  politicalStatus: lazySchema(() => z.string().optional()),
  /** A11 文化程度. */
  education: lazySchema(() => z.enum(enumKeys(EDUCATION_LEVELS)).optional()),
  /** A12 在校生状况; absent = not in school. */
  schoolStatus: lazySchema(() => z.enum(enumKeys(SCHOOL_STATUSES)).optional()),
  /** 义务教育阶段未上学原因 (失学或辍学原因). */
  outOfSchoolReason: lazySchema(() => z.string().optional()),
  /** A13 健康状况. */
  health: lazySchema(() => z.optional(HealthSchema)),
  /** 残疾类别 1–7 (1 视力, 2 听力, 3 言语, 4 肢体, 5 智力, 6 精神, 7 多重), as on the disability certificate. */
  disabilityCategory: lazySchema(() => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]).optional()),
  /** 残疾等级 1–4; grades 1 and 2 are severe (重度残疾). */
  disabilityGrade: lazySchema(() => z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional()),
  /** A14 劳动技能. */
  labour: lazySchema(() => z.optional(LabourSchema)),
  /** A15 务工区域. */
  workArea: lazySchema(() => z.enum(enumKeys(WORK_AREAS)).optional()),
  /** A16 务工时间 (months in the income period). The 0–12 range is a data-quality check, not a parse error. */
  workMonths: lazySchema(() => z.number().optional()),
  /** 务工月监测: spells of work. */
  employment: lazySchema(() => z.array(EmploymentSpellSchema).optional()),
  /**
   * 公益性岗位, as exports hold it: `true` / `false` (是 / 否), or the names of the posts held (e.g.
   * `['护林员']`; several possible) — a member with post names holds a public-welfare post.
   */
  publicWelfarePost: lazySchema(() => z.optional(PublicWelfarePostSchema)),
  /** A17 是否参加城乡居民（职工）基本医疗保险. */
  basicMedicalInsurance: lazySchema(() => z.boolean().optional()),
  /** A18 是否参加大病保险. */
  seriousIllnessInsurance: lazySchema(() => z.boolean().optional()),
  /** A19 是否参加城乡居民基本养老保险. */
  pensionInsurance: lazySchema(() => z.boolean().optional()),
  /** A20 是否享受城乡居民最低生活保障 (receives 低保). */
  dibao: lazySchema(() => z.boolean().optional()),
  /** A21 是否特困供养人员 (receives 特困供养). */
  tekun: lazySchema(() => z.boolean().optional()),
  /** A22 是否易地扶贫搬迁. */
  relocated: lazySchema(() => z.boolean().optional()),
  /** 家庭成员联系电话. */
  phone: lazySchema(() => z.string().optional()),
  /** 家庭成员自然变化 in or after the period. */
  changes: lazySchema(() => z.array(MemberChangeSchema).optional()),
});

/** Optional breakdown of A28 工资性收入. */
export const WageBreakdownSchema = objectSchema('WageBreakdown', {
  /** 公益性岗位收入. */
  publicWelfarePost: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 其他工资性收入. */
  other: lazySchema(() => z.optional(NonNegativeMoneySchema)),
});

/** Optional breakdown of A30 财产性收入 (S001 form part 四). */
export const PropertyBreakdownSchema = objectSchema('PropertyBreakdown', {
  /** 资产收益扶贫分红收入. */
  assetIncomeDividend: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 其他财产性收入. */
  other: lazySchema(() => z.optional(NonNegativeMoneySchema)),
});

/** Optional breakdown of A31 转移性收入 (S001 form part 四). */
export const TransferBreakdownSchema = objectSchema('TransferBreakdown', {
  /** 计划生育金. */
  familyPlanning: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 低保金 (最低生活保障金). */
  dibao: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 特困供养金 (特困人员救助供养金, 五保金). */
  tekun: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 养老金 (养老保险金, 离退休金). */
  pension: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 生态补偿金. */
  ecologicalCompensation: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 保险赔付 recorded as transfer income — the same payout must not also be in A35 理赔收入. */
  insuranceCompensation: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** 其他转移性收入. */
  other: lazySchema(() => z.optional(NonNegativeMoneySchema)),
});

/** The itemised parts of the income block (Fujian's form, S001). */
const IncomeBreakdownSchema = objectSchema('IncomeBreakdown', {
  wage: lazySchema(() => z.optional(WageBreakdownSchema)),
  property: lazySchema(() => z.optional(PropertyBreakdownSchema)),
  transfer: lazySchema(() => z.optional(TransferBreakdownSchema)),
});

/** 收支情况 (form part 五): the household's income and spending over the income period, in yuan. */
export const IncomeSchema = objectSchema('Income', {
  /** A28 工资性收入. */
  wage: NonNegativeMoneySchema,
  /** A29 生产经营性收入 (gross; A32 is subtracted in A33). */
  operating: NonNegativeMoneySchema,
  /** A30 财产性收入. */
  property: NonNegativeMoneySchema,
  /** A31 转移性收入. */
  transfer: NonNegativeMoneySchema,
  /** A32 生产经营性支出. */
  operatingExpense: NonNegativeMoneySchema,
  /** A35 理赔收入 (default 0). */
  claims: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** A36 合规自付支出 (default 0). */
  compliantOutOfPocket: lazySchema(() => z.optional(NonNegativeMoneySchema)),
  /** Itemised parts (Fujian's form, S001); when a group is given its items must sum to the total. */
  breakdown: lazySchema(() => z.optional(IncomeBreakdownSchema)),
});

/** 三保障和饮水安全状况 (form part 三). Absent = not recorded (unknown), never "no problem". */
export const GuaranteesSchema = objectSchema('Guarantees', {
  /** A23 是否住房出现安全问题. */
  housingUnsafe: lazySchema(() => z.boolean().optional()),
  /** A24 是否义务教育阶段适龄儿童少年失学辍学. */
  compulsoryEducationDropout: lazySchema(() => z.boolean().optional()),
  /** A25 是否饮水出现安全问题. */
  drinkingWaterUnsafe: lazySchema(() => z.boolean().optional()),
  /** A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险 — as recorded; the form generates it from A17. */
  memberWithoutMedicalInsurance: lazySchema(() => z.boolean().optional()),
});

/** 风险消除 (A53, A54) and what was recorded at elimination (the export's "风险消除后…" block). */
export const EliminationSchema = objectSchema('Elimination', {
  /** A53 风险消除方式. */
  method: EliminationMethodSchema,
  /** A54 风险消除时间. */
  on: CalendarDateSchema,
  /** 风险消除后收入: income recorded at elimination. */
  income: lazySchema(() => z.optional(IncomeSchema)),
  /** 风险消除后三保障和饮水状况. */
  guarantees: lazySchema(() => z.optional(GuaranteesSchema)),
  /** Longkou's mark (S004 §六(二)): 返贫风险消除 for a 脱贫不稳定户, 致贫风险消除 for the other two categories. */
  mark: lazySchema(() => z.enum(['relapse-risk-eliminated', 'poverty-risk-eliminated']).optional()),
});

/** Facts gathered when a monitored household's risk is reviewed (风险评估, S004 §六(二); S000 §一(二)). */
export const MonitoringReviewSchema = objectSchema('MonitoringReview', {
  /** Income has been stable (in principle for at least half a year). */
  incomeStable: lazySchema(() => z.boolean().optional()),
  /** Large rigid spending (大额刚性支出) is resolved or under control. */
  rigidSpendingResolved: lazySchema(() => z.boolean().optional()),
  /** The identified risk is removed or gone naturally. */
  riskGone: lazySchema(() => z.boolean().optional()),
  /** A new risk has appeared (after an elimination: 风险再标注 candidate, S002 §三(一)2). */
  newRisk: lazySchema(() => z.boolean().optional()),
  /** When the new risk appeared. */
  newRiskOn: lazySchema(() => z.optional(CalendarDateSchema)),
  /** The elimination would not hold if the measures were withdrawn (S002 §三(二)1). */
  dependsOnMeasures: lazySchema(() => z.boolean().optional()),
  /** The household knows of and agrees to the elimination (知情同意, S002 §三(一)3). */
  informedConsent: lazySchema(() => z.boolean().optional()),
  /** The risk disappeared by itself, not through assistance (返贫致贫风险自然消失 → A53 自然消除). Absent: the assisted route (帮扶消除) is assessed. */
  riskGoneNaturally: lazySchema(() => z.boolean().optional()),
});

/** The income of one earlier annual income period (往年收入). */
export const IncomeYearSchema = objectSchema('IncomeYear', {
  /** The last day of the income period (e.g. 2022-09-30 for the 2022年度, 2021-10-01..2022-09-30). */
  periodEnd: CalendarDateSchema,
  /** A34 家庭人均纯收入 of that period. */
  perCapitaNetIncome: lazySchema(() => z.optional(MoneySchema)),
  /** A33 家庭纯收入 of that period. */
  netIncome: lazySchema(() => z.optional(MoneySchema)),
});

/** Procedure steps on record (S002 §三(二)3: 程序落实). */
export const ProcedureRecordSchema = objectSchema('ProcedureRecord', {
  /** 纳入监测申请. */
  application: lazySchema(() => z.boolean().optional()),
  /** 授权承诺书 (authorisation to check family assets). */
  authorisation: lazySchema(() => z.boolean().optional()),
  /** 民主评议. */
  democraticReview: lazySchema(() => z.boolean().optional()),
  /** 公示. */
  publicity: lazySchema(() => z.boolean().optional()),
  /** 家庭资产信息和基本信息复核. */
  assetVerification: lazySchema(() => z.boolean().optional()),
});

/** Monitoring status: present when the household is (or was) a monitoring object (监测对象). */
export const MonitoringSchema = objectSchema('Monitoring', {
  /** A3 监测对象类别. */
  category: MonitoringCategorySchema,
  /** 识别监测时间. Exports give YYYYMM; importers use the first day of that month. */
  identifiedOn: CalendarDateSchema,
  /** 识别时家庭人均纯收入 (for relabelling by income at identification, S002 §三(二)1). */
  perCapitaIncomeAtIdentification: lazySchema(() => z.optional(MoneySchema)),
  /** A53/A54: present once the risk is marked eliminated. */
  eliminated: lazySchema(() => z.optional(EliminationSchema)),
  /** Facts of the latest risk review. */
  review: lazySchema(() => z.optional(MonitoringReviewSchema)),
  /** Procedure steps on record. */
  procedure: lazySchema(() => z.optional(ProcedureRecordSchema)),
});

/** 家庭资产与赡养情况 — the facts the exclusions (S004 §二(二)) and policy-status criteria (S000 附件2) test. */
export const AssetsSchema = objectSchema('Assets', {
  /** A member owns and regularly uses a high-end passenger car (拥有并经常使用高档乘用车辆). */
  luxuryCar: lazySchema(() => z.boolean().optional()),
  /** A member bought commercial housing in a town (在城镇购买商品房). */
  urbanCommercialHousing: lazySchema(() => z.boolean().optional()),
  /** …through cash resettlement for relocation, Yellow-River flats or hazard avoidance (货币化安置) — exempt. */
  cashResettlementExempt: lazySchema(() => z.boolean().optional()),
  /** A member registered a company employing others (注册公司、企业并雇佣他人从事经营性活动). */
  companyWithEmployees: lazySchema(() => z.boolean().optional()),
  /** …and its returns are high (收益较高). */
  highReturnCompany: lazySchema(() => z.boolean().optional()),
  /** A member is on the public payroll (财政供养人员) or a mid-level+ manager in a large state enterprise. */
  publicPayrollMember: lazySchema(() => z.boolean().optional()),
  /** A separated child (分户子女) or its spouse is on the public payroll or a state-enterprise manager. */
  separatedChildPublicPayroll: lazySchema(() => z.boolean().optional()),
  /** A separated child's family runs a high-return company employing others. */
  separatedChildCompany: lazySchema(() => z.boolean().optional()),
  /** Separated children are well able to support the household (赡养能力强). */
  separatedChildrenAbleToSupport: lazySchema(() => z.boolean().optional()),
  /** Legal supporters are able to support but do not (法定赡养、抚养、扶养人…不依法履行义务). */
  supporterNotPaying: lazySchema(() => z.boolean().optional()),
  /** Excluded by another rule of a county-level (or higher) poverty-alleviation department (S004 §二(二) 排除情形5). */
  countyRuleExclusion: lazySchema(() => z.boolean().optional()),
});

/** Sudden hardship (突发困难) — the facts of S004 §二(二) conditions (1) and (2) and of 突发严重困难户. */
export const HardshipSchema = objectSchema('Hardship', {
  /** Rigid spending from illness, disability or schooling clearly exceeds last year's income (刚性支出明显超过上年度收入). */
  rigidSpendingExceedsIncome: lazySchema(() => z.boolean().optional()),
  /** …so that 两不愁三保障 or drinking-water safety is affected. */
  basicNeedsAffected: lazySchema(() => z.boolean().optional()),
  /** Income cut sharply by a disaster or accident (收入大幅缩减). */
  sharpIncomeDrop: lazySchema(() => z.boolean().optional()),
  /** …causing temporary hardship in family life (家庭生活出现临时性困难). */
  temporaryHardship: lazySchema(() => z.boolean().optional()),
  /** A sudden surge of rigid spending or collapse of income causes severe difficulty affecting basic living (严重困难，影响到基本生活). */
  severeDifficulty: lazySchema(() => z.boolean().optional()),
  /** Part of the household has lost labour capacity and it cannot earn a stable income from industry or work (部分丧失劳动能力且无法通过产业就业获得稳定收入, 小甸巩固振兴组办〔2021〕1号 §二, §三(二)). */
  noStableIncomeFromWork: lazySchema(() => z.boolean().optional()),
});

/** Facts for the 脱贫享受政策 → 不享受政策 review (S000 附件2) not covered elsewhere. */
export const PolicyReviewSchema = objectSchema('PolicyReview', {
  /** Criterion 2: the cause of poverty is gone (the student graduated and is stably employed; the sick member recovered or died). */
  causeOfPovertyGone: lazySchema(() => z.boolean().optional()),
  /** Criterion 2: production and living conditions are not below an ordinary local household. */
  conditionsNotBelowOrdinary: lazySchema(() => z.boolean().optional()),
  /** Retention 2: a member with serious illness has large out-of-pocket costs after all reimbursement. */
  largeMedicalOutOfPocket: lazySchema(() => z.boolean().optional()),
  /** Retention 4: hardship from a disaster or accident. */
  disasterOrAccidentHardship: lazySchema(() => z.boolean().optional()),
});

/** An event on record: a department warning, an application or a change screening looks for. */
export const HouseholdEventSchema = objectSchema('HouseholdEvent', {
  kind: lazySchema(() => z.enum(enumKeys(HOUSEHOLD_EVENTS))),
  /** When it happened or was reported. */
  on: CalendarDateSchema,
  /** Reported by a department's monthly warning (部门筛查预警), S004 §三(三). */
  departmentWarning: lazySchema(() => z.boolean().optional()),
});

/** 生产生活条件 (S001 form part 五). */
export const LivingConditionsSchema = objectSchema('LivingConditions', {
  /** 耕地面积（亩）. */
  arableLand: lazySchema(() => z.number().optional()),
  /** 林地面积（亩）. */
  forestLand: lazySchema(() => z.number().optional()),
  /** 林果面积（亩）. */
  orchardLand: lazySchema(() => z.number().optional()),
  /** 住房面积（平方米）. */
  housingArea: lazySchema(() => z.number().optional()),
  /** 危房等级. */
  dangerousHouseGrade: lazySchema(() => z.string().optional()),
  /** 是否有卫生厕所. */
  sanitaryToilet: lazySchema(() => z.boolean().optional()),
  /** 是否解决安全饮用水. */
  safeDrinkingWater: lazySchema(() => z.boolean().optional()),
});

/** 家庭住址 (行政区划). */
export const RegionSchema = objectSchema('Region', {
  /** 省（区、市）. */
  province: lazySchema(() => z.string().optional()),
  /** 市（地、州、盟）. */
  city: lazySchema(() => z.string().optional()),
  /** 县（市、区、旗）. */
  county: lazySchema(() => z.string().optional()),
  /** 乡（镇、街道、苏木）. */
  town: lazySchema(() => z.string().optional()),
  /** 村（社区、嘎查）. */
  village: lazySchema(() => z.string().optional()),
  /** 自然村（村民小组）. */
  group: lazySchema(() => z.string().optional()),
});

/** 监测联系人 (A55). */
export const ContactSchema = objectSchema('Contact', {
  /** 监测联系人. */
  name: lazySchema(() => z.string().optional()),
  /** 联系电话. */
  phone: lazySchema(() => z.string().optional()),
});

/** A household (户): the national collection form as one JSON object. */
export const HouseholdSchema = objectSchema('Household', {
  /** 户编号: non-empty, no control characters. */
  id: KeySchema,
  /** 家庭住址. */
  region: lazySchema(() => z.optional(RegionSchema)),
  /** A1 居住在大中型易地扶贫搬迁集中安置区（800人以上）. */
  relocationSite: lazySchema(() => z.boolean().optional()),
  /** A2 安置区地址. */
  relocationSiteAddress: lazySchema(() => z.string().optional()),
  /** A4 脱贫户 (generated by ID comparison in the national system). */
  povertyAlleviated: lazySchema(() => z.boolean()),
  /** 脱贫享受政策 / 脱贫不享受政策 (脱贫户 only). */
  policyStatus: lazySchema(() => z.optional(PolicyStatusSchema)),
  /** A27 风险类型 (Fujian: exactly one). */
  riskTypes: lazySchema(() => z.array(RiskTypeSchema).optional()),
  /** A27 其他（文字备注）. */
  riskNote: lazySchema(() => z.string().optional()),
  /** A27a 因自然灾害 sub-types. */
  disasterTypes: lazySchema(() => z.array(DisasterTypeSchema).optional()),
  /** 发现时间: when the risk was discovered — starts Longkou's rolling income period (S004 §二(二)). */
  discoveredOn: lazySchema(() => z.optional(CalendarDateSchema)),
  /** Monitoring status (A3, A53, A54), present for a monitoring object. */
  monitoring: lazySchema(() => z.optional(MonitoringSchema)),
  /** 家庭成员; row 1 is the head. At most {@link MAX_HOUSEHOLD_MEMBERS} (1,000). */
  members: lazySchema(() => z.array(MemberSchema).min(1).max(MAX_HOUSEHOLD_MEMBERS)),
  /** 收支情况 (A28–A32, A35, A36). */
  income: IncomeSchema,
  /**
   * 上年家庭人均纯收入: A34 of the income period before the assessed one — for an annual period, the
   * previous 年度 (assessing 2022-10-01..2023-09-30, the 2023年度, it is the 2022年度 figure,
   * 2021-10-01..2022-09-30). For income-decline screening.
   */
  previousPerCapitaNetIncome: lazySchema(() => z.optional(MoneySchema)),
  /**
   * 往年收入: income of earlier annual income periods, each named by the period's last day (the
   * 2021年度 is `periodEnd: '2021-09-30'`), for screening groups that name a year (党委发〔2023〕70号
   * §一(二) "2022年收入低于10000元", "2022年收入不增反降、增速较慢").
   */
  incomeHistory: lazySchema(() => z.array(IncomeYearSchema).optional()),
  /** 三保障和饮水安全状况 (A23–A26). */
  guarantees: lazySchema(() => z.optional(GuaranteesSchema)),
  /** Sudden hardship facts (S004 §二(二)). */
  hardship: lazySchema(() => z.optional(HardshipSchema)),
  /** Assets and support facts for exclusions and policy-status criteria. */
  assets: lazySchema(() => z.optional(AssetsSchema)),
  /** Facts for the policy-status review (S000 附件2). */
  policyReview: lazySchema(() => z.optional(PolicyReviewSchema)),
  /** A39–A52 帮扶措施 on record. */
  measures: lazySchema(() => z.array(MeasureSchema).optional()),
  /** A47 教育帮扶 items as the export lists them (e.g. 雨露计划): what the education aid is. */
  educationAidItems: lazySchema(() => z.array(z.string()).optional()),
  /** 整户无劳动能力兜底保障户. */
  noLabourSafetyNet: lazySchema(() => z.boolean().optional()),
  /** Events on record (warnings, applications, new 低保 …) for screening. */
  events: lazySchema(() => z.array(HouseholdEventSchema).optional()),
  /** 生产生活条件. */
  livingConditions: lazySchema(() => z.optional(LivingConditionsSchema)),
  /** A55 监测联系人及电话. */
  contact: lazySchema(() => z.optional(ContactSchema)),
  /** 户联系电话: the household's own phone (not the A55 contact person's). */
  phone: lazySchema(() => z.string().optional()),
});

/** A household, as validated by {@link HouseholdSchema}. */
export type Household = z.output<typeof HouseholdSchema>;
/** A household as a caller may write it (the same shape: parsing does not transform). */
export type HouseholdInput = z.input<typeof HouseholdSchema>;
/** A family member. */
export type Member = z.output<typeof MemberSchema>;
/** The income block (A28–A36). */
export type Income = z.output<typeof IncomeSchema>;
/** A3 monitoring category. */
export type MonitoringCategory = z.output<typeof MonitoringCategorySchema>;
/** A27 risk type. */
export type RiskType = z.output<typeof RiskTypeSchema>;
/** A39–A52 measure. */
export type Measure = z.output<typeof MeasureSchema>;
/** A8 relation to the head. */
export type Relation = z.output<typeof RelationSchema>;
/** 脱贫享受政策 / 不享受政策. */
export type PolicyStatus = z.output<typeof PolicyStatusSchema>;
/** A53 elimination method. */
export type EliminationMethod = z.output<typeof EliminationMethodSchema>;
/** A household event. */
export type HouseholdEvent = z.output<typeof HouseholdEventSchema>;
