/**
 * Optional columns a county can add (docs/import-mapping.md, "Optional columns a county can add"):
 * each new header read from a CSV fills its field with the converted value; an export without them
 * reads exactly as before; the event columns pair kinds with dates by position, never by guess.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getProfile, parseHousehold, screenHousehold } from '../../src/index.js';
import { splitPath } from '../../src/io/assemble.js';
import { readRecords, type ImportedRecord, type ReadOptions } from '../../src/io/index.js';

const BASE = ['户编号', '姓名', '证件号码', '性别', '与户主关系', '户类型', '工资性收入', '生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出', '理赔收入', '合规自付支出'];
const BASE_ROW = ['H1', '张三', '530621197003120017', '男', '户主', '一般农户', '3000', '1000', '0', '800', '200', '0', '0'];

/** One household of one member, with extra columns. */
function csv(extra: Record<string, string>): Buffer {
  const headers = [...BASE, ...Object.keys(extra)];
  const row = [...BASE_ROW, ...Object.values(extra)];
  return Buffer.from(`${headers.join(',')}\n${row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\n`);
}

async function readAll(source: Parameters<typeof readRecords>[0], options: ReadOptions = {}): Promise<ImportedRecord[]> {
  const out: ImportedRecord[] = [];
  for await (const r of readRecords(source, options)) out.push(r);
  return out;
}

async function readOne(extra: Record<string, string>, options: ReadOptions = {}): Promise<ImportedRecord> {
  const records = await readAll([csv(extra)], { format: 'csv', ...options });
  expect(records).toHaveLength(1);
  return records[0]!;
}

function at(value: unknown, path: string): unknown {
  let cur = value;
  for (const seg of splitPath(path)) cur = (cur as Record<string | number, unknown> | undefined)?.[seg];
  return cur;
}

/** [header, cell, field path in the raw record, expected value] — the clause each fact comes from is in the header's note. */
const CASES: readonly [string, string, string, unknown][] = [
  ['安置区地址', '建塘镇安置点', 'relocationSiteAddress', '建塘镇安置点'],
  ['发现时间', '202306', 'discoveredOn', '2023-06-01'],
  ['农户发现时间', '2023-06-15', 'discoveredOn', '2023-06-15'],
  ['上年家庭人均纯收入', '7,200.50', 'previousPerCapitaNetIncome', '7200.5'],
  ['刚性支出明显超过上年度收入', '是', 'hardship.rigidSpendingExceedsIncome', true],
  ['两不愁三保障和饮水安全受到影响', '否', 'hardship.basicNeedsAffected', false],
  ['收入大幅缩减', '是', 'hardship.sharpIncomeDrop', true],
  ['因灾因意外事故收入大幅缩减', '否', 'hardship.sharpIncomeDrop', false],
  ['家庭生活出现临时性困难', '是', 'hardship.temporaryHardship', true],
  ['严重困难影响基本生活', '是', 'hardship.severeDifficulty', true],
  ['部分丧失劳动能力且无法通过产业就业获得稳定收入', '否', 'hardship.noStableIncomeFromWork', false],
  ['拥有并经常使用高档乘用车辆', '是', 'assets.luxuryCar', true],
  ['在城镇购买商品房', '是', 'assets.urbanCommercialHousing', true],
  ['通过货币化安置购买商品房', '否', 'assets.cashResettlementExempt', false],
  ['注册公司企业并雇佣他人从事经营性活动', '是', 'assets.companyWithEmployees', true],
  ['公司企业收益较高', '否', 'assets.highReturnCompany', false],
  ['户内成员有财政供养人员或国企中层及以上领导干部', '否', 'assets.publicPayrollMember', false],
  ['分户子女及配偶有财政供养人员或国企中层及以上领导干部', '是', 'assets.separatedChildPublicPayroll', true],
  ['分户子女家庭注册公司企业且收益较高', '否', 'assets.separatedChildCompany', false],
  ['分户子女赡养能力强', '是', 'assets.separatedChildrenAbleToSupport', true],
  ['法定赡养人有能力但不依法履行义务', '是', 'assets.supporterNotPaying', true],
  ['县级以上扶贫部门规定的其他不纳入情形', '否', 'assets.countyRuleExclusion', false],
  ['家庭致贫原因消失', '是', 'policyReview.causeOfPovertyGone', true],
  ['生产生活条件不低于当地一般农户', '是', 'policyReview.conditionsNotBelowOrdinary', true],
  ['患大病且报销后个人自付费用支出较大', '否', 'policyReview.largeMedicalOutOfPocket', false],
  ['因灾因意外造成家庭生活困难', '是', 'policyReview.disasterOrAccidentHardship', true],
  ['识别时家庭人均纯收入', '5800', 'monitoring.perCapitaIncomeAtIdentification', '5800'],
  ['收入稳定', '是', 'monitoring.review.incomeStable', true],
  ['大额刚性支出稳定解决', '否', 'monitoring.review.rigidSpendingResolved', false],
  ['识别时风险已消除', '是', 'monitoring.review.riskGone', true],
  ['风险自然消失', '否', 'monitoring.review.riskGoneNaturally', false],
  ['新出现致贫返贫风险', '是', 'monitoring.review.newRisk', true],
  ['新出现风险时间', '2024年3月', 'monitoring.review.newRiskOn', '2024-03-01'],
  ['帮扶措施取消后风险消除不稳定', '是', 'monitoring.review.dependsOnMeasures', true],
  ['风险消除知情同意', '是', 'monitoring.review.informedConsent', true],
  ['已提交纳入监测申请', '是', 'monitoring.procedure.application', true],
  ['已签署授权承诺书', '否', 'monitoring.procedure.authorisation', false],
  ['已开展民主评议', '是', 'monitoring.procedure.democraticReview', true],
  ['已公示', '是', 'monitoring.procedure.publicity', true],
  ['已开展家庭资产信息和基本信息复核', '否', 'monitoring.procedure.assetVerification', false],
  ['风险消除标注', '致贫风险消除', 'monitoring.eliminated.mark', 'poverty-risk-eliminated'],
  ['转移性收入中的保险赔付', '600', 'income.breakdown.transfer.insuranceCompensation', '600'],
  ['是否危房户', '是', 'guarantees.housingUnsafe', true],
  ['危房户', '否', 'guarantees.housingUnsafe', false],
  ['残疾类别', '肢体', 'members[0].disabilityCategory', 4],
  ['残疾等级', '二级', 'members[0].disabilityGrade', 2],
];

describe('optional columns: value → field', () => {
  it.each(CASES)('%s “%s” → %s', async (header, value, path, expected) => {
    const r = await readOne({ [header]: value });
    expect(r.problems).toEqual([]);
    expect(at(r.raw, path)).toEqual(expected);
  });

  it.each(CASES)('%s left empty records nothing (the fact stays unknown, never 否)', async (header, _value, path) => {
    const r = await readOne({ [header]: '' });
    expect(r.problems).toEqual([]);
    expect(at(r.raw, path)).toBeUndefined();
  });

  it('a value outside the vocabulary is a problem naming the column, never a guess', async () => {
    const r = await readOne({ 严重困难影响基本生活: '可能' });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'hardship.severeDifficulty', code: 'unknown_value' })]);
    expect(r.problems[0]!.message.zh).toContain('“严重困难影响基本生活”列');
  });

  it('A23: 是否危房户 and 是否住房出现安全问题 fill the same field and must agree (county rules 1_02_001, 1_02_007 read 危房 as housing not secured)', async () => {
    expect((await readOne({ 是否住房出现安全问题: '是', 是否危房户: '是' })).problems).toEqual([]);
    const r = await readOne({ 是否住房出现安全问题: '否', 是否危房户: '是' });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'guarantees.housingUnsafe', code: 'conflicting_value' })]);
  });

  it('A25: 是否解决安全饮用水 fills A25 negated (county rule 1_02_007 reads 饮水 = 否 as water not secured) and keeps the living-conditions field as written', async () => {
    const r = await readOne({ 是否解决安全饮用水: '否' });
    expect(r.problems).toEqual([]);
    expect(at(r.raw, 'guarantees.drinkingWaterUnsafe')).toBe(true);
    expect(at(r.raw, 'livingConditions.safeDrinkingWater')).toBe(false);
    const safe = await readOne({ 是否解决安全饮用水: '是' });
    expect(at(safe.raw, 'guarantees.drinkingWaterUnsafe')).toBe(false);
    expect(at(safe.raw, 'livingConditions.safeDrinkingWater')).toBe(true);
  });

  it('A25: 是否饮水出现安全问题 “是” agrees with 是否解决安全饮用水 “否”; the same word in both is a conflict that says the columns mean opposite things', async () => {
    expect((await readOne({ 是否饮水出现安全问题: '是', 是否解决安全饮用水: '否' })).problems).toEqual([]);
    const r = await readOne({ 是否饮水出现安全问题: '否', 是否解决安全饮用水: '否' });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'guarantees.drinkingWaterUnsafe', code: 'conflicting_value' })]);
    expect(r.problems[0]!.message.zh).toContain('两列以相反的说法记同一事实');
  });

  it('emptyMoneyAsZero reads empty income amounts as 0 but never the reference figures 上年家庭人均纯收入 and 识别时家庭人均纯收入', async () => {
    const r = await readOne({ 上年家庭人均纯收入: '', 识别时家庭人均纯收入: '', 转移性收入中的保险赔付: '' }, { emptyMoneyAsZero: true });
    expect(at(r.raw, 'previousPerCapitaNetIncome')).toBeUndefined();
    expect(at(r.raw, 'monitoring.perCapitaIncomeAtIdentification')).toBeUndefined();
    expect(at(r.raw, 'income.breakdown.transfer.insuranceCompensation')).toBe('0');
  });

  it('a household fact may be given on one row of the household and left empty on the others', async () => {
    const text = `${[...BASE, '拥有并经常使用高档乘用车辆'].join(',')}\n${[...BASE_ROW, ''].join(',')}\n${['H1', '李四', '530621197208150025', '女', '配偶', '一般农户', '3000', '1000', '0', '800', '200', '0', '0', '否'].join(',')}\n`;
    const [r] = await readAll([Buffer.from(text)], { format: 'csv' });
    expect(r!.problems).toEqual([]);
    expect(at(r!.raw, 'assets.luxuryCar')).toBe(false);
  });
});

describe('earlier years\' income from flat columns (往年家庭人均纯收入 + 往年收入周期截止日期)', () => {
  it('党委发〔2023〕70号 §一(二) "2022年收入不增反降": amounts pair with their period ends by position into incomeHistory; a comma stays a thousands separator', async () => {
    const r = await readOne({ 往年家庭人均纯收入: '9,800.50；9200', 往年收入周期截止日期: '2022-09-30,2021-09-30' });
    expect(r.problems).toEqual([]);
    expect(at(r.raw, 'incomeHistory')).toEqual([
      { periodEnd: '2022-09-30', perCapitaNetIncome: '9800.5' },
      { periodEnd: '2021-09-30', perCapitaNetIncome: '9200' },
    ]);
    expect(parseHousehold(r.raw).ok).toBe(true);
  });
  it('amounts and dates of different counts are an inconsistent_value problem at incomeHistory; nothing is paired by guess', async () => {
    const r = await readOne({ 往年家庭人均纯收入: '9800', 往年收入周期截止日期: '2022-09-30,2021-09-30' });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'incomeHistory', code: 'inconsistent_value' })]);
    expect(at(r.raw, 'incomeHistory')).toBeUndefined();
  });
});

describe('events from flat columns (部门预警类型 + 部门预警时间, 户事件类型 + 户事件时间)', () => {
  it('龙扶贫组字〔2021〕1号 §三(三): department warnings, comma-separated, pair with their dates by position and carry departmentWarning', async () => {
    const r = await readOne({ 部门预警类型: '新增低保,住危房', 部门预警时间: '2023-05-10,202307' });
    expect(r.problems).toEqual([]);
    expect(at(r.raw, 'events')).toEqual([
      { kind: 'new-dibao', on: '2023-05-10', departmentWarning: true },
      { kind: 'dangerous-housing', on: '2023-07-01', departmentWarning: true },
    ]);
    const p = parseHousehold(r.raw);
    expect(p.ok).toBe(true);
  });

  it('other household events come without departmentWarning, listed after the warnings; a kind may repeat at another date', async () => {
    const r = await readOne({ 户事件类型: '农户申请、农户申请', 户事件时间: '2023-02-01、2023-08-01', 部门预警类型: '大额医疗支出', 部门预警时间: '2023-03-15' });
    expect(r.problems).toEqual([]);
    expect(at(r.raw, 'events')).toEqual([
      { kind: 'large-medical-spending', on: '2023-03-15', departmentWarning: true },
      { kind: 'application', on: '2023-02-01' },
      { kind: 'application', on: '2023-08-01' },
    ]);
  });

  it('kinds and dates of different counts are an inconsistent_value problem naming both columns; no event is made up', async () => {
    const r = await readOne({ 部门预警类型: '新增低保,住危房', 部门预警时间: '2023-05-10' });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'events', code: 'inconsistent_value' })]);
    expect(r.problems[0]!.message.zh).toBe('“部门预警类型”列有 2 项，“部门预警时间”列有 1 项：两列按位置配对，每项须有一个日期');
    expect(at(r.raw, 'events')).toBeUndefined();
  });

  it('a kind column without its date column is the same problem, naming the missing column', async () => {
    const r = await readOne({ 户事件类型: '受灾' });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'events', code: 'inconsistent_value' })]);
    expect(r.problems[0]!.message.zh).toContain('“户事件时间”列有 0 项');
  });

  it('无 or empty cells record no event; an unknown kind or a bad date is a problem at events', async () => {
    expect(at((await readOne({ 部门预警类型: '无', 部门预警时间: '' })).raw, 'events')).toBeUndefined();
    expect((await readOne({ 部门预警类型: '被骗', 部门预警时间: '2023-01-01' })).problems).toEqual([expect.objectContaining({ path: 'events', code: 'unknown_value' })]);
    expect((await readOne({ 部门预警类型: '住危房', 部门预警时间: '2023-02-30' })).problems).toEqual([expect.objectContaining({ path: 'events', code: 'invalid_date' })]);
  });

  it('S004 §三(三): an imported warning puts the household in the department-warning screening group under Longkou', async () => {
    const r = await readOne({ 部门预警类型: '新增低保', 部门预警时间: '2021-05-10' });
    const p = parseHousehold(r.raw);
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const profile = getProfile('shandong/longkou/2021');
    expect(screenHousehold(p.household, profile, { asOf: '2021-06-30' }).groups).toContain('department-warning');
    const without = parseHousehold((await readOne({})).raw);
    if (!without.ok) throw new Error(JSON.stringify(without.issues));
    expect(screenHousehold(without.household, profile, { asOf: '2021-06-30' }).groups).not.toContain('department-warning');
  });
});

describe('round trip on the bundled example (examples/data/village.csv)', () => {
  const village = new URL('../../examples/data/village.csv', import.meta.url);
  const ADDED: Record<string, string> = {
    发现时间: '202309',
    上年家庭人均纯收入: '6800.00',
    严重困难影响基本生活: '是',
    刚性支出明显超过上年度收入: '否',
    拥有并经常使用高档乘用车辆: '否',
    收入稳定: '是',
    部门预警类型: '新增低保',
    部门预警时间: '2023-06-01',
    残疾等级: '',
  };

  /** village.csv with the columns of ADDED appended (values, or all empty). */
  function withColumns(filled: boolean): Buffer {
    const lines = readFileSync(village, 'utf8').split(/\r?\n/);
    const headerAt = lines.findIndex((l) => l.includes('户编号') && l.includes('姓名'));
    return Buffer.from(
      lines
        .map((l, i) => {
          if (i < headerAt || l === '') return l;
          if (i === headerAt) return `${l},${Object.keys(ADDED).join(',')}`;
          return `${l},${Object.values(ADDED).map((v) => (filled ? v : '')).join(',')}`;
        })
        .join('\n'),
    );
  }

  it('the records of the bundled example are the same as those read before the optional columns existed (digest taken at 9100bec, re-taken when issue 15 regenerated the example data, and on keys in sorted order when issue 14 had the importer build validated households in schema order)', async () => {
    const records = await readAll(village.pathname);
    expect(records).toHaveLength(120);
    // Keys sorted: the importer builds a valid household in schema order (the object parsing returns), a record it rejects in column order.
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
    expect(createHash('sha256').update(JSON.stringify(sorted(records))).digest('hex')).toBe('41e9afc391bd6f38d47493e9bd22d41842c0e2a3a80f466d5b88920f942dfd5f');
  });

  it('the example with the new columns present but empty gives the same records', async () => {
    const records = await readAll([withColumns(false)], { format: 'csv' });
    expect(records).toEqual(await readAll(village.pathname));
  });

  it('the example with the new columns filled: every household gets the facts, and nothing else changes', async () => {
    const base = await readAll(village.pathname);
    const rich = await readAll([withColumns(true)], { format: 'csv' });
    expect(rich).toHaveLength(base.length);
    rich.forEach((r, i) => {
      const raw = r.raw as Record<string, unknown>;
      if (raw === undefined) return;
      expect(raw.discoveredOn).toBe('2023-09-01');
      expect(raw.previousPerCapitaNetIncome).toBe('6800');
      expect(raw.hardship).toEqual({ severeDifficulty: true, rigidSpendingExceedsIncome: false });
      expect(raw.assets).toEqual({ luxuryCar: false });
      expect((raw.monitoring as { review?: unknown } | undefined)?.review).toEqual({ incomeStable: true });
      expect(raw.events).toEqual([{ kind: 'new-dibao', on: '2023-06-01', departmentWarning: true }]);
      const stripped = structuredClone(raw);
      for (const k of ['discoveredOn', 'previousPerCapitaNetIncome', 'hardship', 'assets', 'events']) delete stripped[k];
      const monitoring = stripped.monitoring as Record<string, unknown>;
      delete monitoring.review;
      if (Object.keys(monitoring).length === 0) delete stripped.monitoring;
      expect({ ...r, raw: stripped }).toEqual(base[i]);
    });
  });
});
