/**
 * 进度安排 — each document's campaign schedule, and where a step of it stands, one rule under its
 * clauses.
 *
 * > 临稷办发〔2023〕76号 §二(三): 12月8日前完成信息录入，开展数据清洗；12月31日24时，国家将统一关闭巩固脱贫攻坚成果数据录入功能。
 * >
 * > 榕晋乡振〔2023〕12号 §二(三): 省里将于12月15日24时对系统数据进行阶段性封库开展监测调度
 * >
 * > 小甸巩固振兴组办〔2021〕1号 §四(三): 镇、村需在11月25日前完成全部数据录入和系统操作工作。
 * >
 * > 党委发〔2023〕70号 §二(三): 数据录入（2023年11月6日至11月14日）。
 *
 * The steps and their dates are the profile's `procedureSchedule`, each step quoting its clause.
 * "X月X日前" includes day X; a system closed "24时" on a day is open through that day. The rule
 * answers two questions of one schedule: which steps it has ({@link scheduleFor}) and where one step
 * stands on a date ({@link deadlineStatus}).
 *
 * @module
 */
import { daysBetween, type CalendarDate } from '../../model/calendar-date.js';
import type { Text } from '../../model/labels.js';
import type { Citation, Finding } from '../../explain/finding.js';
import type { Profile } from '../../profile/schema.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { ScheduleStepValue } from '../../profile/parameters/procedure.js';
import { isCovered, officialCalendar, workingDaysBetween, type WorkingCalendar } from '../../calendar/working-days.js';
import { clauseRule, type Explained } from '../../kernel/clause.js';
import { run } from './run.js';
import { cite, statusOf, STATUS_TEXT, stepOutcome, type StepStatus } from './time-limit.js';

const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S003 = '党委发〔2023〕70号';

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

type ScheduleValue = DatedValue<{ steps: ScheduleStepValue[] }>;

/** What the schedule rule reads: the profile's schedule (in force `on` a day, or its whole history), or one step as of a date. */
export type ScheduleContext =
  | { readonly profile: Profile; readonly on: CalendarDate | undefined }
  | { readonly profile: Profile; readonly step: ScheduleStep; readonly asOf: CalendarDate; readonly doneOn: CalendarDate | undefined; readonly calendar: WorkingCalendar };

/** What the test of the schedule rule found. */
export type ScheduleData =
  /** The schedule: its dated values (campaigns by date) and their steps in the document's order. */
  | { readonly kind: 'schedule'; readonly on: CalendarDate | null; readonly values: readonly ScheduleValue[]; readonly steps: ScheduleStep[] }
  /** Where one step stands. */
  | {
      readonly kind: 'step';
      readonly step: ScheduleStep;
      readonly asOf: CalendarDate;
      readonly doneOn: CalendarDate | undefined;
      readonly status: StepStatus;
      /** Calendar days from `asOf` to the last day (negative when it has passed). */
      readonly daysLeft: number;
      /** Working days after `asOf` up to the last day (negative when passed); `null` outside the holiday calendar. */
      readonly workingDaysLeft: number | null;
    };

const historyOf = (profile: Profile) => (profile.parameters.procedureSchedule ?? []) as readonly ScheduleValue[];
const inForceOn = (v: ScheduleValue, on: CalendarDate) => v.from <= on && (v.to === undefined || on <= v.to);

function stepsOf(v: ScheduleValue): ScheduleStep[] {
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

/** How a step stands, in words. */
function stepMessage(s: ScheduleStep, asOf: CalendarDate, doneOn: CalendarDate | undefined, status: StepStatus, daysLeft: number): Text {
  const name = s.name;
  const closes = s.kind === 'cutoff';
  switch (status) {
    case 'upcoming':
      return { zh: `${name.zh}：${s.from} 开始，截至 ${asOf} 未开始`, en: `${name.en}: starts ${s.from}; not started as of ${asOf}` };
    case 'due':
      return closes
        ? { zh: `${name.zh}：${s.to} 24时关闭，尚余 ${daysLeft} 天`, en: `${name.en}: closes at 24:00 on ${s.to}, ${daysLeft} days left` }
        : { zh: `${name.zh}：${s.to} 前完成，尚余 ${daysLeft} 天`, en: `${name.en}: due by ${s.to}, ${daysLeft} days left` };
    case 'overdue':
      return closes
        ? { zh: `${name.zh}：已于 ${s.to} 24时关闭`, en: `${name.en}: closed at 24:00 on ${s.to}` }
        : { zh: `${name.zh}：应于 ${s.to} 前完成，截至 ${asOf} 未记录完成，已逾期 ${-daysLeft} 天`, en: `${name.en}: was due by ${s.to}; not recorded as done as of ${asOf}, ${-daysLeft} days overdue` };
    case 'done':
      return { zh: `${name.zh}：${doneOn} 完成，按时（期限 ${s.to}）`, en: `${name.en}: done on ${doneOn}, on time (due by ${s.to})` };
    case 'done-late':
      return {
        zh: `${name.zh}：${doneOn} 完成，超过期限 ${s.to} ${daysBetween(s.to, doneOn!)} 天`,
        en: `${name.en}: done on ${doneOn}, ${daysBetween(s.to, doneOn!)} days after ${s.to}`,
      };
  }
}

/** 进度安排 (S000 §二(三), S001 §二(三), S002 §四(三), S003 §二(三)) — the campaign steps, and where a step stands on a date. */
export const scheduleRule = clauseRule<ScheduleContext, ScheduleData>({
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
  test: (c) => {
    if ('step' in c) {
      const { step: s, asOf, doneOn, calendar } = c;
      const status = statusOf(s.from, s.to, asOf, doneOn)!;
      const workingDaysLeft = isCovered(asOf, calendar) && isCovered(s.to, calendar) ? workingDaysBetween(asOf, s.to, calendar) : null;
      return { outcome: stepOutcome(status), data: { kind: 'step', step: s, asOf, doneOn, status, daysLeft: daysBetween(asOf, s.to), workingDaysLeft } };
    }
    const { on } = c;
    const history = historyOf(c.profile);
    const values = (on ? history.filter((v) => inForceOn(v, on)) : [...history]).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const steps = values.flatMap(stepsOf); // campaigns by date, steps in the document's order
    return { outcome: 'info', data: { kind: 'schedule', on: on ?? null, values, steps } };
  },
  explain: ({ profile }, t): Explained => {
    const d = t.data;
    if (d.kind === 'step') {
      const { step: s, asOf, doneOn, status, daysLeft, workingDaysLeft } = d;
      return {
        message: stepMessage(s, asOf, doneOn, status, daysLeft),
        values: { step: s.id, from: s.from, to: s.to, kind: s.kind, asOf, doneOn: doneOn ?? null, status, statusText: STATUS_TEXT[status].zh, daysLeft, workingDaysLeft },
        citations: [cite(s.citation)],
      };
    }
    const { on, values, steps } = d;
    if (steps.length === 0) {
      const reason = profile.unset.procedureSchedule;
      return {
        message: {
          zh: `配置 ${profile.id}${on ? ` 在 ${on}` : ''} 没有进度安排${reason ? `：${reason.zh}` : ''}`,
          en: `profile ${profile.id} has no campaign schedule${on ? ` on ${on}` : ''}${reason ? `: ${reason.en}` : ''}`,
        },
        values: { on },
      };
    }
    return {
      message: {
        zh: `配置 ${profile.id} 的进度安排共 ${steps.length} 步，自 ${steps[0]!.from} 至 ${steps[steps.length - 1]!.to}`,
        en: `profile ${profile.id} has ${steps.length} scheduled steps, from ${steps[0]!.from} to ${steps[steps.length - 1]!.to}`,
      },
      values: { steps: steps.map((s) => s.id), documents: [...new Set(values.map((v) => v.citation.doc))], on },
      citations: values.map((v) => cite(v.citation)),
    };
  },
});

/** A profile's schedule. Plain JSON. */
export interface Schedule {
  profile: string;
  steps: ScheduleStep[];
  finding: Finding;
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
  const { tested, finding } = run(scheduleRule, { profile, on: options.on });
  return { profile: profile.id, steps: tested.data.kind === 'schedule' ? tested.data.steps : [], finding };
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
  const { tested, finding } = run(scheduleRule, { profile, step: s, asOf, doneOn: options.doneOn, calendar: options.calendar ?? officialCalendar() });
  const d = tested.data;
  if (d.kind !== 'step') throw new Error('unreachable: a step was tested');
  return { step: s, asOf, doneOn: options.doneOn ?? null, status: d.status, daysLeft: d.daysLeft, workingDaysLeft: d.workingDaysLeft, finding };
}

/** The step `id` in the schedule in force on `asOf`, else the latest that started before it, else the first that has it. */
function findStep(profile: Profile, id: string, asOf: CalendarDate): ScheduleStep {
  const history = historyOf(profile);
  const withStep = history.filter((v) => v.value.steps.some((s) => s.id === id));
  if (withStep.length === 0) {
    const known = [...new Set(history.flatMap((v) => v.value.steps.map((s) => s.id)))];
    throw new RangeError(
      `profile "${profile.id}" has no scheduled step "${id}"; its steps: ${known.length > 0 ? known.join(', ') : '(none)'}` +
        `（配置 "${profile.id}" 的进度安排中没有步骤 "${id}"）`,
    );
  }
  const inForce = withStep.find((v) => inForceOn(v, asOf));
  const started = withStep.filter((v) => v.from <= asOf).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  const chosen = inForce ?? started ?? withStep[0]!;
  return stepsOf(chosen).find((s) => s.id === id)!;
}
