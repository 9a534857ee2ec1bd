/**
 * Parts of an explanation made once and shared (issue 14, tenth slice: library): a rule's own citation
 * list decided in force once per profile (src/kernel/in-force.ts `allInForce`), a rule's citations with
 * one parameter's citation kept per (rule, frozen citation) (src/kernel/rule.ts `sharedCitesOf`), and a
 * line test's values written out per figure (src/kernel/line.ts `lineTestValues`). Each against what it
 * replaces: every document asked on its own, `citesOf` afresh, the values built with computed keys.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, type Profile } from '../../src/index.js';
import type { Citation } from '../../src/explain/finding.js';
import { allInForce, documentInForce } from '../../src/kernel/in-force.js';
import { lineTestValues, totalName, type LineTest } from '../../src/kernel/line.js';
import { citesOf, sharedCitesOf } from '../../src/kernel/rule.js';
import { formatFen } from '../../src/model/money.js';
import { RULES } from '../../src/rules/catalog.js';

const PROFILES: Profile[] = listProfiles().map((p) => getProfile(p.id));

/** The same profile built by hand: a new object, so nothing known of the original is known of it. */
const byHand = (p: Profile): Profile => ({ ...p }) as Profile;

describe("a rule's own citation list is decided in force once per profile", () => {
  test.prop([fc.array(fc.tuple(fc.constantFrom(...RULES), fc.constantFrom(...PROFILES), fc.boolean()), { minLength: 1, maxLength: 60 })], { numRuns: 300 })(
    'asked in any order across rules and profiles (frozen lists, and fresh copies of them): each document asked on its own',
    (asks) => {
      for (const [rule, profile, copy] of asks) {
        const list: readonly Citation[] = copy ? rule.cites.map((c) => ({ ...c })) : rule.cites;
        const expected = rule.cites.every((c) => documentInForce(profile, c.doc));
        expect(allInForce(profile, list), `${rule.id} under ${profile.id}`).toBe(expected);
        expect(allInForce(byHand(profile), list)).toBe(expected);
      }
    },
  );

  it('the same list under profiles that differ: each profile its own answer (a Gansu document: in force in Wuqingyuan, borrowed in Jin’an)', () => {
    const list = Object.freeze([Object.freeze({ doc: 'gansu-monitoring-line', clause: '一' })]);
    const jinan = getProfile('fujian/jinan/2023');
    const wuqingyuan = getProfile('gansu/wuqingyuan/2023');
    expect(documentInForce(jinan, list[0]!.doc)).toBe(false);
    expect(documentInForce(wuqingyuan, list[0]!.doc)).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect(allInForce(jinan, list)).toBe(false);
      expect(allInForce(wuqingyuan, list)).toBe(true);
    }
  });
});

describe("a rule's citations with a parameter's citation, shared", () => {
  const extras: Citation[] = [
    Object.freeze({ doc: '临稷办发〔2023〕76号', clause: '附件1 注2' }),
    Object.freeze({ doc: '榕晋乡振〔2023〕12号', clause: '一(一)' }),
    Object.freeze({ doc: 'test-doc', clause: '一' }),
  ];
  test.prop([fc.constantFrom(...RULES), fc.constantFrom(...extras), fc.boolean()], { numRuns: 300 })('the same list as citesOf, the same object for the same frozen citation, a fresh one for a citation that is not frozen', (rule, extra, fresh) => {
    const c = fresh ? { doc: extra.doc, clause: extra.clause } : extra;
    const shared = sharedCitesOf(rule, c);
    expect(shared).toEqual(citesOf(rule, c));
    if (fresh) expect(sharedCitesOf(rule, c)).not.toBe(shared);
    else {
      expect(sharedCitesOf(rule, c)).toBe(shared);
      expect(Object.isFrozen(shared) && shared.every((x) => Object.isFrozen(x))).toBe(true);
    }
  });
});

describe("a line test's values", () => {
  const lineTestArb = fc.record({
    figure: fc.constantFrom('A38' as const, 'A34' as const),
    below: fc.constantFrom(true, false, null).map((value) => ({ value, missing: [] as string[] })),
    totalFen: fc.integer({ min: -1e9, max: 1e9 }),
    perCapita: fc.option(fc.integer({ min: -1e8, max: 1e8 }).map(formatFen), { nil: null }),
  });
  test.prop([lineTestArb, fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }), fc.integer({ min: 0, max: 3e6 }), fc.constantFrom('exact', 'rounded')], { numRuns: 500 })(
    'the same JSON, key for key, as the object built with computed keys (figure, its value, its total, size, line, comparison, below)',
    (t: LineTest, size, lineFen, comparison) => {
      const reference = { figure: t.figure, [t.figure]: t.perCapita, [totalName(t.figure)]: formatFen(t.totalFen), householdSize: size, line: formatFen(lineFen), comparison, below: t.below.value };
      expect(JSON.stringify(lineTestValues(t, size, lineFen, comparison))).toBe(JSON.stringify(reference));
    },
  );
});
