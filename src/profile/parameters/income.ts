/**
 * Income parameters (收入): the monitoring line, the income period, the household-size rule, and the
 * rounding of per-capita values.
 *
 * @module
 */
import { z } from 'zod';
import { PositiveMoneySchema } from '../../model/primitives.js';
import { ROUNDING_MODES } from '../../model/money.js';
import { defineParameter } from '../parameter.js';
import { lazySchema } from '../lazy-schema.js';

/** 监测线 / 监测范围 / 监测标准 / 监测底线: yuan per person per year. */
export const monitoringLine = defineParameter({
  key: 'monitoringLine',
  group: 'income',
  schema: () => PositiveMoneySchema,
  label: { zh: '监测范围（监测线）', en: 'monitoring line' },
  description: {
    zh: '家庭年人均收入低于此值的农户属于监测范围（"低于"为严格小于）。由各省每年确定，县可提高。',
    en: 'A household whose annual per-capita income is below this amount is within the monitoring range ("below" is strictly less than). Set by each province every year; a county may set it higher.',
  },
  unit: { zh: '元/人·年', en: 'yuan per person per year' },
});

/** The income period (收入计算周期). */
export const IncomePeriodSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.strictObject({
    /** A fixed annual period ending each year on `endMonth`-`endDay` (e.g. 10-01 .. 09-30). */
    kind: z.literal('annual'),
    endMonth: z.number().int().min(1).max(12),
    endDay: z.number().int().min(1).max(31),
  }),
  z.strictObject({
    /** The `months` whole months before the month of discovery (上年度本月到本年度上月). */
    kind: z.literal('rolling-before-discovery'),
    months: z.number().int().min(1).max(36),
  }),
]));

export const incomePeriod = defineParameter({
  key: 'incomePeriod',
  group: 'income',
  schema: () => IncomePeriodSchema,
  label: { zh: '收入计算周期', en: 'income period' },
  description: {
    zh: '家庭收入、务工时长、成员自然变化的计算周期。年度周期为上年10月1日至当年9月30日，状态类指标取周期末；龙口为发现月份的上年度本月到本年度上月。',
    en: 'The period over which income, work time and member changes are counted. The annual period runs from 1 October of the previous year to 30 September, status fields taken at its end; Longkou counts the 12 months from the same month of the previous year to the month before discovery.',
  },
});

/** How household size (家庭人口数) is counted over the period. */
export const HouseholdSizeRuleSchema = lazySchema(() => z.enum(['period-end', 'all-listed', 'any-time-in-period']));

export const householdSizeRule = defineParameter({
  key: 'householdSizeRule',
  group: 'income',
  schema: () => HouseholdSizeRuleSchema,
  label: { zh: '家庭人口计算口径', en: 'household-size rule' },
  description: {
    zh: '计算人均收入时的家庭人口数。period-end：周期末在册人口（周期内新生、嫁入计入；周期末以前死亡、嫁出、迁出不计）；all-listed：名单上所有成员；any-time-in-period：周期内任一时点在册即计入。全国口径未公开，默认值未经核实。',
    en: 'The household size that divides income. period-end: members on record at the end of the period (births and marry-ins during the period count; deaths, marry-outs and move-outs on or before the end do not); all-listed: every member listed; any-time-in-period: anyone on record at any time in the period. The national rule is not published: the default is unverified.',
  },
});

/** Whether a member who dies during identification still counts in the household size. */
export const DeathDuringIdentificationSchema = lazySchema(() => z.enum(['counted', 'not-counted']));

export const deathDuringIdentification = defineParameter({
  key: 'deathDuringIdentification',
  group: 'income',
  schema: () => DeathDuringIdentificationSchema,
  label: { zh: '识别过程中死亡的成员', en: 'a member who dies during identification' },
  description: {
    zh: 'counted：在识别监测对象过程中死亡的成员（死亡时间不早于发现时间，已识别的不晚于识别时间）仍计入家庭人口数，按“周期末在册”口径本不计入的也计入；not-counted：按家庭人口计算口径处理。',
    en: 'counted: a member who dies during identification (on or after the discovery date, and on or before the identification date once identified) still counts in the household size, even where the period-end rule would leave them out; not-counted: the household-size rule alone decides.',
  },
});

/** Rounding of per-capita values (decimal(10,2) in the national system; the rule is not published). */
export const PerCapitaRoundingSchema = lazySchema(() => z.strictObject({
  mode: z.enum(ROUNDING_MODES),
  /** The step in yuan: 0.01 (to the fen), 0.1 or 1. */
  step: z.enum(['0.01', '0.1', '1']),
}));

export const perCapitaRounding = defineParameter({
  key: 'perCapitaRounding',
  group: 'income',
  schema: () => PerCapitaRoundingSchema,
  label: { zh: '人均值舍入规则', en: 'rounding of per-capita values' },
  description: {
    zh: '人均值（A34、A38）的舍入方式与步长。全国系统人均列为 decimal(10,2)，舍入规则未公开；默认四舍五入到分，未经核实。',
    en: 'How per-capita values (A34, A38) are rounded for display and storage. The national system stores them as decimal(10,2); its rounding is not published — the default, half-up to the fen, is unverified.',
  },
});

/** Whether the line is compared with the exact per-capita value or the rounded one. */
export const LineComparisonSchema = lazySchema(() => z.enum(['exact', 'rounded']));

export const lineComparison = defineParameter({
  key: 'lineComparison',
  group: 'income',
  schema: () => LineComparisonSchema,
  label: { zh: '与监测线比较的口径', en: 'what is compared with the line' },
  description: {
    zh: 'exact：以未经舍入的精确人均值与监测线比较（默认）；rounded：以舍入后的人均值比较。',
    en: 'exact: the unrounded per-capita value is compared with the line (default); rounded: the rounded value is.',
  },
});

/** The county's rural per-capita disposable income (S000 附件2 criterion 1). */
export const countyRuralIncome = defineParameter({
  key: 'countyRuralIncome',
  group: 'policy-status',
  schema: () => PositiveMoneySchema,
  label: { zh: '所在县农民人均可支配收入', en: "county's rural per-capita disposable income" },
  description: {
    zh: '脱贫不享受政策人口认定标准第1条的比较基准：户年人均可支配收入达到所在县（市、区）农民人均可支配收入水平。每县一值，文件未载明，须由县级配置提供。',
    en: "Criterion 1 for 脱贫不享受政策: the household's annual per-capita disposable income reaches the county's rural per-capita disposable income. One value per county; the documents do not state it, so a county profile must supply it.",
  },
  unit: { zh: '元/人·年', en: 'yuan per person per year' },
});

export const incomeParameters = {
  monitoringLine,
  incomePeriod,
  householdSizeRule,
  deathDuringIdentification,
  perCapitaRounding,
  lineComparison,
  countyRuralIncome,
};

