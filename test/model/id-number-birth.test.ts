/**
 * `residentIdWithBirth` (issue 14, thirteenth slice: facts): the member-facts loop's reading of a valid
 * 18-digit resident ID — the as-of date compared as a packed number, the member's recorded birth date
 * reused as the result's `birthDate` when it is the date the number states. Whenever it answers, the
 * answer is `validateIdNumber(s, { asOf })` — deep-equal, keys in the same order, the same JSON — and it
 * answers for every valid 18-digit number written as is, whatever the recorded birth date (equal, another
 * date, one digit off, malformed, not a string, absent).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { daysInMonth, packedDate, type CalendarDate } from '../../src/model/calendar-date.js';
import { idCheckCharacter, residentIdWithBirth, validateIdNumber } from '../../src/model/id-number.js';

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82'];
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const realBirth8 = fc.oneof(
  fc.tuple(fc.integer({ min: 1870, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}${pad(m, 2)}${pad(Math.min(d, daysInMonth(y, m)), 2)}`),
  fc.constantFrom('20000229', '19960229', '18800101', '18791231', '20231215', '20231216', '20231214', '19491231', '19500101'),
);
const valid18 = fc.tuple(fc.constantFrom(...PROVINCES), digits(4), realBirth8, digits(3)).map(([p, a, b, q]) => {
  const f = p + a + b + q;
  return f + idCheckCharacter(f);
});
/** A number that is not a valid 18-digit resident ID written as is (or is, by chance). */
const other = fc.oneof(
  fc.string({ maxLength: 24 }),
  digits(18),
  valid18.map((s) => s.slice(0, 17) + (s[17] === 'X' ? 'x' : '0')),
  valid18.map((s) => ` ${s}`),
  valid18.map((s) => `${s}41`),
  valid18.map((s) => {
    const f = s.slice(0, 6) + '20230229' + s.slice(14, 17);
    return f + idCheckCharacter(f);
  }),
);
const asOf = fc.option(fc.constantFrom<CalendarDate>('1949-12-31', '2000-02-29', '2023-12-15', '2035-12-31', '2023-12-14', '2023-12-16'), { nil: undefined });
/** The recorded birth date beside the number: the date it states, another, one digit off, malformed, not a string, absent. */
const recordedFor = (id: string) =>
  fc.oneof(
    fc.constant(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`),
    fc.constant(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 13)}${id[13] === '9' ? '8' : '9'}`),
    fc.constant(`${id.slice(6, 10)}/${id.slice(10, 12)}/${id.slice(12, 14)}`),
    fc.constant(`${id.slice(6, 14)}`),
    fc.constantFrom<unknown>('1960-10-01', '', undefined, null, 19601001, '1960-10-01 '),
  );

function expectSame(id: string, at: CalendarDate | undefined, recorded: unknown, mustAnswer: boolean): void {
  const got = residentIdWithBirth(id, at, at === undefined ? -1 : packedDate(at), recorded);
  const want = validateIdNumber(id, at === undefined ? {} : { asOf: at });
  if (got === undefined) {
    // Declined: the full reading decides (the caller takes it); a valid number as is is never declined.
    expect(mustAnswer && want.valid && want.kind === 'resident-id-18' && want.normalized === id).toBe(false);
    return;
  }
  expect(got).toStrictEqual(want);
  expect(Object.keys(got)).toEqual(Object.keys(want));
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
}

describe('residentIdWithBirth ≡ validateIdNumber (the member-facts loop, GB 11643-1999)', () => {
  test.prop([valid18.chain((id) => fc.tuple(fc.constant(id), recordedFor(id))), asOf], { numRuns: 3000 })(
    'valid numbers with every kind of recorded birth date, under every as-of date',
    ([id, recorded], at) => expectSame(id, at, recorded, true),
  );
  test.prop([other.chain((id) => fc.tuple(fc.constant(id), id.length >= 14 ? recordedFor(id) : fc.constant<unknown>(undefined))), asOf], { numRuns: 2000 })(
    'near misses and arbitrary strings: declined or the same answer',
    ([id, recorded], at) => expectSame(id, at, recorded, false),
  );
  it('the recorded string is reused when it is the stated date; born on the as-of date is valid, the day after is not', () => {
    const f = '11010520231215123';
    const id = f + idCheckCharacter(f);
    const recorded = ['2023-', '12-15'].join('');
    expect(residentIdWithBirth(id, '2023-12-15', 20231215, recorded)?.birthDate).toBe(recorded);
    expect(residentIdWithBirth(id, '2023-12-14', 20231214, recorded)).toBeUndefined();
    expect(validateIdNumber(id, { asOf: '2023-12-14' }).valid).toBe(false);
    expect(residentIdWithBirth(id, '2023-12-15', 20231215, '2023-12-16')?.birthDate).toBe('2023-12-15');
  });
});
