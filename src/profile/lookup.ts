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

function find<K extends ParameterKey>(profile: Profile, key: K, on: string): DatedValue<ParameterValue<K>> | undefined {
  const history = profile.parameters[key] as readonly DatedValue<ParameterValue<K>>[] | undefined;
  if (!history) return undefined;
  for (let i = 0; i < history.length; i++) {
    const v = history[i]!;
    if (v.from <= on && (v.to === undefined || on <= v.to)) return v;
  }
  return undefined;
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
