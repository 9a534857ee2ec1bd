/**
 * A fixed fast-check seed for mutation testing (a setup file of vitest.mutation.config.ts only).
 * `@fast-check/vitest` names a property test `<name> (with seed=<seed>)`, with a new random seed on
 * each run unless one is configured. Stryker records which tests cover a mutant by name and runs
 * them again by name: with a new seed the names no longer match, the properties never run against a
 * mutant, and every mutant only a property would kill is reported as surviving. `npm test` keeps
 * its random seeds.
 */
import { fc } from '@fast-check/vitest';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_231_001 });
