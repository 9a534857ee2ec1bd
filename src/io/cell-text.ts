/**
 * The text of a cell, from its UTF-8 bytes (单元格文本): an export repeats a few hundred spellings
 * (是 / 否, 身份证, 健康, 0.00, region names, categories) in most of its cells, so a cell's text is
 * looked up by its bytes before it is decoded. A small direct-mapped table holds the bytes and the
 * string of recent short cells; a cell whose bytes are there gets that very string (no decoding,
 * no allocation), any other is decoded and takes the slot. The table is a cache: it never changes
 * a text, only whether it is decoded again.
 *
 * Decoding a few bytes costs a call into the runtime each time; an ASCII cell of the row being read
 * ({@link CellTexts.row}) shorter than 13 bytes is therefore cut from one Latin-1 decoding of the rest
 * of the row, made at its first such cell that needs decoding (for ASCII bytes Latin-1 and UTF-8 give
 * the same text).
 *
 * @module
 */

/** Node's own slices (what `toString('latin1' | 'utf8', start, end)` calls after checking its arguments), when present. */
interface Slices {
  latin1Slice?: (start: number, end: number) => string;
  utf8Slice?: (start: number, end: number) => string;
}
const direct = typeof (Buffer.prototype as Slices).latin1Slice === 'function' && typeof (Buffer.prototype as Slices).utf8Slice === 'function';

/**
 * The text of valid UTF-8 bytes [start, end) of `buf`; `ascii`: all below 0x80.
 *
 * @example
 * decode(Buffer.from('是,否'), 0, 3, false) // '是'
 */
export function decode(buf: Buffer, start: number, end: number, ascii: boolean): string {
  if (direct) return ascii ? (buf as Slices).latin1Slice!(start, end) : (buf as Slices).utf8Slice!(start, end);
  return ascii ? buf.toString('latin1', start, end) : buf.toString('utf8', start, end);
}

/**
 * Whether the `n` bytes of `x` at `a` equal those of `y` at `b`: four at a time (a `DataView`
 * read is one load once optimised), the last four overlapping the ones before.
 *
 * @example
 * const v = new DataView(new TextEncoder().encode('abcdeabcde').buffer);
 * equalBytes(v, 0, v, 5, 5) // true
 */
export function equalBytes(x: DataView, a: number, y: DataView, b: number, n: number): boolean {
  if (n < 4) {
    for (let i = 0; i < n; i++) if (x.getUint8(a + i) !== y.getUint8(b + i)) return false;
    return true;
  }
  // (little-endian: the byte order does not matter to equality, and the processor's own order needs no swap)
  const last = n - 4;
  for (let i = 0; i < last; i += 4) if (x.getInt32(a + i, true) !== y.getInt32(b + i, true)) return false;
  return x.getInt32(a + last, true) === y.getInt32(b + last, true);
}

/** A view of the bytes of `buf`. */
export function viewOf(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * V8 copies a `slice` shorter than this (`SlicedString::kMinLength`); a longer one would point into
 * the row's text and keep all of it alive as long as the cell (ID numbers live as long as their
 * record), so such cells are decoded on their own.
 */
const SLICED = 13;

/** Cells longer than this many bytes are always decoded. */
const MAX_BYTES = 32;
const SLOTS = 4096;
const MASK = SLOTS - 1;

/**
 * Decodes cells of a UTF-8 buffer, remembering the short ones by their bytes. The caller computes
 * the cell's hash while it scans the cell ({@link cellHash} shows the formula).
 *
 * @example
 * const texts = new CellTexts();
 * const buf = Buffer.from('是,否,是');
 * texts.text(buf, 0, 3, cellHash(buf, 0, 3), false) === texts.text(buf, 8, 11, cellHash(buf, 8, 11), false) // true: one string
 */
export class CellTexts {
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly hashes = new Int32Array(SLOTS);
  private readonly bytes = new Uint8Array(SLOTS * MAX_BYTES);
  private readonly stored = new DataView(this.bytes.buffer);
  private readonly strings: string[] = new Array<string>(SLOTS).fill('');
  /** The buffer of the last call, and a view of it. */
  private buf: Buffer | undefined;
  private view: DataView = new DataView(new ArrayBuffer(0));
  /** The row being read: its buffer and end; the Latin-1 text of its bytes from `from` on, once made. */
  private rowBuf: Buffer | undefined;
  private rowEnd = 0;
  private from = -1;
  private rest = '';

  /**
   * Starts a row of `buf` that ends at `end`: the cells asked for next lie in it, left to right.
   *
   * @example
   * texts.row(buf, lineEnd);
   */
  row(buf: Buffer, end: number): void {
    this.rowBuf = buf;
    this.from = -1;
    this.rowEnd = end;
    this.rest = '';
  }

  /**
   * The text of the ASCII bytes [start, end) of `buf`: cut from the rest of the row when they lie in
   * it and are shorter than {@link SLICED}.
   */
  private ascii(buf: Buffer, start: number, end: number): string {
    if (buf !== this.rowBuf || end > this.rowEnd || end - start >= SLICED) return decode(buf, start, end, true);
    if (this.from < 0 || start < this.from) {
      this.from = start;
      this.rest = decode(buf, start, this.rowEnd, true);
    }
    return this.rest.slice(start - this.from, end - this.from);
  }

  /**
   * The text of the bytes [start, end) of `buf` (valid UTF-8), `hash` their {@link cellHash};
   * `ascii`: every byte is below 0x80.
   */
  text(buf: Buffer, start: number, end: number, hash: number, ascii: boolean): string {
    const n = end - start;
    if (n > MAX_BYTES) return ascii ? this.ascii(buf, start, end) : decode(buf, start, end, false);
    const slot = (hash ^ (hash >>> 13)) & MASK;
    const at = slot * MAX_BYTES;
    if (buf !== this.buf) {
      this.buf = buf;
      this.view = viewOf(buf);
    }
    if (this.lengths[slot] === n && this.hashes[slot] === hash && equalBytes(this.stored, at, this.view, start, n)) return this.strings[slot]!;
    const s = ascii ? this.ascii(buf, start, end) : decode(buf, start, end, false);
    const stored = this.stored;
    const view = this.view;
    let i = 0;
    for (; i + 4 <= n; i += 4) stored.setInt32(at + i, view.getInt32(start + i, true), true);
    for (; i < n; i++) stored.setUint8(at + i, view.getUint8(start + i));
    this.lengths[slot] = n;
    this.hashes[slot] = hash;
    this.strings[slot] = s;
    return s;
  }
}

/**
 * The hash {@link CellTexts.text} expects: `h = h * 31 + byte` in 32-bit integers, from 0.
 *
 * @example
 * cellHash(Buffer.from('是'), 0, 3)
 */
export function cellHash(buf: Uint8Array, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + buf[i]!) | 0;
  return h;
}
