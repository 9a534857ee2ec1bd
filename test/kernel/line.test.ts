/**
 * 与监测线比较 (src/kernel/line.ts): the line comparison keeps `lineComparison` and `perCapitaRounding`
 * for the last frozen profile and date asked (issue 14, eighth slice). Its oracle is the same profile
 * built by hand (not frozen: never kept, scanned every call) — asked in arbitrary order across profiles
 * that compare exactly or rounded, round differently, or lack either parameter on some dates.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { defineProfile, getProfile, type Profile } from '../../src/index.js';
import { compareWithLine, roundPerCapita, testAgainstLine } from '../../src/kernel/line.js';
import { outcome } from '../support/results.js';

const CITATION = { doc: '临稷办发〔2023〕76号', clause: '附件1 注2' };

/** A test profile over Jinan's with its own `lineComparison` and `perCapitaRounding` entries. */
const lineProfile = (name: string, lineComparison: readonly object[], perCapitaRounding: readonly object[]): Profile =>
  defineProfile({
    id: `test/line-memo-${name}/2023`,
    extends: 'fujian/jinan/2023',
    title: { zh: '测试', en: 'test' },
    parameters: {
      lineComparison: lineComparison.map((e) => ({ ...e, citation: CITATION })),
      perCapitaRounding: perCapitaRounding.map((e) => ({ ...e, citation: CITATION })),
    },
  });

/** Rounded comparison, rounding down to whole yuan, from 2023-01-01 only (before it: no lineComparison). */
const ROUNDED_LATE = lineProfile('rounded-late', [{ from: '2023-01-01', value: 'rounded' }], [{ from: '2020-10-01', value: { mode: 'down', step: '1' } }]);

/** Rounded comparison, half-even to 0.1 yuan, until 2022-12-31 (after it: no perCapitaRounding). */
const ROUNDED_EARLY = lineProfile('rounded-early', [{ from: '2020-10-01', value: 'rounded' }], [{ from: '2020-10-01', to: '2022-12-31', value: { mode: 'half-even', step: '0.1' } }]);

const PROFILES: readonly Profile[] = [getProfile('fujian/jinan/2023'), getProfile('shandong/longkou/2021'), ROUNDED_LATE, ROUNDED_EARLY];

/** The same profile built by hand: not frozen, so nothing is kept for it. */
const byHand = (p: Profile): Profile => ({ ...p, parameters: { ...p.parameters } }) as Profile;
const BY_HAND = PROFILES.map(byHand);

const DATES = ['2021-06-30', '2022-09-30', '2023-09-30', '2019-01-01'] as const;

const call = fc.record({
  profile: fc.integer({ min: 0, max: PROFILES.length - 1 }),
  on: fc.constantFrom(...DATES),
  totalFen: fc.integer({ min: -2_000_000, max: 8_000_000 }),
  size: fc.integer({ min: 1, max: 9 }),
  lineFen: fc.constantFrom(650000, 1056000, 3167999, 3168000),
  display: fc.boolean(),
});

describe('the line comparison keeps its two parameters for the last frozen profile and date', () => {
  it('asked in any order across profiles and dates: the same answers and errors as the profile built by hand (property)', () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 30 }), (calls) => {
        for (const { profile, on, totalFen, size, lineFen, display } of calls) {
          const p = PROFILES[profile]!;
          const h = BY_HAND[profile]!;
          expect(outcome(() => compareWithLine(totalFen, size, lineFen, p, on))).toEqual(outcome(() => compareWithLine(totalFen, size, lineFen, h, on)));
          expect(outcome(() => roundPerCapita(totalFen, size, p, on))).toEqual(outcome(() => roundPerCapita(totalFen, size, h, on)));
          const figures = { net: totalFen, reference: totalFen + 5, size };
          expect(outcome(() => testAgainstLine(figures, 'A38', lineFen, p, on, display))).toEqual(outcome(() => testAgainstLine(figures, 'A38', lineFen, h, on, display)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the cases it must tell apart: rounded against exact on one date, a missing parameter on another', () => {
    // 19499.99 over 3 (6499.996…): below 6500 exactly, 6500.0 half-even to 0.1 (equal); 19502.99 over 3 (6500.996…): above exactly, 6500 rounded down to whole yuan (equal).
    expect(compareWithLine(1949999, 3, 650000, PROFILES[0]!, '2023-09-30')).toBe(-1);
    expect(compareWithLine(1949999, 3, 650000, ROUNDED_EARLY, '2022-09-30')).toBe(0);
    expect(compareWithLine(1950299, 3, 650000, ROUNDED_LATE, '2023-09-30')).toBe(0);
    expect(compareWithLine(1950299, 3, 650000, PROFILES[0]!, '2023-09-30')).toBe(1);
    expect(JSON.stringify(outcome(() => compareWithLine(1949999, 3, 650000, ROUNDED_LATE, '2022-09-30')))).toMatch(/lineComparison/);
    expect(JSON.stringify(outcome(() => compareWithLine(1949999, 3, 650000, ROUNDED_EARLY, '2023-09-30')))).toMatch(/perCapitaRounding/);
    expect(compareWithLine(1949999, 3, 650000, ROUNDED_EARLY, '2022-09-30')).toBe(0);
  });
});
