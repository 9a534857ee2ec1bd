/**
 * Households already seen in a file (已出现的户编号), to detect a household whose rows are not
 * contiguous, in bounded memory: each 户编号 is kept as a 64-bit hash with the row and position
 * where it first appeared.
 *
 * Layout: records are numbered in file order, so a record's position is its entry number and is
 * not stored. Each record has an entry written once — the hash's two 32-bit words (8 bytes; zero
 * for a record whose 户编号 was seen before or is missing) and its first row as a one-byte step
 * from the previous record's (a larger step is kept aside, and every 256th row in full) — and an
 * open-addressing table of 32-bit entry numbers (load ≤ 0.5) finds a hash. About 17 bytes a
 * household: 34 MB for two million (measured by test/io/grouping.test.ts), where a Set of strings
 * would take several times that. Growing rebuilds only the table, from the hashes in the entries.
 *
 * Two different 户编号 share a 64-bit hash with a probability of about n² / 2⁶⁵ (≈ 10⁻⁷ for two
 * million households); such a collision would report a contiguity problem that is not there —
 * an explained rejection, never a silent merge.
 *
 * @module
 */

/** Two independent 32-bit hashes of a string (cyrb53's mixing, both words kept). */
function hash64(s: string, out: Uint32Array): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
  // (0, 0) marks an entry that is not in the table.
  if (out[0] === 0 && out[1] === 0) out[1] = 1;
}

/** Where a household first appeared. */
export interface FirstSeen {
  /** Its first row (1-based). */
  row: number;
  /** Its record's position (0-based). */
  position: number;
}

const SEGMENT_BITS = 16;
const SEGMENT = 1 << SEGMENT_BITS;
const SEGMENT_MASK = SEGMENT - 1;
const CHECKPOINT_BITS = 8;
const ESCAPE = 255;

/**
 * A set of 户编号 in flat memory, fed in file order.
 *
 * @example
 * const seen = new SeenHouseholds();
 * seen.checkAndAdd('H1', 4, 0); // undefined (new)
 * seen.checkAndAdd('H1', 40, 9); // { row: 4, position: 0 }
 */
export class SeenHouseholds {
  private capacity = 1 << 12;
  private distinct = 0;
  /** Entries written (= the next position). */
  private entries = 0;
  /** Entry number + 1 per slot; 0 = empty. */
  private table = new Uint32Array(this.capacity);
  /** Per entry, in segments: hash high and low words. */
  private readonly hashes: Uint32Array[] = [];
  /** Per entry, in segments: the step from the previous entry's row (ESCAPE: see `exact`). */
  private readonly steps: Uint8Array[] = [];
  /** The row of every 256th entry. */
  private checkpoints = new Uint32Array(256);
  /** Rows whose step does not fit in a byte, by entry. */
  private readonly exact = new Map<number, number>();
  private lastRow = 0;
  private readonly h = new Uint32Array(2);

  /** How many different households are recorded. */
  get count(): number {
    return this.distinct;
  }

  /** Bytes held by the index (table, entry segments, checkpoints). */
  get bytes(): number {
    return this.table.byteLength + this.hashes.length * SEGMENT * 9 + this.checkpoints.byteLength + this.exact.size * 16;
  }

  /**
   * When `id` was seen before, where; otherwise records it (at `row`, `position`) and returns
   * undefined. Positions come in increasing order (records without 户编号 may be skipped).
   */
  checkAndAdd(id: string, row: number, position: number): FirstSeen | undefined {
    if (position < this.entries) throw new Error(`SeenHouseholds: position ${position} comes after ${this.entries - 1}`);
    while (this.entries < position) this.append(0, 0, this.lastRow); // records without 户编号
    hash64(id, this.h);
    const a = this.h[0]!;
    const b = this.h[1]!;
    const mask = this.capacity - 1;
    const table = this.table;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const e = table[i]!;
      if (e === 0) break;
      const n = e - 1;
      const seg = this.hashes[n >>> SEGMENT_BITS]!;
      const k = (n & SEGMENT_MASK) * 2;
      if (seg[k] === a && seg[k + 1] === b) {
        this.append(0, 0, row);
        return { row: this.rowOf(n), position: n };
      }
      i = (i + 1) & mask;
    }
    const n = this.append(a, b, row);
    table[i] = n + 1;
    this.distinct++;
    if (this.distinct * 2 > this.capacity) this.grow();
    return undefined;
  }

  /** Writes the next entry; returns its number. */
  private append(a: number, b: number, row: number): number {
    const n = this.entries++;
    if ((n & SEGMENT_MASK) === 0) {
      this.hashes.push(new Uint32Array(SEGMENT * 2));
      this.steps.push(new Uint8Array(SEGMENT));
    }
    const k = n & SEGMENT_MASK;
    const seg = this.hashes[n >>> SEGMENT_BITS]!;
    seg[k * 2] = a;
    seg[k * 2 + 1] = b;
    const r = Math.max(1, row);
    const c = n >>> CHECKPOINT_BITS;
    if ((n & ((1 << CHECKPOINT_BITS) - 1)) === 0) {
      if (c >= this.checkpoints.length) {
        const grown = new Uint32Array(this.checkpoints.length * 2);
        grown.set(this.checkpoints);
        this.checkpoints = grown;
      }
      this.checkpoints[c] = r;
    } else {
      const step = r - this.lastRow;
      if (step >= 0 && step < ESCAPE) this.steps[n >>> SEGMENT_BITS]![k] = step;
      else {
        this.steps[n >>> SEGMENT_BITS]![k] = ESCAPE;
        this.exact.set(n, r);
      }
    }
    this.lastRow = r;
    return n;
  }

  /** The row of entry `n`: its checkpoint plus the steps after it. */
  private rowOf(n: number): number {
    const first = (n >>> CHECKPOINT_BITS) << CHECKPOINT_BITS;
    let row = this.checkpoints[n >>> CHECKPOINT_BITS]!;
    for (let m = first + 1; m <= n; m++) {
      const step = this.steps[m >>> SEGMENT_BITS]![m & SEGMENT_MASK]!;
      row = step === ESCAPE ? this.exact.get(m)! : row + step;
    }
    return row;
  }

  private grow(): void {
    this.capacity *= 2;
    const table = new Uint32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let n = 0; n < this.entries; n++) {
      const seg = this.hashes[n >>> SEGMENT_BITS]!;
      const k = (n & SEGMENT_MASK) * 2;
      const a = seg[k]!;
      const b = seg[k + 1]!;
      if (a === 0 && b === 0) continue;
      let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = n + 1;
    }
    this.table = table;
  }
}
