/**
 * The data-quality catalogue: every check is a registered rule header with a severity, cited
 * clauses that resolve and quote their source verbatim, parameters that exist with cited values on
 * national/2021, and a mapping table from county rule numbers to our codes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, getProfile, listProfiles, NATIONAL_CODE_MAP, PARAMETERS, parameter, QUALITY_CHECKS, RULES, type ParameterKey } from '../../../src/index.js';
import { qualityParameters } from '../../../src/profile/parameters/quality.js';
import { qualityCoverageParameters } from '../../../src/profile/parameters/quality-coverage.js';
import { builtinValues } from '../../../src/profile/builtin/profiles.js';

// Verbatim copies of the seeds and of the county rule list, held in the repository (sources/).
const SEEDS = new URL('../../../sources/', import.meta.url);
const COUNTY_RULES = new URL('../../../sources/county-rules.md', import.meta.url);
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

describe('QUALITY_CHECKS', () => {
  it('has one entry per code, each a registered quality rule with a severity', () => {
    const codes = QUALITY_CHECKS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const registered = new Map(RULES.map((r) => [r.id, r]));
    for (const c of QUALITY_CHECKS) {
      expect(c.code).toMatch(/^quality\.[a-z-]+(\.[a-z0-9-]+)?$/);
      expect(['error', 'warning', 'completeness', 'info']).toContain(c.severity);
      const rule = registered.get(c.code);
      expect(rule, c.code).toBeDefined();
      expect(rule!.layer).toBe('quality');
      expect(rule!.severity).toBe(c.severity);
      for (const t of [c.title, c.description]) {
        expect(t.zh.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('cites registered documents, and every threshold it reads is a declared parameter', () => {
    for (const c of QUALITY_CHECKS) {
      expect(c.citations.length, c.code).toBeGreaterThan(0);
      for (const cite of c.citations) expect(DOCUMENTS[cite.doc], `${c.code} cites ${cite.doc}`).toBeDefined();
      for (const p of c.parameters) expect(PARAMETERS[p as ParameterKey], `${c.code} reads ${p}`).toBeDefined();
    }
  });

  it('the family of each code is one of the documented families', () => {
    expect(new Set(QUALITY_CHECKS.map((c) => c.family))).toEqual(
      new Set(['identity', 'age', 'work', 'income', 'consistency', 'monitoring-gap', 'completeness', 'member-fields', 'medical-insurance', 'education', 'risk-measure', 'measure-work', 'household-facts', 'public-welfare-posts', 'batch', 'work-spells', 'village', 'skipped']),
    );
  });

  it('quotes the seed documents verbatim (whitespace aside)', () => {
    const seeds = new Map<string, string>();
    for (const f of readdirSync(SEEDS)) if (f.endsWith('.txt')) seeds.set(f, squash(readFileSync(new URL(f, SEEDS), 'utf8')));
    const quoted = [
      ...QUALITY_CHECKS.flatMap((c) => c.citations.map((q) => ({ where: c.code, ...q }))),
      ...Object.values({ ...qualityParameters, ...qualityCoverageParameters }).flatMap((p) => Object.values(builtinValues(p.key)).flat().map((v) => ({ where: p.key, ...v.citation }))),
    ];
    let checked = 0;
    for (const q of quoted) {
      const doc = DOCUMENTS[q.doc]!;
      if (doc.kind !== 'seed' || q.quote === undefined) continue;
      const text = seeds.get(doc.seedFile!)!;
      expect(text.includes(squash(q.quote)), `${q.where}: ${q.doc} ${q.clause} "${q.quote}"`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('quotes the county rule labels as county-rules.md gives them', () => {
    const text = squash(readFileSync(COUNTY_RULES, 'utf8'));
    const quoted = [
      ...QUALITY_CHECKS.flatMap((c) => c.citations.map((q) => ({ where: c.code, ...q }))),
      ...Object.values({ ...qualityParameters, ...qualityCoverageParameters }).flatMap((p) => Object.values(builtinValues(p.key)).flat().map((v) => ({ where: p.key, ...v.citation }))),
    ];
    for (const q of quoted) {
      if (q.doc !== 'county-practice') continue;
      for (const part of q.quote!.split('；')) expect(text.includes(squash(part)), `${q.where}: ${q.clause} "${part}"`).toBe(true);
    }
  });
});

describe('NATIONAL_CODE_MAP', () => {
  it('maps 1_01_003 (the 18-digit checksum) to our checksum check', () => {
    expect(NATIONAL_CODE_MAP['1_01_003']).toEqual(['quality.identity.checksum']);
    expect(NATIONAL_CODE_MAP['4_01_003']).toEqual(['quality.identity.missing', 'quality.identity.placeholder']);
    expect(NATIONAL_CODE_MAP['1_01_001']).toEqual(['quality.identity.duplicate-in-household', 'quality.batch.duplicate-id']);
  });

  it('agrees with the checks both ways, with keys in national-number form, sorted', () => {
    const keys = Object.keys(NATIONAL_CODE_MAP);
    expect(keys).toEqual([...keys].sort());
    for (const [n, codes] of Object.entries(NATIONAL_CODE_MAP)) {
      expect(n).toMatch(/^\d+_\d+(_\d+)*(-\d+)?$/);
      for (const code of codes) expect(QUALITY_CHECKS.find((c) => c.code === code)!.nationalCodes).toContain(n);
    }
    for (const c of QUALITY_CHECKS) for (const n of c.nationalCodes) expect(NATIONAL_CODE_MAP[n]).toContain(c.code);
  });
});

describe('quality parameters', () => {
  it('each has a cited value on national/2021, inherited by every built-in profile at its status date', () => {
    for (const p of Object.values({ ...qualityParameters, ...qualityCoverageParameters })) {
      const values = builtinValues(p.key)['national/2021'];
      expect(values, p.key).toBeDefined();
      for (const v of values!) expect(DOCUMENTS[v.citation.doc], p.key).toBeDefined();
      for (const profile of listProfiles()) expect(() => parameter(profile, p.key as ParameterKey, '2023-09-30')).not.toThrow();
    }
  });

  it('5_16_001: the monthly-wage band is 100–30000 and the working age 16 (included) to 60 (excluded)', () => {
    const p = getProfile('gansu/wuqingyuan/2023');
    expect(parameter(p, 'qualityMonthlyWageRange', '2023-09-30').value).toEqual({ min: '100', max: '30000' });
    expect(parameter(p, 'qualityWorkingAge', '2023-09-30').value).toEqual({ min: 16, below: 60 });
    expect(parameter(p, 'eliminationMinimumDuration', '2023-09-30').value).toEqual({ months: 6, eliminatedFrom: '2022-04-01' });
  });
});
