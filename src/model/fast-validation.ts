/**
 * A fast path for valid records (校验快速通道). The zod schemas stay the single source of truth:
 * this module walks them once, at load, and builds plain validator functions for the schema kinds
 * the household uses — strict objects, arrays with a minimum length, optional fields, strings,
 * booleans, finite numbers, enums, unions of literals and of these kinds, and the shared building blocks (money,
 * non-negative money, calendar dates, year-months, non-empty text), recognised by identity and
 * tested with the very predicates their zod checks call. A schema kind it does not recognise makes
 * that part always defer to zod.
 *
 * A validator returns the parsed value — a fresh object, keys in schema order, exactly what zod
 * returns — or {@link REJECT}. It accepts exactly what zod accepts (property tests compare the two
 * on arbitrary JSON, arbitrary values and mutated households); when it rejects, the caller asks
 * zod, which says why. It reads a record as zod does: `key in input` for presence, `input[key]` for
 * the value, and `for…in` for unknown keys (so inherited enumerable keys count, as in zod).
 *
 * @module
 */
import { z } from 'zod';
import { HouseholdSchema, MODEL_OBJECTS, type Household } from './household.js';
import { describeSchema, householdDescription, isLiteralUnion, lengthBounds, literalValues, type BlockName, type SchemaNode } from './schema-description.js';
import { compileGenerated } from './generated-code.js';
import { PREBUILT_VALIDATORS, type PrebuiltValidator } from './prebuilt-validators.js';
import { moneyProblem } from './money.js';
import { CalendarDateSchema, isKeyText, isModelDate, isNegativeMoney, isNonEmptyText, isYearMonth, KeySchema, MODEL_DATE_RANGE, MoneySchema, NonEmptyStringSchema, NonNegativeMoneySchema, YearMonthSchema } from './primitives.js';

/** What a validator returns for a value the schema does not accept. */
export const REJECT: unique symbol = Symbol('reject');

/** A validator: the parsed value, or {@link REJECT}. */
export type Validator = (input: unknown) => unknown;

/** Thrown while building when a schema has a kind the fast path does not model. */
class Unsupported extends Error {}

interface ZodInternals {
  _zod: { def: { type: string; checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[]; [k: string]: unknown } };
}

const defOf = (schema: unknown) => (schema as ZodInternals)._zod.def;

const acceptString: Validator = (v) => (typeof v === 'string' ? v : REJECT);
const acceptBoolean: Validator = (v) => (typeof v === 'boolean' ? v : REJECT);
const acceptNumber: Validator = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : REJECT);
const acceptMoney: Validator = (v) => ((typeof v === 'number' || typeof v === 'string') && moneyProblem(v) === null ? v : REJECT);
const acceptNonNegativeMoney: Validator = (v) => ((typeof v === 'number' || typeof v === 'string') && moneyProblem(v) === null && !isNegativeMoney(v) ? v : REJECT);
const acceptDate: Validator = (v) => (typeof v === 'string' && isModelDate(v) ? v : REJECT);
const acceptYearMonth: Validator = (v) => (typeof v === 'string' && isYearMonth(v) ? v : REJECT);
const acceptNonEmpty: Validator = (v) => (typeof v === 'string' && isNonEmptyText(v) ? v : REJECT);
const acceptKey: Validator = (v) => (typeof v === 'string' && isKeyText(v) ? v : REJECT);

/** The shared building blocks, by identity. */
const BLOCKS = new Map<unknown, Validator>([
  [MoneySchema, acceptMoney],
  [NonNegativeMoneySchema, acceptNonNegativeMoney],
  [CalendarDateSchema, acceptDate],
  [YearMonthSchema, acceptYearMonth],
  [NonEmptyStringSchema, acceptNonEmpty],
  [KeySchema, acceptKey],
]);

/** One field of a strict object. */
interface Field {
  key: string;
  optional: boolean;
  accept: Validator;
}

function noChecks(schema: unknown): void {
  if ((defOf(schema).checks ?? []).length > 0) throw new Unsupported(`checks on ${defOf(schema).type}`);
}

/** A reason read by the shared readers of zod definitions (schema-description.ts) as `Unsupported`. */
function orUnsupported<T>(r: T | string): T {
  if (typeof r === 'string') throw new Unsupported(r);
  return r;
}

function strictObject(fields: readonly Field[]): Validator {
  const known = new Set(fields.map((f) => f.key));
  const n = fields.length;
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return REJECT;
    const o = input as Record<string, unknown>;
    for (const key in o) if (!known.has(key)) return REJECT;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const f = fields[i]!;
      const v = o[f.key];
      if (v === undefined) {
        // Absent optional: left out; present optional `undefined`: kept as `undefined` (as zod does).
        if (!f.optional) return REJECT;
        if (f.key in o) out[f.key] = undefined;
        continue;
      }
      const r = f.accept(v);
      if (r === REJECT) return REJECT;
      out[f.key] = r;
    }
    return out;
  };
}

function array(element: Validator, minimum: number, maximum: number): Validator {
  return (input) => {
    if (!Array.isArray(input)) return REJECT;
    const len = input.length;
    if (len < minimum || len > maximum) return REJECT;
    const out = new Array(len);
    for (let i = 0; i < len; i++) {
      const r = element(input[i]);
      if (r === REJECT) return REJECT;
      out[i] = r;
    }
    return out;
  };
}

/** A union of other kinds (e.g. a boolean or a list): the first option that accepts, as zod's union answers. */
function firstOf(options: readonly Validator[]): Validator {
  return (input) => {
    for (const accept of options) {
      const r = accept(input);
      if (r !== REJECT) return r;
    }
    return REJECT;
  };
}

/**
 * Builds the validator of a zod schema, or throws `Unsupported` for a kind it does not model.
 * Optional schemas are handled by the object that holds them.
 */
function build(schema: unknown): Validator {
  const block = BLOCKS.get(schema);
  if (block) return block;
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      noChecks(schema);
      return acceptString;
    case 'boolean':
      noChecks(schema);
      return acceptBoolean;
    case 'number':
      noChecks(schema);
      return acceptNumber;
    case 'enum': {
      noChecks(schema);
      const values = new Set<unknown>(Object.values(def.entries as Record<string, unknown>));
      return (v) => (values.has(v) ? v : REJECT);
    }
    case 'literal':
    case 'union': {
      if (def.type === 'union' && !isLiteralUnion(schema)) {
        noChecks(schema);
        return firstOf((def.options as unknown[]).map(build));
      }
      const values = new Set(orUnsupported(literalValues(schema)));
      return (v) => (values.has(v) ? v : REJECT);
    }
    case 'array': {
      const { minimum, maximum } = orUnsupported(lengthBounds(def));
      return array(build(def.element), minimum, maximum);
    }
    case 'object': {
      noChecks(schema);
      if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Unsupported('non-strict object');
      const shape = def.shape as Record<string, unknown>;
      if (Object.getOwnPropertySymbols(shape).length > 0 || Object.prototype.hasOwnProperty.call(shape, '__proto__')) throw new Unsupported('unusual shape keys');
      const fields: Field[] = Object.keys(shape).map((key) => {
        const field = shape[key];
        const fd = defOf(field);
        if (fd.type === 'optional') {
          noChecks(field);
          return { key, optional: true, accept: build(fd.innerType) };
        }
        return { key, optional: false, accept: build(field) };
      });
      return strictObject(fields);
    }
    default:
      throw new Unsupported(def.type);
  }
}

// ---------------------------------------------------------------------------------------------
// Generated validators: the same walk, written out as one JavaScript function per object schema,
// so each property is read and written at its own site (fast inline caches) instead of through a
// loop over keys. Used when the platform allows `new Function`; otherwise the closures above.
// ---------------------------------------------------------------------------------------------

/** A JavaScript string literal. */
const lit = (s: string) => JSON.stringify(s);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** `o.key` or `o["key"]`. */
const member = (o: string, key: string) => (IDENTIFIER.test(key) ? `${o}.${key}` : `${o}[${lit(key)}]`);

interface Generator {
  /** Function declarations, in dependency order. */
  decls: string[];
  /** Values the code refers to by name (predicates, sets). */
  deps: Map<string, unknown>;
  count: number;
  /** Array schemas whose items were vouched for (see {@link parseHouseholdOfVouchedMembers}): only the list and its length are checked. */
  trusted?: ReadonlySet<unknown>;
}

const PREDICATES = { isModelDate, moneyProblem, isNegativeMoney, isYearMonth, isNonEmptyText, isKeyText } as const;

/** The condition, on `v`, under which a leaf schema accepts (the value passes through unchanged); `null` for a container. */
function leafCondition(schema: unknown, g: Generator): string | null {
  if (schema === MoneySchema) return '(typeof v === "number" || typeof v === "string") && moneyProblem(v) === null';
  if (schema === NonNegativeMoneySchema) return '(typeof v === "number" || typeof v === "string") && moneyProblem(v) === null && !isNegativeMoney(v)';
  if (schema === CalendarDateSchema) return 'typeof v === "string" && isModelDate(v)';
  if (schema === YearMonthSchema) return 'typeof v === "string" && isYearMonth(v)';
  if (schema === NonEmptyStringSchema) return 'typeof v === "string" && isNonEmptyText(v)';
  if (schema === KeySchema) return 'typeof v === "string" && isKeyText(v)';
  if (BLOCKS.has(schema)) throw new Unsupported('building block without generated code');
  const def = defOf(schema);
  if (def.type === 'union' && !isLiteralUnion(schema)) return null;
  switch (def.type) {
    case 'string':
      noChecks(schema);
      return 'typeof v === "string"';
    case 'boolean':
      noChecks(schema);
      return 'typeof v === "boolean"';
    case 'number':
      noChecks(schema);
      return 'typeof v === "number" && Number.isFinite(v)';
    case 'enum':
    case 'literal':
    case 'union': {
      const values = def.type === 'enum' ? (noChecks(schema), Object.values(def.entries as Record<string, unknown>)) : orUnsupported(literalValues(schema));
      // A few values: compared one by one (=== is Set.has for strings and for numbers other than NaN).
      if (values.length <= 8 && values.every((x) => typeof x === 'string' || (typeof x === 'number' && !Number.isNaN(x)) || typeof x === 'boolean')) {
        return '(' + values.map((x) => `v === ${typeof x === 'string' ? lit(x) : String(x)}`).join(' || ') + ')';
      }
      const name = `set${g.count++}`;
      g.deps.set(name, new Set(values));
      return `${name}.has(v)`;
    }
    default:
      return null;
  }
}

/** Declares the validator function of a container schema (object or array) and returns its name. */
function declare(schema: unknown, g: Generator): string {
  const def = defOf(schema);
  const name = `check${g.count++}`;
  if (def.type === 'union') {
    noChecks(schema);
    // The first option that accepts, as zod's union answers.
    const tries = (def.options as unknown[]).map((option) => {
      const cond = leafCondition(option, g);
      return cond === null ? `{ const r = ${declare(option, g)}(v); if (r !== REJECT) return r; }` : `if (${cond}) return v;`;
    });
    g.decls.push(`function ${name}(v) { ${tries.join(' ')} return REJECT; }`);
    return name;
  }
  if (def.type === 'array' && g.trusted?.has(schema)) {
    // The list is checked for its length and taken as it is: its items were vouched for.
    const { minimum, maximum } = orUnsupported(lengthBounds(def));
    g.decls.push(`function ${name}(a) { if (!Array.isArray(a)) return REJECT; const n = a.length; if (n < ${minimum} || n > ${maximum}) return REJECT; return a; }`);
    return name;
  }
  if (def.type === 'array') {
    const { minimum, maximum } = orUnsupported(lengthBounds(def));
    const cond = leafCondition(def.element, g);
    const inner = cond === null ? declare(def.element, g) : null;
    const body = inner
      ? `const r = ${inner}(v); if (r === REJECT) return REJECT; out[i] = r;`
      : `if (!(${cond})) return REJECT; out[i] = v;`;
    g.decls.push(
      `function ${name}(a) { if (!Array.isArray(a)) return REJECT; const n = a.length; if (n < ${minimum} || n > ${maximum}) return REJECT; const out = new Array(n); for (let i = 0; i < n; i++) { const v = a[i]; ${body} } return out; }`,
    );
    return name;
  }
  if (def.type !== 'object') throw new Unsupported(def.type);
  noChecks(schema);
  if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Unsupported('non-strict object');
  const shape = def.shape as Record<string, unknown>;
  if (Object.getOwnPropertySymbols(shape).length > 0 || Object.prototype.hasOwnProperty.call(shape, '__proto__')) throw new Unsupported('unusual shape keys');
  const keys = Object.keys(shape);
  const lines: string[] = [];
  for (const key of keys) {
    let field = shape[key];
    const optional = defOf(field).type === 'optional';
    if (optional) {
      noChecks(field);
      field = defOf(field).innerType;
    }
    const cond = leafCondition(field, g);
    const inner = cond === null ? declare(field, g) : null;
    const get = member('o', key);
    const set = member('out', key);
    const absent = optional ? `{ if (${lit(key)} in o) ${set} = undefined; }` : 'return REJECT;';
    const accept = inner ? `{ const r = ${inner}(v); if (r === REJECT) return REJECT; ${set} = r; }` : `{ if (!(${cond})) return REJECT; ${set} = v; }`;
    lines.push(`v = ${get}; if (v === undefined) ${absent} else ${accept}`);
  }
  const cases = keys.map((k) => `case ${lit(k)}:`).join(' ');
  // The copy is made by a constructor of its own whose prototype is Object.prototype: a plain
  // object like `{}` (same prototype, same keys in the same order), but the engine learns how many
  // fields its objects get and makes room for them at once, instead of growing a `{}` field by field.
  const make = `Plain${g.count++}`;
  g.decls.push(
    `function ${make}() {} ${make}.prototype = Object.prototype;`,
    `function ${name}(o) { if (typeof o !== "object" || o === null || Array.isArray(o)) return REJECT; ` +
      `for (const k in o) { switch (k) { ${cases} break; default: return REJECT; } } ` +
      `const out = new ${make}(); let v; ${lines.join(' ')} return out; }`,
  );
  return name;
}

/** The generated source of a schema's validator: its declarations, the root function's name, the values the code refers to by name. */
interface GeneratedSource {
  decls: string[];
  root: string;
  deps: Map<string, unknown>;
}

/** The generated source of a schema's validator, or `null` when the schema has a kind the generator does not model. */
function generatedSource(schema: unknown, trusted?: ReadonlySet<unknown>): GeneratedSource | null {
  const g: Generator = { decls: [], deps: new Map(), count: 0 };
  if (trusted) g.trusted = trusted;
  try {
    const root = declare(schema, g);
    return { decls: g.decls, root, deps: g.deps };
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The body of the generated factory: its parameters are `REJECT`, the predicates and the deps, by name. */
const factoryBody = (src: GeneratedSource) => `"use strict"; ${src.decls.join('\n')}\nreturn ${src.root};`;

/** The generated validator of a schema, or `null` when code cannot be generated or evaluated here. */
function generated(schema: unknown, trusted?: ReadonlySet<unknown>): Validator | null {
  const src = generatedSource(schema, trusted);
  if (!src) return null;
  const names = ['REJECT', ...Object.keys(PREDICATES), ...src.deps.keys()];
  const values = [REJECT, ...Object.values(PREDICATES), ...src.deps.values()];
  try {
    // The code is built from the schema alone (never from input), once, at load.
    const factory = compileGenerated<(...args: unknown[]) => Validator>(names, factoryBody(src));
    return factory(...values);
  } catch {
    return null; // no code generation here (e.g. a content security policy): the closures are used
  }
}

/** A value the generated code refers to (a set of literal values), as JavaScript source. */
function sourceOf(value: unknown): string {
  if (!(value instanceof Set)) throw new Unsupported('a value the build cannot write');
  const items = [...value].map((v) => {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v); // NaN, Infinity and -Infinity are names
    throw new Unsupported('a value the build cannot write');
  });
  return `new Set([${items.join(', ')}])`;
}

/** A prebuilt validator's source (see src/model/prebuilt-validators.ts): the generated factory, applied to its values; `null` when not generated. */
function prebuiltEntry(src: GeneratedSource | null): string {
  if (!src) return 'null';
  try {
    const names = ['REJECT', ...Object.keys(PREDICATES), ...src.deps.keys()];
    const args = ['REJECT', ...Object.keys(PREDICATES).map((k) => `P.${k}`), ...[...src.deps.values()].map(sourceOf)];
    return `(REJECT, P) => (function (${names.join(', ')}) {\n${factoryBody(src)}\n})(${args.join(', ')})`;
  } catch (e) {
    if (e instanceof Unsupported) return 'null';
    throw e;
  }
}

/**
 * The text of src/model/prebuilt-validators.ts as the build writes it: the household's validator and
 * that of a household whose members were vouched for ({@link parseHouseholdOfVouchedMembers}),
 * generated from `HouseholdSchema` (or the household schema given, for tests) by the same generator, as source — each the factory run time would
 * compile, applied to the values it would be given (`P`: the predicates, by name).
 *
 * @example
 * prebuiltValidatorsModule().startsWith('export const PREBUILT_VALIDATORS = {') // true
 */
export function prebuiltValidatorsModule(schema: z.ZodObject<{ members: z.ZodType }> = HouseholdSchema): string {
  const household = prebuiltEntry(generatedSource(schema));
  const trusting = prebuiltEntry(generatedSource(schema, new Set([schema.shape.members])));
  return `export const PREBUILT_VALIDATORS = {\n  household: ${household},\n  trustingMembers: ${trusting},\n};\n`;
}

/**
 * The validator of a prebuilt entry (src/model/prebuilt-validators.ts, or the text of
 * {@link prebuiltValidatorsModule} evaluated), given the reject marker and the predicates it calls;
 * `undefined` when there is none.
 *
 * @example
 * fromPrebuilt(PREBUILT_VALIDATORS?.household)?.(record) === REJECT // true when zod would report issues
 */
export function fromPrebuilt(entry: PrebuiltValidator | undefined): Validator | undefined {
  return entry ? entry(REJECT, PREDICATES) : undefined;
}

/**
 * The fast validator of a schema, or `null` when the schema has a kind the fast path does not
 * model (then every record goes to zod). Generated code where the platform allows it (`generate:
 * false` forces the closures, for tests), else closures; both read and answer the same.
 *
 * @example
 * const accept = fastValidator(HouseholdSchema);
 * accept?.(record) === REJECT // true when zod would report issues
 */
export function fastValidator(schema: z.ZodType, options: { generate?: boolean } = {}): Validator | null {
  if (options.generate !== false) {
    const v = generated(schema);
    if (v) return v;
  }
  try {
    return build(schema);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

// The build's validator when there is one (src/model/prebuilt-validators.ts): the same code, generated from
// the same schema at build time; else generated here, at load.
const household = fromPrebuilt(PREBUILT_VALIDATORS?.household) ?? fastValidator(HouseholdSchema);

/**
 * Whether the household schema has a fast path (every kind in it is modelled).
 *
 * @example
 * hasFastPath() // true
 */
export function hasFastPath(): boolean {
  return household !== null;
}

/**
 * The household the schema would return for `input`, or `undefined` when the fast path does not
 * accept it (then `HouseholdSchema` decides and explains). Never returns the input itself.
 *
 * @example
 * fastParseHousehold({ id: 'H1', povertyAlleviated: false, members: [], income: {} }) // undefined (zod reports why)
 */
export function fastParseHousehold(input: unknown): Household | undefined {
  if (!household) return undefined;
  const r = household(input);
  return r === REJECT ? undefined : (r as Household);
}

// ---------------------------------------------------------------------------------------------
// Rejections: the issues zod reports, found without running the whole schema. A rejected record
// usually has one or two bad values (a required field left blank, a value outside a list, a
// malformed amount or date) in an otherwise well-formed record. The walk below goes down the
// record as zod does — fields in schema order, array items in order — through every object that
// is an object with no unknown key and every array within its length bounds, and asks the fast
// validator of each value; a value it refuses (or a container not well-formed) is handed to that
// value's own zod schema, whose issues are the ones the whole schema reports there, at the same
// path. An object's issues are its fields' issues in shape order, plus `unrecognized_keys` when
// it has unknown keys — and such an object goes to its schema whole — so the list is zod's, in
// zod's order. A property test holds it to zod on arbitrary records, accepted and rejected.
// ---------------------------------------------------------------------------------------------

/** A zod issue (the fields `fromZodIssues` reads), with its path from the record's root. */
export type RawIssue = z.core.$ZodIssue;

/**
 * Walks a value at `path`, adding zod's issues to `out`. `path` is one list the walk extends and
 * shortens as it goes down and back (an issue copies it): no list is made per field walked.
 */
type Explainer = (value: unknown, path: PropertyKey[], out: RawIssue[]) => void;

/** The issues of `schema` for `value`, at `path` (the schema's own parse, on this value only). */
function issuesOf(schema: z.ZodType, value: unknown, path: PropertyKey[], out: RawIssue[]): void {
  const r = schema.safeParse(value);
  if (r.success) throw new Unsupported('the fast path refused a value its schema accepts');
  for (const issue of r.error.issues) out.push({ ...issue, path: [...path, ...issue.path] } as RawIssue);
}

// The walk reads the household's description (src/model/schema-description.ts), not its zod
// schemas: a start builds none of them to explain a rejected record. Only the schema of a value the
// walk hands to zod is built — a field's own stand-in (src/model/household.ts, `MODEL_OBJECTS`),
// not the object that holds it.

const BLOCK_ACCEPT: Readonly<Record<BlockName, Validator>> = {
  money: acceptMoney,
  nonNegativeMoney: acceptNonNegativeMoney,
  date: acceptDate,
  yearMonth: acceptYearMonth,
  nonEmpty: acceptNonEmpty,
  key: acceptKey,
};

/** Throws `Unsupported` for a described part the fast path does not model. */
function modelled(node: { readonly unsupported?: string | undefined }): void {
  if (node.unsupported !== undefined) throw new Unsupported(node.unsupported);
}

/**
 * The validator of a described schema (closures, as {@link build} makes from the zod schema: the
 * same answers), or throws `Unsupported` for a part the fast path does not model.
 */
function buildDescribed(node: SchemaNode): Validator {
  switch (node.kind) {
    case 'block':
      return BLOCK_ACCEPT[node.block];
    case 'string':
      modelled(node);
      return acceptString;
    case 'boolean':
      modelled(node);
      return acceptBoolean;
    case 'number':
      modelled(node);
      return acceptNumber;
    case 'values': {
      modelled(node);
      const values = new Set<unknown>(node.values);
      return (v) => (values.has(v) ? v : REJECT);
    }
    case 'union':
      modelled(node);
      return firstOf(node.options.map(buildDescribed));
    case 'array':
      modelled(node);
      return array(buildDescribed(node.element), node.minimum, node.maximum);
    case 'object':
      modelled(node);
      return strictObject(
        node.fields.map((f) => {
          modelled(f);
          return { key: f.key, optional: f.optional, accept: buildDescribed(f.node) };
        }),
      );
    default:
      throw new Unsupported(node.type);
  }
}

/**
 * The explainer of a value of a described schema; `schemaOf` gives its zod schema (built only when
 * the walk hands a value to it). A field of a named object is asked of its own stand-in.
 */
function explainer(node: SchemaNode, schemaOf: () => z.ZodType): Explainer {
  const accept = buildDescribed(node);
  if (node.kind === 'object') {
    const registered = node.name === undefined ? undefined : MODEL_OBJECTS.get(node.name);
    const self = registered ? () => registered.schema : schemaOf;
    const fieldOf = registered ? (key: string) => registered.fields[key]! : (key: string) => (defOf(self()).shape as Record<string, z.ZodType>)[key]!;
    const fields = node.fields.map((f) => {
      const field = () => fieldOf(f.key);
      return { key: f.key, field, optional: f.optional, explain: explainer(f.node, f.optional ? () => defOf(field()).innerType as z.ZodType : field) };
    });
    const known = new Set(node.fields.map((f) => f.key));
    return (value, path, out) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return issuesOf(self(), value, path, out);
      const o = value as Record<string, unknown>;
      for (const key in o) if (!known.has(key)) return issuesOf(self(), value, path, out);
      for (const f of fields) {
        const v = o[f.key];
        if (v === undefined && f.optional) continue;
        path.push(f.key);
        if (v === undefined) issuesOf(f.field(), v, path, out);
        else f.explain(v, path, out);
        path.pop();
      }
    };
  }
  if (node.kind === 'array') {
    const { minimum, maximum } = node;
    const item = explainer(node.element, () => defOf(schemaOf()).element as z.ZodType);
    return (value, path, out) => {
      if (!Array.isArray(value) || value.length < minimum || value.length > maximum) return issuesOf(schemaOf(), value, path, out);
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        item(value[i], path, out);
        path.pop();
      }
    };
  }
  return (value, path, out) => {
    if (accept(value) === REJECT) issuesOf(schemaOf(), value, path, out);
  };
}

let householdExplainer: Explainer | null | undefined;

/**
 * The issues zod reports for a household record the fast path refuses — the same issues, at the
 * same paths, in the same order — or `undefined` when this walk cannot tell (then ask zod). Found
 * by walking the record down to its bad values and asking only their schemas (see above), so a
 * rejected record costs about what an accepted one does rather than a run of the whole schema.
 *
 * @example
 * fastHouseholdIssues({ id: 'H1', povertyAlleviated: false, members: [{ name: '王一', sex: 'male' }], income: { wage: 0, operating: 0, property: 0, transfer: 0, operatingExpense: 0 } })
 * // [{ code: 'invalid_value', path: ['members', 0, 'relation'], … }] — what HouseholdSchema.safeParse reports
 */
export function fastHouseholdIssues(input: unknown): RawIssue[] | undefined {
  if (householdExplainer === undefined) {
    try {
      householdExplainer = explainer(householdDescription(), () => HouseholdSchema);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      householdExplainer = null;
    }
  }
  if (!householdExplainer) return undefined;
  const out: RawIssue[] = [];
  try {
    householdExplainer(input, [], out);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  return out.length > 0 ? out : undefined;
}

// ---------------------------------------------------------------------------------------------
// Vouching (一次成型): an importer that builds a record field by field can apply, as it converts
// each value, the very predicate the validator above would apply to it, and build its objects in
// schema order; then what it built is what the validator would return, without a second walk.
// {@link vouchingPlan} tells it, from the schema, for a list of field paths: the order to store
// them in, each field's acceptor, and the structural condition (required keys present, arrays
// without holes and within their length bounds) the built object must meet. It reads the schema's
// description (src/model/schema-description.ts): the importer asks it of the household's, which the
// build wrote, so a start builds no zod schema for it ({@link vouchingPlanOf}, {@link checkGivenOf}).
// ---------------------------------------------------------------------------------------------

/** A path under a schema: object keys and array indices. */
export type SchemaPath = readonly (string | number)[];

/** The schema without its `optional` wrapper. */
function unwrapOptional(schema: unknown): unknown {
  return defOf(schema).type === 'optional' ? defOf(schema).innerType : schema;
}

/**
 * The schema of the value at `path` under `schema` (optional wrappers removed), or `undefined`
 * when the path is not in the schema.
 *
 * @example
 * schemaAt(HouseholdSchema, ['income', 'wage']) === NonNegativeMoneySchema // true
 */
export function schemaAt(schema: z.ZodType, path: SchemaPath): z.ZodType | undefined {
  let cur: unknown = schema;
  for (const seg of path) {
    cur = unwrapOptional(cur);
    if (BLOCKS.has(cur)) return undefined;
    const def = defOf(cur);
    if (typeof seg === 'number') {
      if (def.type !== 'array' || !Number.isInteger(seg) || seg < 0) return undefined;
      cur = def.element;
    } else {
      if (def.type !== 'object') return undefined;
      const shape = def.shape as Record<string, unknown>;
      if (!Object.prototype.hasOwnProperty.call(shape, seg)) return undefined;
      cur = shape[seg];
    }
  }
  return unwrapOptional(cur) as z.ZodType;
}

/**
 * The description of the value at `path` under a described schema (as {@link schemaAt} finds the
 * schema), or `undefined` when the path is not in it.
 *
 * @example
 * describedAt(householdDescription(), ['income', 'wage']) // { kind: 'block', block: 'nonNegativeMoney' }
 */
export function describedAt(node: SchemaNode, path: SchemaPath): SchemaNode | undefined {
  let cur = node;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (cur.kind !== 'array' || !Number.isInteger(seg) || seg < 0) return undefined;
      cur = cur.element;
    } else {
      if (cur.kind !== 'object') return undefined;
      const field = cur.fields.find((f) => f.key === seg);
      if (!field) return undefined;
      cur = field.node;
    }
  }
  return cur;
}

/** Whether the validator returns a value of the schema as it is (a leaf) or as an equal copy holding no object (a list of leaves). */
function isLeafLike(node: SchemaNode): boolean {
  switch (node.kind) {
    case 'block':
    case 'string':
    case 'boolean':
    case 'number':
    case 'values':
      return true;
    case 'union':
      return node.options.every(isLeafLike);
    case 'array':
      return isLeafLike(node.element);
    default:
      return false;
  }
}

/**
 * Whether the validator of a leaf-like schema ({@link isLeafLike}) accepts a value — `build(schema)(v)
 * !== REJECT` — without the copy the validator returns for a list: a list's items are tested in
 * place, within its length bounds, and a union tries its options in turn, as the validator does.
 */
function acceptorOf(node: SchemaNode): (value: unknown) => boolean {
  if (node.kind === 'array') {
    modelled(node);
    const { minimum, maximum } = node;
    const item = acceptorOf(node.element);
    return (v) => {
      if (!Array.isArray(v) || v.length < minimum || v.length > maximum) return false;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      return true;
    };
  }
  if (node.kind === 'union') {
    modelled(node);
    const options = node.options.map(acceptorOf);
    return (v) => options.some((accept) => accept(v));
  }
  const validate = buildDescribed(node);
  return (v) => validate(v) !== REJECT;
}

/**
 * What a converter guarantees of every value it returns (src/io/values.ts, `ValueConverter.yields`;
 * each held by a property over cells, test/io/converter-guarantees.test.ts): `'string'` a string;
 * `'money'` an amount `MoneySchema` accepts; `'date'` a real calendar date `YYYY-MM-DD` (any year:
 * the range {@link MODEL_DATE_RANGE} is not guaranteed); `{ values }` one of these values (a vocabulary).
 */
export type Guarantee = 'string' | 'money' | 'date' | { readonly values: readonly unknown[] };

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
 * Of a zod schema: {@link checkGivenOf} of its description.
 *
 * @example
 * checkGiven(HouseholdSchema, ['income', 'wage'], 'money', accept) // (v) => !isNegativeMoney(v)
 * checkGiven(MemberSchema, ['sex'], { values: ['male', 'female'] }, accept) // undefined
 */
export function checkGiven(schema: z.ZodType, path: SchemaPath, guarantee: Guarantee | undefined, accept: (value: unknown) => boolean): ((value: unknown) => boolean) | undefined {
  return checkGivenOf(describeSchema(schema), path, guarantee, accept);
}

/**
 * {@link checkGiven} of a described schema (the importer's: the household's description, which the
 * build wrote — no zod schema built).
 *
 * @example
 * checkGivenOf(householdDescription(), ['income', 'wage'], 'money', accept) // (v) => !isNegativeMoney(v)
 */
export function checkGivenOf(node: SchemaNode, path: SchemaPath, guarantee: Guarantee | undefined, accept: (value: unknown) => boolean): ((value: unknown) => boolean) | undefined {
  if (guarantee === undefined) return accept;
  const at = describedAt(node, path);
  if (at === undefined) return accept;
  if (typeof guarantee === 'object') return guarantee.values.every((v) => v === undefined || accept(v)) ? undefined : accept;
  const block = at.kind === 'block' ? at.block : undefined;
  if (guarantee === 'date') return block === 'date' ? dateInRange : accept;
  if (guarantee === 'string') return at.kind !== 'string' || at.unsupported !== undefined ? accept : undefined;
  if (block === 'money') return undefined;
  if (block === 'nonNegativeMoney') return (v) => !isNegativeMoney(v);
  return accept;
}

/** Whether a value of the schema may be a list. */
function mayBeList(node: SchemaNode): boolean {
  return node.kind === 'array' || (node.kind === 'union' && node.options.some(mayBeList));
}

/** How an importer builds a vouched object from fields at the given paths (see {@link vouchingPlan}). */
export interface VouchingPlan {
  /** The field numbers in the order their values are stored (schema order: objects then get their keys in schema order). */
  order: number[];
  /** For each field, whether the schema accepts a value there: the validator's own leaf check. */
  accept: ((value: unknown) => boolean)[];
  /** For each field, whether its value may be a list (stored as a copy, as the validator returns it). */
  list: boolean[];
  /** A JavaScript condition on `m` (the built object): its required keys are present, its arrays have no hole and are within their length bounds. */
  structure: string;
}

/**
 * How to build an object of `schema` from values at `paths` so that it is what the fast validator
 * would return for it: store the values in `order`, keep only values `accept` takes, and check
 * `structure` on the result. `null` when the paths cannot make such an object (a path not in the
 * schema, a value that is an object, a path inside another field's value, a kind not modelled).
 * `options.vouched`: list schemas whose items were vouched for already (a household's members): a
 * path to such a list takes the list as it is, its acceptor checks only that it is a list within
 * its length bounds (as {@link parseHouseholdOfVouchedMembers} does). Of a zod schema:
 * {@link vouchingPlanOf} of its description.
 *
 * @example
 * const plan = vouchingPlan(MemberSchema, [['sex'], ['name'], ['relation']]);
 * plan?.order // [1, 0, 2] — name, sex, relation, as the schema lists them
 */
export function vouchingPlan(schema: z.ZodType, paths: readonly SchemaPath[], options: { vouched?: ReadonlySet<unknown> } = {}): VouchingPlan | null {
  const nodes = new Map<unknown, SchemaNode>();
  const node = describeSchema(schema, undefined, nodes);
  const vouched = options.vouched && new Set([...options.vouched].map((s) => nodes.get(s)).filter((n) => n !== undefined));
  return vouchingPlanOf(node, paths, vouched ? { vouched } : {});
}

/**
 * {@link vouchingPlan} of a described schema (the importer's: the household's description, which the
 * build wrote — no zod schema built); `options.vouched` names described lists (from {@link describedAt}).
 *
 * @example
 * const h = householdDescription();
 * vouchingPlanOf(h, [['id'], ['members']], { vouched: new Set([describedAt(h, ['members'])]) })
 */
export function vouchingPlanOf(node: SchemaNode, paths: readonly SchemaPath[], options: { vouched?: ReadonlySet<SchemaNode | undefined> } = {}): VouchingPlan | null {
  const vouched = options.vouched;
  try {
    const accept = paths.map((path) => {
      const at = describedAt(node, path);
      if (at !== undefined && vouched?.has(at)) {
        // A list whose items were vouched for (a household's members): taken as it is, its length checked.
        if (at.kind !== 'array') throw new Unsupported('a vouched value that is not a list');
        modelled(at);
        const { minimum, maximum } = at;
        return (value: unknown) => Array.isArray(value) && value.length >= minimum && value.length <= maximum;
      }
      if (at === undefined || !isLeafLike(at)) throw new Unsupported('not a leaf');
      return acceptorOf(at);
    });
    const rank = paths.map((path) => position(node, path));
    const order = paths.map((_, i) => i).sort((a, b) => compareRanks(rank[a]!, rank[b]!));
    const list = paths.map((path) => {
      const at = describedAt(node, path)!;
      return !vouched?.has(at) && mayBeList(at);
    });
    return { order, accept, list, structure: structureOf(node, paths, 'm') };
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The position of a path in schema order: each key's place in its object's fields, each array index. */
function position(node: SchemaNode, path: SchemaPath): number[] {
  const out: number[] = [];
  let cur = node;
  for (const seg of path) {
    if (typeof seg === 'number') {
      out.push(seg);
      cur = (cur as Extract<SchemaNode, { kind: 'array' }>).element;
    } else {
      const fields = (cur as Extract<SchemaNode, { kind: 'object' }>).fields;
      const i = fields.findIndex((f) => f.key === seg);
      out.push(i);
      cur = fields[i]!.node;
    }
  }
  return out;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The structural condition of the value at `expr`, built by stores at `paths` (relative to it). */
function structureOf(node: SchemaNode, paths: readonly SchemaPath[], expr: string): string {
  if (paths.some((p) => p.length === 0)) {
    // A value stored here whole: its acceptor checks it; nothing may be stored inside it too.
    if (paths.length > 1) throw new Unsupported('a path inside another field');
    return 'true';
  }
  const groups = new Map<string | number, SchemaPath[]>();
  for (const p of paths) {
    const list = groups.get(p[0]!);
    if (list) list.push(p.slice(1));
    else groups.set(p[0]!, [p.slice(1)]);
  }
  const conds: string[] = [];
  if (node.kind === 'object') {
    // Checks or a non-strict object are refused; keys of an unusual shape do not matter here.
    if (node.unsupported !== undefined && node.unsupported !== 'unusual shape keys') throw new Unsupported(node.unsupported);
    for (const field of node.fields) {
      const key = field.key;
      const optional = field.optional;
      const sub = groups.get(key);
      const at = `${expr}[${lit(key)}]`;
      if (!sub) {
        if (!optional) return 'false'; // a required field no path fills: never vouched
        continue;
      }
      const child = structureOf(field.node, sub, at);
      if (child === 'true') {
        if (!optional) conds.push(`${at} !== undefined`);
        continue;
      }
      conds.push(optional ? `(${at} === undefined || (${child}))` : `(${at} !== undefined && (${child}))`);
    }
    return conds.length > 0 ? conds.join(' && ') : 'true';
  }
  if (node.kind === 'array') {
    modelled(node);
    const { minimum, maximum } = node;
    const indices = [...groups.keys()];
    if (indices.some((i) => typeof i !== 'number')) throw new Unsupported('a key on a list');
    conds.push(`${expr}.length >= ${minimum}`, `${expr}.length <= ${maximum}`);
    for (const i of (indices as number[]).sort((a, b) => a - b)) {
      // Only the indices of `paths` are ever stored: an absent one must be past the end (no hole).
      const at = `${expr}[${i}]`;
      conds.push(`(${at} !== undefined ? (${structureOf(node.element, groups.get(i)!, at)}) : ${expr}.length <= ${i})`);
    }
    return conds.join(' && ');
  }
  throw new Unsupported(`paths inside ${node.kind === 'other' ? node.type : node.kind}`);
}

let trustingMembers: Validator | null | undefined;

/**
 * The household the schema would return for `input`, given that each of its members already is
 * what the member schema returns for it (an importer that built them so vouched for them, see
 * {@link vouchingPlan}). The household's own fields are validated and copied as by
 * {@link fastParseHousehold}; its members list is checked for its length and taken as it is (not
 * a copy). `undefined` when the fast path does not accept the household's own fields (or cannot be
 * generated here): then parse `input`.
 *
 * @example
 * parseHouseholdOfVouchedMembers(raw)?.members === raw.members // true
 */
export function parseHouseholdOfVouchedMembers(input: unknown): Household | undefined {
  if (trustingMembers === undefined) trustingMembers = fromPrebuilt(PREBUILT_VALIDATORS?.trustingMembers) ?? generated(HouseholdSchema, new Set([HouseholdSchema.shape.members]));
  if (!trustingMembers) return undefined;
  const r = trustingMembers(input);
  return r === REJECT ? undefined : (r as Household);
}
