/**
 * Re-creating a profile in a worker thread (工作线程中的政策配置): the profile arrives as a
 * structured clone; the worker takes the built-in profile of the same id when its hash matches,
 * else the clone itself, frozen — after checking that its SHA-256 equals the original's, so every
 * result names exactly the rule book the caller passed.
 *
 * @module
 */
import { canonicalJson, sha256Hex } from '../profile/hash.js';
import { getProfile } from '../profile/registry.js';
import type { Profile } from '../profile/schema.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * The profile a worker scores with: the same rule book, checked by its hash. Throws when the
 * clone's content does not match its hash.
 *
 * @example
 * const profile = recreateProfile(workerData.profile);
 */
export function recreateProfile(clone: Profile): Profile {
  if (clone.builtin) {
    try {
      const builtin = getProfile(clone.id);
      if (builtin.hash === clone.hash) return builtin;
    } catch {
      // Not a built-in of this library version: fall through to the clone.
    }
  }
  const { hash, builtin: _builtin, ...body } = clone;
  const recomputed = sha256Hex(canonicalJson(body));
  if (recomputed !== hash) throw new Error(`profile "${clone.id}" changed on its way to a worker thread (hash ${recomputed} ≠ ${hash})`);
  return deepFreeze(clone);
}
