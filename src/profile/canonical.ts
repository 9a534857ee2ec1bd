/**
 * The canonical text of a profile file (配置文件的规范格式): the one way a profile's JSON is written,
 * so that two versions of a county's rule book differ only where the rule book does. Keys follow the
 * order their schema declares (`id`, `extends`, `title` …; a dated value's `from`, `to`, `value`,
 * `citation`, `note`; a citation's `doc`, `clause`, `quote`; a value's own fields as its parameter's
 * schema lists them), parameters and unset reasons follow the catalog, a history runs by its `from`
 * dates; a map keyed by name inside a value (a record) keeps the order it is written in. Two-space
 * indentation, Chinese as written (never `\uXXXX`), one line per value, a newline at the end. The
 * content is never changed: only its order.
 *
 * @module
 */
import { PARAMETERS } from './parameters/index.js';
import { DatedValueInputSchema, ProfileInputSchema } from './schema.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `input` with its keys in the order of `shaped` (what a schema made of it: a zod object lists its
 * keys in declaration order, a record in the order it was given). Keys `shaped` lacks follow, sorted;
 * keys only `shaped` has (defaults) are not added.
 */
function orderLike(input: unknown, shaped: unknown): unknown {
  if (Array.isArray(input)) return input.map((x, i) => orderLike(x, Array.isArray(shaped) ? shaped[i] : undefined));
  if (!isObject(input)) return input;
  const keys = isObject(shaped) ? Object.keys(shaped).filter((k) => k in input) : [];
  for (const k of Object.keys(input).sort()) if (!keys.includes(k)) keys.push(k);
  const out: Record<string, unknown> = {};
  for (const k of keys) if (input[k] !== undefined) out[k] = orderLike(input[k], isObject(shaped) ? shaped[k] : undefined);
  return out;
}

/**
 * `input` in the order its schema gives it: an object's fields as declared, a record's entries as
 * written (a map keyed by risk type reads best in the order the author chose). Input the schema
 * rejects keeps its keys sorted.
 */
function inSchemaOrder(input: unknown, parse: (v: unknown) => { success: boolean; data?: unknown }): unknown {
  const r = parse(input);
  return orderLike(input, r.success ? r.data : undefined);
}

const CATALOG: readonly string[] = Object.keys(PARAMETERS);
const catalogRank = (k: string) => (CATALOG.includes(k) ? CATALOG.indexOf(k) : CATALOG.length);
const byCatalog = (a: string, b: string) => catalogRank(a) - catalogRank(b) || (a < b ? -1 : a > b ? 1 : 0);

function datedValue(key: string, v: unknown): unknown {
  const ordered = inSchemaOrder(v, (x) => DatedValueInputSchema.safeParse(x));
  if (!isObject(ordered) || !('value' in ordered)) return ordered;
  const schema = (PARAMETERS as Record<string, { schema: { safeParse(x: unknown): { success: boolean; data?: unknown } } }>)[key]?.schema;
  if (schema) ordered['value'] = inSchemaOrder(ordered['value'], (x) => schema.safeParse(x));
  return ordered;
}

/**
 * A profile in canonical order (see the module comment): the same content, its keys and dated values
 * reordered. Anything that is not a profile object comes back unchanged.
 *
 * @example
 * canonicalProfile({ title: { en: 'Test', zh: '测试' }, id: 'test/county/2023' })
 * // { id: 'test/county/2023', title: { zh: '测试', en: 'Test' } }
 */
export function canonicalProfile(input: unknown): unknown {
  if (!isObject(input)) return input;
  const out = inSchemaOrder(input, (x) => ProfileInputSchema.safeParse(x)) as Record<string, unknown>;
  const parameters = input['parameters'];
  if (isObject(parameters)) {
    const ordered: Record<string, unknown> = {};
    for (const key of Object.keys(parameters).sort(byCatalog)) {
      const history = parameters[key];
      if (!Array.isArray(history)) {
        ordered[key] = history;
        continue;
      }
      const from = (v: unknown) => (isObject(v) && typeof v['from'] === 'string' ? v['from'] : '');
      ordered[key] = history
        .map((v, i) => ({ v, i }))
        .sort((a, b) => (from(a.v) < from(b.v) ? -1 : from(a.v) > from(b.v) ? 1 : a.i - b.i))
        .map(({ v }) => datedValue(key, v));
    }
    out['parameters'] = ordered;
  }
  const unset = out['unset'];
  if (isObject(unset)) {
    const ordered: Record<string, unknown> = {};
    for (const key of Object.keys(unset).sort(byCatalog)) ordered[key] = unset[key];
    out['unset'] = ordered;
  }
  return out;
}

/**
 * The canonical text of a profile file: {@link canonicalProfile}, two-space indented, Chinese as
 * written, ending with a newline. A file is in canonical form when it equals this text of itself.
 *
 * @example
 * const text = readFileSync('my-county.json', 'utf8');
 * const canonical = formatProfileJson(JSON.parse(text)) === text;
 */
export function formatProfileJson(input: unknown): string {
  return `${JSON.stringify(canonicalProfile(input) as Json, null, 2)}\n`;
}
