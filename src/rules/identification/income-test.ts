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
import { defineRule } from '../../kernel/rule.js';
import type { Known } from '../../kernel/known.js';

const S000 = '临稷办发〔2023〕76号';
const FORM_NOTE_2 = '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。';

export const incomeTestRule = defineRule({
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
});

export const categoryRule = defineRule({
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
});

/** The category of an identified household. */
export function categoryOf(povertyAlleviated: boolean, rule: 'by-income' | 'always-unstable', below: Known): MonitoringCategory | null {
  if (povertyAlleviated && rule === 'always-unstable') return 'unstable';
  if (below.value === null) return null;
  if (below.value) return povertyAlleviated ? 'unstable' : 'marginal';
  return 'sudden-hardship';
}

