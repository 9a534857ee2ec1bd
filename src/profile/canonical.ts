/**
 * The canonical text of a profile file (配置文件的规范格式): the one way a profile's JSON is written,
 * so that two versions of a county's rule book differ only where the rule book does. Keys follow the
 * order their schema declares (`id`, `extends`, `title` …; a dated value's `from`, `to`, `value`,
 * `citation`, `note`; a citation's `doc`, `clause`, `quote`; a value's own fields as its parameter's
 * schema lists them; a map keyed by an enumeration, such as risk types, in the enumeration's order),
 * parameters and unset reasons follow the catalog, a history runs by its `from` dates. Two-space
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

/** The parts of a zod 4 schema's definition the ordering reads. */
interface SchemaDef {
  type: string;
  shape?: Record<string, Schema>;
  keyType?: Schema;
  valueType?: Schema;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: SchemaDef };
  safeParse(value: unknown): { success: boolean };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** The keys of `o` in the order of `first`, then the rest as given. */
function ordered(o: Record<string, unknown>, first: readonly string[]): string[] {
  const keys = first.filter((k) => k in o);
  for (const k of Object.keys(o)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/**
 * `value` with its keys in the order its schema declares: an object's fields as the schema lists
 * them, a map keyed by an enumeration (a record) in the enumeration's order, any other map sorted by
 * key; a union reads the option the value satisfies. What the schema does not describe keeps its order.
 */
function inSchemaOrder(value: unknown, schema: Schema | undefined): unknown {
  let def = schema?._zod.def;
  while (def && (WRAPPERS.has(def.type) || def.type === 'pipe' || def.type === 'lazy')) {
    schema = def.type === 'pipe' ? def.in : def.type === 'lazy' ? def.getter?.() : def.innerType;
    def = schema?._zod.def;
  }
  if (def?.type === 'union') {
    const option = def.options?.find((o) => o.safeParse(value).success);
    return option ? inSchemaOrder(value, option) : value;
  }
  if (Array.isArray(value)) return value.map((x) => inSchemaOrder(x, def?.type === 'array' ? def.element : undefined));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  if (def?.type === 'object' && def.shape) {
    for (const k of ordered(value, Object.keys(def.shape))) if (value[k] !== undefined) out[k] = inSchemaOrder(value[k], def.shape[k]);
  } else if (def?.type === 'record') {
    const keyDef = def.keyType?._zod.def;
    const enumOrder = keyDef?.type === 'enum' && keyDef.entries ? Object.values(keyDef.entries).map(String) : [...Object.keys(value)].sort();
    for (const k of ordered(value, enumOrder)) if (value[k] !== undefined) out[k] = inSchemaOrder(value[k], def.valueType);
  } else {
    for (const k of Object.keys(value)) if (value[k] !== undefined) out[k] = value[k];
  }
  return out;
}

const CATALOG: readonly string[] = Object.keys(PARAMETERS);
const catalogRank = (k: string) => (CATALOG.includes(k) ? CATALOG.indexOf(k) : CATALOG.length);
const byCatalog = (a: string, b: string) => catalogRank(a) - catalogRank(b) || (a < b ? -1 : a > b ? 1 : 0);

function datedValue(key: string, v: unknown): unknown {
  const out = inSchemaOrder(v, DatedValueInputSchema as unknown as Schema);
  if (isObject(out) && 'value' in out) out['value'] = inSchemaOrder(out['value'], (PARAMETERS as Record<string, { schema: unknown }>)[key]?.schema as Schema | undefined);
  return out;
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
  const out = inSchemaOrder(input, ProfileInputSchema as unknown as Schema) as Record<string, unknown>;
  const parameters = input['parameters'];
  if (isObject(parameters)) {
    const byKey: Record<string, unknown> = {};
    for (const key of Object.keys(parameters).sort(byCatalog)) {
      const history = parameters[key];
      if (!Array.isArray(history)) {
        byKey[key] = history;
        continue;
      }
      const from = (v: unknown) => (isObject(v) && typeof v['from'] === 'string' ? v['from'] : '');
      byKey[key] = history
        .map((v, i) => ({ v, i }))
        .sort((a, b) => (from(a.v) < from(b.v) ? -1 : from(a.v) > from(b.v) ? 1 : a.i - b.i))
        .map(({ v }) => datedValue(key, v));
    }
    out['parameters'] = byKey;
  }
  const unset = out['unset'];
  if (isObject(unset)) {
    const byKey: Record<string, unknown> = {};
    for (const key of Object.keys(unset).sort(byCatalog)) byKey[key] = unset[key];
    out['unset'] = byKey;
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
