/**
 * Parsing a household (解析户信息): unknown input in, a typed household or a list of issues out.
 * Never throws, whatever it is given.
 *
 * @module
 */
import { z } from 'zod';
import { HouseholdSchema, type Household } from './household.js';
import { fromZodIssues, type ValidationIssue } from './validation.js';
import { fastHouseholdIssues, fastParseHousehold, hasFastPath } from './fast-validation.js';

/** The result of {@link parseHousehold}. */
export type ParseResult = { ok: true; household: Household } | { ok: false; issues: ValidationIssue[] };

// zod decides what the fast path cannot: its runtime parser — or, should the fast path not model
// the schema, the compiled one (zod 4 `z.compile`, which falls back to the runtime parser for
// anything it cannot model). Built on first use: compiling takes tens of milliseconds, in every
// thread, and a run of valid records never needs it.
let zodHousehold: z.ZodType<Household> | undefined;
const zodSchema = (): z.ZodType<Household> => (zodHousehold ??= hasFastPath() ? HouseholdSchema : z.compile(HouseholdSchema));

/**
 * Validates a household record against the interchange format.
 *
 * Money accepts a number or a decimal string with at most two decimals; dates are ISO calendar
 * dates; unknown keys are refused by name. The returned household is a fresh object (the input is
 * not modified).
 *
 * @example
 * const r = parseHousehold(JSON.parse(text));
 * if (r.ok) console.log(r.household.members.length);
 * else for (const i of r.issues) console.log(i.path, i.message.zh);
 */
export function parseHousehold(input: unknown): ParseResult {
  try {
    // A valid record takes the fast path (same answer as the schema, built from it); anything it
    // does not accept goes to zod, which decides and says why.
    const fast = fastParseHousehold(input);
    if (fast !== undefined) return { ok: true, household: fast };
    // A rejection: the issues zod reports, found by walking to the bad values (the common case).
    const issues = fastHouseholdIssues(input);
    if (issues !== undefined) return { ok: false, issues: fromZodIssues(issues, input) };
  } catch {
    // An exotic input (a throwing getter, a proxy): zod decides below.
  }
  try {
    const r = zodSchema().safeParse(input);
    if (r.success) return { ok: true, household: r.data };
    const issues = fromZodIssues(r.error.issues, input);
    return { ok: false, issues: issues.length > 0 ? issues : [UNREADABLE] };
  } catch {
    return { ok: false, issues: [UNREADABLE] };
  }
}

const UNREADABLE: ValidationIssue = {
  path: '',
  code: 'unreadable',
  message: { zh: '无法读取该记录（不是普通的 JSON 数据）', en: 'the record cannot be read (it is not plain JSON data)' },
};
