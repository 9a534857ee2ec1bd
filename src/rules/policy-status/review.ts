/**
 * What every rule of the 脱贫享受政策 review reads: the household, the profile and the date its
 * parameters are read at, the income figures, the members on record, and the review's own parameter
 * value (the criteria and retention conditions it applies, and its citation).
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';
import type { Household } from '../../model/household.js';
import type { PolicyStatusReview } from '../../profile/parameters/policy-status.js';
import type { Profile } from '../../profile/schema.js';
import type { IncomeFacts } from '../../facts/income.js';
import type { MemberOnRecord } from '../../facts/members.js';
import type { Known } from '../../kernel/known.js';
import type { Rule } from '../../kernel/rule.js';

/** The context of one review. */
export interface ReviewContext {
  readonly h: Household;
  readonly profile: Profile;
  /** The parameter date (the end of the income period). */
  readonly on: string;
  readonly income: IncomeFacts;
  readonly members: readonly MemberOnRecord[];
  readonly review: PolicyStatusReview;
  /** The citation of the profile's `policyStatusReview` value. */
  readonly reviewCitation: Citation;
}

/** The lead of 附件2 (the criteria) and of its retention conditions. */
export const S000 = '临稷办发〔2023〕76号';
export const LEAD = '脱贫享受政策人口存在以下情形之一的，原则上认定为脱贫不再享受政策人口：';
export const RETENTION_LEAD = '脱贫享受政策人口存在以上情形，但符合以下条件之一的，原则上仍按脱贫享受政策人口管理：';

/**
 * The message of a tested criterion or retention condition: met, not met, or what is not on record
 * (or, when a note is given, why it is undetermined).
 *
 * @example
 * testedMessage(luxuryCar, { value: null, missing: ['assets.luxuryCar'] }).zh // '第3条：拥有并经常使用高档乘用车辆：未记录（assets.luxuryCar）'
 */
export function testedMessage(rule: Rule, k: Pick<Known, 'value' | 'missing'>, note?: Text): Text {
  if (k.value === null) {
    return note
      ? { zh: `${rule.title.zh}：无法判定，${note.zh}`, en: `${rule.title.en}: undetermined — ${note.en}` }
      : { zh: `${rule.title.zh}：未记录（${k.missing.join('、')}）`, en: `${rule.title.en}: not on record (${k.missing.join(', ')})` };
  }
  return k.value ? { zh: `${rule.title.zh}：符合`, en: `${rule.title.en}: met` } : { zh: `${rule.title.zh}：不符合`, en: `${rule.title.en}: not met` };
}

/** A test's outcome as a three-valued fact (for the message). */
export function asKnown(t: { outcome: string; missing?: readonly string[] }): Known {
  return { value: t.outcome === 'met' ? true : t.outcome === 'not-met' ? false : null, missing: [...(t.missing ?? [])] };
}
