/**
 * Facts about a member derived from the record: birth date (from `birthDate`, else the ID number),
 * age on a date, labour capacity groups. Shared by the rules.
 *
 * @module
 */
import { ageOn, type CalendarDate } from '../model/calendar-date.js';
import type { Member } from '../model/household.js';
import { birthDateFromIdNumber } from '../model/id-number.js';
import { MEMBER_CHANGES } from '../model/labels.js';

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

/**
 * Full labour capacity: 普通劳动力 or 技能劳动力 (`undefined` when labour is not recorded).
 *
 * @example
 * hasFullLabour({ name: '王一', sex: 'male', relation: 'head', labour: 'weak' }) // false
 */
export function hasFullLabour(m: Member): boolean | undefined {
  if (m.labour === undefined) return undefined;
  return m.labour === 'skilled' || m.labour === 'ordinary';
}

/**
 * Whether a member is on record (在册) at the end of a date, from their recorded changes
 * (家庭成员自然变化): before the first change the member is present unless that change brings them in;
 * each change on or before the date then sets presence (births, marry-ins and move-ins join; deaths,
 * marry-outs and move-outs leave). Without a date, every recorded change counts. A member without
 * changes is always present.
 *
 * @example
 * memberPresentOn({ name: '王一', sex: 'male', relation: 'father', changes: [{ kind: 'death', on: '2023-05-02' }] }, '2023-09-30') // false
 * memberPresentOn({ name: '王一', sex: 'male', relation: 'father', changes: [{ kind: 'death', on: '2023-05-02' }] }, '2023-01-01') // true
 */
export function memberPresentOn(m: Member, on: CalendarDate | null): boolean {
  const changes = m.changes;
  if (!changes || changes.length === 0) return true;
  let first = changes[0]!;
  let latest: (typeof changes)[number] | undefined;
  for (const c of changes) {
    if (c.on < first.on) first = c;
    // The latest change on or before the date; on a tie the later-listed one wins.
    if ((on === null || c.on <= on) && (latest === undefined || c.on >= latest.on)) latest = c;
  }
  if (latest === undefined) return !MEMBER_CHANGES[first.kind].joins;
  return MEMBER_CHANGES[latest.kind].joins;
}

