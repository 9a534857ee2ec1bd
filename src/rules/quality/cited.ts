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
 * force at the run's parameter date, each kept by its object), so it cannot change an answer.
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

/**
 * What one check cites under one profile, by the parameter citations applied: `entry` for the list
 * that leads here, `next` by the next applied citation (kept by its object).
 */
interface CitationNode {
  entry?: IssueCitations;
  next?: WeakMap<Citation, CitationNode>;
}

/** A profile's table: per check, its citation tree (kept while the profile lives). */
export type ProfileCitations = Map<Rule, CitationNode>;

const byProfile = new WeakMap<Profile, ProfileCitations>();

const NO_MESSAGE: Text = Object.freeze({ zh: '', en: '' });

function worked(profile: Profile, rule: Rule, applied: readonly Citation[] | undefined): IssueCitations {
  const cited = citeInForce(profile, applied ? citesOf(rule, ...applied) : citesOf(rule), NO_MESSAGE);
  return { citations: cited.citations, borrowed: cited.message === NO_MESSAGE ? null : cited.message };
}

/**
 * The table {@link issueCitations} keeps for a profile (a run fetches it once and passes it on).
 *
 * @example
 * const table = profileCitations(getProfile('fujian/jinan/2023'));
 */
export function profileCitations(profile: Profile): ProfileCitations {
  let table = byProfile.get(profile);
  if (table === undefined) byProfile.set(profile, (table = new Map()));
  return table;
}

/**
 * The citations of an issue of `rule` under `profile` with the parameter citations `applied`
 * (`citeInForce` of the rule's clauses and those citations), kept in the profile's table
 * ({@link profileCitations}) per rule and applied citations (each kept by its object).
 *
 * @example
 * issueCitations(profileCitations(profile), profile, noHead, undefined).citations // [{ doc: '临稷办发〔2023〕76号', clause: '…' }, …]
 */
export function issueCitations(table: ProfileCitations, profile: Profile, rule: Rule, applied: readonly Citation[] | undefined): IssueCitations {
  let node: CitationNode | undefined = table.get(rule);
  if (node === undefined) table.set(rule, (node = {}));
  if (applied !== undefined) {
    for (let k = 0; k < applied.length; k++) {
      const c = applied[k]!;
      const next: WeakMap<Citation, CitationNode> = (node.next ??= new WeakMap());
      let child: CitationNode | undefined = next.get(c);
      if (child === undefined) next.set(c, (child = {}));
      node = child;
    }
  }
  return (node.entry ??= worked(profile, rule, applied));
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
