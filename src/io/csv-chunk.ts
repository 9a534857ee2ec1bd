/**
 * Reading one chunk of a CSV export into household records (分块读取). The same function reads
 * every chunk whether it runs in the reading thread (`readRecords`) or in a worker thread (the
 * CLI), so records are identical either way; positions and the non-contiguous check are added
 * afterwards, in file order ({@link RecordNumbering}, {@link applyAssignment}).
 *
 * A chunk without quoted fields (the usual export) is read line by line without splitting every
 * cell: only the cells of imported columns are cut out, and on the second and later rows of a
 * household a run of household-level columns whose text is exactly the previous row's is passed
 * over in one comparison (it would add nothing). A chunk with quoted fields is parsed by
 * papaparse, like a streamed file. Both give the cells papaparse gives.
 *
 * @module
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { planColumns, type AssembleOptions, type ColumnPlan } from './assemble.js';
import type { CsvChunk, CsvDialect, ChunkEncoding } from './csv-split.js';
import { utf8ErrorAt } from './utf8.js';
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

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** A character that is surely not blank in any cell (printable ASCII other than `=`, or a CJK ideograph). */
function visible(c: number): boolean {
  return (c > 0x20 && c < 0x7f && c !== 0x3d) || (c >= 0x4e00 && c <= 0x9fff);
}

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

  constructor(private readonly setup: CsvChunkSetup) {
    this.plan = planColumns(setup.header, setup.options);
    this.delimiter = setup.dialect.delimiter;
    this.d = this.delimiter.charCodeAt(0);
    this.idIndex = this.plan.idColumn?.index;
    this.idSpan = this.plan.idColumn?.span ?? -1;
    this.spanAt = new Int32Array(this.plan.width).fill(-1);
    this.plan.spans.forEach((s, i) => (this.spanAt[s.first] = i));
    if (setup.encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
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
    const { text, replaced } = this.decode(chunk);
    const grouper = new HouseholdGrouper(this.plan);
    const out: ChunkRecords = { records: [], keys: [], firstRows: [], blank: grouper.blank, replaced };
    const take = (draft: DraftRecord | undefined) => {
      if (!draft) return;
      out.records.push(draft.record);
      out.keys.push(draft.key);
      out.firstRows.push(draft.record.source.rows[0]!);
    };
    const rows = this.readLines(text, chunk, grouper, take);
    take(grouper.end());
    if (rows !== chunk.rows) throw new Error(`fangfanpin: a CSV chunk at byte ${chunk.byteOffset} holds ${rows} rows, ${chunk.rows} expected`);
    return out;
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
  private readLines(text: string, chunk: CsvChunk, grouper: HouseholdGrouper, take: (d: DraftRecord | undefined) => void): number {
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
    const cells = new Array<string | undefined>(width).fill(undefined);
    const same = new Uint8Array(spans.length);
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
          take(grouper.add(row, key, rowCells));
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
      take(grouper.add(row, key, cells, same));
    }
    return count;
  }
}
