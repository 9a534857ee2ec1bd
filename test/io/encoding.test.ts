/**
 * Issue 12 item 11 — encoding detection and errors: one invalid byte in a UTF-8 export is reported
 * as what it is, with its byte offset (before: detection switched to GB18030 and the error said
 * "no header row"); a file cut inside a UTF-8 character says so, with the offset; a real GBK file
 * is still read as GBK.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, ImportError, readRecords } from '../../src/io/index.js';
import { firstInvalidUtf8 } from '../../src/io/utf8.js';

const VILLAGE = readFileSync(new URL('../../examples/data/village.csv', import.meta.url)).subarray(3); // without its BOM

async function readError(bytes: Uint8Array, options: Parameters<typeof readRecords>[1] = {}): Promise<ImportError> {
  try {
    for await (const _ of readRecords([bytes], { format: 'csv', ...options })) void _;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}

function withByte(at: number, byte: number): Buffer {
  const b = Buffer.from(VILLAGE);
  b[at] = byte;
  return b;
}

describe('UTF-8 with one bad byte (issue 12 item 11)', () => {
  const at = VILLAGE.indexOf(0x0a, 5000) + 10;

  it('detectEncoding keeps UTF-8 for a text of many UTF-8 characters and one invalid byte; a GBK text is still GBK', () => {
    expect(detectEncoding(withByte(at, 0xff).subarray(0, 1 << 16))).toBe('utf-8');
    expect(detectEncoding(iconv.encode(VILLAGE.toString('utf8').slice(0, 20000), 'gbk'))).toBe('gb18030');
    expect(detectEncoding(Buffer.from('户编号,姓名\n'))).toBe('utf-8');
  });

  it.each([
    ['chunked', {}],
    ['chunks of 4 KB', { chunkBytes: 4096 }],
    ['one stream (papaparse)', { chunked: false }],
  ])('%s: the error is an encoding error naming the exact byte offset, not "no header row"', async (_, options) => {
    const e = await readError(withByte(at, 0xff), options as never);
    expect(e.code).toBe('encoding');
    expect(e.text.en).toContain(`byte ${at}`);
    expect(e.text.zh).toContain(`第 ${at} 字节`);
  });

  it('an invalid byte in the title row above the header: the same, with the offset of the broken character', async () => {
    // bytes 0-2 are （ (EF BC 88): its second byte replaced, the character from byte 0 is broken
    const e = await readError(withByte(1, 0xff));
    expect(e.code).toBe('encoding');
    expect(e.text.en).toContain('byte 0 ');
  });
});

describe('a file cut inside a UTF-8 character (issue 12 item 11)', () => {
  const cut = (() => {
    let j = VILLAGE.length - 5;
    while (!(VILLAGE[j]! >= 0x80 && VILLAGE[j]! < 0xc0 && VILLAGE[j - 1]! >= 0xe0)) j--;
    return j; // cut after the lead byte: the last character is incomplete
  })();

  it.each([
    ['chunked', {}],
    ['chunks of 4 KB', { chunkBytes: 4096 }],
    ['one stream (papaparse)', { chunked: false }],
  ])('%s: "ends inside a UTF-8 character", with the offset where that character starts', async (_, options) => {
    const e = await readError(VILLAGE.subarray(0, cut), options as never);
    expect(e.code).toBe('encoding');
    expect(e.text.en).toContain('ends inside a UTF-8 character');
    expect(e.text.en).toContain(`byte ${cut - 1}`);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte that cannot start or continue a character, or the start of an incomplete last one', () => {
    expect(firstInvalidUtf8(Buffer.from('户编号'))).toBeNull();
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xff, 0x41]))).toEqual({ offset: 1, truncated: false });
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe6, 0x88]))).toEqual({ offset: 1, truncated: true });
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ offset: 0, truncated: false }); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toEqual({ offset: 0, truncated: false }); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80]))).toBeNull();
  });
});
