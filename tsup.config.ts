import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types. Only zod, date-fns and decimal.js at run time.
    // `fangfanpin/io` (importers, exporters) is a second entry: CLI-only libraries stay external.
    entry: { index: 'src/index.ts', 'io/index': 'src/io/index.ts' },
    external: ['exceljs'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
])
