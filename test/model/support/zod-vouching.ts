/**
 * The importer's vouching plan and `checkGiven` as src/model/fast-validation.ts made them from the zod
 * schemas before the twelfth slice (issue 14), kept here as the oracle the description-based ones are
 * held to (test/model/schema-description.test.ts). Copied as they were; only the validator of a leaf
 * (`build`, private there) is `fastValidator(…, { generate: false })`, the same closures.
 *
 * @module
 */
import type { z } from 'zod';
import { fastValidator, REJECT, schemaAt, type Guarantee, type SchemaPath, type VouchingPlan } from '../../../src/model/fast-validation.js';
import { CalendarDateSchema, isNegativeMoney, KeySchema, MODEL_DATE_RANGE, MoneySchema, NonEmptyStringSchema, NonNegativeMoneySchema, YearMonthSchema } from '../../../src/model/primitives.js';

class Unsupported extends Error {}

interface ZodInternals {
  _zod: { def: { type: string; checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[]; [k: string]: unknown } };
}
const defOf = (schema: unknown) => (schema as ZodInternals)._zod.def;
const BLOCKS = new Set<unknown>([MoneySchema, NonNegativeMoneySchema, CalendarDateSchema, YearMonthSchema, NonEmptyStringSchema, KeySchema]);
const lit = (s: string) => JSON.stringify(s);

function noChecks(schema: unknown): void {
  if ((defOf(schema).checks ?? []).length > 0) throw new Unsupported(`checks on ${defOf(schema).type}`);
}

function lengthBounds(def: ZodInternals['_zod']['def']): { minimum: number; maximum: number } {
  let minimum = 0;
  let maximum = Number.MAX_SAFE_INTEGER;
  for (const c of def.checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'min_length' && typeof cd.minimum === 'number') minimum = Math.max(minimum, cd.minimum);
    else if (cd.check === 'max_length' && typeof cd.maximum === 'number') maximum = Math.min(maximum, cd.maximum);
    else throw new Unsupported(`array check ${cd.check}`);
  }
  return { minimum, maximum };
}

function isLiteralUnion(schema: unknown): boolean {
  const def = defOf(schema);
  if (def.type === 'literal') return true;
  return def.type === 'union' && (def.options as unknown[]).every(isLiteralUnion);
}

function unwrapOptional(schema: unknown): unknown {
  return defOf(schema).type === 'optional' ? defOf(schema).innerType : schema;
}

function build(schema: unknown): (v: unknown) => unknown {
  const v = fastValidator(schema as z.ZodType, { generate: false });
  if (!v) throw new Unsupported('not modelled');
  return v;
}

/** Whether the validator returns a value of `schema` as it is (a leaf) or as an equal copy holding no object (a list of leaves). */
function isLeafLike(schema: unknown): boolean {
  if (BLOCKS.has(schema)) return true;
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'boolean':
    case 'number':
    case 'enum':
    case 'literal':
      return true;
    case 'union':
      return (def.options as unknown[]).every(isLeafLike);
    case 'array':
      return isLeafLike(def.element);
    default:
      return false;
  }
}

/**
 * Whether the validator of a leaf-like schema ({@link isLeafLike}) accepts a value — `build(schema)(v)
 * !== REJECT` — without the copy the validator returns for a list: a list's items are tested in
 * place, within its length bounds, and a union tries its options in turn, as the validator does.
 */
function acceptorOf(schema: unknown): (value: unknown) => boolean {
  const def = BLOCKS.has(schema) ? undefined : defOf(schema);
  if (def?.type === 'array') {
    const { minimum, maximum } = lengthBounds(def);
    const item = acceptorOf(def.element);
    return (v) => {
      if (!Array.isArray(v) || v.length < minimum || v.length > maximum) return false;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      return true;
    };
  }
  if (def?.type === 'union' && !isLiteralUnion(schema)) {
    noChecks(schema);
    const options = (def.options as unknown[]).map(acceptorOf);
    return (v) => options.some((accept) => accept(v));
  }
  const validate = build(schema);
  return (v) => validate(v) !== REJECT;
}


/** What `CalendarDateSchema` still checks of a real calendar date: its range (ISO dates of four-digit years compare as strings). */
const dateInRange = (v: unknown): boolean => (v as string) >= MODEL_DATE_RANGE.from && (v as string) <= MODEL_DATE_RANGE.to;

/**
 * The check the schema at `path` still needs for values that meet `guarantee` (checked once, not
 * twice — by the converter, then by the schema): `undefined` when every such value passes the
 * schema's own acceptor `accept` — a vocabulary's values are each put to `accept` here, once; a
 * string where the schema takes any string; an amount where the schema is `MoneySchema` — else the
 * part of it the guarantee leaves open: an amount where the schema is `NonNegativeMoneySchema` is
 * tested by that schema's refinement alone (`isNegativeMoney`), a real calendar date where the schema
 * is `CalendarDateSchema` by that schema's range alone ({@link MODEL_DATE_RANGE}); anything else by `accept`.
 *
 * @example
 * checkGiven(HouseholdSchema, ['income', 'wage'], 'money', accept) // (v) => !isNegativeMoney(v)
 * checkGiven(MemberSchema, ['sex'], { values: ['male', 'female'] }, accept) // undefined
 */
export function zodCheckGiven(schema: z.ZodType, path: SchemaPath, guarantee: Guarantee | undefined, accept: (value: unknown) => boolean): ((value: unknown) => boolean) | undefined {
  if (guarantee === undefined) return accept;
  const at = schemaAt(schema, path);
  if (at === undefined) return accept;
  if (typeof guarantee === 'object') return guarantee.values.every((v) => v === undefined || accept(v)) ? undefined : accept;
  if (guarantee === 'date') return at === CalendarDateSchema ? dateInRange : accept;
  if (guarantee === 'string') return BLOCKS.has(at) || defOf(at).type !== 'string' || (defOf(at).checks ?? []).length > 0 ? accept : undefined;
  if (at === MoneySchema) return undefined;
  if (at === NonNegativeMoneySchema) return (v) => !isNegativeMoney(v);
  return accept;
}

/** Whether a value of `schema` may be a list. */
function mayBeList(schema: unknown): boolean {
  const def = defOf(schema);
  return def.type === 'array' || (def.type === 'union' && (def.options as unknown[]).some(mayBeList));
}


/**
 * How to build an object of `schema` from values at `paths` so that it is what the fast validator
 * would return for it: store the values in `order`, keep only values `accept` takes, and check
 * `structure` on the result. `null` when the paths cannot make such an object (a path not in the
 * schema, a value that is an object, a path inside another field's value, a kind not modelled).
 * `options.vouched`: list schemas whose items were vouched for already (a household's members): a
 * path to such a list takes the list as it is, its acceptor checks only that it is a list within
 * its length bounds (as {@link parseHouseholdOfVouchedMembers} does).
 *
 * @example
 * const plan = zodVouchingPlan(MemberSchema, [['sex'], ['name'], ['relation']]);
 * plan?.order // [1, 0, 2] — name, sex, relation, as the schema lists them
 */
export function zodVouchingPlan(schema: z.ZodType, paths: readonly SchemaPath[], options: { vouched?: ReadonlySet<unknown> } = {}): VouchingPlan | null {
  const vouched = options.vouched;
  try {
    const accept = paths.map((path) => {
      const at = schemaAt(schema, path);
      if (at !== undefined && vouched?.has(at)) {
        // A list whose items were vouched for (a household's members): taken as it is, its length checked.
        const { minimum, maximum } = lengthBounds(defOf(at));
        return (value: unknown) => Array.isArray(value) && value.length >= minimum && value.length <= maximum;
      }
      if (at === undefined || !isLeafLike(at)) throw new Unsupported('not a leaf');
      return acceptorOf(at);
    });
    const rank = paths.map((path) => position(schema, path));
    const order = paths.map((_, i) => i).sort((a, b) => compareRanks(rank[a]!, rank[b]!));
    const list = paths.map((path) => !vouched?.has(schemaAt(schema, path)) && mayBeList(schemaAt(schema, path)));
    return { order, accept, list, structure: structureOf(schema, paths, 'm') };
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The position of a path in schema order: each key's place in its object's shape, each array index. */
function position(schema: unknown, path: SchemaPath): number[] {
  const out: number[] = [];
  let cur = schema;
  for (const seg of path) {
    cur = unwrapOptional(cur);
    const def = defOf(cur);
    if (typeof seg === 'number') {
      out.push(seg);
      cur = def.element;
    } else {
      out.push(Object.keys(def.shape as object).indexOf(seg));
      cur = (def.shape as Record<string, unknown>)[seg];
    }
  }
  return out;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The structural condition of the value at `expr`, built by stores at `paths` (relative to it). */
function structureOf(schema: unknown, paths: readonly SchemaPath[], expr: string): string {
  if (paths.some((p) => p.length === 0)) {
    // A value stored here whole: its acceptor checks it; nothing may be stored inside it too.
    if (paths.length > 1) throw new Unsupported('a path inside another field');
    return 'true';
  }
  const inner = unwrapOptional(schema);
  const def = defOf(inner);
  const groups = new Map<string | number, SchemaPath[]>();
  for (const p of paths) {
    const list = groups.get(p[0]!);
    if (list) list.push(p.slice(1));
    else groups.set(p[0]!, [p.slice(1)]);
  }
  const conds: string[] = [];
  if (def.type === 'object') {
    noChecks(inner);
    if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Unsupported('non-strict object');
    const shape = def.shape as Record<string, unknown>;
    for (const key of Object.keys(shape)) {
      const optional = defOf(shape[key]).type === 'optional';
      const sub = groups.get(key);
      const at = `${expr}[${lit(key)}]`;
      if (!sub) {
        if (!optional) return 'false'; // a required field no path fills: never vouched
        continue;
      }
      const child = structureOf(shape[key], sub, at);
      if (child === 'true') {
        if (!optional) conds.push(`${at} !== undefined`);
        continue;
      }
      conds.push(optional ? `(${at} === undefined || (${child}))` : `(${at} !== undefined && (${child}))`);
    }
    return conds.length > 0 ? conds.join(' && ') : 'true';
  }
  if (def.type === 'array') {
    const { minimum, maximum } = lengthBounds(def);
    const indices = [...groups.keys()];
    if (indices.some((i) => typeof i !== 'number')) throw new Unsupported('a key on a list');
    conds.push(`${expr}.length >= ${minimum}`, `${expr}.length <= ${maximum}`);
    for (const i of (indices as number[]).sort((a, b) => a - b)) {
      // Only the indices of `paths` are ever stored: an absent one must be past the end (no hole).
      const at = `${expr}[${i}]`;
      conds.push(`(${at} !== undefined ? (${structureOf(def.element, groups.get(i)!, at)}) : ${expr}.length <= ${i})`);
    }
    return conds.join(' && ');
  }
  throw new Unsupported(`paths inside ${def.type}`);
}

