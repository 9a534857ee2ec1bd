/**
 * 劳动能力 — the labour capacity of a household, from its members on record (A14 劳动技能) and the
 * household's own mark (整户无劳动能力兜底保障户). One definition, read by identification, elimination,
 * the look-back, screening and data quality alike.
 *
 * - A member **can work** with 普通劳动力, 技能劳动力 or 弱劳动力或半劳动力; has **no labour** with 丧失劳动力 or
 *   无劳动力; has **lost or weak** labour with 丧失劳动力 or 弱劳动力或半劳动力 (部分丧失劳动能力).
 * - The **whole household is without labour** (整户无劳动能力) when it is marked 整户无劳动能力兜底保障户, or
 *   when every member on record has no labour. One member who can work settles "no"; a member whose
 *   labour is not recorded leaves it unknown, naming that member's field.
 *
 * @module
 */
import type { Household, Member } from '../model/household.js';
import { canWork, hasFullLabour, hasNoLabour } from './member.js';
import { fact, type Known } from '../kernel/known.js';
import type { MemberOnRecord } from './members.js';

/**
 * 整户无劳动能力: the household is marked 整户无劳动能力兜底保障户, or no member on record can work.
 *
 * @example
 * householdWithoutLabour(h, [{ member: { …, labour: 'lost' }, index: 0 }, { member: { …, labour: 'none' }, index: 1 }]).value // true
 * householdWithoutLabour({ …, noLabourSafetyNet: true }, members).value                                                      // true
 */
export function householdWithoutLabour(h: Pick<Household, 'noLabourSafetyNet'>, members: readonly MemberOnRecord[]): Known {
  if (h.noLabourSafetyNet === true) return fact(true);
  if (members.length === 0) return { value: null, missing: ['members'] };
  const missing: string[] = [];
  for (const { member, index } of members) {
    if (canWork(member) === true) return fact(false);
    if (hasNoLabour(member) === undefined) missing.push(`members[${index}].labour`);
  }
  return missing.length > 0 ? { value: null, missing } : fact(true);
}

/**
 * Someone on record can work (the negation of {@link householdWithoutLabour}, without the household's
 * own mark: a household marked 兜底 whose member works still has someone who can work).
 *
 * @example
 * someoneCanWork([{ member: { …, labour: 'ordinary' }, index: 0 }]).value // true
 */
export function someoneCanWork(members: readonly MemberOnRecord[]): Known {
  if (members.length === 0) return { value: null, missing: ['members'] };
  const missing: string[] = [];
  for (const { member, index } of members) {
    const can = canWork(member);
    if (can === true) return fact(true);
    if (can === undefined) missing.push(`members[${index}].labour`);
  }
  return missing.length > 0 ? { value: null, missing } : fact(false);
}

/** 丧失劳动力 or 弱劳动力或半劳动力: labour partly or wholly lost (`undefined` when not recorded). */
export function hasLostOrWeakLabour(m: Member): boolean | undefined {
  if (m.labour === undefined) return undefined;
  return m.labour === 'lost' || m.labour === 'weak';
}

/**
 * The members on record whose labour is lost or weak (部分丧失劳动能力), by row.
 *
 * @example
 * membersWithLostOrWeakLabour(members) // [1]
 */
export function membersWithLostOrWeakLabour(members: readonly MemberOnRecord[]): number[] {
  const out: number[] = [];
  for (const { member, index } of members) if (hasLostOrWeakLabour(member) === true) out.push(index);
  return out;
}

/** How many members on record there are, how many have full labour (普通劳动力 or 技能劳动力), and how many have no labour recorded. */
export interface LabourShare {
  members: number;
  fullLabour: number;
  unrecorded: number;
}

/**
 * The labour share of the members on record (家中人员劳动力占比): the count of members with
 * 普通劳动力 or 技能劳动力 against all members on record, and the members whose A14 is not recorded
 * (the share is then only a lower bound: `fullLabour / members` counts them as without full labour).
 *
 * @example
 * labourShare([{ member: { …, labour: 'ordinary' }, index: 0 }, { member: { …, labour: 'none' }, index: 1 }]) // { members: 2, fullLabour: 1, unrecorded: 0 }
 */
export function labourShare(members: readonly MemberOnRecord[]): LabourShare {
  let fullLabour = 0;
  let unrecorded = 0;
  for (const { member } of members) {
    const full = hasFullLabour(member);
    if (full === true) fullLabour++;
    else if (full === undefined) unrecorded++;
  }
  return { members: members.length, fullLabour, unrecorded };
}
