/**
 * Screening parameters (集中排查): which focus groups (重点关注 / 重点排查对象) each profile's document
 * names, the window "this year" (今年以来) stands for, and the thresholds of the groups that need one.
 * Where a document names a group without a number ("收入下降明显", "增速较慢", "收入偏低"), the
 * threshold is unset with the reason, and the group is reported `undetermined` unless the facts decide
 * it without the number.
 *
 * @module
 */
import { z } from 'zod';
import { PositiveMoneySchema } from '../../model/primitives.js';
import { HOUSEHOLD_EVENTS } from '../../model/events.js';
import { enumKeys } from '../../model/labels.js';
import { defineParameter } from '../parameter.js';
import { lazySchema } from '../lazy-schema.js';

const TextSchema = lazySchema(() => z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }));

/** The focus groups the library can test (their clauses are in the rule headers of src/rules/screening.ts). */
export const SCREENING_GROUPS = [
  // S000 §一(二)
  'new-hardship-with-student',
  'high-medical-cost',
  'not-enjoying-with-burden',
  'unstable-work',
  'income-decline',
  // S001 §一(一)
  'low-income',
  'industry-failure',
  'accident',
  'dibao-or-tekun',
  'new-dibao-tekun-severe-disability',
  'rigid-spending',
  'repeated-application-not-included',
  // S002 §二, §三(一)1
  'poverty-alleviated',
  'monitored',
  'ordinary-below-line',
  'ordinary-dibao',
  'ordinary-illness',
  'ordinary-no-labour',
  'ordinary-disability',
  'sudden-severe-hardship',
  'warned-or-applied',
  // S003 §一(二)
  'disaster-affected',
  'income-not-increased-or-slow',
  'income-below-amount',
  'new-dibao-or-application',
  // S004 §二(一), §三(三)
  'serious-illness-member',
  'severe-disability-member',
  'department-warning',
] as const;

/** A focus-group id. */
export type ScreeningGroup = (typeof SCREENING_GROUPS)[number];

export const screeningGroups = defineParameter({
  key: 'screeningGroups',
  group: 'screening',
  schema: () => z.array(z.enum(SCREENING_GROUPS)),
  label: { zh: '重点排查群体', en: 'screening focus groups' },
  description: {
    zh: '集中排查时重点关注、逐户排查的群体，按配置所依据文件的列举。',
    en: 'The groups a screening round looks at first, household by household, as the profile\'s document lists them.',
  },
});

/** How "this year" (今年以来) and "new" events are bounded: a window ending on the as-of date. */
export const ScreeningWindowSchema = lazySchema(() => z.discriminatedUnion('kind', [
  /** From 1 January of the as-of year to the as-of date (今年以来). */
  z.strictObject({ kind: z.literal('year-to-date') }),
  /** From the first day of the month `months` months before the as-of month to the as-of date. */
  z.strictObject({ kind: z.literal('months-to-date'), months: z.number().int().min(0).max(36) }),
]));

export const screeningWindow = defineParameter({
  key: 'screeningWindow',
  group: 'screening',
  schema: () => ScreeningWindowSchema,
  label: { zh: '排查时段（今年以来）', en: 'screening window ("this year")' },
  description: {
    zh: '新增低保、大病、预警等事件计入排查的时段，以评估时点为终点，不读系统时钟。',
    en: 'The window in which events (new 低保, new illness, warnings …) count for screening; it ends on the as-of date and never reads the clock.',
  },
});

/** A change in per-capita income, in percent of the previous year's (up to two decimals). */
export const PercentSchema = lazySchema(() => z.number().min(0).max(100));

export const screeningIncomeDecline = defineParameter({
  key: 'screeningIncomeDecline',
  group: 'screening',
  schema: () => PercentSchema,
  label: { zh: '收入明显下降的幅度', en: 'what counts as a clear income decline' },
  description: {
    zh: '本期家庭人均纯收入（A34）比上年人均纯收入下降达到此百分比（含）即为“收入下降明显”。',
    en: 'Per-capita net income (A34) down by at least this percentage of the previous year\'s counts as a clear decline ("收入下降明显").',
  },
  unit: { zh: '%', en: '%' },
});

export const screeningSlowGrowth = defineParameter({
  key: 'screeningSlowGrowth',
  group: 'screening',
  schema: () => PercentSchema,
  label: { zh: '收入增速较慢的界限', en: 'what counts as slow income growth' },
  description: {
    zh: '本期家庭人均纯收入比上年增长低于此百分比即为“增速较慢”。',
    en: 'Per-capita net income up by less than this percentage of the previous year\'s counts as slow growth ("增速较慢").',
  },
  unit: { zh: '%', en: '%' },
});

/** An income amount a group compares with, and which income it means. */
export const IncomeAmountSchema = lazySchema(() => z.strictObject({
  /** The amount compared with ("低于…元"): positive. */
  amount: PositiveMoneySchema,
  /** `per-capita-net`: A34 家庭人均纯收入; `household-net`: A33 家庭纯收入. */
  basis: z.enum(['per-capita-net', 'household-net']),
}));

export const screeningLowIncome = defineParameter({
  key: 'screeningLowIncome',
  group: 'screening',
  schema: () => IncomeAmountSchema,
  label: { zh: '收入偏低的界限', en: 'what counts as low income' },
  description: {
    zh: '收入低于此值（严格小于）即为“收入偏低”。',
    en: 'Income strictly below this amount counts as low ("收入偏低").',
  },
  unit: { zh: '元', en: 'yuan' },
});

export const screeningIncomeBelow = defineParameter({
  key: 'screeningIncomeBelow',
  group: 'screening',
  schema: () => IncomeAmountSchema,
  label: { zh: '重点排查的收入界限', en: 'income below which a household is screened' },
  description: {
    zh: '收入低于此值（严格小于）的农户列为重点排查对象。',
    en: 'A household whose income is strictly below this amount is a focus of screening.',
  },
  unit: { zh: '元', en: 'yuan' },
});

/** The income year a screening group names, and what may stand in for it when the record lacks it. */
export const IncomeYearSpecSchema = lazySchema(() => z.strictObject({
  /** The 年度 (the annual income period ending in that year: 2022 = 2021-10-01..2022-09-30). */
  year: z.number().int().min(2000).max(2100),
  /**
   * When the record lacks that year's income: `assessed-period` reads the assessed period's income
   * (and, for a change, the previous year's) in its place and says so — a reading, not the text;
   * absent, the group is undetermined and names the field to supply.
   */
  standIn: z.enum(['assessed-period']).optional(),
}));

export const screeningIncomeYear = defineParameter({
  key: 'screeningIncomeYear',
  group: 'screening',
  schema: () => IncomeYearSpecSchema,
  label: { zh: '重点排查所指的收入年度', en: 'the income year the screening groups name' },
  description: {
    zh: '文件按年度点名收入（如“2022年收入低于10000元”“2022年收入不增反降”）时，所指的年度：该年度的收入取自本期（本期即该年度时）、上年家庭人均纯收入（previousPerCapitaNetIncome，上一年度）或往年收入（incomeHistory）；记录中没有的，该群体无法判定并列出应补充的字段，除非配置指定以本期收入代替。未设定时，“收入低于规定金额”比较本期收入，“收入不增反降、增速较慢”比较本期与上年。',
    en: 'When a document names the income of a year ("2022年收入低于10000元", "2022年收入不增反降"), the year it means: its income is read from the assessed period (when that is the year), the previous year\'s per-capita net income (previousPerCapitaNetIncome, the year before the assessed one) or the income history (incomeHistory); when the record lacks it the group is undetermined and names the field to supply, unless the value says the assessed period stands in. Unset, "income below an amount" reads the assessed period and "not rising or rising slowly" compares it with the previous year.',
  },
});

export const screeningRepeatedApplications = defineParameter({
  key: 'screeningRepeatedApplications',
  group: 'screening',
  schema: () => z.number().int().min(1).max(100),
  label: { zh: '“多次申报或预警”的次数', en: 'how many applications or warnings are "repeated"' },
  description: {
    zh: '未纳入监测的农户，申请（农户申请、新申请低保或特困）与预警（部门预警、预警未纳入）合计达到此次数（含）即为“多次申报或预警未纳入监测帮扶”。',
    en: 'A household not in monitoring with at least this many applications and warnings together is "repeatedly applying or warned but not included".',
  },
});

export const screeningWarningKinds = defineParameter({
  key: 'screeningWarningKinds',
  group: 'screening',
  schema: () => z.array(z.enum(enumKeys(HOUSEHOLD_EVENTS))).min(1),
  label: { zh: '部门预警的事项', en: 'what the departments warn of' },
  description: {
    zh: '行业部门每月报送的预警事项（事件种类）。',
    en: 'The kinds of event the departments report each month as warnings.',
  },
});

/** A named visiting or checking list (e.g. 六必访, 六必查). */
export const ChecklistSchema = lazySchema(() => z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: TextSchema,
  /** The items, verbatim, when known. */
  items: z.array(z.strictObject({ text: TextSchema, citation: z.strictObject({ doc: z.string().min(1), clause: z.string().min(1), quote: z.string().optional() }) })),
  /** When `items` is empty: why. */
  itemsUnavailable: TextSchema.optional(),
}));

export const screeningChecklists = defineParameter({
  key: 'screeningChecklists',
  group: 'screening',
  schema: () => z.array(ChecklistSchema),
  label: { zh: '入户走访与核查清单', en: 'visiting and checking lists' },
  description: {
    zh: '排查时须逐项走访、核查的清单（如“六必访”“六必查”），供人工执行；本库只列出，不自动判定。',
    en: 'Lists of visits and checks a screening round must carry out (such as 六必访, 六必查), for people to follow; the library lists them and does not decide them.',
  },
});

export const screeningParameters = {
  screeningGroups,
  screeningWindow,
  screeningIncomeDecline,
  screeningSlowGrowth,
  screeningLowIncome,
  screeningIncomeBelow,
  screeningIncomeYear,
  screeningRepeatedApplications,
  screeningWarningKinds,
  screeningChecklists,
};
