/**
 * The character-code fast paths of the money and year-month tests answer exactly as the regular
 * expressions they replace: checked against those expressions on random numbers and strings.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { MAX_MONEY_FEN, moneyProblem } from '../../src/model/money.js';
import { isYearMonth } from '../../src/model/primitives.js';

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/;

/** The reference: the shortest round-trip form of a number, or the string itself, against the pattern. */
function referenceProblem(input: unknown): 'type' | 'format' | 'precision' | 'range' | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return 'format';
    const s = String(input);
    if (!DECIMAL.test(s === '-0' ? '0' : s)) return /e/i.test(s) && Math.abs(input) >= 1 ? 'range' : 'precision';
    return Math.abs(input) * 100 > MAX_MONEY_FEN ? 'range' : null;
  }
  if (typeof input === 'string') {
    if (!DECIMAL.test(input)) return /^-?\d+\.\d{3,}$/.test(input) ? 'precision' : 'format';
    const negative = input.startsWith('-');
    const [yuan, fen = ''] = (negative ? input.slice(1) : input).split('.');
    const total = Number(yuan) * 100 + Number((fen + '00').slice(0, 2));
    return total > MAX_MONEY_FEN ? 'range' : null;
  }
  return 'type';
}

const numbers = fc.oneof(
  fc.integer({ min: -2e13, max: 2e13 }).map((fen) => fen / 100),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.integer({ min: 0, max: 1e7 }).map((k) => k / 1000),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1e11, -1e11, 1e11 + 0.01, 1.005, 5e-324, 1e21, Number.NaN, Number.POSITIVE_INFINITY),
);
const strings = fc.oneof(fc.stringMatching(/^-?[0-9]{0,14}(\.[0-9]{0,4})?$/), fc.string({ maxLength: 12 }), fc.constantFrom('', '-', '-0', '00', '01', '1.', '.5', '1,000', '１', '99999999999.99', '100000000000.01'));

describe('money and year-month fast paths', () => {
  test.prop([numbers], { numRuns: 20000 })('moneyProblem of a number is the pattern test of its shortest round-trip form', (x) => {
    expect(moneyProblem(x)).toBe(referenceProblem(x));
  });
  test.prop([strings], { numRuns: 20000 })('moneyProblem of a string is the pattern test of the string', (s) => {
    expect(moneyProblem(s)).toBe(referenceProblem(s));
  });
  test.prop([fc.oneof(fc.stringMatching(/^[0-9]{2,5}-[0-9]{1,3}$/), fc.string({ maxLength: 8 }))], { numRuns: 5000 })('isYearMonth is /^\\d{4}-(0[1-9]|1[0-2])$/', (s) => {
    expect(isYearMonth(s)).toBe(/^\d{4}-(0[1-9]|1[0-2])$/.test(s));
  });
});
