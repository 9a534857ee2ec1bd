/**
 * maskIdNumbersInText's pre-test without a regular expression (issue 14): a text shorter than the
 * shortest ID-shaped run, or without 14 digits in a row, is returned as it is; the result is the
 * one of the previous implementation (a regular-expression pre-test, then the replacement) on
 * arbitrary texts made of digits, full-width digits, X/x and other characters.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { maskIdNumber, maskIdNumbersInText } from '../../src/explain/mask.js';

/** The previous implementation, verbatim: the oracle. */
const ID_LIKE = /[0-9\uFF10-\uFF19]{14,21}[0-9\uFF10-\uFF19Xx\uFF38\uFF58]/g;
const ID_START = /[0-9\uFF10-\uFF19]{14}/;
function previousMaskIdNumbersInText(text: string): string {
  if (!ID_START.test(text)) return text;
  return text.replace(ID_LIKE, maskIdNumber);
}

const piece = fc.oneof(
  fc.constantFrom('0', '1', '9', '０', '９', 'X', 'x', 'Ｘ', 'ｘ', ' ', '-', '王', '，', '\u3000'),
  fc.stringMatching(/^[0-9]{1,22}$/),
  fc.stringMatching(/^[\uFF10-\uFF19]{1,22}$/),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('masking ID numbers in texts: the pre-test (domain.md §11)', () => {
  test.prop([text], { numRuns: 3000 })('the same text as the regular-expression pre-test and replacement, on texts of digits, full-width digits, X and others', (t) => {
    expect(maskIdNumbersInText(t)).toBe(previousMaskIdNumbersInText(t));
  });
  test.prop([fc.string({ maxLength: 40 })], { numRuns: 1000 })('the same text on arbitrary strings', (t) => {
    expect(maskIdNumbersInText(t)).toBe(previousMaskIdNumbersInText(t));
  });
});
