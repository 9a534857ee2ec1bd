/**
 * Reading NDJSON: one household per line in the interchange format.
 */
import { describe, expect, it } from 'vitest';
import { parseHousehold } from '../../src/index.js';
import { readRecords, type ImportedRecord } from '../../src/io/index.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

async function readAll(source: Parameters<typeof readRecords>[0], options?: Parameters<typeof readRecords>[1]) {
  const stream = readRecords(source, options);
  const records: ImportedRecord[] = [];
  for await (const r of stream) records.push(r);
  return { records, stream };
}

describe('readRecords — NDJSON', () => {
  it('reads one household per line; clean lines parse', async () => {
    const { records, stream } = await readAll(fixture('households.ndjson'));
    expect(stream.info?.format).toBe('ndjson');
    expect(records.map((r) => [r.position, r.householdId, r.source.rows, r.problems])).toEqual([
      [0, 'N-1', [1], []],
      [1, 'N-2', [2], []],
    ]);
    for (const r of records) expect(parseHousehold(r.raw).ok).toBe(true);
  });

  it('a line that is not JSON, or not an object, is a record with a problem — not a crash, not a lost line', async () => {
    const { records } = await readAll(fixture('broken.ndjson'));
    expect(records.map((r) => [r.position, r.householdId ?? null, r.source.rows, r.problems.map((p) => p.code)])).toEqual([
      [0, 'N-1', [1], []],
      [1, null, [2], ['invalid_json']],
      [2, null, [4], ['not_an_object']],
      [3, 'N-5', [5], []],
    ]);
    expect(records[1]!.raw).toBeUndefined();
    expect(records[1]!.problems[0]!.message).toEqual({ zh: '第 2 行不是有效的 JSON', en: 'line 2 is not valid JSON' });
    expect(parseHousehold(records[3]!.raw).ok).toBe(true);
  });

  it('the format is sniffed from the first byte of an unnamed source; a BOM and CRLF are accepted', async () => {
    const line = JSON.stringify({ id: 'X' });
    const { records, stream } = await readAll([Buffer.from(`\ufeff${line}\r\n${line}`)]);
    expect(stream.info?.format).toBe('ndjson');
    expect(records.map((r) => r.raw)).toEqual([{ id: 'X' }, { id: 'X' }]);
  });
});
