/**
 * Cutting a CSV export into chunks at household boundaries (按户切分), on its bytes.
 *
 * A chunk is a run of whole rows that ends where one household ends and the next begins, so that
 * chunks can be parsed and grouped independently — in this thread or in worker threads — and
 * give exactly what reading the file from start to end gives. The splitter reads bytes, not text:
 * in UTF-8 and GBK/GB18030 the bytes of `,` `"` tab, CR and LF never occur inside a multi-byte
 * character, so rows and fields are found without decoding; only a few 户编号 cells near each cut
 * are decoded, to see where a household ends.
 *
 * Rows are found as papaparse finds them (a quote opens a field only at its start, `""` inside a
 * quoted field is a quote, a quoted field may hold delimiters and line breaks). Quoting papaparse
 * reads with its own repairs (a closing quote followed by spaces or other text, an unterminated
 * quote) is *irregular*: the splitter stops there and hands back the rest of the file, from a row
 * start, to be read as a stream with papaparse, so every file reads the same either way.
 *
 * @module
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { SheetRow } from './csv.js';
import type { CsvNewline } from './csv.js';
import { detectDelimiter, detectNewline } from './csv.js';
import { MAX_HOUSEHOLD_MEMBERS } from '../model/primitives.js';
import { groupKey, isBlank, looksLikeHeader } from './group.js';
import { utf8ErrorAt } from './utf8.js';
import type { DecodeStats, TextEncoding } from './source.js';

/** How the CSV is written: one ASCII delimiter character and the line ending. */
export interface CsvDialect {
  delimiter: string;
  newline: CsvNewline;
}

/** Encodings whose bytes can be cut without decoding. */
export type ChunkEncoding = 'utf-8' | 'gb18030';

/** A run of whole rows of a CSV file, ending at a household boundary (or at the end of the file). */
export interface CsvChunk {
  /** The rows' bytes. */
  bytes: Uint8Array;
  /** The 1-based number of its first row. */
  firstRow: number;
  /** How many rows it holds (blank rows included). */
  rows: number;
  /** Where it starts in the file. */
  byteOffset: number;
  /** Whether a field in it starts with a quote (then it is parsed with papaparse). */
  quoted: boolean;
  /** Whether it ends the file (its last row may lack a line break). */
  final: boolean;
}

/** The rest of a file that cannot be cut (irregular quoting), from a row start, to read as a stream. */
export interface CsvRest {
  rest: AsyncIterable<Uint8Array>;
  /** The number of its first row. */
  firstRow: number;
  /** Whether it starts at the beginning of the file (a byte-order mark is then dropped when decoding). */
  fromStart: boolean;
}

/** The rows above the header, and the header. */
export interface CsvHead {
  before: SheetRow[];
  header: SheetRow | undefined;
}

/** Options of {@link openCsvSplit}. */
export interface CsvSplitOptions {
  delimiter?: string;
  headerRow?: number;
  headerScanRows?: number;
  /** The size a chunk reaches before it is cut at the next household boundary (default 256 KB). */
  chunkBytes?: number;
}

/** The chunk size: measured on the synthetic export, 128–512 KB all read at the same speed. */
export const DEFAULT_CHUNK_BYTES = 1 << 18;

const QUOTE = 0x22;
const NEED = -1;
const MAYBE = -2;

class Irregular extends Error {}

/**
 * The encoding's chunk form, when it has one: UTF-8 and GBK/GB18030 can be cut as bytes; UTF-16
 * cannot.
 *
 * @example
 * chunkEncoding('gbk') // 'gb18030'
 */
export function chunkEncoding(encoding: TextEncoding): ChunkEncoding | undefined {
  if (encoding === 'utf-8') return 'utf-8';
  if (encoding === 'gbk' || encoding === 'gb18030' || encoding === 'gb2312') return 'gb18030';
  return undefined;
}

/** Whether a delimiter can be found in bytes: one ASCII character that is not a quote or a line break. */
function byteDelimiter(delimiter: string): boolean {
  return delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80 && delimiter !== '"' && delimiter !== '\r' && delimiter !== '\n';
}

/**
 * A copy with its own memory (a chunk may be transferred to a worker thread): not from Node's pool,
 * and not zero-filled first (every byte is written at once).
 */
function copyOf(buf: Buffer, start: number, end: number): Uint8Array {
  const out = Buffer.allocUnsafeSlow(end - start);
  buf.copy(out, 0, start, end);
  return out;
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Cuts a CSV file into chunks at household boundaries; see the module comment. Created by
 * {@link openCsvSplit}.
 *
 * @example
 * const head = await split.head({});
 * split.setIdColumn(planColumns(head!.header!.cells).idColumn?.index);
 * for await (const item of split.chunks()) if (!('rest' in item)) reader.read(item);
 */
export class CsvSplitter {
  /** The bytes read and not yet handed out: a view of `store`, which is reused (no garbage per read). */
  private buf: Buffer = Buffer.alloc(0);
  private store: Buffer = Buffer.alloc(0);
  /** File offset of `buf[0]`. */
  private base = 0;
  private eof = false;
  /** Index in `buf` of the next row start. */
  private pos = 0;
  /** Rows read so far (the next row is `row + 1`). */
  private row = 0;
  private quotedSeen = false;
  private readonly d: number;
  private readonly nl: number;
  private readonly nlLen: number;
  private idIndex: number | undefined;
  private readonly strict: InstanceType<typeof TextDecoder> | undefined;
  private qCache = -1;
  private qFrom = Infinity;
  private nCache = -1;
  private nFrom = Infinity;

  constructor(
    private readonly it: AsyncIterator<Uint8Array>,
    readonly encoding: ChunkEncoding,
    readonly dialect: CsvDialect,
    private readonly chunkBytes: number,
    private readonly stats: DecodeStats,
  ) {
    this.d = dialect.delimiter.charCodeAt(0);
    this.nl = dialect.newline === '\r' ? 13 : 10;
    this.nlLen = dialect.newline.length;
    if (encoding === 'utf-8') this.strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  }

  /** Appends the next piece of the file; false at its end. */
  private async pull(): Promise<boolean> {
    if (this.eof) return false;
    const r = await this.it.next();
    if (r.done) {
      this.eof = true;
      return false;
    }
    const piece = r.value;
    const length = this.buf.length;
    if (length + piece.length > this.store.length) {
      const store = Buffer.allocUnsafeSlow(Math.max(2 * this.store.length, length + piece.length, 1 << 20));
      this.buf.copy(store, 0);
      this.store = store;
    }
    this.store.set(piece, length);
    this.buf = this.store.subarray(0, length + piece.length);
    this.qFrom = this.nFrom = Infinity;
    return true;
  }

  /** Starts reading: skips a byte-order mark. */
  async start(): Promise<void> {
    while (this.buf.length < 4 && (await this.pull()));
    const b = this.buf;
    if (this.encoding === 'utf-8' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
    if (this.encoding === 'gb18030' && b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) this.pos = 4;
  }

  private quoteFrom(pos: number): number {
    if (pos >= this.qFrom && (this.qCache === -1 || this.qCache >= pos)) return this.qCache;
    this.qFrom = pos;
    this.qCache = this.buf.indexOf(QUOTE, pos);
    return this.qCache;
  }

  /** The index of the first line break at or after `pos` (its first byte), or -1. */
  private newlineFrom(pos: number): number {
    if (pos >= this.nFrom && (this.nCache === -1 || this.nCache >= pos)) return this.nCache;
    const buf = this.buf;
    let i = buf.indexOf(this.nl, pos);
    if (this.nlLen === 2) {
      while (i !== -1 && !(i - 1 >= pos && buf[i - 1] === 13)) i = buf.indexOf(10, i + 1);
      if (i !== -1) i--;
    }
    this.nFrom = pos;
    this.nCache = i;
    return i;
  }

  /** The end of a line break that starts at `i`; -1 when none does; MAYBE when the bytes end first. */
  private newlineAt(i: number): number {
    const buf = this.buf;
    if (this.nlLen === 1) return buf[i] === this.nl ? i + 1 : -1;
    if (buf[i] !== 13) return -1;
    if (i + 1 >= buf.length) return this.eof ? -1 : MAYBE;
    return buf[i + 1] === 10 ? i + 2 : -1;
  }

  /** The end (after its line break) of the row that starts at `start`; NEED when the bytes end first. Throws Irregular. */
  private rowEnd(start: number): number {
    const buf = this.buf;
    const end = buf.length;
    const d = this.d;
    let pos = start;
    for (;;) {
      const nl = this.newlineFrom(pos);
      const q = this.quoteFrom(pos);
      if (q === -1 || (nl !== -1 && nl < q)) {
        if (nl === -1) return this.eof ? end : NEED;
        return nl + this.nlLen;
      }
      if (q !== start && buf[q - 1] !== d) {
        pos = q + 1;
        continue;
      }
      // A quoted field: find its closing quote ("" is a quote inside it).
      this.quotedSeen = true;
      let c = q + 1;
      for (;;) {
        c = buf.indexOf(QUOTE, c);
        if (c === -1) {
          if (this.eof) throw new Irregular();
          return NEED;
        }
        if (c + 1 >= end) {
          if (this.eof) return end;
          return NEED;
        }
        if (buf[c + 1] === QUOTE) {
          c += 2;
          continue;
        }
        break;
      }
      const after = c + 1;
      if (buf[after] === d) {
        pos = after + 1;
        continue;
      }
      const e = this.newlineAt(after);
      if (e === MAYBE) return NEED;
      if (e >= 0) return e;
      throw new Irregular();
    }
  }

  /** The end of a row's content (before its line break). */
  private contentEnd(a: number, e: number): number {
    const buf = this.buf;
    if (this.nlLen === 2) return e - 2 >= a && buf[e - 2] === 13 && buf[e - 1] === 10 ? e - 2 : e;
    return e - 1 >= a && buf[e - 1] === this.nl ? e - 1 : e;
  }

  /** Decodes bytes loosely (for keys and blank tests near a cut; the chunk reader decodes strictly). */
  private decode(a: number, b: number): string {
    return this.encoding === 'utf-8' ? this.buf.toString('utf8', a, b) : iconv.decode(this.buf.subarray(a, b), 'gb18030');
  }

  /** Decodes the bytes of a header or title row strictly (an undecodable UTF-8 file stops here). */
  private decodeStrict(a: number, b: number): string {
    if (!this.strict) {
      const text = iconv.decode(this.buf.subarray(a, b), 'gb18030');
      if (text.includes('\ufffd')) this.stats.replaced += countReplacements(text);
      return text;
    }
    try {
      return this.strict.decode(this.buf.subarray(a, b));
    } catch {
      throw utf8ErrorAt(this.buf.subarray(a, b), this.base + a);
    }
  }

  /** The cells of one row, as papaparse reads them. */
  private cells(text: string): string[] {
    const parser = new Papa.Parser({ delimiter: this.dialect.delimiter, newline: this.dialect.newline, quoteChar: '"' });
    const ends = text.endsWith(this.dialect.newline);
    const data = (parser.parse(text, 0, ends) as { data: string[][] }).data;
    return data[0] ?? [''];
  }

  /** The grouping key of the row [a, e) (its 户编号 cell), or undefined. */
  private keyOf(a: number, e: number): string | undefined {
    const idIndex = this.idIndex!;
    const buf = this.buf;
    const stop = this.contentEnd(a, e);
    const d = this.d;
    let pos = a;
    for (let col = 0; ; col++) {
      let fieldEnd: number;
      let quoted = false;
      if (pos < stop && buf[pos] === QUOTE) {
        quoted = true;
        let c = pos + 1;
        for (;;) {
          c = buf.indexOf(QUOTE, c);
          if (c === -1 || c >= stop) return undefined; // cannot happen in a regular row
          if (c + 1 < stop && buf[c + 1] === QUOTE) {
            c += 2;
            continue;
          }
          break;
        }
        fieldEnd = c + 1;
      } else {
        const next = buf.indexOf(d, pos);
        fieldEnd = next === -1 || next > stop ? stop : next;
      }
      if (col === idIndex) {
        const text = quoted ? this.decode(pos + 1, fieldEnd - 1).replace(/""/g, '"') : this.decode(pos, fieldEnd);
        return groupKey(text);
      }
      if (fieldEnd >= stop) return undefined;
      pos = fieldEnd + 1;
    }
  }

  /** Whether the row [a, e) starts a household (so a chunk may end before it), given the row before it. */
  private startsHousehold(prevStart: number, a: number, e: number): boolean {
    if (this.idIndex === undefined) return true;
    const key = this.keyOf(a, e);
    if (key === undefined) return !isBlank(this.cells(this.decode(a, e)));
    const prev = this.keyOf(prevStart, a);
    return prev !== undefined && prev !== key;
  }

  /**
   * Reads the rows above the header and the header (found as the reader finds it: the given row,
   * or the first of the first `scan` rows that names 姓名 and 证件号码 or 户编号). `undefined` when
   * the quoting is irregular there (then the whole file is read as a stream).
   */
  async head(options: { headerRow?: number; headerScanRows?: number }): Promise<CsvHead | undefined> {
    const scan = options.headerScanRows ?? 10;
    const before: SheetRow[] = [];
    for (;;) {
      if (this.pos >= this.buf.length && !(await this.pull())) break;
      let e: number;
      try {
        e = this.rowEnd(this.pos);
      } catch (error) {
        if (error instanceof Irregular) return undefined;
        throw error;
      }
      if (e === NEED) {
        await this.pull();
        continue;
      }
      const row = { row: ++this.row, cells: this.cells(this.decodeStrict(this.pos, e)) };
      this.pos = e;
      const isHeader = options.headerRow !== undefined ? row.row === options.headerRow : looksLikeHeader(row.cells);
      if (isHeader) return { before, header: row };
      before.push(row);
      if (options.headerRow === undefined ? before.length >= scan : row.row >= options.headerRow) break;
    }
    return { before, header: undefined };
  }

  /** Sets the 户编号 column (undefined: every row is a household of its own) before cutting. */
  setIdColumn(index: number | undefined): void {
    this.idIndex = index;
  }

  /**
   * The rest of the file as chunks (each at least the chunk size, cut where a household starts),
   * and, if its quoting turns irregular, the rest as a stream ({@link CsvRest}) as the last item.
   */
  async *chunks(): AsyncGenerator<CsvChunk | CsvRest> {
    for (;;) {
      const start = this.pos;
      if (start >= this.buf.length && !(await this.pull())) return;
      this.quotedSeen = false;
      const target = start + this.chunkBytes;
      let rows = 0;
      let r = start;
      let prev = -1;
      let cut = -1;
      // Rows past the target size that continue one household: a household of more rows than a
      // household may have members is cut anyway, so one chunk never holds an unbounded household
      // (its parts are rejected: too large, and not contiguous).
      let sameHousehold = 0;
      while (cut < 0) {
        if (r >= this.buf.length && this.eof) {
          cut = r;
          break;
        }
        let e: number;
        try {
          e = r >= this.buf.length ? NEED : this.rowEnd(r);
        } catch (error) {
          if (!(error instanceof Irregular)) throw error;
          yield this.restFrom(start);
          return;
        }
        if (e === NEED) {
          await this.pull();
          continue;
        }
        if (r >= target && prev >= 0) {
          if (this.startsHousehold(prev, r, e) || ++sameHousehold > MAX_HOUSEHOLD_MEMBERS) {
            cut = r;
            break;
          }
        }
        rows++;
        prev = r;
        r = e;
      }
      const chunk: CsvChunk = {
        bytes: copyOf(this.buf, start, cut),
        firstRow: this.row + 1,
        rows,
        byteOffset: this.base + start,
        quoted: this.quotedSeen,
        final: this.eof && cut >= this.buf.length,
      };
      this.row += rows;
      this.pos = cut;
      if (this.pos > 0) {
        // Drop what is handed out: the rest moves to the front of the store.
        const rest = this.buf.length - this.pos;
        this.store.copyWithin(0, this.pos, this.buf.length);
        this.buf = this.store.subarray(0, rest);
        this.base += this.pos;
        this.pos = 0;
        this.qFrom = this.nFrom = Infinity;
      }
      yield chunk;
      if (chunk.final) return;
    }
  }

  /** The file from `start` (a row start) on, as a stream. */
  private restFrom(start: number): CsvRest {
    const head = Buffer.from(this.buf.subarray(start));
    const it = this.it;
    const eof = this.eof;
    const fromStart = this.base + start === 0;
    async function* rest(): AsyncGenerator<Uint8Array> {
      if (head.length > 0) yield head;
      if (eof) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    }
    return { rest: rest(), firstRow: this.row + 1, fromStart };
  }

  /** The whole file as a stream (when the head cannot be read by cutting). */
  restOfFile(): CsvRest {
    const r = this.restFrom(0);
    return { ...r, firstRow: 1, fromStart: true };
  }

  /** Stops reading (closes the file). */
  async close(): Promise<void> {
    await this.it.return?.();
  }
}

/**
 * Opens a CSV source for cutting, when it can be cut: a UTF-8 or GBK/GB18030 text whose delimiter
 * is one ASCII character. Reads the first bytes to detect the delimiter (unless given) and the
 * line ending, as {@link csvRows} does. `undefined` when the file must be read as a stream.
 *
 * @example
 * const split = await openCsvSplit(openBytes('export.csv'), 'utf-8', {}, { replaced: 0 });
 */
export async function openCsvSplit(bytes: AsyncIterable<Uint8Array>, encoding: TextEncoding, options: CsvSplitOptions, stats: DecodeStats): Promise<CsvSplitter | undefined> {
  const enc = chunkEncoding(encoding);
  if (!enc || (options.delimiter !== undefined && !byteDelimiter(options.delimiter))) return undefined;
  const it = bytes[Symbol.asyncIterator]();
  // The dialect, from the first text (at least 64 KB or up to the first line break, as csvRows).
  const pieces: Buffer[] = [];
  let length = 0;
  let done = false;
  const text = () => {
    const all = Buffer.concat(pieces, length);
    return enc === 'utf-8' ? new TextDecoder('utf-8').decode(all) : iconv.decode(all, 'gb18030');
  };
  for (;;) {
    if (length >= 1 << 16) {
      const t = text();
      if (/[\r\n]/.test(t) || length >= 1 << 20) break;
    }
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const piece = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    pieces.push(piece);
    length += piece.length;
  }
  const head = text().replace(/^\ufeff/, '');
  const delimiter = options.delimiter ?? detectDelimiter(head);
  const dialect: CsvDialect = { delimiter, newline: detectNewline(head) };
  async function* again(): AsyncGenerator<Uint8Array> {
    for (const p of pieces) yield p;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  const replay = again();
  const close = async () => {
    await it.return?.();
  };
  const iterator: AsyncIterator<Uint8Array> = {
    next: () => replay.next(),
    return: async () => {
      await close();
      return { done: true, value: undefined };
    },
  };
  const splitter = new CsvSplitter(iterator, enc, dialect, options.chunkBytes ?? DEFAULT_CHUNK_BYTES, stats);
  await splitter.start();
  return splitter;
}
