/**
 * Evaluating worked examples: each example is run through the library when the docs are generated,
 * and the findings (or data-quality issues) of its rule are picked out of the result, wherever the
 * result keeps them — so examples keep working as `assessHousehold` grows.
 *
 * @module
 */
import { assessHousehold, defineProfile, getProfile, parseHousehold, type Household, type Profile } from '../../src/index.js';
import type { Text } from '../../src/model/labels.js';
import { profileExpression, type WorkedExample } from './examples/define.js';

/** A finding or a data-quality issue of the example's rule, as shown in the docs. */
export interface ShownFinding {
  rule: string;
  /** The finding's outcome, or for a data-quality issue its severity. */
  outcome: string;
  /** Data-quality issues: the field path. */
  path?: string;
  message: Text;
  values: Record<string, unknown>;
  missing?: string[];
  /** Whether this is a data-quality issue (`code` + `severity`) rather than a finding. */
  issue: boolean;
}

/** An example after evaluation. */
export interface EvaluatedExample {
  example: WorkedExample;
  profile: Profile;
  /** The call shown in the docs. */
  call: string;
  /** Findings and issues of the example's rule, in the order the result holds them. */
  findings: ShownFinding[];
  /** Set when the example could not be evaluated (invalid household, a throw). */
  error?: string;
  /** Whether the result shows the outcome the example says it demonstrates. */
  matches: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}

function isText(v: unknown): v is Text {
  return isObject(v) && typeof v['zh'] === 'string' && typeof v['en'] === 'string';
}

/** Every finding (`{ rule, outcome, message }`) and issue (`{ code, severity, message }`) in a result. */
export function collectFindings(result: unknown): ShownFinding[] {
  const out: ShownFinding[] = [];
  const seen = new Set<unknown>();
  const keys = new Set<string>();
  const visit = (v: unknown) => {
    if (!isObject(v) || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (typeof v['rule'] === 'string' && typeof v['outcome'] === 'string' && isText(v['message'])) {
      const f: ShownFinding = { rule: v['rule'], outcome: v['outcome'], message: v['message'], values: isObject(v['values']) ? (v['values'] as Record<string, unknown>) : {}, issue: false };
      if (Array.isArray(v['missing'])) f.missing = v['missing'] as string[];
      push(f);
      return;
    }
    if (typeof v['code'] === 'string' && typeof v['severity'] === 'string' && isText(v['message'])) {
      const f: ShownFinding = { rule: v['code'], outcome: v['severity'], message: v['message'], values: isObject(v['values']) ? (v['values'] as Record<string, unknown>) : {}, issue: true };
      if (typeof v['path'] === 'string') f.path = v['path'];
      push(f);
      return;
    }
    for (const k of Object.keys(v)) visit(v[k]);
  };
  const push = (f: ShownFinding) => {
    const key = JSON.stringify(f);
    if (keys.has(key)) return;
    keys.add(key);
    out.push(f);
  };
  visit(result);
  return out;
}

function profileOf(example: WorkedExample): Profile {
  return typeof example.profile === 'string' ? getProfile(example.profile) : defineProfile(example.profile);
}

function callOf(example: WorkedExample): string {
  if (example.call) return example.call;
  return `assessHousehold(household, ${profileExpression(example.profile)}${example.asOf ? `, { asOf: '${example.asOf}' }` : ''})`;
}

/**
 * Runs one worked example and picks out the findings of its rule.
 *
 * @example
 * const e = evaluateExample(example);
 * if (!e.matches) throw new Error(`${example.rule}: expected ${example.expect}`);
 */
export function evaluateExample(example: WorkedExample): EvaluatedExample {
  const profile = profileOf(example);
  const call = callOf(example);
  let household: Household | undefined;
  if (example.household !== undefined) {
    const parsed = parseHousehold(example.household);
    if (!parsed.ok) {
      const error = `invalid household: ${parsed.issues.map((i) => `${i.path}: ${i.message.en}`).join('; ')}`;
      return { example, profile, call, findings: [], error, matches: false };
    }
    household = parsed.household;
  }
  let households: Household[] | undefined;
  if (example.households !== undefined) {
    households = [];
    for (const [i, h] of example.households.entries()) {
      const parsed = parseHousehold(h);
      if (!parsed.ok) return { example, profile, call, findings: [], error: `invalid household ${i}: ${parsed.issues.map((x) => `${x.path}: ${x.message.en}`).join('; ')}`, matches: false };
      households.push(parsed.household);
    }
  }
  const input = { profile, ...(household ? { household } : {}), ...(households ? { households } : {}), ...(example.asOf ? { asOf: example.asOf } : {}) };
  let result: unknown;
  try {
    if (example.evaluate) result = example.evaluate(input);
    else if (household) result = assessHousehold(household, profile, example.asOf ? { asOf: example.asOf } : {});
    else throw new Error('an example without a household needs its own evaluate');
  } catch (e) {
    return { example, profile, call, findings: [], error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), matches: false };
  }
  const findings = collectFindings(result).filter((f) => f.rule === example.rule);
  let matches: boolean;
  if (example.expect === 'silent') matches = findings.length === 0;
  else if (example.expect === 'reported') matches = findings.some((f) => f.issue);
  else matches = findings.some((f) => !f.issue && f.outcome === example.expect);
  return { example, profile, call, findings, matches };
}
