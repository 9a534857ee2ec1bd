/**
 * NDJSON lines (逐行 JSON): one household per line in the interchange format. A line that is not
 * JSON, or not an object, becomes a record with a problem — never a crash, never a lost line.
 *
 * @module
 */

/** One non-blank line of an NDJSON file with its 1-based line number. */
export interface NdjsonLine {
  line: number;
  text: string;
}

/**
 * Splits text chunks into lines (LF or CRLF), skipping blank lines; counts every line, blank or
 * not, so line numbers match an editor's.
 *
 * @example
 * for await (const { line, text } of ndjsonLines(decodeText(openBytes('x.ndjson'), 'utf-8'))) JSON.parse(text);
 */
export async function* ndjsonLines(text: AsyncIterable<string>): AsyncGenerator<NdjsonLine> {
  let buffer = '';
  let line = 0;
  let first = true;
  for await (const chunk of text) {
    buffer = buffer ? buffer + chunk : chunk;
    if (first && buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
    first = false;
    let start = 0;
    for (let nl = buffer.indexOf('\n', start); nl !== -1; nl = buffer.indexOf('\n', start)) {
      line++;
      const end = nl > start && buffer.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const s = buffer.slice(start, end);
      start = nl + 1;
      if (s.trim()) yield { line, text: s };
    }
    buffer = start >= buffer.length ? '' : buffer.slice(start);
  }
  if (buffer.trim()) yield { line: line + 1, text: buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer };
}
