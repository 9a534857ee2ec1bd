/**
 * The field inventory (字段清单): every field of the interchange format (`HouseholdSchema`), the
 * export columns that fill it (src/io/headers.ts), and the rules that read it (the `facts` of the
 * rule headers in src/rules/catalog.ts, and the facts a profile's 不予消除 list may test). The
 * analyst's loop — re-score, list the facts to verify, add the verified facts as columns, re-score —
 * needs every field a rule reads to be reachable from a column; docs/import-mapping.md shows this
 * inventory and test/io/field-inventory.test.ts checks it.
 *
 * Paths are shown as the docs show them: `income.wage`, `members[].sex`, `events[].kind`.
 *
 * @module
 */
import { VILLAGE_COLUMNS } from './villages.js';
import { WORK_SPELL_COLUMNS } from './work-spells.js';
import type { z } from 'zod';
import type { Text } from '../model/labels.js';
import { HouseholdSchema } from '../model/household.js';
import { PROHIBITION_FACTS } from '../profile/parameters/elimination.js';
import { RULES } from '../rules/catalog.js';
import type { Rule } from '../kernel/rule.js';
import { prohibitionsRule } from '../rules/elimination/prohibitions.js';
import { EVENT_COLUMN_PAIRS } from './event-columns.js';
import { HEADER_MAPPINGS, type HeaderMapping } from './headers.js';

/**
 * Fields no column fills, with the reason: they come in NDJSON (or through the library's API). A
 * field a rule reads must never be here (test/io/field-inventory.test.ts).
 */
export const NDJSON_ONLY: readonly { prefix: string; reason: Text }[] = [
  {
    prefix: 'incomeHistory[].netIncome',
    reason: {
      zh: '往年收入以人均值（往年家庭人均纯收入）导入；往年家庭纯收入总额无导出列，规则只在配置按户比较时读取它，需要时以 NDJSON 提供',
      en: "earlier years' income is imported per head (往年家庭人均纯收入); no export column holds an earlier year's household total, which a rule reads only when a profile compares per household; give it in NDJSON when needed",
    },
  },
  {
    prefix: 'monitoring.eliminated.income.breakdown',
    reason: {
      zh: '导出文件的“风险消除后…”一组只有各项收入合计，没有明细；没有规则读取明细本身，需要时以 NDJSON 提供',
      en: 'the exports\' "风险消除后…" block has the income totals only, no breakdown; no rule reads the breakdown itself; give it in NDJSON when needed',
    },
  },
];

/**
 * The leaf fields of the interchange format, in schema order (lists of objects as `[]`; lists of
 * codes such as `riskTypes` are one field).
 *
 * @example
 * interchangeFields().includes('members[].labour') // true
 */
export function interchangeFields(): string[] {
  const out: string[] = [];
  walk(HouseholdSchema, '', out);
  return out;
}

type AnySchema = z.ZodType & { def: { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema } };

function walk(schema: AnySchema, path: string, out: string[]): void {
  const def = schema.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      walk(def.innerType!, path, out);
      return;
    case 'object':
      for (const [key, child] of Object.entries(def.shape!)) walk(child, path ? `${path}.${key}` : key, out);
      return;
    case 'array':
      if (def.element!.def.type === 'object') walk(def.element!, `${path}[]`, out);
      else out.push(path);
      return;
    default:
      out.push(path);
  }
}

/**
 * The fields a header's column fills (display paths): its own path, the further fields its
 * values may set (户类型 → `policyStatus`), and for the event columns the fields of `events[]`.
 *
 * @example
 * fieldsFilledBy(findHeader('户类型')!) // ['povertyAlleviated', 'policyStatus']
 */
export function fieldsFilledBy(m: HeaderMapping): string[] {
  if (m.path === null || m.path === '$eliminated') return [];
  const out: string[] = [];
  const pair = EVENT_COLUMN_PAIRS.find((p) => p.kind === m.path || p.on === m.path);
  if (pair) {
    out.push(`${pair.target}[].${m.path === pair.kind ? pair.keys.kind : pair.keys.on}`);
    if (m.path === pair.kind) for (const key of Object.keys(pair.fixed)) out.push(`${pair.target}[].${key}`);
    return out;
  }
  const own = m.path.replace(/\[\d+\]/g, '[]');
  out.push(m.level === 'member' ? `members[].${own}` : own);
  for (const entry of m.convert?.vocabulary ?? []) for (const key of Object.keys(entry.also ?? {})) if (!out.includes(key)) out.push(key);
  for (const key of m.convert?.alsoFills ?? []) if (!out.includes(key)) out.push(key);
  return out;
}

/** Every field some header fills, with the headers that fill it (in table order). */
export function headersByField(): Map<string, HeaderMapping[]> {
  const out = new Map<string, HeaderMapping[]>();
  for (const m of HEADER_MAPPINGS) {
    for (const f of fieldsFilledBy(m)) {
      const list = out.get(f);
      if (list) list.push(m);
      else out.set(f, [m]);
    }
  }
  return out;
}

/** Every fact the rules read: the rule headers' `facts`, and the facts a 不予消除 list may test (read by `elimination.prohibitions`). */
export function factsRead(): Map<string, Rule[]> {
  const out = new Map<string, Rule[]>();
  const add = (fact: string, rule: Rule) => {
    const list = out.get(fact);
    if (!list) out.set(fact, [rule]);
    else if (!list.includes(rule)) list.push(rule);
  };
  for (const r of RULES) for (const f of r.facts ?? []) add(f, r);
  for (const f of PROHIBITION_FACTS) add(f, prohibitionsRule);
  return out;
}

/** The rules that read a field: those naming it, and those naming a block that contains it. */
export interface FieldReaders {
  /** Rules whose `facts` name the field itself. */
  exact: readonly Rule[];
  /** The nearest enclosing block some rule names (`guarantees` for `guarantees.housingUnsafe`), with those rules; not the member list as a whole (`members`), which the household size reads without reading any member's field. */
  block?: { path: string; rules: readonly Rule[] };
}

/**
 * The rules that read a field (see {@link FieldReaders}).
 *
 * @example
 * readersOf('assets.luxuryCar', factsRead()).exact.map((r) => r.id) // ['identification.exclusion.luxury-car', 'policy-status.criterion.luxury-car']
 * readersOf('events[].kind', factsRead()).block?.path                // 'events'
 */
export function readersOf(field: string, facts: ReadonlyMap<string, readonly Rule[]>): FieldReaders {
  const exact = facts.get(field) ?? [];
  let path = field;
  for (;;) {
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('[]'));
    if (cut <= 0) return { exact };
    path = path.slice(0, cut);
    if (path === 'members') return { exact };
    const rules = facts.get(path)?.filter((r) => !exact.includes(r));
    if (rules && rules.length > 0) return { exact, block: { path, rules } };
  }
}

/** All the rules of {@link readersOf}, the field's own first. */
export function allReaders(r: FieldReaders): Rule[] {
  return [...r.exact, ...(r.block?.rules ?? [])];
}

/** Facts the rules read that are not fields of the household record: the procedure deadlines' own inputs (`ProcedureOptions`). */
export const PROCEDURE_INPUTS: readonly string[] = ['startsOn', 'endsOn', 'verifiedOn', 'planMadeOn'];

/**
 * Facts of the export's other tables (`workSpells[].start`, `villages[].population`, or the whole
 * `workSpells[]`): `true` when a column of that table fills it, `false` when none does, `undefined`
 * for a fact that is not of those tables.
 *
 * @example
 * tableFactFilled('workSpells[].start') // true
 * tableFactFilled('income.wage')       // undefined
 */
export function tableFactFilled(fact: string): boolean | undefined {
  for (const [prefix, columns] of [['workSpells[]', WORK_SPELL_COLUMNS], ['villages[]', VILLAGE_COLUMNS]] as const) {
    if (fact === prefix) return true;
    if (fact.startsWith(`${prefix}.`)) return columns.some((c) => c.path === fact.slice(prefix.length + 1));
  }
  return undefined;
}

/**
 * The facts no column reaches: a fact naming a field needs a column that fills it; a fact naming a
 * block (`hardship`) needs a column filling some field of it. Facts that are not household fields
 * are reported too unless they are {@link PROCEDURE_INPUTS}. Empty when every fact is reachable.
 *
 * @example
 * unreachableFacts(factsRead(), headersByField(), interchangeFields()) // []
 */
export function unreachableFacts(facts: ReadonlyMap<string, readonly Rule[]>, filled: ReadonlyMap<string, unknown>, fields: readonly string[]): { fact: string; rules: string[]; why: 'no-column' | 'not-a-field' }[] {
  const out: { fact: string; rules: string[]; why: 'no-column' | 'not-a-field' }[] = [];
  const under = (f: string, x: string) => x === f || x.startsWith(`${f}.`) || x.startsWith(`${f}[`);
  for (const [fact, rules] of facts) {
    if (PROCEDURE_INPUTS.includes(fact)) continue;
    const ids = rules.map((r) => r.id);
    const table = tableFactFilled(fact);
    if (table !== undefined) {
      if (!table) out.push({ fact, rules: ids, why: 'no-column' });
      continue;
    }
    if (!fields.some((x) => under(fact, x))) out.push({ fact, rules: ids, why: 'not-a-field' });
    else if (fields.includes(fact) ? !filled.has(fact) : ![...filled.keys()].some((x) => under(fact, x))) out.push({ fact, rules: ids, why: 'no-column' });
  }
  return out;
}

/** The NDJSON-only reason of a field, if it has one. */
export function ndjsonOnlyReason(field: string): Text | undefined {
  return NDJSON_ONLY.find((n) => field === n.prefix || field.startsWith(`${n.prefix}.`))?.reason;
}
