/**
 * The procedure layer's answers worked out once per (profile, date) give what the rules give for each
 * household: the green channel of S003 §二(三) (党委发〔2023〕70号) — a household-independent answer (no
 * date, or no channel in the profile on that date) kept per frozen profile and date — against its rule
 * run afresh (`answerOf`, the oracle); and the procedure of a lean assessment against the layer's
 * functions called without any cache. Results stay the caller's: changing one changes no other.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assessGreenChannel, assessHousehold, defineProfile, getProfile, householdDeadlines, listProfiles, parseHousehold, type Household, type Profile } from '../../src/index.js';
import { answerOf } from '../../src/rules/procedure/green-channel.js';
import { generatedHouseholds } from '../support/generated-households.js';
import { householdArb } from '../arbitraries.js';
import { household } from '../builders.js';
import { dateBetween, richHouseholdArb } from '../perf/households.js';
import { outcome } from '../support/results.js';

const countyDoc = { id: '某县乡振〔2023〕1号', issuer: '某县乡村振兴局', title: '2023年防止返贫监测范围的通知', region: '某县' };

/** Every built-in profile, one that supplies a line, and one built by hand (not frozen: nothing of it is kept). */
const BUILT_IN: Profile[] = listProfiles().map((p) => getProfile(p.id));
const PROFILES: Profile[] = [
  ...BUILT_IN,
  defineProfile({
    id: 'test/procedure-cache-national/2021',
    extends: 'national/2021',
    title: { zh: '某县', en: 'a county' },
    documents: [countyDoc],
    parameters: { monitoringLine: [{ from: '2019-01-01', value: '7000', citation: { doc: countyDoc.id, clause: '一' } }] },
  }),
  { ...getProfile('gansu/wuqingyuan/2023'), parameters: { ...getProfile('gansu/wuqingyuan/2023').parameters } } as Profile,
];

/** As-of dates: none (the discovery date is read), inside the years the profiles cover, and outside them. */
const AS_OF = [undefined, '2021-06-30', '2023-11-08', '2023-12-15', '2019-03-01', '2031-01-01'] as const;

/** assessGreenChannel ≡ its rule run afresh, byte for byte, asked twice (the second answer read from what was kept). */
function expectGreenChannelAsRule(h: Household, profile: Profile, asOf: string | undefined): void {
  const expected = JSON.stringify(answerOf(h, profile, asOf ?? h.discoveredOn).result);
  const first = assessGreenChannel(h, profile, asOf ? { asOf } : {});
  expect(JSON.stringify(first), `${h.id} under ${profile.id} as of ${asOf ?? 'its discovery date'}`).toBe(expected);
  // The caller's result is its own: changing it changes no later answer.
  first.finding.message.zh = 'changed';
  first.finding.citations.push({ doc: 'x', clause: 'y' });
  first.finding.values.on = 'changed';
  expect(JSON.stringify(assessGreenChannel(h, profile, asOf ? { asOf } : {}))).toBe(expected);
}

/** The procedure of a lean assessment ≡ the layer's functions for the household, called afresh (no cache). */
function expectProcedureAsUncached(h: Household, profile: Profile, asOf: string | undefined): void {
  const lean = outcome(() => assessHousehold(h, profile, { ...(asOf ? { asOf } : {}), explain: false }));
  if ('error' in lean) return; // a profile without a line: the assessment throws before the procedure (test/facts/plan.test.ts)
  // The date the assessment used: the caller's, else the profile's default.
  const used = lean.value.record.asOf ?? undefined;
  const options = used ? { asOf: used } : {};
  const expected = { deadlines: householdDeadlines(h, profile, options), greenChannel: answerOf(h, profile, used ?? h.discoveredOn).result, findings: [] };
  expect(JSON.stringify(lean.value.procedure), `${h.id} under ${profile.id} as of ${asOf ?? 'the default'}`).toBe(JSON.stringify(expected));
}

describe('S003 §二(三) 绿色通道: the answer kept per (profile, date) is the rule’s for every household', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 300 })(
    'rich households, every profile (one built by hand), as-of dates in and out of the profiles: assessGreenChannel ≡ the rule run afresh',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectGreenChannelAsRule(r.household, profile, asOf);
    },
  );

  test.prop([householdArb, fc.constantFrom(...PROFILES), fc.option(dateBetween(2019, 2026), { nil: undefined })], { numRuns: 200 })(
    'simple households (test/arbitraries.ts) at arbitrary as-of dates: the same',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectGreenChannelAsRule(r.household, profile, asOf);
    },
  );

  it('generated households (examples/make-village.ts), accepted and rejected: every accepted one the same under every profile and date, its lean procedure too', async () => {
    const { households, rejected } = await generatedHouseholds({ households: 60, seed: 17, rejectedPercent: 8 });
    expect(households.length).toBeGreaterThan(40);
    expect(rejected).toBeGreaterThan(0);
    for (const profile of PROFILES) {
      for (const asOf of AS_OF) {
        for (const h of households) {
          expectGreenChannelAsRule(h, profile, asOf);
          expectProcedureAsUncached(h, profile, asOf);
        }
      }
    }
  }, 120_000);

  it('a profile with a channel (五顷塬) tests each household: a listed risk with severe hardship takes it, the next household without one does not', () => {
    const wuqingyuan = getProfile('gansu/wuqingyuan/2023');
    const on = { asOf: '2023-11-08' };
    expect(assessGreenChannel(household({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } }), wuqingyuan, on).applies).toBe(true);
    expect(assessGreenChannel(household({ riskTypes: ['illness'] }), wuqingyuan, on).applies).toBe(false);
    expect(assessGreenChannel(household({ riskTypes: ['accident'], hardship: { severeDifficulty: true } }), wuqingyuan, on).applies).toBe(true);
  });

  it('a profile without a channel (晋安) answers false for every household, the date in its finding', () => {
    const jinan = getProfile('fujian/jinan/2023');
    for (const asOf of ['2023-12-15', '2023-12-16']) {
      const r = assessGreenChannel(household({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } }), jinan, { asOf });
      expect(r.applies).toBe(false);
      expect(r.finding.values).toEqual({ on: asOf });
      expect(r.finding.message.zh).toContain(`在 ${asOf} 未规定绿色通道`);
    }
  });
});

describe('lean procedure: the deadlines and the green channel of assessHousehold are those of the layer’s functions', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 200 })(
    'rich households, every profile and date: the same JSON',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectProcedureAsUncached(r.household, profile, asOf);
    },
  );
});
