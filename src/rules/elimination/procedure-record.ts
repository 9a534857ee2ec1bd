/**
 * 程序落实 — the look-back at the monitoring procedure on record: each step done, and an eliminated
 * household's consent.
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(二)3:
 * > 全面落实监测程序，对所有监测对象的监测程序进行逐户核查，对识别、帮扶、风险消除等环节没有开展过民主评议和公示的监测对象，要统一组织开展民主评议和公示；在对象识别上，所有监测对象要补齐纳入监测申请和授权承诺书；对未开展过家庭资产信息和基本信息复核工作的监测户，要以镇为单位统一组织开展信息复核工作；对已标注风险消除的监测对象，要逐户核查农户是否知情同意，完善相关手续。
 *
 * A step recorded as not done (or consent recorded as not given) is paperwork to complete (`met`,
 * with its follow-up); unrecorded, the check is undetermined and names the field.
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import { clauseRule, type ClauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { lookBackCites, type EliminatedLookBack, type LookBackContext, type Monitoring } from './context.js';

const S002 = '小甸巩固振兴组办〔2021〕1号';

/** One look-back check per procedure step: its fact, its follow-up and its words. */
export const PROCEDURE_STEPS = {
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

/** A procedure-step check. */
export type ProcedureCheck = keyof typeof PROCEDURE_STEPS;

const MET: Tested = Object.freeze({ outcome: 'met', data: undefined });
const NOT_MET: Tested = Object.freeze({ outcome: 'not-met', data: undefined });

/** The rule of one procedure step: done (`not-met`), recorded as not done (`met`: complete it), or not recorded. */
function procedureStepRule(k: ProcedureCheck): ClauseRule<LookBackContext> {
  const step = PROCEDURE_STEPS[k];
  const path = `monitoring.procedure.${step.fact}`;
  const unknown: Tested = Object.freeze({ outcome: 'undetermined', missing: Object.freeze([path]), data: undefined });
  return clauseRule<LookBackContext>({
    id: step.id,
    layer: 'elimination',
    title: { zh: `监测程序：${step.title.zh}`, en: `monitoring procedure: ${step.title.en}` },
    citations: [{ doc: S002, clause: '三(二)3', quote: step.quote }],
    description: {
      zh: `监测对象的记录表明未开展${step.title.zh}的（记为否），列为待完善的手续；未记录的，无法判定并列出应核实的字段。`,
      en: `A monitoring object whose record says ${step.title.en} was not done gets it as paperwork to complete; unrecorded, the check is undetermined and names the field.`,
    },
    parameters: ['eliminationLookBack'],
    facts: [path],
    test: (c) => {
      const v = c.monitoring.procedure?.[step.fact];
      return v === undefined ? unknown : v ? NOT_MET : MET;
    },
    explain: (c, t, rule): Explained => ({
      message:
        t.outcome === 'undetermined'
          ? { zh: `未记录是否已开展${step.title.zh}`, en: `whether ${step.title.en} was done is not recorded` }
          : t.outcome === 'met'
            ? { zh: `记录表明未开展${step.title.zh}：应按程序补齐`, en: `${step.title.en} was not done: complete it by the procedure` }
            : { zh: `已开展${step.title.zh}`, en: `${step.title.en} was done` },
      values: t.outcome === 'undetermined' ? { [step.fact]: null } : t.outcome === 'met' ? { [step.fact]: false, followUp: step.followUp } : { [step.fact]: true },
      citations: lookBackCites(rule, c),
    }),
  });
}

/** The procedure-step checks. */
export const procedureStepRules: { readonly [K in ProcedureCheck]: ClauseRule<LookBackContext> } = {
  'procedure-application': procedureStepRule('procedure-application'),
  'procedure-authorisation': procedureStepRule('procedure-authorisation'),
  'procedure-democratic-review': procedureStepRule('procedure-democratic-review'),
  'procedure-publicity': procedureStepRule('procedure-publicity'),
  'procedure-asset-verification': procedureStepRule('procedure-asset-verification'),
};

const CONSENT_UNKNOWN: Tested = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['monitoring.review.informedConsent']), data: undefined });

/** 对已标注风险消除的监测对象，要逐户核查农户是否知情同意，完善相关手续 */
export const consentOnRecordRule = clauseRule<EliminatedLookBack>({
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
  test: (c) => {
    const v = c.monitoring.review?.informedConsent;
    return v === undefined ? CONSENT_UNKNOWN : v ? NOT_MET : MET;
  },
  explain: (c, t, rule): Explained => ({
    message:
      t.outcome === 'undetermined'
        ? { zh: '未记录农户是否知情同意', en: 'informed consent is not recorded' }
        : t.outcome === 'met'
          ? { zh: '已标注风险消除，但农户未知情同意：应核查并完善手续', en: 'eliminated without the household\'s informed consent: check and complete the paperwork' }
          : { zh: '农户知情同意', en: 'the household gave informed consent' },
    values: { informedConsent: t.outcome === 'undetermined' ? null : t.outcome === 'not-met' },
    citations: lookBackCites(rule, c),
  }),
});
