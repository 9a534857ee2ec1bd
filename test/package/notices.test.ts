/**
 * The command line bundles four packages (tsup.config.ts `noExternal`); their MIT notices travel with
 * the package in THIRD-PARTY-NOTICES.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPackages, thirdPartyNotices } from '../../scripts/notices.js';

const ROOT = new URL('../../', import.meta.url);

describe('third-party notices of the bundled CLI', () => {
  it('names every package the CLI build bundles, with its licence text', () => {
    const text = readFileSync(new URL('THIRD-PARTY-NOTICES.md', ROOT), 'utf8');
    expect(bundledPackages().length).toBeGreaterThan(0);
    for (const name of bundledPackages()) expect(text).toContain(`## ${name} `);
    expect(text).toBe(thirdPartyNotices());
  });

  it('ships in the package', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('THIRD-PARTY-NOTICES.md');
  });
});
