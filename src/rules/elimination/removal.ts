/**
 * 清退 — the look-back at monitoring objects that never met the conditions.
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(二)1:
 * > 全面精准监测对象，通过全面排查，对不符合监测帮扶条件的进行清退
 *
 * §四(二)2:
 * > 梳理2021年6月以前纳入监测管理的三类人员信息，综合分析研判、提出预清退、回退、风险再标注、风险消除的“回头看”核查名单
 *
 * 清退 is a list to verify at home, not a removal: a monitoring object whose recorded income at
 * identification is at or above the line and whose record shows none of the other conditions §三(二)
 * names (整户无劳动能力, or 部分丧失劳动能力且无法通过产业就业获得稳定收入) nor severe hardship is a
 * candidate; with those facts unrecorded the check is undetermined and names them. The other facts
 * describe the record now, not the day of identification: the check only lists households to verify.
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { lookup, type Lookup } from '../../profile/lookup.js';
import { clauseRule, type Explained } from '../../kernel/clause.js';
import { householdWithoutLabour, membersWithLostOrWeakLabour } from '../../facts/labour.js';
import { allListed } from '../../facts/members.js';
import { lookBackCites, type LookBackContext } from './context.js';

const S002 = '小甸巩固振兴组办〔2021〕1号';

type Line = Lookup<'monitoringLine'>;

/** What the test found: the line compared with and, at or above it, the other conditions on record. */
type RemovalData =
  | { readonly why: 'no-income' }
  | { readonly why: 'no-line'; readonly line: Extract<Line, { ok: false }> }
  | { readonly why: 'below'; readonly line: Extract<Line, { ok: true }> }
  | { readonly why: 'at-or-above'; readonly line: Extract<Line, { ok: true }>; readonly noLabour: boolean | null; readonly limited: number };

const NO_INCOME = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['monitoring.perCapitaIncomeAtIdentification']), data: Object.freeze({ why: 'no-income' }) } as const);

/** 对不符合监测帮扶条件的进行清退 — `met` = a candidate to verify at home. */
export const removalRule = clauseRule<LookBackContext, RemovalData>({
  id: 'elimination.removal',
  layer: 'elimination',
  title: { zh: '清退核查：不符合监测帮扶条件', en: 'removal check: never met the conditions (清退)' },
  citations: [
    { doc: S002, clause: '三(二)1', quote: '全面精准监测对象，通过全面排查，对不符合监测帮扶条件的进行清退' },
    { doc: S002, clause: '四(二)2', quote: '梳理2021年6月以前纳入监测管理的三类人员信息，综合分析研判、提出预清退、回退、风险再标注、风险消除的“回头看”核查名单' },
  ],
  description: {
    zh: '监测对象识别时家庭人均纯收入不低于监测线，且记录中没有整户无劳动能力、部分丧失劳动能力且无法通过产业就业获得稳定收入或生活出现严重困难的情形的，列为清退核查对象（预清退名单，须入户核实）；这些情形未记录的，无法判定并列出应核实的字段。',
    en: 'A monitoring object whose per-capita net income at identification is at or above the line, and whose record shows no whole-household lack of labour, no partly lost labour without stable income from work, and no severe hardship, is a removal candidate (the pre-removal list, to verify at home); with those facts unrecorded the check is undetermined and names them.',
  },
  parameters: ['eliminationLookBack', 'monitoringLine'],
  facts: ['monitoring.perCapitaIncomeAtIdentification', 'members[].labour', 'noLabourSafetyNet', 'hardship.noStableIncomeFromWork', 'hardship.severeDifficulty'],
  test: (c) => {
    const atId = c.monitoring.perCapitaIncomeAtIdentification;
    if (atId === undefined) return NO_INCOME;
    const line = lookup(c.profile, 'monitoringLine', c.on);
    if (!line.ok) return { outcome: 'undetermined', missing: [line.missing], data: { why: 'no-line', line } };
    // Below the line ("低于", strict), the income condition was met at identification.
    if (toFen(atId) < toFen(line.value)) return { outcome: 'not-met', data: { why: 'below', line } };
    const noLabour = householdWithoutLabour(c.h, allListed(c.members)).value;
    const limited = membersWithLostOrWeakLabour(allListed(c.members)).length;
    const noStable = c.h.hardship?.noStableIncomeFromWork;
    const severe = c.h.hardship?.severeDifficulty;
    const data = { why: 'at-or-above', line, noLabour, limited } as const;
    if (noLabour === true || (limited > 0 && noStable === true) || severe === true) return { outcome: 'not-met', data };
    const missing: string[] = [];
    if (noLabour === null) missing.push('members[].labour');
    if (limited > 0 && noStable === undefined) missing.push('hardship.noStableIncomeFromWork');
    if (severe === undefined) missing.push('hardship.severeDifficulty');
    return missing.length > 0 ? { outcome: 'undetermined', missing, data } : { outcome: 'met', data };
  },
  explain: (c, t, rule): Explained => {
    const d = t.data;
    const atId = c.monitoring.perCapitaIncomeAtIdentification;
    if (d.why === 'no-income' || atId === undefined) {
      return { message: { zh: '未记录识别时家庭人均纯收入', en: 'per-capita net income at identification is not recorded' }, values: { incomeAtIdentification: null }, citations: lookBackCites(rule, c) };
    }
    const atIdFen = toFen(atId);
    const income = formatFen(atIdFen);
    if (d.why === 'no-line') return { message: d.line.message, values: { incomeAtIdentification: income }, citations: lookBackCites(rule, c) };
    const lineFen = toFen(d.line.value);
    const lineText = formatFen(lineFen);
    const citations = lookBackCites(rule, c, d.line.citation);
    if (d.why === 'below') {
      return {
        message: { zh: `识别时家庭人均纯收入 ${income} 元 < 监测线 ${lineText} 元：符合收入条件`, en: `per-capita net income at identification ${income} < the line ${lineText}: the income condition was met` },
        values: { incomeAtIdentification: income, line: lineText },
        citations,
      };
    }
    const noStable = c.h.hardship?.noStableIncomeFromWork;
    const severe = c.h.hardship?.severeDifficulty;
    const values = {
      incomeAtIdentification: income,
      line: lineText,
      wholeHouseholdWithoutLabour: d.noLabour,
      membersLostOrWeakLabour: d.limited,
      noStableIncomeFromWork: noStable ?? null,
      severeDifficulty: severe ?? null,
    };
    const cmp = atIdFen === lineFen ? '=' : '>';
    const head = { zh: `识别时家庭人均纯收入 ${income} 元 ${cmp} 监测线 ${lineText} 元`, en: `per-capita net income at identification ${income} ${cmp} the line ${lineText}` };
    if (t.outcome === 'not-met') {
      const paths: Text[] = [];
      if (d.noLabour === true) paths.push({ zh: '整户无劳动能力', en: 'no member can work' });
      if (d.limited > 0 && noStable === true) paths.push({ zh: '部分丧失劳动能力且无法通过产业就业获得稳定收入', en: 'labour partly lost and no stable income from work' });
      if (severe === true) paths.push({ zh: '生活出现严重困难', en: 'severe hardship' });
      return {
        message: { zh: `${head.zh}，但记录有${paths.map((p) => p.zh).join('、')}：不属清退核查对象`, en: `${head.en}, but the record shows ${paths.map((p) => p.en).join(', ')}: not a removal candidate` },
        values,
        citations,
      };
    }
    if (t.outcome === 'undetermined') {
      return {
        message: { zh: `${head.zh}，其他纳入情形（劳动能力、稳定收入、严重困难）未完整记录`, en: `${head.en}; the other conditions (labour capacity, stable income, severe hardship) are not fully recorded` },
        values,
        citations,
      };
    }
    return {
      message: {
        zh: `${head.zh}，记录中也无整户无劳动能力、部分丧失劳动能力且无法通过产业就业获得稳定收入或生活严重困难的情形：列为清退核查对象，入户核实，不符合监测帮扶条件的按程序清退`,
        en: `${head.en}, and the record shows no lack of labour, no partly lost labour without stable income and no severe hardship: a removal candidate — verify at home and remove by the procedure if the conditions were never met`,
      },
      values,
      citations,
    };
  },
});
