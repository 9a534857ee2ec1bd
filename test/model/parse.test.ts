import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseHousehold } from '../../src/index.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { DEFAULT_HOUSEHOLD, merge } from '../builders.js';
import { householdArb } from '../arbitraries.js';

const issuesOf = (input: unknown) => {
  const r = parseHousehold(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe('parseHousehold', () => {
  it('accepts the national form as JSON and returns a fresh household', () => {
    const r = parseHousehold(DEFAULT_HOUSEHOLD);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.household).toEqual(DEFAULT_HOUSEHOLD);
      expect(r.household).not.toBe(DEFAULT_HOUSEHOLD);
    }
  });

  it('names an unknown key by its path, never dropping it silently', () => {
    const issues = issuesOf(merge(DEFAULT_HOUSEHOLD, { income: { bonus: 100 } }));
    expect(issues).toEqual([expect.objectContaining({ path: 'income.bonus', code: 'unknown_key' })]);
    expect(issues[0]!.message.zh).toContain('bonus');
  });

  it('refuses money with three decimals, separators or the wrong type — no coercion', () => {
    const issues = issuesOf(merge(DEFAULT_HOUSEHOLD, { income: { wage: '1,200', operating: 0.005, property: true, transfer: '12.345' } }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['income.wage', 'invalid_money'],
      ['income.operating', 'invalid_money'],
      ['income.property', 'invalid_money'],
      ['income.transfer', 'invalid_money'],
    ]);
  });

  it('says a required field is missing, with what was expected', () => {
    const input = merge(DEFAULT_HOUSEHOLD, { income: { operatingExpense: undefined } });
    const [issue] = issuesOf(input);
    expect(issue).toMatchObject({ path: 'income.operatingExpense', code: 'required' });
    expect(issue!.message.en).toMatch(/required field is missing \(expected an amount/);
  });

  it('refuses impossible dates and wrong enum spellings, naming the allowed values', () => {
    const input = merge(DEFAULT_HOUSEHOLD, { members: [{ name: '甲', sex: '男', relation: 'head', birthDate: '2023-02-29' }] });
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['members[0].sex', 'invalid_value'],
      ['members[0].birthDate', 'invalid_date'],
    ]);
    expect(issues[0]!.message.en).toContain('"male", "female"');
  });

  it('needs at least one member', () => {
    expect(issuesOf({ ...DEFAULT_HOUSEHOLD, members: [] })).toEqual([expect.objectContaining({ path: 'members', code: 'too_small' })]);
  });

  it('never echoes an ID number, even in an unknown key or a wrong-type field', () => {
    const input = merge(DEFAULT_HOUSEHOLD, { members: [{ name: '甲', sex: 'male', relation: 'head', idNumber: 11010519491231002, '11010519491231002X': 1 }] });
    const issues = issuesOf(input);
    expect(issues.length).toBe(2);
    for (const i of issues) expect(containsUnmaskedIdNumber(JSON.stringify(i))).toBe(false);
  });

  test.prop([fc.jsonValue()])('never throws on arbitrary JSON', (value) => {
    const r = parseHousehold(value);
    expect(typeof r.ok).toBe('boolean');
    if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
  });

  test.prop([fc.anything()])('never throws on arbitrary values', (value) => {
    expect(() => parseHousehold(value)).not.toThrow();
  });

  it('never throws on hostile objects (throwing getters, cycles)', () => {
    const hostile = { ...DEFAULT_HOUSEHOLD } as Record<string, unknown>;
    Object.defineProperty(hostile, 'members', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(parseHousehold(hostile).ok).toBe(false);
    const cyclic: Record<string, unknown> = { ...DEFAULT_HOUSEHOLD };
    cyclic.region = cyclic;
    expect(parseHousehold(cyclic).ok).toBe(false);
  });

  test.prop([householdArb])('is idempotent and survives a JSON round trip', (input) => {
    const first = parseHousehold(input);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parseHousehold(JSON.parse(JSON.stringify(first.household)));
    expect(again).toEqual(first);
  });
});
