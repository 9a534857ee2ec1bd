/**
 * Issue 12 items 2 and 8 — what a household's rows may not do: repeat (an identical member row is
 * the same row exported twice: the household is rejected, never counted twice), carry a control
 * character in the 户编号 (a row error; the household is not split in two), or be so many that
 * the household cannot be scored (rejected with the reason; the rest of the file goes on).
 */
import { describe, expect, it } from 'vitest';
import { MAX_HOUSEHOLD_MEMBERS, readRecords, type ImportedRecord } from '../../src/io/index.js';

const HEADER = '省,县,乡,村,户编号,户类型,姓名,证件号码,性别,与户主关系,出生日期,健康状况,劳动技能,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出';
const row = (id: string, name: string, relation: string, idNumber = '', birth = '1980-01-01') => `福建省,晋安区,宦溪镇,一村,${id},一般农户,${name},${idNumber},${relation === '配偶' ? '女' : '男'},${relation},${birth},健康,普通劳动力,12000,3000,0,1200,500`;
const A = row('H001', '王建国', '户主', '11010519491231002X', '1949-12-31');
const B = row('H001', '李秀英', '配偶', '', '1950-01-01');
const C = row('H001', '王小', '之子');
const OTHER = row('H002', '张三', '户主');

async function records(text: string, options: Parameters<typeof readRecords>[1] = {}): Promise<ImportedRecord[]> {
  const out: ImportedRecord[] = [];
  for await (const r of readRecords([Buffer.from(text)], { format: 'csv', ...options })) out.push(r);
  return out;
}

describe('identical member rows (issue 12 item 8)', () => {
  it('a household whose rows repeat (A B C A B C) is one record, rejected with duplicate_rows naming the rows — never a household of 6', async () => {
    const recs = await records([HEADER, A, B, C, A, B, C, OTHER].join('\n') + '\n');
    expect(recs).toHaveLength(2);
    const [h, other] = recs;
    expect(h!.problems.map((p) => p.code)).toContain('duplicate_rows');
    const p = h!.problems.find((x) => x.code === 'duplicate_rows')!;
    expect(p.message.zh).toContain('第 5 行与第 2 行');
    expect(p.message.en).toContain('row 5 repeats row 2');
    expect(p.message.en).toContain('3 rows');
    expect(other!.problems).toEqual([]);
  });

  it('rows that differ in any member cell are not duplicates (a near miss: same name, another birth date)', async () => {
    const twin = row('H001', '王小', '之子', '', '1980-01-02');
    const recs = await records([HEADER, A, B, C, twin].join('\n') + '\n');
    expect(recs[0]!.problems.filter((x) => x.code === 'duplicate_rows')).toEqual([]);
  });

  it('a file of many repeated rows gives a message of bounded size (the first repeats and a count)', async () => {
    const recs = await records([HEADER, A, ...Array.from({ length: 500 }, () => B)].join('\n') + '\n');
    const p = recs[0]!.problems.find((x) => x.code === 'duplicate_rows')!;
    expect(p.message.en).toContain('499 rows');
    expect(p.message.zh.length).toBeLessThan(400);
  });
});

describe('control characters in the 户编号 (issue 12 item 8)', () => {
  it('a NUL inside 户编号 does not split the household: one record, rejected with control_character naming the row', async () => {
    const nul = B.replace('H001', 'H0\u000001');
    const recs = await records([HEADER, A, nul, C, OTHER].join('\n') + '\n');
    expect(recs).toHaveLength(2);
    expect(recs[0]!.source.rows).toEqual([2, 3, 4]);
    const p = recs[0]!.problems.find((x) => x.code === 'control_character')!;
    expect(p.path).toBe('id');
    expect(p.message.en).toContain('row 3');
    expect(recs[0]!.householdId).toBe('H001');
    expect(JSON.stringify(recs[0]!.problems)).not.toContain('\u0000');
  });

  it('every row whose 户编号 holds the control character is named, also rows that repeat the household cells of the row before (quoted or not)', async () => {
    const nulA = A.replace('H001', 'H0\u000001');
    const nulB = B.replace('H001', 'H0\u000001');
    const quotedB = nulB.replace('李秀英', '"李秀英"');
    for (const second of [nulB, quotedB]) {
      const recs = await records([HEADER, nulA, second, C].join('\n') + '\n');
      expect(recs).toHaveLength(1);
      const p = recs[0]!.problems.find((x) => x.code === 'control_character')!;
      expect(p.message.en).toContain('(rows 2, 3)');
      expect(p.message.zh).toContain('第 2、3 行');
    }
  });

  it('the same in a file cut into many small chunks (the cut never separates the rows)', async () => {
    const nul = B.replace('H001', 'H0\u000001');
    const lines = [HEADER];
    for (let i = 0; i < 50; i++) lines.push(row(`K${i}`, '赵一', '户主'));
    lines.push(A, nul, C);
    for (let i = 0; i < 50; i++) lines.push(row(`L${i}`, '赵二', '户主'));
    const recs = await records(lines.join('\n') + '\n');
    const h = recs.filter((r) => r.householdId === 'H001');
    expect(h).toHaveLength(1);
    expect(h[0]!.problems.map((x) => x.code)).toContain('control_character');
    expect(h[0]!.problems.map((x) => x.code)).not.toContain('non_contiguous_household');
  });

  it('a 户编号 without control characters is read as before (near miss: a tab inside a quoted cell is a control character too)', async () => {
    const recs = await records([HEADER, A, B, C].join('\n') + '\n');
    expect(recs[0]!.problems).toEqual([]);
  });
});

describe('a household too large to score (issue 12 item 2)', () => {
  it(`more than ${MAX_HOUSEHOLD_MEMBERS} member rows: rejected with household_too_large (rows beyond the limit counted, not kept); the next household is read`, async () => {
    const lines = [HEADER, A];
    for (let i = 0; i < MAX_HOUSEHOLD_MEMBERS + 10; i++) lines.push(row('H001', `王${i}`, '之子'));
    lines.push(OTHER);
    for (const chunkBytes of [1 << 18, 4096]) {
      const recs = await records(lines.join('\n') + '\n', { chunkBytes } as never);
      const big = recs.filter((r) => r.householdId === 'H001');
      expect(big.length).toBeGreaterThanOrEqual(1);
      for (const b of big) expect(b.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['household_too_large']));
      expect(big[0]!.problems.find((p) => p.code === 'household_too_large')!.message.en).toContain(String(MAX_HOUSEHOLD_MEMBERS));
      expect(big[0]!.source.rows.length).toBeLessThanOrEqual(MAX_HOUSEHOLD_MEMBERS);
      const other = recs.find((r) => r.householdId === 'H002')!;
      expect(other.problems).toEqual([]);
    }
  });

  it(`exactly ${MAX_HOUSEHOLD_MEMBERS} member rows is read (the limit itself is allowed)`, async () => {
    const lines = [HEADER, A];
    for (let i = 0; i < MAX_HOUSEHOLD_MEMBERS - 1; i++) lines.push(row('H001', `王${i}`, '之子'));
    const recs = await records(lines.join('\n') + '\n');
    expect(recs).toHaveLength(1);
    expect(recs[0]!.problems.map((p) => p.code)).not.toContain('household_too_large');
  });
});

describe('a household too large for one chunk (issue 12 item 2)', () => {
  it(`a CSV chunk never holds more than ${MAX_HOUSEHOLD_MEMBERS} rows of one household past its size: the parts of such a household are each rejected`, async () => {
    const { openCsvSplit } = await import('../../src/io/csv-split.js');
    const lines = [HEADER, A];
    for (let i = 0; i < 3 * MAX_HOUSEHOLD_MEMBERS; i++) lines.push(row('H001', `王${i}`, '之子'));
    lines.push(OTHER);
    const text = lines.join('\n') + '\n';
    const bytes = (async function* () {
      yield Buffer.from(text);
    })();
    const split = (await openCsvSplit(bytes, 'utf-8', { chunkBytes: 4096 }, { replaced: 0 }))!;
    const head = await split.head({});
    split.setIdColumn(4);
    let biggest = 0;
    for await (const c of split.chunks()) if (!('rest' in c)) biggest = Math.max(biggest, c.rows);
    expect(head?.header).toBeDefined();
    expect(biggest).toBeLessThanOrEqual(MAX_HOUSEHOLD_MEMBERS + 200);
    const recs = await records(text, { chunkBytes: 4096 } as never);
    for (const r of recs.filter((x) => x.householdId === 'H001')) expect(r.problems.length).toBeGreaterThan(0);
    expect(recs.reduce((n, r) => n + r.source.rows.length, 0)).toBeLessThanOrEqual(lines.length - 1);
    expect(recs.find((r) => r.householdId === 'H002')!.problems).toEqual([]);
  });
});

describe('control characters never reach a file (issue 12 item 8)', () => {
  it('parseHousehold refuses a 户编号 with a control character (NDJSON, API) by name; the fast path agrees with zod', async () => {
    const { parseHousehold } = await import('../../src/index.js');
    const input = { id: 'H0\u000001', povertyAlleviated: false, members: [{ name: '王', sex: 'male', relation: 'head' }], income: { wage: '1', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } };
    const r = parseHousehold(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: 'id', code: 'control_character' });
    expect(parseHousehold({ ...input, id: 'H001' }).ok).toBe(true);
  });

  it('a written 户编号 shows a control character as U+FFFD (results, rejected records)', async () => {
    const { safeHouseholdId } = await import('../../src/rescore/row.js');
    const { rejectedTableRows } = await import('../../src/io/rejected.js');
    expect(safeHouseholdId('H0\u000001')).toBe('H0\uFFFD01');
    const rows = rejectedTableRows({ position: 0, householdId: 'H0\u000001', issues: [{ path: 'id', code: 'control_character', message: { zh: 'x', en: 'x' } }] });
    expect(JSON.stringify(rows)).not.toContain('\\u0000');
  });
});
