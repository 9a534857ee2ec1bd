/**
 * fast-check arbitraries for households, shared by the property tests.
 */
import fc from 'fast-check';
import type { HouseholdInput } from '../src/index.js';

/** Money in fen in [0, max], rendered as a number or a decimal string (both accepted). */
export const moneyFen = (max = 20_000_000) => fc.integer({ min: 0, max });

export const renderMoney = (fen: number, asString: boolean): number | string => {
  const s = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  return asString ? s : Number(s);
};

export const moneyArb = (max?: number) => fc.tuple(moneyFen(max), fc.boolean()).map(([fen, asString]) => renderMoney(fen, asString));

const dateArb = fc
  .record({ y: fc.integer({ min: 1930, max: 2023 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

export const memberArb = (relation: string) =>
  fc.record(
    {
      name: fc.constantFrom('王一', '李二', '张三', '赵四', '刘五'),
      sex: fc.constantFrom('male' as const, 'female' as const),
      relation: fc.constant(relation),
      birthDate: dateArb,
      health: fc.constantFrom('healthy' as const, 'chronic' as const, 'serious-illness' as const, 'disabled' as const),
      labour: fc.constantFrom('skilled' as const, 'ordinary' as const, 'weak' as const, 'lost' as const, 'none' as const),
      basicMedicalInsurance: fc.boolean(),
      dibao: fc.boolean(),
    },
    { requiredKeys: ['name', 'sex', 'relation'] },
  );

/** A valid household (as input JSON) with 1–6 members and random income. */
export const householdArb: fc.Arbitrary<HouseholdInput> = fc
  .record({
    id: fc.stringMatching(/^H[0-9]{4,8}$/),
    povertyAlleviated: fc.boolean(),
    others: fc.array(memberArb('son'), { maxLength: 5 }),
    head: memberArb('head'),
    income: fc.record(
      {
        wage: moneyArb(),
        operating: moneyArb(),
        property: moneyArb(2_000_000),
        transfer: moneyArb(2_000_000),
        operatingExpense: moneyArb(),
        claims: moneyArb(2_000_000),
        compliantOutOfPocket: moneyArb(5_000_000),
      },
      { requiredKeys: ['wage', 'operating', 'property', 'transfer', 'operatingExpense'] },
    ),
    guarantees: fc.record({ housingUnsafe: fc.boolean(), compulsoryEducationDropout: fc.boolean(), drinkingWaterUnsafe: fc.boolean() }, { requiredKeys: [] }),
    hardship: fc.record(
      { rigidSpendingExceedsIncome: fc.boolean(), basicNeedsAffected: fc.boolean(), sharpIncomeDrop: fc.boolean(), temporaryHardship: fc.boolean(), severeDifficulty: fc.boolean() },
      { requiredKeys: [] },
    ),
  })
  .map(({ id, povertyAlleviated, head, others, income, guarantees, hardship }) => ({
    id,
    povertyAlleviated,
    members: [head, ...others] as HouseholdInput['members'],
    income,
    guarantees,
    hardship,
  }));
