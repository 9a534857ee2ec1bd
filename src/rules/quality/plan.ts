/**
 * 清洗计划 — the data-quality checks compiled once, from the check objects themselves: for a list of
 * steps (catalog.ts) and whether the run has a status date, the steps that can run are selected once
 * and turned into straight-line generated code (in parts of at most eight checks) that calls each
 * check's own `test` (or, member by member, its `testMember`) and reports its hits exactly as the interpreted runner does — same
 * order, same text, the same `quality.skipped` note when a parameter is missing. Nothing of a check
 * is written twice: the generated code only names the checks by position and calls their functions.
 * Parameter values are resolved once per (profile, parameter date) ({@link resolvedParameters}).
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * Why generated code: in the interpreted runner one call site (`step.run`, `check.test`) serves
 * every check, so the engine sees it megamorphic and can neither inline nor specialise it; each call
 * in the generated function has a site of its own. Where a platform forbids `new Function` (a
 * content security policy), the selected steps run in a loop as before.
 *
 * @module
 */
import { MissingParameterError } from '../../profile/errors.js';
import { compileGenerated } from '../../model/generated-code.js';
import { parameter } from '../../profile/lookup.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { Profile } from '../../profile/schema.js';
import type { QualityCounts } from './issue.js';
import { NONE, report, type MemberCheck, type MemberPrecondition, type Precondition, type QualityCheck, type QualityRun, type QualityStep, type ResolvedParameters } from './run.js';

/** What to do with an error a step threw: a missing parameter becomes a note, anything else is thrown on. */
export type StepFailure = (q: QualityRun, step: QualityStep, e: unknown) => void;

/** A compiled run of steps: runs them on one household, reporting into `q`. */
export type CompiledSteps = (q: QualityRun) => void;

/** A unit of the plan: one step, or single member-level checks in a row, run in one pass over the members. */
type Unit = { kind: 'step'; step: QualityStep } | { kind: 'fused'; steps: readonly QualityStep[]; checks: readonly MemberCheck<any>[] };

function memberCheckOf(s: QualityStep): MemberCheck<any> | undefined {
  if (s.shape.kind !== 'check') return undefined;
  const c = s.shape.check as QualityCheck<any> & Partial<MemberCheck<any>>;
  return typeof c.testMember === 'function' ? (c as MemberCheck<any>) : undefined;
}

/** Groups the selected steps: single member-level checks in a row run in one pass over the members (a lone one in a loop of its own). */
function unitsOf(steps: readonly QualityStep[]): Unit[] {
  const units: Unit[] = [];
  let run: QualityStep[] = [];
  const flush = (): void => {
    if (run.length > 0) units.push({ kind: 'fused', steps: run, checks: run.map((s) => memberCheckOf(s)!) });
    run = [];
  };
  for (const s of steps) {
    if (memberCheckOf(s)) run.push(s);
    else {
      flush();
      units.push({ kind: 'step', step: s });
    }
  }
  flush();
  return units;
}

/** At most this many checks in one generated function: a small function is optimised quickly, and a
 *  deoptimisation (a branch first taken late, e.g. a rare hit) recompiles only its part. */
const CHECKS_PER_PART = 8;

/**
 * The preconditions of a group of checks, tested once for the group: each household precondition
 * (`when`) before the loop over the members, each member precondition (`whenMember`) once a member,
 * and each check's call wrapped in the test of its own. A precondition never throws and reads only the
 * household and the run's member facts, so testing it once instead of once a check finds the same.
 */
function guards(bind: (v: unknown) => string): {
  guard: (f: Precondition | MemberPrecondition) => string;
  preconditions: (checks: readonly MemberCheck<any>[], unit: number | string) => { household: string; member: string; around: (check: MemberCheck<any>, code: string) => string };
} {
  const bound = new Map<unknown, string>();
  const guard = (f: Precondition | MemberPrecondition): string => {
    let name = bound.get(f);
    if (name === undefined) bound.set(f, (name = bind(f)));
    return name;
  };
  const preconditions = (checks: readonly MemberCheck<any>[], unit: number | string) => {
    const household = new Map<Precondition, string>();
    const member = new Map<MemberPrecondition, string>();
    for (const c of checks) {
      if (c.when !== undefined && !household.has(c.when)) household.set(c.when, `g${unit}_${household.size}`);
      if (c.whenMember !== undefined && !member.has(c.whenMember)) member.set(c.whenMember, `p${unit}_${member.size}`);
    }
    return {
      household: [...household].map(([f, v]) => `const ${v} = ${guard(f)}(q);`).join(' '),
      member: [...member].map(([f, v]) => `const ${v} = ${guard(f)}(q, i);`).join(' '),
      around: (check: MemberCheck<any>, code: string): string => {
        const tests = [...(check.when === undefined ? [] : [household.get(check.when)!]), ...(check.whenMember === undefined ? [] : [member.get(check.whenMember)!])];
        return tests.length === 0 ? code : `if (${tests.join(' && ')}) { ${code} }`;
      },
    };
  };
  return { guard, preconditions };
}

/**
 * The values a generated function is given: `bind(v)` names `v` as the next parameter (`v0`, `v1`, …)
 * and returns that name; `names` and `values` are what the function is compiled with and called on.
 */
function binder(): { names: string[]; values: unknown[]; bind: (v: unknown) => string } {
  const names: string[] = [];
  const values: unknown[] = [];
  const bind = (v: unknown): string => {
    const name = `v${names.length}`;
    names.push(name);
    values.push(v);
    return name;
  };
  return { names, values, bind };
}

/**
 * Writes the compiled function: the checks in parts of at most {@link CHECKS_PER_PART}, each part a
 * function of its own, and one function calling the parts in order. Every check is called through
 * its own variable, so each call site sees one function. A step's errors are caught as the
 * interpreted runner catches them (the test and the report inside one `try`); in a fused pass each
 * check keeps its hits and its first error apart, and after the pass they are reported, check by
 * check, in step order — what the interpreted runner reports, since tests only read the household and
 * the run's caches.
 */
function generate(units: readonly Unit[]): { source: string; names: string[]; values: unknown[] } {
  const { names, values, bind } = binder();
  const { guard, preconditions } = guards(bind);
  const parts: string[][] = [];
  let part: string[] = [];
  let weight = 0;
  const take = (w: number): void => {
    if (weight + w > CHECKS_PER_PART && part.length > 0) {
      parts.push(part);
      part = [];
      weight = 0;
    }
    weight += w;
  };
  // A fused run longer than a part is cut into consecutive runs: each reports its checks in step order.
  const cut: Unit[] = units.flatMap((u): Unit[] => {
    if (u.kind !== 'fused' || u.checks.length <= CHECKS_PER_PART) return [u];
    const out: Unit[] = [];
    for (let k = 0; k < u.checks.length; k += CHECKS_PER_PART) out.push({ kind: 'fused', steps: u.steps.slice(k, k + CHECKS_PER_PART), checks: u.checks.slice(k, k + CHECKS_PER_PART) });
    return out;
  });
  cut.forEach((u, k) => {
    if (u.kind === 'step') {
      const s = bind(u.step);
      if (u.step.shape.kind === 'check') {
        take(1);
        const check = u.step.shape.check;
        const c = bind(check);
        const t = bind(check.testWhenHolds);
        const call = `h = ${t}(q); if (h.length !== 0) report(q, ${c}, h);`;
        part.push(`try { ${check.when === undefined ? call : `if (${guard(check.when)}(q)) { ${call} }`} } catch (e) { fail(q, ${s}, e); }`);
      } else {
        const order = u.step.shape.order;
        take(order.length);
        const g = preconditions(order, k);
        const body = order.map((check) => {
          const c = bind(check);
          const t = bind(check.testMemberWhenHolds);
          return g.around(check, `h = ${t}(q, i); if (h.length !== 0) report(q, ${c}, h);`);
        });
        part.push(`try { ${g.household} for (let i = 0; i < n; i++) { ${g.member} ${body.join(' ')} } } catch (e) { fail(q, ${s}, e); }`);
      }
      return;
    }
    take(u.checks.length);
    const fused = u.checks.map((check, j) => ({ check, c: bind(check), t: bind(check.testMemberWhenHolds), s: bind(u.steps[j]), hits: `b${k}_${j}`, err: `e${k}_${j}` }));
    const g = preconditions(u.checks, k);
    part.push('{');
    for (const p of fused) part.push(`let ${p.hits} = NONE, ${p.err} = OK;`);
    part.push(g.household);
    part.push('for (let i = 0; i < n; i++) {');
    part.push(g.member);
    for (const p of fused) part.push(g.around(p.check, `if (${p.err} === OK) try { h = ${p.t}(q, i); if (h.length !== 0) ${p.hits} = gather(${p.hits}, h); } catch (e) { ${p.err} = e; }`));
    part.push('}');
    for (const p of fused) part.push(`if (${p.err} !== OK) fail(q, ${p.s}, ${p.err}); else try { if (${p.hits}.length !== 0) report(q, ${p.c}, ${p.hits}); } catch (e) { fail(q, ${p.s}, e); }`);
    part.push('}');
  });
  if (part.length > 0) parts.push(part);
  const functions = parts.map((lines, k) => `function qualityPart${k}(q, n) {\nlet h;\n${lines.join('\n')}\n}`);
  const calls = parts.map((_, k) => `qualityPart${k}(q, n);`).join(' ');
  return { source: `${functions.join('\n')}\nreturn function compiledQualitySteps(q) { const n = q.members.length; ${calls} };`, names, values };
}

/** A member check's hits so far and the hits at one more member (`memberCheck`'s household test does the same). */
function gather(hits: readonly unknown[], found: readonly unknown[]): unknown[] {
  if (hits === NONE) return [...found];
  (hits as unknown[]).push(...found);
  return hits as unknown[];
}

/** No error caught (a fused check's error slot). */
const OK = Symbol('ok');

/**
 * The steps in a loop, as the interpreted runner runs them (where code cannot be generated).
 */
function loop(steps: readonly QualityStep[], fail: StepFailure): CompiledSteps {
  return (q) => {
    for (const s of steps) {
      try {
        s.run(q);
      } catch (e) {
        fail(q, s, e);
      }
    }
  };
}

/** Compiled plans kept per frozen step list and `dated` (one table per kind of plan). */
type PlanTable = WeakMap<readonly QualityStep[], { dated?: CompiledSteps; undated?: CompiledSteps }>;

/** The plan of `table` for `steps` and `dated`, made by `make` the first time. */
function planOf(table: PlanTable, steps: readonly QualityStep[], dated: boolean, make: () => CompiledSteps): CompiledSteps {
  let entry = table.get(steps);
  if (!entry) table.set(steps, (entry = {}));
  const have = dated ? entry.dated : entry.undated;
  if (have) return have;
  const made = make();
  if (dated) entry.dated = made;
  else entry.undated = made;
  return made;
}

const compiled: PlanTable = new WeakMap();

/**
 * The steps compiled for runs with (`dated`) or without a status date: the steps that can run
 * selected (a `dated` step needs the date), member-level checks in a row fused into one pass, and
 * one function written that calls them. Compiled once per step list and `dated` (kept in a
 * `WeakMap` keyed by the frozen list); the same `fail` must be given for the same list.
 *
 * @example
 * const run = compileSteps(HOUSEHOLD_CHECKS, true, reportFailure);
 * run(new QualityRun(facts)); // the issues of today's runner, in its order
 */
export function compileSteps(steps: readonly QualityStep[], dated: boolean, fail: StepFailure): CompiledSteps {
  return planOf(compiled, steps, dated, () => {
    const selected = steps.filter((s) => dated || !s.dated);
    return generated(selected, fail) ?? loop(selected, fail);
  });
}

/**
 * The generated function, or `null` where `new Function` is not allowed.
 *
 * @example
 * generated(selected, fail) ?? loop(selected, fail)
 */
export function generated(steps: readonly QualityStep[], fail: StepFailure): CompiledSteps | null {
  const { source, names, values } = generate(unitsOf(steps));
  try {
    const factory = compileGenerated<(...args: unknown[]) => CompiledSteps>(['report', 'fail', 'gather', 'NONE', 'OK', ...names], `"use strict";\n${source}`);
    return factory(report, fail, gather, NONE, OK, ...values);
  } catch {
    return null; // no code generation here (e.g. a content security policy)
  }
}

/** The severities a counting run adds to (the keys of `QualityCounts`). */
const SEVERITY_KEY = /^(error|warning|completeness|info)$/;

/**
 * Writes the counting function: every selected check's test called once (a household check) or once a
 * member (a member-level check, the single ones and those of member passes alike), and the length of
 * what it found added to the count of its severity. The checks are ordered by their preconditions (the
 * order does not change a count) and cut into groups of one household precondition (`when`): each
 * household precondition is tested once a household, in the outer function, and a group's parts are
 * called only when it holds — a group of member checks then loops over the members only for the
 * households it applies to. Inside a group, member checks of one member precondition (`whenMember`) sit
 * side by side under one test of it a member; a part holds at most {@link CHECKS_PER_PART} checks, and
 * a member precondition's checks are kept in one part when they fit. A part of member checks is one loop
 * over the members. No hit is kept and no step's error is caught here: the caller runs the whole
 * function inside one `try` and, on any error, counts again with the building plan's counting run.
 */
function generateCounting(steps: readonly QualityStep[]): { source: string; names: string[]; values: unknown[] } {
  const { names, values, bind } = binder();
  const { guard } = guards(bind);
  const severity = (c: QualityCheck<any>): string => {
    if (!SEVERITY_KEY.test(c.severity)) throw new Error(`quality check ${c.id}: unknown severity ${c.severity}`);
    return c.severity;
  };
  const household: QualityCheck<any>[] = [];
  const member: MemberCheck<any>[] = [];
  for (const s of steps) {
    if (s.shape.kind === 'members') member.push(...s.shape.order);
    else {
      const m = memberCheckOf(s);
      if (m) member.push(m);
      else household.push(s.shape.check);
    }
  }
  // Preconditions ranked in the order first met; `undefined` (none) first.
  const rank = new Map<unknown, number>();
  const rankOf = (f: unknown): number => {
    if (f === undefined) return 0;
    let r = rank.get(f);
    if (r === undefined) rank.set(f, (r = rank.size + 1));
    return r;
  };
  const byPrecondition = <C extends QualityCheck<any>>(list: readonly C[], memberRank: (c: C) => number): C[] =>
    list
      .map((c, k) => ({ c, k, when: rankOf(c.when), whenMember: memberRank(c) }))
      .sort((a, b) => a.when - b.when || a.whenMember - b.whenMember || a.k - b.k)
      .map((r) => r.c);
  const households = byPrecondition(household, () => 0);
  const members = byPrecondition(member, (c) => rankOf(c.whenMember));
  // The household preconditions, each tested once a household (in the outer function).
  const hoisted = new Map<Precondition, string>();
  const guardOf = (f: Precondition): string => {
    let v = hoisted.get(f);
    if (v === undefined) hoisted.set(f, (v = `g${hoisted.size}`));
    return v;
  };
  const functions: string[] = [];
  /** The outer function's calls, by household precondition (`undefined`: every household), in order met. */
  const calls = new Map<Precondition | undefined, string[]>();
  const call = (when: Precondition | undefined, name: string): void => {
    if (when !== undefined) guardOf(when);
    let list = calls.get(when);
    if (list === undefined) calls.set(when, (list = []));
    list.push(`${name}(q, n, c);`);
  };
  /** Consecutive runs of `list` with the same `key`. */
  const runs = <T>(list: readonly T[], key: (t: T) => unknown): T[][] => {
    const out: T[][] = [];
    for (const t of list) {
      const last = out[out.length - 1];
      if (last !== undefined && key(last[0]!) === key(t)) last.push(t);
      else out.push([t]);
    }
    return out;
  };
  for (const group of runs(households, (c) => c.when)) {
    for (let k = 0; k < group.length; k += CHECKS_PER_PART) {
      const body = group.slice(k, k + CHECKS_PER_PART).map((c) => `h = ${bind(c.testWhenHolds)}(q); if (h.length !== 0) c.${severity(c)} += h.length;`);
      const name = `countHousehold${functions.length}`;
      functions.push(`function ${name}(q, n, c) {\nlet h;\n${body.join('\n')}\n}`);
      call(group[0]!.when, name);
    }
  }
  for (const group of runs(members, (c) => c.when)) {
    // Parts: the checks of one member precondition together where they fit in a part.
    const parts: MemberCheck<any>[][] = [];
    let part: MemberCheck<any>[] = [];
    for (const same of runs(group, (c) => c.whenMember)) {
      for (let k = 0; k < same.length; k += CHECKS_PER_PART) {
        const piece = same.slice(k, k + CHECKS_PER_PART);
        if (part.length + piece.length > CHECKS_PER_PART && part.length > 0) {
          parts.push(part);
          part = [];
        }
        part.push(...piece);
      }
    }
    if (part.length > 0) parts.push(part);
    for (const checks of parts) {
      const body: string[] = [];
      for (const same of runs(checks, (c) => c.whenMember)) {
        const tests = same.map((c) => `h = ${bind(c.testMemberWhenHolds)}(q, i); if (h.length !== 0) c.${severity(c)} += h.length;`);
        const whenMember = same[0]!.whenMember;
        body.push(whenMember === undefined ? tests.join('\n') : `if (${guard(whenMember)}(q, i)) {\n${tests.join('\n')}\n}`);
      }
      const name = `countMembers${functions.length}`;
      functions.push(`function ${name}(q, n, c) {\nlet h;\nfor (let i = 0; i < n; i++) {\n${body.join('\n')}\n}\n}`);
      call(group[0]!.when, name);
    }
  }
  const outer: string[] = [];
  for (const [f, v] of hoisted) outer.push(`const ${v} = ${guard(f)}(q);`);
  for (const [when, list] of calls) outer.push(when === undefined ? list.join(' ') : `if (${hoisted.get(when)!}) { ${list.join(' ')} }`);
  return { source: `${functions.join('\n')}\nreturn function compiledQualityCounts(q, c) { const n = q.members.length; ${outer.join(' ')} };`, names, values };
}

const counting: PlanTable = new WeakMap();

/**
 * The steps compiled for a counting run (`QualityRun` made with `counting`): the same selection as
 * {@link compileSteps}, and the same tests of the same check objects, but only their hits counted —
 * member-level checks all in one set of passes over the members, no list of hits kept, no error caught
 * check by check. The count is the building plan's when every test returns and every hit is counted
 * without its explanation; so this path is taken only when every parameter the selected checks declare
 * is in force at the run's parameter date (`QualityRun.allDeclaredInForce`: then `report` counts each
 * hit and explains none), and when a test throws (a missing parameter a test reads without declaring
 * it, or an error to be thrown on) the counts are put back as they were and the building plan's
 * counting run (`compileSteps`) counts the household again, reporting the note or throwing the error at
 * its step, as before. Tests only read the household and the run's caches, so the order the checks run
 * in does not change what they find, and counting them again finds the same. Compiled once per step
 * list and `dated`; the same `fail` must be given for the same list.
 *
 * @example
 * const run = new QualityRun(facts, resolved, true);
 * compileCounting(HOUSEHOLD_CHECKS, true, reportFailure)(run);
 * run.counted // countBySeverity(the building run's issues)
 */
export function compileCounting(steps: readonly QualityStep[], dated: boolean, fail: StepFailure): CompiledSteps {
  return planOf(counting, steps, dated, () => countingPlan(steps, dated, fail));
}

/** {@link compileCounting}'s plan, made once per step list and `dated`. */
function countingPlan(steps: readonly QualityStep[], dated: boolean, fail: StepFailure): CompiledSteps {
  const building = compileSteps(steps, dated, fail);
  const selected = steps.filter((s) => dated || !s.dated);
  const declaring = Object.freeze(selected.flatMap((s) => s.checks).filter((c) => c.parameters.length > 0));
  const fast = generatedCounting(selected);
  const made: CompiledSteps =
    fast === null
      ? building
      : (q) => {
          const c = q.counted;
          if (c === undefined || !q.allDeclaredInForce(declaring)) return building(q);
          const { error, warning, completeness, info } = c;
          try {
            fast(q, c);
          } catch {
            c.error = error;
            c.warning = warning;
            c.completeness = completeness;
            c.info = info;
            building(q);
          }
        };
  return made;
}

/** The generated counting function ({@link compileCounting}), or `null` where `new Function` is not allowed. */
function generatedCounting(steps: readonly QualityStep[]): ((q: QualityRun, c: QualityCounts) => void) | null {
  const { source, names, values } = generateCounting(steps);
  try {
    const factory = compileGenerated<(...args: unknown[]) => (q: QualityRun, c: QualityCounts) => void>(names, `"use strict";\n${source}`);
    return factory(...values);
  } catch {
    return null; // no code generation here (e.g. a content security policy)
  }
}

/**
 * The interpreted form of the same selection (no fusion, no generated code), for tests.
 *
 * @example
 * interpretedSteps(HOUSEHOLD_CHECKS, true, fail)(q)
 */
export function interpretedSteps(steps: readonly QualityStep[], dated: boolean, fail: StepFailure): CompiledSteps {
  return loop(
    steps.filter((s) => dated || !s.dated),
    fail,
  );
}

const resolvedByProfile = new WeakMap<Profile, Map<string, ResolvedParameters>>();
/** Dates kept per profile (a rolling period reads parameters at each household's discovery date). */
const DATES_KEPT = 512;

/**
 * The values of `keys` in force for `profile` on `on`, each read once: the value, or the
 * `MissingParameterError` reading it throws. Kept per profile (a `WeakMap` keyed by the immutable
 * profile object) and date; the same profile and date give the same values, so the cache cannot change
 * an answer.
 *
 * @example
 * resolvedParameters(getProfile('fujian/jinan/2023'), '2023-09-30', ['monitoringLine']).get('monitoringLine')
 */
export function resolvedParameters(profile: Profile, on: string, keys: readonly ParameterKey[]): ResolvedParameters {
  let byDate = resolvedByProfile.get(profile);
  if (!byDate) resolvedByProfile.set(profile, (byDate = new Map()));
  let table = byDate.get(on);
  if (!table) {
    // With its money values in fen, each converted on its first read (`QualityRun.paramFen`).
    const made = Object.assign(new Map<ParameterKey, DatedValue | MissingParameterError>(), { fen: new Map<ParameterKey, unknown>() });
    for (const key of keys) {
      try {
        made.set(key, parameter(profile, key, on));
      } catch (e) {
        if (!(e instanceof MissingParameterError)) throw e;
        made.set(key, e);
      }
    }
    if (byDate.size >= DATES_KEPT) byDate.clear();
    byDate.set(on, (table = made));
  }
  return table;
}
