/**
 * The built-in profiles are resolved at build time (src/profile/builtin/prebuilt.ts, tsup.config.ts):
 * the build parses, validates and hashes each one with `parseProfile` and a start only reads the one
 * it runs under back from JSON. What a start reads must be what `parseProfile` gives from the files —
 * the same object, keys in the same order, frozen, with the hash pinned in files.test.ts. The build
 * itself is checked in test/cli/prebuilt-profiles.test.ts (integration: it needs dist/).
 */
import { describe, expect, it } from 'vitest';
import { getProfile, listProfiles, type Profile } from '../../src/index.js';
import { prebuiltProfile } from '../../src/profile/registry.js';
import { PREBUILT_PROFILES, prebuiltProfilesModule } from '../../src/profile/builtin/prebuilt.js';

const isDeepFrozen = (v: unknown): boolean => !v || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(isDeepFrozen));

describe('built-in profiles resolved at build time', () => {
  it('from the sources nothing is prebuilt: getProfile parses, validates and hashes the files', () => {
    expect(PREBUILT_PROFILES).toBeUndefined();
  });

  it('the module the build writes holds every built-in profile, read back equal to parseProfile’s, keys in order, frozen', async () => {
    const text = prebuiltProfilesModule(listProfiles());
    const { PREBUILT_PROFILES: built } = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { PREBUILT_PROFILES: Record<string, string> };
    expect(Object.keys(built)).toEqual(listProfiles().map((p) => p.id));
    for (const parsed of listProfiles()) {
      const read = prebuiltProfile(built[parsed.id]!);
      expect(read, parsed.id).toEqual(parsed);
      expect(JSON.stringify(read), parsed.id).toBe(JSON.stringify(parsed));
      expect(isDeepFrozen(read), parsed.id).toBe(true);
    }
  });

  it('a changed profile changes what the build writes (nothing is kept from an earlier build)', () => {
    const jinan = getProfile('fujian/jinan/2023');
    const changed = { ...jinan, hash: '0'.repeat(64) } as Profile;
    expect(prebuiltProfilesModule([changed])).not.toBe(prebuiltProfilesModule([jinan]));
    expect(prebuiltProfilesModule([changed])).toContain('0'.repeat(64));
  });
});
