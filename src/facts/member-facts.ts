/**
 * 成员事实 — each member's facts at the assessment's dates, worked out once per assessment for every
 * member in one loop and read by every layer (`AssessmentFacts.memberIds()`, `memberAges()`,
 * `memberPresence()`; the data-quality run's `id`, `age` and `present` read them): the parsed ID
 * number (read with the reference date, so a birth date after it is a problem), the age in whole
 * years at the status date, and presence on record (在册) at the status date.
 *
 * Each list holds, for a member, exactly what the direct reading gives ({@link memberIdNumber},
 * {@link memberAgeAt}, `memberPresentOn`) — or {@link THROWS} where the direct reading throws (a record
 * built by hand with a malformed date or a number that is not a string): a reader then takes the direct
 * reading, which throws as it always did, at the same read. Pure functions of the members and dates.
 *
 * @module
 */
import type { CalendarDate } from '../model/calendar-date.js';
import { ageBetweenPacked, ageOn, packedDate } from '../model/calendar-date.js';
import type { Member } from '../model/household.js';
import { birthDateFromIdNumber, readIdNumber, residentIdWithBirth, validateIdNumber, type IdNumberInfo, type IdNumberOptions } from '../model/id-number.js';
import { memberBirthDate, memberPresentOn } from './member.js';

/** Held for a member whose direct reading throws: read it directly (and so throw) instead. */
export const THROWS: unique symbol = Symbol('member fact throws');

/** A member's fact, or {@link THROWS}. */
export type Worked<T> = T | typeof THROWS;

/**
 * The member's parsed ID number (`validateIdNumber` with the reference date as `asOf`); `null` when
 * none is recorded (absent or blank). The direct reading, and the oracle of {@link idNumbersOf}.
 *
 * @example
 * memberIdNumber({ …, idNumber: '11010519491231002X' }, '2023-12-15')?.valid // true
 * memberIdNumber({ …, idNumber: ' ' }, '2023-12-15')                         // null
 */
export function memberIdNumber(m: Member, referenceDate: CalendarDate | null): IdNumberInfo | null {
  const raw = m.idNumber;
  return raw === undefined || raw.trim() === '' ? null : validateIdNumber(raw, referenceDate ? { asOf: referenceDate } : {});
}

/** Every member's {@link memberIdNumber}, in row order, in one loop (the options made once). */
export function idNumbersOf(members: readonly Member[], referenceDate: CalendarDate | null): Worked<IdNumberInfo | null>[] {
  const n = members.length;
  const out: Worked<IdNumberInfo | null>[] = new Array(n);
  const options: IdNumberOptions = referenceDate ? { asOf: referenceDate } : {};
  const asOf = referenceDate ?? undefined;
  // The reference date as a number once (a date string that is not a real date takes the full reading).
  const asOfPacked = asOf === undefined ? -1 : packedDate(asOf);
  const short = asOf === undefined || asOfPacked >= 0;
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const raw = m.idNumber;
    if (raw === undefined) out[i] = null;
    else if (typeof raw !== 'string') out[i] = THROWS;
    else {
      // The common case first — a valid 18-digit resident ID as is (not blank, so no trim) — reusing the
      // recorded birth date's string when it is the one the number states; anything else as before.
      // (`validateIdNumber` would try that case again: the full reading straight away.)
      if (!short) out[i] = raw.trim() === '' ? null : validateIdNumber(raw, options);
      else out[i] = residentIdWithBirth(raw, asOf, asOfPacked, m.birthDate) ?? (raw.trim() === '' ? null : readIdNumber(raw, options));
    }
  }
  return out;
}

/**
 * The member's age in whole years (周岁) at a date; `null` when unknown — no date, no birth date (recorded,
 * else the one the ID number states), or born after it. The direct reading, and the oracle of {@link agesAt}.
 *
 * @example
 * memberAgeAt({ …, birthDate: '1960-10-01' }, '2023-09-30') // 62
 * memberAgeAt({ …, birthDate: '2024-01-01' }, '2023-09-30') // null
 */
export function memberAgeAt(m: Member, on: CalendarDate | null): number | null {
  if (on === null) return null;
  const b = memberBirthDate(m);
  const a = b === undefined ? undefined : ageOn(b, on);
  return a === undefined || a < 0 ? null : a;
}

/**
 * Every member's {@link memberAgeAt} at `on`, in row order, in one loop: `on` read once, each birth date
 * once, an age the whole years between the two packed dates (one year less while the birthday is still
 * to come, as `ageOn` counts). A member without a recorded birth date takes the one its ID number states
 * — from `ids` (the parsed numbers, when made: their birth date, when they have one, is the one
 * `birthDateFromIdNumber` reads), else read from the number.
 */
export function agesAt(members: readonly Member[], on: CalendarDate | null, ids?: readonly Worked<IdNumberInfo | null>[]): Worked<number | null>[] {
  const n = members.length;
  const out: Worked<number | null>[] = new Array(n);
  if (on === null) {
    for (let i = 0; i < n; i++) out[i] = null;
    return out;
  }
  const at = packedDate(on);
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    let b: unknown = m.birthDate;
    if (b === undefined || b === null) {
      const info = ids?.[i];
      if (info !== undefined && info !== null && info !== THROWS && info.birthDate !== undefined) b = info.birthDate;
      else {
        const raw = m.idNumber;
        if (raw !== undefined && raw !== null && typeof raw !== 'string') {
          out[i] = THROWS;
          continue;
        }
        b = birthDateFromIdNumber(raw);
        if (b === undefined) {
          out[i] = null;
          continue;
        }
      }
    }
    const born = packedDate(b);
    if (born < 0 || at < 0) {
      out[i] = THROWS; // `ageOn` throws on a date that is not a real one
      continue;
    }
    const age = ageBetweenPacked(born, at);
    out[i] = age < 0 ? null : age;
  }
  return out;
}

/** Every member's `memberPresentOn(m, on)`, in row order, in one loop. */
export function presenceAt(members: readonly Member[], on: CalendarDate | null): Worked<boolean>[] {
  const n = members.length;
  const out: Worked<boolean>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const changes = m.changes;
    if (changes === undefined || (Array.isArray(changes) && changes.length === 0)) out[i] = true;
    else {
      try {
        out[i] = memberPresentOn(m, on);
      } catch {
        out[i] = THROWS;
      }
    }
  }
  return out;
}
