/**
 * A file's column plan, compiled (列映射的编译): once per file, the plan's member fields become one
 * JavaScript function that reads a row's cells into a member object, and its household fields one
 * function that turns a household's first values into the household object — each field with its
 * own converter call and its own property store, so the engine can specialise every one instead
 * of going through a generic loop over fields (megamorphic calls and keyed stores). They do what
 * src/io/assemble.ts describes field by field, in the same order, with the same problems; the
 * import tests and the chunk property test read files through them.
 *
 * Only the plan's structure goes into the source text (column indices, field numbers, and
 * property names as JSON string literals); converters and helpers are passed in as values.
 *
 * @module
 */
import type { ValidationIssue } from '../model/validation.js';
import { compileGenerated } from '../model/generated-code.js';
import type { VouchingPlan } from '../model/fast-validation.js';
import { UNREAD, type Converted, type ValueConverter } from './values.js';

/**
 * The constructor a compiled function makes its object with (one per compiled function): its
 * prototype is Object.prototype, so its objects are plain objects like `{}` — same prototype, keys
 * in the order they are stored — but the engine learns how many fields they get and makes room for
 * them at once, instead of growing a `{}` field by field (a copy of its fields at every growth).
 */
const PLAIN = 'function Plain() {} Plain.prototype = Object.prototype;';

/** One single-column member field, as the compiler needs it. */
export interface CompiledField {
  /** The column index. */
  index: number;
  /** Path segments under the member (`['employment', 0, 'start']`). */
  segments: readonly (string | number)[];
  convert: ValueConverter;
  /** Several columns: the builder combines them (called with the field's number). */
  combined: boolean;
}

/** Helpers the compiled function calls. */
export interface MemberRowHelpers {
  unwrap(cell: string): string;
  /** The problem of field `field` (its number) at member `memberIndex`, row `row`. */
  problem(field: number, memberIndex: number, row: number, r: Extract<Converted, { ok: false }>): ValidationIssue;
  /** The value of a field of several columns (or undefined); `owner` is the builder the row is for. */
  combine(owner: unknown, field: number, cells: readonly (string | undefined)[], row: number, memberIndex: number): unknown;
  /** Stores a value at a path (for a combined field). */
  assign(target: Record<string, unknown>, field: number, value: unknown): void;
  /** Called when the member just built cannot be vouched for (see {@link compileMemberRow}'s `vouch`). */
  doubt?(owner: unknown): void;
}

/** A compiled member row: cells in, the member object out; problems pushed to `problems`. */
export type MemberRowFunction = (cells: readonly (string | undefined)[], row: number, problems: ValidationIssue[], memberIndex: number, owner: unknown) => Record<string, unknown>;

/**
 * JavaScript that stores `value` at `segments` under `m`, creating objects and arrays as setPath does.
 *
 * @example
 * storeCode(['name'], 'v') // 'm["name"] = v;'
 */
export function storeCode(segments: readonly (string | number)[], value: string, plain?: (prefix: readonly (string | number)[]) => string): string {
  if (segments.length === 1) return `m[${JSON.stringify(segments[0])}] = ${value};`;
  const lines: string[] = [];
  let cur = 'm';
  for (let i = 0; i < segments.length - 1; i++) {
    const key = JSON.stringify(segments[i]);
    const next = `o${i}`;
    // An object on the way: `{}`, or with `plain` a constructor of its own for this path (see PLAIN).
    const make = typeof segments[i + 1] === 'number' ? '[]' : plain ? `new ${plain(segments.slice(0, i + 1))}()` : '{}';
    lines.push(`let ${next} = ${cur}[${key}]; if (${next} === null || typeof ${next} !== 'object') { ${next} = ${make}; ${cur}[${key}] = ${next}; }`);
    cur = next;
  }
  lines.push(`${cur}[${JSON.stringify(segments[segments.length - 1])}] = ${value};`);
  return `{ ${lines.join(' ')} }`;
}

/**
 * Compiles the member fields of a plan (in field order) into one function.
 *
 * With `vouch` (src/model/fast-validation.ts, `vouchingPlan` of the member schema for these
 * fields' paths), the cells are still converted in field order (problems keep their order), but
 * the values are stored in schema order, each checked at conversion time with the schema's own
 * acceptor (remembered with the cell, as the conversion is), and the member's structure (required
 * fields present) is checked: a member that fails any of it is reported to `helpers.doubt`. A
 * member that does not is what the member schema's validator returns for it.
 *
 * @example
 * const row = compileMemberRow(fields, helpers);
 * const member = row(cells, 5, problems, 0, builder);
 */
export function compileMemberRow(fields: readonly CompiledField[], helpers: MemberRowHelpers, vouch?: VouchingPlan | null, checks?: readonly (((value: unknown) => boolean) | undefined)[]): MemberRowFunction {
  // Each field remembers its last cell and what it converted to (`k<n>`, `r<n>`; `null` for a
  // cell that cleans to nothing): members of a household mostly repeat 性别, 证件类型, 是/否, …,
  // and a repeated cell is then neither cleaned nor converted again (converters are pure).
  if (vouch) return compileVouchedMemberRow(fields, helpers, vouch, checks ?? vouch.accept);
  const state: string[] = [];
  const body: string[] = ['const m = {};', 'let raw, t, r, v;'];
  fields.forEach((f, k) => {
    if (f.combined) {
      body.push(`v = h.combine(owner, ${k}, cells, row, memberIndex); if (v !== undefined) h.assign(m, ${k}, v);`);
      return;
    }
    state.push(`let k${k} = '', r${k} = null;`);
    body.push(
      `raw = cells[${f.index}];`,
      `if (raw !== undefined && raw !== '') {`,
      `  if (raw === k${k}) r = r${k}; else { t = h.unwrap(raw); r = t === '' ? null : c${k}.convert(t); k${k} = raw; r${k} = r; }`,
      `  if (r !== null) {`,
      `    if (!r.ok) problems.push(h.problem(${k}, memberIndex, row, r));`,
      `    else if (r.value !== undefined) ${storeCode(f.segments, 'Array.isArray(r.value) ? [...r.value] : r.value')}`,
      `  }`,
      `}`,
    );
  });
  body.push('return m;');
  const names = fields.map((_, k) => `c${k}`);
  const source = `${state.join('\n')}\nreturn function memberRow(cells, row, problems, memberIndex, owner) {\n${body.join('\n')}\n};`;
  const make = compileGenerated<(h: MemberRowHelpers, ...converters: ValueConverter[]) => MemberRowFunction>(['h', ...names], source);
  return make(helpers, ...fields.map((f) => f.convert));
}

/** {@link compileMemberRow} with vouching: convert in field order, store in schema order. */
function compileVouchedMemberRow(fields: readonly CompiledField[], helpers: MemberRowHelpers, vouch: VouchingPlan, checks: readonly (((value: unknown) => boolean) | undefined)[]): MemberRowFunction {
  // Per field: `x<n>` its value (undefined: none); `s<n>` whether the schema accepts the
  // remembered cell's value (found once per distinct cell, as the conversion is). A field with no
  // check left (`checks[k]` undefined: its converter guarantees what the schema checks) has no `s<n>`.
  const state: string[] = [];
  const body: string[] = ['let raw, t, r, sure = true;'];
  fields.forEach((f, k) => {
    body.push(`let x${k};`);
    if (f.combined) {
      body.push(`x${k} = h.combine(owner, ${k}, cells, row, memberIndex); if (x${k} !== undefined && !a${k}(x${k})) sure = false;`);
      return;
    }
    const checked = checks[k] !== undefined;
    if (f.convert.repeats === true) {
      // Few distinct spellings (性别 alternating, 与户主关系 different for every member, 是/否 …):
      // what each distinct cell makes (see CellEntry) is remembered in `n<n>`, keyed by the cell as
      // read (the cell decoder hands one string for a repeated short cell), `e<n>` the last one.
      state.push(`let k${k} = '', e${k} = null; const n${k} = new Map();`);
      body.push(
        `raw = cells[${f.index}];`,
        `if (raw !== undefined && raw !== '') {`,
        `  if (raw !== k${k}) { e${k} = n${k}.get(raw); if (e${k} === undefined) { e${k} = entry(h.unwrap, c${k}, a${k}, raw); if (n${k}.size < ${MEMO_CELLS}) n${k}.set(raw, e${k}); } k${k} = raw; }`,
        `  if (e${k}.p !== null) problems.push(h.problem(${k}, memberIndex, row, e${k}.p));`,
        `  else if (e${k}.v !== undefined) { x${k} = e${k}.v; if (!e${k}.s) sure = false; }`,
        `}`,
      );
      return;
    }
    if (f.convert.read !== undefined) {
      // Read without a wrapper object: `v<n>` the value of the remembered cell (undefined: none),
      // `p<n>` its problem (null: none), found once per distinct cell.
      state.push(`let k${k} = '', v${k} = undefined, p${k} = null${checked ? `, s${k} = true` : ''};`);
      body.push(
        `raw = cells[${f.index}];`,
        `if (raw !== undefined && raw !== '') {`,
        `  if (raw !== k${k}) { t = h.unwrap(raw); k${k} = raw; p${k} = null; if (t === '') v${k} = undefined; else { v${k} = c${k}.read(t); if (v${k} === UNREAD) { p${k} = c${k}.convert(t); v${k} = undefined; } }${checked ? ` s${k} = v${k} === undefined || a${k}(v${k});` : ''} }`,
        `  if (p${k} !== null) problems.push(h.problem(${k}, memberIndex, row, p${k}));`,
        `  else if (v${k} !== undefined) { x${k} = v${k};${checked ? ` if (!s${k}) sure = false;` : ''} }`,
        `}`,
      );
      return;
    }
    state.push(`let k${k} = '', r${k} = null${checked ? `, s${k} = true` : ''};`);
    body.push(
      `raw = cells[${f.index}];`,
      `if (raw !== undefined && raw !== '') {`,
      `  if (raw !== k${k}) { t = h.unwrap(raw); r${k} = t === '' ? null : c${k}.convert(t); k${k} = raw;${checked ? ` s${k} = r${k} === null || !r${k}.ok || r${k}.value === undefined || a${k}(r${k}.value);` : ''} }`,
      `  r = r${k};`,
      `  if (r !== null) {`,
      `    if (!r.ok) problems.push(h.problem(${k}, memberIndex, row, r));`,
      `    else if (r.value !== undefined) { x${k} = r.value;${checked ? ` if (!s${k}) sure = false;` : ''} }`,
      `  }`,
      `}`,
    );
  });
  const shapes = fields.some((f) => f.combined) ? undefined : shapesOf(vouch.order.map((k) => fields[k]!.segments), vouch.structure);
  if (shapes !== undefined) {
    // The member made at once by the maker of the set of fields it has (see shapesOf), its
    // structure decided once per set.
    for (const k of vouch.order) if (vouch.list[k]) body.push(`if (Array.isArray(x${k})) x${k} = [...x${k}];`);
    body.push(...shapeCode(vouch.order.map((k) => `x${k}`), state, 'sure = false;'), 'if (!sure) h.doubt(owner);', 'return m;');
  } else {
    body.push('const m = new Plain();');
    for (const k of vouch.order) {
      const f = fields[k]!;
      body.push(`if (x${k} !== undefined) ${f.combined ? `h.assign(m, ${k}, x${k});` : storeCode(f.segments, vouch.list[k] ? `Array.isArray(x${k}) ? [...x${k}] : x${k}` : `x${k}`)}`);
    }
    body.push(`if (!sure || !(${vouch.structure})) h.doubt(owner);`, 'return m;');
  }
  const names = [...fields.map((_, k) => `c${k}`), ...fields.map((_, k) => `a${k}`)];
  const source = `${state.join('\n')}\n${PLAIN}\nreturn function memberRow(cells, row, problems, memberIndex, owner) {\n${body.join('\n')}\n};`;
  const make = compileGenerated<(h: MemberRowHelpers, UNREAD: symbol, entry: typeof cellEntry, shapeOf: unknown, structure: unknown, kept: unknown, ...fns: unknown[]) => MemberRowFunction>(['h', 'UNREAD', 'entry', 'shapeOf', 'structure', 'kept', ...names], source);
  return make(helpers, UNREAD, cellEntry, shapes?.shapeOf, shapes?.structure, shapes?.kept, ...fields.map((f) => f.convert), ...fields.map((f, k) => (f.combined ? vouch.accept[k] : checks[k])));
}

/** How many distinct cells a member column remembers (see {@link CellEntry}); an export has a few dozen at most in a vocabulary column, the rest are converted each time. */
const MEMO_CELLS = 256;

/**
 * What one distinct member cell makes, found once: its value (`undefined`: nothing to store), its
 * problem (`null`: none) and whether the schema takes the value (`true` when nothing is left to check).
 */
class CellEntry {
  constructor(
    readonly v: unknown,
    readonly p: Extract<Converted, { ok: false }> | null,
    readonly s: boolean,
  ) {}
}

const EMPTY_CELL = new CellEntry(undefined, null, true);

/**
 * The entry of a cell, as the member row's code for one cell finds it: cleaned, converted (read
 * without a wrapper where the converter can), its value put to the schema's remaining check
 * `accept` (undefined: none left).
 */
function cellEntry(unwrap: (cell: string) => string, convert: ValueConverter, accept: ((value: unknown) => boolean) | undefined, raw: string): CellEntry {
  const t = unwrap(raw);
  if (t === '') return EMPTY_CELL;
  if (convert.read !== undefined) {
    const v = convert.read(t);
    if (v === UNREAD) return new CellEntry(undefined, convert.convert(t) as Extract<Converted, { ok: false }>, true);
    return new CellEntry(v, null, v === undefined || accept === undefined || accept(v));
  }
  const r = convert.convert(t);
  if (!r.ok) return new CellEntry(undefined, r, true);
  return new CellEntry(r.value, null, r.value === undefined || accept === undefined || accept(r.value));
}

/** How an object with a given set of fields is made: `make` takes the values in schema order; `sure` 1 when that set meets the structure, 0 when not, -1: test the object. */
interface Shape {
  make: (...values: unknown[]) => Record<string, unknown>;
  sure: 1 | 0 | -1;
}

/** How many sets of fields of one compiled function get a maker of their own (a file has a few dozen to a few hundred; the rest share one that stores field by field). */
const SHAPES_KEPT = 64;

/** The makers of objects by the set of fields they have (see {@link shapesOf}). */
interface Shapes {
  shapeOf: (mask: number) => Shape;
  structure: (m: unknown) => boolean;
  /** The makers made so far, by mask (what `shapeOf` returns for them): looked up by the generated code without a call. */
  kept: ReadonlyMap<number, Shape>;
}

/**
 * The makers of vouched objects (a member, a household), one per set of fields an object has
 * (`shapeOf(mask)`, the mask's bit j — the value 2^j — set when the j-th path, in schema order, has
 * a value): an object literal with exactly those keys in schema order, nested objects and lists
 * included, so an object is made with its final layout at once — not grown key by key from an
 * empty object, where each optional field present or absent gives the next stores another layout to
 * handle (a file's members have a few dozen sets of fields, its households about a hundred; past
 * four, a store site becomes megamorphic). The object is the one the stores in schema order built:
 * plain objects, the same keys in the same order, the same lists. Whether a set of fields meets
 * `structure` (required keys, lists without holes) depends on the set alone (the values are leaves,
 * never undefined), so it is found once per set. `undefined` (then the stores are written out) for
 * more than 52 paths (a mask is a number) or a key an object literal would read otherwise
 * (`__proto__`).
 */
function shapesOf(paths: readonly (readonly (string | number)[])[], structureCode: string): Shapes | undefined {
  if (paths.length > 52 || paths.some((segments) => segments.some((seg) => seg === '__proto__'))) return undefined;
  const structure = compileGenerated<(m: unknown) => boolean>(['m'], `return ${structureCode};`);
  const params = paths.map((_, j) => `x${j}`);
  // The stores written out: the maker of a set of fields past the kept ones (its structure tested on each object).
  const state: string[] = [];
  const plain = nestedConstructors(state);
  const stores = paths.map((segments, j) => `if (x${j} !== undefined) ${storeCode(segments, `x${j}`, plain)}`);
  const general: Shape = { make: compileGenerated<() => (...values: unknown[]) => Record<string, unknown>>([], `${state.join('\n')}\n${PLAIN}\nreturn function stored(${params.join(', ')}) {\nconst m = new Plain();\n${stores.join('\n')}\nreturn m;\n};`)(), sure: -1 };
  const kept = new Map<number, Shape>();
  const has = (mask: number, j: number) => Math.floor(mask / 2 ** j) % 2 === 1;
  const shapeOf = (mask: number): Shape => {
    let shape = kept.get(mask);
    if (shape !== undefined) return shape;
    if (kept.size >= SHAPES_KEPT) return general;
    const present = paths.flatMap((segments, j) => (has(mask, j) ? [{ segments, value: `x${j}` }] : []));
    // Made with `new Function`, not through compileGenerated: a host's compiler may keep what it
    // compiles (the CLI's code cache keeps a few dozen functions a run); makers depend on the data,
    // and a file's many small ones would push out the code that is the same at every start.
    let make: (...values: unknown[]) => Record<string, unknown>;
    try {
      make = new Function(...params, `return ${literalCode(present)};`) as typeof make;
    } catch {
      // Code from strings refused here (`--disallow-code-generation-from-strings`, a CSP) though the
      // host's compiler made the rest: the stores written out make the same object.
      kept.set(mask, general);
      return general;
    }
    shape = { make, sure: structure(make(...paths.map((_, j) => (has(mask, j) ? true : undefined)))) ? 1 : 0 };
    kept.set(mask, shape);
    return shape;
  };
  return { shapeOf, structure, kept };
}

/**
 * The code that makes the object `m` from the values in `names` (schema order) by {@link shapesOf}'s
 * makers (`shapeOf` and `structure` in scope; the last set of fields and its maker remembered in
 * `state`); `fail` runs when the set of fields fails the structure.
 */
function shapeCode(names: readonly string[], state: string[], fail: string): string[] {
  state.push('let lastMask = -1, lastShape = null;');
  const lines = ['let mask = 0;'];
  names.forEach((x, j) => lines.push(`if (${x} !== undefined) mask += ${2 ** j};`));
  lines.push(
    // The objects of a file alternate between a few sets of fields: the last one, else the kept makers (a look-up, no call), else shapeOf.
    'let e = lastShape; if (mask !== lastMask) { e = kept.get(mask); if (e === undefined) e = shapeOf(mask); lastMask = mask; lastShape = e; }',
    `const m = e.make(${names.join(', ')});`,
    `if (e.sure === 0 || (e.sure === -1 && !structure(m))) ${fail}`,
  );
  return lines;
}

/**
 * An object literal holding each value at its path (objects and lists nested as the paths say,
 * keys in the order given, a list's missing items left as holes) — what storing the values in that
 * order into an empty object makes.
 *
 * @example
 * literalCode([{ segments: ['name'], value: 'x0' }, { segments: ['changes', 0, 'kind'], value: 'x1' }]) // '{"name": x0, "changes": [{"kind": x1}]}'
 */
export function literalCode(entries: readonly { segments: readonly (string | number)[]; value: string }[]): string {
  const first = entries[0]?.segments[0];
  if (typeof first === 'number') {
    const items: string[] = [];
    for (const [index, group] of groupByHead(entries)) items[index as number] = group.some((e) => e.segments.length === 1) ? group[0]!.value : literalCode(group.map((e) => ({ segments: e.segments.slice(1), value: e.value })));
    // Items up to the last index given; an index not given is a hole (`[, x]`), as a store at index 1 leaves.
    return `[${Array.from({ length: items.length }, (_, i) => items[i] ?? '').join(', ')}]`;
  }
  const parts: string[] = [];
  for (const [key, group] of groupByHead(entries)) parts.push(`${JSON.stringify(key)}: ${group.some((e) => e.segments.length === 1) ? group[0]!.value : literalCode(group.map((e) => ({ segments: e.segments.slice(1), value: e.value })))}`);
  return `{${parts.join(', ')}}`;
}

function groupByHead<E extends { segments: readonly (string | number)[] }>(entries: readonly E[]): Map<string | number, E[]> {
  const groups = new Map<string | number, E[]>();
  for (const e of entries) {
    const head = e.segments[0]!;
    const g = groups.get(head);
    if (g) g.push(e);
    else groups.set(head, [e]);
  }
  return groups;
}

/** One household field, as the compiler needs it. */
export interface CompiledHouseholdField {
  /** The first-value slot of its column (single-column fields). */
  slot: number;
  segments: readonly (string | number)[];
  convert: ValueConverter;
  /** Several columns, or a list appended from columns: the builder combines them. */
  combined: boolean;
  /** `$eliminated`: the value is the elimination flag, not stored. */
  flag: boolean;
  /** A value to store when the column is empty on every row. */
  whenEmpty: boolean;
  /**
   * A combined field's columns (their first-value slots and converters) and how their values
   * combine (src/io/headers.ts, `Combine`): given, the field is compiled like the single ones
   * (see {@link compileHousehold}); absent, `helpers.combine` combines it.
   */
  columns?: readonly { slot: number; convert: ValueConverter }[];
  combine?: 'single' | 'any' | 'append';
}

/** A household's first values, by slot (see src/io/assemble.ts, `FirstValues`). */
interface FirstValuesLike {
  text: readonly (string | undefined)[];
  row: ArrayLike<number>;
  converted: (Converted | undefined)[];
}

/** Helpers the compiled household function calls. */
export interface HouseholdHelpers {
  /** The problem of field `field` whose first value, on `row`, does not convert. */
  problem(field: number, row: number, r: Extract<Converted, { ok: false }>): ValidationIssue;
  /** The value of a field of several columns (or undefined), when its columns are not compiled. */
  combine(owner: unknown, field: number): unknown;
  /** The problem of column `column` (its position in the field) of compiled combined field `field`, whose first value, on `row`, does not convert. */
  columnProblem?(field: number, column: number, row: number, r: Extract<Converted, { ok: false }>): ValidationIssue;
  /** The problem when columns `a` and `b` of compiled combined field `field` (`single`) hold values that differ (`undefined` when they agree). */
  conflict?(field: number, a: number, b: number, aValue: unknown, bValue: unknown, first: FirstValuesLike): ValidationIssue | undefined;
  /** The value recorded when the field's columns are empty. */
  empty(field: number): unknown;
  /** Records further fields a converter set (applied after all fields). */
  also(owner: unknown, also: Readonly<Record<string, unknown>>): void;
  /** Records the elimination flag. */
  flag(owner: unknown, value: unknown): void;
}

/**
 * A compiled household, in two steps: `convert` turns the first values into the household's values
 * (`values[k]` for field `k`; `undefined`: nothing to store), in field order, pushing problems in
 * that order and calling `helpers.also` / `helpers.flag` as it goes; it returns `false` when a
 * value fails its field's acceptor (only with acceptors, see {@link compileHousehold}), else `true`.
 * `raw` builds the household object from those values, fields stored in field order (members not
 * yet added): the record as it was built before vouching.
 */
export interface HouseholdFunctions {
  convert(first: FirstValuesLike, problems: ValidationIssue[], owner: unknown, values: unknown[]): boolean;
  raw(values: readonly unknown[]): Record<string, unknown>;
}

/** The constructor lines of the objects inside a household (region, income, income.breakdown.wage …), one per path prefix. */
function nestedConstructors(state: string[]): (prefix: readonly (string | number)[]) => string {
  const nested = new Map<string, string>();
  return (prefix) => {
    const key = JSON.stringify(prefix);
    let name = nested.get(key);
    if (name === undefined) {
      name = `Plain${nested.size}`;
      nested.set(key, name);
      state.push(`function ${name}() {} ${name}.prototype = Object.prototype;`);
    }
    return name;
  };
}

/**
 * Compiles the household fields of a plan (in field order) into one function that converts them
 * and one that stores them (see {@link HouseholdFunctions}). `accept[k]`, when given: the schema's
 * check of field `k`'s value (src/model/fast-validation.ts, `vouchingPlan`), run once per distinct
 * cell as the conversion is.
 *
 * @example
 * const build = compileHousehold(fields, helpers);
 * const values: unknown[] = [];
 * build.convert(first, problems, builder, values);
 * const household = build.raw(values);
 */
export function compileHousehold(fields: readonly CompiledHouseholdField[], helpers: HouseholdHelpers, accept?: readonly (((value: unknown) => boolean) | undefined)[]): HouseholdFunctions {
  // As for members: each field remembers the last text it converted (region names, categories,
  // 是/否 repeat from household to household), and with an acceptor whether the schema takes its
  // value (`s<n>`: -1 not asked yet, 1 yes, 0 no).
  const state: string[] = [];
  // Each field's code goes into a part of at most HOUSEHOLD_PART_FIELDS fields (see householdParts).
  const blocks: string[][] = [];
  let body: string[] = [];
  const check = (k: number, value: string) => (accept?.[k] ? ` if (!a${k}(${value})) sure = false;` : '');
  fields.forEach((f, k) => {
    body = [];
    blocks.push(body);
    if (f.combined && f.columns !== undefined) {
      body.push(...combinedCode(f, k, state), f.flag ? `if (x !== undefined) h.flag(owner, x); values[${k}] = undefined;` : `if (x !== undefined) {${check(k, 'x')} } values[${k}] = x;`);
      return;
    }
    if (f.combined) {
      body.push(f.flag ? `x = h.combine(owner, ${k}); if (x !== undefined) h.flag(owner, x); values[${k}] = undefined;` : `x = h.combine(owner, ${k}); if (x !== undefined) {${check(k, 'x')} } values[${k}] = x;`);
      return;
    }
    const accepted = accept?.[k] && !f.flag;
    if (f.convert.read !== undefined && !f.flag) {
      // Read without a wrapper object (as a member's cells): `v<n>` the value of the remembered
      // text (undefined: none), `p<n>` its problem (null: none), `s<n>` whether the schema takes
      // the value — each found once per distinct text. A converter with `read` sets no further
      // fields (`convert` is `{ ok: true, value: read(cell) }` whenever `read` reads the cell), and
      // the row comparison's remembered conversion of this text, if any, is the same value.
      state.push(`let k${k} = '', v${k} = undefined, p${k} = null${accepted ? `, s${k} = true` : ''};`);
      body.push(
        `x = undefined; f = texts[${f.slot}];`,
        `if (f === undefined) { ${f.whenEmpty ? `x = h.empty(${k});${check(k, 'x')}` : ''} } else {`,
        `  if (f !== k${k}) { k${k} = f; p${k} = null; v${k} = c${k}.read(f); if (v${k} === UNREAD) { p${k} = c${k}.convert(f); v${k} = undefined; }${accepted ? ` s${k} = v${k} === undefined || a${k}(v${k});` : ''} }`,
        `  if (p${k} !== null) problems.push(h.problem(${k}, first.row[${f.slot}], p${k}));`,
        `  else if (v${k} !== undefined) { x = v${k};${accepted ? ` if (!s${k}) sure = false;` : ''} }`,
        `}`,
        `values[${k}] = x;`,
      );
      return;
    }
    state.push(`let k${k} = '', r${k} = undefined${accepted ? `, s${k} = -1` : ''};`);
    const judge = accepted ? ` if (r === r${k}) { if (s${k} === -1) s${k} = a${k}(r.value) ? 1 : 0; if (s${k} === 0) sure = false; } else if (!a${k}(r.value)) sure = false;` : '';
    body.push(
      `x = undefined; f = texts[${f.slot}];`,
      `if (f === undefined) { ${f.whenEmpty && !f.flag ? `x = h.empty(${k});${check(k, 'x')}` : ''} } else {`,
      `  r = converted[${f.slot}]; if (r === undefined) { if (f === k${k}) r = r${k}; else { r = c${k}.convert(f); k${k} = f; r${k} = r;${accepted ? ` s${k} = -1;` : ''} } converted[${f.slot}] = r; }`,
      `  if (!r.ok) problems.push(h.problem(${k}, first.row[${f.slot}], r));`,
      `  else { if (r.also !== undefined) h.also(owner, r.also); if (r.value !== undefined) { ${f.flag ? 'h.flag(owner, r.value);' : `x = Array.isArray(r.value) ? [...r.value] : r.value;${judge}`} } }`,
      `}`,
      `values[${k}] = x;`,
    );
  });
  // The raw household: the values stored in field order.
  const rawState: string[] = [];
  const plain = nestedConstructors(rawState);
  const stores: string[] = ['const m = new Plain();', 'let x;'];
  fields.forEach((f, k) => {
    if (!f.flag) stores.push(`x = values[${k}]; if (x !== undefined) ${storeCode(f.segments, 'x', plain)}`);
  });
  stores.push('return m;');
  const columns = fields.flatMap((f, k) => (f.combined && f.columns !== undefined ? f.columns.map((col, c) => ({ name: `c${k}_${c}`, convert: col.convert })) : []));
  const names = [...fields.map((_, k) => `c${k}`), ...fields.map((_, k) => `a${k}`), ...columns.map((c) => c.name)];
  const source =
    `${state.join('\n')}\n${rawState.join('\n')}\n${PLAIN}\n` +
    `${householdParts(blocks)}\n` +
    `return { convert: household, raw: function rawHousehold(values) {\n${stores.join('\n')}\n} };`;
  const make = compileGenerated<(h: HouseholdHelpers, UNREAD: symbol, ...fns: unknown[]) => HouseholdFunctions>(['h', 'UNREAD', ...names], source);
  return make(helpers, UNREAD, ...fields.map((f) => f.convert), ...fields.map((_, k) => accept?.[k]), ...columns.map((c) => c.convert));
}

/**
 * Fields a part of the compiled household converts. The whole first row in one function (78 fields on
 * the national export) took V8's optimising compiler ≈ 0.5 s of CPU a compile, and a field's rare branch
 * reached after it (a problem, a value read the long way) threw that code away and compiled it all again;
 * in parts, a part is compiled when it is hot and recompiled alone (docs/decisions.md, twelfth slice).
 */
const HOUSEHOLD_PART_FIELDS = 8;

/**
 * The household converter's code: `household(first, problems, owner, values)` calling, in field order,
 * parts of at most {@link HOUSEHOLD_PART_FIELDS} fields' code each (`blocks`, one per field); each part
 * returns whether the schema surely takes its values, and so does `household` for all of them.
 */
function householdParts(blocks: readonly (readonly string[])[]): string {
  const parts: string[] = [];
  const calls: string[] = [];
  for (let at = 0, i = 0; at < blocks.length; at += HOUSEHOLD_PART_FIELDS, i++) {
    parts.push(
      `function householdPart${i}(first, problems, owner, values) {\nconst texts = first.text, converted = first.converted;\nlet f, r, x, v, n, j, p, sure = true;\n` +
        `${blocks.slice(at, at + HOUSEHOLD_PART_FIELDS).flat().join('\n')}\nreturn sure;\n}`,
    );
    calls.push(`if (!householdPart${i}(first, problems, owner, values)) sure = false;`);
  }
  return `${parts.join('\n')}\nfunction household(first, problems, owner, values) {\nlet sure = true;\n${calls.join('\n')}\nreturn sure;\n}`;
}

/**
 * The code of a combined household field whose columns are compiled: each filled column's first
 * value converted (once per distinct text, as a single field's), its problem, its further values
 * and its value combined in column order, as `HouseholdBuilder.combine` does (src/io/assemble.ts):
 * the first value taken (a list copied), then `append` adds the items not yet in the list, `any`
 * ors, `single` reports a value that differs; no column filled: the field's empty value. Leaves the
 * value in `x`.
 */
function combinedCode(f: CompiledHouseholdField, k: number, state: string[]): string[] {
  const lines = ['x = undefined; n = 0; j = -1;'];
  f.columns!.forEach((col, c) => {
    const id = `${k}_${c}`;
    state.push(`let k${id} = '', r${id} = undefined;`);
    const further =
      f.combine === 'append'
        ? 'for (const item of v) if (!x.includes(item)) x.push(item);'
        : f.combine === 'any'
          ? 'x = x === true || v === true;'
          : `if (x !== v) { p = h.conflict(${k}, j, ${c}, x, v, first); if (p !== undefined) problems.push(p); }`;
    lines.push(
      `f = texts[${col.slot}];`,
      `if (f !== undefined) {`,
      `  n++; r = converted[${col.slot}]; if (r === undefined) { if (f === k${id}) r = r${id}; else { r = c${id}.convert(f); k${id} = f; r${id} = r; } converted[${col.slot}] = r; }`,
      `  if (!r.ok) problems.push(h.columnProblem(${k}, ${c}, first.row[${col.slot}], r));`,
      `  else { if (r.also !== undefined) h.also(owner, r.also); v = r.value; if (v !== undefined) { if (j === -1) { x = Array.isArray(v) ? [...v] : v; j = ${c}; } else { ${further} } } }`,
      `}`,
    );
  });
  if (f.whenEmpty) lines.push(`if (x === undefined && n === 0) x = h.empty(${k});`);
  return lines;
}

/** Where one value of a vouched household comes from (see {@link compileVouchedHousehold}). */
export interface VouchedSource {
  /** Path segments under the household. */
  segments: readonly (string | number)[];
  /** The field whose value it is (its number), if a field fills it. */
  field?: number;
  /** Left out when the elimination block is dropped (a path under `monitoring.eliminated`). */
  eliminated?: boolean;
  /** A constant (the zero of an absent income item under `emptyMoneyAsZero`). */
  constant?: string;
  /** The slot of the converters' further values (`also`) it takes when no field value is there. */
  also?: number;
  /** The members list. */
  members?: boolean;
  /** The schema's check of a value not checked at conversion (further values, the members list). */
  accept?: (value: unknown) => boolean;
  /** A list from a further value: stored as a copy (the converter's remembered result may share it). */
  list?: boolean;
}

/** Builds a vouched household from its values, or `undefined` when a value or the structure fails the schema. */
export type VouchedHouseholdFunction = (values: readonly unknown[], members: readonly unknown[], also: readonly unknown[], dropEliminated: boolean) => Record<string, unknown> | undefined;

/**
 * Compiles the builder of a vouched household: `sources` in schema order (src/model/fast-validation.ts,
 * `vouchingPlan` of the household schema), each value found (further values and the members list
 * checked), then the household made by the maker of the set of values it has ({@link shapesOf}: an
 * object literal, keys in schema order at every level, as the validator's copy has them) and
 * `structure` (required keys present, lists within bounds; a condition on `m`) decided for that set;
 * past the kept makers, or with more than 52 sources, each value is stored in turn, nested objects
 * made on the way, and the structure tested on the object.
 *
 * @example
 * const build = compileVouchedHousehold(sources, plan.structure);
 * const household = build(values, members, also, false); // undefined: parse the raw household instead
 */
export function compileVouchedHousehold(sources: readonly VouchedSource[], structure: string): VouchedHouseholdFunction {
  const state: string[] = [];
  const plain = nestedConstructors(state);
  const body: string[] = ['const m = new Plain();', 'let x;'];
  // Each nested object is kept in a local (`o<n>`, undefined until its first value is stored): values
  // are stored in schema order, so an object's fields are stored one after another and are not read
  // back from their parent before each store.
  const locals = new Map<string, string>();
  const store = (segments: readonly (string | number)[], value: string): string => {
    if (segments.some((seg) => typeof seg === 'number')) return storeCode(segments, value, plain);
    let parent = 'm';
    const lines: string[] = [];
    for (let d = 1; d < segments.length; d++) {
      const prefix = segments.slice(0, d);
      const key = JSON.stringify(prefix);
      let name = locals.get(key);
      if (name === undefined) {
        name = `o${locals.size}`;
        locals.set(key, name);
        body.splice(2, 0, `let ${name};`);
      }
      lines.push(`if (${name} === undefined) { ${name} = new ${plain(prefix)}(); ${parent}[${JSON.stringify(segments[d - 1])}] = ${name}; }`);
      parent = name;
    }
    lines.push(`${parent}[${JSON.stringify(segments[segments.length - 1])}] = ${value};`);
    return `{ ${lines.join(' ')} }`;
  };
  const shapes = shapesOf(sources.map((s) => s.segments), structure);
  if (shapes !== undefined) {
    // Each value in a local of its own, then the household made at once by the maker of the set
    // of values it has (see shapesOf), its structure decided once per set.
    const values: string[] = [];
    const code: string[] = [];
    sources.forEach((s, i) => {
      const x = `x${i}`;
      values.push(x);
      const lines: string[] = [];
      if (s.members) lines.push(`let ${x} = members;`);
      else if (s.constant !== undefined) lines.push(`let ${x} = ${JSON.stringify(s.constant)};`);
      else if (s.field !== undefined) lines.push(s.eliminated ? `let ${x} = dropEliminated ? undefined : values[${s.field}];` : `let ${x} = values[${s.field}];`);
      else lines.push(`let ${x} = undefined;`);
      if (s.also !== undefined) {
        const copy = s.list ? ` if (Array.isArray(${x})) ${x} = [...${x}];` : '';
        lines.push(`if (${x} === undefined) { ${x} = also[${s.also}]; if (${x} !== undefined) { if (!a${i}(${x})) return undefined;${copy} } }`);
      } else if (s.accept && s.field === undefined) {
        lines.push(`if (${x} !== undefined && !a${i}(${x})) return undefined;`);
      }
      code.push(lines.join(' '));
    });
    const shapeState: string[] = [];
    code.push(...shapeCode(values, shapeState, 'return undefined;'), 'return m;');
    const names = sources.map((_, i) => `a${i}`);
    const source = `${shapeState.join('\n')}\nreturn function vouchedHousehold(values, members, also, dropEliminated) {\n${code.join('\n')}\n};`;
    const make = compileGenerated<(shapeOf: unknown, structure: unknown, kept: unknown, ...fns: unknown[]) => VouchedHouseholdFunction>(['shapeOf', 'structure', 'kept', ...names], source);
    return make(shapes.shapeOf, shapes.structure, shapes.kept, ...sources.map((s) => s.accept));
  }
  sources.forEach((s, i) => {
    const lines: string[] = [];
    if (s.members) lines.push('x = members;');
    else if (s.constant !== undefined) lines.push(`x = ${JSON.stringify(s.constant)};`);
    else if (s.field !== undefined) lines.push(s.eliminated ? `x = dropEliminated ? undefined : values[${s.field}];` : `x = values[${s.field}];`);
    else lines.push('x = undefined;');
    if (s.also !== undefined) {
      const copy = s.list ? ' if (Array.isArray(x)) x = [...x];' : '';
      lines.push(`if (x === undefined) { x = also[${s.also}]; if (x !== undefined) { if (!a${i}(x)) return undefined;${copy} } }`);
    } else if (s.accept && s.field === undefined) {
      lines.push(`if (x !== undefined && !a${i}(x)) return undefined;`);
    }
    lines.push(`if (x !== undefined) ${store(s.segments, 'x')}`);
    body.push(lines.join(' '));
  });
  body.push(`if (!(${structure})) return undefined;`, 'return m;');
  const names = sources.map((_, i) => `a${i}`);
  const source = `${state.join('\n')}\n${PLAIN}\nreturn function vouchedHousehold(values, members, also, dropEliminated) {\n${body.join('\n')}\n};`;
  const make = compileGenerated<(...fns: unknown[]) => VouchedHouseholdFunction>(names, source);
  return make(...sources.map((s) => s.accept));
}
