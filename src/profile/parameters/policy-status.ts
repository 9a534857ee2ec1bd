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
import { IncomeFigureSchema } from './identification.js';

const S000 = '临稷办发〔2023〕76号';

/** The eight criteria of S000 附件2 (脱贫享受政策人口存在以下情形之一的，原则上认定为脱贫不再享受政策人口), in order. */
export const PolicyCriterionSchema = z.enum([
  'income',
  'cause-gone',
  'luxury-car',
  'urban-commercial-housing',
  'company-with-employees',
  'public-payroll',
  'separated-child-company',
  'separated-children-support',
]);
/** A criterion id. */
export type PolicyCriterion = z.output<typeof PolicyCriterionSchema>;

/** The four retention conditions of S000 附件2 (原则上仍按脱贫享受政策人口管理), in order. */
export const PolicyRetentionSchema = z.enum(['dibao', 'serious-illness', 'severe-disability', 'disaster-or-accident']);
/** A retention condition id. */
export type PolicyRetention = z.output<typeof PolicyRetentionSchema>;

const TextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** The review of S000 附件2 as a profile applies it. */
export const PolicyStatusReviewSchema = z.strictObject({
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
});
/** The review as a profile applies it. */
export type PolicyStatusReview = z.output<typeof PolicyStatusReviewSchema>;

export const policyStatusReview = defineParameter({
  key: 'policyStatusReview',
  group: 'policy-status',
  schema: PolicyStatusReviewSchema,
  label: { zh: '脱贫不享受政策人口认定标准', en: 'review of 脱贫享受政策 → 不享受政策' },
  description: {
    zh: '脱贫享受政策人口存在所列情形之一的，原则上认定为脱贫不再享受政策人口；但符合所列保留条件之一的，原则上仍按脱贫享受政策人口管理。未设定时本配置不适用该认定。',
    en: 'A 脱贫享受政策 household in one of the listed situations is in principle labelled 脱贫不享受政策, unless one of the listed retention conditions holds. When unset, the profile does not apply this review.',
  },
  values: {
    'shandong/linzi/2023': [
      {
        from: '2022-10-01',
        value: {
          criteria: ['income', 'cause-gone', 'luxury-car', 'urban-commercial-housing', 'company-with-employees', 'public-payroll', 'separated-child-company', 'separated-children-support'],
          retention: ['dibao', 'serious-illness', 'severe-disability', 'disaster-or-accident'],
          incomeFigure: 'A34',
          severeDisabilityGrades: [1, 2],
          procedure: [
            { zh: '民主评议', en: 'democratic review' },
            { zh: '乡镇审核', en: 'township check' },
            { zh: '村级公示（公示期5天）', en: 'village publicity (5 days)' },
          ],
        },
        citation: { doc: S000, clause: '附件2', quote: '脱贫享受政策人口存在以下情形之一的，原则上认定为脱贫不再享受政策人口：' },
        note: 'All eight criteria and four retention conditions of 附件2; the procedure is §一(三): "按照“民主评议—乡镇审核—村级公示（公示期5天）”的程序进行认定". Criterion 1 compares 户年人均可支配收入, read as per-capita net income (A34, the income caliber of 鲁乡振字〔2023〕11号, whose text is not held). 重度残疾 is read as disability grades 1 and 2 (the national grading). In force from the start of the 2023 income period, whose status date (2023-09-30) the review uses.',
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '认定标准仅见于临稷办发〔2023〕76号附件2（山东省淄博市临淄区稷下街道）；未持有全国统一的认定标准原文，故全国及其他地区配置不适用。需要时请在派生配置中设定并注明出处。',
      en: 'The criteria are stated only by 临稷办发〔2023〕76号 附件2 (Jixia, Linzi, Shandong); no national text of them is held, so the base and the other regions do not apply the review. A profile that applies it sets this parameter and cites its source.',
    },
  },
});

export const policyStatusParameters = {
  policyStatusReview,
};
