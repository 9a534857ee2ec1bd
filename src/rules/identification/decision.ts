/**
 * 是否纳入监测 — the decision: the paths into monitoring and the exclusions combined into one of four
 * outcomes.
 *
 * 临稷办发〔2023〕76号 附件1 注2 (the national form):
 * > 2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * 龙扶贫组字〔2021〕1号 §二(二) (Longkou 2021):
 * > 对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:
 *
 * 榕晋乡振〔2023〕12号 §一(一) (Jin'an 2023):
 * > 按照晋安区监测范围（2023年晋安区的监测范围为家庭年人均可支配收入低于10560元）和认定标准（参照工作指南）
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(一)1 (Xiaozhongdian 2021):
 * > 在综合分析研判的基础上以行政村为单位提出核查名单，组织逐户入户核查，符合条件的严格按程序纳入监测帮扶
 *
 * 党委发〔2023〕70号 §一(二) (Wuqingyuan 2023):
 * > 及时将有返贫致贫风险的农户全部识别为防止返贫监测对象
 *
 *     identified      a path is met and no exclusion is established; the category the path gives
 *     to-verify       no path is met, one is to verify: the facts to verify and the provisional category
 *     undetermined    no path is met or to verify, one lacks a record fact (named in `missing`)
 *     not-identified  no path can be met, or an exclusion is established
 *
 * An established exclusion settles any household a path could still take in (原则上不纳入).
 *
 * @module
 */
import type { MonitoringCategory } from '../../model/household.js';
import { MONITORING_CATEGORIES, type Text } from '../../model/labels.js';
import type { Finding } from '../../explain/finding.js';
import { finding } from '../../explain/finding.js';
import { clauseRule, type Tested } from '../../kernel/clause.js';
import { uniqueCitations } from '../../kernel/line.js';
import { RECORD_SIGN_ORDER, RECORD_SIGNS, type RecordSign, type Verification } from '../../kernel/verification.js';
import { missingNames, type IdentificationContext } from './context.js';
import { EXCLUSIONS } from './exclusions.js';

/**
 * 识别结论 — the four outcomes of identification:
 * - `identified` 认定: the record meets a path into monitoring (category in `category`);
 * - `to-verify` 待核实: the record meets the income reference or a clause's test, and facts an export does
 *   not carry are left to verify at the home visit (`toVerify`, provisional category in `provisionalCategory`);
 * - `not-identified` 不认定: the record meets no path (or an exclusion is established, `excludedBy`);
 * - `undetermined` 无法判定: the record lacks something it must carry (`missing`: the household size, a date).
 */
export type IdentificationOutcome = 'identified' | 'to-verify' | 'not-identified' | 'undetermined';

/** The outcomes with their labels, in table order. */
export const IDENTIFICATION_OUTCOMES: Readonly<Record<IdentificationOutcome, Text>> = {
  identified: { zh: '认定', en: 'identified' },
  'to-verify': { zh: '待核实', en: 'to verify' },
  'not-identified': { zh: '不认定', en: 'not identified' },
  undetermined: { zh: '无法判定（记录缺项）', en: 'undetermined (record incomplete)' },
};

/** A path into monitoring: the income test (with a condition or a risk), a 脱贫户's conditions, severe difficulty. */
export type PathId = 'income' | 'condition' | 'severe-difficulty';
/** How a path came out. */
export type PathState = 'met' | 'to-verify' | 'not-met' | 'undetermined';

/** How one path into monitoring came out. */
export interface PathResult {
  id: PathId;
  state: PathState;
  /** The category the path gives (met or to verify). */
  category: MonitoringCategory | null;
  readonly verifications: readonly Verification[];
  /** The signs that made it to-verify. */
  readonly signs: readonly RecordSign[];
  /** Record facts missing (undetermined). */
  readonly missing: readonly string[];
  /** Not met only because its facts were unrecorded and no sign showed. */
  noSign: boolean;
}

/**
 * A path's result.
 *
 * @example
 * path('income', 'to-verify', 'marginal', { signs: ['income-below-line'] })
 */
export function path(id: PathId, state: PathState, category: MonitoringCategory | null, rest?: Partial<Pick<PathResult, 'verifications' | 'signs' | 'missing' | 'noSign'>>): PathResult {
  // A path's lists are read, never changed, and never handed out (the decision copies what it keeps):
  // an absent one is the shared empty list, not a new array per path.
  if (rest === undefined) return { id, state, category, verifications: NONE, signs: NONE, missing: NONE, noSign: false };
  return { id, state, category, verifications: rest.verifications ?? (NONE), signs: rest.signs ?? (NONE), missing: rest.missing ?? (NONE), noSign: rest.noSign ?? false };
}

/** What the decision combines: the paths, and the exclusions established or not on record. */
/** The empty list a path's absent lists share (frozen: nothing may add to it). */
const NONE: readonly never[] = Object.freeze([]);

export interface DecisionContext {
  readonly c: IdentificationContext;
  readonly profile: IdentificationContext['profile'];
  readonly paths: readonly PathResult[];
  /** Rule ids of the exclusions established. */
  readonly excludedBy: readonly string[];
  /** Rule ids of the exclusions not (fully) on record. */
  readonly unverified: readonly string[];
}

/** What the decision found. */
export interface Decided {
  outcome: IdentificationOutcome;
  /** A3 when identified. */
  category: MonitoringCategory | null;
  /** When to verify: the category if the facts are verified. */
  provisionalCategory: MonitoringCategory | null;
  /** When to verify: the clause tests to verify, each once. */
  toVerify: Verification[];
  /** When to verify: the signs that warrant the visit, in table order. */
  signs: RecordSign[];
  /** Not identified on the record alone (a path's facts unrecorded, no sign of them). */
  onRecordAlone: boolean;
  /** The record facts the undetermined paths lack. */
  missing: string[];
}

const PATH_LABEL: Record<PathId, Text> = {
  income: { zh: '收入条件', en: 'the income path' },
  condition: { zh: '脱贫户困难条件', en: "the 脱贫户's hardship conditions" },
  'severe-difficulty': { zh: '严重困难', en: 'severe difficulty' },
};

/** The title of an exclusion rule by its id, for messages (falls back to the id). */
function exclusionTitle(id: string, lang: 'zh' | 'en'): string {
  const e = Object.values(EXCLUSIONS).find((x) => x.id === id);
  return e ? e.title[lang] : id;
}

function uniqueVerifications(vs: readonly Verification[]): Verification[] {
  const out: Verification[] = [];
  for (const v of vs) if (!out.some((o) => o.rule === v.rule)) out.push(v);
  return out;
}

export const decisionRule = clauseRule<DecisionContext, Decided>({
  id: 'identification.decision',
  layer: 'identification',
  title: { zh: '是否纳入监测', en: 'whether the household enters monitoring' },
  citations: [
    { doc: '临稷办发〔2023〕76号', clause: '附件1 注2', quote: '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
    {
      doc: '龙扶贫组字〔2021〕1号',
      clause: '二(二)',
      quote: '对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:',
    },
    { doc: '榕晋乡振〔2023〕12号', clause: '一(一)', quote: '按照晋安区监测范围（2023年晋安区的监测范围为家庭年人均可支配收入低于10560元）和认定标准（参照工作指南）' },
    { doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(一)1', quote: '在综合分析研判的基础上以行政村为单位提出核查名单，组织逐户入户核查，符合条件的严格按程序纳入监测帮扶' },
    { doc: '党委发〔2023〕70号', clause: '一(二)', quote: '及时将有返贫致贫风险的农户全部识别为防止返贫监测对象' },
  ],
  description: {
    zh: '综合收入条件（及困难条件或在案风险）、脱贫户的困难条件、严重困难和不纳入情形，得出四种结论之一：认定（及类别）、待核实（列出入户须核实的事实及其条款、拟定类别）、不认定（及原因）、无法判定（记录缺少必须有的信息，如家庭人口、日期）。待核实须有记录中的迹象；无迹象时仅凭记录判定，并予说明。',
    en: 'Combines the income test (with the hardship conditions or a risk on record), the hardship conditions of an exempt 脱贫户, severe difficulty and the exclusions into one of four outcomes: identified (with the category), to verify (the facts to verify at the home visit with their clauses, and the provisional category), not identified (with the reason), undetermined (the record lacks something it must carry, such as the household size or a date). "To verify" needs a sign in the record; without one the record alone decides, and the result says so.',
  },
  parameters: [
    'monitoringLine',
    'identificationIncomeFigure',
    'categoryIncomeFigure',
    'povertyAlleviatedIncomeTest',
    'identificationConditions',
    'identificationRiskEvidence',
    'severeDifficultyPath',
    'povertyAlleviatedCategory',
    'identificationExclusions',
  ],
  facts: ['povertyAlleviated', 'income', 'members', 'riskTypes', 'guarantees', 'hardship', 'assets', 'previousPerCapitaNetIncome', 'events'],
  test: ({ paths, excludedBy }): Tested<Decided> => {
    const met = paths.find((p) => p.state === 'met');
    const toVerify = paths.filter((p) => p.state === 'to-verify');
    const undetermined = paths.filter((p) => p.state === 'undetermined');
    // Each missing fact once, in first-seen order (most households have no undetermined path: nothing to collect).
    const missing = undetermined.length === 0 ? [] : [...new Set(undetermined.flatMap((p) => p.missing))];
    let outcome: IdentificationOutcome;
    if (excludedBy.length > 0 && (met || toVerify.length > 0 || undetermined.length > 0)) outcome = 'not-identified';
    else if (met) outcome = 'identified';
    else if (toVerify.length > 0) outcome = 'to-verify';
    else if (undetermined.length > 0) outcome = 'undetermined';
    else outcome = 'not-identified';
    const data: Decided = {
      outcome,
      category: outcome === 'identified' ? met!.category : null,
      provisionalCategory: outcome === 'to-verify' ? toVerify[0]!.category : null,
      toVerify: outcome === 'to-verify' ? uniqueVerifications(toVerify.flatMap((p) => p.verifications)) : [],
      signs: outcome === 'to-verify' ? RECORD_SIGN_ORDER.filter((s) => toVerify.some((p) => p.signs.includes(s))) : [],
      onRecordAlone: outcome === 'not-identified' && excludedBy.length === 0 && paths.some((p) => p.noSign),
      missing,
    };
    if (outcome === 'undetermined') return { outcome: 'undetermined', missing, data };
    return { outcome: outcome === 'identified' ? 'met' : outcome === 'not-identified' ? 'not-met' : 'undetermined', data };
  },
  explain: ({ c, paths, excludedBy, unverified }, { data: d }) => {
    const cat = d.category ? MONITORING_CATEGORIES[d.category] : null;
    const prov = d.provisionalCategory ? MONITORING_CATEGORIES[d.provisionalCategory] : null;
    const list = (lang: 'zh' | 'en') => d.toVerify.map((v) => `${v.label[lang]}（${v.facts.map((x) => x.label[lang]).join(lang === 'zh' ? '、' : '; ')}）`).join(lang === 'zh' ? '；或 ' : '; or ');
    const signText = (lang: 'zh' | 'en') => d.signs.map((s) => RECORD_SIGNS[s][lang]).join(lang === 'zh' ? '、' : '; ');
    let message: Text;
    switch (d.outcome) {
      case 'identified':
        message = {
          zh: `认定为监测对象${cat ? `：${cat.zh}` : '（类别无法确定）'}${unverified.length ? `；以下不纳入情形未经核实，须经信息比对：${unverified.map((id) => exclusionTitle(id, 'zh')).join('、')}` : ''}`,
          en: `identified for monitoring${cat ? `: ${cat.zh} (${cat.en})` : ' (category undetermined)'}${unverified.length ? `; exclusions not verified, to be checked by the information comparison: ${unverified.map((id) => exclusionTitle(id, 'en')).join('; ')}` : ''}`,
        };
        break;
      case 'to-verify':
        message = {
          zh: `待核实：记录显示${signText('zh')}，须入户核实：${list('zh')}${prov ? `；核实属实的，拟认定为${prov.zh}` : ''}`,
          en: `to verify: the record shows ${signText('en')}; verify at the home visit: ${list('en')}${prov ? `; if verified, the household would be ${prov.zh} (${prov.en})` : ''}`,
        };
        break;
      case 'undetermined':
        message = { zh: `无法判定是否纳入监测：记录缺少 ${missingNames(d.missing, 'zh')}`, en: `cannot decide whether the household enters monitoring: the record lacks ${missingNames(d.missing, 'en')}` };
        break;
      case 'not-identified':
        message =
          excludedBy.length > 0
            ? {
                zh: `存在不纳入情形（${excludedBy.map((id) => exclusionTitle(id, 'zh')).join('、')}），原则上不纳入监测`,
                en: `an exclusion applies (${excludedBy.map((id) => exclusionTitle(id, 'en')).join('; ')}): in principle not identified`,
              }
            : d.onRecordAlone
              ? {
                  zh: `不认定：记录不符合纳入条件；${paths.filter((p) => p.noSign).map((p) => PATH_LABEL[p.id].zh).join('、')}所需情况未记录，记录中也无此迹象，仅凭记录判定`,
                  en: `not identified: the record meets no path into monitoring; the facts ${paths.filter((p) => p.noSign).map((p) => PATH_LABEL[p.id].en).join(' and ')} needs are not on record and the record shows no sign of them, so this is decided on the record alone`,
                }
              : { zh: '不认定：不符合纳入监测的条件', en: 'not identified: the household does not meet the conditions for monitoring' };
        break;
    }
    return {
      message,
      values: {
        outcome: d.outcome,
        eligible: d.outcome === 'identified' ? true : d.outcome === 'not-identified' ? false : null,
        category: d.category,
        provisionalCategory: d.provisionalCategory,
        excludedBy: [...excludedBy],
        unverified: [...unverified],
        paths: paths.map((p) => `${p.id}:${p.state}`),
        signs: [...d.signs],
      },
      citations: uniqueCitations(c.line.citation, c.entryFigure.citation),
    };
  },
});

/**
 * The decision when there is no date to read the parameters at (no as-of date, no discovery date):
 * undetermined, naming the missing date, citing what the period finding cites.
 *
 * @example
 * undatedDecision(['asOf'], periodFinding).message.zh // '无法判定是否纳入监测：缺少 评估时点（as-of 日期）'
 */
export function undatedDecision(missing: string[], period: Finding): Finding {
  return finding(
    decisionRule.id,
    'undetermined',
    { zh: `无法判定是否纳入监测：缺少 ${missingNames(missing, 'zh')}`, en: `cannot decide whether the household enters monitoring: missing ${missingNames(missing, 'en')}` },
    period.citations.map((c) => ({ doc: c.doc, clause: c.clause })),
    { outcome: 'undetermined', eligible: null, category: null },
    missing,
  );
}
