/**
 * canonicalDecimal builds no intermediate string (issue 14): an amount already in canonical form is
 * returned as it is, another one is one slice. The previous implementation is kept below,
 * verbatim, as the oracle: the same canonical text (or null) on arbitrary decimal-like texts.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { canonicalDecimal } from '../../src/io/values.js';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
function previousScanDecimal(s: string): string | null | undefined {
  const n = s.length;
  let i = 0;
  const c0 = s.charCodeAt(0);
  const negative = c0 === 45; /* - */
  if (negative || c0 === 43 /* + */) i = 1;
  const intStart = i;
  while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const intEnd = i;
  let fracEnd = i;
  let hasPoint = false;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 /* . */) return undefined;
    hasPoint = true;
    i++;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i !== n) return undefined;
    fracEnd = n;
    while (fracEnd > intEnd + 1 && s.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  }
  if (intEnd === intStart && (!hasPoint || n === intEnd + 1)) return null; // no digits at all
  let k = intStart;
  while (k < intEnd - 1 && s.charCodeAt(k) === 48) k++;
  const int = intEnd === intStart ? '0' : s.slice(k, intEnd);
  const body = hasPoint && fracEnd > intEnd + 1 ? `${int}.${s.slice(intEnd + 1, fracEnd)}` : int;
  if (body === s) return s;
  return negative && body !== '0' ? `-${body}` : body;
}

function previousCanonicalDecimal(cell: string): string | null {
  const fast = previousScanDecimal(cell);
  if (fast !== undefined) return fast;
  const s = THOUSANDS.test(cell) ? cell.replace(/,/g, '') : cell;
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const intPart = m[2] ?? '';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (intPart === '' && (m[3] ?? '') === '') return null;
  const int = intPart.replace(/^0+(?=\d)/, '') || '0';
  const body = frac ? `${int}.${frac}` : int;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

const piece = fc.oneof(
  fc.constantFrom('0', '00', '1', '9', '.', ',', '-', '+', ' ', 'e', '０', 'x'),
  fc.stringMatching(/^[0-9]{1,6}$/),
  fc.stringMatching(/^[0-9]{1,3}(,[0-9]{3}){1,3}$/),
);
const decimalLike = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const amount = fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^0{0,3}[0-9]{0,12}$/), fc.option(fc.stringMatching(/^[0-9]{0,4}$/), { nil: undefined })).map(([sign, int, frac]) => sign + int + (frac === undefined ? '' : `.${frac}`));

describe('amounts read as exact decimal strings (canonicalDecimal)', () => {
  test.prop([fc.oneof(amount, decimalLike, fc.string({ maxLength: 12 }))], { numRuns: 5000 })('the same canonical text (or null) as the previous implementation', (text) => {
    expect(canonicalDecimal(text)).toBe(previousCanonicalDecimal(text));
  });
});
