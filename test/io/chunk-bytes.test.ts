/**
 * Issue 14 (read bytes, not strings): a UTF-8 chunk is read on its bytes — lines and cells found
 * on the bytes, only imported cells turned into text, household runs compared as bytes — and
 * gives exactly what decoding the chunk and reading its text gives (the text path is the oracle):
 * the same records (rows, keys, raw households, problems), blank rows, and the same error for bytes
 * that are not UTF-8, on arbitrary cells (any Unicode, padding, `="…"`, quotes, stray line breaks)
 * cut into chunks anywhere, and on generated exports.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CsvChunkReader, type ChunkRecords, type CsvChunkSetup } from '../../src/io/csv-chunk.js';
import { CellTexts, cellHash } from '../../src/io/cell-text.js';
import type { CsvChunk, CsvDialect } from '../../src/io/csv-split.js';
import { ImportSession } from '../../src/io/session.js';
import { villageLines } from '../../examples/make-village.js';

/** Household-level columns side by side (runs the reader compares as one piece), member columns, an unknown column. */
const HEADER = ['户编号', '姓名', '证件号码', '性别', '户类型', '工资性收入', '生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出', '备注', '健康状况', '与户主关系', '综合保障', '行政村'];

type Outcome = { ok: true; value: ChunkRecords } | { ok: false; error: string };

function readWith(setup: CsvChunkSetup, chunk: CsvChunk, bytes: boolean): Outcome {
  try {
    return { ok: true, value: new CsvChunkReader(setup, { bytes }).read(chunk) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** Both readers on one chunk, with fresh readers (and with one reader reused across chunks, below). */
function expectSame(setup: CsvChunkSetup, chunk: CsvChunk): void {
  expect(readWith(setup, chunk, true)).toEqual(readWith(setup, chunk, false));
}

/** A chunk read by a reader that has read other chunks before (one reader per thread, as the CLI keeps it). */
function readOn(reader: CsvChunkReader, chunk: CsvChunk): Outcome {
  try {
    return { ok: true, value: reader.read(chunk) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** One reader for every chunk of a file reads each as a new reader would (records, keys, blank rows, errors), on bytes and on text. */
function expectReusedSame(reused: { bytes: CsvChunkReader; text: CsvChunkReader }, setup: CsvChunkSetup, chunk: CsvChunk): void {
  expect(readOn(reused.bytes, chunk)).toEqual(readWith(setup, chunk, true));
  expect(readOn(reused.text, chunk)).toEqual(readWith(setup, chunk, false));
}

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('', '是', '否', '男', '女', '户主', '之子', '健康', '患大病', '一般农户', '脱贫户', '0.00', '1,200.50', '300', '12,34O', '低保', '低保,临时救助', '一村', 'H1', 'H2', '="H1"', '="H2"', '="53340100000001"') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\u3000', '\u00a0', '\ufeff', '\t', '=', '=""', '"', '""', '"a,b"', '"x\ny"', '"\r\n"', 'a"b', '\r', '\n', '😀', '\u0000', '\u0085', 'ｅ', ' 是 ', '\u3000H1') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('是', '否', ' ', ',', '"', '=', 'H', '1', '.', '\u3000', '\n', '\r'), maxLength: 8 }) },
  // Longer cells: any length up to past the cell table's 32 bytes, one- to four-byte characters, delimiters inside.
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', '0', '.', ' ', '是', 'é', '😀', '\u0000', '\u00ff', '\t', ';'), minLength: 3, maxLength: 36 }) },
  // A field quoted as a writer quotes it (the byte reader reads these itself): quotes doubled, any delimiter or line break inside.
  {
    weight: 2,
    arbitrary: fc
      .string({ unit: fc.oneof(fc.constantFrom('是', '"', '""', ',', ';', '\t', '\n', '\r', '\r\n', ' ', '=', 'H1', '1,200.50'), fc.string({ unit: 'binary', maxLength: 2 })), maxLength: 6 })
      .map((t) => `"${t.replaceAll('"', '""')}"`),
  },
);

const lineArb = fc.oneof(
  { weight: 6, arbitrary: fc.array(cell, { minLength: 0, maxLength: HEADER.length + 2 }) },
  // A household's next row: the same household cells, other member cells; or the previous row again.
  { weight: 3, arbitrary: fc.constantFrom(null, 'again' as const) },
);

const fileArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 30 }),
  newline: fc.constantFrom<CsvDialect['newline']>('\n', '\r\n', '\r'),
  delimiter: fc.constantFrom(',', '\t', ';'),
  trailing: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 4 }),
  bad: fc.option(fc.record({ at: fc.nat(), byte: fc.constantFrom(0xff, 0xc0, 0xed, 0xe6, 0x80, 0xf4) }), { freq: 5 }),
});

describe('CellTexts: the text of a cell by its bytes', () => {
  test.prop([fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('是', '否', '0.00', 'Aa', 'BB')), { minLength: 1, maxLength: 300 })], { numRuns: 200 })(
    'is what decoding the bytes gives, whatever came before (equal hashes, evicted slots, cells longer than the table keeps)',
    (texts) => {
      const table = new CellTexts();
      const buf = Buffer.from(texts.join(''), 'utf8');
      let at = 0;
      for (const t of texts) {
        const n = Buffer.byteLength(t);
        if (n > 0) expect(table.text(buf, at, at + n, cellHash(buf, at, at + n), /^[\x00-\x7f]*$/.test(t))).toBe(t);
        at += n;
      }
    },
  );

  test.prop([fc.array(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('是', '否', '0.00', '="H1"', '533401196006085597')), { maxLength: 12 }), { minLength: 1, maxLength: 40 })], { numRuns: 200 })(
    'cut from the rest of the row (ASCII cells after row()) it is still what decoding the bytes gives, any other bytes in the row',
    (rows) => {
      const table = new CellTexts();
      const buf = Buffer.from(rows.map((r) => r.join('')).join(''), 'utf8');
      let at = 0;
      for (const r of rows) {
        const end = at + Buffer.byteLength(r.join(''));
        table.row(buf, end);
        for (const t of r) {
          const n = Buffer.byteLength(t);
          if (n > 0) expect(table.text(buf, at, at + n, cellHash(buf, at, at + n), /^[\x00-\x7f]*$/.test(t))).toBe(t);
          at += n;
        }
      }
    },
  );

  it('"Aa" and "BB" have one hash (31·65 + 97 = 31·66 + 66) and still their own texts', () => {
    const table = new CellTexts();
    const buf = Buffer.from('AaBBAaBB');
    expect(cellHash(buf, 0, 2)).toBe(cellHash(buf, 2, 4));
    expect([0, 2, 4, 6].map((i) => table.text(buf, i, i + 2, cellHash(buf, i, i + 2), true))).toEqual(['Aa', 'BB', 'Aa', 'BB']);
  });
});

describe('a UTF-8 chunk read on its bytes ≡ its decoded text read as today', () => {
  test.prop([fileArb], { numRuns: 400 })('arbitrary cells, any dialect, cut anywhere (even inside a character or a quoted field), a bad byte anywhere: same records, blank rows and errors (and from one reader reused for every piece, as from a new one each)', (f) => {
    const rows: string[] = [];
    let previous: string[] = [];
    for (const l of f.lines) {
      const cells = l === 'again' ? previous : l === null ? previous.map((c, i) => (i === 1 || i === 2 || i >= 11 ? `${c}x` : c)) : l;
      rows.push(cells.join(f.delimiter));
      if (Array.isArray(l)) previous = l;
    }
    const bytes = Buffer.from(rows.join(f.newline) + (f.trailing ? f.newline : ''), 'utf8');
    if (f.bad && bytes.length > 0) bytes[f.bad.at % bytes.length] = f.bad.byte;
    const setup: CsvChunkSetup = { header: HEADER, dialect: { delimiter: f.delimiter, newline: f.newline }, encoding: 'utf-8', options: {} };
    const cuts = [...new Set(f.cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const reused = { bytes: new CsvChunkReader(setup), text: new CsvChunkReader(setup, { bytes: false }) };
    let from = 0;
    for (const to of [...cuts, bytes.length]) {
      const piece = bytes.subarray(from, to);
      const quoted = /(^|[\t,;\n\r])"/.test(piece.toString('latin1'));
      // The row count is the text reader's: a wrong one is the same error from both.
      const reference = readWith(setup, { bytes: piece, firstRow: 3, rows: 0, byteOffset: from, quoted, final: to === bytes.length }, false);
      const counted = !reference.ok ? /holds (\d+) rows/.exec(reference.error) : null;
      const chunk: CsvChunk = { bytes: piece, firstRow: 3, rows: counted ? Number(counted[1]) : 0, byteOffset: from, quoted, final: to === bytes.length };
      expectSame(setup, chunk);
      // Without a Buffer (a chunk transferred to a worker arrives as a plain Uint8Array).
      expectSame(setup, { ...chunk, bytes: new Uint8Array(piece) });
      // The reused readers after the pieces before (some of which may have failed): as fresh ones.
      expectReusedSame(reused, setup, chunk);
      expectReusedSame(reused, setup, { ...chunk, bytes: new Uint8Array(piece) });
      from = to;
    }
    // 400 files, each piece read six ways (byte and text readers, fresh and reused, Buffer and Uint8Array):
    // ≈ 7 s in a full run, but up to a minute on two shared cores under load — past the default limit.
  }, 180_000);

  it('a household of many rows, some repeating earlier ones (found by comparing cells, then by signature past 32 rows): the same duplicate-row problems', () => {
    const setup: CsvChunkSetup = { header: HEADER, dialect: { delimiter: ',', newline: '\n' }, encoding: 'utf-8', options: {} };
    const lines: string[] = [];
    for (let k = 0; k < 80; k++) {
      const m = k % 7 === 6 ? k - 5 : k % 11 === 10 ? 3 : k; // rows 6, 13, … repeat five rows back; 10, 21, … repeat row 3
      lines.push(['H1', `成员${m}`, '', m % 2 ? '男' : '女', '一般农户', '100', '0', '0', '0', '0', '', '健康', m === 0 ? '户主' : '之子', '', '一村'].join(','));
    }
    for (const rows of [5, 31, 32, 33, 40, 80]) {
      const bytes = Buffer.from(lines.slice(0, rows).join('\n') + '\n');
      const chunk: CsvChunk = { bytes, firstRow: 2, rows, byteOffset: 0, quoted: false, final: true };
      const a = readWith(setup, chunk, true);
      expect(a).toEqual(readWith(setup, chunk, false));
      const repeated = a.ok ? a.value.records[0]!.problems.find((p) => p.code === 'duplicate_rows') : undefined;
      if (rows > 6) expect(repeated?.message.en.startsWith('row 8 repeats row 3')).toBe(true);
      if (rows >= 40) expect(Number(/\((\d+) rows repeat earlier ones\)/.exec(repeated!.message.en)?.[1])).toBeGreaterThan(5);
    }
  });

  it('generated exports (examples/make-village.ts, 1 % … 5 % rejected records; full, and narrow whose rows open with ="…"), chunk by chunk, one reader for the file: the same records', async () => {
    for (const [households, seed, rejectedPercent, columns] of [
      [300, 2023, 4, 'full'],
      [200, 7, 5, 'full'],
      [300, 14, 4, 'narrow'],
    ] as const) {
      const bytes = Buffer.from([...villageLines({ households, seed, rejectedPercent, columns })].join(''), 'utf8');
      const session = new ImportSession(
        (async function* () {
          yield bytes;
        })(),
        { format: 'csv', chunkBytes: 4096 },
      );
      let byBytes: CsvChunkReader | undefined;
      let byText: CsvChunkReader | undefined;
      let chunks = 0;
      for await (const item of session.items()) {
        expect(item.kind).toBe('chunk');
        if (item.kind !== 'chunk') continue;
        chunks++;
        byBytes ??= new CsvChunkReader(session.chunkSetup!);
        byText ??= new CsvChunkReader(session.chunkSetup!, { bytes: false });
        const a = byBytes.read(item.chunk);
        const b = byText.read(item.chunk);
        expect(a).toEqual(b);
        session.tally(a.blank, a.replaced);
        session.assign(a.keys, a.firstRows);
      }
      expect(chunks).toBeGreaterThan(10);
    }
  });

  const generated = [
    Buffer.from([...villageLines({ households: 150, seed: 31, rejectedPercent: 5, columns: 'full' })].join(''), 'utf8'),
    Buffer.from([...villageLines({ households: 150, seed: 32, rejectedPercent: 5, columns: 'narrow' })].join(''), 'utf8'),
  ];
  test.prop([fc.constantFrom(0, 1), fc.integer({ min: 256, max: 40_000 })], { numRuns: 12 })(
    'generated exports cut into chunks of any size: one reader (and its grouper) reused for every chunk reads each as a new reader would',
    async (which, chunkBytes) => {
      const session = new ImportSession(
        (async function* () {
          yield generated[which]!;
        })(),
        { format: 'csv', chunkBytes },
      );
      let reused: CsvChunkReader | undefined;
      let records = 0;
      for await (const item of session.items()) {
        if (item.kind !== 'chunk') continue;
        reused ??= new CsvChunkReader(session.chunkSetup!);
        const a = reused.read(item.chunk);
        expect(a).toEqual(new CsvChunkReader(session.chunkSetup!).read(item.chunk));
        records += a.records.length;
        session.tally(a.blank, a.replaced);
        session.assign(a.keys, a.firstRows);
      }
      expect(records).toBeGreaterThan(100);
    },
  );
});
