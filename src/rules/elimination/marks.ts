/**
 * 风险消除标注 — which mark an elimination gets, by monitoring category.
 *
 * 临稷办发〔2023〕76号 §一(二): "致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。"
 *
 * 龙扶贫组字〔2021〕1号 §六(二):
 * > 对返贫风险已经消除的脱贫不稳定户，由市扶贫办在系统中标注“返贫风险消除”，作为脱贫享受政策户继续进行管理和帮扶。对致贫风险已经消除的边缘易致贫户和严重困难户，按照“民主评议—镇街区审核—村级公示（公示期5天）”的程序退出监测和帮扶范围，由市扶贫办在系统中标注“致贫风险消除”。
 *
 * The marks are the parameter `eliminationMarks`.
 *
 * @module
 */
import { finding, type Finding } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';
import { MONITORING_CATEGORIES } from '../../model/labels.js';
import { citesOf, defineRule } from '../../kernel/rule.js';
import type { EliminationContext } from './context.js';
import { lookup } from '../../profile/lookup.js';

export const markRule = defineRule({
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
});

export const markRecordedRule = defineRule({
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
});

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

const AFTER = {
  'managed-as-enjoying': { zh: '作为脱贫享受政策户继续管理和帮扶', en: 'then managed and helped as a 脱贫享受政策户' },
  exit: { zh: '退出监测和帮扶范围', en: 'then leaves monitoring and assistance' },
} as const;

/**
 * The mark for the household's category, with its finding(s).
 *
 * @example
 * markFor(ctx).mark?.id // 'relapse-risk-eliminated' for a Longkou 脱贫不稳定户
 */
export function markFor(c: EliminationContext): { mark: EliminationMark | null; findings: Finding[]; mismatch: boolean; missing: string[] } {
  const marks = lookup(c.profile, 'eliminationMarks', c.on);
  if (!marks.ok) {
    return { mark: null, mismatch: false, missing: [marks.missing], findings: c.explain ? [finding(markRule.id, 'undetermined', marks.message, citesOf(markRule), {}, [marks.missing])] : [] };
  }
  const category = c.monitoring.category;
  const m = marks.value[category];
  const mark: EliminationMark = {
    id: m.id,
    label: { zh: m.label.zh, en: m.label.en },
    afterwards: m.afterwards ?? null,
    procedure: m.procedure ? m.procedure.map((p) => ({ step: { zh: p.step.zh, en: p.step.en }, days: p.days ?? null })) : null,
  };
  const recorded = c.monitoring.eliminated?.mark;
  const mismatch = recorded !== undefined && recorded !== mark.id;
  if (!c.explain) return { mark, findings: [], mismatch, missing: [] };
  const steps = mark.procedure
    ? {
        zh: `，程序：${mark.procedure.map((p) => p.step.zh + (p.days ? `（${p.days}天）` : '')).join('—')}`,
        en: `; procedure: ${mark.procedure.map((p) => p.step.en + (p.days ? ` (${p.days} days)` : '')).join(' — ')}`,
      }
    : { zh: '', en: '' };
  const after = mark.afterwards ? AFTER[mark.afterwards] : undefined;
  const findings: Finding[] = [
    finding(
      markRule.id,
      'info',
      {
        zh: `${MONITORING_CATEGORIES[category].zh}风险消除时标注“${mark.label.zh}”${after ? `，${after.zh}` : ''}${steps.zh}`,
        en: `an elimination of a ${MONITORING_CATEGORIES[category].en} is marked "${mark.label.zh}" (${mark.label.en})${after ? `, ${after.en}` : ''}${steps.en}`,
      },
      citesOf(markRule, marks.citation),
      { category, mark: mark.id, afterwards: mark.afterwards, procedure: mark.procedure ? mark.procedure.map((p) => p.step.zh) : null },
    ),
  ];
  if (recorded !== undefined) {
    findings.push(
      finding(
        markRecordedRule.id,
        mismatch ? 'met' : 'not-met',
        mismatch
          ? { zh: `记录的标注为 ${recorded}，按类别应为“${mark.label.zh}”（${mark.id}）`, en: `the mark on record is ${recorded}; the category calls for "${mark.label.zh}" (${mark.id})` }
          : { zh: `记录的标注“${mark.label.zh}”与类别一致`, en: `the mark on record, "${mark.label.zh}", matches the category` },
        citesOf(markRecordedRule, marks.citation),
        { category, recorded, expected: mark.id },
      ),
    );
  }
  return { mark, findings, mismatch, missing: [] };
}
