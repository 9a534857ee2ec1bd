/**
 * Re-creating a profile in a worker thread (工作线程中的政策配置): the profile arrives as a
 * structured clone; the worker freezes the clone and uses it — after checking that its SHA-256
 * equals the original's, so every result names exactly the rule book the caller passed.
 *
 * The hash is Node's (`node:crypto`: worker threads run in Node), the same SHA-256 of the same
 * canonical JSON as src/profile/hash.ts (a property test holds them equal). A built-in profile is
 * checked the same way as any other, not parsed, validated and hashed again from its JSON in every
 * thread: that took a thread's start tens of milliseconds of CPU (docs/decisions.md, "Startup: …").
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../profile/hash.js';
import type { Profile } from '../profile/schema.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * SHA-256 of a text's UTF-8 bytes as lower-case hex, by Node (`sha256Hex` of src/profile/hash.ts, natively).
 *
 * @example
 * nodeSha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function nodeSha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The profile a worker scores with: the same rule book, checked by its hash. Throws when the
 * clone's content does not match its hash.
 *
 * @example
 * const profile = recreateProfile(workerData.profile);
 */
export function recreateProfile(clone: Profile): Profile {
  const { hash, builtin: _builtin, ...body } = clone;
  const recomputed = nodeSha256Hex(canonicalJson(body));
  if (recomputed !== hash) throw new Error(`profile "${clone.id}" changed on its way to a worker thread (hash ${recomputed} ≠ ${hash})`);
  return deepFreeze(clone);
}
