/**
 * The procedure layer's runner: a rule's test, then its explanation as the result's finding.
 *
 * This is the layer's variant of `apply` (src/kernel/clause.ts), for two reasons of the layer's shape:
 * - every procedure result (a deadline, the publicity period, the green channel, a schedule, a step's
 *   status) carries its own `finding` in a lean and an explained assessment alike — it is part of the
 *   public result, not of a `findings` list — so the explanation always runs;
 * - a procedure finding cites the parameter values that applied (the clause in force for the profile,
 *   docs/decisions.md "Procedure findings cite the clause in force for the profile"), or the rule's
 *   clauses in force; its citations are used as the rule's explanation gives them.
 *
 * Rule bodies never branch on the mode: the only lean/explained split of the layer is in `procedureOf`
 * (index.ts), which lists the undetermined deadlines of an explained assessment.
 *
 * @module
 */
import { finding, type Finding } from '../../explain/finding.js';
import type { ClauseRule, Tested } from '../../kernel/clause.js';
import { citesOf } from '../../kernel/rule.js';

/**
 * Runs a procedure rule: its test, and the finding its explanation gives (the rule's own clauses
 * when the explanation names none).
 *
 * @example
 * const { tested, finding } = run(greenChannelRule, { h, profile, on: '2023-11-08' });
 * tested.outcome // 'met'
 */
export function run<C, D>(rule: ClauseRule<C, D>, ctx: C): { tested: Tested<D>; finding: Finding } {
  const t = rule.test(ctx);
  const e = rule.explain(ctx, t, rule);
  return { tested: t, finding: finding(rule.id, t.outcome, e.message, e.citations ? [...e.citations] : citesOf(rule), e.values, t.missing ? [...t.missing] : undefined) };
}
