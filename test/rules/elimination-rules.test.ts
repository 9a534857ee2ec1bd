/**
 * The elimination layer's rules as objects under their clauses (issue 13): each rule carries its
 * test and its explanation beside its header, and what it says names facts, conditions, measures
 * and marks as an official reads them — in Chinese and English.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assessRiskElimination, defineProfile, getProfile, listProfiles, parseHousehold, RULES, type HouseholdInput } from '../../src/index.js';
import { household, merge } from '../builders.js';
import { richHouseholdArb, dateBetween } from '../perf/households.js';

const jinan = getProfile('fujian/jinan/2023');
const longkou = getProfile('shandong/longkou/2021');
const JINAN_AS_OF = { asOf: '2023-12-15' };

const READY = {
  income: { wage: '30000' },
  riskTypes: ['illness'],
  measures: ['health'],
  monitoring: { category: 'marginal', identifiedOn: '2023-01-10', review: { incomeStable: true, rigidSpendingResolved: true, riskGone: true, newRisk: false } },
};
const ready = (over: Record<string, unknown> = {}) => household(merge(READY, over));

type Shown = { rule: string; outcome: string; values: Record<string, unknown>; message: { zh: string; en: string } };
const findingOf = (r: { findings: unknown[] }, rule: string) => (r.findings as Shown[]).find((f) => f.rule === rule)!;

describe('a rule is one object under its clause', () => {
  it('issue 13: every elimination rule carries its test and its explanation beside its quoted header', () => {
    const rules = RULES.filter((r) => r.layer === 'elimination') as unknown as { id: string; test?: unknown; explain?: unknown }[];
    expect(rules.length).toBeGreaterThan(30);
    const headerOnly = rules.filter((r) => typeof r.test !== 'function' || typeof r.explain !== 'function').map((r) => r.id);
    expect(headerOnly).toEqual([]);
  });
});

describe('messages an official reads (issue 13 item 3)', () => {
  it('elimination.conditions names the conditions applied by what they are, not by their ids', () => {
    const f = findingOf(assessRiskElimination(ready(), jinan, JINAN_AS_OF), 'elimination.conditions');
    expect(f.message.zh).toContain('适用的风险消除条件（存在以下情形之一的不得标注风险消除）：收入不稳定、人均纯收入未超过当年监测范围、');
    expect(f.message.en).toContain('income not stable; per-capita net income not above the line;');
    expect(f.message.zh).not.toContain('income-unstable');
    expect(f.values.conditions).toContain('income-unstable');
  });

  it('practice 针对返贫致贫风险落实至少一项帮扶措施: measures are named in English too, not by their codes', () => {
    const f = findingOf(assessRiskElimination(ready({ measures: ['industry', 'public-welfare-post'] }), jinan, JINAN_AS_OF), 'elimination.no-measure-for-risk');
    expect(f.outcome).toBe('met');
    expect(f.message.zh).toBe('登记的帮扶措施（产业帮扶、公益岗位）均未针对风险类型');
    expect(f.message.en).toBe('none of the measures on record (industry support, public-welfare post) is aimed at the risk types');
  });

  it('S004 §六(二): a recorded mark is named as the clause names it (返贫风险消除), not by its code', () => {
    const h = ready({ monitoring: { identifiedOn: '2021-03-01', eliminated: { method: 'assisted', on: '2021-11-01', mark: 'relapse-risk-eliminated' } } });
    const f = findingOf(assessRiskElimination(h, longkou, { asOf: '2021-12-05' }), 'elimination.mark-recorded');
    expect(f.outcome).toBe('met');
    expect(f.message.zh).toBe('记录的标注为“返贫风险消除”，按类别应为“致贫风险消除”');
    expect(f.values).toEqual({ category: 'marginal', recorded: 'relapse-risk-eliminated', expected: 'poverty-risk-eliminated' });
  });

  it('A53: the route is named in both languages (帮扶消除 / eliminated through assistance)', () => {
    const r = assessRiskElimination(ready({ monitoring: { eliminated: { method: 'assisted', on: '2023-10-01' } } }), jinan, JINAN_AS_OF);
    expect(findingOf(r, 'elimination.method').message).toEqual({ zh: '已标注风险消除（2023-10-01，帮扶消除），按记录的方式复核', en: 'marked eliminated on 2023-10-01 (eliminated through assistance); reviewed by the recorded route' });
  });

  it('S003 §一(二): a supplied "不消" item tested by a fact names the fact by its label and its value as 是/否', () => {
    const supplied = defineProfile({
      id: 'test/gansu-fact-item/2023',
      extends: 'gansu/wuqingyuan/2023',
      title: { zh: '测试：按事实检验的条目', en: 'test: an item tested by a fact' },
      parameters: {
        eliminationProhibitions: [
          {
            from: '2023-01-01',
            value: {
              name: { zh: '七不消', en: 'seven' },
              items: [{ id: 'publicity', text: { zh: '（测试条目）未公示', en: '(test item) not publicised' }, citation: { doc: '甘乡振局发〔2023〕59号', clause: '测试' }, test: { fact: 'monitoring.procedure.publicity', blocksWhen: false } }],
            },
            citation: { doc: '党委发〔2023〕70号', clause: '一(二)' },
          },
        ],
      },
    });
    const blocked = findingOf(assessRiskElimination(ready({ monitoring: { procedure: { publicity: false } } }), supplied, { asOf: '2023-12-15' }), 'elimination.prohibitions');
    expect(blocked.message.zh).toBe('“七不消”第 publicity 项（（测试条目）未公示）：“公示”为否，不予消除');
    expect(blocked.message.en).toBe('seven item publicity ((test item) not publicised): "public notice" is no; not to be eliminated');
    const open = findingOf(assessRiskElimination(ready(), supplied, { asOf: '2023-12-15' }), 'elimination.prohibitions');
    expect(open).toMatchObject({ outcome: 'undetermined', values: { fact: 'monitoring.procedure.publicity', value: null } });
    expect(open.message.zh).toBe('“七不消”第 publicity 项（（测试条目）未公示）：未记录“公示”');
  });

  /** A code an official cannot read: a dotted field path or rule id, a member path, or a hyphenated condition/group id (test/assess.test.ts). */
  const CODE = /(?<![\w.\-/])(?:members\[\d+\]|[a-z][a-zA-Z]*(?:-[a-z]+)*\.[a-zA-Z][\w-]*|[a-z]+(?:-[a-z]+)+)(?![\w/])/g;
  /** In English, hyphenated words are English ("as-of", "safety-net"): only paths and rule ids are codes. */
  const PATH = /(?<![\w.\-/])(?:members\[\d+\]|[a-z][a-zA-Z]*(?:-[a-z]+)*\.[a-zA-Z][\w-]*)(?![\w/])/g;
  const PROFILES = listProfiles();
  test.prop([richHouseholdArb, fc.constantFrom(...PROFILES), fc.option(dateBetween(2020, 2025), { nil: undefined })], { numRuns: 300 })(
    'issue 11: no elimination message, in Chinese or English, names a field path, rule id or condition id',
    (input: HouseholdInput, profile, asOf) => {
      const p = parseHousehold(input);
      if (!p.ok) return;
      let r;
      try {
        r = assessRiskElimination(p.household, profile, asOf ? { asOf } : {});
      } catch {
        return; // a profile without a value the decision cannot do without (tested elsewhere)
      }
      for (const f of r.findings) {
        if (!f.rule.startsWith('elimination.')) continue;
        expect(f.message.zh.replace(/配置 \S+/g, '').match(CODE), `${f.rule}: ${f.message.zh}`).toBeNull();
        expect(f.message.en.replace(/profile \S+/g, '').match(PATH), `${f.rule}: ${f.message.en}`).toBeNull();
      }
    },
  );
});
