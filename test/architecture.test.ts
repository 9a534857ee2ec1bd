/**
 * The house plan (issue 13): each folder of src/ is a floor, and imports only go down — the citation
 * vocabulary on the ground floor, then the model, the calendar, profiles, the rule kernel, the facts,
 * the clause folders (which never import each other), `assess`, presentation, the importers, re-scoring,
 * comparison, the command line. No module imports itself through others (no import circles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/** The floors, lowest first. A module may import its own floor or a lower one. */
const FLOORS: readonly (readonly string[])[] = [
  ['explain', 'version'],
  ['model'],
  ['calendar'],
  ['profile'],
  ['kernel'],
  ['facts'],
  ['rules/*'],
  ['rules/catalog'],
  ['assess', 'supplied-line'],
  ['present'],
  ['io'],
  ['rescore'],
  ['compare'],
  ['cli'],
  ['index'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

/** The room of a module: its top folder, or `rules/<layer>` for a clause folder. */
function room(file: string): string {
  const parts = relative(SRC, file).split('/');
  if (parts.length === 1) return parts[0]!.replace(/\.ts$/, '');
  if (parts[0] === 'rules') return parts.length === 2 ? `rules/${parts[1]!.replace(/\.ts$/, '')}` : `rules/${parts[1]}`;
  return parts[0]!;
}

function floorOf(r: string): number {
  const i = FLOORS.findIndex((f) => f.includes(r) || (r.startsWith('rules/') && r !== 'rules/catalog' && f.includes('rules/*')));
  return i;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/g;

/** The modules each module imports (resolved paths), type-only imports included. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const text = readFileSync(f, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      let t = normalize(join(dirname(f), m[1]!));
      if (t.endsWith('.js')) t = t.slice(0, -3) + '.ts';
      deps.push(t);
    }
    g.set(f, deps);
  }
  return g;
}

describe('the house plan', () => {
  const g = graph();

  it('every module lives on a known floor', () => {
    expect([...g.keys()].map(room).filter((r) => floorOf(r) < 0)).toEqual([]);
  });

  it('imports only go down: no module imports a higher floor', () => {
    const up: string[] = [];
    for (const [f, deps] of g) {
      for (const d of deps) {
        if (!g.has(d)) continue;
        if (floorOf(room(d)) > floorOf(room(f))) up.push(`${relative(SRC, f)} → ${relative(SRC, d)}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('clause folders do not import each other (shared machinery is in kernel/, shared facts in facts/)', () => {
    const sideways: string[] = [];
    for (const [f, deps] of g) {
      const a = room(f);
      if (!a.startsWith('rules/') || a === 'rules/catalog') continue;
      for (const d of deps) {
        const b = room(d);
        if (b.startsWith('rules/') && b !== a) sideways.push(`${relative(SRC, f)} → ${relative(SRC, d)}`);
      }
    }
    expect(sideways).toEqual([]);
  });

  it('no import circles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, path: string[]) => {
      const s = state.get(f);
      if (s === 'done') return;
      if (s === 'open') {
        circles.push([...path.slice(path.indexOf(f)), f].map((x) => relative(SRC, x)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of g.get(f) ?? []) if (g.has(d)) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of g.keys()) visit(f, []);
    expect(circles).toEqual([]);
  });
});
