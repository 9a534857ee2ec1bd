/**
 * validateIdNumber allocates less (issue 14): the rewritten function returns what the previous one
 * did — deep-equal, JSON-equal, keys in the same order — on arbitrary strings and on generated ID
 * numbers of every kind. The previous implementation is kept below, verbatim, as the oracle.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { daysInMonth, type CalendarDate } from '../../src/model/calendar-date.js';
import { idCheckCharacter, isSevereDisabilityGrade, PLACEHOLDER_ID_PREFIX, validateIdNumber, type IdNumberInfo, type IdNumberOptions, type IdNumberProblem } from '../../src/model/id-number.js';

const PROVINCE_TABLE = new Uint8Array(100);
for (const p of ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82']) PROVINCE_TABLE[Number(p)] = 1;
const isDigit = (c: number) => c >= 48 && c <= 57;
function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
function allAlphanumeric(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (!isDigit(s.charCodeAt(i)) && !(c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** The implementation before this change (src/model/id-number.ts at the start of the slice), the oracle. */
function previousValidateIdNumber(id: string, options: IdNumberOptions = {}): IdNumberInfo {
  const raw = String(id);
  const s = raw.trim();
  const problems: IdNumberProblem[] = s.length === raw.length ? [] : ['whitespace'];
  const info: IdNumberInfo = { valid: false, kind: 'unknown', problems };
  const len = s.length;
  const placeholder = s.startsWith(PLACEHOLDER_ID_PREFIX);
  if (len !== 15 && len !== 18 && len !== 20 && len !== 22) {
    problems.push('length');
    if (placeholder) problems.push('placeholder');
    return info;
  }
  if (placeholder) problems.push('placeholder');
  let id18: string;
  if (len === 15) {
    info.kind = 'resident-id-15';
    if (!allDigits(s, 0, 15)) {
      problems.push('characters');
      return info;
    }
    const first17 = s.slice(0, 6) + '19' + s.slice(6);
    id18 = first17 + idCheckCharacter(first17);
  } else {
    info.kind = len === 18 ? 'resident-id-18' : 'disability-certificate';
    const last = s.charCodeAt(17);
    if (!allDigits(s, 0, 17) || !(isDigit(last) || last === 88 /* X */ || last === 120 /* x */)) {
      problems.push('characters');
      return info;
    }
    id18 = last === 120 ? s.slice(0, 17) + 'X' : s.slice(0, 18);
    if (idCheckCharacter(id18) !== id18[17]) problems.push('checksum');
    if (len >= 20) {
      const category = s.charCodeAt(18) - 48;
      const grade = s.charCodeAt(19) - 48;
      if (category >= 1 && category <= 7) info.disabilityCategory = category;
      else problems.push('disability-category');
      if (grade >= 1 && grade <= 4) {
        info.disabilityGrade = grade;
        info.severeDisability = isSevereDisabilityGrade(grade);
      } else problems.push('disability-grade');
      if (len === 22 && !allAlphanumeric(s, 20, 22)) problems.push('characters');
    }
  }
  info.normalized = id18;
  // The first 17 characters are digits here: read the codes directly.
  const d = (i: number) => id18.charCodeAt(i) - 48;
  if (PROVINCE_TABLE[d(0) * 10 + d(1)] !== 1) problems.push('region');
  const year = d(6) * 1000 + d(7) * 100 + d(8) * 10 + d(9);
  const month = d(10) * 10 + d(11);
  const day = d(12) * 10 + d(13);
  const minYear = options.minBirthYear ?? 1880;
  // YYYY-MM-DD from the digits, as one flat string (no slices joined).
  const c = (i: number) => id18.charCodeAt(i);
  const birth = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && !(year < minYear) ? String.fromCharCode(c(6), c(7), c(8), c(9), 45, c(10), c(11), 45, c(12), c(13)) : undefined;
  if (birth === undefined || (options.asOf !== undefined && birth > options.asOf)) {
    problems.push('birth-date');
  } else {
    info.birthDate = birth;
  }
  info.sex = (id18.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female';
  info.valid = problems.length === 0;
  return info;
}

const PROVINCES = ['11', '31', '35', '44', '65', '82', '99', '00', '10'];
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** A birth date of 8 digits: mostly real (1870–2030), sometimes impossible (month 13, day 32, 0229 of a common year). */
const birth8 = fc.oneof(
  fc.tuple(fc.integer({ min: 1870, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1800, max: 2099 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`),
);
/** The first 17 characters: province (some invalid), 4 more address digits, birth date, sequence. */
const first17 = fc.tuple(fc.constantFrom(...PROVINCES), digits(4), birth8, digits(3)).map(([p, a, b, q]) => p + a + b + q);
/** An 18-character ID with the correct check character (as X or x), or sometimes a wrong one. */
const id18 = fc.tuple(first17, fc.boolean(), fc.integer({ min: 0, max: 10 })).map(([f, lower, wrong]) => {
  const check = wrong < 8 ? idCheckCharacter(f) : '10X98765432'[wrong]!;
  return f + (lower && check === 'X' ? 'x' : check);
});
/** A 15-digit first-generation number (YYMMDD), sometimes with a letter in it. */
const id15 = fc.tuple(fc.constantFrom(...PROVINCES), digits(4), birth8.map((b) => b.slice(2)), digits(3), fc.integer({ min: 0, max: 20 })).map(([p, a, b, q, bad]) => {
  const s = p + a + b + q;
  return bad === 0 ? s.slice(0, 7) + 'A' + s.slice(8) : s;
});
/** A disability certificate: an ID, category and grade digits (some out of range), sometimes two more characters. */
const certificate = fc.tuple(id18, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.option(fc.constantFrom('01', 'A2', 'zz', '-1', '  ', '１2'), { nil: undefined })).map(([id, c, g, more]) => `${id}${c}${g}${more ?? ''}`);
const placeholder = fc.tuple(digits(12), fc.constantFrom('', '0', '1X', 'x12')).map(([d, end]) => PLACEHOLDER_ID_PREFIX + d + end);
/** Full-width digits (as a spreadsheet may write them): never read as digits. */
const fullWidth = id18.map((s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))));
const anyId = fc.oneof(id18, id15, certificate, placeholder, fullWidth, fc.string({ maxLength: 24 }), digits(18), digits(15), digits(20));
/** White space before or after (spaces, tabs, the full-width space, a line break) or none. */
const padding = fc.constantFrom('', '', '', ' ', '\t', '\u3000', ' \n');
const asId = fc.tuple(padding, anyId, padding).map(([a, s, b]) => a + s + b);
const options = fc.option(
  fc.record({ asOf: fc.option(fc.constantFrom<CalendarDate>('1949-12-31', '2000-01-01', '2023-12-15', '2030-12-31'), { nil: undefined }), minBirthYear: fc.option(fc.constantFrom(1880, 1900, 1950), { nil: undefined }) }, { requiredKeys: [] }),
  { nil: undefined },
);

function expectSame(id: string, opts: IdNumberOptions | undefined): void {
  const was = previousValidateIdNumber(id, opts);
  const now = validateIdNumber(id, opts);
  expect(now).toStrictEqual(was);
  expect(JSON.stringify(now)).toBe(JSON.stringify(was));
  expect(Object.keys(now)).toEqual(Object.keys(was));
}

describe('validateIdNumber allocates less and answers as before (GB 11643-1999)', () => {
  test.prop([asId, options], { numRuns: 3000 })('the same result, key order included, on generated IDs of every kind (check digits, 15-digit, certificates, placeholders, full-width, white space, X/x)', (id, opts) => {
    expectSame(id, opts);
  });
  test.prop([fc.string({ maxLength: 30 }), options], { numRuns: 1000 })('the same result on arbitrary strings', (id, opts) => {
    expectSame(id, opts);
  });
  test.prop([id18.filter((s) => previousValidateIdNumber(s).valid)], { numRuns: 200 })('a valid number: no problem, one shared frozen empty list (nothing allocated for it)', (id) => {
    const a = validateIdNumber(id);
    const b = validateIdNumber(id);
    expect(a.problems).toEqual([]);
    expect(a.problems).toBe(b.problems);
    expect(Object.isFrozen(a.problems)).toBe(true);
  });
  test.prop([id18.filter((s) => !previousValidateIdNumber(s).valid)], { numRuns: 200 })('an invalid number: its own list of problems', (id) => {
    const a = validateIdNumber(id);
    expect(a.problems.length).toBeGreaterThan(0);
    expect(a.problems).not.toBe(validateIdNumber(id).problems);
  });
});
