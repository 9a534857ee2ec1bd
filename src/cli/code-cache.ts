/**
 * The command line's code cache (代码缓存): the built CLI (dist/cli/main.cjs) and its pipeline worker
 * (dist/cli/pipeline-worker.cjs) are CommonJS bundles that the small entry files (dist/cli/main.js,
 * dist/cli/pipeline-worker.js) compile with `vm.Script` and V8's code cache, so a start does not parse
 * and compile two megabytes of JavaScript again. Node 20 has no `module.enableCompileCache` (node 22).
 *
 * - **Where.** `os.tmpdir()/fangfanpin-<uid>/`, created with mode 0700. It is used only when it is a
 *   directory (not a link) owned by this user and closed to everyone else: a code cache is trusted
 *   code, so no other user may be able to write it. Otherwise nothing is cached.
 * - **Which.** One file per bundle, bundle content (SHA-256), V8 version, architecture and command
 *   (`rescore`, `check`, …: each keeps the functions its own runs compiled). A changed bundle gets a
 *   new file; those of earlier builds of that bundle are removed, a week old, when a new one is written.
 * - **When.** Read at start; written at exit (`createCachedData`, the functions compiled so far; a
 *   pipeline worker thread, which is terminated and never sees `exit`, when its run has done its
 *   work: {@link workDone}) only when there
 *   was none or V8 rejected it (`cachedDataRejected`: another node, other flags), and only after a
 *   run that did its work (exit code 0 or 1, not `--help`): a cache written by a usage error or a
 *   failure would hold only the code that checks the arguments, and, taken by every later run, keep
 *   them compiling the rest (a `rescore` 1.13 × the CPU). Written to a new file (named by the process
 *   and random parts: two threads may write the same cache at once) and renamed, so a
 *   reader never sees half a file and the last rename wins.
 * - **Never a failure.** Any error of the cache (no tmpdir, a full disk, a rejected cache) is
 *   ignored: the bundle is compiled from its source, as without a cache, and nothing is printed.
 * - **Off.** `FANGFANPIN_NO_CODE_CACHE=1` (or `NODE_DISABLE_COMPILE_CACHE=1`) compiles without a
 *   cache and writes none (docs/cli.md).
 *
 * @module
 */
import type { createHash as CreateHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { underStartFlags } from './tiering.js';

/**
 * The CommonJS wrapper: the bundle's code runs as a function of these, as Node's own loader runs a
 * file. The CLI's bundles are built already wrapped (tsup.config.ts `commonJsWrapped`): their text is
 * compiled as read, without a concatenation that V8 would copy into one string of its own again.
 *
 * @example
 * WRAP_HEAD + 'module.exports = 1;' + WRAP_TAIL // a bundle as the build writes it
 */
export const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
/** The end of {@link WRAP_HEAD}'s function. */
export const WRAP_TAIL = '\n})';

/**
 * The line the build ends a wrapped bundle with, before {@link WRAP_TAIL}: the SHA-256 (hex) of the
 * text before it, computed by the build (tsup.config.ts `commonJsWrapped`, {@link wrapBundle}), so a
 * start keys the cache by the content without hashing two megabytes and without loading `node:crypto`.
 */
export const BUILD_HASH_MARK = '\n// fangfanpin-bundle-sha256 ';

/** `node:crypto`'s `createHash`, loaded on first use (a start under a built bundle's own hash does not load it). */
let hashing: typeof CreateHash | undefined;
function sha256(): ReturnType<typeof CreateHash> {
  hashing ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return hashing('sha256');
}

/**
 * A CommonJS bundle as the build writes it: wrapped ({@link WRAP_HEAD}, {@link WRAP_TAIL}) and ended
 * by the SHA-256 of its text ({@link BUILD_HASH_MARK}).
 *
 * @example
 * wrapBundle('module.exports = 1;') // WRAP_HEAD + 'module.exports = 1;' + BUILD_HASH_MARK + '<64 hex>' + WRAP_TAIL
 */
export function wrapBundle(code: string): string {
  const text = WRAP_HEAD + code;
  return text + BUILD_HASH_MARK + sha256().update(text).digest('hex') + WRAP_TAIL;
}

/**
 * The SHA-256 a build wrote at the end of a wrapped bundle's text ({@link wrapBundle}), or
 * `undefined` when there is none (a bundle not built so: the start hashes its bytes).
 *
 * @example
 * builtHash(wrapBundle('module.exports = 1;')) // the 64 hex digits
 * builtHash('module.exports = 1;')             // undefined
 */
export function builtHash(text: string): string | undefined {
  const end = text.length - WRAP_TAIL.length;
  const at = end - 64 - BUILD_HASH_MARK.length;
  if (at < WRAP_HEAD.length || !text.endsWith(WRAP_TAIL) || !text.startsWith(BUILD_HASH_MARK, at)) return undefined;
  const hash = text.slice(at + BUILD_HASH_MARK.length, end);
  return /^[0-9a-f]{64}$/.test(hash) ? hash : undefined;
}

/** The V8 version and the architecture, as a part of a file name (no `-`: it separates the name's parts). */
function platformPart(): string {
  return `${process.versions.v8}.${process.arch}`.replace(/[^A-Za-z0-9.]/g, '_');
}

/**
 * A bundle's text as a string to compile (UTF-8), wrapped by {@link WRAP_HEAD} and {@link WRAP_TAIL}
 * unless the build wrapped it: then the decoded text is compiled as it is, one string in V8's heap,
 * not a concatenation that V8 flattens into a second copy. (Decoding the ASCII bundle as Latin-1 makes
 * a string outside the heap, without decoding; measured, it made V8 start a full collection in every
 * short run, and cost more than it saved: docs/decisions.md.)
 *
 * @example
 * bundleSource(Buffer.from('module.exports = 1;')) // WRAP_HEAD + 'module.exports = 1;' + WRAP_TAIL
 */
export function bundleSource(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.startsWith(WRAP_HEAD) && text.endsWith(WRAP_TAIL) ? text : WRAP_HEAD + text + WRAP_TAIL;
}

/**
 * A file's bytes, read into `into` when it is large enough (its pages already in memory), else into a
 * new buffer; `undefined` when the file cannot be read.
 */
function readInto(file: string, into: Buffer): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const buffer = size <= into.length ? into.subarray(0, size) : Buffer.allocUnsafe(size);
    for (let got = 0; got < size; ) {
      const n = readSync(fd, buffer, got, size - got, got);
      if (n === 0) return undefined;
      got += n;
    }
    return buffer;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether the user turned the cache off. */
function cacheOff(env: NodeJS.ProcessEnv): boolean {
  const off = (v: string | undefined) => v !== undefined && v !== '' && v !== '0';
  return off(env.FANGFANPIN_NO_CODE_CACHE) || off(env.NODE_DISABLE_COMPILE_CACHE);
}

/**
 * The directory of this user's code cache, created if missing; `undefined` when it is not safe
 * (a link, another owner, open to group or others) or cannot be made.
 *
 * @example
 * cacheDirectory('/tmp') // '/tmp/fangfanpin-1000'
 */
export function cacheDirectory(base: string = tmpdir()): string | undefined {
  const uid = process.getuid?.();
  const dir = join(base, `fangfanpin-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as { code?: string }).code !== 'EEXIST') return undefined;
  }
  try {
    const st = lstatSync(dir);
    if (!st.isDirectory() || st.isSymbolicLink()) return undefined;
    // Windows has no uid and no mode bits; its temporary folder is the user's own.
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o077) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The command a cache file is kept for: the first argument when it is a word, else `other`. */
function commandOf(argv: readonly string[]): string {
  const c = argv[0];
  return c !== undefined && /^[a-z]{1,20}$/.test(c) ? c : 'other';
}

/**
 * The cache is written when the process exits after a run that did its work: exit code 0 or 1 (all
 * scored, or some records rejected), not a request for help (see the module comment). A worker
 * thread that is terminated never sees `exit`: it passes its own moment.
 */
function atExit(write: () => void, argv: readonly string[]): void {
  process.once('exit', (code) => {
    if (worthKeeping(argv, code)) write();
  });
}

/**
 * Whether a run's compiled code is worth keeping as the cache of its command: it ended with exit
 * code 0 or 1 and did not ask for help.
 *
 * @example
 * worthKeeping(['rescore', 'x.csv', '--profile', 'fujian/jinan/2023'], 1) // true
 * worthKeeping(['rescore', 'x.csv'], 2)                                   // false: a usage error
 * worthKeeping(['rescore', '--help'], 0)                                  // false
 */
export function worthKeeping(argv: readonly string[], code: number): boolean {
  return (code === 0 || code === 1) && !argv.some((a) => a === '-h' || a === '--help');
}

/** What {@link loadBundle} did with the cache (for tests). */
export interface CacheUse {
  /** The cache file, when the cache is on and its directory is safe. */
  file?: string;
  /** Whether V8 took the cached code. */
  accepted: boolean;
}

/**
 * Runs a CommonJS bundle with V8's code cache (see the module comment): reads `bundle`, compiles it
 * with the cached code when there is a cache for exactly this content, runs it as a CommonJS module,
 * and arranges for the cache to be written at exit when there was none.
 *
 * @example
 * loadBundle(new URL('./main.cjs', import.meta.url)); // in dist/cli/main.js
 */
export function loadBundle(bundle: URL, argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env, when: (write: () => void) => void = (write) => atExit(write, argv)): CacheUse {
  const filename = fileURLToPath(bundle);
  const bytes = readFileSync(filename);
  const source = bundleSource(bytes);
  const dir = cacheOff(env) ? undefined : cacheDirectory();
  let file: string | undefined;
  let cachedData: Buffer | undefined;
  if (dir) {
    const name = basename(filename).replace(/[^A-Za-z0-9.-]/g, '_');
    // Keyed by the content: its SHA-256 as the build wrote it (with the file's modification time,
    // so a bundle edited by hand after the build, whose written hash no longer holds, is not taken
    // for the built one), else the SHA-256 of the bytes read; the V8 version and architecture.
    const built = builtHash(source);
    const key = built !== undefined ? `b${built.slice(0, 32)}.${Math.trunc(statSync(filename).mtimeMs).toString(36)}.${platformPart()}` : sha256().update(bytes).update(`\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 32);
    file = join(dir, `${name}-${commandOf(argv)}-${key}.cache`);
    // The source string holds a copy of the bytes: the cache is read into their buffer, whose
    // pages are in memory already (≈ 450 fewer page faults for the CLI's 1.8 MB cache).
    cachedData = readInto(file, bytes);
  }
  // Under the start flags: a pipeline worker thread of a lean run loads its bundle while the process's
  // optimising compiler is off (./tiering.ts).
  const script = underStartFlags(() => new Script(source, cachedData ? { filename, cachedData } : { filename }));
  const accepted = cachedData !== undefined && script.cachedDataRejected === false;
  if (file && !accepted) {
    const target = file;
    when(() => writeCache(script, target));
  }
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const module = { exports: {} as unknown, filename, id: filename, loaded: false };
  run.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  module.loaded = true;
  return file ? { file, accepted } : { accepted };
}

/** Caches of other builds of the bundle are removed when a week old (two installed versions in turn do not remove each other's). */
const STALE_MS = 7 * 24 * 3600 * 1000;

/** Writes the code compiled so far to `file` (new file, then renamed), and removes old caches of earlier builds of the bundle. */
function writeCache(script: Script, file: string): void {
  try {
    const data = underStartFlags(() => script.createCachedData());
    const temp = tempName(file);
    writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
    renameSync(temp, file);
    const dir = dirname(file);
    const name = basename(file);
    const stem = name.slice(0, name.lastIndexOf('-') + 1); // `<bundle>-<command>-`
    for (const other of readdirSync(dir)) {
      if (other === name || !other.startsWith(stem) || !other.endsWith('.cache')) continue;
      const path = join(dir, other);
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) unlinkSync(path);
    }
  } catch {
    // A cache that cannot be written is no cache: the next start compiles from the source.
  }
}

/**
 * The writes a worker thread keeps for the moment its run has done its work. A worker is terminated
 * when the run ends, so it never sees `exit`; the pipeline tells it instead ({@link workDone}). Kept
 * on the thread's global object under a registered symbol: the entry file (dist/cli/pipeline-worker.js,
 * the bundle's cache) and the bundle it loads (the generated code's cache) each hold a copy of this
 * module, and both must see the same list.
 */
const WORK_DONE = Symbol.for('fangfanpin.code-cache.work-done');

function workDoneWrites(): (() => void)[] {
  const g = globalThis as { [WORK_DONE]?: (() => void)[] };
  return (g[WORK_DONE] ??= []);
}

/**
 * In a worker thread: `write` (a cache's) runs when the thread's run has done its work
 * ({@link workDone}), once; or at exit, if the thread ends by itself first with exit code 0.
 *
 * @example
 * loadBundle(new URL('./pipeline-worker.cjs', import.meta.url), ['worker'], process.env, afterWorkDone);
 */
export function afterWorkDone(write: () => void): void {
  let written = false;
  const once = () => {
    if (written) return;
    written = true;
    write();
  };
  workDoneWrites().push(once);
  process.once('exit', (code) => {
    if (code === 0) once();
  });
}

/**
 * Says that this worker thread's run did its work (a scoring worker: asked to finish after the
 * run's last piece was written; the coordinator: before it reports the run done): the caches waiting
 * for that moment ({@link afterWorkDone}) are written now, before the thread is terminated. Nothing
 * when none waits.
 *
 * @example
 * workDone(); port.postMessage({ kind: 'finished' });
 */
export function workDone(): void {
  const writes = workDoneWrites().splice(0);
  for (const w of writes) w();
}

/**
 * A new file's name beside `file`: the process and two random parts, so two threads of one process
 * (each isolate has its own random generator) do not pick the same one; created with `wx`, a name
 * taken anyway fails the write, which is then skipped. (`worker_threads`' `threadId` is not read: the
 * main thread does not load that module at start.)
 */
function tempName(file: string): string {
  const r = () => Math.random().toString(36).slice(2);
  return `${file}.${process.pid}.${r()}${r()}`;
}

/** The most compiled generated functions a cache file keeps (the newest first). */
const GENERATED_KEEP = 48;

/**
 * The code cache of generated code (src/model/generated-code.ts): the validators, the importer's row
 * functions and the data-quality steps the run generates (from the schema, the file's columns, the
 * profile's checks) and compiled with `new Function` at every start are compiled here with
 * `vm.Script` and V8's cached data instead, kept in one file per command next to the bundle's
 * (`generated-<command>-<v8 version, arch>.cache`): for each generated function's text, the code its
 * last run compiled. An entry is found by its whole text, compared as it is (no hash: nothing to
 * collide, and a start loads no `node:crypto`; V8 itself checks only a source's length). The same
 * rules as the bundle's cache: only in the safe directory, off with `FANGFANPIN_NO_CODE_CACHE=1`; V8
 * rejects data that does not fit and the source is compiled as without a cache; a damaged or foreign
 * file is ignored; the file is written at exit (new file, renamed) after a run that did its work, only
 * when a source had no accepted code — then with that run's functions first and earlier ones after,
 * up to {@link GENERATED_KEEP}. Returns `undefined` when there is no cache (then `new Function`
 * compiles, as in the library).
 *
 * @example
 * useGeneratedCompiler(generatedCodeCache()); // in src/cli/main.ts, before anything is generated
 */
export function generatedCodeCache(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env, when: (write: () => void) => void = (write) => atExit(write, argv)): ((params: readonly string[], body: string) => unknown) | undefined {
  const dir = cacheOff(env) ? undefined : cacheDirectory();
  if (!dir) return undefined;
  const file = join(dir, `generated-${commandOf(argv)}-${platformPart()}.cache`);
  let stored: Map<string, Buffer> | undefined;
  const fresh = new Map<string, Script>();
  let compiled = 0;
  return (params, body) => {
    stored ??= readGenerated(file);
    const source = `(function (${params.join(',')}\n) {\n${body}\n})`;
    const cachedData = stored.get(source);
    const filename = `generated-${++compiled}.js`;
    // Under node's flags as started, whatever the run set since (src/cli/tiering.ts): the cached data
    // carries their hash.
    const script = underStartFlags(() => new Script(source, cachedData ? { filename, cachedData } : { filename }));
    if (cachedData === undefined || script.cachedDataRejected !== false) {
      if (fresh.size === 0) when(() => writeGenerated(file, fresh, stored ?? new Map()));
      fresh.set(source, script);
    }
    return script.runInThisContext();
  };
}

/** The first bytes of a generated-code cache file (its format's name and version). */
const GENERATED_MAGIC = 'fangfanpin-generated-code 2\n';

/**
 * The entries of a generated-code cache file: after {@link GENERATED_MAGIC}, for each entry the
 * source's length in bytes and the data's (4 bytes each, big-endian), the source (UTF-8), the data;
 * empty when missing or damaged.
 */
function readGenerated(file: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  try {
    const bytes = readFileSync(file);
    if (bytes.toString('latin1', 0, GENERATED_MAGIC.length) !== GENERATED_MAGIC) return out;
    for (let p = GENERATED_MAGIC.length; p < bytes.length; ) {
      if (p + 8 > bytes.length) return new Map();
      const sourceLength = bytes.readUInt32BE(p);
      const dataLength = bytes.readUInt32BE(p + 4);
      const data = p + 8 + sourceLength;
      if (data + dataLength > bytes.length) return new Map();
      out.set(bytes.toString('utf8', p + 8, data), bytes.subarray(data, data + dataLength));
      p = data + dataLength;
    }
    return out;
  } catch {
    return new Map();
  }
}

/** Writes the run's compiled generated code first, then earlier entries, up to {@link GENERATED_KEEP} (new file, renamed). */
function writeGenerated(file: string, fresh: ReadonlyMap<string, Script>, stored: ReadonlyMap<string, Buffer>): void {
  try {
    const parts: Buffer[] = [Buffer.from(GENERATED_MAGIC, 'latin1')];
    let kept = 0;
    const add = (source: string, data: Buffer) => {
      if (kept++ >= GENERATED_KEEP) return;
      const text = Buffer.from(source, 'utf8');
      const head = Buffer.alloc(8);
      head.writeUInt32BE(text.length, 0);
      head.writeUInt32BE(data.length, 4);
      parts.push(head, text, data);
    };
    for (const [source, script] of fresh) add(source, underStartFlags(() => script.createCachedData()));
    for (const [source, data] of stored) if (!fresh.has(source)) add(source, data);
    const temp = tempName(file);
    writeFileSync(temp, Buffer.concat(parts), { mode: 0o600, flag: 'wx' });
    renameSync(temp, file);
  } catch {
    // No cache written: the next start compiles the generated code from its source.
  }
}
