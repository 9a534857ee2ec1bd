/**
 * 时限 — the deadlines of one household: home verification, identification and the assistance plan,
 * each one rule under its clause.
 *
 * > 龙扶贫组字〔2021〕1号 §四(一): 入户核实。镇街区扶贫部门组织人员5个工作日内开展入户调查，采集、核实相关信息。
 * >
 * > 榕晋乡振〔2023〕12号 §三(四): 认定时间一般不超过15天，制定帮扶计划不超过 10 天。
 *
 * A deadline is a pure date function: `(profile, dates) → deadline + finding`. A limit "within N days
 * of X" counts from the day after X (the profile says so: `countFrom`); working days follow the
 * official holiday calendar. A deadline whose start is missing, or that counts working days past the
 * holiday calendar held, is undetermined with the reason — each on its own.
 *
 * @module
 */
import { daysBetween, type CalendarDate } from '../../model/calendar-date.js';
import type { Household } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import { fieldLabel } from '../../model/field-labels.js';
import type { Citation, Finding } from '../../explain/finding.js';
import { optionalParameter, parameter } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { TimeLimit } from '../../profile/parameters/procedure.js';
import type { WorkingCalendar } from '../../calendar/working-days.js';
import { CalendarCoverageError } from '../../calendar/errors.js';
import { clauseRule, type ClauseRule, type Tested, type Explained } from '../../kernel/clause.js';
import type { RuleDefinition } from '../../kernel/rule.js';
import { run } from './run.js';
import { applyTimeLimit, cite, copyLimit, describeLimit, statusOf, stepOutcome, type ProcedureOptions, type StepStatus } from './time-limit.js';

const S001 = '榕晋乡振〔2023〕12号';
const S004 = '龙扶贫组字〔2021〕1号';

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

/** What a time-limit rule reads: the profile, the day the limit starts from, the day the step was done, and the options. */
export interface DeadlineContext {
  readonly profile: Profile;
  readonly startsOn: CalendarDate | null;
  readonly doneOn: CalendarDate | undefined;
  readonly asOf: CalendarDate | undefined;
  readonly calendar: WorkingCalendar | undefined;
}

/** What the test of a time limit found. */
export type DeadlineData =
  /** The start date is missing. */
  | { readonly kind: 'no-start' }
  /** Working days past the holiday calendar held: no deadline. */
  | { readonly kind: 'outside-calendar'; readonly limit: TimeLimit; readonly citation: Citation; readonly error: CalendarCoverageError }
  /** The deadline, and where the step stands. */
  | { readonly kind: 'counted'; readonly limit: TimeLimit; readonly citation: Citation; readonly firstDay: CalendarDate; readonly lastDay: CalendarDate; readonly status: StepStatus | null };

/** How a time limit reads in a message: the step, the fact it starts from, the fact that says it is done. */
interface TimeLimitSpec {
  key: 'homeVerificationTimeLimit' | 'identificationTimeLimit' | 'assistancePlanTimeLimit';
  step: Text;
  /** The fact the limit starts from: its field path (named in `missing`) and its name. */
  start: { path: string; label: Text };
  /** The name of the day the step was done. */
  done: Text;
}

const NO_START: DeadlineData = Object.freeze({ kind: 'no-start' });

/** The test of a time limit: the deadline from the start date, and where the step stands. */
function testTimeLimit(spec: TimeLimitSpec): (c: DeadlineContext) => Tested<DeadlineData> {
  const noStart: Tested<DeadlineData> = Object.freeze({ outcome: 'undetermined', missing: Object.freeze([spec.start.path]), data: NO_START });
  return (c) => {
    if (!c.startsOn) return noStart;
    const p = parameter(c.profile, spec.key, c.startsOn);
    const limit = p.value;
    let days: { firstDay: CalendarDate; lastDay: CalendarDate };
    try {
      days = applyTimeLimit(c.startsOn, limit, c.calendar);
    } catch (error) {
      if (!(error instanceof CalendarCoverageError)) throw error;
      // Past the holiday calendar held: this deadline is undetermined, with the reason; the others are not affected.
      return { outcome: 'undetermined', data: { kind: 'outside-calendar', limit, citation: p.citation, error } };
    }
    const status = statusOf(c.startsOn, days.lastDay, c.asOf, c.doneOn);
    return { outcome: stepOutcome(status), data: { kind: 'counted', limit, citation: p.citation, firstDay: days.firstDay, lastDay: days.lastDay, status } };
  };
}

/** The explanation of a time limit: the deadline, and on time, late, overdue or days left. */
function explainTimeLimit(spec: TimeLimitSpec): ClauseRule<DeadlineContext, DeadlineData>['explain'] {
  const { step, done } = spec;
  const start = spec.start.label;
  // The words of a missing start name only the step: written once (each finding gets its own message object).
  const noStart: Text = { zh: `缺少${start.zh}，无法计算${step.zh}的期限`, en: `the ${start.en} is missing, so the deadline for the ${step.en} cannot be computed` };
  return (c, t): Explained => {
    const d = t.data;
    const asOf = c.asOf ?? null;
    const doneOn = c.doneOn ?? null;
    if (d.kind === 'no-start') return { message: { zh: noStart.zh, en: noStart.en }, values: { asOf, doneOn } };
    const lim = describeLimit(d.limit);
    const startsOn = c.startsOn!;
    if (d.kind === 'outside-calendar') {
      const years = d.error.coveredYears;
      const span = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : '';
      const year = d.error.date.slice(0, 4);
      return {
        message: {
          zh: `${step.zh}时限为${lim.zh}，自${start.zh} ${startsOn} 起计算到 ${d.error.date}，超出已收录的国务院办公厅节假日安排（${span} 年）：无法确定工作日，期限待定。请补充 ${year} 年部分节假日安排的通知（命令行 --holidays，或 holidays 选项）`,
          en: `the ${step.en} time limit is ${lim.en}: counting from ${startsOn} (${start.en}) reaches ${d.error.date}, past the State Council holiday notices held (${span}), so the working days — and the deadline — cannot be determined. Add the notice on ${year}'s holidays (--holidays on the command line, or the holidays option)`,
        },
        values: { startsOn, days: d.limit.days, unit: d.limit.unit, countFrom: d.limit.countFrom, outsideCalendar: d.error.date, coveredYears: years.map(String), doneOn, asOf },
        citations: [cite(d.citation)],
      };
    }
    const { lastDay, status } = d;
    const head = {
      zh: `${step.zh}时限为${lim.zh}：自${start.zh} ${startsOn} 起，最后期限为 ${lastDay}`,
      en: `the ${step.en} time limit is ${lim.en}: from ${startsOn} (${start.en}), the last day is ${lastDay}`,
    };
    let tail: Text;
    if (status === 'done') tail = { zh: `；${done.zh} ${doneOn}，按时`, en: `; ${done.en}: ${doneOn}, on time` };
    else if (status === 'done-late') {
      const late = daysBetween(lastDay, doneOn!);
      tail = { zh: `；${done.zh} ${doneOn}，超过期限 ${late} 天`, en: `; ${done.en}: ${doneOn}, ${late} days late` };
    } else if (status === 'overdue') {
      const over = daysBetween(lastDay, asOf!);
      tail = { zh: `；截至 ${asOf} 未记录${done.zh}，已逾期 ${over} 天`, en: `; as of ${asOf} no ${done.en} is recorded: ${over} days overdue` };
    } else if (status === 'due' || status === 'upcoming') {
      const left = daysBetween(asOf!, lastDay);
      tail = { zh: `；截至 ${asOf} 尚余 ${left} 天`, en: `; as of ${asOf}, ${left} days left` };
    } else tail = { zh: '', en: '' };
    return {
      message: { zh: head.zh + tail.zh, en: head.en + tail.en },
      values: { startsOn, firstDay: d.firstDay, lastDay, days: d.limit.days, unit: d.limit.unit, countFrom: d.limit.countFrom, doneOn, asOf, status },
      citations: [cite(d.citation)],
    };
  };
}

/** A time-limit rule: its header, and the shared test and explanation read through `spec`. */
function timeLimitRule(header: RuleDefinition, spec: TimeLimitSpec): ClauseRule<DeadlineContext, DeadlineData> {
  return clauseRule<DeadlineContext, DeadlineData>({ ...header, test: testTimeLimit(spec), explain: explainTimeLimit(spec) });
}

const DISCOVERED = { path: 'discoveredOn', label: fieldLabel('discoveredOn') };
const IDENTIFIED = { path: 'monitoring.identifiedOn', label: fieldLabel('monitoring.identifiedOn') };

/** S004 §四(一) 入户核实 — the home survey within 5 working days of discovery (Longkou). */
export const homeVerificationRule = timeLimitRule(
  {
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
  },
  { key: 'homeVerificationTimeLimit', step: { zh: '入户核实', en: 'home verification' }, start: DISCOVERED, done: { zh: '入户核实时间', en: 'home verification date' } },
);

/** S001 §三(四) 认定时间一般不超过15天 — identification within 15 days of discovery (Jin'an). */
export const identificationDeadlineRule = timeLimitRule(
  {
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
  },
  { key: 'identificationTimeLimit', step: { zh: '认定', en: 'identification' }, start: DISCOVERED, done: IDENTIFIED.label },
);

/** S001 §三(四) 制定帮扶计划不超过 10 天 — the assistance plan within 10 days of identification (Jin'an). */
export const assistancePlanDeadlineRule = timeLimitRule(
  {
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
  },
  { key: 'assistancePlanTimeLimit', step: { zh: '制定帮扶计划', en: 'assistance plan' }, start: IDENTIFIED, done: { zh: '帮扶计划制定时间', en: 'date the plan was made' } },
);

/** A deadline result from a time-limit rule. */
function deadline(rule: ClauseRule<DeadlineContext, DeadlineData>, profile: Profile, startsOn: CalendarDate | null | undefined, doneOn: CalendarDate | null | undefined, options: ProcedureOptions): DeadlineResult {
  const ctx: DeadlineContext = { profile, startsOn: startsOn || null, doneOn: doneOn ?? undefined, asOf: options.asOf, calendar: options.calendar };
  const { tested, finding } = run(rule, ctx);
  const d = tested.data;
  const done = ctx.doneOn ?? null;
  if (d.kind === 'no-start') return { rule: rule.id, startsOn: null, firstDay: null, lastDay: null, limit: null, doneOn: done, status: null, finding };
  if (d.kind === 'outside-calendar') return { rule: rule.id, startsOn: ctx.startsOn, firstDay: null, lastDay: null, limit: copyLimit(d.limit), doneOn: done, status: null, finding };
  return { rule: rule.id, startsOn: ctx.startsOn, firstDay: d.firstDay, lastDay: d.lastDay, limit: copyLimit(d.limit), doneOn: done, status: d.status, finding };
}

/**
 * 入户核实 (S004 §四(一)): the last day for the home survey of a household discovered on
 * `discoveredOn` — 5 working days in Longkou, the day of discovery not counted. Throws
 * `MissingParameterError` for a profile without this time limit; working days past the holiday
 * calendar held leave it undetermined, with the reason.
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
  return deadline(homeVerificationRule, profile, facts.discoveredOn, facts.verifiedOn, options);
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
  return deadline(identificationDeadlineRule, profile, facts.discoveredOn, facts.identifiedOn, options);
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
  return deadline(assistancePlanDeadlineRule, profile, facts.identifiedOn, facts.planMadeOn, options);
}

/** Whether the profile sets a time limit: in force on its start date, or ever when the start date is missing. */
function setsLimit(profile: Profile, key: ParameterKey, start: CalendarDate | undefined): boolean {
  return start ? optionalParameter(profile, key, start) !== undefined : (profile.parameters[key]?.length ?? 0) > 0;
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
  if (setsLimit(profile, 'homeVerificationTimeLimit', h.discoveredOn)) out.push(homeVerificationDeadline(profile, { discoveredOn: h.discoveredOn }, options));
  if (setsLimit(profile, 'identificationTimeLimit', h.discoveredOn)) out.push(identificationDeadline(profile, { discoveredOn: h.discoveredOn, identifiedOn }, options));
  if (setsLimit(profile, 'assistancePlanTimeLimit', identifiedOn)) out.push(assistancePlanDeadline(profile, { identifiedOn }, options));
  return out;
}
