import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Two projects, both run by `npm test` (`vitest run`):
 *
 * - **unit** — the rule layers, model, profiles, facts, kernel, io readers on small inputs, the
 *   properties, the worked examples of the policy pages: no build, no child process, no worker
 *   thread (test/support/unit-guard.ts refuses them). `npm run test:unit`: the loop to run while
 *   working. Mutation testing runs this project only (stryker.config.json).
 * - **integration** — the command line (in this process through `runCli`, and the few end-to-end
 *   spawns of the built bin), re-scoring with worker threads, the packed package, the runnable
 *   examples and the README, and the generated docs being up to date. `npm run test:integration`.
 */
export const INTEGRATION = [
  'test/cli/**/*.test.ts',
  'test/rescore/workers.test.ts',
  'test/package/**/*.test.ts',
  'test/examples.test.ts',
  'test/readme.test.ts',
  'test/docs/staleness.test.ts',
  'test/docs/site.test.ts',
];

/** The unit project's settings (also read by vitest.mutation.config.ts). */
export const UNIT = {
  name: 'unit',
  include: ['test/**/*.test.ts'],
  exclude: INTEGRATION,
  setupFiles: ['test/support/unit-guard.ts'],
  // The files of a worker share one module graph (src/ is evaluated once per worker, not once per
  // file): a quarter of the CPU time. So a unit test leaves no global state behind.
  isolate: false,
} satisfies TestProjectInlineConfiguration['test'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    coverage: { provider: 'v8', include: ['src/**'] },
    projects: [
      { extends: true, test: UNIT },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
