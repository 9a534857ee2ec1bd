/**
 * The text of a cell, from its UTF-8 bytes (单元格文本): an export repeats a few hundred spellings
 * (是 / 否, 身份证, 健康, 0.00, region names, categories) in most of its cells, so a cell's text is
 * looked up by its bytes before it is decoded. A small direct-mapped table holds the bytes and the
 * string of recent short cells; a cell whose bytes are there gets that very string (no decoding,
 * no allocation), any other is decoded and takes the slot. The table is a cache: it never changes
 * a text, only whether it is decoded again.
 *
 * @module
 */

/** Node's own slices (what `toString('latin1' | 'utf8', start, end)` calls after checking its arguments), when present. */
interface Slices {
  latin1Slice?: (start: number, end: number) => string;
  utf8Slice?: (start: number, end: number) => string;
}
const direct = typeof (Buffer.prototype as Slices).latin1Slice === 'function' && typeof (Buffer.prototype as Slices).utf8Slice === 'function';

/** The text of valid UTF-8 bytes [start, end) of `buf`; `ascii`: all below 0x80. */
function decode(buf: Buffer, start: number, end: number, ascii: boolean): string {
  if (direct) return ascii ? (buf as Slices).latin1Slice!(start, end) : (buf as Slices).utf8Slice!(start, end);
  return ascii ? buf.toString('latin1', start, end) : buf.toString('utf8', start, end);
}

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
  private readonly strings: string[] = new Array<string>(SLOTS).fill('');

  /**
   * The text of the bytes [start, end) of `buf` (valid UTF-8), `hash` their {@link cellHash};
   * `ascii`: every byte is below 0x80.
   */
  text(buf: Buffer, start: number, end: number, hash: number, ascii: boolean): string {
    const n = end - start;
    if (n > MAX_BYTES) return decode(buf, start, end, ascii);
    const slot = (hash ^ (hash >>> 13)) & MASK;
    const stored = this.bytes;
    const at = slot * MAX_BYTES;
    if (this.lengths[slot] === n && this.hashes[slot] === hash) {
      let i = 0;
      while (i < n && stored[at + i] === buf[start + i]) i++;
      if (i === n) return this.strings[slot]!;
    }
    const s = decode(buf, start, end, ascii);
    for (let i = 0; i < n; i++) stored[at + i] = buf[start + i]!;
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
