/**
 * The build resolves the built-in profiles at build time (tsup.config.ts, src/profile/builtin/prebuilt.ts;
 * the module's own test is test/profile/prebuilt.test.ts). Spawns nothing, but needs dist/: what the
 * built package returns must be what `parseProfile` gives from the files — same hash, same JSON, frozen.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listProfiles, type Profile } from '../../src/index.js';
import { ensureBuilt, ROOT } from '../support/build.js';

const isDeepFrozen = (v: unknown): boolean => !v || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(isDeepFrozen));

beforeAll(() => ensureBuilt(), 300_000);

describe('the build takes the built-in profiles resolved at build time', () => {
  it('the CLI bundle and the library hold them as JSON text, each returned by a getter of its own', () => {
    for (const f of ['dist/cli/main.cjs', 'dist/index.js', 'dist/index.cjs']) expect(readFileSync(join(ROOT, f), 'utf8'), f).toMatch(/PREBUILT_PROFILES ?= ?\{\s*get ?"national\/2021"\(\) ?\{\s*return ?[`"]\{"id":"national\/2021"/);
  });

  it('dist/index.js returns the profiles parseProfile gives from the files (same hash, same JSON), frozen', async () => {
    const dist = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as { getProfile: (id: string) => Profile; listProfiles: () => Profile[] };
    expect(dist.listProfiles().map((p) => p.id)).toEqual(listProfiles().map((p) => p.id));
    for (const p of listProfiles()) {
      const built = dist.getProfile(p.id);
      expect(built.hash, p.id).toBe(p.hash);
      expect(JSON.stringify(built), p.id).toBe(JSON.stringify(p));
      expect(isDeepFrozen(built), p.id).toBe(true);
    }
  });
});
