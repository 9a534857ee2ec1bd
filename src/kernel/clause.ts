/**
 * A rule is one object under its clause (条款即规则): the header — id, title, the clause quoted, the
 * parameters and facts it reads — the **test** that decides it, and the **explanation** built only
 * when asked. The test returns the three-valued outcome, the record facts it lacked, and the data
 * its explanation reads; it never builds a message. A layer runs its rules with {@link apply}, which
 * calls the same test in a lean and an explained assessment and the explanation only in the second,
 * so lean ≡ explained by construction: no rule body branches on the mode.
 *
 * @module
 */
import type { Citation, Finding, FindingOutcome, FindingValue } from '../explain/finding.js';
import { finding } from '../explain/finding.js';
import type { Text } from '../model/labels.js';
import type { Profile } from '../profile/schema.js';
import { allInForce, citeInForce } from './in-force.js';
import { defineRule, type Rule, type RuleDefinition } from './rule.js';

/** What a rule's test found. Plain data; never read for a message in lean mode. */
export interface Tested<D = undefined> {
  /** `met` (the rule fires), `not-met`, `undetermined` (a fact is missing: see `missing`), `info`. */
  readonly outcome: FindingOutcome;
  /** The field paths (or `parameters.<key>`) whose absence left it undetermined. */
  readonly missing?: readonly string[];
  /** What the explanation reads: the values compared. */
  readonly data: D;
}

/** A rule's explanation of one test: the message, what was compared with what, and the clauses in force. */
export interface Explained {
  message: Text;
  values: Record<string, FindingValue>;
  /** The clauses the finding cites: the parameter values that applied (default: the rule's own clauses). */
  citations?: readonly Citation[];
}

/** A rule with its test and explanation, over a layer's context `C`. */
export interface ClauseRule<C, D = undefined> extends Rule {
  readonly test: (ctx: C) => Tested<D>;
  /** The explanation of a test; `rule` is the rule itself (its title, its clauses). */
  readonly explain: (ctx: C, t: Tested<D>, rule: Rule) => Explained;
}

/**
 * Declares a rule under its clause: the header, the test and the explanation together.
 *
 * @example
 * export const luxuryCar = clauseRule({
 *   id: 'identification.exclusion.luxury-car', layer: 'identification',
 *   title: { zh: '排除：拥有并经常使用高档乘用车辆', en: 'exclusion: owns and regularly uses a high-end car' },
 *   citations: [{ doc: '龙扶贫组字〔2021〕1号', clause: '二(二) 排除情形1', quote: '1. 拥有并经常使用高档乘用车辆的;' }],
 *   description: { zh: '…', en: '…' }, parameters: ['identificationExclusions'], facts: ['assets.luxuryCar'],
 *   test: (c: { h: Household }) => tested(known(c.h.assets?.luxuryCar, 'assets.luxuryCar')),
 *   explain: (c, t) => ({ message: t.outcome === 'met' ? { zh: '存在该情形', en: 'applies' } : { zh: '不存在该情形', en: 'does not apply' }, values: {} }),
 * });
 */
export function clauseRule<C, D = undefined>(spec: RuleDefinition & { test: (ctx: C) => Tested<D>; explain: (ctx: C, t: Tested<D>, rule: Rule) => Explained }): ClauseRule<C, D> {
  const { test, explain, ...header } = spec;
  return Object.freeze({ ...defineRule(header), test, explain });
}

const UNDETERMINED_NONE: Tested = Object.freeze({ outcome: 'undetermined', data: undefined });
const MET: Tested = Object.freeze({ outcome: 'met', data: undefined });
const NOT_MET: Tested = Object.freeze({ outcome: 'not-met', data: undefined });

/**
 * A test result from a three-valued fact, without data (shared objects: a lean run allocates nothing).
 *
 * @example
 * tested({ value: null, missing: ['assets.luxuryCar'] }) // { outcome: 'undetermined', missing: ['assets.luxuryCar'], data: undefined }
 */
export function tested(k: { value: boolean | null; missing: readonly string[] }): Tested;
export function tested<D>(k: { value: boolean | null; missing: readonly string[] }, data: D): Tested<D>;
export function tested<D>(k: { value: boolean | null; missing: readonly string[] }, data?: D): Tested<D | undefined> {
  if (data === undefined) {
    if (k.value === true) return MET;
    if (k.value === false) return NOT_MET;
    return k.missing.length === 0 ? UNDETERMINED_NONE : { outcome: 'undetermined', missing: k.missing, data: undefined };
  }
  return k.value === null ? { outcome: 'undetermined', missing: k.missing, data } : { outcome: k.value ? 'met' : 'not-met', data };
}

/** What {@link apply} needs of a layer's context: the profile (for the clauses in force). */
export interface HasProfile {
  readonly profile: Profile;
}

/**
 * Runs a rule: its test always, its explanation only when `findings` is a list (explained mode), as a
 * finding that cites the clauses in force for the profile (or says what it borrows). Returns the test.
 *
 * @example
 * const t = apply(luxuryCar, ctx, findings); // findings === null in a lean assessment
 * if (t.outcome === 'met') excludedBy.push(luxuryCar.id);
 */
export function apply<C extends HasProfile, D>(rule: ClauseRule<C, D>, ctx: C, findings: Finding[] | null): Tested<D> {
  const t = rule.test(ctx);
  if (findings) findings.push(explainTest(rule, ctx, t));
  return t;
}

/**
 * The finding of a test (the explanation, citations in force). For a layer that decides which tests
 * to explain itself.
 *
 * @example
 * findings.push(explainTest(rule, ctx, t));
 */
export function explainTest<C extends HasProfile, D>(rule: ClauseRule<C, D>, ctx: C, t: Tested<D>): Finding {
  const e = rule.explain(ctx, t, rule);
  const cites = e.citations ?? rule.cites;
  const missing = t.missing && t.missing.length > 0 ? [...t.missing] : undefined;
  // Every clause in force (the common case): citeInForce would keep the list and the message as they are.
  if (allInForce(ctx.profile, cites)) return finding(rule.id, t.outcome, e.message, plainCitations(cites), e.values, missing);
  const inForce = citeInForce(ctx.profile, cites, e.message);
  return finding(rule.id, t.outcome, inForce.message, plainCitations(inForce.citations), e.values, missing);
}

/** Fresh `{ doc, clause }` objects of a citation list (a finding owns its citations). */
function plainCitations(cs: readonly Citation[]): Citation[] {
  const out = new Array<Citation>(cs.length);
  for (let i = 0; i < cs.length; i++) out[i] = { doc: cs[i]!.doc, clause: cs[i]!.clause };
  return out;
}
