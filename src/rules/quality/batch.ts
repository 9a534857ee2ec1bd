/**
 * 跨户检查 — checks across households: the same ID number in two households (1_01_001, 1_12_001) and
 * the same 户编号 twice. `createBatchChecker` streams: it keeps one small entry per person (normalized
 * ID → where it was first seen) and one per household id, so millions of records can be checked
 * in one pass; `checkBatch` is the same over an iterable, collecting everything.
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * @module
 */
import { maskIdNumber, maskIdNumbersInText } from '../../explain/mask.js';
import type { Household } from '../../model/household.js';
import type { Profile } from '../../profile/schema.js';
import { citesOf } from '../../kernel/rule.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { duplicateHouseholdRule, duplicateIdRule } from './batch-rules.js';
import { runHouseholdChecks } from './check.js';
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
  /** normalized ID → `${row}:${householdId}` where it was first seen. */
  const firstSeen = new Map<string, string>();
  const householdIds = new Set<string>();
  const cross: QualityIssue[] = [];

  function duplicateHousehold(id: string): void {
    const shown = maskIdNumbersInText(id);
    cross.push({
      code: duplicateHouseholdRule.id,
      severity: duplicateHouseholdRule.severity,
      path: 'id',
      message: { zh: `户编号 ${shown} 重复出现`, en: `户编号 ${shown} occurs more than once` },
      citations: citesOf(duplicateHouseholdRule),
      values: { householdId: shown },
      households: [shown, shown],
    });
  }

  function duplicateId(normalized: string, first: string, h: Household, row: number): void {
    const colon = first.indexOf(':');
    const firstRow = Number(first.slice(0, colon));
    const firstHousehold = first.slice(colon + 1);
    const masked = maskIdNumber(normalized);
    const shownFirst = maskIdNumbersInText(firstHousehold);
    const shownThis = maskIdNumbersInText(h.id);
    cross.push({
      code: duplicateIdRule.id,
      severity: duplicateIdRule.severity,
      path: `members[${row}].idNumber`,
      message: {
        zh: `证件号码 ${masked} 同时出现在户 ${shownFirst}（第${firstRow + 1}行）和户 ${shownThis}（第${row + 1}行）`,
        en: `ID number ${masked} appears in household ${shownFirst} (member ${firstRow + 1}) and in household ${shownThis} (member ${row + 1})`,
      },
      citations: citesOf(duplicateIdRule),
      values: { idNumber: masked, paths: [`members[${firstRow}].idNumber`, `members[${row}].idNumber`] },
      households: [shownFirst, shownThis],
    });
  }

  return {
    add(h: Household): QualityIssue[] {
      const run = runHouseholdChecks(h, profile, options);
      const repeated = householdIds.has(h.id);
      if (repeated) duplicateHousehold(h.id);
      else householdIds.add(h.id);
      const members = h.members;
      for (let row = 0; row < members.length; row++) {
        const info = run.id(row);
        const normalized = info?.normalized;
        if (info === null || normalized === undefined || info.problems.includes('placeholder')) continue;
        const first = firstSeen.get(normalized);
        if (first === undefined) {
          firstSeen.set(normalized, `${row}:${h.id}`);
          continue;
        }
        // The same household (or a repeat of its 户编号): reported by the household check or as a duplicate 户编号.
        if (first.slice(first.indexOf(':') + 1) === h.id) continue;
        duplicateId(normalized, first, h, row);
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
