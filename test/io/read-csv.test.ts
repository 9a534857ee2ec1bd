/**
 * Reading CSV exports of the national system: one fixture per quirk of export-format.md §3.4.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseHousehold, type Household } from '../../src/index.js';
import { readRecords, type ImportedRecord, type ReadOptions, type RecordStream } from '../../src/io/index.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

async function readAll(source: Parameters<typeof readRecords>[0], options?: ReadOptions): Promise<{ records: ImportedRecord[]; stream: RecordStream }> {
  const stream = readRecords(source, options);
  const records: ImportedRecord[] = [];
  for await (const r of stream) records.push(r);
  return { records, stream };
}

function parsed(r: ImportedRecord): Household {
  expect(r.problems).toEqual([]);
  const p = parseHousehold(r.raw);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.household;
}

describe('readRecords — CSV', () => {
  it('§3.3: reads a clean UTF-8 export with BOM, one row per member, into households that parse', async () => {
    const { records, stream } = await readAll(fixture('clean.csv'));
    expect(records.map((r) => r.householdId)).toEqual(['5306210010001', '5306210010002', '5306210010003']);
    expect(records.map((r) => r.position)).toEqual([0, 1, 2]);
    expect(records.map((r) => r.source.rows)).toEqual([[2, 3, 4], [5, 6], [7]]);
    const [h1, h2, h3] = records.map(parsed);
    expect(h1!.povertyAlleviated).toBe(true);
    expect(h1!.monitoring).toEqual({ category: 'unstable', identifiedOn: '2022-03-01', eliminated: { method: 'assisted', on: '2023-03-01' } });
    expect(h1!.members.map((m) => [m.relation, m.sex, m.health, m.labour])).toEqual([
      ['head', 'male', 'serious-illness', 'weak'],
      ['spouse', 'female', 'healthy', 'ordinary'],
      ['son', 'male', 'healthy', 'ordinary'],
    ]);
    expect(h1!.members[2]!.schoolStatus).toBe('senior-3');
    expect(h1!.income).toEqual({ wage: '18000', operating: '6000.5', property: '300', transfer: '4200', operatingExpense: '2000', claims: '3000', compliantOutOfPocket: '12000' });
    expect(h1!.measures).toEqual(['dibao']);
    expect(h1!.riskTypes).toEqual(['illness']);
    expect(h2!.povertyAlleviated).toBe(false);
    expect(h2!.monitoring).toBeUndefined();
    expect(h2!.riskTypes).toEqual([]);
    expect(h2!.measures).toEqual([]);
    expect(h3!.monitoring).toEqual({ category: 'marginal', identifiedOn: '2023-06-01' });
    expect(h3!.region).toEqual({ village: '团结村' });
    expect(stream.info?.encoding).toBe('utf-8');
    expect(stream.info?.headerRow).toBe(1);
    expect(stream.warnings).toEqual([]);
  });

  it('§3.4(4): a GBK-encoded export is detected and reads exactly like its UTF-8 twin', async () => {
    const gbk = readFileSync(fixture('gbk.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const { records, stream } = await readAll(fixture('gbk.csv'));
    const utf8 = await readAll(fixture('clean.csv'));
    expect(stream.info?.encoding).toBe('gb18030');
    expect(records).toEqual(utf8.records);
  });

  it('§3.4(4): an encoding given explicitly is used (UTF-8 forced on a GBK file stops with a clear error)', async () => {
    await expect(readAll(fixture('gbk.csv'), { encoding: 'utf-8' })).rejects.toThrow(/not valid UTF-8/);
    const { records } = await readAll(fixture('gbk.csv'), { encoding: 'gbk' });
    expect(records).toHaveLength(3);
  });

  it('§3.4(1): title rows above the header are skipped and reported; row numbers stay those of the file', async () => {
    const { records, stream } = await readAll(fixture('title-rows.csv'));
    expect(stream.info?.headerRow).toBe(3);
    expect(records.map((r) => r.source.rows)).toEqual([[4, 5, 6], [7, 8], [9]]);
    expect(stream.warnings.map((w) => w.code)).toEqual(['title-rows']);
    expect(stream.warnings[0]!.rows).toEqual([1, 2]);
    const clean = await readAll(fixture('clean.csv'));
    expect(records.map((r) => r.raw)).toEqual(clean.records.map((r) => r.raw));
  });

  it('§3.4(1): without a header row among the first rows the file is refused with a clear error', async () => {
    await expect(readAll([Buffer.from('a,b,c\n1,2,3\n')], { format: 'csv' })).rejects.toThrow(/no header row/);
    await expect(readAll(fixture('title-rows.csv'), { headerScanRows: 2 })).rejects.toThrow(/first 2 rows/);
    const { records } = await readAll(fixture('title-rows.csv'), { headerRow: 3 });
    expect(records).toHaveLength(3);
  });

  it('§3.4(2): a header that appears twice is kept twice; copies that agree fill one field, copies that disagree are a problem naming both columns', async () => {
    const { records, stream } = await readAll(fixture('duplicate-headers.csv'));
    expect(stream.warnings.filter((w) => w.code === 'duplicate-header').map((w) => w.columns)).toEqual([['识别监测时间'], ['风险是否已消除']]);
    const cols = stream.info!.columns.filter((c) => c.header === '识别监测时间');
    expect(cols.map((c) => [c.index, c.path])).toEqual([
      [4, 'monitoring.identifiedOn'],
      [26, 'monitoring.identifiedOn'],
    ]);
    const [agree, disagree] = records;
    expect(parsed(agree!).monitoring?.identifiedOn).toBe('2022-03-01');
    expect(disagree!.problems).toHaveLength(1);
    expect(disagree!.problems[0]).toMatchObject({ path: 'monitoring.identifiedOn', code: 'conflicting_value' });
    expect(disagree!.problems[0]!.message.zh).toContain('（第 5 列）');
    expect(disagree!.problems[0]!.message.zh).toContain('（第 27 列）');
    expect(disagree!.problems[0]!.message.en).toContain('"202306" ≠ "202307"');
  });

  it('§3.4(3): full- and half-width brackets, stray spaces and aliases in headers all map to their fields', async () => {
    const { records, stream } = await readAll(fixture('brackets.csv'));
    const h = parsed(records[0]!);
    expect(h.region).toEqual({ county: '鲁甸县', town: '龙头山镇', village: '和平村' });
    expect(h.monitoring).toEqual({ category: 'unstable', identifiedOn: '2022-03-01', eliminated: { method: 'assisted', on: '2023-03-01' } });
    expect(h.members.map((m) => m.workMonths)).toEqual([6, 10]);
    expect(h.income.wage).toBe('18000');
    expect(h.income.transfer).toBe('4200');
    expect(h.income.claims).toBe('0');
    expect(h.income.breakdown?.transfer?.dibao).toBe('3600');
    expect(h.livingConditions?.arableLand).toBe(3.5);
    expect(stream.warnings.map((w) => w.code)).toEqual(['unused-columns', 'absent-income-columns']);
    expect(stream.warnings[0]!.columns).toEqual(['人均纯收入 (元)']);
    expect(stream.warnings[1]!.columns).toEqual(['合规自付支出']);
  });

  it('§3.4(4): Excel\'s ="..." wrapping is undone, quoted or not', async () => {
    const { records } = await readAll(fixture('excel-wrapped.csv'));
    expect(records).toHaveLength(1);
    const h = parsed(records[0]!);
    expect(h.id).toBe('5306210010001');
    expect(h.members.map((m) => m.idNumber)).toEqual(['530621197003120017', '530621197208150025']);
    expect(h.members[0]!.phone).toBe('13812345678');
    expect(h.monitoring?.identifiedOn).toBe('2022-03-01');
    expect(h.income.wage).toBe('18000');
  });

  it('§3.4(4): numbers read as floats are restored when exact; an ID that lost precision is a problem, never a silently wrong ID', async () => {
    const { records } = await readAll(fixture('floats.csv'));
    expect(records.map((r) => r.householdId)).toEqual(['5306210010001', '5306210010002']);
    const [a, b] = records;
    const raw = a!.raw as { members: Record<string, unknown>[]; monitoring: { identifiedOn: string } };
    expect(raw.monitoring.identifiedOn).toBe('2023-04-01');
    expect(raw.members[0]).toMatchObject({ birthDate: '1970-03-12', workMonths: 6, phone: '13812345678', idNumber: '530621197003120017' });
    expect(raw.members[1]!.idNumber).toBeUndefined();
    expect(a!.problems).toEqual([expect.objectContaining({ path: 'members[1].idNumber', code: 'precision_lost' })]);
    expect(a!.problems[0]!.message.zh).toContain('第 3 行“证件号码”列');
    // 18 digits with ".0" went through a float too; the 11-digit phone in scientific notation is exact.
    expect(b!.problems).toEqual([expect.objectContaining({ path: 'members[0].idNumber', code: 'precision_lost' })]);
    expect((b!.raw as { members: Record<string, unknown>[] }).members[0]!.phone).toBe('13812345678');
    for (const r of records) expect(JSON.stringify(r.problems)).not.toMatch(/\d{15,}/);
  });

  it('§3.1: Chinese value spellings map onto the interchange enums (边缘易致贫户, 之女, 患大病, 是/否, 1/2, 城市低保, 严重困难户, 普通农户 …)', async () => {
    const { records } = await readAll(fixture('spellings.csv'));
    const [s1, s2] = records.map(parsed);
    expect(s1!.povertyAlleviated).toBe(false); // 普通农户
    expect(s1!.monitoring).toEqual({ category: 'marginal', identifiedOn: '2023-04-01' }); // 风险是否已消除 = 否
    expect(s1!.riskTypes).toEqual(['unstable-employment', 'illness']); // 务工就业不稳, 因病
    expect(s1!.measures).toEqual(['dibao', 'disability-allowance', 'employment']);
    expect(s1!.noLabourSafetyNet).toBe(false);
    const [head, spouse, daughter, baby] = s1!.members;
    expect(head).toMatchObject({ sex: 'male', relation: 'head', health: 'serious-illness', labour: 'weak', education: 'junior-secondary', dibao: true, tekun: false });
    expect(head!.basicMedicalInsurance).toBe(true); // 城乡居民 否, 城镇职工 是
    expect(head!.employment).toEqual([{ start: '2022-10', end: '2023-03' }]); // YYYY年MM月
    expect(spouse).toMatchObject({ sex: 'female', relation: 'spouse', labour: 'ordinary', dibao: true, tekun: false, basicMedicalInsurance: true });
    expect(daughter).toMatchObject({ relation: 'daughter', schoolStatus: 'primary', labour: 'none' }); // 三年级
    expect(baby).toMatchObject({ relation: 'grandson', schoolStatus: 'preschool-age', changes: [{ kind: 'birth', on: '2023-05-01' }] });
    expect(baby!.idNumber).toBeUndefined();
    expect(s2!.povertyAlleviated).toBe(true);
    expect(s2!.policyStatus).toBe('not-enjoying'); // 脱贫不享受政策户
    expect(s2!.monitoring).toEqual({ category: 'sudden-hardship', identifiedOn: '2022-10-01', eliminated: { method: 'natural', on: '2023-06-01' } }); // 严重困难户
    expect(s2!.members[0]).toMatchObject({ health: 'disabled', labour: 'lost', education: 'illiterate', dibao: false, tekun: true });
    expect(s2!.measures).toEqual([]); // 综合保障 无
    expect(s2!.noLabourSafetyNet).toBe(true);
  });

  it('grouping: a household whose rows are not contiguous is reported on the later block and in the warnings; nothing is merged or lost', async () => {
    const { records, stream } = await readAll(fixture('non-contiguous.csv'));
    expect(records.map((r) => [r.householdId, r.source.rows])).toEqual([
      ['A', [2, 3]],
      ['B', [4]],
      ['A', [5]],
      [undefined, [6]],
      ['C', [8]],
    ]);
    expect(records[0]!.problems).toEqual([]);
    expect(records[2]!.problems).toEqual([expect.objectContaining({ path: 'id', code: 'non_contiguous_household' })]);
    expect(records[2]!.problems[0]!.message.en).toContain('rows of household A are not contiguous (rows 2, 5)');
    const w = stream.warnings.find((x) => x.code === 'non-contiguous-household');
    expect(w).toMatchObject({ householdId: 'A', rows: [2, 5], positions: [0, 2] });
    expect(stream.warnings.find((x) => x.code === 'blank-rows')?.rows).toEqual([7]);
    // The row without 户编号 is a record of its own, which parsing refuses for the missing id.
    const noId = parseHousehold(records[3]!.raw);
    expect(noId.ok).toBe(false);
    if (!noId.ok) expect(noId.issues.map((i) => i.path)).toContain('id');
  });

  it('a fixture with errors: records in = records out, each error a problem with its path, column and row', async () => {
    const { records } = await readAll(fixture('errors.csv'));
    expect(records.map((r) => r.householdId)).toEqual(['E-1', 'E-2', 'E-3', 'E-4', 'E-5', 'E-6', 'E-7']);
    expect(records.flatMap((r) => r.source.rows)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const byId = Object.fromEntries(records.map((r) => [r.householdId, r]));
    expect(byId['E-1']!.problems).toEqual([expect.objectContaining({ path: 'income.wage', code: 'invalid_money' })]);
    expect(byId['E-1']!.problems[0]!.message.zh).toBe('第 2 行“工资性收入”列：金额“1,8OO.00”无效：应为如 12345.60 的金额');
    expect(byId['E-2']!.problems).toEqual([expect.objectContaining({ path: 'income.wage', code: 'conflicting_value' })]);
    expect(byId['E-2']!.problems[0]!.message.en).toContain('row 3 "36000.00", row 4 "35000.00"');
    expect(byId['E-3']!.problems).toEqual([expect.objectContaining({ path: 'members[0].health', code: 'unknown_value' })]);
    expect(byId['E-3']!.problems[0]!.message.zh).toContain('无法识别的取值“患病”');
    expect(byId['E-4']!.problems).toEqual([]);
    const e4 = parseHousehold(byId['E-4']!.raw);
    expect(e4.ok).toBe(false);
    if (!e4.ok) expect(e4.issues).toEqual([expect.objectContaining({ path: 'members[1].relation', code: 'required' })]);
    expect(byId['E-5']!.problems).toEqual([expect.objectContaining({ path: 'members[0].idNumber', code: 'precision_lost' })]);
    // 风险是否已消除 = 否 with an elimination date and method filled in.
    expect(byId['E-6']!.problems).toEqual([expect.objectContaining({ path: 'monitoring.eliminated', code: 'inconsistent_value' })]);
    expect(byId['E-7']!.problems).toEqual([]);
    expect(parseHousehold(byId['E-7']!.raw).ok).toBe(true);
  });

  it('reads from a Readable and from an async iterable of bytes as from a path; the format is sniffed when not given', async () => {
    const bytes = readFileSync(fixture('clean.csv'));
    const fromPath = (await readAll(fixture('clean.csv'))).records;
    const fromStream = (await readAll(Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]))).records;
    async function* oneByteAtATime() {
      for (const b of bytes) yield Uint8Array.of(b);
    }
    const fromBytes = (await readAll(oneByteAtATime(), { format: 'csv' })).records;
    expect(fromStream).toEqual(fromPath);
    expect(fromBytes).toEqual(fromPath);
  });

  it('a reader that stops early closes its source', async () => {
    // Larger than what is read ahead to detect the encoding, so the file is still open when the reader stops.
    const source = createReadStream(new URL('../../examples/data/village.csv', import.meta.url), { highWaterMark: 1024 });
    for await (const r of readRecords(source)) {
      expect(r.position).toBe(0);
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });

  it('a record stream can be iterated only once', async () => {
    const stream = readRecords(fixture('clean.csv'));
    for await (const _ of stream) void _;
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/only once/);
  });

  it('unknown columns are reported once per file and otherwise ignored; option emptyMoneyAsZero fills empty amounts', async () => {
    const text = '户编号,姓名,证件号码,性别,与户主关系,户类型,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,奇怪的列\nX,张三,530621197003120017,男,户主,一般农户,100,,,,,abc\nX,李四,530621197208150025,女,配偶,一般农户,100,,,,,def\n';
    const { records, stream } = await readAll([Buffer.from(text)], { format: 'csv' });
    expect(stream.warnings).toEqual([
      expect.objectContaining({ code: 'unknown-columns', columns: ['奇怪的列'] }),
      expect.objectContaining({ code: 'absent-income-columns', columns: ['理赔收入', '合规自付支出'] }),
    ]);
    expect((records[0]!.raw as { income: unknown }).income).toEqual({ wage: '100' });
    const zero = await readAll([Buffer.from(text)], { format: 'csv', emptyMoneyAsZero: true });
    expect((zero.records[0]!.raw as { income: unknown }).income).toEqual({ wage: '100', operating: '0', property: '0', transfer: '0', operatingExpense: '0' });
    expect(parseHousehold(zero.records[0]!.raw).ok).toBe(true);
  });
});
