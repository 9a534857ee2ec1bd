/**
 * Findings (判定依据): every decision the library makes comes with findings — which rule, what was
 * compared with what, the clause it implements, and a Chinese and English message.
 *
 * @module
 */
import type { Text } from './text.js';

/** A reference to a clause of a document in the {@link DOCUMENTS | registry}. */
export interface Citation {
  /** The document's id in the registry — its official number, e.g. `龙扶贫组字〔2021〕1号`. */
  doc: string;
  /** The clause, in the document's own numbering, e.g. `二(二)` or `附件2 第1条`. */
  clause: string;
}

/** A citation with the quoted words, as kept in rule and parameter definitions (not in results). */
export interface QuotedCitation extends Citation {
  /** The clause's words, verbatim from the document. */
  quote?: string;
}

/**
 * How a rule came out:
 * - `met`: the rule's condition holds (it fires);
 * - `not-met`: it was tested and does not hold;
 * - `undetermined`: a fact it needs is missing (see `missing`);
 * - `info`: a computed value or a note, not a test.
 */
export type FindingOutcome = 'met' | 'not-met' | 'undetermined' | 'info';

/** Inside the rules, a finding's outcome (the package exports it as {@link FindingOutcome}; its `Outcome` is a re-scored record's). */
export type Outcome = FindingOutcome;

/** A value in a finding: money and dates as strings, counts as numbers. */
export type FindingValue = string | number | boolean | null | readonly string[];

/** One step of a decision, explained. Plain JSON. */
export interface Finding {
  /** The rule's stable id, e.g. `income.A38` or `identification.exclusion.luxury-car`. */
  rule: string;
  outcome: FindingOutcome;
  message: Text;
  citations: Citation[];
  /** What was compared with what: money as 2-place decimal strings. */
  values: Record<string, FindingValue>;
  /** For `undetermined`: the field paths of the missing facts. */
  missing?: string[];
}

/**
 * Builds a finding. Messages must already be free of ID numbers (use `maskIdNumber`).
 *
 * @example
 * finding('income.A38', 'info', { zh: 'A38 = 5733.33 元', en: 'A38 = 5733.33 yuan' },
 *   [{ doc: '临稷办发〔2023〕76号', clause: '附件1 注1' }], { A38: '5733.33' })
 */
export function finding(
  rule: string,
  outcome: FindingOutcome,
  message: Text,
  citations: Citation[],
  values: Record<string, FindingValue> = {},
  missing?: string[],
): Finding {
  const f: Finding = { rule, outcome, message, citations, values };
  if (missing && missing.length > 0) f.missing = missing;
  return f;
}

/**
 * A fresh copy of a finding, the same JSON key for key: for a finding built once and handed out
 * to every result that shows it (a result is the caller's to keep and change). Values are plain —
 * strings, numbers, booleans, `null` or lists of strings — as {@link FindingValue} says.
 *
 * @example
 * const f = finding('income.A33', 'info', { zh: 'A33 = 1.00 元', en: 'A33 = 1.00 yuan' }, [{ doc: '临稷办发〔2023〕76号', clause: '附件1 注1' }]);
 * copyFinding(f) // deep-equals f, shares no object with it
 */
export function copyFinding(f: Finding): Finding {
  const citations = new Array<Citation>(f.citations.length);
  for (let i = 0; i < citations.length; i++) citations[i] = { doc: f.citations[i]!.doc, clause: f.citations[i]!.clause };
  const values: Record<string, FindingValue> = {};
  for (const k in f.values) {
    const v = f.values[k]!;
    values[k] = Array.isArray(v) ? [...(v as readonly string[])] : v;
  }
  const out: Finding = { rule: f.rule, outcome: f.outcome, message: { zh: f.message.zh, en: f.message.en }, citations, values };
  if (f.missing) out.missing = [...f.missing];
  return out;
}
