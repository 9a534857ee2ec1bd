/**
 * 检查对象 — whom the county's member and household checks of issue 15 apply to: 脱贫人口 (members of
 * a 脱贫户, scope `TP` in county-rules.md) and 监测对象 (members of a monitored household, `JC`) — the
 * people the national collection form is kept for. A member who died or left before the status date
 * (not on record) is not checked by them.
 *
 * @module
 */
import { fieldLabel } from '../../model/field-labels.js';
import type { Text } from '../../model/labels.js';
import type { QualityRun } from './run.js';

/**
 * The household is a 脱贫户 or a monitored household (TP ∪ JC).
 *
 * @example
 * if (!onForm(q)) return NONE;
 */
export function onForm(q: QualityRun): boolean {
  return q.household.povertyAlleviated || q.monitored;
}

/**
 * A member of a 脱贫户 or monitored household, on record at the status date.
 *
 * @example
 * memberOnForm(q, 2) // false when member 3 died before the status date
 */
export function memberOnForm(q: QualityRun, i: number): boolean {
  return onForm(q) && q.present(i);
}

/**
 * The label of a member field, without the row (`A17 参加基本医疗保险`).
 *
 * @example
 * memberField('basicMedicalInsurance').zh // 'A17 参加基本医疗保险'
 */
export function memberField(field: string): Text {
  let label = MEMBER_FIELDS.get(field);
  if (label === undefined) MEMBER_FIELDS.set(field, (label = fieldLabel(`members[].${field}`)));
  return label;
}

/** The labels of {@link memberField}, by field (read-only texts from the fixed label table: looked up once). */
const MEMBER_FIELDS = new Map<string, Text>();
