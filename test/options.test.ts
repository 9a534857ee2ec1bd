/**
 * Issue 12 items 7 and 14 — options and dates the library cannot use are refused, with a typed
 * error naming the option and what was expected, never a TypeError from deep inside a rule; the
 * model's dates are bounded to a range every rule can handle (1800-01-01 .. 2199-12-31).
 */
import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  classifyMonitoring,
  computeIncome,
  getProfile,
  InvalidOptionError,
  MODEL_DATE_RANGE,
  parseHousehold,
  renderExplanation,
  resolveContext,
  screenHousehold,
  validateIdNumber,
} from '../src/index.js';
import { household } from './builders.js';

const jinan = getProfile('fujian/jinan/2023');
const h = household();

function optionError(f: () => unknown): InvalidOptionError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidOptionError);
    return e as InvalidOptionError;
  }
  throw new Error('expected an InvalidOptionError');
}

describe('assessment options are validated (issue 12 item 7)', () => {
  it.each(['2023-02-30', '2023-2-3', '', '20231215', '2023-12-15T00:00:00Z'])('asOf %j is refused with InvalidOptionError naming "asOf"', (asOf) => {
    const e = optionError(() => assessHousehold(h, jinan, { asOf }));
    expect(e.option).toBe('asOf');
    expect(e.message).toContain('YYYY-MM-DD');
    expect(e.text.zh).toContain('YYYY-MM-DD');
  });

  it('asOf of another type (a number, null, a Date) is refused the same way', () => {
    for (const asOf of [20231215, null, new Date(0)]) expect(optionError(() => assessHousehold(h, jinan, { asOf } as never)).option).toBe('asOf');
  });

  it(`asOf outside the model's date range (${MODEL_DATE_RANGE.from} .. ${MODEL_DATE_RANGE.to}) is refused, one day inside is not`, () => {
    expect(optionError(() => assessHousehold(h, jinan, { asOf: '9999-12-31' })).option).toBe('asOf');
    expect(optionError(() => assessHousehold(h, jinan, { asOf: '2200-01-01' })).option).toBe('asOf');
    expect(optionError(() => assessHousehold(h, jinan, { asOf: '1799-12-31' })).option).toBe('asOf');
    // The boundaries themselves are accepted (the profile then has no parameter value there: a typed MissingParameterError, not a crash).
    for (const asOf of ['2199-12-31', '1800-01-01']) {
      expect(() => assessHousehold(h, jinan, { asOf })).toThrow(expect.objectContaining({ name: 'MissingParameterError' }));
    }
  });

  it('explain must be a boolean; an unknown option (a typo such as asof) is refused by name', () => {
    expect(optionError(() => assessHousehold(h, jinan, { explain: 'no' } as never)).option).toBe('explain');
    const typo = optionError(() => assessHousehold(h, jinan, { asof: '2023-12-15' } as never));
    expect(typo.option).toBe('asof');
    expect(optionError(() => assessHousehold(h, jinan, 'x' as never)).option).toBe('options');
  });

  it('every public layer function validates the same way', () => {
    for (const f of [computeIncome, classifyMonitoring, screenHousehold, resolveContext]) expect(optionError(() => f(h, jinan, { asOf: '2023-02-30' })).option).toBe('asOf');
  });

  it('valid options still work, and an absent asOf takes the profile default', () => {
    expect(assessHousehold(h, jinan, { asOf: '2023-12-15', explain: false }).record.asOf).toBe('2023-12-15');
    expect(assessHousehold(h, jinan, {}).record.asOf).toBe('2023-12-15');
    expect(assessHousehold(h, jinan, { asOf: undefined }).record.asOf).toBe('2023-12-15');
  });
});

describe('model dates are bounded (issue 12 item 7)', () => {
  const input = (identifiedOn: string) => ({
    id: 'H1',
    povertyAlleviated: false,
    members: [{ name: '张三', sex: 'male', relation: 'head', birthDate: '1970-01-01' }],
    income: { wage: '3000', operating: '0', property: '0', transfer: '0', operatingExpense: '0' },
    monitoring: { category: 'marginal', identifiedOn },
  });

  it('9999-12-31 (or any date past 2199-12-31, or before 1800-01-01) is a validation issue naming the field, not a RangeError later', () => {
    for (const d of ['9999-12-31', '2200-01-01', '1799-12-31', '0000-01-01']) {
      const r = parseHousehold(input(d));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]!.path).toBe('monitoring.identifiedOn');
        expect(r.issues[0]!.message.en).toContain('1800-01-01');
      }
    }
  });

  it('the boundaries 1800-01-01 and 2199-12-31 parse, and assessing them never throws an untyped error', () => {
    for (const d of ['1800-01-01', '2199-12-31']) {
      const r = parseHousehold(input(d));
      expect(r.ok).toBe(true);
      if (r.ok) {
        for (const explain of [true, false]) expect(() => assessHousehold(r.household, jinan, { asOf: '2023-12-15', explain })).not.toThrow();
      }
    }
  });
});

describe('minor (issue 12 item 14)', () => {
  it('renderExplanation refuses a language it does not have, naming the option, instead of printing "undefined"', () => {
    const r = assessHousehold(h, jinan);
    expect(optionError(() => renderExplanation(r, { language: 'xx' as never })).option).toBe('language');
    expect(renderExplanation(r, { language: 'en' })).not.toContain('undefined');
  });

  it('GB 11643: validateIdNumber reports surrounding whitespace instead of trimming it silently', () => {
    const padded = validateIdNumber(' 11010519491231002X ');
    expect(padded.problems).toContain('whitespace');
    expect(padded.valid).toBe(false);
    // the number itself is still read: the rest of its checks pass
    expect(padded.normalized).toBe('11010519491231002X');
    expect(validateIdNumber('11010519491231002X').problems).toEqual([]);
  });
});

describe('GB 11643 white space in data quality (issue 12 item 14)', () => {
  it('quality.identity.characters: an ID number with white space around it is reported, masked', async () => {
    const { checkDataQuality } = await import('../src/index.js');
    const padded = household({ members: [{ name: '王建国', sex: 'male', relation: 'head', birthDate: '1949-12-31', idNumber: ' 11010519491231002X' }] });
    const issues = checkDataQuality(padded, jinan, { asOf: '2023-09-30' }).filter((i) => i.code === 'quality.identity.characters');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.zh).toContain('空白');
    expect(issues[0]!.message.zh).not.toContain('11010519491231002X');
    const clean = household({ members: [{ name: '王建国', sex: 'male', relation: 'head', birthDate: '1949-12-31', idNumber: '11010519491231002X' }] });
    expect(checkDataQuality(clean, jinan, { asOf: '2023-09-30' }).filter((i) => i.code === 'quality.identity.characters')).toEqual([]);
  });
});
