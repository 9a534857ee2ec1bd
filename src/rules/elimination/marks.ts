/**
 * 风险消除标注 — which mark an elimination gets, by monitoring category.
 *
 * 临稷办发〔2023〕76号 §一(二): "致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。"
 *
 * 龙扶贫组字〔2021〕1号 §六(二):
 * > 对返贫风险已经消除的脱贫不稳定户，由市扶贫办在系统中标注“返贫风险消除”，作为脱贫享受政策户继续进行管理和帮扶。对致贫风险已经消除的边缘易致贫户和严重困难户，按照“民主评议—镇街区审核—村级公示（公示期5天）”的程序退出监测和帮扶范围，由市扶贫办在系统中标注“致贫风险消除”。
 *
 * The marks are the parameter `eliminationMarks`. Two rules: the mark the category calls for (`info`),
 * and whether a mark on record is that one (`met` = it is not).
 *
 * @module
 */
import type { Citation, Finding } from '../../explain/finding.js';
import type { MonitoringCategory } from '../../model/household.js';
import { MONITORING_CATEGORIES, type Text } from '../../model/labels.js';
import type { Profile } from '../../profile/schema.js';
import { lookup, type Lookup } from '../../profile/lookup.js';
import { apply, clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { citesOf } from '../../kernel/rule.js';
import type { EliminationContext, Monitoring } from './context.js';

/** The mark an elimination of this household gets. Plain JSON. */
export interface EliminationMark {
  /** `risk-eliminated` (national form), `relapse-risk-eliminated` / `poverty-risk-eliminated` (Longkou). */
  id: string;
  label: Text;
  /** What follows: managed as a 脱贫享受政策户, or exit from monitoring; `null` when the profile says nothing. */
  afterwards: 'managed-as-enjoying' | 'exit' | null;
  /** The procedure, step by step; `null` when the profile gives none. */
  procedure: { step: Text; days: number | null }[] | null;
}

type Marks = Lookup<'eliminationMarks'>;

/** What the test found: the profile's marks, and the one for the household's category. */
type MarkData = { readonly why: 'no-marks'; readonly marks: Extract<Marks, { ok: false }> } | { readonly why: 'marked'; readonly marks: Extract<Marks, { ok: true }>; readonly mark: EliminationMark };

const AFTER = {
  'managed-as-enjoying': { zh: '作为脱贫享受政策户继续管理和帮扶', en: 'then managed and helped as a 脱贫享受政策户' },
  exit: { zh: '退出监测和帮扶范围', en: 'then leaves monitoring and assistance' },
} as const;

/** 风险消除标注 — the mark the household's category calls for. */
export const markRule = clauseRule<EliminationContext, MarkData>({
  id: 'elimination.mark',
  layer: 'elimination',
  title: { zh: '风险消除标注', en: 'elimination mark' },
  citations: [
    { doc: '临稷办发〔2023〕76号', clause: '一(二)', quote: '致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。' },
    {
      doc: '龙扶贫组字〔2021〕1号',
      clause: '六(二)',
      quote:
        '对返贫风险已经消除的脱贫不稳定户，由市扶贫办在系统中标注“返贫风险消除”，作为脱贫享受政策户继续进行管理和帮扶。对致贫风险已经消除的边缘易致贫户和严重困难户，按照“民主评议—镇街区审核—村级公示（公示期5天）”的程序退出监测和帮扶范围，由市扶贫办在系统中标注“致贫风险消除”。',
    },
  ],
  description: {
    zh: '按监测对象类别给出风险消除时应标注的名称、标注后的管理方式和程序（龙口：脱贫不稳定户标注“返贫风险消除”，作为脱贫享受政策户管理；边缘易致贫户和严重困难户经民主评议—镇街区审核—村级公示（5天）退出，标注“致贫风险消除”）。',
    en: 'Gives, by monitoring category, the mark an elimination gets, what follows and the procedure (Longkou: a 脱贫不稳定户 is marked 返贫风险消除 and managed as a 脱贫享受政策户; the other two categories exit after democratic review, town review and 5 days of village publicity, marked 致贫风险消除).',
  },
  parameters: ['eliminationMarks'],
  facts: ['monitoring.category'],
  test: (c): Tested<MarkData> => {
    const marks = lookup(c.profile, 'eliminationMarks', c.on);
    if (!marks.ok) return { outcome: 'undetermined', missing: [marks.missing], data: { why: 'no-marks', marks } };
    const m = marks.value[c.monitoring.category];
    const mark: EliminationMark = {
      id: m.id,
      label: { zh: m.label.zh, en: m.label.en },
      afterwards: m.afterwards ?? null,
      procedure: m.procedure ? m.procedure.map((p) => ({ step: { zh: p.step.zh, en: p.step.en }, days: p.days ?? null })) : null,
    };
    return { outcome: 'info', data: { why: 'marked', marks, mark } };
  },
  explain: (c, t, rule): Explained => {
    const d = t.data;
    if (d.why === 'no-marks') return { message: d.marks.message, values: {} };
    const { marks, mark } = d;
    const category = c.monitoring.category;
    const steps = mark.procedure
      ? {
          zh: `，程序：${mark.procedure.map((p) => p.step.zh + (p.days ? `（${p.days}天）` : '')).join('—')}`,
          en: `; procedure: ${mark.procedure.map((p) => p.step.en + (p.days ? ` (${p.days} days)` : '')).join(' — ')}`,
        }
      : { zh: '', en: '' };
    const after = mark.afterwards ? AFTER[mark.afterwards] : undefined;
    return {
      message: {
        zh: `${MONITORING_CATEGORIES[category].zh}风险消除时标注“${mark.label.zh}”${after ? `，${after.zh}` : ''}${steps.zh}`,
        en: `an elimination of a ${MONITORING_CATEGORIES[category].en} is marked "${mark.label.zh}" (${mark.label.en})${after ? `, ${after.en}` : ''}${steps.en}`,
      },
      values: { category, mark: mark.id, afterwards: mark.afterwards, procedure: mark.procedure ? mark.procedure.map((p) => p.step.zh) : null },
      citations: citesOf(rule, marks.citation),
    };
  },
});

/** A mark on record (`monitoring.eliminated.mark`): Longkou's two. */
type RecordedMarkId = NonNullable<NonNullable<Monitoring['eliminated']>['mark']>;

/** What the recorded-mark rule reads: the mark on record and the one the category calls for. */
export interface RecordedMark {
  readonly profile: Profile;
  readonly category: MonitoringCategory;
  readonly recorded: RecordedMarkId;
  readonly expected: EliminationMark;
  /** The citation of the profile's `eliminationMarks` value. */
  readonly citation: Citation;
}

/** The marks a record can carry, named as 龙扶贫组字〔2021〕1号 §六(二) names them. */
const RECORDED_MARKS: Readonly<Record<RecordedMarkId, Text>> = {
  'relapse-risk-eliminated': { zh: '返贫风险消除', en: 'relapse risk eliminated' },
  'poverty-risk-eliminated': { zh: '致贫风险消除', en: 'poverty risk eliminated' },
};

const MISMATCH: Tested = Object.freeze({ outcome: 'met', data: undefined });
const MATCH: Tested = Object.freeze({ outcome: 'not-met', data: undefined });

/** The mark on record — `met` when it is not the one the category calls for. */
export const markRecordedRule = clauseRule<RecordedMark>({
  id: 'elimination.mark-recorded',
  layer: 'elimination',
  title: { zh: '已记录的风险消除标注', en: 'the elimination mark on record' },
  citations: markRule.citations,
  description: {
    zh: '已记录的标注（monitoring.eliminated.mark）与按类别应标注的不一致时提示。',
    en: 'Reports a recorded mark (monitoring.eliminated.mark) that differs from the one the category calls for.',
  },
  parameters: ['eliminationMarks'],
  facts: ['monitoring.eliminated.mark', 'monitoring.category'],
  test: (c) => (c.recorded !== c.expected.id ? MISMATCH : MATCH),
  explain: (c, t, rule): Explained => {
    const { expected, recorded } = c;
    const label = RECORDED_MARKS[recorded];
    return {
      message:
        t.outcome === 'met'
          ? { zh: `记录的标注为“${label.zh}”，按类别应为“${expected.label.zh}”`, en: `the mark on record is "${label.zh}" (${label.en}); the category calls for "${expected.label.zh}" (${expected.label.en})` }
          : { zh: `记录的标注“${expected.label.zh}”与类别一致`, en: `the mark on record, "${expected.label.zh}", matches the category` },
      values: { category: c.category, recorded, expected: expected.id },
      citations: citesOf(rule, c.citation),
    };
  },
});

/**
 * The mark for the household's category and whether the one on record differs: each rule's test,
 * and its explanation when `findings` is a list (an explained assessment).
 *
 * @example
 * markFor(ctx, null).mark?.id // 'relapse-risk-eliminated' for a Longkou 脱贫不稳定户
 */
export function markFor(c: EliminationContext, findings: Finding[] | null): { mark: EliminationMark | null; mismatch: boolean; missing: string[] } {
  const t = apply(markRule, c, findings);
  if (t.data.why === 'no-marks') return { mark: null, mismatch: false, missing: t.missing ? [...t.missing] : [] };
  const { marks, mark } = t.data;
  const recorded = c.monitoring.eliminated?.mark;
  if (recorded === undefined) return { mark, mismatch: false, missing: [] };
  const r = apply(markRecordedRule, { profile: c.profile, category: c.monitoring.category, recorded, expected: mark, citation: marks.citation }, findings);
  return { mark, mismatch: r.outcome === 'met', missing: [] };
}
