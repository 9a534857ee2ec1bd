/**
 * The command line run in this process (`runCli`) with stdout and stderr captured: the exit code,
 * both texts, and stdout's bytes (to check a BOM). Faster than a child process and needs no build;
 * tests spawn a process only where a real one is needed (signals, a closed or full stdout).
 */
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/program.js';

/** A writable that keeps what it is given. */
export class Capture extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (e?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    done();
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.bytes.toString('utf8');
  }
}

/** What a run gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/**
 * Runs `fangfanpin <args>` in this process.
 *
 * @example
 * const r = await cli('rescore', 'x.csv', '--profile', 'fujian/jinan/2023');
 */
export async function cli(...args: string[]): Promise<CliRun> {
  return cliWith({}, ...args);
}

/** {@link cli} with given streams (e.g. a stdout that fails, or a stdin). */
export async function cliWith(io: { stdout?: NodeJS.WritableStream & { isTTY?: boolean }; stdin?: NodeJS.ReadableStream }, ...args: string[]): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(args, { stdout: io.stdout ?? stdout, stderr, ...(io.stdin ? { stdin: io.stdin } : {}) });
  return { code, stdout: stdout.text, stderr: stderr.text, stdoutBytes: stdout.bytes };
}
