/**
 * The assessment context (评估时点): the date an assessment is made as of, the income period it
 * implies, and the date parameters are read at. Resolved once per household and shared by every
 * rule.
 *
 * - Annual period (S000 §四; S002 §五(一)): the 12 months ending on the latest period end (09-30) on
 *   or before the as-of date; parameters are read at the period end (the status date).
 * - Rolling period (S004 §二(二)): the 12 whole months before the month of discovery; the discovery
 *   date is the household's `discoveredOn`, else the as-of date; parameters are read at the
 *   discovery date.
 *
 * @module
 */
import { addDays, addMonths, daysInMonth, endOfMonth, formatDate, parseDate, startOfMonth, type CalendarDate } from '../model/calendar-date.js';
import type { Household } from '../model/household.js';
import { finding, type Finding } from '../explain/finding.js';
import { optionalParameter } from '../profile/lookup.js';
import type { DatedValue } from '../profile/parameter.js';
import type { ParameterValue, Profile } from '../profile/schema.js';
import type { Text } from '../model/labels.js';
import { citeInForce } from '../kernel/in-force.js';
import { defineRule, citesOf } from '../kernel/rule.js';
import { checkAssessmentOptions, type AssessmentOptions } from '../kernel/options.js';
import type { HolidayNotice } from '../calendar/notices.js';

export type { AssessmentOptions } from '../kernel/options.js';

/** The income period (收入计算周期). */
export interface IncomePeriod {
  from: CalendarDate;
  to: CalendarDate;
  kind: 'annual' | 'rolling-before-discovery';
}

/** What every rule of one assessment shares. */
export interface AssessmentContext {
  asOf: CalendarDate | null;
  period: IncomePeriod | null;
  /** The date parameters are read at; `null` when it cannot be known. */
  parameterDate: CalendarDate | null;
  /** The finding that explains the period (or why it is unknown). */
  periodFinding: Finding;
}

export const periodRule = defineRule({
  id: 'income.period',
  layer: 'income',
  title: { zh: '收入计算周期', en: 'income period' },
  citations: [
    {
      doc: '临稷办发〔2023〕76号',
      clause: '四',
      quote: '帮扶对象家庭收入、务工时长、成员自然变化等计算周期为2022年10月1日至2023年9月30日，健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。',
    },
    { doc: '龙扶贫组字〔2021〕1号', clause: '二(二)', quote: '计算周期为农户发现月份的上年度本月到本年度上月。' },
  ],
  description: {
    zh: '由评估时点和配置的收入周期确定计算周期：年度周期取评估时点当日或之前最近一个周期末（9月30日）往前12个月；滚动周期取发现月份之前的12个整月。参数按周期末（年度）或发现日（滚动）取值。',
    en: 'Derives the income period from the as-of date and the profile: an annual period is the 12 months ending on the latest period end (30 September) on or before the as-of date; a rolling period is the 12 whole months before the month of discovery. Parameters are read at the period end (annual) or the discovery date (rolling).',
  },
  parameters: ['incomePeriod'],
  facts: ['discoveredOn'],
});

function annualEndOnOrBefore(asOf: CalendarDate, endMonth: number, endDay: number): CalendarDate {
  const p = parseDate(asOf)!;
  const dayThisYear = Math.min(endDay, daysInMonth(p.year, endMonth));
  const thisYear = formatDate(p.year, endMonth, dayThisYear);
  if (thisYear <= asOf) return thisYear;
  return formatDate(p.year - 1, endMonth, Math.min(endDay, daysInMonth(p.year - 1, endMonth)));
}

/**
 * An assessment context as decided, before it is explained: what every layer of one assessment
 * shares (internal; {@link resolveContext} adds the finding).
 */
export interface DecidedContext {
  asOf: CalendarDate | null;
  period: IncomePeriod | null;
  parameterDate: CalendarDate | null;
  /**
   * When the period is unknown for want of a date: the date that is missing (`asOf` or
   * `discoveredOn`); empty when a date was given but the profile has no period for it (a gap in
   * the profile, which a rule that needs a parameter date reports by throwing).
   */
  missing: string[];
  /** The date the income period was looked up at (the as-of date, else the discovery date). */
  probe: CalendarDate | null;
  /** The period's parameter value; `undefined` when there is none. */
  spec: DatedValue<ParameterValue<'incomePeriod'>> | undefined;
  /** The discovery date on record (the rolling period starts from it, else from the as-of date). */
  discoveredOn: CalendarDate | undefined;
}

/**
 * Decides the as-of date, the income period and the parameter date, without building the finding.
 * `discoveredOn` is the household's discovery date (`undefined` when it has none, or when the caller
 * assesses as of the as-of date alone, as the elimination review does).
 *
 * @example
 * decideContext(undefined, getProfile('shandong/linzi/2023'), {}).period
 * // { from: '2022-10-01', to: '2023-09-30', kind: 'annual' }
 */
export function decideContext(discoveredOn: CalendarDate | undefined, profile: Profile, options: AssessmentOptions): DecidedContext {
  const asOf = options.asOf ?? profile.defaultAsOf?.value ?? null;
  const probe = asOf ?? discoveredOn ?? null;
  const spec = probe ? optionalParameter(profile, 'incomePeriod', probe) : undefined;
  if (!spec) {
    // Without any date, name the fact the profile's period needs: a rolling period starts from the
    // discovery date, an annual one from the as-of date.
    let missing: string[] = [];
    if (!probe) {
      const history = profile.parameters.incomePeriod ?? [];
      let rollingOnly = history.length > 0;
      for (let i = 0; i < history.length; i++) if (history[i]!.value.kind !== 'rolling-before-discovery') rollingOnly = false;
      missing = [rollingOnly ? 'discoveredOn' : 'asOf'];
    }
    return { asOf, period: null, parameterDate: null, missing, probe, spec, discoveredOn };
  }
  const v = spec.value;
  if (v.kind === 'annual') {
    const to = annualEndOnOrBefore(probe!, v.endMonth, v.endDay);
    const from = addDays(addMonths(to, -12), 1);
    return { asOf, period: { from, to, kind: 'annual' }, parameterDate: to, missing: [], probe, spec, discoveredOn };
  }
  // A probe date exists, so one of the two does.
  const discovery = (discoveredOn ?? asOf)!;
  const monthStart = startOfMonth(discovery);
  const from = addMonths(monthStart, -v.months);
  const to = endOfMonth(addMonths(monthStart, -1));
  return { asOf, period: { from, to, kind: 'rolling-before-discovery' }, parameterDate: discovery, missing: [], probe, spec, discoveredOn };
}

/**
 * The finding that explains a decided context: the period and where it comes from, or why it is
 * unknown. A fresh object each call (results are mutable JSON).
 *
 * @example
 * explainContext(decideContext(undefined, getProfile('shandong/linzi/2023'), {}), getProfile('shandong/linzi/2023')).outcome // 'info'
 */
export function explainContext(c: DecidedContext, profile: Profile): Finding {
  const { asOf, probe, spec, period } = c;
  if (!spec || !period) {
    const missing = c.missing;
    return finding(
      periodRule.id,
      'undetermined',
      probe
        ? { zh: `配置 ${profile.id} 在 ${probe} 没有收入计算周期`, en: `profile ${profile.id} defines no income period on ${probe}` }
        : missing[0] === 'discoveredOn'
          ? { zh: '滚动收入周期需要发现时间（discoveredOn）或评估时点（asOf），二者均未给出', en: 'a rolling income period needs the discovery date (discoveredOn) or an as-of date; neither was given' }
          : { zh: '未给出评估时点（asOf），配置也未规定默认时点，无法确定收入计算周期', en: 'no as-of date was given and the profile has no default, so the income period cannot be determined' },
      citeInForce(profile, citesOf(periodRule), { zh: '', en: '' }).citations,
      { asOf },
      missing,
    );
  }
  const { from, to } = period;
  // The period's own clause, or — where the profile inherits another place's — said to be borrowed.
  const cited = (message: Text) => citeInForce(profile, [{ doc: spec.citation.doc, clause: spec.citation.clause }], message);
  if (period.kind === 'annual') {
    const annual = cited({ zh: `收入计算周期为 ${from} 至 ${to}（年度周期），状态类指标取 ${to}`, en: `income period ${from} to ${to} (annual); status fields as at ${to}` });
    return finding(periodRule.id, 'info', annual.message, annual.citations, { asOf, from, to, kind: 'annual' });
  }
  const v = spec.value as { kind: 'rolling-before-discovery'; months: number };
  const discovery = c.parameterDate!;
  const assumed = c.discoveredOn === undefined;
  const rolling = cited({
    zh: `收入计算周期为 ${from} 至 ${to}（发现月份 ${discovery.slice(0, 7)} 的上年度本月到本年度上月）${assumed ? '；未记录发现时间，以评估时点作为发现时间' : ''}`,
    en: `income period ${from} to ${to} (the ${v.months} months before the month of discovery, ${discovery.slice(0, 7)})${assumed ? '; no discovery date on record, the as-of date is taken as the discovery date' : ''}`,
  });
  return finding(periodRule.id, 'info', rolling.message, rolling.citations, { asOf, discoveredOn: discovery, discoveryAssumed: assumed, from, to, kind: 'rolling-before-discovery' });
}

/**
 * Resolves the as-of date, the income period and the parameter date of one assessment.
 *
 * @example
 * resolveContext(h, getProfile('shandong/linzi/2023')).period
 * // { from: '2022-10-01', to: '2023-09-30', kind: 'annual' }
 */
export function resolveContext(h: Household, profile: Profile, options: AssessmentOptions = {}): AssessmentContext {
  checkAssessmentOptions(options);
  const c = decideContext(h.discoveredOn, profile, options);
  return { asOf: c.asOf, period: c.period, parameterDate: c.parameterDate, periodFinding: explainContext(c, profile) };
}
