/**
 * The bundled example data: examples/make-village.ts and the committed examples/data/village.csv.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataQuality, getProfile, parseHousehold, validateIdNumber } from '../../src/index.js';
import { readRecords, type ImportedRecord } from '../../src/io/index.js';
import { findHeader } from '../../src/io/headers.js';
import { NARROW_HEADERS, villageLines } from '../../examples/make-village.js';

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

/** The deliberate defects of the generator, by household index modulo 100 (its header comment). */
const DELIBERATE = new Set([7, 18, 29, 38, 46, 54, 63]);

async function* lines(households: number, seed: number): AsyncGenerator<string> {
  yield* villageLines({ households, seed });
}

describe('examples/make-village.ts makes data its own checks accept (issue 15 item 4)', () => {
  it.each([2023, 11])('seed %i: the clean households raise no error-severity data-quality issue, and none of the issue-15 families fires on them', async (seed) => {
    const errors: string[] = [];
    const issue15: string[] = [];
    let clean = 0;
    for await (const r of readRecords(lines(400, seed), { format: 'csv' })) {
      if (DELIBERATE.has(r.position % 100)) continue;
      expect(r.problems, `household ${r.position}`).toEqual([]);
      const p = parseHousehold(r.raw);
      expect(p.ok, `household ${r.position}`).toBe(true);
      if (!p.ok) continue;
      clean++;
      for (const i of checkDataQuality(p.household, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' })) {
        if (i.severity === 'error') errors.push(`${r.position} ${i.code} ${i.path}`);
        if (/^quality\.(member-fields|medical-insurance|education|risk-measure|measure-work|household-facts)\./.test(i.code)) issue15.push(`${r.position} ${i.code} ${i.path}`);
      }
    }
    expect(clean).toBeGreaterThan(350);
    expect(errors).toEqual([]);
    expect(issue15).toEqual([]);
  });

  it('household 54 (deliberate): the head of a 脱贫户 without 大病保险 is flagged (2_01_016); nobody else is', async () => {
    const flagged: number[] = [];
    for await (const r of readRecords(lines(200, 2023), { format: 'csv' })) {
      const h = parseHousehold(r.raw);
      if (!h.ok) continue;
      const found = checkDataQuality(h.household, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' }).filter((i) => i.code.startsWith('quality.medical-insurance.'));
      if (found.length === 0) continue;
      expect(found.map((i) => `${i.code} ${i.path}`)).toEqual(['quality.medical-insurance.serious-illness-uninsured members[0].seriousIllnessInsurance']);
      expect(h.household.povertyAlleviated || h.household.monitoring !== undefined).toBe(true);
      flagged.push(r.position);
    }
    expect(flagged[0]).toBe(54); // a 脱贫户 in the bundled file
    for (const p of flagged) expect([54, 154]).toContain(p);
  });
});

describe('examples/make-village.ts --columns narrow (the bench\'s 22-column county export)', () => {
  const text = (columns?: 'full' | 'narrow') => [...villageLines({ households: 200, seed: 2023, ...(columns ? { columns } : {}) })].join('');

  it('writes the header of NARROW_HEADERS, each a header the importer maps, and leaves the full export unchanged', () => {
    const header = text('narrow').split('\r\n')[2]!.split(',');
    expect(header).toEqual([...NARROW_HEADERS]);
    expect(header).toHaveLength(22);
    for (const h of header) expect(findHeader(h), h).toBeDefined();
    expect(text('full')).toBe(text());
  });

  it('holds the same households as the full export: ids, members, income items and status read the same; only the rejections of dropped columns go', async () => {
    const full = (await readAll(lines(200, 2023))).records;
    const narrow = (await readAll((async function* () { yield text('narrow'); })())).records;
    expect(narrow).toHaveLength(full.length);
    type Monitoring = { category?: string; identifiedOn?: string; eliminated?: { on?: string; method?: string } };
    // The "风险消除后…" block is not in the narrow export: the status is compared without it.
    const status = (m?: Monitoring) => m && [m.category, m.identifiedOn, m.eliminated?.on, m.eliminated?.method];
    type Raw = { id: string; povertyAlleviated?: unknown; monitoring?: Monitoring; income: Record<string, unknown>; members: { idNumber?: string; name?: string; relation?: string; birthDate?: string }[] };
    for (let i = 0; i < full.length; i++) {
      const f = full[i]!.raw as Raw;
      const n = narrow[i]!.raw as Raw;
      expect(n.id).toBe(f.id);
      expect([n.povertyAlleviated, status(n.monitoring)]).toEqual([f.povertyAlleviated, status(f.monitoring)]);
      expect(n.members.map((m) => [m.name, m.idNumber, m.relation, m.birthDate])).toEqual(f.members.map((m) => [m.name, m.idNumber, m.relation, m.birthDate]));
      for (const key of ['wage', 'operating', 'property', 'transfer', 'operatingExpense', 'claims', 'compliantOutOfPocket']) expect(n.income[key], `${i} ${key}`).toEqual(f.income[key]);
    }
    const codes = (rs: ImportedRecord[]) => rs.filter((r) => r.problems.length > 0).map((r) => [r.position, r.problems.map((p) => p.code)]);
    // 38 (健康状况 "患病") is a column the narrow export does not have; the money and ID errors stay.
    expect(codes(narrow)).toEqual(codes(full).filter(([p]) => (p as number) % 100 !== 38));
  });
});
