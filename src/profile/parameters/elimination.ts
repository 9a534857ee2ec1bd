/**
 * Risk-elimination parameters (风险消除): which conditions a profile applies before a monitored
 * household's risk may be marked eliminated, the minimum time under monitoring, which measures count
 * as "aimed at" each risk, the marks a profile uses (Longkou's 返贫风险消除 / 致贫风险消除), the
 * look-back checks (回头看: 回退, 风险再标注, 类别标注), and a province's own "不消" list (Gansu's 七不消)
 * supplied as data.
 *
 * The national conditions are the published practice counties copy (document
 * `national-elimination-practice`; county-rules.md §E). They are given from 2020-10-01, the start of
 * the first annual income period the library covers, like the other national defaults; the pages that
 * state them date from 2024, so their use for earlier years is the project's reading (unverified).
 *
 * @module
 */
import { z } from 'zod';
import { CalendarDateSchema } from '../../model/primitives.js';
import { MeasureSchema, RiskTypeSchema } from '../../model/household.js';
import { defineParameter } from '../parameter.js';

const NATIONAL = 'national/2021';
const FROM = '2020-10-01';
const PRACTICE = 'national-elimination-practice';
const S000 = '临稷办发〔2023〕76号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S003 = '党委发〔2023〕70号';
const S004 = '龙扶贫组字〔2021〕1号';

const TextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const CitationSchema = z.strictObject({ doc: z.string().min(1), clause: z.string().min(1), quote: z.string().optional() });

/**
 * The elimination conditions, each named by what blocks the elimination when it fails:
 * - `income-unstable` 收入不稳定; `income-below-line` 人均纯收入未稳定超过当年监测范围;
 * - `rigid-spending-unresolved` 大额刚性支出未稳定解决; `guarantees-unsecured` 存在“三保障”和饮水安全问题;
 * - `risk-remains` 返贫致贫风险未消除; `new-risk` 存在新增返贫致贫风险;
 * - `too-soon` 识别认定不足规定时间; `no-measure-for-risk` 帮扶消除未针对风险落实帮扶措施;
 * - `no-labour-capacity` 整户无劳动力（暂不标注风险消除）; `no-informed-consent` 监测对象未知情同意;
 * - `safety-net-only` 有劳动能力但仅落实兜底保障措施 — a flag, not a blocker.
 */
export const ELIMINATION_CONDITIONS = [
  'income-unstable',
  'income-below-line',
  'rigid-spending-unresolved',
  'guarantees-unsecured',
  'risk-remains',
  'new-risk',
  'too-soon',
  'no-measure-for-risk',
  'no-labour-capacity',
  'no-informed-consent',
  'safety-net-only',
] as const;

/** An elimination condition id. */
export type EliminationCondition = (typeof ELIMINATION_CONDITIONS)[number];
export const EliminationConditionSchema = z.enum(ELIMINATION_CONDITIONS);

/** 风险消除条件: the conditions a profile applies. */
export const eliminationConditions = defineParameter({
  key: 'eliminationConditions',
  group: 'elimination',
  schema: z.array(EliminationConditionSchema),
  label: { zh: '风险消除条件', en: 'conditions for risk elimination' },
  description: {
    zh: '标注“风险消除”前须逐项满足的条件（以不满足时的阻碍命名）。safety-net-only 仅作提示，不阻碍消除。',
    en: 'The conditions that must all hold before a risk is marked eliminated, each named by the blocker it raises when it fails. `safety-net-only` is a flag only: it does not block.',
  },
  values: {
    [NATIONAL]: [
      {
        from: FROM,
        value: [
          'income-unstable',
          'income-below-line',
          'rigid-spending-unresolved',
          'guarantees-unsecured',
          'risk-remains',
          'new-risk',
          'too-soon',
          'no-measure-for-risk',
          'no-labour-capacity',
          'safety-net-only',
        ],
        citation: {
          doc: PRACTICE,
          clause: '弋江区乡村振兴局 2024-03-15 退出标准',
          quote:
            '对1.收入持续稳定(原则上不得低于半年),2.年人均纯收入稳定超过当年监测范围,3.大额刚性支出(主要指大额医疗费用、子女上学费用,下同)稳定解决,4.“三保障”和饮水安全持续巩固,5.返贫致贫风险稳定消除的监测对象或返贫致贫风险自然消失的,履行监测对象风险消除程序后,在全国防返贫监测信息系统中标注风险消除',
        },
        note: 'The same page adds the minimum time, the measure aimed at the risk and "对整户无劳动力的监测对象,暂不标注“风险消除”"; 临稷办发〔2023〕76号 §一(二) states the 三保障 and water condition; "不存在新增返贫致贫风险" is from a county page of the same practice. safety-net-only follows 榕晋乡振〔2023〕12号 §一(一) ("一兜了之"). The punctuation of the quote is as stored.',
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: FROM,
        value: [
          'income-unstable',
          'income-below-line',
          'rigid-spending-unresolved',
          'guarantees-unsecured',
          'risk-remains',
          'new-risk',
          'too-soon',
          'no-measure-for-risk',
          'no-labour-capacity',
          'no-informed-consent',
          'safety-net-only',
        ],
        citation: {
          doc: S002,
          clause: '三(一)3',
          quote:
            '对评议后达到风险消除的监测对象，按“怎么进、怎么出”的原则，在监测对象知情同意的前提下，参照监测对象识别方法步骤，由市乡村振兴局组织乡（镇）在全国防返贫监测信息系统中标注“风险消除”。',
        },
        note: 'The national conditions plus informed consent (知情同意), which S002 makes a precondition of marking. A standing procedure (how an elimination is marked, "怎么进、怎么出"), not an item of the 2021 campaign: in force until a later document replaces it.',
      },
    ],
  },
});

/** The minimum time under monitoring before an elimination. */
export const MinimumDurationSchema = z.strictObject({
  /** Whole months from identification (识别监测时间) to elimination. */
  months: z.number().int().min(0).max(120),
  /** The minimum applies to eliminations on or after this date. */
  eliminatedFrom: CalendarDateSchema,
});

export const eliminationMinimumDuration = defineParameter({
  key: 'eliminationMinimumDuration',
  group: 'elimination',
  schema: MinimumDurationSchema,
  label: { zh: '识别认定至风险消除的最短时间', en: 'minimum time from identification to elimination' },
  description: {
    zh: '从识别监测时间到风险消除时间（尚未消除的，到评估时点）不足 months 个整月的，不得标注风险消除；仅适用于 eliminatedFrom 当日或之后的消除。',
    en: 'An elimination fewer than `months` whole months after identification (for a household not yet eliminated: before the as-of date) is blocked; the minimum applies to eliminations on or after `eliminatedFrom`.',
  },
  unit: { zh: '月', en: 'months' },
  values: {
    [NATIONAL]: [
      {
        from: FROM,
        value: { months: 6, eliminatedFrom: '2022-04-01' },
        citation: {
          doc: PRACTICE,
          clause: '弋江区乡村振兴局 2024-03-15 退出标准',
          quote: '原则上,识别认定监测对象时间至少半年以上且针对返贫致贫风险落实至少一项帮扶措施的,才能履行风险消除程序。',
        },
        note: '"半年" = 6 whole months. The date from which it applies is read from the county data-quality rule 2_11_002 ("防止返贫监测对象从识别到风险消除时间低于6个月（2022年4月份以后消除风险）"); the sources held state no minimum for earlier eliminations.',
      },
    ],
  },
});

/** Which measures count as aimed at a risk type; a risk type without an entry accepts any measure. */
export const MeasuresForRiskSchema = z.partialRecord(RiskTypeSchema, z.array(MeasureSchema).min(1));

export const eliminationMeasuresForRisk = defineParameter({
  key: 'eliminationMeasuresForRisk',
  group: 'elimination',
  schema: MeasuresForRiskSchema,
  label: { zh: '针对风险的帮扶措施', en: 'measures aimed at each risk' },
  description: {
    zh: '帮扶消除须“针对返贫致贫风险落实至少一项帮扶措施”：风险类型（A27）对应的措施（A39–A52）中至少落实一项。未列出的风险类型，任一措施均视为针对该风险。',
    en: 'An assisted elimination needs at least one measure aimed at the risk: a measure (A39–A52) listed for one of the household\'s risk types (A27). A risk type not listed accepts any measure.',
  },
  values: {
    [NATIONAL]: [
      {
        from: FROM,
        value: {
          illness: ['health', 'social-aid', 'dibao', 'tekun', 'temporary-assistance', 'disability-allowance', 'anti-poverty-insurance'],
          education: ['compulsory-education', 'education-aid', 'social-aid'],
          disability: ['social-aid', 'dibao', 'tekun', 'temporary-assistance', 'disability-allowance', 'anti-poverty-insurance'],
          'housing-safety': ['housing', 'relocation'],
          'drinking-water': ['drinking-water'],
        },
        citation: { doc: 'county-practice', clause: '3_11_003', quote: '风险为因病的（已消除）监测对象未登记健康帮扶、社会帮扶或综合保障' },
        note: 'From the county checks on eliminated households: 3_11_003 (因病: 健康帮扶, 社会帮扶, 综合保障), 3_11_004 (因学: 教育帮扶, 义务教育保障, 社会帮扶), 3_11_005 (因残: 社会帮扶, 综合保障), 3_11_006 with 5_18_004 (因安全住房: 住房安全保障, 搬迁), 5_18_006 (因安全饮水: 饮水安全保障). 综合保障 (A48) = 低保, 特困供养, 临时救助, 残疾人补贴, 防贫保险.',
      },
    ],
  },
});

/** One mark (标注) a profile gives an eliminated household of a category. */
export const EliminationMarkSchema = z.strictObject({
  /** Stable id; Longkou's are the values of the model's `monitoring.eliminated.mark`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The mark's wording in the system. */
  label: TextSchema,
  /**
   * What follows the mark: `managed-as-enjoying` (managed and helped as a 脱贫享受政策户),
   * `exit` (leaves monitoring and assistance).
   */
  afterwards: z.enum(['managed-as-enjoying', 'exit']).optional(),
  /** The procedure the mark follows, step by step (e.g. 民主评议—镇街区审核—村级公示（公示期5天）). */
  procedure: z.array(z.strictObject({ step: TextSchema, days: z.number().int().min(1).optional() })).optional(),
});

/** The marks, by monitoring category (A3). */
export const EliminationMarksSchema = z.strictObject({
  unstable: EliminationMarkSchema,
  marginal: EliminationMarkSchema,
  'sudden-hardship': EliminationMarkSchema,
});

const RISK_ELIMINATED = { id: 'risk-eliminated', label: { zh: '风险消除', en: 'risk eliminated' } };
const POVERTY_RISK_ELIMINATED = {
  id: 'poverty-risk-eliminated',
  label: { zh: '致贫风险消除', en: 'poverty risk eliminated' },
  afterwards: 'exit' as const,
  procedure: [
    { step: { zh: '民主评议', en: 'democratic review' } },
    { step: { zh: '镇街区审核', en: 'review by the town, subdistrict or zone' } },
    { step: { zh: '村级公示', en: 'publicity in the village' }, days: 5 },
  ],
};

export const eliminationMarks = defineParameter({
  key: 'eliminationMarks',
  group: 'elimination',
  schema: EliminationMarksSchema,
  label: { zh: '风险消除标注', en: 'elimination marks' },
  description: {
    zh: '风险消除时在系统中标注的名称，按监测对象类别；以及标注后的管理方式和程序。',
    en: 'The mark entered in the system when a risk is eliminated, by monitoring category, with what follows and the procedure.',
  },
  values: {
    [NATIONAL]: [
      {
        from: FROM,
        value: { unstable: RISK_ELIMINATED, marginal: RISK_ELIMINATED, 'sudden-hardship': RISK_ELIMINATED },
        citation: { doc: S000, clause: '一(二)', quote: '致贫返贫风险消除且不存在“三保障”和饮水安全问题的，及时标注“风险消除”。' },
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: {
          unstable: {
            id: 'relapse-risk-eliminated',
            label: { zh: '返贫风险消除', en: 'relapse risk eliminated' },
            afterwards: 'managed-as-enjoying',
          },
          marginal: POVERTY_RISK_ELIMINATED,
          'sudden-hardship': POVERTY_RISK_ELIMINATED,
        },
        citation: {
          doc: S004,
          clause: '六(二)',
          quote:
            '对返贫风险已经消除的脱贫不稳定户，由市扶贫办在系统中标注“返贫风险消除”，作为脱贫享受政策户继续进行管理和帮扶。对致贫风险已经消除的边缘易致贫户和严重困难户，按照“民主评议—镇街区审核—村级公示（公示期5天）”的程序退出监测和帮扶范围，由市扶贫办在系统中标注“致贫风险消除”。',
        },
      },
    ],
  },
});

/**
 * The boolean facts a supplied "不消" item may test (paths into the household record). Only facts the
 * model can express; a text the model cannot test stays a checklist item for people.
 */
export const PROHIBITION_FACTS = [
  'guarantees.housingUnsafe',
  'guarantees.compulsoryEducationDropout',
  'guarantees.drinkingWaterUnsafe',
  'guarantees.memberWithoutMedicalInsurance',
  'hardship.rigidSpendingExceedsIncome',
  'hardship.basicNeedsAffected',
  'hardship.sharpIncomeDrop',
  'hardship.temporaryHardship',
  'hardship.severeDifficulty',
  'hardship.noStableIncomeFromWork',
  'monitoring.review.incomeStable',
  'monitoring.review.rigidSpendingResolved',
  'monitoring.review.riskGone',
  'monitoring.review.newRisk',
  'monitoring.review.dependsOnMeasures',
  'monitoring.review.informedConsent',
  'monitoring.procedure.application',
  'monitoring.procedure.authorisation',
  'monitoring.procedure.democraticReview',
  'monitoring.procedure.publicity',
  'monitoring.procedure.assetVerification',
  'noLabourSafetyNet',
] as const;

/** A fact a "不消" item may test. */
export type ProhibitionFact = (typeof PROHIBITION_FACTS)[number];

/** How a supplied item is tested: by a built-in condition, or by one boolean fact. */
export const ProhibitionTestSchema = z.union([
  /** The item blocks when this built-in elimination condition blocks. */
  z.strictObject({ condition: EliminationConditionSchema }),
  /** The item blocks when the fact has this value; an absent fact leaves the item undetermined. */
  z.strictObject({ fact: z.enum(PROHIBITION_FACTS), blocksWhen: z.boolean() }),
]);

/** One item of a "不消" list. */
export const ProhibitionItemSchema = z.strictObject({
  /** Stable id, used in the blocker name `prohibition.<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The item's wording, verbatim in Chinese, with an English rendering. */
  text: TextSchema,
  /** Where the wording comes from. */
  citation: CitationSchema,
  /** How the library tests it; without a test the item is listed for a person to check. */
  test: ProhibitionTestSchema.optional(),
});

/** A named list of situations in which a risk is not to be marked eliminated. */
export const ProhibitionListSchema = z.strictObject({
  /** The list's name, e.g. 七不消. */
  name: TextSchema,
  items: z.array(ProhibitionItemSchema),
  /** When `items` is empty: why, and how to supply them. */
  itemsUnavailable: TextSchema.optional(),
});

export const eliminationProhibitions = defineParameter({
  key: 'eliminationProhibitions',
  group: 'elimination',
  schema: ProhibitionListSchema,
  label: { zh: '不予消除情形（如“七不消”）', en: 'situations barring elimination (e.g. 七不消)' },
  description: {
    zh: '省级规定的不予标注风险消除的情形清单，作为数据提供：每项有编号、中英文表述和出处；可指定以内置消除条件或一项布尔事实检验，否则列为人工核查项。',
    en: 'A province\'s list of situations in which a risk is not to be marked eliminated, supplied as data: each item has an id, its wording in Chinese and English and its source; it may name a built-in elimination condition or one boolean fact to test it by, otherwise it is listed for a person to check.',
  },
  values: {
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        value: {
          name: { zh: '七不消', en: 'the seven situations barring elimination (七不消)' },
          items: [],
          itemsUnavailable: {
            zh: '“七不消”出自《甘肃省健全防止返贫动态监测和帮扶机制工作指南》（甘乡振局发〔2023〕59号），本库未持有其原文，故不列条目；已按全国公开的风险消除条件评估。请以 defineProfile 提供 eliminationProhibitions 的条目（编号、原文、出处，可选检验方式）。',
            en: 'The 七不消 come from the Gansu work guide (甘乡振局发〔2023〕59号), whose text is not held here, so no items are listed; the published national conditions are applied. Supply the items of eliminationProhibitions with defineProfile (id, wording, source, optional test).',
          },
        },
        citation: {
          doc: S003,
          clause: '一(二)',
          quote: '依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”',
        },
      },
    ],
  },
  unset: {
    [NATIONAL]: {
      zh: '全国公开的风险消除条件没有另列“不消”清单；省级有此类清单的（如甘肃“七不消”），以数据提供。',
      en: 'The published national conditions have no separate list of situations barring elimination; a province that has one (such as Gansu\'s 七不消) supplies it as data.',
    },
  },
});

/**
 * The look-back checks (回头看) of already-marked households and of the category on record:
 * - `rollback-depends-on-measures`: eliminated, still receiving measures, and would not hold without them;
 * - `rollback-income-unstable`: eliminated but income unstable;
 * - `rollback-income-below-line`: eliminated but per-capita net income below the line;
 * - `rollback-no-labour-capacity`: eliminated but the whole household has no labour capacity;
 * - `rollback-limited-labour`: eliminated but part of the household has lost labour capacity and it cannot earn a stable income from industry or work;
 * - `remark-new-risk`: a new risk after the elimination (风险再标注);
 * - `relabel-by-identification-income`: the category by per-capita income at identification vs the line;
 * - `consent-on-record`: an eliminated household's informed consent is on record;
 * - `removal-not-qualified`: 清退 — a monitoring object whose record shows no identification condition
 *   (income at identification at or above the line, and no labour-capacity or severe-hardship fact);
 * - `procedure-application`, `procedure-authorisation`, `procedure-democratic-review`,
 *   `procedure-publicity`, `procedure-asset-verification`: the monitoring procedure on record
 *   (纳入监测申请, 授权承诺书, 民主评议, 公示, 家庭资产信息和基本信息复核), each a paperwork follow-up when missing.
 */
export const LOOK_BACK_CHECKS = [
  'rollback-depends-on-measures',
  'rollback-income-unstable',
  'rollback-income-below-line',
  'rollback-no-labour-capacity',
  'rollback-limited-labour',
  'remark-new-risk',
  'relabel-by-identification-income',
  'consent-on-record',
  'removal-not-qualified',
  'procedure-application',
  'procedure-authorisation',
  'procedure-democratic-review',
  'procedure-publicity',
  'procedure-asset-verification',
] as const;

/** A look-back check id. */
export type LookBackCheck = (typeof LOOK_BACK_CHECKS)[number];

export const eliminationLookBack = defineParameter({
  key: 'eliminationLookBack',
  group: 'elimination',
  schema: z.array(z.enum(LOOK_BACK_CHECKS)),
  label: { zh: '回头看核查项', en: 'look-back checks' },
  description: {
    zh: '对监测对象进行的回头看核查：风险消除回退、风险再标注、按识别时收入标注类别、知情同意手续（以上针对已标注风险消除的），清退（不符合监测帮扶条件的），以及监测程序是否落实（纳入监测申请、授权承诺书、民主评议、公示、家庭资产信息和基本信息复核）。',
    en: 'The look-back checks of monitoring objects: roll-back, re-marking, relabelling by income at identification and informed consent (for households already marked eliminated), removal (清退) of those who never qualified, and whether the monitoring procedure is complete (application, authorisation, democratic review, publicity, asset verification).',
  },
  values: {
    [NATIONAL]: [
      {
        from: FROM,
        value: ['rollback-income-below-line', 'rollback-no-labour-capacity'],
        citation: { doc: PRACTICE, clause: '弋江区乡村振兴局 2024-03-15 退出标准', quote: '监测对象风险消除不设置比例要求。对整户无劳动力的监测对象,暂不标注“风险消除”。' },
        note: 'An eliminated household that no longer meets the published conditions — per-capita net income not above the line, or the whole household without labour — is reported as a roll-back candidate; the county data-quality rules 4_11_010 and 4_11_011 check the same.',
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: FROM,
        to: '2021-12-31',
        value: [
          'rollback-depends-on-measures',
          'rollback-income-unstable',
          'rollback-income-below-line',
          'rollback-no-labour-capacity',
          'rollback-limited-labour',
          'remark-new-risk',
          'relabel-by-identification-income',
          'consent-on-record',
          'removal-not-qualified',
          'procedure-application',
          'procedure-authorisation',
          'procedure-democratic-review',
          'procedure-publicity',
          'procedure-asset-verification',
        ],
        citation: {
          doc: S002,
          clause: '三(二)1',
          quote:
            '全面精准监测对象，通过全面排查，对不符合监测帮扶条件的进行清退，对风险消除不稳、收入不稳等存在返贫致贫风险的对象进行风险消除回退。特别是目前还在享受各类帮扶措施但已标注风险消除的监测对象，如果帮扶措施取消后风险消除就不稳定的，要严格进行回退，继续帮扶直到风险稳定消除。同时，根据各地执行的监测底线，按监测对象识别时家庭人均纯收入指标，准确标注监测对象类别。',
        },
        note: 'Also §三(二) (the 4 target groups, 3 and 4: eliminated but income below the line, or without labour capacity), §三(一)2 (风险再标注) and §三(二)3 (全面落实监测程序: democratic review and publicity, the application and authorisation, the asset check, and the informed consent of eliminated households). 清退 ("对不符合监测帮扶条件的进行清退") is read as a list to verify at home (§四(二)2② "提出预清退…核查名单"): a household whose recorded income at identification is at or above the line and whose record shows none of §三(二)\'s other conditions (整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入) nor severe hardship. The checks of the 2021 look-back campaign (回头看): dated to 2021; a later year needs the checks of its own campaign.',
      },
    ],
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        value: ['rollback-income-below-line', 'rollback-no-labour-capacity', 'remark-new-risk'],
        citation: {
          doc: S003,
          clause: '二(三)',
          quote: '同时，将采集的风险消除、风险再标注、收入、家庭成员自然增减等信息按程序录入全国信息系统',
        },
        note: 'The national checks plus 风险再标注, which S003 names among the information to enter.',
      },
    ],
  },
});

export const eliminationParameters = {
  eliminationConditions,
  eliminationMinimumDuration,
  eliminationMeasuresForRisk,
  eliminationMarks,
  eliminationProhibitions,
  eliminationLookBack,
};
