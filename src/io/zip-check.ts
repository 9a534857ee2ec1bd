/**
 * Checking an XLSX file's zip before it is read (压缩包校验). An XLSX file is a zip; exceljs reads it
 * through a streaming unzipper that trusts what it is given: a changed byte could make it hang,
 * fail with a raw "invalid signature" or "FILE_ENDED", or — inside compressed text — hand out
 * different cells without a word. So the zip is checked first, the way unzip programs do: the
 * end record and the central directory are found and read, each part's local header is where the
 * directory says, and each part is inflated (in pieces, memory flat) to exactly its recorded length
 * and CRC-32. Any mismatch is an {@link ImportError} (`format`) naming the file and the part.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ImportError } from './errors.js';

/**
 * Node's zlib, loaded by the first {@link checkZip} (only an XLSX input needs it): a CSV re-scoring
 * does not load it at start (docs/decisions.md, "Startup: lazy schemas, zlib on first use").
 */
type Zlib = typeof import('node:zlib');
let ZLIB: Zlib | undefined;
async function zlibModule(): Promise<Zlib> {
  return (ZLIB ??= await import('node:zlib'));
}

/** The CRC-32 table (IEEE 802.3, the zip polynomial). */
let TABLE: Uint32Array | undefined;

function table(): Uint32Array {
  if (TABLE) return TABLE;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return (TABLE = t);
}

/**
 * The CRC-32 of bytes, continuing from `previous` (zlib's `crc32` where Node has it and zlib is
 * loaded — by {@link checkZip} —, else a table: the same value).
 *
 * @example
 * crc32(Buffer.from('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const nativeCrc32 = (ZLIB as { crc32?: (data: Uint8Array, value?: number) => number } | undefined)?.crc32;
  if (nativeCrc32) return nativeCrc32(bytes, previous) >>> 0;
  const t = table();
  let c = ~previous >>> 0;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Random access to the file's bytes. */
interface Reader {
  size: number;
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

async function readerOf(input: string | Uint8Array): Promise<Reader> {
  if (typeof input !== 'string') {
    const bytes = input;
    return { size: bytes.length, read: async (p, n) => bytes.subarray(p, Math.min(bytes.length, p + n)), close: async () => {} };
  }
  const handle = await open(input, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(position, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      let got = 0;
      while (got < out.length) {
        const { bytesRead } = await handle.read(out, got, out.length - got, position + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return out.subarray(0, got);
    },
    close: () => handle.close(),
  };
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

/** One part of the zip, as its central directory records it. */
interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

class Damaged extends Error {}

/** The central directory: where it is and how many parts it lists. */
async function directory(r: Reader): Promise<{ offset: number; length: number; count: number }> {
  if (r.size === 0) throw new Damaged('empty');
  const tailLength = Math.min(r.size, 22 + 0xffff);
  const tail = await r.read(r.size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Damaged('no-end');
  let count = u16(tail, at + 10);
  let length = u32(tail, at + 12);
  let offset = u32(tail, at + 16);
  if (count === 0xffff || length === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the locator sits just before the end record.
    const locator = at - 20;
    if (locator < 0 || u32(tail, locator) !== 0x07064b50) throw new Damaged('no-end');
    const end64At = u64(tail, locator + 8);
    const end64 = await r.read(end64At, 56);
    if (end64.length < 56 || u32(end64, 0) !== 0x06064b50) throw new Damaged('no-end');
    count = u64(end64, 32);
    length = u64(end64, 40);
    offset = u64(end64, 48);
  }
  if (offset + length > r.size) throw new Damaged('directory');
  return { offset, length, count };
}

function entries(cd: Uint8Array, count: number): Entry[] {
  const out: Entry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) throw new Damaged('directory');
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    if (p + 46 + nameLength + extraLength + commentLength > cd.length) throw new Damaged('directory');
    const e: Entry = {
      name: Buffer.from(cd.subarray(p + 46, p + 46 + nameLength)).toString('utf8'),
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      crc: u32(cd, p + 16),
      compressed: u32(cd, p + 20),
      size: u32(cd, p + 24),
      offset: u32(cd, p + 42),
    };
    // ZIP64 sizes and offset, in that order, for the fields that hold 0xffffffff.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = u16(cd, x);
      const size = u16(cd, x + 2);
      if (id === 0x0001) {
        let y = x + 4;
        if (e.size === 0xffffffff) (e.size = u64(cd, y)), (y += 8);
        if (e.compressed === 0xffffffff) (e.compressed = u64(cd, y)), (y += 8);
        if (e.offset === 0xffffffff) e.offset = u64(cd, y);
      }
      x += 4 + size;
    }
    out.push(e);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Inflates (or copies) one part in pieces and checks its length and CRC-32. */
async function checkEntry(r: Reader, e: Entry, directoryOffset: number): Promise<void> {
  const local = await r.read(e.offset, 30);
  if (local.length < 30 || u32(local, 0) !== 0x04034b50) throw new Damaged('part');
  const start = e.offset + 30 + u16(local, 26) + u16(local, 28);
  if (start + e.compressed > directoryOffset) throw new Damaged('part');
  if (e.flags & 1) throw new Damaged('encrypted');
  if (e.method !== 0 && e.method !== 8) throw new Damaged('method');
  const PIECE = 1 << 20;
  let crc = 0;
  let length = 0;
  const take = (out: Uint8Array) => {
    length += out.length;
    if (length > e.size) throw new Damaged('part');
    crc = crc32(out, crc);
  };
  if (e.method === 0) {
    if (e.compressed !== e.size) throw new Damaged('part');
    for (let p = 0; p < e.compressed; p += PIECE) take(await r.read(start + p, Math.min(PIECE, e.compressed - p)));
  } else {
    async function* compressed() {
      for (let p = 0; p < e.compressed; p += PIECE) yield await r.read(start + p, Math.min(PIECE, e.compressed - p));
    }
    const zlib = await zlibModule();
    try {
      // pipeline() ends or destroys every stage on an error, so a damaged part never leaves a read waiting.
      await pipeline(Readable.from(compressed()), zlib.createInflateRaw(), async (inflated: AsyncIterable<Buffer>) => {
        for await (const out of inflated) take(out);
      });
    } catch (error) {
      throw error instanceof Damaged ? error : new Damaged('part');
    }
  }
  if (length !== e.size || crc !== e.crc) throw new Damaged('part');
}

const REASONS: Record<string, { zh: string; en: string }> = {
  empty: { zh: '文件为空（0 字节）', en: 'the file is empty (0 bytes)' },
  'no-end': { zh: '不是完整的 XLSX（zip）文件：找不到结尾目录，文件可能被截断或不是 XLSX', en: 'it is not a complete XLSX (zip) file: its end record is missing — cut short, or not an XLSX file' },
  directory: { zh: 'zip 目录已损坏', en: 'its zip directory is damaged' },
  encrypted: { zh: '文件已加密（设有打开密码）：请在 Excel 或 WPS 中取消密码后另存', en: 'it is encrypted (has an open password): remove the password in Excel or WPS and save it again' },
  method: { zh: '使用了不支持的压缩方式', en: 'it uses a compression method that is not supported' },
};

/**
 * Checks the zip of an XLSX file (a path, or its bytes); resolves when every part is whole, throws an
 * {@link ImportError} (`format`) naming the file (`name`, else the path) and what is wrong.
 *
 * @example
 * await checkZip('export.xlsx'); // throws ImportError: "the XLSX file export.xlsx is damaged: the part xl/worksheets/sheet1.xml fails its CRC check …"
 */
export async function checkZip(input: string | Uint8Array, name = typeof input === 'string' ? input : undefined): Promise<void> {
  let r: Reader | undefined;
  let part: string | undefined;
  await zlibModule(); // its crc32 for every part, stored or inflated
  try {
    r = await readerOf(input);
    const d = await directory(r);
    const list = entries(await r.read(d.offset, d.length), d.count);
    for (const e of list) {
      part = e.name;
      await checkEntry(r, e, d.offset);
    }
  } catch (error) {
    if (!(error instanceof Damaged)) throw error;
    const file = name === undefined ? '' : ` ${name}`;
    const what =
      error.message === 'part'
        ? {
            zh: `部件 ${part} 已损坏（长度或 CRC 校验不符）`,
            en: `the part ${part} is damaged (its length or CRC-32 does not match)`,
          }
        : REASONS[error.message]!;
    throw new ImportError('format', {
      zh: `XLSX 文件${file}${file ? ' ' : ''}无法读取：${what.zh}。请用 Excel 或 WPS 重新打开并另存，或重新导出（也可导出为 CSV）`,
      en: `the XLSX file${file} cannot be read: ${what.en}. Open it in Excel or WPS and save it again, or export it again (CSV works too)`,
    });
  } finally {
    await r?.close();
  }
}
