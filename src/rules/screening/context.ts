/**
 * What every screening test of one household shares (集中排查的共同事实): the income period and exact
 * income, the date parameters are read at, the screening window ("今年以来") ending on the as-of date,
 * the members on record at the as-of date, the citation of the profile's list of focus groups — and
 * the small pieces every group rule is built from (its header, its outcomes, its citations).
 *
 * @module
 */
import type { Citation, FindingOutcome, QuotedCitation } from '../../explain/finding.js';
import { addMonths, formatDate, parseDate, startOfMonth } from '../../model/calendar-date.js';
import type { Household, HouseholdEvent, Member } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { Profile } from '../../profile/schema.js';
import { lookup, type Lookup } from '../../profile/lookup.js';
import type { ClauseRule, Explained, Tested } from '../../kernel/clause.js';
import { uniqueCitations } from '../../kernel/line.js';
import type { DecidedContext } from '../../facts/context.js';
import type { IncomeFacts } from '../../facts/income.js';

/** The documents the focus groups come from. */
export const S000 = '临稷办发〔2023〕76号';
export const S001 = '榕晋乡振〔2023〕12号';
export const S002 = '小甸巩固振兴组办〔2021〕1号';
export const S003 = '党委发〔2023〕70号';
export const S004 = '龙扶贫组字〔2021〕1号';

/** The screening window: events dated in it count as "this year" / "new". */
export interface ScreeningWindow {
  from: string;
  to: string;
}

/** The facts one screening shares. */
export interface ScreeningContext {
  readonly h: Household;
  readonly profile: Profile;
  readonly assessment: DecidedContext;
  readonly income: IncomeFacts;
  /** The date parameters are read at. */
  readonly on: string | null;
  /** The date the screening is made as of: the as-of date, else the parameter date. */
  readonly anchor: string | null;
  /** The window, or why it is unknown (`missing`: the one path whose absence leaves it so). */
  readonly window: { ok: true; window: ScreeningWindow; citation: Citation } | { ok: false; missing: readonly [string]; message: Text };
  /** Members on record at the anchor date (every listed member without one). */
  readonly members: readonly Member[];
  /** The citation of the profile's list of focus groups (`screeningGroups`): every group's finding cites it. */
  readonly groupsCitation: Citation;
  /** `[groupsCitation]` as a finding's citations, read-only and shared by the households of a round ({@link cites} without thresholds). */
  readonly groupsCites: readonly Citation[];
  /** The parameters the groups' tests have looked up on `on`, by key: the round's, shared by its households ({@link groupLookup}). */
  readonly lookups: Map<ParameterKey, Lookup<ParameterKey>>;
}

/**
 * `lookup(s.profile, key, s.on)`, looked up once per round (profile and parameter date) and shared by the
 * round's households as a frozen object: its message (a parameter the profile does not set) is written
 * once, not once a household. A profile that is not frozen has a round per household, so a fresh look-up.
 * An explanation that shows the message copies it (a finding owns its objects).
 *
 * @example
 * groupLookup(s, 'screeningLowIncome') // deep-equals lookup(s.profile, 'screeningLowIncome', s.on)
 */
export function groupLookup<K extends ParameterKey>(s: ScreeningContext, key: K): Lookup<K> {
  let v = s.lookups.get(key) as Lookup<K> | undefined;
  if (v === undefined) {
    const l = lookup(s.profile, key, s.on);
    v = Object.freeze(l.ok ? { ok: true, value: l.value, citation: Object.freeze(l.citation) } : { ok: false, missing: l.missing, message: Object.freeze(l.message) }) as Lookup<K>;
    s.lookups.set(key, v as Lookup<ParameterKey>);
  }
  return v;
}

/** A focus group's rule: its header, its test and its explanation (the data is the group's own). */
export type GroupRule = ClauseRule<ScreeningContext, unknown>;

/**
 * The header of a focus group's rule: id `screening.<group>`, the clauses quoted, and the parameters
 * it reads (every group reads `screeningGroups`, the list that names it).
 *
 * @example
 * groupHeader('accident', { zh: '受突发意外事故影响较大', en: 'hit by an accident' }, [{ doc: S001, clause: '一(一)', quote: '…' }], { zh: '…', en: '…' }, ['screeningWindow'], ['events'])
 */
export function groupHeader(id: ScreeningGroup, title: Text, citations: readonly QuotedCitation[], description: Text, parameters: readonly ParameterKey[], facts: readonly string[]) {
  return { id: `screening.${id}`, layer: 'screening' as const, title, citations, description, parameters: ['screeningGroups' as const, ...parameters], facts };
}

/**
 * The explanation of a group whose parameter the profile does not set: the look-up's message (copied:
 * a {@link groupLookup} is shared by the round's households, and a finding owns its objects), no
 * values, the group's citations.
 *
 * @example
 * if (!p.ok) return unsetExplained(s, p) // message: 配置 … 没有参数 …
 */
export function unsetExplained(s: ScreeningContext, unset: { readonly message: Text }): Explained {
  return { message: { zh: unset.message.zh, en: unset.message.en }, values: {}, citations: cites(s) };
}

/**
 * The citations of a group's finding: the clause of the profile that names the group, then the
 * values of the thresholds the test read (each once).
 *
 * @example
 * cites(s, p.citation) // [{ doc: '党委发〔2023〕70号', clause: '一(二)' }, { doc: 'test-county-notice', clause: '一' }]
 */
export function cites(s: ScreeningContext, ...thresholds: readonly Citation[]): readonly Citation[] {
  // The list's citation alone (most groups): the round's shared list (the finding copies it).
  if (thresholds.length === 0) return s.groupsCites;
  return uniqueCitations(s.groupsCitation, ...thresholds);
}

/**
 * A test's result. Made once at module level for a result without data of its own (a lean
 * screening then allocates nothing for it); `data` tells the explanation which case was decided.
 *
 * @example
 * const NO_STUDENT = verdict('not-met', 'no-student');
 */
export function verdict<D>(outcome: FindingOutcome, data: D, missing?: readonly string[]): Tested<D> {
  return Object.freeze(missing ? { outcome, missing, data } : { outcome, data });
}

const MET = verdict<undefined>('met', undefined);
const NOT_MET = verdict<undefined>('not-met', undefined);

/**
 * The test result of a group the record settles by one boolean (shared objects).
 *
 * @example
 * decided(s.h.povertyAlleviated) // { outcome: 'met', data: undefined } for a 脱贫户
 */
export function decided(v: boolean): Tested {
  return v ? MET : NOT_MET;
}

/** The test result of a group the window leaves open: undetermined, naming the date or parameter missing. */
export function windowUnknown<D>(s: ScreeningContext, data: D): Tested<D> {
  const w = s.window as { ok: false; missing: readonly [string] };
  return { outcome: 'undetermined', missing: w.missing, data };
}

/** The message of an unknown window. */
export function windowMessage(s: ScreeningContext): Text {
  const m = (s.window as { ok: false; message: Text }).message;
  return { zh: m.zh, en: m.en };
}

/**
 * The window a profile's `screeningWindow` gives for an as-of date.
 *
 * @example
 * windowFor({ kind: 'year-to-date' }, '2023-11-20')           // { from: '2023-01-01', to: '2023-11-20' }
 * windowFor({ kind: 'months-to-date', months: 1 }, '2021-06-18') // { from: '2021-05-01', to: '2021-06-18' }
 */
export function windowFor(spec: { kind: 'year-to-date' } | { kind: 'months-to-date'; months: number }, anchor: string): ScreeningWindow {
  if (spec.kind === 'year-to-date') return { from: formatDate(parseDate(anchor)!.year, 1, 1), to: anchor };
  return { from: addMonths(startOfMonth(anchor), -spec.months), to: anchor };
}

/**
 * The number of events of the given kinds dated in the window (both ends included), or `null` when
 * the window is unknown.
 *
 * @example
 * countEventsInWindow(s, ['job-loss']) // 1 for a job loss on 2023-06-01 in the window 2023-01-01..2023-11-20
 */
export function countEventsInWindow(s: ScreeningContext, kinds: readonly HouseholdEvent['kind'][]): number | null {
  if (!s.window.ok) return null;
  const events = s.h.events;
  if (events === undefined) return 0;
  const { from, to } = s.window.window;
  let n = 0;
  for (const e of events) if (kinds.includes(e.kind) && e.on >= from && e.on <= to) n++;
  return n;
}

/** The events of the given kinds dated in the window, or `null` when the window is unknown (for explanations). */
export function eventsInWindow(s: ScreeningContext, kinds: readonly HouseholdEvent['kind'][]): HouseholdEvent[] | null {
  if (!s.window.ok) return null;
  const events = s.h.events;
  if (events === undefined || events.length === 0) return [];
  const { from, to } = s.window.window;
  return events.filter((e) => kinds.includes(e.kind) && e.on >= from && e.on <= to);
}

/** An application (农户申请) or a warning (预警未纳入, or any event a department reported). */
export const isApplicationOrWarning = (e: HouseholdEvent): boolean => e.kind === 'application' || e.kind === 'warning-not-included' || e.departmentWarning === true;

/**
 * The number of applications and warnings dated on or before the anchor (every earlier one counts,
 * not only those in the window), or `null` without an anchor.
 *
 * @example
 * applicationsUpToAnchor(s) // 2 for applications on 2023-04-01 and 2023-09-01, as of 2023-11-20
 */
export function applicationsUpToAnchor(s: ScreeningContext): number | null {
  if (s.anchor === null) return null;
  const events = s.h.events;
  if (events === undefined) return 0;
  let n = 0;
  for (const e of events) if (e.on <= s.anchor && isApplicationOrWarning(e)) n++;
  return n;
}

/**
 * Some member on record satisfies `test`, three-valued: `true` if one does, `undefined` if none does
 * and one is not recorded, else `false`. Over the members at the as-of date an empty list is "no one"
 * (every member has left); the groups name what is missing by field (`members[].health`), not by row,
 * so that a group's result never depends on the order of the rows.
 *
 * @example
 * someMember(members, (m) => m.dibao) // true when one receives 低保, undefined when none does and one is unrecorded
 */
export function someMember(members: readonly Member[], test: (m: Member) => boolean | undefined): boolean | undefined {
  let unknown = false;
  for (const m of members) {
    const v = test(m);
    if (v === true) return true;
    if (v === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** The number of members for whom `test` holds. */
export function countMembers(members: readonly Member[], test: (m: Member) => boolean): number {
  let n = 0;
  for (const m of members) if (test(m)) n++;
  return n;
}
