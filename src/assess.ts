/**
 * 综合评估 — one call that runs every rule for a household under a profile: income (A33–A38),
 * identification (纳入监测), policy status (脱贫享受政策), risk elimination (风险消除 and the look-back),
 * screening (集中排查), procedure deadlines, and data quality (数据清洗), with a decision record that
 * names the library version, the profile and its content hash, so any result can be reproduced.
 *
 * @module
 */
import type { Household } from './model/household.js';
import type { Profile } from './profile/schema.js';
import { VERSION } from './version.js';
import type { AssessmentOptions } from './facts/context.js';
import { AssessmentFacts } from './facts/assessment.js';
import type { AssessmentPlan } from './facts/plan.js';
import { incomeOf, type IncomeResult } from './rules/income/index.js';
import { monitoringDecisionOf, monitoringOf, type MonitoringDecision, type MonitoringResult } from './rules/identification/index.js';
import { policyStatusDecisionOf, policyStatusOf, type PolicyStatusDecision, type PolicyStatusResult } from './rules/policy-status/index.js';
import { eliminationDecisionOf, eliminationOf, type EliminationDecision, type EliminationResult } from './rules/elimination/index.js';
import { screeningGroupsOf, screeningOf, type ScreeningDecision, type ScreeningResult } from './rules/screening/index.js';
import { procedureOf, type ProcedureResult } from './rules/procedure/index.js';
import type { QualityIssue } from './rules/quality/index.js';
import type { QualityCounts } from './rules/quality/issue.js';
import { qualityCountsOf, qualityOf } from './rules/quality/check.js';
import { calendarWith } from './calendar/define.js';

/** Which library, profile and date a result was computed with — enough to reproduce it years later. */
export interface DecisionRecord {
  library: 'fangfanpin';
  /** The library version (semver in rules terms, see CHANGELOG.md). */
  version: string;
  /** The profile's id and the SHA-256 of its canonical JSON. */
  profile: { id: string; hash: string };
  /** The as-of date used (the caller's, else the profile's default); `null` when neither. */
  asOf: string | null;
  /** The income period used; `null` when it could not be determined. */
  period: { from: string; to: string } | null;
  /** 户编号. */
  householdId: string;
}

export type { ProcedureResult };

/** Everything the library decides about one household. Plain JSON: `JSON.parse(JSON.stringify(r))` deep-equals `r`. */
export interface AssessmentResult {
  record: DecisionRecord;
  /** A33, A34, A37, A38 and the household size. */
  income: IncomeResult;
  /** 纳入监测 and the category (A3). */
  monitoring: MonitoringResult;
  /** 脱贫享受政策 / 不享受政策 (脱贫户 only). */
  policyStatus: PolicyStatusResult;
  /** 风险消除, roll-back (回退), re-marking (风险再标注), relabelling. */
  elimination: EliminationResult;
  /** 集中排查 focus groups. */
  screening: ScreeningResult;
  /** Deadlines and the green channel. */
  procedure: ProcedureResult;
  /** 数据清洗: data-quality issues of the record. */
  quality: QualityIssue[];
}

/**
 * Runs every rule for one household under a profile.
 *
 * Throws `MissingParameterError` when the profile lacks a parameter a decision needs (e.g. a
 * monitoring line for `national/2021` or `shandong/linzi/2023`): supply it with `defineProfile`.
 * Data-quality checks never throw; a check that cannot run says so in an `info` issue.
 *
 * With `{ explain: false }` (lean mode, for batch re-scoring) every decision, category, reason id
 * list, value and data-quality issue is the same, and every `findings` array is empty: no finding
 * is built. The full explanation of any household can be regenerated later from the same input,
 * profile and library version (`fangfanpin explain`).
 *
 * @example
 * const lean = assessHousehold(household, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false });
 * lean.monitoring.category  // 'marginal' (as explained)
 * lean.monitoring.findings  // []
 *
 * @example
 * const result = assessHousehold(household, getProfile('fujian/jinan/2023'));
 * result.monitoring.eligible          // true
 * result.monitoring.category          // 'marginal'
 * result.income.perCapitaReferenceIncome // '4400.00'
 * result.record.profile.id            // 'fujian/jinan/2023'
 */
export function assessHousehold(h: Household, profile: Profile, options: AssessmentOptions = {}): AssessmentResult {
  return assessWith(h, profile, options, undefined);
}

/**
 * {@link assessHousehold} on the interpreted path: the context decided afresh for this household
 * instead of read from the compiled plan of (profile, options). The oracle of the compiled path in
 * the tests; the same result.
 *
 * @example
 * assessInterpreted(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false }) // deep-equals assessHousehold(…)
 */
export function assessInterpreted(h: Household, profile: Profile, options: AssessmentOptions = {}): AssessmentResult {
  return assessWith(h, profile, options, null);
}

function assessWith(h: Household, profile: Profile, options: AssessmentOptions, plan: AssessmentPlan | null | undefined): AssessmentResult {
  // The context, income facts and members on record are worked out once and shared by every layer;
  // the context comes from the plan compiled for (profile, options) unless `plan` is null.
  const facts = new AssessmentFacts(h, profile, options, false, plan);
  const context = facts.context;
  const income = incomeOf(facts);
  return {
    record: {
      library: 'fangfanpin',
      version: VERSION,
      profile: { id: profile.id, hash: profile.hash },
      asOf: context.asOf,
      period: context.period ? { from: context.period.from, to: context.period.to } : null,
      householdId: h.id,
    },
    income,
    monitoring: monitoringOf(facts),
    policyStatus: policyStatusOf(facts),
    elimination: eliminationOf(facts),
    screening: screeningOf(facts),
    procedure: procedureOf(facts),
    quality: qualityOf(facts),
  };
}

/**
 * What a result line and a run's summary read of an assessment (结果行所需): the decisions of
 * {@link AssessmentResult} without the decision record and the procedure, and the data-quality issues
 * counted by severity instead of listed. Internal to re-scoring (src/rescore/score.ts): the CLI's result
 * lines and rows show nothing else.
 */
export interface RowAssessment {
  income: IncomeResult;
  /** The decision, category, visit list (without citations), signs, missing facts and exclusions. */
  monitoring: MonitoringDecision;
  /** The outcome and status: a recorded 脱贫不享受政策's criteria are not tested unless one could throw. */
  policyStatus: PolicyStatusDecision;
  /** The review's outcome, yes/no and blockers: its mark and look-back (回头看) are not run. */
  elimination: EliminationDecision;
  /** The groups: those left undetermined and the facts they lack are not collected. */
  screening: ScreeningDecision;
  /** The issues of `quality` counted by severity (none built). */
  qualityCounts: QualityCounts;
}

/**
 * {@link assessHousehold} reduced to what a result line reads ({@link RowAssessment}): the same layers
 * on the same facts, in the same order, so the same decisions and the same error when one throws;
 * data quality runs the same compiled checks and counts their hits (`qualityCountsOf`) instead of
 * building the issues; the elimination review stops at its decision (`eliminationDecisionOf`: the
 * mark and the look-back, which no line shows, are not run unless one of them could throw); the
 * procedure (deadlines and the green channel, which no line shows) is not worked out. `procedureOf` throws for one reason only — holiday notices that are not valid
 * (`calendarWith`); a deadline it cannot count is undetermined, and the parameters it reads are
 * looked up only when the profile sets them — so that check alone is made, in its place.
 *
 * @example
 * const r = assessForRow(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false });
 * r.monitoring            // deep-equals assessHousehold(h, …).monitoring
 * r.elimination.blockers  // assessHousehold(h, …).elimination.blockers
 * r.qualityCounts.warning // the warnings of assessHousehold(h, …).quality
 */
export function assessForRow(h: Household, profile: Profile, options: AssessmentOptions = {}): RowAssessment {
  const facts = new AssessmentFacts(h, profile, options, false, undefined);
  const income = incomeOf(facts);
  const monitoring = monitoringDecisionOf(facts);
  const policyStatus = policyStatusDecisionOf(facts);
  const elimination = eliminationDecisionOf(facts);
  const screening = screeningGroupsOf(facts);
  const holidays = facts.options.holidays;
  if (holidays) calendarWith(holidays);
  return { income, monitoring, policyStatus, elimination, screening, qualityCounts: qualityCountsOf(facts) };
}
