/**
 * Issue 12 item 15 — a robustness suite that stays: fast-check properties over the public
 * functions with arbitrary JSON, adversarial money and dates, `__proto__` keys and odd options.
 * Each function either answers (plain JSON, nothing unmasked) or throws one of the library's typed
 * errors naming what is wrong — never a TypeError or RangeError from inside — and nothing invalid is
 * accepted in silence (a bad option throws; a bad record is rejected with issues).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  assessHousehold,
  CalendarCoverageError,
  checkDataQuality,
  classifyMonitoring,
  computeIncome,
  getProfile,
  HolidayNoticeError,
  InvalidOptionError,
  isModelDate,
  maskIdNumbersInText,
  MissingParameterError,
  parseHousehold,
  ProfileDefinitionError,
  renderExplanation,
  rescore,
  safeDefineHolidayNotices,
  safeDefineProfile,
  defineProfile,
  UnknownProfileError,
  validateIdNumber,
  addWorkingDays,
} from '../../src/index.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { ImportError, readRecords } from '../../src/io/index.js';
import { checkZip } from '../../src/io/zip-check.js';
import { householdArb } from '../arbitraries.js';

/** The library's typed errors: anything else thrown is a bug. */
const TYPED = [InvalidOptionError, MissingParameterError, UnknownProfileError, ProfileDefinitionError, HolidayNoticeError, CalendarCoverageError, ImportError];
const isTyped = (e: unknown) => TYPED.some((T) => e instanceof T);

/** Calls `f`; a throw must be a typed error. Returns the value, or the error. */
function typedOrValue<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (e) {
    if (!isTyped(e)) throw new Error(`untyped throw: ${(e as Error)?.stack ?? String(e)}`);
    return e as Error;
  }
}

const jinan = getProfile('fujian/jinan/2023');
const longkou = getProfile('shandong/longkou/2021');

/** Adversarial dates: real, impossible, out of range, malformed, other types. */
const dateish = fc.oneof(
  fc.constantFrom('2023-12-15', '2023-02-29', '2024-02-29', '2023-02-30', '2023-2-3', '', '9999-12-31', '0000-01-01', '1799-12-31', '1800-01-01', '2199-12-31', '2200-01-01', '2023-12-15T00:00:00Z', ' 2023-12-15', '２０２３-１２-１５'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
);

/** Adversarial money: decimals, too many places, separators, signs, exponents, huge, non-finite. */
const moneyish = fc.oneof(
  fc.constantFrom('0', '12345.60', '12345.678', '1,000', '¥100', '-0.01', '1e3', ' 12', '1e21', '99999999999999.99', 'NaN', '0x10', '１２'),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 10 }),
  fc.constant(null),
);

/** JSON text with `__proto__`, `constructor` and `prototype` keys as own properties, parsed. */
const protoJson = fc
  .record({ key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), value: fc.jsonValue({ maxDepth: 2 }) })
  .map(({ key, value }) => `{${JSON.stringify(key)}: ${JSON.stringify(value)}, "id": "H1"}`);

describe('the model: arbitrary input is answered, never thrown on (issue 12 item 15)', () => {
  test.prop([fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withBoxedValues: true }))], { numRuns: 300 })('parseHousehold never throws; an issue names a path and says what was expected in both languages', (v) => {
    const r = parseHousehold(v);
    if (r.ok) return;
    expect(r.issues.length).toBeGreaterThan(0);
    for (const i of r.issues) {
      expect(typeof i.path).toBe('string');
      expect(i.message.zh.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  test.prop([householdArb, protoJson], { numRuns: 100 })('`__proto__` and other prototype names as keys are refused by name, at the top and inside, never merged in silence', (h, json) => {
    const extra = JSON.parse(json) as Record<string, unknown>;
    const key = Object.keys(extra)[0]!;
    const top = parseHousehold({ ...JSON.parse(JSON.stringify(h)), ...extra });
    expect(top.ok).toBe(false);
    const inside = JSON.parse(JSON.stringify(h));
    inside.income = { ...inside.income, ...JSON.parse(json.replace(', "id": "H1"', '')) };
    const r = parseHousehold(inside);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path).join(' ')).toContain(key === '__proto__' ? '__proto__' : key);
  });

  test.prop([householdArb, moneyish, fc.constantFrom('wage', 'operating', 'property', 'transfer', 'operatingExpense', 'claims', 'compliantOutOfPocket')], { numRuns: 300 })(
    'adversarial money: rejected at its path, or accepted and computed exactly (decimal strings, two places)',
    (h, money, field) => {
      const input = { ...h, income: { ...h.income, [field]: money } };
      const r = parseHousehold(input);
      if (!r.ok) {
        expect(r.issues.some((i) => i.path === `income.${field}`)).toBe(true);
        return;
      }
      const income = computeIncome(r.household, jinan);
      for (const v of [income.netIncome, income.perCapitaNetIncome, income.referenceIncome, income.perCapitaReferenceIncome]) expect(v).toMatch(/^-?\d+\.\d\d$/);
    },
  );

  test.prop([householdArb, dateish], { numRuns: 300 })('adversarial dates in a record: rejected at their path, or within the model range and assessed without an untyped throw', (h, date) => {
    const input = { ...h, monitoring: { category: 'marginal', identifiedOn: date }, discoveredOn: date };
    const r = parseHousehold(input);
    if (!r.ok) return;
    expect(isModelDate(r.household.monitoring!.identifiedOn)).toBe(true);
    for (const explain of [true, false]) typedOrValue(() => assessHousehold(r.household, longkou, { asOf: '2021-09-30', explain }));
  });

  test.prop([fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9\uFF10-\uFF19Xx ]{10,24}$/))], { numRuns: 500 })('validateIdNumber never throws; masking leaves no ID-shaped text and keeps the length', (s) => {
    const info = validateIdNumber(s);
    expect(info.valid).toBe(info.problems.length === 0);
    const masked = maskIdNumbersInText(s);
    expect(containsUnmaskedIdNumber(masked)).toBe(false);
    expect(masked.length).toBe(s.length);
  });
});

describe('options: a bad one is an InvalidOptionError, a good one is used (issue 12 item 15)', () => {
  const household = (() => {
    const r = parseHousehold({ id: 'H1', povertyAlleviated: false, members: [{ name: '王', sex: 'male', relation: 'head', birthDate: '1970-01-01' }], income: { wage: '3000', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } });
    if (!r.ok) throw new Error('fixture');
    return r.household;
  })();

  test.prop([dateish, fc.oneof(fc.boolean(), fc.constant(undefined), fc.string({ maxLength: 3 }), fc.integer())], { numRuns: 300 })(
    'assessHousehold and the layers: asOf and explain are used when valid, refused (InvalidOptionError) when not — never ignored',
    (asOf, explain) => {
      const valid = isModelDate(asOf) && (explain === undefined || typeof explain === 'boolean');
      for (const f of [assessHousehold, classifyMonitoring, computeIncome, checkDataQuality] as const) {
        const out = typedOrValue(() => (f as (h: unknown, p: unknown, o: unknown) => unknown)(household, jinan, { asOf, explain }));
        if (!valid) {
          expect(out).toBeInstanceOf(InvalidOptionError);
          expect(['asOf', 'explain']).toContain((out as InvalidOptionError).option);
        } else expect(out instanceof InvalidOptionError).toBe(false);
      }
    },
  );

  test.prop([fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })], { numRuns: 200 })('an unknown option key is refused by name', (extra) => {
    const keys = Object.keys(extra).filter((k) => !['asOf', 'explain', 'holidays'].includes(k));
    const out = typedOrValue(() => assessHousehold(household, jinan, extra as never));
    if (keys.length > 0) expect(out).toBeInstanceOf(InvalidOptionError);
  });

  test.prop([fc.oneof(fc.constantFrom('zh', 'en', 'both', undefined), fc.string({ maxLength: 4 }))], { numRuns: 100 })('renderExplanation: a language it has, or InvalidOptionError — never "undefined" in the text', (language) => {
    const out = typedOrValue(() => renderExplanation(assessHousehold(household, jinan), { language: language as never }));
    if (typeof out === 'string') expect(out).not.toContain('undefined');
    else expect(out).toBeInstanceOf(InvalidOptionError);
  });

  test.prop([fc.record({ asOf: dateish, workers: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.double()), batchSize: fc.oneof(fc.integer({ min: -1, max: 50 }), fc.constant(undefined)) }, { requiredKeys: [] }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 })], { numRuns: 60 })(
    'rescore: bad options throw at the call; good ones give every item back once (in = results + rejected)',
    async (options, items) => {
      // A valid worker count, or none (the default: every core), is scored in this thread: worker threads are the integration project's (test/rescore/workers.test.ts).
      const valid = options.workers === undefined || (typeof options.workers === 'number' && options.workers >= 1 && Number.isInteger(options.workers));
      const run = typedOrValue(() => rescore(items, jinan, { ...options, workers: valid ? 1 : options.workers } as never));
      if (run instanceof Error) {
        expect(run).toBeInstanceOf(InvalidOptionError);
        return;
      }
      let n = 0;
      for await (const _ of run) n++;
      const s = run.summary();
      expect(n).toBe(items.length);
      expect(s.in).toBe(s.results + s.rejected);
    },
  );
});

describe('profiles and holiday notices from JSON (issue 12 item 15)', () => {
  const cite = { doc: '榕晋乡振〔2023〕12号', clause: '一' };
  const profileArb = fc.record(
    {
      id: fc.oneof(fc.constantFrom('test/x/2023', 'constructor', 'fujian/jinan/2023', '__proto__', 'a/b'), fc.string({ maxLength: 12 })),
      extends: fc.constantFrom('national/2021', 'fujian/jinan/2023', 'nowhere'),
      title: fc.constant({ zh: '测试', en: 'test' }),
      parameters: fc.record({ monitoringLine: fc.array(fc.record({ from: dateish, to: dateish, value: moneyish, citation: fc.constant(cite) }), { maxLength: 2 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: ['id', 'title'] },
  );

  test.prop([fc.oneof(profileArb, fc.jsonValue({ maxDepth: 3 }), protoJson.map((j) => JSON.parse(j)))], { numRuns: 300 })('safeDefineProfile never throws; defineProfile throws only ProfileDefinitionError; what is accepted has positive lines and model dates', (input) => {
    const r = safeDefineProfile(input);
    const thrown = typedOrValue(() => defineProfile(input));
    if (!r.ok) {
      expect(thrown).toBeInstanceOf(ProfileDefinitionError);
      return;
    }
    for (const v of (r.profile.parameters.monitoringLine ?? []) as unknown as { from: string; to?: string; value: string | number }[]) {
      expect(Number(v.value)).toBeGreaterThan(0);
      expect(isModelDate(v.from)).toBe(true);
    }
  });

  test.prop([fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ doc: fc.string({ maxLength: 5 }), year: fc.integer({ min: 2025, max: 2029 }), issued: dateish, arrangements: fc.array(fc.record({ clause: fc.string({ maxLength: 2 }), festival: fc.constant({ zh: '元旦', en: 'NY' }), quote: fc.string({ maxLength: 12 }), rest: fc.tuple(dateish, dateish), workdays: fc.array(dateish, { maxLength: 2 }) }), { maxLength: 2 }) }))], { numRuns: 300 })(
    'safeDefineHolidayNotices never throws; accepted notices build a calendar',
    (input) => {
      const r = safeDefineHolidayNotices(input);
      if (r.ok) for (const n of r.notices) expect(n.year).toBeGreaterThan(2026);
    },
  );

  test.prop([dateish, fc.integer({ min: -400, max: 400 })], { numRuns: 200 })('addWorkingDays: a date in the calendar, or CalendarCoverageError; a malformed date is a RangeError naming it', (date, n) => {
    try {
      const d = addWorkingDays(date as string, n);
      expect(isModelDate(d)).toBe(true);
    } catch (e) {
      if (e instanceof CalendarCoverageError) return;
      expect(e).toBeInstanceOf(RangeError);
      expect((e as Error).message).toMatch(/ISO calendar date|integer/);
    }
  });
});

describe('importers: any bytes are records or an ImportError (issue 12 item 15)', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.string({ maxLength: 300 }).map((s) => Buffer.from(`户编号,姓名,证件号码,性别\n${s}`)),
    fc.constantFrom(Buffer.from('PK\u0003\u0004'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"__proto__":{"x":1}}\n{"id":"H1"}\n'), Buffer.alloc(0)),
  );

  test.prop([bytes, fc.constantFrom('csv', 'ndjson', 'xlsx', undefined)], { numRuns: 150 })('readRecords over arbitrary bytes: records with problems, or an ImportError — every row accounted for', async (b, format) => {
    try {
      for await (const rec of readRecords([b], format ? { format } : {})) {
        expect(rec.position).toBeGreaterThanOrEqual(0);
        expect(Array.isArray(rec.problems)).toBe(true);
      }
    } catch (e) {
      if (!(e instanceof ImportError)) throw new Error(`untyped throw: ${(e as Error)?.stack ?? String(e)}`);
    }
  });

  test.prop([fc.uint8Array({ maxLength: 400 })], { numRuns: 150 })('checkZip over arbitrary bytes resolves or throws ImportError (format), never hangs', async (b) => {
    try {
      await checkZip(b);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
    }
  });
});
