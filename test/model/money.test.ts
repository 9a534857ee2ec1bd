import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { comparePerCapita, divideFen, formatFen, moneyProblem, toFen, ROUNDING_MODES, type RoundingMode } from '../../src/model/money.js';

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
