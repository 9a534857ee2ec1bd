/**
 * 公示期 — the village publicity period, one rule under its clauses.
 *
 * > 龙扶贫组字〔2021〕1号 §四: 严格按照“核实—评议—比对—公示—录入”程序……（四）村级公示。审核通过后，将名单在村内进行
 * > 公示，公示期5天。
 * >
 * > 临稷办发〔2023〕76号 §一(三): 按照“民主评议—乡镇审核—村级公示（公示期5天）”的程序进行认定
 * >
 * > 小甸巩固振兴组办〔2021〕1号 §四(二)3: 在村民小组公开场所及云南省“政府救助平台”网络渠道公示5个工作日。
 * >
 * > 榕晋乡振〔2023〕12号 §三(四): 监测对象认定公示原则上只在本村开展一次
 *
 * How long, and whether in calendar or working days, is the profile's `publicityPeriod`, counted from
 * the first day of posting; a finding cites the value that applied (and S001's "只在本村开展一次"
 * where the profile sets it).
 *
 * @module
 */
import { daysBetween, type CalendarDate } from '../../model/calendar-date.js';
import type { Citation, Finding } from '../../explain/finding.js';
import { lookup, parameter } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import type { TimeLimit } from '../../profile/parameters/procedure.js';
import { officialCalendar, workingDaysBetween, type WorkingCalendar } from '../../calendar/working-days.js';
import { clauseRule, type Tested, type Explained } from '../../kernel/clause.js';
import { run } from './run.js';
import { applyTimeLimit, cite, copyLimit, UNIT_TEXT, type ProcedureOptions } from './time-limit.js';

const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S004 = '龙扶贫组字〔2021〕1号';

/** What the publicity rule reads: the profile, the first and last day of posting, and the options. */
export interface PublicityContext {
  readonly profile: Profile;
  readonly startsOn: CalendarDate | null;
  readonly endsOn: CalendarDate | null;
  readonly asOf: CalendarDate | undefined;
  readonly calendar: WorkingCalendar;
}

/** What the test of the publicity period found. */
export type PublicityData =
  | { readonly kind: 'no-start' }
  | {
      readonly kind: 'counted';
      readonly limit: TimeLimit;
      readonly citation: Citation;
      readonly firstDay: CalendarDate;
      readonly lastDay: CalendarDate;
      /** Days observed up to `endsOn`, in the limit's unit (`null` without `endsOn`). */
      readonly observedDays: number | null;
      /** Whether the full period was observed (`null` without `endsOn`). */
      readonly complete: boolean | null;
      /** The profile's "held once, in the village only" and its clause, when it says so. */
      readonly once: { readonly value: boolean; readonly citation: Citation } | null;
    };

const NO_START: Tested<PublicityData> = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['startsOn']), data: Object.freeze({ kind: 'no-start' }) });

/** 公示期 (S004 §四(四), S000 §一(三), S002 §四(二)3, S001 §三(四)) — the first and last day of the publicity, and whether the full period was observed. */
export const publicityRule = clauseRule<PublicityContext, PublicityData>({
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
  test: (c) => {
    if (!c.startsOn) return NO_START;
    const p = parameter(c.profile, 'publicityPeriod', c.startsOn);
    const limit = p.value;
    const { firstDay, lastDay } = applyTimeLimit(c.startsOn, limit, c.calendar);
    const once = lookup(c.profile, 'publicityOnceInVillage', c.startsOn);
    let observedDays: number | null = null;
    let complete: boolean | null = null;
    if (c.endsOn) {
      if (c.endsOn < firstDay) observedDays = 0;
      else observedDays = limit.unit === 'calendar' ? daysBetween(firstDay, c.endsOn) + 1 : workingDaysBetween(firstDay, c.endsOn, c.calendar) + 1;
      complete = c.endsOn >= lastDay;
    }
    return {
      outcome: complete === null ? 'info' : complete ? 'met' : 'not-met',
      data: { kind: 'counted', limit, citation: p.citation, firstDay, lastDay, observedDays, complete, once: once.ok ? { value: once.value, citation: once.citation } : null },
    };
  },
  explain: (c, t): Explained => {
    const d = t.data;
    const { startsOn, endsOn, asOf } = c;
    if (d.kind === 'no-start') {
      return { message: { zh: '缺少公示开始日期，无法计算公示期', en: 'the first day of the publicity is missing, so the period cannot be computed' }, values: { endsOn } };
    }
    const { limit, firstDay, lastDay, observedDays, complete, once } = d;
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
    } else if (asOf) {
      if (asOf < firstDay) {
        zh += `；截至 ${asOf} 尚未开始`;
        en += `; as of ${asOf} it has not started`;
      } else if (asOf <= lastDay) {
        zh += `；截至 ${asOf} 公示中`;
        en += `; as of ${asOf} the list is on public notice`;
      } else {
        zh += `；截至 ${asOf} 公示期已满`;
        en += `; as of ${asOf} the period is over`;
      }
    }
    if (once?.value === true) {
      zh += '；公示原则上只在本村开展一次';
      en += '; the publicity is in principle held once, in the village only';
    }
    const citations: Citation[] = [cite(d.citation)];
    if (once) citations.push(cite(once.citation));
    return {
      message: { zh, en },
      values: {
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
        asOf: asOf ?? null,
      },
      citations,
    };
  },
});

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
  const ctx: PublicityContext = { profile, startsOn: facts.startsOn ?? null, endsOn: facts.endsOn ?? null, asOf: options.asOf, calendar: options.calendar ?? officialCalendar() };
  const { tested, finding } = run(publicityRule, ctx);
  const d = tested.data;
  if (d.kind === 'no-start') {
    return { startsOn: null, firstDay: null, lastDay: null, limit: null, endsOn: ctx.endsOn, observedDays: null, complete: null, onceInVillage: null, finding };
  }
  return {
    startsOn: ctx.startsOn,
    firstDay: d.firstDay,
    lastDay: d.lastDay,
    limit: copyLimit(d.limit),
    endsOn: ctx.endsOn,
    observedDays: d.observedDays,
    complete: d.complete,
    onceInVillage: d.once ? d.once.value : null,
    finding,
  };
}
