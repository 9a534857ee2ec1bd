/**
 * The result row (结果行) of a scored household, made where the household was scored — in a worker
 * thread for a large run — so that only a flat row crosses back to the writing thread, not the
 * whole result. The columns are the importer's default result columns (src/io/columns.ts).
 *
 * @module
 */
import type { AssessmentResult, RowAssessment } from '../assess.js';
import { maskIdNumbersInText, reportText } from '../explain/mask.js';
import type { Household } from '../model/household.js';
import { RESULT_COLUMN_VALUES, resultRow, type ResultSummary } from '../io/columns.js';
import { recordedStateOf } from '../present/result-labels.js';
import type { TableRow } from '../io/write.js';

/**
 * A 户编号 as it may be written in a file: anything in it shaped like an ID number (some exports key
 * households by the head's ID number; valid or not, half- or full-width) is masked
 * ({@link maskIdNumbersInText}); any other 户编号 stays readable. A control character is shown as
 * U+FFFD ({@link reportText}).
 *
 * @example
 * safeHouseholdId('11010519491231002X') // '1101**********002X'
 * safeHouseholdId('110105194912310029') // '1101**********0029' (wrong check digit: masked all the same)
 * safeHouseholdId('53340100000001')     // '53340100000001'
 */
export function safeHouseholdId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return reportText(id);
}

/**
 * The result row of a household: 户编号 (masked if it is an ID number), village, the export's recorded
 * category beside the recomputed outcome and category, the facts to verify, income figures, policy
 * status, elimination, screening groups, data-quality counts (columns: `RESULT_COLUMNS`). From a
 * {@link RowAssessment} the counts are its `qualityCounts`, the same numbers.
 *
 * @example
 * householdRow(h, assessHousehold(h, profile), 'zh') // { householdId: 'H1', village: '一村', recordedCategory: '非监测对象', outcome: '认定', category: '边缘易致贫户', … }
 */
export function householdRow(h: Household, result: AssessmentResult | RowAssessment, language: 'zh' | 'en'): TableRow {
  const row = resultRow(
    { ...(result as unknown as ResultSummary), householdId: safeHouseholdId(h.id)!, village: h.region?.village === undefined ? undefined : maskIdNumbersInText(h.region.village), recorded: recordedStateOf(h) },
    language,
  );
  const counts = (result as Partial<RowAssessment>).qualityCounts;
  if (counts !== undefined) {
    // No issue list: each data-quality column shows its severity's count.
    const cells = row as Record<string, unknown>;
    for (const key in RESULT_COLUMN_VALUES) {
      const spec = RESULT_COLUMN_VALUES[key]!;
      if (spec.kind === 'quality') cells[key] = counts[spec.severity];
    }
  }
  return row;
}
