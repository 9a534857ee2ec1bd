/**
 * The compiled assessment (src/facts/plan.ts, src/profile/lookup.ts `derivedOn`): what is decided once
 * per (profile, options) or per (profile, date) — the context, the parameter values, a layer's
 * parameters — gives exactly what deciding it afresh for each household gives. The interpreted path
 * (`assessInterpreted`: the context decided per household; `scanParameter`: the dated history scanned)
 * is the oracle: compiled lean ≡ interpreted lean ≡ explained minus findings, and a missing parameter
 * throws the same `MissingParameterError` on every path, household after household.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assessHousehold, defineProfile, getProfile, listProfiles, parseHousehold, type AssessmentOptions, type Household, type Profile } from '../../src/index.js';
import { assessInterpreted } from '../../src/assess.js';
import { planFor } from '../../src/facts/plan.js';
import { decideContext, explainContext } from '../../src/facts/context.js';
import { derivedOn, lookup, optionalParameter, parameter, scanParameter } from '../../src/profile/lookup.js';
import { PARAMETERS, type ParameterKey } from '../../src/profile/parameters/index.js';
import { generatedHouseholds } from '../support/generated-households.js';
import { householdArb } from '../arbitraries.js';
import { household } from '../builders.js';
import { dateBetween, richHouseholdArb } from '../perf/households.js';
import { outcome, withoutFindings } from '../support/results.js';

const countyDoc = { id: '某县乡振〔2023〕1号', issuer: '某县乡村振兴局', title: '2023年防止返贫监测范围的通知', region: '某县' };

/** Every built-in profile (some lack a line, so their assessments throw), and two that supply one. */
const PROFILES: Profile[] = [
  ...listProfiles().map((p) => getProfile(p.id)),
  defineProfile({
    id: 'test/plan-linzi-with-line/2023',
    extends: 'shandong/linzi/2023',
    title: { zh: '临淄（补充监测线）', en: 'Linzi with a line' },
    documents: [countyDoc],
    parameters: { monitoringLine: [{ from: '2019-01-01', value: '6500', citation: { doc: countyDoc.id, clause: '一' } }] },
  }),
  defineProfile({
    id: 'test/plan-national-with-line/2021',
    extends: 'national/2021',
    title: { zh: '某县', en: 'a county' },
    documents: [countyDoc],
    parameters: { monitoringLine: [{ from: '2019-01-01', value: '7000', citation: { doc: countyDoc.id, clause: '一' } }] },
  }),
];

/** As-of dates: the profile's default, inside the years the profiles cover, and outside them (parameters missing). */
const AS_OF = [undefined, '2021-06-30', '2023-12-15', '2024-10-08', '2019-03-01', '2031-01-01'] as const;

/** Compiled lean ≡ interpreted lean ≡ explained minus findings; compiled explained ≡ interpreted explained. */
function expectCompiledEquivalent(h: Household, profile: Profile, asOf: string | undefined): void {
  const options: AssessmentOptions = asOf ? { asOf } : {};
  const lean = { ...options, explain: false };
  const compiledLean = outcome(() => assessHousehold(h, profile, lean));
  const interpretedLean = outcome(() => assessInterpreted(h, profile, lean));
  const compiledExplained = outcome(() => assessHousehold(h, profile, options));
  const interpretedExplained = outcome(() => assessInterpreted(h, profile, options));
  const where = `${h.id} under ${profile.id} as of ${asOf ?? 'the default'}`;
  expect(compiledLean, where).toStrictEqual(interpretedLean);
  expect(compiledExplained, where).toStrictEqual(interpretedExplained);
  if ('error' in compiledExplained) {
    expect(compiledLean, where).toStrictEqual(compiledExplained);
    return;
  }
  const value = (compiledLean as { value: unknown }).value;
  expect(value, where).toStrictEqual(withoutFindings(compiledExplained.value));
  // The same JSON, key for key, and a JSON round trip gives the result back.
  expect(JSON.stringify(value)).toBe(JSON.stringify((interpretedLean as { value: unknown }).value));
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
}

describe('the compiled assessment decides what the interpreted one decides', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 300 })(
    'rich households (test/perf/households.ts), every built-in profile, as-of dates in and out of the profiles: compiled lean ≡ interpreted lean ≡ explained minus findings',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectCompiledEquivalent(r.household, profile, asOf);
    },
  );

  test.prop([householdArb, fc.constantFrom(...PROFILES), fc.option(dateBetween(2019, 2026), { nil: undefined })], { numRuns: 200 })(
    'simple households (test/arbitraries.ts) at arbitrary as-of dates: the same',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectCompiledEquivalent(r.household, profile, asOf);
    },
  );

  it('generated households (examples/make-village.ts), accepted and rejected: every accepted one the same under every profile and date; the rejected ones are never assessed', async () => {
    const { households, rejected } = await generatedHouseholds({ households: 80, seed: 14, rejectedPercent: 8 });
    expect(households.length).toBeGreaterThan(60);
    expect(rejected).toBeGreaterThan(0);
    for (const profile of PROFILES) for (const asOf of AS_OF) for (const h of households) expectCompiledEquivalent(h, profile, asOf);
  }, 120_000);

  it('a missing parameter (Linzi states no line) throws the same MissingParameterError for every household, compiled and interpreted', () => {
    const linzi = getProfile('shandong/linzi/2023');
    const r = { household: household() };
    const first = outcome(() => assessHousehold(r.household, linzi, { explain: false }));
    expect(first).toEqual({ error: expect.stringMatching(/^MissingParameterError: .*monitoringLine/) });
    // The failed derivation is not kept: the next household throws the same error again.
    expect(outcome(() => assessHousehold(r.household, linzi, { explain: false }))).toEqual(first);
    expect(outcome(() => assessInterpreted(r.household, linzi, { explain: false }))).toEqual(first);
    expect(outcome(() => assessHousehold(r.household, linzi))).toEqual(first);
  });
});

/** The same profile built by hand (not frozen): never compiled — nothing of it is decided once and kept (lookup.ts, plan.ts, the layers' rounds). */
function byHand(profile: Profile): Profile {
  return { ...profile, parameters: { ...profile.parameters } } as Profile;
}

/** The explained result (or the error) as JSON: compiled ≡ built afresh for the household, byte for byte. */
function expectExplainedAsUncompiled(h: Household, profile: Profile, asOf: string | undefined): void {
  const options: AssessmentOptions = asOf ? { asOf } : {};
  const json = (p: Profile) => {
    const r = outcome(() => assessHousehold(h, p, options));
    return 'error' in r ? r.error : JSON.stringify(r.value);
  };
  // Twice compiled: the first builds what is kept, the second reads it.
  const compiled = json(profile);
  expect(json(profile)).toBe(compiled);
  expect(json(byHand(profile)), `${h.id} under ${profile.id} as of ${asOf ?? 'the default'}`).toBe(compiled);
}

describe('the explained assessment: what is built once per (profile, date) gives the findings built afresh', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 150 })(
    'rich households, every built-in profile, as-of dates in and out of the profiles: the result JSON of the compiled profile ≡ of the same profile built by hand',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectExplainedAsUncompiled(r.household, profile, asOf);
    },
  );

  it('generated households (examples/make-village.ts), every profile and date: the same JSON', async () => {
    const { households } = await generatedHouseholds({ households: 30, seed: 15, rejectedPercent: 8 });
    expect(households.length).toBeGreaterThan(20);
    for (const profile of PROFILES) for (const asOf of AS_OF) for (const h of households) expectExplainedAsUncompiled(h, profile, asOf);
  }, 120_000);
});

describe('compiled parameters: the value in force is the one the dated history gives', () => {
  const KEYS = Object.keys(PARAMETERS) as ParameterKey[];

  test.prop([fc.constantFrom(...PROFILES), fc.constantFrom(...KEYS), dateBetween(2018, 2032)], { numRuns: 2000 })(
    'optionalParameter, parameter and lookup return what scanParameter finds (the same object), or throw the same error',
    (profile, key, on) => {
      const scanned = scanParameter(profile, key, on);
      expect(optionalParameter(profile, key, on)).toBe(scanned);
      expect(optionalParameter(profile, key, on)).toBe(scanned); // asked again: from the compiled table
      const p = outcome(() => parameter(profile, key, on));
      if (scanned) expect(p).toEqual({ value: scanned });
      else expect(p).toEqual({ error: expect.stringMatching(/^MissingParameterError: /) });
      const l = lookup(profile, key, on);
      expect(l.ok).toBe(scanned !== undefined);
      if (l.ok) expect(l.value).toBe(scanned!.value);
    },
  );

  it('a derivation is computed once per (profile, date) and shared; one that throws is not kept', () => {
    const jinan = getProfile('fujian/jinan/2023');
    let calls = 0;
    const line = { derive: (p: Profile, on: string) => (calls++, parameter(p, 'monitoringLine', on).value) };
    expect(derivedOn(jinan, '2023-09-30', line)).toBe(derivedOn(jinan, '2023-09-30', line));
    expect(calls).toBe(1);
    const linzi = getProfile('shandong/linzi/2023');
    expect(() => derivedOn(linzi, '2023-09-30', line)).toThrow(/monitoringLine/);
    expect(() => derivedOn(linzi, '2023-09-30', line)).toThrow(/monitoringLine/);
    expect(calls).toBe(3);
  });

  it('a profile that is not frozen (built by hand) is never compiled: a change to it is read', () => {
    const jinan = getProfile('fujian/jinan/2023');
    const byHand = { ...jinan, parameters: { ...jinan.parameters } } as Profile;
    const before = optionalParameter(byHand, 'monitoringLine', '2023-09-30');
    expect(before).toBe(scanParameter(jinan, 'monitoringLine', '2023-09-30'));
    (byHand.parameters as Record<string, unknown>).monitoringLine = [];
    expect(optionalParameter(byHand, 'monitoringLine', '2023-09-30')).toBeUndefined();
  });
});

describe('the plan of (profile, options)', () => {
  it('is compiled once per profile object, as-of date, explain flag and holiday list', () => {
    const jinan = getProfile('fujian/jinan/2023');
    const lean = planFor(jinan, { asOf: '2023-12-15', explain: false });
    expect(planFor(jinan, { asOf: '2023-12-15', explain: false })).toBe(lean);
    expect(planFor(jinan, { asOf: '2023-12-15' })).not.toBe(lean);
    expect(planFor(jinan, { asOf: '2023-12-16', explain: false })).not.toBe(lean);
    expect(planFor(jinan, { asOf: '2023-12-15', explain: false, holidays: [] })).not.toBe(lean);
    expect(lean.explain).toBe(false);
  });

  it('asked again with the same options object, follows what the object holds now (a batch asks with one object; a caller may change it)', () => {
    const jinan = getProfile('fujian/jinan/2023');
    const options: AssessmentOptions = { asOf: '2023-12-15', explain: false };
    const lean = planFor(jinan, options);
    expect(planFor(jinan, options)).toBe(lean);
    options.asOf = '2024-12-15';
    const later = planFor(jinan, options);
    expect(later).toBe(planFor(jinan, { asOf: '2024-12-15', explain: false }));
    expect(later.context(undefined).period).toEqual({ from: '2023-10-01', to: '2024-09-30', kind: 'annual' });
    options.explain = true;
    expect(planFor(jinan, options).explain).toBe(true);
    options.holidays = [];
    expect(planFor(jinan, options)).toBe(planFor(jinan, { asOf: '2024-12-15', explain: true, holidays: options.holidays }));
    expect(planFor(getProfile('shandong/longkou/2021'), options).profile.id).toBe('shandong/longkou/2021');
  });

  it('S004 §二(二): a rolling period is decided per discovery date, as decideContext decides it, and the shared context is frozen', () => {
    const longkou = getProfile('shandong/longkou/2021');
    const plan = planFor(longkou, { asOf: '2021-12-15' });
    for (const d of [undefined, '2021-05-10', '2021-11-30']) {
      const c = plan.context(d);
      expect(c).toStrictEqual(decideContext(d, longkou, { asOf: '2021-12-15' }));
      expect(plan.context(d)).toBe(c);
      expect(Object.isFrozen(c) && Object.isFrozen(c.missing)).toBe(true);
    }
    expect(plan.context('2021-05-10').period).toEqual({ from: '2020-05-01', to: '2021-04-30', kind: 'rolling-before-discovery' });
  });

  it('S004 §二(二): the period finding is built once per context and handed out as a fresh copy, equal to explainContext’s, for annual and rolling periods, with and without a date', () => {
    const cases: [Profile, string | undefined, (string | undefined)[]][] = [
      [getProfile('shandong/longkou/2021'), '2021-12-15', [undefined, '2021-05-10', '2021-11-30']],
      [getProfile('fujian/jinan/2023'), '2023-12-15', [undefined, '2023-08-01']],
      [getProfile('gansu/wuqingyuan/2023'), '2023-10-15', [undefined]],
      [getProfile('national/2021'), undefined, [undefined, '2021-05-10']],
      [getProfile('shandong/longkou/2021'), '2019-03-01', [undefined]],
    ];
    for (const [profile, asOf, dates] of cases) {
      const plan = planFor(profile, asOf ? { asOf } : {});
      for (const d of dates) {
        const c = plan.context(d);
        const first = plan.periodFinding(c);
        expect(first, `${profile.id} ${asOf} ${d}`).toStrictEqual(explainContext(c, profile));
        const second = plan.periodFinding(c);
        expect(second).toStrictEqual(first);
        expect(second).not.toBe(first);
        expect(second.message).not.toBe(first.message);
        expect(second.values).not.toBe(first.values);
        expect(second.citations).not.toBe(first.citations);
        // A caller that changes its copy changes no later one.
        first.message.zh = 'changed';
        first.citations.push({ doc: 'x', clause: 'y' });
        first.values.from = 'changed';
        expect(plan.periodFinding(c)).toStrictEqual(second);
      }
    }
  });
});
