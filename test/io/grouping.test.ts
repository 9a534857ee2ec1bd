/**
 * Grouping rows into households (按户编号归并): properties over random row orders.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
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
