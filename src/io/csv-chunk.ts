/**
 * Reading one chunk of a CSV export into household records (分块读取). The same function reads
 * every chunk whether it runs in the reading thread (`readRecords`) or in a worker thread (the
 * CLI), so records are identical either way; positions and the non-contiguous check are added
 * afterwards, in file order ({@link RecordNumbering}, {@link applyAssignment}).
 *
 * A chunk is read line by line without splitting every cell: only the cells of imported columns
 * are cut out, and on the second and later rows of a household a run of household-level columns
 * whose text is exactly the previous row's is passed over in one comparison (it would add
 * nothing). A row with a quoted field is parsed by papaparse on its own. Both give the cells
 * papaparse gives.
 *
 * A UTF-8 chunk is read on its bytes, never decoded whole: it is checked to be UTF-8
 * (`isUtf8`, the bytes the strict decoder refuses), lines and cells are found on the bytes (the
 * bytes of the delimiter, quote and line breaks never occur inside a character), a household run
 * is compared with the previous row's byte for byte, and only the cells of imported columns become
 * text — most of them without decoding, by their bytes ({@link CellTexts}). A GB18030 chunk is
 * decoded and read as text. Both paths give the same records (a property test holds the byte path
 * to the text path).
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { planColumns, type AssembleOptions, type ColumnPlan } from './assemble.js';
import type { CsvChunk, CsvDialect, ChunkEncoding } from './csv-split.js';
import { utf8ErrorAt } from './utf8.js';
import { CellTexts, decode, equalBytes, viewOf } from './cell-text.js';
import { groupKey, HouseholdGrouper, isBlank, type BlankRows, type DraftRecord, type ImportedRecord } from './group.js';

/** What a chunk reader needs to know of its file; plain data (it is sent to worker threads). */
export interface CsvChunkSetup {
  /** The header row's cells. */
  header: string[];
  dialect: CsvDialect;
  encoding: ChunkEncoding;
  options: AssembleOptions;
}

/** The records of one chunk, before numbering: records, their grouping keys and first rows. */
export interface ChunkRecords {
  records: ImportedRecord[];
  keys: (string | undefined)[];
  firstRows: number[];
  blank: BlankRows;
  /** Characters that could not be decoded (GB18030 replaces them with U+FFFD). */
  replaced: number;
}

function emptyRecords(): ChunkRecords {
  return { records: [], keys: [], firstRows: [], blank: { count: 0, rows: [] }, replaced: 0 };
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** A character that is surely not blank in any cell (printable ASCII other than `=`, or a CJK ideograph). */
function visible(c: number): boolean {
  return (c > 0x20 && c < 0x7f && c !== 0x3d) || (c >= 0x4e00 && c <= 0x9fff);
}

/** From this many bytes on, {@link sameBytes} compares natively (memcmp); shorter runs four bytes at a time. */
const NATIVE_COMPARE = 256;

/** Whether the `n` bytes of `buf` (`view` a view of it) at `a` and at `b` are equal. */
function sameBytes(buf: Buffer, view: DataView, a: number, b: number, n: number): boolean {
  if (n >= NATIVE_COMPARE) return buf.compare(buf, a, a + n, b, b + n) === 0;
  return equalBytes(view, a, view, b, n);
}

/** What the start of a line says of its blankness ({@link CsvChunkReader.blankBytes}). */
type LineKind = 0 | 1 | 2;
const BLANK = 0;
const VISIBLE = 1;
const OTHER = 2;

/** Whitespace that cleaning removes from a cell that holds only it. */
function whitespace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/**
 * Reads the chunks of one file (see the module comment).
 *
 * @example
 * const reader = new CsvChunkReader({ header, dialect, encoding: 'utf-8', options: {} });
 * const { records, keys, firstRows } = reader.read(chunk);
 * applyAssignment(records, keys, numbering.assign(keys, firstRows));
 */
export class CsvChunkReader {
  readonly plan: ColumnPlan;
  private readonly delimiter: string;
  private readonly d: number;
  private readonly idIndex: number | undefined;
  private readonly idSpan: number;
  /** For each column: the span that starts there, else -1. */
  private readonly spanAt: Int32Array;
  private readonly utf8: InstanceType<typeof TextDecoder> | undefined;
  /** The texts of recent short cells, by their bytes (UTF-8 chunks read as bytes). */
  private readonly texts = new CellTexts();
  /** The line break: its length, and its last byte. */
  private readonly nlLen: number;
  private readonly nl: number;
  /** The text of the last quoted field read ({@link quotedField}). */
  private quoted = '';
  /**
   * One grouper for every chunk this reader reads (reset at the start of each), and the records of
   * the chunk being read: the same objects, of the same shapes, from chunk to chunk, so that the
   * optimised code of the reading loop stays valid (a new grouper and a new closure per chunk made
   * V8 deoptimise and recompile it).
   */
  private readonly grouper: HouseholdGrouper;
  private out: ChunkRecords = emptyRecords();
  /** The cells of the row being read (by column), and which spans equal the previous row's. */
  private readonly cells: (string | undefined)[];
  private readonly same: Uint8Array;
  /** The bytes of each span in the previous non-blank row: start and length (-1: read it again). */
  private readonly previousStart: Int32Array;
  private readonly previousLength: Int32Array;
  /**
   * The bytes of each imported column's cell outside the spans (member columns) in the previous
   * non-blank row read on its bytes: start and length (-1: read it again — a quoted field, a row cut
   * short, a row papaparse read). A cell whose bytes are the same is not looked at again: `cells`
   * still holds that row's string, which is this cell's text.
   */
  private readonly cellStart: Int32Array;
  private readonly cellLength: Int32Array;

  /**
   * `options.bytes: false` reads UTF-8 chunks as decoded text too (the text path is the oracle of
   * the byte path in the tests).
   */
  constructor(
    private readonly setup: CsvChunkSetup,
    private readonly options: { bytes?: boolean } = {},
  ) {
    this.plan = planColumns(setup.header, setup.options);
    this.delimiter = setup.dialect.delimiter;
    this.d = this.delimiter.charCodeAt(0);
    this.nlLen = setup.dialect.newline.length;
    this.nl = setup.dialect.newline === '\r' ? 13 : 10;
    this.idIndex = this.plan.idColumn?.index;
    this.idSpan = this.plan.idColumn?.span ?? -1;
    this.spanAt = new Int32Array(this.plan.width).fill(-1);
    this.plan.spans.forEach((s, i) => (this.spanAt[s.first] = i));
    if (setup.encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    this.grouper = new HouseholdGrouper(this.plan);
    this.cells = new Array<string | undefined>(this.plan.width).fill(undefined);
    this.same = new Uint8Array(this.plan.spans.length);
    this.previousStart = new Int32Array(this.plan.spans.length);
    this.previousLength = new Int32Array(this.plan.spans.length).fill(-1);
    this.cellStart = new Int32Array(this.plan.width);
    this.cellLength = new Int32Array(this.plan.width).fill(-1);
    this.grouper.cellBytes(this.cellStart, this.cellLength);
  }

  /** Starts a chunk: the grouper reset, a new list of records. */
  private start(replaced: number, cellsWithoutNul: boolean, buf?: Buffer): ChunkRecords {
    const grouper = this.grouper;
    grouper.reset(cellsWithoutNul, buf);
    const out: ChunkRecords = { records: [], keys: [], firstRows: [], blank: grouper.blank, replaced };
    this.out = out;
    return out;
  }

  /** Keeps a household the grouper finished. */
  private take(draft: DraftRecord | undefined): void {
    if (!draft) return;
    const out = this.out;
    out.records.push(draft.record);
    out.keys.push(draft.key);
    out.firstRows.push(draft.record.source.rows[0]!);
  }

  /** Decodes a chunk (strictly for UTF-8: a byte that is not UTF-8 stops the import). */
  private decode(chunk: CsvChunk): { text: string; replaced: number } {
    if (this.utf8) {
      try {
        return { text: this.utf8.decode(chunk.bytes), replaced: 0 };
      } catch {
        throw utf8ErrorAt(chunk.bytes, chunk.byteOffset);
      }
    }
    const bytes = Buffer.isBuffer(chunk.bytes) ? chunk.bytes : Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
    const text = iconv.decode(bytes, 'gb18030', { stripBOM: false });
    return { text, replaced: text.includes('\ufffd') ? countReplacements(text) : 0 };
  }

  /** Reads one chunk into records (positions still -1). */
  read(chunk: CsvChunk): ChunkRecords {
    if (this.utf8 && this.options.bytes !== false) return this.readBytes(chunk);
    const { text, replaced } = this.decode(chunk);
    const out = this.start(replaced, false);
    const rows = this.readLines(text, chunk);
    this.take(this.grouper.end());
    if (rows !== chunk.rows) throw new Error(`fangfanpin: a CSV chunk at byte ${chunk.byteOffset} holds ${rows} rows, ${chunk.rows} expected`);
    return out;
  }

  /** Reads a UTF-8 chunk on its bytes (see the module comment). */
  private readBytes(chunk: CsvChunk): ChunkRecords {
    const bytes = chunk.bytes;
    // The same bytes the strict decoder refuses (WHATWG UTF-8), without decoding them.
    if (!isUtf8(bytes)) throw utf8ErrorAt(bytes, chunk.byteOffset);
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = this.start(0, buf.indexOf(0) === -1, buf);
    const rows = this.readLineBytes(buf, chunk);
    this.take(this.grouper.end());
    if (rows !== chunk.rows) throw new Error(`fangfanpin: a CSV chunk at byte ${chunk.byteOffset} holds ${rows} rows, ${chunk.rows} expected`);
    return out;
  }

  /**
   * Whether the line [a, e) of `buf` is blank once cleaned (as {@link readLines} decides on text):
   * {@link BLANK}; {@link VISIBLE} when its first character other than a delimiter or whitespace is
   * visible and not a quote (the row is not blank whatever its quoted fields hold); else {@link OTHER}.
   */
  private blankBytes(buf: Buffer, a: number, e: number): LineKind {
    const d = this.d;
    for (let i = a; i < e; ) {
      const c = buf[i]!;
      if (c === d || c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        i++;
        continue;
      }
      let cp = c;
      let n = 1;
      if (c >= 0xf0) {
        cp = ((c & 0x07) << 18) | ((buf[i + 1]! & 0x3f) << 12) | ((buf[i + 2]! & 0x3f) << 6) | (buf[i + 3]! & 0x3f);
        n = 4;
      } else if (c >= 0xe0) {
        cp = ((c & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6) | (buf[i + 2]! & 0x3f);
        n = 3;
      } else if (c >= 0xc0) {
        cp = ((c & 0x1f) << 6) | (buf[i + 1]! & 0x3f);
        n = 2;
      }
      if (cp === 0xa0 || cp === 0x3000 || cp === 0xfeff) {
        i += n;
        continue;
      }
      // (a character above U+FFFF is a surrogate pair in text: neither visible nor whitespace)
      if (cp <= 0xffff && visible(cp)) return cp === 0x22 ? OTHER : VISIBLE;
      // A cell that starts with `=` (after padding) is not blank once cleaned unless it is `="…"`
      // holding only padding: `=` and a byte other than a quote, or `="` and a visible character
      // other than a quote and the delimiter, are kept by cleaning (an export's `="5334…"`).
      if (cp === 0x3d) {
        const q = buf[i + 1];
        if (i + 1 < e && q !== 0x22) return VISIBLE;
        const x = buf[i + 2]!;
        if (i + 2 < e && x !== 0x22 && x !== d && x > 0x20 && x < 0x7f) return VISIBLE;
      }
      return isBlank(buf.toString('utf8', a, e).split(this.delimiter)) ? BLANK : OTHER;
    }
    return BLANK;
  }

  /**
   * A quoted field that starts at `pos`: the index after its closing quote when that quote is
   * followed by a delimiter, a line break or the end of the chunk (regular quoting, where the field
   * is what papaparse makes of it: the bytes between the quotes, `""` read as `"`, line breaks
   * included), else -1 (the row is left to papaparse). Its text, when `want`, in {@link quoted}.
   */
  private quotedField(buf: Buffer, pos: number, want: boolean): number {
    const length = buf.length;
    let c = pos + 1;
    let escaped = false;
    for (;;) {
      c = buf.indexOf(0x22, c);
      if (c === -1) return -1;
      if (buf[c + 1] !== 0x22 || c + 1 >= length) break;
      escaped = true;
      c += 2;
    }
    const after = c + 1;
    if (after < length && buf[after] !== this.d && !(this.nlLen === 1 ? buf[after] === this.nl : buf[after] === 13 && buf[after + 1] === 10)) return -1;
    if (want) {
      const text = decode(buf, pos + 1, c, false);
      this.quoted = escaped ? text.replaceAll('""', '"') : text;
    }
    return after;
  }

  /**
   * {@link readLines} on bytes: lines and cells are found on the bytes, only the cells of imported
   * columns are turned into text ({@link CellTexts}), and a run of household-level columns is
   * compared with the previous row's as bytes; a row with a quoted field is decoded and parsed by
   * papaparse alone, as there. Returns the number of rows.
   */
  private readLineBytes(buf: Buffer, chunk: CsvChunk): number {
    const grouper = this.grouper;
    const { newline } = this.setup.dialect;
    const nlLen = newline.length;
    const nl = newline === '\r' ? 13 : 10;
    const plan = this.plan;
    const width = plan.width;
    const needed = plan.needed;
    const spans = plan.spans;
    const spanAt = this.spanAt;
    const d = this.d;
    const idIndex = this.idIndex;
    const idSpan = this.idSpan;
    const texts = this.texts;
    const view = viewOf(buf);
    const cells = this.cells;
    const same = this.same;
    const previousStart = this.previousStart;
    const previousLength = this.previousLength;
    previousLength.fill(-1);
    const cellStart = this.cellStart;
    const cellLength = this.cellLength;
    cellLength.fill(-1);
    let previousKey: string | undefined;
    let row = chunk.firstRow;
    let count = 0;
    const length = buf.length;
    for (let a = 0; a < length; row++) {
      let e = this.newlineFrom(buf, a);
      let next: number;
      if (e === -1) {
        e = length;
        next = length;
      } else next = e + nlLen;
      count++;
      const lineStart = a;
      a = next;
      // Blank lines (every cell empty once cleaned) belong to no household.
      const kind = this.blankBytes(buf, lineStart, e);
      if (kind === BLANK) {
        grouper.addBlank(row);
        continue;
      }
      // The cells of the imported columns. A quoted field is read here when its quoting is regular
      // and the row surely not blank; else the row is read again, as text, by papaparse.
      texts.row(buf, e);
      let pos = lineStart;
      let ended = false;
      let quoted = false;
      cols: for (let col = 0; col < width; ) {
        // A run of columns read together (a span: compared whole with the previous row's), or one column.
        const s = spanAt[col]!;
        let last = col;
        if (s >= 0) {
          const span = spans[s]!;
          const prevLength = previousLength[s]!;
          if (!ended && prevLength >= 0) {
            const after = pos + prevLength;
            if (after <= e && (after === e || buf[after] === d)) {
              if (sameBytes(buf, view, previousStart[s]!, pos, prevLength)) {
                same[s] = 1;
                col = span.last + 1;
                previousStart[s] = pos;
                if (after === e) {
                  ended = true;
                  pos = e;
                } else pos = after + 1;
                continue;
              }
            }
          }
          same[s] = 0;
          last = span.last;
        }
        const spanStart = pos;
        let spanEnd = pos;
        let complete = true;
        for (; col <= last; col++) {
          if (ended) {
            cells[col] = undefined;
            cellLength[col] = -1;
            complete = false;
            continue;
          }
          let f = pos;
          if (s < 0 && needed[col] === 1) {
            // A member cell: first compared with the same column's cell in the row above, by its bytes.
            const n = cellLength[col]!;
            if (n >= 0) {
              const after = pos + n;
              if (after <= e && (after === e || buf[after] === d) && (n === 0 || sameBytes(buf, view, cellStart[col]!, pos, n))) {
                // (the text is the row above's: `cells[col]` still holds it)
                cellStart[col] = pos;
                if (after >= e) {
                  ended = true;
                  pos = e;
                } else pos = after + 1;
                continue;
              }
              cellLength[col] = -1;
            }
          }
          if (buf[pos] === 0x22 && pos < e) {
            f = kind === VISIBLE ? this.quotedField(buf, pos, needed[col] === 1) : -1;
            if (f < 0) {
              quoted = true;
              break cols;
            }
            if (needed[col] === 1) cells[col] = this.quoted;
            if (f > e) {
              // (a line break inside the field: the row goes on to the next one after it)
              const n = this.newlineFrom(buf, f);
              e = n === -1 ? length : n;
              a = n === -1 ? length : n + nlLen;
            }
          } else if (needed[col] === 1) {
            let h = 0;
            let high = 0;
            for (; f < e; f++) {
              const c = buf[f]!;
              if (c === d) break;
              h = (Math.imul(h, 31) + c) | 0;
              high |= c;
            }
            cells[col] = f === pos ? '' : texts.text(buf, pos, f, h, high < 0x80);
            if (s < 0) {
              cellStart[col] = pos;
              cellLength[col] = f - pos;
            }
          } else while (f < e && buf[f] !== d) f++;
          spanEnd = f;
          if (f >= e) {
            ended = true;
            pos = e;
          } else pos = f + 1;
        }
        if (s >= 0) {
          if (complete) {
            previousStart[s] = spanStart;
            previousLength[s] = spanEnd - spanStart;
          } else previousLength[s] = -1;
        }
      }
      // (fields beyond the header's width are not read, but a quote may open one)
      if (!quoted && !ended) for (let i = pos; i < e; i++) if (buf[i] === 0x22 && (i === pos || buf[i - 1] === d)) quoted = true;
      if (quoted) {
        // A row with quoted fields (which may hold line breaks): papaparse, on this row alone.
        const end = this.quotedRowEndBytes(buf, lineStart);
        a = end >= length ? length : end + nlLen;
        const endsWithNewline = length >= nlLen && (nlLen === 1 ? buf[length - 1] === nl : buf[length - 2] === 13 && buf[length - 1] === 10);
        const data = (new Papa.Parser({ delimiter: this.delimiter, newline, quoteChar: '"' }).parse(buf.toString('utf8', lineStart, a), 0, a < length || endsWithNewline) as { data: string[][] }).data;
        const rowCells = data[0] ?? [''];
        previousLength.fill(-1); // the next row reads every cell again
        cellLength.fill(-1);
        if (isBlank(rowCells)) grouper.addBlank(row);
        else {
          const key = idIndex === undefined ? undefined : groupKey(rowCells[idIndex]);
          previousKey = key;
          this.take(grouper.add(row, key, rowCells));
        }
        continue;
      }
      const key = idIndex === undefined ? undefined : idSpan >= 0 && same[idSpan] === 1 ? previousKey : groupKey(cells[idIndex]);
      previousKey = key;
      this.take(grouper.add(row, key, cells, same));
    }
    return count;
  }

  /** The first line break at or after `pos` (its first byte), or -1. */
  private newlineFrom(buf: Buffer, pos: number): number {
    const newline = this.setup.dialect.newline;
    if (newline === '\r') return buf.indexOf(13, pos);
    let e = buf.indexOf(10, pos);
    if (newline === '\r\n') {
      while (e !== -1 && !(e - 1 >= pos && buf[e - 1] === 13)) e = buf.indexOf(10, e + 1);
      if (e !== -1) e--;
    }
    return e;
  }

  /** {@link quotedRowEnd} on bytes. */
  private quotedRowEndBytes(buf: Buffer, a: number): number {
    const nlLen = this.setup.dialect.newline.length;
    const d = this.d;
    const length = buf.length;
    let pos = a;
    for (;;) {
      const nl = this.newlineFrom(buf, pos);
      const stop = nl === -1 ? length : nl;
      let q = buf.indexOf(0x22, pos);
      while (q !== -1 && q < stop && q !== a && buf[q - 1] !== d) q = buf.indexOf(0x22, q + 1);
      if (q === -1 || q >= stop) return stop;
      let c = q + 1;
      for (;;) {
        c = buf.indexOf(0x22, c);
        if (c === -1) return length;
        if (buf[c + 1] === 0x22) {
          c += 2;
          continue;
        }
        break;
      }
      pos = c + 1;
      if (pos >= length || this.newlineFrom(buf, pos) === pos) return pos;
      pos++; // the delimiter
    }
  }

  /**
   * The end of a row that has a quoted field (it may hold line breaks): fields are walked from the
   * row start, a quoted field to its closing quote. The splitter has checked that the quoting is
   * regular, so a closing quote is followed by a delimiter, a line break or the end.
   */
  private quotedRowEnd(text: string, a: number): number {
    const { newline } = this.setup.dialect;
    const d = this.d;
    let pos = a;
    for (;;) {
      const nl = text.indexOf(newline, pos);
      const stop = nl === -1 ? text.length : nl;
      let q = text.indexOf('"', pos);
      while (q !== -1 && q < stop && q !== a && text.charCodeAt(q - 1) !== d) q = text.indexOf('"', q + 1);
      if (q === -1 || q >= stop) return stop;
      let c = q + 1;
      for (;;) {
        c = text.indexOf('"', c);
        if (c === -1) return text.length;
        if (text.charCodeAt(c + 1) === 0x22) {
          c += 2;
          continue;
        }
        break;
      }
      pos = c + 1;
      if (pos >= text.length || text.startsWith(newline, pos)) return pos;
      pos++; // the delimiter
    }
  }

  /** Whether the line [a, e) has a field that starts with a quote. */
  private hasQuotedField(text: string, a: number, e: number): boolean {
    const d = this.d;
    for (let q = text.indexOf('"', a); q !== -1 && q < e; q = text.indexOf('"', q + 1)) if (q === a || text.charCodeAt(q - 1) === d) return true;
    return false;
  }

  /**
   * Reads a chunk line by line, cutting out the imported cells only; a row with a quoted field is
   * parsed by papaparse on its own.
   */
  private readLines(text: string, chunk: CsvChunk): number {
    const grouper = this.grouper;
    const { newline } = this.setup.dialect;
    const nlLen = newline.length;
    const plan = this.plan;
    const width = plan.width;
    const needed = plan.needed;
    const spans = plan.spans;
    const spanAt = this.spanAt;
    const d = this.d;
    const idIndex = this.idIndex;
    const idSpan = this.idSpan;
    const cells = this.cells;
    const same = this.same;
    // The text of each span in the previous non-blank row (undefined: read it again).
    const previous = new Array<string | undefined>(spans.length).fill(undefined);
    let previousKey: string | undefined;
    let row = chunk.firstRow;
    let count = 0;
    const length = text.length;
    for (let a = 0; a < length; row++) {
      let e = text.indexOf(newline, a);
      let next: number;
      if (e === -1) {
        e = length;
        next = length;
      } else next = e + nlLen;
      count++;
      const lineStart = a;
      a = next;
      if (this.hasQuotedField(text, lineStart, e)) {
        // A row with quoted fields (which may hold line breaks): papaparse, on this row alone.
        const end = this.quotedRowEnd(text, lineStart);
        a = end >= length ? length : end + nlLen;
        const data = (new Papa.Parser({ delimiter: this.delimiter, newline, quoteChar: '"' }).parse(text.slice(lineStart, a), 0, a < length || text.endsWith(newline)) as { data: string[][] }).data;
        const rowCells = data[0] ?? [''];
        previous.fill(undefined); // the next row reads every cell again
        if (isBlank(rowCells)) grouper.addBlank(row);
        else {
          const key = idIndex === undefined ? undefined : groupKey(rowCells[idIndex]);
          previousKey = key;
          this.take(grouper.add(row, key, rowCells));
        }
        continue;
      }
      // Blank lines (every cell empty once cleaned) belong to no household.
      let blank = true;
      for (let i = lineStart; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c === d || whitespace(c)) continue;
        blank = visible(c) ? false : isBlank(text.slice(lineStart, e).split(this.delimiter));
        break;
      }
      if (blank) {
        grouper.addBlank(row);
        continue;
      }
      // The cells of the imported columns.
      let pos = lineStart;
      let ended = false;
      for (let col = 0; col < width; ) {
        const s = spanAt[col]!;
        if (s >= 0) {
          const span = spans[s]!;
          const prev = previous[s];
          const after = prev === undefined ? -1 : pos + prev.length;
          // (slice and === compare with memcmp; startsWith at a position goes character by character)
          if (!ended && prev !== undefined && after <= e && (after === e || text.charCodeAt(after) === d) && text.slice(pos, after) === prev) {
            {
              same[s] = 1;
              col = span.last + 1;
              if (after === e) {
                ended = true;
                pos = e;
              } else pos = after + 1;
              continue;
            }
          }
          same[s] = 0;
          const spanStart = pos;
          let spanEnd = pos;
          let complete = true;
          for (; col <= span.last; col++) {
            if (ended) {
              cells[col] = undefined;
              complete = false;
              continue;
            }
            let f = pos;
            while (f < e && text.charCodeAt(f) !== d) f++;
            if (needed[col] === 1) cells[col] = f === pos ? '' : text.slice(pos, f);
            spanEnd = f;
            if (f >= e) {
              ended = true;
              pos = e;
            } else pos = f + 1;
          }
          previous[s] = complete ? text.slice(spanStart, spanEnd) : undefined;
          continue;
        }
        if (ended) {
          cells[col] = undefined;
          col++;
          continue;
        }
        let f = pos;
        while (f < e && text.charCodeAt(f) !== d) f++;
        if (needed[col] === 1) cells[col] = f === pos ? '' : text.slice(pos, f);
        if (f >= e) {
          ended = true;
          pos = e;
        } else pos = f + 1;
        col++;
      }
      const key = idIndex === undefined ? undefined : idSpan >= 0 && same[idSpan] === 1 ? previousKey : groupKey(cells[idIndex]);
      previousKey = key;
      this.take(grouper.add(row, key, cells, same));
    }
    return count;
  }
}
