/**
 * What every elimination rule of one assessment shares (风险消除评估的共同事实): the household, the
 * profile, the income period and exact income figures, the date parameters are read at, the date of
 * the elimination in question and the route (帮扶消除 / 自然消除) being assessed.
 *
 * @module
 */
import type { Citation, Finding, Outcome } from '../../explain/finding.js';
import type { Household, Member } from '../../model/household.js';
import { canWork, hasNoLabour, memberPresentOn } from '../../facts/member.js';
import type { Profile } from '../../profile/schema.js';
import type { DecidedContext } from '../../facts/context.js';
import type { IncomeFacts } from '../../facts/income.js';

/** The monitoring block of a household under monitoring. */
export type Monitoring = NonNullable<Household['monitoring']>;

/** The facts one elimination assessment shares. */
export interface EliminationContext {
  h: Household;
  profile: Profile;
  assessment: DecidedContext;
  income: IncomeFacts;
  /** The date parameters are read at (the income period's reference date); `null` without an as-of date. */
  on: string | null;
  asOf: string | null;
  monitoring: Monitoring;
  /**
   * The date of the elimination in question: the recorded A54 when the household is already
   * eliminated, else the as-of date (an elimination marked now).
   */
  eliminationDate: string | null;
  /** The route assessed: the recorded A53, else `natural` when the review says so, else `assisted`. */
  method: 'assisted' | 'natural';
  /** Members on record at the elimination date (or the parameter date). */
  members: Member[];
  /** The citation of the profile's `eliminationConditions` value. */
  conditionsCitation: Citation;
  /** Build findings (`false` in lean mode: checks then carry `finding: null`). */
  explain: boolean;
}

/** The outcome of one test, with its finding. `met` = the blocker (or flag, or look-back reason) applies. */
export interface Check {
  outcome: Outcome;
  /** The facts whose absence leaves the test `undetermined` (as the finding's `missing`). */
  missing?: string[] | undefined;
  /** The finding; `null` when the assessment is not explained (`explain: false`). */
  finding: Finding | null;
}

/** Members on record at a date (all of them when the date is unknown). */
export function membersOnRecord(h: Household, on: string | null): Member[] {
  return h.members.filter((m) => memberPresentOn(m, on));
}

