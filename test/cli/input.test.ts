/**
 * Opening the input (src/cli/input.ts `inputBytes`): a file of at most 1 MB is read in one call, a
 * larger one through a stream in 1 MB pieces; either way the pieces joined are the file's bytes, the
 * count read is its size, and an empty file gives no piece.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { inputBytes } from '../../src/cli/input.js';

const dir = mkdtempSync(join(tmpdir(), 'ffp-input-'));
let files = 0;

async function pieces(bytes: Uint8Array): Promise<{ pieces: Buffer[]; read: number; size: number }> {
  const path = join(dir, `in-${++files}.csv`);
  writeFileSync(path, bytes);
  const input = await inputBytes(path);
  const got: Buffer[] = [];
  for await (const p of input.bytes) got.push(Buffer.from(p));
  return { pieces: got, read: input.bytesRead(), size: input.size };
}

describe('the input file’s bytes', () => {
  prop.prop([fc.uint8Array({ maxLength: 4096 })], { numRuns: 50 })('a small file: one piece, its bytes; none when empty', async (bytes) => {
    const r = await pieces(bytes);
    expect(r.pieces).toHaveLength(bytes.length === 0 ? 0 : 1);
    expect(Buffer.concat(r.pieces).equals(Buffer.from(bytes))).toBe(true);
    expect(r.read).toBe(bytes.length);
    expect(r.size).toBe(bytes.length);
  });

  it('at 1 MB one piece; one byte more, pieces of 1 MB from the stream; the bytes the same', async () => {
    for (const length of [(1 << 20) - 1, 1 << 20, (1 << 20) + 1, 2.5 * (1 << 20)]) {
      const bytes = Buffer.alloc(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 7919) & 0xff;
      const r = await pieces(bytes);
      expect(r.pieces.length, `${length}`).toBe(Math.ceil(length / (1 << 20)));
      expect(r.pieces.slice(0, -1).every((p) => p.length === 1 << 20)).toBe(true);
      expect(Buffer.concat(r.pieces).equals(bytes)).toBe(true);
      expect(r.read).toBe(length);
    }
  });

  it('a file that is not there is exit code 4, before any byte is read', async () => {
    await expect(inputBytes(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 4 });
  });
});
