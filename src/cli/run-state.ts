/**
 * The command running in this process (运行状态), for the moments it cannot finish itself: Ctrl-C
 * (SIGINT), SIGTERM, or a run that stops without settling (a bug). Its output directory is
 * abandoned (temporary files removed, see src/cli/out-dir.ts), the reason and the balance of the
 * records done so far are printed, and the exit code is given.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import { EXIT } from './exit-codes.js';
import type { OutputDirectory } from './out-dir.js';
import { printBalance, printError, type Io } from './print.js';

/** The counts of the balance line: records in, results, rejected. */
export interface Counts {
  in: number;
  results: number;
  rejected: number;
}

/** A command that is running. */
export interface ActiveRun {
  io: Io;
  out?: OutputDirectory | undefined;
  /** The records done so far (`undefined` before any record is read). */
  counts(): Counts | undefined;
}

let active: ActiveRun | undefined;

/** Brings the running command's counts up to date before they are read (a coordinator thread's counts, kept in shared memory). */
let refresh: (() => void) | undefined;

/**
 * Registers what brings the running command's counts up to date before a signal reads them
 * (src/cli/pipeline/coordinator.ts: the coordinator thread's counts, which it does not send while no
 * progress display shows them); returns the function that unregisters it.
 *
 * @example
 * const end = refreshCountsWith(() => on.progress(…shared.read()));
 * try { … } finally { end(); }
 */
export function refreshCountsWith(f: () => void): () => void {
  refresh = f;
  return () => {
    if (refresh === f) refresh = undefined;
  };
}

/**
 * Registers the running command; returns the function that unregisters it.
 *
 * @example
 * const end = beginRun({ io, out, counts: () => tally });
 * try { … } finally { end(); }
 */
export function beginRun(run: ActiveRun): () => void {
  active = run;
  return () => {
    if (active === run) active = undefined;
  };
}

function stop(reason: Text, code: number): number {
  const run = active;
  active = undefined;
  const io: Io = run?.io ?? { stdout: process.stdout, stderr: process.stderr };
  run?.out?.abandon();
  printError(io, reason);
  try {
    refresh?.();
  } catch {
    // The counts stay as they were last sent.
  }
  const counts = run?.counts();
  if (counts) printBalance(io, counts, true);
  return code;
}

/**
 * Stops the running command for a signal: abandons its output directory, prints why and the
 * balance so far; returns the exit code (130 for SIGINT, 143 for SIGTERM).
 *
 * @example
 * process.on('SIGINT', () => process.exit(interrupt('SIGINT')));
 */
export function interrupt(signal: 'SIGINT' | 'SIGTERM'): number {
  const code = signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
  return stop(
    {
      zh: `运行被 ${signal} 中断：输出未完成，未完成的文件已删除（输出目录保持运行前的状态）`,
      en: `the run was interrupted by ${signal}: the outputs are not complete; the unfinished files are removed (the output directory is as it was before the run)`,
    },
    code,
  );
}

/**
 * The run stopped without finishing or failing (nothing left to wait for): a bug. Abandons its
 * output directory, prints that and the balance so far; returns 70.
 *
 * @example
 * process.on('beforeExit', () => { if (!settled) process.exit(unfinished()); });
 */
export function unfinished(): number {
  return stop(
    {
      zh: '程序内部错误：运行在完成之前停止（没有剩余的工作可等待）；输出未写出。请连同输入文件的情况报告此问题',
      en: 'internal error: the run stopped before it finished (nothing was left to wait for); no output was written. Please report it, with what the input was like',
    },
    EXIT.internal,
  );
}
