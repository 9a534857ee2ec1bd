/**
 * 回头看 — the look-back at households already marked eliminated, and at the category on record.
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(二)1:
 * > 全面精准监测对象，通过全面排查，对不符合监测帮扶条件的进行清退，对风险消除不稳、收入不稳等存在返贫致贫风险的对象进行风险消除回退。特别是目前还在享受各类帮扶措施但已标注风险消除的监测对象，如果帮扶措施取消后风险消除就不稳定的，要严格进行回退，继续帮扶直到风险稳定消除。同时，根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。
 *
 * §三(二), the target groups 3 and 4:
 * > 3.已标注风险消除，但2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）的监测对象户。
 * > 4.已标注风险消除，但整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的监测对象户。
 *
 * §三(一)2 (风险再标注):
 * > 对脱贫不稳定户、边缘易致贫户和突发严重困难户返贫致贫风险消除后，又因突发事件或意外事故等特殊情况新出现致贫返贫风险的，组织逐户入户核查，符合条件的按程序标注。
 *
 * §三(二)3 (程序落实):
 * > 全面落实监测程序，对所有监测对象的监测程序进行逐户核查，对识别、帮扶、风险消除等环节没有开展过民主评议和公示的监测对象，要统一组织开展民主评议和公示；在对象识别上，所有监测对象要补齐纳入监测申请和授权承诺书；对未开展过家庭资产信息和基本信息复核工作的监测户，要以镇为单位统一组织开展信息复核工作；对已标注风险消除的监测对象，要逐户核查农户是否知情同意，完善相关手续。
 *
 * 清退 ("对不符合监测帮扶条件的进行清退", §三(二)1) is a list to verify at home (§四(二)2② "提出预清退、回退、
 * 风险再标注、风险消除的“回头看”核查名单"): a monitoring object whose recorded income at identification is at
 * or above the line and whose record shows none of the other conditions §三(二) names (整户无劳动能力, or
 * 部分丧失劳动能力且无法通过产业就业获得稳定收入) nor severe hardship is a candidate; with those facts
 * unrecorded the check is undetermined and names them. The procedure steps and the consent are
 * paperwork to complete (`followUps`), each named with its clause.
 *
 * Which checks a profile runs is the parameter `eliminationLookBack`.
 *
 * @module
 */
import { finding, type Citation, type Finding, type Outcome } from '../../explain/finding.js';
import type { MonitoringCategory } from '../../model/household.js';
import { MONITORING_CATEGORIES, type Text } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import type { LookBackCheck } from '../../profile/parameters/elimination.js';
import { citeInForce, documentInForce } from '../../kernel/in-force.js';
import { citesOf, defineRule, type Rule } from '../../kernel/rule.js';
import type { ConditionEvaluator } from './conditions.js';
import { householdWithoutLabour } from '../../facts/labour.js';
import { allListed } from '../../facts/members.js';
import type { Check, EliminationContext, Monitoring } from './context.js';
import { lookup } from '../../profile/lookup.js';

const S000 = '临稷办发〔2023〕76号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const PRACTICE = 'national-elimination-practice';
const YIJIANG = '弋江区乡村振兴局 2024-03-15 退出标准';

export const lookBackRule = defineRule({
  id: 'elimination.look-back',
  layer: 'elimination',
  title: { zh: '回头看核查项', en: 'look-back checks' },
  citations: [{ doc: S002, clause: '一', quote: '全面排查现有监测对象，认真开展“回头看”，确保程序落实、对象精准、措施有效、消除稳定' }],
  description: {
    zh: '列出配置适用的回头看核查项；风险消除回退、风险再标注和知情同意核查只适用于已标注风险消除的监测对象。',
    en: 'Lists the look-back checks the profile applies; roll-back, re-marking and the consent check apply only to households already marked eliminated.',
  },
  parameters: ['eliminationLookBack'],
  facts: ['monitoring.eliminated'],
});

/** 程序落实 (S002 §三(二)3): one look-back check per procedure step, its fact and its follow-up. */
const PROCEDURE_STEPS = {
  'procedure-application': {
    id: 'elimination.procedure.application',
    fact: 'application',
    followUp: 'complete-application',
    title: { zh: '纳入监测申请', en: 'the application for monitoring' },
    quote: '在对象识别上，所有监测对象要补齐纳入监测申请和授权承诺书',
  },
  'procedure-authorisation': {
    id: 'elimination.procedure.authorisation',
    fact: 'authorisation',
    followUp: 'complete-authorisation',
    title: { zh: '授权承诺书', en: 'the signed authorisation (授权承诺书)' },
    quote: '在对象识别上，所有监测对象要补齐纳入监测申请和授权承诺书',
  },
  'procedure-democratic-review': {
    id: 'elimination.procedure.democratic-review',
    fact: 'democraticReview',
    followUp: 'complete-democratic-review',
    title: { zh: '民主评议', en: 'the democratic review' },
    quote: '对识别、帮扶、风险消除等环节没有开展过民主评议和公示的监测对象，要统一组织开展民主评议和公示',
  },
  'procedure-publicity': {
    id: 'elimination.procedure.publicity',
    fact: 'publicity',
    followUp: 'complete-publicity',
    title: { zh: '公示', en: 'the public notice' },
    quote: '对识别、帮扶、风险消除等环节没有开展过民主评议和公示的监测对象，要统一组织开展民主评议和公示',
  },
  'procedure-asset-verification': {
    id: 'elimination.procedure.asset-verification',
    fact: 'assetVerification',
    followUp: 'complete-asset-verification',
    title: { zh: '家庭资产信息和基本信息复核', en: 'the check of family assets and basic information' },
    quote: '对未开展过家庭资产信息和基本信息复核工作的监测户，要以镇为单位统一组织开展信息复核工作',
  },
} as const satisfies Record<string, { id: string; fact: keyof NonNullable<Monitoring['procedure']>; followUp: string; title: Text; quote: string }>;

type ProcedureCheck = keyof typeof PROCEDURE_STEPS;

function procedureRule(k: ProcedureCheck): Rule {
  const step = PROCEDURE_STEPS[k];
  return defineRule({
    id: step.id,
    layer: 'elimination',
    title: { zh: `监测程序：${step.title.zh}`, en: `monitoring procedure: ${step.title.en}` },
    citations: [{ doc: S002, clause: '三(二)3', quote: step.quote }],
    description: {
      zh: `监测对象的记录表明未开展${step.title.zh}的（记为否），列为待完善的手续；未记录的，无法判定并列出应核实的字段。`,
      en: `A monitoring object whose record says ${step.title.en} was not done gets it as paperwork to complete; unrecorded, the check is undetermined and names the field.`,
    },
    parameters: ['eliminationLookBack'],
    facts: [`monitoring.procedure.${step.fact}`],
  });
}

const procedureRules: Record<ProcedureCheck, Rule> = {
  'procedure-application': procedureRule('procedure-application'),
  'procedure-authorisation': procedureRule('procedure-authorisation'),
  'procedure-democratic-review': procedureRule('procedure-democratic-review'),
  'procedure-publicity': procedureRule('procedure-publicity'),
  'procedure-asset-verification': procedureRule('procedure-asset-verification'),
};

export const lookBackRules = {
  'rollback-depends-on-measures': defineRule({
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
  }),
  'rollback-income-unstable': defineRule({
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
  }),
  'rollback-income-below-line': defineRule({
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
  }),
  'rollback-no-labour-capacity': defineRule({
    id: 'elimination.rollback.no-labour-capacity',
    layer: 'elimination',
    title: { zh: '风险消除回退：整户无劳动能力', en: 'roll-back: no labour capacity in the whole household' },
    citations: [
      { doc: S002, clause: '三(二) 第4类对象', quote: '4.已标注风险消除，但整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的监测对象户。' },
      { doc: PRACTICE, clause: YIJIANG, quote: '对整户无劳动力的监测对象,暂不标注“风险消除”。' },
    ],
    description: {
      zh: '已标注风险消除、但在册成员均无劳动能力（或为整户无劳动能力兜底保障户）的，列为回退对象。',
      en: 'An eliminated household in which no member on record can work (or marked 整户无劳动能力兜底保障户) is a roll-back candidate.',
    },
    parameters: ['eliminationLookBack'],
    facts: ['monitoring.eliminated', 'members[].labour', 'noLabourSafetyNet'],
  }),
  'rollback-limited-labour': defineRule({
    id: 'elimination.rollback.limited-labour',
    layer: 'elimination',
    title: { zh: '风险消除回退：部分丧失劳动能力且无稳定收入', en: 'roll-back: labour partly lost and no stable income from work' },
    citations: [{ doc: S002, clause: '三(二) 第4类对象', quote: '4.已标注风险消除，但整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的监测对象户。' }],
    description: {
      zh: '已标注风险消除、有成员丧失劳动力或为弱劳动力（半劳动力），且无法通过产业就业获得稳定收入的，列为回退对象。',
      en: 'An eliminated household with a member whose labour capacity is lost or weak (half labour) and that cannot earn a stable income from industry or work is a roll-back candidate.',
    },
    parameters: ['eliminationLookBack'],
    facts: ['monitoring.eliminated', 'members[].labour', 'hardship.noStableIncomeFromWork'],
  }),
  'remark-new-risk': defineRule({
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
  }),
  'relabel-by-identification-income': defineRule({
    id: 'elimination.relabel',
    layer: 'elimination',
    title: { zh: '按识别时收入标注监测对象类别', en: 'category by per-capita income at identification' },
    citations: [
      { doc: S002, clause: '三(二)1', quote: '同时，根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。' },
      { doc: S000, clause: '附件1 注2', quote: 'A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
    ],
    description: {
      zh: '识别时家庭人均纯收入低于监测线的，脱贫户应为脱贫不稳定户、一般农户应为边缘易致贫户；不低于监测线的应为突发严重困难户。与记录类别不同的，提示更正。',
      en: 'A per-capita net income at identification below the line means 脱贫不稳定户 (for a 脱贫户) or 边缘易致贫户 (otherwise); at or above the line, 突发严重困难户. A different category on record is reported for correction.',
    },
    parameters: ['eliminationLookBack', 'monitoringLine'],
    facts: ['monitoring.perCapitaIncomeAtIdentification', 'monitoring.category', 'povertyAlleviated'],
  }),
  'consent-on-record': defineRule({
    id: 'elimination.consent-on-record',
    layer: 'elimination',
    title: { zh: '风险消除知情同意手续', en: 'informed consent of an eliminated household' },
    citations: [{ doc: S002, clause: '三(二)3', quote: '对已标注风险消除的监测对象，要逐户核查农户是否知情同意，完善相关手续。' }],
    description: {
      zh: '已标注风险消除、但未记录农户知情同意的，提示完善手续。',
      en: 'An eliminated household whose informed consent is not on record is reported so the paperwork can be completed.',
    },
    parameters: ['eliminationLookBack'],
    facts: ['monitoring.eliminated', 'monitoring.review.informedConsent'],
  }),
  'removal-not-qualified': defineRule({
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
  }),
  ...procedureRules,
} satisfies Record<LookBackCheck, Rule>;

/** The relabelling a look-back proposes. */
export interface Relabel {
  /** Whether the category on record differs from the one income at identification gives; `null` when undetermined. */
  needed: boolean | null;
  /** The category on record. */
  from: MonitoringCategory;
  /** The category income at identification gives; `null` when undetermined. */
  to: MonitoringCategory | null;
}

/** The result of the look-back checks. */
export interface LookBackOutcome {
  checks: LookBackCheck[];
  results: Partial<Record<LookBackCheck, Check>>;
  relabel: Relabel | null;
  /** Empty when the assessment is not explained. */
  findings: Finding[];
  /** The facts whose absence left a check undetermined. */
  missing: string[];
  citation: Citation | null;
  /** 清退 candidate (to verify): `true` when the check is met, `null` when undetermined, `false` otherwise or not checked. */
  removal: boolean | null;
  /** Paperwork to complete: `complete-informed-consent` and the procedure steps (`complete-application`, …). */
  followUps: string[];
}

const ROLLBACK_ONLY_ELIMINATED: readonly LookBackCheck[] = [
  'rollback-depends-on-measures',
  'rollback-income-unstable',
  'rollback-income-below-line',
  'rollback-no-labour-capacity',
  'rollback-limited-labour',
  'remark-new-risk',
  'consent-on-record',
];

/**
 * Runs the profile's look-back checks for a monitored household.
 *
 * @example
 * runLookBack(ctx, evaluator).results['rollback-income-below-line']?.outcome // 'met'
 */
export function runLookBack(c: EliminationContext, conditions: ConditionEvaluator): LookBackOutcome {
  const list = lookup(c.profile, 'eliminationLookBack', c.on);
  if (!list.ok) {
    return {
      checks: [],
      results: {},
      relabel: null,
      citation: null,
      removal: false,
      followUps: [],
      missing: [list.missing],
      findings: c.explain ? [finding(lookBackRule.id, 'undetermined', list.message, citesOf(lookBackRule).filter((x) => documentInForce(c.profile, x.doc)), {}, [list.missing])] : [],
    };
  }
  const citation = list.citation;
  const eliminated = c.monitoring.eliminated;
  const checks = [...list.value];
  const results: Partial<Record<LookBackCheck, Check>> = {};
  const findings: Finding[] = [];
  const missing: string[] = [];
  const explain = c.explain;
  if (explain) {
    const skipped = eliminated ? [] : checks.filter((k) => ROLLBACK_ONLY_ELIMINATED.includes(k));
    const head = citeInForce(
      c.profile,
      citesOf(lookBackRule, citation),
      eliminated
        ? { zh: `已于 ${eliminated.on} 标注风险消除（${eliminated.method === 'assisted' ? '帮扶消除' : '自然消除'}），进行回头看核查`, en: `marked eliminated on ${eliminated.on} (${eliminated.method}); look-back checks run` }
        : { zh: '尚未标注风险消除：风险消除回退、风险再标注和知情同意手续核查不适用', en: 'not marked eliminated: the roll-back, re-marking and consent checks do not apply' },
    );
    findings.push(finding(lookBackRule.id, 'info', head.message, head.citations, { checks, eliminated: eliminated !== undefined, notApplicable: skipped }));
  }
  let relabel: Relabel | null = null;
  /** A check; its message and values are built only when the assessment is explained. */
  const mk = (rule: Rule, outcome: Outcome, explained: () => [message: Text, values: Finding['values']], missing?: string[], extra: Citation[] = []): Check => {
    if (!explain) return { outcome, missing, finding: null };
    const [message, values] = explained();
    const cited = citeInForce(c.profile, citesOf(rule, citation, ...extra), message);
    return { outcome, missing, finding: finding(rule.id, outcome, cited.message, cited.citations, values, missing) };
  };
  /** Re-express a condition's check under a look-back rule (same outcome, values and citations). */
  const from = (rule: Rule, cond: Check, met: () => Text, notMet: () => Text): Check => {
    const m = cond.missing && cond.missing.length > 0 ? [...cond.missing] : undefined;
    const f = cond.finding;
    if (!f) return { outcome: cond.outcome, missing: m, finding: null };
    const message = cond.outcome === 'met' ? met() : cond.outcome === 'not-met' ? notMet() : f.message;
    const cited = citeInForce(c.profile, citesOf(rule, citation, ...f.citations), message);
    return { outcome: cond.outcome, missing: m, finding: finding(rule.id, cond.outcome, cited.message, cited.citations, { ...f.values }, m) };
  };

  for (const k of checks) {
    if (!eliminated && ROLLBACK_ONLY_ELIMINATED.includes(k)) continue;
    const rule = lookBackRules[k];
    const review = c.monitoring.review ?? {};
    let r: Check;
    switch (k) {
      case 'rollback-depends-on-measures': {
        const measures = c.h.measures ?? [];
        const v = review.dependsOnMeasures;
        if (measures.length === 0) r = mk(rule, 'not-met', () => [{ zh: '已无帮扶措施在享受', en: 'no measure is being received' }, { measures: [], dependsOnMeasures: v ?? null }]);
        else if (v === undefined)
          r = mk(rule, 'undetermined', () => [{ zh: '仍在享受帮扶措施，但未记录措施取消后风险消除是否稳定', en: 'measures are still received, but whether the elimination would hold without them is not recorded' }, { measures: [...measures], dependsOnMeasures: null }], ['monitoring.review.dependsOnMeasures']);
        else if (v)
          r = mk(rule, 'met', () => [{ zh: '仍在享受帮扶措施，措施取消后风险消除就不稳定：应回退，继续帮扶直到风险稳定消除', en: 'measures are still received and the elimination would not hold without them: roll back and keep helping until the risk is stably gone' }, { measures: [...measures], dependsOnMeasures: true }]);
        else r = mk(rule, 'not-met', () => [{ zh: '措施取消后风险消除仍然稳定', en: 'the elimination would hold without the measures' }, { measures: [...measures], dependsOnMeasures: false }]);
        break;
      }
      case 'rollback-income-unstable':
        r = from(rule, conditions.get('income-unstable'), () => ({ zh: '已标注风险消除，但收入不稳：应回退', en: 'eliminated, but income is not stable: roll back' }), () => ({ zh: '收入稳定', en: 'income is stable' }));
        break;
      case 'rollback-income-below-line': {
        const cond = conditions.get('income-below-line');
        r = from(rule, cond, () => ({ zh: `已标注风险消除，但${cond.finding!.message.zh}：应回退`, en: `eliminated, but ${cond.finding!.message.en}: roll back` }), () => cond.finding!.message);
        break;
      }
      case 'rollback-no-labour-capacity':
        r = from(rule, conditions.get('no-labour-capacity'), () => ({ zh: '已标注风险消除，但整户无劳动能力：应回退，继续监测', en: 'eliminated, but no member can work: roll back and keep monitoring' }), () => ({ zh: '家中有劳动能力成员', en: 'a member can work' }));
        break;
      case 'rollback-limited-labour': {
        const limited = c.members.filter((m) => m.labour === 'lost' || m.labour === 'weak').length;
        const v = c.h.hardship?.noStableIncomeFromWork;
        const values = () => ({ membersLostOrWeakLabour: limited, noStableIncomeFromWork: v ?? null });
        if (limited === 0) r = mk(rule, 'not-met', () => [{ zh: '无丧失劳动力或弱劳动力成员', en: 'no member has lost or weak labour capacity' }, values()]);
        else if (v === undefined)
          r = mk(rule, 'undetermined', () => [{ zh: '有成员部分丧失劳动能力，但未记录能否通过产业就业获得稳定收入', en: 'labour is partly lost, but whether the household can earn a stable income from work is not recorded' }, values()], ['hardship.noStableIncomeFromWork']);
        else if (v)
          r = mk(rule, 'met', () => [{ zh: '已标注风险消除，但部分丧失劳动能力且无法通过产业就业获得稳定收入：应回退', en: 'eliminated, but labour is partly lost and no stable income can be earned from work: roll back' }, values()]);
        else r = mk(rule, 'not-met', () => [{ zh: '部分丧失劳动能力，但能通过产业就业获得稳定收入', en: 'labour is partly lost, but a stable income is earned from work' }, values()]);
        break;
      }
      case 'remark-new-risk': {
        const v = review.newRisk;
        const on = review.newRiskOn;
        const values = () => ({ eliminatedOn: eliminated!.on, newRisk: v ?? null, newRiskOn: on ?? null });
        if (v === undefined) r = mk(rule, 'undetermined', () => [{ zh: '未记录消除后是否新出现风险', en: 'whether a new risk appeared after the elimination is not recorded' }, values()], ['monitoring.review.newRisk']);
        else if (!v) r = mk(rule, 'not-met', () => [{ zh: '消除后未新出现风险', en: 'no new risk after the elimination' }, values()]);
        else if (on !== undefined && on <= eliminated!.on)
          r = mk(rule, 'not-met', () => [{ zh: `新风险发生于 ${on}，不晚于风险消除时间 ${eliminated!.on}：不属风险再标注，应核查原消除是否稳定`, en: `the new risk dates from ${on}, not after the elimination on ${eliminated!.on}: not a re-marking — review the elimination itself` }, values()]);
        else
          r = mk(rule, 'met', () => [{ zh: `风险消除（${eliminated!.on}）后新出现返贫致贫风险${on ? `（${on}）` : ''}：入户核查，符合条件的按程序再标注`, en: `a new risk appeared after the elimination on ${eliminated!.on}${on ? ` (${on})` : ''}: verify at home and re-mark by the procedure` }, values()]);
        break;
      }
      case 'relabel-by-identification-income': {
        const category = c.monitoring.category;
        const atId = c.monitoring.perCapitaIncomeAtIdentification;
        const line = lookup(c.profile, 'monitoringLine', c.on);
        if (atId === undefined) {
          relabel = { needed: null, from: category, to: null };
          r = mk(rule, 'undetermined', () => [{ zh: '未记录识别时家庭人均纯收入', en: 'per-capita net income at identification is not recorded' }, { category, incomeAtIdentification: null }], ['monitoring.perCapitaIncomeAtIdentification']);
        } else if (!line.ok) {
          relabel = { needed: null, from: category, to: null };
          r = mk(rule, 'undetermined', () => [line.message, { category, incomeAtIdentification: formatFen(toFen(atId)) }], [line.missing]);
        } else {
          const below = toFen(atId) < toFen(line.value);
          const to: MonitoringCategory = below ? (c.h.povertyAlleviated ? 'unstable' : 'marginal') : 'sudden-hardship';
          relabel = { needed: to !== category, from: category, to };
          const values = () => ({ category, expected: to, incomeAtIdentification: formatFen(toFen(atId)), line: formatFen(toFen(line.value)), povertyAlleviated: c.h.povertyAlleviated });
          const base = () => {
            const cmp = below ? { zh: '低于', en: 'below' } : { zh: '不低于', en: 'not below' };
            return { zh: `识别时家庭人均纯收入 ${formatFen(toFen(atId))} 元${cmp.zh}监测线 ${formatFen(toFen(line.value))} 元`, en: `per-capita net income at identification, ${formatFen(toFen(atId))} yuan, is ${cmp.en} the line of ${formatFen(toFen(line.value))} yuan` };
          };
          r =
            to !== category
              ? mk(rule, 'met', () => [{ zh: `${base().zh}，类别应为${MONITORING_CATEGORIES[to].zh}，记录为${MONITORING_CATEGORIES[category].zh}：应更正`, en: `${base().en}: the category should be ${MONITORING_CATEGORIES[to].en}, not ${MONITORING_CATEGORIES[category].en}` }, values()], undefined, [line.citation])
              : mk(rule, 'not-met', () => [{ zh: `${base().zh}，类别${MONITORING_CATEGORIES[category].zh}无误`, en: `${base().en}: the category ${MONITORING_CATEGORIES[category].en} is right` }, values()], undefined, [line.citation]);
        }
        break;
      }
      case 'removal-not-qualified':
        r = removalCheck(c, rule, mk);
        break;
      case 'procedure-application':
      case 'procedure-authorisation':
      case 'procedure-democratic-review':
      case 'procedure-publicity':
      case 'procedure-asset-verification': {
        const step = PROCEDURE_STEPS[k];
        const v = c.monitoring.procedure?.[step.fact];
        const path = `monitoring.procedure.${step.fact}`;
        if (v === undefined) r = mk(rule, 'undetermined', () => [{ zh: `未记录是否已开展${step.title.zh}`, en: `whether ${step.title.en} was done is not recorded` }, { [step.fact]: null }], [path]);
        else if (!v) r = mk(rule, 'met', () => [{ zh: `记录表明未开展${step.title.zh}：应按程序补齐`, en: `${step.title.en} was not done: complete it by the procedure` }, { [step.fact]: false, followUp: step.followUp }]);
        else r = mk(rule, 'not-met', () => [{ zh: `已开展${step.title.zh}`, en: `${step.title.en} was done` }, { [step.fact]: true }]);
        break;
      }
      case 'consent-on-record': {
        const v = review.informedConsent;
        if (v === undefined) r = mk(rule, 'undetermined', () => [{ zh: '未记录农户是否知情同意', en: 'informed consent is not recorded' }, { informedConsent: null }], ['monitoring.review.informedConsent']);
        else if (!v) r = mk(rule, 'met', () => [{ zh: '已标注风险消除，但农户未知情同意：应核查并完善手续', en: 'eliminated without the household\'s informed consent: check and complete the paperwork' }, { informedConsent: false }]);
        else r = mk(rule, 'not-met', () => [{ zh: '农户知情同意', en: 'the household gave informed consent' }, { informedConsent: true }]);
        break;
      }
    }
    results[k] = r;
    if (r.outcome === 'undetermined' && r.missing) missing.push(...r.missing);
    if (r.finding) findings.push(r.finding);
  }
  const followUps: string[] = [];
  if (results['consent-on-record']?.outcome === 'met') followUps.push('complete-informed-consent');
  for (const k of Object.keys(PROCEDURE_STEPS) as ProcedureCheck[]) if (results[k]?.outcome === 'met') followUps.push(PROCEDURE_STEPS[k].followUp);
  const removalResult = results['removal-not-qualified'];
  const removal = removalResult === undefined ? false : removalResult.outcome === 'met' ? true : removalResult.outcome === 'undetermined' ? null : false;
  return { checks, results, relabel, findings, missing, citation, removal, followUps };
}

type Make = (rule: Rule, outcome: Outcome, explained: () => [message: Text, values: Finding['values']], missing?: string[], extra?: Citation[]) => Check;

/**
 * 清退 (S002 §三(二)1): did the record at identification meet an identification condition? The
 * income at identification below the line does; at or above it, one of the other conditions §三(二)
 * names — the whole household without labour (or marked 整户无劳动能力兜底保障户), or labour partly lost
 * with no stable income from work — or severe hardship must be on record. None on record: a
 * candidate to verify at home. The other facts describe the record now, not the day of
 * identification: the check only lists households to verify, it never removes one.
 */
function removalCheck(c: EliminationContext, rule: Rule, mk: Make): Check {
  const atId = c.monitoring.perCapitaIncomeAtIdentification;
  if (atId === undefined) {
    return mk(rule, 'undetermined', () => [{ zh: '未记录识别时家庭人均纯收入', en: 'per-capita net income at identification is not recorded' }, { incomeAtIdentification: null }], ['monitoring.perCapitaIncomeAtIdentification']);
  }
  const line = lookup(c.profile, 'monitoringLine', c.on);
  const atIdFen = toFen(atId);
  if (!line.ok) return mk(rule, 'undetermined', () => [line.message, { incomeAtIdentification: formatFen(atIdFen) }], [line.missing]);
  const lineFen = toFen(line.value);
  const income = formatFen(atIdFen);
  const lineText = formatFen(lineFen);
  if (atIdFen < lineFen) {
    return mk(rule, 'not-met', () => [{ zh: `识别时家庭人均纯收入 ${income} 元 < 监测线 ${lineText} 元：符合收入条件`, en: `per-capita net income at identification ${income} < the line ${lineText}: the income condition was met` }, { incomeAtIdentification: income, line: lineText }], undefined, [line.citation]);
  }
  const noLabour = householdWithoutLabour(c.h, allListed(c.members)).value ?? undefined;
  const limited = c.members.filter((m) => m.labour === 'lost' || m.labour === 'weak').length;
  const noStable = c.h.hardship?.noStableIncomeFromWork;
  const severe = c.h.hardship?.severeDifficulty;
  const paths: Text[] = [];
  if (noLabour === true) paths.push({ zh: '整户无劳动能力', en: 'no member can work' });
  if (limited > 0 && noStable === true) paths.push({ zh: '部分丧失劳动能力且无法通过产业就业获得稳定收入', en: 'labour partly lost and no stable income from work' });
  if (severe === true) paths.push({ zh: '生活出现严重困难', en: 'severe hardship' });
  const cmp = atIdFen === lineFen ? '=' : '>';
  const values = () => ({
    incomeAtIdentification: income,
    line: lineText,
    wholeHouseholdWithoutLabour: noLabour ?? null,
    membersLostOrWeakLabour: limited,
    noStableIncomeFromWork: noStable ?? null,
    severeDifficulty: severe ?? null,
  });
  const head = { zh: `识别时家庭人均纯收入 ${income} 元 ${cmp} 监测线 ${lineText} 元`, en: `per-capita net income at identification ${income} ${cmp} the line ${lineText}` };
  if (paths.length > 0) {
    return mk(rule, 'not-met', () => [{ zh: `${head.zh}，但记录有${paths.map((p) => p.zh).join('、')}：不属清退核查对象`, en: `${head.en}, but the record shows ${paths.map((p) => p.en).join(', ')}: not a removal candidate` }, values()], undefined, [line.citation]);
  }
  const missing: string[] = [];
  if (noLabour === undefined) missing.push('members[].labour');
  if (limited > 0 && noStable === undefined) missing.push('hardship.noStableIncomeFromWork');
  if (severe === undefined) missing.push('hardship.severeDifficulty');
  if (missing.length > 0) {
    return mk(rule, 'undetermined', () => [{ zh: `${head.zh}，其他纳入情形（劳动能力、稳定收入、严重困难）未完整记录`, en: `${head.en}; the other conditions (labour capacity, stable income, severe hardship) are not fully recorded` }, values()], missing, [line.citation]);
  }
  return mk(
    rule,
    'met',
    () => [
      {
        zh: `${head.zh}，记录中也无整户无劳动能力、部分丧失劳动能力且无法通过产业就业获得稳定收入或生活严重困难的情形：列为清退核查对象，入户核实，不符合监测帮扶条件的按程序清退`,
        en: `${head.en}, and the record shows no lack of labour, no partly lost labour without stable income and no severe hardship: a removal candidate — verify at home and remove by the procedure if the conditions were never met`,
      },
      values(),
    ],
    undefined,
    [line.citation],
  );
}
