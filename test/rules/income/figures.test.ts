/**
 * The income result's four amounts (A33, A34, A37, A38) — formatted once each, an equal amount taking the
 * text already made (src/rules/income/index.ts) — are the amounts the explained findings show, each
 * formatted on its own: A33 and A34 of the `income.A34` finding, A37 and A38 of the `income.A38` finding.
 * Lean and explained results alike; households with and without A35/A36 (A37 = A33 or not).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, parseHousehold, type Household, type Profile } from '../../../src/index.js';
import { AssessmentFacts } from '../../../src/facts/assessment.js';
import { incomeOf } from '../../../src/rules/income/index.js';
import { generatedHouseholds } from '../../support/generated-households.js';
import { richHouseholdArb } from '../../perf/households.js';
import { household } from '../../builders.js';
import { outcome } from '../../support/results.js';

const PROFILES: Profile[] = listProfiles().map((p) => getProfile(p.id));
const AS_OF = [undefined, '2021-06-30', '2023-11-08', '2023-12-15', '2031-01-01'] as const;

/** The result's amounts against the explained findings' values (each `formatFen` of its own figure). */
function expectAmountsAsFindings(h: Household, profile: Profile, asOf: string | undefined): void {
  const options = asOf ? { asOf } : {};
  const explained = outcome(() => incomeOf(new AssessmentFacts(h, profile, { ...options, explain: true })));
  const lean = outcome(() => incomeOf(new AssessmentFacts(h, profile, { ...options, explain: false })));
  expect('error' in lean).toBe('error' in explained);
  if ('error' in explained || 'error' in lean) return;
  const a34 = explained.value.findings.find((f) => f.rule === 'income.A34')!;
  const a38 = explained.value.findings.find((f) => f.rule === 'income.A38')!;
  const label = `${h.id} under ${profile.id} as of ${asOf ?? 'the default'}`;
  for (const r of [lean.value, explained.value]) {
    if (a34.values.A34 !== undefined) {
      expect(r.netIncome, label).toBe(a34.values.A33);
      expect(r.perCapitaNetIncome, label).toBe(a34.values.A34);
      expect(r.referenceIncome, label).toBe(a38.values.A37);
      expect(r.perCapitaReferenceIncome, label).toBe(a38.values.A38);
    } else {
      expect(r.perCapitaNetIncome, label).toBeNull();
      expect(r.perCapitaReferenceIncome, label).toBeNull();
    }
  }
}

describe('income: the result’s amounts, an equal one formatted once, are the findings’ amounts', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 300 })('rich households, every built-in profile, as-of dates', (input, profile, asOf) => {
    const r = parseHousehold(input);
    expect(r.ok).toBe(true);
    if (r.ok) expectAmountsAsFindings(r.household, profile, asOf);
  });

  it('generated households (A37 = A33 in most, not in all) under every built-in profile', async () => {
    const { households } = await generatedHouseholds({ households: 60, seed: 29, rejectedPercent: 0 });
    let equal = 0;
    let different = 0;
    for (const h of households) {
      for (const profile of PROFILES) expectAmountsAsFindings(h, profile, '2023-12-15');
      const r = incomeOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false }));
      if (r.referenceIncome === r.netIncome) equal++;
      else different++;
    }
    // both cases occur: the shortcut is taken and passed by
    expect(equal).toBeGreaterThan(0);
    expect(different).toBeGreaterThan(0);
  }, 120_000);

  it('A37 below A33 (compliant out-of-pocket medical spending): A38 formatted on its own', () => {
    const h = household({ income: { compliantOutOfPocket: '3000' } });
    expectAmountsAsFindings(h, getProfile('fujian/jinan/2023'), '2023-12-15');
    const r = incomeOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false }));
    expect(r.referenceIncome).not.toBe(r.netIncome);
  });
});
