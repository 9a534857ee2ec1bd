/**
 * Grouping rows into households (按户编号归并): properties over random row orders.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readRecords, type ImportedRecord } from '../../src/io/index.js';
import { SeenHouseholds } from '../../src/io/seen-households.js';

const HEADER = '户编号,姓名,证件号码,性别,与户主关系,户类型,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出';

async function readText(text: string): Promise<ImportedRecord[]> {
  const out: ImportedRecord[] = [];
  for await (const r of readRecords([Buffer.from(text)], { format: 'csv' })) out.push(r);
  return out;
}

describe('grouping rows into households', () => {
  test.prop([fc.array(fc.constantFrom('A', 'B', 'C', 'D', ''), { minLength: 1, maxLength: 40 })], { numRuns: 200 })(
    'whatever the row order: every row is in exactly one record, no record mixes two 户编号, and a 户编号 seen in an earlier record is reported as not contiguous',
    async (ids) => {
      const lines = ids.map((id, i) => `${id},成员${i},,男,户主,一般农户,100,0,0,0,0`);
      const records = await readText([HEADER, ...lines].join('\n') + '\n');
      // Rows of the file: the header is row 1, member i is row i + 2.
      const rows = records.flatMap((r) => r.source.rows).sort((a, b) => a - b);
      expect(rows).toEqual(ids.map((_, i) => i + 2));
      const seen = new Set<string>();
      for (const r of records) {
        const idsOfRows = new Set(r.source.rows.map((row) => ids[row - 2]));
        expect(idsOfRows.size).toBe(1);
        const id = [...idsOfRows][0]!;
        if (id === '') {
          expect(r.source.rows).toHaveLength(1); // a row without 户编号 is a household of its own
          expect(r.householdId).toBeUndefined();
          continue;
        }
        expect(r.householdId).toBe(id);
        const flagged = r.problems.some((p) => p.code === 'non_contiguous_household');
        expect(flagged).toBe(seen.has(id));
        seen.add(id);
        // Consecutive rows of one household stay together.
        const sorted = [...r.source.rows];
        for (let k = 1; k < sorted.length; k++) expect(sorted[k]).toBe(sorted[k - 1]! + 1);
      }
      expect(records.map((r) => r.position)).toEqual(records.map((_, i) => i));
    },
  );

  it('SeenHouseholds keeps a million households in under 19 bytes each, and still names the first row and position of one that comes back', () => {
    const seen = new SeenHouseholds();
    let row = 3;
    const rows: number[] = [];
    let found = 0;
    for (let i = 0; i < 1_000_000; i++) {
      row += 1 + (i % 7) + (i % 100_003 === 0 ? 5000 : 0); // households of 1–7 rows, now and then a long gap
      rows.push(row);
      if (seen.checkAndAdd(`53340100${String(i).padStart(8, '0')}`, row, i) !== undefined) found++;
    }
    expect(found).toBe(0);
    expect(seen.count).toBe(1_000_000);
    expect(seen.bytes / 1_000_000).toBeLessThan(19);
    for (const i of [0, 1, 255, 256, 257, 100_003, 100_004, 765_432, 999_999]) {
      expect(seen.checkAndAdd(`53340100${String(i).padStart(8, '0')}`, row + 1, 1_000_000 + i)).toEqual({ row: rows[i], position: i });
    }
  });

  test.prop([fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 3000 })])('SeenHouseholds answers like a Set, with the first row and position of each id', (ids) => {
    const seen = new SeenHouseholds();
    const reference = new Map<string, { row: number; position: number }>();
    ids.forEach((id, i) => {
      const got = seen.checkAndAdd(id, i + 1, i);
      expect(got).toEqual(reference.get(id));
      if (!reference.has(id)) reference.set(id, { row: i + 1, position: i });
    });
    expect(seen.count).toBe(reference.size);
  });
});
