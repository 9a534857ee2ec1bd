import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listProfiles } from './src/profile/registry.js';
import { prebuiltProfilesModule } from './src/profile/builtin/prebuilt.js';
import { wrapBundle } from './src/cli/code-cache.js';
import { prebuiltValidatorsModule } from './src/model/fast-validation.js';
import { prebuiltDescriptionModule } from './src/model/schema-description.js';

/**
 * The CLI bundle takes zod's English messages only: `zod/v4/locales/index.js` (every locale, about
 * 400 KB of the bundle, read and compiled at every start) is replaced by its English entry. zod
 * imports English directly for its default messages; the CLI never selects another locale
 * (`z.locales`), so nothing it writes changes (docs/decisions.md, "Startup: …").
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: 'js' }));
  },
};

/**
 * The CLI bundle leaves out zod's `fromJSONSchema` (JSON Schema → zod): its module builds an object
 * of every zod export when it loads (≈ 10 ms at each start) and the CLI never converts a JSON Schema.
 * The name stays exported; calling it in the CLI build would throw.
 */
const zodWithoutFromJsonSchema: Plugin = {
  name: 'zod-without-from-json-schema',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("fangfanpin: zod\'s fromJSONSchema is not in the command line\'s build"); }',
      loader: 'js',
    }));
  },
};

/**
 * The built-in profiles are parsed, validated and hashed here, at build time, by the same
 * `parseProfile` (from the sources, where src/profile/builtin/prebuilt.ts is empty), and every build
 * takes them as JSON text in place of that module: a start reads the one profile it runs under and
 * checks nothing again (docs/decisions.md, "Startup ≤ 0.3 s of CPU"). The pinned hashes
 * (test/profile/files.test.ts) and test/profile/prebuilt.test.ts hold the built profiles equal to the
 * parsed ones.
 */
const prebuiltProfiles: Plugin = {
  name: 'prebuilt-profiles',
  setup(build) {
    let text: string | undefined;
    build.onLoad({ filter: /[\\/]src[\\/]profile[\\/]builtin[\\/]prebuilt\.ts$/ }, () => ({ contents: (text ??= prebuiltProfilesModule(listProfiles())), loader: 'js' }));
  },
};

/**
 * The household's fast validators are generated here, at build time, from `HouseholdSchema` by the
 * same generator (src/model/fast-validation.ts, `prebuiltValidatorsModule`), and every build takes them
 * as functions of the bundle in place of src/model/prebuilt-validators.ts (empty from the sources): a
 * start neither walks the schema nor compiles generated code for them (docs/decisions.md, "… tenth
 * slice: startup"). Computed from the schema at each build, so they cannot go stale.
 */
const prebuiltValidators: Plugin = {
  name: 'prebuilt-validators',
  setup(build) {
    let text: string | undefined;
    build.onLoad({ filter: /[\\/]src[\\/]model[\\/]prebuilt-validators\.ts$/ }, () => ({ contents: (text ??= prebuiltValidatorsModule()), loader: 'js' }));
  },
};

/**
 * The household schema's description (src/model/schema-description.ts: each object's fields, each
 * list's bounds, each enum's values, the building blocks by name) is computed here, at build time,
 * from `HouseholdSchema`, and every build takes it as JSON text in place of
 * src/model/prebuilt-description.ts (empty from the sources): the importer's vouching plan and the
 * explanation of a rejected record read it, so a start builds no zod schema for them
 * (docs/decisions.md, "… twelfth slice: startup"). Computed from the schema at each build, so it
 * cannot go stale.
 */
const prebuiltDescription: Plugin = {
  name: 'prebuilt-description',
  setup(build) {
    let text: string | undefined;
    build.onLoad({ filter: /[\\/]src[\\/]model[\\/]prebuilt-description\.ts$/ }, () => ({ contents: (text ??= prebuiltDescriptionModule()), loader: 'js' }));
  },
};

/**
 * Packages and built-ins the CLI bundle loads only when a run first uses them, not at every start
 * (docs/decisions.md, "Startup: lazy packages, an ASCII bundle"): iconv-lite (GBK text only, ≈ 8 ms
 * to load), commander's `node:child_process` (executable subcommands, which the CLI has none of;
 * it brings `net` and `dgram`, ≈ 6 ms) and cli-progress's `readline` (the progress bar, on a
 * terminal only). Each import of them resolves to a stand-in whose every property, read, loads the
 * real module and reads it there, so what a run does with them is unchanged.
 */
const LAZY_MODULES: Record<string, { cjs: boolean; from?: RegExp }> = {
  'iconv-lite': { cjs: false },
  child_process: { cjs: true, from: /[\\/]node_modules[\\/]commander[\\/]/ },
  readline: { cjs: true, from: /[\\/]node_modules[\\/]cli-progress[\\/]/ },
};
const lazyModules: Plugin = {
  name: 'lazy-modules',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(iconv-lite|child_process|readline)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (args.namespace === 'lazy-module') return { path: name, external: true };
      const lazy = LAZY_MODULES[name];
      if (!lazy || (lazy.from && !lazy.from.test(args.importer))) return undefined;
      return { path: name, namespace: 'lazy-module' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const stand = `new Proxy({}, { get: (_, key) => (real ??= require(${JSON.stringify(args.path)}))[key] })`;
      return { contents: LAZY_MODULES[args.path]!.cjs ? `let real; module.exports = ${stand};` : `let real; export default ${stand};`, loader: 'js' };
    });
  },
};

/**
 * Modules of the command line imported for their effect alone: package.json says the package has no
 * side effects (so a library build drops unused modules), which would drop them too.
 * src/cli/generated-cache.ts (the main thread) and src/cli/pipeline/generated-cache.ts (a pipeline
 * worker thread) install the code cache of generated code before any module generates code
 * (docs/decisions.md, "Startup: lazy schemas, zlib on first use, generated code cached"; "… the
 * pipeline worker's generated code cached").
 */
const keepEffects: Plugin = {
  name: 'keep-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\/generated-cache\.js$/ }, (args) => (/[\\/]src[\\/]cli[\\/](main|pipeline[\\/]worker)\.ts$/.test(args.importer) ? { path: join(args.resolveDir, 'generated-cache.ts'), sideEffects: true } : undefined));
  },
};

/**
 * The CLI bundles in ASCII (docs/decisions.md, "Startup: lazy packages, an ASCII bundle"): esbuild
 * escapes the non-ASCII characters of strings and names but, minifying, not those of regular
 * expressions (`/[、,，;；]/`); this writes each as `\\uXXXX`, which means the same character in a
 * string, a regular expression (with or without the `u` flag; a surrogate pair for one beyond
 * U+FFFF) and a name, so a start reads the bundle into a one-byte string (≈ 10 ms less than decoding
 * UTF-8 into a two-byte string of twice the size) and V8 scans it as such. A character escaped by a
 * backslash (`\\、`) would change meaning: the build stops instead.
 */
const asciiOnly: NonNullable<Options['plugins']>[number] = {
  name: 'ascii-only',
  renderChunk(code) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(code)) return undefined;
    // eslint-disable-next-line no-control-regex
    const escaped = /\\[^\x00-\x7f]/.exec(code);
    if (escaped) throw new Error(`ascii-only: a backslash before a non-ASCII character at ${escaped.index}: ${code.slice(escaped.index - 40, escaped.index + 10)}`);
    // eslint-disable-next-line no-control-regex
    return { code: code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) };
  },
};

/**
 * The CLI bundles are written wrapped in the CommonJS function that src/cli/code-cache.ts
 * (`loadBundle`) compiles them as, and ended by the SHA-256 of their text (`wrapBundle`): the entry
 * reads the text and compiles it as it is, with no concatenation for V8 to copy into a string of its
 * own, and keys the code cache by that hash instead of hashing two megabytes with `node:crypto` at
 * every start (docs/decisions.md, "Startup: the bundle compiled as read, …"). The code starts at
 * the same line and column as before, so stack traces do not move.
 */
const commonJsWrapped: NonNullable<Options['plugins']>[number] = {
  name: 'common-js-wrapped',
  renderChunk(code) {
    return { code: wrapBundle(code) };
  },
};

/**
 * `FANGFANPIN_READABLE_CLI_DIR=DIR tsup` builds only the command line, into DIR, without minifying
 * whitespace: esbuild then opens each bundled module with a `// src/…` comment line, which the bench's
 * stage figures read to name a profiled function's module (bench/stages.mjs; bench/run.mjs builds it
 * for its profiled runs). The shipped build is minified (below).
 */
const readableCliDir = process.env.FANGFANPIN_READABLE_CLI_DIR;

/**
 * dist/cli/package.json: the command line's entry files are CommonJS `.js` files in a package whose
 * own package.json says `"type": "module"`; this nearer one says what they are.
 */
const COMMON_JS_PACKAGE = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;

const configs: Options[] = [
  {
    // The library: ESM + CJS + types. Only zod at run time (decimal.js is the tests' money oracle).
    // No source maps: the tarball ships the build only (debug from the sources with tsx).
    // `fangfanpin/io` (importers, exporters) is a second entry: CLI-only libraries stay external.
    entry: { index: 'src/index.ts', 'io/index': 'src/io/index.ts' },
    external: ['exceljs'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: ['!cli/**', '!rescore-worker.*'], // the entries below build in parallel into dist/
    target: 'node20',
    splitting: false,
    treeshake: true,
    esbuildPlugins: [prebuiltProfiles, prebuiltValidators, prebuiltDescription],
  },
  {
    // The worker thread of `rescore` (loaded by dist/index.js, dist/index.cjs and the CLI when workers > 1).
    entry: { 'rescore-worker': 'src/rescore/worker.ts' },
    format: ['esm'],
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
    esbuildPlugins: [prebuiltProfiles, prebuiltValidators, prebuiltDescription],
  },
  {
    // The command line `fangfanpin` (bin), as CommonJS bundles run through V8's code cache by the
    // entries below (src/cli/code-cache.ts; docs/decisions.md, "Startup ≤ 0.3 s of CPU"). zod,
    // commander, cli-progress and papaparse are bundled in: loading them as packages (resolving,
    // reading and lexing dozens of files, zod's above all) took more CPU at start than the whole
    // bundle (docs/decisions.md, "Startup, two workers, dirty data"). iconv-lite (its tables are
    // large, GBK only) and the optional exceljs stay packages. `import()` becomes `require()`: a
    // `vm.Script` has no module loader of its own on node 20.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/pipeline-worker': 'src/cli/pipeline/worker.ts' },
    format: ['cjs'],
    shims: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
    // iconv-lite stays a package, loaded on first use (lazyModules): it is taken out of tsup's
    // externals (the dependencies) so the plugin sees it, as a RegExp — scripts/notices.ts lists the
    // quoted names of this list as the packages bundled, and iconv-lite is not. `node:` kept so the
    // plugin sees commander's `node:child_process`.
    external: ['exceljs'],
    noExternal: ['zod', 'commander', 'cli-progress', 'papaparse', /^iconv-lite$/],
    removeNodeProtocol: false,
    esbuildPlugins: [zodEnglishOnly, zodWithoutFromJsonSchema, prebuiltProfiles, prebuiltValidators, prebuiltDescription, lazyModules, keepEffects],
    plugins: [asciiOnly, commonJsWrapped],
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
      // Without whitespace and comments (names kept: a bug's stack trace still names its functions):
      // 2.5 → 2.0 MB to read and decode at every start, and less source for V8 to scan when it
      // compiles a function the code cache does not hold (docs/decisions.md, "Startup: lazy packages,
      // an ASCII bundle").
      options.minifyWhitespace = readableCliDir === undefined;
    },
  },
  {
    // The entry files: dist/cli/main.js (the bin, with a shebang) and dist/cli/pipeline-worker.js load
    // their bundle above with the code cache. CommonJS, under a dist/cli/package.json that says so: a
    // start then does not load node's ES module loader (≈ 18 M instructions, docs/decisions.md,
    // "Startup: …, eighth slice"), and the names stay those of the package's `bin`.
    entry: { 'cli/main': 'src/cli/bin.ts', 'cli/pipeline-worker': 'src/cli/pipeline/worker-bin.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
    removeNodeProtocol: false, // `node:vm` stays a built-in to every reader of the import
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
    onSuccess: async () => writeFileSync(join(readableCliDir ?? 'dist', 'cli', 'package.json'), COMMON_JS_PACKAGE),
  },
];

export default defineConfig(readableCliDir === undefined ? configs : configs.slice(2).map((c) => ({ ...c, outDir: readableCliDir })));
