/**
 * Parameter look-ups that report instead of throwing (取参数，缺失时说明): the elimination and screening
 * decisions test several conditions, and one condition whose parameter is unset must not hide the
 * others. A missing parameter makes that condition `undetermined`, names `parameters.<key>` in
 * `missing`, and quotes the profile's reason.
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';
import { optionalParameter } from '../../profile/lookup.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { ParameterValue, Profile } from '../../profile/schema.js';

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
  const v = optionalParameter(profile, key, on);
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
