/**
 * 返贫致贫风险 — a household below the line is identified when a risk is on record, and is to be
 * verified when none is.
 *
 * 临稷办发〔2023〕76号 附件1 注2:
 * > 2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * County pages restating the national standard (registry entry `national-identification-practice`):
 * > 元谋县2023年防止返贫监测范围为年人均纯收入8050元,原则上且至少存在以下返贫致贫风险之一
 * > 监测对象的认定主要包括农户的收入、合规自付支出、突出困难问题和自主应对能力。
 *
 * Which records count as a risk (`identificationRiskEvidence`) is profile data: an A27 risk type, a
 * 三保障 or drinking-water problem (A23–A26), a sudden hardship recorded as present. When none is on
 * record, the fact to verify at the home visit is the risk itself (A27).
 *
 * @module
 */
import { fieldLabel } from '../../model/field-labels.js';
import type { Household } from '../../model/household.js';
import { RISK_TYPES } from '../../model/labels.js';
import { GUARANTEE_PROBLEM_FIELDS, risksOnRecord } from '../../facts/risks.js';
import { clauseRule, type Tested } from '../../kernel/clause.js';
import { uniqueCitations } from '../../kernel/line.js';
import type { IdentificationContext } from './context.js';

const S000 = '临稷办发〔2023〕76号';

/** What the risk test found: the risks on record (field paths), empty when none. */
/** The first risk on record (none: an empty list) — whether any is decides; the explanation lists them all. */
type RisksFound = readonly string[];

const NO_RISK_MISSING = ['riskTypes'] as const;

/** A risk on record, of a kind the profile accepts (the national reading of the income path). */
export const riskOnRecordRule = clauseRule<IdentificationContext, RisksFound>({
  id: 'identification.risk-on-record',
  layer: 'identification',
  title: { zh: '有返贫致贫风险在案', en: 'a risk of (returning to) poverty on record' },
  citations: [
    { doc: S000, clause: '附件1 注2', quote: '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
    { doc: 'national-identification-practice', clause: '元谋县 2023', quote: '元谋县2023年防止返贫监测范围为年人均纯收入8050元,原则上且至少存在以下返贫致贫风险之一' },
  ],
  description: {
    zh: '人均收入低于监测线的农户，配置所列的风险记录（A27 风险类型、A23–A26 “三保障”或饮水安全问题、突发困难情况）之一在案的，认定为监测对象；均不在案的为“待核实”，入户核实是否存在返贫致贫风险。',
    en: 'A household below the line with one of the risks the profile lists on record (an A27 risk type, an A23–A26 problem with 三保障 or drinking water, a sudden hardship) is identified; with none on record it is to be verified: whether it faces a risk is checked at the home visit.',
  },
  parameters: ['identificationRiskEvidence', 'monitoringLine', 'identificationIncomeFigure'],
  facts: ['riskTypes', 'guarantees', 'hardship'],
  test: (c): Tested<RisksFound> => {
    const risks = risksOnRecord(c.h, c.riskEvidence.value, 1);
    return risks.length > 0 ? { outcome: 'met', data: risks } : { outcome: 'undetermined', missing: NO_RISK_MISSING, data: risks };
  },
  explain: (c, { data: first }, rule) => {
    const risks = first.length > 0 ? risksOnRecord(c.h, c.riskEvidence.value) : first;
    let message;
    if (risks.length > 0) {
      const described = describeRisks(c.h, risks);
      message = { zh: `有返贫致贫风险在案：${described.zh}`, en: `a risk is on record: ${described.en}` };
    } else if (c.entry().below.value === true) {
      message = {
        zh: '记录中没有返贫致贫风险（A27 风险类型、“三保障”和饮水安全问题、突发困难均未记录）：人均收入低于监测线只是参考，须入户核实是否存在风险',
        en: 'no risk is on record (no A27 risk type, no 三保障 or drinking-water problem, no sudden hardship): income below the line is a reference only, so whether the household faces a risk is to be verified at the home visit',
      };
    } else message = { zh: '记录中没有返贫致贫风险', en: 'no risk is on record' };
    return { message, values: { risks: [...risks], evidence: [...c.riskEvidence.value] }, citations: uniqueCitations(c.riskEvidence.citation, ...rule.cites.slice(1)) };
  },
});

/** The facts the risk test reads directly (for the note on the other risk facts). */
export const RISK_FACTS: readonly string[] = ['riskTypes', ...GUARANTEE_PROBLEM_FIELDS.map((k) => `guarantees.${k}`), 'hardship'];

/**
 * The risks on record, in words (for a finding).
 *
 * @example
 * describeRisks(household({ riskTypes: ['illness'] }), ['riskTypes']).zh // 'A27 风险类型：因病'
 */
export function describeRisks(h: Household, paths: readonly string[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const p of paths) {
    if (p === 'riskTypes') {
      zh.push(`A27 风险类型：${h.riskTypes!.map((t) => RISK_TYPES[t].zh).join('、')}`);
      en.push(`A27 risk type: ${h.riskTypes!.map((t) => RISK_TYPES[t].en).join(', ')}`);
    } else {
      const label = fieldLabel(p);
      zh.push(label.zh);
      en.push(label.en);
    }
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}
