/**
 * validateIdNumber's short path (issue 14, ninth slice): a valid 18-digit resident ID written as is
 * is read in one pass; everything else goes through the full reading, `readIdNumber`, which is the
 * oracle here. GB 11643-1999: address code, birth date YYYYMMDD, sequence (odd = male), check
 * character "10X98765432"[Σ digitᵢ × wᵢ mod 11]. The answer must be the full reading's — deep-equal,
 * keys in the same order — for valid numbers of every province code, birth date and check character,
 * for their near misses, and for arbitrary strings, under every option.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { daysInMonth, type CalendarDate } from '../../src/model/calendar-date.js';
import { idCheckCharacter, readIdNumber, validateIdNumber, type IdNumberOptions } from '../../src/model/id-number.js';

/** GB/T 2260's province codes (the first two digits of the address code). */
const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82'];
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A real birth date as 8 digits, 1870–2035 (around the default earliest year 1880 and the as-of dates below), 29 February included. */
const realBirth8 = fc.oneof(
  fc.tuple(fc.integer({ min: 1870, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}${pad(m, 2)}${pad(Math.min(d, daysInMonth(y, m)), 2)}`),
  fc.constantFrom('20000229', '19960229', '18800101', '18791231', '20231215', '20231216', '20231214', '19491231', '19500101', '20301231'),
);
/** A valid 18-character resident ID (any province code, birth date, sequence; its check character, X included). */
const valid18 = fc.tuple(fc.constantFrom(...PROVINCES), digits(4), realBirth8, digits(3)).map(([p, a, b, q]) => {
  const f = p + a + b + q;
  return f + idCheckCharacter(f);
});
/** One change to a valid number: a character replaced, a lower-case x, white space, a character more or less, an impossible date, the placeholder. */
const nearMiss = fc.tuple(valid18, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 17 }), fc.constantFrom('0', '5', '9', 'X', 'x', 'A', '/', ':', ' ', '０', '\u3000')).map(([s, kind, at, c]) => {
  switch (kind) {
    case 0:
      return s.slice(0, at) + c + s.slice(at + 1); // one character replaced
    case 1:
      return s.slice(0, 17) + (s[17] === 'X' ? 'x' : c); // the check character
    case 2:
      return ` ${s}`;
    case 3:
      return `${s}\t`;
    case 4:
      return s.slice(0, 17); // one short
    case 5:
      return `${s}${c}`; // one long
    case 6: {
      // 29 February of a common year, 31 April, month 13 or day 0, check character recomputed
      const f = s.slice(0, 6) + ['20230229', '19990431', '19801301', '19800100'][at % 4]! + s.slice(14, 17);
      return f + idCheckCharacter(f);
    }
    case 7: {
      const f = `999999${s.slice(6, 17)}`;
      return f + idCheckCharacter(f);
    }
    default: {
      const f = `${['00', '10', '99', '72', '16'][at % 5]!}${s.slice(2, 17)}`; // a province code that is not one
      return f + idCheckCharacter(f);
    }
  }
});
const asOf = fc.option(fc.constantFrom<CalendarDate>('1949-12-31', '2000-02-29', '2023-12-15', '2035-12-31', '2023-12-14', '2023-12-16'), { nil: undefined });
const options = fc.option(fc.record({ asOf, minBirthYear: fc.option(fc.constantFrom(1880, 1900, 1950, 2000), { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined });

function expectFull(id: string, opts: IdNumberOptions | undefined): void {
  const full = readIdNumber(id, opts);
  const now = validateIdNumber(id, opts);
  expect(now).toStrictEqual(full);
  expect(Object.keys(now)).toEqual(Object.keys(full));
  expect(JSON.stringify(now)).toBe(JSON.stringify(full));
}

describe('validateIdNumber: the short path of a valid 18-digit number answers as the full reading (GB 11643-1999)', () => {
  test.prop([valid18, options], { numRuns: 3000 })('valid numbers of every province code, birth date and check character, under every as-of date and earliest year', (id, opts) => {
    expectFull(id, opts);
  });
  test.prop([nearMiss, options], { numRuns: 3000 })('near misses: a character replaced, lower-case x, white space, one short or long, impossible dates, the placeholder, unknown province codes', (id, opts) => {
    expectFull(id, opts);
  });
  test.prop([fc.oneof(fc.string({ maxLength: 24 }), digits(18), fc.stringMatching(/^[0-9]{17}[0-9Xx]$/)), options], { numRuns: 2000 })('arbitrary strings and 18-character digit strings', (id, opts) => {
    expectFull(id, opts);
  });
  it('GB 11643 出生日期码: born on the as-of date is valid, the day after is not; 29 February only in a leap year', () => {
    const make = (birth: string) => {
      const f = `350102${birth}001`;
      return f + idCheckCharacter(f);
    };
    expect(validateIdNumber(make('20231215'), { asOf: '2023-12-15' }).valid).toBe(true);
    expect(validateIdNumber(make('20231216'), { asOf: '2023-12-15' }).problems).toEqual(['birth-date']);
    expect(validateIdNumber(make('20000229')).birthDate).toBe('2000-02-29');
    expect(validateIdNumber(make('19000229')).problems).toEqual(['birth-date']);
    expect(validateIdNumber(make('18800101')).valid).toBe(true);
    expect(validateIdNumber(make('18791231')).problems).toEqual(['birth-date']);
  });
  it('GB 11643 校验码: every check character, X included, and a lower-case x read as X', () => {
    const seen = new Set<string>();
    for (let q = 0; q < 1000 && seen.size < 11; q++) {
      const f = `11010519800101${pad(q, 3)}`;
      const id = f + idCheckCharacter(f);
      seen.add(id[17]!);
      expect(validateIdNumber(id)).toStrictEqual({ valid: true, kind: 'resident-id-18', problems: [], normalized: id, birthDate: '1980-01-01', sex: q % 2 === 1 ? 'male' : 'female' });
    }
    expect(seen.size).toBe(11);
    expect(validateIdNumber('11010519491231002x').normalized).toBe('11010519491231002X');
  });
});
