/**
 * Reading a CSV in chunks cut at household boundaries (src/io/csv-split.ts, csv-chunk.ts) gives
 * exactly what reading it as one papaparse stream gives: the same records (positions, rows,
 * households, problems) and the same warnings, whatever the chunk size and however the bytes arrive.
 */
import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvChunkReader } from '../../src/io/csv-chunk.js';
import { applyAssignment, type ImportedRecord } from '../../src/io/group.js';
import { ImportSession, type SessionOptions } from '../../src/io/session.js';

const HEADER = ['户编号', '姓名', '证件号码', '性别', '与户主关系', '户类型', '工资性收入', '生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出', '健康状况', '综合保障', '村'];

interface Read {
  records: ImportedRecord[];
  warnings: unknown;
  chunks: number;
  streamed: number;
}

function pieces(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return (async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  })();
}

/** Reads a session as readRecords does, counting chunks and records streamed. */
async function read(bytes: Uint8Array, options: SessionOptions, pieceSize = 1 << 16): Promise<Read> {
  const session = new ImportSession(pieces(bytes, pieceSize), { format: 'csv', ...options });
  const out: Read = { records: [], warnings: undefined, chunks: 0, streamed: 0 };
  let reader: CsvChunkReader | undefined;
  for await (const item of session.items()) {
    if (item.kind === 'records') {
      out.streamed += item.records.length;
      out.records.push(...item.records);
      continue;
    }
    out.chunks++;
    reader ??= new CsvChunkReader(session.chunkSetup!);
    const got = reader.read(item.chunk);
    session.tally(got.blank, got.replaced);
    applyAssignment(got.records, got.keys, session.assign(got.keys, got.firstRows));
    out.records.push(...got.records);
  }
  session.finish();
  out.warnings = session.warnings;
  return out;
}

function csvCell(s: string, quote: boolean): string {
  return quote || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A member row of household `id`. */
const memberRow = fc.record({
  name: fc.constantFrom('张三', '李四', '王"五', '赵,六', '孙\n七', ' 周八 ', ''),
  idWrapped: fc.boolean(),
  wage: fc.constantFrom('1200', '1,200.50', '12,34O', '', '300.00'),
  health: fc.constantFrom('健康', '患大病', '患病', ''),
  safetyNet: fc.constantFrom('', '低保', '低保,临时救助', '无'),
  quoteAll: fc.boolean(),
  short: fc.boolean(),
});

const fileArb = fc.record({
  households: fc.array(fc.record({ id: fc.constantFrom('H1', 'H2', 'H3', 'H4', 'H5', 'H6', ''), rows: fc.array(memberRow, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 25 }),
  blanks: fc.array(fc.nat(200), { maxLength: 5 }),
  blankText: fc.constantFrom('', ',,,', ' ,\t', '="",', '\u3000'),
  newline: fc.constantFrom('\n', '\r\n'),
  titleRows: fc.nat(2),
  trailing: fc.boolean(),
});

type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function render(f: FileSpec): string {
  const lines: string[] = [];
  for (let t = 0; t < f.titleRows; t++) lines.push(`标题${t}，单位：元`);
  lines.push(HEADER.join(','));
  for (const h of f.households) {
    h.rows.forEach((m, k) => {
      const id = m.idWrapped && h.id ? `="${h.id}"` : h.id;
      const cells = [id, m.name, '', '男', k === 0 ? '户主' : '之子', '一般农户', m.wage, '0', '0', '0', '0', m.health, m.safetyNet, '一村'];
      const row = cells.map((c) => csvCell(c, m.quoteAll && c !== ''));
      lines.push((m.short ? row.slice(0, 9) : row).join(','));
    });
  }
  for (const b of f.blanks) lines.splice(Math.min(lines.length, f.titleRows + 1 + b), 0, f.blankText);
  return lines.join(f.newline) + (f.trailing ? f.newline : '');
}

describe('reading a CSV in chunks', () => {
  test.prop([fileArb, fc.constantFrom(1, 40, 200, 1 << 16), fc.constantFrom(1, 7, 1 << 16)], { numRuns: 150 })(
    'any chunk size and piece size: the same records and warnings as one papaparse stream (quoted fields with line breaks, blank rows, non-contiguous households, short rows, empty 户编号)',
    async (file, chunkBytes, pieceSize) => {
      const bytes = Buffer.from(render(file), 'utf8');
      const reference = await read(bytes, { chunked: false });
      const chunked = await read(bytes, { chunkBytes }, pieceSize);
      expect(chunked.streamed).toBe(0);
      expect(chunked.records).toEqual(reference.records);
      expect(chunked.warnings).toEqual(reference.warnings);
    },
  );

  it('never cuts inside a household: with 1-byte chunks every chunk starts a household, and a household of many rows stays whole', async () => {
    const rows = [HEADER.join(',')];
    for (let h = 0; h < 30; h++) for (let m = 0; m < (h % 5) + 1; m++) rows.push(`H${h},成员${m},,男,${m === 0 ? '户主' : '之子'},一般农户,100,0,0,0,0,健康,,一村`);
    const bytes = Buffer.from(rows.join('\n') + '\n');
    const chunked = await read(bytes, { chunkBytes: 1 });
    expect(chunked.chunks).toBe(30);
    expect(chunked.records.map((r) => r.source.rows.length)).toEqual(Array.from({ length: 30 }, (_, h) => (h % 5) + 1));
    expect(chunked.records).toEqual((await read(bytes, { chunked: false })).records);
  });

  it('a household that comes back in a later chunk is reported there, naming the earlier record, as in one stream', async () => {
    const line = (id: string, name: string) => `${id},${name},,男,户主,一般农户,100,0,0,0,0,健康,,一村`;
    const rows = [HEADER.join(','), line('A', '甲'), line('B', '乙'), ...Array.from({ length: 20 }, (_, i) => line(`X${i}`, '丙')), line('A', '丁')];
    const bytes = Buffer.from(rows.join('\n') + '\n');
    const chunked = await read(bytes, { chunkBytes: 64 });
    expect(chunked.chunks).toBeGreaterThan(5);
    const last = chunked.records.at(-1)!;
    expect(last.problems.map((p) => p.code)).toEqual(['non_contiguous_household']);
    expect(last.problems[0]!.message.en).toContain('rows of household A are not contiguous (rows 2, 24)');
    expect(chunked.warnings).toEqual([
      expect.objectContaining({ code: 'absent-income-columns', columns: ['理赔收入', '合规自付支出'] }),
      expect.objectContaining({ code: 'non-contiguous-household', householdId: 'A', positions: [0, 22] }),
    ]);
    const reference = await read(bytes, { chunked: false });
    expect(chunked.records).toEqual(reference.records);
    expect(chunked.warnings).toEqual(reference.warnings);
  });

  it('quoting that papaparse reads with its own repairs stops the cutting there; the rest is read as a stream, with the same records', async () => {
    const line = (id: string, name: string) => `${id},${name},,男,户主,一般农户,100,0,0,0,0,健康,,一村`;
    const rows = [HEADER.join(','), ...Array.from({ length: 40 }, (_, i) => line(`H${i}`, '甲')), line('Q', '"王"五'), ...Array.from({ length: 10 }, (_, i) => line(`K${i}`, '乙'))];
    const bytes = Buffer.from(rows.join('\n') + '\n');
    const chunked = await read(bytes, { chunkBytes: 256 });
    expect(chunked.chunks).toBeGreaterThan(0);
    expect(chunked.streamed).toBeGreaterThan(0);
    expect(chunked.records).toEqual((await read(bytes, { chunked: false })).records);
  });

  it('GBK: chunks are cut on bytes and decoded one by one, exactly like the stream (undecodable characters counted once)', async () => {
    const rows = [HEADER.join(',')];
    for (let h = 0; h < 40; h++) rows.push(`H${h},鲁扎西${h},,男,户主,脱贫户,100,0,0,0,0,患大病,"低保,临时救助",和平村`);
    const bytes = Buffer.concat([iconv.encode(rows.join('\r\n') + '\r\n', 'gb18030'), Buffer.from([0x81, 0x2c, 0x0a])]);
    const chunked = await read(bytes, { chunkBytes: 100, encoding: 'gbk' });
    const reference = await read(bytes, { chunked: false, encoding: 'gbk' });
    expect(chunked.chunks).toBeGreaterThan(10);
    expect(chunked.records).toEqual(reference.records);
    expect(chunked.warnings).toEqual(reference.warnings);
    expect(chunked.records[0]!.raw).toMatchObject({ id: 'H0', region: { village: '和平村' }, measures: ['dibao', 'temporary-assistance'] });
  });

  it('a tab-separated export is cut like a comma-separated one', async () => {
    const rows = [HEADER.join('\t'), ...Array.from({ length: 30 }, (_, h) => `H${h}\t张三\t\t男\t户主\t一般农户\t100\t0\t0\t0\t0\t健康\t\t一村`)];
    const bytes = Buffer.from(rows.join('\n'));
    const chunked = await read(bytes, { chunkBytes: 50 });
    expect(chunked.chunks).toBeGreaterThan(5);
    expect(chunked.records).toHaveLength(30);
    expect(chunked.records).toEqual((await read(bytes, { chunked: false })).records);
  });
});
