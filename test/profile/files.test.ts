/**
 * The built-in profiles are data files (issue 13, item 4): one JSON file each in src/profile/builtin,
 * the shape a county's own profile has, loaded through the same `parseProfile`. Each file validates
 * against the profile schema, is in canonical form (so a hand edit that reorders keys or values shows
 * up here and not as noise in a policy officer's diff), and resolves to the rule book whose hash is
 * pinned below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { getProfile, listProfiles, parseProfile, ProfileInputSchema, safeDefineProfile, type Profile } from '../../src/index.js';
import { BUILTIN_PROFILES, builtinProfileFile } from '../../src/profile/builtin/profiles.js';
import { canonicalProfile, formatProfileJson } from '../../src/profile/canonical.js';
import { canonicalJson } from '../../src/profile/hash.js';
import { ROOT } from '../support/build.js';

const DIR = join(ROOT, 'src', 'profile', 'builtin');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');

/**
 * The content hash of every built-in profile (SHA-256 of its canonical JSON, recorded in every result
 * as the rule book it was computed under). A changed hash means a changed rule book: a value, a date,
 * a citation, a note or an unset reason of that profile or of one it extends. That is a release
 * note — add a CHANGELOG line naming the profile, the parameter keys and the dates affected, then
 * update the hash here. Reformatting a file never changes it.
 */
const PINNED_HASHES: Record<string, string> = {
  'national/2021': 'eb4ef10fe5724a2cc9e5bf673d43583950b70b4674052c58c91498de8af9b110',
  'shandong/longkou/2021': 'cb66cff4569217d568eff994c2bda821a1844e5c7272e4dff6f7a08dd591a8f0',
  'shandong/linzi/2023': '56de887d9e4304fe4042352fcf6d7222d053f20a21084bc8edfef8edde37a7c3',
  'fujian/jinan/2023': 'b9ad44d0ffff4022d23e51386623e392c54163f14fa34483c6aae9de39126ade',
  'yunnan/xiaozhongdian/2021': '5d6759891534d8f581536fdf0bad1bd44c1c5723687c0313e06c8aa8647018cb',
  'gansu/wuqingyuan/2023': '19e0cab362e70813c8d368fcea6347d790dca84b886813b5243006d6f0916cbf',
};

describe('each built-in profile is one JSON file', () => {
  it('the folder holds exactly the built-in profiles, one file each, named after the id', () => {
    expect(files).toEqual(BUILTIN_PROFILES.map((p) => builtinProfileFile(p.id)).sort());
    expect(listProfiles().map((p) => builtinProfileFile(p.id))).toEqual(BUILTIN_PROFILES.map((p) => builtinProfileFile(p.id)));
  });

  it('what the library bundles is the file as it stands on disk', () => {
    for (const p of BUILTIN_PROFILES) expect(p, builtinProfileFile(p.id)).toEqual(JSON.parse(text(builtinProfileFile(p.id))));
  });

  it.each(files)('%s validates against the profile schema (ProfileInputSchema)', (file) => {
    const r = ProfileInputSchema.safeParse(JSON.parse(text(file)));
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it.each(files)('%s is in canonical form: schema key order, catalog order, dated values by date, two-space indent, Chinese unescaped', (file) => {
    const t = text(file);
    expect(t, `${file} is not in canonical form: run npx tsx scripts/format-profiles.ts`).toBe(formatProfileJson(JSON.parse(t)));
    expect(t).not.toMatch(/\\u[0-9a-fA-F]{4}/);
    expect(t).not.toContain('\r');
  });

  it('the files resolve through parseProfile, as a county’s file does, to the built-in profiles', () => {
    const resolved = new Map<string, Profile>();
    for (const input of BUILTIN_PROFILES) {
      const r = parseProfile(JSON.parse(text(builtinProfileFile(input.id))), (id) => resolved.get(id), true);
      expect(r.ok ? [] : r.issues, input.id).toEqual([]);
      if (!r.ok) continue;
      resolved.set(input.id, r.profile);
      expect(JSON.stringify(r.profile), input.id).toBe(JSON.stringify(getProfile(input.id)));
    }
  });

  it('a county file is the same shape: a built-in file under another id is accepted by safeDefineProfile', () => {
    const gansu = JSON.parse(text('gansu-wuqingyuan-2023.json'));
    const r = safeDefineProfile({ ...gansu, id: 'gansu/wuqingyuan/2023-local', extends: 'gansu/wuqingyuan/2023' });
    expect(r.ok ? [] : r.issues).toEqual([]);
  });
});

describe('built-in profile hashes are pinned (a changed hash is a changed rule book: CHANGELOG)', () => {
  it.each(Object.entries(PINNED_HASHES))('%s', (id, hash) => {
    expect(getProfile(id).hash).toBe(hash);
  });

  it('every built-in profile has a pinned hash', () => {
    expect(listProfiles().map((p) => p.id)).toEqual(Object.keys(PINNED_HASHES));
  });
});

/** A copy of a JSON value with every object's keys and every array of dated values shuffled by `seed`. */
function shuffled(value: unknown, seed: number): unknown {
  let s = seed >>> 0 || 1;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0), s);
  const shuffle = <T>(xs: T[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  };
  const walk = (v: unknown, datedList: boolean): unknown => {
    if (Array.isArray(v)) return (datedList ? shuffle([...v]) : v).map((x) => walk(x, false));
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of shuffle(Object.keys(o))) out[k] = walk(o[k], false);
    return out;
  };
  const profile = walk(value, false) as Record<string, unknown>;
  const parameters = profile['parameters'] as Record<string, unknown[]> | undefined;
  if (parameters) for (const k of Object.keys(parameters)) parameters[k] = shuffle([...parameters[k]!]);
  return profile;
}

describe('canonical form', () => {
  test.prop([fc.constantFrom(...files), fc.integer({ min: 1, max: 2 ** 31 - 1 })], { numRuns: 60 })(
    'reordering keys, parameters or dated values never changes the canonical text, the content, or the hash',
    (file, seed) => {
      const original = JSON.parse(text(file));
      const moved = shuffled(original, seed);
      expect(formatProfileJson(moved)).toBe(text(file));
      expect(canonicalJson(canonicalProfile(moved))).toBe(canonicalJson(original));
    },
  );

  it('a hand edit that swaps two dated values or two keys of a value is not canonical', () => {
    const t = text('yunnan-xiaozhongdian-2021.json');
    const p = JSON.parse(t);
    p.parameters.monitoringLine.reverse();
    expect(JSON.stringify(p, null, 2) + '\n').not.toBe(formatProfileJson(p));
    const q = JSON.parse(t);
    const v = q.parameters.monitoringLine[0];
    q.parameters.monitoringLine[0] = { citation: v.citation, ...v };
    expect(JSON.stringify(q, null, 2) + '\n').not.toBe(t);
    expect(formatProfileJson(q)).toBe(t);
  });

  it('a value’s own fields follow its parameter’s schema; a map keyed by risk type follows the risk types’ order (A27)', () => {
    const national = JSON.parse(text('national-2021.json'));
    expect(Object.keys(national.parameters.incomePeriod[0].value)).toEqual(['kind', 'endMonth', 'endDay']);
    expect(Object.keys(national.parameters.eliminationMeasuresForRisk[0].value)).toEqual(['illness', 'education', 'disability', 'housing-safety', 'drinking-water']);
    const edited = structuredClone(national);
    edited.parameters.incomePeriod[0].value = { endDay: 30, endMonth: 9, kind: 'annual' };
    const measures = edited.parameters.eliminationMeasuresForRisk[0].value;
    edited.parameters.eliminationMeasuresForRisk[0].value = Object.fromEntries(Object.entries(measures).reverse());
    const canonical = canonicalProfile(edited) as typeof national;
    expect(Object.keys(canonical.parameters.incomePeriod[0].value)).toEqual(['kind', 'endMonth', 'endDay']);
    expect(Object.keys(canonical.parameters.eliminationMeasuresForRisk[0].value)).toEqual(['illness', 'education', 'disability', 'housing-safety', 'drinking-water']);
  });

  it('the example of canonicalProfile: the schema’s order, nothing added', () => {
    expect(JSON.stringify(canonicalProfile({ title: { en: 'Test', zh: '测试' }, id: 'test/county/2023' }))).toBe('{"id":"test/county/2023","title":{"zh":"测试","en":"Test"}}');
  });
});
