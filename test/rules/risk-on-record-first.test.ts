/**
 * The identification's risk-on-record test decides on the first risk on record (`risksOnRecord(…, 1)`),
 * its explanation lists them all: the first `limit` risks are the whole list's first `limit`, in the same
 * order, so whether any is on record — the test's outcome — is the same (issue 14, row mode).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { risksOnRecord } from '../../src/facts/risks.js';
import { householdArb } from './quality/arbitraries.js';

const KINDS = ['risk-type', 'guarantee-problem', 'hardship-fact'] as const;

describe('risks on record, the first `limit` of them (national-identification-practice 元谋县 2023 "至少存在以下返贫致贫风险之一")', () => {
  test.prop([householdArb, fc.subarray([...KINDS]), fc.integer({ min: 0, max: 4 })], { numRuns: 300 })('the first `limit` risks are the whole list’s first `limit`; none found with a limit of 1 exactly when none is on record', (h, kinds, limit) => {
    const all = risksOnRecord(h, kinds);
    expect(risksOnRecord(h, kinds, limit)).toEqual(all.slice(0, limit));
    expect(risksOnRecord(h, kinds, 1).length > 0).toBe(all.length > 0);
  });
});
