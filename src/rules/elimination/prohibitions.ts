/**
 * 不予消除情形 (Gansu's 七不消) — a province's own list of situations in which a risk is not to be
 * marked eliminated, supplied as data.
 *
 * 党委发〔2023〕70号 §一(二):
 * > 依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”
 *
 * The wording of the 七不消 (甘乡振局发〔2023〕59号) is not held, so the Gansu profile names the list
 * and leaves it empty; an elimination under it is then undetermined — the list must be applied and
 * the library cannot apply it — naming `parameters.eliminationProhibitions`. A user who supplies the
 * items (parameter `eliminationProhibitions`) gets each one applied when it says how to test it —
 * by a built-in elimination condition, or by one boolean fact of the record — and listed for a person
 * to check otherwise. Nothing is guessed from an item's wording.
 *
 * @module
 */
import { finding, type Citation, type Finding } from '../../explain/finding.js';
import type { Household } from '../../model/household.js';
import type { ProhibitionFact } from '../../profile/parameters/elimination.js';
import { citesOf, defineRule } from '../../kernel/rule.js';
import type { ConditionEvaluator } from './conditions.js';
import type { EliminationContext } from './context.js';
import { optionalParameter } from '../../profile/lookup.js';
import type { Verification } from '../../kernel/verification.js';

/** What an elimination under a list without items is missing. */
const PROHIBITIONS_PARAMETER = 'parameters.eliminationProhibitions';

export const prohibitionsRule = defineRule({
  id: 'elimination.prohibitions',
  layer: 'elimination',
  title: { zh: '不予消除情形（如“七不消”）', en: 'situations barring elimination (e.g. 七不消)' },
  citations: [{ doc: '党委发〔2023〕70号', clause: '一(二)', quote: '依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”' }],
  description: {
    zh: '配置提供的不予消除清单逐项检验：指定内置条件的，随该条件；指定布尔事实的，按事实取值；未指定检验方式的，列为人工核查项。清单为空的（甘肃“七不消”原文未持有），说明未提供。',
    en: 'Tests each item of the profile\'s list: an item naming a built-in condition follows it; an item naming a boolean fact follows the fact; an item without a test is listed for a person to check. An empty list (the text of Gansu\'s 七不消 is not held) is reported as not supplied.',
  },
  parameters: ['eliminationProhibitions'],
});

const FACTS: Record<ProhibitionFact, (h: Household) => boolean | undefined> = {
  'guarantees.housingUnsafe': (h) => h.guarantees?.housingUnsafe,
  'guarantees.compulsoryEducationDropout': (h) => h.guarantees?.compulsoryEducationDropout,
  'guarantees.drinkingWaterUnsafe': (h) => h.guarantees?.drinkingWaterUnsafe,
  'guarantees.memberWithoutMedicalInsurance': (h) => h.guarantees?.memberWithoutMedicalInsurance,
  'hardship.rigidSpendingExceedsIncome': (h) => h.hardship?.rigidSpendingExceedsIncome,
  'hardship.basicNeedsAffected': (h) => h.hardship?.basicNeedsAffected,
  'hardship.sharpIncomeDrop': (h) => h.hardship?.sharpIncomeDrop,
  'hardship.temporaryHardship': (h) => h.hardship?.temporaryHardship,
  'hardship.severeDifficulty': (h) => h.hardship?.severeDifficulty,
  'hardship.noStableIncomeFromWork': (h) => h.hardship?.noStableIncomeFromWork,
  'monitoring.review.incomeStable': (h) => h.monitoring?.review?.incomeStable,
  'monitoring.review.rigidSpendingResolved': (h) => h.monitoring?.review?.rigidSpendingResolved,
  'monitoring.review.riskGone': (h) => h.monitoring?.review?.riskGone,
  'monitoring.review.newRisk': (h) => h.monitoring?.review?.newRisk,
  'monitoring.review.dependsOnMeasures': (h) => h.monitoring?.review?.dependsOnMeasures,
  'monitoring.review.informedConsent': (h) => h.monitoring?.review?.informedConsent,
  'monitoring.procedure.application': (h) => h.monitoring?.procedure?.application,
  'monitoring.procedure.authorisation': (h) => h.monitoring?.procedure?.authorisation,
  'monitoring.procedure.democraticReview': (h) => h.monitoring?.procedure?.democraticReview,
  'monitoring.procedure.publicity': (h) => h.monitoring?.procedure?.publicity,
  'monitoring.procedure.assetVerification': (h) => h.monitoring?.procedure?.assetVerification,
  noLabourSafetyNet: (h) => h.noLabourSafetyNet,
};

/** What the list contributed to the decision. */
export interface ProhibitionsOutcome {
  /** Blockers `prohibition.<id>`. */
  blockers: string[];
  /** Missing facts of items that could not be decided (and `parameters.eliminationProhibitions` when the list has no items). */
  missing: string[];
  undetermined: boolean;
  /** Items without a test, for a person to check at the review: one verification each. */
  toCheck: Verification[];
  flags: string[];
  findings: Finding[];
}

/**
 * Applies the profile's "不予消除" list, if it has one.
 *
 * @example
 * applyProhibitions(ctx, evaluator).missing // ['parameters.eliminationProhibitions'] under gansu/wuqingyuan/2023
 */
export function applyProhibitions(c: EliminationContext, conditions: ConditionEvaluator): ProhibitionsOutcome {
  const out: ProhibitionsOutcome = { blockers: [], missing: [], undetermined: false, toCheck: [], flags: [], findings: [] };
  if (c.on === null) return out;
  const v = optionalParameter(c.profile, 'eliminationProhibitions', c.on);
  if (!v) return out;
  const list = v.value;
  const listCite: Citation = { doc: v.citation.doc, clause: v.citation.clause };
  // Lean mode (`explain: false`) collects nothing: `findings?.push(…)` then evaluates no argument.
  const findings: Finding[] | null = c.explain ? out.findings : null;
  if (list.items.length === 0) {
    // The profile applies a list whose items are not supplied: the elimination cannot be decided
    // until they are (never "eligible" on the national conditions alone).
    out.flags.push('prohibitions-not-supplied');
    out.undetermined = true;
    out.missing.push(PROHIBITIONS_PARAMETER);
    const why = list.itemsUnavailable ?? { zh: '清单未提供条目', en: 'the list has no items' };
    findings?.push(
      finding(
        prohibitionsRule.id,
        'undetermined',
        {
          zh: `“${list.name.zh}”条目未提供，无法逐项检验，风险消除无法判定：${why.zh}。可在配置参数 eliminationProhibitions 中提供各项及其出处`,
          en: `the items of ${list.name.en} were not supplied, so they cannot be checked and the elimination is undetermined: ${why.en}. Supply the items with their source in the profile parameter eliminationProhibitions`,
        },
        [listCite],
        { list: list.name.zh, items: 0 },
        [PROHIBITIONS_PARAMETER],
      ),
    );
    return out;
  }
  const byHand: string[] = [];
  for (const item of list.items) {
    const test = item.test;
    if (!test) {
      byHand.push(item.id);
      out.toCheck.push({
        rule: prohibitionsRule.id,
        label: { zh: `“${list.name.zh}”第 ${item.id} 项`, en: `${list.name.en} item ${item.id}` },
        facts: [{ field: `prohibition.${item.id}`, label: { zh: item.text.zh, en: item.text.en } }],
        citations: [{ doc: item.citation.doc, clause: item.citation.clause }],
      });
      continue;
    }
    const cites = findings ? citesOf(prohibitionsRule, listCite, { doc: item.citation.doc, clause: item.citation.clause }) : [];
    const label = findings ? { zh: `“${list.name.zh}”第 ${item.id} 项（${item.text.zh}）`, en: `${list.name.en} item ${item.id} (${item.text.en})` } : { zh: '', en: '' };
    const rule = prohibitionsRule.id;
    if ('condition' in test) {
      const cond = conditions.get(test.condition);
      const values = () => ({ item: item.id, condition: test.condition, conditionOutcome: cond.outcome });
      if (cond.outcome === 'met') {
        out.blockers.push(`prohibition.${item.id}`);
        findings?.push(finding(rule, 'met', { zh: `${label.zh}：${cond.finding!.message.zh}，不予消除`, en: `${label.en}: ${cond.finding!.message.en}; not to be eliminated` }, cites, values()));
      } else if (cond.outcome === 'undetermined') {
        out.undetermined = true;
        const missing = cond.missing && cond.missing.length > 0 ? [...cond.missing] : [];
        out.missing.push(...missing);
        findings?.push(finding(rule, 'undetermined', { zh: `${label.zh}：${cond.finding!.message.zh}`, en: `${label.en}: ${cond.finding!.message.en}` }, cites, values(), missing));
      } else {
        findings?.push(finding(rule, 'not-met', { zh: `${label.zh}：不属此情形`, en: `${label.en}: does not apply` }, cites, values()));
      }
      continue;
    }
    const value = FACTS[test.fact](c.h);
    const values = () => ({ item: item.id, fact: test.fact, value: value ?? null, blocksWhen: test.blocksWhen });
    if (value === undefined) {
      out.undetermined = true;
      out.missing.push(test.fact);
      findings?.push(finding(rule, 'undetermined', { zh: `${label.zh}：未记录 ${test.fact}`, en: `${label.en}: ${test.fact} is not recorded` }, cites, values(), [test.fact]));
    } else if (value === test.blocksWhen) {
      out.blockers.push(`prohibition.${item.id}`);
      findings?.push(finding(rule, 'met', { zh: `${label.zh}：${test.fact} 为 ${value}，不予消除`, en: `${label.en}: ${test.fact} is ${value}; not to be eliminated` }, cites, values()));
    } else {
      findings?.push(finding(rule, 'not-met', { zh: `${label.zh}：${test.fact} 为 ${value}，不属此情形`, en: `${label.en}: ${test.fact} is ${value}; does not apply` }, cites, values()));
    }
  }
  if (byHand.length > 0) {
    out.flags.push('prohibitions-to-check');
    findings?.push(
      finding(
        prohibitionsRule.id,
        'info',
        { zh: `“${list.name.zh}”第 ${byHand.join('、')} 项无法由记录判定，须人工核查`, en: `${list.name.en} items ${byHand.join(', ')} cannot be decided from the record: check them by hand` },
        citesOf(prohibitionsRule, listCite),
        { itemsToCheck: byHand },
      ),
    );
  }
  return out;
}
