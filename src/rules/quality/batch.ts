/**
 * 跨户检查 — runs the checks across households (batch-rules.ts: the same ID number in two households,
 * 1_01_001 / 1_12_001, and the same 户编号 twice) beside each household's own checks.
 * `createBatchChecker` streams: each check keeps one small entry per person (normalized ID → where it
 * was first seen) or per household id, so millions of records can be checked in one pass;
 * `checkBatch` is the same over an iterable, collecting everything.
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import type { Profile } from '../../profile/schema.js';
import { citesOf } from '../../kernel/rule.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { BATCH_CHECKS } from './batch-rules.js';
import { runHouseholdChecks, type QualityEngine } from './check.js';
import type { QualityIssue } from './issue.js';

/** A streaming data-quality checker over many households. */
export interface BatchChecker {
  /** Checks one household; returns its own issues (as `checkDataQuality`) and remembers its ID numbers. */
  add(h: Household): QualityIssue[];
  /** The cross-household issues found so far, in the order they were found. Call once all households are added. */
  finish(): QualityIssue[];
}

/** The result of {@link checkBatch}. */
export interface BatchResult {
  /**
   * Each household's issues by 户编号, in input order (every household has an entry, empty when
   * clean). A 户编号 that occurs twice gets the issues of both records, and a cross-household issue.
   */
  byHousehold: Map<string, QualityIssue[]>;
  /** Issues across households (duplicate ID numbers, duplicate 户编号), in the order found. */
  crossHousehold: QualityIssue[];
}

/**
 * A streaming checker for millions of records: `add(h)` returns the household's issues at once;
 * `finish()` returns the cross-household issues — an ID number already seen in another household
 * (both households named), a 户编号 seen before. Memory per record is one map entry per person
 * (normalized ID → first household and row) and one per household id. A 户编号 shaped like an
 * ID number is masked in messages and in `households` alike (domain.md §11).
 *
 * @example
 * const checker = createBatchChecker(getProfile('fujian/jinan/2023'), { asOf: '2023-09-30' });
 * for await (const h of households) write(h.id, checker.add(h));
 * const cross = checker.finish(); // e.g. quality.batch.duplicate-id with households ['H1', 'H7']
 */
export function createBatchChecker(profile: Profile, options: AssessmentOptions = {}): BatchChecker {
  return batchChecker(profile, options, 'compiled');
}

/**
 * {@link createBatchChecker} with the engine that runs each household's checks: `interpreted` is the
 * oracle the compiled plan is tested against (not part of the public API).
 *
 * @example
 * batchChecker(profile, { asOf: '2023-09-30' }, 'interpreted').add(h) // deep-equal to createBatchChecker(…).add(h)
 */
export function batchChecker(profile: Profile, options: AssessmentOptions, engine: QualityEngine): BatchChecker {
  const tests = BATCH_CHECKS.map((check) => ({ check, test: check.start() }));
  const cross: QualityIssue[] = [];
  return {
    add(h: Household): QualityIssue[] {
      const run = runHouseholdChecks(h, profile, options, engine);
      for (const { check, test } of tests) {
        for (const hit of test(h, run)) {
          const e = check.explain(hit);
          cross.push({ code: check.id, severity: check.severity, path: e.path, message: e.message, citations: citesOf(check), values: e.values, households: e.households });
        }
      }
      return run.issues;
    },
    finish(): QualityIssue[] {
      return cross.slice();
    },
  };
}

/**
 * Checks many households: each one's issues, and the cross-household issues (duplicate ID numbers
 * across households, duplicate 户编号). For millions of records use {@link createBatchChecker}, which
 * does not keep the issues.
 *
 * @example
 * const { byHousehold, crossHousehold } = checkBatch([h1, h2], getProfile('yunnan/xiaozhongdian/2021'));
 * byHousehold.get(h1.id) // h1's issues
 * crossHousehold         // e.g. the same ID number in h1 and h2
 */
export function checkBatch(households: Iterable<Household>, profile: Profile, options: AssessmentOptions = {}): BatchResult {
  const checker = createBatchChecker(profile, options);
  const byHousehold = new Map<string, QualityIssue[]>();
  for (const h of households) {
    const issues = checker.add(h);
    const prior = byHousehold.get(h.id);
    if (prior) prior.push(...issues);
    else byHousehold.set(h.id, issues);
  }
  return { byHousehold, crossHousehold: checker.finish() };
}
