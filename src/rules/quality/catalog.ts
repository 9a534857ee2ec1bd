/**
 * 数据质量检查目录 — the catalogue of data-quality checks, in the order they run and report, and the
 * mapping from the national-style rule numbers of county rule sets (county-rules.md, e.g. `1_01_003`)
 * to our check codes. The generated docs render the data-quality catalogue from these.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import { ageChecks } from './age.js';
import { duplicateHouseholdRule, duplicateIdRule } from './batch-rules.js';
import { completenessChecks } from './completeness.js';
import { consistencyChecks } from './consistency.js';
import { identityChecks } from './identity.js';
import { incomeChecks } from './income.js';
import type { QualitySeverity } from './issue.js';
import { monitoringGapChecks } from './monitoring-gap.js';
import { skippedRule, type QualityRule, type QualityStep } from './run.js';
import { workChecks } from './work.js';
import { TABLE_CHECKS } from './table-checks.js';
import { VILLAGE_ROW_CHECKS } from './village.js';
import { unknownPersonRule } from './work-spells.js';
import { countyCoverage, type FamilyCoverage } from './coverage.js';
import { medicalInsuranceChecks } from './medical-insurance.js';
import { memberFieldChecks } from './member-fields.js';
import { educationChecks } from './education.js';
import { riskMeasureChecks } from './risk-measure.js';
import { measureWorkChecks } from './measure-work.js';
import { householdFactsChecks } from './household-facts.js';
import { publicWelfarePostChecks } from './public-welfare-posts.js';

/** The per-household checks, in the order they run; issues come out in this order. */
export const HOUSEHOLD_CHECKS: readonly QualityStep[] = [
  ...identityChecks,
  ...ageChecks,
  ...workChecks,
  ...incomeChecks,
  ...consistencyChecks,
  ...monitoringGapChecks,
  ...completenessChecks,
  ...memberFieldChecks,
  ...medicalInsuranceChecks,
  ...educationChecks,
  ...riskMeasureChecks,
  ...measureWorkChecks,
  ...householdFactsChecks,
  ...publicWelfarePostChecks,
];

/** Every data-quality rule header: the per-household checks, the cross-household checks, and the "not run" note. */
export const QUALITY_RULES: readonly QualityRule[] = [
  ...HOUSEHOLD_CHECKS.flatMap((s) => s.checks),
  duplicateIdRule,
  duplicateHouseholdRule,
  ...TABLE_RULES(),
  skippedRule as QualityRule,
];

/** The checks over the export's other tables (work monitoring, villages): run by `checkTables`, `createTableChecker`. */
function TABLE_RULES(): QualityRule[] {
  return [...TABLE_CHECKS.flatMap((s) => s.checks), unknownPersonRule as QualityRule, ...VILLAGE_ROW_CHECKS];
}

/** A data-quality check as the docs describe it. */
export interface QualityCheckInfo {
  /** The stable code issues carry, e.g. `quality.identity.checksum`. */
  code: string;
  severity: QualitySeverity;
  /** The family: identity, age, work, income, consistency, monitoring-gap, completeness, member-fields, medical-insurance, education, risk-measure, measure-work, household-facts, public-welfare-posts, batch, work-spells, village. */
  family: string;
  /**
   * `household` checks run on one record; `batch` checks across records (`checkBatch`,
   * `createBatchChecker`); `tables` checks read the export's other tables (`checkTables`).
   */
  scope: 'household' | 'batch' | 'tables';
  title: Text;
  description: Text;
  /** The clauses and county rules it implements, quoted. */
  citations: readonly QuotedCitation[];
  /** The national-style rule numbers of county rule sets that mean the same (county-rules.md). */
  nationalCodes: readonly string[];
  /** The profile parameters it reads. */
  parameters: readonly ParameterKey[];
  /** The household fields it reads. */
  facts: readonly string[];
}

const BATCH_CODES: ReadonlySet<string> = new Set([duplicateIdRule.id, duplicateHouseholdRule.id]);
const TABLE_CODES: ReadonlySet<string> = new Set(TABLE_RULES().map((r) => r.id));

/**
 * The catalogue of data-quality checks, in report order (the `quality.skipped` note last).
 *
 * @example
 * QUALITY_CHECKS.find((c) => c.code === 'quality.identity.checksum')?.nationalCodes // ['1_01_003', '1_12_003']
 */
export const QUALITY_CHECKS: readonly QualityCheckInfo[] = Object.freeze(
  QUALITY_RULES.map((r) =>
    Object.freeze({
      code: r.id,
      severity: r.severity,
      family: r.id.split('.')[1] ?? '',
      scope: BATCH_CODES.has(r.id) ? ('batch' as const) : TABLE_CODES.has(r.id) ? ('tables' as const) : ('household' as const),
      title: r.title,
      description: r.description,
      citations: r.citations,
      nationalCodes: r.nationalCodes,
      parameters: r.parameters,
      facts: r.facts ?? [],
    }),
  ),
);

/**
 * National-style rule number → the codes of our checks that mean the same (several county numbers
 * share one check; a few numbers map to two checks, e.g. `4_01_003` to "missing" and "placeholder").
 * Keys sorted.
 *
 * @example
 * NATIONAL_CODE_MAP['1_01_003'] // ['quality.identity.checksum']
 */
export const NATIONAL_CODE_MAP: Readonly<Record<string, readonly string[]>> = (() => {
  const map = new Map<string, string[]>();
  for (const r of QUALITY_RULES) {
    for (const n of r.nationalCodes) {
      const list = map.get(n);
      if (list) {
        if (!list.includes(r.id)) list.push(r.id);
      } else map.set(n, [r.id]);
    }
  }
  const out: Record<string, readonly string[]> = {};
  for (const key of [...map.keys()].sort()) out[key] = Object.freeze(map.get(key)!);
  return Object.freeze(out);
})();

/**
 * The county rule catalogue (county-rules.md) family by family: for each rule, the checks that cite
 * it (from their headers), or why it is out of scope, or that it is not yet answered. See coverage.ts.
 *
 * @example
 * COUNTY_COVERAGE.find((f) => f.family === '1_03')!.rules.every((r) => r.state !== 'open') // true
 */
// Marked pure so that a bundle which never reads it (the CLI's) leaves it out instead of working it out at
// every start (≈ 15 ms of CPU); `countyCoverage` only reads the catalogue.
export const COUNTY_COVERAGE: readonly FamilyCoverage[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ countyCoverage(QUALITY_RULES));
