/**
 * Issue 14 (output, sixth slice): `regionKey` keeps the key of the last region it joined and gives
 * it again while the five levels are the same. Property: for any sequence of regions (repeated
 * ones, the same texts as other strings, missing and non-string levels, ID-shaped texts), each key
 * is what the previous implementation — joined and masked on every call, kept here as the oracle —
 * gives.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskIdNumbersInText } from '../../src/explain/mask.js';
import { regionKey } from '../../src/rescore/summary.js';

/** The previous implementation (the oracle). */
function previousRegionKey(region: unknown): string {
  if (!region || typeof region !== 'object') return '';
  const r = region as Record<string, unknown>;
  let key = '';
  let any = false;
  for (const f of ['province', 'city', 'county', 'town', 'village']) {
    const v = r[f];
    const s = typeof v === 'string' ? v : '';
    if (s) any = true;
    key += (f === 'province' ? '' : '\u001f') + s;
  }
  return any ? maskIdNumbersInText(key) : '';
}

const level = fc.oneof(
  fc.constantFrom<unknown>('云南省', '迪庆藏族自治州', '香格里拉市', '小中甸镇', '和平村', '', '533401196006085597', '一村', undefined, null, 7),
  fc.string({ maxLength: 20 }),
);
const region = fc.oneof(
  fc.record({ province: level, city: level, county: level, town: level, village: level }, { requiredKeys: [] }),
  fc.constantFrom<unknown>(undefined, null, 'a string', 3, []),
);

describe('regionKey: the key of the last region given again while its levels are the same', () => {
  test.prop([fc.array(fc.tuple(region, fc.nat(3)), { minLength: 1, maxLength: 30 })], { numRuns: 300 })('each key is the previous implementation’s, whatever came before', (steps) => {
    for (const [r, repeat] of steps) {
      // (a region repeated as the same object, and as a copy whose texts are other strings)
      const copy = r && typeof r === 'object' && !Array.isArray(r) ? Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? [...v].join('') : v])) : r;
      for (let i = 0; i <= repeat; i++) {
        expect(regionKey(r)).toBe(previousRegionKey(r));
        expect(regionKey(copy)).toBe(previousRegionKey(copy));
      }
    }
  });

  it('an ID number in a level is masked, also when the region repeats; a region with no level is the empty key', () => {
    const r = { province: '云南省', village: '533401196006085597' };
    const first = regionKey(r);
    expect(first).not.toContain('533401196006085597');
    expect(regionKey({ ...r })).toBe(first);
    expect(regionKey({})).toBe('');
    expect(regionKey({ village: '和平村' })).toBe('\u001f\u001f\u001f\u001f和平村');
  });
});
