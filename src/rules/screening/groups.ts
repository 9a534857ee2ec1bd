/**
 * 重点排查群体 — the focus groups the screening documents name, one rule each, by id.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 今年以来新增低保、大病、残疾同时有学生，医疗费用较高且需持续治疗，脱贫不享受政策户内有学生、低保、大病、残疾以及务工不稳定、收入下降明显等家庭
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 重点关注收入偏低或下降明显、就业不稳、产业失败，以及受其他突发意外事故影响较大的农户。对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查，特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户、因病因学因意外事故等刚性支出较大影响基本生活的农户、多次申报或预警未纳入监测帮扶的农户等重点群体，要逐户进行排查
 *
 * 小甸巩固振兴组办〔2021〕1号 §二 (the "四类人") and §三(一)1; 党委发〔2023〕70号 §一(二);
 * 龙扶贫组字〔2021〕1号 §二(一), §三(三) — quoted in each rule.
 *
 * The rules live by family, each under its clauses: what happened in the window (events.ts), the
 * applications and warnings on record (applications.ts), who is in the household and the hardship on
 * record (burden.ts), income (income.ts, its figures in income-figures.ts), and Xiaozhongdian's "四类人"
 * (four-kinds.ts). Which groups a profile screens is the parameter `screeningGroups`.
 *
 * @module
 */
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import type { GroupRule } from './context.js';
import { repeatedApplicationNotIncluded, warnedOrApplied } from './applications.js';
import { dibaoOrTekun, highMedicalCost, newHardshipWithStudent, notEnjoyingWithBurden, rigidSpending, seriousIllnessMember, severeDisabilityMember, suddenSevereHardship } from './burden.js';
import { accident, departmentWarning, disasterAffected, industryFailure, newDibaoOrApplication, newDibaoTekunSevereDisability, unstableWork } from './events.js';
import { monitored, ordinaryBelowLine, ordinaryDibao, ordinaryDisability, ordinaryIllness, ordinaryNoLabour, povertyAlleviated } from './four-kinds.js';
import { incomeBelowAmount, incomeDecline, incomeNotIncreasedOrSlow, lowIncome } from './income.js';

/** Every focus group's rule, by id, in the order of `SCREENING_GROUPS` (the order of the catalog and the docs). */
export const GROUP_RULES: { readonly [G in ScreeningGroup]: GroupRule } = Object.freeze({
  // 临稷办发〔2023〕76号 §一(二)
  'new-hardship-with-student': newHardshipWithStudent as GroupRule,
  'high-medical-cost': highMedicalCost as GroupRule,
  'not-enjoying-with-burden': notEnjoyingWithBurden as GroupRule,
  'unstable-work': unstableWork as GroupRule,
  'income-decline': incomeDecline as GroupRule,
  // 榕晋乡振〔2023〕12号 §一(一)
  'low-income': lowIncome as GroupRule,
  'industry-failure': industryFailure as GroupRule,
  accident: accident as GroupRule,
  'dibao-or-tekun': dibaoOrTekun as GroupRule,
  'new-dibao-tekun-severe-disability': newDibaoTekunSevereDisability as GroupRule,
  'rigid-spending': rigidSpending as GroupRule,
  'repeated-application-not-included': repeatedApplicationNotIncluded as GroupRule,
  // 小甸巩固振兴组办〔2021〕1号 §二, §三(一)1
  'poverty-alleviated': povertyAlleviated as GroupRule,
  monitored: monitored as GroupRule,
  'ordinary-below-line': ordinaryBelowLine as GroupRule,
  'ordinary-dibao': ordinaryDibao as GroupRule,
  'ordinary-illness': ordinaryIllness as GroupRule,
  'ordinary-no-labour': ordinaryNoLabour as GroupRule,
  'ordinary-disability': ordinaryDisability as GroupRule,
  'sudden-severe-hardship': suddenSevereHardship as GroupRule,
  'warned-or-applied': warnedOrApplied as GroupRule,
  // 党委发〔2023〕70号 §一(二)
  'disaster-affected': disasterAffected as GroupRule,
  'income-not-increased-or-slow': incomeNotIncreasedOrSlow as GroupRule,
  'income-below-amount': incomeBelowAmount as GroupRule,
  'new-dibao-or-application': newDibaoOrApplication as GroupRule,
  // 龙扶贫组字〔2021〕1号 §二(一), §三(三)
  'serious-illness-member': seriousIllnessMember as GroupRule,
  'severe-disability-member': severeDisabilityMember as GroupRule,
  'department-warning': departmentWarning as GroupRule,
});
