/**
 * The policy docs cannot be incomplete: every rule and every parameter has a citation and a doc
 * entry, every quoted clause of a held document is verbatim, and every non-quality rule has a worked
 * example the library actually computes — with the outcome the example says it shows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, PARAMETERS, RULES, listProfiles, type DatedValue, type ParameterDefinition, type QuotedCitation } from '../../src/index.js';
import { evaluateExample } from '../../scripts/docs/evaluate.js';
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

  it('every data-quality check has a worked example that raises it', () => {
    const raised = new Set(evaluated.filter((e) => e.matches && e.example.expect === 'reported').map((e) => e.example.rule));
    const without = RULES.filter((r) => r.layer === 'quality' && !raised.has(r.id)).map((r) => r.id);
    expect(without, `add a household that raises each of these in scripts/docs/examples/quality.ts: ${without.join(', ')}`).toEqual([]);
  });
});
