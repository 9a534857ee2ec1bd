/**
 * 适用文件 — which documents are in force for a profile, so that a finding cites the clause that
 * applied where the household is, and says so plainly when it borrows another place's reading.
 *
 * A document is in force for a profile when
 * - the profile, or a built-in profile it extends, lists it among its `sources` (every built-in
 *   extends `national/2021`, whose sources are the national framework and the national collection
 *   form, 临稷办发〔2023〕76号 附件1);
 * - the profile itself brings it (`documents` of a user profile);
 * - it is national (region 全国) or the data-cleaning practice seen everywhere (region 各地);
 * - its region contains the profile's (a provincial document in one of its counties).
 *
 * Any other document is borrowed: a finding that also cites a document in force drops it (a rule
 * header quotes several places' versions of one rule); a finding that has nothing else keeps it and
 * its message says "借用…的口径" / "reading borrowed from …".
 *
 * @module
 */
import { DOCUMENTS } from '../explain/documents.js';
import type { Citation } from '../explain/finding.js';
import type { Text } from '../model/labels.js';
import { BUILTIN_PROFILES } from '../profile/builtin/profiles.js';
import type { Profile } from '../profile/schema.js';

const NATIONAL_REGIONS = new Set(['全国', '各地']);

const cache = new WeakMap<Profile, Known>();

/** The region of a profile as one string, e.g. `甘肃省庆阳市正宁县五顷塬回族乡`. */
function regionOf(profile: Profile): string {
  const r = profile.region;
  return `${r.province ?? ''}${r.city ?? ''}${r.county ?? ''}${r.town ?? ''}`;
}

/**
 * Whether a document is in force for a profile (see the module comment).
 *
 * @example
 * documentInForce(getProfile('gansu/wuqingyuan/2023'), '小甸巩固振兴组办〔2021〕1号') // false
 * documentInForce(getProfile('gansu/wuqingyuan/2023'), 'gansu-monitoring-line')     // true (a Gansu document)
 */
export function documentInForce(profile: Profile, doc: string): boolean {
  const known = knownOf(profile);
  let v = known.docs.get(doc);
  if (v === undefined) {
    v = decide(profile, doc);
    known.docs.set(doc, v);
  }
  return v;
}

/** What is known of a profile: its documents in force, and the citation lists (frozen, shared: a rule's own) wholly in force. */
interface Known {
  docs: Map<string, boolean>;
  lists: WeakMap<readonly Citation[], boolean>;
}

/** The last profile asked about and what is known of it (a batch asks of one profile household after household). */
let LAST_PROFILE: Profile | undefined;
let LAST_KNOWN: Known | undefined;

function knownOf(profile: Profile): Known {
  if (profile === LAST_PROFILE) return LAST_KNOWN!;
  let known = cache.get(profile);
  if (known === undefined) cache.set(profile, (known = { docs: new Map(), lists: new WeakMap() }));
  LAST_PROFILE = profile;
  LAST_KNOWN = known;
  return known;
}

function decide(profile: Profile, doc: string): boolean {
  if (profile.sources.includes(doc) || doc in profile.documents) return true;
  for (const id of profile.lineage) {
    const meta = BUILTIN_PROFILES.find((p) => p.id === id);
    if (meta?.sources.includes(doc)) return true;
  }
  const region = DOCUMENTS[doc]?.region;
  if (region === undefined || region === '') return false;
  if (NATIONAL_REGIONS.has(region)) return true;
  const here = regionOf(profile);
  return here !== '' && here.startsWith(region);
}

/** How a borrowed citation is named in a message. */
function named(cs: readonly Citation[], lang: 'zh' | 'en'): string {
  return cs.map((c) => (lang === 'zh' ? `${c.doc} ${c.clause}` : `${c.doc} §${c.clause}`)).join(lang === 'zh' ? '、' : ', ');
}

/**
 * A finding's citations and message as the profile's documents allow: citations of documents not
 * in force are dropped when one in force remains; when none does, they are kept and the message
 * says the reading is borrowed, and from where.
 *
 * @example
 * citeInForce(getProfile('fujian/jinan/2023'), [{ doc: '小甸巩固振兴组办〔2021〕1号', clause: '五(一)' }], { zh: '收入计算周期…', en: 'income period …' })
 * // { citations: [{ doc: '小甸巩固振兴组办〔2021〕1号', clause: '五(一)' }],
 * //   message: { zh: '收入计算周期…（借用小甸巩固振兴组办〔2021〕1号 五(一)的口径）', en: 'income period … (reading borrowed from 小甸巩固振兴组办〔2021〕1号 §五(一))' } }
 */
export function citeInForce(profile: Profile, citations: readonly Citation[], message: Text): { citations: Citation[]; message: Text } {
  let inForce = 0;
  for (let i = 0; i < citations.length; i++) if (documentInForce(profile, citations[i]!.doc)) inForce++;
  if (inForce === citations.length) return { citations: [...citations], message };
  if (inForce > 0) return { citations: citations.filter((c) => documentInForce(profile, c.doc)), message };
  const said = borrowedSuffix(citations);
  // Said once: a message that already says it (a finding re-expressed under another rule) is kept.
  if (message.zh.endsWith(said.zh)) return { citations: [...citations], message };
  return { citations: [...citations], message: { zh: `${message.zh}${said.zh}`, en: `${message.en}${said.en}` } };
}

/** The words a message adds when every citation is borrowed; kept per single citation (document, clause): the same words for every finding that borrows it. */
const SUFFIXES = new Map<string, Map<string, Text>>();

function borrowedSuffix(borrowed: readonly Citation[]): Text {
  const words = (): Text => ({ zh: `（借用${named(borrowed, 'zh')}的口径）`, en: ` (reading borrowed from ${named(borrowed, 'en')})` });
  if (borrowed.length !== 1) return words();
  const c = borrowed[0]!;
  let byClause = SUFFIXES.get(c.doc);
  if (byClause === undefined) {
    if (SUFFIXES.size >= 1024) SUFFIXES.clear();
    SUFFIXES.set(c.doc, (byClause = new Map()));
  }
  let t = byClause.get(c.clause);
  if (t === undefined) {
    if (byClause.size >= 1024) byClause.clear();
    byClause.set(c.clause, (t = Object.freeze(words())));
  }
  return t;
}

/**
 * Whether every citation of a list is of a document in force for the profile: then
 * {@link citeInForce} keeps the list and the message as they are (the common case, decided here
 * without building anything).
 *
 * @example
 * allInForce(getProfile('fujian/jinan/2023'), [{ doc: '临稷办发〔2023〕76号', clause: '附件1 注1' }]) // true
 */
export function allInForce(profile: Profile, citations: readonly Citation[]): boolean {
  // A frozen list (a rule's own citations, shared by all its findings) is decided once per profile.
  if (Object.isFrozen(citations)) {
    const lists = knownOf(profile).lists;
    let v = lists.get(citations);
    if (v === undefined) lists.set(citations, (v = everyInForce(profile, citations)));
    return v;
  }
  return everyInForce(profile, citations);
}

function everyInForce(profile: Profile, citations: readonly Citation[]): boolean {
  for (let i = 0; i < citations.length; i++) if (!documentInForce(profile, citations[i]!.doc)) return false;
  return true;
}

/**
 * The same for a finding (or a data-quality issue): a fresh object when something changes.
 *
 * @example
 * findings.map((f) => inForceFinding(profile, f))
 */
export function inForceFinding<F extends { citations: Citation[]; message: Text }>(profile: Profile, f: F): F {
  if (allInForce(profile, f.citations)) return f;
  const r = citeInForce(profile, f.citations, f.message);
  if (r.message === f.message && r.citations.length === f.citations.length) return f;
  return { ...f, citations: r.citations, message: r.message };
}
