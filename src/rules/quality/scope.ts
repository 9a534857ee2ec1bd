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
import { holdsPublicWelfarePost } from '../../facts/public-welfare-post.js';
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

/*
 * Household preconditions (`when`, run.ts) besides {@link onForm}: whom a household check applies to,
 * read from the household alone — declared on the checks whose test finds nothing without it, tested
 * once a household for all of them by the compiled counting plan (plan.ts). In a generated export
 * about 8 % of the households are monitored, so most households skip these checks at one test each.
 */

/**
 * The household is (or was) a monitoring object (防止返贫监测对象).
 *
 * @example
 * monitored(q) // false for a 脱贫户 never identified for monitoring
 */
export function monitored(q: QualityRun): boolean {
  return q.monitored;
}

/**
 * The household is monitored and its risk not eliminated (未消除风险).
 *
 * @example
 * activelyMonitored(q) // false once the risk is marked eliminated
 */
export function activelyMonitored(q: QualityRun): boolean {
  return q.activeMonitoring;
}

/**
 * The household's risk is marked eliminated (已消除风险).
 *
 * @example
 * riskEliminated(q) // true for a household with monitoring.eliminated recorded
 */
export function riskEliminated(q: QualityRun): boolean {
  return q.eliminated;
}

/**
 * A 脱贫户 that is not a monitoring object (the households 应纳未纳 checks look at).
 *
 * @example
 * alleviatedNotMonitored(q) // false for a monitored 脱贫户
 */
export function alleviatedNotMonitored(q: QualityRun): boolean {
  return q.household.povertyAlleviated && !q.monitored;
}

/**
 * The household has at least one assistance measure (帮扶措施) recorded.
 *
 * @example
 * measuresRecorded(q) // false for `measures: []`
 */
export function measuresRecorded(q: QualityRun): boolean {
  const list = q.household.measures;
  return list !== undefined && list.length > 0;
}

/**
 * The household has at least one risk type (A27 风险类型) recorded.
 *
 * @example
 * risksRecorded(q) // false for a household without riskTypes
 */
export function risksRecorded(q: QualityRun): boolean {
  const list = q.household.riskTypes;
  return list !== undefined && list.length > 0;
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

/**
 * Member preconditions (`whenMember`, run.ts): facts of one member that several checks need before
 * they can find anything there — declared on those checks, tested once a member for them by the
 * compiled plans. Each check finds nothing where its precondition is false
 * (test/rules/quality/preconditions.test.ts).
 */

/**
 * The member has a school status (A12 在校生状况) recorded.
 *
 * @example
 * schoolStatusRecorded(q, 0) // false for a member with no A12
 */
export function schoolStatusRecorded(q: QualityRun, i: number): boolean {
  return q.members[i]!.schoolStatus !== undefined;
}

/**
 * The member has spells of work (务工月监测) on record.
 *
 * @example
 * workSpellsRecorded(q, 0) // false for a member without `employment`
 */
export function workSpellsRecorded(q: QualityRun, i: number): boolean {
  return q.members[i]!.employment !== undefined;
}

/**
 * The member holds a public-welfare post (公益性岗位), as `holdsPublicWelfarePost` reads it.
 *
 * @example
 * holdsPost(q, 0) // true for a member recorded with 护林员
 */
export function holdsPost(q: QualityRun, i: number): boolean {
  return holdsPublicWelfarePost(q.members[i]!) === true;
}
