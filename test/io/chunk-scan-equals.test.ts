/**
 * Issue 14 (the scan, sixth slice): the byte reader decides that a row is not blank from its first
 * cell when that cell starts with `=` (a narrow export's `="5334…"` 户编号 opens every row), without
 * decoding and splitting the row. The text path (decode, split, clean every cell) stays the oracle:
 * rows whose first cells are padding, `=`, `=""`, `="  "`, `="X…"`, `=X`, quotes or delimiters, in any
 * dialect, give the same records and blank rows both ways (a generated narrow export, chunk by
 * chunk: test/io/chunk-bytes.test.ts, with the full shape).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CsvChunkReader, type ChunkRecords, type CsvChunkSetup } from '../../src/io/csv-chunk.js';
import type { CsvChunk } from '../../src/io/csv-split.js';

const HEADER = ['户编号', '姓名', '证件号码', '性别', '户类型', '工资性收入', '健康状况', '与户主关系', '行政村'];

type Outcome = { ok: true; value: ChunkRecords } | { ok: false; error: string };

function readWith(setup: CsvChunkSetup, chunk: CsvChunk, bytes: boolean): Outcome {
  try {
    return { ok: true, value: new CsvChunkReader(setup, { bytes }).read(chunk) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** What a row's first cells may be: padding, the `=` forms, quotes, anything short. */
const opening = fc.oneof(
  fc.constantFrom('', ' ', '\u3000', '\u00a0', '\ufeff', '\t', '=', '==', '=""', '="', '="  "', '="\u3000"', '=" 1"', '="H1"', '="H1', '=H1', '= H1', '="""', '="""H"', '=","', '="5334"', '"="', '""', '"a,b"', '=;', '=\t'),
  fc.string({ unit: fc.constantFrom('=', '"', ' ', '\u3000', 'H', '1', ',', ';', '\t', '是'), maxLength: 6 }),
);
const rest = fc.constantFrom('', '张三', '533401196006085597', '男', '一般农户', '0.00', '健康', '户主', '一村', ' ');

describe('a row opening with `=`: not blank decided from its first cell, as the text path decides it', () => {
  test.prop(
    [
      fc.array(fc.tuple(fc.array(opening, { minLength: 1, maxLength: 3 }), fc.array(rest, { maxLength: 8 })), { minLength: 1, maxLength: 12 }),
      fc.constantFrom(',', '\t', ';'),
      fc.constantFrom<'\n' | '\r\n' | '\r'>('\n', '\r\n', '\r'),
      fc.boolean(),
    ],
    { numRuns: 300 },
  )('same records, keys and blank rows from the bytes and from the text', (rows, delimiter, newline, trailing) => {
    const text = rows.map(([first, others]) => [...first, ...others].join(delimiter)).join(newline) + (trailing ? newline : '');
    const bytes = Buffer.from(text, 'utf8');
    const setup: CsvChunkSetup = { header: HEADER, dialect: { delimiter, newline }, encoding: 'utf-8', options: {} };
    const quoted = /(^|[\t,;\n\r])"/.test(text);
    const reference = readWith(setup, { bytes, firstRow: 2, rows: 0, byteOffset: 0, quoted, final: true }, false);
    const counted = !reference.ok ? /holds (\d+) rows/.exec(reference.error) : null;
    const chunk: CsvChunk = { bytes, firstRow: 2, rows: counted ? Number(counted[1]) : 0, byteOffset: 0, quoted, final: true };
    expect(readWith(setup, chunk, true)).toEqual(readWith(setup, chunk, false));
  });

  it('`="  "` and `=""` rows stay blank, `="H1"`, `=` and `=H1` rows do not: both paths count the same blank rows', () => {
    const setup: CsvChunkSetup = { header: HEADER, dialect: { delimiter: ',', newline: '\n' }, encoding: 'utf-8', options: {} };
    const lines = ['="H1",张三', '="  ",', '=""', '=', '=H1', ' ="H1"', '="\u3000"'];
    const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
    const chunk: CsvChunk = { bytes, firstRow: 2, rows: lines.length, byteOffset: 0, quoted: false, final: true };
    const byBytes = readWith(setup, chunk, true);
    expect(byBytes).toEqual(readWith(setup, chunk, false));
    expect(byBytes.ok && byBytes.value.blank).toEqual({ count: 3, rows: [3, 4, 8] });
  });
});
