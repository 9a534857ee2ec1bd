/**
 * 风险消除回退 and 风险再标注 — the look-back at households already marked eliminated.
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(二)1:
 * > 全面精准监测对象，通过全面排查，对不符合监测帮扶条件的进行清退，对风险消除不稳、收入不稳等存在返贫致贫风险的对象进行风险消除回退。特别是目前还在享受各类帮扶措施但已标注风险消除的监测对象，如果帮扶措施取消后风险消除就不稳定的，要严格进行回退，继续帮扶直到风险稳定消除。
 *
 * §三(二), the target groups 3 and 4:
 * > 3.已标注风险消除，但2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）的监测对象户。
 * > 4.已标注风险消除，但整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的监测对象户。
 *
 * §三(一)2 (风险再标注):
 * > 对脱贫不稳定户、边缘易致贫户和突发严重困难户返贫致贫风险消除后，又因突发事件或意外事故等特殊情况新出现致贫返贫风险的，组织逐户入户核查，符合条件的按程序标注。
 *
 * Each check is one rule (`met` = the household is a candidate). Three re-express an elimination
 * condition (收入不稳, the line, 整户无劳动力): the same test, the same values, told as a roll-back.
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import type { EliminationCondition } from '../../profile/parameters/elimination.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import type { Rule } from '../../kernel/rule.js';
import { membersWithLostOrWeakLabour } from '../../facts/labour.js';
import { allListed } from '../../facts/members.js';
import { conditionExplained } from './conditions.js';
import { lookBackCites, type EliminatedLookBack } from './context.js';

const S002 = '小甸巩固振兴组办〔2021〕1号';
const PRACTICE = 'national-elimination-practice';
const YIJIANG = '弋江区乡村振兴局 2024-03-15 退出标准';
const GROUP_4 = '4.已标注风险消除，但整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的监测对象户。';

/**
 * The test and explanation of a look-back check that re-expresses an elimination condition: the
 * condition's own test (run once per assessment), its values and citations, under the look-back's words.
 */
function fromCondition(id: EliminationCondition, words: { met: (e: Explained) => Text; notMet: (e: Explained) => Text }) {
  return {
    test: (c: EliminatedLookBack): Tested<unknown> => c.conditions.get(id),
    explain: (c: EliminatedLookBack, t: Tested<unknown>, rule: Rule): Explained => {
      const e = conditionExplained(c.conditions, id);
      return {
        message: t.outcome === 'met' ? words.met(e) : t.outcome === 'not-met' ? words.notMet(e) : e.message,
        values: { ...e.values },
        citations: lookBackCites(rule, c, ...(e.citations ?? [])),
      };
    },
  };
}

/** Whether measures are still received. */
type MeasuresData = 'none-received' | 'received';
const NONE_RECEIVED: Tested<MeasuresData> = Object.freeze({ outcome: 'not-met', data: 'none-received' });
const DEPENDS: Tested<MeasuresData> = Object.freeze({ outcome: 'met', data: 'received' });
const HOLDS_WITHOUT: Tested<MeasuresData> = Object.freeze({ outcome: 'not-met', data: 'received' });
const DEPENDS_UNKNOWN: Tested<MeasuresData> = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['monitoring.review.dependsOnMeasures']), data: 'received' });

/** 如果帮扶措施取消后风险消除就不稳定的，要严格进行回退 */
export const dependsOnMeasuresRule = clauseRule<EliminatedLookBack, MeasuresData>({
  id: 'elimination.rollback.depends-on-measures',
  layer: 'elimination',
  title: { zh: '风险消除回退：依赖帮扶措施', en: 'roll-back: the elimination depends on measures' },
  citations: [
    {
      doc: S002,
      clause: '三(二)1',
      quote: '特别是目前还在享受各类帮扶措施但已标注风险消除的监测对象，如果帮扶措施取消后风险消除就不稳定的，要严格进行回退，继续帮扶直到风险稳定消除。',
    },
  ],
  description: {
    zh: '已标注风险消除、仍在享受帮扶措施，且措施取消后风险消除就不稳定的，列为回退对象。',
    en: 'An eliminated household still receiving measures whose elimination would not hold without them is a roll-back candidate.',
  },
  parameters: ['eliminationLookBack'],
  facts: ['monitoring.eliminated', 'measures', 'monitoring.review.dependsOnMeasures'],
  test: (c) => {
    if ((c.h.measures ?? []).length === 0) return NONE_RECEIVED;
    const v = c.monitoring.review?.dependsOnMeasures;
    return v === undefined ? DEPENDS_UNKNOWN : v ? DEPENDS : HOLDS_WITHOUT;
  },
  explain: (c, t, rule): Explained => {
    const measures = [...(c.h.measures ?? [])];
    const values = { measures, dependsOnMeasures: c.monitoring.review?.dependsOnMeasures ?? null };
    const message: Text =
      t.data === 'none-received'
        ? { zh: '已无帮扶措施在享受', en: 'no measure is being received' }
        : t.outcome === 'undetermined'
          ? { zh: '仍在享受帮扶措施，但未记录措施取消后风险消除是否稳定', en: 'measures are still received, but whether the elimination would hold without them is not recorded' }
          : t.outcome === 'met'
            ? { zh: '仍在享受帮扶措施，措施取消后风险消除就不稳定：应回退，继续帮扶直到风险稳定消除', en: 'measures are still received and the elimination would not hold without them: roll back and keep helping until the risk is stably gone' }
            : { zh: '措施取消后风险消除仍然稳定', en: 'the elimination would hold without the measures' };
    return { message, values, citations: lookBackCites(rule, c) };
  },
});

/** 对风险消除不稳、收入不稳等存在返贫致贫风险的对象进行风险消除回退 */
export const incomeUnstableRollbackRule = clauseRule<EliminatedLookBack, unknown>({
  id: 'elimination.rollback.income-unstable',
  layer: 'elimination',
  title: { zh: '风险消除回退：收入不稳', en: 'roll-back: income not stable' },
  citations: [{ doc: S002, clause: '三(二)1', quote: '对风险消除不稳、收入不稳等存在返贫致贫风险的对象进行风险消除回退。' }],
  description: {
    zh: '已标注风险消除、但风险评估记录收入不稳定的，列为回退对象。',
    en: 'An eliminated household whose review records unstable income is a roll-back candidate.',
  },
  parameters: ['eliminationLookBack'],
  facts: ['monitoring.eliminated', 'monitoring.review.incomeStable'],
  ...fromCondition('income-unstable', {
    met: () => ({ zh: '已标注风险消除，但收入不稳：应回退', en: 'eliminated, but income is not stable: roll back' }),
    notMet: () => ({ zh: '收入稳定', en: 'income is stable' }),
  }),
});

/** 第3类对象: 已标注风险消除，但家庭人均纯收入低于监测底线 */
export const belowLineRollbackRule = clauseRule<EliminatedLookBack, unknown>({
  id: 'elimination.rollback.income-below-line',
  layer: 'elimination',
  title: { zh: '风险消除回退：人均纯收入低于监测线', en: 'roll-back: per-capita net income below the line' },
  citations: [
    { doc: S002, clause: '三(二) 第3类对象', quote: '3.已标注风险消除，但2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）的监测对象户。' },
    { doc: PRACTICE, clause: YIJIANG, quote: '2.年人均纯收入稳定超过当年监测范围' },
  ],
  description: {
    zh: '已标注风险消除、但本期家庭人均纯收入（A34）低于监测线的，列为回退对象。',
    en: 'An eliminated household whose per-capita net income (A34) for the period is below the line is a roll-back candidate.',
  },
  parameters: ['eliminationLookBack', 'monitoringLine', 'lineComparison'],
  facts: ['monitoring.eliminated', 'income', 'members'],
  ...fromCondition('income-below-line', {
    met: (e) => ({ zh: `已标注风险消除，但${e.message.zh}；应回退`, en: `eliminated, but ${e.message.en}; roll back` }),
    notMet: (e) => e.message,
  }),
});

/** 第4类对象: 已标注风险消除，但整户无劳动能力 */
export const noLabourRollbackRule = clauseRule<EliminatedLookBack, unknown>({
  id: 'elimination.rollback.no-labour-capacity',
  layer: 'elimination',
  title: { zh: '风险消除回退：整户无劳动能力', en: 'roll-back: no labour capacity in the whole household' },
  citations: [
    { doc: S002, clause: '三(二) 第4类对象', quote: GROUP_4 },
    { doc: PRACTICE, clause: YIJIANG, quote: '对整户无劳动力的监测对象,暂不标注“风险消除”。' },
  ],
  description: {
    zh: '已标注风险消除、但在册成员均无劳动能力（或为整户无劳动能力兜底保障户）的，列为回退对象。',
    en: 'An eliminated household in which no member on record can work (or marked 整户无劳动能力兜底保障户) is a roll-back candidate.',
  },
  parameters: ['eliminationLookBack'],
  facts: ['monitoring.eliminated', 'members[].labour', 'noLabourSafetyNet'],
  ...fromCondition('no-labour-capacity', {
    met: () => ({ zh: '已标注风险消除，但整户无劳动能力：应回退，继续监测', en: 'eliminated, but no member can work: roll back and keep monitoring' }),
    notMet: () => ({ zh: '家中有劳动能力成员', en: 'a member can work' }),
  }),
});

/** 第4类对象: 部分丧失劳动能力且无法通过产业就业获得稳定收入 — what the test found: how many members have lost or weak labour. */
export const limitedLabourRollbackRule = clauseRule<EliminatedLookBack, number>({
  id: 'elimination.rollback.limited-labour',
  layer: 'elimination',
  title: { zh: '风险消除回退：部分丧失劳动能力且无稳定收入', en: 'roll-back: labour partly lost and no stable income from work' },
  citations: [{ doc: S002, clause: '三(二) 第4类对象', quote: GROUP_4 }],
  description: {
    zh: '已标注风险消除、有成员丧失劳动力或为弱劳动力（半劳动力），且无法通过产业就业获得稳定收入的，列为回退对象。',
    en: 'An eliminated household with a member whose labour capacity is lost or weak (half labour) and that cannot earn a stable income from industry or work is a roll-back candidate.',
  },
  parameters: ['eliminationLookBack'],
  facts: ['monitoring.eliminated', 'members[].labour', 'hardship.noStableIncomeFromWork'],
  test: (c) => {
    const limited = membersWithLostOrWeakLabour(allListed(c.members)).length;
    if (limited === 0) return { outcome: 'not-met', data: 0 };
    const v = c.h.hardship?.noStableIncomeFromWork;
    if (v === undefined) return { outcome: 'undetermined', missing: ['hardship.noStableIncomeFromWork'], data: limited };
    return { outcome: v ? 'met' : 'not-met', data: limited };
  },
  explain: (c, t, rule): Explained => {
    const values = { membersLostOrWeakLabour: t.data, noStableIncomeFromWork: c.h.hardship?.noStableIncomeFromWork ?? null };
    const message: Text =
      t.data === 0
        ? { zh: '无丧失劳动力或弱劳动力成员', en: 'no member has lost or weak labour capacity' }
        : t.outcome === 'undetermined'
          ? { zh: '有成员部分丧失劳动能力，但未记录能否通过产业就业获得稳定收入', en: 'labour is partly lost, but whether the household can earn a stable income from work is not recorded' }
          : t.outcome === 'met'
            ? { zh: '已标注风险消除，但部分丧失劳动能力且无法通过产业就业获得稳定收入：应回退', en: 'eliminated, but labour is partly lost and no stable income can be earned from work: roll back' }
            : { zh: '部分丧失劳动能力，但能通过产业就业获得稳定收入', en: 'labour is partly lost, but a stable income is earned from work' };
    return { message, values, citations: lookBackCites(rule, c) };
  },
});

/** When the new risk appeared, relative to the elimination. */
type NewRiskData = 'no-new-risk' | 'not-after' | 'after';
const NEW_RISK_UNKNOWN: Tested<NewRiskData> = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['monitoring.review.newRisk']), data: 'after' });
const NO_NEW_RISK: Tested<NewRiskData> = Object.freeze({ outcome: 'not-met', data: 'no-new-risk' });
const NOT_AFTER: Tested<NewRiskData> = Object.freeze({ outcome: 'not-met', data: 'not-after' });
const AFTER: Tested<NewRiskData> = Object.freeze({ outcome: 'met', data: 'after' });

/** 风险消除后，又…新出现致贫返贫风险的，…符合条件的按程序标注 */
export const remarkRule = clauseRule<EliminatedLookBack, NewRiskData>({
  id: 'elimination.remark',
  layer: 'elimination',
  title: { zh: '风险再标注', en: 're-marking a new risk' },
  citations: [
    {
      doc: S002,
      clause: '三(一)2',
      quote: '对脱贫不稳定户、边缘易致贫户和突发严重困难户返贫致贫风险消除后，又因突发事件或意外事故等特殊情况新出现致贫返贫风险的，组织逐户入户核查，符合条件的按程序标注。',
    },
  ],
  description: {
    zh: '已标注风险消除后又新出现返贫致贫风险的，列为风险再标注对象（须入户核查、按程序标注）。新风险发生在消除之前的，不属再标注，应核查原消除。',
    en: 'An eliminated household meeting a new risk after the elimination is a re-marking candidate (to be verified at home and marked by the procedure). A risk dated before the elimination is not a re-marking: the elimination itself needs review.',
  },
  parameters: ['eliminationLookBack'],
  facts: ['monitoring.eliminated.on', 'monitoring.review.newRisk', 'monitoring.review.newRiskOn'],
  test: (c) => {
    const v = c.monitoring.review?.newRisk;
    if (v === undefined) return NEW_RISK_UNKNOWN;
    if (!v) return NO_NEW_RISK;
    const on = c.monitoring.review?.newRiskOn;
    // 消除后: a risk dated on the day of the elimination or before it is not a new one.
    return on !== undefined && on <= c.eliminated.on ? NOT_AFTER : AFTER;
  },
  explain: (c, t, rule): Explained => {
    const eliminatedOn = c.eliminated.on;
    const v = c.monitoring.review?.newRisk;
    const on = c.monitoring.review?.newRiskOn;
    const values = { eliminatedOn, newRisk: v ?? null, newRiskOn: on ?? null };
    const message: Text =
      t.outcome === 'undetermined'
        ? { zh: '未记录消除后是否新出现风险', en: 'whether a new risk appeared after the elimination is not recorded' }
        : t.data === 'no-new-risk'
          ? { zh: '消除后未新出现风险', en: 'no new risk after the elimination' }
          : t.data === 'not-after'
            ? { zh: `新风险发生于 ${on}，不晚于风险消除时间 ${eliminatedOn}：不属风险再标注，应核查原消除是否稳定`, en: `the new risk dates from ${on}, not after the elimination on ${eliminatedOn}: not a re-marking — review the elimination itself` }
            : { zh: `风险消除（${eliminatedOn}）后新出现返贫致贫风险${on ? `（${on}）` : ''}：入户核查，符合条件的按程序再标注`, en: `a new risk appeared after the elimination on ${eliminatedOn}${on ? ` (${on})` : ''}: verify at home and re-mark by the procedure` };
    return { message, values, citations: lookBackCites(rule, c) };
  },
});
