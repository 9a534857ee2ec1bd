/**
 * Result lines written directly (结果行直接成文): a scored household becomes one CSV or NDJSON line
 * of the results file, appended to the text of its piece, without the intermediate row object of
 * {@link householdRow} and without a regular expression per cell. Each column of
 * {@link RESULT_COLUMNS} gets a small formatter chosen once per run (format and language); a cell
 * whose value comes from a closed list (an outcome, a category, a yes/no) is formatted once and
 * looked up afterwards. What it writes is, byte for byte, what `tableLines([householdRow(…)])`
 * writes (a property test holds them equal on generated and arbitrary households).
 *
 * The CSV cell is today's rule (src/io/write.ts): a value of 12 or more digits, or of several digits
 * starting with 0, is written `="…"`; a value starting with `=`, `+`, `@`, a tab, a CR or a `-` not
 * followed by a digit gets a leading `'`; a value holding `"`, `,`, CR or LF, or starting or ending
 * with white space (JavaScript's `\s`), is quoted with `""` for `"`.
 *
 * @module
 */
import type { AssessmentResult, RowAssessment } from '../assess.js';
import { countBySeverity, type QualityCounts } from '../rules/quality/issue.js';
import { maskIdNumbersInText, reportText } from '../explain/mask.js';
import { RESULT_COLUMNS, RESULT_COLUMN_VALUES, type ResultCellValue, type ResultHead, type ResultSummary } from '../io/columns.js';
import type { TableColumn } from '../io/table.js';
import type { RecordedState } from '../present/result-labels.js';

/**
 * What a result line is made of: the scored household's id, village and recorded state, and its (lean)
 * assessment — whole, or reduced to what a line reads (`assessForRow`: the quality issues counted).
 */
export interface LineSource {
  /** 户编号 as read (masked here when it is shaped like an ID number). */
  householdId: string;
  /** 行政村 as read (ID-shaped runs masked here). */
  village: string | undefined;
  /** What the export records (`recordedStateOf`). */
  recorded: RecordedState;
  result: AssessmentResult | RowAssessment | ResultSummary;
}

/** Whether a UTF-16 code unit is white space for JavaScript's `\s` (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A text as one cell of a results CSV (Excel-safe), as `csvField` of src/io/write.ts writes it, with
 * character codes instead of regular expressions.
 *
 * @example
 * csvCell('110105194912310029') // '="110105194912310029"'
 * csvCell('a, b')               // '"a, b"'
 * csvCell('=SUM(A1)')           // "'=SUM(A1)"
 */
export function csvCell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  // /^(0\d+|\d{12,})$/
  if (first >= 48 && first <= 57 && (n >= 12 || (first === 48 && n >= 2))) {
    let digits = true;
    for (let i = 1; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) return `="${s}"`;
  }
  // /^([=+@\t\r]|-(?!\d))/
  let text = s;
  if (first === 61 || first === 43 || first === 64 || first === 9 || first === 13) text = `'${s}`;
  else if (first === 45) {
    const next = n > 1 ? s.charCodeAt(1) : -1;
    if (!(next >= 48 && next <= 57)) text = `'${s}`;
  }
  // /[",\r\n]|^\s|\s$/
  const m = text.length;
  let quote = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(m - 1));
  let quotes = false;
  for (let i = 0; i < m; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      quotes = true;
      quote = true;
      break;
    }
    if (c === 44 || c === 13 || c === 10) quote = true;
  }
  if (!quote) return text;
  return `"${quotes ? text.replaceAll('"', '""') : text}"`;
}

const YES_NO = { zh: ['是', '否'], en: ['yes', 'no'] } as const;
const LIST_SEPARATOR = { zh: '；', en: '; ' } as const;

/**
 * A column's writer: the cell's text from a household (and, for the quality columns, the line's
 * counts) — or, for a cell from a closed list, what it was kept as (`K`: the text itself for the
 * string path, its UTF-8 bytes for the byte path).
 */
type CellWriter<K = string> = (r: ResultSummary, head: ResultHead, counts: QualityCounts | undefined) => string | K;

function csvValue(v: ResultCellValue, language: 'zh' | 'en'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? YES_NO[language][0] : YES_NO[language][1];
  if (typeof v === 'string') return csvCell(v);
  if (typeof v === 'number') return csvCell(String(v));
  return v.length === 0 ? '' : csvCell(v.join(LIST_SEPARATOR[language]));
}

function jsonValue(v: ResultCellValue): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v) && v.length === 0) return '[]';
  return JSON.stringify(v);
}

/** At most this many cells kept a column (a closed list is far shorter; beyond, a cell is written each time). */
const KEPT = 1024;

/**
 * The writer of a column. `keep` turns a cell from a closed list into what is kept of it and handed out
 * each time (the text itself, or its bytes): a cell of any other column is handed out as text.
 */
function cellWriter<K>(column: TableColumn, format: 'csv' | 'ndjson', language: 'zh' | 'en', keep: (cell: string) => K): CellWriter<K> {
  const spec = RESULT_COLUMN_VALUES[column.key];
  if (!spec) throw new Error(`fangfanpin: no line writer for the result column "${column.key}"`);
  const csv = format === 'csv';
  const separator = LIST_SEPARATOR[language];
  switch (spec.kind) {
    case 'text': {
      const { value } = spec;
      return csv
        ? (r, head) => {
            const v = value(r, head, language);
            return v === undefined || v === null ? '' : csvCell(v);
          }
        : (r, head) => {
            const v = value(r, head, language);
            return v === undefined || v === null ? 'null' : JSON.stringify(v);
          };
    }
    case 'number': {
      const { value } = spec;
      return csv ? (r, head) => csvValue(value(r, head, language), language) : (r, head) => jsonValue(value(r, head, language));
    }
    case 'list': {
      const { value } = spec;
      return csv
        ? (r, head) => {
            const v = value(r, head, language);
            return v.length === 0 ? '' : csvCell(v.join(separator));
          }
        : (r, head) => {
            const v = value(r, head, language);
            return v.length === 0 ? '[]' : JSON.stringify(v);
          };
    }
    case 'quality': {
      const { severity } = spec;
      return csv ? (_r, _head, counts) => (counts === undefined ? '' : String(counts[severity])) : (_r, _head, counts) => (counts === undefined ? 'null' : String(counts[severity]));
    }
    case 'coded': {
      const { value, code } = spec;
      const written = new Map<string | null | undefined, K>();
      return (r, head) => {
        const k = code(r, head);
        let cell = written.get(k);
        if (cell === undefined) {
          const v = value(r, head, language);
          cell = keep(csv ? csvValue(v, language) : jsonValue(v));
          if (written.size < KEPT) written.set(k, cell);
        }
        return cell;
      };
    }
    case 'coded-list': {
      const { value, codes } = spec;
      const empty = csv ? '' : '[]';
      const written = new Map<string, K>();
      return (r, head) => {
        const list = codes(r);
        if (!list || list.length === 0) return empty;
        // One key for one list (a single code cannot start with '[' after its '1').
        const k = list.length === 1 ? `1${list[0]!}` : JSON.stringify(list);
        let cell = written.get(k);
        if (cell === undefined) {
          const v = value(r, head, language);
          cell = keep(csv ? csvCell(v.join(separator)) : JSON.stringify(v));
          if (written.size < KEPT) written.set(k, cell);
        }
        return cell;
      };
    }
  }
}

/** The quality counts of a result: those of a reduced assessment, or its list's counted in one pass; undefined when it has neither. */
function qualityCounts(r: ResultSummary & { qualityCounts?: QualityCounts }): QualityCounts | undefined {
  if (r.qualityCounts !== undefined) return r.qualityCounts;
  return r.quality ? countBySeverity(r.quality) : undefined;
}

const UTF8 = new TextEncoder();

/** How the byte path writes a column (src/io/columns.ts's kinds, the village apart). */
const ByteKind = {
  /** By its cell writer: a kept closed-list cell (prefix included), or text. */
  Cell: 0,
  /** The village: kept while it repeats. */
  Village: 1,
  /** A text value (an id, an amount): copied when it is printable ASCII and its cell is itself. */
  Text: 2,
  /** A number (the household size): a single digit written as such. */
  Number: 3,
  /** A quality count: a single digit written as such. */
  Quality: 4,
} as const;
type ByteKind = (typeof ByteKind)[keyof typeof ByteKind];

/** `null`, NDJSON's empty value. */
const NULL_BYTES = UTF8.encode('null');

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The first size of a byte writer's buffer (a chunk's lines fill a few hundred kilobytes). */
const FIRST_BYTES = 1 << 16;

/**
 * Writes results lines for {@link RESULT_COLUMNS}: CSV (the columns a table shows, CRLF) or NDJSON
 * (every column, `\n`), as `tableLines` writes `householdRow`'s rows — as text ({@link line}), or
 * straight into UTF-8 bytes ({@link add}, {@link take}): the same cells, each written as bytes where it
 * is made. A cell of ASCII characters (an id, an amount, a count, a separator) is copied code unit by
 * code unit; a cell from a closed list (an outcome, a category, a yes/no, most of the Chinese) is
 * encoded once and its bytes copied afterwards; the village is encoded once while it repeats; only
 * the other cells holding non-ASCII text (a list of facts to verify, say) go through `TextEncoder`,
 * one cell at a time — never the whole chunk's text, which the Chinese labels would make a two-byte
 * string. The byte path decides per column how to write: a closed-list cell is kept together with its
 * column's separator (or NDJSON key), one copy; an id or an amount that is printable ASCII and needs no
 * CSV protection or JSON escape is copied while it is checked (no `csvCell` string, no second scan);
 * a count or a household size of one digit is that digit; anything else goes through the text path's
 * cell writer. The bytes are those of `TextEncoder.encode` of the text lines (a property test holds them
 * equal, on arbitrary amounts, sizes and counts too). GBK output keeps the text path: its encoder takes
 * the text.
 *
 * @example
 * const lines = new ResultLines('csv', 'zh');
 * let text = '';
 * text += lines.line({ householdId: h.id, village: h.region?.village, recorded: recordedStateOf(h), result });
 *
 * @example
 * const writer = new ResultLines('csv', 'zh');
 * writer.add({ householdId: h.id, village: h.region?.village, recorded: recordedStateOf(h), result });
 * const bytes = writer.take(); // deep-equals new TextEncoder().encode(lines.line(…))
 */
export class ResultLines {
  private readonly cells: CellWriter[];
  private readonly prefixes: string[];
  private readonly end: string;
  private lastVillage: string | undefined;
  private lastVillageCell = '';
  private readonly villageAt: number;
  /** The line's household, as written: reused from line to line. */
  private readonly head: { householdId: string; village: string | undefined; recorded: RecordedState | null } = { householdId: '', village: undefined, recorded: null };
  /**
   * The byte path: its cell writers, made on first use. A closed-list cell is kept as the bytes of its
   * column's prefix (the separator, or the NDJSON key) and the cell together, so it is one copy.
   */
  private byteCells: CellWriter<Uint8Array>[] | undefined;
  private bytePrefixes: Uint8Array[] = [];
  private byteEnd: Uint8Array = new Uint8Array(0);
  /** How the byte path writes each column ({@link ByteKind}); the text and number columns' values and the quality columns' severities. */
  private byteKinds: ByteKind[] = [];
  private byteValues: (((r: ResultSummary, head: ResultHead, language: 'zh' | 'en') => ResultCellValue) | undefined)[] = [];
  private byteSeverities: (keyof QualityCounts | undefined)[] = [];
  /** The byte path's village: the village (as read) its cell was written for, and the cell's bytes. */
  private byteVillage: string | undefined;
  private byteVillageCell: Uint8Array | undefined;
  /** The bytes written since the last {@link take}: `buf[0 .. at)`. */
  private buf = new Uint8Array(0);
  private at = 0;

  constructor(
    readonly format: 'csv' | 'ndjson',
    readonly language: 'zh' | 'en',
  ) {
    const columns = this.columns();
    this.cells = columns.map((c) => cellWriter(c, format, language, (cell) => cell));
    this.prefixes = columns.map((c, i) => (format === 'csv' ? (i === 0 ? '' : ',') : `${i === 0 ? '{' : ','}${JSON.stringify(c.key)}:`));
    this.end = format === 'csv' ? '\r\n' : '}\n';
    // The village repeats from household to household: its cell is kept while it does.
    this.villageAt = columns.findIndex((c) => c.key === 'village');
  }

  private columns(): readonly TableColumn[] {
    return this.format === 'csv' ? RESULT_COLUMNS.filter((c) => !c.ndjsonOnly) : RESULT_COLUMNS;
  }

  /** The household's id and recorded state as a line shows them; whether its village changed (then set). */
  private setHead(s: LineSource, lastVillage: string | undefined, lastCellEmpty: boolean): boolean {
    const head = this.head;
    // The 户编号 and village as a file may show them (ID-shaped runs masked, control characters replaced).
    head.householdId = reportText(s.householdId);
    head.recorded = s.recorded;
    const villageChanged = s.village !== lastVillage || lastCellEmpty;
    if (villageChanged) head.village = s.village === undefined ? undefined : maskIdNumbersInText(s.village);
    return villageChanged;
  }

  /** One household's line, with its line end. */
  line(s: LineSource): string {
    const { cells, prefixes, head } = this;
    const r = s.result as ResultSummary;
    const counts = qualityCounts(r);
    const villageChanged = this.setHead(s, this.lastVillage, this.lastVillageCell === '');
    if (villageChanged) this.lastVillage = s.village;
    let out = '';
    for (let i = 0; i < cells.length; i++) {
      out += prefixes[i]!;
      if (i === this.villageAt) {
        if (villageChanged) this.lastVillageCell = cells[i]!(r, head, counts);
        out += this.lastVillageCell;
      } else out += cells[i]!(r, head, counts);
    }
    return out + this.end;
  }

  /**
   * Writes one household's line, with its line end, as UTF-8 bytes after those written since the
   * last {@link take}: the bytes of `TextEncoder.encode(line(s))`.
   */
  add(s: LineSource): void {
    const cells = (this.byteCells ??= this.makeByteCells());
    const { bytePrefixes: prefixes, byteKinds: kinds, head, language } = this;
    const csv = this.format === 'csv';
    const r = s.result as ResultSummary;
    const counts = qualityCounts(r);
    const villageChanged = this.setHead(s, this.byteVillage, this.byteVillageCell === undefined);
    if (villageChanged) this.byteVillage = s.village;
    for (let i = 0; i < cells.length; i++) {
      const kind = kinds[i]!;
      if (kind === ByteKind.Village) {
        // The village's cell, with its prefix, encoded once while it repeats.
        if (villageChanged) {
          const v = cells[i]!(r, head, counts);
          this.byteVillageCell = typeof v === 'string' ? concat(prefixes[i]!, UTF8.encode(v)) : v;
        }
        this.bytes(this.byteVillageCell!);
        continue;
      }
      if (kind === ByteKind.Quality) {
        // A count (a small whole number) is its digits; without counts, '' (CSV) or null.
        const n = counts === undefined ? -1 : counts[this.byteSeverities[i]!];
        if (n >= 0 && n <= 9 && (n | 0) === n) {
          this.bytes(prefixes[i]!);
          this.byte(48 + n);
          continue;
        }
      } else if (kind === ByteKind.Number) {
        // The household size: one digit as CSV and JSON both write it; any other value as the text path writes it.
        const v = this.byteValues[i]!(r, head, language);
        if (typeof v === 'number' && v >= 0 && v <= 9 && (v | 0) === v) {
          this.bytes(prefixes[i]!);
          this.byte(48 + v);
          continue;
        }
      } else if (kind === ByteKind.Text) {
        // An id or an amount: its printable ASCII copied as it is checked, where the cell is the text itself.
        const v = this.byteValues[i]!(r, head, language);
        this.bytes(prefixes[i]!);
        if (v === undefined || v === null) {
          if (!csv) this.bytes(NULL_BYTES);
          continue;
        }
        if (typeof v === 'string' && (csv ? this.plainCsv(v) : this.plainJson(v))) continue;
        this.text(csv ? csvCell(v as string) : JSON.stringify(v));
        continue;
      }
      const cell = cells[i]!(r, head, counts);
      if (typeof cell === 'string') {
        this.bytes(prefixes[i]!);
        this.text(cell);
      } else this.bytes(cell);
    }
    this.bytes(this.byteEnd);
  }

  /**
   * The bytes of the lines written with {@link add} since the last call, in a buffer of their own (it
   * can be transferred to another thread); the writer starts afresh.
   */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.at);
    this.at = 0;
    return out;
  }

  private makeByteCells(): CellWriter<Uint8Array>[] {
    const columns = this.columns();
    this.bytePrefixes = this.prefixes.map((p) => UTF8.encode(p));
    this.byteEnd = UTF8.encode(this.end);
    this.byteKinds = columns.map((c, i) => {
      if (i === this.villageAt) return ByteKind.Village;
      const kind = RESULT_COLUMN_VALUES[c.key]?.kind;
      return kind === 'text' ? ByteKind.Text : kind === 'number' ? ByteKind.Number : kind === 'quality' ? ByteKind.Quality : ByteKind.Cell;
    });
    this.byteValues = columns.map((c) => {
      const spec = RESULT_COLUMN_VALUES[c.key];
      return spec && (spec.kind === 'text' || spec.kind === 'number') ? spec.value : undefined;
    });
    this.byteSeverities = columns.map((c) => {
      const spec = RESULT_COLUMN_VALUES[c.key];
      return spec && spec.kind === 'quality' ? spec.severity : undefined;
    });
    // A closed-list cell is kept with its column's prefix: one copy a line.
    return columns.map((c, i) => cellWriter(c, this.format, this.language, (cell) => UTF8.encode(this.prefixes[i]! + cell)));
  }

  /** One byte. */
  private byte(b: number): void {
    const buf = this.room(1);
    buf[this.at++] = b;
  }

  /**
   * Writes `s` as its CSV cell when that cell is `s` itself and `s` is printable ASCII without a space
   * (what an id or an amount is): checked while it is copied. Returns false, having written nothing,
   * otherwise (a quote, a comma, white space, an Excel start, a digit string written `="…"`, any other
   * character): the caller writes {@link csvCell}'s text.
   */
  private plainCsv(s: string): boolean {
    const n = s.length;
    if (n === 0) return true;
    const buf = this.room(n);
    const start = this.at;
    let at = start;
    let digits = true;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      // Printable ASCII but for the space, `"` and `,` — nothing csvCell quotes.
      if (c <= 0x20 || c >= 0x7f || c === 34 || c === 44) return false;
      if (c < 48 || c > 57) digits = false;
      buf[at++] = c;
    }
    const first = s.charCodeAt(0);
    // csvCell's `="…"` (/^(0\d+|\d{12,})$/) and its leading `'` (/^([=+@\t\r]|-(?!\d))/).
    if (digits && (n >= 12 || (first === 48 && n >= 2))) return false;
    if (first === 61 || first === 43 || first === 64) return false;
    if (first === 45) {
      const next = n > 1 ? s.charCodeAt(1) : -1;
      if (!(next >= 48 && next <= 57)) return false;
    }
    this.at = at;
    return true;
  }

  /**
   * Writes `s` as its JSON string when `JSON.stringify` escapes nothing in it (printable ASCII but `"` and
   * `\\`), quotes around; returns false, having written nothing, otherwise.
   */
  private plainJson(s: string): boolean {
    const n = s.length;
    const buf = this.room(n + 2);
    let at = this.at;
    buf[at++] = 34;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c >= 0x7f || c === 34 || c === 92) return false;
      buf[at++] = c;
    }
    buf[at++] = 34;
    this.at = at;
    return true;
  }

  /** Room for `n` more bytes. */
  private room(n: number): Uint8Array {
    const need = this.at + n;
    if (need <= this.buf.length) return this.buf;
    let size = Math.max(FIRST_BYTES, this.buf.length * 2);
    while (size < need) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.at));
    return (this.buf = grown);
  }

  /** Bytes made beforehand (a kept cell, a separator). */
  private bytes(b: Uint8Array): void {
    const n = b.length;
    const buf = this.room(n);
    let at = this.at;
    if (n > 16) {
      buf.set(b, at);
      this.at = at + n;
      return;
    }
    for (let i = 0; i < n; i++) buf[at++] = b[i]!;
    this.at = at;
  }

  /** A cell's text as UTF-8: ASCII code unit by code unit; from the first other character on, by `TextEncoder`. */
  private text(s: string): void {
    const n = s.length;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
    const buf = this.room(3 * n);
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        // Everything before is ASCII, so the split falls between characters, never inside a pair.
        this.at = at + UTF8.encodeInto(i === 0 ? s : s.slice(i), buf.subarray(at)).written;
        return;
      }
      buf[at++] = c;
    }
    this.at = at;
  }
}
