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

// A run of 15 to 22 characters: digits (half-width 0-9 or full-width ０-９), the last possibly X/x
// (or full-width Ｘ/ｘ). A first-generation ID has 15, a resident ID 18, a disability certificate 20
// or 22. The shape is enough: a number with a wrong check digit is still someone's number, mistyped.
// Phone numbers (11 digits), amounts and 14-digit 户编号 stay readable.
const ID_LIKE = /[0-9\uFF10-\uFF19]{14,21}[0-9\uFF10-\uFF19Xx\uFF38\uFF58]/g;
const ID_SHAPED = /[0-9\uFF10-\uFF19]{14,21}[0-9\uFF10-\uFF19Xx\uFF38\uFF58]/;

/**
 * Replaces everything shaped like an ID number in a text with its masked form: valid or not,
 * half- or full-width digits. The one function every output meant for reports goes through
 * (messages, rejected and result files, summaries, `explain`).
 *
 * @example
 * maskIdNumbersInText('证件号码 11010519491231002X 重复') // '证件号码 1101**********002X 重复'
 * maskIdNumbersInText('１１０１０５１９４９１２３１００２Ｘ') // '１１０１**********００２Ｘ'
 */
export function maskIdNumbersInText(text: string): string {
  // The shortest ID-shaped run has 15 characters: a shorter text (a name, a 户编号, an amount) has none.
  if (text.length < 15 || !hasDigitRun14(text)) return text;
  return text.replace(ID_LIKE, maskIdNumber);
}

/** Whether `text` has 14 digits (half- or full-width) in a row — what `/[0-9０-９]{14}/` finds, without a regular expression. */
function hasDigitRun14(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) {
      if (++run === 14) return true;
    } else run = 0;
  }
  return false;
}

/**
 * True when a text contains something shaped like an unmasked ID number (half- or full-width).
 *
 * @example
 * containsUnmaskedIdNumber('1101**********002X') // false
 */
export function containsUnmaskedIdNumber(text: string): boolean {
  return ID_SHAPED.test(text);
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * A text as it may be written into a report cell: ID-shaped runs masked
 * ({@link maskIdNumbersInText}) and control characters other than tab and line breaks (a NUL, an
 * escape) shown as U+FFFD, so no file carries them.
 *
 * @example
 * reportText('H0\u000001') // 'H0\uFFFD01'
 */
export function reportText(text: string): string {
  const masked = maskIdNumbersInText(text);
  return CONTROL.test(masked) ? masked.replace(CONTROLS, '\uFFFD') : masked;
}
