/**
 * The signs in a record (线索, src/kernel/verification.ts `recordSigns`): a sudden-hardship fact recorded
 * as present is a sign; one recorded as absent, or not recorded, is not.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordSigns } from '../../src/kernel/verification.js';
import { household } from '../builders.js';

const AT = { referenceBelowLine: false, period: null, asOf: null } as const;
const INCOME = { size: 3, net: 3_000_000, compliantOutOfPocket: 0 } as const;
const HARDSHIP_FACTS = ['rigidSpendingExceedsIncome', 'basicNeedsAffected', 'sharpIncomeDrop', 'temporaryHardship', 'severeDifficulty', 'noStableIncomeFromWork'] as const;

describe('recordSigns: hardship-fact (S004 §二(二) conditions (1) and (2): a sudden hardship on record)', () => {
  it('a hardship fact recorded as present is a sign', () => {
    expect(recordSigns(household({ hardship: { temporaryHardship: true } }), INCOME, AT)).toEqual(['hardship-fact']);
    expect(recordSigns(household({ hardship: { severeDifficulty: false, noStableIncomeFromWork: true } }), INCOME, AT)).toEqual(['hardship-fact']);
  });

  it('a hardship fact recorded as absent, or no hardship block, is no sign', () => {
    expect(recordSigns(household({ hardship: { severeDifficulty: false, sharpIncomeDrop: false } }), INCOME, AT)).toEqual([]);
    expect(recordSigns(household({ hardship: {} }), INCOME, AT)).toEqual([]);
    expect(recordSigns(household({}), INCOME, AT)).toEqual([]);
  });

  it('is a sign exactly when some recorded value is true: Object.values(hardship).some(v => v === true) (property)', () => {
    const hardshipArb = fc.record(Object.fromEntries(HARDSHIP_FACTS.map((k) => [k, fc.boolean()])) as Record<(typeof HARDSHIP_FACTS)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] });
    fc.assert(
      fc.property(hardshipArb, (hardship) => {
        const signs = recordSigns(household({ hardship }), INCOME, AT);
        expect(signs.includes('hardship-fact')).toBe(Object.values(hardship).some((v) => v === true));
      }),
      { numRuns: 200 },
    );
  });
});
