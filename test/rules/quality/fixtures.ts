/**
 * Readable data-quality fixtures: a clean 3-person household whose ID numbers agree with the
 * members' birth dates and sexes (so it raises no issue at all), a clean monitored household, and
 * helpers to change one member or one field.
 */
import { checkDataQuality, getProfile, idCheckCharacter, parseHousehold, type Household, type Profile, type QualityIssue } from '../../../src/index.js';
import { merge } from '../../builders.js';

/** Fuzhou Jin'an 2023: line 10560, annual period 2022-10-01..2023-09-30 at the as-of date below. */
export const JINAN = getProfile('fujian/jinan/2023');
export const AS_OF = '2023-09-30';

/** A valid 18-digit ID: region + birth date + sequence (odd = male) + the GB 11643 check character. */
export function idFor(birthDate: string, sequence: string, region = '110105'): string {
  const first17 = region + birthDate.replaceAll('-', '') + sequence;
  return first17 + idCheckCharacter(first17);
}

type MemberInput = Record<string, unknown>;

export const HEAD: MemberInput = {
  name: '王建国',
  sex: 'male',
  relation: 'head',
  birthDate: '1968-03-12',
  idNumber: idFor('1968-03-12', '001'),
  health: 'healthy',
  labour: 'ordinary',
  ethnicity: '汉族',
  education: 'junior-secondary',
  seriousIllnessInsurance: true,
  pensionInsurance: true,
  basicMedicalInsurance: true,
  dibao: false,
  tekun: false,
};
export const SPOUSE: MemberInput = {
  name: '李秀英',
  sex: 'female',
  relation: 'spouse',
  birthDate: '1970-07-01',
  idNumber: idFor('1970-07-01', '002'),
  health: 'healthy',
  labour: 'ordinary',
  ethnicity: '汉族',
  education: 'primary',
  seriousIllnessInsurance: true,
  pensionInsurance: true,
  basicMedicalInsurance: true,
  dibao: false,
  tekun: false,
};
export const SON: MemberInput = {
  name: '王小明',
  sex: 'male',
  relation: 'son',
  birthDate: '2010-05-20',
  idNumber: idFor('2010-05-20', '003'),
  health: 'healthy',
  labour: 'none',
  schoolStatus: 'junior-2',
  ethnicity: '汉族',
  seriousIllnessInsurance: true,
  pensionInsurance: false,
  basicMedicalInsurance: true,
  dibao: false,
  tekun: false,
};

/** A member from a template with overrides (`undefined` removes a field). */
export function member(template: MemberInput, over: MemberInput = {}): MemberInput {
  return merge(template, over);
}

const CLEAN = {
  id: 'Q-0001',
  povertyAlleviated: false,
  members: [HEAD, SPOUSE, SON],
  income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' },
  guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false },
};

/** A clean household (no issue under Jin'an 2023 as of 2023-09-30), with overrides. `members` replaces the list. */
export function clean(over: Record<string, unknown> = {}): Household {
  const r = parseHousehold(merge(CLEAN, over));
  if (!r.ok) throw new Error('test household is invalid: ' + JSON.stringify(r.issues));
  return r.household;
}

/** The clean household with members changed by index: `{ 1: { labour: 'weak' } }`. */
export function withMembers(changes: Record<number, MemberInput>, over: Record<string, unknown> = {}): Household {
  const members = [HEAD, SPOUSE, SON].map((m, i) => (changes[i] ? member(m, changes[i]) : m));
  return clean({ ...over, members });
}

const MONITORED = {
  monitoring: { category: 'marginal', identifiedOn: '2023-03-01' },
  riskTypes: ['illness'],
  income: { compliantOutOfPocket: '3000' },
  measures: ['health', 'employment'],
  contact: { name: '张干部', phone: '13812345678' },
};

/** A clean monitored household: 边缘易致贫户 identified 2023-03-01 for illness (the spouse is chronically ill), with measures and a contact; the head works 10 months. */
export function monitored(over: Record<string, unknown> = {}, memberChanges: Record<number, MemberInput> = {}): Household {
  const changes = { 1: { health: 'chronic' }, ...memberChanges, 0: { workMonths: 10, ...memberChanges[0] } };
  const members = [HEAD, SPOUSE, SON].map((m, i) => (changes[i as 1] ? member(m, changes[i as 1]) : m));
  return clean(merge(MONITORED, { ...over, members: over.members ?? members }));
}

/** A clean eliminated household: the monitored one, eliminated through assistance on 2023-09-15 with the post-elimination block recorded. */
export function eliminated(over: Record<string, unknown> = {}, memberChanges: Record<number, MemberInput> = {}): Household {
  return monitored(
    merge(
      {
        monitoring: {
          eliminated: {
            method: 'assisted',
            on: '2023-09-15',
            income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' },
            guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false },
          },
        },
      },
      over,
    ),
    memberChanges,
  );
}

/** The issues of a household under a profile (Jin'an 2023 as of 2023-09-30 by default). */
export function issuesOf(h: Household, profile: Profile = JINAN, asOf: string | undefined = AS_OF): QualityIssue[] {
  return checkDataQuality(h, profile, asOf === undefined ? {} : { asOf });
}

/** The issues with one code. */
export function hits(issues: readonly QualityIssue[], code: string): QualityIssue[] {
  return issues.filter((i) => i.code === code);
}
