/**
 * Exporters: result tables (CSV / NDJSON / XLSX, Chinese or English headers) and the rejected-records file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { assessHousehold, getProfile, parseHousehold } from '../../src/index.js';
import { formatRows, readRecords, resultRow, RESULT_COLUMNS, writeRejected, writeResults, type ImportedRecord, type TableColumn } from '../../src/io/index.js';
import { household } from '../builders.js';
import { openTableWriter, tableLines } from '../../src/io/write.js';

const dir = mkdtempSync(join(tmpdir(), 'fangfanpin-io-'));
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

const COLUMNS: TableColumn[] = [
  { key: 'id', zh: '户编号', en: 'household id' },
  { key: 'amount', zh: '金额', en: 'amount' },
  { key: 'ok', zh: '是否纳入', en: 'included' },
  { key: 'note', zh: '备注', en: 'note' },
];
const ROWS = [
  { id: '53062100100010001', amount: '5733.33', ok: true, note: '含逗号, 和"引号"' },
  { id: 'A-2', amount: 12, ok: false, note: null },
];

describe('writeResults', () => {
  it('CSV: UTF-8 with BOM and Chinese headers by default; quoting; long digit strings kept as text for Excel', async () => {
    const path = join(dir, 'out.csv');
    const summary = await writeResults(ROWS, { path, columns: COLUMNS });
    expect(summary).toEqual({ format: 'csv', rows: 2, path });
    const text = readFileSync(path, 'utf8');
    expect(text).toBe('\ufeff户编号,金额,是否纳入,备注\r\n="53062100100010001",5733.33,是,"含逗号, 和""引号"""\r\nA-2,12,否,\r\n');
  });

  it('CSV: English headers and yes/no with language en; GBK on request; formula-like text defused', async () => {
    const path = join(dir, 'out-gbk.csv');
    await writeResults([{ id: '=1+1', amount: '-5.00', ok: true }], { path, columns: COLUMNS, language: 'en', encoding: 'gbk' });
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(iconv.decode(bytes, 'gbk')).toBe("household id,amount,included,note\r\n'=1+1,-5.00,yes,\r\n");
  });

  it('CSV written by writeResults reads back through readRecords-level cell cleaning (="…" unwrapped)', async () => {
    const cols: TableColumn[] = [
      { key: 'hh', zh: '户编号', en: 'hh' },
      { key: 'name', zh: '姓名', en: 'name' },
      { key: 'id', zh: '证件号码', en: 'id' },
      { key: 'sex', zh: '性别', en: 'sex' },
      { key: 'rel', zh: '与户主关系', en: 'rel' },
    ];
    const path = join(dir, 'national.csv');
    await writeResults([{ hh: '0012', name: '张三', id: '11010519491231002X', sex: '女', rel: '户主' }], { path, columns: cols });
    expect(readFileSync(path, 'utf8')).toContain('="0012"');
    const records: ImportedRecord[] = [];
    for await (const r of readRecords(path)) records.push(r);
    expect(records[0]!.householdId).toBe('0012');
    expect((records[0]!.raw as { members: unknown[] }).members).toEqual([{ name: '张三', idNumber: '11010519491231002X', sex: 'female', relation: 'head' }]);
  });

  it('NDJSON: one object per row with the column keys, to a stream', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    await writeResults(ROWS, { stream, format: 'ndjson', columns: COLUMNS });
    const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: '53062100100010001', amount: '5733.33', ok: true, note: '含逗号, 和"引号"' },
      { id: 'A-2', amount: 12, ok: false, note: null },
    ]);
  });

  it('a format that cannot be told from the target is refused', async () => {
    await expect(writeResults(ROWS, { stream: new PassThrough(), columns: COLUMNS })).rejects.toThrow(/output format/);
  });

  it('resultRow fills the default result columns from an assessment; headers are Chinese by default, English with the flag', async () => {
    const h = household({ id: 'R-1' });
    const result = assessHousehold(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
    const row = resultRow({ ...result, householdId: h.id, village: h.region?.village, monitoring: { eligible: true, category: 'marginal', excludedBy: [] }, quality: [{ severity: 'error' }, { severity: 'warning' }, { severity: 'error' }] });
    expect(row).toMatchObject({ householdId: 'R-1', village: '一村', category: '边缘易致贫户', eligible: true, householdSize: 3, qualityErrors: 2, qualityWarnings: 1, qualityCompleteness: 0 });
    expect(row.netIncome).toBe(result.income.netIncome);
    expect(resultRow({ householdId: 'R-1', monitoring: { category: 'marginal' } }, 'en').category).toBe('marginal household at risk of poverty');
    const zh = join(dir, 'results-zh.csv');
    const en = join(dir, 'results-en.csv');
    await writeResults([row], { path: zh });
    await writeResults([row], { path: en, language: 'en' });
    const shown = RESULT_COLUMNS.filter((c) => !c.ndjsonOnly);
    expect(readFileSync(zh, 'utf8').split('\r\n')[0]).toBe('\ufeff' + shown.map((c) => c.zh).join(','));
    expect(readFileSync(en, 'utf8').split('\r\n')[0]).toBe('\ufeff' + shown.map((c) => c.en).join(','));
  });

  it('a list cell is a JSON array in NDJSON and joined with "；" in CSV ("; " in English); an ndjson-only column is left out of CSV', async () => {
    const columns: TableColumn[] = [
      { key: 'id', zh: '编号', en: 'id' },
      { key: 'facts', zh: '事实', en: 'facts' },
      { key: 'codes', zh: '代码', en: 'codes', ndjsonOnly: true },
    ];
    const rows = [{ id: 'H1', facts: ['A27 致贫返贫风险类型', '刚性支出'], codes: ['riskTypes'] }, { id: 'H2', facts: [], codes: [] }];
    expect(tableLines(rows, { format: 'ndjson', columns }).trim().split('\n').map((l) => JSON.parse(l))).toEqual(rows);
    expect(tableLines(rows, { format: 'csv', columns })).toBe('H1,A27 致贫返贫风险类型；刚性支出\r\nH2,\r\n');
    expect(tableLines(rows, { format: 'csv', columns, language: 'en' })).toBe('H1,A27 致贫返贫风险类型; 刚性支出\r\nH2,\r\n');
    const path = join(dir, 'lists.csv');
    await writeResults(rows, { path, columns });
    expect(readFileSync(path, 'utf8')).toBe('\ufeff编号,事实\r\nH1,A27 致贫返贫风险类型；刚性支出\r\nH2,\r\n');
  });
});

describe('TableWriter lines as UTF-8 bytes (addLineBytes, for lines encoded in a worker thread)', () => {
  const lines = tableLines(ROWS, { format: 'csv', columns: COLUMNS });
  const bytes = (text: string) => new TextEncoder().encode(text);

  for (const sync of [false, true]) {
    it(`CSV (UTF-8${sync ? ', synchronous writes' : ''}) and NDJSON: the same file as the text lines, in the order given`, async () => {
      for (const format of ['csv', 'ndjson'] as const) {
        const text = tableLines(ROWS, { format, columns: COLUMNS });
        const a = join(dir, `lines-${format}-${sync}.${format}`);
        const b = join(dir, `bytes-${format}-${sync}.${format}`);
        const wa = await openTableWriter({ path: a, format, columns: COLUMNS, sync });
        await wa.addLines(text, 2);
        await wa.addRow(ROWS[0]!);
        await wa.addLines(text, 2);
        const wb = await openTableWriter({ path: b, format, columns: COLUMNS, sync });
        expect(wb.takesUtf8).toBe(true);
        await wb.addLineBytes(bytes(text), 2);
        await wb.addRow(ROWS[0]!);
        await wb.addLineBytes(bytes(text), 2);
        expect((await wb.end()).rows).toBe(5);
        expect((await wa.end()).rows).toBe(5);
        expect(readFileSync(b)).toEqual(readFileSync(a));
      }
    });
  }

  it('a GBK CSV and XLSX take no UTF-8 bytes (they encode their text themselves)', async () => {
    const gbk = await openTableWriter({ path: join(dir, 'gbk-bytes.csv'), encoding: 'gbk', columns: COLUMNS });
    expect(gbk.takesUtf8).toBe(false);
    await expect(gbk.addLineBytes(bytes(lines), 2)).rejects.toThrow(/GBK/);
    await gbk.end();
    const ndjson = await openTableWriter({ path: join(dir, 'gbk-bytes.ndjson'), encoding: 'gbk', columns: COLUMNS });
    expect(ndjson.takesUtf8).toBe(true);
    await ndjson.end();
  });
});

describe('writeRejected', () => {
  async function rejectedOf(file: string) {
    const out: { position: number; householdId?: string; source: { rows: number[] }; problems: ImportedRecord['problems']; issues: ImportedRecord['problems'] }[] = [];
    for await (const r of readRecords(fixture(file))) {
      const parsed = r.problems.length === 0 ? parseHousehold(r.raw) : undefined;
      const issues = parsed && !parsed.ok ? parsed.issues : [];
      if (r.problems.length > 0 || issues.length > 0) out.push({ ...r, issues });
    }
    return out;
  }

  it('CSV: one row per issue with household id, position, source rows, path, code, zh and en; no unmasked ID anywhere', async () => {
    const rejected = await rejectedOf('errors.csv');
    // An ID number in a message and in the household id must come out masked.
    rejected.push({ position: 99, householdId: '530621197003120017', source: { rows: [40, 41, 42, 50] }, problems: [], issues: [{ path: 'members[0].idNumber', code: 'checksum', message: { zh: '证件号码 530621197003120017 校验位错误', en: 'ID 530621197003120017 has a wrong check character' } }] });
    const path = join(dir, 'rejected.csv');
    const summary = await writeRejected(rejected, { path });
    expect(summary.rows).toBe(rejected.length);
    const text = readFileSync(path, 'utf8');
    expect(containsUnmaskedIdNumber(text)).toBe(false);
    const lines = text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('户编号,记录位置（从0起）,源文件行号,字段路径,问题代码,问题说明,问题说明（英文）');
    expect(lines).toContain('E-1,0,2,income.wage,invalid_money,"第 2 行“工资性收入”列：金额“1,8OO.00”无效：应为如 12345.60 的金额","row 2, column ""工资性收入"": invalid amount ""1,8OO.00"": expected an amount such as 12345.60"');
    expect(lines.some((l) => l.startsWith('5306**********0017,99,"40-42, 50",members[0].idNumber,checksum,证件号码 5306**********0017 校验位错误,'))).toBe(true);
    // Every rejected record is there: E-1, E-2, E-3, E-4 (parse issue), E-5, E-6 and the added one.
    const ids = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    expect([...ids]).toEqual(['E-1', 'E-2', 'E-3', 'E-4', 'E-5', 'E-6', '5306**********0017']);
  });

  it('NDJSON: one line per record, issues as { path, code, zh, en }, masked', async () => {
    const rejected = await rejectedOf('floats.csv');
    const path = join(dir, 'rejected.ndjson');
    await writeRejected(rejected, { path });
    const text = readFileSync(path, 'utf8');
    expect(containsUnmaskedIdNumber(text)).toBe(false);
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ position: 0, householdId: '5306210010001', rows: [2, 3], issues: [{ path: 'members[1].idNumber', code: 'precision_lost' }] });
  });

  it('formatRows compresses runs of rows', () => {
    expect(formatRows([3, 4, 5, 9, 11, 12])).toBe('3-5, 9, 11-12');
    expect(formatRows([])).toBe('');
  });
});
