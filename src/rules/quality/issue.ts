/**
 * 数据质量问题 — what a data-quality check reports: a stable code (the check's rule id), a
 * severity, the field path, a Chinese and English message with ID and phone numbers masked, the
 * citations, and the values that were compared.
 *
 * @module
 */
import type { Citation, FindingValue } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';

/**
 * How serious an issue is:
 * - `error`: impossible or contradictory data (a wrong checksum, two heads, a 10-year-old with a job);
 * - `warning`: suspicious data that needs a human look (疑似问题);
 * - `completeness`: a required value is missing;
 * - `info`: a note (an ID to upgrade, a check that could not run).
 */
export type QualitySeverity = 'error' | 'warning' | 'completeness' | 'info';

/**
 * How many data-quality issues a household has of each severity (质量问题计数) — what the four 数据质量
 * columns of a result line show. A run that counts (`qualityCountsOf`) decides every hit with the same
 * check objects as one that builds the issues, and builds none.
 */
export interface QualityCounts {
  error: number;
  warning: number;
  completeness: number;
  info: number;
}

/**
 * The issues of a list counted by severity.
 *
 * @example
 * countBySeverity([{ severity: 'error' }, { severity: 'info' }]) // { error: 1, warning: 0, completeness: 0, info: 1 }
 */
export function countBySeverity(issues: readonly { readonly severity: string }[]): QualityCounts {
  let error = 0;
  let warning = 0;
  let completeness = 0;
  let info = 0;
  for (let k = 0; k < issues.length; k++) {
    const v = issues[k]!.severity;
    if (v === 'error') error++;
    else if (v === 'warning') warning++;
    else if (v === 'completeness') completeness++;
    else if (v === 'info') info++;
  }
  return { error, warning, completeness, info };
}

/** One data-quality problem. Plain JSON. */
export interface QualityIssue {
  /** The check's stable id, e.g. `quality.identity.checksum`. */
  code: string;
  severity: QualitySeverity;
  /** The field path in the household record, e.g. `members[2].idNumber`; `''` for the record as a whole. */
  path: string;
  /** What is wrong, in Chinese and English. ID and phone numbers are masked. */
  message: Text;
  citations: Citation[];
  /** What was compared with what: money as 2-place decimal strings, ID numbers masked. */
  values?: Record<string, FindingValue>;
  /** Cross-household issues only (`checkBatch`, `createBatchChecker().finish()`): the households involved (户编号), in input order. */
  households?: string[];
}

/**
 * Masks a phone number: the first three and the last four digits stay (the usual 138****5678);
 * shorter numbers keep only their last two characters.
 *
 * @example
 * maskPhone('13812345678') // '138****5678'
 * maskPhone('87480420')    // '******20'
 */
export function maskPhone(phone: string): string {
  const s = String(phone);
  if (s.length >= 11) return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
  if (s.length <= 2) return '*'.repeat(s.length);
  return '*'.repeat(s.length - 2) + s.slice(-2);
}

/**
 * True for a mainland mobile number as county rules expect it (2_01_014, 5_13_003): 11 digits,
 * starting with 1 and a second digit 3–9.
 *
 * @example
 * isMobileNumber('13812345678') // true
 * isMobileNumber('87480420')    // false
 */
export function isMobileNumber(phone: string): boolean {
  if (phone.length !== 11 || phone.charCodeAt(0) !== 49 /* 1 */) return false;
  const second = phone.charCodeAt(1);
  if (second < 51 /* 3 */ || second > 57) return false;
  for (let i = 2; i < 11; i++) {
    const c = phone.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
