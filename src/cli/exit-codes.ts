/**
 * Exit codes of the `fangfanpin` command line (退出码), documented in `--help` and docs/cli.md.
 *
 * @module
 */
import type { Text } from '../model/labels.js';

/** The exit codes. */
export const EXIT = {
  /** Every record was scored (or, for `check`, no record has a data-quality error). */
  ok: 0,
  /** Some records were rejected (or, for `check`, have data-quality errors); the files are written. */
  rejected: 1,
  /** The command line is wrong: unknown command or option, a missing argument, a malformed date. */
  usage: 2,
  /** The profile cannot be used: unknown id, invalid profile JSON, or a parameter the records need is unset. */
  profile: 3,
  /** The input cannot be read: missing file, wrong format or encoding, unreadable header, a damaged file. */
  input: 4,
  /** An output cannot be written: the output directory exists (without --force), is a file or a link, is read-only; permission denied; disk full; stdout closed. */
  output: 5,
  /** A bug in fangfanpin (please report it with the message; the stack trace is printed once). */
  internal: 70,
  /** Interrupted by Ctrl-C (SIGINT): 128 + 2. */
  interrupted: 130,
  /** Stopped by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

/** The exit codes explained, for `--help` and docs/cli.md. */
export const EXIT_CODE_TEXT: readonly { code: number; text: Text }[] = [
  { code: EXIT.ok, text: { zh: '全部记录已评估（check：没有数据质量错误）', en: 'every record was scored (check: no data-quality error)' } },
  {
    code: EXIT.rejected,
    text: { zh: '部分记录被拒收或有数据质量错误，结果和拒收文件已写出', en: 'some records were rejected (check: have data-quality errors); the files are written' },
  },
  { code: EXIT.usage, text: { zh: '命令行用法错误（未知命令或选项、缺少参数、日期格式错误）', en: 'usage error (unknown command or option, missing argument, malformed date)' } },
  {
    code: EXIT.profile,
    text: {
      zh: '政策配置错误（未知配置、配置 JSON 无效、记录需要的参数未设定——会指明参数及提供方法）',
      en: 'profile/config error (unknown profile, invalid profile JSON, a parameter the records need is unset — names it and how to supply it)',
    },
  },
  { code: EXIT.input, text: { zh: '输入文件无法读取（不存在、格式或编码错误、表头无法识别、文件损坏）', en: 'the input cannot be read (missing, wrong format or encoding, unrecognised header, damaged)' } },
  {
    code: EXIT.output,
    text: {
      zh: '输出无法写入（输出目录已存在且未加 --force、是文件或链接、只读、无权限、磁盘已满、stdout 被关闭）；已写的部分不保留',
      en: 'an output cannot be written (the output directory exists without --force, is a file or a link, is read-only; permission denied; disk full; stdout closed); nothing partial is kept',
    },
  },
  { code: EXIT.internal, text: { zh: '程序内部错误（请连同提示信息报告）', en: 'internal error (a bug: please report it with the message)' } },
  { code: EXIT.interrupted, text: { zh: '被 Ctrl-C（SIGINT）中断；输出目录中未完成的文件已删除', en: 'interrupted by Ctrl-C (SIGINT); the unfinished files in the output directory are removed' } },
  { code: EXIT.terminated, text: { zh: '被 SIGTERM 终止；同上', en: 'stopped by SIGTERM; the same' } },
];

/** A failure that ends the command with an exit code and a bilingual message. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: number,
    readonly text: Text,
  ) {
    super(`${text.zh}\n${text.en}`);
  }
}
