/**
 * A monitoring line supplied by the user (使用者补充的监测线): the shortest fix when a profile states
 * no line (监测范围) for the year an assessment is made in — no public document found states it, or
 * the document of the profile does not.
 *
 * {@link withMonitoringLine} derives a profile that extends the given one with the line, dated where
 * the rules read it and cited to the source the user names, which is registered as a document of
 * kind `supplied` (unverified). {@link suppliedLinesOf} reads such lines back from a profile: the
 * re-scoring summary records them, and every result's decision record names the derived profile by
 * id and hash. A value is never invented here: it comes from the caller, with its source.
 *
 * @module
 */
import type { QuotedCitation } from './explain/finding.js';
import type { Text } from './model/labels.js';
import { addDays, formatDate, isCalendarDate, parseDate, type CalendarDate } from './model/calendar-date.js';
import { moneyProblem, toFen, type Money } from './model/money.js';
import type { DatedValue } from './profile/parameter.js';
import { defineProfile, type DefineProfileOptions } from './profile/registry.js';
import type { Profile, ProfileInput } from './profile/schema.js';
import { decideContext, type IncomePeriod } from './facts/context.js';
import { SUPPLIED_LINE_DOC_PREFIX } from './profile/supplied-lines.js';

export { suppliedLinesOf, summaryProfile, type SuppliedLine } from './profile/supplied-lines.js';

/** What {@link withMonitoringLine} is given. */
export interface MonitoringLineSupply {
  /** The line, yuan per person per year: a decimal string with at most two places (`"8700"`) or a number. */
  value: Money;
  /**
   * Where the value comes from. Free text — the document and clause as the user names them
   * (`"云农办通〔2026〕1号 第一条"`) — is registered as a source supplied by the user (kind `supplied`);
   * a citation `{ doc, clause, quote? }` of a registered document is used as it is.
   */
  source: string | QuotedCitation;
  /**
   * The as-of date of the assessments the line is for (default: the profile's `defaultAsOf`). The
   * line is dated to the calendar year of the date the rules read it at — the end of the income
   * period (annual periods) or the as-of date (rolling periods) — within the dates the profile
   * leaves without a line.
   */
  asOf?: CalendarDate;
  /** Explicit dates instead (both inclusive; `to` absent = no end). Used when given, `asOf` is then ignored. */
  from?: CalendarDate;
  to?: CalendarDate;
}

/** Where a profile's line is read for an as-of date, and what is there. */
export interface MonitoringLineReading {
  /** The date the rules read the line at. */
  on: CalendarDate;
  /** The income period of the as-of date (`null` when the profile has none then). */
  period: IncomePeriod | null;
  /** The line in force on that date, if the profile has one. */
  inForce?: DatedValue;
  /** The dates a supplied line would take: the calendar year of `on`, less any dates the profile already covers. */
  dates: { from: CalendarDate; to: CalendarDate };
}

/** Why a line cannot be supplied, in Chinese and English. */
export class SuppliedLineError extends Error {
  override readonly name = 'SuppliedLineError';
  constructor(
    readonly code: 'invalid-value' | 'no-source' | 'no-date' | 'line-in-force',
    readonly text: Text,
    /** For `line-in-force`: the value the profile already has there. */
    readonly existing?: DatedValue,
  ) {
    super(`${text.en} (${text.zh})`);
  }
}

/**
 * Where an assessment as of `asOf` reads the monitoring line of a profile, whether the profile has
 * one there, and the dates a supplied line would take.
 *
 * @example
 * const r = monitoringLineReading(getProfile('yunnan/xiaozhongdian/2021'), '2026-12-06');
 * r.on        // '2026-09-30' (the end of the income period 2025-10-01..2026-09-30)
 * r.inForce   // undefined — no document found states Yunnan's 2026 line
 * r.dates     // { from: '2026-01-01', to: '2026-12-31' }
 */
export function monitoringLineReading(profile: Profile, asOf: CalendarDate): MonitoringLineReading {
  const c = decideContext(undefined, profile, { asOf });
  const on = c.parameterDate ?? asOf;
  const year = parseDate(on)!.year;
  let from = formatDate(year, 1, 1);
  let to = formatDate(year, 12, 31);
  let inForce: DatedValue | undefined;
  for (const v of (profile.parameters.monitoringLine ?? []) as readonly DatedValue[]) {
    const covers = v.from <= on && (v.to === undefined || on <= v.to);
    if (covers) inForce = v;
    else if (v.to !== undefined && v.to < on && v.to >= from) from = addDays(v.to, 1);
    else if (v.from > on && v.from <= to) to = addDays(v.from, -1);
  }
  const out: MonitoringLineReading = { on, period: c.period, dates: { from, to } };
  if (inForce) out.inForce = inForce;
  return out;
}

/** The document id a user's source text is registered under, unique per dated value. */
function suppliedDocId(from: CalendarDate): string {
  return `${SUPPLIED_LINE_DOC_PREFIX}${from}`;
}

function describe(v: DatedValue): string {
  return `${String(v.value)} (${v.from}..${v.to ?? ''}; ${v.citation.doc} ${v.citation.clause})`;
}

function overlaps(a: { from: string; to?: string | undefined }, b: { from: string; to?: string | undefined }): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

/**
 * Derives a profile that extends `profile` with a monitoring line supplied by the user, cited to
 * the source given (`defineProfile` validates it). The derived profile keeps every inherited value
 * and adds the line only where the profile has none; its id is `<profile id>/line-<year>-<value>`.
 * Throws {@link SuppliedLineError} for a value that is not a positive amount, an empty source, no
 * date to place the line at, or a profile that already has a line on those dates.
 *
 * @example
 * const yunnan2026 = withMonitoringLine(getProfile('yunnan/xiaozhongdian/2021'), {
 *   value: '9000',
 *   source: '云农办通〔2026〕1号 第一条',
 *   asOf: '2026-12-06',
 * });
 * yunnan2026.id                                                     // 'yunnan/xiaozhongdian/2021/line-2026-9000'
 * parameter(yunnan2026, 'monitoringLine', '2026-09-30').value       // '9000'
 * suppliedLinesOf(yunnan2026)[0].source                             // '云农办通〔2026〕1号 第一条'
 */
export function withMonitoringLine(profile: Profile, supply: MonitoringLineSupply, options: DefineProfileOptions = {}): Profile {
  const problem = moneyProblem(supply.value);
  if (problem !== null || toFen(supply.value) <= 0) {
    throw new SuppliedLineError('invalid-value', {
      zh: `监测线 "${String(supply.value)}" 无效：应为正数金额（元/人·年，最多两位小数）`,
      en: `the line "${String(supply.value)}" is not valid: expected a positive amount (yuan per person per year, at most two decimals)`,
    });
  }
  const value = typeof supply.value === 'number' ? String(supply.value) : supply.value.trim();
  const sourceText = typeof supply.source === 'string' ? supply.source.trim() : `${supply.source.doc} ${supply.source.clause}`;
  if (typeof supply.source === 'string' ? sourceText === '' : !supply.source.doc || !supply.source.clause) {
    throw new SuppliedLineError('no-source', {
      zh: '监测线必须注明出处（文件文号和条款）：每一个取值都要能追溯到文件',
      en: 'the line needs its source (the document and clause): every value carries its source',
    });
  }

  const history = (profile.parameters.monitoringLine ?? []) as readonly DatedValue[];
  let from: CalendarDate;
  let to: CalendarDate | undefined;
  let reading: MonitoringLineReading | undefined;
  let asOf: CalendarDate | undefined;
  if (supply.from !== undefined) {
    from = supply.from;
    to = supply.to;
    if (!isCalendarDate(from) || (to !== undefined && (!isCalendarDate(to) || to < from))) {
      throw new SuppliedLineError('no-date', { zh: `监测线的起止日期无效：${from}..${to ?? ''}`, en: `the line's dates are not valid: ${from}..${to ?? ''}` });
    }
    const clash = history.find((v) => overlaps(v, { from, to }));
    if (clash) {
      throw new SuppliedLineError(
        'line-in-force',
        {
          zh: `配置 ${profile.id} 在 ${from}..${to ?? ''} 已有监测线 ${describe(clash)}；补充的监测线只能用于没有监测线的日期`,
          en: `profile ${profile.id} already has a line on ${from}..${to ?? ''}: ${describe(clash)}; a supplied line only fills dates without one`,
        },
        clash,
      );
    }
  } else {
    asOf = supply.asOf ?? profile.defaultAsOf?.value;
    if (asOf === undefined || !isCalendarDate(asOf)) {
      throw new SuppliedLineError('no-date', {
        zh: `配置 ${profile.id} 没有默认评估时点：补充监测线需要评估时点（asOf）或起止日期`,
        en: `profile ${profile.id} has no default as-of date: a supplied line needs an as-of date or its own dates`,
      });
    }
    reading = monitoringLineReading(profile, asOf);
    if (reading.inForce) {
      throw new SuppliedLineError(
        'line-in-force',
        {
          zh: `配置 ${profile.id} 在 ${reading.on} 已有监测线 ${describe(reading.inForce)}；补充的监测线只能用于没有监测线的年份。若要改用其他数值，请写配置 JSON 覆盖并注明出处`,
          en: `profile ${profile.id} already has a line on ${reading.on}: ${describe(reading.inForce)}; a supplied line only fills years without one. To use another value, write a profile JSON that overrides it, with its source`,
        },
        reading.inForce,
      );
    }
    ({ from, to } = reading.dates);
  }

  const documents: NonNullable<ProfileInput['documents']> = [];
  let citation: QuotedCitation;
  if (typeof supply.source === 'string') {
    const id = suppliedDocId(from);
    const r = profile.region;
    documents.push({
      id,
      issuer: '使用者提供（未核实）/ supplied by the user (unverified)',
      title: sourceText,
      region: [r.province, r.city, r.county, r.town].filter(Boolean).join('') || '（未注明）',
      kind: 'supplied',
      short: '使用者提供',
      note: 'Named by the user who supplied the monitoring line (fangfanpin --line-source, or withMonitoringLine); fangfanpin has not checked it.',
    });
    citation = { doc: id, clause: sourceText };
  } else {
    citation = { ...supply.source };
  }

  const where = reading
    ? ` It is the line an assessment as of ${asOf} reads, on ${reading.on}${reading.period ? ` (the income period ${reading.period.from}..${reading.period.to})` : ''}, dated to ${from}..${to}.`
    : '';
  const added: DatedValue = { from, value, citation, note: `Supplied by the user, not checked by fangfanpin.${where}` };
  if (to !== undefined) added.to = to;
  const lines = [...history, added].sort((a, b) => (a.from < b.from ? -1 : 1));

  const slug = value.replace(/\./g, '-');
  const span = `${from}至${to ?? '（无结束日期）'}`;
  const input: ProfileInput = {
    id: `${profile.id}/line-${from.slice(0, 4)}-${slug}`,
    extends: profile.id,
    title: {
      zh: `${profile.title.zh}（补充监测线 ${value} 元，${span}，使用者提供）`,
      en: `${profile.title.en}, with a line of ${value} yuan supplied by the user (${from}..${to ?? ''})`,
    },
    description: {
      zh: `在 ${profile.id} 的基础上补充使用者提供的监测线 ${value} 元（${span}），出处：${sourceText}。本库未核实该取值。`,
      en: `${profile.id} with a monitoring line of ${value} yuan (${from}..${to ?? ''}) supplied by the user, source: ${sourceText}. fangfanpin has not checked the value.`,
    },
    sources: [...profile.sources],
    parameters: { monitoringLine: lines },
    documents,
  };
  return defineProfile(input, { ...options, profiles: [profile, ...(options.profiles ?? [])] });
}
