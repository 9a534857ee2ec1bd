/**
 * 5_12_001 (quality.work.overlapping-spells) compares each spell with the one before it once a member's
 * spells are sorted by start, ties in row order. `startOrder` gives that order, and `null` — nothing
 * sorted, nothing allocated — exactly when it is the row order.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { startOrder } from '../../../src/rules/quality/work.js';

const spellsArb = fc.array(fc.record({ start: fc.constantFrom('2019-05', '2021-01', '2021-01', '2022-10', '2023-09', '2023-10') }), { maxLength: 7 });

describe('5_12_001: the order work spells are compared in', () => {
  test.prop([spellsArb], { numRuns: 500 })('every row once, starts non-decreasing, ties in row order; null exactly when that is the row order', (spells) => {
    const got = startOrder(spells);
    const order = got ?? spells.map((_, j) => j);
    expect([...order].sort((a, b) => a - b)).toEqual(spells.map((_, j) => j));
    for (let k = 1; k < order.length; k++) {
      const a = spells[order[k - 1]!]!.start;
      const b = spells[order[k]!]!.start;
      expect(a <= b).toBe(true);
      if (a === b) expect(order[k - 1]!).toBeLessThan(order[k]!);
    }
    expect(got === null).toBe(order.every((j, k) => j === k));
  });
});
