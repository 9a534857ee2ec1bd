/**
 * The household schema as plain data (校验模式的结构描述): what the fast path's explainer and the
 * importer's vouching plan (src/model/fast-validation.ts) read of the zod schemas — each object's
 * fields in shape order and whether each is optional, each list's element and length bounds, each
 * enum's or literal union's values, each union's options, the shared building blocks (money, dates,
 * …) by name — without a zod schema built. The zod schemas stay the single source of truth: the
 * description is computed from them by {@link describeSchema}, at each build for the bundles (the
 * build writes {@link prebuiltDescriptionModule}'s text in place of src/model/prebuilt-description.ts,
 * as it does the prebuilt validators), and at first use when running from the sources, so it cannot go
 * stale; test/model/schema-description.test.ts holds the two equal. A part the fast path does not
 * model (checks on a string, a non-strict object, a kind it does not know) is described with the
 * reason (`unsupported`), and every reader that would have refused the zod schema there refuses it
 * there (docs/decisions.md, "… twelfth slice: startup").
 *
 * @module
 */
import type { z } from 'zod';
import { CalendarDateSchema, KeySchema, MoneySchema, NonEmptyStringSchema, NonNegativeMoneySchema, YearMonthSchema } from './primitives.js';
import { HouseholdSchema, MODEL_OBJECTS } from './household.js';
import { PREBUILT_DESCRIPTION } from './prebuilt-description.js';

/** The shared building blocks (src/model/primitives.ts), by name. */
export type BlockName = 'money' | 'nonNegativeMoney' | 'date' | 'yearMonth' | 'nonEmpty' | 'key';

/** A schema, described (see the module comment). `unsupported`: why the fast path does not model this part. */
export type SchemaNode =
  | { readonly kind: 'block'; readonly block: BlockName }
  | { readonly kind: 'string' | 'boolean' | 'number'; readonly unsupported?: string }
  /** An enum (`enum: true`) or a literal or union of literals: the values it accepts. */
  | { readonly kind: 'values'; readonly values: readonly unknown[]; readonly enum: boolean; readonly unsupported?: string }
  /** A union of other kinds: the first option that accepts. */
  | { readonly kind: 'union'; readonly options: readonly SchemaNode[]; readonly unsupported?: string }
  | { readonly kind: 'array'; readonly element: SchemaNode; readonly minimum: number; readonly maximum: number; readonly unsupported?: string }
  /** A strict object (else `unsupported`); `name`: its name in {@link MODEL_OBJECTS}. */
  | { readonly kind: 'object'; readonly name?: string; readonly fields: readonly SchemaField[]; readonly unsupported?: string }
  /** A kind the fast path does not model (zod's type name). */
  | { readonly kind: 'other'; readonly type: string };

/** A field of an object; `node` describes its schema without the optional wrapper. */
export interface SchemaField {
  readonly key: string;
  readonly optional: boolean;
  readonly node: SchemaNode;
  /** Why the field's optional wrapper is not modelled (it has checks). */
  readonly unsupported?: string;
}

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
  [k: string]: unknown;
}
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** The building blocks by identity (stand-ins: comparing them builds nothing). */
const BLOCK_NAMES = new Map<unknown, BlockName>([
  [MoneySchema, 'money'],
  [NonNegativeMoneySchema, 'nonNegativeMoney'],
  [CalendarDateSchema, 'date'],
  [YearMonthSchema, 'yearMonth'],
  [NonEmptyStringSchema, 'nonEmpty'],
  [KeySchema, 'key'],
]);

const checksOf = (schema: unknown): string | undefined => ((defOf(schema).checks ?? []).length > 0 ? `checks on ${defOf(schema).type}` : undefined);
const withReason = <T extends object>(node: T, unsupported: string | undefined): T => (unsupported === undefined ? node : { ...node, unsupported });

/** Whether a schema is a literal or a union of literal unions (read as one set of values; src/model/fast-validation.ts too). */
export function isLiteralUnion(schema: unknown): boolean {
  const def = defOf(schema);
  if (def.type === 'literal') return true;
  return def.type === 'union' && (def.options as unknown[]).every(isLiteralUnion);
}

/**
 * The primitive values a literal schema (or a union of them) accepts, or the reason it is not modelled
 * (checks on it, a literal of another type) — read by the description and by src/model/fast-validation.ts's
 * validators alike.
 *
 * @example
 * literalValues(z.union([z.literal('a'), z.literal(1)])) // ['a', 1]
 */
export function literalValues(schema: unknown): unknown[] | string {
  const def = defOf(schema);
  const checks = checksOf(schema);
  if (checks) return checks;
  if (def.type === 'literal') {
    const values = def.values as unknown[];
    for (const v of values) if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return 'literal of another type';
    return values;
  }
  if (def.type !== 'union') return `union of ${def.type}`;
  const out: unknown[] = [];
  for (const option of def.options as unknown[]) {
    const r = literalValues(option);
    if (typeof r === 'string') return r;
    out.push(...r);
  }
  return out;
}

/**
 * The length bounds of an array schema (its `min_length` and `max_length` checks), or the reason it is not
 * modelled (any other check) — read by the description and by src/model/fast-validation.ts's validators.
 *
 * @example
 * lengthBounds(z.array(z.string()).min(1)._zod.def) // { minimum: 1, maximum: Number.MAX_SAFE_INTEGER }
 */
export function lengthBounds(def: Def): { minimum: number; maximum: number } | string {
  let minimum = 0;
  let maximum = Number.MAX_SAFE_INTEGER;
  for (const c of def.checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'min_length' && typeof cd.minimum === 'number') minimum = Math.max(minimum, cd.minimum);
    else if (cd.check === 'max_length' && typeof cd.maximum === 'number') maximum = Math.min(maximum, cd.maximum);
    else return `array check ${cd.check}`;
  }
  return { minimum, maximum };
}

/**
 * The description of a zod schema (see the module comment). `names`: object schemas by identity
 * and the name each is given (the household's, {@link MODEL_OBJECTS}). The same schema object is
 * described once (the same node wherever it appears); `seen` (given) is left holding each schema
 * object's node.
 *
 * @example
 * describeSchema(MemberSchema).kind // 'object'
 */
export function describeSchema(schema: z.ZodType, names: ReadonlyMap<unknown, string> = objectNames(), seen: Map<unknown, SchemaNode> = new Map()): SchemaNode {
  const describe = (s: unknown): SchemaNode => {
    let node = seen.get(s);
    if (!node) {
      node = describeOne(s, describe, names);
      seen.set(s, node);
    }
    return node;
  };
  return describe(schema);
}

function describeOne(schema: unknown, describe: (s: unknown) => SchemaNode, names: ReadonlyMap<unknown, string>): SchemaNode {
  const block = BLOCK_NAMES.get(schema);
  if (block) return { kind: 'block', block };
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'boolean':
    case 'number':
      return withReason({ kind: def.type }, checksOf(schema));
    case 'enum':
      return withReason({ kind: 'values', values: Object.values(def.entries as Record<string, unknown>), enum: true }, checksOf(schema));
    case 'literal':
    case 'union': {
      if (def.type === 'union' && !isLiteralUnion(schema)) return withReason({ kind: 'union', options: (def.options as unknown[]).map(describe) }, checksOf(schema));
      const values = literalValues(schema);
      return typeof values === 'string' ? { kind: 'values', values: [], enum: false, unsupported: values } : { kind: 'values', values, enum: false };
    }
    case 'array': {
      const bounds = lengthBounds(def);
      const element = describe(def.element);
      return typeof bounds === 'string' ? { kind: 'array', element, minimum: 0, maximum: Number.MAX_SAFE_INTEGER, unsupported: bounds } : { kind: 'array', element, ...bounds };
    }
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const unsupported =
        checksOf(schema) ??
        (!def.catchall || defOf(def.catchall).type !== 'never'
          ? 'non-strict object'
          : Object.getOwnPropertySymbols(shape).length > 0 || Object.prototype.hasOwnProperty.call(shape, '__proto__')
            ? 'unusual shape keys'
            : undefined);
      const fields = Object.keys(shape).map((key): SchemaField => {
        const field = shape[key];
        if (defOf(field).type !== 'optional') return { key, optional: false, node: describe(field) };
        return withReason({ key, optional: true, node: describe(defOf(field).innerType) }, checksOf(field));
      });
      const name = names.get(schema);
      return withReason({ kind: 'object', ...(name === undefined ? {} : { name }), fields }, unsupported);
    }
    default:
      return { kind: 'other', type: def.type };
  }
}

/** The household's object schemas by identity, with their names ({@link MODEL_OBJECTS}). */
function objectNames(): Map<unknown, string> {
  return new Map([...MODEL_OBJECTS].map(([name, o]) => [o.schema, name]));
}

let household: SchemaNode | undefined;

/**
 * The description of `HouseholdSchema`: the one the build wrote (src/model/prebuilt-description.ts),
 * else computed from the schema on first use (running from the sources).
 *
 * @example
 * householdDescription().kind // 'object'
 */
export function householdDescription(): SchemaNode {
  return (household ??= (PREBUILT_DESCRIPTION as SchemaNode | undefined) ?? describeSchema(HouseholdSchema));
}

/**
 * The text of src/model/prebuilt-description.ts as the build writes it: the description of
 * `HouseholdSchema` (or the schema given, for tests), as JSON text parsed at load (a node reached
 * twice is written twice; nothing reads a node's identity but the importer's `vouched` list, which
 * it takes from the description itself). Throws when the description is not JSON (a value JSON cannot
 * hold, such as `NaN`): the build stops rather than write another description.
 *
 * @example
 * prebuiltDescriptionModule().startsWith('export const PREBUILT_DESCRIPTION = JSON.parse(') // true
 */
export function prebuiltDescriptionModule(schema: z.ZodType = HouseholdSchema): string {
  const description = describeSchema(schema);
  const json = JSON.stringify(description);
  if (!sameJson(JSON.parse(json), description)) throw new Error('the household schema\'s description is not JSON: a value JSON cannot hold');
  return `export const PREBUILT_DESCRIPTION = JSON.parse(${JSON.stringify(json)});\n`;
}

/** Whether a value read back from JSON is the value written (numbers by `Object.is`: `-0`, `NaN`, infinities do not survive). */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof b === 'number') return Object.is(a, b);
  if (typeof b !== 'object' || b === null) return a === b;
  if (typeof a !== 'object' || a === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && kb.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
