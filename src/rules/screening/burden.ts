/**
 * 家庭负担 — the focus groups decided by who is in the household (students, members on 低保 or 特困
 * support, seriously ill or disabled members) and by the hardship on record.
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 今年以来新增低保、大病、残疾同时有学生，医疗费用较高且需持续治疗，脱贫不享受政策户内有学生、低保、大病、残疾以及务工不稳定、收入下降明显等家庭
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查，特别是对……因病因学因意外事故等刚性支出较大影响基本生活的农户……等重点群体，要逐户进行排查
 *
 * 龙扶贫组字〔2021〕1号 §二(一):
 * > 重点关注低保家庭、分散供养特困人员……大病重病患者……重度残疾人
 *
 * 小甸巩固振兴组办〔2021〕1号 §二; 党委发〔2023〕70号 §一(二) — the severe hardship of the period, quoted below.
 *
 * The members read are those on record at the as-of date. Student (src/facts/school.ts), disability
 * and severe disability (src/facts/disability.ts) are the shared facts; a member's health, 低保 or
 * 特困 not recorded leaves a group undetermined unless another member already decides it.
 *
 * @module
 */
import type { Member } from '../../model/household.js';
import { fieldLabel } from '../../model/field-labels.js';
import { disabilityGrade, isDisabled, severelyDisabled } from '../../facts/disability.js';
import { isStudent } from '../../facts/school.js';
import { clauseRule, type Explained, tested, type Tested } from '../../kernel/clause.js';
import { known } from '../../kernel/known.js';
import {
  cites,
  countEventsInWindow,
  countMembers,
  decided,
  eventsInWindow,
  groupHeader,
  S000,
  S001,
  S002,
  S003,
  S004,
  someMember,
  verdict,
  windowMessage,
  windowUnknown,
  type ScreeningContext,
} from './context.js';

const isSeriouslyIll = (m: Member) => m.health === 'serious-illness';
const onDibao = (m: Member) => m.dibao === true;
const onTekun = (m: Member) => m.tekun === true;
const disabled = (m: Member) => isDisabled(m) === true;

// ---------------------------------------------------------------------------------------------
// 今年以来新增低保、大病、残疾同时有学生 — S000 §一(二)

type StudentCase = 'no-student' | 'window' | 'events' | 'none';
const NEW_HARDSHIP = ['new-dibao', 'new-serious-illness', 'new-disability', 'new-severe-disability'] as const;
const NO_STUDENT = verdict<StudentCase>('not-met', 'no-student');
const NEW_EVENTS = verdict<StudentCase>('met', 'events');
const NO_NEW_EVENTS = verdict<StudentCase>('not-met', 'none');

export const newHardshipWithStudent = clauseRule<ScreeningContext, StudentCase>({
  ...groupHeader(
    'new-hardship-with-student',
    { zh: '今年以来新增低保、大病、残疾同时有学生', en: 'new dibao, serious illness or disability this year, with a student' },
    [{ doc: S000, clause: '一(二)', quote: '今年以来新增低保、大病、残疾同时有学生' }],
    {
      zh: '排查时段内有新增低保、新增大病、新增残疾事件，且家中有在校学生（在校生状况不为学龄前儿童）。',
      en: 'A new dibao, serious illness or disability event in the screening window, and a member in school (any school status but 学龄前儿童).',
    },
    ['screeningWindow'],
    ['events', 'members[].schoolStatus'],
  ),
  test: (s) => {
    if (!s.members.some(isStudent)) return NO_STUDENT;
    const n = countEventsInWindow(s, NEW_HARDSHIP);
    if (n === null) return windowUnknown(s, 'window');
    return n > 0 ? NEW_EVENTS : NO_NEW_EVENTS;
  },
  explain: (s, t): Explained => {
    const students = countMembers(s.members, isStudent);
    const events = eventsInWindow(s, NEW_HARDSHIP);
    const values = { students, events: events ? events.map((e) => `${e.kind} ${e.on}`) : null };
    const citations = cites(s);
    switch (t.data) {
      case 'no-student':
        return { message: { zh: '家中无在校学生', en: 'no member is in school' }, values, citations };
      case 'window':
        return { message: windowMessage(s), values, citations };
      case 'events':
        return {
          message: {
            zh: `今年以来新增低保、大病或残疾 ${events!.length} 起，家中有学生 ${students} 人`,
            en: `${events!.length} new dibao, serious illness or disability event(s) in the window, with ${students} member(s) in school`,
          },
          values,
          citations,
        };
      default:
        return { message: { zh: '排查时段内无新增低保、大病、残疾', en: 'no new dibao, serious illness or disability in the window' }, values, citations };
    }
  },
});

// ---------------------------------------------------------------------------------------------
// 医疗费用较高且需持续治疗 — S000 §一(二)

type MedicalCase = 'not-ill' | 'health' | 'high' | 'window' | 'cost-unknown' | 'not-high';
const NOT_ILL = verdict<MedicalCase>('not-met', 'not-ill');
const ILLNESS_UNRECORDED = verdict<MedicalCase>('undetermined', 'health', ['members[].health']);
const HIGH_COST = verdict<MedicalCase>('met', 'high');
const COST_UNKNOWN = verdict<MedicalCase>('undetermined', 'cost-unknown', ['policyReview.largeMedicalOutOfPocket']);
const NOT_HIGH = verdict<MedicalCase>('not-met', 'not-high');

/** A member seriously or chronically ill (needing continuing treatment); `undefined` when health is not recorded. */
const needsTreatment = (m: Member) => (m.health === undefined ? undefined : m.health === 'serious-illness' || m.health === 'chronic');

export const highMedicalCost = clauseRule<ScreeningContext, MedicalCase>({
  ...groupHeader(
    'high-medical-cost',
    { zh: '医疗费用较高且需持续治疗', en: 'high medical costs and continuing treatment' },
    [{ doc: S000, clause: '一(二)', quote: '医疗费用较高且需持续治疗' }],
    {
      zh: '家中有患大病或长期慢性病成员（需持续治疗），且排查时段内有大额医疗支出事件或记录大病报销后个人自付较大。',
      en: 'A member with a serious or chronic illness (continuing treatment), and a large-medical-spending event in the window or large out-of-pocket costs on record.',
    },
    ['screeningWindow'],
    ['members[].health', 'events', 'policyReview.largeMedicalOutOfPocket'],
  ),
  test: (s) => {
    const ill = someMember(s.members, needsTreatment);
    if (ill === false) return NOT_ILL;
    if (ill === undefined) return ILLNESS_UNRECORDED;
    const large = s.h.policyReview?.largeMedicalOutOfPocket;
    const n = countEventsInWindow(s, ['large-medical-spending']);
    if (large === true || (n !== null && n > 0)) return HIGH_COST;
    if (n === null) return windowUnknown(s, 'window');
    return large === undefined ? COST_UNKNOWN : NOT_HIGH;
  },
  explain: (s, t): Explained => {
    const ill = someMember(s.members, needsTreatment);
    const large = s.h.policyReview?.largeMedicalOutOfPocket;
    const events = eventsInWindow(s, ['large-medical-spending']);
    const values = { illMember: ill ?? null, largeMedicalOutOfPocket: large ?? null, events: events ? events.map((e) => e.on) : null };
    const citations = cites(s);
    switch (t.data) {
      case 'not-ill':
        return { message: { zh: '家中无患大病或慢性病成员', en: 'no member is seriously or chronically ill' }, values, citations };
      case 'health':
        return { message: { zh: '成员健康状况未完整记录', en: "members' health is not fully recorded" }, values, citations };
      case 'high':
        return { message: { zh: '有患病成员需持续治疗，医疗费用较高', en: 'an ill member needs continuing treatment and medical costs are high' }, values, citations };
      case 'window':
        return { message: windowMessage(s), values, citations };
      case 'cost-unknown':
        return { message: { zh: '有患病成员，但未记录医疗费用是否较高', en: 'a member is ill, but whether medical costs are high is not recorded' }, values, citations };
      default:
        return { message: { zh: '有患病成员，但医疗费用不高', en: 'a member is ill, but medical costs are not high' }, values, citations };
    }
  },
});

// ---------------------------------------------------------------------------------------------
// 脱贫不享受政策户内有学生、低保、大病、残疾 — S000 §一(二)

type NotEnjoyingCase = 'not-alleviated' | 'no-status' | 'enjoying' | 'burden' | 'unknown' | 'none';
const NOT_ALLEVIATED = verdict<NotEnjoyingCase>('not-met', 'not-alleviated');
const NO_STATUS = verdict<NotEnjoyingCase>('undetermined', 'no-status', ['policyStatus']);
const ENJOYING = verdict<NotEnjoyingCase>('not-met', 'enjoying');
const BURDEN = verdict<NotEnjoyingCase>('met', 'burden');
const BURDEN_UNKNOWN = verdict<NotEnjoyingCase>('undetermined', 'unknown', ['members[].dibao', 'members[].health']);
const NO_BURDEN = verdict<NotEnjoyingCase>('not-met', 'none');

/** A student, a member on 低保, seriously ill or disabled; `undefined` when 低保 or health is not recorded. */
function bearsBurden(m: Member): boolean | undefined {
  if (isStudent(m) || m.dibao === true || m.health === 'serious-illness' || isDisabled(m) === true) return true;
  if (m.dibao === undefined || m.health === undefined) return undefined;
  return false;
}

export const notEnjoyingWithBurden = clauseRule<ScreeningContext, NotEnjoyingCase>({
  ...groupHeader(
    'not-enjoying-with-burden',
    { zh: '脱贫不享受政策户内有学生、低保、大病、残疾', en: '脱贫不享受政策 household with a student, dibao, serious illness or disability' },
    [{ doc: S000, clause: '一(二)', quote: '脱贫不享受政策户内有学生、低保、大病、残疾' }],
    {
      zh: '脱贫不享受政策户，家中有在校学生、享受低保成员、患大病成员或残疾成员。',
      en: 'A 脱贫不享受政策 household with a member in school, on dibao, seriously ill or disabled.',
    },
    [],
    ['povertyAlleviated', 'policyStatus', 'members'],
  ),
  test: (s) => {
    if (!s.h.povertyAlleviated) return NOT_ALLEVIATED;
    const status = s.h.policyStatus;
    if (status === undefined) return NO_STATUS;
    if (status === 'enjoying') return ENJOYING;
    const burden = someMember(s.members, bearsBurden);
    return burden === true ? BURDEN : burden === undefined ? BURDEN_UNKNOWN : NO_BURDEN;
  },
  explain: (s, t): Explained => {
    const citations = cites(s);
    const status = s.h.policyStatus ?? null;
    switch (t.data) {
      case 'not-alleviated':
        return { message: { zh: '不是脱贫户', en: 'not a 脱贫户' }, values: { povertyAlleviated: false }, citations };
      case 'no-status':
        return { message: { zh: '脱贫户，但未记录是否享受政策', en: 'a 脱贫户, but its policy status is not recorded' }, values: { policyStatus: null }, citations };
      case 'enjoying':
        return { message: { zh: '脱贫享受政策户', en: 'a 脱贫户 still enjoying support policies' }, values: { policyStatus: status }, citations };
    }
    const m = s.members;
    const values = { policyStatus: status, students: countMembers(m, isStudent), dibao: countMembers(m, onDibao), seriousIllness: countMembers(m, isSeriouslyIll), disabled: countMembers(m, disabled) };
    if (t.data === 'burden') return { message: { zh: '脱贫不享受政策户，家中有学生、低保、大病或残疾成员', en: 'a 脱贫不享受政策 household with a student, a member on dibao, seriously ill or disabled' }, values, citations };
    if (t.data === 'unknown') return { message: { zh: '脱贫不享受政策户，成员低保或健康状况未完整记录', en: "a 脱贫不享受政策 household whose members' dibao or health is not fully recorded" }, values, citations };
    return { message: { zh: '脱贫不享受政策户，家中无学生、低保、大病、残疾成员', en: 'a 脱贫不享受政策 household with no student and no member on dibao, seriously ill or disabled' }, values, citations };
  },
});

// ---------------------------------------------------------------------------------------------
// 存量农村低保对象、分散供养特困人员 — S001 §一(一), S004 §二(一)

const DIBAO_OR_TEKUN_UNRECORDED = ['members[].dibao', 'members[].tekun'] as const;

/** On 低保 or 特困 support; `undefined` when either is not recorded (and neither is known to hold). */
const onDibaoOrTekun = (m: Member) => (m.dibao === true || m.tekun === true ? true : m.dibao === undefined || m.tekun === undefined ? undefined : false);

export const dibaoOrTekun = clauseRule<ScreeningContext>({
  ...groupHeader(
    'dibao-or-tekun',
    { zh: '低保对象、分散供养特困人员', en: 'households on dibao or tekun support' },
    [
      { doc: S001, clause: '一(一)', quote: '对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查' },
      { doc: S004, clause: '二(一)', quote: '重点关注低保家庭、分散供养特困人员' },
    ],
    {
      zh: '在册成员有享受低保（A20）或特困供养（A21）的。户内记录的特困供养人员视为分散供养（集中供养人员不在户内）。',
      en: 'A member on record receives dibao (A20) or tekun support (A21). A tekun member recorded in the household is taken to be supported at home (分散供养).',
    },
    [],
    ['members[].dibao', 'members[].tekun'],
  ),
  test: (s) => {
    const v = someMember(s.members, onDibaoOrTekun);
    return v === undefined ? { outcome: 'undetermined', missing: DIBAO_OR_TEKUN_UNRECORDED, data: undefined } : decided(v);
  },
  explain: (s, t): Explained => {
    const dibao = countMembers(s.members, onDibao);
    const tekun = countMembers(s.members, onTekun);
    const values = { dibao, tekun };
    const citations = cites(s);
    if (t.outcome === 'met') return { message: { zh: `有享受低保成员 ${dibao} 人、特困供养成员 ${tekun} 人`, en: `${dibao} member(s) on dibao and ${tekun} on tekun support` }, values, citations };
    if (t.outcome === 'undetermined') return { message: { zh: '成员低保、特困供养情况未完整记录', en: "members' dibao and tekun status is not fully recorded" }, values, citations };
    return { message: { zh: '无享受低保或特困供养成员', en: 'no member on dibao or tekun support' }, values, citations };
  },
});

// ---------------------------------------------------------------------------------------------
// 大病重病患者 — S004 §二(一)

const HEALTH_UNRECORDED = ['members[].health'] as const;

export const seriousIllnessMember = clauseRule<ScreeningContext>({
  ...groupHeader(
    'serious-illness-member',
    { zh: '大病重病患者', en: 'seriously ill member' },
    [{ doc: S004, clause: '二(一)', quote: '大病重病患者' }],
    { zh: '在册成员健康状况为患大病。', en: 'A member on record is seriously ill.' },
    [],
    ['members[].health'],
  ),
  test: (s) => {
    const v = someMember(s.members, (m) => (m.health === undefined ? undefined : m.health === 'serious-illness'));
    return v === undefined ? { outcome: 'undetermined', missing: HEALTH_UNRECORDED, data: undefined } : decided(v);
  },
  explain: (s, t): Explained => {
    const n = countMembers(s.members, isSeriouslyIll);
    const values = { seriousIllness: n };
    const citations = cites(s);
    if (t.outcome === 'met') return { message: { zh: `有患大病成员 ${n} 人`, en: `${n} seriously ill member(s)` }, values, citations };
    if (t.outcome === 'undetermined') return { message: { zh: '成员健康状况未完整记录', en: "members' health is not fully recorded" }, values, citations };
    return { message: { zh: '无患大病成员', en: 'no seriously ill member' }, values, citations };
  },
});

// ---------------------------------------------------------------------------------------------
// 重度残疾人 — S004 §二(一)

const GRADE_UNRECORDED = ['members[].disabilityGrade'] as const;
const HEALTH_AND_GRADE_UNRECORDED = ['members[].disabilityGrade', 'members[].health'] as const;

/** A member recorded as disabled (健康状况 残疾) with no grade anywhere. */
const disabledWithoutGrade = (m: Member) => m.health === 'disabled' && disabilityGrade(m) === undefined;
/** A member with neither health nor a grade on record: a severe disability cannot be ruled out. */
const healthAndGradeUnrecorded = (m: Member) => m.health === undefined && disabilityGrade(m) === undefined;

export const severeDisabilityMember = clauseRule<ScreeningContext>({
  ...groupHeader(
    'severe-disability-member',
    { zh: '重度残疾人', en: 'severely disabled member' },
    [{ doc: S004, clause: '二(一)', quote: '重度残疾人' }],
    {
      zh: '在册成员残疾等级为一级或二级（重度，含残疾人证号所载等级）。有残疾而未记录等级，或健康状况与等级均未记录的，无法判定。',
      en: 'A member on record with a grade 1 or 2 (severe) disability, including the grade a certificate number states. A disabled member without a grade, or a member with neither health nor a grade on record, leaves it undetermined.',
    },
    [],
    ['members[].disabilityGrade', 'members[].idNumber', 'members[].health'],
  ),
  test: (s) => {
    let unknown = false;
    let healthUnknown = false;
    for (let i = 0; i < s.members.length; i++) {
      const m = s.members[i]!;
      const v = severelyDisabled(m, i).value;
      if (v === true) return decided(true);
      if (v === null) {
        unknown = true;
        if (m.health === undefined) healthUnknown = true;
      }
    }
    if (!unknown) return decided(false);
    return { outcome: 'undetermined', missing: healthUnknown ? HEALTH_AND_GRADE_UNRECORDED : GRADE_UNRECORDED, data: undefined };
  },
  explain: (s, t): Explained => {
    const severe = countMembers(s.members, (m) => severelyDisabled(m, 0).value === true);
    const ungraded = countMembers(s.members, disabledWithoutGrade);
    const unrecorded = countMembers(s.members, healthAndGradeUnrecorded);
    const values = { severeDisability: severe, disabledWithoutGrade: ungraded, healthAndGradeNotRecorded: unrecorded };
    const citations = cites(s);
    if (t.outcome === 'met') return { message: { zh: `有重度残疾成员 ${severe} 人`, en: `${severe} severely disabled member(s)` }, values, citations };
    if (t.outcome === 'undetermined') {
      const health = fieldLabel('members[].health');
      const grade = fieldLabel('members[].disabilityGrade');
      const parts = [
        ...(ungraded > 0 ? [{ zh: `有残疾成员但未记录${grade.zh}`, en: `a member is disabled but the ${grade.en} is not recorded` }] : []),
        ...(unrecorded > 0 ? [{ zh: `有成员的${health.zh}与${grade.zh}均未记录，无法排除重度残疾`, en: `a member's ${health.en} and ${grade.en} are not recorded, so a severe disability cannot be ruled out` }] : []),
      ];
      return { message: { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') }, values, citations };
    }
    return { message: { zh: '无重度残疾成员', en: 'no severely disabled member' }, values, citations };
  },
});

// ---------------------------------------------------------------------------------------------
// 刚性支出较大影响基本生活 — S001 §一(一)

type RigidCase = 'not-above' | 'affects' | 'not-affected' | 'not-recorded';
const NOT_ABOVE = verdict<RigidCase>('not-met', 'not-above');
const AFFECTS = verdict<RigidCase>('met', 'affects');
const NOT_AFFECTED = verdict<RigidCase>('not-met', 'not-affected');

export const rigidSpending = clauseRule<ScreeningContext, RigidCase>({
  ...groupHeader(
    'rigid-spending',
    { zh: '刚性支出较大影响基本生活', en: 'large rigid spending affecting basic living' },
    [{ doc: S001, clause: '一(一)', quote: '因病因学因意外事故等刚性支出较大影响基本生活的农户' }],
    {
      zh: '记录刚性支出明显超过上年度收入，且“两不愁三保障”受影响或基本生活出现严重困难。',
      en: 'Rigid spending recorded as clearly above last year\'s income, and basic needs affected or severe difficulty in basic living.',
    },
    [],
    ['hardship.rigidSpendingExceedsIncome', 'hardship.basicNeedsAffected', 'hardship.severeDifficulty'],
  ),
  test: (s) => {
    const hs = s.h.hardship ?? {};
    if (hs.rigidSpendingExceedsIncome === false) return NOT_ABOVE;
    const affected = hs.basicNeedsAffected === true || hs.severeDifficulty === true ? true : hs.basicNeedsAffected === false && hs.severeDifficulty === false ? false : undefined;
    if (hs.rigidSpendingExceedsIncome === true && affected === true) return AFFECTS;
    if (affected === false) return NOT_AFFECTED;
    const missing: string[] = [];
    if (hs.rigidSpendingExceedsIncome === undefined) missing.push('hardship.rigidSpendingExceedsIncome');
    if (affected === undefined) {
      if (hs.basicNeedsAffected === undefined) missing.push('hardship.basicNeedsAffected');
      if (hs.severeDifficulty === undefined) missing.push('hardship.severeDifficulty');
    }
    return { outcome: 'undetermined', missing, data: 'not-recorded' };
  },
  explain: (s, t): Explained => {
    const hs = s.h.hardship ?? {};
    const values = { rigidSpendingExceedsIncome: hs.rigidSpendingExceedsIncome ?? null, basicNeedsAffected: hs.basicNeedsAffected ?? null, severeDifficulty: hs.severeDifficulty ?? null };
    const citations = cites(s);
    switch (t.data) {
      case 'not-above':
        return { message: { zh: '刚性支出未明显超过上年度收入', en: "rigid spending is not clearly above last year's income" }, values, citations };
      case 'affects':
        return { message: { zh: '刚性支出较大，影响基本生活', en: 'large rigid spending affects basic living' }, values, citations };
      case 'not-affected':
        return { message: { zh: '基本生活未受影响', en: 'basic living is not affected' }, values, citations };
      default:
        return { message: { zh: '刚性支出及其影响未完整记录', en: 'rigid spending and its effect are not fully recorded' }, values, citations };
    }
  },
});

// ---------------------------------------------------------------------------------------------
// 刚性支出过大或收入大幅缩减导致生活严重困难 — S002 §二, S003 §一(二)

export const suddenSevereHardship = clauseRule<ScreeningContext>({
  ...groupHeader(
    'sudden-severe-hardship',
    { zh: '刚性支出过大或收入大幅缩减导致生活严重困难', en: 'severe hardship from rigid spending or an income collapse' },
    [
      { doc: S002, clause: '二', quote: '今年以来因病因灾因等意外事故造成刚性支出过大，收入大幅缩减，导致生活出现严重困难的人口' },
      { doc: S003, clause: '一(二)', quote: '新增加的因病、因残、因学等刚性支出较大或收入大幅缩减导致基本生活出现严重困难农户' },
    ],
    { zh: '记录刚性支出骤增或收入骤减导致基本生活出现严重困难（本期）。', en: 'Severe difficulty in basic living from a surge of rigid spending or a collapse of income, recorded for the period.' },
    [],
    ['hardship.severeDifficulty'],
  ),
  test: (s): Tested => tested(known(s.h.hardship?.severeDifficulty, 'hardship.severeDifficulty')),
  explain: (s, t): Explained => {
    const values = { severeDifficulty: s.h.hardship?.severeDifficulty ?? null };
    const citations = cites(s);
    if (t.outcome === 'undetermined') return { message: { zh: '未记录基本生活是否出现严重困难', en: 'whether basic living is in severe difficulty is not recorded' }, values, citations };
    return t.outcome === 'met'
      ? { message: { zh: '刚性支出骤增或收入骤减，基本生活出现严重困难', en: 'a surge of rigid spending or a collapse of income has put basic living in severe difficulty' }, values, citations }
      : { message: { zh: '基本生活未出现严重困难', en: 'basic living is not in severe difficulty' }, values, citations };
  },
});
