/**
 * The committed policy pages (docs/policy/**) are what the library generates now, and the guides'
 * code blocks are the examples they quote. When a rule, a parameter, a profile or a worked example
 * changes, this test fails until `npm run docs:generate` has been run and the result committed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatePolicyPages, POLICY_DIR } from '../../scripts/docs/generate.js';
import { syncGuides } from '../../scripts/docs/guides.js';
import { ROOT } from '../support/build.js';

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    out = e.isDirectory() ? out.concat(filesUnder(p)) : out.concat(p);
  }
  return out;
}

const FIX = 'run `npm run docs:generate` and commit docs/policy and docs/guides';

describe('generated policy docs are up to date', () => {
  const root = join(ROOT, POLICY_DIR);
  let pages: Map<string, string>;
  let committed: Map<string, string>;
  beforeAll(() => {
    pages = generatePolicyPages();
    committed = new Map(filesUnder(root).map((f) => [relative(root, f).split('\\').join('/'), readFileSync(f, 'utf8')]));
  });

  it('generation is deterministic', () => {
    expect([...generatePolicyPages()]).toEqual([...pages]);
  });

  it('no generated page is missing from docs/policy, and none is left over', () => {
    const missing = [...pages.keys()].filter((p) => !committed.has(p));
    const extra = [...committed.keys()].filter((p) => !pages.has(p));
    expect({ missing, extra }, FIX).toEqual({ missing: [], extra: [] });
  });

  it('every committed page equals its regeneration', () => {
    const stale = [...pages].filter(([p, text]) => committed.has(p) && committed.get(p) !== text).map(([p]) => p);
    expect(stale, FIX).toEqual([]);
  });

  it("the guides' code blocks are the example regions they quote", () => {
    const { changed, refs } = syncGuides(ROOT, false);
    expect(refs.length).toBeGreaterThan(0);
    expect(changed.map((f) => relative(ROOT, f)), FIX).toEqual([]);
  });
});
