import { defineConfig } from 'tsup';

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
  },
  {
    // The worker thread of `rescore` (loaded by dist/index.js, dist/index.cjs and the CLI when workers > 1).
    entry: { 'rescore-worker': 'src/rescore/worker.ts' },
    format: ['esm'],
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
  },
  {
    // The command line `fangfanpin` (bin): ESM with a shebang; CLI-only libraries stay external.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/pipeline-worker': 'src/cli/pipeline/worker.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
    external: ['exceljs'],
  },
])
