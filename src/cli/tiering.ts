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
