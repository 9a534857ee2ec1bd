/**
 * Procedure parameters (程序与时限): how long the village publicity lasts and whether its days are
 * calendar or working days, the time limits of home verification, identification and the
 * assistance plan, the green channel, and each document's campaign schedule (进度安排).
 *
 * How a time limit is counted is data too (`countFrom`): for a deadline "within N days of X" the
 * day of X is not counted and day 1 is the next day (`next-day`), the usual rule for Chinese
 * administrative periods (期间开始的当日不计入); a publicity period is counted from its first day
 * of posting (`start-day`).
 *
 * @module
 */
import { z } from 'zod';
import { CalendarDateSchema } from '../../model/primitives.js';
import { RiskTypeSchema } from '../../model/household.js';
import { defineParameter } from '../parameter.js';

const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S003 = '党委发〔2023〕70号';
const S004 = '龙扶贫组字〔2021〕1号';

const TextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** A time limit (时限): a number of days, what kind of days, and which day is day 1. */
export const TimeLimitSchema = z.strictObject({
  /** How many days. */
  days: z.number().int().min(1).max(366),
  /** `calendar`: every day counts (天); `working`: only working days under the official holiday calendar (工作日). */
  unit: z.enum(['calendar', 'working']),
  /**
   * `next-day`: day 1 is the day after the start (期间开始的当日不计入);
   * `start-day`: day 1 is the start day itself (or, for working days, the first working day from it).
   */
  countFrom: z.enum(['next-day', 'start-day']),
});

/** A time limit. */
export type TimeLimit = z.output<typeof TimeLimitSchema>;

/** 公示期: the village publicity period. */
export const publicityPeriod = defineParameter({
  key: 'publicityPeriod',
  group: 'procedure',
  schema: TimeLimitSchema,
  label: { zh: '公示期', en: 'publicity period' },
  description: {
    zh: '拟纳入监测对象（或风险消除、脱贫不享受政策标注）名单在村内公示的期限，及其按自然日还是工作日计算。自张贴之日起算。',
    en: 'How long the list (of households to be identified, or whose risk is to be marked eliminated, or to be labelled 脱贫不享受政策) is posted in the village, and whether the days are calendar or working days. Counted from the first day of posting.',
  },
  unit: { zh: '天', en: 'days' },
  values: {
    'shandong/longkou/2021': [
      {
        from: '2021-06-15',
        value: { days: 5, unit: 'calendar', countFrom: 'start-day' },
        citation: { doc: S004, clause: '四(四)', quote: '审核通过后，将名单在村内进行公示，公示期5天。' },
        note: 'S004 §六(二) gives the same period for the exit of 边缘易致贫户 and 严重困难户: "民主评议—镇街区审核—村级公示（公示期5天）". "5天" is read as calendar days counted from the first day of posting (unverified reading: the document does not say).',
      },
    ],
    'shandong/linzi/2023': [
      {
        from: '2023-11-07',
        value: { days: 5, unit: 'calendar', countFrom: 'start-day' },
        citation: { doc: S000, clause: '一(三)', quote: '符合标注条件的，按照“民主评议—乡镇审核—村级公示（公示期5天）”的程序进行认定' },
        note: 'The procedure of the 脱贫不享受政策 labelling. "5天" is read as calendar days counted from the first day of posting (unverified reading: the document does not say).',
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2021-01-01',
        value: { days: 5, unit: 'working', countFrom: 'start-day' },
        citation: { doc: S002, clause: '四(二)3', quote: '在村民小组公开场所及云南省“政府救助平台”网络渠道公示5个工作日。' },
        note: 'Working days. The step is scheduled "10月25日-10月29日前": Monday 25 to Friday 29 October 2021 is exactly five working days counting the first day of posting, which is how the period is counted here. S002 is undated; its 2021 plan is taken to govern from 2021-01-01.',
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '全国文件（中农组发〔2021〕7号）原文未持有；各地公示期见各自文件。',
      en: 'The national text (中农组发〔2021〕7号) is not held here; each place sets the period in its own document.',
    },
    'fujian/jinan/2023': {
      zh: '榕晋乡振〔2023〕12号只规定“公示原则上只在本村开展一次”，未载明公示天数。',
      en: '榕晋乡振〔2023〕12号 only says the publicity is held once, in the village; it does not state how many days.',
    },
    'gansu/wuqingyuan/2023': {
      zh: '党委发〔2023〕70号未载明公示期。',
      en: '党委发〔2023〕70号 does not state a publicity period.',
    },
  },
});

/** 公示原则上只在本村开展一次. */
export const publicityOnceInVillage = defineParameter({
  key: 'publicityOnceInVillage',
  group: 'procedure',
  schema: z.boolean(),
  label: { zh: '公示只在本村开展一次', en: 'publicity held once, in the village only' },
  description: {
    zh: '监测对象认定公示原则上只在本村开展一次（不在乡镇、县级重复公示）。作为说明附在公示期的判定依据中。',
    en: 'The publicity of an identification is in principle held once, in the village only (not repeated at township or county level). Added as a note to the publicity finding.',
  },
  values: {
    'fujian/jinan/2023': [
      {
        from: '2023-11-07',
        value: true,
        citation: { doc: S001, clause: '三(四)', quote: '要优化认定程序，监测对象认定公示原则上只在本村开展一次' },
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '仅榕晋乡振〔2023〕12号有此规定；其他文件未涉及。',
      en: 'Only 榕晋乡振〔2023〕12号 says so; the other documents are silent.',
    },
  },
});

/** 入户核实时限 (S004 §四(一)). */
export const homeVerificationTimeLimit = defineParameter({
  key: 'homeVerificationTimeLimit',
  group: 'procedure',
  schema: TimeLimitSchema,
  label: { zh: '入户核实时限', en: 'time limit for the home verification' },
  description: {
    zh: '发现可能返贫致贫的农户后，开展入户调查、核实信息的时限。',
    en: 'Within how long after a household at risk is discovered the home survey must be carried out.',
  },
  unit: { zh: '个工作日', en: 'working days' },
  values: {
    'shandong/longkou/2021': [
      {
        from: '2021-06-15',
        value: { days: 5, unit: 'working', countFrom: 'next-day' },
        citation: { doc: S004, clause: '四(一)', quote: '镇街区扶贫部门组织人员5个工作日内开展入户调查，采集、核实相关信息。' },
        note: 'Counted from the discovery of the household (S004 §四: "对发现的可能返贫致贫困难群众"); the day of discovery is not counted.',
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '仅龙扶贫组字〔2021〕1号规定了入户核实时限；其他文件未涉及。',
      en: 'Only 龙扶贫组字〔2021〕1号 sets a time limit for the home verification; the other documents are silent.',
    },
  },
});

/** 认定时限 (S001 §三(四)). */
export const identificationTimeLimit = defineParameter({
  key: 'identificationTimeLimit',
  group: 'procedure',
  schema: TimeLimitSchema,
  label: { zh: '认定时限', en: 'time limit for identification' },
  description: {
    zh: '从发现风险到完成监测对象认定的时限（“一般不超过”）。发现当日不计入，自次日起算。',
    en: 'How long identification may take, from the discovery of the risk to the identification as a monitoring object ("as a rule not more than"). The day of discovery is not counted; day 1 is the next day.',
  },
  unit: { zh: '天', en: 'days' },
  values: {
    'fujian/jinan/2023': [
      {
        from: '2023-11-07',
        value: { days: 15, unit: 'calendar', countFrom: 'next-day' },
        citation: { doc: S001, clause: '三(四)', quote: '认定时间一般不超过15天，制定帮扶计划不超过 10 天。' },
        note: 'Calendar days. "认定时间" is the time identification takes; its start is read as the discovery of the household (or its application), the day of discovery not counted — the usual rule for periods counted in days. The document states neither (unverified reading).',
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '仅榕晋乡振〔2023〕12号规定了认定时限；其他文件未涉及。',
      en: 'Only 榕晋乡振〔2023〕12号 sets a time limit for identification; the other documents are silent.',
    },
  },
});

/** 制定帮扶计划时限 (S001 §三(四)). */
export const assistancePlanTimeLimit = defineParameter({
  key: 'assistancePlanTimeLimit',
  group: 'procedure',
  schema: TimeLimitSchema,
  label: { zh: '制定帮扶计划时限', en: 'time limit for the assistance plan' },
  description: {
    zh: '认定为监测对象后制定帮扶计划的时限。文件未说明起算点，此处自认定之日次日起算；帮扶措施制定可与认定程序同步进行。',
    en: 'How long after identification the assistance plan must be made. The document does not say from when; it is counted here from the day after identification (measures may be planned alongside identification).',
  },
  unit: { zh: '天', en: 'days' },
  values: {
    'fujian/jinan/2023': [
      {
        from: '2023-11-07',
        value: { days: 10, unit: 'calendar', countFrom: 'next-day' },
        citation: { doc: S001, clause: '三(四)', quote: '认定时间一般不超过15天，制定帮扶计划不超过 10 天。' },
        note: 'UNVERIFIED starting point: the clause gives no start; the identification date is the reading taken here, since "信息比对、帮扶措施制定可与认定程序同步进行" (same clause). A caller may pass another start.',
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '仅榕晋乡振〔2023〕12号规定了帮扶计划时限；其他文件未涉及。',
      en: 'Only 榕晋乡振〔2023〕12号 sets a time limit for the assistance plan; the other documents are silent.',
    },
  },
});

/** 绿色通道: help first, procedure after. */
export const GreenChannelSchema = z.strictObject({
  /** The risk types (A27) whose clear cases of severe hardship open the green channel (因灾、因意外事故等). */
  riskTypes: z.array(RiskTypeSchema).min(1),
});

export const greenChannel = defineParameter({
  key: 'greenChannel',
  group: 'procedure',
  schema: GreenChannelSchema,
  label: { zh: '绿色通道（先帮扶后履行程序）', en: 'green channel (help first, procedure after)' },
  description: {
    zh: '因灾因意外事故等出现返贫致贫风险、生活陷入严重困难事实清楚的，开通绿色通道，先帮扶后履行程序。',
    en: 'A household at risk through a disaster, an accident and the like, whose severe hardship is clear, is helped first and goes through the procedure afterwards.',
  },
  values: {
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-10-27',
        value: { riskTypes: ['natural-disaster', 'accident'] },
        citation: {
          doc: S003,
          clause: '二(三)',
          quote: '对因灾因意外事故等出现返贫致贫风险、生活陷入严重困难事实清楚的，开通“绿色通道”，先帮扶后履行程序',
        },
        note: '"因灾因意外事故等" is open ("等"): the two named risk types are listed; a profile may add others.',
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '仅党委发〔2023〕70号规定了绿色通道；其他文件未涉及。',
      en: 'Only 党委发〔2023〕70号 provides a green channel; the other documents are silent.',
    },
  },
});

/** One step of a campaign schedule (进度安排). */
export const ScheduleStepSchema = z.strictObject({
  /** Stable id within the schedule, e.g. `data-entry`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: TextSchema,
  /**
   * - `deadline`: to be done on or before `to` ("X月X日前": the day itself included);
   * - `window`: to be done from `from` to `to` (both included);
   * - `cutoff`: the system closes at 24:00 on `to` (封库 / 关闭录入).
   */
  kind: z.enum(['deadline', 'window', 'cutoff']),
  /** First day (windows). */
  from: CalendarDateSchema.optional(),
  /** Last day, inclusive. */
  to: CalendarDateSchema,
  /** The clause that sets the step, in the document's numbering. */
  clause: z.string().min(1),
  /** The clause's words, verbatim. */
  quote: z.string().min(1),
  note: z.string().optional(),
});

export const ScheduleSchema = z.strictObject({ steps: z.array(ScheduleStepSchema).min(1) });

/** A step of a schedule. */
export type ScheduleStepValue = z.output<typeof ScheduleStepSchema>;

const step = (s: ScheduleStepValue) => s;

export const procedureSchedule = defineParameter({
  key: 'procedureSchedule',
  group: 'procedure',
  schema: ScheduleSchema,
  label: { zh: '工作进度安排', en: 'campaign schedule' },
  description: {
    zh: '年度信息采集、集中排查和数据录入的时间节点（各步骤的起止日期）。“X月X日前”含当日；“24时”封库或关闭录入当日为最后一日。',
    en: "The dates of the year's information collection, screening and data entry (each step's first and last day). \"X月X日前\" (before day X) includes day X; a system closed at 24:00 on a day is open through that day.",
  },
  values: {
    'shandong/linzi/2023': [
      {
        from: '2023-11-07',
        to: '2023-12-31',
        value: {
          steps: [
            step({
              id: 'policy-status-labelling',
              name: { zh: '脱贫不享受政策标注汇总审定报区', en: 'policy-status labelling reviewed and reported to the district' },
              kind: 'deadline',
              to: '2023-12-08',
              clause: '一(三)',
              quote: '并于12月8日前由街道扶贫办公室汇总审定后报区乡村振兴局。',
            }),
            step({
              id: 'data-entry',
              name: { zh: '完成信息录入', en: 'information entered in the national system' },
              kind: 'deadline',
              to: '2023-12-08',
              clause: '二(三)',
              quote: '12月8日前完成信息录入，开展数据清洗；',
            }),
            step({
              id: 'entry-closed',
              name: { zh: '国家关闭数据录入功能', en: 'the national system closes data entry' },
              kind: 'cutoff',
              to: '2023-12-31',
              clause: '二(三)',
              quote: '12月31日24时，国家将统一关闭巩固脱贫攻坚成果数据录入功能。',
            }),
          ],
        },
        citation: { doc: S000, clause: '一(三)、二(三)' },
        note: 'The document gives months and days; the year is the document’s (2023).',
      },
    ],
    'fujian/jinan/2023': [
      {
        from: '2023-11-07',
        to: '2023-12-31',
        value: {
          steps: [
            step({
              id: 'mobilisation-training',
              name: { zh: '动员部署和业务培训', en: 'mobilisation and training' },
              kind: 'deadline',
              to: '2023-11-10',
              clause: '二(一)',
              quote: '动员部署和业务培训（11月10日前完成）',
            }),
            step({
              id: 'collection-screening',
              name: { zh: '信息采集和全面摸排', en: 'information collection and full screening' },
              kind: 'deadline',
              to: '2023-12-15',
              clause: '二(二)',
              quote: '信息采集和全面摸排（12月15日前完成）',
              note: 'During the screening, progress is reported every Friday (每周五向区乡村振兴局报送工作进展情况); that recurring report is not a step here.',
            }),
            step({
              id: 'provincial-freeze',
              name: { zh: '省级系统数据阶段性封库', en: 'provincial freeze of the system data' },
              kind: 'cutoff',
              to: '2023-12-15',
              clause: '二(三)',
              quote: '省里将于12月15日24时对系统数据进行阶段性封库开展监测调度',
            }),
            step({
              id: 'data-verification',
              name: { zh: '数据核查和修改完善', en: 'data verification and correction' },
              kind: 'deadline',
              to: '2023-12-25',
              clause: '二(三)',
              quote: '数据核查和修改完善（12月25日前完成）',
            }),
            step({
              id: 'analysis-summary',
              name: { zh: '数据分析和工作总结', en: 'data analysis and summary report' },
              kind: 'deadline',
              to: '2023-12-28',
              clause: '二(四)',
              quote: '数据分析和工作总结（12月28日前完成）',
            }),
          ],
        },
        citation: { doc: S001, clause: '二' },
        note: 'The document gives months and days; the year is the document’s (2023).',
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2021-01-01',
        to: '2021-12-31',
        value: {
          steps: [
            step({
              id: 'mobilisation-training',
              name: { zh: '动员部署和业务培训', en: 'mobilisation and training' },
              kind: 'deadline',
              to: '2021-10-18',
              clause: '四(二)1',
              quote: '动员部署、业务培训。10月18日前，完成镇、村工作动员部署和业务培训工作。',
              note: 'S002 §四(一) states the same date for the training: "10月18日前，根据香格里拉市……工作培训会要求，镇村干部和业务人员培训等工作。"',
            }),
            step({
              id: 'information-collection',
              name: { zh: '信息采集', en: 'information collection' },
              kind: 'window',
              from: '2021-10-19',
              to: '2021-10-25',
              clause: '四(二)2',
              quote: '信息采集。时间：10月19日-10月25日前。',
            }),
            step({
              id: 'village-review-publicity',
              name: { zh: '村级评议公示', en: 'village review and publicity' },
              kind: 'window',
              from: '2021-10-25',
              to: '2021-10-29',
              clause: '四(二)3',
              quote: '村级评议公示。时间：10月25日-10月29日前。',
            }),
            step({
              id: 'township-review',
              name: { zh: '乡镇审核', en: 'township review' },
              kind: 'window',
              from: '2021-11-01',
              to: '2021-11-04',
              clause: '四(二)4',
              quote: '乡镇审核。时间：11月1日-11月3日完成公示。11月4日前，镇级在抽查核实的基础上，召开专题会议研究各村拟纳入监测对象名单',
              note: 'The clause gives 1–3 November ("完成公示") and the township meeting by 4 November; the step runs 1–4 November.',
            }),
            step({
              id: 'city-confirmation',
              name: { zh: '市级确定', en: 'confirmation by the city' },
              kind: 'window',
              from: '2021-11-05',
              to: '2021-11-12',
              clause: '四(二)5',
              quote: '市级确定。时间：11月5日-11月12日前',
            }),
            step({
              id: 'data-entry',
              name: { zh: '数据录入和系统操作', en: 'data entry and system operations' },
              kind: 'window',
              from: '2021-11-13',
              to: '2021-11-25',
              clause: '四(三)',
              quote: '11月13日-11月25日，市乡村振兴局根据各乡（镇）工作进展情况，向州乡村振兴局书面申请开通全国防返贫监测信息系统相关功能权限，镇、村需在11月25日前完成全部数据录入和系统操作工作。',
            }),
            step({
              id: 'data-cleaning',
              name: { zh: '数据信息比对清洗', en: 'data comparison and cleaning' },
              kind: 'window',
              from: '2021-11-26',
              to: '2021-12-15',
              clause: '四(四)',
              quote: '11月26日-12月15日前，市乡村振兴局组织相关行业部门、各乡（镇），结合国家和省级反馈的数据质量评估工作情况，集中开展问题数据比对核查',
            }),
            step({
              id: 'summary',
              name: { zh: '工作总结', en: 'summary report' },
              kind: 'deadline',
              to: '2021-12-15',
              clause: '四(五)',
              quote: '12月15日前，各村上报2021年度防返贫监测动态调整和信息采集暨监测对象“回头看”工作总结。',
            }),
          ],
        },
        citation: { doc: S002, clause: '四' },
        note: 'The document gives months and days; the year is the document’s (2021). S002 is undated; its 2021 plan is taken to govern from 2021-01-01.',
      },
    ],
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-10-27',
        to: '2023-12-31',
        value: {
          steps: [
            step({
              id: 'mobilisation',
              name: { zh: '动员部署', en: 'mobilisation' },
              kind: 'deadline',
              to: '2023-10-28',
              clause: '二(一)',
              quote: '动员部署（2023年10月28日前）。',
            }),
            step({
              id: 'household-collection',
              name: { zh: '入户采集', en: 'household visits and collection' },
              kind: 'window',
              from: '2023-10-28',
              to: '2023-11-05',
              clause: '二(二)',
              quote: '入户采集（2023年10月28日至11月5日）。',
            }),
            step({
              id: 'data-entry',
              name: { zh: '数据录入', en: 'data entry' },
              kind: 'window',
              from: '2023-11-06',
              to: '2023-11-14',
              clause: '二(三)',
              quote: '数据录入（2023年11月6日至11月14日）。',
            }),
            step({
              id: 'summary',
              name: { zh: '总结报告', en: 'summary report' },
              kind: 'window',
              from: '2023-11-15',
              to: '2023-11-20',
              clause: '二(四)',
              quote: '总结报告（2023年11月15日至11月20日）。',
            }),
          ],
        },
        citation: { doc: S003, clause: '二' },
        note: 'S003 §二 also says the work "于2023年10月下旬启动，2023年12月前完成"; that overall span is not a step here (its end, "12月前", is not a day).',
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '进度安排由各地年度工作方案确定。',
      en: "Each place's annual work plan sets its own schedule.",
    },
    'shandong/longkou/2021': {
      zh: '龙扶贫组字〔2021〕1号是常态化的实施意见，未规定年度进度日期（仅“每年四季度集中开展一次全面排查”）。',
      en: '龙扶贫组字〔2021〕1号 is a standing implementation opinion with no calendar dates (only "每年四季度集中开展一次全面排查", a full screening each fourth quarter).',
    },
  },
});

/** The written notice of the result to a household found not to qualify (书面告知审核结果). */
export const WrittenNoticeSchema = z.strictObject({
  /** Who writes it, as the clause names it. */
  issuer: TextSchema,
});

export const writtenNotice = defineParameter({
  key: 'writtenNotice',
  group: 'procedure',
  schema: WrittenNoticeSchema,
  label: { zh: '不符合标准的书面告知', en: 'written notice to a household found not to qualify' },
  description: {
    zh: '配置所依据文件要求对不符合监测标准的农户书面告知审核结果的条款及告知单位。告知书（renderNotice）引用此条款；未设定时，告知书写明其做法借用自龙扶贫组字〔2021〕1号 §四(三)。',
    en: "The clause of the profile's document that requires a household found not to qualify to be told the result in writing, and who writes it. The notice (renderNotice) cites this clause; where it is unset, the notice says plainly that the practice is borrowed from 龙扶贫组字〔2021〕1号 §四(三).",
  },
  values: {
    'shandong/longkou/2021': [
      {
        from: '2021-06-15',
        value: { issuer: { zh: '镇街区扶贫部门', en: 'the township (subdistrict) poverty-alleviation office' } },
        citation: { doc: S004, clause: '四(三)', quote: '对不符合监测标准的群众，由镇街区扶贫部门书面告知审核结果，并做好沟通解释工作，积极协调解决实际困难。' },
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '中农组发〔2021〕7号原文未持有；其余四份文件（临稷办发〔2023〕76号、榕晋乡振〔2023〕12号、小甸巩固振兴组办〔2021〕1号、党委发〔2023〕70号）未规定书面告知审核结果。告知书的做法借用龙扶贫组字〔2021〕1号 §四(三)，并在告知书中写明。',
      en: 'The text of 中农组发〔2021〕7号 is not held, and the other four documents (临稷办发〔2023〕76号, 榕晋乡振〔2023〕12号, 小甸巩固振兴组办〔2021〕1号, 党委发〔2023〕70号) require no written notice of the result. The notice borrows the practice of 龙扶贫组字〔2021〕1号 §四(三) and says so.',
    },
  },
});

export const procedureParameters = {
  publicityPeriod,
  publicityOnceInVillage,
  homeVerificationTimeLimit,
  identificationTimeLimit,
  assistancePlanTimeLimit,
  greenChannel,
  procedureSchedule,
  writtenNotice,
};
