/**
 * Issue 12 item 9 — XLSX output: always well-formed XML (characters XML 1.0 does not allow, such as
 * U+FFFE, U+FFFF, NUL or a lone surrogate, are written as U+FFFD), and the same rows give the same
 * bytes whatever the clock (docProps/core.xml and the zip entries carried the wall clock).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRecords, writeResults, type TableColumn, type TableRow } from '../../src/io/index.js';
import { loadExcelJS } from '../../src/io/xlsx.js';

let exceljsAvailable = true;
try {
  await loadExcelJS();
} catch {
  exceljsAvailable = false;
}

const dir = mkdtempSync(join(tmpdir(), 'ffp-xlsx-out-'));
const columns: TableColumn[] = [
  { key: 'id', zh: '户编号', en: 'household id' },
  { key: 'name', zh: '姓名', en: 'name' },
  { key: 'note', zh: '证件号码', en: 'ID number' },
];

afterEach(() => {
  vi.useRealTimers();
});

describe.runIf(exceljsAvailable)('XLSX output (issue 12 item 9)', () => {
  it('U+FFFE, U+FFFF, NUL, an escape and a lone surrogate in a cell: the workbook reads back (well-formed XML), each shown as U+FFFD; tab and line break kept', async () => {
    const rows: TableRow[] = [{ id: 'H1', name: '王\uFFFE建\uFFFF国\u0000\u001b', note: 'a\uD800b' }, { id: 'H2', name: '李\t秀\n英', note: 'x' }];
    const path = join(dir, 'odd.xlsx');
    await writeResults(rows, { path, columns });
    const back: unknown[] = [];
    for await (const r of readRecords(path)) back.push(r.raw);
    expect(back).toHaveLength(2);
    expect(JSON.stringify(back)).toContain('王\uFFFD建\uFFFD国\uFFFD\uFFFD');
    expect(JSON.stringify(back)).not.toMatch(/[\uFFFE\uFFFF\u0000]/);
  });

  it('the same rows written at two different times (and in two time zones) are byte-identical', async () => {
    const rows: TableRow[] = [{ id: 'H1', name: '王建国', note: '' }];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-30T10:00:00Z'));
    await writeResults(rows, { path: join(dir, 'a.xlsx'), columns });
    vi.setSystemTime(new Date('2027-01-02T23:59:59Z'));
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      await writeResults(rows, { path: join(dir, 'b.xlsx'), columns });
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    expect(readFileSync(join(dir, 'b.xlsx')).equals(readFileSync(join(dir, 'a.xlsx')))).toBe(true);
  });
});
