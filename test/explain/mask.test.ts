/**
 * Issue 12 item 6 — privacy: anything shaped like an ID number (valid or not, half- or full-width
 * digits) is masked in every output meant for reports, by one function (maskIdNumbersInText);
 * a 户编号 that is not ID-shaped stays readable. domain.md §11: "Public notices must never show
 * an ID number".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../src/index.js';
import { containsUnmaskedIdNumber, maskIdNumbersInText } from '../../src/explain/mask.js';
import { safeHouseholdId } from '../../src/rescore/row.js';
import { regionKey } from '../../src/rescore/summary.js';
import { AS_OF, clean, JINAN } from '../rules/quality/fixtures.js';
import { cli } from '../cli/in-process.js';

/** 110105194912310021 with its check digit changed: shaped like an ID number, not a valid one. */
const WRONG_CHECK = '110105194912310029';
const FULL_WIDTH = '１１０１０５１９４９１２３１００２Ｘ';

describe('domain.md §11: ID-shaped text is masked', () => {
  it('full-width digits are masked like half-width ones, and found by containsUnmaskedIdNumber', () => {
    expect(containsUnmaskedIdNumber(`证件号码 ${FULL_WIDTH}`)).toBe(true);
    expect(maskIdNumbersInText(`证件号码 ${FULL_WIDTH} 重复`)).toBe('证件号码 １１０１**********００２Ｘ 重复');
    expect(containsUnmaskedIdNumber(maskIdNumbersInText(`a ${FULL_WIDTH}１ b 11010519491231002X`))).toBe(false);
  });

  it('an ID number with a wrong check digit is masked all the same (valid or not)', () => {
    expect(maskIdNumbersInText(WRONG_CHECK)).toBe('1101**********0029');
    expect(safeHouseholdId(WRONG_CHECK)).toBe('1101**********0029');
    expect(safeHouseholdId(FULL_WIDTH)).toBe('１１０１**********００２Ｘ');
  });

  it('a 户编号 that is not ID-shaped stays readable (14 digits, letters and digits)', () => {
    expect(safeHouseholdId('53340100000001')).toBe('53340100000001');
    expect(safeHouseholdId('H-001')).toBe('H-001');
  });

  it('summary regions: an ID number typed into the 县 column is masked in the village key', () => {
    const key = regionKey({ province: '福建省', county: WRONG_CHECK, village: '一村' });
    expect(key).not.toContain(WRONG_CHECK);
    expect(key).toContain('1101**********0029');
    expect(regionKey({ county: '晋安区', village: '一村' })).toContain('晋安区');
  });

  it('1_01_001: checkBatch names the households of a cross-household duplicate masked, like its message', () => {
    const a = clean({ id: WRONG_CHECK });
    const b = clean({ id: '11010519491231002X' });
    const { crossHousehold } = checkBatch([a, b], JINAN, { asOf: AS_OF });
    expect(crossHousehold.length).toBeGreaterThan(0);
    for (const issue of crossHousehold) expect(containsUnmaskedIdNumber(JSON.stringify(issue))).toBe(false);
  });
});

describe('domain.md §11: the CLI never prints an unmasked ID-shaped 户编号', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ffp-mask-'));
  const file = join(dir, 'ids.csv');
  writeFileSync(
    file,
    [
      '省,县,乡,村,户编号,户类型,姓名,证件号码,性别,与户主关系,出生日期,健康状况,劳动技能,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出',
      `福建省,${WRONG_CHECK},宦溪镇,${FULL_WIDTH},${WRONG_CHECK},一般农户,王建国,11010519491231002X,男,户主,1949-12-31,健康,普通劳动力,12000,3000,0,1200,500`,
    ].join('\n') + '\n',
  );

  it('explain --json masks the household id (record.householdId) and every other ID-shaped value', async () => {
    const r = await cli('explain', file, '--household', WRONG_CHECK, '--profile', 'fujian/jinan/2023', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).record.householdId).toBe('1101**********0029');
    expect(containsUnmaskedIdNumber(r.stdout + r.stderr)).toBe(false);
  });

  it('explain (text) masks the household id', async () => {
    const r = await cli('explain', file, '--household', WRONG_CHECK, '--profile', 'fujian/jinan/2023');
    expect(r.code).toBe(0);
    expect(containsUnmaskedIdNumber(r.stdout + r.stderr)).toBe(false);
  });

  it('rescore to stdout: results and the summary never show the ID-shaped 户编号 or region cells', async () => {
    const r = await cli('rescore', file, '--profile', 'fujian/jinan/2023', '--format', 'ndjson', '--workers', '1');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).householdId).toBe('1101**********0029');
    expect(containsUnmaskedIdNumber(r.stdout + r.stderr)).toBe(false);
  });
});
