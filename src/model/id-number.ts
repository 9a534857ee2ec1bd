/**
 * Resident ID numbers (公民身份号码, GB 11643-1999) and disability-certificate numbers (残疾人证号).
 *
 * GB 11643: 6-digit address code + birth date YYYYMMDD + 3-digit sequence (odd = male) + check
 * character; S = Σ digitᵢ × wᵢ with weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check =
 * "10X98765432"[S mod 11]. A 15-digit first-generation number has YYMMDD (19YY) and no check
 * character. A disability certificate is the 18-character ID plus the category digit (1–7) and the
 * grade digit (1–4), 20 characters; a 22-character form adds two more.
 *
 * @module
 */
import { daysInMonth, isCalendarDate, type CalendarDate } from './calendar-date.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);
/** The province codes as a table indexed by the two-digit number (no string is cut to look one up). */
const PROVINCE_TABLE = new Uint8Array(100);
for (const p of PROVINCES) PROVINCE_TABLE[Number(p)] = 1;

/** The check character of the first 17 digits of an 18-digit ID number. */
export function idCheckCharacter(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[s % 11]!;
}

/** A problem found in an ID number. */
export type IdNumberProblem =
  | 'length' // not 15, 18, 20 or 22 characters
  | 'characters' // not digits (with a final X in an 18-character ID)
  | 'placeholder' // begins with 999999 ("no ID")
  | 'region' // the province code is not one of China's
  | 'birth-date' // not a real date, before 1880, or after the as-of date
  | 'checksum' // the check character is wrong
  | 'disability-category' // the 19th character of a certificate is not 1–7
  | 'disability-grade' // the 20th character is not 1–4
  | 'whitespace'; // spaces (or other white space) before or after the number: reported, the rest checked on the number without them

/** What {@link validateIdNumber} finds. */
export interface IdNumberInfo {
  valid: boolean;
  kind: 'resident-id-18' | 'resident-id-15' | 'disability-certificate' | 'unknown';
  problems: IdNumberProblem[];
  /** The 18-character ID (upper-case X; a 15-digit number upgraded), when the structure allows. */
  normalized?: string;
  birthDate?: CalendarDate;
  sex?: 'male' | 'female';
  /** Disability category 1–7 (certificates only). */
  disabilityCategory?: number;
  /** Disability grade 1–4 (certificates only); 1–2 are severe. */
  disabilityGrade?: number;
  /** True for grades 1 and 2 (重度残疾). */
  severeDisability?: boolean;
}

/** Options of {@link validateIdNumber}. */
export interface IdNumberOptions {
  /** Birth dates after this date are refused. */
  asOf?: CalendarDate;
  /** The earliest acceptable birth year (default 1880: GB 11643's own vector 440524188001010014 is born 1880). */
  minBirthYear?: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when `s[from..to)` are all ASCII digits. */
function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** True when `s[from..to)` are ASCII letters or digits. */
function allAlphanumeric(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) | 0x20; // fold A-Z onto a-z
    if (!isDigit(s.charCodeAt(i)) && !(c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** The placeholder prefix the national system uses for "no ID number" (export-format.md §3.1, rule 4_01_003). */
export const PLACEHOLDER_ID_PREFIX = '999999';

/**
 * The problems list of a number without any: one shared, frozen empty list (the common case
 * allocates none; nothing in the library adds to a returned list).
 */
const NO_PROBLEMS = Object.freeze([]) as readonly IdNumberProblem[] as IdNumberProblem[];

/** `problems` with `problem` added (a list is made on the first problem). */
function withProblem(problems: IdNumberProblem[] | undefined, problem: IdNumberProblem): IdNumberProblem[] {
  if (problems === undefined) return [problem];
  problems.push(problem);
  return problems;
}

/** The earliest birth year accepted unless the options say otherwise (GB 11643's own vector 440524188001010014 is born 1880). */
const DEFAULT_MIN_BIRTH_YEAR = 1880;

/** The digit at `i` of `s` (an ASCII digit there). */
function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * The result of {@link validateIdNumber} for a valid 18-digit resident ID number written as is (no
 * white space, no lower-case x): one pass over the 17 digits (their characters and the weighted sum
 * together), then the check character, the province code, the birth date (a real date, not before
 * `minYear`, not after `asOf`). `undefined` for anything else — not "invalid", only "not this
 * case": {@link readIdNumber} then reads the number in full. What it returns is what the full reading
 * returns for the same number and options (deep-equal, keys in the same order).
 *
 * `asOfPacked` is `asOf` as its packed number (`year × 10000 + month × 100 + day`, as `packedDate`
 * gives it), or `-1`: then the birth date is compared with `asOf` as text (the same order for a real
 * date). `recorded` is the member's recorded birth date, if known: when it is the date the number
 * states, that string is the result's `birthDate` instead of a new one written from the digits — the
 * same text.
 */
function validResidentId18(s: string, asOf: CalendarDate | undefined, asOfPacked: number, minYear: number, recorded: unknown): IdNumberInfo | undefined {
  if (s.length !== 18) return undefined;
  let sum = 0;
  let outside = 0; // negative when a character is not a digit
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    outside |= d | (9 - d);
    sum += d * WEIGHTS[i]!;
  }
  // A check character equal to CHECK's is a digit or an upper-case X.
  if (outside < 0 || CHECK.charCodeAt(sum % 11) !== s.charCodeAt(17)) return undefined;
  if (PROVINCE_TABLE[digitAt(s, 0) * 10 + digitAt(s, 1)] !== 1) return undefined;
  const year = digitAt(s, 6) * 1000 + digitAt(s, 7) * 100 + digitAt(s, 8) * 10 + digitAt(s, 9);
  const month = digitAt(s, 10) * 10 + digitAt(s, 11);
  const day = digitAt(s, 12) * 10 + digitAt(s, 13);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < minYear) return undefined;
  // A real date's packed number orders as its YYYY-MM-DD text does.
  if (asOf !== undefined && asOfPacked >= 0 && year * 10000 + month * 100 + day > asOfPacked) return undefined;
  const birth = statesBirthDate(s, recorded)
    ? (recorded as string)
    : String.fromCharCode(s.charCodeAt(6), s.charCodeAt(7), s.charCodeAt(8), s.charCodeAt(9), 45, s.charCodeAt(10), s.charCodeAt(11), 45, s.charCodeAt(12), s.charCodeAt(13));
  if (asOf !== undefined && asOfPacked < 0 && birth > asOf) return undefined;
  return { valid: true, kind: 'resident-id-18', problems: NO_PROBLEMS, normalized: s, birthDate: birth, sex: digitAt(s, 16) % 2 === 1 ? 'male' : 'female' };
}

/** Whether `recorded` is the YYYY-MM-DD text of the birth date an 18-digit number `s` states. */
function statesBirthDate(s: string, recorded: unknown): boolean {
  return (
    typeof recorded === 'string' &&
    recorded.length === 10 &&
    recorded.charCodeAt(0) === s.charCodeAt(6) &&
    recorded.charCodeAt(1) === s.charCodeAt(7) &&
    recorded.charCodeAt(2) === s.charCodeAt(8) &&
    recorded.charCodeAt(3) === s.charCodeAt(9) &&
    recorded.charCodeAt(4) === 45 &&
    recorded.charCodeAt(5) === s.charCodeAt(10) &&
    recorded.charCodeAt(6) === s.charCodeAt(11) &&
    recorded.charCodeAt(7) === 45 &&
    recorded.charCodeAt(8) === s.charCodeAt(12) &&
    recorded.charCodeAt(9) === s.charCodeAt(13)
  );
}

/**
 * {@link validResidentId18} for the loop that reads every member's number once (src/facts/member-facts.ts),
 * with the default earliest birth year: the as-of date given also as its packed number (`asOfPacked`;
 * `-1` without one), so the birth date is compared as a number, and the member's recorded birth date
 * (`recorded`) reused as the result's `birthDate` when it is the date the number states. `undefined`
 * for anything that is not a valid 18-digit resident ID written as is; what it returns is what
 * `validateIdNumber(s, { asOf })` returns (deep-equal, keys in the same order).
 *
 * @example
 * residentIdWithBirth('11010519491231002X', '2023-12-15', 20231215, '1949-12-31')?.birthDate // '1949-12-31'
 */
export function residentIdWithBirth(s: string, asOf: CalendarDate | undefined, asOfPacked: number, recorded: unknown): IdNumberInfo | undefined {
  return validResidentId18(s, asOf, asOfPacked, DEFAULT_MIN_BIRTH_YEAR, recorded);
}

/**
 * Checks a resident ID or disability-certificate number (GB 11643-1999): length, characters,
 * province code, birth date, check character; for certificates also the category (1–7) and grade
 * (1–4) digits. A lower-case x is accepted; a 15-digit number is upgraded to 18. Runs without
 * regular expressions (it is on the hot path of data-quality runs over millions of people), and a
 * valid number costs one object and its birth-date string: the problems list of a number without
 * any is a shared frozen empty list, the fields are read as character codes, and the result is
 * built once, with its keys in the documented order. The common case — a valid 18-digit resident ID
 * without white space, an upper-case or no X — is read in one pass over its characters
 * ({@link validResidentId18}); anything else, and any number that pass does not find valid, takes the
 * full reading ({@link readIdNumber}), which is the oracle of the short one (test/model/id-number-fast.test.ts).
 *
 * @example
 * validateIdNumber('11010519491231002X').valid      // true
 * validateIdNumber('110105194912310021').problems   // ['checksum']
 * validateIdNumber('11010519491231002X41').severeDisability // true (肢体一级)
 * validateIdNumber(' 11010519491231002X').problems  // ['whitespace']
 */
export function validateIdNumber(id: string, options?: IdNumberOptions): IdNumberInfo {
  return (typeof id === 'string' ? validResidentId18(id, options?.asOf, -1, options?.minBirthYear ?? DEFAULT_MIN_BIRTH_YEAR, undefined) : undefined) ?? readIdNumber(id, options);
}

/**
 * {@link validateIdNumber} read in full, whatever the number: the reading every case goes through
 * but the common valid one, and the oracle of that one's short path (exported for the tests, not
 * from the package).
 *
 * @example
 * readIdNumber('11010519491231002x').normalized // '11010519491231002X'
 */
export function readIdNumber(id: string, options?: IdNumberOptions): IdNumberInfo {
  const raw = String(id);
  const s = raw.trim();
  let problems: IdNumberProblem[] | undefined = s.length === raw.length ? undefined : ['whitespace'];
  const len = s.length;
  const placeholder = s.startsWith(PLACEHOLDER_ID_PREFIX);
  if (len !== 15 && len !== 18 && len !== 20 && len !== 22) {
    problems = withProblem(problems, 'length');
    if (placeholder) problems.push('placeholder');
    return { valid: false, kind: 'unknown', problems };
  }
  if (placeholder) problems = withProblem(problems, 'placeholder');
  let id18: string;
  let kind: IdNumberInfo['kind'];
  let category = 0;
  let grade = 0;
  if (len === 15) {
    kind = 'resident-id-15';
    if (!allDigits(s, 0, 15)) return { valid: false, kind, problems: withProblem(problems, 'characters') };
    const first17 = s.slice(0, 6) + '19' + s.slice(6);
    id18 = first17 + idCheckCharacter(first17);
  } else {
    kind = len === 18 ? 'resident-id-18' : 'disability-certificate';
    const last = s.charCodeAt(17);
    if (!allDigits(s, 0, 17) || !(isDigit(last) || last === 88 /* X */ || last === 120 /* x */)) return { valid: false, kind, problems: withProblem(problems, 'characters') };
    id18 = last === 120 ? s.slice(0, 17) + 'X' : len === 18 ? s : s.slice(0, 18);
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += digitAt(id18, i) * WEIGHTS[i]!;
    if (CHECK.charCodeAt(sum % 11) !== id18.charCodeAt(17)) problems = withProblem(problems, 'checksum');
    if (len >= 20) {
      category = digitAt(s, 18);
      grade = digitAt(s, 19);
      if (!(category >= 1 && category <= 7)) problems = withProblem(problems, 'disability-category');
      if (!(grade >= 1 && grade <= 4)) problems = withProblem(problems, 'disability-grade');
      if (len === 22 && !allAlphanumeric(s, 20, 22)) problems = withProblem(problems, 'characters');
    }
  }
  // The first 17 characters of `id18` are digits here: read the codes directly.
  if (PROVINCE_TABLE[digitAt(id18, 0) * 10 + digitAt(id18, 1)] !== 1) problems = withProblem(problems, 'region');
  const year = digitAt(id18, 6) * 1000 + digitAt(id18, 7) * 100 + digitAt(id18, 8) * 10 + digitAt(id18, 9);
  const month = digitAt(id18, 10) * 10 + digitAt(id18, 11);
  const day = digitAt(id18, 12) * 10 + digitAt(id18, 13);
  const minYear = options?.minBirthYear ?? DEFAULT_MIN_BIRTH_YEAR;
  // YYYY-MM-DD from the digits, as one flat string (no slices joined).
  const c = id18;
  let birth: CalendarDate | undefined =
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && !(year < minYear)
      ? String.fromCharCode(c.charCodeAt(6), c.charCodeAt(7), c.charCodeAt(8), c.charCodeAt(9), 45, c.charCodeAt(10), c.charCodeAt(11), 45, c.charCodeAt(12), c.charCodeAt(13))
      : undefined;
  const asOf = options?.asOf;
  if (birth === undefined || (asOf !== undefined && birth > asOf)) {
    birth = undefined;
    problems = withProblem(problems, 'birth-date');
  }
  const sex = digitAt(id18, 16) % 2 === 1 ? 'male' : 'female';
  const valid = problems === undefined;
  const list = problems ?? NO_PROBLEMS;
  if (kind !== 'disability-certificate') {
    // One literal per shape: the keys in the order the fields were always set.
    return birth === undefined ? { valid, kind, problems: list, normalized: id18, sex } : { valid, kind, problems: list, normalized: id18, birthDate: birth, sex };
  }
  const info: IdNumberInfo = { valid, kind, problems: list };
  if (category >= 1 && category <= 7) info.disabilityCategory = category;
  if (grade >= 1 && grade <= 4) {
    info.disabilityGrade = grade;
    info.severeDisability = isSevereDisabilityGrade(grade);
  }
  info.normalized = id18;
  if (birth !== undefined) info.birthDate = birth;
  info.sex = sex;
  return info;
}

/**
 * The birth date an ID number states, if it has a readable one (no checksum test).
 *
 * @example
 * birthDateFromIdNumber('440524188001010014') // '1880-01-01'
 */
export function birthDateFromIdNumber(id: string | undefined): CalendarDate | undefined {
  if (!id) return undefined;
  const s = id.trim();
  let birth: string;
  if (s.length === 15 && allDigits(s, 0, 15)) birth = `19${s.slice(6, 8)}-${s.slice(8, 10)}-${s.slice(10, 12)}`;
  else if (s.length >= 18 && allDigits(s, 0, 17)) birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  else return undefined;
  return isCalendarDate(birth) ? birth : undefined;
}

/**
 * 重度残疾: disability grades 1 and 2 are severe. This is the national classification the disability
 * certificate encodes (残疾人残疾分类和分级, GB/T 26341-2010: 一级、二级为重度), a definition of the data,
 * like the sex digit of an ID number — not a regional policy threshold. A profile that needs another
 * reading for a decision (the 脱贫享受政策 review) states it as a parameter (`policyStatusReview`).
 *
 * @example
 * isSevereDisabilityGrade(2) // true
 */
export function isSevereDisabilityGrade(grade: number | undefined): boolean {
  return grade === 1 || grade === 2;
}
