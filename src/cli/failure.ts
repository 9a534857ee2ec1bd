/**
 * What a failure means for the user (失败的分类): each error that stops a command is an exit code
 * and a bilingual message — a usage, profile, input or output error is explained in words; only a
 * bug (anything else) prints its stack trace, once.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import { ImportError } from '../io/errors.js';
import { CliError, EXIT } from './exit-codes.js';
import { OutputError, outputError } from './output-error.js';
import { printError, type Io } from './print.js';

/** System error codes that mean an output could not be written (input read errors arrive as ImportError). */
const OUTPUT_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** A failure, classified. */
export interface Failure {
  code: number;
  text: Text;
  /** The stack trace of a bug (printed once). */
  stack?: string;
}

/**
 * Classifies an error that stopped a command reading `inputPath` (if any).
 *
 * @example
 * describeFailure(new ImportError('no-header', t), 'x.csv').code // 4
 */
export function describeFailure(e: unknown, inputPath?: string): Failure {
  if (e instanceof CliError) return { code: e.code, text: e.text };
  if (e instanceof OutputError) return { code: EXIT.output, text: e.text };
  if (e instanceof ImportError) {
    const where = inputPath ?? '';
    return { code: EXIT.input, text: where ? { zh: `无法读取 ${where}：${e.text.zh}`, en: `cannot read ${where}: ${e.text.en}` } : e.text };
  }
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && OUTPUT_CODES.has(code)) {
    const path = (e as { path?: unknown }).path;
    return { code: EXIT.output, text: outputError(typeof path === 'string' ? path : 'output', e).text };
  }
  const message = e instanceof Error ? e.message : String(e);
  const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return {
    code: EXIT.internal,
    text: { zh: `程序内部错误（请连同以下信息报告）：${message}`, en: `internal error (a bug: please report it with the details below): ${message}` },
    stack,
  };
}

/**
 * Prints a failure (the stack trace of a bug once, after the message) and returns its exit code.
 *
 * @example
 * return reportFailure(io, e, inputPath);
 */
export function reportFailure(io: Io, e: unknown, inputPath?: string): number {
  const f = describeFailure(e, inputPath);
  printError(io, f.text);
  if (f.stack) io.stderr.write(`${f.stack}\n`);
  return f.code;
}
