/**
 * Masking of resident ID numbers (居民身份证号码) and disability-certificate numbers. Public notices
 * must never show an ID number (domain.md §11); every message, log line and error file the library
 * writes goes through {@link maskIdNumbersInText}.
 *
 * @module
 */

/**
 * Masks one ID number: the first four and the last four characters stay, the rest become `*`.
 * Short strings (under 8 characters) are masked entirely but for the last character.
 *
 * @example
 * maskIdNumber('11010519491231002X') // '1101**********002X'
 */
export function maskIdNumber(id: string): string {
  const s = String(id);
  if (s.length < 8) return s.length <= 1 ? '*' : '*'.repeat(s.length - 1) + s.slice(-1);
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
}

// A run of 15 to 22 characters: digits, the last possibly X/x (a first-generation ID has 15, a
// resident ID 18, a disability certificate 20 or 22). Phone numbers (11 digits) and amounts stay
// readable.
const ID_LIKE = /\d{14,21}[0-9Xx]/g;

/**
 * Replaces everything that looks like an ID number in a text with its masked form.
 *
 * @example
 * maskIdNumbersInText('证件号码 11010519491231002X 重复') // '证件号码 1101**********002X 重复'
 */
export function maskIdNumbersInText(text: string): string {
  if (!/\d{14}/.test(text)) return text;
  return text.replace(ID_LIKE, maskIdNumber);
}

/** True when a text contains something that looks like an unmasked ID number. */
export function containsUnmaskedIdNumber(text: string): boolean {
  return /\d{14,21}[0-9Xx]/.test(text);
}
