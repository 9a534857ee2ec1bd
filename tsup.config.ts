import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { listProfiles } from './src/profile/registry.js';
import { prebuiltProfilesModule } from './src/profile/builtin/prebuilt.js';

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

export default defineConfig([
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
    esbuildPlugins: [prebuiltProfiles],
  },
  {
    // The worker thread of `rescore` (loaded by dist/index.js, dist/index.cjs and the CLI when workers > 1).
    entry: { 'rescore-worker': 'src/rescore/worker.ts' },
    format: ['esm'],
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
    esbuildPlugins: [prebuiltProfiles],
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
    external: ['exceljs', 'iconv-lite'],
    noExternal: ['zod', 'commander', 'cli-progress', 'papaparse'],
    esbuildPlugins: [zodEnglishOnly, zodWithoutFromJsonSchema, prebuiltProfiles],
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
  },
  {
    // The entry files: dist/cli/main.js (the bin: ESM with a shebang) and dist/cli/pipeline-worker.js
    // load their bundle above with the code cache.
    entry: { 'cli/main': 'src/cli/bin.ts', 'cli/pipeline-worker': 'src/cli/pipeline/worker-bin.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    removeNodeProtocol: false, // `node:vm` stays a built-in to every reader of the import
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
  },
])
