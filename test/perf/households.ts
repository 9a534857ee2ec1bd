/**
 * Rich household arbitraries for the equivalence properties (lean vs explained assessment, fast vs
 * zod validation): every field of the interchange format can appear — monitoring with elimination,
 * review and procedure, events, assets, hardship, policy review, member changes, employment, ID
 * numbers (valid, wrong check character, 15-digit, disability certificates), breakdowns — with dates
 * around the years the built-in profiles cover (and a few outside the holiday calendar).
 */
import fc from 'fast-check';
import {
  DISASTER_TYPES,
  EDUCATION_LEVELS,
  ELIMINATION_METHODS,
  enumKeys,
  HEALTH_STATUSES,
  HOUSEHOLD_EVENTS,
  ID_TYPES,
  idCheckCharacter,
  LABOUR_CAPACITIES,
  MEASURES,
  MEMBER_CHANGES,
  MONITORING_CATEGORIES,
  POLICY_STATUSES,
  RELATIONS,
  RISK_TYPES,
  SCHOOL_STATUSES,
  SEXES,
  WORK_AREAS,
  type HouseholdInput,
} from '../../src/index.js';
import { moneyArb } from '../arbitraries.js';

const pick = <T extends Record<string, unknown>>(table: T) => fc.constantFrom(...enumKeys(table as never)) as fc.Arbitrary<keyof T & string>;
const subset = <T extends Record<string, unknown>>(table: T, maxLength = 3) => fc.uniqueArray(pick(table), { maxLength });

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A real calendar date between two years (inclusive). */
export const dateBetween = (from: number, to: number) =>
  fc
    .record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, last), 2)}`;
    });

const recentDate = dateBetween(2019, 2025);
const yearMonth = fc.record({ y: fc.integer({ min: 2019, max: 2024 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m, 2)}`);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const bool = fc.boolean();

/** An ID number: valid 18-digit, wrong check character, 15-digit, a disability certificate, or junk. */
const idNumberArb = fc
  .record({
    area: fc.constantFrom('533401', '533422', '370681', '350111', '110101'),
    birth: dateBetween(1930, 2023),
    seq: fc.integer({ min: 0, max: 999 }),
    kind: fc.constantFrom('valid', 'valid', 'valid', 'bad-check', 'old-15', 'certificate', 'junk'),
    extra: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 })),
  })
  .map(({ area, birth, seq, kind, extra }) => {
    const first17 = area + birth.replace(/-/g, '') + pad(seq, 3);
    const check = idCheckCharacter(first17);
    switch (kind) {
      case 'bad-check':
        return first17 + (check === '0' ? '1' : '0');
      case 'old-15':
        return area + birth.replace(/-/g, '').slice(2) + pad(seq, 3);
      case 'certificate':
        return first17 + check + extra[0] + extra[1];
      case 'junk':
        return '12345';
      default:
        return first17 + check;
    }
  });

const changeArb = fc.record({ kind: pick(MEMBER_CHANGES), on: recentDate });
const spellArb = fc.record({ start: yearMonth, end: maybe(yearMonth), monthlyWage: maybe(moneyArb(800_000)), county: maybe(fc.constantFrom('香格里拉市', '龙口市')) }, { requiredKeys: ['start'] });

/** A member with any of the form's fields. */
export const richMemberArb = (relation: fc.Arbitrary<string>) =>
  fc.record(
    {
      name: fc.constantFrom('王一', '李二', '张三', '赵四', '刘五', '扎西'),
      sex: pick(SEXES),
      idNumber: idNumberArb,
      idType: pick(ID_TYPES),
      relation,
      birthDate: dateBetween(1925, 2024),
      ethnicity: fc.constantFrom('汉族', '藏族'),
      education: pick(EDUCATION_LEVELS),
      schoolStatus: pick(SCHOOL_STATUSES),
      outOfSchoolReason: fc.constantFrom('因病', '其他'),
      health: pick(HEALTH_STATUSES),
      disabilityCategory: fc.constantFrom(1, 2, 3, 4, 5, 6, 7),
      disabilityGrade: fc.constantFrom(1, 2, 3, 4),
      labour: pick(LABOUR_CAPACITIES),
      workArea: pick(WORK_AREAS),
      workMonths: fc.integer({ min: -1, max: 13 }),
      employment: fc.array(spellArb, { maxLength: 2 }),
      publicWelfarePost: fc.oneof(bool, fc.array(fc.constantFrom('护林员', '保洁员', '河道管护员'), { minLength: 1, maxLength: 2 })),
      basicMedicalInsurance: bool,
      seriousIllnessInsurance: bool,
      pensionInsurance: bool,
      dibao: bool,
      tekun: bool,
      relocated: bool,
      phone: fc.constantFrom('13812345678', '87480420', '1381234'),
      changes: fc.array(changeArb, { maxLength: 2 }),
    },
    { requiredKeys: ['name', 'sex', 'relation'] },
  );

const incomeArb = fc.record(
  {
    wage: moneyArb(),
    operating: moneyArb(),
    property: moneyArb(2_000_000),
    transfer: moneyArb(2_000_000),
    operatingExpense: moneyArb(),
    claims: moneyArb(2_000_000),
    compliantOutOfPocket: moneyArb(5_000_000),
    breakdown: fc.record(
      {
        wage: fc.record({ publicWelfarePost: moneyArb(500_000), other: moneyArb() }, { requiredKeys: [] }),
        property: fc.record({ assetIncomeDividend: moneyArb(200_000), other: moneyArb(200_000) }, { requiredKeys: [] }),
        transfer: fc.record(
          {
            familyPlanning: moneyArb(100_000),
            dibao: moneyArb(500_000),
            tekun: moneyArb(500_000),
            pension: moneyArb(500_000),
            ecologicalCompensation: moneyArb(100_000),
            insuranceCompensation: moneyArb(100_000),
            other: moneyArb(100_000),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['wage', 'operating', 'property', 'transfer', 'operatingExpense'] },
);

const guaranteesArb = fc.record({ housingUnsafe: bool, compulsoryEducationDropout: bool, drinkingWaterUnsafe: bool, memberWithoutMedicalInsurance: bool }, { requiredKeys: [] });

const monitoringArb = fc.record(
  {
    category: pick(MONITORING_CATEGORIES),
    identifiedOn: recentDate,
    perCapitaIncomeAtIdentification: moneyArb(1_500_000),
    eliminated: fc.record(
      {
        method: pick(ELIMINATION_METHODS),
        on: recentDate,
        income: incomeArb,
        guarantees: guaranteesArb,
        mark: fc.constantFrom('relapse-risk-eliminated' as const, 'poverty-risk-eliminated' as const),
      },
      { requiredKeys: ['method', 'on'] },
    ),
    review: fc.record(
      { incomeStable: bool, rigidSpendingResolved: bool, riskGone: bool, newRisk: bool, newRiskOn: recentDate, dependsOnMeasures: bool, informedConsent: bool, riskGoneNaturally: bool },
      { requiredKeys: [] },
    ),
    procedure: fc.record({ application: bool, authorisation: bool, democraticReview: bool, publicity: bool, assetVerification: bool }, { requiredKeys: [] }),
  },
  { requiredKeys: ['category', 'identifiedOn'] },
);

/** A valid household (as input JSON) that may carry any field of the interchange format. */
export const richHouseholdArb: fc.Arbitrary<HouseholdInput> = fc
  .record(
    {
      id: fc.stringMatching(/^H[0-9]{4,8}$/),
      region: fc.record({ province: fc.constant('云南省'), county: fc.constantFrom('香格里拉市', '龙口市'), village: fc.constant('一村') }, { requiredKeys: [] }),
      relocationSite: bool,
      relocationSiteAddress: fc.constant('安置区'),
      povertyAlleviated: bool,
      policyStatus: pick(POLICY_STATUSES),
      riskTypes: subset(RISK_TYPES),
      riskNote: fc.constant('备注'),
      disasterTypes: subset(DISASTER_TYPES, 2),
      discoveredOn: recentDate,
      monitoring: monitoringArb,
      head: richMemberArb(fc.constant('head')),
      others: fc.array(richMemberArb(pick(RELATIONS)), { maxLength: 5 }),
      income: incomeArb,
      previousPerCapitaNetIncome: moneyArb(2_000_000),
      guarantees: guaranteesArb,
      hardship: fc.record(
        { rigidSpendingExceedsIncome: bool, basicNeedsAffected: bool, sharpIncomeDrop: bool, temporaryHardship: bool, severeDifficulty: bool, noStableIncomeFromWork: bool },
        { requiredKeys: [] },
      ),
      assets: fc.record(
        {
          luxuryCar: bool,
          urbanCommercialHousing: bool,
          cashResettlementExempt: bool,
          companyWithEmployees: bool,
          highReturnCompany: bool,
          publicPayrollMember: bool,
          separatedChildPublicPayroll: bool,
          separatedChildCompany: bool,
          separatedChildrenAbleToSupport: bool,
          supporterNotPaying: bool,
          countyRuleExclusion: bool,
        },
        { requiredKeys: [] },
      ),
      policyReview: fc.record({ causeOfPovertyGone: bool, conditionsNotBelowOrdinary: bool, largeMedicalOutOfPocket: bool, disasterOrAccidentHardship: bool }, { requiredKeys: [] }),
      measures: subset(MEASURES, 4),
      noLabourSafetyNet: bool,
      events: fc.array(fc.record({ kind: pick(HOUSEHOLD_EVENTS), on: recentDate, departmentWarning: maybe(bool) }, { requiredKeys: ['kind', 'on'] }), { maxLength: 4 }),
      livingConditions: fc.record(
        { arableLand: fc.double({ min: 0, max: 30, noNaN: true }), housingArea: fc.integer({ min: 10, max: 300 }), dangerousHouseGrade: fc.constantFrom('C', 'D'), sanitaryToilet: bool, safeDrinkingWater: bool },
        { requiredKeys: [] },
      ),
      contact: fc.record({ name: fc.constant('李四'), phone: fc.constant('13900001111') }, { requiredKeys: [] }),
    },
    { requiredKeys: ['id', 'povertyAlleviated', 'head', 'others', 'income'] },
  )
  .map(({ head, others, ...rest }) => ({ ...rest, members: [head, ...others] }) as HouseholdInput);
