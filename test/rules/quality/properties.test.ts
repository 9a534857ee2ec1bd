/**
 * Invariants of the data-quality checker over random households that parse: it never throws (under
 * every built-in profile and as-of date, including dates no parameter covers), it is deterministic
 * and plain JSON, no message shows an ID number or a full phone number, and the order of the
 * members does not change which checks hit which member.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkBatch, checkDataQuality, getProfile, listProfiles, type Household, type QualityIssue } from '../../../src/index.js';
import { householdArb } from './arbitraries.js';
import { containsUnmaskedIdNumber } from '../../../src/explain/mask.js';

const PROFILE_IDS = listProfiles().map((p) => p.id);
const asOfArb = fc.option(fc.constantFrom('2019-06-30', '2020-10-05', '2021-06-15', '2021-09-30', '2023-09-30', '2023-12-15', '2024-12-31'), { nil: undefined });

const phonesOf = (h: Household) => [h.contact?.phone, h.phone, ...h.members.map((m) => m.phone)].filter((p): p is string => p !== undefined && p.length >= 7);

/** (code, member) hits with the member named by its position in the original order. */
function hitSet(issues: readonly QualityIssue[], originalIndex: (i: number) => number): string[] {
  return issues
    .map((i) => {
      const m = /^members\[(\d+)\](.*)$/.exec(i.path);
      return m ? `${i.code} @member${originalIndex(Number(m[1]))}${m[2]}` : `${i.code} @${i.path}`;
    })
    .sort();
}

describe('data-quality invariants', () => {
  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 400 })(
    'never throws on a household that parses, under any built-in profile and as-of date; issues are well-formed',
    (h, profileId, asOf) => {
      const issues = checkDataQuality(h, getProfile(profileId), asOf === undefined ? {} : { asOf });
      for (const i of issues) {
        expect(i.code).toMatch(/^quality\./);
        expect(['error', 'warning', 'completeness', 'info']).toContain(i.severity);
        expect(i.citations.length).toBeGreaterThan(0);
      }
    },
  );

  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 200 })('is deterministic and plain JSON', (h, profileId, asOf) => {
    const options = asOf === undefined ? {} : { asOf };
    const a = checkDataQuality(h, getProfile(profileId), options);
    const b = checkDataQuality(structuredClone(h), getProfile(profileId), options);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 300 })(
    'no message or value shows an unmasked ID number or a full phone number',
    (h, profileId, asOf) => {
      const issues = checkDataQuality(h, getProfile(profileId), asOf === undefined ? {} : { asOf });
      const phones = phonesOf(h);
      for (const i of issues) {
        const shown = JSON.stringify([i.message, i.values ?? {}]);
        expect(containsUnmaskedIdNumber(i.message.zh)).toBe(false);
        expect(containsUnmaskedIdNumber(i.message.en)).toBe(false);
        expect(containsUnmaskedIdNumber(shown)).toBe(false);
        for (const p of phones) expect(shown).not.toContain(p);
      }
    },
  );

  test.prop([householdArb.chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h.members.map((_, i) => i), { minLength: h.members.length }))), fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 300 })(
    'member order does not change which checks hit which member',
    ([h, order], profileId, asOf) => {
      const options = asOf === undefined ? {} : { asOf };
      const profile = getProfile(profileId);
      const permuted: Household = { ...h, members: order.map((i) => h.members[i]!) };
      const before = hitSet(checkDataQuality(h, profile, options), (i) => i);
      const after = hitSet(checkDataQuality(permuted, profile, options), (i) => order[i]!);
      expect(after).toEqual(before);
    },
  );

  test.prop([fc.array(householdArb, { maxLength: 6 })], { numRuns: 100 })('checkBatch gives each household exactly its own issues', (households) => {
    const profile = getProfile('fujian/jinan/2023');
    const { byHousehold } = checkBatch(households, profile, { asOf: '2023-09-30' });
    const expected = new Map<string, QualityIssue[]>();
    for (const h of households) expected.set(h.id, [...(expected.get(h.id) ?? []), ...checkDataQuality(h, profile, { asOf: '2023-09-30' })]);
    expect(byHousehold).toEqual(expected);
  });
});
