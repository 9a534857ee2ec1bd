/**
 * UTF-8 validity, byte by byte (UTF-8 校验): where a text stops being UTF-8, so that an encoding
 * error can name the exact byte (the fatal `TextDecoder` only says that it failed), and how much
 * UTF-8 a text holds, so that one bad byte does not make a UTF-8 export look like GBK.
 *
 * @module
 */
import { ImportError } from './errors.js';

/** Where a byte sequence stops being UTF-8: the offset, and whether it is only cut short at the end. */
export interface Utf8Problem {
  /** Offset of the first byte of the bad (or incomplete) sequence. */
  offset: number;
  /** `true`: the bytes end inside a character (the sequence is valid so far). */
  truncated: boolean;
}

/**
 * The length of the valid UTF-8 sequence at `i` (1–4), 0 when none starts there, or -1 when the
 * bytes end before a sequence that is valid so far is complete (WHATWG / RFC 3629 rules:
 * no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return -1;
    const x = b[i + k]!;
    if (x < lo || x > hi) return 0;
    lo = 0x80;
    hi = 0xbf;
  }
  return need + 1;
}

/**
 * The first place where `bytes` are not UTF-8, or `null` when they all are.
 *
 * @example
 * firstInvalidUtf8(Buffer.from([0x41, 0xff]))       // { offset: 1, truncated: false }
 * firstInvalidUtf8(Buffer.from([0x41, 0xe6, 0x88])) // { offset: 1, truncated: true }
 */
export function firstInvalidUtf8(bytes: Uint8Array): Utf8Problem | null {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceAt(bytes, i);
    if (n > 0) i += n;
    else return { offset: i, truncated: n < 0 };
  }
  return null;
}

/**
 * How much of a text's non-ASCII content is UTF-8: the number of valid multi-byte sequences and of
 * invalid bytes (an incomplete sequence at the very end, where a read may have cut, is not counted).
 *
 * @example
 * utf8Evidence(Buffer.from('户编号')) // { valid: 3, invalid: 0 }
 */
export function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceAt(bytes, i);
    if (n > 0) {
      valid++;
      i += n;
    } else if (n < 0) break;
    else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * The ImportError for bytes that are not UTF-8.
 *
 * @example
 * throw encodingError(1024); // the file is not valid UTF-8: byte 1024 …
 */
export function encodingError(offset: number, truncated = false): ImportError {
  if (truncated) {
    return new ImportError('encoding', {
      zh: `文件在一个 UTF-8 字符中间结束（第 ${offset} 字节起的字符不完整，从 0 计）：文件可能被截断，请重新导出`,
      en: `the file ends inside a UTF-8 character (the character from byte ${offset}, counting from 0, is incomplete): it may have been cut short; export it again`,
    });
  }
  return new ImportError('encoding', {
    zh: `文件不是有效的 UTF-8 编码：第 ${offset} 字节（从 0 计）不是 UTF-8 字符的一部分；如为 GBK 编码，请指定 encoding: 'gbk'（命令行 --encoding gbk）`,
    en: `the file is not valid UTF-8: byte ${offset} (counting from 0) is not part of a UTF-8 character; if it is GBK-encoded, pass encoding: 'gbk' (command line: --encoding gbk)`,
  });
}

/**
 * The encoding error of bytes that failed strict UTF-8 decoding and start at file offset `base` on
 * a character boundary: names the exact byte.
 *
 * @example
 * throw utf8ErrorAt(chunk.bytes, chunk.byteOffset);
 */
export function utf8ErrorAt(bytes: Uint8Array, base: number): ImportError {
  const p = firstInvalidUtf8(bytes);
  return p ? encodingError(base + p.offset, p.truncated) : encodingError(base);
}

