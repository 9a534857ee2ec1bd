/**
 * Every data-quality check of the catalog (`HOUSEHOLD_CHECKS`) reads, in the explanation of a hit, only
 * the parameters its header declares. The counting run of a result line (src/rules/quality/run.ts
 * `report`) relies on it: it counts a hit without explaining it when every declared parameter is in
 * force (`QualityRun.declaredInForce`) — were an explanation to read another one, missing from a
 * profile, the building run would report a `quality.skipped` note where the counting run counted the
 * check's issue.
 *
 * How: each check's test runs as the runner runs it (interpreted, on the profile's values); then each
 * hit is explained under a view of the same profile whose parameters throw when one the check does not
 * declare is read (the view is not frozen, so nothing is compiled and every read goes through it). The
 * households are fast-check households and generated exports (wide and narrow, with deliberate errors),
 * under every built-in profile and several as-of dates.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { getProfile, listProfiles, type Household, type Profile } from '../../../src/index.js';
import { AssessmentFacts } from '../../../src/facts/assessment.js';
import { MissingParameterError } from '../../../src/profile/errors.js';
import { PARAMETERS } from '../../../src/profile/parameters/index.js';
import { HOUSEHOLD_CHECKS } from '../../../src/rules/quality/catalog.js';
import { QualityRun, type QualityCheck } from '../../../src/rules/quality/run.js';
import { generatedHouseholds } from '../../support/generated-households.js';
import { householdArb } from './arbitraries.js';
import { clean, HEAD, member, monitored, SON, SPOUSE, withMembers } from './fixtures.js';

/** A parameter read that the check being explained does not declare. */
class UndeclaredRead extends Error {
  constructor(readonly key: string) {
    super(`undeclared parameter read: ${key}`);
  }
}

/**
 * A view of a profile whose parameter reads throw {@link UndeclaredRead} while `armed` holds the keys
 * allowed (any key not in it, among the declared parameter keys of the library); reads as the profile
 * otherwise.
 */
function guardedView(profile: Profile): { view: Profile; arm(keys: readonly string[] | null): void } {
  let allowed: Set<string> | null = null;
  const parameters = new Proxy(profile.parameters, {
    get(target, key, receiver) {
      if (allowed !== null && typeof key === 'string' && Object.hasOwn(PARAMETERS, key) && !allowed.has(key)) throw new UndeclaredRead(key);
      return Reflect.get(target, key, receiver);
    },
  });
  return { view: { ...profile, parameters } as Profile, arm: (keys) => (allowed = keys === null ? null : new Set(keys)) };
}

const PROFILES = listProfiles().map((p) => getProfile(p.id));
const AS_OF = [undefined, '2021-09-30', '2023-12-15', '2024-12-31'] as const;
const CHECKS: readonly QualityCheck<unknown>[] = HOUSEHOLD_CHECKS.flatMap((s) => s.checks);

/** Households of the check tests that fire the checks declaring parameters the other households seldom fire. */
const TARGETED: readonly Household[] = [
  withMembers({ 1: { publicWelfarePost: ['护林员', '保洁员', '护路员'] } }, { povertyAlleviated: true }), // many-posts
  clean({ povertyAlleviated: true, members: [HEAD, SPOUSE, SON, member({ name: '王小芳', sex: 'female', relation: 'daughter', birthDate: '2003-10-01', ethnicity: '汉族', health: 'healthy', labour: 'none', schoolStatus: 'postgraduate', basicMedicalInsurance: true, seriousIllnessInsurance: true, pensionInsurance: true })] }), // postgraduate-young
  monitored({ measures: ['health', 'employment', 'education-aid'], educationAidItems: ['雨露计划'] }), // rain-dew-without-vocational-student
  monitored({}, { 0: { workMonths: 0 } }), // work-measure-without-worker
  clean({ povertyAlleviated: true, livingConditions: { housingArea: 120, sanitaryToilet: true, arableLand: 100.5, forestLand: 10, orchardLand: 0 } }), // land-area-range
];

/**
 * Runs every check of the catalog on a household (its test unguarded, as the interpreted runner does)
 * and explains each hit under the guarded view. Returns the ids of the checks that fired and the
 * undeclared reads found (`check id → parameter`).
 */
function explainUnderGuard(h: Household, profile: Profile, asOf: string | undefined, checks: readonly QualityCheck<unknown>[] = CHECKS): { fired: string[]; undeclared: string[] } {
  const { view, arm } = guardedView(profile);
  const q = new QualityRun(new AssessmentFacts(h, view, { ...(asOf === undefined ? {} : { asOf }), explain: true }, false, null));
  const fired: string[] = [];
  const undeclared: string[] = [];
  for (const check of checks) {
    if (check.dated && q.statusDate === null) continue;
    let hits: readonly unknown[];
    try {
      hits = check.test(q);
    } catch (e) {
      if (e instanceof MissingParameterError) continue; // the runner's `quality.skipped` note
      throw e;
    }
    if (hits.length > 0) fired.push(check.id);
    for (const hit of hits) {
      arm(check.parameters);
      try {
        check.explain(q, hit, check);
      } catch (e) {
        if (e instanceof UndeclaredRead) undeclared.push(`${check.id} → ${e.key}`);
        else if (!(e instanceof MissingParameterError)) throw e;
      } finally {
        arm(null);
      }
    }
  }
  return { fired, undeclared };
}

describe('the data-quality catalog: an explanation reads only the parameters its check declares (counting mode)', () => {
  it('every check that fires on fast-check and generated households, under every built-in profile and several as-of dates, explains its hits reading declared parameters only', async () => {
    const households = [
      ...TARGETED,
      ...fc.sample(householdArb, { numRuns: 150, seed: 17 }),
      ...(await generatedHouseholds({ households: 60, seed: 2023, columns: 'full', rejectedPercent: 5 })).households,
      ...(await generatedHouseholds({ households: 60, seed: 7, columns: 'narrow', rejectedPercent: 5 })).households,
    ];
    const fired = new Set<string>();
    const undeclared = new Set<string>();
    for (const profile of PROFILES) {
      for (const asOf of AS_OF) {
        for (const h of households) {
          const r = explainUnderGuard(h, profile, asOf);
          for (const id of r.fired) fired.add(id);
          for (const u of r.undeclared) undeclared.add(u);
        }
      }
    }
    expect([...undeclared]).toEqual([]);
    // The checks that declare parameters are those a missing parameter can change: each was explained.
    const declaring = CHECKS.filter((c) => c.parameters.length > 0).map((c) => c.id);
    expect(declaring.filter((id) => !fired.has(id))).toEqual([]);
    // Most of the catalog fired (the households are not all clean).
    expect(fired.size).toBeGreaterThan(CHECKS.length / 2);
  });

  it('the guard finds an explanation that reads a parameter its check does not declare', () => {
    // A check built from a catalog check whose explanation also reads one more parameter, which it does
    // not declare: the guard reports it (and nothing for the check itself).
    const h = fc.sample(householdArb, { numRuns: 200, seed: 17 }).find((x) => explainUnderGuard(x, getProfile('fujian/jinan/2023'), '2023-12-15').fired.length > 0)!;
    const profile = getProfile('fujian/jinan/2023');
    const firing = CHECKS.find((c) => explainUnderGuard(h, profile, '2023-12-15', [c]).fired.length > 0)!;
    const extra = Object.keys(PARAMETERS).find((k) => !firing.parameters.includes(k as never) && profile.parameters[k as keyof typeof profile.parameters] !== undefined)!;
    const reading: QualityCheck<unknown> = {
      ...firing,
      explain: (q, hit, rule) => {
        q.param(extra as never);
        return firing.explain(q, hit, rule);
      },
    };
    expect(explainUnderGuard(h, profile, '2023-12-15', [firing]).undeclared).toEqual([]);
    const found = explainUnderGuard(h, profile, '2023-12-15', [reading]).undeclared;
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set([`${firing.id} → ${extra}`]));
  });
});
