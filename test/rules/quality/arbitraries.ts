/**
 * fast-check arbitraries for the data-quality property tests: households with ID numbers good and bad,
 * phones, incomes with breakdowns, monitoring and elimination, measures — every field a check reads.
 */
import { fc } from '@fast-check/vitest';
import { idCheckCharacter, parseHousehold, type Household } from '../../../src/index.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dateArb = fc.record({ y: fc.integer({ min: 1878, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const recentDateArb = fc.record({ y: fc.integer({ min: 2019, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const yearMonthArb = fc.record({ y: fc.integer({ min: 2005, max: 2025 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m)}`);
const moneyArb = fc.integer({ min: 0, max: 20_000_000 }).map((fen) => `${Math.floor(fen / 100)}.${pad(fen % 100)}`);

/** ID numbers good and bad: valid, wrong check, 15-digit, certificates, placeholders, lower-case x, junk. */
const idArb = fc.oneof(
  fc
    .record({ region: fc.constantFrom('110105', '440524', '532301', '990105', '999999'), birth: dateArb, seq: fc.integer({ min: 0, max: 999 }), wrong: fc.boolean(), suffix: fc.constantFrom('', '', '41', '22', '85', '14xx') })
    .map(({ region, birth, seq, wrong, suffix }) => {
      const first17 = region + birth.replaceAll('-', '') + pad(seq, 3);
      const check = idCheckCharacter(first17);
      return first17 + (wrong ? (check === '0' ? '1' : '0') : check) + suffix;
    }),
  fc.record({ birth: dateArb, seq: fc.integer({ min: 0, max: 999 }) }).map(({ birth, seq }) => '110105' + birth.slice(2).replaceAll('-', '') + pad(seq, 3)),
  fc.constantFrom('11010519491231002X', '11010519491231002x', '440524188001010014', '110105491231002', '1101A519491231002X', '', '  '),
  fc.stringMatching(/^[0-9Xx]{0,24}$/),
);

const phoneArb = fc.oneof(fc.stringMatching(/^1[3-9][0-9]{9}$/), fc.stringMatching(/^[0-9]{7,12}$/));

const memberArb = fc.record(
  {
    name: fc.constantFrom('王一', '李二', '张三', '赵四', '刘五'),
    sex: fc.constantFrom('male' as const, 'female' as const),
    relation: fc.constantFrom('head', 'head', 'spouse', 'son', 'daughter', 'mother', 'father', 'grandson', 'sibling', 'other'),
    birthDate: dateArb,
    idNumber: idArb,
    idType: fc.constantFrom('resident-id', 'disability-certificate'),
    health: fc.constantFrom('healthy', 'chronic', 'serious-illness', 'disabled'),
    disabilityCategory: fc.integer({ min: 1, max: 7 }),
    disabilityGrade: fc.integer({ min: 1, max: 4 }),
    labour: fc.constantFrom('skilled', 'ordinary', 'weak', 'lost', 'none'),
    schoolStatus: fc.constantFrom('preschool-age', 'preschool', 'primary', 'junior-1', 'senior-2', 'vocational-3', 'undergraduate'),
    outOfSchoolReason: fc.constantFrom('', '因病', '因残'),
    education: fc.constantFrom('illiterate', 'primary', 'junior-secondary', 'bachelor-or-above'),
    workMonths: fc.integer({ min: -2, max: 15 }),
    employment: fc.array(fc.record({ start: yearMonthArb, end: yearMonthArb, monthlyWage: moneyArb }, { requiredKeys: ['start'] }), { maxLength: 3 }),
    publicWelfarePost: fc.oneof(fc.boolean(), fc.array(fc.constantFrom('护林员', '保洁员'), { minLength: 1, maxLength: 2 })),
    basicMedicalInsurance: fc.boolean(),
    dibao: fc.boolean(),
    tekun: fc.boolean(),
    phone: phoneArb,
    changes: fc.array(fc.record({ kind: fc.constantFrom('birth', 'death', 'marry-in', 'marry-out', 'move-in', 'move-out'), on: recentDateArb }), { maxLength: 2 }),
  },
  { requiredKeys: ['name', 'sex', 'relation'] },
);

const guaranteesArb = fc.record(
  { housingUnsafe: fc.boolean(), compulsoryEducationDropout: fc.boolean(), drinkingWaterUnsafe: fc.boolean(), memberWithoutMedicalInsurance: fc.boolean() },
  { requiredKeys: [] },
);
const incomeArb = fc.record(
  {
    wage: moneyArb,
    operating: moneyArb,
    property: moneyArb,
    transfer: moneyArb,
    operatingExpense: moneyArb,
    claims: moneyArb,
    compliantOutOfPocket: moneyArb,
    breakdown: fc.record(
      {
        wage: fc.record({ publicWelfarePost: moneyArb, other: moneyArb }, { requiredKeys: [] }),
        transfer: fc.record({ dibao: moneyArb, familyPlanning: moneyArb, pension: moneyArb, tekun: moneyArb, insuranceCompensation: moneyArb }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['wage', 'operating', 'property', 'transfer', 'operatingExpense'] },
);

const householdInputArb = fc.record(
  {
    id: fc.stringMatching(/^H[0-9]{1,6}$/),
    povertyAlleviated: fc.boolean(),
    riskTypes: fc.uniqueArray(fc.constantFrom('illness', 'disability', 'natural-disaster', 'unstable-employment', 'labour-shortage', 'other'), { maxLength: 3 }),
    riskNote: fc.constantFrom('', '家庭变故'),
    disasterTypes: fc.constantFrom([], ['flood']),
    discoveredOn: recentDateArb,
    monitoring: fc.record(
      {
        category: fc.constantFrom('unstable', 'marginal', 'sudden-hardship'),
        identifiedOn: recentDateArb,
        eliminated: fc.record({ method: fc.constantFrom('assisted', 'natural'), on: recentDateArb, income: incomeArb, guarantees: guaranteesArb }, { requiredKeys: ['method', 'on'] }),
      },
      { requiredKeys: ['category', 'identifiedOn'] },
    ),
    members: fc.array(memberArb, { minLength: 1, maxLength: 6 }),
    income: incomeArb,
    guarantees: guaranteesArb,
    measures: fc.uniqueArray(fc.constantFrom('industry', 'employment', 'public-welfare-post', 'health', 'dibao', 'tekun', 'disability-allowance', 'temporary-assistance'), { maxLength: 4 }),
    contact: fc.record({ name: fc.constantFrom('', '张干部'), phone: phoneArb }, { requiredKeys: [] }),
    phone: phoneArb,
  },
  { requiredKeys: ['id', 'povertyAlleviated', 'members', 'income'] },
);

/** Households that parse, with the fields the data-quality checks read, good and bad values mixed. */
export const householdArb: fc.Arbitrary<Household> = householdInputArb
  .map((input) => parseHousehold(input))
  .filter((r) => r.ok)
  .map((r) => (r as { ok: true; household: Household }).household);
