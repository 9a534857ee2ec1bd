/**
 * Procedure and time limits (程序与时限) — the layer's rules, one file per clause family:
 *
 * - publicity.ts — 公示期 (S004 §四(四), S000 §一(三), S002 §四(二)3, S001 §三(四));
 * - deadlines.ts — 入户核实 (S004 §四(一)), 认定 and 制定帮扶计划 (S001 §三(四)) time limits;
 * - green-channel.ts — 绿色通道, help first, procedure after (S003 §二(三));
 * - schedule.ts — each document's campaign schedule (进度安排) and where a step stands;
 * - time-limit.ts — how a time limit is counted (calendar or working days) and a step's status;
 * - run.ts — the layer's runner (each result carries its own finding).
 *
 * > 龙扶贫组字〔2021〕1号 §四: 严格按照“核实—评议—比对—公示—录入”程序……（一）入户核实。镇街区扶贫部门
 * > 组织人员5个工作日内开展入户调查，采集、核实相关信息。……（四）村级公示。审核通过后，将名单在村内进行
 * > 公示，公示期5天。
 * >
 * > 临稷办发〔2023〕76号 §一(三): 按照“民主评议—乡镇审核—村级公示（公示期5天）”的程序进行认定
 * >
 * > 小甸巩固振兴组办〔2021〕1号 §四(二)3: 在村民小组公开场所及云南省“政府救助平台”网络渠道公示5个工作日。
 * >
 * > 榕晋乡振〔2023〕12号 §三(四): 监测对象认定公示原则上只在本村开展一次……认定时间一般不超过15天，制定帮扶
 * > 计划不超过 10 天。
 * >
 * > 党委发〔2023〕70号 §二(三): 对因灾因意外事故等出现返贫致贫风险、生活陷入严重困难事实清楚的，开通“绿色
 * > 通道”，先帮扶后履行程序
 *
 * Deadlines are pure date functions: `(profile, dates) → deadline + finding`. Which days count
 * (calendar or working days, day 1 the start day or the next) is profile data; working days follow
 * the official holiday calendar (src/calendar) and fail with `CalendarCoverageError` outside it.
 * Each document's campaign dates are a schedule ({@link scheduleFor}, {@link deadlineStatus}).
 *
 * @module
 */
import type { Finding } from '../../explain/finding.js';
import type { Rule } from '../../kernel/rule.js';
import { calendarWith } from '../../calendar/define.js';
import type { AssessmentFacts } from '../../facts/assessment.js';
import { assistancePlanDeadlineRule, homeVerificationRule, householdDeadlines, identificationDeadlineRule, type DeadlineResult } from './deadlines.js';
import { assessGreenChannel, greenChannelRule, type GreenChannelResult } from './green-channel.js';
import { publicityRule } from './publicity.js';
import { scheduleRule } from './schedule.js';
import type { ProcedureOptions } from './time-limit.js';

export { applyTimeLimit, type ProcedureOptions, type StepStatus } from './time-limit.js';
export { computePublicityPeriod, publicityRule, type PublicityResult } from './publicity.js';
export {
  assistancePlanDeadline,
  assistancePlanDeadlineRule,
  homeVerificationDeadline,
  homeVerificationRule,
  householdDeadlines,
  identificationDeadline,
  identificationDeadlineRule,
  type DeadlineResult,
} from './deadlines.js';
export { assessGreenChannel, greenChannelRule, type GreenChannelResult } from './green-channel.js';
export { deadlineStatus, scheduleFor, scheduleRule, type Schedule, type ScheduleStep, type StepStatusResult } from './schedule.js';

/** The procedure rules, for the catalog. */
export const PROCEDURE_RULES: readonly Rule[] = [publicityRule, homeVerificationRule, identificationDeadlineRule, assistancePlanDeadlineRule, greenChannelRule, scheduleRule];

/** Procedure (程序与时限) for one household: the deadlines its dates imply, and the green channel. */
export interface ProcedureResult {
  deadlines: DeadlineResult[];
  greenChannel: GreenChannelResult;
  /** The findings of deadlines that could not be computed (e.g. working days past the holiday calendar held); explained results only — each deadline carries its own finding in both modes. */
  findings: Finding[];
}

/**
 * The procedure of one household from an assessment's shared facts: the deadlines its dates imply
 * (as of the assessment's date, over the holiday calendar with the caller's notices) and the green
 * channel. Each deadline and the green channel carry their own finding in a lean assessment too;
 * an explained one also lists the deadlines left undetermined with their reason in `findings`.
 *
 * @example
 * procedureOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-10' })).deadlines.map((d) => d.status)
 * // ['done', 'overdue']
 */
export function procedureOf(facts: AssessmentFacts): ProcedureResult {
  const { h, profile } = facts;
  const asOf = facts.context.asOf;
  const holidays = facts.options.holidays;
  const options: ProcedureOptions = asOf ? { asOf } : {};
  // Each deadline is computed, or undetermined with its reason (e.g. working days past the holiday
  // calendar held), on its own and in both modes; the explained result also lists those findings here.
  const deadlines = householdDeadlines(h, profile, holidays ? { ...options, calendar: calendarWith(holidays) } : options);
  const findings: Finding[] = facts.explain ? deadlines.filter((d) => d.finding.outcome === 'undetermined' && d.startsOn !== null).map((d) => d.finding) : [];
  return { deadlines, greenChannel: assessGreenChannel(h, profile, options), findings };
}
