/**
 * Checked once (issue 14): the importer leaves out the schema's check of a value — or the part of it
 * the converter covers — where the converter guarantees it (src/io/values.ts, `yields`;
 * src/model/fast-validation.ts, `checkGiven`). These properties hold each guarantee over arbitrary
 * cells, odd ones included (signs, thousands separators, leading zeros, exponents, full-width and
 * padded spellings, control and separator characters): for every import column whose converter
 * says what it yields, each value it returns passes what the importer still checks exactly when
 * it passes the schema's whole check at that path.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HEADER_MAPPINGS, unwrapCell, values as v } from '../../src/io/index.js';
import { splitPath } from '../../src/io/assemble.js';
import { HouseholdSchema, MemberSchema } from '../../src/model/household.js';
import { CalendarDateSchema, MoneySchema, NonNegativeMoneySchema } from '../../src/model/primitives.js';
import { isCalendarDate } from '../../src/model/calendar-date.js';
import { checkGiven, vouchingPlan } from '../../src/model/fast-validation.js';
import { UNREAD, type ValueConverter } from '../../src/io/values.js';

/** Every import column whose converter yields a guarantee, with the schema check the importer keeps for it and the whole one. */
const columns = HEADER_MAPPINGS.flatMap((m) => {
  const convert = m.convert as ValueConverter | undefined;
  if (!m.path || m.path.startsWith('$') || !convert?.yields) return [];
  const schema = m.level === 'member' ? MemberSchema : HouseholdSchema;
  const segments = splitPath(m.path);
  const whole = vouchingPlan(schema, [segments])?.accept[0];
  if (!whole) return [];
  return [{ key: m.key, convert, whole, kept: checkGiven(schema, segments, convert.yields, whole) }];
});

const spellings = [...new Set(HEADER_MAPPINGS.flatMap((m) => (m.convert as ValueConverter | undefined)?.vocabulary?.flatMap((e) => e.spellings) ?? []))];
const ODD = ['', ' ', '\u00a0', '\u3000', '\u2028', '\ufeff', '\t', '\u0000', '="', '"', '-', '+', '.', ',', '０', '１', 'e', 'E'];
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.stringMatching(/^[ +-]{0,2}[0-9]{0,13}(,[0-9]{3}){0,2}(\.[0-9]{0,4})?([eE][+-]?[0-9]{1,3})?$/),
  // Amounts of every length around the range's bound (100 billion yuan), with and without thousands separators.
  fc.tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.constantFrom('', '.', '.0', '.5', '.05', '.50', '.123', '.00', '.999'), fc.boolean()).map(([n, frac, thousands]) => (thousands ? n.toLocaleString('en-US') : String(n)) + frac),
  fc.tuple(fc.integer({ min: 1, max: 15 }), fc.constantFrom('', '-', '0', '00')).map(([digits, lead]) => lead + '9'.repeat(digits)),
  fc.tuple(fc.constantFrom(...spellings), fc.constantFrom(...ODD), fc.constantFrom(...ODD), fc.boolean()).map(([s, a, b, upper]) => a + (upper ? s.toUpperCase() : s) + b),
  fc.array(fc.constantFrom(...ODD, '0', '1', '9', '是', '否'), { maxLength: 8 }).map((a) => a.join('')),
  // Dates in every spelling the date converters take, real or not (month and day ends, leap years), around the range's bounds (1800-01-01 … 2199-12-31) and far outside it.
  fc.constantFrom('2023-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '1799-12-31', '2200-01-01', '20230229', '2023/2/29', '2023年2月29日'),
  fc
    .tuple(
      fc.oneof(fc.constantFrom(0, 1, 999, 1799, 1800, 1801, 1900, 2000, 2023, 2024, 2198, 2199, 2200, 9999), fc.integer({ min: 0, max: 9999 })),
      fc.oneof(fc.constantFrom(0, 1, 2, 4, 12, 13), fc.integer({ min: 0, max: 13 })),
      fc.oneof(fc.constantFrom(0, 1, 28, 29, 30, 31, 32), fc.integer({ min: 0, max: 32 })),
      fc.constantFrom('-', '/', '.', '年', '', 'ym', 'ym.0'),
      fc.boolean(),
      fc.constantFrom('', ' 08:30', 'T08:30:15', '日', '.0'),
    )
    .map(([y, m, d, sep, pad, tail]) => {
      const two = (n: number) => (pad || n >= 10 ? String(n).padStart(2, '0') : String(n));
      const year = String(y).padStart(4, '0');
      if (sep === 'ym') return `${year}${String(m).padStart(2, '0')}`;
      if (sep === 'ym.0') return `${year}${String(m).padStart(2, '0')}.0`;
      if (sep === '') return `${year}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${tail === '.0' ? '.0' : ''}`;
      if (sep === '年') return `${year}年${two(m)}月${two(d)}${tail === '日' ? '日' : ''}`;
      return `${year}${sep}${two(m)}${sep}${two(d)}${tail === '日' || tail === '.0' ? '' : tail}`;
    }),
);

describe('converters check once: what a converter guarantees, the schema does not check again', () => {
  it('the guarantees used: vocabularies, text and codes, amounts (and the importer keeps the non-negativity check of an income amount)', () => {
    const byKind = (kind: string) => columns.filter((c) => (typeof c.convert.yields === 'object' ? 'values' : c.convert.yields) === kind);
    expect(byKind('values').length).toBeGreaterThan(10);
    expect(byKind('string').length).toBeGreaterThan(3);
    expect(byKind('money').length).toBeGreaterThan(5);
    expect(byKind('date').length).toBeGreaterThan(3);
    // The member columns' vocabularies (性别, 与户主关系, 是/否 …) land in their schemas: no check left.
    expect(columns.filter((c) => c.key.startsWith('member.') && typeof c.convert.yields === 'object').every((c) => c.kept === undefined)).toBe(true);
    // An income amount keeps the test of its sign (NonNegativeMoneySchema), a name the non-empty check (text is only a string), a birth date the calendar check (the converter does not check the range).
    const kept = (key: string) => columns.find((c) => c.key === key)?.kept;
    expect([kept('income.wage')?.('-1'), kept('income.wage')?.('1')]).toEqual([false, true]);
    expect(kept('member.name')).toBeDefined();
    // A date converter returns real calendar dates only: a birth date keeps the range of CalendarDateSchema, on its bounds and one day either side.
    expect(['1799-12-31', '1800-01-01', '1800-01-02', '2199-12-30', '2199-12-31', '2200-01-01'].map((d) => kept('member.birthDate')?.(d))).toEqual([false, true, true, true, true, false]);
    expect(columns.find((c) => c.key === 'member.ethnicity')?.kept).toBeUndefined();
  });

  test.prop([cell], { numRuns: 3000 })('for every import column with a guarantee: a value its converter returns passes the check the importer keeps exactly when it passes the schema\'s whole check', (raw) => {
    const text = unwrapCell(raw);
    if (text === '') return;
    for (const c of columns) {
      const r = c.convert.convert(text);
      if (!r.ok || r.value === undefined) continue;
      expect(c.kept ? c.kept(r.value) : true, `${c.key} ${JSON.stringify(text)} → ${JSON.stringify(r.value)}`).toBe(c.whole(r.value));
    }
  });

  test.prop([cell], { numRuns: 3000 })('read without a wrapper ≡ convert: a converter\'s read(cell) is UNREAD exactly when convert(cell) is a problem, else the very value convert returns (text, codes, ID numbers, phones, amounts, numbers, dates)', (raw) => {
    const text = unwrapCell(raw);
    if (text === '') return;
    const readers = [...new Set([...HEADER_MAPPINGS.map((m) => m.convert as ValueConverter | undefined), v.text, v.code, v.idNumber, v.phone, v.money, v.number, v.date])].filter((c) => c?.read !== undefined) as ValueConverter[];
    expect(readers.length).toBeGreaterThanOrEqual(7);
    for (const c of readers) {
      const r = c.convert(text);
      const value = c.read!(text);
      if (value === UNREAD) expect(r.ok, `${c.name} ${JSON.stringify(text)}`).toBe(false);
      else {
        expect(r.ok, `${c.name} ${JSON.stringify(text)}`).toBe(true);
        if (r.ok) expect(Object.is(r.value, value), `${c.name} ${JSON.stringify(text)}`).toBe(true);
      }
    }
  });

  test.prop([cell], { numRuns: 3000 })('each guarantee holds against zod: vocabulary values, strings, amounts MoneySchema accepts (NonNegativeMoneySchema exactly when not negative), real calendar dates (CalendarDateSchema accepts them exactly within its range)', (raw) => {
    const text = unwrapCell(raw);
    if (text === '') return;
    for (const convert of [v.money, v.text, v.code, v.idNumber, v.phone, v.yesNo, v.sex, v.relation, v.householdType, v.disabilityGrade, v.date, v.monthDate]) {
      const r = convert.convert(text);
      if (!r.ok || r.value === undefined) continue;
      const y = convert.yields!;
      if (y === 'string') expect(typeof r.value).toBe('string');
      else if (y === 'money') {
        expect(MoneySchema.safeParse(r.value).success, JSON.stringify(text)).toBe(true);
        expect(NonNegativeMoneySchema.safeParse(r.value).success).toBe(!String(r.value).startsWith('-'));
      } else if (y === 'date') {
        expect(isCalendarDate(r.value), `${convert.name} ${JSON.stringify(text)} → ${JSON.stringify(r.value)}`).toBe(true);
        const value = r.value as string;
        expect(CalendarDateSchema.safeParse(value).success, JSON.stringify(value)).toBe(value >= '1800-01-01' && value <= '2199-12-31');
      } else expect(y.values).toContain(r.value);
    }
  });
});
