/**
 * 按识别时收入标注类别 — the look-back at the category on record.
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(二)1:
 * > 同时，根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。
 *
 * 临稷办发〔2023〕76号 附件1 注2:
 * > A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * @module
 */
import type { MonitoringCategory } from '../../model/household.js';
import { MONITORING_CATEGORIES } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { lookup, type Lookup } from '../../profile/lookup.js';
import { clauseRule, type Explained } from '../../kernel/clause.js';
import { lookBackCites, type LookBackContext } from './context.js';

/** The relabelling a look-back proposes. */
export interface Relabel {
  /** Whether the category on record differs from the one income at identification gives; `null` when undetermined. */
  needed: boolean | null;
  /** The category on record. */
  from: MonitoringCategory;
  /** The category income at identification gives; `null` when undetermined. */
  to: MonitoringCategory | null;
}

/** What the test found: the relabelling, and the line the income at identification was compared with. */
export type RelabelData =
  | { readonly why: 'no-income'; readonly relabel: Relabel }
  | { readonly why: 'no-line'; readonly relabel: Relabel; readonly line: Extract<Lookup<'monitoringLine'>, { ok: false }> }
  | { readonly why: 'compared'; readonly relabel: Relabel & { to: MonitoringCategory }; readonly line: Extract<Lookup<'monitoringLine'>, { ok: true }>; readonly below: boolean };

/** 按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别 */
export const relabelRule = clauseRule<LookBackContext, RelabelData>({
  id: 'elimination.relabel',
  layer: 'elimination',
  title: { zh: '按识别时收入标注监测对象类别', en: 'category by per-capita income at identification' },
  citations: [
    { doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(二)1', quote: '同时，根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。' },
    { doc: '临稷办发〔2023〕76号', clause: '附件1 注2', quote: 'A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
  ],
  description: {
    zh: '识别时家庭人均纯收入低于监测线的，脱贫户应为脱贫不稳定户、一般农户应为边缘易致贫户；不低于监测线的应为突发严重困难户。与记录类别不同的，提示更正。',
    en: 'A per-capita net income at identification below the line means 脱贫不稳定户 (for a 脱贫户) or 边缘易致贫户 (otherwise); at or above the line, 突发严重困难户. A different category on record is reported for correction.',
  },
  parameters: ['eliminationLookBack', 'monitoringLine'],
  facts: ['monitoring.perCapitaIncomeAtIdentification', 'monitoring.category', 'povertyAlleviated'],
  test: (c) => {
    const category = c.monitoring.category;
    const atId = c.monitoring.perCapitaIncomeAtIdentification;
    if (atId === undefined) return { outcome: 'undetermined', missing: ['monitoring.perCapitaIncomeAtIdentification'], data: { why: 'no-income', relabel: { needed: null, from: category, to: null } } };
    const line = lookup(c.profile, 'monitoringLine', c.on);
    if (!line.ok) return { outcome: 'undetermined', missing: [line.missing], data: { why: 'no-line', relabel: { needed: null, from: category, to: null }, line } };
    // "低于" is strict: an income at the line is not below it.
    const below = toFen(atId) < toFen(line.value);
    const to: MonitoringCategory = below ? (c.h.povertyAlleviated ? 'unstable' : 'marginal') : 'sudden-hardship';
    return { outcome: to !== category ? 'met' : 'not-met', data: { why: 'compared', relabel: { needed: to !== category, from: category, to }, line, below } };
  },
  explain: (c, t, rule): Explained => {
    const d = t.data;
    const category = d.relabel.from;
    const atId = c.monitoring.perCapitaIncomeAtIdentification;
    if (d.why === 'no-income' || atId === undefined) {
      return { message: { zh: '未记录识别时家庭人均纯收入', en: 'per-capita net income at identification is not recorded' }, values: { category, incomeAtIdentification: null }, citations: lookBackCites(rule, c) };
    }
    const income = formatFen(toFen(atId));
    if (d.why === 'no-line') return { message: d.line.message, values: { category, incomeAtIdentification: income }, citations: lookBackCites(rule, c) };
    const to = d.relabel.to;
    const lineText = formatFen(toFen(d.line.value));
    const cmp = d.below ? { zh: '低于', en: 'below' } : { zh: '不低于', en: 'not below' };
    const base = { zh: `识别时家庭人均纯收入 ${income} 元${cmp.zh}监测线 ${lineText} 元`, en: `per-capita net income at identification, ${income} yuan, is ${cmp.en} the line of ${lineText} yuan` };
    return {
      message:
        t.outcome === 'met'
          ? { zh: `${base.zh}，类别应为${MONITORING_CATEGORIES[to].zh}，记录为${MONITORING_CATEGORIES[category].zh}：应更正`, en: `${base.en}: the category should be ${MONITORING_CATEGORIES[to].en}, not ${MONITORING_CATEGORIES[category].en}` }
          : { zh: `${base.zh}，类别${MONITORING_CATEGORIES[category].zh}无误`, en: `${base.en}: the category ${MONITORING_CATEGORIES[category].en} is right` },
      values: { category, expected: to, incomeAtIdentification: income, line: lineText, povertyAlleviated: c.h.povertyAlleviated },
      citations: lookBackCites(rule, c, d.line.citation),
    };
  },
});
