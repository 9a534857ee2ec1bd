/**
 * A warning about an export as a whole (文件级提示): reported once, not per record.
 *
 * @module
 */
import type { Text } from '../explain/text.js';

/** Something about the file as a whole (reported once, not per record). */
export interface ImportWarning {
  code:
    | 'title-rows'
    | 'unknown-columns'
    | 'unused-columns'
    | 'absent-income-columns'
    | 'absent-income-read-as-zero'
    | 'duplicate-header'
    | 'blank-rows'
    | 'no-household-id-column'
    | 'non-contiguous-household'
    | 'undecodable-characters'
    | 'more';
  message: Text;
  /** Rows concerned (1-based). */
  rows?: number[];
  /** Headers concerned. */
  columns?: string[];
  /** For `non-contiguous-household`: the household and the positions of its records. */
  householdId?: string;
  positions?: number[];
}
