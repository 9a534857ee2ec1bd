/**
 * Output errors (输出错误): a file or stream the CLI writes cannot be written — the directory is
 * read-only or not a directory, permission is denied, the disk is full, the reader of stdout went
 * away (`| head`). Exit code 5, a clear bilingual message naming the file, never a stack trace.
 *
 * @module
 */
import type { Text } from '../model/labels.js';

/** What went wrong, by system error code. */
const CAUSES: Record<string, Text> = {
  ENOSPC: { zh: '磁盘已满', en: 'the disk is full' },
  EDQUOT: { zh: '超出磁盘配额', en: 'the disk quota is exceeded' },
  EFBIG: { zh: '文件超过允许的大小', en: 'the file is larger than allowed' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'permission denied' },
  EROFS: { zh: '文件系统为只读', en: 'the file system is read-only' },
  EISDIR: { zh: '目标是一个目录', en: 'it is a directory' },
  ENOTDIR: { zh: '路径中有一部分不是目录', en: 'part of the path is not a directory' },
  ENOENT: { zh: '路径不存在', en: 'the path does not exist' },
  EEXIST: { zh: '已存在同名文件或链接', en: 'a file or link of that name exists' },
  EPIPE: { zh: '读取输出的程序已关闭（如 | head）', en: 'the program reading the output has closed it (e.g. | head)' },
  ERR_STREAM_DESTROYED: { zh: '输出流已关闭', en: 'the output stream is closed' },
  ERR_STREAM_WRITE_AFTER_END: { zh: '输出流已关闭', en: 'the output stream is closed' },
  EIO: { zh: '输入输出错误', en: 'an input/output error' },
};

/**
 * An output that cannot be written. `file` names it (`stdout` for the standard output).
 *
 * @example
 * throw new OutputError('out/results.csv', 'ENOSPC', { zh: '…', en: '…' });
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    readonly text: Text,
  ) {
    super(`${text.en} — ${text.zh}`);
  }
}

/**
 * The output error for a failure while writing `file` (an {@link OutputError} is returned as is).
 *
 * @example
 * outputError('out/results.csv', Object.assign(new Error('no space'), { code: 'ENOSPC' })).text.en
 * // 'cannot write out/results.csv: the disk is full'
 */
export function outputError(file: string, cause: unknown): OutputError {
  if (cause instanceof OutputError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? CAUSES[code] : undefined;
  const detail = known ?? { zh: cause instanceof Error ? cause.message : String(cause), en: cause instanceof Error ? cause.message : String(cause) };
  return new OutputError(file, typeof code === 'string' ? code : undefined, { zh: `无法写入 ${file}：${detail.zh}`, en: `cannot write ${file}: ${detail.en}` });
}

/**
 * Whether an error is a failed system call on an output (as opposed to a bug): it has an errno code.
 *
 * @example
 * isSystemError(Object.assign(new Error('x'), { code: 'EPIPE' })) // true
 */
export function isSystemError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code in CAUSES || /^E[A-Z]+$/.test(code));
}
