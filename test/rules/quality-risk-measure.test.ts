/**
 * Issue 15, risk type ↔ measure: each recorded risk type (5_18_001–5_18_004, 5_18_006, 3_11_003–
 * 3_11_006) and each 三保障 or water problem (5_18_005, 5_18_007, 3_11_007–3_11_009) has a measure
 * aimed at it, by the profile's mappings; a household with no measure at all is left to 1_11_010.
 */
import { describe, expect, it } from 'vitest';
import { defineProfile, QUALITY_CHECKS } from '../../src/index.js';
import { clean, eliminated, hits, issuesOf, monitored } from './quality/fixtures.js';

const RISK = 'quality.risk-measure.risk-without-measure';
const GUARANTEE = 'quality.risk-measure.guarantee-without-measure';
const WITHOUT_RISK = 'quality.risk-measure.guarantee-without-risk';
const paths = (h: Parameters<typeof issuesOf>[0], code: string, profile?: Parameters<typeof issuesOf>[1]) => hits(issuesOf(h, profile), code).map((i) => i.values?.riskType ?? i.values?.problem);

describe('quality.risk-measure.risk-without-measure', () => {
  it('5_18_001: 因病 with measures on record but none of 健康帮扶, 社会帮扶 or the safety net fires, naming the risk and the measures aimed at it', () => {
    const found = hits(issuesOf(monitored({ measures: ['employment'] })), RISK);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'measures' })]);
    expect(found[0]!.message.zh).toContain('因病');
    expect(found[0]!.message.zh).toContain('健康帮扶');
    expect(found[0]!.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['5_18_001', '3_11_003']));
  });
  it('5_18_002 / 5_18_004 / 5_18_006: each unanswered risk once, in record order; an eliminated household too (3_11_00x)', () => {
    const h = monitored({ riskTypes: ['education', 'illness', 'housing-safety', 'drinking-water'], measures: ['health', 'relocation'] });
    expect(paths(h, RISK)).toEqual(['education', 'drinking-water']);
    expect(paths(eliminated({ measures: ['industry'] }), RISK)).toEqual(['illness']);
  });
  it('near misses: a measure aimed at the risk; a risk the profile does not map (其他, 因意外事故); no measure at all (1_11_010\'s); not monitored', () => {
    expect(paths(monitored(), RISK)).toEqual([]);
    expect(paths(monitored({ measures: ['dibao'] }), RISK)).toEqual([]);
    expect(paths(monitored({ riskTypes: ['accident', 'other'], riskNote: '车祸', measures: ['employment'] }), RISK)).toEqual([]);
    expect(paths(monitored({ measures: [] }), RISK)).toEqual([]);
    expect(paths(clean({ riskTypes: ['illness'], measures: ['employment'] }), RISK)).toEqual([]);
  });
  it('the mapping is the profile parameter eliminationMeasuresForRisk: a county that accepts employment for 因病 leaves the household alone', () => {
    const county = defineProfile({
      id: 'test/risk-map/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { eliminationMeasuresForRisk: [{ from: '2020-10-01', value: { illness: ['health', 'employment'] }, citation: { doc: 'county-practice', clause: '5_18_001' } }] },
    });
    expect(paths(monitored({ measures: ['employment'] }), RISK, county)).toEqual([]);
  });
});

describe('quality.risk-measure.guarantee-without-measure', () => {
  it('5_18_005: A24 失学辍学 without 义务教育保障 fires', () => {
    const h = monitored({ guarantees: { compulsoryEducationDropout: true } });
    expect(hits(issuesOf(h), GUARANTEE)).toEqual([expect.objectContaining({ severity: 'warning', path: 'measures', values: expect.objectContaining({ problem: 'compulsoryEducationDropout' }) })]);
  });
  it('5_18_007: A26 generated from A17 (a member on record uninsured) without 健康帮扶 or 社会帮扶 fires; as recorded too', () => {
    expect(paths(monitored({ measures: ['employment'], guarantees: { memberWithoutMedicalInsurance: undefined } }, { 2: { basicMedicalInsurance: false } }), GUARANTEE)).toEqual(['memberWithoutMedicalInsurance']);
    expect(paths(monitored({ measures: ['employment'], guarantees: { memberWithoutMedicalInsurance: true } }), GUARANTEE)).toEqual(['memberWithoutMedicalInsurance']);
  });
  it('3_11_006 / 3_11_008: housing and water problems need 住房安全保障 or 搬迁, and 饮水安全保障', () => {
    const h = monitored({ measures: ['health'], guarantees: { housingUnsafe: true, drinkingWaterUnsafe: true } });
    expect(paths(h, GUARANTEE)).toEqual(['housingUnsafe', 'drinkingWaterUnsafe']);
    expect(paths(monitored({ measures: ['health', 'relocation', 'drinking-water'], guarantees: { housingUnsafe: true, drinkingWaterUnsafe: true } }), GUARANTEE)).toEqual([]);
  });
  it('near misses: no problem; the aimed measure; no measure at all; the uninsured member died before the status date', () => {
    expect(paths(monitored(), GUARANTEE)).toEqual([]);
    expect(paths(monitored({ measures: ['health', 'compulsory-education'], guarantees: { compulsoryEducationDropout: true } }), GUARANTEE)).toEqual([]);
    expect(paths(monitored({ measures: [], guarantees: { compulsoryEducationDropout: true } }), GUARANTEE)).toEqual([]);
    const dead = { basicMedicalInsurance: false, changes: [{ kind: 'death', on: '2023-04-01' }] };
    expect(paths(monitored({ measures: ['employment'], guarantees: { memberWithoutMedicalInsurance: undefined } }, { 2: dead }), GUARANTEE)).toEqual([]);
  });
});

describe('quality.risk-measure.guarantee-without-risk', () => {
  it('4_11_006: A25 饮水出现安全问题 while the risk types hold no 因安全饮水 fires, naming the problem and the risk types', () => {
    const found = hits(issuesOf(monitored({ riskTypes: ['illness'], guarantees: { drinkingWaterUnsafe: true } })), WITHOUT_RISK);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'riskTypes', values: expect.objectContaining({ problem: 'drinkingWaterUnsafe', expectedRiskTypes: ['drinking-water'], riskTypes: ['illness'] }) })]);
    expect(found[0]!.message.zh).toContain('因安全饮水');
    expect(found[0]!.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['4_11_006', '4_11_007']));
  });
  it('4_11_007: a member on record without basic medical insurance (A26 from A17) and no 因病 among the risk types fires; any recorded risk column counts, not only the first', () => {
    expect(paths(monitored({ riskTypes: ['education'], guarantees: { memberWithoutMedicalInsurance: undefined } }, { 2: { basicMedicalInsurance: false } }), WITHOUT_RISK)).toEqual(['memberWithoutMedicalInsurance']);
    expect(paths(monitored({ riskTypes: ['education', 'illness'], guarantees: { memberWithoutMedicalInsurance: undefined } }, { 2: { basicMedicalInsurance: false } }), WITHOUT_RISK)).toEqual([]);
  });
  it('near misses: the matching risk type; no problem; a problem the profile does not list (A23 housing); no risk type recorded; not monitored', () => {
    expect(paths(monitored({ riskTypes: ['drinking-water'], guarantees: { drinkingWaterUnsafe: true } }), WITHOUT_RISK)).toEqual([]);
    expect(paths(monitored({ riskTypes: ['education'] }), WITHOUT_RISK)).toEqual([]);
    expect(paths(monitored({ riskTypes: ['illness'], guarantees: { housingUnsafe: true } }), WITHOUT_RISK)).toEqual([]);
    expect(paths(monitored({ riskTypes: [], guarantees: { drinkingWaterUnsafe: true } }), WITHOUT_RISK)).toEqual([]);
    expect(paths(clean({ riskTypes: ['illness'], guarantees: { drinkingWaterUnsafe: true } }), WITHOUT_RISK)).toEqual([]);
  });
  it('the mapping is the profile parameter qualityRisksForGuarantee: a county that lists 其他 for water leaves such a household alone', () => {
    const county = defineProfile({
      id: 'test/risk-for-guarantee/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { qualityRisksForGuarantee: [{ from: '2020-10-01', value: { drinkingWaterUnsafe: ['drinking-water', 'other'] }, citation: { doc: 'county-practice', clause: '4_11_006' } }] },
    });
    const h = monitored({ riskTypes: ['other'], riskNote: '饮水', guarantees: { drinkingWaterUnsafe: true } });
    expect(paths(h, WITHOUT_RISK)).toEqual(['drinkingWaterUnsafe']);
    expect(paths(h, WITHOUT_RISK, county)).toEqual([]);
  });
});

describe('the risk-measure family', () => {
  it('has the three checks tested above', () => {
    expect(QUALITY_CHECKS.filter((c) => c.family === 'risk-measure').map((c) => c.code)).toEqual([RISK, GUARANTEE, WITHOUT_RISK]);
  });
});
