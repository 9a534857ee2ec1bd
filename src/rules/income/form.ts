/**
 * 收支情况 — household income, as the national collection form defines it.
 *
 * 临稷办发〔2023〕76号 附件1 注1–2:
 * > 1. A33=A28+A29+A30+A31-A32　A37=A33+A35-A36
 * > 2. A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * A34 家庭人均纯收入 = A33 ÷ 家庭人口数; A38 纳入监测对象的人均收入参考范围 = A37 ÷ 家庭人口数.
 * Arithmetic is exact, in integer fen (src/facts/income.ts). Per-capita values are rounded as the
 * profile declares (`perCapitaRounding`, default half-up to the fen) for display; comparisons with a
 * line use the exact quotient unless the profile says otherwise (`lineComparison`, src/kernel/line.ts).
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import { divideFen, formatFen, type RoundingMode } from '../../model/money.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { STEP_FEN } from '../../kernel/line.js';
import { sharedCitesOf, type Rule } from '../../kernel/rule.js';
import { incomeTexts } from '../../facts/income.js';
import { COMPUTED, type IncomeContext, type Rounding } from './context.js';

const FORM = '临稷办发〔2023〕76号';

const money = (fen: number) => formatFen(fen);

/** A33 家庭纯收入 — 附件1 注1. */
export const A33Rule = clauseRule<IncomeContext>({
  id: 'income.A33',
  layer: 'income',
  title: { zh: 'A33 家庭纯收入', en: 'A33 household net income' },
  citations: [{ doc: FORM, clause: '附件1 注1', quote: 'A33=A28+A29+A30+A31-A32' }],
  description: {
    zh: '家庭纯收入 = 工资性收入 + 生产经营性收入 + 财产性收入 + 转移性收入 − 生产经营性支出（精确到分）。',
    en: 'Net income = wage + operating + property + transfer income − operating expense (exact to the fen).',
  },
  parameters: [],
  facts: ['income.wage', 'income.operating', 'income.property', 'income.transfer', 'income.operatingExpense'],
  test: () => COMPUTED,
  explain: (c): Explained => {
    const f = incomeTexts(c.income);
    const terms = `${f.wage} + ${f.operating} + ${f.property} + ${f.transfer} − ${f.operatingExpense} = ${f.net}`;
    return {
      message: { zh: `A33 家庭纯收入 = ${terms} 元`, en: `A33 net income = ${terms} yuan` },
      values: { A28: f.wage, A29: f.operating, A30: f.property, A31: f.transfer, A32: f.operatingExpense, A33: f.net },
    };
  },
});

/** A37 纳入监测对象的收入参考范围 — 附件1 注1. */
export const A37Rule = clauseRule<IncomeContext>({
  id: 'income.A37',
  layer: 'income',
  title: { zh: 'A37 纳入监测对象的收入参考范围', en: 'A37 reference income for identification' },
  citations: [{ doc: FORM, clause: '附件1 注1', quote: 'A37=A33+A35-A36' }],
  description: {
    zh: '收入参考范围 = 家庭纯收入 + 理赔收入 − 合规自付支出（未填视为0）。',
    en: 'Reference income = net income + insurance and compensation payouts − compliant out-of-pocket spending (absent = 0).',
  },
  parameters: [],
  facts: ['income.claims', 'income.compliantOutOfPocket'],
  test: () => COMPUTED,
  explain: (c): Explained => {
    const f = incomeTexts(c.income);
    const terms = `${f.net} + ${f.claims} − ${f.compliantOutOfPocket} = ${f.reference}`;
    return {
      message: { zh: `A37 收入参考范围 = ${terms} 元`, en: `A37 reference income = ${terms} yuan` },
      values: { A33: f.net, A35: f.claims, A36: f.compliantOutOfPocket, A37: f.reference },
    };
  },
});

/** How a rounding mode is named in a message. */
const ROUNDING_NAMES: Record<RoundingMode, string> = {
  'half-up': '四舍五入',
  'half-even': '四舍六入五成双',
  'half-down': '五舍六入',
  down: '向零舍去',
  up: '远离零进位',
  floor: '向下取整',
  ceil: '向上取整',
};

/** A per-capita value in fen, rounded as the profile declares; `null` without a household size (or a parameter date). */
type PerCapita = number | null;

/** The per-capita value of a total (A33 for A34, A37 for A38), or what leaves it unknown. */
function perCapita(c: IncomeContext, totalFen: number): Tested<PerCapita> {
  const size = c.income.size;
  if (c.rounding === undefined || size === null || size === 0) {
    const missing = size === null || !c.income.context.parameterDate ? ['asOf'] : [];
    return { outcome: 'undetermined', missing, data: null };
  }
  const r = c.rounding.value;
  return { outcome: 'info', data: divideFen(totalFen, size, r.mode, STEP_FEN[r.step]) };
}

/** The words a rounding adds to a per-capita message, and its name in the values. */
function roundingWords(r: Rounding): { how: Text; name: string } {
  const { mode, step } = r;
  return { how: { zh: `（${ROUNDING_NAMES[mode]}，步长 ${step} 元）`, en: ` (rounded ${mode} to ${step} yuan)` }, name: `${mode} ${step}` };
}

/** The explanation of a per-capita value: the division and its rounding, or why it cannot be made. */
function explainPerCapita(c: IncomeContext, t: Tested<PerCapita>, rule: Rule, names: { total: 'A33' | 'A37'; perCapita: 'A34' | 'A38' }, what: Text, total: string): Explained {
  const size = c.income.size;
  if (t.data === null || c.rounding === undefined) {
    return { message: { zh: `${rule.title.zh}无法计算：家庭人口数未知或为0`, en: `${rule.title.en} cannot be computed: the household size is unknown or zero` }, values: { householdSize: size } };
  }
  const words = roundingWords(c.rounding.value);
  const value = money(t.data);
  return {
    message: { zh: `${names.perCapita} ${what.zh} = ${total} ÷ ${size} = ${value} 元${words.how.zh}`, en: `${names.perCapita} ${what.en} = ${total} ÷ ${size} = ${value} yuan${words.how.en}` },
    // (the keys in this order: the finding's JSON)
    values: names.total === 'A33' ? { A33: total, householdSize: size, A34: value, rounding: words.name } : { A37: total, householdSize: size, A38: value, rounding: words.name },
    citations: sharedCitesOf(rule, c.rounding.citation),
  };
}

const PER_CAPITA_NET: Text = { zh: '家庭人均纯收入', en: 'per-capita net income' };
const PER_CAPITA_REFERENCE: Text = { zh: '人均收入参考范围', en: 'per-capita reference income' };

/** A34 家庭人均纯收入 — 附件1 A34, 注2. */
export const A34Rule = clauseRule<IncomeContext, PerCapita>({
  id: 'income.A34',
  layer: 'income',
  title: { zh: 'A34 家庭人均纯收入', en: 'A34 per-capita net income' },
  citations: [
    { doc: FORM, clause: '附件1 A34', quote: 'A34 家庭人均纯收入（系统生成）（元）' },
    { doc: FORM, clause: '附件1 注2', quote: 'A34 是区分前两类还是第三类对象的参考。' },
  ],
  description: {
    zh: '家庭人均纯收入 = A33 ÷ 家庭人口数，按配置的舍入规则显示；与监测线比较时默认用未舍入的精确值。',
    en: 'Per-capita net income = A33 ÷ household size, shown rounded as the profile declares; compared with a line at its exact value by default.',
  },
  parameters: ['perCapitaRounding', 'lineComparison', 'householdSizeRule'],
  test: (c) => perCapita(c, c.income.net),
  explain: (c, t, rule) => explainPerCapita(c, t, rule, { total: 'A33', perCapita: 'A34' }, PER_CAPITA_NET, incomeTexts(c.income).net),
});

/** A38 纳入监测对象的人均收入参考范围 — 附件1 A38, 注2. */
export const A38Rule = clauseRule<IncomeContext, PerCapita>({
  id: 'income.A38',
  layer: 'income',
  title: { zh: 'A38 纳入监测对象的人均收入参考范围', en: 'A38 per-capita reference income' },
  citations: [
    { doc: FORM, clause: '附件1 A38', quote: 'A38 纳入监测对象的人均收入参考范围（系统生成）（元）' },
    { doc: FORM, clause: '附件1 注2', quote: 'A38 是确定监测对象的参考' },
  ],
  description: {
    zh: '人均收入参考范围 = A37 ÷ 家庭人口数，是确定是否纳入监测的参考。',
    en: 'Per-capita reference income = A37 ÷ household size: the figure that decides entry into monitoring.',
  },
  parameters: ['perCapitaRounding', 'lineComparison', 'householdSizeRule'],
  test: (c) => perCapita(c, c.income.reference),
  explain: (c, t, rule) => explainPerCapita(c, t, rule, { total: 'A37', perCapita: 'A38' }, PER_CAPITA_REFERENCE, incomeTexts(c.income).reference),
});
