/**
 * 收入条件与类别 — the income test of identification and the category it implies.
 *
 * 临稷办发〔2023〕76号 附件1 注2:
 * > 2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * 龙扶贫组字〔2021〕1号 §二(二):
 * > 对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 2023年晋安区的监测范围为家庭年人均可支配收入低于10560元
 *
 * 小甸巩固振兴组办〔2021〕1号 §二, §三(二)1:
 * > 2021年人均纯收入低于监测底线<6000元>的户
 * > 根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。
 *
 * Which per-capita figure is tested (`identificationIncomeFigure`: A38 or A34) and which separates
 * the categories (`categoryIncomeFigure`) are profile data. "低于" is strictly below; the exact
 * quotient is compared unless the profile says `lineComparison: 'rounded'`.
 *
 * @module
 */
import type { MonitoringCategory } from '../../model/household.js';
import { MONITORING_CATEGORIES } from '../../model/labels.js';
import { clauseRule, tested, type Tested } from '../../kernel/clause.js';
import type { Known } from '../../kernel/known.js';
import type { FindingValue } from '../../explain/finding.js';
import { lineTestValues, uniqueCitations, type LineTest } from '../../kernel/line.js';
import type { IdentificationContext } from './context.js';

const S000 = '临稷办发〔2023〕76号';
const FORM_NOTE_2 = '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。';

/** The per-capita figures, as a message names them. */
const FIGURE_LABEL = {
  A38: { zh: 'A38 人均收入参考范围', en: 'A38 per-capita reference income' },
  A34: { zh: 'A34 家庭人均纯收入', en: 'A34 per-capita net income' },
} as const;

/** The income test: the profile's entry figure (A38 or A34) strictly below the line. */
export const incomeTestRule = clauseRule<IdentificationContext, LineTest>({
  id: 'identification.income-test',
  layer: 'identification',
  title: { zh: '人均收入低于监测线', en: 'per-capita income below the line' },
  citations: [
    { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 },
    {
      doc: '龙扶贫组字〔2021〕1号',
      clause: '二(二)',
      quote: '对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围',
    },
    { doc: '榕晋乡振〔2023〕12号', clause: '一(一)', quote: '2023年晋安区的监测范围为家庭年人均可支配收入低于10560元' },
    { doc: '小甸巩固振兴组办〔2021〕1号', clause: '二', quote: '2021年人均纯收入低于监测底线<6000元>的户' },
  ],
  description: {
    zh: '以配置规定的人均收入口径（A38 或 A34）与监测线比较，严格低于监测线为符合收入条件。默认以未经舍入的精确人均值比较。收入条件只是识别的因素之一。',
    en: 'Compares the per-capita figure the profile names (A38 or A34) with the monitoring line; strictly below meets the income test. The exact, unrounded per-capita value is compared by default. The income test is one factor of identification, not the whole decision.',
  },
  parameters: ['monitoringLine', 'identificationIncomeFigure', 'lineComparison', 'perCapitaRounding', 'povertyAlleviatedIncomeTest'],
  facts: ['income', 'members', 'povertyAlleviated'],
  test: (c) => {
    const entry = c.entry();
    return tested(entry.below, entry);
  },
  explain: (c, t) => {
    const entry = t.data;
    const label = FIGURE_LABEL[entry.figure];
    const exempt = c.incomeRequired ? { zh: '', en: '' } : { zh: '（本配置下脱贫户不以收入为条件）', en: ' (under this profile a 脱贫户 needs no income test)' };
    let message;
    if (entry.below.value === null) {
      message = { zh: `${label.zh}无法计算：家庭人口数未知或为0${exempt.zh}`, en: `${label.en} cannot be computed: the household size is unknown or zero${exempt.en}` };
    } else {
      const shown = c.compared(entry);
      message = {
        zh: `${label.zh}${entry.below.value ? '低于' : '不低于'}监测线：${shown.zh}${exempt.zh}`,
        en: `${label.en} ${entry.below.value ? 'below' : 'not below'} the line: ${shown.en}${exempt.en}`,
      };
    }
    // (the line test's values, then this rule's: appended, not spread into a copy)
    const values: Record<string, FindingValue> = lineTestValues(c.shown(entry), c.income.size, c.lineFen, c.comparison.value);
    values.required = c.incomeRequired;
    return {
      message,
      values,
      citations: uniqueCitations(c.line.citation, c.entryFigure.citation, ...(c.povertyAlleviated ? [c.povertyAlleviatedIncomeTest.citation] : [])),
    };
  },
});

/** What the category test found: the category figure against the line, and the category it gives. */
export interface CategoryTest {
  test: LineTest;
  category: MonitoringCategory | null;
}

/** The category (A3) of a household identified for monitoring. */
export const categoryRule = clauseRule<IdentificationContext, CategoryTest>({
  id: 'identification.category',
  layer: 'identification',
  title: { zh: '监测对象类别', en: 'monitoring category' },
  citations: [
    { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 },
    {
      doc: '龙扶贫组字〔2021〕1号',
      clause: '四(五)',
      quote: '市扶贫办在系统中将存在返贫风险的脱贫户标注为“脱贫不稳定户”，将存在致贫风险的一般农户录入“边缘易致贫户”或“突发严重困难户”模块。',
    },
    { doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(二)1', quote: '根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。' },
  ],
  description: {
    zh: '纳入监测的农户：配置规定的人均收入口径（通常为 A34）低于监测线的，脱贫户为脱贫不稳定户、一般农户为边缘易致贫户；不低于监测线的为突发严重困难户。配置可规定纳入监测的脱贫户一律为脱贫不稳定户。',
    en: 'For an identified household: when the profile\'s category figure (usually A34) is below the line, a 脱贫户 is 脱贫不稳定户 and any other household 边缘易致贫户; at or above the line it is 突发严重困难户. A profile may label every identified 脱贫户 脱贫不稳定户.',
  },
  parameters: ['categoryIncomeFigure', 'povertyAlleviatedCategory', 'monitoringLine', 'lineComparison'],
  facts: ['income', 'members', 'povertyAlleviated'],
  test: (c): Tested<CategoryTest> => {
    const t = c.lineTest(c.categoryFigure.value);
    const category = categoryOf(c.povertyAlleviated, c.povertyAlleviatedCategory.value, t.below);
    return category === null ? { outcome: 'undetermined', missing: t.below.missing, data: { test: t, category } } : { outcome: 'info', data: { test: t, category } };
  },
  explain: (c, { data: { test: t, category } }) => {
    const pa = c.povertyAlleviated;
    const rule = c.povertyAlleviatedCategory;
    const byRule = pa && rule.value === 'always-unstable';
    const label = FIGURE_LABEL[t.figure];
    let message;
    if (category === null) message = { zh: `${label.zh}无法计算，类别无法确定`, en: `${label.en} cannot be computed, so the category is undetermined` };
    else if (byRule) {
      message = { zh: `纳入监测的脱贫户标注为${MONITORING_CATEGORIES.unstable.zh}`, en: `an identified 脱贫户 is labelled ${MONITORING_CATEGORIES.unstable.zh} (${MONITORING_CATEGORIES.unstable.en})` };
    } else {
      const shown = c.compared(t);
      message = {
        zh: `${label.zh}${t.below.value ? '低于' : '不低于'}监测线（${shown.zh}），${pa ? '脱贫户' : '一般农户'}：${MONITORING_CATEGORIES[category].zh}`,
        en: `${label.en} ${t.below.value ? 'below' : 'not below'} the line (${shown.en}); ${pa ? '脱贫户' : 'ordinary household'}: ${MONITORING_CATEGORIES[category].zh} (${MONITORING_CATEGORIES[category].en})`,
      };
    }
    const values: Record<string, FindingValue> = lineTestValues(c.shown(t), c.income.size, c.lineFen, c.comparison.value);
    values.povertyAlleviated = pa;
    values.rule = rule.value;
    values.category = category;
    return {
      message,
      values,
      citations: uniqueCitations(...(byRule ? [rule.citation] : [c.categoryFigure.citation, rule.citation])),
    };
  },
});

/**
 * The category of an identified household: by the category figure against the line, or 脱贫不稳定户
 * for every 脱贫户 where the profile says so; `null` when the figure cannot be computed.
 *
 * @example
 * categoryOf(false, 'by-income', fact(true))  // 'marginal'
 * categoryOf(true, 'by-income', fact(false))  // 'sudden-hardship'
 */
export function categoryOf(povertyAlleviated: boolean, rule: 'by-income' | 'always-unstable', below: Known): MonitoringCategory | null {
  if (povertyAlleviated && rule === 'always-unstable') return 'unstable';
  if (below.value === null) return null;
  if (below.value) return povertyAlleviated ? 'unstable' : 'marginal';
  return 'sudden-hardship';
}

