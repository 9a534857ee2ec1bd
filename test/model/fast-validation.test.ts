/**
 * The fast validation path accepts exactly what the zod schema accepts, and returns what it
 * returns: on arbitrary JSON and arbitrary values, on valid households, and on single-field
 * mutations of valid households (wrong type, value outside an enum, three-decimal money, bad dates,
 * unknown keys at every level, missing fields). Both forms of the fast path are checked: the
 * generated validator and the closures used where code cannot be generated.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { z } from 'zod';
import { HouseholdSchema } from '../../src/model/household.js';
import { fastHouseholdIssues, fastValidator, fromPrebuilt, parseHouseholdOfVouchedMembers, prebuiltValidatorsModule, REJECT, type Validator } from '../../src/model/fast-validation.js';
import { PREBUILT_VALIDATORS, type PrebuiltValidator } from '../../src/model/prebuilt-validators.js';
import { fromZodIssues } from '../../src/model/validation.js';
import { parseHousehold } from '../../src/index.js';
import { householdArb } from '../arbitraries.js';
import { richHouseholdArb } from '../perf/households.js';

const compiled = z.compile(HouseholdSchema);
const generated = fastValidator(HouseholdSchema)!;
const closures = fastValidator(HouseholdSchema, { generate: false })!;
// What the build writes in place of src/model/prebuilt-validators.ts (tsup.config.ts): the same generator's
// source as functions of the bundle, evaluated here as the build's module is.
const built = ((await import(`data:text/javascript,${encodeURIComponent(prebuiltValidatorsModule())}`)) as { PREBUILT_VALIDATORS: { household: PrebuiltValidator; trustingMembers: PrebuiltValidator } }).PREBUILT_VALIDATORS;
const prebuilt = fromPrebuilt(built.household)!;
const prebuiltTrusting = fromPrebuilt(built.trustingMembers)!;

/** Keys in order, recursively (deep equality ignores key order; zod's output has the schema's). */
function keyOrder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(keyOrder);
  if (v !== null && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, keyOrder(x)]);
  return v;
}

/** No object or array of the output is an object or array of the input. */
function sharesNothing(input: unknown, output: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (v: unknown) => {
    if (v !== null && typeof v === 'object') {
      seen.add(v);
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(input);
  let shared = false;
  const check = (v: unknown) => {
    if (v !== null && typeof v === 'object') {
      if (seen.has(v)) shared = true;
      for (const x of Object.values(v)) check(x);
    }
  };
  check(output);
  return !shared;
}

function expectSameAsZod(input: unknown): void {
  const expected = HouseholdSchema.safeParse(input);
  const viaCompiled = compiled.safeParse(input);
  expect(viaCompiled.success).toBe(expected.success);
  for (const [name, validate] of [
    ['generated', generated],
    ['closures', closures],
    ['prebuilt', prebuilt],
  ] as [string, Validator][]) {
    const r = validate(input);
    expect(r !== REJECT, `${name}: accepts exactly what zod accepts`).toBe(expected.success);
    if (expected.success) {
      expect(r, name).toStrictEqual(expected.data);
      expect(keyOrder(r), name).toEqual(keyOrder(expected.data));
      expect(sharesNothing(input, r), `${name}: a fresh object`).toBe(true);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations of one field of a valid household.
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];

function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const MUTATIONS = [
  'wrong-type',
  'enum-outside',
  'three-decimals',
  'three-decimals-number',
  'bad-date',
  'bad-month',
  'unknown-key',
  'delete',
  'undefined',
  'null',
  'negative',
  'blank',
  'empty-array',
  'nan',
  'infinity',
  'array-hole',
] as const;
type Mutation = (typeof MUTATIONS)[number];

function replacement(kind: Mutation, old: unknown): unknown {
  switch (kind) {
    case 'wrong-type':
      return typeof old === 'string' ? 42 : typeof old === 'number' ? String(old) : typeof old === 'boolean' ? 'true' : Array.isArray(old) ? {} : old !== null && typeof old === 'object' ? [] : 'x';
    case 'enum-outside':
      return 'not-a-value';
    case 'three-decimals':
      return '12.345';
    case 'three-decimals-number':
      return 12.345;
    case 'bad-date':
      return '2023-02-30';
    case 'bad-month':
      return '2023-13';
    case 'null':
      return null;
    case 'negative':
      return typeof old === 'number' ? -1 : '-1.00';
    case 'blank':
      return '   ';
    case 'empty-array':
      return [];
    case 'nan':
      return Number.NaN;
    case 'infinity':
      return Number.POSITIVE_INFINITY;
    default:
      return undefined;
  }
}

/** The household with one mutation at one path (a deep copy; the input is not touched). */
function mutate(input: unknown, path: Path, kind: Mutation): unknown {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  if (path.length === 0) {
    if (kind === 'unknown-key') return { ...copy, extra: 1 };
    return replacement(kind, copy);
  }
  let parent: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  if (kind === 'unknown-key') {
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)['unknownField'] = true;
    else if (!Array.isArray(parent)) parent['unknownField'] = true;
    return copy;
  }
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
    return copy;
  }
  if (kind === 'array-hole') {
    if (Array.isArray(target)) target.length += 1;
    return copy;
  }
  parent[last] = replacement(kind, target);
  return copy;
}

const mutatedArb = fc
  .tuple(fc.oneof(richHouseholdArb, householdArb), fc.nat(), fc.constantFrom(...MUTATIONS))
  .map(([h, n, kind]) => {
    const all = paths(h);
    return mutate(h, all[n % all.length]!, kind);
  });

describe('the fast validation path answers as the zod schema does', () => {
  test.prop([richHouseholdArb], { numRuns: 300 })('valid rich households: accepted, with the schema\'s output (same values, same key order, fresh objects)', (h) => {
    expect(generated(h)).not.toBe(REJECT);
    expectSameAsZod(h);
  });

  test.prop([householdArb], { numRuns: 200 })('valid households from test/arbitraries.ts: the same', (h) => expectSameAsZod(h));

  test.prop([mutatedArb], { numRuns: 3000 })('one field mutated (wrong type, outside an enum, 3-decimal money, bad date, unknown key at any level, deleted, undefined, null, …): accepted exactly when zod accepts', (h) =>
    expectSameAsZod(h),
  );

  test.prop([fc.jsonValue()], { numRuns: 1000 })('arbitrary JSON: rejected or accepted as zod does', (v) => expectSameAsZod(v));

  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true })], { numRuns: 1000 })(
    'arbitrary values (null prototypes, boxed values, sparse arrays): as zod does',
    (v) => expectSameAsZod(v),
  );

  test.prop([fc.oneof(richHouseholdArb, householdArb).map((h) => JSON.parse(JSON.stringify(h)) as unknown)], { numRuns: 200 })(
    'records read from JSON text: accepted, same output',
    (h) => expectSameAsZod(h),
  );

  it('reads records as zod does: inherited keys, null prototypes, non-enumerable fields, present undefined', () => {
    const base = structuredClone({ id: 'H1', povertyAlleviated: false, members: [{ name: '王一', sex: 'male', relation: 'head' }], income: { wage: 1, operating: 0, property: 0, transfer: 0, operatingExpense: 0 } });
    const inheritedUnknown = Object.assign(Object.create({ extra: 1 }), base);
    const inheritedKnown = Object.assign(Object.create({ riskNote: '继承' }), base);
    const nullProto = Object.assign(Object.create(null), base);
    const hiddenOptional = { ...base };
    Object.defineProperty(hiddenOptional, 'riskNote', { value: '不可枚举', enumerable: false });
    const hiddenRequired = { ...base } as Record<string, unknown>;
    delete hiddenRequired.povertyAlleviated;
    Object.defineProperty(hiddenRequired, 'povertyAlleviated', { value: true, enumerable: false });
    const presentUndefined = { ...base, riskNote: undefined, discoveredOn: undefined };
    const requiredUndefined = { ...base, id: undefined };
    const protoKey = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    const ownProto = Object.assign(protoKey, base);
    for (const input of [base, inheritedUnknown, inheritedKnown, nullProto, hiddenOptional, hiddenRequired, presentUndefined, requiredUndefined, ownProto, new Date(0), [base], 'H1', null, undefined]) {
      expectSameAsZod(input);
    }
    // A field present with the value undefined stays (as undefined) in the output, as in zod.
    expect(Object.keys(generated(presentUndefined) as object)).toContain('riskNote');
  });

  it('parseHousehold never throws, even for a record whose getters throw, and returns a fresh household', () => {
    const base = { id: 'H1', povertyAlleviated: false, members: [{ name: '王一', sex: 'male', relation: 'head' }], income: { wage: 1, operating: 0, property: 0, transfer: 0, operatingExpense: 0 } };
    const throwing = { ...base };
    Object.defineProperty(throwing, 'riskNote', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(base, {
      ownKeys() {
        throw new Error('boom');
      },
    });
    for (const input of [throwing, proxy]) expect(() => parseHousehold(input)).not.toThrow();
    const r = parseHousehold(base);
    expect(r.ok && r.household !== (base as unknown)).toBe(true);
    expect(r.ok && r.household.members[0] !== base.members[0]).toBe(true);
  });
});

/** The issues parseHousehold reported before the fast rejection path: zod's, converted. */
function zodIssues(input: unknown) {
  const r = HouseholdSchema.safeParse(input);
  return r.success ? undefined : fromZodIssues(r.error.issues, input);
}

/** The fast rejection path reports zod's issues (path, code, message, order) whenever it answers, and parseHousehold reports them either way. */
function expectSameIssuesAsZod(input: unknown): boolean {
  const expected = zodIssues(input);
  const fast = fastHouseholdIssues(input);
  if (expected === undefined) expect(fast, 'no issue for a record zod accepts').toBeUndefined();
  else if (fast !== undefined) expect(fromZodIssues(fast, input)).toStrictEqual(expected);
  const parsed = parseHousehold(input);
  expect(parsed.ok ? undefined : parsed.issues).toStrictEqual(expected);
  return fast !== undefined;
}

/** A valid household with several fields mutated at once (each mutation as above). */
const multiMutatedArb = fc
  .tuple(fc.oneof(richHouseholdArb, householdArb), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MUTATIONS)), { minLength: 2, maxLength: 4 }))
  .map(([h, changes]) => {
    let out: unknown = h;
    for (const [n, kind] of changes) {
      const all = paths(out);
      out = mutate(out, all[n % all.length]!, kind);
    }
    return out;
  });

describe('a rejected record: the fast path reports the issues zod reports (S000: a bad record is named, field by field)', () => {
  test.prop([mutatedArb], { numRuns: 3000 })('one field mutated: the same issues as zod (path, code, message, in order)', (h) => {
    expectSameIssuesAsZod(h);
  });

  test.prop([multiMutatedArb], { numRuns: 1500 })('several fields mutated at once: the same issues as zod, in order', (h) => {
    expectSameIssuesAsZod(h);
  });

  test.prop([fc.oneof(richHouseholdArb, householdArb)], { numRuns: 200 })('a valid household: no issue', (h) => {
    expect(fastHouseholdIssues(h)).toBeUndefined();
    expectSameIssuesAsZod(h);
  });

  test.prop([fc.jsonValue()], { numRuns: 500 })('arbitrary JSON: the same issues as zod', (v) => {
    expectSameIssuesAsZod(v);
  });

  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true })], { numRuns: 500 })('arbitrary values: the same issues as zod', (v) => {
    expectSameIssuesAsZod(v);
  });

  it('answers the common rejections itself: a required field left blank, a value outside its list, a malformed amount, a bad date', () => {
    const base = { id: 'H1', povertyAlleviated: false, members: [{ name: '王一', sex: 'male', relation: 'head' }], income: { wage: 1, operating: 0, property: 0, transfer: 0, operatingExpense: 0 } };
    const cases: unknown[] = [
      { ...base, members: [{ name: '王一', sex: 'male' }] },
      { ...base, members: [{ name: '王一', sex: 'male', relation: 'head', health: '患病' }] },
      { ...base, income: { ...base.income, wage: '12,34O.50' } },
      { ...base, income: { ...base.income, wage: '12.345' } },
      { ...base, discoveredOn: '2023-02-30' },
      { ...base, members: [{ name: '王一', sex: 'male', relation: 'head', birthDate: '9999-12-31' }], income: { ...base.income, transfer: '-1.00' } },
    ];
    for (const input of cases) expect(expectSameIssuesAsZod(input), JSON.stringify(input)).toBe(true);
    expect(fromZodIssues(fastHouseholdIssues(cases[0])!, cases[0])).toStrictEqual([{ path: 'members[0].relation', code: 'required', message: expect.objectContaining({ en: expect.stringContaining('required field is missing') }) }]);
  });
});

/** A household whose members are each what the member schema returns (as an importer vouches for them), or the input when it has no list of members. */
function withParsedMembers(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || !Array.isArray((input as { members?: unknown }).members)) return input;
  const members = ((input as { members: unknown[] }).members).map((m) => {
    const r = HouseholdSchema.shape.members.element.safeParse(m);
    return r.success ? r.data : m;
  });
  return { ...(input as object), members };
}

describe('the validators the build writes (src/model/prebuilt-validators.ts): the generator\'s own source, built from the schema at each build', () => {
  it('from the sources there is none: the validators are generated at load and on first use', () => {
    expect(PREBUILT_VALIDATORS).toBeUndefined();
    expect(built.household).toBeTypeOf('function');
    expect(built.trustingMembers).toBeTypeOf('function');
  });

  // The household validator is held to zod above (`prebuilt` in expectSameAsZod, every property).

  test.prop([fc.oneof(mutatedArb, multiMutatedArb.map(withParsedMembers), fc.oneof(richHouseholdArb, householdArb).map(withParsedMembers))], { numRuns: 2000 })(
    'the validator of a household whose members were vouched for answers as the one generated at run time (parseHouseholdOfVouchedMembers)',
    (h) => {
      const r = prebuiltTrusting(h);
      const expected = parseHouseholdOfVouchedMembers(h);
      expect(r === REJECT ? undefined : r).toStrictEqual(expected);
      if (expected !== undefined) {
        expect(keyOrder(r)).toEqual(keyOrder(expected));
        expect((r as { members: unknown }).members).toBe((h as { members: unknown }).members);
      }
    },
  );

  it('a changed schema changes what the build writes: the text is computed from the schema, nothing is kept from an earlier build', async () => {
    const changed = z.strictObject({ ...HouseholdSchema.shape, extraField: z.string().optional() });
    const text = prebuiltValidatorsModule(changed);
    expect(text).not.toBe(prebuiltValidatorsModule());
    const { PREBUILT_VALIDATORS: other } = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { PREBUILT_VALIDATORS: { household: PrebuiltValidator } };
    const h = { id: 'H1', povertyAlleviated: false, members: [{ name: '王一', sex: 'male', relation: 'head' }], income: { wage: 1, operating: 0, property: 0, transfer: 0, operatingExpense: 0 } };
    expect(prebuilt({ ...h, extraField: 'x' })).toBe(REJECT);
    expect(fromPrebuilt(other.household)!({ ...h, extraField: 'x' })).toStrictEqual(changed.parse({ ...h, extraField: 'x' }));
  });
});
