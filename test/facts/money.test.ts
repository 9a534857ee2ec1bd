/**
 * Money carried as fen (src/facts/income.ts `householdMoney`, `itemisedSums`; src/facts/assessment.ts
 * `money()`, `itemised()`): a household's amounts are turned into fen once per assessment and shared —
 * the income facts read them, and so may the data-quality checks. The oracle is the record itself:
 * each amount through `toFen`, A33 and A37 by the form's formulas (临稷办发〔2023〕76号 附件1 注1), and
 * the income layer's own `income.breakdown` rule for the itemised sums; `incomeTexts` (the amounts
 * formatted once for the explanations) against `formatFen` of each.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, parseHousehold, toFen, type Household, type Profile } from '../../src/index.js';
import { AssessmentFacts } from '../../src/facts/assessment.js';
import { householdMoney, incomeTexts, itemisedSums } from '../../src/facts/income.js';
import { formatFen } from '../../src/model/money.js';
import { breakdownRule, ITEMISED } from '../../src/rules/income/breakdown.js';
import { generatedHouseholds } from '../support/generated-households.js';
import { householdArb } from '../arbitraries.js';
import { household } from '../builders.js';
import { dateBetween, richHouseholdArb } from '../perf/households.js';

const PROFILES: Profile[] = listProfiles().map((p) => getProfile(p.id));

/** The amounts as the record states them, each through `toFen`; A33 and A37 by 附件1 注1. */
function expectedMoney(h: Household) {
  const i = h.income;
  const wage = toFen(i.wage);
  const operating = toFen(i.operating);
  const property = toFen(i.property);
  const transfer = toFen(i.transfer);
  const operatingExpense = toFen(i.operatingExpense);
  const claims = toFen(i.claims);
  const compliantOutOfPocket = toFen(i.compliantOutOfPocket);
  // A33=A28+A29+A30+A31-A32　A37=A33+A35-A36
  const net = wage + operating + property + transfer - operatingExpense;
  return { wage, operating, property, transfer, operatingExpense, claims, compliantOutOfPocket, net, reference: net + claims - compliantOutOfPocket };
}

/** The keys of `like` read from `o` (an IncomeFacts carries the amounts among its other facts). */
function pick<T extends object>(o: object, like: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(like)) out[k] = (o as Record<string, unknown>)[k];
  return out as T;
}

/** The sums the income layer's `income.breakdown` rule compares with each itemised total. */
function ruleSums(h: Household, profile: Profile) {
  const out: Record<string, number | undefined> = {};
  for (const part of Object.keys(ITEMISED) as (keyof typeof ITEMISED)[]) {
    out[part] = h.income.breakdown?.[part] === undefined ? undefined : breakdownRule.test({ h, profile, income: householdMoney(h) as never, rounding: undefined, part }).data.sum;
  }
  return out;
}

function expectShared(h: Household, profile: Profile, asOf: string | undefined): void {
  const facts = new AssessmentFacts(h, profile, asOf ? { asOf, explain: false } : { explain: false });
  const money = facts.money();
  const expected = expectedMoney(h);
  expect(pick(money, expected)).toStrictEqual(expected);
  expect(householdMoney(h)).toStrictEqual(expected);
  expect(facts.money()).toBe(money); // once per assessment
  expect({ ...facts.itemised() }).toStrictEqual(ruleSums(h, profile));
  expect(facts.itemised()).toBe(facts.itemised());
  // The income facts carry the same figures (when the profile lets them be worked out at all).
  let income;
  try {
    income = facts.income();
  } catch (e) {
    expect((e as Error).name).toBe('MissingParameterError');
    return;
  }
  for (const k of Object.keys(money) as (keyof typeof money)[]) expect(income[k], k).toBe(money[k]);
  // The amounts as money text (formatted once for the assessment's explanations): formatFen of each figure.
  const texts = incomeTexts(income);
  expect({ ...texts }).toStrictEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, formatFen(v)])));
  expect(incomeTexts(income)).toBe(texts);
  // An elimination review of the same household reads the same amounts.
  expect(pick(facts.forElimination().money(), expected)).toStrictEqual(expected);
  // Asked after the income facts, the amounts are theirs (no second object), the same figures.
  const later = new AssessmentFacts(h, profile, asOf ? { asOf, explain: false } : { explain: false });
  later.income();
  expect(pick(later.money(), expected)).toStrictEqual(expected);
}

describe('money carried as fen: turned into fen once per assessment, the same figures as the record', () => {
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), fc.option(dateBetween(2019, 2026), { nil: undefined })], { numRuns: 300 })(
    '附件1 注1: rich households — money() ≡ toFen of each amount, A33/A37 by the formulas; itemised() ≡ the income.breakdown rule\'s sums; income() carries them',
    (input, profile, asOf) => {
      const r = parseHousehold(input);
      expect(r.ok).toBe(true);
      if (r.ok) expectShared(r.household, profile, asOf);
    },
  );

  test.prop([householdArb, fc.constantFrom(...PROFILES)], { numRuns: 200 })('simple households (amounts as numbers and strings): the same', (input, profile) => {
    const r = parseHousehold(input);
    if (r.ok) expectShared(r.household, profile, undefined);
  });

  it('households of a generated export (accepted records, the CSV importer): the same under every profile', async () => {
    const { households } = await generatedHouseholds({ households: 300, seed: 2114, rejectedPercent: 5 });
    expect(households.length).toBeGreaterThan(250);
    for (const h of households) for (const profile of PROFILES) expectShared(h, profile, '2023-12-15');
  });

  it('a household changed between two assessments: the second reads the new amounts (nothing is kept beyond one assessment)', () => {
    const h = household({ income: { wage: '1000.50', breakdown: { wage: { publicWelfarePost: '200', other: '800.50' } } } });
    const profile = getProfile('fujian/jinan/2023');
    const first = new AssessmentFacts(h, profile, { asOf: '2023-12-15' });
    expect(first.money().wage).toBe(100050);
    expect(first.itemised().wage).toBe(100050);
    h.income.wage = '1200';
    h.income.breakdown!.wage!.other = '1000';
    const second = new AssessmentFacts(h, profile, { asOf: '2023-12-15' });
    expect(second.money().wage).toBe(120000);
    expect(pick(second.money(), expectedMoney(h))).toStrictEqual(expectedMoney(h));
    expect(second.itemised().wage).toBe(120000);
    expect(second.income().net).toBe(second.money().net);
  });
});
