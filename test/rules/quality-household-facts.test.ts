/**
 * Issue 15, household facts as the model carries them: living conditions and 危房/饮水 left empty
 * when the record carries the block (3_02_002–3_02_009, 5_14_015–5_14_018, 5_19_002–5_19_006), land
 * areas outside their ranges (5_14_001, 5_14_002, 5_14_004; each bound and one either side), and 是否
 * 解决安全饮用水 contradicting A25.
 */
import { describe, expect, it } from 'vitest';
import { QUALITY_CHECKS } from '../../src/index.js';
import { clean, hits, issuesOf, monitored } from './quality/fixtures.js';

const MISSING = 'quality.household-facts.missing';
const RANGE = 'quality.household-facts.land-area-range';
const WATER = 'quality.household-facts.water-contradiction';
const FULL = { housingArea: 120, sanitaryToilet: true, arableLand: 5.5, forestLand: 10, orchardLand: 0 };
const tp = (over: Record<string, unknown>) => clean({ povertyAlleviated: true, ...over });
const paths = (h: Parameters<typeof issuesOf>[0], code: string) => hits(issuesOf(h), code).map((i) => i.path);

describe('quality.household-facts.missing', () => {
  it('3_02_003 / 3_02_004 / 3_02_008: a 脱贫户 whose living conditions leave fields empty: each reported (completeness), by label', () => {
    const found = hits(issuesOf(tp({ livingConditions: { sanitaryToilet: true, forestLand: 3 } })), MISSING);
    expect(found.map((i) => i.path)).toEqual(['livingConditions.housingArea', 'livingConditions.arableLand', 'livingConditions.orchardLand']);
    expect(found[0]).toMatchObject({ severity: 'completeness' });
    expect(found[0]!.message.zh).toContain('住房面积');
  });
  it('3_02_009 / 3_02_002: a 脱贫户 not monitored whose guarantees leave 危房 or 饮水 empty; a monitored one is 1_11_002\'s', () => {
    expect(paths(tp({ guarantees: { housingUnsafe: undefined, drinkingWaterUnsafe: undefined } }), MISSING)).toEqual(['guarantees.housingUnsafe', 'guarantees.drinkingWaterUnsafe']);
    expect(paths(monitored({ guarantees: { housingUnsafe: undefined } }), MISSING)).toEqual([]);
  });
  it('near misses: every field recorded; no living-conditions block at all (an export without those columns); a household neither 脱贫户 nor monitored', () => {
    expect(paths(tp({ livingConditions: FULL }), MISSING)).toEqual([]);
    expect(paths(tp({}), MISSING)).toEqual([]);
    expect(paths(clean({ livingConditions: { sanitaryToilet: true } }), MISSING)).toEqual([]);
    expect(paths(monitored({ livingConditions: FULL }), MISSING)).toEqual([]);
  });
});

describe('quality.household-facts.land-area-range (耕地 0–100, 林地 and 林果 0–200 亩)', () => {
  it.each([
    ['arableLand', 100, false],
    ['arableLand', 100.5, true],
    ['arableLand', 99.5, false],
    ['arableLand', 0, false],
    ['arableLand', -0.5, true],
    ['forestLand', 200, false],
    ['forestLand', 201, true],
    ['orchardLand', 199, false],
    ['orchardLand', 200.1, true],
  ])('%s = %d: fires = %s', (field, area, fires) => {
    expect(paths(tp({ livingConditions: { ...FULL, [field]: area } }), RANGE)).toEqual(fires ? [`livingConditions.${field}`] : []);
  });
  it('the issue shows the area and the band; a household neither 脱贫户 nor monitored is not checked', () => {
    const [i] = hits(issuesOf(tp({ livingConditions: { ...FULL, arableLand: 150 } })), RANGE);
    expect(i).toMatchObject({ severity: 'warning', values: { area: 150, min: 0, max: 100 } });
    expect(paths(clean({ livingConditions: { ...FULL, arableLand: 150 } }), RANGE)).toEqual([]);
  });
});

describe('quality.household-facts.water-contradiction', () => {
  it('是否解决安全饮用水 = 是 while A25 饮水出现安全问题 = 是: an error; opposite values are consistent', () => {
    expect(hits(issuesOf(tp({ livingConditions: { ...FULL, safeDrinkingWater: true }, guarantees: { drinkingWaterUnsafe: true } })), WATER)).toEqual([
      expect.objectContaining({ severity: 'error', path: 'livingConditions.safeDrinkingWater' }),
    ]);
    expect(paths(tp({ livingConditions: { ...FULL, safeDrinkingWater: false }, guarantees: { drinkingWaterUnsafe: false } }), WATER)).toEqual(['livingConditions.safeDrinkingWater']);
    expect(paths(tp({ livingConditions: { ...FULL, safeDrinkingWater: true } }), WATER)).toEqual([]);
    expect(paths(tp({ livingConditions: { ...FULL, safeDrinkingWater: false }, guarantees: { drinkingWaterUnsafe: true } }), WATER)).toEqual([]);
  });
});

describe('the household-facts family', () => {
  it('has the three checks tested above', () => {
    expect(QUALITY_CHECKS.filter((c) => c.family === 'household-facts').map((c) => c.code)).toEqual([MISSING, RANGE, WATER]);
  });
});
