import { defineConfig } from 'vitest/config';
import { UNIT } from './vitest.config.js';

/**
 * The unit project alone, for mutation testing (`npm run mutation`, stryker.config.json): a mutant
 * is killed or survives by the fast tests, never by a build, a child process or the docs snapshot.
 * Properties run with a fixed seed (test/support/mutation-seed.ts), so Stryker finds them by name.
 */
export default defineConfig({
  test: { ...UNIT, setupFiles: [...UNIT.setupFiles, 'test/support/mutation-seed.ts'], testTimeout: 60_000 },
});
