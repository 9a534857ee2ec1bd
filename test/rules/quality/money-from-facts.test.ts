/**
 * The data-quality checks that read the household's money read it from the assessment's facts
 * (`AssessmentFacts.money()`, `itemised()`: turned into fen once an assessment) and a money parameter's
 * value in fen once per (profile, parameter date) (`QualityRun.paramFen`), not `toFen` of the record's
 * strings and of the profile's amounts at every household.
 *
 * The oracle is what the checks computed before: `toFen` of the record's strings and of the parameter's
 * value, written out below for the checks that changed (the reference is the old reading, kept here as
 * the specification, not a second runner). Held on fast-check households whose amounts are missing, zero,
 * `-0`, numbers, canonical strings, one fen, and the largest amount accepted (10^13 fen), parsed and (for
 * negative amounts the parser rejects) built by hand; under every built-in profile and several dates,
 * and under profiles built by hand whose money parameters change from one date to the next. With it, the
 * counting run ≡ the explained run's issues counted by severity ≡ the interpreted counting run.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, parseHousehold, type Household, type Profile } from '../../../src/index.js';
import { AssessmentFacts } from '../../../src/facts/assessment.js';
import { MissingParameterError } from '../../../src/profile/errors.js';
import { toFen, type Money } from '../../../src/model/money.js';
import { compareWithLine } from '../../../src/kernel/line.js';
import { qualityCountsOf, qualityOf, runHouseholdChecks } from '../../../src/rules/quality/check.js';
import { countBySeverity } from '../../../src/rules/quality/issue.js';
import { resolvedParameters } from '../../../src/rules/quality/plan.js';
import { QualityRun, type MoneyParameterKey, type QualityCheck } from '../../../src/rules/quality/run.js';
import { breakdownSum, claimsDoubleCounted, lowPerCapita, operatingWithoutExpense, smallTransferItem, wageRange } from '../../../src/rules/quality/income.js';
import { HOUSEHOLD_CHECKS } from '../../../src/rules/quality/catalog.js';
import { householdArb } from './arbitraries.js';

const PROFILES = listProfiles().map((p) => getProfile(p.id));
const AS_OF = [undefined, '2021-09-30', '2023-12-15', '2024-12-31'] as const;
const options = (asOf: string | undefined, explain: boolean) => ({ ...(asOf === undefined ? {} : { asOf }), explain });
const KEYS = [...new Set(HOUSEHOLD_CHECKS.flatMap((s) => s.checks.flatMap((c) => c.parameters)))];
const MONEY_KEYS: readonly MoneyParameterKey[] = ['qualityWageRange', 'qualityMonthlyWageRange', 'qualityMinTransferItems', 'qualityLowPerCapitaIncome', 'monitoringLine'];

/** Amounts as records carry them: canonical strings (0, one fen, ordinary, the largest accepted, `-0`) and numbers. */
const amountArb: fc.Arbitrary<Money> = fc.oneof(
  fc.constantFrom('0', '0.00', '-0', '0.01', '0.1', '1', '300', '299.99', '300000', '300000.01', '100000000000', '100000000000.00', 0, 0.01, 12.5, 300, 1e11),
  fc.integer({ min: 0, max: 10_000_000_000_000 }).map((fen) => `${Math.floor(fen / 100)}${fen % 100 === 0 ? '' : `.${String(fen % 100).padStart(2, '0')}`}`),
  fc.integer({ min: 0, max: 100_000_000 }).map((fen) => fen / 100),
);
/** With negative amounts too (the parser rejects them; a household built by hand may carry them). */
const signedAmountArb: fc.Arbitrary<Money> = fc.oneof(amountArb, fc.integer({ min: -10_000_000_000_000, max: -1 }).map((fen) => `-${Math.floor(-fen / 100)}.${String(-fen % 100).padStart(2, '0')}`), fc.constantFrom(-0.01, -300));

const partsArb = (keys: readonly string[], amount: fc.Arbitrary<Money>) => fc.record(Object.fromEntries(keys.map((k) => [k, amount])), { requiredKeys: [] });

/** A household's income replaced: every amount missing (optional ones), or drawn from `amount`; parts sometimes summing to their total. */
const incomeArb = (amount: fc.Arbitrary<Money>) =>
  fc
    .record(
      {
        wage: amount,
        operating: amount,
        property: amount,
        transfer: amount,
        operatingExpense: amount,
        claims: amount,
        compliantOutOfPocket: amount,
        breakdown: fc.record(
          {
            wage: partsArb(['publicWelfarePost', 'other'], amount),
            property: partsArb(['assetIncomeDividend', 'other'], amount),
            transfer: partsArb(['familyPlanning', 'dibao', 'tekun', 'pension', 'ecologicalCompensation', 'insuranceCompensation', 'other'], amount),
          },
          { requiredKeys: [] },
        ),
        balanced: fc.boolean(),
      },
      { requiredKeys: ['wage', 'operating', 'property', 'transfer', 'operatingExpense', 'balanced'] },
    )
    .map(({ balanced, ...income }) => {
      if (balanced && income.breakdown) {
        // The totals made the sums of their parts (in fen, written back as canonical strings).
        for (const group of ['wage', 'property', 'transfer'] as const) {
          const parts = income.breakdown[group] as Record<string, Money> | undefined;
          if (!parts) continue;
          let sum = 0;
          for (const k in parts) sum += toFen(parts[k]);
          income[group] = `${sum < 0 ? '-' : ''}${Math.floor(Math.abs(sum) / 100)}.${String(Math.abs(sum) % 100).padStart(2, '0')}`;
        }
      }
      return income;
    });

/** Households that parse, their income from {@link incomeArb}. */
const parsedArb: fc.Arbitrary<Household> = fc
  .tuple(householdArb, incomeArb(amountArb), fc.option(incomeArb(amountArb), { nil: undefined }))
  .map(([h, income, atElimination]) => {
    const monitoring = h.monitoring?.eliminated && atElimination ? { ...h.monitoring, eliminated: { ...h.monitoring.eliminated, income: atElimination } } : h.monitoring;
    return parseHousehold({ ...h, income, ...(monitoring ? { monitoring } : {}) });
  })
  .filter((r) => r.ok)
  .map((r) => (r as { ok: true; household: Household }).household);

/** Households built by hand (not parsed): negative amounts too. */
const byHandArb: fc.Arbitrary<Household> = fc.tuple(householdArb, incomeArb(signedAmountArb)).map(([h, income]) => ({ ...h, income }) as Household);

/** Profiles built by hand whose money parameters change on 2023-01-01 (each table's fen must be its own). */
function withMoney(base: Profile, tag: number): Profile {
  const cite = { doc: 'test', clause: String(tag), quote: 'test' };
  const two = <V>(before: V, after: V) => [
    { from: '2015-01-01', to: '2022-12-31', value: before, citation: cite },
    { from: '2023-01-01', value: after, citation: cite },
  ];
  const parameters = {
    ...base.parameters,
    qualityWageRange: two({ min: `${1000 + tag}`, max: '5000.5' }, { min: '0.01', max: `${99999 + tag}.99` }),
    qualityMonthlyWageRange: two({ min: '400', max: `${8000 + tag}` }, { min: `${50 + tag}.5`, max: '30000' }),
    qualityMinTransferItems: two({ dibao: '1000', familyPlanning: `${tag}`, pension: '0', tekun: '5000.05' }, { dibao: '0.01', familyPlanning: '99999', pension: `${300 + tag}`, tekun: '1' }),
    qualityLowPerCapitaIncome: two(`${20000 + tag}`, '0.5'),
    monitoringLine: two('3000', `${12000 + tag}.25`),
  };
  return { ...base, id: `${base.id}+money${tag}`, parameters } as Profile;
}
const BY_HAND = [withMoney(getProfile('fujian/jinan/2023'), 1), withMoney(getProfile('shandong/longkou/2021'), 2), withMoney(getProfile('national/2021'), 3)];

// ---- The reference: each changed check's test as it read the record before (toFen of the strings). ----

const fenOf = (q: QualityRun, key: MoneyParameterKey): unknown => {
  const v = q.param(key).value as unknown;
  return typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, a]) => [k, toFen(a as Money)])) : toFen(v as Money);
};
const REFERENCE: ReadonlyMap<QualityCheck<any>, (q: QualityRun) => readonly unknown[]> = new Map<QualityCheck<any>, (q: QualityRun) => readonly unknown[]>([
  [
    breakdownSum,
    (q) => {
      const b = q.household.income.breakdown;
      if (!b) return [];
      const out: unknown[] = [];
      for (const [key, form, zh, en] of [['wage', 'A28', '工资性收入', 'wage income'], ['property', 'A30', '财产性收入', 'property income'], ['transfer', 'A31', '转移性收入', 'transfer income']] as const) {
        const parts = b[key] as Record<string, Money | undefined> | undefined;
        if (!parts) continue;
        let sum = 0;
        for (const k in parts) sum += toFen(parts[k]);
        const total = toFen(q.household.income[key]);
        if (sum !== total) out.push({ group: [key, form, zh, en], sum, total });
      }
      return out;
    },
  ],
  [
    wageRange,
    (q) => {
      const wage = toFen(q.household.income.wage);
      if (wage === 0) return [];
      const band = q.param('qualityWageRange').value;
      return wage >= toFen(band.min) && wage <= toFen(band.max) ? [] : [{ wage }];
    },
  ],
  [operatingWithoutExpense, (q) => (toFen(q.household.income.operating) > 0 && toFen(q.household.income.operatingExpense) === 0 ? [{ operating: toFen(q.household.income.operating) }] : [])],
  [
    smallTransferItem,
    (q) => {
      const t = q.household.income.breakdown?.transfer;
      if (!t) return [];
      const out: unknown[] = [];
      for (const [key, zh, en] of [['dibao', '低保金', 'dibao allowance'], ['familyPlanning', '计划生育金', 'family-planning allowance'], ['pension', '养老金', 'pension'], ['tekun', '特困供养金', 'tekun support']] as const) {
        const fen = toFen(t[key]);
        if (fen <= 0) continue;
        if (fen < toFen(q.param('qualityMinTransferItems').value[key])) out.push({ item: [key, zh, en], fen });
      }
      return out;
    },
  ],
  [
    lowPerCapita,
    (q) => {
      if (!q.household.povertyAlleviated && !q.monitored) return [];
      const f = q.income();
      if (f === null || f.size === null || f.size <= 0) return [];
      const limit = toFen(q.param('qualityLowPerCapitaIncome').value);
      return compareWithLine(f.net, f.size, limit, q.profile, q.parameterDate!) < 0 ? [{ net: f.net, size: f.size, limit }] : [];
    },
  ],
  [
    claimsDoubleCounted,
    (q) => {
      const insurance = toFen(q.household.income.breakdown?.transfer?.insuranceCompensation);
      const claims = toFen(q.household.income.claims);
      return insurance > 0 && claims > 0 ? [{ insurance, claims }] : [];
    },
  ],
]);

/** What a test returned, or the error it threw (as text). */
const outcome = (f: () => readonly unknown[]): unknown => {
  try {
    return f();
  } catch (e) {
    return e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
  }
};

/** Every changed check's test ≡ its reference, on a run with the parameters resolved (the compiled plans') and one without. */
function expectReference(h: Household, profile: Profile, asOf: string | undefined): void {
  const facts = new AssessmentFacts(h, profile, options(asOf, false));
  const on = facts.context.parameterDate;
  const runs = [new QualityRun(facts, on === null ? undefined : resolvedParameters(profile, on, KEYS)), new QualityRun(new AssessmentFacts(h, profile, options(asOf, false)))];
  for (const q of runs) for (const [check, reference] of REFERENCE) expect(outcome(() => check.test(q)), check.id).toEqual(outcome(() => reference(q)));
}

/** The counts of the counting run ≡ the explained run's issues by severity ≡ the interpreted counting run. */
function expectSameCounts(h: Household, profile: Profile, asOf: string | undefined): void {
  const explained = countBySeverity(qualityOf(new AssessmentFacts(h, profile, options(asOf, true))));
  expect(qualityCountsOf(new AssessmentFacts(h, profile, options(asOf, false)))).toEqual(explained);
  expect(runHouseholdChecks(h, profile, options(asOf, false), 'interpreted', true).counted).toEqual(explained);
}

describe('money read from the assessment’s facts ≡ toFen of the record', () => {
  test.prop([parsedArb, fc.constantFrom(...PROFILES, ...BY_HAND), fc.constantFrom(...AS_OF)], { numRuns: 300 })('households that parse: the same hits, the same counts', (h, profile, asOf) => {
    expectReference(h, profile, asOf);
    expectSameCounts(h, profile, asOf);
  });

  test.prop([byHandArb, fc.constantFrom(...PROFILES, ...BY_HAND), fc.constantFrom(...AS_OF)], { numRuns: 150 })('households built by hand, negative amounts included: the same hits', (h, profile, asOf) => {
    expectReference(h, profile, asOf);
  });

  it('the income facts asked before the checks or not: the same hits (money() hands out the income facts when they exist)', () => {
    fc.assert(
      fc.property(parsedArb, fc.constantFrom(...PROFILES), (h, profile) => {
        const fresh = new AssessmentFacts(h, profile, options('2023-12-15', false));
        const primed = new AssessmentFacts(h, profile, options('2023-12-15', false));
        try {
          primed.income();
        } catch (e) {
          if (!(e instanceof MissingParameterError)) throw e;
        }
        const on = fresh.context.parameterDate!;
        for (const check of REFERENCE.keys()) {
          expect(outcome(() => check.test(new QualityRun(primed, resolvedParameters(profile, on, KEYS))))).toEqual(outcome(() => check.test(new QualityRun(fresh))));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('money parameters in fen once per (profile, parameter date)', () => {
  const dates = ['2019-06-30', '2021-09-30', '2022-12-31', '2023-01-01', '2023-12-15', '2024-12-31'];
  const h = parseHousehold({ id: 'h1', povertyAlleviated: true, members: [{ name: '王一', sex: 'male', relation: 'head' }], income: { wage: '0', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } });
  if (!h.ok) throw new Error('fixture');

  it('paramFen ≡ toFen of the value in force (or the same error), across profiles and dates in any order, with and without a resolved table', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ profile: fc.constantFrom(...PROFILES, ...BY_HAND), on: fc.constantFrom(...dates), key: fc.constantFrom(...MONEY_KEYS), table: fc.boolean() }), { minLength: 1, maxLength: 30 }), (reads) => {
        for (const { profile, on, key, table } of reads) {
          const facts = new AssessmentFacts(h.household, profile, { asOf: on, explain: false });
          const date = facts.context.parameterDate!;
          const q = new QualityRun(facts, table ? resolvedParameters(profile, date, KEYS) : undefined);
          expect(outcome(() => [q.paramFen(key)])).toEqual(outcome(() => [fenOf(q, key)]));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a parameter the profile lacks: paramFen throws what param throws, every time', () => {
    for (const key of MONEY_KEYS) {
      const parameters: Record<string, unknown> = { ...getProfile('fujian/jinan/2023').parameters };
      delete parameters[key];
      const profile = { ...getProfile('fujian/jinan/2023'), parameters } as Profile;
      for (let k = 0; k < 2; k++) {
        const facts = new AssessmentFacts(h.household, profile, { asOf: '2023-12-15', explain: false });
        const q = new QualityRun(facts, resolvedParameters(profile, facts.context.parameterDate!, KEYS));
        expect(() => q.paramFen(key)).toThrow(MissingParameterError);
      }
    }
    // Without a date, as param does.
    const q = new QualityRun(new AssessmentFacts(h.household, getProfile('national/2021'), { explain: false }));
    expect(() => q.paramFen('monitoringLine')).toThrow(MissingParameterError);
  });
});
