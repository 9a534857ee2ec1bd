/**
 * The parameter declarations' schemas built on first use (src/profile/lazy-schema.ts,
 * `defineParameter`): a lazy schema is built once, when first read, and from then on answers exactly
 * as the same schema built at once — the value, the issues (paths, codes, messages), `instanceof`,
 * its definition — so an importer of `TimeLimitSchema` or a reader of `PARAMETERS[key].schema` gets
 * a zod schema as before.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PARAMETERS, TimeLimitSchema } from '../../src/index.js';
import { lazySchema } from '../../src/profile/lazy-schema.js';
import { defineParameter } from '../../src/profile/parameter.js';
import { NonNegativeMoneySchema } from '../../src/model/primitives.js';
import { bandEnd, bandOrder } from '../../src/model/primitives.js';

/** A schema of the kinds the declarations use (object, band check, money, enum, array, union), built by `make`. */
const make = () =>
  z
    .strictObject({
      min: NonNegativeMoneySchema,
      max: NonNegativeMoneySchema,
      kind: z.enum(['a', 'b']),
      tags: z.array(z.string().min(1)).min(1).optional(),
      flag: z.union([z.boolean(), z.number().int().min(0).max(150)]),
    })
    .check(bandOrder(bandEnd));

const outcome = (r: { success: boolean; data?: unknown; error?: { issues: unknown[] } }) => (r.success ? { ok: r.data } : { issues: r.error!.issues });

describe('lazySchema: built on first use, then the schema itself', () => {
  it('builds nothing until read, then once', () => {
    let built = 0;
    const s = lazySchema(() => (built++, z.number().int()));
    expect(built).toBe(0);
    expect(s.safeParse(3).success).toBe(true);
    expect(s.safeParse(3.5).success).toBe(false);
    expect(built).toBe(1);
  });

  it('is a zod schema to whoever reads it: instanceof, its definition, its keys, inside another schema', () => {
    const eager = make();
    const lazy = lazySchema(make);
    expect(lazy instanceof z.ZodObject).toBe(true);
    expect(lazy instanceof z.ZodType).toBe(true);
    expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(eager));
    expect(lazy._zod.def.type).toBe('object');
    expect(Object.keys(lazy.shape)).toEqual(Object.keys(eager.shape));
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(eager).sort());
    const json = (s: z.ZodType) => z.toJSONSchema(s, { unrepresentable: 'any' });
    expect(json(z.array(lazy))).toEqual(json(z.array(eager)));
    expect(json(lazy.optional())).toEqual(json(eager.optional()));
  });

  const money = fc.oneof(
    fc.integer({ min: -100, max: 100_000 }).map((n) => (n / 100).toFixed(2)),
    fc.constantFrom('0', '12.5', '-1', '1e3', '', ' 3', '5733.33'),
    fc.anything(),
  );
  const candidate = fc.oneof(
    fc.record(
      {
        min: money,
        max: money,
        kind: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()),
        tags: fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.anything()),
        flag: fc.oneof(fc.boolean(), fc.integer({ min: -5, max: 200 }), fc.double(), fc.anything()),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  test.prop([candidate], { numRuns: 500 })('accepts and rejects what the schema built at once does, with the same value and issues', (input) => {
    const eager = make();
    const lazy = lazySchema(make);
    expect(outcome(lazy.safeParse(input))).toEqual(outcome(eager.safeParse(input)));
    // Inside another schema, as the declarations nest them.
    expect(outcome(z.array(lazy).safeParse([input]))).toEqual(outcome(z.array(eager).safeParse([input])));
  });
});

describe('defineParameter: the schema built when `schema` is first read', () => {
  it('builds the schema on the first read of `schema`, once, and keeps the declaration’s keys in order', () => {
    let built = 0;
    const d = defineParameter({
      key: 'testAge',
      group: 'quality',
      schema: () => (built++, z.number().int().min(0).max(150)),
      label: { zh: '年龄', en: 'age' },
      description: { zh: '年龄', en: 'age' },
    });
    expect(built).toBe(0);
    expect(Object.keys(d)).toEqual(['key', 'group', 'schema', 'label', 'description']);
    expect(d.schema.safeParse(150).success).toBe(true);
    expect(d.schema.safeParse(151).success).toBe(false);
    expect(d.schema).toBe(d.schema);
    expect(built).toBe(1);
  });

  it('every declared parameter’s schema is a zod schema when read, and the public TimeLimitSchema is one', () => {
    for (const [key, decl] of Object.entries(PARAMETERS)) {
      expect(decl.key).toBe(key);
      expect(decl.schema instanceof z.ZodType).toBe(true);
    }
    expect(TimeLimitSchema instanceof z.ZodObject).toBe(true);
    expect(TimeLimitSchema.safeParse({}).success).toBe(false);
  });
});
