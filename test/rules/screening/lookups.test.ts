/**
 * The screening's parameter look-ups kept per round (src/rules/screening/context.ts `groupLookup`: once per
 * frozen profile and parameter date, shared by the round's households) give what a fresh look-up gives:
 * the screening of a household under a built-in profile ≡ its screening under a copy of the profile built
 * by hand (not frozen: every look-up fresh), lean and explained, JSON byte for byte, asked across profiles
 * and dates in any order; and a result stays the caller's (a finding's message changed changes no later one).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, parseHousehold, type Household, type Profile } from '../../../src/index.js';
import { lookup } from '../../../src/profile/lookup.js';
import { AssessmentFacts } from '../../../src/facts/assessment.js';
import { roundLookups, screeningOf } from '../../../src/rules/screening/index.js';
import { groupLookup, type ScreeningContext } from '../../../src/rules/screening/context.js';
import type { ParameterKey } from '../../../src/profile/parameters/index.js';
import { generatedHouseholds } from '../../support/generated-households.js';
import { richHouseholdArb } from '../../perf/households.js';
import { outcome } from '../../support/results.js';
import { household } from '../../builders.js';

const BUILT_IN: Profile[] = listProfiles().map((p) => getProfile(p.id));
/** The same profile built by hand: not frozen, so nothing of it is kept (each look-up made afresh). */
const byHand = (p: Profile): Profile => ({ ...p, parameters: { ...p.parameters } }) as Profile;
const BY_HAND = new Map(BUILT_IN.map((p) => [p, byHand(p)]));

/** As-of dates: none (the profile's default or the discovery date), in the profiles' years, and outside them. */
const AS_OF = [undefined, '2021-06-30', '2022-12-01', '2023-11-08', '2023-12-15', '2019-03-01', '2031-01-01'] as const;

function screeningJson(h: Household, profile: Profile, asOf: string | undefined, explain: boolean): string {
  const r = outcome(() => screeningOf(new AssessmentFacts(h, profile, { ...(asOf ? { asOf } : {}), explain })));
  return 'error' in r ? `error ${String(r.error)}` : JSON.stringify(r.value);
}

/** The screening under the frozen profile ≡ under its hand-built copy; a result changed changes no later one. */
function expectAsFresh(h: Household, profile: Profile, asOf: string | undefined, explain: boolean): void {
  const expected = screeningJson(h, BY_HAND.get(profile)!, asOf, explain);
  const label = `${h.id} under ${profile.id} as of ${asOf ?? 'the default'}${explain ? ', explained' : ', lean'}`;
  expect(screeningJson(h, profile, asOf, explain), label).toBe(expected);
  const first = outcome(() => screeningOf(new AssessmentFacts(h, profile, { ...(asOf ? { asOf } : {}), explain })));
  if ('error' in first) return;
  for (const f of first.value.findings) {
    f.message.zh = 'changed';
    f.message.en = 'changed';
    if (f.citations[0]) f.citations[0].doc = 'changed';
  }
  expect(screeningJson(h, profile, asOf, explain), `${label}, after a result was changed`).toBe(expected);
}

/** The parameters the groups' tests look up. */
const KEYS: ParameterKey[] = ['screeningIncomeYear', 'screeningIncomeDecline', 'screeningLowIncome', 'screeningSlowGrowth', 'screeningIncomeBelow', 'screeningRepeatedApplications', 'screeningWarningKinds', 'monitoringLine'];
const DATES = [null, '2020-09-30', '2021-06-30', '2022-09-30', '2023-09-30', '2023-12-15', '2031-01-01'] as const;
const ALL_PROFILES = [...BUILT_IN, ...BY_HAND.values()];

describe('groupLookup: a round’s look-up ≡ lookup(profile, key, on)', () => {
  test.prop([fc.array(fc.tuple(fc.constantFrom(...ALL_PROFILES), fc.constantFrom(...DATES), fc.constantFrom(...KEYS)), { minLength: 1, maxLength: 40 })], { numRuns: 300 })(
    'asked in any order across profiles (frozen and built by hand), dates (and none) and keys; shared within a frozen round only',
    (asks) => {
      for (const [profile, on, key] of asks) {
        const s = { profile, on, lookups: roundLookups(profile, on) } as unknown as ScreeningContext;
        const got = groupLookup(s, key);
        expect(JSON.stringify(got), `${key} under ${profile.id} on ${on}`).toBe(JSON.stringify(lookup(profile, key, on)));
        const again = groupLookup({ profile, on, lookups: roundLookups(profile, on) } as unknown as ScreeningContext, key);
        expect(again === got, `${key} under ${profile.id} on ${on}: shared`).toBe(Object.isFrozen(profile) && on !== null);
      }
    },
  );
});

describe('screening: parameters looked up once per round ≡ looked up afresh', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...BUILT_IN), fc.constantFrom(...AS_OF), fc.boolean()], { numRuns: 300 })(
    'rich households, every built-in profile, as-of dates in and out of the profiles, lean and explained',
    (input, profile, asOf, explain) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectAsFresh(r.household, profile, asOf, explain);
    },
  );

  it('generated households under every built-in profile and date, rounds interleaved', async () => {
    const { households } = await generatedHouseholds({ households: 40, seed: 23, rejectedPercent: 0 });
    for (const h of households) for (const asOf of AS_OF) for (const profile of BUILT_IN) for (const explain of [false, true]) expectAsFresh(h, profile, asOf, explain);
  }, 120_000);

  it('a profile that leaves a group’s parameter unset (Jin’an: screeningLowIncome) explains it with a message of its own in each result', () => {
    const profile = getProfile('fujian/jinan/2023');
    const unset = lookup(profile, 'screeningLowIncome', '2023-09-30');
    expect(unset.ok).toBe(false);
    const h = household();
    const a = screeningOf(new AssessmentFacts(h, profile, { asOf: '2023-12-15' }));
    const b = screeningOf(new AssessmentFacts(h, profile, { asOf: '2023-12-15' }));
    const low = (r: typeof a) => r.findings.find((f) => f.rule === 'screening.low-income');
    expect(low(a)).toBeDefined();
    expect(low(a)!.message).toEqual(unset.ok ? null : unset.message);
    expect(low(a)!.message).not.toBe(low(b)!.message);
    expect(Object.isFrozen(low(a)!.message)).toBe(false);
  });
});
