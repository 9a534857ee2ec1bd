/**
 * 收入明细 — the itemised parts of an income total must sum to it.
 *
 * 榕晋乡振〔2023〕12号 附件1 四:
 * > 工资性收入　转移性收入　计划生育金　低保金　特困供养金　养老金　生态补偿金　其他转移性收入　生产经营性收入　财产性收入　资产收益扶贫分红收入　其他财产性收入　生产经营性支出
 *
 * One rule, tested once for each total whose parts are given (wage A28, property A30, transfer A31):
 * a household may have up to three findings of it, each naming its total.
 *
 * @module
 */
import { formatFen } from '../../model/money.js';
import { sumOfParts } from '../../facts/income.js';
import { clauseRule, type Explained } from '../../kernel/clause.js';
import type { IncomeContext } from './context.js';

/** The totals that may be itemised: the form's code and name. */
export const ITEMISED = {
  wage: { form: 'A28', zh: '工资性收入', en: 'wage income' },
  property: { form: 'A30', zh: '财产性收入', en: 'property income' },
  transfer: { form: 'A31', zh: '转移性收入', en: 'transfer income' },
} as const;

/** One itemised total of a household's income. */
export interface BreakdownContext extends IncomeContext {
  readonly part: keyof typeof ITEMISED;
}

/** The difference of parts that sum to their total, as money. */
const NO_DIFFERENCE = formatFen(0);

/** The sum of the parts and the total, in fen. */
type Sums = { sum: number; total: number };

export const breakdownRule = clauseRule<BreakdownContext, Sums>({
  id: 'income.breakdown',
  layer: 'income',
  title: { zh: '收入分项与合计一致', en: 'income items sum to their totals' },
  citations: [
    {
      doc: '榕晋乡振〔2023〕12号',
      clause: '附件1 四',
      quote: '工资性收入　转移性收入　计划生育金　低保金　特困供养金　养老金　生态补偿金　其他转移性收入　生产经营性收入　财产性收入　资产收益扶贫分红收入　其他财产性收入　生产经营性支出',
    },
  ],
  description: {
    zh: '给出分项时，各分项之和应等于对应合计（工资性、财产性、转移性收入）；不一致时报告差额。',
    en: 'When itemised parts are given, they must sum to their total (wage, property, transfer income); a mismatch is reported with the difference.',
  },
  parameters: [],
  facts: ['income.breakdown'],
  test: (c) => {
    // The parts by the facts' own sum; the total as the income facts hold it in fen.
    const sum = sumOfParts(c.h.income.breakdown?.[c.part]) ?? 0;
    const total = c.income[c.part];
    // `met`: the check fires — the parts do not sum to the total.
    return { outcome: sum === total ? 'not-met' : 'met', data: { sum, total } };
  },
  explain: (c, t): Explained => {
    const { sum, total } = t.data;
    const { form, zh, en } = ITEMISED[c.part];
    const money = formatFen;
    const sumText = money(sum);
    if (t.outcome === 'not-met') {
      // The parts sum to the total: the same amount, no difference.
      return { message: { zh: `${zh}各分项之和 ${sumText} 元与 ${form} 合计一致`, en: `the ${en} items sum to the ${form} total, ${sumText} yuan` }, values: { total: sumText, sumOfParts: sumText, difference: NO_DIFFERENCE, form } };
    }
    const totalText = money(total);
    const difference = money(sum - total);
    return {
      message: { zh: `${zh}各分项之和 ${sumText} 元与 ${form} 合计 ${totalText} 元不一致（相差 ${difference} 元）`, en: `the ${en} items sum to ${sumText} yuan but the ${form} total is ${totalText} yuan (difference ${difference})` },
      values: { total: totalText, sumOfParts: sumText, difference, form },
    };
  },
});
