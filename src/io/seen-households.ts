/**
 * Households already seen in a file (已出现的户编号), to detect a household whose rows are not
 * contiguous, in bounded memory: each 户编号 is kept as a 64-bit hash with the row and position
 * where it first appeared — 16 bytes a household in flat typed arrays, about 64 MB for 2 million
 * households, instead of a Set of strings several times larger.
 *
 * Two different 户编号 share a 64-bit hash with a probability of about n² / 2⁶⁵ (≈ 10⁻⁷ for two
 * million households); such a collision would report a contiguity problem that is not there —
 * an explained rejection, never a silent merge.
 *
 * @module
 */

/** Two independent 32-bit hashes of a string (cyrb53's mixing, both words kept). */
function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** Where a household first appeared. */
export interface FirstSeen {
  /** Its first row (1-based). */
  row: number;
  /** Its record's position (0-based). */
  position: number;
}

/**
 * A set of 户编号 in flat memory.
 *
 * @example
 * const seen = new SeenHouseholds();
 * seen.checkAndAdd('H1', 4, 0); // undefined (new)
 * seen.checkAndAdd('H1', 40, 9); // { row: 4, position: 0 }
 */
export class SeenHouseholds {
  private capacity = 1 << 12;
  private size = 0;
  private hi = new Uint32Array(this.capacity);
  private lo = new Uint32Array(this.capacity);
  private rows = new Uint32Array(this.capacity); // 0 = empty slot (rows count from 1)
  private positions = new Uint32Array(this.capacity);

  /** How many households are recorded. */
  get count(): number {
    return this.size;
  }

  /** When `id` was seen before, where; otherwise records it (at `row`, `position`) and returns undefined. */
  checkAndAdd(id: string, row: number, position: number): FirstSeen | undefined {
    const [a, b] = hash64(id);
    const mask = this.capacity - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const r = this.rows[i]!;
      if (r === 0) break;
      if (this.hi[i] === a && this.lo[i] === b) return { row: r, position: this.positions[i]! };
      i = (i + 1) & mask;
    }
    this.hi[i] = a;
    this.lo[i] = b;
    this.rows[i] = Math.max(1, row);
    this.positions[i] = position;
    if (++this.size * 2 > this.capacity) this.grow();
    return undefined;
  }

  private grow(): void {
    const { hi, lo, rows, positions, capacity } = this;
    this.capacity = capacity * 2;
    this.hi = new Uint32Array(this.capacity);
    this.lo = new Uint32Array(this.capacity);
    this.rows = new Uint32Array(this.capacity);
    this.positions = new Uint32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let j = 0; j < capacity; j++) {
      if (rows[j] === 0) continue;
      const a = hi[j]!;
      const b = lo[j]!;
      let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
      while (this.rows[i] !== 0) i = (i + 1) & mask;
      this.hi[i] = a;
      this.lo[i] = b;
      this.rows[i] = rows[j]!;
      this.positions[i] = positions[j]!;
    }
  }
}
