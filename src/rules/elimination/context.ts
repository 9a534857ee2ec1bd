/**
 * What every elimination rule of one assessment shares (风险消除评估的共同事实): the household, the
 * profile, the income period and exact income figures, the date parameters are read at, the date of
 * the elimination in question and the route (帮扶消除 / 自然消除) being assessed.
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import type { Household, Member } from '../../model/household.js';
import type { EliminationCondition } from '../../profile/parameters/elimination.js';
import type { Profile } from '../../profile/schema.js';
import type { DecidedContext } from '../../facts/context.js';
import type { IncomeFacts } from '../../facts/income.js';
import type { Tested } from '../../kernel/clause.js';
import { citesOf, type Rule } from '../../kernel/rule.js';

/** The monitoring block of a household under monitoring. */
export type Monitoring = NonNullable<Household['monitoring']>;

/** What the rules that decide whether a household is reviewed at all, and by which route, read. */
export interface ReviewScope {
  readonly h: Household;
  readonly profile: Profile;
  /** The date parameters are read at (the income period's reference date); `null` without an as-of date. */
  readonly on: string | null;
}

/** The scope of a monitored household's review. */
export interface MonitoredScope extends ReviewScope {
  readonly monitoring: Monitoring;
}

/** The facts one elimination assessment shares. */
export interface EliminationContext extends MonitoredScope {
  readonly assessment: DecidedContext;
  readonly income: IncomeFacts;
  readonly asOf: string | null;
  /**
   * The date of the elimination in question: the recorded A54 when the household is already
   * eliminated, else the as-of date (an elimination marked now).
   */
  readonly eliminationDate: string | null;
  /** The route assessed: the recorded A53, else `natural` when the review says so, else `assisted`. */
  readonly method: 'assisted' | 'natural';
  /** Members on record at the elimination date (or the parameter date). */
  readonly members: readonly Member[];
  /** The citation of the profile's `eliminationConditions` value. */
  readonly conditionsCitation: Citation;
}

/** The conditions' tests, each run at most once for one assessment (`ConditionEvaluator` in conditions.ts). */
export interface ConditionTests {
  readonly context: EliminationContext;
  get(id: EliminationCondition): Tested<unknown>;
}

/** The monitoring block's elimination (A53, A54). */
export type Elimination = NonNullable<Monitoring['eliminated']>;

/** What a look-back (回头看) check reads: the assessment, the profile's list of checks, and the conditions' tests. */
export interface LookBackContext extends EliminationContext {
  /** The citation of the profile's `eliminationLookBack` value. */
  readonly lookBackCitation: Citation;
  readonly conditions: ConditionTests;
  /** The elimination on record, if any. */
  readonly eliminated: Elimination | undefined;
}

/** The look-back of a household already marked eliminated (the roll-back, re-marking and consent checks). */
export interface EliminatedLookBack extends LookBackContext {
  readonly eliminated: Elimination;
}

/**
 * The citations of a look-back finding: the rule's clauses, the profile's list, and any other that applied.
 *
 * @example
 * lookBackCites(relabelRule, ctx, line.citation) // [{ doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(二)1' }, …]
 */
export function lookBackCites(rule: Rule, c: LookBackContext, ...extra: Citation[]): Citation[] {
  return citesOf(rule, c.lookBackCitation, ...extra);
}
