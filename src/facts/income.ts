/**
 * 收支情况 — the exact income figures of a household in fen (A28–A38), the household size over the
 * income period, and the context they were computed in: derived facts every rule reads.
 *
 * 临稷办发〔2023〕76号 附件1 注1: A33=A28+A29+A30+A31-A32　A37=A33+A35-A36 (the findings that explain them
 * are the income layer's, src/rules/income/).
 *
 * @module
 */
import type { Household } from '../model/household.js';
import { formatFen, toFen, type Money } from '../model/money.js';
import { optionalParameter, parameter } from '../profile/lookup.js';
import type { DatedValue } from '../profile/parameter.js';
import type { Profile } from '../profile/schema.js';
import type { DecidedContext } from './context.js';
import { countHousehold, type MemberCount } from './household-size.js';

/**
 * 家庭收入 (A28–A37) as the record states it, in fen: each amount turned into fen once per assessment
 * and read by every layer and check that needs it (the income facts below, the data-quality checks
 * through `AssessmentFacts.money()`), instead of each turning the decimal strings into fen again.
 * Depends on the household alone — no parameter, no date — so it never throws and is the same for
 * every profile and as-of date.
 */
export interface HouseholdMoney {
  /** A28 工资性收入. */
  wage: number;
  /** A29 生产经营性收入. */
  operating: number;
  /** A30 财产性收入. */
  property: number;
  /** A31 转移性收入. */
  transfer: number;
  /** A32 生产经营性支出. */
  operatingExpense: number;
  /** A35 理赔收入. */
  claims: number;
  /** A36 合规自付支出. */
  compliantOutOfPocket: number;
  /** A33 = A28 + A29 + A30 + A31 − A32. */
  net: number;
  /** A37 = A33 + A35 − A36. */
  reference: number;
}

/**
 * The household's income amounts in fen ({@link HouseholdMoney}), A33 and A37 with them.
 *
 * @example
 * householdMoney(h).net // 1720000 when A28–A31 sum to 17200.00 yuan and A32 is 0
 */
export function householdMoney(h: Household): HouseholdMoney {
  return moneyInto(h, { wage: 0, operating: 0, property: 0, transfer: 0, operatingExpense: 0, claims: 0, compliantOutOfPocket: 0, net: 0, reference: 0 });
}

/** Writes the household's amounts in fen, A33 and A37 into `o` (a fresh object of the caller's) and returns it. */
function moneyInto<T extends HouseholdMoney>(h: Household, o: T): T {
  const i = h.income;
  const wage = (o.wage = toFen(i.wage));
  const operating = (o.operating = toFen(i.operating));
  const property = (o.property = toFen(i.property));
  const transfer = (o.transfer = toFen(i.transfer));
  const operatingExpense = (o.operatingExpense = toFen(i.operatingExpense));
  const claims = (o.claims = toFen(i.claims));
  const compliantOutOfPocket = (o.compliantOutOfPocket = toFen(i.compliantOutOfPocket));
  // 附件1 注1: A33=A28+A29+A30+A31-A32　A37=A33+A35-A36
  const net = (o.net = wage + operating + property + transfer - operatingExpense);
  o.reference = net + claims - compliantOutOfPocket;
  return o;
}

/**
 * The itemised parts (分项) of A28, A30 and A31, each total's parts summed in fen; `undefined` for a
 * total the record does not itemise. What the income layer's `income.breakdown` and the data-quality
 * check of the same test compare with the totals ({@link HouseholdMoney}).
 */
export interface ItemisedSums {
  wage: number | undefined;
  property: number | undefined;
  transfer: number | undefined;
}

const NOT_ITEMISED: ItemisedSums = Object.freeze({ wage: undefined, property: undefined, transfer: undefined });

/**
 * The sum in fen of one group's itemised parts (`toFen` of each); `undefined` when the group is not itemised.
 *
 * @example
 * sumOfParts({ pension: '1200.50', subsidy: '300' }) // 150050
 */
export function sumOfParts(parts: Readonly<Record<string, Money | undefined>> | undefined): number | undefined {
  if (parts === undefined) return undefined;
  let sum = 0;
  for (const k in parts) sum += toFen(parts[k]);
  return sum;
}

/**
 * The sums of the itemised parts in fen ({@link ItemisedSums}); a shared frozen object when nothing is itemised.
 *
 * @example
 * itemisedSums(h).transfer // 236196 when the transfer items sum to 2361.96 yuan; undefined when not itemised
 */
export function itemisedSums(h: Household): ItemisedSums {
  const b = h.income.breakdown;
  if (b === undefined) return NOT_ITEMISED;
  return { wage: sumOfParts(b.wage), property: sumOfParts(b.property), transfer: sumOfParts(b.transfer) };
}

/** Exact income figures in fen, for the rules: the household's amounts ({@link HouseholdMoney}) and its size. */
export interface IncomeFacts extends HouseholdMoney {
  context: DecidedContext;
  /** 家庭人口数, or `null` when it cannot be counted (changes recorded, period unknown). */
  size: number | null;
  /** The count behind `size`, member by member; `null` when it cannot be counted. */
  counted: { size: number; members: MemberCount[] } | null;
  /** The counting rule in force (`householdSizeRule`); `undefined` without a parameter date. */
  sizeRule: DatedValue<'period-end' | 'all-listed' | 'any-time-in-period'> | undefined;
  /** `deathDuringIdentification` when it applied (a discovery date on record); `undefined` otherwise. */
  deathsRule: DatedValue<'counted' | 'not-counted'> | undefined;
  /** The amounts as money text, once asked ({@link incomeTexts}); `undefined` until then. */
  texts: IncomeTexts | undefined;
}

/** The amounts of {@link HouseholdMoney} as 2-place decimal strings (`formatFen`), for explanations. */
export type IncomeTexts = { readonly [K in keyof HouseholdMoney]: string };

/**
 * The income facts' amounts formatted as money (`formatFen` of each), formatted once for the
 * assessment: the explanations of A33, A37, A34, A38 and the line tests show the same amounts
 * several times each. The facts object lives for one assessment, so the texts do too.
 *
 * @example
 * incomeTexts(facts.income()).net // formatFen(facts.income().net)
 */
export function incomeTexts(f: IncomeFacts): IncomeTexts {
  return (f.texts ??= {
    wage: formatFen(f.wage),
    operating: formatFen(f.operating),
    property: formatFen(f.property),
    transfer: formatFen(f.transfer),
    operatingExpense: formatFen(f.operatingExpense),
    claims: formatFen(f.claims),
    compliantOutOfPocket: formatFen(f.compliantOutOfPocket),
    net: formatFen(f.net),
    reference: formatFen(f.reference),
  });
}

/**
 * The parameters {@link incomeFacts} reads, which depend on the profile and the context alone: the
 * counting rule and, with a discovery date, the rule for deaths during identification.
 */
export interface IncomeLookups {
  sizeRule: IncomeFacts['sizeRule'];
  deathsRule: IncomeFacts['deathsRule'];
}

/**
 * Looks up {@link IncomeLookups} for a context, in the order the income facts always read them (so the
 * first missing one is the error: `MissingParameterError` for `householdSizeRule`).
 *
 * @example
 * incomeLookups(getProfile('fujian/jinan/2023'), planFor(getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' }).context(undefined)).sizeRule?.value // 'period-end'
 */
export function incomeLookups(profile: Profile, context: DecidedContext): IncomeLookups {
  const on = context.parameterDate;
  const sizeRule = on ? parameter(profile, 'householdSizeRule', on) : undefined;
  // S000 附件1 注3: a death during identification (discovery .. identification) still counts.
  const deathsRule = on && context.discoveredOn ? optionalParameter(profile, 'deathDuringIdentification', on) : undefined;
  return { sizeRule, deathsRule };
}

/**
 * The exact income figures of a household (no findings). `lookups`: the context's parameters looked up
 * beforehand ({@link incomeLookups}: the compiled plan keeps them per context); without it they are
 * looked up here. `money`: the household's amounts in fen already worked out ({@link householdMoney}:
 * `AssessmentFacts.money()` shares them with the data-quality checks); without it they are worked out here.
 */
export function incomeFacts(h: Household, profile: Profile, context: DecidedContext, lookups?: IncomeLookups, money?: HouseholdMoney): IncomeFacts {
  const { sizeRule, deathsRule: deaths } = lookups ?? incomeLookups(profile, context);
  const window = deaths?.value === 'counted' ? { from: context.discoveredOn!, ...(h.monitoring ? { to: h.monitoring.identifiedOn } : {}) } : null;
  const counted = countHousehold(h, sizeRule?.value ?? 'period-end', context.period, window);
  const size = counted ? counted.size : null;
  const f: IncomeFacts = { context, size, counted, sizeRule, deathsRule: deaths, wage: 0, operating: 0, property: 0, transfer: 0, operatingExpense: 0, claims: 0, compliantOutOfPocket: 0, net: 0, reference: 0, texts: undefined };
  if (money === undefined) return moneyInto(h, f); // the amounts written straight into the facts: no second object
  f.wage = money.wage;
  f.operating = money.operating;
  f.property = money.property;
  f.transfer = money.transfer;
  f.operatingExpense = money.operatingExpense;
  f.claims = money.claims;
  f.compliantOutOfPocket = money.compliantOutOfPocket;
  f.net = money.net;
  f.reference = money.reference;
  return f;
}

