/**
 * The policy docs cannot be incomplete: every rule and every parameter has a citation and a doc
 * entry, every quoted clause of a held document is verbatim, and every non-quality rule has a worked
 * example the library actually computes — with the outcome the example says it shows, the figures
 * and dates its title and arithmetic state, and (for an `info` example, whose outcome alone proves
 * nothing) the values it says it shows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, PARAMETERS, RULES, listProfiles, type DatedValue, type ParameterDefinition, type QuotedCitation } from '../../src/index.js';
import { evaluateExample, type EvaluatedExample } from '../../scripts/docs/evaluate.js';
import { LAYERS, historyOf, paths, unsetOf } from '../../scripts/docs/model.js';
import { generatePolicyPages } from '../../scripts/docs/generate.js';
import { WORKED_EXAMPLES } from '../../scripts/docs/examples/index.js';
import { ROOT } from '../support/build.js';
import { builtinUnset, builtinValues } from '../../src/profile/builtin/profiles.js';

const pages = generatePolicyPages(undefined, { strict: false });
const profiles = listProfiles();
const declarations = Object.values(PARAMETERS) as ParameterDefinition[];
const layers = new Set<string>(LAYERS.map((l) => l.id));
const hasText = (t: { zh?: string; en?: string } | undefined) => !!t && typeof t.zh === 'string' && t.zh.trim() !== '' && typeof t.en === 'string' && t.en.trim() !== '';
const CJK = /[\u4e00-\u9fff]/;

/** The `quote` fields inside a parameter value (e.g. the steps of a schedule, each quoting its clause). */
function quotesInside(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(quotesInside);
  const o = value as Record<string, unknown>;
  return [...(typeof o['quote'] === 'string' ? [o['quote']] : []), ...Object.values(o).flatMap(quotesInside)];
}

const quoted = (q: string | undefined) => typeof q === 'string' && q.trim() !== '';

/**
 * Problems with one citation (empty when it is sound): the document must be registered and the
 * clause named; a citation of a document whose text is held (a seed) must quote it — in the citation
 * or, for a parameter value, in the value's own parts.
 */
function citationProblems(c: QuotedCitation, where: string, value?: { value: unknown }): string[] {
  const out: string[] = [];
  const doc = DOCUMENTS[c.doc];
  if (!doc) out.push(`${where}: cites "${c.doc}", which is not in the document registry (src/explain/documents.ts)`);
  if (!c.clause || c.clause.trim() === '') out.push(`${where}: citation of ${c.doc} has no clause`);
  const inside = value ? quotesInside(value.value).filter(quoted) : [];
  if (doc?.kind === 'seed' && !quoted(c.quote) && inside.length === 0) out.push(`${where}: cites the held text of ${c.doc} ${c.clause} but quotes nothing`);
  return out;
}

describe('every rule has a citation and a doc entry', () => {
  it('rule ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: title, description (zh + en), quoted citations, declared parameters, a generated page', (id, r) => {
    const problems: string[] = [];
    if (!layers.has(r.layer)) problems.push(`unknown layer "${r.layer}"`);
    if (!hasText(r.title)) problems.push('no title in both languages');
    if (!hasText(r.description)) problems.push('no description in both languages');
    else if (!CJK.test(r.description.zh)) problems.push('the Chinese description has no Chinese');
    if (!r.citations.some((c) => c.doc in DOCUMENTS && quoted(c.quote))) problems.push('no citation of a registered document with a quoted clause');
    for (const c of r.citations) problems.push(...citationProblems(c, id));
    for (const k of r.parameters) if (!(k in PARAMETERS)) problems.push(`reads undeclared parameter "${k}"`);
    if (r.layer === 'quality' && (r.severity === undefined || r.nationalCodes === undefined)) problems.push('a data-quality check without severity or nationalCodes');
    if (!pages.has(paths.rule(id))) problems.push('no generated page');
    expect(problems).toEqual([]);
  });
});

describe('every parameter has a doc entry and, per built-in profile, cited values or an unset reason', () => {
  it.each(declarations.map((d) => [d.key, d] as const))('%s', (key, d) => {
    const problems: string[] = [];
    if (!hasText(d.label)) problems.push('no label in both languages');
    if (!hasText(d.description)) problems.push('no description in both languages');
    if (!layers.has(d.group)) problems.push(`unknown group "${d.group}"`);
    for (const [id, values] of Object.entries(builtinValues(d.key)) as [string, DatedValue[]][]) {
      if (!profiles.some((p) => p.id === id)) problems.push(`values for "${id}", which is not a built-in profile`);
      values.forEach((v, i) => problems.push(...citationProblems(v.citation, `${key}@${id}[${i}]`, v)));
    }
    for (const [id, reason] of Object.entries(builtinUnset(d.key))) if (!hasText(reason)) problems.push(`unset reason for ${id} not in both languages`);
    for (const p of profiles) {
      if (!historyOf(p, key) && !unsetOf(p, key)) problems.push(`${p.id}: neither a value (own or inherited) nor an unset reason`);
    }
    if (!pages.has(paths.parameter(key))) problems.push('no generated page');
    expect(problems).toEqual([]);
  });

  it('every built-in profile has a generated page', () => {
    expect(profiles.filter((p) => !pages.has(paths.profile(p.id))).map((p) => p.id)).toEqual([]);
  });
});

// The seeds' full text is held in the repository (sources/): every quote from a held document must
// be found in it, word for word ("……" marks an elision).
const SEEDS = join(ROOT, 'sources');
describe('quotes from the held documents are verbatim', () => {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const texts = new Map<string, string>();
  for (const d of Object.values(DOCUMENTS)) if (d.kind === 'seed' && d.seedFile) texts.set(d.id, squash(readFileSync(join(SEEDS, d.seedFile), 'utf8')));
  const found = (doc: string, quote: string) => {
    const text = texts.get(doc)!;
    let at = 0;
    for (const part of squash(quote).split(/…+/).filter(Boolean)) {
      const i = text.indexOf(part, at);
      if (i < 0) return false;
      at = i + part.length;
    }
    return true;
  };
  const quotes: [string, QuotedCitation][] = [];
  for (const r of RULES) for (const c of r.citations) quotes.push([r.id, c]);
  for (const d of declarations) {
    for (const [id, values] of Object.entries(builtinValues(d.key)) as [string, DatedValue[]][]) {
      for (const v of values) {
        quotes.push([`${d.key}@${id}`, v.citation]);
        for (const q of quotesInside(v.value)) quotes.push([`${d.key}@${id} (in the value)`, { doc: v.citation.doc, clause: v.citation.clause, quote: q }]);
      }
    }
  }
  for (const p of profiles) if (p.defaultAsOf) quotes.push([`${p.id} defaultAsOf`, p.defaultAsOf.citation]);

  it('every quote of a seed document appears in its text', () => {
    const held = quotes.filter(([, c]) => texts.has(c.doc) && c.quote);
    expect(held.length).toBeGreaterThan(0);
    expect(held.filter(([, c]) => !found(c.doc, c.quote!)).map(([where, c]) => `${where}: ${c.doc} ${c.clause} "${c.quote}"`)).toEqual([]);
  });

  it('the check finds a quote that is not in the text', () => {
    expect(found('龙扶贫组字〔2021〕1号', '2021 年省定监测线确定为 6500 元。')).toBe(true);
    expect(found('龙扶贫组字〔2021〕1号', '2021 年省定监测线确定为 7000 元。')).toBe(false);
  });
});

describe('worked examples', () => {
  const evaluated = WORKED_EXAMPLES.map(evaluateExample);

  it('every example names a rule of the catalog', () => {
    expect(WORKED_EXAMPLES.filter((e) => !RULES.some((r) => r.id === e.rule)).map((e) => e.rule)).toEqual([]);
  });

  it.each(evaluated.map((e) => [`${e.example.rule}: ${e.example.title.en}`, e] as const))('%s — runs and shows the outcome it claims', (_name, e) => {
    expect(e.error).toBeUndefined();
    expect({ expect: e.example.expect, got: e.findings.map((f) => f.outcome), matches: e.matches }).toMatchObject({ matches: true });
  });

  it('every rule outside data quality has at least one worked example', () => {
    const without = RULES.filter((r) => r.layer !== 'quality' && !WORKED_EXAMPLES.some((e) => e.rule === r.id)).map((r) => r.id);
    expect(without, `add examples in scripts/docs/examples/<layer>.ts for: ${without.join(', ')}`).toEqual([]);
  });

  const keyOf = (e: EvaluatedExample) => `${e.example.rule}: ${e.example.title.en}`;
  /** The rule's findings as one text (values and messages), minus signs as hyphens. */
  const shownText = (e: EvaluatedExample) => JSON.stringify(e.findings.map((f) => [f.values, f.message])).replace(/−/g, '-');

  it.each(evaluated.map((e) => [keyOf(e), e] as const))('%s — every amount (two decimals) and date its title and note state is in its findings', (key, e) => {
    const claimed = `${e.example.title.en} ${e.example.note?.en ?? ''}`.replace(/−/g, '-');
    const figures = [...claimed.matchAll(/\d{4}-\d{2}-\d{2}|-?\d+\.\d{2}(?!\d)/g)].map((m) => m[0]);
    const text = shownText(e);
    expect(figures.filter((f) => !text.includes(f) && !(FIGURES_NOT_SHOWN[key] ?? []).includes(f))).toEqual([]);
  });

  it('every figure excused from that check belongs to an example that states it', () => {
    for (const [key, figures] of Object.entries(FIGURES_NOT_SHOWN)) {
      const e = evaluated.find((x) => keyOf(x) === key);
      expect(e, key).toBeDefined();
      for (const f of figures) expect(`${e!.example.title.en} ${e!.example.note?.en ?? ''}`).toContain(f);
    }
  });

  it.each(evaluated.filter((e) => e.example.expect === 'info').map((e) => [keyOf(e), e] as const))('%s — its findings carry what it says it shows', (key, e) => {
    const shows = INFO_SHOWS[key];
    expect(shows, `say in INFO_SHOWS (test/docs/coverage.test.ts) what "${key}" shows`).toBeDefined();
    shows!(e.findings.filter((f) => f.outcome === 'info'));
  });

  it('every entry of INFO_SHOWS names an info example', () => {
    const info = new Set(evaluated.filter((e) => e.example.expect === 'info').map(keyOf));
    expect(Object.keys(INFO_SHOWS).filter((k) => !info.has(k))).toEqual([]);
  });

  it('every data-quality check has a worked example that raises it', () => {
    const raised = new Set(evaluated.filter((e) => e.matches && e.example.expect === 'reported').map((e) => e.example.rule));
    const without = RULES.filter((r) => r.layer === 'quality' && !raised.has(r.id)).map((r) => r.id);
    expect(without, `add a household that raises each of these in scripts/docs/examples/quality.ts: ${without.join(', ')}`).toEqual([]);
  });
});

/**
 * Figures an example's title states that its rule does not read, with the reason: the check above
 * would otherwise ask the rule's findings to show them.
 */
const FIGURES_NOT_SHOWN: Record<string, string[]> = {
  // The household's assessed (current) income, named to say it is not the screening year's: the rule
  // reads the 2022 income year only, and finds it missing.
  'screening.income-below-amount: Wuqingyuan: the assessed income is 9733.33, but the 2022 income year is not on record — undetermined': ['9733.33'],
};

type Shown = ReturnType<typeof evaluateExample>['findings'];
/** An info finding of the example carries these values (arrays compared whole). */
const carries =
  (values: Record<string, unknown>) =>
  (findings: Shown): void =>
    expect(findings).toContainEqual(expect.objectContaining({ values: expect.objectContaining(values) }));

/**
 * What each `info` example shows, read from its title and note. An info finding is given whatever
 * the household, so the outcome alone proves nothing: the values do.
 */
const INFO_SHOWS: Record<string, (findings: Shown) => void> = {
  // 临稷办发〔2023〕76号: the income year runs 1 October to 30 September; the latest end on or before 2023-12-15.
  'income.period: Linzi 2023: the annual income period (1 October to 30 September)': carries({ kind: 'annual', from: '2022-10-01', to: '2023-09-30' }),
  // 龙扶贫组字〔2021〕1号 二(二): discovered in June 2021 → June 2020 to May 2021.
  'income.period: Longkou 2021: the rolling period (same month last year to last month)': carries({ kind: 'rolling-before-discovery', from: '2020-06-01', to: '2021-05-31' }),
  // Three listed, the father died on 2023-03-02, inside the period: two counted.
  'income.household-size: a member who died during the period is not counted': carries({ householdSize: 2, membersListed: 3, notCounted: ['members[2] (death 2023-03-02)'] }),
  // 12000 + 5000.50 + 0 + 1200 − 1000.50 = 17200.00
  'income.A33: A33 = A28 + A29 + A30 + A31 − A32': carries({ A28: '12000.00', A29: '5000.50', A30: '0.00', A31: '1200.00', A32: '1000.50', A33: '17200.00' }),
  // 17200.00 ÷ 3 = 5733.333… → 5733.33 (half-up to the fen)
  'income.A34: A34 = A33 ÷ household size, half-up to the fen': carries({ A33: '17200.00', householdSize: 3, A34: '5733.33', rounding: 'half-up 0.01' }),
  // 17200.00 + 300 − 4300 = 13200.00
  'income.A37: A37 = A33 + A35 − A36': carries({ A33: '17200.00', A35: '300.00', A36: '4300.00', A37: '13200.00' }),
  // 13200.00 ÷ 3 = 4400.00
  'income.A38: A38 = A37 ÷ household size (the figure that decides entry)': carries({ A37: '13200.00', householdSize: 3, A38: '4400.00' }),
  // 龙扶贫组字〔2021〕1号 二(二): A34 9733.33 is not below 6500, yet severe difficulty makes it 突发严重困难户.
  'identification.category: Longkou: a household in severe difficulty with A34 not below the line is 突发严重困难户': carries({ A34: '9733.33', line: '6500.00', below: false, category: 'sudden-hardship' }),
  // 榕晋乡振〔2023〕12号 一(一): A34 9733.33 < 10560, an ordinary household: 边缘易致贫户.
  "identification.category: Jin'an: an ordinary household with A34 below the line is 边缘易致贫户": carries({ A34: '9733.33', line: '10560.00', below: true, povertyAlleviated: false, category: 'marginal' }),
  "identification.dibao-no-bar: Jin'an: a member receives 低保 — that is no reason to refuse identification": carries({ membersReceivingDibao: ['members[0]', 'members[1]'] }),
  'identification.other-factors: Longkou: above the line, with an illness risk and unsafe housing on record — listed to be weighed together': carries({ factors: ['guarantees.housingUnsafe', 'riskTypes'], incomeTest: 'not-met' }),
  'policy-status.procedure: Linzi: a 不享受政策 decision goes through review — township check — 5-day village publicity': carries({ steps: ['民主评议', '乡镇审核', '村级公示（公示期5天）'] }),
  'elimination.method: no natural disappearance recorded: assessed as elimination through assistance': carries({ method: 'assisted', recorded: false }),
  // The national conditions, as the national base profile applies them.
  'elimination.conditions: Wuqingyuan: the elimination conditions that apply (the published national ones)': (findings) => {
    const national = evaluateExample({ ...WORKED_EXAMPLES.find((x) => x.rule === 'elimination.conditions' && x.profile !== 'national/2021')!, profile: 'national/2021' });
    const conditions = national.findings.find((f) => f.outcome === 'info')?.values['conditions'];
    expect(conditions).toEqual(expect.arrayContaining(['income-below-line', 'guarantees-unsecured']));
    carries({ conditions })(findings);
  },
  'elimination.mark: Longkou: a 脱贫不稳定户 is marked 返贫风险消除 and managed as 脱贫享受政策': carries({ category: 'unstable', mark: 'relapse-risk-eliminated', afterwards: 'managed-as-enjoying' }),
  'elimination.look-back: Xiaozhongdian: an eliminated household goes through the look-back': carries({ eliminated: true }),
  'screening.groups: Linzi: the five focus groups its document lists': (findings) => {
    const groups = findings.map((f) => f.values['groups']).find(Array.isArray);
    expect(groups).toHaveLength(5);
  },
  'screening.window: Linzi: "this year" runs from 1 January to the as-of date': carries({ from: '2023-01-01', to: '2023-11-15' }),
  'screening.checklists: Wuqingyuan: visits follow 六必访 / 六必查 (their items are not held)': (findings) => {
    carries({ checklist: 'six-must-visit', items: [] })(findings);
    carries({ checklist: 'six-must-check', items: [] })(findings);
  },
  // 龙扶贫组字〔2021〕1号: 5 calendar days counted from the day of posting: 28 October to 1 November.
  'procedure.publicity: Longkou: posted on 28 October, 5 calendar days, through 1 November': carries({ startsOn: '2021-10-28', firstDay: '2021-10-28', lastDay: '2021-11-01', days: 5, unit: 'calendar' }),
  // 龙扶贫组字〔2021〕1号 四(一): 5 working days from the day after 28 September, skipping the National Day holiday.
  'procedure.home-verification: Longkou: discovered on 28 September, home survey within 5 working days (over the National Day holiday): by 11 October': carries({
    startsOn: '2021-09-28',
    firstDay: '2021-09-29',
    lastDay: '2021-10-11',
    days: 5,
    unit: 'working',
  }),
  "procedure.green-channel: Jin'an: no green channel — the ordinary procedure applies": (findings) => {
    expect(findings.map((f) => f.message.en)).toContainEqual(expect.stringContaining('provides no green channel'));
  },
  'procedure.schedule: Linzi 2023: the campaign schedule': carries({ steps: ['policy-status-labelling', 'data-entry', 'entry-closed'], documents: ['临稷办发〔2023〕76号'] }),
  // 临稷办发〔2023〕76号: entered before 8 December; on 1 December that is 7 days away.
  'procedure.schedule: Linzi 2023: on 1 December, data entry "before 8 December" has 7 days left': carries({ step: 'data-entry', to: '2023-12-08', asOf: '2023-12-01', status: 'due', daysLeft: 7 }),
};
