/**
 * The built-in profiles as the build resolved them (内置政策配置的构建结果). Running from the sources this
 * is `undefined`, and `getProfile` parses, validates and hashes a built-in profile on first use. The
 * build (tsup.config.ts) puts {@link prebuiltProfilesModule}'s text in place of this module: each
 * built-in profile already parsed by `parseProfile`, validated and hashed, kept as its JSON text, so a
 * run reads the one profile it uses with `JSON.parse` and checks nothing again at start. The test that
 * pins the hashes (test/profile/files.test.ts) and the test of this module hold the two paths equal.
 *
 * @module
 */
import type { Profile } from '../schema.js';

/** Each built-in profile's JSON text (`JSON.stringify` of the resolved profile), by id; `undefined` from the sources. */
export const PREBUILT_PROFILES: Readonly<Record<string, string>> | undefined = undefined;

/**
 * The text of this module as the build writes it: the resolved profiles' JSON texts, by id. Each
 * text is returned by a getter of its own, so V8 compiles (and the CLI's code cache holds) only the
 * text of the profile a run reads, not the quarter megabyte of all of them (docs/decisions.md,
 * "Startup: lazy packages, an ASCII bundle").
 *
 * @example
 * prebuiltProfilesModule(listProfiles()).startsWith('export const PREBUILT_PROFILES = {') // true
 */
export function prebuiltProfilesModule(profiles: readonly Profile[]): string {
  const getters = profiles.map((p) => `  get ${JSON.stringify(p.id)}() {\n    return ${JSON.stringify(JSON.stringify(p))};\n  },\n`);
  return `export const PREBUILT_PROFILES = {\n${getters.join('')}};\n`;
}
