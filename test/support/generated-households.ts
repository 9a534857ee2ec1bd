/**
 * A generated export (examples/make-village.ts) read by the CSV importer and parsed, for properties
 * that hold every household of a realistic file to an oracle: the households that pass (no import
 * problem and `parseHousehold` ok) and how many records did not.
 */
import { parseHousehold, type Household } from '../../src/index.js';
import { readRecords } from '../../src/io/index.js';
import { villageLines } from '../../examples/make-village.js';

/**
 * The accepted households of a generated export and the count of rejected records.
 *
 * @example
 * const { households, rejected } = await generatedHouseholds({ households: 60, seed: 17, rejectedPercent: 8 });
 */
export async function generatedHouseholds(options: { households: number; seed: number; rejectedPercent: number; columns?: 'full' | 'narrow' }): Promise<{ households: Household[]; rejected: number }> {
  const households: Household[] = [];
  let rejected = 0;
  const bytes = Buffer.from([...villageLines(options)].join(''));
  for await (const rec of readRecords([bytes], { format: 'csv' })) {
    const p = parseHousehold(rec.raw);
    if (rec.problems.length === 0 && p.ok) households.push(p.household);
    else rejected++;
  }
  return { households, rejected };
}
