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

const NATIONAL = 'national/2021';
const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S003 = '党委发〔2023〕70号';
const S004 = '龙扶贫组字〔2021〕1号';

const TextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

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
  schema: z.array(z.enum(SCREENING_GROUPS)),
  label: { zh: '重点排查群体', en: 'screening focus groups' },
  description: {
    zh: '集中排查时重点关注、逐户排查的群体，按配置所依据文件的列举。',
    en: 'The groups a screening round looks at first, household by household, as the profile\'s document lists them.',
  },
  values: {
    'shandong/linzi/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: ['new-hardship-with-student', 'high-medical-cost', 'not-enjoying-with-burden', 'unstable-work', 'income-decline'],
        citation: {
          doc: S000,
          clause: '一(二)',
          quote: '今年以来新增低保、大病、残疾同时有学生，医疗费用较高且需持续治疗，脱贫不享受政策户内有学生、低保、大病、残疾以及务工不稳定、收入下降明显等家庭',
        },
        note: 'The village-level focus of the same clause (villages with a high share of un-eliminated monitoring objects, and so on) is not a household test and is not encoded.',
      },
    ],
    'fujian/jinan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: [
          'low-income',
          'income-decline',
          'unstable-work',
          'industry-failure',
          'accident',
          'dibao-or-tekun',
          'new-dibao-tekun-severe-disability',
          'rigid-spending',
          'repeated-application-not-included',
        ],
        citation: {
          doc: S001,
          clause: '一(一)',
          quote:
            '重点关注收入偏低或下降明显、就业不稳、产业失败，以及受其他突发意外事故影响较大的农户。对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查，特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户、因病因学因意外事故等刚性支出较大影响基本生活的农户、多次申报或预警未纳入监测帮扶的农户等重点群体，要逐户进行排查',
        },
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2021-01-01',
        to: '2021-12-31',
        value: [
          'poverty-alleviated',
          'monitored',
          'ordinary-below-line',
          'ordinary-dibao',
          'ordinary-illness',
          'ordinary-no-labour',
          'ordinary-disability',
          'sudden-severe-hardship',
          'warned-or-applied',
        ],
        citation: {
          doc: S002,
          clause: '二、三(一)1',
          quote:
            '脱贫人口、监测对象、一般户（重点为：2021年人均纯收入低于监测底线<6000元>的户、低保户、特殊困难户、大病重病和负担较重的慢性病患者、整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭、残疾人等特殊群体的家庭）、今年以来因病因灾因等意外事故造成刚性支出过大，收入大幅缩减，导致生活出现严重困难的人口。（以下简称“四类人”）……以家庭为单位对以上“四类人”、各级筛查反馈过预警信息的农户、通过“全国防返贫监测系统手机APP”、云南省“政府救助平台”等平台或向镇政府、村委会提交过申请的农户开展全面排查。',
        },
        note: 'The "四类人" (脱贫户, 一般户 with the listed focus, 监测户, 严重困难户 — §四(二)2①) and the households warned or applying (§三(一)1). "特殊困难户" is not defined by the document and has no test.',
      },
    ],
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: [
          'disaster-affected',
          'income-not-increased-or-slow',
          'income-below-amount',
          'unstable-work',
          'new-dibao-or-application',
          'sudden-severe-hardship',
          'industry-failure',
          'accident',
        ],
        citation: {
          doc: S003,
          clause: '一(二)',
          quote:
            '重点关注受灾情影响较大，特别是收入下降明显的农户，2022年收入不增反降、增速较慢的农户，2022年收入低于10000元的农户。务工不稳定，特别是有外地务工返乡、新增劳动力和当地就业不稳定成员的农户。新识别和新申请低保，特别是收入较低、家庭负担较重的农户。新增加的因病、因残、因学等刚性支出较大或收入大幅缩减导致基本生活出现严重困难农户。产业失败及受其他突发意外事故影响较大等农户逐户排查',
        },
        note: '"2022年收入" names an income year: the years are read as `screeningIncomeYear` says (the 2022年度, 2021-10-01..2022-09-30), not the assessed period.',
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: ['dibao-or-tekun', 'serious-illness-member', 'severe-disability-member', 'department-warning'],
        citation: {
          doc: S004,
          clause: '二(一)、三(三)',
          quote:
            '重点关注低保家庭、分散供养特困人员、大病重病患者、重度残疾人、失能困难老年人等特殊群体。……各相关部门按照《关于建立扶贫数据共享常态长效机制的通知》（龙扶贫组办字〔2020〕9号）文件要求，每月按时将新增低保、特困供养、临时救助、住危房、大额医疗支出、刑事处罚、重度残疾人、困难学生等预警信息报市扶贫办',
        },
        note: '"失能困难老年人" has no fact in the household model and is not tested.',
      },
    ],
  },
  unset: {
    [NATIONAL]: {
      zh: '全国框架文件未持有；各地文件各自列举重点排查群体，请在地方配置中提供。',
      en: 'The national framework text is not held; each local document lists its own focus groups: supply them in a local profile.',
    },
  },
});

/** How "this year" (今年以来) and "new" events are bounded: a window ending on the as-of date. */
export const ScreeningWindowSchema = z.discriminatedUnion('kind', [
  /** From 1 January of the as-of year to the as-of date (今年以来). */
  z.strictObject({ kind: z.literal('year-to-date') }),
  /** From the first day of the month `months` months before the as-of month to the as-of date. */
  z.strictObject({ kind: z.literal('months-to-date'), months: z.number().int().min(0).max(36) }),
]);

export const screeningWindow = defineParameter({
  key: 'screeningWindow',
  group: 'screening',
  schema: ScreeningWindowSchema,
  label: { zh: '排查时段（今年以来）', en: 'screening window ("this year")' },
  description: {
    zh: '新增低保、大病、预警等事件计入排查的时段，以评估时点为终点，不读系统时钟。',
    en: 'The window in which events (new 低保, new illness, warnings …) count for screening; it ends on the as-of date and never reads the clock.',
  },
  values: {
    'shandong/linzi/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: { kind: 'year-to-date' },
        citation: { doc: S000, clause: '一(二)', quote: '今年以来新增低保、大病、残疾同时有学生' },
      },
    ],
    'fujian/jinan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: { kind: 'year-to-date' },
        citation: { doc: S001, clause: '一(一)', quote: '特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户' },
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2021-01-01',
        to: '2021-12-31',
        value: { kind: 'year-to-date' },
        citation: { doc: S002, clause: '二', quote: '今年以来因病因灾因等意外事故造成刚性支出过大，收入大幅缩减，导致生活出现严重困难的人口' },
      },
    ],
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: { kind: 'year-to-date' },
        citation: { doc: S003, clause: '一(二)', quote: '在上半年集中排查遍访所有农户的基础上，开展2023年度第二轮集中排查工作' },
        note: 'S003 says "新识别和新申请低保" without a window; the events of the 2023 work year are read (the project\'s reading).',
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: { kind: 'months-to-date', months: 1 },
        citation: {
          doc: S004,
          clause: '三(三)',
          quote: '每月按时将新增低保、特困供养、临时救助、住危房、大额医疗支出、刑事处罚、重度残疾人、困难学生等预警信息报市扶贫办',
        },
        note: 'Warnings are reported monthly: the previous month\'s and those of the current month so far are read (the project\'s reading; a county may widen the window).',
      },
    ],
  },
  unset: {
    [NATIONAL]: { zh: '时段随各地文件而定。', en: 'The window depends on the local document.' },
  },
});

/** A change in per-capita income, in percent of the previous year's (up to two decimals). */
export const PercentSchema = z.number().min(0).max(100);

export const screeningIncomeDecline = defineParameter({
  key: 'screeningIncomeDecline',
  group: 'screening',
  schema: PercentSchema,
  label: { zh: '收入明显下降的幅度', en: 'what counts as a clear income decline' },
  description: {
    zh: '本期家庭人均纯收入（A34）比上年人均纯收入下降达到此百分比（含）即为“收入下降明显”。',
    en: 'Per-capita net income (A34) down by at least this percentage of the previous year\'s counts as a clear decline ("收入下降明显").',
  },
  unit: { zh: '%', en: '%' },
  unset: {
    [NATIONAL]: { zh: '各文件均未给出“下降明显”的幅度。', en: 'No document gives the size of a "clear" decline.' },
    'shandong/linzi/2023': {
      zh: '临稷办发〔2023〕76号§一(二)只写“收入下降明显”，未给出幅度。收入未下降的可判定不属此群体；下降的须由派生配置提供幅度后判定。',
      en: '临稷办发〔2023〕76号 §一(二) says "收入下降明显" without a size. A household whose income did not fall is decided (not in the group); a fall needs the size from a derived profile.',
    },
    'fujian/jinan/2023': {
      zh: '榕晋乡振〔2023〕12号§一(一)只写“收入偏低或下降明显”，未给出幅度。',
      en: '榕晋乡振〔2023〕12号 §一(一) says "收入偏低或下降明显" without a size.',
    },
  },
});

export const screeningSlowGrowth = defineParameter({
  key: 'screeningSlowGrowth',
  group: 'screening',
  schema: PercentSchema,
  label: { zh: '收入增速较慢的界限', en: 'what counts as slow income growth' },
  description: {
    zh: '本期家庭人均纯收入比上年增长低于此百分比即为“增速较慢”。',
    en: 'Per-capita net income up by less than this percentage of the previous year\'s counts as slow growth ("增速较慢").',
  },
  unit: { zh: '%', en: '%' },
  unset: {
    [NATIONAL]: { zh: '各文件均未给出“增速较慢”的界限。', en: 'No document gives the limit of "slow growth".' },
    'gansu/wuqingyuan/2023': {
      zh: '党委发〔2023〕70号§一(二)只写“增速较慢”，未给出界限。收入不增反降的可判定属此群体；增长的须由派生配置提供界限后判定。',
      en: '党委发〔2023〕70号 §一(二) says "增速较慢" without a limit. A household whose income did not rise is decided (in the group); a rise needs the limit from a derived profile.',
    },
  },
});

/** An income amount a group compares with, and which income it means. */
export const IncomeAmountSchema = z.strictObject({
  /** The amount compared with ("低于…元"): positive. */
  amount: PositiveMoneySchema,
  /** `per-capita-net`: A34 家庭人均纯收入; `household-net`: A33 家庭纯收入. */
  basis: z.enum(['per-capita-net', 'household-net']),
});

export const screeningLowIncome = defineParameter({
  key: 'screeningLowIncome',
  group: 'screening',
  schema: IncomeAmountSchema,
  label: { zh: '收入偏低的界限', en: 'what counts as low income' },
  description: {
    zh: '收入低于此值（严格小于）即为“收入偏低”。',
    en: 'Income strictly below this amount counts as low ("收入偏低").',
  },
  unit: { zh: '元', en: 'yuan' },
  unset: {
    [NATIONAL]: { zh: '各文件均未给出“收入偏低”的界限。', en: 'No document gives the limit of "low income".' },
    'fujian/jinan/2023': {
      zh: '榕晋乡振〔2023〕12号§一(一)只写“收入偏低”，未给出界限（监测范围10560元另有规定，不等同于“偏低”）。',
      en: '榕晋乡振〔2023〕12号 §一(一) says "收入偏低" without a limit (the monitoring range of 10560 yuan is a separate rule, not the same as "low").',
    },
  },
});

export const screeningIncomeBelow = defineParameter({
  key: 'screeningIncomeBelow',
  group: 'screening',
  schema: IncomeAmountSchema,
  label: { zh: '重点排查的收入界限', en: 'income below which a household is screened' },
  description: {
    zh: '收入低于此值（严格小于）的农户列为重点排查对象。',
    en: 'A household whose income is strictly below this amount is a focus of screening.',
  },
  unit: { zh: '元', en: 'yuan' },
  values: {
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: { amount: '10000', basis: 'per-capita-net' },
        citation: { doc: S003, clause: '一(二)', quote: '2022年收入低于10000元的农户' },
        note: 'UNVERIFIED reading: the document says "收入" without saying per head or per household; per-capita net income (A34) is read, as the monitoring line is per head. A derived profile may set basis "household-net".',
      },
    ],
  },
  unset: {
    [NATIONAL]: { zh: '仅党委发〔2023〕70号规定了此界限。', en: 'Only 党委发〔2023〕70号 sets such an amount.' },
  },
});

/** The income year a screening group names, and what may stand in for it when the record lacks it. */
export const IncomeYearSpecSchema = z.strictObject({
  /** The 年度 (the annual income period ending in that year: 2022 = 2021-10-01..2022-09-30). */
  year: z.number().int().min(2000).max(2100),
  /**
   * When the record lacks that year's income: `assessed-period` reads the assessed period's income
   * (and, for a change, the previous year's) in its place and says so — a reading, not the text;
   * absent, the group is undetermined and names the field to supply.
   */
  standIn: z.enum(['assessed-period']).optional(),
});

export const screeningIncomeYear = defineParameter({
  key: 'screeningIncomeYear',
  group: 'screening',
  schema: IncomeYearSpecSchema,
  label: { zh: '重点排查所指的收入年度', en: 'the income year the screening groups name' },
  description: {
    zh: '文件按年度点名收入（如“2022年收入低于10000元”“2022年收入不增反降”）时，所指的年度：该年度的收入取自本期（本期即该年度时）、上年家庭人均纯收入（previousPerCapitaNetIncome，上一年度）或往年收入（incomeHistory）；记录中没有的，该群体无法判定并列出应补充的字段，除非配置指定以本期收入代替。未设定时，“收入低于规定金额”比较本期收入，“收入不增反降、增速较慢”比较本期与上年。',
    en: 'When a document names the income of a year ("2022年收入低于10000元", "2022年收入不增反降"), the year it means: its income is read from the assessed period (when that is the year), the previous year\'s per-capita net income (previousPerCapitaNetIncome, the year before the assessed one) or the income history (incomeHistory); when the record lacks it the group is undetermined and names the field to supply, unless the value says the assessed period stands in. Unset, "income below an amount" reads the assessed period and "not rising or rising slowly" compares it with the previous year.',
  },
  values: {
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: { year: 2022 },
        citation: { doc: S003, clause: '一(二)', quote: '2022年收入不增反降、增速较慢的农户，2022年收入低于10000元的农户' },
        note: 'The national system names an income year by the annual period ending in it (小甸巩固振兴组办〔2021〕1号 §三(二) tests the "2021年度家庭人均纯收入" and §五(一) sets its period "2020年10月1日至2021年9月30日"). Assessing the 2023年度 (2022-10-01..2023-09-30), "2022年收入" is therefore the previous year\'s figure (previousPerCapitaNetIncome), and "不增反降" compares it with the 2021年度 (incomeHistory). No stand-in: a record without those figures leaves both groups undetermined, naming the field.',
      },
    ],
  },
  unset: {
    [NATIONAL]: { zh: '仅党委发〔2023〕70号按年度点名收入。', en: 'Only 党委发〔2023〕70号 names the income of a given year.' },
  },
});

export const screeningRepeatedApplications = defineParameter({
  key: 'screeningRepeatedApplications',
  group: 'screening',
  schema: z.number().int().min(1).max(100),
  label: { zh: '“多次申报或预警”的次数', en: 'how many applications or warnings are "repeated"' },
  description: {
    zh: '未纳入监测的农户，申请（农户申请、新申请低保或特困）与预警（部门预警、预警未纳入）合计达到此次数（含）即为“多次申报或预警未纳入监测帮扶”。',
    en: 'A household not in monitoring with at least this many applications and warnings together is "repeatedly applying or warned but not included".',
  },
  values: {
    'fujian/jinan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: 2,
        citation: { doc: S001, clause: '一(一)', quote: '多次申报或预警未纳入监测帮扶的农户' },
        note: '"多次" (more than once) is read as at least 2, applications and warnings counted together (the document does not say whether "多次" also governs "预警").',
      },
    ],
  },
  unset: {
    [NATIONAL]: { zh: '仅榕晋乡振〔2023〕12号列此群体。', en: 'Only 榕晋乡振〔2023〕12号 names this group.' },
  },
});

export const screeningWarningKinds = defineParameter({
  key: 'screeningWarningKinds',
  group: 'screening',
  schema: z.array(z.enum(enumKeys(HOUSEHOLD_EVENTS))).min(1),
  label: { zh: '部门预警的事项', en: 'what the departments warn of' },
  description: {
    zh: '行业部门每月报送的预警事项（事件种类）。',
    en: 'The kinds of event the departments report each month as warnings.',
  },
  values: {
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: ['new-dibao', 'new-tekun', 'temporary-assistance', 'dangerous-housing', 'large-medical-spending', 'criminal-penalty', 'new-severe-disability', 'poor-student'],
        citation: {
          doc: S004,
          clause: '三(三)',
          quote: '每月按时将新增低保、特困供养、临时救助、住危房、大额医疗支出、刑事处罚、重度残疾人、困难学生等预警信息报市扶贫办',
        },
        note: '"特困供养" and "重度残疾人" are read as the new cases (新增) the sentence opens with.',
      },
    ],
  },
  unset: {
    [NATIONAL]: { zh: '仅龙扶贫组字〔2021〕1号列出部门预警事项。', en: 'Only 龙扶贫组字〔2021〕1号 lists the departments\' warnings.' },
  },
});

/** A named visiting or checking list (e.g. 六必访, 六必查). */
export const ChecklistSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: TextSchema,
  /** The items, verbatim, when known. */
  items: z.array(z.strictObject({ text: TextSchema, citation: z.strictObject({ doc: z.string().min(1), clause: z.string().min(1), quote: z.string().optional() }) })),
  /** When `items` is empty: why. */
  itemsUnavailable: TextSchema.optional(),
});

const GANSU_GUIDE_UNAVAILABLE = {
  zh: '出自《甘肃省健全防止返贫动态监测和帮扶机制工作指南》（甘乡振局发〔2023〕59号），本库未持有其原文，故不列条目。请以 defineProfile 提供。',
  en: 'From the Gansu work guide (甘乡振局发〔2023〕59号), whose text is not held here, so no items are listed. Supply them with defineProfile.',
};

export const screeningChecklists = defineParameter({
  key: 'screeningChecklists',
  group: 'screening',
  schema: z.array(ChecklistSchema),
  label: { zh: '入户走访与核查清单', en: 'visiting and checking lists' },
  description: {
    zh: '排查时须逐项走访、核查的清单（如“六必访”“六必查”），供人工执行；本库只列出，不自动判定。',
    en: 'Lists of visits and checks a screening round must carry out (such as 六必访, 六必查), for people to follow; the library lists them and does not decide them.',
  },
  values: {
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        value: [
          { id: 'six-must-visit', name: { zh: '六必访', en: 'the six must-visits (六必访)' }, items: [], itemsUnavailable: GANSU_GUIDE_UNAVAILABLE },
          { id: 'six-must-check', name: { zh: '六必查', en: 'the six must-checks (六必查)' }, items: [], itemsUnavailable: GANSU_GUIDE_UNAVAILABLE },
        ],
        citation: {
          doc: S003,
          clause: '一(二)',
          quote: '依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”',
        },
        note: "Lists of the provincial work guide (甘乡振局发〔2023〕59号), a standing rule, not an item of the 2023 campaign: in force until a later document replaces them.",
      },
    ],
  },
  unset: {
    [NATIONAL]: { zh: '仅党委发〔2023〕70号提到此类清单。', en: 'Only 党委发〔2023〕70号 names such lists.' },
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
