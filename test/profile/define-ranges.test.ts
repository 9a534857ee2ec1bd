/**
 * Issue 12 item 10 — defineProfile refuses nonsense: each parameter's values have a range in its
 * declaration (a monitoring line is a positive amount, a band's lower end is not above its upper
 * end), and a user profile may not take a reserved id (a built-in id, or a name of
 * Object.prototype such as `constructor`, which plain-object lookups keyed by profile id would
 * resolve to a function).
 */
import { describe, expect, it } from 'vitest';
import { safeDefineProfile } from '../../src/index.js';

const cite = { doc: '榕晋乡振〔2023〕12号', clause: '一(一)' };
const profile = (over: Record<string, unknown>) => ({ id: 'test/county/2023', extends: 'national/2021', title: { zh: '测试县', en: 'Test county' }, ...over });
const line = (value: unknown, from = '2023-01-01', to = '2023-12-31') => ({ parameters: { monitoringLine: [{ from, to, value, citation: cite }] } });

function issuesOf(input: unknown) {
  const r = safeDefineProfile(input);
  return r.ok ? [] : r.issues;
}

describe('parameter value ranges (issue 12 item 10)', () => {
  it('S001 §一(一) "监测范围": a monitoring line of -1 or 0 is refused; 0.01 is the smallest accepted', () => {
    for (const v of ['-1', '0', '0.00', -1, 0]) {
      const issues = issuesOf(profile(line(v)));
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]!.path).toBe('parameters.monitoringLine[0].value');
      expect(issues[0]!.message.en).toContain('positive');
    }
    expect(issuesOf(profile(line('0.01')))).toEqual([]);
    expect(issuesOf(profile(line('10560')))).toEqual([]);
  });

  it('a dated value over 0000-01-01..9999-12-31 is refused: dates outside the model range', () => {
    const issues = issuesOf(profile(line('6500', '0000-01-01', '9999-12-31')));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['parameters.monitoringLine[0].from', 'parameters.monitoringLine[0].to']));
  });

  it('a county rural income must be positive too; a data-quality low-income line must not be negative', () => {
    const county = issuesOf(profile({ parameters: { countyRuralIncome: [{ from: '2023-01-01', value: '-5', citation: cite }] } }));
    expect(county[0]?.path).toBe('parameters.countyRuralIncome[0].value');
    const low = issuesOf(profile({ parameters: { qualityLowPerCapitaIncome: [{ from: '2023-01-01', value: '-1', citation: cite }] } }));
    expect(low[0]?.path).toBe('parameters.qualityLowPerCapitaIncome[0].value');
    expect(issuesOf(profile({ parameters: { qualityLowPerCapitaIncome: [{ from: '2023-01-01', value: '0', citation: cite }] } }))).toEqual([]);
  });

  it('a band whose lower end is above its upper end is refused (age band 16..6; money band)', () => {
    const age = issuesOf(profile({ parameters: { qualityCompulsoryEducationAge: [{ from: '2023-01-01', value: { min: 16, max: 6 }, citation: cite }] } }));
    expect(age[0]?.path).toMatch(/^parameters\.qualityCompulsoryEducationAge\[0\]\.value/);
    expect(issuesOf(profile({ parameters: { qualityCompulsoryEducationAge: [{ from: '2023-01-01', value: { min: 6, max: 6 }, citation: cite }] } }))).toEqual([]);
  });
});

describe('reserved profile ids (issue 12 item 10)', () => {
  it.each(['constructor', 'tostring', 'hasownproperty'])('%s: a name of Object.prototype (case as JavaScript spells it) is refused only when it is one', (id) => {
    const issues = issuesOf(profile({ id }));
    if (id === 'constructor') {
      expect(issues[0]?.path).toBe('id');
      expect(issues[0]?.code).toBe('reserved_id');
    } else expect(issues).toEqual([]);
  });

  it('a built-in id (fujian/jinan/2023) is refused for a user profile: it would shadow the built-in', () => {
    const issues = issuesOf(profile({ id: 'fujian/jinan/2023', extends: 'national/2021' }));
    expect(issues[0]?.code).toBe('reserved_id');
    expect(issues[0]?.message.zh).toContain('内置');
    expect(issuesOf(profile({ id: 'fujian/jinan/2023-local', extends: 'fujian/jinan/2023' }))).toEqual([]);
  });
});
