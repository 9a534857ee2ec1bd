/**
 * Reading the work-monitoring tables (务工月监测): （务工月监测）已外出务工信息 and 计划外出务工信息, one
 * row per spell, several per member (export-format.md §3.3 "务工月监测 tables", §3.4 item 6 for the
 * file names). Rows are joined to the household file's members by 证件号码 (see
 * `src/rules/quality/tables.ts`).
 *
 * Headers are those the county scripts read from real exports (export-format.md §3.3; county-rules.md
 * rules 1111_08, 1111_16, 4_12_001, 5_12_006, 5_15_008 …). Where one fact is seen under two names
 * (是否计划务工 / 是否计划外出务工, 务工开始时间 / 开始时间) every spelling is accepted and listed in
 * docs/import-mapping.md.
 *
 * @module
 */
import { WorkSpellSchema, WORK_TABLES, type WorkSpell, type WorkTable } from '../model/work-spell.js';
import { readSideTable, type SideColumn, type SideTableOptions, type SideTableRead, type SideTableSpec } from './side-table.js';
import type { ByteSource } from './source.js';
import * as v from './values.js';

function col(path: string, headers: readonly string[], convert: v.ValueConverter, zh: string, en: string): SideColumn {
  return { path, headers, convert, source: 'export', note: { zh, en } };
}

/** The columns of the work-monitoring tables (both tables share them; each holds its own subset). */
export const WORK_SPELL_COLUMNS: readonly SideColumn[] = [
  col('idNumber', ['证件号码', '身份证号码', '身份证号'], v.idNumber, '证件号码：与户信息表成员按证件号码关联', 'ID number: the join key with the household file\'s members'),
  col('householdId', ['户编号'], v.code, '户编号（仅作核对，关联按证件号码）', 'household number (for reference; rows are joined by ID number)'),
  col('name', ['姓名'], v.text, '姓名', 'name'),
  col('working', ['是否已务工', '是否已外出务工', '是否计划外出务工', '是否计划务工', '是否计划(外出)务工'], v.yesNo, '是否已务工（已外出表）/ 是否计划外出务工（计划表）', 'working now (已外出 table) / plans to go out to work (计划 table)'),
  col('start', ['开始时间', '务工开始时间'], v.yearMonth, '开始时间（YYYY年MM月）', 'start (YYYY年MM月)'),
  col('end', ['结束时间', '务工结束时间'], v.yearMonth, '结束时间（YYYY年MM月）；为空表示仍在务工', 'end (YYYY年MM月); empty while still working'),
  col('county', ['务工所在县', '计划务工所在县'], v.text, '务工所在县 / 计划务工所在县', 'county of work / planned county of work'),
  col('place', ['务工所在地'], v.text, '务工所在地', 'place of work'),
  col('monthlyWage', ['务工月收入'], v.money, '务工月收入（元/月）', 'monthly wage (yuan)'),
  col('employer', ['务工企业名称'], v.text, '务工企业名称', 'employer'),
  col('industry', ['所属行业'], v.text, '所属行业', 'industry'),
  col('channel', ['就业渠道', '就业渠道(易地搬迁后扶使用)'], v.text, '就业渠道（如 公益性岗位、帮扶车间）', 'employment channel (e.g. 公益性岗位, 帮扶车间)'),
  col('pointToPoint', ['是否点对点输送'], v.yesNo, '是否点对点输送', 'point-to-point transport'),
  col('travelSubsidy', ['年度交通费补助'], v.money, '年度交通费补助（元）', 'annual travel subsidy (yuan)'),
  col('serviceNeed', ['就业服务需求'], v.text, '就业服务需求（计划表）', 'employment-service need (计划 table)'),
];

/**
 * Headers of the work tables recognised but not read: the location (rows are joined by ID number,
 * not by place) and the household's category (read from the household file), export-format.md §3.3.
 */
export const WORK_SPELL_UNUSED: readonly string[] = ['省', '市', '县', '县(市、区、旗)', '乡', '乡(镇)', '镇', '行政村', '村', '自然村', '户类型', '监测对象类别', '性别', '与户主关系', '人编号'];

/** The spec of a work-monitoring table. */
export function workSpellTable(table: WorkTable): SideTableSpec<WorkSpell> {
  return { name: WORK_TABLES[table], columns: WORK_SPELL_COLUMNS, key: 'idNumber', schema: WorkSpellSchema, fixed: { table }, unused: WORK_SPELL_UNUSED };
}

/**
 * Reads a work-monitoring table: 已外出务工信息 (`'current'`) or 计划外出务工信息 (`'planned'`).
 * Columns other than those listed in {@link WORK_SPELL_COLUMNS} (县, 乡, 行政村, 户类型 …) are ignored
 * and listed in a warning.
 *
 * @example
 * const spells = await readWorkSpells('（务工月监测）已外出务工信息_20231218.xlsx', 'current');
 * spells.rows.length; spells.rejected.length // every row below the header is in one of them
 */
export function readWorkSpells(source: ByteSource, table: WorkTable, options: SideTableOptions = {}): Promise<SideTableRead<WorkSpell>> {
  return readSideTable(source, workSpellTable(table), options);
}
