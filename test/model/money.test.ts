import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { comparePerCapita, divideFen, formatFen, moneyProblem, toFen, MAX_MONEY_FEN, ROUNDING_MODES, type RoundingMode } from '../../src/model/money.js';

describe('money: input forms', () => {
  it('accepts a number or a decimal string with at most two places', () => {
    expect(moneyProblem(12345.6)).toBeNull();
    expect(moneyProblem('12345.60')).toBeNull();
    expect(moneyProblem('0')).toBeNull();
    expect(moneyProblem(-3.5)).toBeNull();
    expect(moneyProblem(0.29)).toBeNull();
  });
  it('refuses anything else, never coercing silently', () => {
    expect(moneyProblem(0.1 + 0.2)).toBe('precision'); // 0.30000000000000004
    expect(moneyProblem('1.005')).toBe('precision');
    expect(moneyProblem('1,000')).toBe('format');
    expect(moneyProblem(' 12')).toBe('format');
    expect(moneyProblem('¥12')).toBe('format');
    expect(moneyProblem('12.')).toBe('format');
    expect(moneyProblem('012')).toBe('format');
    expect(moneyProblem(Number.NaN)).toBe('format');
    expect(moneyProblem(Infinity)).toBe('format');
    expect(moneyProblem(1e21)).toBe('range');
    expect(moneyProblem('100000000000.01')).toBe('range');
    expect(moneyProblem(true)).toBe('type');
    expect(moneyProblem(null)).toBe('type');
  });
  it('the accepted range ends at MAX_MONEY_FEN (100000000000.00 yuan): the limit and one fen below accepted, one fen above refused, either sign', () => {
    expect(MAX_MONEY_FEN).toBe(10_000_000_000_000);
    expect(moneyProblem('99999999999.99')).toBeNull();
    expect(moneyProblem('100000000000')).toBeNull();
    expect(moneyProblem('100000000000.00')).toBeNull();
    expect(moneyProblem('100000000000.01')).toBe('range');
    expect(moneyProblem('-100000000000')).toBeNull();
    expect(moneyProblem('-100000000000.01')).toBe('range');
    expect(moneyProblem(100000000000)).toBeNull();
    expect(moneyProblem(100000000000.01)).toBe('range');
  });
  it('a whole number of yuan as a string, with no decimal point, is read in fen', () => {
    expect(toFen('17200')).toBe(1720000);
    expect(toFen('-3')).toBe(-300);
    expect(toFen('0')).toBe(0);
    expect(toFen('100000000000')).toBe(MAX_MONEY_FEN);
  });
  it('converts to integer fen exactly and formats with two places', () => {
    expect(toFen('12345.6')).toBe(1234560);
    expect(toFen(0.29)).toBe(29);
    expect(toFen('-0.05')).toBe(-5);
    expect(toFen(-0)).toBe(0);
    expect(toFen(undefined)).toBe(0);
    expect(formatFen(1234560)).toBe('12345.60');
    expect(formatFen(-5)).toBe('-0.05');
    expect(formatFen(0)).toBe('0.00');
  });
  test.prop([fc.integer({ min: -MAX_MONEY_FEN * 3, max: MAX_MONEY_FEN * 3 })], { numRuns: 2000 })(
    'formatFen writes every whole number of fen as yuan with exactly two places, read back to the same fen (either sign, zero, the range ×3)',
    (fen) => {
      const text = formatFen(fen);
      expect(text).toMatch(/^-?(0|[1-9]\d*)\.\d{2}$/);
      expect(text === '-0.00').toBe(false);
      expect(toFen(text)).toBe(fen);
      // The yuan and fen as BigInt arithmetic writes them.
      const abs = BigInt(Math.abs(fen));
      expect(text).toBe(`${fen < 0 ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`);
    },
  );
  it('formats fen below ten with a leading zero, ten and above without: 10.09, 10.10, 10.11', () => {
    expect(formatFen(1009)).toBe('10.09');
    expect(formatFen(1010)).toBe('10.10');
    expect(formatFen(1011)).toBe('10.11');
    expect(formatFen(-1010)).toBe('-10.10');
  });
});

describe('money: division and rounding', () => {
  it('17200.00 ÷ 3 = 5733.33 half-up; 0.025 → 0.02 half-even, 0.03 half-up', () => {
    expect(formatFen(divideFen(1720000, 3, 'half-up'))).toBe('5733.33');
    expect(formatFen(divideFen(5, 2, 'half-even'))).toBe('0.02');
    expect(formatFen(divideFen(5, 2, 'half-up'))).toBe('0.03');
    expect(formatFen(divideFen(-5, 2, 'half-up'))).toBe('-0.03');
    expect(formatFen(divideFen(-5, 2, 'floor'))).toBe('-0.03');
    expect(formatFen(divideFen(-5, 2, 'ceil'))).toBe('-0.02');
    expect(formatFen(divideFen(1999999, 3, 'down', 100))).toBe('6666.00');
  });
  it('each rounding mode on a half, just below and just above it, either sign (2.5, 3.5, 2.4, 2.6 fen and their negatives)', () => {
    // The quotients of n ÷ 10 fen; expected as decimal.js rounds them to whole fen.
    const cases: Record<RoundingMode, [number, number][]> = {
      'half-up': [[25, 3], [-25, -3], [24, 2], [26, 3], [-26, -3]],
      'half-down': [[25, 2], [35, 3], [-25, -2], [-35, -3], [24, 2], [26, 3], [-26, -3]],
      'half-even': [[25, 2], [35, 4], [-25, -2], [-35, -4], [24, 2], [26, 3]],
      down: [[26, 2], [-26, -2], [24, 2]],
      up: [[24, 3], [-24, -3], [26, 3]],
      floor: [[26, 2], [-24, -3], [-26, -3]],
      ceil: [[24, 3], [-26, -2], [26, 3]],
    };
    for (const mode of ROUNDING_MODES) {
      for (const [n, expected] of cases[mode]) expect([mode, n, divideFen(n, 10, mode)]).toEqual([mode, n, expected]);
      // An exact quotient is never rounded.
      expect([mode, divideFen(30, 10, mode), divideFen(-30, 10, mode)]).toEqual([mode, 3, -3]);
    }
  });
  it('a negative amount that rounds to zero, and zero itself, is 0, never -0', () => {
    for (const mode of ROUNDING_MODES) expect(Object.is(divideFen(0, 3, mode), 0)).toBe(true);
    expect(Object.is(divideFen(-1, 10, 'down'), 0)).toBe(true);
    expect(Object.is(divideFen(-4, 10, 'half-up'), 0)).toBe(true);
    expect(formatFen(divideFen(-4, 10, 'half-up'))).toBe('0.00');
  });
  it('the divisor (a household size) must be a positive whole number: 1 divides, 0, -1 and 1.5 are refused', () => {
    expect(divideFen(573333, 1, 'half-up')).toBe(573333);
    for (const bad of [0, -1, 1.5]) expect(() => divideFen(100, bad, 'half-up')).toThrow(new RangeError('divisor must be a positive integer'));
  });
  it('compares a per-capita value with a line without dividing: 19499.99 ÷ 3 < 6500', () => {
    expect(comparePerCapita(1949999, 3, 650000)).toBe(-1);
    expect(comparePerCapita(1950000, 3, 650000)).toBe(0);
    expect(comparePerCapita(1950001, 3, 650000)).toBe(1);
  });
});

const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

describe('money: integer fen equals the decimal.js reference', () => {
  const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
  test.prop([fc.array(amount, { minLength: 1, maxLength: 12 })])('sums', (fens) => {
    const strings = fens.map(formatFen);
    const viaFen = formatFen(strings.map(toFen).reduce((a, b) => a + b, 0));
    const viaDecimal = strings.reduce((a, s) => a.plus(s), new Decimal(0)).toFixed(2);
    expect(viaFen).toBe(viaDecimal);
  });
  test.prop([amount, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...ROUNDING_MODES), fc.constantFrom(1, 10, 100)])(
    'per-capita division and rounding',
    (fen, size, mode, step) => {
      const viaFen = formatFen(divideFen(fen, size, mode, step));
      const stepYuan = new Decimal(step).div(100);
      const viaDecimal = new Decimal(formatFen(fen)).div(size).div(stepYuan).toDecimalPlaces(0, DECIMAL_MODE[mode]).times(stepYuan).toFixed(2);
      expect(viaFen).toBe(viaDecimal);
    },
  );
  test.prop([amount, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 5_000_000 })])('line comparison', (fen, size, line) => {
    const exact = new Decimal(formatFen(fen)).div(size).comparedTo(new Decimal(formatFen(line)));
    expect(comparePerCapita(fen, size, line)).toBe(exact);
  });
  test.prop([fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }), fc.boolean()])('numbers and strings read the same', (fen, negZero) => {
    const s = formatFen(fen);
    expect(toFen(s)).toBe(fen);
    expect(toFen(Number(s))).toBe(fen);
    expect(moneyProblem(negZero ? Number(s) : s)).toBeNull();
  });
});
