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
import { lazySchema } from '../lazy-schema.js';

const TextSchema = lazySchema(() => z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }));
const CitationSchema = lazySchema(() => z.strictObject({ doc: z.string().min(1), clause: z.string().min(1), quote: z.string().optional() }));

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
export const EliminationConditionSchema = lazySchema(() => z.enum(ELIMINATION_CONDITIONS));

/** 风险消除条件: the conditions a profile applies. */
export const eliminationConditions = defineParameter({
  key: 'eliminationConditions',
  group: 'elimination',
  schema: () => z.array(EliminationConditionSchema),
  label: { zh: '风险消除条件', en: 'conditions for risk elimination' },
  description: {
    zh: '标注“风险消除”前须逐项满足的条件（以不满足时的阻碍命名）。safety-net-only 仅作提示，不阻碍消除。',
    en: 'The conditions that must all hold before a risk is marked eliminated, each named by the blocker it raises when it fails. `safety-net-only` is a flag only: it does not block.',
  },
});

/** The minimum time under monitoring before an elimination. */
export const MinimumDurationSchema = lazySchema(() => z.strictObject({
  /** Whole months from identification (识别监测时间) to elimination. */
  months: z.number().int().min(0).max(120),
  /** The minimum applies to eliminations on or after this date. */
  eliminatedFrom: CalendarDateSchema,
}));

export const eliminationMinimumDuration = defineParameter({
  key: 'eliminationMinimumDuration',
  group: 'elimination',
  schema: () => MinimumDurationSchema,
  label: { zh: '识别认定至风险消除的最短时间', en: 'minimum time from identification to elimination' },
  description: {
    zh: '从识别监测时间到风险消除时间（尚未消除的，到评估时点）不足 months 个整月的，不得标注风险消除；仅适用于 eliminatedFrom 当日或之后的消除。',
    en: 'An elimination fewer than `months` whole months after identification (for a household not yet eliminated: before the as-of date) is blocked; the minimum applies to eliminations on or after `eliminatedFrom`.',
  },
  unit: { zh: '月', en: 'months' },
});

/** Which measures count as aimed at a risk type; a risk type without an entry accepts any measure. */
export const MeasuresForRiskSchema = lazySchema(() => z.partialRecord(RiskTypeSchema, z.array(MeasureSchema).min(1)));

export const eliminationMeasuresForRisk = defineParameter({
  key: 'eliminationMeasuresForRisk',
  group: 'elimination',
  schema: () => MeasuresForRiskSchema,
  label: { zh: '针对风险的帮扶措施', en: 'measures aimed at each risk' },
  description: {
    zh: '帮扶消除须“针对返贫致贫风险落实至少一项帮扶措施”：风险类型（A27）对应的措施（A39–A52）中至少落实一项。未列出的风险类型，任一措施均视为针对该风险。',
    en: 'An assisted elimination needs at least one measure aimed at the risk: a measure (A39–A52) listed for one of the household\'s risk types (A27). A risk type not listed accepts any measure.',
  },
});

/** One mark (标注) a profile gives an eliminated household of a category. */
export const EliminationMarkSchema = lazySchema(() => z.strictObject({
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
}));

/** The marks, by monitoring category (A3). */
export const EliminationMarksSchema = lazySchema(() => z.strictObject({
  unstable: EliminationMarkSchema,
  marginal: EliminationMarkSchema,
  'sudden-hardship': EliminationMarkSchema,
}));

export const eliminationMarks = defineParameter({
  key: 'eliminationMarks',
  group: 'elimination',
  schema: () => EliminationMarksSchema,
  label: { zh: '风险消除标注', en: 'elimination marks' },
  description: {
    zh: '风险消除时在系统中标注的名称，按监测对象类别；以及标注后的管理方式和程序。',
    en: 'The mark entered in the system when a risk is eliminated, by monitoring category, with what follows and the procedure.',
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
export const ProhibitionTestSchema = lazySchema(() => z.union([
  /** The item blocks when this built-in elimination condition blocks. */
  z.strictObject({ condition: EliminationConditionSchema }),
  /** The item blocks when the fact has this value; an absent fact leaves the item undetermined. */
  z.strictObject({ fact: z.enum(PROHIBITION_FACTS), blocksWhen: z.boolean() }),
]));

/** One item of a "不消" list. */
export const ProhibitionItemSchema = lazySchema(() => z.strictObject({
  /** Stable id, used in the blocker name `prohibition.<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The item's wording, verbatim in Chinese, with an English rendering. */
  text: TextSchema,
  /** Where the wording comes from. */
  citation: CitationSchema,
  /** How the library tests it; without a test the item is listed for a person to check. */
  test: ProhibitionTestSchema.optional(),
}));

/** A named list of situations in which a risk is not to be marked eliminated. */
export const ProhibitionListSchema = lazySchema(() => z.strictObject({
  /** The list's name, e.g. 七不消. */
  name: TextSchema,
  items: z.array(ProhibitionItemSchema),
  /** When `items` is empty: why, and how to supply them. */
  itemsUnavailable: TextSchema.optional(),
}));

export const eliminationProhibitions = defineParameter({
  key: 'eliminationProhibitions',
  group: 'elimination',
  schema: () => ProhibitionListSchema,
  label: { zh: '不予消除情形（如“七不消”）', en: 'situations barring elimination (e.g. 七不消)' },
  description: {
    zh: '省级规定的不予标注风险消除的情形清单，作为数据提供：每项有编号、中英文表述和出处；可指定以内置消除条件或一项布尔事实检验，否则列为人工核查项。',
    en: 'A province\'s list of situations in which a risk is not to be marked eliminated, supplied as data: each item has an id, its wording in Chinese and English and its source; it may name a built-in elimination condition or one boolean fact to test it by, otherwise it is listed for a person to check.',
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
  schema: () => z.array(z.enum(LOOK_BACK_CHECKS)),
  label: { zh: '回头看核查项', en: 'look-back checks' },
  description: {
    zh: '对监测对象进行的回头看核查：风险消除回退、风险再标注、按识别时收入标注类别、知情同意手续（以上针对已标注风险消除的），清退（不符合监测帮扶条件的），以及监测程序是否落实（纳入监测申请、授权承诺书、民主评议、公示、家庭资产信息和基本信息复核）。',
    en: 'The look-back checks of monitoring objects: roll-back, re-marking, relabelling by income at identification and informed consent (for households already marked eliminated), removal (清退) of those who never qualified, and whether the monitoring procedure is complete (application, authorisation, democratic review, publicity, asset verification).',
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
