/**
 * What the re-scoring tests share: the profile and date they score under, valid households in
 * given villages, records no parser would accept (each for a different reason), and the balance
 * every summary keeps (in = results + rejected, for the run, every village and every table).
 */
import { expect } from 'vitest';
import { getProfile, type RescoreOutcome, type RescoreSummary } from '../../src/index.js';
import { recordedMatrixRows } from '../../src/rescore/summary.js';
import { DEFAULT_HOUSEHOLD, merge } from '../builders.js';

export const jinan = getProfile('fujian/jinan/2023');
export const AS_OF = '2023-12-15';

/** A valid household in a given village. */
export const good = (i: number, village = `${(i % 3) + 1}村`, town = '宦溪镇') =>
  merge(DEFAULT_HOUSEHOLD, {
    id: `H${i}`,
    region: { province: '福建省', city: '福州市', county: '晋安区', town, village },
    povertyAlleviated: i % 2 === 0,
    income: { wage: `${10000 + i}.50` },
  });

/** Records no household parser would accept, each for a different reason. */
export const CORRUPT: unknown[] = [
  null,
  'not a record',
  42,
  [],
  {},
  merge(DEFAULT_HOUSEHOLD, { id: 'C-money', income: { wage: '1,200' } }),
  merge(DEFAULT_HOUSEHOLD, { id: 'C-nan', income: { wage: Number.NaN } }),
  merge(DEFAULT_HOUSEHOLD, { id: 'C-members', members: [] }),
  merge(DEFAULT_HOUSEHOLD, { id: 'C-key', region: { village: '3村' }, bonus: 1 }),
  merge(DEFAULT_HOUSEHOLD, { id: 'C-undefined', income: { wage: undefined } }),
  { ...DEFAULT_HOUSEHOLD, id: 'C-id-as-key', ['11010519491231002X']: true },
];

/** Good and corrupt records interleaved: 3 good, 1 corrupt, … */
export function mixed(n: number): unknown[] {
  const out: unknown[] = [];
  let c = 0;
  for (let i = 0; i < n; i++) out.push(i % 4 === 3 ? CORRUPT[c++ % CORRUPT.length] : good(i));
  return out;
}

export async function collect<R>(run: AsyncIterable<RescoreOutcome<R>>): Promise<RescoreOutcome<R>[]> {
  const out: RescoreOutcome<R>[] = [];
  for await (const o of run) out.push(o);
  return out;
}

export function expectBalanced(s: RescoreSummary) {
  expect(s.in).toBe(s.results + s.rejected);
  const byCategory = Object.values(s.byCategory).reduce((a, b) => a + b, 0);
  expect(byCategory).toBe(s.results);
  for (const v of s.villages) {
    expect(v.in).toBe(v.results + v.rejected);
    expect(Object.values(v.byCategory).reduce((a, b) => a + b, 0)).toBe(v.results);
  }
  for (const key of ['in', 'results', 'rejected', 'povertyAlleviated', 'identified'] as const) {
    expect(s.villages.reduce((a, v) => a + v[key], 0)).toBe(s[key]);
  }
  // The recorded → recomputed matrix: every result in one cell; a column adds up to its bucket.
  const rows = Object.values(s.byRecorded);
  expect(rows.reduce((a, r) => a + Object.values(r).reduce((x, y) => x + y, 0), 0)).toBe(s.results);
  for (const k of Object.keys(s.byCategory) as (keyof typeof s.byCategory)[]) expect(rows.reduce((a, r) => a + r[k], 0)).toBe(s.byCategory[k]);
  // Its table: the total row's households are the results; agree + differ + undetermined = results.
  const table = recordedMatrixRows(s, 'zh');
  const total = table.at(-1)!.map(Number);
  expect(total[1]).toBe(s.results);
  expect(total.at(-2)! + total.at(-1)! + s.byCategory.undetermined).toBe(s.results);
  // A fact is named by at most every household of its outcome.
  for (const f of s.toVerifyByFact) expect(f.households).toBeLessThanOrEqual(s.byCategory['to-verify']);
  for (const f of s.missingByFact) expect(f.households).toBeLessThanOrEqual(s.byCategory.undetermined);
  if (s.byCategory['to-verify'] > 0) expect(s.toVerifyByFact.length).toBeGreaterThan(0);
}
