/**
 * The built-in profiles and the public entry points `getProfile`, `listProfiles`, `defineProfile`.
 * A built-in profile is a JSON file (./builtin), validated and resolved by the same `parseProfile`
 * that reads a county's own profile.
 *
 * @module
 */
import { BUILTIN_PROFILES } from './builtin/profiles.js';
import { PREBUILT_PROFILES } from './builtin/prebuilt.js';
import { deepFreeze, defineProfileWith, parseProfile, type ProfileParseResult } from './define.js';
import { ProfileDefinitionError, UnknownProfileError } from './errors.js';
import type { Profile, ProfileInput } from './schema.js';

/** The built-in profiles' files by id, in declaration order. */
const BUILTIN_INPUTS: ReadonlyMap<string, (typeof BUILTIN_PROFILES)[number]> = new Map(BUILTIN_PROFILES.map((p) => [p.id, p]));

/** The built-in profiles parsed so far. */
const builtins = new Map<string, Profile>();

/**
 * A built-in profile as the build resolved it (./builtin/prebuilt.ts): its JSON text read back and
 * frozen — the object `parseProfile` gave at build time, keys in the same order.
 *
 * @example
 * prebuiltProfile(JSON.stringify(parsed)) // deep-equal to parsed, frozen
 */
export function prebuiltProfile(text: string): Profile {
  return deepFreeze(JSON.parse(text) as Profile);
}

/**
 * A built-in profile on first use: in the build, the profile resolved, validated and hashed at
 * build time (`PREBUILT_PROFILES`); from the sources, parsed, validated and hashed now (with the
 * profiles it extends). A run under one profile does not pay for the others. Parsing is
 * deterministic, so a profile is the same whichever is asked for first, and the same as built.
 */
function builtin(id: string): Profile | undefined {
  const done = builtins.get(id);
  if (done) return done;
  const input = BUILTIN_INPUTS.get(id);
  if (!input) return undefined;
  const text = PREBUILT_PROFILES?.[id];
  if (text !== undefined) {
    const p = prebuiltProfile(text);
    builtins.set(id, p);
    return p;
  }
  // A parent comes before its child in the list; only those are visible (no cycle can form).
  const before = BUILTIN_PROFILES.indexOf(input);
  const r = parseProfile(input, (parent) => (BUILTIN_PROFILES.findIndex((p) => p.id === parent) < before ? builtin(parent) : undefined), true);
  if (!r.ok) throw new ProfileDefinitionError(input.id, r.issues);
  builtins.set(id, r.profile);
  return r.profile;
}

/**
 * Whether `id` names a built-in profile (nothing is parsed).
 *
 * @example
 * isBuiltinProfileId('fujian/jinan/2023') // true
 */
export function isBuiltinProfileId(id: string): boolean {
  return BUILTIN_INPUTS.has(id);
}

/**
 * The ids of the built-in profiles, in declaration order (nothing is parsed).
 *
 * @example
 * builtinProfileIds()[0] // 'national/2021'
 */
export function builtinProfileIds(): string[] {
  return [...BUILTIN_INPUTS.keys()];
}

/**
 * A built-in profile by id. Throws {@link UnknownProfileError} (listing the known ids) for an
 * unknown one.
 *
 * @example
 * const longkou = getProfile('shandong/longkou/2021');
 */
export function getProfile(id: string): Profile {
  const p = builtin(id);
  if (!p) throw new UnknownProfileError(id, builtinProfileIds());
  return p;
}

/**
 * The built-in profiles, in declaration order.
 *
 * @example
 * for (const p of listProfiles()) console.log(p.id, p.title.zh);
 */
export function listProfiles(): Profile[] {
  return BUILTIN_PROFILES.map((p) => builtin(p.id)!);
}

/** Options of {@link defineProfile}. */
export interface DefineProfileOptions {
  /** Profiles (besides the built-ins) that `extends` may name. */
  profiles?: readonly Profile[];
}

function resolverFor(options?: DefineProfileOptions) {
  return (id: string) => options?.profiles?.find((p) => p.id === id) ?? builtin(id);
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
