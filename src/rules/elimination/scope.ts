/**
 * 风险消除的对象和方式 — who is reviewed for risk elimination, and by which route.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 对以往认定的监测帮扶对象致贫返贫风险变化情况进行评估，致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。
 *
 * The published national practice (枞阳县 监测对象风险消除程序; county-rules.md §E):
 * > 监测对象风险稳定消除(包括经过帮扶后消除风险和风险自然消失两种情况),履行入户核实、民主评议公示、审核确认公告等程序后,在全国防返贫监测信息系统中标注风险消除。
 *
 * @module
 */
import type { EliminationMethod } from '../../model/household.js';
import { ELIMINATION_METHODS } from '../../model/labels.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import type { Monitoring, MonitoredScope, ReviewScope } from './context.js';

const PRACTICE = 'national-elimination-practice';

/** Monitored (`not-met`, with the monitoring block) or not (`met`: the rule fires and the review stops). */
type Scoped = Tested<Monitoring | undefined>;
const NOT_MONITORED: Scoped = Object.freeze({ outcome: 'met', data: undefined });

/** 监测对象 — only a monitoring object has a risk to mark eliminated. */
export const notMonitoredRule = clauseRule<ReviewScope, Monitoring | undefined>({
  id: 'elimination.not-monitored',
  layer: 'elimination',
  title: { zh: '非监测对象', en: 'not a monitoring object' },
  citations: [{ doc: '临稷办发〔2023〕76号', clause: '一(二)', quote: '对以往认定的监测帮扶对象致贫返贫风险变化情况进行评估，致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。' }],
  description: {
    zh: '只有已认定的监测对象才能标注风险消除；无监测信息（monitoring）的农户不评估。',
    en: 'Only an identified monitoring object can have its risk marked eliminated; a household without a monitoring block is not assessed.',
  },
  parameters: [],
  facts: ['monitoring'],
  test: (c) => (c.h.monitoring === undefined ? NOT_MONITORED : { outcome: 'not-met', data: c.h.monitoring }),
  explain: (_c, t): Explained =>
    t.outcome === 'met'
      ? { message: { zh: '该户不是监测对象（无监测信息），不涉及风险消除', en: 'the household is not a monitoring object (no monitoring block): there is no risk to mark eliminated' }, values: { monitored: false } }
      : { message: { zh: '该户是监测对象，评估风险消除', en: 'the household is a monitoring object: its elimination is reviewed' }, values: { monitored: true } },
});

const ASSISTED: Tested<EliminationMethod> = Object.freeze({ outcome: 'info', data: 'assisted' });
const NATURAL: Tested<EliminationMethod> = Object.freeze({ outcome: 'info', data: 'natural' });

/** A53 风险消除方式 — the route a review follows: the recorded one, else the review's, else the stricter. */
export const methodRule = clauseRule<MonitoredScope, EliminationMethod>({
  id: 'elimination.method',
  layer: 'elimination',
  title: { zh: '风险消除方式（A53）', en: 'elimination route (A53)' },
  citations: [
    {
      doc: PRACTICE,
      clause: '枞阳县 监测对象风险消除程序',
      quote: '监测对象风险稳定消除(包括经过帮扶后消除风险和风险自然消失两种情况),履行入户核实、民主评议公示、审核确认公告等程序后,在全国防返贫监测信息系统中标注风险消除。',
    },
  ],
  description: {
    zh: '已标注消除的，按记录的消除方式评估；未标注的，风险评估记录风险自然消失（riskGoneNaturally）时按自然消除，否则按帮扶消除评估（帮扶消除条件更多，未知时从严）。',
    en: 'An eliminated household is assessed by its recorded route; otherwise the natural route when the review records that the risk disappeared by itself (riskGoneNaturally), else the assisted route (which has more conditions: the stricter route when unknown).',
  },
  parameters: [],
  facts: ['monitoring.eliminated.method', 'monitoring.review.riskGoneNaturally'],
  test: (c) => {
    const recorded = c.monitoring.eliminated?.method;
    if (recorded !== undefined) return recorded === 'natural' ? NATURAL : ASSISTED;
    return c.monitoring.review?.riskGoneNaturally === true ? NATURAL : ASSISTED;
  },
  explain: (c, t): Explained => {
    const method = t.data;
    const eliminated = c.monitoring.eliminated;
    return {
      message: eliminated
        ? { zh: `已标注风险消除（${eliminated.on}，${ELIMINATION_METHODS[method].zh}），按记录的方式复核`, en: `marked eliminated on ${eliminated.on} (${ELIMINATION_METHODS[method].en}); reviewed by the recorded route` }
        : method === 'natural'
          ? { zh: '风险评估记录风险自然消失：按自然消除评估', en: 'the review records that the risk disappeared by itself: assessed as a natural elimination' }
          : { zh: '按帮扶消除评估（未记录风险自然消失）', en: 'assessed as an assisted elimination (the review does not record that the risk disappeared by itself)' },
      values: { method, recorded: eliminated !== undefined, riskGoneNaturally: c.monitoring.review?.riskGoneNaturally ?? null },
    };
  },
});
