/**
 * 困难条件 — the hardship conditions of Longkou's identification standard and its 严重困难户.
 *
 * 龙扶贫组字〔2021〕1号 §二(二):
 * > 对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:
 * > 1. 因病、因残、因学等原因引发的刚性支出明显超过上年度收入,导致“两不愁三保障”和饮水安全受到影响的;
 * > 2. 因灾、因意外事故等原因引发的收入大幅缩减,导致家庭生活出现临时性困难的。
 * > 对户年人均可支配收入高于省定监测线,但因病因残因学因灾因意外事故等刚性支出骤增或收入骤减,导致家庭出现严重困难,影响到基本生活的农户,应当纳入严重困难户监测范围。
 *
 * Which conditions a profile requires (`identificationConditions`) and whether severe difficulty is a
 * path of its own (`severeDifficultyPath`) are profile data. Each condition is the "and" of its two
 * recorded facts (`hardship.*`); an unrecorded fact leaves the condition undetermined.
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import type { IdentificationCondition } from '../../profile/parameters/identification.js';
import { defineRule, type Rule } from '../../kernel/rule.js';
import { allOf, known, type Known } from '../../kernel/known.js';

const S004 = '龙扶贫组字〔2021〕1号';
const S004_STANDARD =
  '对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:';

export const rigidSpendingRule = defineRule({
  id: 'identification.condition.rigid-spending',
  layer: 'identification',
  title: { zh: '条件1：刚性支出明显超过上年度收入', en: 'condition 1: rigid spending clearly above last year\'s income' },
  citations: [
    { doc: S004, clause: '二(二)', quote: S004_STANDARD },
    { doc: S004, clause: '二(二)1', quote: '1. 因病、因残、因学等原因引发的刚性支出明显超过上年度收入,导致“两不愁三保障”和饮水安全受到影响的;' },
  ],
  description: {
    zh: '刚性支出明显超过上年度收入（hardship.rigidSpendingExceedsIncome），且导致“两不愁三保障”和饮水安全受到影响（hardship.basicNeedsAffected）。',
    en: 'Rigid spending clearly exceeds last year\'s income (hardship.rigidSpendingExceedsIncome) and so affects 两不愁三保障 or drinking-water safety (hardship.basicNeedsAffected).',
  },
  parameters: ['identificationConditions'],
  facts: ['hardship.rigidSpendingExceedsIncome', 'hardship.basicNeedsAffected'],
});

export const incomeDropRule = defineRule({
  id: 'identification.condition.income-drop',
  layer: 'identification',
  title: { zh: '条件2：因灾因意外收入大幅缩减', en: 'condition 2: income cut sharply by a disaster or accident' },
  citations: [
    { doc: S004, clause: '二(二)', quote: S004_STANDARD },
    { doc: S004, clause: '二(二)2', quote: '2. 因灾、因意外事故等原因引发的收入大幅缩减,导致家庭生活出现临时性困难的。' },
  ],
  description: {
    zh: '因灾、因意外事故等收入大幅缩减（hardship.sharpIncomeDrop），且导致家庭生活出现临时性困难（hardship.temporaryHardship）。',
    en: 'Income sharply cut by a disaster or accident (hardship.sharpIncomeDrop), causing temporary hardship in family life (hardship.temporaryHardship).',
  },
  parameters: ['identificationConditions'],
  facts: ['hardship.sharpIncomeDrop', 'hardship.temporaryHardship'],
});

export const severeDifficultyRule = defineRule({
  id: 'identification.severe-difficulty',
  layer: 'identification',
  title: { zh: '严重困难户：刚性支出骤增或收入骤减，影响基本生活', en: 'severe difficulty: a surge of rigid spending or collapse of income hurting basic living' },
  citations: [
    {
      doc: S004,
      clause: '二(二)',
      quote: '对户年人均可支配收入高于省定监测线,但因病因残因学因灾因意外事故等刚性支出骤增或收入骤减,导致家庭出现严重困难,影响到基本生活的农户,应当纳入严重困难户监测范围。',
    },
  ],
  description: {
    zh: '因病因残因学因灾因意外事故等刚性支出骤增或收入骤减，导致家庭出现严重困难、影响到基本生活（hardship.severeDifficulty）。人均收入不低于监测线的为突发严重困难户；低于监测线的同样纳入，类别按收入确定（见 docs/decisions.md）。',
    en: 'A surge of rigid spending or a collapse of income from illness, disability, schooling, disaster or accident causes severe difficulty affecting basic living (hardship.severeDifficulty). At or above the line the household is 突发严重困难户; below the line it is identified too, its category following income (see docs/decisions.md).',
  },
  parameters: ['severeDifficultyPath', 'categoryIncomeFigure', 'monitoringLine'],
  facts: ['hardship.severeDifficulty'],
});

/** A hardship condition's rule and its evaluation. */
export const CONDITIONS: Record<IdentificationCondition, { rule: Rule; test: (h: Household) => Known }> = {
  'rigid-spending': {
    rule: rigidSpendingRule,
    test: (h) => allOf(known(h.hardship?.rigidSpendingExceedsIncome, 'hardship.rigidSpendingExceedsIncome'), known(h.hardship?.basicNeedsAffected, 'hardship.basicNeedsAffected')),
  },
  'income-drop': {
    rule: incomeDropRule,
    test: (h) => allOf(known(h.hardship?.sharpIncomeDrop, 'hardship.sharpIncomeDrop'), known(h.hardship?.temporaryHardship, 'hardship.temporaryHardship')),
  },
};

/** Severe difficulty affecting basic living, as recorded. */
export function severeDifficulty(h: Household): Known {
  return known(h.hardship?.severeDifficulty, 'hardship.severeDifficulty');
}
