/**
 * 务工月监测表的检查 — checks over the work-monitoring tables (已外出务工信息 / 计划外出务工信息) joined
 * to the members by 证件号码 (tables.ts). Each check answers the county rules it cites
 * (county-rules.md, scope `WG`); it runs only when the table it reads was given, so a household
 * file checked alone raises none of them. The spells of 已外出务工信息 are also attached to the
 * members' `employment`, so the work checks of work.ts (overlapping spells 5_12_001, monthly wage
 * 5_16_001/5_16_002, start age 5_16_010, no labour 2_01_015/2_12_004) read them too.
 *
 * A row "counts" unless it says 否 in 是否已务工 / 是否计划外出务工 (an empty cell is a row as the
 * county scripts read it). Paths name the row as `workSpells[k]`, k its place in the list given.
 *
 * 临稷办发〔2023〕76号 §四: "帮扶对象家庭收入、务工时长、成员自然变化等计算周期为2022年10月1日至2023年9月30日".
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { hasNoLabour } from '../../facts/member.js';
import { EDUCATION_LEVELS, LABOUR_CAPACITIES, SCHOOL_STATUSES } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { defineRule } from '../../kernel/rule.js';
import { isActiveRow, JoinedRun, rowName, type SpellRef } from './joined.js';
import { county, memberCheck, NONE, qualityCheck, step, type QualityRun, type QualityStep } from './run.js';

const PERIOD: QuotedCitation = {
  doc: '临稷办发〔2023〕76号',
  clause: '四',
  quote: '帮扶对象家庭收入、务工时长、成员自然变化等计算周期为2022年10月1日至2023年9月30日',
};

const ACCOUNTS: QuotedCitation = { doc: '临稷办发〔2023〕76号', clause: '三(二)', quote: '持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。' };

/** The joined run, or `null` when the household was checked without the other tables. */
function joined(q: QualityRun): JoinedRun | null {
  return q instanceof JoinedRun ? q : null;
}

const rowPath = (s: SpellRef, field?: string) => `workSpells[${s.index}]${field ? `.${field}` : ''}`;

/** The month of a date (`YYYY-MM`). */
const monthOf = (date: string) => date.slice(0, 7);

/** 3_12_001 — a row of 已外出务工信息 without 开始时间. */
export const startMissing = memberCheck({
  id: 'quality.work-spells.start-missing',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['3_12_001'],
  title: { zh: '外出务工开始时间为空', en: 'work spell without a start' },
  citations: [PERIOD, county('3_12_001', '外出务工开始时间为空')],
  description: { zh: '已外出务工信息中一条务工记录没有开始时间。', en: 'A row of the work-away table has no start (开始时间).' },
  parameters: [],
  facts: ['workSpells[].start'],
  testMember: (q, i) => joined(q)?.spells(i, 'current').filter((s) => s.spell.start === undefined) ?? NONE,
  explain: (q, s) => ({
    path: rowPath(s, 'start'),
    message: { zh: `${q.who(memberOf(q, s)).zh}的${rowName(s).zh}没有开始时间`, en: `${rowName(s).en} of ${q.who(memberOf(q, s)).en} has no start` },
    values: { table: s.spell.table },
  }),
});

/** The member row a spell was joined to. */
function memberOf(q: QualityRun, s: SpellRef): number {
  const j = joined(q)!;
  return j.join.spells.findIndex((list) => list.includes(s));
}

/** 4_12_001 / 5_01_005_203 — a row of 已外出务工信息 (not marked 否) without 务工所在县. */
export const countyMissing = memberCheck({
  id: 'quality.work-spells.county-missing',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['4_12_001', '5_01_005_203'],
  title: { zh: '务工地点未填写到县级', en: 'place of work not given to the county' },
  citations: [county('4_12_001', '已外出务工的防止返贫监测对象人口务工地点未填写到县级'), county('5_01_005_203', '已外出务工的脱贫人口务工地点未填写到县级（务工监测）')],
  description: { zh: '已外出务工信息中一条务工记录（是否已务工不为否）的务工所在县为空。', en: 'A row of the work-away table (not marked 否) has no county of work (务工所在县).' },
  parameters: [],
  facts: ['workSpells[].county', 'workSpells[].working'],
  testMember: (q, i) => joined(q)?.spells(i, 'current').filter((s) => isActiveRow(s.spell) && !s.spell.county) ?? NONE,
  explain: (q, s) => ({
    path: rowPath(s, 'county'),
    message: { zh: `${q.who(memberOf(q, s)).zh}的${rowName(s).zh}未填写务工所在县`, en: `${rowName(s).en} of ${q.who(memberOf(q, s)).en} does not give the county of work` },
    values: { table: s.spell.table },
  }),
});

const CURRENT_FIELDS = [
  ['monthlyWage', '务工月收入', 'monthly wage'],
  ['employer', '务工企业名称', 'employer'],
  ['industry', '所属行业', 'industry'],
  ['pointToPoint', '是否点对点输送', 'point-to-point transport'],
  ['channel', '就业渠道', 'employment channel'],
] as const;

/** 5_12_006 / 5_01_007 — a spell still going on (not marked 否, no end) that lacks one of five fields. */
export const currentFieldsMissing = memberCheck({
  id: 'quality.work-spells.current-fields-missing',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['5_12_006', '5_01_007'],
  title: { zh: '目前务工人员务工信息不全', en: 'current work spell incomplete' },
  citations: [
    county('5_12_006', '目前务工防止返贫监测对象人口未填写务工月收入、务工企业名称、所属行业、是否点对点输送和就业渠道'),
    county('5_01_007', '目前务工脱贫人口未填写务工月收入、务工企业名称、所属行业、是否点对点输送和就业渠道'),
  ],
  description: {
    zh: '已外出务工信息中尚未结束的务工记录（是否已务工不为否、结束时间为空），务工月收入、务工企业名称、所属行业、是否点对点输送、就业渠道有一项为空；每条记录报告一次，列出缺的各项。',
    en: 'A row of the work-away table still going on (not marked 否, no end) lacks one of monthly wage, employer, industry, point-to-point transport and channel; one issue per row, naming every missing item.',
  },
  parameters: [],
  facts: ['workSpells[].monthlyWage', 'workSpells[].employer', 'workSpells[].industry', 'workSpells[].pointToPoint', 'workSpells[].channel'],
  testMember: (q, i) => {
    let out: { s: SpellRef; missing: (typeof CURRENT_FIELDS)[number][] }[] | undefined;
    for (const s of joined(q)?.spells(i, 'current') ?? NONE) {
      if (!isActiveRow(s.spell) || s.spell.end !== undefined) continue;
      const missing = CURRENT_FIELDS.filter(([f]) => s.spell[f] === undefined || s.spell[f] === '');
      if (missing.length > 0) (out ??= []).push({ s, missing });
    }
    return out ?? NONE;
  },
  explain: (q, { s, missing }) => ({
    path: rowPath(s, missing[0]![0]),
    message: {
      zh: `${q.who(memberOf(q, s)).zh}的${rowName(s).zh}尚未结束，未填写${missing.map((m) => m[1]).join('、')}`,
      en: `${rowName(s).en} of ${q.who(memberOf(q, s)).en} is still going on and lacks: ${missing.map((m) => m[2]).join(', ')}`,
    },
    values: { missing: missing.map((m) => m[0]) },
  }),
});

/** 5_15_008 / 5_15_009 — a row of 计划外出务工信息 marked 是 without 就业服务需求. */
export const plannedWithoutNeed = memberCheck({
  id: 'quality.work-spells.planned-without-need',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['5_15_008', '5_15_009'],
  title: { zh: '计划外出务工未填写务工需求', en: 'planned work without an employment-service need' },
  citations: [county('5_15_008', '脱贫人口务工监测有计划外出务工未填写务工需求'), county('5_15_009', '监测对象人口务工监测有计划外出务工未填写务工需求')],
  description: { zh: '计划外出务工信息中是否计划外出务工为“是”的记录，就业服务需求为空。', en: 'A row of the planned-work table marked 是 has no employment-service need (就业服务需求).' },
  parameters: [],
  facts: ['workSpells[].working', 'workSpells[].serviceNeed'],
  testMember: (q, i) => joined(q)?.spells(i, 'planned').filter((s) => s.spell.working === true && !s.spell.serviceNeed) ?? NONE,
  explain: (q, s) => ({
    path: rowPath(s, 'serviceNeed'),
    message: { zh: `${q.who(memberOf(q, s)).zh}计划外出务工（${rowName(s).zh}），未填写就业服务需求`, en: `${q.who(memberOf(q, s)).en} plans to go out to work (${rowName(s).en}) with no employment-service need` },
    values: { table: s.spell.table },
  }),
});

/**
 * 1111_16 / 1111_17 — a row of 已外出务工信息 marked 是否已务工 = 否 whose end is empty or after the
 * month of the reference date (the as-of date, else the status date).
 */
export const notWorkingButOpen = memberCheck({
  id: 'quality.work-spells.not-working-but-open',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1111_16', '1111_17'],
  title: { zh: '是否已外出务工为否但务工结束时间为空或在当前之后', en: 'not working, yet the spell has not ended' },
  citations: [
    county('1111_16', '防止返贫监测对象人口"是否已外出务工"选择为否，但务工结束时间为空或当前时间以后'),
    county('1111_17', '脱贫人口"是否已外出务工"选择为否，但务工结束时间为空或当前时间以后'),
  ],
  description: {
    zh: '已外出务工信息中是否已务工为“否”的记录，结束时间为空，或晚于评估时点所在月份。',
    en: 'A row of the work-away table marked 否 (not working) has no end, or ends after the month of the as-of date.',
  },
  parameters: [],
  dated: true,
  facts: ['workSpells[].working', 'workSpells[].end'],
  testMember: (q, i) => {
    const j = joined(q);
    if (!j || q.referenceDate === null) return NONE;
    const now = monthOf(q.referenceDate);
    return j.spells(i, 'current').filter((s) => s.spell.working === false && (s.spell.end === undefined || s.spell.end > now));
  },
  explain: (q, s) => {
    const now = monthOf(q.referenceDate!);
    const end = s.spell.end;
    return {
      path: rowPath(s, 'end'),
      message: {
        zh: `${q.who(memberOf(q, s)).zh}的${rowName(s).zh}“是否已务工”为否，但结束时间${end === undefined ? '为空' : `为 ${end}，晚于 ${now}`}`,
        en: `${rowName(s).en} of ${q.who(memberOf(q, s)).en} says not working, yet ${end === undefined ? 'it has no end' : `it ends ${end}, after ${now}`}`,
      },
      values: { end: end ?? null, referenceMonth: now },
    };
  },
});

/** 1111_08 — the member's latest spell away (by start) has not ended and started before the profile's date. */
export const longOpenSpell = memberCheck({
  id: 'quality.work-spells.long-open-spell',
  layer: 'quality',
  severity: 'info',
  nationalCodes: ['1111_08'],
  title: { zh: '务工至今未回', en: 'away at work since long ago' },
  citations: [county('1111_08', '脱贫人口2020年务工至今未回人员名单')],
  description: {
    zh: '成员在已外出务工信息中开始时间最晚的一条记录尚未结束（是否已务工不为否、结束时间为空），且开始月份早于配置日期所在月份（默认2021年1月，即2020年及以前外出）：列为提示，供核实是否仍在外务工。',
    en: "A member's latest row of the work-away table (by start) has not ended (not marked 否, no end) and started in a month before the profile date's month (January 2021 by default: away since 2020 or earlier): listed as a note, to confirm the member is still away.",
  },
  parameters: ['qualityLongOpenSpellStartedBefore'],
  facts: ['workSpells[].start', 'workSpells[].end'],
  testMember: (q, i) => {
    const j = joined(q);
    if (!j) return NONE;
    let latest: SpellRef | undefined;
    for (const s of j.spells(i, 'current')) if (s.spell.start !== undefined && (latest === undefined || s.spell.start > latest.spell.start!)) latest = s;
    if (!latest || latest.spell.end !== undefined || !isActiveRow(latest.spell)) return NONE;
    return latest.spell.start! < monthOf(q.param('qualityLongOpenSpellStartedBefore').value) ? [latest] : NONE;
  },
  explain: (q, s) => {
    const p = q.param('qualityLongOpenSpellStartedBefore');
    return {
      path: rowPath(s, 'end'),
      message: {
        zh: `${q.who(memberOf(q, s)).zh}自 ${s.spell.start} 外出务工至今未结束（早于 ${monthOf(p.value)}）`,
        en: `${q.who(memberOf(q, s)).en} has been away at work since ${s.spell.start} with no end (before ${monthOf(p.value)})`,
      },
      values: { start: s.spell.start!, before: monthOf(p.value) },
      applied: [p.citation],
    };
  },
});

/** 2_01_015 / 2_12_004 — a member with lost or no labour who has a row of 计划外出务工信息 marked 是. */
export const plannedWithoutLabour = memberCheck({
  id: 'quality.work-spells.planned-without-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_01_015', '2_12_004'],
  title: { zh: '无劳动能力人员计划外出务工', en: 'member without labour capacity plans to work away' },
  citations: [
    county('2_01_015', '已外出务工或计划外出务工的脱贫人口无（含丧失）劳动能力'),
    county('2_12_004', '已外出务工或计划外出务工防止返贫监测对象人口无（含丧失）劳动能力'),
  ],
  description: {
    zh: '劳动技能为丧失劳动力或无劳动力的成员，在计划外出务工信息中有不为“否”的记录（已外出务工的由 quality.work.no-labour-working 检查）。',
    en: 'A member whose labour is lost or none has a row of the planned-work table not marked 否 (work already away is checked by quality.work.no-labour-working).',
  },
  parameters: [],
  facts: ['members[].labour', 'workSpells[].working'],
  testMember: (q, i) => {
    const j = joined(q);
    if (!j || hasNoLabour(q.members[i]!) !== true) return NONE;
    const row = j.spells(i, 'planned').find((s) => isActiveRow(s.spell));
    return row ? [row] : NONE;
  },
  explain: (q, s) => {
    const i = memberOf(q, s);
    const l = LABOUR_CAPACITIES[q.members[i]!.labour!];
    return {
      path: `members[${i}].labour`,
      message: { zh: `${q.who(i).zh}劳动技能为“${l.zh}”，却有${rowName(s).zh}`, en: `${q.who(i).en} is recorded with "${l.en}" yet has ${rowName(s).en}` },
      values: { labour: q.members[i]!.labour!, table: s.spell.table },
    };
  },
});

/** 在校生状况 values that county rules 4_01_006 / 4_12_002 name: 高中、初中、小学、学前教育、学龄前儿童. */
const SCHOOL_BELOW_WORK = new Set<string>(['preschool-age', 'preschool', 'primary', 'junior-1', 'junior-2', 'junior-3', 'senior-1', 'senior-2', 'senior-3']);

/** 4_12_002 / 4_01_006 — a pupil (高中 and below) with a row of either work table not marked 否. */
export const pupilWorking = memberCheck({
  id: 'quality.work-spells.pupil-working',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_12_002', '4_01_006'],
  title: { zh: '在校生填写了外出务工', en: 'pupil with work away' },
  citations: [
    county('4_12_002', '在校生状况选择高中、初中、小学、学前教育或学龄前儿童的防止返贫监测对象人口填写了已外出务工或计划外出务工'),
    county('4_01_006', '在校生状况选择高中、初中、小学、学前教育或学龄前儿童的脱贫人口填写了已外出务工或计划外出务工'),
  ],
  description: {
    zh: '在校生状况为学龄前儿童、学前教育、小学、初中或普通高中的成员，在已外出务工或计划外出务工信息中有不为“否”的记录。',
    en: 'A member whose school status is pre-school, primary, junior or senior high has a row of either work table not marked 否.',
  },
  parameters: [],
  facts: ['members[].schoolStatus', 'workSpells[].working'],
  testMember: (q, i) => {
    const j = joined(q);
    const status = q.members[i]!.schoolStatus;
    if (!j || status === undefined || !SCHOOL_BELOW_WORK.has(status)) return NONE;
    const row = j.spells(i).find((s) => isActiveRow(s.spell));
    return row ? [row] : NONE;
  },
  explain: (q, s) => {
    const i = memberOf(q, s);
    const st = SCHOOL_STATUSES[q.members[i]!.schoolStatus!];
    return {
      path: `members[${i}].schoolStatus`,
      message: { zh: `${q.who(i).zh}在校生状况为“${st.zh}”，却有${rowName(s).zh}`, en: `${q.who(i).en} is a pupil ("${st.en}") yet has ${rowName(s).en}` },
      values: { schoolStatus: q.members[i]!.schoolStatus!, table: s.spell.table },
    };
  },
});

/** 5_01_004 / 5_12_003 — a member receiving 特困供养 with a row of 已外出务工信息 not marked 否. */
export const tekunWorking = memberCheck({
  id: 'quality.work-spells.tekun-working',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_01_004', '5_12_003'],
  title: { zh: '享受特困供养人员外出务工', en: 'member on 特困供养 working away' },
  citations: [county('5_01_004', '享受特困供养的脱贫人口外出务工（基础信息）'), county('5_12_003', '享受特困供养的防止返贫监测对象人口外出务工')],
  description: { zh: 'A21 享受特困供养的成员，在已外出务工信息中有不为“否”的记录。', en: 'A member receiving 特困供养 (A21) has a row of the work-away table not marked 否.' },
  parameters: [],
  facts: ['members[].tekun', 'workSpells[].working'],
  testMember: (q, i) => {
    const j = joined(q);
    if (!j || q.members[i]!.tekun !== true) return NONE;
    const row = j.spells(i, 'current').find((s) => isActiveRow(s.spell));
    return row ? [row] : NONE;
  },
  explain: (q, s) => {
    const i = memberOf(q, s);
    return {
      path: `members[${i}].tekun`,
      message: { zh: `${q.who(i).zh}享受特困供养，却有${rowName(s).zh}`, en: `${q.who(i).en} receives 特困供养 yet has ${rowName(s).en}` },
      values: { tekun: true, table: s.spell.table },
    };
  },
});

/** Spelling-insensitive comparison of two place names. */
const samePlace = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

/** 5_01_003 / 5_12_002 — work outside the household's county through 公益性岗位 or 帮扶车间. */
export const outsideCountyLocalChannel = memberCheck({
  id: 'quality.work-spells.outside-county-local-channel',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_01_003', '5_12_002'],
  title: { zh: '县外务工填写了公益性岗位或帮扶车间', en: 'work outside the county through a local channel' },
  citations: [
    county('5_01_003', '县外务工的脱贫人口填写了"就业渠道"中的"公益性岗位"和"帮扶车间"（务工月监测）'),
    county('5_12_002', '县外务工的防止返贫监测对象人口填写了公益性岗位和帮扶车间'),
  ],
  description: {
    zh: '已外出务工信息中务工所在县与户所在县（家庭住址的县）不同的记录，就业渠道为公益性岗位或帮扶车间（两者都在本县）。户所在县取自户信息，不写死任何县名。',
    en: "A row of the work-away table whose county differs from the household's county (its address) gives 公益性岗位 or 帮扶车间 as the channel (both are local). The home county is the household's own, never a fixed name.",
  },
  parameters: [],
  facts: ['region.county', 'workSpells[].county', 'workSpells[].channel'],
  testMember: (q, i) => {
    const j = joined(q);
    const home = q.household.region?.county;
    if (!j || !home) return NONE;
    return j.spells(i, 'current').filter((s) => isActiveRow(s.spell) && s.spell.county && !samePlace(s.spell.county, home) && s.spell.channel !== undefined && /公益|帮扶车间/.test(s.spell.channel));
  },
  explain: (q, s) => ({
    path: rowPath(s, 'channel'),
    message: {
      zh: `${q.who(memberOf(q, s)).zh}的${rowName(s).zh}在${s.spell.county}务工（户在${q.household.region!.county}），就业渠道却为“${s.spell.channel}”`,
      en: `${rowName(s).en} of ${q.who(memberOf(q, s)).en} is in ${s.spell.county} (the household is in ${q.household.region!.county}), yet the channel is "${s.spell.channel}"`,
    },
    values: { county: s.spell.county!, homeCounty: q.household.region!.county!, channel: s.spell.channel! },
  }),
});

/** 5_17_012 — a member working inside the household's own county who receives a travel subsidy (年度交通费补助 > 0). */
export const travelSubsidyInsideCounty = memberCheck({
  id: 'quality.work-spells.travel-subsidy-inside-county',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_17_012'],
  title: { zh: '县内务工人员领取外出务工交通费补助', en: 'travel subsidy for work inside the county' },
  citations: [county('5_17_012', '未消除风险防止返贫监测对象识别以来家中无县外务工人员但措施登记了外出务工补贴')],
  description: {
    zh: '已外出务工信息中务工所在县与户所在县（家庭住址的县）相同的记录，年度交通费补助大于0（外出务工交通补助给县外务工人员）。',
    en: "A row of the work-away table whose county is the household's own (its address) has an annual travel subsidy above 0 (the subsidy is for work outside the county).",
  },
  parameters: [],
  facts: ['region.county', 'workSpells[].county', 'workSpells[].travelSubsidy'],
  testMember: (q, i) => {
    const j = joined(q);
    const home = q.household.region?.county;
    if (!j || !home) return NONE;
    return j.spells(i, 'current').filter((s) => s.spell.county !== undefined && samePlace(s.spell.county, home) && toFen(s.spell.travelSubsidy) > 0);
  },
  explain: (q, s) => ({
    path: rowPath(s, 'travelSubsidy'),
    message: {
      zh: `${q.who(memberOf(q, s)).zh}的${rowName(s).zh}在本县（${s.spell.county}）务工，却有年度交通费补助 ${formatFen(toFen(s.spell.travelSubsidy))} 元`,
      en: `${rowName(s).en} of ${q.who(memberOf(q, s)).en} is inside the household's county (${s.spell.county}), yet has a travel subsidy of ${formatFen(toFen(s.spell.travelSubsidy))} yuan`,
    },
    values: { county: s.spell.county!, travelSubsidy: formatFen(toFen(s.spell.travelSubsidy)) },
  }),
});

/** 文化程度 大专及以上 (5_20_028 / 5_20_030). */
const HIGHER_EDUCATION = new Set<string>(['junior-college', 'bachelor-or-above']);

/**
 * 5_20_028 … 5_20_031 — a member with 大专及以上 education or 技能劳动力 who is in neither work table
 * (not in school; checked only when the work-away table is given).
 */
export const qualifiedNotWorking = memberCheck({
  id: 'quality.work-spells.qualified-not-working',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_20_028', '5_20_029', '5_20_030', '5_20_031'],
  title: { zh: '大专及以上或技能劳动力但未务工就业', en: 'college-educated or skilled, yet not at work' },
  citations: [
    county('5_20_028', '监测对象文化程度为大专及以上但未务工就业'),
    county('5_20_029', '监测对象劳动能力为技能劳动力但未务工就业'),
    county('5_20_030', '脱贫人口文化程度为大专及以上但未务工就业'),
    county('5_20_031', '脱贫人口劳动能力为技能劳动力但未务工就业'),
  ],
  description: {
    zh: '文化程度为大专（高职高专）或本科及以上、或劳动技能为技能劳动力的成员（在校生除外），在已外出务工和计划外出务工信息中都没有记录。仅在提供了已外出务工信息时检查。',
    en: 'A member with junior-college or higher education, or skilled labour (pupils and students aside), has no row in either work table. Checked only when the work-away table is given.',
  },
  parameters: [],
  facts: ['members[].education', 'members[].labour', 'members[].schoolStatus', 'workSpells[]'],
  testMember: (q, i) => {
    const j = joined(q);
    const m = q.members[i]!;
    if (!j || !j.join.given.current || m.schoolStatus !== undefined || !q.present(i)) return NONE;
    const higher = m.education !== undefined && HIGHER_EDUCATION.has(m.education);
    const skilled = m.labour === 'skilled';
    if (!higher && !skilled) return NONE;
    return j.spells(i).length === 0 ? [{ row: i, higher, skilled }] : NONE;
  },
  explain: (q, { row, higher, skilled }) => {
    const m = q.members[row]!;
    const what = [higher ? { zh: `文化程度为“${EDUCATION_LEVELS[m.education!].zh}”`, en: `education "${EDUCATION_LEVELS[m.education!].en}"` } : null, skilled ? { zh: '劳动技能为“技能劳动力”', en: 'skilled labour' } : null].filter((x) => x !== null);
    return {
      path: `members[${row}].${higher ? 'education' : 'labour'}`,
      message: {
        zh: `${q.who(row).zh}${what.map((w) => w.zh).join('、')}，但务工月监测表中没有其务工记录`,
        en: `${q.who(row).en} has ${what.map((w) => w.en).join(' and ')}, yet no row in the work tables`,
      },
      values: { education: m.education ?? null, labour: m.labour ?? null },
    };
  },
});

/** 1111_3 / 4_11_014 — a monitored household with 就业帮扶 or 公益岗位 on record and nobody in 已外出务工信息. */
export const employmentMeasureNobodyAway = qualityCheck({
  id: 'quality.work-spells.employment-measure-nobody-away',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1111_3', '4_11_014'],
  title: { zh: '登记就业帮扶或公益性岗位但家中无人务工（务工月监测）', en: 'employment measure, nobody in the work-away table' },
  citations: [
    county('1111_3', '登记就业帮扶或公益性岗位但识别以来家中无人务工（务工月监测）'),
    county('4_11_014', '2023年识别或未消除风险防止返贫监测对象户享受就业或公益岗位帮扶措施但家中无务工人口'),
  ],
  description: {
    zh: '监测对象户登记了就业帮扶（A40）或公益岗位（A42），而已外出务工信息中该户没有任何成员有不为“否”的记录。仅在提供了已外出务工信息时检查。',
    en: 'A monitored household has employment support (A40) or a public-welfare post (A42) on record, yet no member has a row of the work-away table not marked 否. Checked only when the work-away table is given.',
  },
  parameters: [],
  facts: ['monitoring.category', 'measures', 'workSpells[].working'],
  test: (q) => {
    const j = joined(q);
    if (!j || !j.join.given.current || !q.monitored) return NONE;
    const measures = (['employment', 'public-welfare-post'] as const).filter((m) => q.hasMeasure(m));
    if (measures.length === 0) return NONE;
    for (let i = 0; i < q.members.length; i++) if (j.spells(i, 'current').some((s) => isActiveRow(s.spell))) return NONE;
    return [{ measures }];
  },
  explain: (_q, { measures }) => ({
    path: 'measures',
    message: {
      zh: `户登记了${measures.map((m) => (m === 'employment' ? '就业帮扶' : '公益岗位')).join('、')}，但已外出务工信息中家中无人务工`,
      en: `the household has ${measures.map((m) => (m === 'employment' ? 'employment support' : 'a public-welfare post')).join(' and ')} on record, yet nobody in it is in the work-away table`,
    },
    values: { measures },
  }),
});

/** 5_15_014 — risk 因务工就业不稳, not eliminated, and no member in either work table. */
export const unstableEmploymentNoSpell = qualityCheck({
  id: 'quality.work-spells.unstable-employment-no-spell',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_15_014'],
  title: { zh: '风险为因务工就业不稳但家中无人登记务工信息', en: 'risk of unstable employment, no work recorded' },
  citations: [county('5_15_014', '未消除风险的监测对象致贫返贫风险为因务工就业不稳但家中人员均未登记务工信息')],
  description: {
    zh: '未消除风险的监测对象，风险类型含因务工就业不稳，而已外出务工和计划外出务工信息中该户没有任何成员的记录。仅在提供了务工月监测表时检查。',
    en: 'A monitored household whose risk is not eliminated has 因务工就业不稳 among its risks, yet no member has a row in either work table. Checked only when a work table is given.',
  },
  parameters: [],
  facts: ['monitoring.category', 'monitoring.eliminated.on', 'riskTypes', 'workSpells[]'],
  test: (q) => {
    const j = joined(q);
    if (!j || !(j.join.given.current || j.join.given.planned) || !q.activeMonitoring) return NONE;
    if (!(q.household.riskTypes ?? []).includes('unstable-employment')) return NONE;
    for (let i = 0; i < q.members.length; i++) if (j.spells(i).length > 0) return NONE;
    return [{}];
  },
  explain: () => ({
    path: 'riskTypes',
    message: { zh: '风险类型为因务工就业不稳，但务工月监测表中家中无人登记务工信息', en: 'the risk is unstable employment, yet nobody in the household is in the work tables' },
    values: { risk: 'unstable-employment' },
  }),
});

/**
 * C 务工状况问题 "有务工人员无工资性收入" — a member has a spell away that overlaps the income period,
 * yet A28 wage income is 0.
 */
export const workerWithoutWageIncome = qualityCheck({
  id: 'quality.work-spells.worker-without-wage-income',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '有务工人员无工资性收入', en: 'someone worked away, no wage income' },
  citations: [PERIOD, county('C 务工状况问题', '有务工人员无工资性收入')],
  description: {
    zh: '已外出务工信息中有成员的务工记录（不为“否”）与收入计算周期有重叠（开始不晚于周期末月、结束为空或不早于周期首月），而 A28 工资性收入为0。',
    en: "A member's row of the work-away table (not marked 否) overlaps the income period (starts no later than its last month, ends — if at all — no earlier than its first), yet A28 wage income is 0.",
  },
  parameters: [],
  dated: true,
  facts: ['income.wage', 'workSpells[].start', 'workSpells[].end'],
  test: (q) => {
    const j = joined(q);
    const period = q.context.period;
    if (!j || !period || q.facts.money().wage !== 0) return NONE;
    const from = monthOf(period.from);
    const to = monthOf(period.to);
    for (let i = 0; i < q.members.length; i++) {
      if (!q.present(i)) continue;
      const s = j.spells(i, 'current').find((r) => isActiveRow(r.spell) && r.spell.start !== undefined && r.spell.start <= to && (r.spell.end === undefined || r.spell.end >= from));
      if (s) return [{ row: i, s, from, to }];
    }
    return NONE;
  },
  explain: (q, { row, s, from, to }) => ({
    path: 'income.wage',
    message: {
      zh: `${q.who(row).zh}在收入计算周期（${from} 至 ${to}）内有务工记录（${rowName(s).zh}），但工资性收入为0`,
      en: `${q.who(row).en} worked away within the income period (${from} to ${to}; ${rowName(s).en}), yet wage income is 0`,
    },
    values: { wage: '0.00', periodFrom: from, periodTo: to },
  }),
});

/** A work-table row whose 证件号码 matches no member of the households checked (cross-table; see tables.ts). */
export const unknownPersonRule = defineRule({
  id: 'quality.work-spells.unknown-person',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '务工记录的证件号码不在户信息中', en: 'work row of a person not in the household file' },
  citations: [ACCOUNTS],
  description: {
    zh: '已外出务工或计划外出务工信息中的一条记录，其证件号码（残疾人证取前18位）与所检查各户的成员都对不上；证件号码打码显示。',
    en: 'A row of a work table whose ID number (a disability certificate by its first 18 characters) matches no member of the households checked; the ID number is masked.',
  },
  parameters: [],
  facts: ['workSpells[].idNumber'],
});

/** The checks over the work tables, in report order (the unknown-person rule is reported by tables.ts). */
export const workSpellChecks: readonly QualityStep[] = [
  step(startMissing),
  step(countyMissing),
  step(currentFieldsMissing),
  step(plannedWithoutNeed),
  step(notWorkingButOpen),
  step(longOpenSpell),
  step(plannedWithoutLabour),
  step(pupilWorking),
  step(tekunWorking),
  step(outsideCountyLocalChannel),
  step(travelSubsidyInsideCounty),
  step(qualifiedNotWorking),
  step(employmentMeasureNobodyAway),
  step(unstableEmploymentNoSpell),
  step(workerWithoutWageIncome),
];
