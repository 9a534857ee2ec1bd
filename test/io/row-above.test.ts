/**
 * Issue 14, tenth slice (rows): on the byte path a member cell is first compared, by its bytes, with
 * the same column's cell in the row above (equal bytes: the row above's text, nothing looked up), and
 * the grouper's repeated-row test compares rows read with plain cells by their byte spans. The text
 * path (the chunk decoded, then read as today) is the oracle: the same records — raw households,
 * problems (repeated rows among them), keys, rows, blank rows, errors — for rows made from the row
 * above with some member cells changed (to another spelling, a longer or shorter one, the same text
 * quoted, padding, `="…"`), earlier rows of the household again (as written or with cells quoted:
 * the same texts in other bytes), rows cut short, rows papaparse reads (a quoted field past the
 * header's width, line breaks inside quotes), blank rows, any dialect, cut into chunks anywhere, one
 * reader reused for every piece; and generated wide and narrow exports with rejected records, chunks
 * of any size.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CsvChunkReader, type ChunkRecords, type CsvChunkSetup } from '../../src/io/csv-chunk.js';
import type { CsvChunk, CsvDialect } from '../../src/io/csv-split.js';
import { ImportSession } from '../../src/io/session.js';
import { villageLines } from '../../examples/make-village.js';

/** Member columns whose cells repeat (vocabularies, 是/否, months), a name and an ID number, household columns between them, an unknown column. */
const HEADER = ['户编号', '姓名', '证件类型', '证件号码', '性别', '户类型', '工资性收入', '与户主关系', '健康状况', '是否参加城乡居民基本医疗保险', '是否参加大病保险', '备注', '享受低保政策情况', '务工时间（月）', '行政村', '文化程度'];
const HOUSEHOLD = new Set([0, 5, 6, 14]);

type Outcome = { ok: true; value: ChunkRecords } | { ok: false; error: string };

function readOn(reader: CsvChunkReader, chunk: CsvChunk): Outcome {
  try {
    return { ok: true, value: reader.read(chunk) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** Member cells: spellings, near misses of them (longer, shorter, padded), the same texts quoted, and anything. */
const memberCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('是', '否', '是是', '否否', '是 ', ' 是', '\u3000是', '身份证', '身份证号', '男', '女', '男 ', '健康', '患病', '户主', '之子', '配偶', '小学', '初中', '10', '10.0', '1O', '未享受', '享受', '', '', '=""', '="是"', '=是', 'ｅ', 'x', '张三', '="533401196006085597"') },
  { weight: 2, arbitrary: fc.constantFrom('"是"', '"否"', '""', '"是,否"', '"a\nb"', '"是""否"', '"\r\n"', 'a"b', '"') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('是', '否', ' ', ',', ';', '=', '"', '0', '.', '\u3000', '\n', '\r'), maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const householdCell = fc.constantFrom('H1', 'H2', '="H1"', 'H3', '一般农户', '脱贫户', '100', '1,200.50', '一村', '二村', '');

/** How a row is made from the rows before it. */
const rowArb = fc.oneof(
  // The row above with each member cell kept or changed (`keep` per cell); household cells kept.
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('next' as const), keep: fc.array(fc.boolean(), { minLength: HEADER.length, maxLength: HEADER.length }), cells: fc.array(memberCell, { minLength: HEADER.length, maxLength: HEADER.length }) }) },
  // An earlier row of the household again: as written, or with cells quoted (the same texts, other bytes).
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('again' as const), back: fc.nat(), quote: fc.array(fc.boolean(), { minLength: HEADER.length, maxLength: HEADER.length }), quoted: fc.boolean() }) },
  // A new household.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('new' as const), house: fc.array(householdCell, { minLength: HEADER.length, maxLength: HEADER.length }), cells: fc.array(memberCell, { minLength: HEADER.length, maxLength: HEADER.length }) }) },
  // The row above cut short, or with a quoted field past the header's width (papaparse reads it).
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('short' as const), length: fc.nat({ max: HEADER.length }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tail' as const), tail: fc.constantFrom('"q"', '"a,\nb"', 'x') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('blank' as const), text: fc.constantFrom('', ',,,', ' ') }) },
);

const fileArb = fc.record({
  rows: fc.array(rowArb, { minLength: 1, maxLength: 40 }),
  newline: fc.constantFrom<CsvDialect['newline']>('\n', '\r\n', '\r'),
  delimiter: fc.constantFrom(',', ';'),
  trailing: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 4 }),
});

type RowSpec = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;

/** The lines of a file made by `rows` (see rowArb). */
function linesOf(rows: readonly RowSpec[], delimiter: string): string[] {
  const lines: string[] = [];
  let above: string[] = HEADER.map((_, i) => (i === 0 ? 'H1' : ''));
  let household: string[][] = [];
  for (const r of rows) {
    switch (r.kind) {
      case 'next': {
        const cells = above.map((c, i) => (HOUSEHOLD.has(i) || r.keep[i] ? c : r.cells[i]!));
        lines.push(cells.join(delimiter));
        above = cells;
        household.push(cells);
        break;
      }
      case 'again': {
        const earlier = household.length > 0 ? household[r.back % household.length]! : above;
        const cells = r.quoted ? earlier.map((c, i) => (r.quote[i] && !HOUSEHOLD.has(i) ? quote(c) : c)) : earlier;
        lines.push(cells.join(delimiter));
        above = earlier;
        household.push(earlier);
        break;
      }
      case 'new': {
        const cells = HEADER.map((_, i) => (HOUSEHOLD.has(i) ? r.house[i]! : r.cells[i]!));
        cells[0] = r.house[0]! === '' ? 'H9' : r.house[0]!;
        lines.push(cells.join(delimiter));
        above = cells;
        household = [cells];
        break;
      }
      case 'short':
        lines.push(above.slice(0, r.length).join(delimiter));
        break;
      case 'tail':
        lines.push([...above, r.tail].join(delimiter));
        break;
      case 'blank':
        lines.push(r.text);
        break;
    }
  }
  return lines;
}

describe('member cells compared with the row above, and repeated rows found, by their bytes ≡ the text path', () => {
  test.prop([fileArb], { numRuns: 300 })(
    'rows made from the row above (cells kept, changed, quoted, cut short), earlier rows again, any dialect, cut anywhere: the same records, problems and errors as the text path, fresh readers and one reused',
    (f) => {
      const bytes = Buffer.from(linesOf(f.rows, f.delimiter).join(f.newline) + (f.trailing ? f.newline : ''), 'utf8');
      const setup: CsvChunkSetup = { header: HEADER, dialect: { delimiter: f.delimiter, newline: f.newline }, encoding: 'utf-8', options: {} };
      const cuts = [...new Set(f.cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const reused = new CsvChunkReader(setup);
      let from = 0;
      for (const to of [...cuts, bytes.length]) {
        const piece = bytes.subarray(from, to);
        const quoted = /(^|[,;\n\r])"/.test(piece.toString('latin1'));
        // The row count is the text reader's: a wrong one is the same error from both.
        const reference = readOn(new CsvChunkReader(setup, { bytes: false }), { bytes: piece, firstRow: 3, rows: 0, byteOffset: from, quoted, final: to === bytes.length });
        const counted = !reference.ok ? /holds (\d+) rows/.exec(reference.error) : null;
        const chunk: CsvChunk = { bytes: piece, firstRow: 3, rows: counted ? Number(counted[1]) : 0, byteOffset: from, quoted, final: to === bytes.length };
        const text = readOn(new CsvChunkReader(setup, { bytes: false }), chunk);
        expect(readOn(new CsvChunkReader(setup), chunk)).toEqual(text);
        expect(readOn(reused, { ...chunk, bytes: new Uint8Array(piece) })).toEqual(text);
        from = to;
      }
    },
    180_000,
  );

  it('a row that repeats an earlier one with its cells quoted (other bytes, the same texts) is a repeat; one that differs only by a longer cell is not', () => {
    const setup: CsvChunkSetup = { header: HEADER, dialect: { delimiter: ',', newline: '\n' }, encoding: 'utf-8', options: {} };
    const row = (name: string, yes: string) => ['H1', name, '身份证', '', '男', '一般农户', '100', '之子', '健康', yes, '是', '', '未享受', '10', '一村', '小学'].join(',');
    const lines = [row('张三', '是'), row('李四', '是'), row('张三', '"是"'), row('李四', '是是'), row('李四', '是')];
    const bytes = Buffer.from(lines.join('\n') + '\n');
    const chunk: CsvChunk = { bytes, firstRow: 2, rows: lines.length, byteOffset: 0, quoted: true, final: true };
    const a = readOn(new CsvChunkReader(setup), chunk);
    expect(a).toEqual(readOn(new CsvChunkReader(setup, { bytes: false }), chunk));
    const repeated = a.ok ? a.value.records[0]!.problems.find((p) => p.code === 'duplicate_rows') : undefined;
    expect(repeated?.message.en).toMatch(/^row 4 repeats row 2, row 6 repeats row 3 /);
  });

  const generated = [
    Buffer.from([...villageLines({ households: 150, seed: 41, rejectedPercent: 5, columns: 'full' })].join(''), 'utf8'),
    Buffer.from([...villageLines({ households: 150, seed: 42, rejectedPercent: 5, columns: 'narrow' })].join(''), 'utf8'),
  ];
  test.prop([fc.constantFrom(0, 1), fc.integer({ min: 256, max: 40_000 })], { numRuns: 10 })('generated wide and narrow exports with 5 % rejected records, chunks of any size, one reader each: bytes ≡ text', async (which, chunkBytes) => {
    const session = new ImportSession(
      (async function* () {
        yield generated[which]!;
      })(),
      { format: 'csv', chunkBytes },
    );
    let byBytes: CsvChunkReader | undefined;
    let byText: CsvChunkReader | undefined;
    let records = 0;
    for await (const item of session.items()) {
      if (item.kind !== 'chunk') continue;
      byBytes ??= new CsvChunkReader(session.chunkSetup!);
      byText ??= new CsvChunkReader(session.chunkSetup!, { bytes: false });
      const a = byBytes.read(item.chunk);
      expect(a).toEqual(byText.read(item.chunk));
      records += a.records.length;
      session.tally(a.blank, a.replaced);
      session.assign(a.keys, a.firstRows);
    }
    expect(records).toBe(150);
  });
});
