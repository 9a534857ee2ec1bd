/**
 * 问题出处 — the citations of a data-quality issue, worked out once per (profile, check, parameter
 * citations applied) instead of once per hit: which of the check's clauses are in force where the
 * profile applies, and — when none is — the "reading borrowed from …" words the message gets
 * (`citeInForce`, src/kernel/in-force.ts, decides both; this module only keeps its answer).
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * What is kept depends only on the profile (an immutable object: the cache is a `WeakMap` keyed by
 * it), the check's header and the parameter citations the hit applied (the citations of the values in
 * force at the run's parameter date), so it cannot change an answer.
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import { citeInForce } from '../../kernel/in-force.js';
import { citesOf, type Rule } from '../../kernel/rule.js';
import type { Text } from '../../model/labels.js';
import type { Profile } from '../../profile/schema.js';

/** What an issue of one check cites under one profile: its citations, and the words a borrowed reading adds to the message (`null`: none). */
export interface IssueCitations {
  readonly citations: readonly Citation[];
  readonly borrowed: Text | null;
}

/** Per profile: per check, the citations without applied parameters and, by the first applied citation, with one. */
interface CheckCitations {
  plain?: IssueCitations;
  applied?: WeakMap<Citation, IssueCitations>;
}

const byProfile = new WeakMap<Profile, Map<Rule, CheckCitations>>();

const NO_MESSAGE: Text = Object.freeze({ zh: '', en: '' });

function worked(profile: Profile, rule: Rule, applied: readonly Citation[] | undefined): IssueCitations {
  const cited = citeInForce(profile, applied ? citesOf(rule, ...applied) : citesOf(rule), NO_MESSAGE);
  return { citations: cited.citations, borrowed: cited.message === NO_MESSAGE ? null : cited.message };
}

/**
 * The citations of an issue of `rule` under `profile` with the parameter citations `applied`
 * (`citeInForce` of the rule's clauses and those citations), kept per profile, rule and applied
 * citation (one applied citation is kept by its object; more are worked out each time).
 *
 * @example
 * issueCitations(getProfile('fujian/jinan/2023'), noHead, undefined).citations // [{ doc: '临稷办发〔2023〕76号', clause: '…' }, …]
 */
export function issueCitations(profile: Profile, rule: Rule, applied: readonly Citation[] | undefined): IssueCitations {
  if (applied !== undefined && applied.length > 1) return worked(profile, rule, applied);
  let rules = byProfile.get(profile);
  if (rules === undefined) byProfile.set(profile, (rules = new Map()));
  let kept = rules.get(rule);
  if (kept === undefined) rules.set(rule, (kept = {}));
  if (applied === undefined || applied.length === 0) return (kept.plain ??= worked(profile, rule, applied));
  const one = applied[0]!;
  const byCitation = (kept.applied ??= new WeakMap());
  let got = byCitation.get(one);
  if (got === undefined) byCitation.set(one, (got = worked(profile, rule, applied)));
  return got;
}

/**
 * A message with the words of a borrowed reading, said once (as `citeInForce` says them): the
 * message itself when nothing is borrowed or it already ends with them.
 *
 * @example
 * citedMessage({ zh: '缺少户主', en: 'no head' }, null) // the same object
 */
export function citedMessage(message: Text, borrowed: Text | null): Text {
  if (borrowed === null || message.zh.endsWith(borrowed.zh)) return message;
  return { zh: `${message.zh}${borrowed.zh}`, en: `${message.en}${borrowed.en}` };
}
