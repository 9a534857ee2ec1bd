/**
 * Procedure and time limits (程序与时限).
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
import { addDays, daysBetween, type CalendarDate } from '../../model/calendar-date.js';
import type { Household, RiskType } from '../../model/household.js';
import { RISK_TYPES, type Text } from '../../model/labels.js';
import { finding, type Citation, type Finding } from '../../explain/finding.js';
import { optionalParameter, parameter } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { ScheduleStepValue, TimeLimit } from '../../profile/parameters/procedure.js';
import { addWorkingDays, isCovered, isWorkingDay, officialCalendar, workingDaysBetween, type WorkingCalendar } from '../../calendar/working-days.js';
import { CalendarCoverageError } from '../../calendar/errors.js';
import { citesOf, defineRule, type Rule } from '../../kernel/rule.js';
import { documentInForce } from '../../kernel/in-force.js';

const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S003 = '党委发〔2023〕70号';
const S004 = '龙扶贫组字〔2021〕1号';

// ---------------------------------------------------------------------------------------------
// Rule headers
// ---------------------------------------------------------------------------------------------

export const publicityRule = defineRule({
  id: 'procedure.publicity',
  layer: 'procedure',
  title: { zh: '公示期', en: 'publicity period' },
  citations: [
    { doc: S004, clause: '四(四)', quote: '审核通过后，将名单在村内进行公示，公示期5天。' },
    { doc: S004, clause: '六(二)', quote: '按照“民主评议—镇街区审核—村级公示（公示期5天）”的程序退出监测和帮扶范围' },
    { doc: S000, clause: '一(三)', quote: '按照“民主评议—乡镇审核—村级公示（公示期5天）”的程序进行认定' },
    { doc: S002, clause: '四(二)3', quote: '在村民小组公开场所及云南省“政府救助平台”网络渠道公示5个工作日。' },
    { doc: S001, clause: '三(四)', quote: '监测对象认定公示原则上只在本村开展一次' },
  ],
  description: {
    zh: '由公示开始日期和配置的公示期（天数、自然日或工作日）算出公示的第一天和最后一天；给出公示结束日期时，判断公示是否满期。配置规定“只在本村公示一次”的，一并说明。',
    en: 'From the first day of posting and the profile’s publicity period (how many days, calendar or working days) gives the first and last day of the publicity; given the day it ended, says whether the full period was observed. Where the profile says the publicity is held once, in the village only, the finding says so.',
  },
  parameters: ['publicityPeriod', 'publicityOnceInVillage'],
  facts: ['startsOn', 'endsOn'],
});

export const homeVerificationRule = defineRule({
  id: 'procedure.home-verification',
  layer: 'procedure',
  title: { zh: '入户核实时限', en: 'home verification time limit' },
  citations: [{ doc: S004, clause: '四(一)', quote: '镇街区扶贫部门组织人员5个工作日内开展入户调查，采集、核实相关信息。' }],
  description: {
    zh: '自发现之日次日起算，按配置的时限（龙口：5个工作日，按国务院办公厅节假日安排计算工作日）算出入户调查的最后期限；给出核实日期时判断是否按时，给出评估时点时判断是否逾期。',
    en: 'Counting from the day after discovery, gives the last day for the home survey under the profile’s time limit (Longkou: 5 working days, under the State Council holiday calendar); given the verification date, says whether it was on time; given an as-of date, whether it is overdue.',
  },
  parameters: ['homeVerificationTimeLimit'],
  facts: ['discoveredOn', 'verifiedOn'],
});

export const identificationDeadlineRule = defineRule({
  id: 'procedure.identification',
  layer: 'procedure',
  title: { zh: '认定时限', en: 'identification time limit' },
  citations: [{ doc: S001, clause: '三(四)', quote: '认定时间一般不超过15天，制定帮扶计划不超过 10 天。' }],
  description: {
    zh: '自发现之日次日起算，按配置的认定时限（晋安：一般不超过15天）算出认定的最后期限；给出认定日期（monitoring.identifiedOn）时判断是否按时。',
    en: 'Counting from the day after discovery, gives the last day for identification under the profile’s limit (Jin’an: as a rule at most 15 days); given the identification date (monitoring.identifiedOn), says whether it was on time.',
  },
  parameters: ['identificationTimeLimit'],
  facts: ['discoveredOn', 'monitoring.identifiedOn'],
});

export const assistancePlanDeadlineRule = defineRule({
  id: 'procedure.assistance-plan',
  layer: 'procedure',
  title: { zh: '制定帮扶计划时限', en: 'assistance plan time limit' },
  citations: [{ doc: S001, clause: '三(四)', quote: '认定时间一般不超过15天，制定帮扶计划不超过 10 天。' }],
  description: {
    zh: '自认定之日次日起算（文件未说明起算点，此为本库的解读），按配置的时限（晋安：不超过10天）算出制定帮扶计划的最后期限；给出计划制定日期时判断是否按时。',
    en: 'Counting from the day after identification (the document gives no start; this is the library’s reading), gives the last day for the assistance plan under the profile’s limit (Jin’an: at most 10 days); given the date the plan was made, says whether it was on time.',
  },
  parameters: ['assistancePlanTimeLimit'],
  facts: ['monitoring.identifiedOn', 'planMadeOn'],
});

export const greenChannelRule = defineRule({
  id: 'procedure.green-channel',
  layer: 'procedure',
  title: { zh: '绿色通道（先帮扶后履行程序）', en: 'green channel (help first, procedure after)' },
  citations: [
    {
      doc: S003,
      clause: '二(三)',
      quote: '对因灾因意外事故等出现返贫致贫风险、生活陷入严重困难事实清楚的，开通“绿色通道”，先帮扶后履行程序',
    },
  ],
  description: {
    zh: '风险类型（A27）属于配置列明的类型（五顷塬：因自然灾害、因意外事故），且已记录生活陷入严重困难（hardship.severeDifficulty）的，适用绿色通道：先帮扶，后履行认定程序。“事实清楚”理解为上述事实已记录在案。',
    en: 'A household whose risk type (A27) is one the profile lists (Wuqingyuan: natural disaster, accident) and whose severe hardship is on record (hardship.severeDifficulty) takes the green channel: it is helped first and goes through identification afterwards. "Facts clear" is read as these facts being on record.',
  },
  parameters: ['greenChannel'],
  facts: ['riskTypes', 'hardship.severeDifficulty'],
});

export const scheduleRule = defineRule({
  id: 'procedure.schedule',
  layer: 'procedure',
  title: { zh: '工作进度安排', en: 'campaign schedule' },
  citations: [
    { doc: S000, clause: '二(三)', quote: '12月8日前完成信息录入，开展数据清洗；12月31日24时，国家将统一关闭巩固脱贫攻坚成果数据录入功能。' },
    { doc: S001, clause: '二(三)', quote: '省里将于12月15日24时对系统数据进行阶段性封库开展监测调度' },
    { doc: S002, clause: '四(三)', quote: '镇、村需在11月25日前完成全部数据录入和系统操作工作。' },
    { doc: S003, clause: '二(三)', quote: '数据录入（2023年11月6日至11月14日）。' },
  ],
  description: {
    zh: '列出配置的年度工作步骤及起止日期，并按评估时点给出每一步的状态：未开始、进行中（剩余天数）、已逾期、已按时完成或逾期完成。“X月X日前”含当日；“24时”封库的当日仍可录入。',
    en: "Lists the profile's campaign steps with their first and last days and, as of a date, each step's status: upcoming, due (days left), overdue, done on time or done late. \"X月X日前\" includes that day; a system closed at 24:00 is open through that day.",
  },
  parameters: ['procedureSchedule'],
});

/** The procedure rules, for the catalog. */
export const PROCEDURE_RULES: readonly Rule[] = [publicityRule, homeVerificationRule, identificationDeadlineRule, assistancePlanDeadlineRule, greenChannelRule, scheduleRule];

// ---------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------

/** Options of the procedure functions. */
export interface ProcedureOptions {
  /** The date the question is asked (评估时点): gives "due" or "overdue" when the step is not done. */
  asOf?: CalendarDate;
  /** The holiday calendar for working days; defaults to the official one shipped (2020–2026). */
  calendar?: WorkingCalendar;
}

/**
 * Where a step stands:
 * - `upcoming`: it has not started yet; `due`: it is running and not done;
 * - `overdue`: its last day has passed and it is not recorded as done;
 * - `done`: done on or before its last day; `done-late`: done after it.
 */
export type StepStatus = 'upcoming' | 'due' | 'overdue' | 'done' | 'done-late';

const STATUS_TEXT: Record<StepStatus, Text> = {
  upcoming: { zh: '未开始', en: 'upcoming' },
  due: { zh: '进行中', en: 'due' },
  overdue: { zh: '已逾期', en: 'overdue' },
  done: { zh: '已按时完成', en: 'done on time' },
  'done-late': { zh: '逾期完成', en: 'done late' },
};

function statusOf(from: CalendarDate, to: CalendarDate, asOf: CalendarDate | undefined, doneOn: CalendarDate | undefined): StepStatus | null {
  if (doneOn !== undefined) return doneOn <= to ? 'done' : 'done-late';
  if (asOf === undefined) return null;
  if (asOf < from) return 'upcoming';
  return asOf <= to ? 'due' : 'overdue';
}

function outcomeOf(status: StepStatus | null): 'met' | 'not-met' | 'info' {
  if (status === 'done') return 'met';
  if (status === 'done-late' || status === 'overdue') return 'not-met';
  return 'info';
}

const cite = (c: Citation): Citation => ({ doc: c.doc, clause: c.clause });

const UNIT_TEXT = {
  calendar: { zh: '天', en: 'days' },
  working: { zh: '个工作日', en: 'working days' },
} as const;

/**
 * The first and last day of a time limit started on `start`. Calendar days: day 1 is `start`
 * (`start-day`) or the next day (`next-day`). Working days: day 1 is the first working day on
 * (`start-day`) or after (`next-day`) `start`. Throws `CalendarCoverageError` for working days
 * outside the calendar.
 *
 * @example
 * applyTimeLimit('2023-09-22', { days: 5, unit: 'working', countFrom: 'next-day' })
 * // { firstDay: '2023-09-25', lastDay: '2023-10-07' } (29 Sep – 6 Oct is the holiday; Sat 7 Oct a make-up day)
 */
export function applyTimeLimit(start: CalendarDate, limit: TimeLimit, calendar: WorkingCalendar = officialCalendar()): { firstDay: CalendarDate; lastDay: CalendarDate } {
  if (limit.unit === 'calendar') {
    return limit.countFrom === 'next-day'
      ? { firstDay: addDays(start, 1), lastDay: addDays(start, limit.days) }
      : { firstDay: start, lastDay: addDays(start, limit.days - 1) };
  }
  if (limit.countFrom === 'start-day' && isWorkingDay(start, calendar)) {
    return { firstDay: start, lastDay: addWorkingDays(start, limit.days - 1, calendar) };
  }
  return { firstDay: addWorkingDays(start, 1, calendar), lastDay: addWorkingDays(start, limit.days, calendar) };
}

function describeLimit(limit: TimeLimit): Text {
  const unit = UNIT_TEXT[limit.unit];
  return limit.countFrom === 'next-day'
    ? { zh: `${limit.days}${unit.zh}（当日不计入，自次日起算）`, en: `${limit.days} ${unit.en} (the start day not counted)` }
    : { zh: `${limit.days}${unit.zh}（自当日起算）`, en: `${limit.days} ${unit.en} (counting the first day)` };
}

// ---------------------------------------------------------------------------------------------
// Time limits: home verification, identification, assistance plan
// ---------------------------------------------------------------------------------------------

/** A deadline computed from a time limit. Plain JSON. */
export interface DeadlineResult {
  /** The rule id. */
  rule: string;
  /** The day the time limit starts from (e.g. the discovery date), or `null` when unknown. */
  startsOn: CalendarDate | null;
  /** Day 1 of the period. */
  firstDay: CalendarDate | null;
  /** The last day (inclusive): the deadline. */
  lastDay: CalendarDate | null;
  /** The time limit applied, from the profile. */
  limit: TimeLimit | null;
  /** The day the step was done, when given. */
  doneOn: CalendarDate | null;
  /** Where it stands; `null` when neither a completion date nor an as-of date is given. */
  status: StepStatus | null;
  finding: Finding;
}

interface TimeLimitSpec {
  rule: Rule;
  key: 'homeVerificationTimeLimit' | 'identificationTimeLimit' | 'assistancePlanTimeLimit';
  step: Text;
  start: { path: string; label: Text };
  done: { path: string; label: Text };
}

function deadline(spec: TimeLimitSpec, profile: Profile, startsOn: CalendarDate | null | undefined, doneOn: CalendarDate | null | undefined, options: ProcedureOptions): DeadlineResult {
  const { rule } = spec;
  const done = doneOn ?? undefined;
  if (!startsOn) {
    return {
      rule: rule.id,
      startsOn: null,
      firstDay: null,
      lastDay: null,
      limit: null,
      doneOn: done ?? null,
      status: null,
      finding: finding(
        rule.id,
        'undetermined',
        { zh: `缺少${spec.start.label.zh}，无法计算${spec.step.zh}的期限`, en: `the ${spec.start.label.en} is missing, so the deadline for the ${spec.step.en} cannot be computed` },
        citesOf(rule),
        { asOf: options.asOf ?? null, doneOn: done ?? null },
        [spec.start.path],
      ),
    };
  }
  const p = parameter(profile, spec.key, startsOn);
  const limit = p.value;
  let days: { firstDay: CalendarDate; lastDay: CalendarDate };
  try {
    days = applyTimeLimit(startsOn, limit, options.calendar);
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    // Past the holiday calendar held: this deadline is undetermined, with the reason; the others are not affected.
    return uncoveredDeadline(spec, startsOn, limit, done, options, p.citation, error);
  }
  const { firstDay, lastDay } = days;
  const status = statusOf(startsOn, lastDay, options.asOf, done);
  const lim = describeLimit(limit);
  const head = {
    zh: `${spec.step.zh}时限为${lim.zh}：自${spec.start.label.zh} ${startsOn} 起，最后期限为 ${lastDay}`,
    en: `the ${spec.step.en} time limit is ${lim.en}: from the ${spec.start.label.en} ${startsOn}, the last day is ${lastDay}`,
  };
  let tail: Text;
  if (status === 'done' || status === 'done-late') {
    tail =
      status === 'done'
        ? { zh: `；${spec.done.label.zh} ${done}，按时`, en: `; ${spec.done.label.en} ${done}, on time` }
        : { zh: `；${spec.done.label.zh} ${done}，超过期限 ${daysBetween(lastDay, done!)} 天`, en: `; ${spec.done.label.en} ${done}, ${daysBetween(lastDay, done!)} days late` };
  } else if (status === 'overdue') {
    tail = { zh: `；截至 ${options.asOf} 未记录${spec.done.label.zh}，已逾期 ${daysBetween(lastDay, options.asOf!)} 天`, en: `; as of ${options.asOf} no ${spec.done.label.en} is recorded: ${daysBetween(lastDay, options.asOf!)} days overdue` };
  } else if (status === 'due' || status === 'upcoming') {
    tail = { zh: `；截至 ${options.asOf} 尚余 ${daysBetween(options.asOf!, lastDay)} 天`, en: `; as of ${options.asOf}, ${daysBetween(options.asOf!, lastDay)} days left` };
  } else {
    tail = { zh: '', en: '' };
  }
  return {
    rule: rule.id,
    startsOn,
    firstDay,
    lastDay,
    limit: { days: limit.days, unit: limit.unit, countFrom: limit.countFrom },
    doneOn: done ?? null,
    status,
    finding: finding(
      rule.id,
      outcomeOf(status),
      { zh: head.zh + tail.zh, en: head.en + tail.en },
      [cite(p.citation)],
      {
        startsOn,
        firstDay,
        lastDay,
        days: limit.days,
        unit: limit.unit,
        countFrom: limit.countFrom,
        doneOn: done ?? null,
        asOf: options.asOf ?? null,
        status,
      },
    ),
  };
}

/**
 * A deadline counted in working days that leaves the holiday calendar held (the notices shipped, and
 * any added with the `holidays` option): undetermined, naming the date, the years held and how to
 * add the year's notice.
 */
function uncoveredDeadline(
  spec: TimeLimitSpec,
  startsOn: CalendarDate,
  limit: TimeLimit,
  done: CalendarDate | undefined,
  options: ProcedureOptions,
  citation: Citation,
  error: CalendarCoverageError,
): DeadlineResult {
  const years = error.coveredYears;
  const span = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : '';
  const year = error.date.slice(0, 4);
  const lim = describeLimit(limit);
  return {
    rule: spec.rule.id,
    startsOn,
    firstDay: null,
    lastDay: null,
    limit: { days: limit.days, unit: limit.unit, countFrom: limit.countFrom },
    doneOn: done ?? null,
    status: null,
    finding: finding(
      spec.rule.id,
      'undetermined',
      {
        zh: `${spec.step.zh}时限为${lim.zh}，自${spec.start.label.zh} ${startsOn} 起计算到 ${error.date}，超出已收录的国务院办公厅节假日安排（${span} 年）：无法确定工作日，期限待定。请补充 ${year} 年部分节假日安排的通知（命令行 --holidays，或 holidays 选项）`,
        en: `the ${spec.step.en} time limit is ${lim.en}: counting from the ${spec.start.label.en} ${startsOn} reaches ${error.date}, past the State Council holiday notices held (${span}), so the working days — and the deadline — cannot be determined. Add the notice on ${year}'s holidays (--holidays on the command line, or the holidays option)`,
      },
      [cite(citation)],
      { startsOn, days: limit.days, unit: limit.unit, countFrom: limit.countFrom, outsideCalendar: error.date, coveredYears: years.map(String), doneOn: done ?? null, asOf: options.asOf ?? null },
    ),
  };
}

const DISCOVERED: TimeLimitSpec['start'] = { path: 'discoveredOn', label: { zh: '发现时间', en: 'discovery date' } };
const IDENTIFIED_START: TimeLimitSpec['start'] = { path: 'monitoring.identifiedOn', label: { zh: '认定时间', en: 'identification date' } };

const HOME_VERIFICATION: TimeLimitSpec = {
  rule: homeVerificationRule,
  key: 'homeVerificationTimeLimit',
  step: { zh: '入户核实', en: 'home verification' },
  start: DISCOVERED,
  done: { path: 'verifiedOn', label: { zh: '入户核实时间', en: 'home verification date' } },
};
const IDENTIFICATION: TimeLimitSpec = {
  rule: identificationDeadlineRule,
  key: 'identificationTimeLimit',
  step: { zh: '认定', en: 'identification' },
  start: DISCOVERED,
  done: { path: 'monitoring.identifiedOn', label: { zh: '认定时间', en: 'identification date' } },
};
const ASSISTANCE_PLAN: TimeLimitSpec = {
  rule: assistancePlanDeadlineRule,
  key: 'assistancePlanTimeLimit',
  step: { zh: '制定帮扶计划', en: 'assistance plan' },
  start: IDENTIFIED_START,
  done: { path: 'planMadeOn', label: { zh: '帮扶计划制定时间', en: 'date the plan was made' } },
};

/**
 * 入户核实 (S004 §四(一)): the last day for the home survey of a household discovered on
 * `discoveredOn` — 5 working days in Longkou, the day of discovery not counted. Throws
 * `MissingParameterError` for a profile without this time limit and `CalendarCoverageError` for
 * working days outside the holiday calendar.
 *
 * @example
 * homeVerificationDeadline(getProfile('shandong/longkou/2021'), { discoveredOn: '2021-09-28' }).lastDay
 * // '2021-10-11' (29, 30 Sep; 8 Oct; Sat 9 Oct, a make-up day; Mon 11 Oct)
 */
export function homeVerificationDeadline(
  profile: Profile,
  facts: { discoveredOn?: CalendarDate | null; verifiedOn?: CalendarDate | null },
  options: ProcedureOptions = {},
): DeadlineResult {
  return deadline(HOME_VERIFICATION, profile, facts.discoveredOn, facts.verifiedOn, options);
}

/**
 * 认定时限 (S001 §三(四)): the last day for identifying a household discovered on `discoveredOn` —
 * as a rule 15 days in Jin'an, counted from the day after discovery. With `identifiedOn`
 * (`monitoring.identifiedOn`), says whether it was on time.
 *
 * @example
 * identificationDeadline(getProfile('fujian/jinan/2023'), { discoveredOn: '2023-11-10', identifiedOn: '2023-11-24' })
 * // { lastDay: '2023-11-25', status: 'done', … }
 */
export function identificationDeadline(
  profile: Profile,
  facts: { discoveredOn?: CalendarDate | null; identifiedOn?: CalendarDate | null },
  options: ProcedureOptions = {},
): DeadlineResult {
  return deadline(IDENTIFICATION, profile, facts.discoveredOn, facts.identifiedOn, options);
}

/**
 * 制定帮扶计划时限 (S001 §三(四)): the last day for the assistance plan of a household identified on
 * `identifiedOn` — 10 days in Jin'an, counted from the day after identification (the document gives
 * no start: the library's reading, see the parameter's note).
 *
 * @example
 * assistancePlanDeadline(getProfile('fujian/jinan/2023'), { identifiedOn: '2023-11-24' }).lastDay // '2023-12-04'
 */
export function assistancePlanDeadline(
  profile: Profile,
  facts: { identifiedOn?: CalendarDate | null; planMadeOn?: CalendarDate | null },
  options: ProcedureOptions = {},
): DeadlineResult {
  return deadline(ASSISTANCE_PLAN, profile, facts.identifiedOn, facts.planMadeOn, options);
}

function hasHistory(profile: Profile, key: ParameterKey): boolean {
  return (profile.parameters[key]?.length ?? 0) > 0;
}

/**
 * The time limits of one household that the profile sets: home verification (from `discoveredOn`),
 * identification (from `discoveredOn` to `monitoring.identifiedOn`) and the assistance plan (from
 * `monitoring.identifiedOn`). Limits the profile does not set are left out; a limit it sets whose
 * start date is missing, or that counts working days past the holiday calendar held, comes back
 * `undetermined` with the reason — each deadline on its own.
 *
 * @example
 * householdDeadlines(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-01' }).map((d) => [d.rule, d.status])
 */
export function householdDeadlines(h: Household, profile: Profile, options: ProcedureOptions = {}): DeadlineResult[] {
  const out: DeadlineResult[] = [];
  const identifiedOn = h.monitoring?.identifiedOn;
  const applies = (key: ParameterKey, start: CalendarDate | undefined) =>
    start ? optionalParameter(profile, key, start) !== undefined : hasHistory(profile, key);
  if (applies('homeVerificationTimeLimit', h.discoveredOn)) out.push(homeVerificationDeadline(profile, { discoveredOn: h.discoveredOn }, options));
  if (applies('identificationTimeLimit', h.discoveredOn)) out.push(identificationDeadline(profile, { discoveredOn: h.discoveredOn, identifiedOn }, options));
  if (applies('assistancePlanTimeLimit', identifiedOn)) out.push(assistancePlanDeadline(profile, { identifiedOn }, options));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Publicity
// ---------------------------------------------------------------------------------------------

/** The publicity period (公示期). Plain JSON. */
export interface PublicityResult {
  startsOn: CalendarDate | null;
  /** Day 1 of the publicity. */
  firstDay: CalendarDate | null;
  /** Its last day (inclusive). */
  lastDay: CalendarDate | null;
  limit: TimeLimit | null;
  /** The day the publicity was taken down, when given. */
  endsOn: CalendarDate | null;
  /** Days of publicity observed up to `endsOn`, in the limit's unit. */
  observedDays: number | null;
  /** Whether the full period was observed (`null` without `endsOn`). */
  complete: boolean | null;
  /** The profile says the publicity is held once, in the village only (S001 §三(四)); `null` when silent. */
  onceInVillage: boolean | null;
  finding: Finding;
}

/**
 * 公示期: the first and last day of a village publicity starting on `startsOn`, in calendar days
 * (Longkou, Linzi: 5 days) or working days (Xiaozhongdian: 5 working days) as the profile says.
 * With `endsOn`, says whether the full period was observed.
 *
 * @example
 * computePublicityPeriod(getProfile('yunnan/xiaozhongdian/2021'), { startsOn: '2021-10-28' }).lastDay // '2021-11-03'
 * computePublicityPeriod(getProfile('shandong/longkou/2021'), { startsOn: '2021-10-28' }).lastDay // '2021-11-01'
 */
export function computePublicityPeriod(
  profile: Profile,
  facts: { startsOn?: CalendarDate | null; endsOn?: CalendarDate | null },
  options: ProcedureOptions = {},
): PublicityResult {
  const endsOn = facts.endsOn ?? null;
  const startsOn = facts.startsOn ?? null;
  if (!startsOn) {
    return {
      startsOn: null,
      firstDay: null,
      lastDay: null,
      limit: null,
      endsOn,
      observedDays: null,
      complete: null,
      onceInVillage: null,
      finding: finding(
        publicityRule.id,
        'undetermined',
        { zh: '缺少公示开始日期，无法计算公示期', en: 'the first day of the publicity is missing, so the period cannot be computed' },
        citesOf(publicityRule),
        { endsOn },
        ['startsOn'],
      ),
    };
  }
  const calendar = options.calendar ?? officialCalendar();
  const p = parameter(profile, 'publicityPeriod', startsOn);
  const limit = p.value;
  const { firstDay, lastDay } = applyTimeLimit(startsOn, limit, calendar);
  const once = optionalParameter(profile, 'publicityOnceInVillage', startsOn);
  const citations: Citation[] = [cite(p.citation)];
  if (once) citations.push(cite(once.citation));

  let observedDays: number | null = null;
  let complete: boolean | null = null;
  if (endsOn) {
    if (endsOn < firstDay) observedDays = 0;
    else observedDays = limit.unit === 'calendar' ? daysBetween(firstDay, endsOn) + 1 : workingDaysBetween(firstDay, endsOn, calendar) + 1;
    complete = endsOn >= lastDay;
  }
  const unit = UNIT_TEXT[limit.unit];
  let zh = `公示期${limit.days}${unit.zh}：自 ${firstDay} 至 ${lastDay}`;
  let en = `publicity period ${limit.days} ${unit.en}: ${firstDay} to ${lastDay}`;
  if (firstDay !== startsOn) {
    zh += `（${startsOn} 非工作日，自其后第一个工作日起算）`;
    en += ` (${startsOn} is not a working day; counted from the next working day)`;
  }
  if (complete === true) {
    zh += `；公示至 ${endsOn}，已满期`;
    en += `; posted until ${endsOn}: the full period was observed`;
  } else if (complete === false) {
    zh += `；公示至 ${endsOn} 即结束，仅 ${observedDays}${unit.zh}，不足${limit.days}${unit.zh}`;
    en += `; taken down on ${endsOn} after ${observedDays} ${unit.en}, short of ${limit.days}`;
  } else if (options.asOf) {
    if (options.asOf < firstDay) {
      zh += `；截至 ${options.asOf} 尚未开始`;
      en += `; as of ${options.asOf} it has not started`;
    } else if (options.asOf <= lastDay) {
      zh += `；截至 ${options.asOf} 公示中`;
      en += `; as of ${options.asOf} the list is on public notice`;
    } else {
      zh += `；截至 ${options.asOf} 公示期已满`;
      en += `; as of ${options.asOf} the period is over`;
    }
  }
  if (once?.value === true) {
    zh += '；公示原则上只在本村开展一次';
    en += '; the publicity is in principle held once, in the village only';
  }
  return {
    startsOn,
    firstDay,
    lastDay,
    limit: { days: limit.days, unit: limit.unit, countFrom: limit.countFrom },
    endsOn,
    observedDays,
    complete,
    onceInVillage: once ? once.value : null,
    finding: finding(publicityRule.id, complete === null ? 'info' : complete ? 'met' : 'not-met', { zh, en }, citations, {
      startsOn,
      firstDay,
      lastDay,
      days: limit.days,
      unit: limit.unit,
      countFrom: limit.countFrom,
      endsOn,
      observedDays,
      complete,
      onceInVillage: once ? once.value : null,
      asOf: options.asOf ?? null,
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Green channel
// ---------------------------------------------------------------------------------------------

/** The green channel answer. Plain JSON. */
export interface GreenChannelResult {
  /** `true`: help first, procedure after; `false`: the ordinary procedure; `null`: a fact is missing. */
  applies: boolean | null;
  finding: Finding;
}

/**
 * 绿色通道 (S003 §二(三)): whether a household is helped first and goes through the procedure
 * afterwards — a risk type the profile lists (Wuqingyuan: natural disaster, accident) and severe
 * hardship on record. The parameter is read at `options.asOf`, else at `discoveredOn`. A profile
 * without a green channel answers `false` and says so.
 *
 * @example
 * assessGreenChannel(household({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } }),
 *   getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-08' }).applies // true
 */
export function assessGreenChannel(h: Household, profile: Profile, options: Pick<ProcedureOptions, 'asOf'> = {}): GreenChannelResult {
  const rule = greenChannelRule;
  const on = options.asOf ?? h.discoveredOn;
  if (!on) {
    return {
      applies: null,
      finding: finding(
        rule.id,
        'undetermined',
        { zh: '未给出评估时点（asOf）或发现时间，无法确定适用的规定', en: 'neither an as-of date nor a discovery date is given, so the rule in force cannot be determined' },
        citesOf(rule).filter((c) => documentInForce(profile, c.doc)),
        {},
        ['discoveredOn'],
      ),
    };
  }
  const p: DatedValue<{ riskTypes: RiskType[] }> | undefined = optionalParameter(profile, 'greenChannel', on);
  if (!p) {
    const reason = profile.unset.greenChannel;
    return {
      applies: false,
      finding: finding(
        rule.id,
        'info',
        {
          zh: `配置 ${profile.id} 在 ${on} 未规定绿色通道，按一般程序办理${reason ? `（${reason.zh}）` : ''}`,
          en: `profile ${profile.id} provides no green channel on ${on}: the ordinary procedure applies${reason ? ` (${reason.en})` : ''}`,
        },
        // No clause of the profile's documents provides one: the reason is in the message.
        citesOf(rule).filter((c) => documentInForce(profile, c.doc)),
        { on },
      ),
    };
  }
  const listed = p.value.riskTypes;
  const citations = [cite(p.citation)];
  const listedZh = listed.map((r) => RISK_TYPES[r].zh).join('、');
  const listedEn = listed.map((r) => RISK_TYPES[r].en).join(', ');
  const risks = h.riskTypes;
  if (!risks || risks.length === 0) {
    return {
      applies: null,
      finding: finding(
        rule.id,
        'undetermined',
        { zh: `未记录风险类型（A27），无法判断是否属于${listedZh}`, en: `no risk type (A27) is recorded, so whether it is ${listedEn} cannot be told` },
        citations,
        { listed: listed, on },
        ['riskTypes'],
      ),
    };
  }
  const matched = risks.filter((r) => listed.includes(r));
  if (matched.length === 0) {
    return {
      applies: false,
      finding: finding(
        rule.id,
        'not-met',
        {
          zh: `风险类型（${risks.map((r) => RISK_TYPES[r].zh).join('、')}）不属于绿色通道的${listedZh}，按一般程序办理`,
          en: `the risk types (${risks.map((r) => RISK_TYPES[r].en).join(', ')}) are not among the green channel's (${listedEn}): the ordinary procedure applies`,
        },
        citations,
        { riskTypes: [...risks], listed: [...listed], on },
      ),
    };
  }
  const severe = h.hardship?.severeDifficulty;
  const matchedZh = matched.map((r) => RISK_TYPES[r].zh).join('、');
  const matchedEn = matched.map((r) => RISK_TYPES[r].en).join(', ');
  if (severe === undefined) {
    return {
      applies: null,
      finding: finding(
        rule.id,
        'undetermined',
        { zh: `风险类型为${matchedZh}，但未记录生活是否陷入严重困难`, en: `the risk is ${matchedEn}, but whether the household is in severe hardship is not recorded` },
        citations,
        { riskTypes: [...risks], listed: [...listed], on },
        ['hardship.severeDifficulty'],
      ),
    };
  }
  return {
    applies: severe,
    finding: finding(
      rule.id,
      severe ? 'met' : 'not-met',
      severe
        ? { zh: `${matchedZh}致生活陷入严重困难，事实清楚：开通绿色通道，先帮扶后履行程序`, en: `severe hardship from ${matchedEn} is on record: green channel — help first, procedure after` }
        : { zh: `风险类型为${matchedZh}，但未陷入严重困难：按一般程序办理`, en: `the risk is ${matchedEn} but there is no severe hardship: the ordinary procedure applies` },
      citations,
      { riskTypes: [...risks], listed: [...listed], severeDifficulty: severe, on },
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Campaign schedule
// ---------------------------------------------------------------------------------------------

/** A step of a campaign schedule, resolved. Plain JSON. */
export interface ScheduleStep {
  id: string;
  name: Text;
  kind: ScheduleStepValue['kind'];
  /** First day: the window's start, or for a deadline the day the schedule takes effect. */
  from: CalendarDate;
  /** Last day, inclusive (for a cutoff, the day the system closes at 24:00). */
  to: CalendarDate;
  /** The clause that sets the step, with its words. */
  citation: Citation & { quote: string };
  note?: string;
}

/** A profile's schedule. Plain JSON. */
export interface Schedule {
  profile: string;
  steps: ScheduleStep[];
  finding: Finding;
}

function stepsOf(v: DatedValue<{ steps: ScheduleStepValue[] }>): ScheduleStep[] {
  return v.value.steps.map((s) => {
    const out: ScheduleStep = {
      id: s.id,
      name: { zh: s.name.zh, en: s.name.en },
      kind: s.kind,
      from: s.from ?? v.from,
      to: s.to,
      citation: { doc: v.citation.doc, clause: s.clause, quote: s.quote },
    };
    if (s.note !== undefined) out.note = s.note;
    return out;
  });
}

/**
 * The campaign steps (进度安排) of a profile, in the document's order, each with its first and last day and
 * the clause that sets it. With `options.on`, only the schedule in force that day; without, every
 * schedule in the profile's history. A profile whose documents set no dates (Longkou) has no steps,
 * and the finding says why.
 *
 * @example
 * scheduleFor(getProfile('gansu/wuqingyuan/2023')).steps.map((s) => [s.id, s.from, s.to])
 * // [['mobilisation', '2023-10-27', '2023-10-28'], ['household-collection', '2023-10-28', '2023-11-05'], …]
 */
export function scheduleFor(profile: Profile, options: { on?: CalendarDate } = {}): Schedule {
  const history = (profile.parameters.procedureSchedule ?? []) as readonly DatedValue<{ steps: ScheduleStepValue[] }>[];
  const values = (options.on ? history.filter((v) => v.from <= options.on! && (v.to === undefined || options.on! <= v.to)) : [...history]).sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  const steps = values.flatMap(stepsOf); // campaigns by date, steps in the document's order
  if (steps.length === 0) {
    const reason = profile.unset.procedureSchedule;
    return {
      profile: profile.id,
      steps,
      finding: finding(
        scheduleRule.id,
        'info',
        {
          zh: `配置 ${profile.id}${options.on ? ` 在 ${options.on}` : ''} 没有进度安排${reason ? `：${reason.zh}` : ''}`,
          en: `profile ${profile.id} has no campaign schedule${options.on ? ` on ${options.on}` : ''}${reason ? `: ${reason.en}` : ''}`,
        },
        citesOf(scheduleRule),
        { on: options.on ?? null },
      ),
    };
  }
  const docs = [...new Set(values.map((v) => v.citation.doc))];
  return {
    profile: profile.id,
    steps,
    finding: finding(
      scheduleRule.id,
      'info',
      {
        zh: `配置 ${profile.id} 的进度安排共 ${steps.length} 步，自 ${steps[0]!.from} 至 ${steps[steps.length - 1]!.to}`,
        en: `profile ${profile.id} has ${steps.length} scheduled steps, from ${steps[0]!.from} to ${steps[steps.length - 1]!.to}`,
      },
      values.map((v) => cite(v.citation)),
      { steps: steps.map((s) => s.id), documents: docs, on: options.on ?? null },
    ),
  };
}

/** Where one scheduled step stands as of a date. Plain JSON. */
export interface StepStatusResult {
  step: ScheduleStep;
  asOf: CalendarDate;
  doneOn: CalendarDate | null;
  status: StepStatus;
  /** Calendar days from `asOf` to the last day (negative when it has passed). */
  daysLeft: number;
  /** Working days after `asOf` up to the last day (negative when passed); `null` outside the holiday calendar. */
  workingDaysLeft: number | null;
  finding: Finding;
}

/**
 * Where a scheduled step stands on `asOf`: `upcoming`, `due` (with days left), `overdue`, or, with
 * `doneOn`, `done` / `done-late`. `step` is a step (from {@link scheduleFor}) or a step id; an id
 * is looked up in the schedule in force on `asOf`, else the latest one that started before it.
 * Throws a `RangeError` listing the known ids for an unknown one.
 *
 * @example
 * deadlineStatus(getProfile('shandong/linzi/2023'), 'data-entry', '2023-12-01')
 * // { status: 'due', daysLeft: 7, … } (信息录入 12月8日前)
 */
export function deadlineStatus(
  profile: Profile,
  step: string | ScheduleStep,
  asOf: CalendarDate,
  options: { doneOn?: CalendarDate; calendar?: WorkingCalendar } = {},
): StepStatusResult {
  const s = typeof step === 'string' ? findStep(profile, step, asOf) : step;
  const status = statusOf(s.from, s.to, asOf, options.doneOn)!;
  const daysLeft = daysBetween(asOf, s.to);
  const calendar = options.calendar ?? officialCalendar();
  const workingDaysLeft = isCovered(asOf, calendar) && isCovered(s.to, calendar) ? workingDaysBetween(asOf, s.to, calendar) : null;
  const closes = s.kind === 'cutoff';
  const name = s.name;
  let message: Text;
  switch (status) {
    case 'upcoming':
      message = { zh: `${name.zh}：${s.from} 开始，截至 ${asOf} 未开始`, en: `${name.en}: starts ${s.from}; not started as of ${asOf}` };
      break;
    case 'due':
      message = closes
        ? { zh: `${name.zh}：${s.to} 24时关闭，尚余 ${daysLeft} 天`, en: `${name.en}: closes at 24:00 on ${s.to}, ${daysLeft} days left` }
        : { zh: `${name.zh}：${s.to} 前完成，尚余 ${daysLeft} 天`, en: `${name.en}: due by ${s.to}, ${daysLeft} days left` };
      break;
    case 'overdue':
      message = closes
        ? { zh: `${name.zh}：已于 ${s.to} 24时关闭`, en: `${name.en}: closed at 24:00 on ${s.to}` }
        : { zh: `${name.zh}：应于 ${s.to} 前完成，截至 ${asOf} 未记录完成，已逾期 ${-daysLeft} 天`, en: `${name.en}: was due by ${s.to}; not recorded as done as of ${asOf}, ${-daysLeft} days overdue` };
      break;
    case 'done':
      message = { zh: `${name.zh}：${options.doneOn} 完成，按时（期限 ${s.to}）`, en: `${name.en}: done on ${options.doneOn}, on time (due by ${s.to})` };
      break;
    case 'done-late':
      message = {
        zh: `${name.zh}：${options.doneOn} 完成，超过期限 ${s.to} ${daysBetween(s.to, options.doneOn!)} 天`,
        en: `${name.en}: done on ${options.doneOn}, ${daysBetween(s.to, options.doneOn!)} days after ${s.to}`,
      };
      break;
  }
  return {
    step: s,
    asOf,
    doneOn: options.doneOn ?? null,
    status,
    daysLeft,
    workingDaysLeft,
    finding: finding(scheduleRule.id, outcomeOf(status), message, [cite(s.citation)], {
      step: s.id,
      from: s.from,
      to: s.to,
      kind: s.kind,
      asOf,
      doneOn: options.doneOn ?? null,
      status,
      statusText: STATUS_TEXT[status].zh,
      daysLeft,
      workingDaysLeft,
    }),
  };
}

function findStep(profile: Profile, id: string, asOf: CalendarDate): ScheduleStep {
  const history = (profile.parameters.procedureSchedule ?? []) as readonly DatedValue<{ steps: ScheduleStepValue[] }>[];
  const withStep = history.filter((v) => v.value.steps.some((s) => s.id === id));
  if (withStep.length === 0) {
    const known = [...new Set(history.flatMap((v) => v.value.steps.map((s) => s.id)))];
    throw new RangeError(
      `profile "${profile.id}" has no scheduled step "${id}"; its steps: ${known.length > 0 ? known.join(', ') : '(none)'}` +
        `（配置 "${profile.id}" 的进度安排中没有步骤 "${id}"）`,
    );
  }
  const inForce = withStep.find((v) => v.from <= asOf && (v.to === undefined || asOf <= v.to));
  const started = withStep.filter((v) => v.from <= asOf).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  const chosen = inForce ?? started ?? withStep[0]!;
  return stepsOf(chosen).find((s) => s.id === id)!;
}
