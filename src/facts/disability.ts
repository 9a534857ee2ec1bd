/**
 * 残疾 — a member's disability and its grade, read one way everywhere: the recorded grade (残疾等级),
 * else the grade digit of a 20- or 22-character disability-certificate number (GB/T 26341: the 20th
 * character is the grade), else unknown when the member is recorded as disabled (健康状况 残疾) without
 * either. Grades 1 and 2 are severe (重度残疾) unless a profile says otherwise.
 *
 * @module
 */
import type { Member } from '../model/household.js';
import { isSevereDisabilityGrade, validateIdNumber } from '../model/id-number.js';
import { fact, type Known } from '../kernel/known.js';

/**
 * The member's disability grade: recorded, else from a disability-certificate number; `undefined` when neither says.
 *
 * @example
 * disabilityGrade({ …, idNumber: '11010519491231002X41' }) // 1
 */
export function disabilityGrade(m: Member): number | undefined {
  if (m.disabilityGrade !== undefined) return m.disabilityGrade;
  if (m.idNumber === undefined || m.idNumber.length < 20) return undefined;
  const info = validateIdNumber(m.idNumber);
  return info.kind === 'disability-certificate' ? info.disabilityGrade : undefined;
}

/**
 * A disability on record: health 残疾, a grade, or a certificate (`undefined` when health is not recorded and nothing else says).
 *
 * @example
 * isDisabled({ …, health: 'disabled' }) // true
 */
export function isDisabled(m: Member): boolean | undefined {
  if (m.health === 'disabled' || disabilityGrade(m) !== undefined) return true;
  return m.health === undefined ? undefined : false;
}

/**
 * 重度残疾: a grade among `severeGrades` (default 1 and 2), three-valued. A member recorded as disabled
 * (or whose health is not recorded) with no grade anywhere is unknown, naming `members[i].disabilityGrade`.
 *
 * @example
 * severelyDisabled({ …, health: 'disabled', idNumber: '11010519491231002X41' }, 0).value // true: grade 1 from the certificate
 * severelyDisabled({ …, health: 'disabled' }, 0).missing                                // ['members[0].disabilityGrade']
 */
export function severelyDisabled(m: Member, index: number, severeGrades?: readonly number[]): Known {
  const grade = disabilityGrade(m);
  if (grade !== undefined) return fact(severeGrades ? severeGrades.includes(grade) : isSevereDisabilityGrade(grade));
  if (m.health === undefined || m.health === 'disabled') return { value: null, missing: [`members[${index}].disabilityGrade`] };
  return fact(false);
}

/**
 * The member's disability category (残疾类别, 1 视力 … 7 多重), read like the grade: recorded, else the
 * 19th character of a disability-certificate number; `undefined` when neither says.
 *
 * @example
 * disabilityCategory({ …, idNumber: '11010519491231002X41' }) // 4 (肢体)
 */
export function disabilityCategory(m: Member): number | undefined {
  if (m.disabilityCategory !== undefined) return m.disabilityCategory;
  if (m.idNumber === undefined || m.idNumber.length < 20) return undefined;
  const info = validateIdNumber(m.idNumber);
  return info.kind === 'disability-certificate' ? info.disabilityCategory : undefined;
}
