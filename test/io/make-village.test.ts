/**
 * The bundled example data: examples/make-village.ts and the committed examples/data/village.csv.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHousehold, validateIdNumber } from '../../src/index.js';
import { readRecords, type ImportedRecord } from '../../src/io/index.js';
import { villageLines } from '../../examples/make-village.js';

const committed = new URL('../../examples/data/village.csv', import.meta.url).pathname;

async function readAll(source: Parameters<typeof readRecords>[0]) {
  const stream = readRecords(source, { format: 'csv' });
  const records: ImportedRecord[] = [];
  for await (const r of stream) records.push(r);
  return { records, stream };
}

describe('examples/make-village.ts', () => {
  it('is deterministic, and examples/data/village.csv is its output for --households 120 --seed 2023', () => {
    const once = [...villageLines({ households: 120, seed: 2023 })].join('');
    const twice = [...villageLines({ households: 120, seed: 2023 })].join('');
    expect(twice).toBe(once);
    expect(readFileSync(committed, 'utf8')).toBe(once);
    expect([...villageLines({ households: 120, seed: 2024 })].join('')).not.toBe(once);
  });

  it('has the export\'s quirks: title rows, repeated headers, ="..." values, floats for phones and months', async () => {
    const text = readFileSync(committed, 'utf8');
    expect(text).toMatch(/="\d{14}"/);
    expect(text).toMatch(/,1\d{10}\.0,/);
    expect(text).toMatch(/,20\d{4}\.0,/);
    const { stream } = await readAll(committed);
    expect(stream.info?.headerRow).toBe(3);
    expect(stream.warnings.map((w) => w.code).sort()).toEqual(['duplicate-header', 'duplicate-header', 'title-rows', 'unused-columns']);
  });

  it('records in = records out: every member row is in exactly one household; only the deliberate errors are reported', async () => {
    const text = readFileSync(committed, 'utf8');
    const dataRows = text.trimEnd().split('\r\n').length - 3;
    const { records } = await readAll(committed);
    expect(records).toHaveLength(120);
    const rows = records.flatMap((r) => r.source.rows);
    expect(rows).toHaveLength(dataRows);
    expect(new Set(rows).size).toBe(dataRows);
    const problems = records.filter((r) => r.problems.length > 0).map((r) => [r.position, r.problems.map((p) => `${p.path} ${p.code}`)]);
    expect(problems).toEqual([
      [29, ['income.wage invalid_money']],
      [38, ['members[0].health unknown_value']],
      [63, ['members[0].idNumber precision_lost']],
    ]);
    const parseFailures = records.filter((r) => r.problems.length === 0).flatMap((r) => {
      const p = parseHousehold(r.raw);
      return p.ok ? [] : [[r.position, p.issues.map((i) => `${i.path} ${i.code}`)]];
    });
    expect(parseFailures).toEqual([[46, [expect.stringMatching(/^members\[\d+\]\.relation required$/)]]]);
  });

  it('ID numbers carry valid GB 11643 check characters and agree with birth date and sex — except the deliberate bad checksums', async () => {
    const { records } = await readAll(committed);
    const bad: number[] = [];
    for (const r of records) {
      if (r.problems.length > 0) continue;
      for (const m of (r.raw as { members: { idNumber?: string; birthDate?: string; sex?: string }[] }).members) {
        const info = validateIdNumber(m.idNumber!);
        if (!info.valid) {
          bad.push(r.position);
          expect(info.problems).toEqual(['checksum']);
          continue;
        }
        expect(info.birthDate).toBe(m.birthDate);
        expect(info.sex).toBe(m.sex);
      }
    }
    expect(bad).toEqual([7, 107]);
  });

  it('has a realistic mix: 脱贫户 and 一般农户, monitored households (some eliminated), member changes, and one household whose transfer items do not sum', async () => {
    const { records } = await readAll(committed);
    const hs = records.filter((r) => r.problems.length === 0).map((r) => parseHousehold(r.raw)).flatMap((p) => (p.ok ? [p.household] : []));
    const alleviated = hs.filter((h) => h.povertyAlleviated).length;
    expect(alleviated).toBeGreaterThan(20);
    expect(hs.length - alleviated).toBeGreaterThan(40);
    const monitored = hs.filter((h) => h.monitoring);
    expect(monitored.length).toBeGreaterThan(3);
    expect(monitored.some((h) => h.monitoring!.eliminated)).toBe(true);
    expect(hs.some((h) => h.members.some((m) => m.changes?.some((c) => c.kind === 'birth' || c.kind === 'death')))).toBe(true);
    const sum = (o: Record<string, unknown> | undefined) => Object.values(o ?? {}).reduce((s: number, v) => s + Math.round(Number(v) * 100), 0);
    const notSumming = hs.filter((h) => sum(h.income.breakdown?.transfer) !== Math.round(Number(h.income.transfer) * 100)).map((h) => h.id);
    // Households 18 and 118 (index modulo 100 = 18): 户编号 = county code, village number, place in the village.
    expect(notSumming).toEqual(['53340100000019', '53340100002039']);
  });
});
