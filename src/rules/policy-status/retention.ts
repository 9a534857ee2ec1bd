/**
 * 保留条件 — the four conditions that keep a 脱贫户 meeting a criterion 脱贫享受政策, each one rule under
 * its clause.
 *
 * 临稷办发〔2023〕76号 附件2:
 * > 脱贫享受政策人口存在以上情形，但符合以下条件之一的，原则上仍按脱贫享受政策人口管理：
 *
 * A retention condition that could hold but is not on record leaves a met criterion undecided rather
 * than remove support on a guess: to verify when what is missing is a fact of the visit, undetermined
 * when the record itself lacks it (a member's health or 低保).
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';
import type { PolicyRetention } from '../../profile/parameters/policy-status.js';
import { severelyDisabled } from '../../facts/disability.js';
import { anyMember, rowsWhere } from '../../facts/members.js';
import { clauseRule, tested, type ClauseRule } from '../../kernel/clause.js';
import { allOf, fact, known } from '../../kernel/known.js';
import { citesOf, type Rule } from '../../kernel/rule.js';
import { asKnown, RETENTION_LEAD, S000, testedMessage, type ReviewContext } from './review.js';

/** The header of retention condition `n` of 附件2. */
function retention(id: PolicyRetention, n: number, quote: string, title: Text, facts: string[], description: Text) {
  return {
    id: `policy-status.retention.${id}`,
    layer: 'policy-status' as const,
    title,
    citations: [
      { doc: S000, clause: '附件2', quote: RETENTION_LEAD },
      { doc: S000, clause: `附件2 保留条件第${n}条`, quote },
    ],
    description,
    parameters: ['policyStatusReview' as const],
    facts,
  };
}

const cites = (rule: Rule, c: ReviewContext, ...extra: Citation[]) => citesOf(rule, c.reviewCitation, ...extra);
const rows = (indexes: readonly number[]) => indexes.map((i) => `members[${i}]`);

/** 保留条件1 — a member on 低保 (or the 低保 measure recorded). */
export const dibaoRetention = clauseRule<ReviewContext>({
  ...retention(
    'dibao',
    1,
    '1. 户内家庭成员正在享受低保政策的；',
    { zh: '保留条件1：成员正在享受低保', en: 'retention 1: a member receives 低保' },
    ['members[].dibao', 'measures'],
    { zh: '在册成员中有人享受低保（A20），或登记了低保措施。', en: 'A member on record receives 低保 (A20), or the 低保 measure is recorded.' },
  ),
  test: (c) => tested(c.h.measures?.includes('dibao') === true ? fact(true) : anyMember(c.members, ({ member, index }) => known(member.dibao, `members[${index}].dibao`))),
  explain: (c, t, rule) => ({
    message: testedMessage(rule, asKnown(t)),
    values: { membersReceivingDibao: rows(rowsWhere(c.members, (m) => m.dibao === true)), dibaoMeasure: c.h.measures?.includes('dibao') === true },
    citations: cites(rule, c),
  }),
});

/** 保留条件2 — a seriously ill member with large out-of-pocket costs after reimbursement. */
export const seriousIllnessRetention = clauseRule<ReviewContext>({
  ...retention(
    'serious-illness',
    2,
    '2. 户内家庭成员患大病，且经各项医疗保障政策报销后个人自付费用支出较大的；',
    { zh: '保留条件2：成员患大病且报销后自付费用较大', en: 'retention 2: serious illness with large out-of-pocket costs' },
    ['members[].health', 'policyReview.largeMedicalOutOfPocket'],
    {
      zh: '在册成员中有人患大病（A13），且报销后个人自付费用支出较大（policyReview.largeMedicalOutOfPocket）。',
      en: 'A member on record is seriously ill (A13) and the out-of-pocket cost after reimbursement is large (policyReview.largeMedicalOutOfPocket).',
    },
  ),
  test: (c) =>
    tested(
      allOf(
        anyMember(c.members, ({ member, index }) => (member.health === undefined ? known(undefined, `members[${index}].health`) : fact(member.health === 'serious-illness'))),
        known(c.h.policyReview?.largeMedicalOutOfPocket, 'policyReview.largeMedicalOutOfPocket'),
      ),
    ),
  explain: (c, t, rule) => ({
    message: testedMessage(rule, asKnown(t)),
    values: { seriouslyIllMembers: rows(rowsWhere(c.members, (m) => m.health === 'serious-illness')), largeMedicalOutOfPocket: c.h.policyReview?.largeMedicalOutOfPocket ?? null },
    citations: cites(rule, c),
  }),
});

/** 保留条件3 — a severely disabled member (the grade recorded, or on the disability certificate). */
export const severeDisabilityRetention = clauseRule<ReviewContext>({
  ...retention(
    'severe-disability',
    3,
    '3. 户内家庭成员有重度残疾人的；',
    { zh: '保留条件3：有重度残疾人', en: 'retention 3: a severely disabled member' },
    ['members[].disabilityGrade', 'members[].idNumber', 'members[].health'],
    {
      zh: '在册成员中有人残疾等级属于配置规定的重度等级（默认一、二级）：等级取记录的残疾等级，未记录时取残疾人证号码中的等级。健康状况为残疾但两者都没有的，无法判定。',
      en: "A member on record has a disability grade the profile counts as severe (grades 1 and 2): the recorded grade, else the grade on the disability certificate's number. A disabled member with neither leaves it undetermined.",
    },
  ),
  test: (c) => tested(anyMember(c.members, ({ member, index }) => severelyDisabled(member, index, c.review.severeDisabilityGrades))),
  explain: (c, t, rule) => {
    const grades: readonly number[] = c.review.severeDisabilityGrades;
    return {
      message: testedMessage(rule, asKnown(t)),
      values: { severelyDisabledMembers: rows(c.members.filter(({ member, index }) => severelyDisabled(member, index, grades).value === true).map((m) => m.index)), severeGrades: grades.map(String) },
      citations: cites(rule, c),
    };
  },
});

/** 保留条件4 — hardship from a disaster or accident. */
export const disasterRetention = clauseRule<ReviewContext>({
  ...retention(
    'disaster-or-accident',
    4,
    '4. 因灾因意外等造成家庭生活困难的。',
    { zh: '保留条件4：因灾因意外造成家庭生活困难', en: 'retention 4: hardship from a disaster or accident' },
    ['policyReview.disasterOrAccidentHardship'],
    { zh: '因灾因意外等造成家庭生活困难（policyReview.disasterOrAccidentHardship）。', en: 'Hardship from a disaster or accident (policyReview.disasterOrAccidentHardship).' },
  ),
  test: (c) => tested(known(c.h.policyReview?.disasterOrAccidentHardship, 'policyReview.disasterOrAccidentHardship')),
  explain: (c, t, rule) => ({ message: testedMessage(rule, asKnown(t)), values: { disasterOrAccidentHardship: c.h.policyReview?.disasterOrAccidentHardship ?? null }, citations: cites(rule, c) }),
});

/** The retention conditions by id. */
export const RETENTIONS: { readonly [K in PolicyRetention]: ClauseRule<ReviewContext> } = {
  dibao: dibaoRetention,
  'serious-illness': seriousIllnessRetention,
  'severe-disability': severeDisabilityRetention,
  'disaster-or-accident': disasterRetention,
};
