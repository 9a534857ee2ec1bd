/**
 * What every screening test of one household shares (集中排查的共同事实): the income period and exact
 * income, the date parameters are read at, the screening window ("今年以来") ending on the as-of date,
 * the members on record, and small helpers over events and members.
 *
 * @module
 */
import type { Citation, FindingValue, Outcome } from '../../explain/finding.js';
import { addMonths, formatDate, parseDate, startOfMonth } from '../../model/calendar-date.js';
import type { Household, HouseholdEvent, Member } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import { validateIdNumber } from '../../model/id-number.js';
import type { Profile } from '../../profile/schema.js';
import type { DecidedContext } from '../../facts/context.js';
import type { IncomeFacts } from '../../facts/income.js';

/** The screening window: events dated in it count as "this year" / "new". */
export interface ScreeningWindow {
  from: string;
  to: string;
}

/** The facts one screening shares. */
export interface ScreeningContext {
  h: Household;
  profile: Profile;
  assessment: DecidedContext;
  income: IncomeFacts;
  /** The date parameters are read at. */
  on: string | null;
  /** The date the screening is made as of: the as-of date, else the parameter date. */
  anchor: string | null;
  /** The window, or why it is unknown. */
  window: { ok: true; window: ScreeningWindow; citation: Citation } | { ok: false; missing: string; message: Text };
  /** Members on record at the anchor date. */
  members: Member[];
}

/** What one group test decided, and (built only when asked) how to explain it. */
export interface GroupTest {
  outcome: Exclude<Outcome, 'info'>;
  /** The message and values of the group's finding; called only when the assessment is explained. */
  explain: () => { message: Text; values: Record<string, FindingValue> };
  missing?: string[];
  /** Citations of the thresholds used, beyond the group list's. */
  citations?: Citation[];
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

/** The events of the given kinds dated in the window, or `null` when the window is unknown. */
export function eventsInWindow(s: ScreeningContext, kinds: readonly HouseholdEvent['kind'][]): HouseholdEvent[] | null {
  if (!s.window.ok) return null;
  const events = s.h.events;
  if (events === undefined || events.length === 0) return [];
  const { from, to } = s.window.window;
  return events.filter((e) => kinds.includes(e.kind) && e.on >= from && e.on <= to);
}

/** The events matching `pred` dated on or before the anchor, or `null` without an anchor. */
export function eventsUpToAnchor(s: ScreeningContext, pred: (e: HouseholdEvent) => boolean): HouseholdEvent[] | null {
  if (s.anchor === null) return null;
  const events = s.h.events;
  if (events === undefined || events.length === 0) return [];
  const end = s.anchor;
  return events.filter((e) => e.on <= end && pred(e));
}

/** `true` if some member satisfies `pred`, `false` if all are known not to, `undefined` otherwise. */
export function anyMember(members: readonly Member[], pred: (m: Member) => boolean | undefined): boolean | undefined {
  let unknown = false;
  for (const m of members) {
    const v = pred(m);
    if (v === true) return true;
    if (v === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** The number of members for whom `pred` is true. */
export function countMembers(members: readonly Member[], pred: (m: Member) => boolean): number {
  let n = 0;
  for (const m of members) if (pred(m)) n++;
  return n;
}

/** A student (学生): any 在校生状况 (A12) but 学龄前儿童 (not yet in school); absent = not in school. */
export function isStudent(m: Member): boolean {
  return m.schoolStatus !== undefined && m.schoolStatus !== 'preschool-age';
}

/** The disability grade on record, or the one the 20-digit certificate number states. */
export function disabilityGradeOf(m: Member): number | undefined {
  if (m.disabilityGrade !== undefined) return m.disabilityGrade;
  if (m.idNumber === undefined || m.idNumber.length < 20) return undefined;
  const info = validateIdNumber(m.idNumber);
  return info.kind === 'disability-certificate' ? info.disabilityGrade : undefined;
}

/** A member with a disability on record (health 残疾, a grade, or a certificate). */
export function isDisabled(m: Member): boolean | undefined {
  if (m.health === 'disabled' || disabilityGradeOf(m) !== undefined) return true;
  return m.health === undefined ? undefined : false;
}
