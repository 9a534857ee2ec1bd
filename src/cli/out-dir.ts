/**
 * The output directory (输出目录) of `--out`: it holds one run's complete outputs, or is plainly
 * marked incomplete — never a partial file under a final name beside another run's files.
 *
 * - A directory that exists and is not empty is refused unless `--force`; a path that is a file, or
 *   a symbolic link, is refused.
 * - While the run goes on, `INCOMPLETE.txt` says so and every output is written under a temporary
 *   name (`results.csv.partial`, …), created with `O_EXCL`: neither a file nor a symbolic link in
 *   its place is written through.
 * - When everything is written, each file is renamed to its name (a rename replaces a symbolic
 *   link there, never its target), the outputs of earlier runs that this run did not write
 *   (another format's results) are removed, and the marker last.
 * - When the run fails or is interrupted, the temporary files are removed (and the marker, and the
 *   directory when the run created it): what was there before stays as it was. Only a killed
 *   process (`kill -9`, a power cut) leaves the marker and the `.partial` files behind.
 *
 * @module
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Text } from '../model/labels.js';
import { OutputError, outputError } from './output-error.js';

/** The marker of a run in progress (or killed). */
export const INCOMPLETE_MARKER = 'INCOMPLETE.txt';

/** The suffix of a file being written. */
export const PARTIAL_SUFFIX = '.partial';

/** Every file a command writes into an output directory (an earlier run's are replaced). */
export const OUTPUT_FILES: readonly string[] = [
  'results.csv',
  'results.ndjson',
  'results.xlsx',
  'rejected.csv',
  'summary.csv',
  'summary.json',
  'summary-matrix.csv',
  'summary-facts.csv',
  'quality.csv',
  'quality.ndjson',
  'quality.xlsx',
  'compare.csv',
  'compare.ndjson',
  'compare.xlsx',
  'compare-summary.json',
];

function code(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch (e) {
    if (code(e) === 'ENOENT') return undefined;
    throw e;
  }
}

function unlinkIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if (code(e) !== 'ENOENT') throw e;
  }
}

/** Options of {@link OutputDirectory.open}. */
export interface OutputDirectoryOptions {
  /** Write into a directory that is not empty (its earlier outputs are replaced once this run is complete). */
  force: boolean;
  /** What the marker says is running (e.g. `fangfanpin rescore export.csv`). */
  command: string;
}

/**
 * An output directory being written (see the module comment).
 *
 * @example
 * const out = OutputDirectory.open('out', { force: false, command: 'fangfanpin rescore x.csv' });
 * await writeResults(rows, { path: out.file('results.csv'), createNew: true });
 * out.commit();
 */
export class OutputDirectory {
  private readonly files = new Set<string>();
  private settled = false;

  private constructor(
    /** The directory. */
    readonly dir: string,
    private readonly created: boolean,
  ) {}

  /** Prepares `dir` (see the module comment); throws an {@link OutputError} when it cannot be used. */
  static open(dir: string, options: OutputDirectoryOptions): OutputDirectory {
    let created = false;
    try {
      const s = lstatOrUndefined(dir);
      if (s?.isSymbolicLink()) {
        throw new OutputError(dir, 'ELOOP', {
          zh: `输出目录 ${dir} 是一个符号链接：不会跟随链接写入，请给出实际的目录`,
          en: `the output directory ${dir} is a symbolic link: it is not followed; give the real directory`,
        });
      }
      if (s && !s.isDirectory()) {
        throw new OutputError(dir, 'ENOTDIR', { zh: `--out ${dir} 已存在且不是目录`, en: `--out ${dir} exists and is not a directory` });
      }
      if (s) {
        const entries = readdirSync(dir);
        if (entries.length > 0 && !options.force) {
          throw new OutputError(dir, 'EEXIST', {
            zh: `输出目录 ${dir} 已存在且不为空：请换一个目录，或加 --force（本次运行完成后替换其中先前的输出文件）`,
            en: `the output directory ${dir} exists and is not empty: choose another, or add --force (its earlier outputs are replaced once this run is complete)`,
          });
        }
      } else {
        mkdirSync(dir, { recursive: true });
        created = true;
      }
      // A killed run's temporary files go (its final-name files, if any, are an earlier complete run's).
      if (!created) for (const name of OUTPUT_FILES) unlinkIfThere(join(dir, name + PARTIAL_SUFFIX));
      const out = new OutputDirectory(dir, created);
      out.writeMarker(options.command);
      return out;
    } catch (e) {
      throw outputError(dir, e);
    }
  }

  /** The temporary path to write the output `name` to (created new, see the module comment). */
  file(name: string): string {
    const partial = join(this.dir, name + PARTIAL_SUFFIX);
    try {
      unlinkIfThere(partial); // a killed run's, or a link planted there: removed, never followed
    } catch (e) {
      throw outputError(partial, e);
    }
    this.files.add(name);
    return partial;
  }

  /** Renames every output to its name, removes earlier runs' outputs this run did not write, then the marker. */
  commit(): void {
    if (this.settled) return;
    let current = '';
    try {
      for (const name of this.files) {
        current = join(this.dir, name);
        renameSync(current + PARTIAL_SUFFIX, current);
      }
      for (const name of OUTPUT_FILES) {
        if (this.files.has(name)) continue;
        current = join(this.dir, name);
        const s = lstatOrUndefined(current);
        if (s && !s.isDirectory()) unlinkSync(current);
        unlinkIfThere(current + PARTIAL_SUFFIX);
      }
      current = join(this.dir, INCOMPLETE_MARKER);
      unlinkIfThere(current);
      this.settled = true;
    } catch (e) {
      throw outputError(current, e);
    }
  }

  /**
   * The run failed or was stopped: its temporary files are removed, and the marker; the directory
   * too when this run created it. Synchronous (it runs from a signal handler); never throws.
   */
  abandon(): void {
    if (this.settled) return;
    this.settled = true;
    for (const name of this.files) {
      try {
        unlinkIfThere(join(this.dir, name + PARTIAL_SUFFIX));
      } catch {
        // best effort: the marker below still says the directory is incomplete
      }
    }
    try {
      unlinkIfThere(join(this.dir, INCOMPLETE_MARKER));
      if (this.created) rmdirSync(this.dir);
    } catch {
      // not empty (something else was written there meanwhile) or not removable: left as it is
    }
  }

  private writeMarker(command: string): void {
    const path = join(this.dir, INCOMPLETE_MARKER);
    unlinkIfThere(path);
    const text: Text = {
      zh: `本目录的输出尚未完成：${command}（进程 ${process.pid}）正在写入，或已被强行终止。带 .partial 后缀的文件不完整；其他输出文件（如有）来自先前的运行。运行正常结束时本文件会被删除。`,
      en: `The outputs in this directory are not complete: ${command} (process ${process.pid}) is writing them, or was killed. Files ending in .partial are incomplete; any other outputs here are from an earlier run. This file is removed when the run ends normally.`,
    };
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, `${text.zh}\n${text.en}\n`);
    } finally {
      closeSync(fd);
    }
  }
}
