/**
 * A worker thread's profile (src/rescore/recreate.ts): the structured clone of any profile, built-in
 * or derived, is taken when its SHA-256 (Node's) matches, and refused when its content changed; Node's
 * SHA-256 is the library's own `sha256Hex` (the oracle).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex } from '../../src/profile/hash.js';
import { getProfile, listProfiles } from '../../src/profile/registry.js';
import { nodeSha256Hex, recreateProfile } from '../../src/rescore/recreate.js';
import { withMonitoringLine } from '../../src/supplied-line.js';

describe('recreateProfile', () => {
  it('takes the clone of every built-in profile, equal to it, frozen', () => {
    for (const { id } of listProfiles()) {
      const original = getProfile(id);
      const again = recreateProfile(structuredClone(original));
      expect(again).toEqual(original);
      expect(again.hash).toBe(original.hash);
      expect(Object.isFrozen(again) && Object.isFrozen(again.parameters)).toBe(true);
    }
  });

  it('takes a derived profile (a supplied line) and refuses a clone whose content changed', () => {
    const derived = withMonitoringLine(getProfile('national/2021'), { value: '7000', source: 'test', asOf: '2023-12-15' });
    expect(recreateProfile(structuredClone(derived)).hash).toBe(derived.hash);
    const tampered = structuredClone(getProfile('fujian/jinan/2023')) as unknown as { title: unknown };
    tampered.title = { zh: '改过', en: 'changed' };
    expect(() => recreateProfile(tampered as never)).toThrow(/changed on its way/);
  });

  it("Node's SHA-256 is sha256Hex on arbitrary text, lone surrogates included (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(nodeSha256Hex(s)).toBe(sha256Hex(s));
      }),
      { numRuns: 500 },
    );
    expect(nodeSha256Hex('\ud800x')).toBe(sha256Hex('\ud800x'));
  });
});
