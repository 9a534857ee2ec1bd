/**
 * The built-in profiles and the public entry points `getProfile`, `listProfiles`, `defineProfile`.
 * A built-in profile is a JSON file (./builtin), validated and resolved by the same `parseProfile`
 * that reads a county's own profile.
 *
 * @module
 */
import { BUILTIN_PROFILES } from './builtin/profiles.js';
import { defineProfileWith, parseProfile, type ProfileParseResult } from './define.js';
import { ProfileDefinitionError, UnknownProfileError } from './errors.js';
import type { Profile, ProfileInput } from './schema.js';

let builtins: Map<string, Profile> | undefined;

function loadBuiltins(): Map<string, Profile> {
  if (builtins) return builtins;
  const map = new Map<string, Profile>();
  for (const input of BUILTIN_PROFILES) {
    const r = parseProfile(input, (id) => map.get(id), true);
    if (!r.ok) throw new ProfileDefinitionError(input.id, r.issues);
    map.set(input.id, r.profile);
  }
  builtins = map;
  return map;
}

/**
 * A built-in profile by id. Throws {@link UnknownProfileError} (listing the known ids) for an
 * unknown one.
 *
 * @example
 * const longkou = getProfile('shandong/longkou/2021');
 */
export function getProfile(id: string): Profile {
  const p = loadBuiltins().get(id);
  if (!p) throw new UnknownProfileError(id, [...loadBuiltins().keys()]);
  return p;
}

/**
 * The built-in profiles, in declaration order.
 *
 * @example
 * for (const p of listProfiles()) console.log(p.id, p.title.zh);
 */
export function listProfiles(): Profile[] {
  return [...loadBuiltins().values()];
}

/** Options of {@link defineProfile}. */
export interface DefineProfileOptions {
  /** Profiles (besides the built-ins) that `extends` may name. */
  profiles?: readonly Profile[];
}

function resolverFor(options?: DefineProfileOptions) {
  return (id: string) => options?.profiles?.find((p) => p.id === id) ?? loadBuiltins().get(id);
}

/**
 * Validates a user profile (an object or parsed JSON) and returns it resolved and frozen; throws
 * {@link ProfileDefinitionError} listing every problem: unknown keys or parameters, values without a
 * citation, citations of unregistered documents, overlapping dated values. A gap between two
 * values is allowed: no value is in force there, and a rule that needs one says so.
 *
 * @example
 * const linzi = defineProfile({
 *   id: 'shandong/linzi/2023-with-line',
 *   extends: 'shandong/linzi/2023',
 *   title: { zh: '临淄区2023（补充监测线）', en: 'Linzi 2023 with its line' },
 *   documents: [{ id: 'my-county-notice', issuer: '某县乡村振兴局', title: '2023年监测范围的通知', region: '某县' }],
 *   parameters: { monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: '6900',
 *     citation: { doc: 'my-county-notice', clause: '一' } }] },
 * });
 */
export function defineProfile(input: ProfileInput | unknown, options?: DefineProfileOptions): Profile {
  return defineProfileWith(input, resolverFor(options));
}

/** Like {@link defineProfile} but returns `{ ok, profile | issues }` instead of throwing. */
export function safeDefineProfile(input: unknown, options?: DefineProfileOptions): ProfileParseResult {
  return parseProfile(input, resolverFor(options));
}
