/**
 * Reading a parameter from a profile (取参数): the value in force on a date, with its citation.
 *
 * @module
 */
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
