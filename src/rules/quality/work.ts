/**
 * 务工信息 — work checks: A16 work time in months, the spells of the work monitoring (务工月监测):
 * their dates, overlaps, monthly wage, the worker's age at the start, and work by members without
 * labour capacity.
 *
 * 临稷办发〔2023〕76号 附件1 二: "A16 务工 时间"; §四: "帮扶对象家庭收入、务工时长、成员自然变化等计算周期为
 * 2022年10月1日至2023年9月30日" — work time counts months in a 12-month period.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { endOfMonth } from '../../model/calendar-date.js';
import { LABOUR_CAPACITIES } from '../../model/labels.js';
import { hasNoLabour, memberAge } from '../../facts/member.js';
import { formatFen, toFen } from '../../model/money.js';
import { county, memberCheck, NONE, step, type QualityStep } from './run.js';
import { workSpellsRecorded } from './scope.js';

const PERIOD: QuotedCitation = {
  doc: '临稷办发〔2023〕76号',
  clause: '四',
  quote: '帮扶对象家庭收入、务工时长、成员自然变化等计算周期为2022年10月1日至2023年9月30日',
};

const path = (i: number, field: string) => `members[${i}].${field}`;

/** C 务工状况问题 — A16 work time outside the band (0–12 months by default; both ends inside). */
export const workMonthsRange = memberCheck({
  id: 'quality.work.months-range',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '务工时间不在0–12个月', en: 'work time outside 0–12 months' },
  citations: [PERIOD, county('C 务工状况问题', '务工时间不在0–12个月')],
  description: { zh: 'A16 务工时间（月）小于下限或大于上限（默认0–12个月）。', en: 'A16 work time (months) below the lower or above the upper bound (0–12 by default).' },
  parameters: ['qualityWorkMonthsRange'],
  facts: ['members[].workMonths'],
  testMember: (q, i) => {
    const months = q.members[i]!.workMonths;
    if (months === undefined) return NONE;
    const range = q.param('qualityWorkMonthsRange').value;
    return months >= range.min && months <= range.max ? NONE : [{ row: i, months }];
  },
  explain: (q, { row, months }) => {
    const p = q.param('qualityWorkMonthsRange');
    const range = p.value;
    return {
      path: path(row, 'workMonths'),
      message: { zh: `${q.who(row).zh}务工时间为 ${months} 个月，不在 ${range.min}–${range.max} 个月之间`, en: `${q.who(row).en} has ${months} months of work, outside ${range.min}–${range.max}` },
      values: { workMonths: months, min: range.min, max: range.max },
      applied: [p.citation],
    };
  },
});

/** S000 §四 — a spell of the work monitoring that ends (year-month) before it starts. */
export const spellDates = memberCheck({
  id: 'quality.work.spell-dates',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '务工结束时间早于开始时间', en: 'work spell ends before it starts' },
  citations: [PERIOD],
  description: { zh: '务工月监测中一段务工的结束年月早于开始年月。', en: 'A spell in the work monitoring ends (year-month) before it starts.' },
  parameters: [],
  facts: ['members[].employment[].start', 'members[].employment[].end'],
  whenMember: workSpellsRecorded,
  testMember: (q, i) => {
    const spells = q.members[i]!.employment;
    if (!spells) return NONE;
    let out: { row: number; spell: number }[] | undefined;
    for (let j = 0; j < spells.length; j++) {
      const s = spells[j]!;
      if (s.end !== undefined && s.end < s.start) (out ??= []).push({ row: i, spell: j });
    }
    return out ?? NONE;
  },
  explain: (q, { row, spell }) => {
    const s = q.members[row]!.employment![spell]!;
    return {
      path: `${path(row, 'employment')}[${spell}].end`,
      message: { zh: `${q.who(row).zh}的一段务工结束于 ${s.end}，早于开始时间 ${s.start}`, en: `${q.who(row).en} has a spell of work ending ${s.end}, before it starts (${s.start})` },
      values: { start: s.start, end: s.end! },
    };
  },
});

/**
 * 5_12_001 — after sorting a member's spells by start (ties in row order), a spell that starts before
 * the previous one ends, or while it has not ended. Ending and starting in one month is no overlap.
 */
export const overlappingSpells = memberCheck({
  id: 'quality.work.overlapping-spells',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_12_001'],
  title: { zh: '务工开始时间早于上次务工结束时间', en: 'work spells overlap' },
  citations: [PERIOD, county('5_12_001', '外出务工的防止返贫监测对象人口务工开始时间早于上次务工结束时间')],
  description: {
    zh: '同一成员的务工经历按开始时间排序后，某段开始年月早于上一段的结束年月，或上一段尚未结束。同月结束又开始不算重叠。',
    en: "After sorting a member's spells by start, a spell starts (year-month) before the previous one ends, or the previous one has not ended. Ending and starting in the same month is not an overlap.",
  },
  parameters: [],
  facts: ['members[].employment[].start', 'members[].employment[].end'],
  whenMember: workSpellsRecorded,
  testMember: (q, i) => {
    const spells = q.members[i]!.employment;
    if (!spells || spells.length < 2) return NONE;
    const order = spells.map((_, j) => j).sort((a, b) => {
      const sa = spells[a]!.start;
      const sb = spells[b]!.start;
      return sa < sb ? -1 : sa > sb ? 1 : a - b;
    });
    let out: { row: number; spell: number; previous: number }[] | undefined;
    for (let k = 1; k < order.length; k++) {
      const previous = order[k - 1]!;
      const prev = spells[previous]!;
      const j = order[k]!;
      if (prev.end !== undefined && spells[j]!.start >= prev.end) continue;
      (out ??= []).push({ row: i, spell: j, previous });
    }
    return out ?? NONE;
  },
  explain: (q, { row, spell, previous }) => {
    const spells = q.members[row]!.employment!;
    const next = spells[spell]!;
    const prev = spells[previous]!;
    return {
      path: `${path(row, 'employment')}[${spell}].start`,
      message: {
        zh: `${q.who(row).zh}的一段务工开始于 ${next.start}，上一段（${prev.start} 起）${prev.end === undefined ? '尚未结束' : `结束于 ${prev.end}`}`,
        en: `${q.who(row).en} has a spell of work starting ${next.start} while the previous one (from ${prev.start}) ${prev.end === undefined ? 'has not ended' : `ends ${prev.end}`}`,
      },
      values: { start: next.start, previousStart: prev.start, previousEnd: prev.end ?? null },
    };
  },
});

/** 5_16_001 / 5_16_002 — a monthly wage outside the band (100–30000 yuan by default; both ends inside), in exact fen. */
export const monthlyWageRange = memberCheck({
  id: 'quality.work.monthly-wage-range',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_16_001', '5_16_002'],
  title: { zh: '务工月收入超出合理范围', en: 'monthly wage outside the plausible range' },
  citations: [
    county('5_16_001', '目前务工防止返贫监测对象人口填写的务工月收入大于30000元或者小于100元'),
    county('5_16_002', '目前务工脱贫人口填写的务工月收入大于30000元或者小于100元'),
  ],
  description: { zh: '务工月监测中的务工月收入低于下限或高于上限（默认100–30000元）。', en: 'A monthly wage in the work monitoring below the lower or above the upper bound (100–30000 yuan by default).' },
  parameters: ['qualityMonthlyWageRange'],
  facts: ['members[].employment[].monthlyWage'],
  whenMember: workSpellsRecorded,
  testMember: (q, i) => {
    const spells = q.members[i]!.employment;
    if (!spells) return NONE;
    let out: { row: number; spell: number; fen: number }[] | undefined;
    for (let j = 0; j < spells.length; j++) {
      const wage = spells[j]!.monthlyWage;
      if (wage === undefined) continue;
      const band = q.paramFen('qualityMonthlyWageRange');
      const fen = toFen(wage);
      if (fen < band.min || fen > band.max) (out ??= []).push({ row: i, spell: j, fen });
    }
    return out ?? NONE;
  },
  explain: (q, { row, spell, fen }) => {
    const p = q.param('qualityMonthlyWageRange');
    const min = toFen(p.value.min);
    const max = toFen(p.value.max);
    return {
      path: `${path(row, 'employment')}[${spell}].monthlyWage`,
      message: {
        zh: `${q.who(row).zh}务工月收入 ${formatFen(fen)} 元，不在 ${formatFen(min)}–${formatFen(max)} 元之间`,
        en: `${q.who(row).en} has a monthly wage of ${formatFen(fen)} yuan, outside ${formatFen(min)}–${formatFen(max)}`,
      },
      values: { monthlyWage: formatFen(fen), min: formatFen(min), max: formatFen(max) },
      applied: [p.citation],
    };
  },
});

/** 5_16_010 — a spell starting in a month whose last day the member is still under the age (16 by default). */
export const startedTooYoung = memberCheck({
  id: 'quality.work.started-too-young',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['5_16_010'],
  title: { zh: '未满16周岁有务工登记', en: 'work spell started before working age' },
  citations: [county('5_16_010', '16岁以下（务工开始时间与出生年月相减）脱贫人口（含监测对象）有务工登记')],
  description: {
    zh: '务工开始月份的最后一天，成员仍未满配置年龄（默认16周岁）。',
    en: 'On the last day of the month a spell starts, the member is still younger than the profile age (16 by default).',
  },
  parameters: ['qualityMinWorkStartAge'],
  facts: ['members[].birthDate', 'members[].employment[].start'],
  whenMember: workSpellsRecorded,
  testMember: (q, i) => {
    const m = q.members[i]!;
    const spells = m.employment;
    if (!spells) return NONE;
    let out: { row: number; spell: number; age: number }[] | undefined;
    for (let j = 0; j < spells.length; j++) {
      const age = memberAge(m, endOfMonth(`${spells[j]!.start}-01`));
      if (age === undefined || age < 0) continue;
      if (age < q.param('qualityMinWorkStartAge').value) (out ??= []).push({ row: i, spell: j, age });
    }
    return out ?? NONE;
  },
  explain: (q, { row, spell, age }) => {
    const p = q.param('qualityMinWorkStartAge');
    const start = q.members[row]!.employment![spell]!.start;
    return {
      path: `${path(row, 'employment')}[${spell}].start`,
      message: { zh: `${q.who(row).zh}的一段务工开始于 ${start}，当时仅 ${age} 周岁，未满 ${p.value} 周岁`, en: `${q.who(row).en} has a spell of work starting ${start}, at age ${age}, under ${p.value}` },
      values: { start, age, minAge: p.value },
      applied: [p.citation],
    };
  },
});

/** 2_01_015 / 2_12_004 — a member with lost or no labour who has work months or a spell not ended. */
export const noLabourWorking = memberCheck({
  id: 'quality.work.no-labour-working',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_01_015', '2_12_004'],
  title: { zh: '无劳动能力人员有务工', en: 'member without labour capacity at work' },
  citations: [
    PERIOD,
    county('2_01_015', '已外出务工或计划外出务工的脱贫人口无（含丧失）劳动能力'),
    county('2_12_004', '已外出务工或计划外出务工防止返贫监测对象人口无（含丧失）劳动能力'),
  ],
  description: {
    zh: '劳动技能为丧失劳动力或无劳动力的成员，A16 务工时间大于0，或有尚未结束的务工经历。',
    en: 'A member whose labour is lost or none has A16 work time above 0, or a spell of work that has not ended.',
  },
  parameters: [],
  facts: ['members[].labour', 'members[].workMonths', 'members[].employment'],
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (hasNoLabour(m) !== true) return NONE;
    const openSpell = m.employment?.some((s) => s.end === undefined) ?? false;
    return (m.workMonths ?? 0) > 0 || openSpell ? [{ row: i, openSpell }] : NONE;
  },
  explain: (q, { row, openSpell }) => {
    const m = q.members[row]!;
    const months = m.workMonths ?? 0;
    const l = LABOUR_CAPACITIES[m.labour!];
    return {
      path: path(row, months > 0 ? 'workMonths' : 'employment'),
      message: {
        zh: `${q.who(row).zh}劳动技能为“${l.zh}”，却${months > 0 ? `有 ${months} 个月务工时间` : '有尚未结束的务工经历'}`,
        en: `${q.who(row).en} is recorded with "${l.en}" yet ${months > 0 ? `worked ${months} months` : 'has a spell of work that has not ended'}`,
      },
      values: { labour: m.labour!, workMonths: m.workMonths ?? null, openSpell },
    };
  },
});

/** The work checks, in report order. */
export const workChecks: readonly QualityStep[] = [
  step(workMonthsRange),
  step(spellDates),
  step(overlappingSpells),
  step(monthlyWageRange),
  step(startedTooYoung),
  step(noLabourWorking),
];
