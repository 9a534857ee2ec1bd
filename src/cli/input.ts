/**
 * Opening the input file (读取输入): checks that it exists, counts the bytes read for the progress
 * bar, and hands the bytes to the importer (`readRecords`, src/io). A file that cannot be read is
 * exit code 4.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readRecords, type ImportWarning, type RecordStream } from '../io/read.js';
import { ImportError } from '../io/errors.js';
import type { InputFormat, TextEncoding } from '../io/source.js';
import type { OutputFormat } from '../io/write.js';
import { CliError, EXIT } from './exit-codes.js';

/** An input being read. */
export interface OpenedInput {
  records: RecordStream;
  /** The file's size in bytes. */
  size: number;
  /** Bytes read so far. */
  bytesRead(): number;
}

/** What every command that reads an export is told: the profile, the as-of date, how to read the input. */
export interface ReadingCommandOptions {
  /** A built-in profile id or a profile JSON file. */
  profile: string;
  asOf?: string;
  inputFormat?: InputFormat;
  encoding?: TextEncoding;
}

/** What a command that writes a table is told besides ({@link ReadingCommandOptions}). */
export interface TableCommandOptions extends ReadingCommandOptions {
  out?: string;
  format: OutputFormat;
  lang: 'zh' | 'en';
  progress: boolean;
}

/** Input options shared by the commands. */
export interface InputOptions {
  inputFormat?: InputFormat;
  encoding?: TextEncoding;
  onWarning?: (w: ImportWarning) => void;
}

/**
 * Opens an export for reading. Throws a {@link CliError} (exit 4) when the file is missing or not
 * a file.
 *
 * @example
 * const input = await openInput('examples/data/village.csv', {});
 * for await (const rec of input.records) …
 */
export async function openInput(path: string, options: InputOptions): Promise<OpenedInput> {
  const input = await inputBytes(path);
  const records = readRecords(input.bytes, {
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  return { records, size: input.size, bytesRead: input.bytesRead };
}

/** An input file's bytes, counted as they are read. */
export interface InputBytes {
  /** The bytes, in 1 MB reads (with the file's path, from which the importer takes the format). */
  bytes: AsyncIterable<Uint8Array> & { path: string };
  /** The file's size in bytes. */
  size: number;
  /** Bytes read so far. */
  bytesRead(): number;
}

/**
 * Opens an input file's bytes. Throws a {@link CliError} (exit 4) when the file is missing or
 * not a file.
 *
 * @example
 * const { bytes, size } = await inputBytes('examples/data/village.csv');
 */
export async function inputBytes(path: string): Promise<InputBytes> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
    size = s.size;
  } catch (e) {
    throw new CliError(EXIT.input, { zh: `无法读取输入文件 ${path}：${(e as Error).message}`, en: `cannot read the input file ${path}: ${(e as Error).message}` });
  }
  let read = 0;
  const bytes = {
    path,
    async *[Symbol.asyncIterator]() {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        read += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    },
  };
  return { bytes, size, bytesRead: () => read };
}

/** The CLI error for a failure while reading (exit 4), keeping its bilingual text. */
export function inputError(path: string, e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof ImportError) return new CliError(EXIT.input, { zh: `无法读取 ${path}：${e.text.zh}`, en: `cannot read ${path}: ${e.text.en}` });
  const message = e instanceof Error ? e.message : String(e);
  return new CliError(EXIT.input, { zh: `读取 ${path} 时出错：${message}`, en: `error while reading ${path}: ${message}` });
}
