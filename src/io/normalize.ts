/**
 * Normalising what spreadsheets do to headers and cells (表头与单元格规范化).
 *
 * National exports spell the same header with full-width or half-width brackets (`人均纯收入（元）`
 * / `人均纯收入(元)`), stray spaces and line breaks (`行政村文化（图书）室个数 （个）`), and CSV
 * exports wrap values as `="..."` so Excel keeps them as text (export-format.md §3.4).
 *
 * @module
 */

/**
 * Normalises a header for matching: Unicode NFKC (full-width brackets, slashes and spaces become
 * half-width), then every space, line break and a leading `*` (a template's "required" mark) is
 * removed, and a `="..."` wrapping is undone.
 *
 * @example
 * normalizeHeader('人均纯收入（元）')  // '人均纯收入(元)'
 * normalizeHeader(' 务工时间 ( 月 )') // '务工时间(月)'
 */
export function normalizeHeader(header: string): string {
  return unwrapCell(String(header))
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/^\*+/, '');
}

/**
 * Cleans one cell as read from a file: undoes Excel's `="..."` text wrapping, and trims spaces
 * (including the full-width space and a byte-order mark). Nothing else is changed: converting
 * the text to a value is the job of the value converters.
 *
 * @example
 * unwrapCell('="440524188001010014"') // '440524188001010014'
 * unwrapCell('  是 ')                  // '是'
 */
export function unwrapCell(cell: string): string {
  let s = cell;
  if (s.length === 0) return s;
  // Fast path: most cells start with a letter or digit and have no padding.
  if (!isPadding(s.charCodeAt(0)) && s.charCodeAt(0) !== 0x3d /* = */ && !isPadding(s.charCodeAt(s.length - 1))) return s;
  s = s.trim();
  if (s.length >= 3 && s.charCodeAt(0) === 0x3d && s.charCodeAt(1) === 0x22 && s.charCodeAt(s.length - 1) === 0x22) {
    s = s.slice(2, -1);
    // (most wrapped cells — ID numbers, 户编号 — hold no doubled quote: no regular expression run for them)
    if (s.includes('""')) s = s.replace(/""/g, '"');
    s = s.trim();
  }
  return s;
}

function isPadding(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/**
 * Normalises a value spelling for vocabulary look-up: NFKC (full-width letters, digits and
 * brackets become half-width) and no spaces.
 *
 * @example
 * normalizeSpelling('患 大病') // '患大病'
 */
export function normalizeSpelling(value: string): string {
  return value.normalize('NFKC').replace(/[\s\u200b]+/g, '');
}
