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
 * One rule, asked several questions: a province's list is data of any length, so the rule is tested
 * once per item (and once more for the items left to a person, or for a list without items), each
 * test with its own finding. The rule's header, test and explanation still sit together below.
 *
 * @module
 */
import type { Citation, Finding } from '../../explain/finding.js';
import { fieldLabel } from '../../model/field-labels.js';
import type { Household } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import type { ParameterValue, Profile } from '../../profile/schema.js';
import type { ProhibitionFact } from '../../profile/parameters/elimination.js';
import { optionalParameter } from '../../profile/lookup.js';
import { apply, clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { citesOf } from '../../kernel/rule.js';
import type { Verification } from '../../kernel/verification.js';
import { conditionExplained } from './conditions.js';
import type { ConditionTests, EliminationContext } from './context.js';

/** What an elimination under a list without items is missing. */
const PROHIBITIONS_PARAMETER = 'parameters.eliminationProhibitions';

type ProhibitionList = ParameterValue<'eliminationProhibitions'>;
type ProhibitionItem = ProhibitionList['items'][number];

/** One question the list asks: are its items supplied, does a tested item apply, which items are left to a person. */
type Question = { readonly kind: 'unsupplied' } | { readonly kind: 'item'; readonly item: ProhibitionItem } | { readonly kind: 'by-hand'; readonly ids: readonly string[] };

/** What the rule reads for one question. */
export interface ProhibitionContext {
  readonly profile: Profile;
  readonly h: Household;
  readonly conditions: ConditionTests;
  readonly list: ProhibitionList;
  /** The citation of the profile's `eliminationProhibitions` value. */
  readonly listCite: Citation;
  readonly question: Question;
}

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

const UNSUPPLIED: Tested = Object.freeze({ outcome: 'undetermined', missing: Object.freeze([PROHIBITIONS_PARAMETER]), data: undefined });
const MET: Tested = Object.freeze({ outcome: 'met', data: undefined });
const NOT_MET: Tested = Object.freeze({ outcome: 'not-met', data: undefined });
const INFO: Tested = Object.freeze({ outcome: 'info', data: undefined });

const yesNo = (v: boolean): Text => (v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });

export const prohibitionsRule = clauseRule<ProhibitionContext>({
  id: 'elimination.prohibitions',
  layer: 'elimination',
  title: { zh: '不予消除情形（如“七不消”）', en: 'situations barring elimination (e.g. 七不消)' },
  citations: [{ doc: '党委发〔2023〕70号', clause: '一(二)', quote: '依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”' }],
  description: {
    zh: '配置提供的不予消除清单逐项检验：指定内置条件的，随该条件；指定布尔事实的，按事实取值；未指定检验方式的，列为人工核查项。清单为空的（甘肃“七不消”原文未持有），说明未提供。',
    en: 'Tests each item of the profile\'s list: an item naming a built-in condition follows it; an item naming a boolean fact follows the fact; an item without a test is listed for a person to check. An empty list (the text of Gansu\'s 七不消 is not held) is reported as not supplied.',
  },
  parameters: ['eliminationProhibitions'],
  test: (c) => {
    const q = c.question;
    if (q.kind === 'unsupplied') return UNSUPPLIED;
    if (q.kind === 'by-hand') return INFO;
    const test = q.item.test!;
    if ('condition' in test) {
      const cond = c.conditions.get(test.condition);
      if (cond.outcome === 'met') return MET;
      if (cond.outcome === 'undetermined') return cond.missing && cond.missing.length > 0 ? { outcome: 'undetermined', missing: [...cond.missing], data: undefined } : { outcome: 'undetermined', data: undefined };
      return NOT_MET;
    }
    const value = FACTS[test.fact](c.h);
    if (value === undefined) return { outcome: 'undetermined', missing: [test.fact], data: undefined };
    return value === test.blocksWhen ? MET : NOT_MET;
  },
  explain: (c, t, rule): Explained => {
    const { list, question: q } = c;
    if (q.kind === 'unsupplied') {
      const why = list.itemsUnavailable ?? { zh: '清单未提供条目', en: 'the list has no items' };
      return {
        message: {
          zh: `“${list.name.zh}”条目未提供，无法逐项检验，风险消除无法判定：${why.zh}。可在配置参数 eliminationProhibitions 中提供各项及其出处`,
          en: `the items of ${list.name.en} were not supplied, so they cannot be checked and the elimination is undetermined: ${why.en}. Supply the items with their source in the profile parameter eliminationProhibitions`,
        },
        values: { list: list.name.zh, items: 0 },
        citations: [c.listCite],
      };
    }
    if (q.kind === 'by-hand') {
      return {
        message: { zh: `“${list.name.zh}”第 ${q.ids.join('、')} 项无法由记录判定，须人工核查`, en: `${list.name.en} items ${q.ids.join(', ')} cannot be decided from the record: check them by hand` },
        values: { itemsToCheck: [...q.ids] },
        citations: citesOf(rule, c.listCite),
      };
    }
    const { item } = q;
    const test = item.test!;
    const label = { zh: `“${list.name.zh}”第 ${item.id} 项（${item.text.zh}）`, en: `${list.name.en} item ${item.id} (${item.text.en})` };
    const citations = citesOf(rule, c.listCite, { doc: item.citation.doc, clause: item.citation.clause });
    if ('condition' in test) {
      const said = conditionExplained(c.conditions, test.condition).message;
      return {
        message:
          t.outcome === 'met'
            ? { zh: `${label.zh}：${said.zh}，不予消除`, en: `${label.en}: ${said.en}; not to be eliminated` }
            : t.outcome === 'undetermined'
              ? { zh: `${label.zh}：${said.zh}`, en: `${label.en}: ${said.en}` }
              : { zh: `${label.zh}：不属此情形`, en: `${label.en}: does not apply` },
        values: { item: item.id, condition: test.condition, conditionOutcome: c.conditions.get(test.condition).outcome },
        citations,
      };
    }
    const value = FACTS[test.fact](c.h);
    const fact = fieldLabel(test.fact);
    const shown = value === undefined ? undefined : yesNo(value);
    return {
      message:
        shown === undefined
          ? { zh: `${label.zh}：未记录“${fact.zh}”`, en: `${label.en}: "${fact.en}" is not recorded` }
          : t.outcome === 'met'
            ? { zh: `${label.zh}：“${fact.zh}”为${shown.zh}，不予消除`, en: `${label.en}: "${fact.en}" is ${shown.en}; not to be eliminated` }
            : { zh: `${label.zh}：“${fact.zh}”为${shown.zh}，不属此情形`, en: `${label.en}: "${fact.en}" is ${shown.en}; does not apply` },
      values: { item: item.id, fact: test.fact, value: value ?? null, blocksWhen: test.blocksWhen },
      citations,
    };
  },
});

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
}

/** What a profile without a "不予消除" list (or an assessment without a parameter date) gets: nothing, one shared frozen object. */
const NO_LIST: Readonly<ProhibitionsOutcome> = Object.freeze({ blockers: Object.freeze([]) as unknown as string[], missing: Object.freeze([]) as unknown as string[], undetermined: false, toCheck: Object.freeze([]) as unknown as Verification[], flags: Object.freeze([]) as unknown as string[] });

/**
 * Applies the profile's "不予消除" list, if it has one: the rule's test for each question, and its
 * explanation when `findings` is a list (an explained assessment). Without a list, the same frozen empty
 * outcome every time (its lists are read, never added to).
 *
 * @example
 * applyProhibitions(ctx, conditions, null).missing // ['parameters.eliminationProhibitions'] under gansu/wuqingyuan/2023
 */
export function applyProhibitions(c: EliminationContext, conditions: ConditionTests, findings: Finding[] | null): Readonly<ProhibitionsOutcome> {
  if (c.on === null) return NO_LIST;
  const v = optionalParameter(c.profile, 'eliminationProhibitions', c.on);
  if (!v) return NO_LIST;
  const out: ProhibitionsOutcome = { blockers: [], missing: [], undetermined: false, toCheck: [], flags: [] };
  const list = v.value;
  const base = { profile: c.profile, h: c.h, conditions, list, listCite: { doc: v.citation.doc, clause: v.citation.clause } };
  if (list.items.length === 0) {
    // The profile applies a list whose items are not supplied: the elimination cannot be decided
    // until they are (never "eligible" on the national conditions alone).
    const t = apply(prohibitionsRule, { ...base, question: { kind: 'unsupplied' } }, findings);
    out.flags.push('prohibitions-not-supplied');
    out.undetermined = true;
    out.missing.push(...(t.missing ?? []));
    return out;
  }
  const byHand: string[] = [];
  for (const item of list.items) {
    if (!item.test) {
      byHand.push(item.id);
      out.toCheck.push({
        rule: prohibitionsRule.id,
        label: { zh: `“${list.name.zh}”第 ${item.id} 项`, en: `${list.name.en} item ${item.id}` },
        facts: [{ field: `prohibition.${item.id}`, label: { zh: item.text.zh, en: item.text.en } }],
        citations: [{ doc: item.citation.doc, clause: item.citation.clause }],
      });
      continue;
    }
    const t = apply(prohibitionsRule, { ...base, question: { kind: 'item', item } }, findings);
    if (t.outcome === 'met') out.blockers.push(`prohibition.${item.id}`);
    else if (t.outcome === 'undetermined') {
      out.undetermined = true;
      out.missing.push(...(t.missing ?? []));
    }
  }
  if (byHand.length > 0) {
    out.flags.push('prohibitions-to-check');
    apply(prohibitionsRule, { ...base, question: { kind: 'by-hand', ids: byHand } }, findings);
  }
  return out;
}
