/**
 * What every income rule of one household reads: the household, the profile, the exact figures in
 * fen with the household size over the income period (src/facts/income.ts), and the per-capita
 * rounding in force.
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import type { RoundingMode } from '../../model/money.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { Profile } from '../../profile/schema.js';
import type { IncomeFacts } from '../../facts/income.js';
import type { Tested } from '../../kernel/clause.js';

/** A per-capita rounding (`perCapitaRounding`): the mode and the step in yuan. */
export type Rounding = { mode: RoundingMode; step: '0.01' | '0.1' | '1' };

/** The context of one household's income rules. */
export interface IncomeContext {
  readonly h: Household;
  readonly profile: Profile;
  readonly income: IncomeFacts;
  /** The per-capita rounding in force; `undefined` without a household size or a parameter date (A34 and A38 are then undetermined). */
  readonly rounding: DatedValue<Rounding> | undefined;
}

/** The result of a rule that computes rather than decides: `info`, nothing of its own to carry. */
export const COMPUTED: Tested = Object.freeze({ outcome: 'info', data: undefined });
