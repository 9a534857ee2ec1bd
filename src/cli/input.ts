/**
 * Opening the input (读取输入): a file, or `-` for the standard input; counts the bytes read for the
 * progress bar, and hands the bytes to the importer (`readRecords`, src/io). A file that cannot be
 * read is exit code 4.
 *
 * @module
 */
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readRecords, type ImportWarning, type RecordStream } from '../io/read.js';
import { ImportError } from '../io/errors.js';
import type { InputFormat, TextEncoding } from '../io/source.js';
import type { OutputFormat } from '../io/write.js';
import { CliError, EXIT } from './exit-codes.js';

/** The bytes of a file read at a time (1 MB); a file of at most this many is read in one call. */
const READ_BYTES = 1 << 20;

/** An input being read. */
export interface OpenedInput {
  records: RecordStream;
  /** The file's size in bytes (0 for the standard input: unknown). */
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
  /** Write into a non-empty output directory (its earlier outputs are replaced once the run is complete). */
  force?: boolean;
  /** Print only errors and the balance line on stderr. */
  quiet?: boolean;
  /** Print the summary as JSON on stdout (with --out). */
  json?: boolean;
  /** A UTF-8 byte-order mark before CSV on stdout (files always have one). */
  bom?: boolean;
}

/** Input options shared by the commands. */
export interface InputOptions {
  inputFormat?: InputFormat;
  encoding?: TextEncoding;
  onWarning?: (w: ImportWarning) => void;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
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
  const input = await inputBytes(path, options.stdin);
  const records = readRecords(input.bytes, {
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  return { records, size: input.size, bytesRead: input.bytesRead };
}

/** An input's bytes, counted as they are read. */
export interface InputBytes {
  /** The bytes, in 1 MB reads (with the file's path, from which the importer takes the format; none for stdin). */
  bytes: AsyncIterable<Uint8Array> & { path?: string };
  /** The file's size in bytes (0 for the standard input). */
  size: number;
  /** Bytes read so far. */
  bytesRead(): number;
  /** Whether the input is the standard input (`-`). */
  stdin: boolean;
}

/** A failure of the file system while reading: the input cannot be read (exit 4), not a bug. */
function unreadable(path: string, e: unknown): ImportError {
  if (e instanceof ImportError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ImportError('unreadable', { zh: `读取 ${path} 时出错：${message}`, en: `error while reading ${path}: ${message}` });
}

/**
 * Opens an input's bytes: a file, or `-` for the standard input. Throws a {@link CliError} (exit 4)
 * when the file is missing or not a file.
 *
 * @example
 * const { bytes, size } = await inputBytes('examples/data/village.csv');
 */
export async function inputBytes(path: string, stdin?: NodeJS.ReadableStream): Promise<InputBytes> {
  let read = 0;
  if (path === '-') {
    const source = stdin ?? process.stdin;
    const bytes = {
      async *[Symbol.asyncIterator]() {
        try {
          for await (const chunk of source as AsyncIterable<Buffer | string>) {
            const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
            read += b.length;
            yield b;
          }
        } catch (e) {
          throw unreadable('stdin', e);
        }
      },
    };
    return { bytes, size: 0, bytesRead: () => read, stdin: true };
  }
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
    size = s.size;
  } catch (e) {
    throw new CliError(EXIT.input, { zh: `无法读取输入文件 ${path}：${(e as Error).message}`, en: `cannot read the input file ${path}: ${(e as Error).message}` });
  }
  const bytes = {
    path,
    async *[Symbol.asyncIterator]() {
      try {
        if (size <= READ_BYTES) {
          // The whole file in one read, as the stream below would give it (one piece, none when
          // empty), without a stream to open and wait for (docs/decisions.md, "Startup: …, eighth slice").
          const whole = readFileSync(path);
          read += whole.length;
          if (whole.length > 0) yield whole;
          return;
        }
        for await (const chunk of createReadStream(path, { highWaterMark: READ_BYTES })) {
          read += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      } catch (e) {
        throw unreadable(path, e);
      }
    },
  };
  return { bytes, size, bytesRead: () => read, stdin: false };
}

/**
 * The CLI error for an input that cannot be read (exit 4), keeping its bilingual text; any other
 * error is returned as it is (an output error, or a bug).
 *
 * @example
 * throw inputError('x.csv', e);
 */
export function inputError(path: string, e: unknown): unknown {
  if (e instanceof CliError) return e;
  if (e instanceof ImportError) return new CliError(EXIT.input, { zh: `无法读取 ${path}：${e.text.zh}`, en: `cannot read ${path}: ${e.text.en}` });
  return e;
}
