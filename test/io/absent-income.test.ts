/**
 * An income column absent from the file (缺少的收入列) is a file-level warning naming it, never a
 * silent 0: A28–A32 are required by the interchange format (S000 附件1: A33 = A28 + A29 + A30 + A31 −
 * A32), so every household is rejected as `required`; A35/A36 default to 0 and the records read
 * as before. `emptyMoneyAsZero` reads the absent required columns as 0 — and says so, once per file.
 */
import { describe, expect, it } from 'vitest';
import { parseHousehold } from '../../src/index.js';
import { CsvChunkReader } from '../../src/io/csv-chunk.js';
import { applyAssignment, type ImportedRecord, type ImportWarning } from '../../src/io/group.js';
import { readRecords, type ReadOptions } from '../../src/io/index.js';
import { ImportSession } from '../../src/io/session.js';

const BASE = ['户编号', '姓名', '证件号码', '性别', '与户主关系', '户类型'];
const INCOME = ['工资性收入', '生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出', '理赔收入', '合规自付支出'];
const VALUES: Record<string, string> = { 工资性收入: '12000', 生产经营性收入: '3000', 财产性收入: '200', 转移性收入: '1800', 生产经营性支出: '500', 理赔收入: '1000', 合规自付支出: '4000' };

/** A CSV of three one-member households with the given income columns. */
function csv(income: readonly string[]): Buffer {
  const rows = [[...BASE, ...income].join(',')];
  for (const [id, name, idNumber] of [
    ['H1', '张三', '530621197003120017'],
    ['H2', '李四', '530621197208150025'],
    ['H3', '王五', '11010519491231002X'],
  ]) {
    rows.push([id, name, idNumber, '男', '户主', '一般农户', ...income.map((h) => VALUES[h])].join(','));
  }
  return Buffer.from(rows.join('\n') + '\n');
}

async function readAll(bytes: Buffer, options: ReadOptions = {}): Promise<{ records: ImportedRecord[]; warnings: readonly ImportWarning[] }> {
  const stream = readRecords([bytes], { format: 'csv', ...options });
  const records: ImportedRecord[] = [];
  for await (const r of stream) records.push(r);
  return { records, warnings: stream.warnings };
}

const absentWarnings = (warnings: readonly ImportWarning[]) => warnings.filter((w) => w.code.startsWith('absent-income'));

describe('absent income columns', () => {
  it('S000 附件1 A28: without 工资性收入 the file gets one warning naming it (zh and en), and every household is rejected as required at income.wage — never read as 0', async () => {
    const { records, warnings } = await readAll(csv(INCOME.filter((h) => h !== '工资性收入')));
    const absent = absentWarnings(warnings);
    expect(absent).toHaveLength(1);
    expect(absent[0]!.code).toBe('absent-income-columns');
    expect(absent[0]!.columns).toEqual(['工资性收入']);
    expect(absent[0]!.message.zh).toBe('文件缺少收入列——工资性收入（A28）：必填项，不按 0 计，每户都因缺少该项被拒收（required）');
    expect(absent[0]!.message.en).toBe('the file has no column for these income items — 工资性收入 (A28, income.wage): required, never read as 0, so every household lacks it and is rejected (`required`)');
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r.problems).toEqual([]);
      expect((r.raw as { income: Record<string, unknown> }).income.wage).toBeUndefined();
      const p = parseHousehold(r.raw);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.issues.filter((i) => i.code === 'required').map((i) => i.path)).toEqual(['income.wage']);
    }
  });

  it('S000 附件1 A28–A32: each absent required column is named, in form order', async () => {
    const { warnings } = await readAll(csv(['财产性收入', '理赔收入', '合规自付支出']));
    const absent = absentWarnings(warnings);
    expect(absent.map((w) => w.code)).toEqual(['absent-income-columns']);
    expect(absent[0]!.columns).toEqual(['工资性收入', '生产经营性收入', '转移性收入', '生产经营性支出']);
    expect(absent[0]!.message.zh).toContain('工资性收入（A28）、生产经营性收入（A29）、转移性收入（A31）、生产经营性支出（A32）：必填项');
  });

  it('S000 附件1 A35/A36: without 理赔收入 and 合规自付支出 the warning names both as counted 0 by default, and the records read exactly as they do with the columns left empty', async () => {
    const without = await readAll(csv(INCOME.slice(0, 5)));
    const absent = absentWarnings(without.warnings);
    expect(absent).toHaveLength(1);
    expect(absent[0]!.columns).toEqual(['理赔收入', '合规自付支出']);
    expect(absent[0]!.message.zh).toBe('文件缺少收入列——理赔收入（A35）、合规自付支出（A36）：可选项，按 0 计（交换格式的默认值）');
    const emptyColumns = Buffer.from(
      csv(INCOME.slice(0, 5))
        .toString()
        .split('\n')
        .map((l, i) => (l ? l + (i === 0 ? ',理赔收入,合规自付支出' : ',,') : l))
        .join('\n'),
    );
    const withEmpty = await readAll(emptyColumns);
    expect(absentWarnings(withEmpty.warnings)).toEqual([]);
    expect(without.records).toEqual(withEmpty.records);
    for (const r of without.records) {
      expect(r.raw).not.toHaveProperty('income.claims');
      expect(parseHousehold(r.raw).ok).toBe(true);
    }
  });

  it('a file with every income column gets no such warning', async () => {
    const { warnings } = await readAll(csv(INCOME));
    expect(absentWarnings(warnings)).toEqual([]);
  });

  it('emptyMoneyAsZero: absent required columns are read as 0 in every household, and a second warning says so once per file', async () => {
    const { records, warnings } = await readAll(csv(['生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出']), { emptyMoneyAsZero: true });
    const absent = absentWarnings(warnings);
    expect(absent.map((w) => w.code)).toEqual(['absent-income-columns', 'absent-income-read-as-zero']);
    expect(absent[0]!.message.zh).toContain('工资性收入（A28）：必填项，按 emptyMoneyAsZero 选项读作 0');
    expect(absent[1]!.columns).toEqual(['工资性收入']);
    expect(absent[1]!.message.zh).toBe('按 emptyMoneyAsZero 选项，文件缺少的收入列 工资性收入（A28） 对每一户都读作 0 元：这些户的收入与人均收入因此可能偏低，请核实');
    expect(absent[1]!.message.en).toContain('were read as 0 for every household');
    for (const r of records) {
      expect((r.raw as { income: Record<string, unknown> }).income).toEqual({ wage: '0', operating: '3000', property: '200', transfer: '1800', operatingExpense: '500' });
      expect(parseHousehold(r.raw).ok).toBe(true);
    }
  });

  it('emptyMoneyAsZero: chunks read elsewhere (the CLI\'s workers) fill the absent columns the same way', async () => {
    const bytes = csv(['生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出']);
    const session = new ImportSession([bytes], { format: 'csv', emptyMoneyAsZero: true, chunkBytes: 32 });
    const records: ImportedRecord[] = [];
    let reader: CsvChunkReader | undefined;
    let chunks = 0;
    for await (const item of session.items()) {
      if (item.kind === 'records') {
        records.push(...item.records);
        continue;
      }
      chunks++;
      reader ??= new CsvChunkReader(session.chunkSetup!);
      const got = reader.read(item.chunk);
      applyAssignment(got.records, got.keys, session.assign(got.keys, got.firstRows));
      records.push(...got.records);
    }
    session.finish();
    expect(chunks).toBeGreaterThan(1);
    expect(records).toEqual((await readAll(bytes, { emptyMoneyAsZero: true })).records);
    expect(records.map((r) => (r.raw as { income: { wage?: string } }).income.wage)).toEqual(['0', '0', '0']);
  });

  it('without emptyMoneyAsZero no absent column is filled: the same file is rejected household by household', async () => {
    const { records } = await readAll(csv(['生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出']));
    for (const r of records) expect((r.raw as { income: Record<string, unknown> }).income.wage).toBeUndefined();
  });

  it('NDJSON has no columns: a record without income.wage is rejected by parsing, with no file warning', async () => {
    const line = JSON.stringify({ id: 'H1', povertyAlleviated: false, members: [{ name: '张三', sex: 'male', relation: 'head' }], income: { operating: 0, property: 0, transfer: 0, operatingExpense: 0 } });
    const stream = readRecords([Buffer.from(line + '\n')], { format: 'ndjson' });
    for await (const _ of stream) void _;
    expect(stream.warnings).toEqual([]);
  });
});
