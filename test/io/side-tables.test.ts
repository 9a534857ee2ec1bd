/**
 * The export's other tables (src/io/work-spells.ts, villages.ts): read from CSV (UTF-8, GBK) and
 * XLSX with title rows above the header, header spellings normalised, `="…"` cells unwrapped;
 * every non-blank row below the header is read or rejected (nothing lost), and no message repeats
 * an ID number unmasked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, readVillages, readWorkSpells, writeResults, type TableColumn, type TableRow } from '../../src/io/index.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { rmSync } from 'node:fs';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ffp-side-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const SPELLS = [
  '（务工月监测）已外出务工信息_20231218',
  '导出时间：2023-12-18',
  '县,乡,行政村,户编号,姓名,证件号码,是否已务工,开始时间,结束时间,务工所在县,务工月收入,务工企业名称,所属行业,是否点对点输送,就业渠道（易地搬迁后扶使用）,年度交通费补助',
  '晋安区,宦溪镇,一村,H001,王建国,="110105196803120010",是,2023年03月,,闽侯县,"3,000.50",某厂,制造业,否,自主就业,800',
  ',,,,,,,,,,,,,,,',
  '晋安区,宦溪镇,一村,H001,李秀英,110105197007010029,否,2022年1月,2022年12月,福清市,2800,,,,,',
  '晋安区,宦溪镇,一村,H001,王小明,4.40524188001010E+17,是,2023-13,,,abc,,,,,',
].join('\n');

describe('readWorkSpells', () => {
  it('已外出务工信息: title rows skipped and reported, `="…"` and thousands separators read, YYYY年MM月 months; every non-blank row read or rejected', async () => {
    const t = await readWorkSpells(file('spells.csv', SPELLS), 'current');
    expect(t.headerRow).toBe(3);
    expect(t.rows.map((r) => r.row)).toEqual([4, 6]);
    expect(t.rows[0]!.value).toEqual({
      table: 'current', idNumber: '110105196803120010', householdId: 'H001', name: '王建国', working: true, start: '2023-03', county: '闽侯县', monthlyWage: '3000.5', employer: '某厂', industry: '制造业', pointToPoint: false, channel: '自主就业', travelSubsidy: '800',
    });
    expect(t.rows[1]!.value).toMatchObject({ working: false, start: '2022-01', end: '2022-12' });
    expect(t.rejected.map((r) => r.row)).toEqual([7]);
    expect(t.rejected[0]!.problems.map((p) => [p.path, p.code])).toEqual([
      ['idNumber', 'precision_lost'],
      ['start', 'invalid_date'],
      ['monthlyWage', 'invalid_money'],
    ]);
    expect(t.warnings.map((w) => w.code)).toEqual(['title-rows', 'blank-rows']);
  });

  it('no message repeats an ID number unmasked (a bad cell in the ID column is shown masked)', async () => {
    const t = await readWorkSpells(file('bad-id.csv', '证件号码,开始时间\n110105196803120010,2023年99月\n'), 'current');
    expect(t.rejected).toHaveLength(1);
    for (const p of t.rejected[0]!.problems) expect(containsUnmaskedIdNumber(`${p.message.zh} ${p.message.en}`)).toBe(false);
  });

  it('计划外出务工信息 spellings: 是否计划外出务工, 计划务工所在县 and 就业服务需求; the rows are marked planned', async () => {
    const t = await readWorkSpells(file('planned.csv', '证件号码,是否计划外出务工,计划务工所在县,就业服务需求\n110105196803120010,是,福清市,职业介绍\n'), 'planned');
    expect(t.rows[0]!.value).toEqual({ table: 'planned', idNumber: '110105196803120010', working: true, county: '福清市', serviceNeed: '职业介绍' });
  });

  it('a GBK file is read as GBK; unknown columns are listed once', async () => {
    const t = await readWorkSpells(file('gbk.csv', iconv.encode('证件号码,开始时间,备注列\n110105196803120010,2023年03月,x\n', 'gbk')), 'current');
    expect(t.rows[0]!.value.start).toBe('2023-03');
    expect(t.warnings.find((w) => w.code === 'unknown-columns')?.columns).toEqual(['备注列']);
  });

  it('an XLSX file is read like a CSV', async () => {
    const headers = ['证件号码', '是否已务工', '开始时间'];
    const columns: TableColumn[] = headers.map((h, i) => ({ key: `c${i}`, zh: h, en: h }));
    const rows: TableRow[] = [{ c0: '110105196803120010', c1: '是', c2: '2023年03月' }];
    const path = join(dir, 'spells.xlsx');
    await writeResults(rows, { path, columns });
    const t = await readWorkSpells(path, 'current');
    expect(t.rows.map((r) => r.value)).toEqual([{ table: 'current', idNumber: '110105196803120010', working: true, start: '2023-03' }]);
  });

  it('a file without a 证件号码 header in its first rows is an ImportError naming the table', async () => {
    await expect(readWorkSpells(file('no-header.csv', '姓名,开始时间\n王,2023年03月\n'), 'planned')).rejects.toThrow(ImportError);
    await expect(readWorkSpells(file('no-header.csv', '姓名,开始时间\n王,2023年03月\n'), 'planned')).rejects.toThrow(/计划外出务工信息/);
  });
});

describe('readVillages', () => {
  it('行政村信息: 是/否 and 1/0, the header with a stray space (行政村文化（图书）室个数 （个）), 万元 kept exact', async () => {
    const text = ['县,乡,行政村,是否出列,总户数,村级集体经济收入（万元）,行政村文化（图书）室个数 （个）,到乡镇是否通沥青（水泥）路,农民人均纯收入（元）', '晋安区,宦溪镇,一村,是,120,12.3456,1,1,15000.5', '晋安区,宦溪镇,二村,0,80,,,否,'].join('\n');
    const t = await readVillages(file('villages.csv', text));
    expect(t.rows.map((r) => r.value)).toEqual([
      { county: '晋安区', town: '宦溪镇', name: '一村', delisted: true, households: 120, collectiveIncome: '12.3456', libraries: 1, pavedRoadToTown: true, perCapitaIncome: '15000.5' },
      { county: '晋安区', town: '宦溪镇', name: '二村', delisted: false, households: 80, pavedRoadToTown: false },
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('a count that is not a whole number, and a row without a village name, are rejected with the column named', async () => {
    const t = await readVillages(file('villages-bad.csv', '行政村,总户数\n一村,12.5\n,30\n'));
    expect(t.rows).toEqual([]);
    expect(t.rejected.map((r) => [r.row, r.problems[0]!.path])).toEqual([
      [2, 'households'],
      [3, 'name'],
    ]);
    expect(t.rejected[0]!.problems[0]!.message.zh).toContain('总户数');
  });
});
