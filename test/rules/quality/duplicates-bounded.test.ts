/**
 * Issue 12 item 2 — a household whose rows share one ID number: the duplicate finding of each member
 * names the first other members and a count, so its size is bounded whatever the household size
 * (before: every member listed every other, 2,000 rows gave 102 MB of JSON).
 */
import { describe, expect, it } from 'vitest';
import { assessHousehold, checkDataQuality, parseHousehold } from '../../../src/index.js';
import { AS_OF, HEAD, JINAN, member, SON } from './fixtures.js';

function household(n: number) {
  const members = [HEAD, ...Array.from({ length: n - 1 }, (_, i) => member(SON, { name: `王${i}`, idNumber: HEAD.idNumber }))];
  const r = parseHousehold({ id: 'H-BIG', povertyAlleviated: false, members, income: { wage: '12000', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.household;
}

describe('1_01_001 duplicate ID numbers within a household, bounded', () => {
  it('3 members sharing an ID: each names the other two (as before)', () => {
    const issues = checkDataQuality(household(3), JINAN, { asOf: AS_OF }).filter((i) => i.code === 'quality.identity.duplicate-in-household');
    expect(issues).toHaveLength(3);
    expect(issues[0]!.message.zh).toContain('与第2、3行成员重复');
    expect(issues[0]!.values).toMatchObject({ duplicates: ['members[1]', 'members[2]'], count: 2 });
  });

  it('1,000 members sharing an ID: one issue per member, each naming at most 5 others and the count', () => {
    const issues = checkDataQuality(household(1000), JINAN, { asOf: AS_OF }).filter((i) => i.code === 'quality.identity.duplicate-in-household');
    expect(issues).toHaveLength(1000);
    for (const i of issues) {
      expect((i.values as { duplicates: string[] }).duplicates.length).toBeLessThanOrEqual(5);
      expect((i.values as { count: number }).count).toBe(999);
      expect(JSON.stringify(i).length).toBeLessThan(2000);
    }
    expect(issues[0]!.message.en).toContain('999 other members');
  });

  it('the whole assessment of such a household stays small (linear in its members)', () => {
    const size = JSON.stringify(assessHousehold(household(1000), JINAN)).length;
    expect(size).toBeLessThan(1000 * 3000);
  });
});

describe('a household of more members than MAX_HOUSEHOLD_MEMBERS (issue 12 item 2)', () => {
  it('parseHousehold refuses 1,001 members with an issue at members; 1,000 parse', async () => {
    const { MAX_HOUSEHOLD_MEMBERS } = await import('../../../src/index.js');
    const input = (n: number) => ({ id: 'H', povertyAlleviated: false, members: Array.from({ length: n }, (_, i) => ({ name: `王${i}`, sex: 'male', relation: i === 0 ? 'head' : 'son' })), income: { wage: '1', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } });
    const over = parseHousehold(input(MAX_HOUSEHOLD_MEMBERS + 1));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.issues[0]).toMatchObject({ path: 'members', code: 'too_big' });
    expect(parseHousehold(input(MAX_HOUSEHOLD_MEMBERS)).ok).toBe(true);
  });
});
