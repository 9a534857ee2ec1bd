/**
 * One call that runs every rule for a household under a profile (综合评估).
 *
 * @module
 */
import type { Household } from './model/household.js';
import type { Profile } from './profile/schema.js';
import { VERSION } from './version.js';
import { resolveContext, type AssessmentOptions } from './rules/context.js';
import { incomeFacts, incomeResultOf, type IncomeResult } from './rules/income.js';

/** Which library, profile and date a result was computed with — enough to reproduce it years later. */
export interface DecisionRecord {
  library: 'fangfanpin';
  version: string;
  profile: { id: string; hash: string };
  asOf: string | null;
  householdId: string;
}

/** Everything the library decides about one household. Plain JSON. */
export interface AssessmentResult {
  record: DecisionRecord;
  income: IncomeResult;
}

/**
 * Runs every rule for one household.
 *
 * @example
 * const result = assessHousehold(household, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
 * result.income.perCapitaReferenceIncome // '4400.00'
 */
export function assessHousehold(h: Household, profile: Profile, options: AssessmentOptions = {}): AssessmentResult {
  const context = resolveContext(h, profile, options);
  const facts = incomeFacts(h, profile, context);
  return {
    record: { library: 'fangfanpin', version: VERSION, profile: { id: profile.id, hash: profile.hash }, asOf: context.asOf, householdId: h.id },
    income: incomeResultOf(facts, h, profile),
  };
}
