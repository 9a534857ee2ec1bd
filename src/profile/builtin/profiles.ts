/**
 * The built-in profiles (内置政策配置): one JSON file each in this folder, holding the profile's id,
 * what it extends, its title, region, sources and default as-of date, and every parameter value it
 * sets — dated, each with its citation (a document id from the registry, the clause, the words
 * quoted) — and the parameters it leaves unset, with the reason. They are the same shape a county's
 * own profile has and are loaded through the same `parseProfile`; the parameter declarations
 * (schema, label, unit) stay in ../parameters. The files are in canonical form
 * (src/profile/canonical.ts; `npx tsx scripts/format-profiles.ts` rewrites them so).
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import type { DatedValueInput, ProfileInput } from '../schema.js';
import national from './national-2021.json' with { type: 'json' };
import longkou from './shandong-longkou-2021.json' with { type: 'json' };
import linzi from './shandong-linzi-2023.json' with { type: 'json' };
import jinan from './fujian-jinan-2023.json' with { type: 'json' };
import xiaozhongdian from './yunnan-xiaozhongdian-2021.json' with { type: 'json' };
import wuqingyuan from './gansu-wuqingyuan-2023.json' with { type: 'json' };

/** A built-in profile's file: a profile input that always has a description, a region and its sources. */
export type BuiltinProfileInput = ProfileInput & {
  title: Text;
  description: Text;
  region: NonNullable<ProfileInput['region']>;
  sources: string[];
};

/**
 * The built-in profiles' files, in the order `listProfiles` gives them: each one's parent comes
 * before it.
 */
export const BUILTIN_PROFILES: readonly BuiltinProfileInput[] = [national, longkou, linzi, jinan, xiaozhongdian, wuqingyuan];

/**
 * The file name of a built-in profile in this folder: its id with `/` as `-`.
 *
 * @example
 * builtinProfileFile('gansu/wuqingyuan/2023') // 'gansu-wuqingyuan-2023.json'
 */
export function builtinProfileFile(id: string): string {
  return `${id.replace(/\//g, '-')}.json`;
}

/**
 * The histories the built-in profiles' files give a parameter, by profile id: each file's own values,
 * not what it inherits.
 *
 * @example
 * builtinValues('monitoringLine')['fujian/jinan/2023']?.[0]?.value // '10560'
 */
export function builtinValues(key: string): Record<string, readonly DatedValueInput[]> {
  const out: Record<string, readonly DatedValueInput[]> = {};
  for (const p of BUILTIN_PROFILES) {
    const history = p.parameters?.[key];
    if (history) out[p.id] = history;
  }
  return out;
}

/**
 * The reasons the built-in profiles' files give for leaving a parameter unset, by profile id.
 *
 * @example
 * builtinUnset('monitoringLine')['national/2021']?.en // 'There is no national line: …'
 */
export function builtinUnset(key: string): Record<string, Text> {
  const out: Record<string, Text> = {};
  for (const p of BUILTIN_PROFILES) {
    const reason = p.unset?.[key];
    if (reason) out[p.id] = reason;
  }
  return out;
}
