/**
 * 数据清洗 — checks one household record for data-quality problems, as counties do before the
 * national database closes each year.
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 * 小甸巩固振兴组办〔2021〕1号 §三(四): "按照全国防返贫动态监测数据质量评估体系评估规则，进村入户核实核准各项数据信息".
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import { MissingParameterError } from '../../profile/errors.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { HOUSEHOLD_CHECKS } from './catalog.js';
import type { QualityCounts, QualityIssue } from './issue.js';
import { QualityRun, skippedRule, type QualityStep } from './run.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import { compileCounting, compileSteps, resolvedParameters } from './plan.js';

function reportNoStatusDate(q: QualityRun): void {
  const codes: string[] = [];
  for (const s of HOUSEHOLD_CHECKS) if (s.dated) for (const c of s.checks) codes.push(c.id);
  const why = q.facts.periodFinding().message;
  q.add(skippedRule, {
    path: '',
    message: {
      zh: `无法确定状态时点和参数取值日期（${why.zh}），${codes.length} 项需要年龄、状态或参数的检查未运行`,
      en: `the status date and parameter date are unknown (${why.en}), so ${codes.length} checks that need ages, statuses or parameters were not run`,
    },
    values: { missing: 'asOf', checks: codes },
  });
}

function reportMissingParameter(q: QualityRun, step: QualityStep, e: MissingParameterError): void {
  const rule = step.checks[0]!;
  const reason = e.reason;
  q.add(skippedRule, {
    path: '',
    message: {
      zh: `未运行检查“${rule.title.zh}”：配置 ${e.profileId} 在 ${e.on} 没有参数 ${e.parameter}${reason ? `（${reason.zh}）` : ''}`,
      en: `check "${rule.title.en}" not run: profile ${e.profileId} has no ${e.parameter} on ${e.on}${reason ? ` (${reason.en})` : ''}`,
    },
    values: { check: rule.id, parameter: e.parameter, on: e.on },
  });
}

/**
 * Checks one household for data-quality problems (数据清洗): identity and ID numbers, ages against
 * school and labour status, work, income, logical consistency, 应纳未纳, completeness, member fields,
 * medical insurance, education, risks and measures, measures and work, and household facts. Returns the
 * issues in a fixed order (check order, then member order); an empty list when the record is clean.
 * Never throws for a household that parses: a check that lacks an as-of date or a parameter (such as
 * a profile without a monitoring line) is not run, and an `info` issue `quality.skipped` says why.
 *
 * Status fields and ages are taken at the status date — the end of the income period the as-of date
 * falls in — and thresholds are read from the profile at the same context's parameter date.
 *
 * @example
 * const issues = checkDataQuality(household, getProfile('shandong/longkou/2021'), { asOf: '2021-09-30' });
 * for (const i of issues) console.log(i.severity, i.path, i.message.zh);
 * // error members[1].idNumber 第2行成员（李秀英）的身份证号码 1101**********0021 校验码错误
 */
export function checkDataQuality(h: Household, profile: Profile, options: AssessmentOptions = {}): QualityIssue[] {
  return runHouseholdChecks(h, profile, options).issues;
}

/**
 * The data-quality issues from an assessment's shared facts (the body of {@link checkDataQuality}).
 * Issues are the same whether or not the assessment is explained: each exists only when its check
 * fires, and keeps its message. Runs the compiled plan (plan.ts); {@link interpretChecks} is its oracle.
 *
 * @example
 * qualityOf(new AssessmentFacts(h, getProfile('shandong/longkou/2021'), { asOf: '2021-09-30' })).length // 0
 */
export function qualityOf(facts: AssessmentFacts): QualityIssue[] {
  return compiledChecks(facts).issues;
}

/**
 * The data-quality issues of {@link qualityOf} counted by severity, without building them (the four
 * 数据质量 columns of a result line read nothing else): the same compiled plan runs the same tests of
 * the same check objects, and where it would explain a hit and report its issue it counts one issue
 * of the check's severity. A `quality.skipped` note counts as `info`, as it is reported.
 *
 * @example
 * qualityCountsOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' }))
 * // { error: 0, warning: 1, completeness: 2, info: 0 } — countBySeverity(qualityOf(…))
 */
export function qualityCountsOf(facts: AssessmentFacts): QualityCounts {
  return compiledChecks(facts, true).counted!;
}

/** How the per-household checks run: compiled (plan.ts, the default) or interpreted (the oracle, for tests). */
export type QualityEngine = 'compiled' | 'interpreted';

/** Runs every per-household check and returns the run (its issues and cached facts, e.g. parsed ID numbers; with `counting`, its issues counted by severity in `counted`, none built). */
export function runHouseholdChecks(h: Household, profile: Profile, options: AssessmentOptions = {}, engine: QualityEngine = 'compiled', counting = false): QualityRun {
  const facts = new AssessmentFacts(h, profile, options);
  return engine === 'compiled' ? compiledChecks(facts, counting) : interpretChecks(new QualityRun(facts, undefined, counting));
}

/** The parameters the per-household checks declare (resolved once per profile and parameter date). */
const HOUSEHOLD_PARAMETERS: readonly ParameterKey[] = [...new Set(HOUSEHOLD_CHECKS.flatMap((s) => s.checks.flatMap((c) => c.parameters)))];

function stepFailed(q: QualityRun, step: QualityStep, e: unknown): void {
  if (!(e instanceof MissingParameterError)) throw e;
  reportMissingParameter(q, step, e);
}

/** The compiled run: the plan for the run's date, the parameters resolved for its profile and parameter date; counting (plan.ts `compileCounting`) or building the issues. */
function compiledChecks(facts: AssessmentFacts, counting = false): QualityRun {
  const on = facts.context.parameterDate;
  const q = new QualityRun(facts, on === null ? undefined : resolvedParameters(facts.profile, on, HOUSEHOLD_PARAMETERS), counting);
  const dated = q.statusDate !== null;
  if (!dated) reportNoStatusDate(q);
  (counting ? compileCounting : compileSteps)(HOUSEHOLD_CHECKS, dated, stepFailed)(q);
  return q;
}

/**
 * The interpreted runner (today's loop over the steps, each parameter read from the profile): the
 * oracle the compiled plan is tested against.
 *
 * @example
 * interpretChecks(new QualityRun(facts)).issues // deep-equal to qualityOf(facts)
 */
export function interpretChecks(q: QualityRun): QualityRun {
  const dated = q.statusDate !== null;
  if (!dated) reportNoStatusDate(q);
  for (const step of HOUSEHOLD_CHECKS) {
    if (step.dated && !dated) continue;
    try {
      step.run(q);
    } catch (e) {
      if (!(e instanceof MissingParameterError)) throw e;
      reportMissingParameter(q, step, e);
    }
  }
  return q;
}
