import { describe, expect, it } from 'vitest';
import {
  defineProfile,
  getProfile,
  listProfiles,
  MissingParameterError,
  parameter,
  ProfileDefinitionError,
  safeDefineProfile,
  UnknownProfileError,
  DOCUMENTS,
  PARAMETERS,
} from '../../src/index.js';

const cite = { doc: '榕晋乡振〔2023〕12号', clause: '一(一)' };
const base = { id: 'test/county/2023', extends: 'national/2021', title: { zh: '测试县', en: 'Test county' } };

describe('built-in profiles', () => {
  it('are the six the design names, each valid and hashed', () => {
    expect(listProfiles().map((p) => p.id)).toEqual([
      'national/2021',
      'shandong/longkou/2021',
      'shandong/linzi/2023',
      'fujian/jinan/2023',
      'yunnan/xiaozhongdian/2021',
      'gansu/wuqingyuan/2023',
    ]);
    for (const p of listProfiles()) {
      expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.isFrozen(p)).toBe(true);
    }
  });

  it.each([
    ['shandong/longkou/2021', '2021-06-01', '6500'],
    ['fujian/jinan/2023', '2023-09-30', '10560'],
    ['yunnan/xiaozhongdian/2021', '2021-09-30', '6000'],
    ['gansu/wuqingyuan/2023', '2023-09-30', '7200'],
  ])('%s has the monitoring line of its document (%s → %s)', (id, on, line) => {
    const v = parameter(getProfile(id), 'monitoringLine', on);
    expect(v.value).toBe(line);
    expect(DOCUMENTS[v.citation.doc]).toBeDefined();
  });

  it('S000 does not state Shandong’s 2023 line: Linzi leaves it unset and says how to supply it', () => {
    const linzi = getProfile('shandong/linzi/2023');
    expect(linzi.unset.monitoringLine?.zh).toContain('未载明');
    let error: unknown;
    try {
      parameter(linzi, 'monitoringLine', '2023-09-30');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingParameterError);
    expect((error as MissingParameterError).parameter).toBe('monitoringLine');
    expect(String(error)).toMatch(/defineProfile\(.*extends: 'shandong\/linzi\/2023'.*monitoringLine/s);
  });

  it('a value outside its dates is not in force: Longkou’s 2021 line says nothing about 2022', () => {
    expect(() => parameter(getProfile('shandong/longkou/2021'), 'monitoringLine', '2022-01-01')).toThrow(/2021-01-01\.\.2021-12-31/);
  });

  it('every value of every built-in profile cites a registered document and a clause', () => {
    for (const p of listProfiles()) {
      for (const [key, history] of Object.entries(p.parameters)) {
        expect(key in PARAMETERS).toBe(true);
        for (const v of history ?? []) {
          expect(DOCUMENTS[v.citation.doc], `${p.id} ${key}`).toBeDefined();
          expect(v.citation.clause.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('getProfile of an unknown id throws a typed error listing the known ids', () => {
    expect(() => getProfile('shandong/longkou/2022')).toThrow(UnknownProfileError);
    try {
      getProfile('nowhere');
    } catch (e) {
      expect((e as UnknownProfileError).knownIds).toContain('fujian/jinan/2023');
      expect(String(e)).toContain('national/2021');
    }
  });
});

describe('defineProfile', () => {
  it('extends a built-in with a cited value and overrides only that key', () => {
    const p = defineProfile({ ...base, parameters: { monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: 7000, citation: cite }] } });
    expect(parameter(p, 'monitoringLine', '2023-06-30').value).toBe(7000);
    expect(parameter(p, 'incomePeriod', '2023-06-30').value).toEqual({ kind: 'annual', endMonth: 9, endDay: 30 });
    expect(p.lineage).toEqual(['test/county/2023', 'national/2021']);
  });

  it('accepts plain JSON, and the same content gives the same hash', () => {
    const json = JSON.stringify({ ...base, parameters: { monitoringLine: [{ from: '2023-01-01', value: '7000', citation: cite }] } });
    expect(defineProfile(JSON.parse(json)).hash).toBe(defineProfile(JSON.parse(json)).hash);
    const other = JSON.parse(json);
    other.parameters.monitoringLine[0].value = '7000.01';
    expect(defineProfile(other).hash).not.toBe(defineProfile(JSON.parse(json)).hash);
  });

  const issuesOf = (input: unknown) => {
    const r = safeDefineProfile(input);
    if (r.ok) throw new Error('expected issues');
    return r.issues.map((i) => [i.path, i.code]);
  };

  it('rejects a value without a citation', () => {
    expect(issuesOf({ ...base, parameters: { monitoringLine: [{ from: '2023-01-01', value: '7000' }] } })).toEqual([['parameters.monitoringLine[0].citation', 'required']]);
  });
  it('rejects a citation of a document that is not registered, unless the profile registers it', () => {
    const cited = { from: '2023-01-01', value: '7000', citation: { doc: '某县文件〔2023〕1号', clause: '二' } };
    expect(issuesOf({ ...base, parameters: { monitoringLine: [cited] } })).toEqual([['parameters.monitoringLine[0].citation.doc', 'unknown_document']]);
    const ok = safeDefineProfile({ ...base, documents: [{ id: '某县文件〔2023〕1号', issuer: '某县', title: '监测范围', region: '某县' }], parameters: { monitoringLine: [cited] } });
    expect(ok.ok).toBe(true);
  });
  it('rejects overlapping dated values and a period that ends before it starts', () => {
    const v = (from: string, to?: string) => ({ from, ...(to ? { to } : {}), value: '7000', citation: cite });
    expect(issuesOf({ ...base, parameters: { monitoringLine: [v('2023-01-01', '2023-12-31'), v('2023-06-01')] } })).toEqual([['parameters.monitoringLine[0]', 'overlapping_values']]);
    expect(issuesOf({ ...base, parameters: { monitoringLine: [v('2023-01-01'), v('2024-01-01')] } })).toEqual([['parameters.monitoringLine[0]', 'overlapping_values']]);
    expect(issuesOf({ ...base, parameters: { monitoringLine: [v('2023-01-01', '2023-12-31'), v('2023-12-31', '2024-12-31')] } })).toEqual([['parameters.monitoringLine[0]', 'overlapping_values']]);
    expect(issuesOf({ ...base, parameters: { monitoringLine: [v('2023-02-01', '2023-01-01')] } })).toEqual([['parameters.monitoringLine[0]', 'invalid_period']]);
  });
  it('accepts a gap between dated values (years no document covers): nothing is in force there, and reading it names the covered periods', () => {
    const v = (from: string, to: string, value: string) => ({ from, to, value, citation: cite });
    const p = defineProfile({ ...base, parameters: { monitoringLine: [v('2021-01-01', '2021-12-31', '6000'), v('2025-01-01', '2025-12-31', '8700')] } });
    expect(parameter(p, 'monitoringLine', '2021-12-31').value).toBe('6000');
    expect(parameter(p, 'monitoringLine', '2025-01-01').value).toBe('8700');
    expect(() => parameter(p, 'monitoringLine', '2022-01-01')).toThrow(MissingParameterError);
    expect(() => parameter(p, 'monitoringLine', '2024-12-31')).toThrow(/2021-01-01\.\.2021-12-31, 2025-01-01\.\.2025-12-31/);
  });
  it('rejects unknown keys and unknown parameters by name', () => {
    expect(issuesOf({ ...base, colour: 'red' })).toEqual([['colour', 'unknown_key']]);
    expect(issuesOf({ ...base, parameters: { monitoringLines: [{ from: '2023-01-01', value: 1, citation: cite }] } })).toEqual([['parameters.monitoringLines', 'unknown_parameter']]);
  });
  it('validates a value with the parameter’s schema', () => {
    expect(issuesOf({ ...base, parameters: { monitoringLine: [{ from: '2023-01-01', value: '7000.001', citation: cite }] } })).toEqual([['parameters.monitoringLine[0].value', 'invalid_money']]);
    expect(issuesOf({ ...base, parameters: { householdSizeRule: [{ from: '2023-01-01', value: 'everyone', citation: cite }] } })).toEqual([['parameters.householdSizeRule[0].value', 'invalid_value']]);
  });
  it('rejects an unknown profile to extend', () => {
    expect(issuesOf({ ...base, extends: 'mars/2023' })).toEqual([['extends', 'unknown_profile']]);
  });
  it('throws a ProfileDefinitionError listing every issue', () => {
    expect(() => defineProfile({ ...base, colour: 1, extends: 'mars/2023' })).toThrow(ProfileDefinitionError);
  });
  it('may extend a user profile passed in options', () => {
    const parent = defineProfile({ ...base, parameters: { monitoringLine: [{ from: '2023-01-01', value: '7000', citation: cite }] } });
    const child = defineProfile({ id: 'test/county/2023-b', extends: parent.id, title: { zh: '乙', en: 'B' } }, { profiles: [parent] });
    expect(parameter(child, 'monitoringLine', '2024-05-01').value).toBe('7000');
  });
});
