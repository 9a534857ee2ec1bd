/**
 * Policy-status parameters (脱贫享受政策 / 脱贫不享受政策): whether a profile applies the review of
 * 临稷办发〔2023〕76号 附件2 (脱贫不享受政策人口认定标准), which of its eight criteria and four retention
 * conditions, which per-capita figure criterion 1 compares, which disability grades are 重度, and the
 * procedure the labelling follows.
 *
 * The county's rural per-capita disposable income that criterion 1 compares with is the parameter
 * `countyRuralIncome` (declared with the income parameters; unset in every built-in profile).
 *
 * @module
 */
import { z } from 'zod';
import { defineParameter } from '../parameter.js';
import { lazySchema } from '../lazy-schema.js';
import { IncomeFigureSchema } from './identification.js';

/** The eight criteria of S000 附件2 (脱贫享受政策人口存在以下情形之一的，原则上认定为脱贫不再享受政策人口), in order. */
export const PolicyCriterionSchema = lazySchema(() => z.enum([
  'income',
  'cause-gone',
  'luxury-car',
  'urban-commercial-housing',
  'company-with-employees',
  'public-payroll',
  'separated-child-company',
  'separated-children-support',
]));
/** A criterion id. */
export type PolicyCriterion = z.output<typeof PolicyCriterionSchema>;

/** The four retention conditions of S000 附件2 (原则上仍按脱贫享受政策人口管理), in order. */
export const PolicyRetentionSchema = lazySchema(() => z.enum(['dibao', 'serious-illness', 'severe-disability', 'disaster-or-accident']));
/** A retention condition id. */
export type PolicyRetention = z.output<typeof PolicyRetentionSchema>;

const TextSchema = lazySchema(() => z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }));

/** The review of S000 附件2 as a profile applies it. */
export const PolicyStatusReviewSchema = lazySchema(() => z.strictObject({
  /** The criteria that make a 脱贫享受政策 household 不享受政策 (any one). */
  criteria: z.array(PolicyCriterionSchema).min(1),
  /** The conditions that keep it 享受政策 even so (any one). */
  retention: z.array(PolicyRetentionSchema),
  /** The per-capita figure criterion 1 compares with the county's rural per-capita disposable income. */
  incomeFigure: IncomeFigureSchema,
  /** 残疾等级 counted as 重度残疾 (retention 3). */
  severeDisabilityGrades: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).min(1),
  /** The steps of the labelling procedure, in order, as the document names them (a note; not computed). */
  procedure: z.array(TextSchema).min(1),
}));
/** The review as a profile applies it. */
export type PolicyStatusReview = z.output<typeof PolicyStatusReviewSchema>;

export const policyStatusReview = defineParameter({
  key: 'policyStatusReview',
  group: 'policy-status',
  schema: () => PolicyStatusReviewSchema,
  label: { zh: '脱贫不享受政策人口认定标准', en: 'review of 脱贫享受政策 → 不享受政策' },
  description: {
    zh: '脱贫享受政策人口存在所列情形之一的，原则上认定为脱贫不再享受政策人口；但符合所列保留条件之一的，原则上仍按脱贫享受政策人口管理。未设定时本配置不适用该认定。',
    en: 'A 脱贫享受政策 household in one of the listed situations is in principle labelled 脱贫不享受政策, unless one of the listed retention conditions holds. When unset, the profile does not apply this review.',
  },
});

export const policyStatusParameters = {
  policyStatusReview,
};
