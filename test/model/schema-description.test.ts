/**
 * The household schema's description (src/model/schema-description.ts), which the build writes and
 * the importer's vouching plan and the explanation of a rejected record read instead of the zod
 * schemas (docs/decisions.md, "… twelfth slice: startup"): the build's text describes what the zod
 * schemas say (computed from them at run time, here), and the plans made from it are the ones the
 * zod walk made (test/model/support/zod-vouching.ts, the code before this slice). The explanation's
 * issues are held to zod's `safeParse` by test/model/fast-validation.test.ts ("a rejected record: …").
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { z } from 'zod';
import { HouseholdSchema, MemberSchema, MeasureSchema, MODEL_OBJECTS, RiskTypeSchema } from '../../src/model/household.js';
import { checkGiven, checkGivenOf, describedAt, vouchingPlan, vouchingPlanOf, type Guarantee, type SchemaPath, type VouchingPlan } from '../../src/model/fast-validation.js';
import { describeSchema, householdDescription, prebuiltDescriptionModule, type SchemaNode } from '../../src/model/schema-description.js';
import { PREBUILT_DESCRIPTION } from '../../src/model/prebuilt-description.js';
import { planColumns, type ColumnPlan } from '../../src/io/assemble.js';
import { HEADER_MAPPINGS } from '../../src/io/headers.js';
import { NARROW_HEADERS, VILLAGE_HEADERS } from '../../examples/make-village.js';
import { exportCells } from '../support/export-cells.js';
import { zodCheckGiven, zodVouchingPlan } from './support/zod-vouching.js';

/** The description the build writes, read back from its text as the bundle reads it. */
async function builtDescription(schema?: z.ZodType): Promise<SchemaNode> {
  const text = schema ? prebuiltDescriptionModule(schema) : prebuiltDescriptionModule();
  return ((await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { PREBUILT_DESCRIPTION: SchemaNode }).PREBUILT_DESCRIPTION;
}

/** Every part the fast path does not model, by path (none in the household). */
function unsupportedParts(node: SchemaNode, at = ''): string[] {
  const out: string[] = [];
  if (node.kind === 'other') out.push(`${at}: ${node.type}`);
  else if ('unsupported' in node && node.unsupported !== undefined) out.push(`${at}: ${node.unsupported}`);
  if (node.kind === 'object') for (const f of node.fields) out.push(...(f.unsupported ? [`${at}.${f.key}: ${f.unsupported}`] : []), ...unsupportedParts(f.node, `${at}.${f.key}`));
  if (node.kind === 'array') out.push(...unsupportedParts(node.element, `${at}[]`));
  if (node.kind === 'union') node.options.forEach((o, i) => out.push(...unsupportedParts(o, `${at}|${i}`)));
  return out;
}

describe('the description the build writes is the one computed from the zod schemas', () => {
  it('from the sources there is none: it is computed from HouseholdSchema on first use', () => {
    expect(PREBUILT_DESCRIPTION).toBeUndefined();
    expect(householdDescription()).toStrictEqual(describeSchema(HouseholdSchema));
  });

  it('the build\'s text, read back, equals the description computed at run time; every part is modelled and every object named', async () => {
    const built = await builtDescription();
    expect(built).toStrictEqual(JSON.parse(JSON.stringify(describeSchema(HouseholdSchema))));
    expect(unsupportedParts(built)).toEqual([]);
    const names: string[] = [];
    const walk = (n: SchemaNode): void => {
      if (n.kind === 'object') {
        names.push(n.name ?? '(unnamed)');
        n.fields.forEach((f) => walk(f.node));
      } else if (n.kind === 'array') walk(n.element);
      else if (n.kind === 'union') n.options.forEach(walk);
    };
    walk(built);
    expect(new Set(names)).toEqual(new Set(MODEL_OBJECTS.keys()));
  });

  it('each named object\'s fields are the stand-ins its built shape holds, in shape order', () => {
    for (const [name, o] of MODEL_OBJECTS) {
      const shape = (o.schema as unknown as z.ZodObject).shape as Record<string, unknown>;
      expect(Object.keys(shape), name).toEqual(Object.keys(o.fields));
      for (const key of Object.keys(shape)) expect(shape[key] === o.fields[key], `${name}.${key}`).toBe(true);
    }
    expect(HouseholdSchema.shape.income === MODEL_OBJECTS.get('Income')!.schema).toBe(true);
    expect(HouseholdSchema.shape.members.element === MemberSchema).toBe(true);
  });

  it('a changed schema changes the description: it is computed from the schema at each build', async () => {
    const changed = z.strictObject({ ...HouseholdSchema.shape, extraField: z.string().optional() });
    const built = await builtDescription(changed);
    expect(built).not.toStrictEqual(await builtDescription());
    expect(describedAt(built, ['extraField'])).toStrictEqual({ kind: 'string' });
    // A part not modelled is described with its reason; the build refuses a value JSON cannot hold.
    expect(describeSchema(z.strictObject({ a: z.string().min(2), b: z.object({}) }))).toMatchObject({ fields: [{ node: { kind: 'string', unsupported: 'checks on string' } }, { node: { kind: 'object', unsupported: 'non-strict object' } }] });
    expect(() => prebuiltDescriptionModule(z.strictObject({ n: z.literal(Number.NaN) }))).toThrow(/not JSON/);
  });
});

// The importer's column plans: the example's and the generated wide export's header, the narrow
// export's, every mapped header (its usual spelling) and every mapping's last alias.
const headerSets: Record<string, readonly string[]> = {
  'generated wide export': exportCells(20, 2023, 5).header,
  'example (examples/make-village.ts)': VILLAGE_HEADERS,
  'narrow export': NARROW_HEADERS,
  'every mapped header': HEADER_MAPPINGS.map((m) => m.headers[0]!),
  'every mapping\'s last alias': HEADER_MAPPINGS.map((m) => m.headers[m.headers.length - 1]!),
};
const plans: [string, ColumnPlan][] = Object.entries(headerSets).map(([name, header]) => [name, planColumns(header)]);

/** The household paths of a plan's vouched household (its own fields, zero-filled amounts, the members list). */
const householdPaths = (plan: ColumnPlan): SchemaPath[] => [...plan.householdFields.filter((f) => !f.path.startsWith('$')).map((f) => f.segments), ...plan.zeroFill, ['members']];

const POOL = [...RiskTypeSchema.options, ...MeasureSchema.options, '护林员', '', ' ', '2023-01-01', '2023-02-30', '9999-12-31', '2023-01', '2023-13', '12.50', '12.505', '-1', '-0.00', 'male', 'head', true, false, 0, 1, 7, 1.5, -3, Number.NaN, null, undefined, {}];
const values = fc.oneof(fc.anything({ withSparseArray: true }), fc.constantFrom(...POOL), fc.array(fc.constantFrom(...POOL), { maxLength: 4 }));

/** The two plans agree: order, lists, structure, and each acceptor on every value given. */
function expectSamePlan(now: VouchingPlan | null, before: VouchingPlan | null, sample: readonly unknown[], label: string): void {
  expect(now === null, label).toBe(before === null);
  if (!now || !before) return;
  expect({ order: now.order, list: now.list, structure: now.structure }, label).toEqual({ order: before.order, list: before.list, structure: before.structure });
  for (let k = 0; k < now.accept.length; k++) for (const v of sample) expect(now.accept[k]!(v), `${label} #${k} ${String(v)}`).toBe(before.accept[k]!(v));
}

describe('the vouching plan and checkGiven from the description are the ones the zod walk made', () => {
  const household = householdDescription();
  const member = describedAt(household, ['members', 0])!;
  const sample = fc.sample(values, { numRuns: 300, seed: 14 });

  it.each(plans)('the importer\'s plans for %s: household (members vouched) and member', (_, plan) => {
    const paths = householdPaths(plan);
    expectSamePlan(vouchingPlanOf(household, paths, { vouched: new Set([describedAt(household, ['members'])]) }), zodVouchingPlan(HouseholdSchema, paths, { vouched: new Set([HouseholdSchema.shape.members]) }), sample, 'household');
    const memberPaths = plan.memberFields.map((f) => f.segments);
    expect(memberPaths.length).toBeGreaterThan(0);
    expectSamePlan(vouchingPlanOf(member, memberPaths), zodVouchingPlan(MemberSchema, memberPaths), sample, 'member');
    // The zod entry (the description of the schema given) answers the same.
    expectSamePlan(vouchingPlan(MemberSchema, memberPaths), zodVouchingPlan(MemberSchema, memberPaths), sample, 'member, zod entry');
  });

  it.each(plans)('checkGiven for every single-column field of %s, every guarantee', (_, plan) => {
    const accept = (v: unknown) => typeof v === 'string' && v.length > 1;
    const guarantees: (Guarantee | undefined)[] = [undefined, 'string', 'money', 'date', { values: ['a', 'bb'] }, { values: ['bb', 'cc', undefined] }];
    for (const [node, schema, fields] of [
      [household, HouseholdSchema, plan.householdFields],
      [member, MemberSchema, plan.memberFields],
    ] as const) {
      for (const f of fields) {
        for (const g of [...guarantees, f.columns[0]!.mapping.convert?.yields]) {
          const now = checkGivenOf(node, f.segments, g, accept);
          const before = zodCheckGiven(schema, f.segments, g, accept);
          expect(now === accept, `${f.path} ${JSON.stringify(g)}`).toBe(before === accept);
          expect(now === undefined, `${f.path} ${JSON.stringify(g)}`).toBe(before === undefined);
          if (now && before) for (const v of sample) expect(now(v), `${f.path} ${JSON.stringify(g)} ${String(v)}`).toBe(before(v));
          // The zod entry (the description of the schema given) answers the same kind of check.
          const entry = checkGiven(schema, f.segments, g, accept);
          expect([entry === accept, entry === undefined], `${f.path} ${JSON.stringify(g)}`).toEqual([now === accept, now === undefined]);
        }
      }
    }
  });

  // Paths of the household and its members, leaves and not, inside and outside the schema.
  const allPaths: SchemaPath[] = [
    ...plans.flatMap(([, p]) => householdPaths(p)),
    ['members', 0, 'name'], ['members', 1, 'relation'], ['members', 0, 'changes', 0, 'on'], ['members', 0, 'changes', 2, 'kind'], ['members', 0, 'employment', 0, 'start'],
    ['members', 0, 'publicWelfarePost'], ['members', -1, 'name'], ['members', 0.5], ['income'], ['income', 'breakdown', 'wage', 'other'], ['monitoring', 'eliminated', 'income', 'wage'],
    ['riskTypes'], ['riskTypes', 0], ['nickname'], ['income', 'wage', 'x'], ['events', 0, 'kind'], ['incomeHistory', 1, 'periodEnd'], [],
  ];
  test.prop([fc.uniqueArray(fc.constantFrom(...allPaths), { minLength: 1, maxLength: 12, selector: (p) => JSON.stringify(p) }), fc.boolean()], { numRuns: 500 })(
    'any set of paths, members vouched or not: the same plan (or none) as the zod walk',
    (paths, vouchMembers) => {
      expectSamePlan(
        vouchingPlanOf(household, paths, vouchMembers ? { vouched: new Set([describedAt(household, ['members'])]) } : {}),
        zodVouchingPlan(HouseholdSchema, paths, vouchMembers ? { vouched: new Set([HouseholdSchema.shape.members]) } : {}),
        sample.slice(0, 40),
        JSON.stringify(paths),
      );
    },
  );
});
