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
import type { IdentificationCondition } from '../../profile/parameters/identification.js';
import { clauseRule, tested, type ClauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { allOf, known } from '../../kernel/known.js';
import { uniqueCitations } from '../../kernel/line.js';
import type { Rule } from '../../kernel/rule.js';
import { RECORD_SIGNS, type RecordSign } from '../../kernel/verification.js';
import { missingNames, type IdentificationContext } from './context.js';

const S004 = '龙扶贫组字〔2021〕1号';
const S004_STANDARD =
  '对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:';

/** A condition tested: met, not met, or which of its facts are not on record (named by their labels). */
function explainCondition(c: IdentificationContext, t: Tested, rule: Rule): Explained {
  const recorded = (c.h.hardship ?? {}) as Record<string, boolean | undefined>;
  const message =
    t.outcome === 'undetermined'
      ? { zh: `${rule.title.zh}：未记录（${missingNames(t.missing ?? [], 'zh')}）`, en: `${rule.title.en}: not on record (${missingNames(t.missing ?? [], 'en')})` }
      : t.outcome === 'met'
        ? { zh: `${rule.title.zh}：符合`, en: `${rule.title.en}: met` }
        : { zh: `${rule.title.zh}：不符合`, en: `${rule.title.en}: not met` };
  return {
    message,
    values: Object.fromEntries((rule.facts ?? []).map((p) => [p, recorded[p.slice('hardship.'.length)] ?? null])),
    citations: uniqueCitations(c.conditions.citation, ...rule.cites),
  };
}

/** Condition (1): rigid spending clearly above last year's income, affecting 两不愁三保障 or drinking water. */
export const rigidSpendingRule = clauseRule<IdentificationContext>({
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
  test: (c) => tested(allOf(known(c.h.hardship?.rigidSpendingExceedsIncome, 'hardship.rigidSpendingExceedsIncome'), known(c.h.hardship?.basicNeedsAffected, 'hardship.basicNeedsAffected'))),
  explain: explainCondition,
});

/** Condition (2): income cut sharply by a disaster or accident, causing temporary hardship. */
export const incomeDropRule = clauseRule<IdentificationContext>({
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
  test: (c) => tested(allOf(known(c.h.hardship?.sharpIncomeDrop, 'hardship.sharpIncomeDrop'), known(c.h.hardship?.temporaryHardship, 'hardship.temporaryHardship'))),
  explain: explainCondition,
});

/** The signs that make the unrecorded facts of a condition worth a visit. */
export const CONDITION_SIGNS: readonly RecordSign[] = ['risk-type', 'guarantee-problem', 'hardship-fact', 'income-drop', 'out-of-pocket', 'event'];
/** The signs that make an unrecorded severe difficulty worth a visit. */
export const SEVERE_SIGNS: readonly RecordSign[] = ['guarantee-problem', 'hardship-fact', 'income-drop', 'out-of-pocket', 'event'];

/** 严重困难户: a recorded severe difficulty affecting basic living, at any income. */
export const severeDifficultyRule = clauseRule<IdentificationContext>({
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
  test: (c) => tested(known(c.h.hardship?.severeDifficulty, 'hardship.severeDifficulty')),
  explain: (c, t) => {
    const seen = c.signs().filter((s) => SEVERE_SIGNS.includes(s));
    const signText = (lang: 'zh' | 'en') => seen.map((s) => RECORD_SIGNS[s][lang]).join(lang === 'zh' ? '、' : '; ');
    const message =
      t.outcome === 'undetermined'
        ? seen.length > 0
          ? {
              zh: `未记录是否因刚性支出骤增或收入骤减导致基本生活出现严重困难；记录中有迹象（${signText('zh')}），须入户核实`,
              en: `not recorded whether a surge of rigid spending or collapse of income causes severe difficulty in basic living; the record shows signs (${signText('en')}): to verify at the home visit`,
            }
          : {
              zh: '未记录是否因刚性支出骤增或收入骤减导致基本生活出现严重困难，记录中也无此迹象：仅凭记录不按此认定',
              en: 'not recorded whether a surge of rigid spending or collapse of income causes severe difficulty in basic living, and the record shows no sign of it: not identified this way on the record alone',
            }
        : t.outcome === 'met'
          ? { zh: '刚性支出骤增或收入骤减，导致家庭出现严重困难，影响到基本生活', en: 'a surge of rigid spending or collapse of income causes severe difficulty affecting basic living' }
          : { zh: '未因刚性支出骤增或收入骤减导致严重困难', en: 'no severe difficulty from a surge of rigid spending or collapse of income' };
    return { message, values: { severeDifficulty: c.h.hardship?.severeDifficulty ?? null, signs: [...seen] }, citations: uniqueCitations(c.severePath.citation) };
  },
});

/** The hardship conditions by id. */
export const CONDITIONS: { readonly [K in IdentificationCondition]: ClauseRule<IdentificationContext> } = {
  'rigid-spending': rigidSpendingRule,
  'income-drop': incomeDropRule,
};
