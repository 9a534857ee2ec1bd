/**
 * Rule definitions (规则): the header of every rule — its id, the clause it implements (quoted),
 * what it checks in plain Chinese and English, and the parameters and facts it reads. The formula
 * lives in the rule's module; the header feeds the findings' citations and the generated docs.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import type { Citation, QuotedCitation } from '../explain/finding.js';
import type { ParameterKey } from '../profile/parameters/index.js';

/** The layer a rule belongs to. */
export type RuleLayer = 'income' | 'identification' | 'policy-status' | 'elimination' | 'screening' | 'procedure' | 'quality';

/** A rule's header. */
export interface RuleDefinition {
  /** Stable id, used in findings: `income.A33`, `identification.exclusion.luxury-car`, … */
  id: string;
  layer: RuleLayer;
  title: Text;
  /** The clauses implemented, quoted verbatim (at least one). */
  citations: readonly QuotedCitation[];
  /** What the code checks, in plain language. */
  description: Text;
  /** Profile parameters the rule reads. */
  parameters: readonly ParameterKey[];
  /** Household fields the rule reads (paths, for the docs). */
  facts?: readonly string[];
  /** Data-quality checks only: how serious a hit is. */
  severity?: 'error' | 'warning' | 'completeness' | 'info';
  /** Data-quality checks only: the national-style rule numbers that mean the same (county-rules.md), e.g. `1_01_003`. */
  nationalCodes?: readonly string[];
}

/** A rule header plus the citations findings carry (without quotes). */
export interface Rule extends RuleDefinition {
  /** `citations` without the quotes, shared by every finding of this rule. */
  readonly cites: readonly Citation[];
}

/**
 * Declares a rule's header.
 *
 * @example
 * export const A33 = defineRule({
 *   id: 'income.A33', layer: 'income',
 *   title: { zh: 'A33 家庭纯收入', en: 'A33 household net income' },
 *   citations: [{ doc: '临稷办发〔2023〕76号', clause: '附件1 注1', quote: 'A33=A28+A29+A30+A31-A32' }],
 *   description: { zh: '…', en: '…' }, parameters: [],
 * });
 */
export function defineRule<const T extends RuleDefinition>(def: T): T & Rule {
  const cites = Object.freeze(def.citations.map((c) => Object.freeze({ doc: c.doc, clause: c.clause })));
  return Object.freeze({ ...def, cites }) as T & Rule;
}

/** The citations of a rule, as findings carry them (a fresh array each time: results are mutable JSON). */
export function citesOf(rule: Rule, ...extra: Citation[]): Citation[] {
  const out: Citation[] = rule.cites.map((c) => ({ doc: c.doc, clause: c.clause }));
  for (const e of extra) if (!out.some((c) => c.doc === e.doc && c.clause === e.clause)) out.push({ doc: e.doc, clause: e.clause });
  return out;
}

/** {@link citesOf} lists with one extra citation, by rule, then by the (frozen) extra citation object. */
const SHARED_CITES = new WeakMap<Rule, WeakMap<Citation, readonly Citation[]>>();

/**
 * {@link citesOf} with one extra citation, as a read-only list shared by every call with the same rule
 * and the same frozen citation object (a parameter's citation in a frozen profile): for an
 * explanation whose finding copies its citations anyway (`explainTest`). A citation that is not
 * frozen (a profile built by hand) gets a fresh list each call.
 *
 * @example
 * sharedCitesOf(A34Rule, rounding.citation) // deep-equals citesOf(A34Rule, rounding.citation)
 */
export function sharedCitesOf(rule: Rule, extra: Citation): readonly Citation[] {
  if (!Object.isFrozen(extra)) return citesOf(rule, extra);
  let byExtra = SHARED_CITES.get(rule);
  if (byExtra === undefined) SHARED_CITES.set(rule, (byExtra = new WeakMap()));
  let cs = byExtra.get(extra);
  if (cs === undefined) byExtra.set(extra, (cs = Object.freeze(citesOf(rule, extra).map((c) => Object.freeze(c)))));
  return cs;
}
