/**
 * The county rule coverage table (src/rules/quality/coverage.ts, rendered on docs/policy/quality.md):
 * every family of the county rule catalogue appears once, every rule once in its family, covered by a
 * check that exists (read from the checks' headers) or out of scope with a reason — never both.
 */
import { describe, expect, it } from 'vitest';
import { COUNTY_COVERAGE, COUNTY_RULES, OUT_OF_SCOPE, QUALITY_CHECKS } from '../../../src/index.js';
import { QUALITY_RULES } from '../../../src/rules/quality/catalog.js';
import { citedCountyRules, countyCoverage } from '../../../src/rules/quality/coverage.js';
import { countyFamily } from '../../../src/rules/quality/county-rules.js';
import { county, qualityCheck, NONE } from '../../../src/rules/quality/run.js';

const families = [...new Set(COUNTY_RULES.map((r) => countyFamily(r.number)))];

describe('the county rule coverage table', () => {
  it('every family of the catalogue appears once, in the catalogue order, and every rule once in its own family', () => {
    expect(COUNTY_COVERAGE.map((f) => f.family)).toEqual(families);
    expect(COUNTY_COVERAGE.flatMap((f) => f.rules.map((r) => r.number))).toEqual(COUNTY_RULES.map((r) => r.number));
    for (const f of COUNTY_COVERAGE) for (const r of f.rules) expect(countyFamily(r.number)).toBe(f.family);
    expect(new Set(COUNTY_RULES.map((r) => r.number)).size).toBe(COUNTY_RULES.length);
  });

  it('a covered rule names checks that exist and cite it; no covered rule is also listed out of scope', () => {
    const codes = new Set(QUALITY_CHECKS.map((c) => c.code));
    for (const f of COUNTY_COVERAGE) {
      for (const r of f.rules) {
        if (r.state !== 'covered') continue;
        expect(r.checks.length).toBeGreaterThan(0);
        for (const id of r.checks) {
          expect(codes.has(id), id).toBe(true);
          expect(citedCountyRules(QUALITY_RULES.find((q) => q.id === id)!)).toContain(r.number);
        }
        expect(OUT_OF_SCOPE.some((o) => o.rules.includes(r.number)), `${r.number} is answered by ${r.checks.join(', ')} and listed out of scope`).toBe(false);
      }
    }
  });

  it('every out-of-scope rule is a rule of the catalogue, listed once, with a reason in Chinese and English', () => {
    const numbers = new Set(COUNTY_RULES.map((r) => r.number));
    const listed = OUT_OF_SCOPE.flatMap((o) => o.rules);
    expect(new Set(listed).size).toBe(listed.length);
    for (const o of OUT_OF_SCOPE) {
      expect(o.reason.zh.length).toBeGreaterThan(10);
      expect(o.reason.en.length).toBeGreaterThan(10);
      for (const n of o.rules) expect(numbers.has(n), n).toBe(true);
    }
  });

  it('every county rule number a check cites is a rule of the catalogue (no misspelt number)', () => {
    const numbers = new Set(COUNTY_RULES.map((r) => r.number));
    for (const rule of QUALITY_RULES) for (const n of citedCountyRules(rule)) expect(numbers.has(n), `${rule.id} cites ${n}`).toBe(true);
  });

  it('a new check is picked up from its header: citing a rule not yet answered moves it to covered', () => {
    const open = countyCoverage(QUALITY_RULES).flatMap((f) => f.rules).find((r) => r.state === 'open')!;
    expect(open).toBeDefined();
    const check = qualityCheck({
      id: 'quality.test.picked-up',
      layer: 'quality',
      severity: 'warning',
      nationalCodes: [],
      title: { zh: '测试', en: 'test' },
      citations: [county(open.number, '测试')],
      description: { zh: '测试', en: 'test' },
      parameters: [],
      test: () => NONE,
      explain: () => ({ path: '', message: { zh: '', en: '' } }),
    });
    const after = countyCoverage([...QUALITY_RULES, check]).flatMap((f) => f.rules).find((r) => r.number === open.number)!;
    expect(after).toMatchObject({ number: open.number, state: 'covered', checks: ['quality.test.picked-up'] });
  });

  it('the work-spell and village families are answered: every rule of 1_03 and 3_03 but the stub 3_03_002, and the WG rules the tables carry', () => {
    const state = (n: string) => COUNTY_COVERAGE.flatMap((f) => f.rules).find((r) => r.number === n)!.state;
    for (const r of COUNTY_COVERAGE.find((f) => f.family === '1_03')!.rules) expect(r.state, r.number).toBe('covered');
    expect(state('3_03_001')).toBe('covered');
    expect(state('3_03_003')).toBe('covered');
    expect(state('3_03_002')).toBe('out-of-scope');
    for (const n of ['2_03_001', '1111_3', '1111_08', '1111_16', '1111_17', '3_12_001', '4_12_001', '4_12_002', '5_12_006', '5_15_008', '5_15_014', '5_17_012', '5_20_028']) expect(state(n), n).toBe('covered');
  });
});
