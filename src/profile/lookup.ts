/**
 * Reading a parameter from a profile (取参数): the value in force on a date, with its citation — the
 * one look-up every rule uses, in two ways: {@link parameter} for a value a decision cannot do
 * without (a missing one throws `MissingParameterError`, naming the parameter and how to supply it,
 * and stops the assessment), {@link lookup} for a value whose absence only leaves one test
 * undetermined (it reports `parameters.<key>` as missing, with the profile's reason, so the other
 * tests still explain themselves).
 *
 * @module
 */
import type { Citation } from '../explain/finding.js';
import type { Text } from '../model/labels.js';
import type { DatedValue } from './parameter.js';
import type { ParameterKey } from './parameters/index.js';
import type { ParameterValue, Profile } from './schema.js';
import { MissingParameterError } from './errors.js';

/**
 * The dated-history scan: the value of `key` in force on `on`, read from the profile's history. The
 * oracle of the compiled look-up below, and what an unfrozen (hand-built) profile is always read with.
 *
 * @example
 * scanParameter(getProfile('fujian/jinan/2023'), 'monitoringLine', '2023-09-30')?.value // '10560'
 */
export function scanParameter<K extends ParameterKey>(profile: Profile, key: K, on: string): DatedValue<ParameterValue<K>> | undefined {
  const history = profile.parameters[key] as readonly DatedValue<ParameterValue<K>>[] | undefined;
  if (!history) return undefined;
  for (let i = 0; i < history.length; i++) {
    const v = history[i]!;
    if (v.from <= on && (v.to === undefined || on <= v.to)) return v;
  }
  return undefined;
}

/**
 * A profile's parameters, compiled (参数预解析): for each date asked, the value of each key in force
 * then, resolved once by {@link scanParameter} and kept — so the rules of a batch read each value by
 * a hash look-up instead of scanning the dated history household after household. Kept per profile
 * object in a WeakMap: a profile is deep-frozen by `defineProfile`, so what was resolved for it stays
 * true while it lives; a profile that is not frozen is never compiled (it is scanned every time).
 */
interface CompiledParameters {
  /** The last date asked and its table: a batch asks one date (the period end) over and over. */
  lastOn: string | undefined;
  last: DateTable | undefined;
  byDate: Map<string, DateTable>;
}

/** What is compiled for one (profile, date): each key's value in force, and what layers derive from them. */
interface DateTable {
  values: Map<ParameterKey, DatedValue | null>;
  derived: Map<Derivation<unknown>, unknown>;
}

const COMPILED = new WeakMap<Profile, CompiledParameters | null>();

/** How many dates a profile's table holds before it starts afresh (rolling periods read one a discovery date). */
const MAX_DATES = 4096;

function compiledOf(profile: Profile): CompiledParameters | null {
  let c = COMPILED.get(profile);
  if (c === undefined) {
    c = Object.isFrozen(profile) && Object.isFrozen(profile.parameters) ? { lastOn: undefined, last: undefined, byDate: new Map() } : null;
    COMPILED.set(profile, c);
  }
  return c;
}

function tableOf(c: CompiledParameters, on: string): DateTable {
  if (c.lastOn === on) return c.last!;
  let table = c.byDate.get(on);
  if (table === undefined) {
    if (c.byDate.size >= MAX_DATES) c.byDate.clear();
    table = { values: new Map(), derived: new Map() };
    c.byDate.set(on, table);
  }
  c.lastOn = on;
  c.last = table;
  return table;
}

function find<K extends ParameterKey>(profile: Profile, key: K, on: string): DatedValue<ParameterValue<K>> | undefined {
  const c = compiledOf(profile);
  if (c === null) return scanParameter(profile, key, on);
  const values = tableOf(c, on).values;
  let v = values.get(key);
  if (v === undefined) {
    v = scanParameter(profile, key, on) ?? null;
    values.set(key, v);
  }
  return (v ?? undefined) as DatedValue<ParameterValue<K>> | undefined;
}

/**
 * What a layer derives from a profile's parameters on one date alone — the values its rules read,
 * converted once (a line in fen, a list made unique). `derive` must be a pure function of the profile
 * and the date (it reads parameters with {@link parameter} and the like, never a household).
 */
export interface Derivation<T> {
  readonly derive: (profile: Profile, on: string) => T;
}

/**
 * A layer's derivation for (profile, date), compiled once and shared: the second household assessed
 * on the same date gets the same object. A derivation that throws (`MissingParameterError`) is not
 * kept, so each household throws the same error. An unfrozen profile derives afresh each call.
 *
 * @example
 * const LINE: Derivation<number> = { derive: (p, on) => toFen(parameter(p, 'monitoringLine', on).value) };
 * derivedOn(getProfile('fujian/jinan/2023'), '2023-09-30', LINE) // 1056000
 */
export function derivedOn<T>(profile: Profile, on: string, d: Derivation<T>): T {
  const c = compiledOf(profile);
  if (c === null) return d.derive(profile, on);
  const derived = tableOf(c, on).derived;
  if (derived.has(d)) return derived.get(d) as T;
  const v = d.derive(profile, on);
  derived.set(d, v);
  return v;
}

/**
 * The value of a parameter in force on a date, with its citation. Throws
 * {@link MissingParameterError} — naming the parameter, the date, why it is unset and how to
 * supply it — when the profile has none.
 *
 * @example
 * parameter(getProfile('shandong/longkou/2021'), 'monitoringLine', '2021-06-01').value // '6500'
 */
export function parameter<K extends ParameterKey>(profile: Profile, key: K, on: string): DatedValue<ParameterValue<K>> {
  const v = find(profile, key, on);
  if (v) return v;
  const history = (profile.parameters[key] ?? []) as readonly DatedValue[];
  throw new MissingParameterError(
    profile.id,
    key,
    on,
    profile.unset[key],
    history.map((h) => (h.to === undefined ? { from: h.from } : { from: h.from, to: h.to })),
  );
}

/** Like {@link parameter} but `undefined` instead of throwing. */
export function optionalParameter<K extends ParameterKey>(profile: Profile, key: K, on: string): DatedValue<ParameterValue<K>> | undefined {
  return find(profile, key, on);
}

/** A parameter's value in force, or why there is none. */
export type Lookup<K extends ParameterKey> =
  | { ok: true; value: ParameterValue<K>; citation: Citation }
  | { ok: false; missing: string; message: Text };

/**
 * The value of `key` in force on `on`, or a description of why it is missing (no date, unset,
 * or not in force on that date).
 *
 * @example
 * const line = lookup(getProfile('shandong/linzi/2023'), 'monitoringLine', '2023-09-30');
 * line.ok // false — the Linzi document states no line
 */
export function lookup<K extends ParameterKey>(profile: Profile, key: K, on: string | null): Lookup<K> {
  if (on === null) {
    return {
      ok: false,
      missing: 'asOf',
      message: { zh: `无评估时点，无法读取参数 ${key}`, en: `no as-of date, so the parameter ${key} cannot be read` },
    };
  }
  const v = find(profile, key, on);
  if (v) return { ok: true, value: v.value as ParameterValue<K>, citation: { doc: v.citation.doc, clause: v.citation.clause } };
  const reason = profile.unset[key];
  return {
    ok: false,
    missing: `parameters.${key}`,
    message: {
      zh: `配置 ${profile.id} 在 ${on} 没有参数 ${key}${reason ? `：${reason.zh}` : ''}`,
      en: `profile ${profile.id} has no value of ${key} on ${on}${reason ? `: ${reason.en}` : ''}`,
    },
  };
}
