/**
 * `fangfanpin check --work-spells --planned-work --villages` run in-process on small files: the other
 * tables are read, their bad rows reported (stage 读取校验), the joined checks run (stage 数据质量 per
 * household, 多表关联 for rows of the tables), ID numbers masked everywhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { idCheckCharacter } from '../../src/index.js';
import { cli } from './in-process.js';

const id = (birth: string, seq: string) => {
  const first = '350111' + birth.replaceAll('-', '') + seq;
  return first + idCheckCharacter(first);
};
const HEAD = id('1968-03-12', '001');
const SON = id('2010-05-20', '003');
const OTHER = id('1980-01-01', '005');
const STRANGER = id('1990-01-01', '007');

const HOUSEHOLDS = [
  '县,乡,行政村,户编号,户类型,姓名,证件号码,性别,出生日期,与户主关系,健康状况,劳动技能,在校生状况,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出',
  `晋安区,宦溪镇,一村,H001,一般农户,王建国,${HEAD},男,1968-03-12,户主,健康,普通劳动力,,36000,6000,0,1200,2000`,
  `晋安区,宦溪镇,一村,H001,一般农户,王小明,${SON},男,2010-05-20,之子,健康,无劳动力,八年级,36000,6000,0,1200,2000`,
  `晋安区,宦溪镇,二村,H002,一般农户,李四,${OTHER},男,1980-01-01,户主,健康,普通劳动力,,30000,6000,0,1200,2000`,
].join('\n');

const SPELLS = [
  '（务工月监测）已外出务工信息_20231218',
  '县,乡,行政村,户编号,姓名,证件号码,是否已务工,开始时间,结束时间,务工所在县,务工月收入,务工企业名称,所属行业,是否点对点输送,就业渠道',
  `晋安区,宦溪镇,一村,H001,王建国,${HEAD},是,2023年03月,,闽侯县,3000,某厂,制造业,否,自主就业`,
  `晋安区,宦溪镇,一村,H001,王小明,${SON},是,2023年07月,,闽侯县,2000,某店,服务业,否,自主就业`,
  `晋安区,宦溪镇,三村,H009,赵六,${STRANGER},是,2022年01月,,福清市,5000,某厂,制造业,否,自主就业`,
  `晋安区,宦溪镇,一村,H001,王建国,${HEAD},是,2023年13月,,闽侯县,3000,某厂,制造业,否,自主就业`,
].join('\n');

const PLANNED = ['证件号码,是否计划外出务工,计划务工所在县,就业服务需求', `${OTHER},是,福清市,`].join('\n');

const VILLAGES = [
  '县,乡,行政村,是否出列,总户数,总人口数,村级集体经济收入（万元）,村小学（个数）,参加城乡居民基本养老保险人数,是否通客运班车,行政村卫生室个数,行政村公共卫生厕所个数,行政村执业（助理）医师（人）,行政村生产生活垃圾集中堆放点个数（个）,行政村文化（图书）室个数 （个）,低保户数,低保人口数,特困供养人口数,残疾人口数,到乡镇是否通沥青（水泥）路,未实现饮水安全户数,危房户数',
  '晋安区,宦溪镇,一村,是,100,300,12.5,1,200,是,1,1,,1,1,3,5,1,4,是,2,1',
  '晋安区,宦溪镇,二村,否,80,240,,,,,,,,,,,,,,,,',
].join('\n');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ffp-check-tables-'));
  writeFileSync(join(dir, 'households.csv'), HOUSEHOLDS + '\n');
  writeFileSync(join(dir, 'spells.csv'), SPELLS + '\n');
  writeFileSync(join(dir, 'planned.csv'), PLANNED + '\n');
  writeFileSync(join(dir, 'villages.csv'), VILLAGES + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');

describe('check with the other tables', () => {
  it('reads the three tables, reports their bad rows and the joined checks, masks every ID number, and exits 1', async () => {
    const out = join(dir, 'out');
    const r = await cli('check', join(dir, 'households.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-09-30', '--work-spells', join(dir, 'spells.csv'), '--planned-work', join(dir, 'planned.csv'), '--villages', join(dir, 'villages.csv'), '--out', out, '--no-progress');
    expect(r.code).toBe(1);
    const report = lines(join(out, 'quality.csv'));
    const find = (code: string) => report.filter((l) => l.includes(`,${code},`));
    // The bad month of the last spell row: rejected, named by table and row.
    expect(find('invalid_date')).toHaveLength(1);
    expect(find('invalid_date')[0]).toContain('已外出务工信息 6');
    // The pupil with a spell, the planned row without a need, the stranger's row, the 出列村 without a doctor count.
    expect(find('quality.work-spells.pupil-working')).toHaveLength(1);
    expect(find('quality.work-spells.planned-without-need')).toHaveLength(1);
    expect(find('quality.work-spells.unknown-person')[0]).toContain('已外出务工信息 5');
    expect(find('quality.village.delisted-field-missing')).toHaveLength(1);
    expect(find('quality.village.delisted-field-missing')[0]).toContain('行政村信息 2');
    // The son's spell reached the member: he started at 13 (5_16_010 through the join).
    expect(find('quality.work.started-too-young')).toHaveLength(1);
    for (const l of report) expect(containsUnmaskedIdNumber(l), l).toBe(false);
    expect(r.stderr).toContain('已外出务工信息');
    expect(r.stderr).toContain('读取 3 行，拒收 1 行');
    expect(r.stderr).toContain('记录 2 户 = 结果 2 + 拒收 0');
  });

  it('without the table options the same households raise none of the table checks', async () => {
    const r = await cli('check', join(dir, 'households.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-09-30', '--no-progress', '--quiet');
    expect(r.stdout).not.toContain('quality.work-spells.');
    expect(r.stdout).not.toContain('quality.village.');
  });

  it('a table file without its key header stops the run with a clear error', async () => {
    writeFileSync(join(dir, 'no-id.csv'), '姓名,开始时间\n王,2023年03月\n');
    const r = await cli('check', join(dir, 'households.csv'), '--profile', 'fujian/jinan/2023', '--as-of', '2023-09-30', '--work-spells', join(dir, 'no-id.csv'), '--no-progress');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('已外出务工信息');
    expect(r.stderr).toContain('证件号码');
  });
});
