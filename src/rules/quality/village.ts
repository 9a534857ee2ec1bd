/**
 * 行政村（出列村）表的检查 — checks over the village table (county-rules.md, scope `VIL`: rows with
 * 是否出列 = 是) and the join of households to it. The village-row checks look at one row of the
 * table each; `quality.village.not-in-table` looks at a household whose village the table lacks.
 * They run only when the village table is given.
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { citesOf, defineRule, type Rule } from '../../kernel/rule.js';
import type { Village } from '../../model/village.js';
import type { QualitySeverity, QualityIssue } from './issue.js';
import { JoinedRun } from './joined.js';
import { county, NONE, qualityCheck, step, type QualityExplained, type QualityRule, type QualityStep } from './run.js';

const ACCOUNTS: QuotedCitation = { doc: '临稷办发〔2023〕76号', clause: '三(二)', quote: '持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。' };

/** A check over one row of the village table: its header, its test and the issue of a hit. */
export interface VillageCheck<D = unknown> extends QualityRule {
  readonly test: (v: Village) => readonly D[];
  readonly explain: (v: Village, index: number, hit: D) => QualityExplained;
}

type VillageCheckSpec<D> = Parameters<typeof defineRule>[0] & {
  severity: QualitySeverity;
  nationalCodes: readonly string[];
  test: (v: Village) => readonly D[];
  explain: (v: Village, index: number, hit: D) => QualityExplained;
};

function villageCheck<D>(spec: VillageCheckSpec<D>): VillageCheck<D> {
  const { test, explain, ...header } = spec;
  return Object.freeze({ ...(defineRule(header) as Rule & { severity: QualitySeverity; nationalCodes: readonly string[] }), test, explain });
}

const vpath = (index: number, field: string) => `villages[${index}].${field}`;
const vname = (v: Village) => [v.county, v.town, v.name].filter(Boolean).join('');

/** The 出列村 fields that must be filled (county-rules.md 1_03_002 … 1_03_016, 3_03_003); `zero` also refuses 0. */
const DELISTED_FIELDS: readonly { field: keyof Village; zh: string; en: string; rule: string; zero?: boolean }[] = [
  { field: 'population', zh: '总人口数', en: 'population', rule: '1_03_002', zero: true },
  { field: 'collectiveIncome', zh: '村级集体经济收入（万元）', en: 'collective income', rule: '1_03_003', zero: true },
  { field: 'primarySchools', zh: '村小学（个数）', en: 'primary schools', rule: '1_03_004' },
  { field: 'pensionInsured', zh: '参加城乡居民基本养老保险人数', en: 'people in the pension insurance', rule: '1_03_006' },
  { field: 'busService', zh: '是否通客运班车', en: 'bus service', rule: '1_03_007' },
  { field: 'clinics', zh: '行政村卫生室个数', en: 'clinics', rule: '1_03_009' },
  { field: 'publicToilets', zh: '行政村公共卫生厕所个数', en: 'public toilets', rule: '1_03_010' },
  { field: 'doctors', zh: '行政村执业（助理）医师（人）', en: 'licensed doctors', rule: '1_03_011' },
  { field: 'wasteSites', zh: '行政村生产生活垃圾集中堆放点个数', en: 'waste collection points', rule: '1_03_012' },
  { field: 'libraries', zh: '行政村文化（图书）室个数', en: 'cultural (library) rooms', rule: '1_03_013' },
  { field: 'dibaoHouseholds', zh: '低保户数', en: '低保 households', rule: '1_03_014' },
  { field: 'dibaoPopulation', zh: '低保人口数', en: '低保 people', rule: '1_03_014' },
  { field: 'tekunPopulation', zh: '特困供养人口数', en: '特困 people', rule: '1_03_015' },
  { field: 'disabledPopulation', zh: '残疾人口数', en: 'disabled people', rule: '1_03_016' },
  { field: 'households', zh: '总户数', en: 'households', rule: '3_03_003', zero: true },
];

const isZero = (v: unknown) => v === 0 || (typeof v === 'string' && /^0+(\.0+)?$/.test(v));

/** 1_03_002 … 1_03_016, 3_03_003 — a 出列村 row with a required count empty (or 0 where the rule says so). */
export const delistedFieldMissing = villageCheck({
  id: 'quality.village.delisted-field-missing',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['1_03_002', '1_03_003', '1_03_004', '1_03_006', '1_03_007', '1_03_009', '1_03_010', '1_03_011', '1_03_012', '1_03_013', '1_03_014', '1_03_015', '1_03_016', '3_03_003'],
  title: { zh: '出列村指标为空', en: 'exited village: a count missing' },
  citations: [
    county('1_03_002', '出列村总人口数为空或0'),
    county('1_03_003', '出列村村级集体经济收入为空或0'),
    county('1_03_004', '出列村村小学个数为空'),
    county('1_03_006', '出列村参加城乡居民基本养老保险人数为空'),
    county('1_03_007', '出列村是否通客运班车为空'),
    county('1_03_009', '出列村卫生室个数为空'),
    county('1_03_010', '出列村公共卫生厕所个数为空'),
    county('1_03_011', '出列村执业（助理）医师数为空'),
    county('1_03_012', '出列村垃圾集中堆放点个数为空'),
    county('1_03_013', '出列村文化（图书）室个数为空'),
    county('1_03_014', '出列村低保户数或低保人数为空'),
    county('1_03_015', '出列村特困供养人口数为空'),
    county('1_03_016', '出列村残疾人口数为空'),
    county('3_03_003', '出列村总户数为空或0'),
  ],
  description: {
    zh: '是否出列为“是”的行政村，以下指标为空：总人口数、村级集体经济收入、总户数（这三项为0也报告），村小学个数、参加城乡居民基本养老保险人数、是否通客运班车、卫生室个数、公共卫生厕所个数、执业（助理）医师数、垃圾集中堆放点个数、文化（图书）室个数、低保户数、低保人口数、特困供养人口数、残疾人口数。每项一条，引用其规则编号。',
    en: 'A village marked 出列 (exited) lacks one of: population, collective income, households (these three also when 0), primary schools, people in the pension insurance, bus service, clinics, public toilets, doctors, waste points, cultural rooms, 低保 households, 低保 people, 特困 people, disabled people. One issue per item, naming its rule number.',
  },
  parameters: [],
  facts: DELISTED_FIELDS.map((f) => `villages[].${f.field}`),
  test: (v) => (v.delisted === true ? DELISTED_FIELDS.filter((f) => v[f.field] === undefined || (f.zero === true && isZero(v[f.field]))) : NONE),
  explain: (v, index, f) => ({
    path: vpath(index, f.field),
    message: {
      zh: `出列村 ${vname(v)} 的${f.zh}${v[f.field] === undefined ? '为空' : '为0'}（规则 ${f.rule}）`,
      en: `exited village ${vname(v)}: ${f.en} ${v[f.field] === undefined ? 'is empty' : 'is 0'} (rule ${f.rule})`,
    },
    values: { field: f.field, rule: f.rule },
  }),
});

/** 3_03_001 — in a 出列村 row, households without safe water plus those in dangerous houses exceed all households. */
export const delistedCountsExceedHouseholds = villageCheck({
  id: 'quality.village.counts-exceed-households',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['3_03_001'],
  title: { zh: '出列村未解决饮水户数与危房户数之和大于总户数', en: 'exited village: unsafe-water and dangerous-house households exceed all households' },
  citations: [county('3_03_001', '出列村未解决饮水农户数、住危房农户数大于总农户数')],
  description: {
    zh: '是否出列为“是”的行政村，未实现饮水安全户数与危房户数之和大于总户数（三项都有值时检查）。',
    en: 'In a village marked 出列, households without safe drinking water plus households in dangerous houses exceed all households (checked when the three are given).',
  },
  parameters: [],
  facts: ['villages[].unsafeWaterHouseholds', 'villages[].dangerousHouseHouseholds', 'villages[].households'],
  test: (v) => {
    if (v.delisted !== true || v.households === undefined || v.unsafeWaterHouseholds === undefined || v.dangerousHouseHouseholds === undefined) return NONE;
    return v.unsafeWaterHouseholds + v.dangerousHouseHouseholds > v.households ? [{}] : NONE;
  },
  explain: (v, index) => ({
    path: vpath(index, 'households'),
    message: {
      zh: `出列村 ${vname(v)} 未实现饮水安全户数 ${v.unsafeWaterHouseholds} 与危房户数 ${v.dangerousHouseHouseholds} 之和大于总户数 ${v.households}`,
      en: `exited village ${vname(v)}: ${v.unsafeWaterHouseholds} households without safe water plus ${v.dangerousHouseHouseholds} in dangerous houses exceed its ${v.households} households`,
    },
    values: { unsafeWaterHouseholds: v.unsafeWaterHouseholds!, dangerousHouseHouseholds: v.dangerousHouseHouseholds!, households: v.households! },
  }),
});

/** 2_03_001 — a 出列村 row whose 到乡镇是否通沥青（水泥）路 is empty or 否. */
export const delistedNoPavedRoad = villageCheck({
  id: 'quality.village.no-paved-road',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['2_03_001'],
  title: { zh: '出列村到乡镇未通硬化路', en: 'exited village without a paved road to the township' },
  citations: [county('2_03_001', '出列村到乡镇未通硬化路')],
  description: { zh: '是否出列为“是”的行政村，到乡镇是否通沥青（水泥）路为空或为否（0）。', en: 'A village marked 出列 has no paved road to the township recorded: empty, 否 or 0.' },
  parameters: [],
  facts: ['villages[].pavedRoadToTown'],
  test: (v) => (v.delisted === true && v.pavedRoadToTown !== true ? [{}] : NONE),
  explain: (v, index) => ({
    path: vpath(index, 'pavedRoadToTown'),
    message: {
      zh: `出列村 ${vname(v)} 到乡镇${v.pavedRoadToTown === false ? '未通' : '是否通'}沥青（水泥）路${v.pavedRoadToTown === false ? '' : '为空'}`,
      en: `exited village ${vname(v)}: ${v.pavedRoadToTown === false ? 'no paved road to the township' : 'paved road to the township not recorded'}`,
    },
    values: { pavedRoadToTown: v.pavedRoadToTown ?? null },
  }),
});

/** The checks over village rows, in report order. */
export const VILLAGE_ROW_CHECKS: readonly VillageCheck<any>[] = [delistedFieldMissing, delistedCountsExceedHouseholds, delistedNoPavedRoad];

/**
 * The issues of one village row.
 *
 * @example
 * checkVillage({ name: '红星村', delisted: true }, 0).map((i) => i.code) // ['quality.village.delisted-field-missing', …]
 */
export function checkVillage(v: Village, index: number): QualityIssue[] {
  const out: QualityIssue[] = [];
  for (const c of VILLAGE_ROW_CHECKS) {
    for (const hit of c.test(v)) {
      const e = c.explain(v, index, hit);
      out.push({ code: c.id, severity: c.severity, path: e.path, message: e.message, citations: citesOf(c), ...(e.values ? { values: e.values } : {}) });
    }
  }
  return out;
}

/** A household whose village is not in the village table (or names no village, or two rows match it). */
export const notInVillageTable = qualityCheck({
  id: 'quality.village.not-in-table',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '户所在村不在行政村信息表中', en: "household's village not in the village table" },
  citations: [ACCOUNTS],
  description: {
    zh: '提供了行政村信息表时，户的“村”在表中找不到（按县、乡、村名称匹配；表中同名村多于一个且无法按县、乡区分，或户信息未填写村，也报告）。',
    en: "With a village table given, the household's village (村) is not found in it (matched by county, township and village name; also reported when two rows match and county and township do not tell them apart, or the household names no village).",
  },
  parameters: [],
  facts: ['region.village', 'region.town', 'region.county'],
  test: (q) => {
    if (!(q instanceof JoinedRun) || !q.join.given.villages) return NONE;
    const v = q.join.village;
    return v !== undefined && v.found === null ? [v.reason] : NONE;
  },
  explain: (q, reason) => {
    const r = q.household.region;
    const name = [r?.county, r?.town, r?.village].filter(Boolean).join('');
    return {
      path: 'region.village',
      message:
        reason === 'no-village'
          ? { zh: '户信息未填写所在村，无法与行政村信息表关联', en: 'the household names no village, so it cannot be joined with the village table' }
          : reason === 'ambiguous'
            ? { zh: `户所在村 ${name} 在行政村信息表中对应多行，无法确定`, en: `the household's village ${name} matches several rows of the village table` }
            : { zh: `户所在村 ${name} 不在行政村信息表中`, en: `the household's village ${name} is not in the village table` },
      values: { village: r?.village ?? null, reason },
    };
  },
});

/** The household-level village checks, in report order. */
export const villageHouseholdChecks: readonly QualityStep[] = [step(notInVillageTable)];
