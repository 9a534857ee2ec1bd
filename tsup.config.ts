import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types. Only zod, date-fns and decimal.js at run time.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
])
