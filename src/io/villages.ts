/**
 * Reading the village table (（自定义）行政村信息): one row per administrative village, with 是否出列
 * and the 出列村 counts the county scripts check (export-format.md §3.3 "行政村 table"; county-rules.md
 * rules 1_03_002 … 1_03_016, 2_03_001, 3_03_001, 3_03_003). Households are joined to it by their
 * village (see `src/rules/quality/tables.ts`).
 *
 * @module
 */
import { VillageSchema, type Village } from '../model/village.js';
import { readSideTable, type SideColumn, type SideTableOptions, type SideTableRead, type SideTableSpec } from './side-table.js';
import type { ByteSource } from './source.js';
import * as v from './values.js';
import { canonicalDecimal, showCell } from './values.js';

function col(path: string, headers: readonly string[], convert: v.ValueConverter, zh: string, en: string): SideColumn {
  return { path, headers, convert, source: 'export', note: { zh, en } };
}

/** 是 / 否, and the 1 / 0 some village tables hold (the county rule 2_03_001 tests "empty or 0"). */
export const yesNoOrDigit = v.vocabularyConverter('yes-no-01', { zh: '是 / 否，或 1 / 0 → true / false', en: '是 / 否, or 1 / 0 → true / false' }, [
  { spellings: ['是', '有', '1', 'Y', 'yes', 'true'], value: true },
  { spellings: ['否', '无', '0', 'N', 'no', 'false'], value: false },
]);

/** A non-negative decimal kept exact as text (万元 figures may carry more than two decimals). */
export const decimal: v.ValueConverter = {
  name: 'decimal',
  description: { zh: '非负小数（精确保留，如 12.3456），接受千分位', en: 'a non-negative decimal, kept exact (12.3456); thousands separators accepted' },
  convert(cell) {
    const d = canonicalDecimal(cell);
    if (d === null || d.startsWith('-')) return { ok: false, code: 'invalid_number', message: { zh: `“${showCell(cell)}”不是非负数值`, en: `"${showCell(cell)}" is not a non-negative number` } };
    return { ok: true, value: d };
  },
};

/** The columns of the village table. */
export const VILLAGE_COLUMNS: readonly SideColumn[] = [
  col('county', ['县', '县(市、区、旗)'], v.text, '县（市、区、旗）', 'county'),
  col('town', ['乡', '乡(镇)', '镇', '乡(镇、街道、苏木)'], v.text, '乡（镇）', 'township'),
  col('name', ['行政村', '村', '村(社区、嘎查)'], v.text, '行政村：与户信息表的“村”关联', 'administrative village: the join key with the household file\'s 村'),
  col('delisted', ['是否出列'], yesNoOrDigit, '是否出列（出列村）', 'a poor village that exited (出列村)'),
  col('households', ['总户数'], v.number, '总户数', 'households'),
  col('population', ['总人口数'], v.number, '总人口数', 'population'),
  col('collectiveIncome', ['村级集体经济收入(万元)', '村级集体经济收入'], decimal, '村级集体经济收入（万元）', 'village collective income (10,000 yuan)'),
  col('primarySchools', ['村小学(个数)', '村小学'], v.number, '村小学（个数）', 'village primary schools'),
  col('pensionInsured', ['参加城乡居民基本养老保险人数'], v.number, '参加城乡居民基本养老保险人数', 'people in residents\' basic pension insurance'),
  col('busService', ['是否通客运班车'], yesNoOrDigit, '是否通客运班车', 'bus service'),
  col('clinics', ['行政村卫生室个数'], v.number, '行政村卫生室个数', 'village clinics'),
  col('publicToilets', ['行政村公共卫生厕所个数'], v.number, '行政村公共卫生厕所个数', 'public toilets'),
  col('doctors', ['行政村执业(助理)医师(人)'], v.number, '行政村执业（助理）医师（人）', 'licensed (assistant) doctors'),
  col('wasteSites', ['行政村生产生活垃圾集中堆放点个数(个)'], v.number, '行政村生产生活垃圾集中堆放点个数（个）', 'waste collection points'),
  col('libraries', ['行政村文化(图书)室个数(个)'], v.number, '行政村文化（图书）室个数（个）（导出表头含多余空格，规范化后匹配）', 'cultural (library) rooms (the export\'s header has a stray space; matched after normalising)'),
  col('dibaoHouseholds', ['低保户数'], v.number, '低保户数', '低保 households'),
  col('dibaoPopulation', ['低保人口数'], v.number, '低保人口数', '低保 people'),
  col('tekunPopulation', ['特困供养人口数'], v.number, '特困供养人口数', '特困 people'),
  col('disabledPopulation', ['残疾人口数'], v.number, '残疾人口数', 'disabled people'),
  col('pavedRoadToTown', ['到乡镇是否通沥青(水泥)路'], yesNoOrDigit, '到乡镇是否通沥青（水泥）路', 'paved road to the township'),
  col('unsafeWaterHouseholds', ['未实现饮水安全户数'], v.number, '未实现饮水安全户数', 'households without safe drinking water'),
  col('dangerousHouseHouseholds', ['危房户数'], v.number, '危房户数', 'households in dangerous houses'),
  col('perCapitaIncome', ['农民人均纯收入(元)', '农民人均纯收入'], v.money, '农民人均纯收入（元）', 'farmers\' per-capita net income (yuan)'),
];

/** The spec of the village table. */
export const VILLAGE_TABLE: SideTableSpec<Village> = { name: { zh: '行政村信息', en: 'village table' }, columns: VILLAGE_COLUMNS, key: 'name', schema: VillageSchema, unused: ['省', '市'] };

/**
 * Reads the village table (行政村 / 出列村).
 *
 * @example
 * const villages = await readVillages('（自定义）行政村信息.xlsx');
 * villages.rows.filter((r) => r.value.delisted).length // 出列村
 */
export function readVillages(source: ByteSource, options: SideTableOptions = {}): Promise<SideTableRead<Village>> {
  return readSideTable(source, VILLAGE_TABLE, options);
}
