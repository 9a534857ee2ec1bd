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
import { lazySchema } from '../lazy-schema.js';

const TextSchema = lazySchema(() => z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }));

/** A time limit (时限): a number of days, what kind of days, and which day is day 1. */
export const TimeLimitSchema = lazySchema(() => z.strictObject({
  /** How many days. */
  days: z.number().int().min(1).max(366),
  /** `calendar`: every day counts (天); `working`: only working days under the official holiday calendar (工作日). */
  unit: z.enum(['calendar', 'working']),
  /**
   * `next-day`: day 1 is the day after the start (期间开始的当日不计入);
   * `start-day`: day 1 is the start day itself (or, for working days, the first working day from it).
   */
  countFrom: z.enum(['next-day', 'start-day']),
}));

/** A time limit. */
export type TimeLimit = z.output<typeof TimeLimitSchema>;

/** 公示期: the village publicity period. */
export const publicityPeriod = defineParameter({
  key: 'publicityPeriod',
  group: 'procedure',
  schema: () => TimeLimitSchema,
  label: { zh: '公示期', en: 'publicity period' },
  description: {
    zh: '拟纳入监测对象（或风险消除、脱贫不享受政策标注）名单在村内公示的期限，及其按自然日还是工作日计算。自张贴之日起算。',
    en: 'How long the list (of households to be identified, or whose risk is to be marked eliminated, or to be labelled 脱贫不享受政策) is posted in the village, and whether the days are calendar or working days. Counted from the first day of posting.',
  },
  unit: { zh: '天', en: 'days' },
});

/** 公示原则上只在本村开展一次. */
export const publicityOnceInVillage = defineParameter({
  key: 'publicityOnceInVillage',
  group: 'procedure',
  schema: () => z.boolean(),
  label: { zh: '公示只在本村开展一次', en: 'publicity held once, in the village only' },
  description: {
    zh: '监测对象认定公示原则上只在本村开展一次（不在乡镇、县级重复公示）。作为说明附在公示期的判定依据中。',
    en: 'The publicity of an identification is in principle held once, in the village only (not repeated at township or county level). Added as a note to the publicity finding.',
  },
});

/** 入户核实时限 (S004 §四(一)). */
export const homeVerificationTimeLimit = defineParameter({
  key: 'homeVerificationTimeLimit',
  group: 'procedure',
  schema: () => TimeLimitSchema,
  label: { zh: '入户核实时限', en: 'time limit for the home verification' },
  description: {
    zh: '发现可能返贫致贫的农户后，开展入户调查、核实信息的时限。',
    en: 'Within how long after a household at risk is discovered the home survey must be carried out.',
  },
  unit: { zh: '个工作日', en: 'working days' },
});

/** 认定时限 (S001 §三(四)). */
export const identificationTimeLimit = defineParameter({
  key: 'identificationTimeLimit',
  group: 'procedure',
  schema: () => TimeLimitSchema,
  label: { zh: '认定时限', en: 'time limit for identification' },
  description: {
    zh: '从发现风险到完成监测对象认定的时限（“一般不超过”）。发现当日不计入，自次日起算。',
    en: 'How long identification may take, from the discovery of the risk to the identification as a monitoring object ("as a rule not more than"). The day of discovery is not counted; day 1 is the next day.',
  },
  unit: { zh: '天', en: 'days' },
});

/** 制定帮扶计划时限 (S001 §三(四)). */
export const assistancePlanTimeLimit = defineParameter({
  key: 'assistancePlanTimeLimit',
  group: 'procedure',
  schema: () => TimeLimitSchema,
  label: { zh: '制定帮扶计划时限', en: 'time limit for the assistance plan' },
  description: {
    zh: '认定为监测对象后制定帮扶计划的时限。文件未说明起算点，此处自认定之日次日起算；帮扶措施制定可与认定程序同步进行。',
    en: 'How long after identification the assistance plan must be made. The document does not say from when; it is counted here from the day after identification (measures may be planned alongside identification).',
  },
  unit: { zh: '天', en: 'days' },
});

/** 绿色通道: help first, procedure after. */
export const GreenChannelSchema = lazySchema(() => z.strictObject({
  /** The risk types (A27) whose clear cases of severe hardship open the green channel (因灾、因意外事故等). */
  riskTypes: z.array(RiskTypeSchema).min(1),
}));

export const greenChannel = defineParameter({
  key: 'greenChannel',
  group: 'procedure',
  schema: () => GreenChannelSchema,
  label: { zh: '绿色通道（先帮扶后履行程序）', en: 'green channel (help first, procedure after)' },
  description: {
    zh: '因灾因意外事故等出现返贫致贫风险、生活陷入严重困难事实清楚的，开通绿色通道，先帮扶后履行程序。',
    en: 'A household at risk through a disaster, an accident and the like, whose severe hardship is clear, is helped first and goes through the procedure afterwards.',
  },
});

/** One step of a campaign schedule (进度安排). */
export const ScheduleStepSchema = lazySchema(() => z.strictObject({
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
}));

export const ScheduleSchema = lazySchema(() => z.strictObject({ steps: z.array(ScheduleStepSchema).min(1) }));

/** A step of a schedule. */
export type ScheduleStepValue = z.output<typeof ScheduleStepSchema>;

export const procedureSchedule = defineParameter({
  key: 'procedureSchedule',
  group: 'procedure',
  schema: () => ScheduleSchema,
  label: { zh: '工作进度安排', en: 'campaign schedule' },
  description: {
    zh: '年度信息采集、集中排查和数据录入的时间节点（各步骤的起止日期）。“X月X日前”含当日；“24时”封库或关闭录入当日为最后一日。',
    en: "The dates of the year's information collection, screening and data entry (each step's first and last day). \"X月X日前\" (before day X) includes day X; a system closed at 24:00 on a day is open through that day.",
  },
});

/** The written notice of the result to a household found not to qualify (书面告知审核结果). */
export const WrittenNoticeSchema = lazySchema(() => z.strictObject({
  /** Who writes it, as the clause names it. */
  issuer: TextSchema,
}));

export const writtenNotice = defineParameter({
  key: 'writtenNotice',
  group: 'procedure',
  schema: () => WrittenNoticeSchema,
  label: { zh: '不符合标准的书面告知', en: 'written notice to a household found not to qualify' },
  description: {
    zh: '配置所依据文件要求对不符合监测标准的农户书面告知审核结果的条款及告知单位。告知书（renderNotice）引用此条款；未设定时，告知书写明其做法借用自龙扶贫组字〔2021〕1号 §四(三)。',
    en: "The clause of the profile's document that requires a household found not to qualify to be told the result in writing, and who writes it. The notice (renderNotice) cites this clause; where it is unset, the notice says plainly that the practice is borrowed from 龙扶贫组字〔2021〕1号 §四(三).",
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
