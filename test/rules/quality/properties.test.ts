/**
 * Invariants of the data-quality checker over random households that parse: it never throws (under
 * every built-in profile and as-of date, including dates no parameter covers), it is deterministic
 * and plain JSON, no message shows an ID number or a full phone number, and the order of the
 * members does not change which checks hit which member.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkBatch, checkDataQuality, getProfile, idCheckCharacter, listProfiles, parseHousehold, type Household, type QualityIssue } from '../../../src/index.js';
import { containsUnmaskedIdNumber } from '../../../src/explain/mask.js';

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

const householdArb: fc.Arbitrary<Household> = householdInputArb
  .map((input) => parseHousehold(input))
  .filter((r) => r.ok)
  .map((r) => (r as { ok: true; household: Household }).household);

const PROFILE_IDS = listProfiles().map((p) => p.id);
const asOfArb = fc.option(fc.constantFrom('2019-06-30', '2020-10-05', '2021-06-15', '2021-09-30', '2023-09-30', '2023-12-15', '2024-12-31'), { nil: undefined });

const phonesOf = (h: Household) => [h.contact?.phone, h.phone, ...h.members.map((m) => m.phone)].filter((p): p is string => p !== undefined && p.length >= 7);

/** (code, member) hits with the member named by its position in the original order. */
function hitSet(issues: readonly QualityIssue[], originalIndex: (i: number) => number): string[] {
  return issues
    .map((i) => {
      const m = /^members\[(\d+)\](.*)$/.exec(i.path);
      return m ? `${i.code} @member${originalIndex(Number(m[1]))}${m[2]}` : `${i.code} @${i.path}`;
    })
    .sort();
}

describe('data-quality invariants', () => {
  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 400 })(
    'never throws on a household that parses, under any built-in profile and as-of date; issues are well-formed',
    (h, profileId, asOf) => {
      const issues = checkDataQuality(h, getProfile(profileId), asOf === undefined ? {} : { asOf });
      for (const i of issues) {
        expect(i.code).toMatch(/^quality\./);
        expect(['error', 'warning', 'completeness', 'info']).toContain(i.severity);
        expect(i.citations.length).toBeGreaterThan(0);
      }
    },
  );

  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 200 })('is deterministic and plain JSON', (h, profileId, asOf) => {
    const options = asOf === undefined ? {} : { asOf };
    const a = checkDataQuality(h, getProfile(profileId), options);
    const b = checkDataQuality(structuredClone(h), getProfile(profileId), options);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 300 })(
    'no message or value shows an unmasked ID number or a full phone number',
    (h, profileId, asOf) => {
      const issues = checkDataQuality(h, getProfile(profileId), asOf === undefined ? {} : { asOf });
      const phones = phonesOf(h);
      for (const i of issues) {
        const shown = JSON.stringify([i.message, i.values ?? {}]);
        expect(containsUnmaskedIdNumber(i.message.zh)).toBe(false);
        expect(containsUnmaskedIdNumber(i.message.en)).toBe(false);
        expect(containsUnmaskedIdNumber(shown)).toBe(false);
        for (const p of phones) expect(shown).not.toContain(p);
      }
    },
  );

  test.prop([householdArb.chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h.members.map((_, i) => i), { minLength: h.members.length }))), fc.constantFrom(...PROFILE_IDS), asOfArb], { numRuns: 300 })(
    'member order does not change which checks hit which member',
    ([h, order], profileId, asOf) => {
      const options = asOf === undefined ? {} : { asOf };
      const profile = getProfile(profileId);
      const permuted: Household = { ...h, members: order.map((i) => h.members[i]!) };
      const before = hitSet(checkDataQuality(h, profile, options), (i) => i);
      const after = hitSet(checkDataQuality(permuted, profile, options), (i) => order[i]!);
      expect(after).toEqual(before);
    },
  );

  test.prop([fc.array(householdArb, { maxLength: 6 })], { numRuns: 100 })('checkBatch gives each household exactly its own issues', (households) => {
    const profile = getProfile('fujian/jinan/2023');
    const { byHousehold } = checkBatch(households, profile, { asOf: '2023-09-30' });
    const expected = new Map<string, QualityIssue[]>();
    for (const h of households) expected.set(h.id, [...(expected.get(h.id) ?? []), ...checkDataQuality(h, profile, { asOf: '2023-09-30' })]);
    expect(byHousehold).toEqual(expected);
  });
});
