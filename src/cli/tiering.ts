/**
 * V8's optimising compiler (TurboFan) left out of a small run of the command line (优化编译器：小文件不启用).
 *
 * A `rescore` of the bundled example (120 households, 188 KB) spent ≈ 20 % of its instructions in
 * TurboFan, on V8's helper threads: the byte scan, the cell decoder and the money parser become hot
 * within a few dozen households and are compiled at a cost of 10–100 ms of CPU each, for code that
 * then runs for a few milliseconds before the process ends. Without it (interpreter and Sparkplug, the
 * baseline compiler, only) the same run costs ≈ 12 % fewer instructions in all (docs/decisions.md,
 * "Startup: …, eighth slice"). A file of more than one chunk is scored with the optimising compiler,
 * as before: there it pays.
 *
 * The switch is V8's `--opt` flag, set while the process runs (`v8.setFlagsFromString`; node has no
 * other way for a program started as `node main.js`, nor a shebang for `node dist/cli/main.js`). V8
 * keeps a hash of its flags in every code cache and rejects a cache made under other flags, so:
 *
 * - the caches are compiled and written under node's flags as started ({@link underStartFlags}:
 *   src/cli/code-cache.ts sets the flag back for a compile with cached data and for `createCachedData`,
 *   then off again), so a small run and a large one keep taking the same caches;
 * - the flag is set back when the run is done ({@link optimisingCompilerBack}), before anything is
 *   written at exit;
 * - nothing is done when node was started with options of its own (`node --… dist/cli/main.js`,
 *   `NODE_OPTIONS`): whatever they set stays as given;
 * - only the command line's own process does it, when its entry asked for it ({@link allowLeanTiering},
 *   src/cli/main.ts); the command run in another program's process (the tests) never changes its flags.
 *
 * A file of a few chunks scored in one thread (`-w 1`, or up to eight chunks whatever the workers:
 * src/cli/pipeline/run.ts `ONE_THREAD_CHUNKS`) is lean too, up to {@link LEAN_RUN_BYTES}: with an
 * output directory it is scored in the coordinator thread, a second isolate of the same process
 * (V8's flags are the process's), which compiles its bundle and generated code with their caches.
 * That thread is told the flags are off ({@link leanTieringNow} → `workerData.leanTiering` →
 * {@link adoptLeanTiering}, src/cli/pipeline/worker-bin.ts), so its caches too are read and written
 * under the start flags.
 *
 * Which compiler runs changes how fast, never what: the outputs are the same bytes (the snapshot of
 * every built-in profile re-scores the bundled example this way, and a 20,000-household export the
 * other way).
 *
 * The state lives on the global object under a registered symbol: the entry file
 * (dist/cli/main.js, which writes the bundle's cache) and the bundle it loads each hold a copy of this
 * module, and both must see the same switch.
 *
 * @module
 */
import { createRequire } from 'node:module';

const STATE = Symbol.for('fangfanpin.cli.tiering');

interface TieringState {
  /** The entry allowed it (the command line's own process). */
  allowed: boolean;
  /** The optimising compiler is off now. */
  off: boolean;
}

function state(): TieringState {
  const g = globalThis as { [STATE]?: TieringState };
  return (g[STATE] ??= { allowed: false, off: false });
}

let setFlags: ((flags: string) => void) | undefined;
function v8Flags(flags: string): void {
  setFlags ??= (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString;
  setFlags(flags);
}

/**
 * Whether node was started with options of its own (on its command line, or in `NODE_OPTIONS`): then
 * the command line leaves V8's flags as they are (a `--jitless`, a `--no-opt`, a memory limit …).
 *
 * @example
 * startedWithFlags([], {})                                    // false
 * startedWithFlags(['--max-old-space-size=4096'], {})         // true
 * startedWithFlags([], { NODE_OPTIONS: '--no-opt' })          // true
 */
export function startedWithFlags(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  return execArgv.length > 0 || (env.NODE_OPTIONS ?? '').trim() !== '';
}

/**
 * Allows {@link optimisingCompilerOff} in this process — by default when node was started without
 * options of its own ({@link startedWithFlags}). Called by the command line's entry
 * (src/cli/main.ts), never by the library or a program that runs a command in its own process.
 *
 * @example
 * allowLeanTiering(); // src/cli/main.ts
 */
export function allowLeanTiering(allow: boolean = !startedWithFlags()): void {
  state().allowed = allow;
}

/**
 * Turns the optimising compiler off for the rest of a small run (see the module comment). Does
 * nothing unless the entry allowed it; returns whether it is off.
 *
 * @example
 * if (input.size <= chunkBytes) optimisingCompilerOff();
 */
export function optimisingCompilerOff(): boolean {
  const s = state();
  if (!s.allowed || s.off) return s.off;
  v8Flags('--no-opt');
  s.off = true;
  return true;
}

/**
 * The largest input scored without the optimising compiler when one thread scores it (a file of one
 * chunk always is): 4 MB. Measured (CPU, `-w 1 --out`, warm caches, without it ÷ with it; docs/decisions.md,
 * "Startup: …, ninth slice"): the example's wide shape (≈ 1.6 KB a household) 700 households (1.1 MB)
 * × 0.70–0.80, 5,000 (7.9 MB) × 0.76–0.81, 10,000 (15.8 MB) about even, 20,000 (31 MB) × 1.4; a narrow
 * export (≈ 22 columns, more households a megabyte) 2 MB × 0.74, 4 MB × 0.92, 8 MB × 1.25 or more. What
 * decides is the number of rows, which is not known before the file is read: 4 MB gains on both shapes.
 */
export const LEAN_RUN_BYTES = 4 * 1024 * 1024;

/**
 * Whether a run of `size` bytes is lean (see the module comment): a file of at most one chunk, or of
 * at most {@link LEAN_RUN_BYTES} scored in one thread (no scoring worker started).
 *
 * @example
 * leanRun(188_000, 256 * 1024, false)       // true: one chunk
 * leanRun(1_100_000, 256 * 1024, true)      // true: a few chunks, one scoring thread
 * leanRun(1_100_000, 256 * 1024, false)     // false: scoring workers
 * leanRun(31_000_000, 256 * 1024, true)     // false: the optimising compiler pays
 */
export function leanRun(size: number, chunkBytes: number, oneScoringThread: boolean): boolean {
  return size <= chunkBytes || (oneScoringThread && size <= LEAN_RUN_BYTES);
}

/**
 * Whether the optimising compiler is off now (this run is lean): a worker thread started now is
 * told so ({@link adoptLeanTiering}).
 *
 * @example
 * new Worker(entry, { workerData: { ...setup, leanTiering: leanTieringNow() } });
 */
export function leanTieringNow(): boolean {
  return state().off;
}

/**
 * In a worker thread started by a lean run ({@link leanTieringNow}): V8's flags are the process's, so
 * the optimising compiler is off here too, and this thread's code caches must be read and written
 * under the start flags ({@link underStartFlags}). Called by the worker's entry before its bundle is
 * compiled. The thread never turns the compiler back on: the run that turned it off does.
 *
 * @example
 * adoptLeanTiering(workerData?.leanTiering === true); // src/cli/pipeline/worker-bin.ts
 */
export function adoptLeanTiering(off: boolean): void {
  if (off) state().off = true;
}

/**
 * Turns the optimising compiler back on (node's flags as started), when it was turned off.
 *
 * @example
 * try { … } finally { optimisingCompilerBack(); }
 */
export function optimisingCompilerBack(): void {
  const s = state();
  if (!s.off) return;
  v8Flags('--opt');
  s.off = false;
}

/**
 * Runs `f` under node's flags as started: a code cache read or made in `f` carries the flags' hash
 * of every other run (see the module comment).
 *
 * @example
 * const script = underStartFlags(() => new Script(source, { cachedData }));
 */
export function underStartFlags<T>(f: () => T): T {
  const s = state();
  if (!s.off) return f();
  v8Flags('--opt');
  try {
    return f();
  } finally {
    v8Flags('--no-opt');
  }
}
