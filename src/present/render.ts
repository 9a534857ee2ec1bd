/**
 * Explanations as text (判定说明): a result turned into readable Chinese or English, for officials
 * (every decision with its reasons and the clauses it rests on) and, for a household found not to
 * qualify, the written notice of the result (书面告知审核结果), citing the profile's own clause for it
 * (`writtenNotice`; 龙扶贫组字〔2021〕1号 §四(三) under Longkou) or saying plainly that the practice is
 * borrowed from that clause. ID numbers and phone numbers are masked in everything rendered.
 *
 * @module
 */
import type { AssessmentResult } from '../assess.js';
import { DOCUMENTS } from '../explain/documents.js';
import type { Citation, Finding, Outcome } from '../explain/finding.js';
import { maskIdNumbersInText } from '../explain/mask.js';
import { checkChoiceOption } from '../model/option-error.js';
import { MONITORING_CATEGORIES, POLICY_STATUSES, ELIMINATION_METHODS, RISK_TYPES, type Text } from '../model/labels.js';
import { RULES } from '../rules/catalog.js';
import type { Verification } from '../kernel/verification.js';
import { fieldLabel } from '../model/field-labels.js';
import { optionalParameter } from '../profile/lookup.js';
import { getProfile } from '../profile/registry.js';
import type { Profile } from '../profile/schema.js';
import { ELIMINATION_CONDITIONS, LOOK_BACK_CHECKS } from '../profile/parameters/elimination.js';
import { SCREENING_GROUPS } from '../profile/parameters/screening.js';
import { blockerLabel, lookBackLabel, ruleTitle, screeningGroupLabel } from './result-labels.js';

let titles: Map<string, Text> | undefined;
/** A rule's title by id (the id itself when unknown), for headlines. */
function titleOf(id: string, lang: 'zh' | 'en'): string {
  titles ??= new Map(RULES.map((r) => [r.id, r.title]));
  return titles.get(id)?.[lang] ?? id;
}

/** A code (a rule id, a dotted field path, a member's field) as a token: not part of a longer identifier. */
const DOTTED = /(?<![\w.\-[\]])(?:members\[\d+\](?:\.[a-zA-Z]+)*|[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*(?:\.[a-zA-Z0-9]+(?:-[a-z0-9]+)*)+)(?![\w\-[\]]|\.\w)/g;
/** A lower-case id (a risk type; hyphenated: an elimination condition, a look-back check, a screening group) as a token. */
const LOWER_ID = /(?<![\w.\-[\]/])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w.\-[\]/])/g;
const CONDITION_IDS = new Set<string>(ELIMINATION_CONDITIONS);
const LOOK_BACK_IDS = new Set<string>(LOOK_BACK_CHECKS);
const GROUP_IDS = new Set<string>(SCREENING_GROUPS);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A message as an official reads it: the codes a rule wrote into it named instead — each field path of
 * `paths` (a finding's `missing`) by its label, then any rule id or dotted field path that has a title or a
 * label, and (in Chinese, where no English word is meant) the ids of elimination conditions, look-back
 * checks and screening groups. Anything without a name stays as it is.
 */
function readable(text: string, lang: 'zh' | 'en', paths: readonly string[] = []): string {
  let out = text;
  for (const p of [...paths].sort((a, b) => b.length - a.length)) {
    const name = fieldLabel(p)[lang];
    if (name !== p) out = out.replace(new RegExp(`(?<![\\w.\\-[\\]])${escapeRegExp(p)}(?![\\w\\-[\\]]|\\.\\w)`, 'g'), name);
  }
  out = out.replace(DOTTED, (token) => {
    const title = ruleTitle(token);
    if (title.zh !== token) return title[lang];
    const member = /^members\[(\d+)\]$/.exec(token);
    if (member) return lang === 'zh' ? `第${Number(member[1]) + 1}行成员` : `member ${Number(member[1]) + 1}`;
    const label = fieldLabel(token);
    return label.zh !== token ? label[lang] : token;
  });
  if (lang === 'zh') {
    out = out.replace(LOWER_ID, (token) => {
      if (token in RISK_TYPES) return RISK_TYPES[token as keyof typeof RISK_TYPES].zh;
      if (!token.includes('-')) return token;
      if (CONDITION_IDS.has(token)) return blockerLabel(token).zh;
      if (LOOK_BACK_IDS.has(token)) return lookBackLabel(token).zh;
      if (GROUP_IDS.has(token)) return screeningGroupLabel(token).zh;
      return token;
    });
  }
  return out;
}

/** The language of a rendering: Chinese, English, or both (Chinese first). */
export type Language = 'zh' | 'en' | 'both';

/** Options of {@link renderExplanation} and {@link renderNotice}. */
export interface RenderOptions {
  language?: Language;
  /**
   * The profile the result was assessed under, for the notice's clause (`writtenNotice`). Without it
   * a built-in profile is found by the result's profile id and content hash; a result of any other
   * profile gets the notice with its borrowed clause said plainly.
   */
  profile?: Profile;
}

/** The notice's own clause under the result's profile, or `null` when the profile has none (or is unknown). */
function noticeClause(result: AssessmentResult, profile: Profile | undefined) {
  let p = profile;
  if (p === undefined) {
    try {
      const builtin = getProfile(result.record.profile.id);
      if (builtin.hash === result.record.profile.hash) p = builtin;
    } catch {
      // Not a built-in profile: the clause cannot be looked up.
    }
  }
  const on = result.record.asOf ?? result.record.period?.to;
  if (p === undefined || on === undefined) return null;
  return optionalParameter(p, 'writtenNotice', on) ?? null;
}

/** The clause the notice's practice is borrowed from where the profile names none (S004 §四(三)). */
const BORROWED_NOTICE: Citation = { doc: '龙扶贫组字〔2021〕1号', clause: '四(三)' };

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
    out.push(`  ${MARK[f.outcome][lang]} ${readable(f.message[lang], lang, f.missing)}${missingNote(f, lang)}${citations(f.citations, lang)}`);
  }
  return out;
}

/** For an undetermined finding whose message does not name its missing facts: what is missing, by label. */
function missingNote(f: Finding, lang: 'zh' | 'en'): string {
  if (f.outcome !== 'undetermined' || !f.missing || f.missing.length === 0) return '';
  const message = f.message[lang];
  const unnamed = f.missing.filter((p) => !message.includes(p.replace(/^(?:profile\.)?parameters\./, '')) && !message.includes(fieldLabel(p)[lang]));
  if (unnamed.length === 0) return '';
  return lang === 'zh' ? `（缺少：${labels(unnamed, lang)}）` : ` (missing: ${labels(unnamed, lang)})`;
}

function list(items: readonly string[], lang: 'zh' | 'en'): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

function labels(paths: readonly string[], lang: 'zh' | 'en'): string {
  return list(
    paths.map((p) => fieldLabel(p)[lang]),
    lang,
  );
}

function toVerifyText(vs: readonly Verification[], lang: 'zh' | 'en'): string {
  return vs.map((v) => `${v.label[lang]}${lang === 'zh' ? '（' : ' ('}${list(v.facts.map((f) => f.label[lang]), lang)}${lang === 'zh' ? '）' : ')'}`).join(lang === 'zh' ? '；或 ' : '; or ');
}

function monitoringHeadline(r: AssessmentResult, lang: 'zh' | 'en'): string {
  const m = r.monitoring;
  const z = lang === 'zh';
  switch (m.outcome) {
    case 'identified': {
      const c = m.category ? MONITORING_CATEGORIES[m.category] : null;
      return z ? `认定为监测对象${c ? `：${c.zh}` : '（类别无法确定）'}` : `identified for monitoring${c ? `: ${c.en} (${c.zh})` : ' (category undetermined)'}`;
    }
    case 'to-verify': {
      const c = m.provisionalCategory ? MONITORING_CATEGORIES[m.provisionalCategory] : null;
      const prov = c ? (z ? `，拟认定为${c.zh}` : `; if verified: ${c.en} (${c.zh})`) : '';
      return z ? `待核实${prov}。须入户核实：${toVerifyText(m.toVerify, lang)}` : `to verify${prov}. Verify at the home visit: ${toVerifyText(m.toVerify, lang)}`;
    }
    case 'not-identified': {
      const excluded = m.excludedBy.map((id) => titleOf(id, lang));
      if (excluded.length) return z ? `不认定（${list(excluded, lang)}）` : `not identified (${list(excluded, lang)})`;
      if (m.onRecordAlone) return z ? '不认定（仅凭记录判定：记录中无须入户核实的迹象）' : 'not identified (decided on the record alone: it shows no sign that calls for a visit)';
      return z ? '不认定' : 'not identified';
    }
    case 'undetermined':
      return z ? `无法判定（记录缺少：${labels(m.missing, lang)}）` : `undetermined (the record lacks: ${labels(m.missing, lang)})`;
  }
}

function policyHeadline(r: AssessmentResult, lang: 'zh' | 'en'): string {
  const p = r.policyStatus;
  const z = lang === 'zh';
  switch (p.outcome) {
    case 'enjoying':
    case 'not-enjoying':
      return z ? POLICY_STATUSES[p.outcome].zh : `${POLICY_STATUSES[p.outcome].en} (${POLICY_STATUSES[p.outcome].zh})`;
    case 'to-verify':
      return z ? `待核实。须入户核实：${toVerifyText(p.toVerify, lang)}` : `to verify. Verify at the visit: ${toVerifyText(p.toVerify, lang)}`;
    case 'undetermined':
      return z ? `无法判定（记录缺少：${labels(p.missing, lang)}）` : `undetermined (the record lacks: ${labels(p.missing, lang)})`;
    case 'not-applicable':
      return z ? '不适用' : 'not applicable';
  }
}

function eliminationHeadline(r: AssessmentResult, lang: 'zh' | 'en'): string {
  const e = r.elimination;
  const z = lang === 'zh';
  if (e.outcome === 'not-applicable' || e.method === null) return z ? '不适用（非监测对象）' : 'not applicable (not a monitoring object)';
  const method = ELIMINATION_METHODS[e.method];
  const route = z ? method.zh : method.en;
  let head: string;
  switch (e.outcome) {
    case 'eliminable':
      head = z ? `符合风险消除条件（${route}）` : `the elimination conditions hold (${route})`;
      break;
    case 'not-eliminable':
      head = z
        ? `暂不符合风险消除条件（${route}；未满足：${list(e.blockers.map((b) => blockerLabel(b).zh), lang)}）`
        : `the elimination conditions do not hold (${route}; failing: ${list(e.blockers.map((b) => blockerLabel(b).en), lang)})`;
      break;
    case 'to-verify':
      head = z ? `待核实（${route}）。须在评议时核实：${toVerifyText(e.toVerify, lang)}` : `to verify (${route}). Verify at the review: ${toVerifyText(e.toVerify, lang)}`;
      break;
    case 'undetermined':
      head = z ? `无法判定（缺少：${labels(e.missing, lang)}）` : `undetermined (missing: ${labels(e.missing, lang)})`;
      break;
  }
  const reasons = list(e.rollback.reasons.map((r) => lookBackLabel(r)[lang]), lang);
  if (e.rollback.candidate === true) head += z ? `；风险消除回退对象（${reasons}）` : `; roll-back candidate (${reasons})`;
  if (e.rollback.remark === true) head += z ? '；应风险再标注' : '; to be re-marked (风险再标注)';
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
  const groups = r.screening.groups.length ? list(r.screening.groups.map((g) => screeningGroupLabel(g)[lang]), lang) : z ? '无' : 'none';
  section({ zh: '五、', en: '5. ' }, { zh: '集中排查重点群体', en: 'Screening focus groups' }, groups, r.screening.findings.filter((f) => f.outcome !== 'not-met'));
  const proc: Finding[] = [...r.procedure.deadlines.map((d) => d.finding), r.procedure.greenChannel.finding, ...r.procedure.findings];
  section({ zh: '六、', en: '6. ' }, { zh: '程序与时限', en: 'Procedure and deadlines' }, null, proc);

  const counts = new Map<string, number>();
  for (const q of r.quality) counts.set(q.severity, (counts.get(q.severity) ?? 0) + 1);
  const countText = ['error', 'warning', 'completeness', 'info'].map((s) => `${z ? SEVERITY[s]!.zh : SEVERITY[s]!.en} ${counts.get(s) ?? 0}`).join(z ? '，' : ', ');
  lines.push(`${z ? '七、数据质量' : '7. Data quality'}${z ? '：' : ': '}${countText}`);
  for (const q of r.quality) {
    lines.push(`  ［${z ? SEVERITY[q.severity]!.zh : SEVERITY[q.severity]!.en}］${q.path ? fieldLabel(q.path)[lang] + (z ? '：' : ': ') : ''}${readable(q.message[lang], lang)}`);
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
 * The written notice to a household found not to qualify for monitoring (书面告知审核结果): the
 * decision, the reasons that decided it with the clauses, and whom to ask. It cites the profile's
 * own clause for the notice (`writtenNotice`; 龙扶贫组字〔2021〕1号 §四(三): "对不符合监测标准的群众，由镇街区扶贫部门
 * 书面告知审核结果，并做好沟通解释工作"); under a profile whose documents require none, it says that the
 * practice is borrowed from that clause. Returns `null` unless the household is not identified (a
 * household to verify gets a visit, not a notice). A decision made on the record alone says so instead
 * of "经核实". Shows no ID number, phone number or member health detail.
 *
 * @example
 * const notice = renderNotice(assessHousehold(h, getProfile('shandong/longkou/2021'), { asOf: '2021-06-30' }));
 * // …（依据：龙扶贫组字〔2021〕1号 四(三)；政策配置 shandong/longkou/2021；评估时点 2021-06-30）
 */
export function renderNotice(result: AssessmentResult, options: RenderOptions = {}): string | null {
  if (result.monitoring.outcome !== 'not-identified') return null;
  const language = options.language ?? 'zh';
  const own = noticeClause(result, options.profile);
  const one = (lang: 'zh' | 'en') => {
    const z = lang === 'zh';
    const reasons = result.monitoring.findings.filter(
      (f) => f.rule !== 'income.period' && ((f.outcome === 'not-met' && !f.rule.startsWith('identification.exclusion.')) || (f.outcome === 'met' && f.rule.startsWith('identification.exclusion.'))),
    );
    const lines: string[] = [];
    lines.push(z ? '防止返贫监测对象认定结果告知书' : 'Notice of the result of the monitoring review');
    lines.push('');
    lines.push(z ? `户编号：${result.record.householdId}` : `Household: ${result.record.householdId}`);
    const basis = result.monitoring.onRecordAlone ? (z ? '根据登记的信息' : 'On the information on record') : z ? '经核实' : 'After verification';
    lines.push(
      z
        ? `${basis}，你户不符合防止返贫监测对象的认定标准，暂不纳入监测。理由如下：`
        : `${basis}, your household does not meet the criteria for a monitoring object and is not included for now, for these reasons:`,
    );
    reasons.forEach((f, i) => lines.push(`${i + 1}. ${f.message[lang]}${citations(f.citations, lang)}`));
    lines.push(
      z
        ? '如家庭情况发生变化，或对认定结果有疑问，可向所在村（社区）或镇（街道）提出，我们将做好沟通解释工作，积极协调解决实际困难。'
        : 'If your circumstances change, or you have questions about this result, please contact your village (community) or township (subdistrict) office; we will explain the decision and help with practical difficulties.',
    );
    const profileId = result.record.profile.id;
    const asOf = result.record.asOf;
    if (own) {
      lines.push(
        z
          ? `（书面告知依据：${cite(own.citation, lang)}，由${own.value.issuer.zh}告知；政策配置 ${profileId}；评估时点 ${asOf ?? '未给出'}）`
          : `(Written notice under ${cite(own.citation, lang)}, given by ${own.value.issuer.en}; profile ${profileId}; as of ${asOf ?? 'not given'})`,
      );
    } else {
      lines.push(
        z
          ? `（政策配置 ${profileId} 所依据的文件未规定书面告知审核结果；本告知书借用${cite(BORROWED_NOTICE, lang)}“对不符合监测标准的群众……书面告知审核结果”的做法；评估时点 ${asOf ?? '未给出'}）`
          : `(The documents of profile ${profileId} require no written notice of the result; this notice borrows the practice of ${cite(BORROWED_NOTICE, lang)}, "对不符合监测标准的群众……书面告知审核结果"; as of ${asOf ?? 'not given'})`,
      );
    }
    return lines.join('\n');
  };
  return safe(language === 'both' ? `${one('zh')}\n\n${one('en')}` : one(language));
}
