import { describe, expect, it } from 'vitest';
import { risksOnRecord } from '../../src/facts/risks.js';
import { household } from '../builders.js';

describe('risks on record (national-identification-practice 元谋县 2023 "至少存在以下返贫致贫风险之一")', () => {
  const all = ['risk-type', 'guarantee-problem', 'hardship-fact'] as const;

  it('an A27 risk type, an A23–A26 problem and a sudden hardship recorded as present are risks, in form order', () => {
    const h = household({ riskTypes: ['illness'], guarantees: { drinkingWaterUnsafe: true, housingUnsafe: true }, hardship: { sharpIncomeDrop: true } });
    expect(risksOnRecord(h, all)).toEqual(['riskTypes', 'guarantees.housingUnsafe', 'guarantees.drinkingWaterUnsafe', 'hardship.sharpIncomeDrop']);
  });
  it('a recorded "no" and an unrecorded fact are not risks', () => {
    const h = household({ riskTypes: [], guarantees: { housingUnsafe: false }, hardship: { severeDifficulty: false } });
    expect(risksOnRecord(h, all)).toEqual([]);
  });
  it('identificationRiskEvidence: only the kinds the profile lists count', () => {
    const h = household({ riskTypes: ['accident'], guarantees: { housingUnsafe: true }, hardship: { temporaryHardship: true } });
    expect(risksOnRecord(h, ['guarantee-problem'])).toEqual(['guarantees.housingUnsafe']);
    expect(risksOnRecord(h, [])).toEqual([]);
  });
});
