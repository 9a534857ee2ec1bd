/**
 * 在册成员 — the members a household-level fact is read from: those counted in the household size
 * over the income period (`householdSizeRule`), so a member who died or married out before the
 * period end neither lends nor lacks labour capacity, 低保 or illness.
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import { parameter } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import type { IncomePeriod } from '../context.js';
import type { MemberOnRecord } from '../facts.js';
import { countHousehold } from '../household-size.js';

export type { MemberOnRecord } from '../facts.js';

/**
 * The members counted over the period, in row order. Without a period (no member changes, or an
 * unknown period) every listed member counts. (An assessment reads the same list from its shared
 * facts, `AssessmentFacts.countedMembers`.)
 *
 * @example
 * membersOnRecord(h, getProfile('shandong/linzi/2023'), ctx, '2023-09-30').map((m) => m.index) // [0, 1, 2]
 */
export function membersOnRecord(h: Household, profile: Profile, ctx: { period: IncomePeriod | null }, on: string): MemberOnRecord[] {
  const counted = countHousehold(h, parameter(profile, 'householdSizeRule', on).value, ctx.period);
  if (!counted) return h.members.map((member, index) => ({ member, index }));
  const out: MemberOnRecord[] = [];
  for (const c of counted.members) if (c.counted) out.push({ member: h.members[c.index]!, index: c.index });
  return out;
}
