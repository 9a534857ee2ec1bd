import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { validateIdNumber, birthDateFromIdNumber } from '../../src/index.js';
import { maskIdNumber, maskIdNumbersInText, containsUnmaskedIdNumber } from '../../src/explain/mask.js';

describe('GB 11643-1999 resident ID numbers', () => {
  it('accepts the known-valid vectors, including one born in 1880 and a lower-case x', () => {
    expect(validateIdNumber('11010519491231002X')).toMatchObject({ valid: true, birthDate: '1949-12-31', sex: 'female' });
    expect(validateIdNumber('11010519491231002x').valid).toBe(true);
    expect(validateIdNumber('440524188001010014')).toMatchObject({ valid: true, birthDate: '1880-01-01', sex: 'male' });
  });
  it('finds a wrong check character', () => {
    expect(validateIdNumber('110105194912310021').problems).toEqual(['checksum']);
  });
  it('upgrades a 15-digit number and reads its 19YY birth date', () => {
    const r = validateIdNumber('110105491231002');
    expect(r).toMatchObject({ kind: 'resident-id-15', birthDate: '1949-12-31' });
    expect(r.normalized).toHaveLength(18);
    expect(validateIdNumber(r.normalized!).valid).toBe(true);
  });
  it('reads a 20-character disability certificate: category 4 (肢体), grade 1 is severe', () => {
    expect(validateIdNumber('11010519491231002X41')).toMatchObject({ valid: true, kind: 'disability-certificate', disabilityCategory: 4, disabilityGrade: 1, severeDisability: true });
    expect(validateIdNumber('11010519491231002X85').problems).toEqual(['disability-category', 'disability-grade']);
  });
  it('refuses wrong lengths, a birth date after the as-of date and placeholders', () => {
    expect(validateIdNumber('1101051949123100').problems).toEqual(['length']);
    expect(validateIdNumber('11010520250101001X', { asOf: '2023-09-30' }).problems).toContain('birth-date');
    expect(validateIdNumber('999999199001010011').problems).toContain('placeholder');
  });
  test.prop([fc.stringMatching(/^[1-8][0-9]{5}(18[89][0-9]|19[0-9]{2}|20[0-2][0-9])(0[0-9]|1[0-3])([0-2][0-9]|3[0-2])[0-9]{3}[0-9Xx]([1-8][0-5]([0-9A-Za-z]{2})?)?$/)])(
    'GB 11643 出生日期码: the birth date read is the digits YYYYMMDD as YYYY-MM-DD, exactly when they are a real date (the reading without the checksum agrees)',
    (id) => {
      const info = validateIdNumber(id);
      const fromDigits = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      const real = birthDateFromIdNumber(id) === fromDigits && Number(id.slice(6, 10)) >= 1880;
      expect(info.birthDate).toBe(real ? fromDigits : undefined);
      expect(info.problems.includes('birth-date')).toBe(!real);
    },
  );
  it('reads a birth date without checking the checksum', () => {
    expect(birthDateFromIdNumber('110105194912310021')).toBe('1949-12-31');
    expect(birthDateFromIdNumber('abc')).toBeUndefined();
  });
});

describe('masking', () => {
  it('keeps four characters at each end', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumbersInText('证件号码 11010519491231002X 与 110105491231002 重复')).toBe('证件号码 1101**********002X 与 1101*******1002 重复');
    expect(containsUnmaskedIdNumber(maskIdNumbersInText('x 11010519491231002X41 y'))).toBe(false);
  });
  it('leaves phone numbers and amounts alone', () => {
    expect(maskIdNumbersInText('电话 13812345678，收入 12345.60 元')).toBe('电话 13812345678，收入 12345.60 元');
  });
});
