/**
 * 在册成员 — the members a household-level fact is read from, and tests over them. The members on
 * record are those counted in the household size over the income period (the `householdSizeRule`),
 * so a member who died or married out before the period end neither lends nor lacks labour, 低保 or
 * illness; a fact about "any member" is three-valued: one member settles "yes", every member "no".
 *
 * @module
 */
import type { Member } from '../model/household.js';
import { anyOf, fact, type Known } from '../kernel/known.js';

/** A member on record, with its row index (for field paths such as `members[2].labour`). */
export interface MemberOnRecord {
  member: Member;
  index: number;
}

/**
 * Some member on record passes a test (three-valued: unknown when no member passes and one is unknown).
 *
 * @example
 * anyMember(members, ({ member, index }) => known(member.dibao, `members[${index}].dibao`)).value // true when one receives 低保
 */
export function anyMember(members: readonly MemberOnRecord[], test: (m: MemberOnRecord) => Known): Known {
  if (members.length === 0) return { value: null, missing: ['members'] };
  return anyOf(...members.map(test));
}

/**
 * The rows of the members on record that pass a boolean test (an unrecorded value does not pass).
 *
 * @example
 * rowsWhere(members, (m) => m.dibao === true) // [0, 2]
 */
export function rowsWhere(members: readonly MemberOnRecord[], test: (m: Member) => boolean): number[] {
  const out: number[] = [];
  for (const { member, index } of members) if (test(member)) out.push(index);
  return out;
}

/** Every member listed, with its row (when the period does not change who is on record). */
export function allListed(members: readonly Member[]): MemberOnRecord[] {
  return members.map((member, index) => ({ member, index }));
}

export { fact };
