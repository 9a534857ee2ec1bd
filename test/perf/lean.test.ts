/**
 * Lean mode (`explain: false`) decides exactly what the explained assessment decides: every
 * decision, category, reason id list, value and data-quality issue is the same, and only the
 * `findings` arrays are empty. Checked on rich random households under every built-in profile with
 * a monitoring line, and under user profiles that supply a line for Linzi and for the national base.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  assessHousehold,
  assessRiskElimination,
  classifyMonitoring,
  classifyPolicyStatus,
  computeIncome,
  defineProfile,
  getProfile,
  parseHousehold,
  screenHousehold,
  type AssessmentOptions,
  type Household,
  type Profile,
} from '../../src/index.js';
import { household } from '../builders.js';
import { householdArb } from '../arbitraries.js';
import { dateBetween, richHouseholdArb } from './households.js';
import { outcome, withoutFindings } from '../support/results.js';

const countyDoc = { id: '某县乡振〔2023〕1号', issuer: '某县乡村振兴局', title: '2023年防止返贫监测范围的通知', region: '某县' };
const line = (from: string, value: string) => ({ monitoringLine: [{ from, value, citation: { doc: countyDoc.id, clause: '一' } }] });

const PROFILES: Profile[] = [
  getProfile('shandong/longkou/2021'),
  getProfile('fujian/jinan/2023'),
  getProfile('yunnan/xiaozhongdian/2021'),
  getProfile('gansu/wuqingyuan/2023'),
  defineProfile({ id: 'test/linzi-with-line/2023', extends: 'shandong/linzi/2023', title: { zh: '临淄（补充监测线）', en: 'Linzi with a line' }, documents: [countyDoc], parameters: line('2019-01-01', '6500') }),
  defineProfile({ id: 'test/national-with-line/2021', extends: 'national/2021', title: { zh: '某县', en: 'a county' }, documents: [countyDoc], parameters: line('2019-01-01', '7000') }),
];

type Layer = (h: Household, p: Profile, o: AssessmentOptions) => unknown;
const LAYERS: [string, Layer][] = [
  ['assessHousehold', assessHousehold],
  ['computeIncome', computeIncome],
  ['classifyMonitoring', classifyMonitoring],
  ['classifyPolicyStatus', classifyPolicyStatus],
  ['assessRiskElimination', assessRiskElimination],
  ['screenHousehold', screenHousehold],
];

function expectLeanEquivalent(h: Household, profile: Profile, asOf: string | undefined): void {
  const options: AssessmentOptions = asOf ? { asOf } : {};
  for (const [name, fn] of LAYERS) {
    const explained = outcome(() => fn(h, profile, options));
    const lean = outcome(() => fn(h, profile, { ...options, explain: false }));
    if ('error' in explained) {
      expect(lean, `${name} under ${profile.id}`).toEqual(explained);
      continue;
    }
    expect('value' in lean, `${name} under ${profile.id} threw in lean mode only`).toBe(true);
    const expected = withoutFindings(explained.value);
    const actual = (lean as { value: unknown }).value;
    expect(actual, `${name} under ${profile.id}`).toStrictEqual(expected);
    // Same keys in the same order: a lean result serialises to the same JSON.
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  }
}

const asOfArb = fc.option(dateBetween(2020, 2025), { nil: undefined });

describe('lean mode (explain: false) decides what the explained assessment decides', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), asOfArb], { numRuns: 600 })(
    'rich households under every profile with a line: the result equals the explained one with every findings array emptied',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectLeanEquivalent(r.household, profile, asOf);
    },
  );

  test.prop([householdArb, fc.constantFrom(...PROFILES), asOfArb], { numRuns: 200 })('simple households (test/arbitraries.ts): the same', (input, profile, asOf) => {
    const r = parseHousehold(input);
    expect(r.ok).toBe(true);
    if (r.ok) expectLeanEquivalent(r.household, profile, asOf);
  });

  it('builds no finding in lean mode, yet keeps every decision', () => {
    const h = household({ povertyAlleviated: true, monitoring: { category: 'unstable', identifiedOn: '2023-03-01' }, income: { wage: '3000' } });
    const jinan = getProfile('fujian/jinan/2023');
    const explained = assessHousehold(h, jinan, { asOf: '2023-12-15' });
    const lean = assessHousehold(h, jinan, { asOf: '2023-12-15', explain: false });
    expect(explained.monitoring.findings.length).toBeGreaterThan(0);
    for (const part of [lean.income, lean.monitoring, lean.policyStatus, lean.elimination, lean.screening, lean.procedure]) expect(part.findings).toEqual([]);
    expect(lean.monitoring.eligible).toBe(explained.monitoring.eligible);
    expect(lean.elimination.blockers).toEqual(explained.elimination.blockers);
    expect(lean.quality).toEqual(explained.quality);
  });

  it('throws the same MissingParameterError in lean mode (Linzi states no line)', () => {
    const h = household();
    const linzi = getProfile('shandong/linzi/2023');
    expect(() => assessHousehold(h, linzi, { explain: false })).toThrow(/monitoringLine/);
    expect(outcome(() => assessHousehold(h, linzi, { explain: false }))).toEqual(outcome(() => assessHousehold(h, linzi)));
  });
});
