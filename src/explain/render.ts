/**
 * Explanations as text (判定说明): a result turned into readable Chinese or English, for officials
 * (every decision with its reasons and the clauses it rests on) and, for a household found not to
 * qualify, the written notice of the result (书面告知审核结果, 龙扶贫组字〔2021〕1号 §四(三)). ID numbers
 * and phone numbers are masked in everything rendered.
 *
 * @module
 */
import type { AssessmentResult } from '../assess.js';
import { DOCUMENTS } from './documents.js';
import type { Citation, Finding, Outcome } from './finding.js';
import { maskIdNumbersInText } from './mask.js';
import { checkChoiceOption } from '../model/option-error.js';
import { MONITORING_CATEGORIES, POLICY_STATUSES, ELIMINATION_METHODS, type Text } from '../model/labels.js';
import { RULES } from '../rules/catalog.js';

let titles: Map<string, Text> | undefined;
/** A rule's title by id (the id itself when unknown), for headlines. */
function titleOf(id: string, lang: 'zh' | 'en'): string {
  titles ??= new Map(RULES.map((r) => [r.id, r.title]));
  return titles.get(id)?.[lang] ?? id;
}

/** The language of a rendering: Chinese, English, or both (Chinese first). */
export type Language = 'zh' | 'en' | 'both';

/** Options of {@link renderExplanation} and {@link renderNotice}. */
export interface RenderOptions {
  language?: Language;
}

const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** Masks ID numbers and mobile phone numbers in a rendered text. */
function safe(text: string): string {
  return maskIdNumbersInText(text).replace(MOBILE, '$1****$2');
}

const MARK: Record<Outcome, Text> = {
  met: { zh: '［成立］', en: '[holds]' },
  'not-met': { zh: '［不成立］', en: '[does not hold]' },
  undetermined: { zh: '［待核实］', en: '[undetermined]' },
  info: { zh: '［说明］', en: '[note]' },
};

const SEVERITY: Record<string, Text> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '疑点', en: 'warning' },
  completeness: { zh: '缺项', en: 'incomplete' },
  info: { zh: '提示', en: 'note' },
};

function cite(c: Citation, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${c.doc} ${c.clause}` : `${c.doc} §${c.clause}`;
}

function citations(cs: readonly Citation[], lang: 'zh' | 'en'): string {
  if (cs.length === 0) return '';
  return lang === 'zh' ? `（依据：${cs.map((c) => cite(c, lang)).join('；')}）` : ` (under ${cs.map((c) => cite(c, lang)).join('; ')})`;
}

function findingLines(fs: readonly Finding[], lang: 'zh' | 'en', skipPeriod = true): string[] {
  const out: string[] = [];
  for (const f of fs) {
    if (skipPeriod && f.rule === 'income.period') continue;
    out.push(`  ${MARK[f.outcome][lang]} ${f.message[lang]}${citations(f.citations, lang)}`);
  }
  return out;
}

function list(items: readonly string[], lang: 'zh' | 'en'): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

function monitoringHeadline(r: AssessmentResult, lang: 'zh' | 'en'): string {
  const m = r.monitoring;
  if (m.eligible === true && m.category) {
    const c = MONITORING_CATEGORIES[m.category];
    return lang === 'zh' ? `纳入监测：${c.zh}` : `enters monitoring: ${c.en} (${c.zh})`;
  }
  if (m.eligible === false) {
    const excluded = m.excludedBy.map((id) => titleOf(id, lang));
    const ex = excluded.length ? (lang === 'zh' ? `（${list(excluded, lang)}）` : ` (${list(excluded, lang)})`) : '';
    return lang === 'zh' ? `不纳入监测${ex}` : `does not enter monitoring${ex}`;
  }
  return lang === 'zh' ? `无法判定是否纳入监测（缺少：${list(m.missing, lang)}）` : `undetermined (missing: ${list(m.missing, lang)})`;
}

function policyHeadline(r: AssessmentResult, lang: 'zh' | 'en'): string {
  const p = r.policyStatus;
  if (p.status) return lang === 'zh' ? POLICY_STATUSES[p.status].zh : `${POLICY_STATUSES[p.status].en} (${POLICY_STATUSES[p.status].zh})`;
  if (p.missing.length) return lang === 'zh' ? `无法判定（缺少：${list(p.missing, lang)}）` : `undetermined (missing: ${list(p.missing, lang)})`;
  return lang === 'zh' ? '不适用' : 'not applicable';
}

function eliminationHeadline(r: AssessmentResult, lang: 'zh' | 'en'): string {
  const e = r.elimination;
  if (e.method === null) return lang === 'zh' ? '不适用（非监测对象）' : 'not applicable (not a monitoring object)';
  const method = ELIMINATION_METHODS[e.method];
  const route = lang === 'zh' ? method.zh : method.en;
  let head: string;
  if (e.eligible === true) head = lang === 'zh' ? `符合风险消除条件（${route}）` : `the elimination conditions hold (${route})`;
  else if (e.eligible === false) head = lang === 'zh' ? `暂不符合风险消除条件（${route}；未满足：${list(e.blockers, lang)}）` : `the elimination conditions do not hold (${route}; failing: ${list(e.blockers, lang)})`;
  else head = lang === 'zh' ? `无法判定（缺少：${list(e.missing, lang)}）` : `undetermined (missing: ${list(e.missing, lang)})`;
  if (e.rollback.candidate === true) head += lang === 'zh' ? `；风险消除回退对象（${list(e.rollback.reasons, lang)}）` : `; roll-back candidate (${list(e.rollback.reasons, lang)})`;
  if (e.rollback.remark === true) head += lang === 'zh' ? '；应风险再标注' : '; to be re-marked (风险再标注)';
  return head;
}

function renderOne(r: AssessmentResult, lang: 'zh' | 'en'): string {
  const z = lang === 'zh';
  const rec = r.record;
  const lines: string[] = [];
  lines.push(z ? '防返贫监测评估说明' : 'Poverty-relapse monitoring: assessment explained');
  lines.push(z ? `户编号：${rec.householdId}` : `Household: ${rec.householdId}`);
  const period = rec.period ? (z ? `${rec.period.from} 至 ${rec.period.to}` : `${rec.period.from} to ${rec.period.to}`) : z ? '未确定' : 'undetermined';
  lines.push(z ? `评估时点：${rec.asOf ?? '未给出'}；收入计算周期：${period}` : `As of: ${rec.asOf ?? 'not given'}; income period: ${period}`);
  lines.push(
    z
      ? `政策配置：${rec.profile.id}（配置摘要 ${rec.profile.hash.slice(0, 12)}；${rec.library} ${rec.version}）`
      : `Profile: ${rec.profile.id} (content hash ${rec.profile.hash.slice(0, 12)}; ${rec.library} ${rec.version})`,
  );
  lines.push('');

  const section = (n: Text, title: Text, headline: string | null, fs: readonly Finding[], skipPeriod = true) => {
    lines.push(`${z ? n.zh : n.en}${z ? title.zh : title.en}${headline ? (z ? '：' : ': ') + headline : ''}`);
    lines.push(...findingLines(fs, lang, skipPeriod));
    lines.push('');
  };
  const inc = r.income;
  const incomeHead = inc.perCapitaReferenceIncome
    ? z
      ? `A34 家庭人均纯收入 ${inc.perCapitaNetIncome} 元，A38 人均收入参考范围 ${inc.perCapitaReferenceIncome} 元`
      : `A34 per-capita net income ${inc.perCapitaNetIncome} yuan, A38 per-capita reference income ${inc.perCapitaReferenceIncome} yuan`
    : null;
  section({ zh: '一、', en: '1. ' }, { zh: '收入', en: 'Income' }, incomeHead, inc.findings, false);
  section({ zh: '二、', en: '2. ' }, { zh: '监测对象认定', en: 'Identification' }, monitoringHeadline(r, lang), r.monitoring.findings);
  section({ zh: '三、', en: '3. ' }, { zh: '脱贫享受政策认定', en: 'Policy status' }, policyHeadline(r, lang), r.policyStatus.findings);
  section({ zh: '四、', en: '4. ' }, { zh: '风险消除', en: 'Risk elimination' }, eliminationHeadline(r, lang), r.elimination.findings);
  const groups = r.screening.groups.length ? list(r.screening.groups, lang) : z ? '无' : 'none';
  section({ zh: '五、', en: '5. ' }, { zh: '集中排查重点群体', en: 'Screening focus groups' }, groups, r.screening.findings.filter((f) => f.outcome !== 'not-met'));
  const proc: Finding[] = [...r.procedure.deadlines.map((d) => d.finding), r.procedure.greenChannel.finding, ...r.procedure.findings];
  section({ zh: '六、', en: '6. ' }, { zh: '程序与时限', en: 'Procedure and deadlines' }, null, proc);

  const counts = new Map<string, number>();
  for (const q of r.quality) counts.set(q.severity, (counts.get(q.severity) ?? 0) + 1);
  const countText = ['error', 'warning', 'completeness', 'info'].map((s) => `${z ? SEVERITY[s]!.zh : SEVERITY[s]!.en} ${counts.get(s) ?? 0}`).join(z ? '，' : ', ');
  lines.push(`${z ? '七、数据质量' : '7. Data quality'}${z ? '：' : ': '}${countText}`);
  for (const q of r.quality) {
    lines.push(`  ［${z ? SEVERITY[q.severity]!.zh : SEVERITY[q.severity]!.en}］${q.path ? q.path + (z ? '：' : ': ') : ''}${q.message[lang]}`);
  }
  lines.push('');

  // The documents cited anywhere in the result.
  const docs = new Set<string>();
  const collect = (fs: readonly Finding[]) => fs.forEach((f) => f.citations.forEach((c) => docs.add(c.doc)));
  collect(inc.findings);
  collect(r.monitoring.findings);
  collect(r.policyStatus.findings);
  collect(r.elimination.findings);
  collect(r.screening.findings);
  collect(proc);
  r.quality.forEach((q) => q.citations.forEach((c) => docs.add(c.doc)));
  lines.push(z ? '依据文件：' : 'Documents cited:');
  for (const id of [...docs].sort()) {
    const d = DOCUMENTS[id];
    lines.push(d ? `  ${id}　${d.issuer}${d.date ? '　' + d.date : ''}　${d.title}` : `  ${id}`);
  }
  return lines.join('\n');
}

/**
 * Renders a whole assessment as readable text: each decision with its reasons, the values compared
 * and the clauses relied on, then the documents cited. ID and phone numbers are masked.
 *
 * @example
 * console.log(renderExplanation(assessHousehold(h, getProfile('fujian/jinan/2023')), { language: 'zh' }));
 */
export function renderExplanation(result: AssessmentResult, options: RenderOptions = {}): string {
  checkChoiceOption('language', options.language, ['zh', 'en', 'both']);
  const language = options.language ?? 'zh';
  const text = language === 'both' ? `${renderOne(result, 'zh')}\n\n${renderOne(result, 'en')}` : renderOne(result, language);
  return safe(text);
}

/**
 * The written notice to a household found not to qualify for monitoring (书面告知审核结果,
 * 龙扶贫组字〔2021〕1号 §四(三): "对不符合监测标准的群众，由镇街区扶贫部门书面告知审核结果，并做好沟通解释工作"):
 * the decision, the reasons that decided it with the clauses, and whom to ask. Returns `null` when the
 * household is eligible or the decision is undetermined. Shows no ID number, phone number or member
 * health detail.
 *
 * @example
 * const notice = renderNotice(assessHousehold(h, getProfile('shandong/longkou/2021'), { asOf: '2021-06-30' }));
 */
export function renderNotice(result: AssessmentResult, options: RenderOptions = {}): string | null {
  if (result.monitoring.eligible !== false) return null;
  const language = options.language ?? 'zh';
  const one = (lang: 'zh' | 'en') => {
    const z = lang === 'zh';
    const reasons = result.monitoring.findings.filter(
      (f) => f.rule !== 'income.period' && ((f.outcome === 'not-met' && !f.rule.startsWith('identification.exclusion.')) || (f.outcome === 'met' && f.rule.startsWith('identification.exclusion.'))),
    );
    const lines: string[] = [];
    lines.push(z ? '防止返贫监测对象认定结果告知书' : 'Notice of the result of the monitoring review');
    lines.push('');
    lines.push(z ? `户编号：${result.record.householdId}` : `Household: ${result.record.householdId}`);
    lines.push(
      z
        ? '经核实，你户不符合防止返贫监测对象的认定标准，暂不纳入监测。理由如下：'
        : 'After verification, your household does not meet the criteria for a monitoring object and is not included for now, for these reasons:',
    );
    reasons.forEach((f, i) => lines.push(`${i + 1}. ${f.message[lang]}${citations(f.citations, lang)}`));
    lines.push(
      z
        ? '如家庭情况发生变化，或对认定结果有疑问，可向所在村（社区）或镇（街道）提出，我们将做好沟通解释工作，积极协调解决实际困难。'
        : 'If your circumstances change, or you have questions about this result, please contact your village (community) or township (subdistrict) office; we will explain the decision and help with practical difficulties.',
    );
    lines.push(
      z
        ? `（依据：龙扶贫组字〔2021〕1号 四(三)；政策配置 ${result.record.profile.id}；评估时点 ${result.record.asOf ?? '未给出'}）`
        : `(Under 龙扶贫组字〔2021〕1号 §四(三); profile ${result.record.profile.id}; as of ${result.record.asOf ?? 'not given'})`,
    );
    return lines.join('\n');
  };
  return safe(language === 'both' ? `${one('zh')}\n\n${one('en')}` : one(language));
}
