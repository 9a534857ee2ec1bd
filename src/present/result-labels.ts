/**
 * 结果标签 — the names an analyst reads in a results table, a summary or an explanation, instead of the
 * codes a program keeps: the recorded category of the export beside the recomputed one (原记录类别), the
 * outcome of the policy-status review, rule and focus-group titles for the ids a result lists
 * (排除情形、风险消除障碍、排查重点人群), and the visit list (须入户核实) as text. Everything here reads a result and
 * a household, nothing else, so a worker thread can build a row from a lean assessment.
 *
 * @module
 */
import type { Household, MonitoringCategory } from '../model/household.js';
import { fieldLabel } from '../model/field-labels.js';
import { MONITORING_CATEGORIES, POLICY_STATUSES, type Text } from '../model/labels.js';
import { RULES } from '../rules/catalog.js';
import type { PolicyStatusOutcome } from '../rules/policy-status/index.js';
import type { Verification } from '../kernel/verification.js';

/**
 * 原记录类别 — what the export itself records about a household: its A3 monitoring category, `eliminated`
 * when the risk is marked eliminated (A53/A54, whatever the category), or `not-monitored` when the record
 * has no monitoring block (not a monitoring object).
 */
export type RecordedState = MonitoringCategory | 'eliminated' | 'not-monitored';

/** The recorded states, in table order (the rows of the recorded → recomputed matrix), with their labels. */
export const RECORDED_STATES: Readonly<Record<RecordedState, Text>> = {
  unstable: { zh: MONITORING_CATEGORIES.unstable.zh, en: MONITORING_CATEGORIES.unstable.en },
  marginal: { zh: MONITORING_CATEGORIES.marginal.zh, en: MONITORING_CATEGORIES.marginal.en },
  'sudden-hardship': { zh: MONITORING_CATEGORIES['sudden-hardship'].zh, en: MONITORING_CATEGORIES['sudden-hardship'].en },
  eliminated: { zh: '已消除风险', en: 'risk eliminated' },
  'not-monitored': { zh: '非监测对象', en: 'not a monitoring object' },
};

/** The recorded states in table order. */
export const RECORDED_STATE_ORDER = Object.keys(RECORDED_STATES) as RecordedState[];

/**
 * The export's own record of a household (see {@link RecordedState}).
 *
 * @example
 * recordedStateOf({ ...h, monitoring: { category: 'marginal', identifiedOn: '2022-05-01' } })                                   // 'marginal'
 * recordedStateOf({ ...h, monitoring: { category: 'marginal', identifiedOn: '2022-05-01', eliminated: { method: 'assisted', on: '2023-06-30' } } }) // 'eliminated'
 * recordedStateOf({ ...h, monitoring: undefined })                                                                              // 'not-monitored'
 */
export function recordedStateOf(h: Pick<Household, 'monitoring'>): RecordedState {
  const m = h.monitoring;
  if (!m) return 'not-monitored';
  return m.eliminated ? 'eliminated' : m.category;
}

/**
 * 与原记录是否一致 — whether the recomputed identification agrees with what the export records:
 * - a recorded monitoring object (A3 category, not eliminated) agrees only when it is identified now in the
 *   same category — one that is now in another category, *to verify* or *not identified* differs;
 * - a household recorded as not monitored, or whose risk is marked eliminated, agrees only when it is *not
 *   identified* now — one now identified or *to verify* differs (a candidate for entry or 风险再标注);
 * - `null` when the recomputed outcome is *undetermined*: the record lacks something, there is nothing to compare.
 *
 * @example
 * agreesWithRecord('marginal', { outcome: 'identified', category: 'marginal' })        // true
 * agreesWithRecord('marginal', { outcome: 'to-verify', category: null })               // false
 * agreesWithRecord('not-monitored', { outcome: 'not-identified', category: null })     // true
 * agreesWithRecord('not-monitored', { outcome: 'undetermined', category: null })       // null
 */
export function agreesWithRecord(recorded: RecordedState, monitoring: { outcome: string; category: string | null }): boolean | null {
  if (monitoring.outcome === 'undetermined') return null;
  if (recorded === 'not-monitored' || recorded === 'eliminated') return monitoring.outcome === 'not-identified';
  return monitoring.outcome === 'identified' && monitoring.category === recorded;
}

/** 政策状态结论 — the outcomes of the policy-status review, with their labels. */
export const POLICY_STATUS_OUTCOMES: Readonly<Record<PolicyStatusOutcome, Text>> = {
  enjoying: { zh: POLICY_STATUSES.enjoying.zh, en: POLICY_STATUSES.enjoying.en },
  'not-enjoying': { zh: POLICY_STATUSES['not-enjoying'].zh, en: POLICY_STATUSES['not-enjoying'].en },
  'to-verify': { zh: '待核实', en: 'to verify' },
  undetermined: { zh: '无法判定（记录缺项）', en: 'undetermined (record incomplete)' },
  'not-applicable': { zh: '不适用', en: 'not applicable' },
};

let titles: Map<string, Text> | undefined;

/**
 * A rule's title by id, for a list an analyst reads; the id itself (in both languages) when the catalog
 * has no such rule.
 *
 * @example
 * ruleTitle('identification.exclusion.luxury-car').zh // '排除：拥有并经常使用高档乘用车辆'
 */
export function ruleTitle(id: string): Text {
  titles ??= new Map(RULES.map((r) => [r.id, r.title]));
  return titles.get(id) ?? { zh: id, en: id };
}

/**
 * The name of an elimination blocker (`EliminationResult.blockers`): the title of the condition's rule
 * (`income-below-line` → 人均纯收入未超过当年监测范围); a province's own item `prohibition.<id>` by the list's
 * title and the item's id, as the profile names it.
 *
 * @example
 * blockerLabel('too-soon').zh              // '识别认定时间不足'
 * blockerLabel('prohibition.item-3').zh    // '不予消除情形（如“七不消”）：item-3'
 */
export function blockerLabel(id: string): Text {
  if (id.startsWith('prohibition.')) {
    const list = ruleTitle('elimination.prohibitions');
    const item = id.slice('prohibition.'.length);
    return { zh: `${list.zh}：${item}`, en: `${list.en}: ${item}` };
  }
  return ruleTitle(`elimination.${id}`);
}

/**
 * The name of a look-back check (`RollbackResult.reasons`, `checks`): the title of its rule.
 *
 * @example
 * lookBackLabel('rollback-income-below-line').zh // '风险消除回退：人均纯收入低于监测线'
 */
export function lookBackLabel(id: string): Text {
  const rule = id.startsWith('rollback-') ? `elimination.rollback.${id.slice('rollback-'.length)}` : id === 'remark-new-risk' ? 'elimination.remark' : id === 'relabel-by-identification-income' ? 'elimination.relabel' : `elimination.${id}`;
  return ruleTitle(rule);
}

/**
 * The name of a screening focus group (`ScreeningResult.groups`).
 *
 * @example
 * screeningGroupLabel('dibao-or-tekun').zh // '低保对象、分散供养特困人员'
 */
export function screeningGroupLabel(id: string): Text {
  return ruleTitle(`screening.${id}`);
}

/**
 * The key a fact is counted under across households: a member's field without the member's row
 * (`members[2].labour` → `members[].labour`), anything else as it is.
 *
 * @example
 * factKey('members[2].labour') // 'members[].labour'
 * factKey('riskTypes')         // 'riskTypes'
 */
export function factKey(field: string): string {
  return field.replace(/^members\[\d+\]/, 'members[]');
}

/**
 * The name of a fact counted across households ({@link factKey}): a member's field as "成员的…".
 *
 * @example
 * factKeyLabel('members[].labour').zh // '成员的A14 劳动技能'
 */
export function factKeyLabel(key: string): Text {
  if (key.startsWith('members[].')) {
    const inner = fieldLabel(key);
    return inner.zh === key ? inner : { zh: `成员的${inner.zh}`, en: `${inner.en} of a member` };
  }
  return fieldLabel(key);
}

/**
 * One way to settle a decision at the home visit, as a line of a visit list: the test and its facts.
 *
 * @example
 * verificationText({ rule: 'identification.risk-on-record', label: { zh: '有返贫致贫风险在案', en: 'a risk on record' },
 *   facts: [{ field: 'riskTypes', label: { zh: 'A27 致贫返贫风险类型', en: 'A27 risk' } }], citations: [] }, 'zh')
 * // '有返贫致贫风险在案（A27 致贫返贫风险类型）'
 */
export function verificationText(v: { label: Text; facts: readonly Pick<Verification['facts'][number], 'label'>[] }, language: 'zh' | 'en'): string {
  const facts = v.facts.map((f) => f.label[language]);
  if (facts.length === 0) return v.label[language];
  return language === 'zh' ? `${v.label.zh}（${facts.join('、')}）` : `${v.label.en} (${facts.join('; ')})`;
}
