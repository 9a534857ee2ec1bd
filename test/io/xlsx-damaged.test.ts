/**
 * Issue 12 item 1 — a damaged XLSX is always an ImportError naming the file and what is wrong:
 * before, one changed byte made `rescore` exit 13 with empty outputs (5 of 16 corruptions), an empty
 * input never settled, and exceljs/unzipper errors ("invalid signature", "FILE_ENDED") escaped
 * unwrapped. The zip is checked first (its directory, every part's length and CRC-32), so a
 * changed byte is found whichever part it is in.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, readRecords, writeResults, type ImportedRecord, type TableColumn, type TableRow } from '../../src/io/index.js';
import { crc32, checkZip } from '../../src/io/zip-check.js';
import { loadExcelJS } from '../../src/io/xlsx.js';

let exceljsAvailable = true;
try {
  await loadExcelJS();
} catch {
  exceljsAvailable = false;
}

const dir = mkdtempSync(join(tmpdir(), 'ffp-xlsx-damaged-'));
const HEADER = '省,县,乡,村,户编号,户类型,姓名,证件号码,性别,与户主关系,出生日期,健康状况,劳动技能,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出'.split(',');

async function workbook(): Promise<Buffer> {
  const columns: TableColumn[] = HEADER.map((h, i) => ({ key: `c${i}`, zh: h, en: h }));
  const rows: TableRow[] = [];
  for (let i = 0; i < 60; i++) {
    const cells = ['福建省', '晋安区', '宦溪镇', '一村', `H${100 + Math.floor(i / 3)}`, '一般农户', `王${i}`, '', i % 3 === 0 ? '男' : '女', i % 3 === 0 ? '户主' : '配偶', '1970-01-01', '健康', '普通劳动力', '12000', '3000', '0', '1200', '500'];
    rows.push(Object.fromEntries(cells.map((v, k) => [`c${k}`, v])));
  }
  const path = join(dir, 'good.xlsx');
  await writeResults(rows, { path, columns });
  return readFileSync(path);
}

async function readAll(source: Parameters<typeof readRecords>[0], options: Parameters<typeof readRecords>[1] = {}): Promise<ImportedRecord[]> {
  const out: ImportedRecord[] = [];
  for await (const r of readRecords(source, { format: 'xlsx', ...options })) out.push(r);
  return out;
}

async function importError(source: Parameters<typeof readRecords>[0]): Promise<ImportError> {
  try {
    await readAll(source);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

/** A zip of stored (uncompressed) files, written by hand: a sound zip whose parts may be anything. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const n = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe.runIf(exceljsAvailable)('a damaged XLSX (issue 12 item 1)', () => {
  it('a sound zip whose worksheet is not XML: an ImportError (format) with the parser\'s words, not a raw error', async () => {
    const zip = storedZip({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>户编号</t></is></c></row></sheetData></oops>',
    });
    writeFileSync(join(dir, 'not-xml.xlsx'), zip);
    const e = await importError(join(dir, 'not-xml.xlsx'));
    expect(e.code).toBe('format');
    expect(e.text.en).toContain('not-xml.xlsx');
  });

  it('a zip that holds no workbook at all: an ImportError (format)', async () => {
    expect((await importError([storedZip({ 'readme.txt': 'hello' })])).code).toBe('format');
  });

  it('one changed byte anywhere (16 places across the file): an ImportError (format) naming the file — never a hang, a raw error or silently read data', async () => {
    const good = await workbook();
    const expected = await readAll(join(dir, 'good.xlsx'));
    expect(expected).toHaveLength(20);
    for (let k = 0; k < 16; k++) {
      const bad = Buffer.from(good);
      const at = Math.floor(((k + 1) * bad.length) / 17);
      bad[at] = bad[at]! ^ 0x5a;
      const path = join(dir, `bad-${k}.xlsx`);
      writeFileSync(path, bad);
      const e = await importError(path);
      expect(e.code).toBe('format');
      expect(e.text.en).toContain(`bad-${k}.xlsx`);
      expect(e.text.zh).toContain(`bad-${k}.xlsx`);
      // the same bytes from a stream (as the command line reads stdin): the same error, never a hang
      const fromBytes = await importError((async function* () {
        yield bad.subarray(0, bad.length >> 1);
        yield bad.subarray(bad.length >> 1);
      })());
      expect(fromBytes.code).toBe('format');
    }
  });

  it('an empty input settles at once with "empty file" (bytes, and a file of 0 bytes)', async () => {
    const e = await importError([new Uint8Array(0)]);
    expect(e.code).toBe('format');
    expect(e.text.en).toContain('empty');
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect((await importError(join(dir, 'empty.xlsx'))).text.en).toContain('empty');
  });

  it('a truncated workbook (half of it) and a file that is not a zip at all: an ImportError saying so', async () => {
    const good = await workbook();
    writeFileSync(join(dir, 'half.xlsx'), good.subarray(0, good.length >> 1));
    expect((await importError(join(dir, 'half.xlsx'))).text.en).toMatch(/not a complete XLSX|cut short/);
    expect((await importError([Buffer.from('this is,not,a zip\n')])).code).toBe('format');
  });

  it('a sound workbook is read as before, from a file and from bytes (near miss)', async () => {
    const good = await workbook();
    const fromFile = await readAll(join(dir, 'good.xlsx'));
    const fromBytes = await readAll([good]);
    expect(fromBytes).toEqual(fromFile);
  });

  it('checkZip: a sound zip passes; CRC-32 of a known vector', async () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    await expect(checkZip(await workbook())).resolves.toBeUndefined();
  });
});
