/**
 * Facts about a member derived from the record: birth date (from `birthDate`, else the ID number),
 * age on a date, labour capacity groups. Shared by the rules.
 *
 * @module
 */
import { ageOn, type CalendarDate } from './calendar-date.js';
import type { Member } from './household.js';
import { birthDateFromIdNumber } from './id-number.js';

/** The member's birth date: `birthDate`, else the one the ID number states. */
export function memberBirthDate(m: Member): CalendarDate | undefined {
  return m.birthDate ?? birthDateFromIdNumber(m.idNumber);
}

/**
 * The member's age in whole years (周岁) on a date, or `undefined` without a birth date.
 *
 * @example
 * memberAge({ name: '张三', sex: 'male', relation: 'head', birthDate: '1960-10-01' }, '2023-09-30') // 62
 */
export function memberAge(m: Member, on: CalendarDate): number | undefined {
  const b = memberBirthDate(m);
  return b === undefined ? undefined : ageOn(b, on);
}

/** Labour capacity that can work (普通劳动力, 技能劳动力, 弱劳动力或半劳动力). */
export function canWork(m: Member): boolean | undefined {
  if (m.labour === undefined) return undefined;
  return m.labour === 'skilled' || m.labour === 'ordinary' || m.labour === 'weak';
}

/** No labour capacity: 丧失劳动力 or 无劳动力. */
export function hasNoLabour(m: Member): boolean | undefined {
  if (m.labour === undefined) return undefined;
  return m.labour === 'lost' || m.labour === 'none';
}
