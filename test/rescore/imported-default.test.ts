/**
 * Issue 12 item 14 — `rescore(readRecords(file), profile)` type-checks under --strict; it used to
 * reject every record ("id required") unless `records: 'imported'` was passed. The records of an
 * importer now say what they are, and rescore's own options are checked up front.
 */
import { describe, expect, it } from 'vitest';
import { getProfile, InvalidOptionError, rescore } from '../../src/index.js';
import { readRecords } from '../../src/io/index.js';

const VILLAGE = new URL('../../examples/data/village.csv', import.meta.url).pathname;
const jinan = getProfile('fujian/jinan/2023');

async function counts(run: ReturnType<typeof rescore>) {
  for await (const _ of run) void _;
  return run.summary();
}

describe('rescore of an importer’s records (issue 12 item 14)', () => {
  it('rescore(readRecords(file), profile) scores the records without records: "imported" — the same summary as with it', async () => {
    const plain = await counts(rescore(readRecords(VILLAGE), jinan, { workers: 1 }));
    const explicit = await counts(rescore(readRecords(VILLAGE), jinan, { workers: 1, records: 'imported' }));
    expect(plain.results).toBeGreaterThan(100);
    expect(plain).toEqual(explicit);
  });

  it('records: "raw" with an importer’s stream is refused by name (it would reject every record)', () => {
    expect(() => rescore(readRecords(VILLAGE), jinan, { records: 'raw' })).toThrow(InvalidOptionError);
  });

  it('an imported record passed as raw (an array of them) is rejected with a message that says what to pass', async () => {
    const recs = [];
    for await (const r of readRecords(VILLAGE)) recs.push(r);
    const run = rescore(recs.slice(0, 2), jinan, { workers: 1 });
    for await (const o of run) {
      expect(o.ok).toBe(false);
      if (!o.ok) expect(o.issues[0]!.message.en).toContain("records: 'imported'");
    }
  });

  it('rescore options are checked up front: asOf, workers, batchSize, view, records, an unknown key', () => {
    expect(() => rescore([], jinan, { asOf: '2023-02-30' })).toThrow(InvalidOptionError);
    expect(() => rescore([], jinan, { workers: 0 })).toThrow(InvalidOptionError);
    expect(() => rescore([], jinan, { batchSize: 1.5 })).toThrow(InvalidOptionError);
    expect(() => rescore([], jinan, { view: 'everything' as never })).toThrow(InvalidOptionError);
    expect(() => rescore([], jinan, { records: 'csv' as never })).toThrow(InvalidOptionError);
    expect(() => rescore([], jinan, { asof: '2023-12-15' } as never)).toThrow(InvalidOptionError);
    expect(() => rescore([], jinan, { asOf: '2023-12-15', workers: 2, batchSize: 10, ordered: false, view: 'compact', records: 'raw' })).not.toThrow();
  });
});
