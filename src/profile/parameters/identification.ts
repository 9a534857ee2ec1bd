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

const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S003 = '党委发〔2023〕70号';
const S004 = '龙扶贫组字〔2021〕1号';
const PRACTICE = 'national-identification-practice';

const FORM_NOTE_2 = '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。';
const S004_STANDARD =
  '对符合以下条件之一的脱贫户(包括脱贫享受政策户和脱贫不享受政策户),应当纳入脱贫不稳定户监测范围;对年人均可支配收入低于省定监测线,且符合以下条件之一的一般农户,应当纳入边缘易致贫户监测范围:';

/** A per-capita figure of the national form: A38 (reference income per head) or A34 (net income per head). */
export const IncomeFigureSchema = z.enum(['A38', 'A34']);
/** A per-capita figure of the national form. */
export type IncomeFigure = z.output<typeof IncomeFigureSchema>;

/** The hardship conditions of 龙扶贫组字〔2021〕1号 §二(二): (1) rigid spending, (2) income drop. */
export const IdentificationConditionSchema = z.enum(['rigid-spending', 'income-drop']);
/** A hardship condition id. */
export type IdentificationCondition = z.output<typeof IdentificationConditionSchema>;

/** The exclusions of 龙扶贫组字〔2021〕1号 §二(二) (原则上不纳入监测范围), in the document's order. */
export const IdentificationExclusionSchema = z.enum(['luxury-car', 'urban-commercial-housing', 'high-return-company', 'supporter-not-paying', 'county-rule']);
/** An exclusion id. */
export type IdentificationExclusion = z.output<typeof IdentificationExclusionSchema>;

/**
 * The facts on record that count as "a risk" beside income (返贫致贫风险): an A27 risk type, a
 * 三保障 or drinking-water problem (A23–A26), a sudden-hardship fact recorded as present.
 */
export const RiskEvidenceSchema = z.enum(['risk-type', 'guarantee-problem', 'hardship-fact']);
/** A kind of risk evidence. */
export type RiskEvidence = z.output<typeof RiskEvidenceSchema>;

/** How an identified 脱贫户 is labelled. */
export const PovertyAlleviatedCategorySchema = z.enum(['by-income', 'always-unstable']);

/** Which per-capita figure decides entry (the income test). */
export const identificationIncomeFigure = defineParameter({
  key: 'identificationIncomeFigure',
  group: 'identification',
  schema: IncomeFigureSchema,
  label: { zh: '确定纳入监测的人均收入口径', en: 'per-capita figure that decides entry' },
  description: {
    zh: 'A38：纳入监测对象的人均收入参考范围（家庭纯收入＋理赔收入－合规自付支出，再除以人口数），国家采集表口径；A34：家庭人均纯收入（人均可支配收入、人均纯收入口径）。低于监测线（严格小于）为符合收入条件。',
    en: 'A38: per-capita reference income (net income + insurance payouts − compliant out-of-pocket spending, per head), the national form; A34: per-capita net income (the 人均可支配收入 / 人均纯收入 caliber). Strictly below the line meets the income test.',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: 'A38',
        citation: { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 },
        note: 'The national collection form, as printed with 临稷办发〔2023〕76号; applied from the 2021 income year like the other form formulas of this profile.',
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: 'A34',
        citation: { doc: S004, clause: '二(二)', quote: '人均可支配收入的计算口径与建档立卡贫困户相同' },
        note: 'S004 tests "年人均可支配收入" in the caliber of the registered-poor households (建档立卡), i.e. per-capita net income; it knows no A35/A36 adjustment.',
      },
    ],
    'fujian/jinan/2023': [
      {
        from: '2023-01-01',
        value: 'A38',
        citation: {
          doc: S001,
          clause: '一(一)',
          quote: '按照晋安区监测范围（2023年晋安区的监测范围为家庭年人均可支配收入低于10560元）和认定标准（参照工作指南）',
        },
        note: 'Reading: S001 defers the identification standard to the work guide, i.e. the national system, whose form decides entry by A38 (临稷办发〔2023〕76号 附件1 注2). Jin\'an\'s own form (S001 附件1) records no A35/A36, and when they are not recorded A38 equals A34.',
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2020-10-01',
        value: 'A34',
        citation: { doc: S002, clause: '二', quote: '2021年人均纯收入低于监测底线<6000元>的户' },
        note: 'S002 tests 人均纯收入 (per-capita net income) throughout, also in §三(二).',
      },
    ],
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        value: 'A38',
        citation: { doc: S003, clause: '一(二)', quote: '及时将有返贫致贫风险的农户全部识别为防止返贫监测对象' },
        note: 'S003 names no identification rule of its own, only that every household at risk is identified; the national form\'s rule (A38 decides entry, 临稷办发〔2023〕76号 附件1 注2) is the defensible default and is applied with the 2023 Gansu line (itself unverified).',
      },
    ],
  },
});

/** Which per-capita figure separates 脱贫不稳定户 / 边缘易致贫户 from 突发严重困难户. */
export const categoryIncomeFigure = defineParameter({
  key: 'categoryIncomeFigure',
  group: 'identification',
  schema: IncomeFigureSchema,
  label: { zh: '区分监测对象类别的人均收入口径', en: 'per-capita figure that decides the category' },
  description: {
    zh: '识别后，该人均值低于监测线的为脱贫不稳定户（脱贫户）或边缘易致贫户（一般农户），不低于监测线的为突发严重困难户。',
    en: 'Once identified, a household whose figure is below the line is a 脱贫不稳定户 (if 脱贫户) or 边缘易致贫户 (otherwise); one at or above the line is a 突发严重困难户.',
  },
  values: {
    'national/2021': [{ from: '2020-10-01', value: 'A34', citation: { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 } }],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2020-10-01',
        value: 'A34',
        citation: { doc: S002, clause: '三(二)1', quote: '根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。' },
      },
    ],
  },
});

/** Whether a 脱贫户 must pass the income test. */
export const povertyAlleviatedIncomeTest = defineParameter({
  key: 'povertyAlleviatedIncomeTest',
  group: 'identification',
  schema: z.boolean(),
  label: { zh: '脱贫户是否适用收入条件', en: 'whether a 脱贫户 needs the income test' },
  description: {
    zh: 'true：脱贫户与一般农户一样须人均收入低于监测线；false：脱贫户只要符合困难条件之一即纳入脱贫不稳定户，不看收入。',
    en: 'true: a 脱贫户, like any household, must be below the line; false: a 脱贫户 that meets one of the hardship conditions is identified whatever its income.',
  },
  values: {
    'national/2021': [{ from: '2020-10-01', value: true, citation: { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 } }],
    'shandong/longkou/2021': [{ from: '2021-01-01', value: false, citation: { doc: S004, clause: '二(二)', quote: S004_STANDARD } }],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2020-10-01',
        value: true,
        citation: {
          doc: S002,
          clause: '三(二)',
          quote: '2.2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）和整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的脱贫户。',
        },
      },
    ],
  },
});

/** The hardship conditions required for entry (at least one must hold; empty = none required). */
export const identificationConditions = defineParameter({
  key: 'identificationConditions',
  group: 'identification',
  schema: z.array(IdentificationConditionSchema),
  label: { zh: '纳入监测须符合的困难条件（之一）', en: 'hardship conditions required for entry (one of)' },
  description: {
    zh: 'rigid-spending：因病、因残、因学等刚性支出明显超过上年度收入，导致“两不愁三保障”和饮水安全受到影响；income-drop：因灾、因意外事故等收入大幅缩减，导致家庭生活出现临时性困难。列出的条件须符合其一；空列表表示收入条件之外不另设困难条件。',
    en: 'rigid-spending: rigid spending from illness, disability or schooling clearly above last year\'s income, affecting 两不愁三保障 or drinking water; income-drop: income sharply cut by a disaster or accident, causing temporary hardship. One of the listed conditions must hold; an empty list adds no condition to the income test.',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: [],
        citation: { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 },
        note: 'The national form decides entry by A38 alone; the held national text adds no hardship condition.',
      },
    ],
    'shandong/longkou/2021': [{ from: '2021-01-01', value: ['rigid-spending', 'income-drop'], citation: { doc: S004, clause: '二(二)', quote: S004_STANDARD } }],
  },
});

/** Whether severe difficulty (严重困难) is a path into monitoring of its own. */
export const severeDifficultyPath = defineParameter({
  key: 'severeDifficultyPath',
  group: 'identification',
  schema: z.boolean(),
  label: { zh: '严重困难户认定', en: 'severe difficulty as a path of its own' },
  description: {
    zh: 'true：刚性支出骤增或收入骤减导致家庭出现严重困难、影响到基本生活的农户纳入监测；人均收入不低于监测线的为突发严重困难户，低于监测线的按收入归类（见 docs/decisions.md）。',
    en: 'true: a household whose basic living is seriously hit by a surge of rigid spending or a collapse of income is identified; at or above the line it is a 突发严重困难户, below the line its category follows income (see docs/decisions.md).',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: true,
        citation: { doc: PRACTICE, clause: '定南县 一', quote: '防止返贫监测对象包括:脱贫不稳定户、边缘易致贫户,以及因病因灾因意外事故等刚性支出较大或收入大幅缩减导致基本生活出现严重困难户三类对象。' },
        note: 'The national guidance (中农组发〔2021〕7号, text not held) names as the third group of monitoring objects the households whose basic living is seriously hit by large rigid spending or a sharp fall in income, as county pages restate it. Reading: a recorded severe difficulty (hardship.severeDifficulty) is a path into monitoring at any income, its category following A34 as the form\'s 注2 says (at or above the line 突发严重困难户). The form also reaches the third category through A38 (spending takes A38 below the line while A34 stays at or above it); both paths apply. The fact is not in the national export: a household with a sign of it on record (a recorded hardship, a fall in income, large compliant spending, a 三保障 problem, an event) is to be verified.',
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: true,
        citation: {
          doc: S004,
          clause: '二(二)',
          quote: '对户年人均可支配收入高于省定监测线,但因病因残因学因灾因意外事故等刚性支出骤增或收入骤减,导致家庭出现严重困难,影响到基本生活的农户,应当纳入严重困难户监测范围。',
        },
      },
    ],
  },
});

/** How an identified 脱贫户 is labelled. */
export const povertyAlleviatedCategory = defineParameter({
  key: 'povertyAlleviatedCategory',
  group: 'identification',
  schema: PovertyAlleviatedCategorySchema,
  label: { zh: '脱贫户纳入后的类别', en: 'category of an identified 脱贫户' },
  description: {
    zh: 'by-income：按人均收入区分（低于监测线为脱贫不稳定户，不低于为突发严重困难户）；always-unstable：纳入监测的脱贫户一律标注为脱贫不稳定户。',
    en: 'by-income: by per-capita income (below the line 脱贫不稳定户, at or above 突发严重困难户); always-unstable: every identified 脱贫户 is labelled 脱贫不稳定户.',
  },
  values: {
    'national/2021': [{ from: '2020-10-01', value: 'by-income', citation: { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 } }],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: 'always-unstable',
        citation: {
          doc: S004,
          clause: '四(五)',
          quote: '市扶贫办在系统中将存在返贫风险的脱贫户标注为“脱贫不稳定户”，将存在致贫风险的一般农户录入“边缘易致贫户”或“突发严重困难户”模块。',
        },
      },
    ],
  },
});

/** Which recorded risks make a household below the line identified rather than to be verified. */
export const identificationRiskEvidence = defineParameter({
  key: 'identificationRiskEvidence',
  group: 'identification',
  schema: z.array(RiskEvidenceSchema),
  label: { zh: '收入条件之外须有的返贫致贫风险', en: 'risk required beside the income test' },
  description: {
    zh: '人均收入低于监测线只是确定监测对象的参考。列出的记录之一在案时（risk-type：A27 风险类型；guarantee-problem：A23–A26 “三保障”或饮水安全问题；hardship-fact：突发困难情况），低于监测线的农户认定为监测对象；均不在案时为“待核实”，须入户核实有无返贫致贫风险。空列表表示不另设此要求（配置以困难条件等其他方式检验风险时）。',
    en: 'Income below the line is a reference for identification, not the whole test. When one of the listed records is present (risk-type: an A27 risk type; guarantee-problem: an A23–A26 problem with 三保障 or drinking water; hardship-fact: a sudden hardship), a household below the line is identified; when none is, it is "to verify": whether it faces a risk is checked at the home visit. An empty list adds no such requirement (for a profile that tests the risk otherwise, e.g. through hardship conditions).',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: ['risk-type', 'guarantee-problem', 'hardship-fact'],
        citation: { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 },
        note: 'Reading: the form calls A38 a reference (参考) for identification, and county pages restate the national standard as income AND at least one risk ("原则上且至少存在以下返贫致贫风险之一", 元谋县 2023; "监测对象的认定主要包括农户的收入、合规自付支出、突出困难问题和自主应对能力", 定南县 2024 — registry entry national-identification-practice). The risks those pages list (unsafe housing, drinking water, illness costs, schooling costs, a disaster or accident cutting income or raising spending) are what A23–A27 and the hardship facts record. A household below the line with none of them on record is therefore to be verified, never identified on income alone.',
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: [],
        citation: { doc: S004, clause: '二(二)', quote: S004_STANDARD },
        note: 'Longkou tests the risk through its own conditions (1) and (2) (identificationConditions), which an 一般农户 below the line must meet; no further evidence is required.',
      },
    ],
  },
});

/** The exclusions that apply (原则上不纳入监测范围). */
export const identificationExclusions = defineParameter({
  key: 'identificationExclusions',
  group: 'identification',
  schema: z.array(IdentificationExclusionSchema),
  label: { zh: '不纳入监测的情形', en: 'exclusions' },
  description: {
    zh: '符合纳入条件但家庭成员存在所列情形之一的，原则上不纳入监测范围。luxury-car 高档乘用车辆；urban-commercial-housing 城镇商品房（货币化安置除外）；high-return-company 注册公司企业雇工且收益较高；supporter-not-paying 法定赡养人有能力不履行；county-rule 县级以上扶贫部门规定的其他情形。',
    en: 'A household that qualifies is in principle not identified when a member is in one of the listed situations. luxury-car; urban-commercial-housing (cash resettlement exempt); high-return-company (a company employing others, with high returns); supporter-not-paying (able legal supporters who do not pay); county-rule (other situations set by a county-level or higher poverty-alleviation department).',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: [],
        citation: { doc: S000, clause: '附件1 注2', quote: FORM_NOTE_2 },
        note: 'The held national text states no exclusion; regional profiles list theirs.',
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: ['luxury-car', 'urban-commercial-housing', 'high-return-company', 'supporter-not-paying', 'county-rule'],
        citation: { doc: S004, clause: '二(二)', quote: '符合以上条件,但家庭成员存在以下情形之一的,原则上不纳入监测范围:' },
      },
    ],
  },
});

/** 不得以落实低保为由不识别监测对象 — stated as an explicit finding where a member receives 低保. */
export const dibaoNoBarToIdentification = defineParameter({
  key: 'dibaoNoBarToIdentification',
  group: 'identification',
  schema: z.boolean(),
  label: { zh: '不得以落实低保为由不识别', en: '低保 is never a reason to refuse identification' },
  description: {
    zh: 'true：户内有成员享受低保时，识别结论附一条说明：不得以落实低保为由不识别监测对象。本库任何配置都不因低保而不纳入；此参数只决定是否附上该说明及其出处。',
    en: 'true: when a member receives 低保 the identification carries an explicit finding that 低保 is no reason to refuse identification. No profile of this library refuses identification because of 低保; the parameter only decides whether the note and its source are attached.',
  },
  values: {
    'fujian/jinan/2023': [
      {
        from: '2023-01-01',
        value: true,
        citation: { doc: S001, clause: '一(一)', quote: '坚决杜绝以落实低保为由不识别监测对象，坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。' },
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '仅榕晋乡振〔2023〕12号明文规定；其他文件未涉及，不附该说明（识别结论同样不受低保影响）。',
      en: 'Only 榕晋乡振〔2023〕12号 says so; the other documents are silent, so no note is attached (identification is not affected by 低保 either way).',
    },
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
