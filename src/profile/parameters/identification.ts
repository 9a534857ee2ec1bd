/**
 * Identification parameters (纳入监测): how each region decides whether a household enters
 * monitoring and in which category. The regional differences the seeds show are all data here —
 * which per-capita figure decides entry, whether a 脱贫户 needs the income test, which hardship
 * conditions are required, whether severe difficulty is a path of its own, how a 脱贫户 is labelled,
 * the labour-capacity target and its and/or reading, and which exclusions apply.
 *
 * The base (`national/2021`) carries the national form's rule (临稷办发〔2023〕76号 附件1 注2: "A38 是确定
 * 监测对象的参考，A34 是区分前两类还是第三类对象的参考"); each regional profile overrides what its own
 * document says. `gansu/wuqingyuan/2023` names no rule of its own (S003 §一(二) only says every household
 * at risk is identified), so it keeps the national form's rule; its value says so.
 *
 * @module
 */
import { z } from 'zod';
import { defineParameter } from '../parameter.js';
import { lazySchema } from '../lazy-schema.js';

/** A per-capita figure of the national form: A38 (reference income per head) or A34 (net income per head). */
export const IncomeFigureSchema = lazySchema(() => z.enum(['A38', 'A34']));
/** A per-capita figure of the national form. */
export type IncomeFigure = z.output<typeof IncomeFigureSchema>;

/** The hardship conditions of 龙扶贫组字〔2021〕1号 §二(二): (1) rigid spending, (2) income drop. */
export const IdentificationConditionSchema = lazySchema(() => z.enum(['rigid-spending', 'income-drop']));
/** A hardship condition id. */
export type IdentificationCondition = z.output<typeof IdentificationConditionSchema>;

/** The exclusions of 龙扶贫组字〔2021〕1号 §二(二) (原则上不纳入监测范围), in the document's order. */
export const IdentificationExclusionSchema = lazySchema(() => z.enum(['luxury-car', 'urban-commercial-housing', 'high-return-company', 'supporter-not-paying', 'county-rule']));
/** An exclusion id. */
export type IdentificationExclusion = z.output<typeof IdentificationExclusionSchema>;

/**
 * The facts on record that count as "a risk" beside income (返贫致贫风险): an A27 risk type, a
 * 三保障 or drinking-water problem (A23–A26), a sudden-hardship fact recorded as present.
 */
export const RiskEvidenceSchema = lazySchema(() => z.enum(['risk-type', 'guarantee-problem', 'hardship-fact']));
/** A kind of risk evidence. */
export type RiskEvidence = z.output<typeof RiskEvidenceSchema>;

/** How an identified 脱贫户 is labelled. */
export const PovertyAlleviatedCategorySchema = lazySchema(() => z.enum(['by-income', 'always-unstable']));

/** Which per-capita figure decides entry (the income test). */
export const identificationIncomeFigure = defineParameter({
  key: 'identificationIncomeFigure',
  group: 'identification',
  schema: () => IncomeFigureSchema,
  label: { zh: '确定纳入监测的人均收入口径', en: 'per-capita figure that decides entry' },
  description: {
    zh: 'A38：纳入监测对象的人均收入参考范围（家庭纯收入＋理赔收入－合规自付支出，再除以人口数），国家采集表口径；A34：家庭人均纯收入（人均可支配收入、人均纯收入口径）。低于监测线（严格小于）为符合收入条件。',
    en: 'A38: per-capita reference income (net income + insurance payouts − compliant out-of-pocket spending, per head), the national form; A34: per-capita net income (the 人均可支配收入 / 人均纯收入 caliber). Strictly below the line meets the income test.',
  },
});

/** Which per-capita figure separates 脱贫不稳定户 / 边缘易致贫户 from 突发严重困难户. */
export const categoryIncomeFigure = defineParameter({
  key: 'categoryIncomeFigure',
  group: 'identification',
  schema: () => IncomeFigureSchema,
  label: { zh: '区分监测对象类别的人均收入口径', en: 'per-capita figure that decides the category' },
  description: {
    zh: '识别后，该人均值低于监测线的为脱贫不稳定户（脱贫户）或边缘易致贫户（一般农户），不低于监测线的为突发严重困难户。',
    en: 'Once identified, a household whose figure is below the line is a 脱贫不稳定户 (if 脱贫户) or 边缘易致贫户 (otherwise); one at or above the line is a 突发严重困难户.',
  },
});

/** Whether a 脱贫户 must pass the income test. */
export const povertyAlleviatedIncomeTest = defineParameter({
  key: 'povertyAlleviatedIncomeTest',
  group: 'identification',
  schema: () => z.boolean(),
  label: { zh: '脱贫户是否适用收入条件', en: 'whether a 脱贫户 needs the income test' },
  description: {
    zh: 'true：脱贫户与一般农户一样须人均收入低于监测线；false：脱贫户只要符合困难条件之一即纳入脱贫不稳定户，不看收入。',
    en: 'true: a 脱贫户, like any household, must be below the line; false: a 脱贫户 that meets one of the hardship conditions is identified whatever its income.',
  },
});

/** The hardship conditions required for entry (at least one must hold; empty = none required). */
export const identificationConditions = defineParameter({
  key: 'identificationConditions',
  group: 'identification',
  schema: () => z.array(IdentificationConditionSchema),
  label: { zh: '纳入监测须符合的困难条件（之一）', en: 'hardship conditions required for entry (one of)' },
  description: {
    zh: 'rigid-spending：因病、因残、因学等刚性支出明显超过上年度收入，导致“两不愁三保障”和饮水安全受到影响；income-drop：因灾、因意外事故等收入大幅缩减，导致家庭生活出现临时性困难。列出的条件须符合其一；空列表表示收入条件之外不另设困难条件。',
    en: 'rigid-spending: rigid spending from illness, disability or schooling clearly above last year\'s income, affecting 两不愁三保障 or drinking water; income-drop: income sharply cut by a disaster or accident, causing temporary hardship. One of the listed conditions must hold; an empty list adds no condition to the income test.',
  },
});

/** Whether severe difficulty (严重困难) is a path into monitoring of its own. */
export const severeDifficultyPath = defineParameter({
  key: 'severeDifficultyPath',
  group: 'identification',
  schema: () => z.boolean(),
  label: { zh: '严重困难户认定', en: 'severe difficulty as a path of its own' },
  description: {
    zh: 'true：刚性支出骤增或收入骤减导致家庭出现严重困难、影响到基本生活的农户纳入监测；人均收入不低于监测线的为突发严重困难户，低于监测线的按收入归类（见 docs/decisions.md）。',
    en: 'true: a household whose basic living is seriously hit by a surge of rigid spending or a collapse of income is identified; at or above the line it is a 突发严重困难户, below the line its category follows income (see docs/decisions.md).',
  },
});

/** How an identified 脱贫户 is labelled. */
export const povertyAlleviatedCategory = defineParameter({
  key: 'povertyAlleviatedCategory',
  group: 'identification',
  schema: () => PovertyAlleviatedCategorySchema,
  label: { zh: '脱贫户纳入后的类别', en: 'category of an identified 脱贫户' },
  description: {
    zh: 'by-income：按人均收入区分（低于监测线为脱贫不稳定户，不低于为突发严重困难户）；always-unstable：纳入监测的脱贫户一律标注为脱贫不稳定户。',
    en: 'by-income: by per-capita income (below the line 脱贫不稳定户, at or above 突发严重困难户); always-unstable: every identified 脱贫户 is labelled 脱贫不稳定户.',
  },
});

/** Which recorded risks make a household below the line identified rather than to be verified. */
export const identificationRiskEvidence = defineParameter({
  key: 'identificationRiskEvidence',
  group: 'identification',
  schema: () => z.array(RiskEvidenceSchema),
  label: { zh: '收入条件之外须有的返贫致贫风险', en: 'risk required beside the income test' },
  description: {
    zh: '人均收入低于监测线只是确定监测对象的参考。列出的记录之一在案时（risk-type：A27 风险类型；guarantee-problem：A23–A26 “三保障”或饮水安全问题；hardship-fact：突发困难情况），低于监测线的农户认定为监测对象；均不在案时为“待核实”，须入户核实有无返贫致贫风险。空列表表示不另设此要求（配置以困难条件等其他方式检验风险时）。',
    en: 'Income below the line is a reference for identification, not the whole test. When one of the listed records is present (risk-type: an A27 risk type; guarantee-problem: an A23–A26 problem with 三保障 or drinking water; hardship-fact: a sudden hardship), a household below the line is identified; when none is, it is "to verify": whether it faces a risk is checked at the home visit. An empty list adds no such requirement (for a profile that tests the risk otherwise, e.g. through hardship conditions).',
  },
});

/** The exclusions that apply (原则上不纳入监测范围). */
export const identificationExclusions = defineParameter({
  key: 'identificationExclusions',
  group: 'identification',
  schema: () => z.array(IdentificationExclusionSchema),
  label: { zh: '不纳入监测的情形', en: 'exclusions' },
  description: {
    zh: '符合纳入条件但家庭成员存在所列情形之一的，原则上不纳入监测范围。luxury-car 高档乘用车辆；urban-commercial-housing 城镇商品房（货币化安置除外）；high-return-company 注册公司企业雇工且收益较高；supporter-not-paying 法定赡养人有能力不履行；county-rule 县级以上扶贫部门规定的其他情形。',
    en: 'A household that qualifies is in principle not identified when a member is in one of the listed situations. luxury-car; urban-commercial-housing (cash resettlement exempt); high-return-company (a company employing others, with high returns); supporter-not-paying (able legal supporters who do not pay); county-rule (other situations set by a county-level or higher poverty-alleviation department).',
  },
});

/** 不得以落实低保为由不识别监测对象 — stated as an explicit finding where a member receives 低保. */
export const dibaoNoBarToIdentification = defineParameter({
  key: 'dibaoNoBarToIdentification',
  group: 'identification',
  schema: () => z.boolean(),
  label: { zh: '不得以落实低保为由不识别', en: '低保 is never a reason to refuse identification' },
  description: {
    zh: 'true：户内有成员享受低保时，识别结论附一条说明：不得以落实低保为由不识别监测对象。本库任何配置都不因低保而不纳入；此参数只决定是否附上该说明及其出处。',
    en: 'true: when a member receives 低保 the identification carries an explicit finding that 低保 is no reason to refuse identification. No profile of this library refuses identification because of 低保; the parameter only decides whether the note and its source are attached.',
  },
});

export const identificationParameters = {
  identificationIncomeFigure,
  categoryIncomeFigure,
  povertyAlleviatedIncomeTest,
  identificationConditions,
  severeDifficultyPath,
  povertyAlleviatedCategory,
  identificationRiskEvidence,
  identificationExclusions,
  dibaoNoBarToIdentification,
};
