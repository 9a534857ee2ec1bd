/**
 * Money (金额): yuan with fen, exact.
 *
 * Input accepts a JSON number or a decimal string with at most two decimal places. Inside the
 * library every amount is an integer number of fen (分); results carry money as decimal strings with
 * two places ("5733.33"). Integer fen was chosen over decimal.js by measurement (see
 * docs/decisions.md, "Money is integer fen"): it is an order of magnitude faster and exact for every
 * amount below {@link MAX_MONEY_FEN}.
 *
 * @module
 */

/** An amount as it appears in input: a finite number or a decimal string, at most 2 decimal places. */
export type Money = number | string;

/**
 * The largest absolute amount accepted, in fen: 10^13 fen = 100 billion yuan. Every sum and product
 * the library forms from such amounts (a household has at most a few dozen items; per-capita
 * comparisons multiply a line by a household size ≤ 10^3) stays below 2^53, so integer arithmetic
 * is exact.
 */
export const MAX_MONEY_FEN = 10_000_000_000_000;

const DECIMAL_STRING = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/;

/**
 * Why an amount is not acceptable, or `null` when it is.
 *
 * @example
 * moneyProblem('12345.60')  // null
 * moneyProblem(0.1 + 0.2)   // 'precision'
 * moneyProblem('1,000')     // 'format'
 */
export function moneyProblem(input: unknown): 'type' | 'format' | 'precision' | 'range' | null {
  if (typeof input === 'number') {
    // Fast accept: within range and equal to the double nearest to k/100 for an integer k — then
    // its shortest round-trip form has at most two decimals (fewer digits cannot need more places).
    if (Math.abs(input) * 100 <= MAX_MONEY_FEN && Math.round(input * 100) / 100 === input) return null;
    if (!Number.isFinite(input)) return 'format';
    // The shortest round-trip form of a double has at most two decimals exactly when the double
    // is the nearest double to a value with at most two decimals.
    const s = String(input);
    if (!DECIMAL_STRING.test(s === '-0' ? '0' : s)) {
      return /e/i.test(s) && Math.abs(input) >= 1 ? 'range' : 'precision';
    }
    return Math.abs(input) * 100 > MAX_MONEY_FEN ? 'range' : null;
  }
  if (typeof input === 'string') {
    if (!isDecimalString(input)) {
      return /^-?\d+\.\d{3,}$/.test(input) ? 'precision' : 'format';
    }
    const fen = parseCanonical(input);
    return Math.abs(fen) > MAX_MONEY_FEN ? 'range' : null;
  }
  return 'type';
}

/** `DECIMAL_STRING.test(s)`, by character codes: `-?(0|[1-9]\d*)(\.\d{1,2})?`. */
function isDecimalString(s: string): boolean {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const first = s.charCodeAt(i);
  if (first === 48 /* 0 */) i++;
  else if (first >= 49 && first <= 57) {
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      i++;
    }
  } else return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 46 /* . */) return false;
  const decimals = n - i - 1;
  if (decimals < 1 || decimals > 2) return false;
  for (let k = i + 1; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when the amount is acceptable money (see {@link moneyProblem}). */
export function isMoney(input: unknown): input is Money {
  return moneyProblem(input) === null;
}

function parseCanonical(s: string): number {
  const negative = s.charCodeAt(0) === 45; /* - */
  let i = negative ? 1 : 0;
  let yuan = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) break;
    yuan = yuan * 10 + (c - 48);
    i++;
  }
  let fen = 0;
  if (i < n) {
    const d1 = i + 1 < n ? s.charCodeAt(i + 1) - 48 : 0;
    const d2 = i + 2 < n ? s.charCodeAt(i + 2) - 48 : 0;
    fen = d1 * 10 + d2;
  }
  const total = yuan * 100 + fen;
  return negative ? -total : total;
}

/**
 * Converts validated money to integer fen. The input must already satisfy {@link isMoney}
 * (`parseHousehold` and `defineProfile` guarantee it); `undefined` counts as 0.
 *
 * @example
 * toFen('12345.6') // 1234560
 * toFen(0.29)      // 29
 */
export function toFen(money: Money | undefined): number {
  if (money === undefined) return 0;
  if (typeof money === 'number') {
    const fen = Math.round(money * 100);
    return fen === 0 ? 0 : fen; // no -0
  }
  return parseCanonical(money);
}

/**
 * Formats integer fen as a decimal string with two places.
 *
 * @example
 * formatFen(1234560) // '12345.60'
 * formatFen(-5)      // '-0.05'
 */
export function formatFen(fen: number): string {
  const negative = fen < 0;
  const abs = negative ? -fen : fen;
  const yuan = Math.floor(abs / 100);
  // The fen part from a table of the 100 endings ('.00' … '.99'): one concatenation instead of three
  // (a result line formats four amounts a household).
  const ending = CENT_ENDINGS[abs - yuan * 100]!;
  return negative ? '-' + yuan + ending : yuan + ending;
}

/** '.00', '.01', … '.99': the endings {@link formatFen} writes, by the number of fen. */
const CENT_ENDINGS: readonly string[] = Array.from({ length: 100 }, (_, c) => (c < 10 ? '.0' : '.') + c);

/** Rounding modes a profile may declare for per-capita values (decimal.js names, lower-case). */
export const ROUNDING_MODES = ['half-up', 'half-even', 'half-down', 'down', 'up', 'floor', 'ceil'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * Divides integer fen by a positive integer and rounds the exact quotient to a multiple of `stepFen`
 * with the given mode. "half-up" rounds halves away from zero (decimal.js ROUND_HALF_UP, the usual
 * 四舍五入).
 *
 * @example
 * divideFen(1720000, 3, 'half-up')  // 573333  (17200.00 / 3 = 5733.333… → 5733.33)
 * divideFen(5, 2, 'half-even')      // 2       (0.025 → 0.02)
 */
export function divideFen(fen: number, divisor: number, mode: RoundingMode, stepFen = 1): number {
  if (!Number.isInteger(divisor) || divisor <= 0) throw new RangeError('divisor must be a positive integer');
  const d = divisor * stepFen;
  const negative = fen < 0;
  const a = negative ? -fen : fen;
  let q = Math.floor(a / d);
  const r = a - q * d; // 0 <= r < d, exact in integers
  if (r !== 0) {
    const twice = 2 * r;
    let up: boolean;
    switch (mode) {
      case 'down':
        up = false;
        break;
      case 'up':
        up = true;
        break;
      case 'floor':
        up = negative;
        break;
      case 'ceil':
        up = !negative;
        break;
      case 'half-up':
        up = twice >= d;
        break;
      case 'half-down':
        up = twice > d;
        break;
      case 'half-even':
        up = twice > d || (twice === d && q % 2 === 1);
        break;
    }
    if (up) q += 1;
  }
  const result = q * stepFen;
  return negative && result !== 0 ? -result : result;
}

/**
 * Compares the exact per-capita value `fen / size` with a per-capita amount `lineFen`, without
 * dividing: the sign of `fen − lineFen × size`. Returns -1, 0 or 1.
 *
 * @example
 * comparePerCapita(1949999, 3, 650000) // -1 (6499.99666… < 6500)
 */
export function comparePerCapita(fen: number, size: number, lineFen: number): -1 | 0 | 1 {
  const diff = fen - lineFen * size;
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}
