/**
 * Worked examples (计算示例) for the generated rule pages: a household, a profile and an as-of date
 * per example, evaluated by the library itself when the docs are generated, and rendered as
 * input → output with the findings' messages. They live here, not in src/, so they are not shipped.
 *
 * One file per rule layer (`income.ts`, `identification.ts`, …), each exporting an array built with
 * {@link workedExample}; `index.ts` collects them. To add an example for a new rule, add one entry to
 * the file of its layer:
 *
 * ```ts
 * workedExample({
 *   rule: 'identification.exclusion.luxury-car',
 *   title: { zh: '拥有并经常使用高档车辆的一般农户不纳入', en: 'a household that owns and regularly uses a high-end car is excluded' },
 *   profile: 'shandong/longkou/2021',
 *   asOf: '2021-06-30',
 *   household: base({ assets: { luxuryCar: true } }),
 *   expect: 'met',
 * })
 * ```
 *
 * `expect` is the outcome the example demonstrates; the docs test fails when the library does not
 * produce it. For data-quality checks, `'reported'` / `'silent'` say whether an issue of that code
 * is raised.
 *
 * @module
 */
import type { Household, HouseholdInput, FindingOutcome as Outcome, Profile, ProfileInput } from '../../../src/index.js';
import type { Text } from '../../../src/model/labels.js';

/** What an example demonstrates: a finding outcome, or for data-quality checks whether an issue is raised. */
export type ExpectedOutcome = Outcome | 'reported' | 'silent';

/** The inputs an example is evaluated with. */
export interface ExampleInput {
  /** The parsed household (absent when the example has none, e.g. a campaign schedule). */
  household?: Household;
  /** The parsed households of a batch example. */
  households?: Household[];
  profile: Profile;
  asOf?: string;
}

/** One worked example. */
export interface WorkedExample {
  /** The id of the rule the example illustrates (as in `RULES`). */
  rule: string;
  /** What the example shows. */
  title: Text;
  /** A built-in profile id, or a profile as JSON (what `defineProfile` accepts). */
  profile: string | ProfileInput;
  /** The as-of date; default: the profile's own. */
  asOf?: string;
  /** The household record, as `parseHousehold` accepts it (it must be valid); absent for rules about dates only. */
  household?: HouseholdInput;
  /** Several households, for checks across households (each must be valid). */
  households?: HouseholdInput[];
  /** The outcome this example demonstrates. */
  expect: ExpectedOutcome;
  /** The arithmetic or the reading of the clause, shown under the title. */
  note?: Text;
  /**
   * How to evaluate the example when `assessHousehold` does not run the rule (e.g. procedure
   * deadlines). Returns the function's result; its findings are found wherever they are in it.
   */
  evaluate?: (input: ExampleInput) => unknown;
  /** The call shown in the docs; default: `assessHousehold(household, profile, { asOf })`. */
  call?: string;
}

/**
 * Declares a worked example (the identity function, typed).
 *
 * @example
 * workedExample({ rule: 'income.A33', title: { zh: '…', en: '…' }, profile: 'shandong/linzi/2023',
 *   household: base({}), expect: 'info' })
 */
export function workedExample(example: WorkedExample): WorkedExample {
  return example;
}

/** What an example states; {@link calling} adds how it is evaluated. */
export type ExampleSpec = Omit<WorkedExample, 'evaluate' | 'call'>;

/** The expression that names an example's profile in the call shown in the docs. */
export function profileExpression(profile: WorkedExample['profile']): string {
  return typeof profile === 'string' ? `getProfile('${profile}')` : 'defineProfile(profileJson)';
}

/**
 * Examples evaluated by one public function `(household, profile, { asOf }) → result`: the docs
 * show the call with that function's name.
 *
 * @example
 * const classify = calling('classifyMonitoring', classifyMonitoring);
 * classify({ rule: 'identification.decision', title, profile: 'fujian/jinan/2023', asOf: '2023-09-30', household: base(), expect: 'not-met' })
 */
export function calling(name: string, fn: (household: Household, profile: Profile, options: { asOf?: string }) => unknown): (spec: ExampleSpec) => WorkedExample {
  return (spec) => ({
    ...spec,
    evaluate: ({ household, profile, asOf }) => {
      if (!household) throw new Error(`${name} needs a household`);
      return fn(household, profile, asOf ? { asOf } : {});
    },
    call: `${name}(household, ${profileExpression(spec.profile)}${spec.asOf ? `, { asOf: '${spec.asOf}' }` : ''})`,
  });
}

/**
 * The household every example starts from: a 3-person 一般农户 (head, spouse, a schoolboy) with
 * modest income, all three guarantees secured. Examples change only what matters.
 */
export const BASE_HOUSEHOLD: HouseholdInput = {
  id: '示例-0001',
  region: { province: '山东省', county: '示例县', town: '示例镇', village: '示例村' },
  povertyAlleviated: false,
  members: [
    { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true },
    { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true },
    { name: '王小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'junior-2', basicMedicalInsurance: true },
  ],
  income: { wage: '24000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' },
  guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false },
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete out[k];
    else out[k] = isPlainObject(v) && isPlainObject(out[k]) ? merge(out[k], v) : v;
  }
  return out;
}

/**
 * The base household with `overrides` deep-merged in: objects merge, arrays and scalars replace,
 * `undefined` removes a key.
 *
 * @example
 * base({ povertyAlleviated: true, income: { wage: '3000' } })
 */
export function base(overrides: Record<string, unknown> = {}): HouseholdInput {
  return merge(structuredClone(BASE_HOUSEHOLD), overrides) as HouseholdInput;
}
