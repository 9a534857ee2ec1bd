/**
 * `--profile`: a built-in profile id, or the path of a profile in JSON (validated by
 * `safeDefineProfile`; every issue is printed). Any failure is exit code 3.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { builtinProfileIds, getProfile, isBuiltinProfileId, safeDefineProfile } from '../profile/registry.js';
import type { Profile } from '../profile/schema.js';
import { CliError, EXIT } from './exit-codes.js';

/**
 * Loads the profile named on the command line.
 *
 * @example
 * const profile = await loadProfile('fujian/jinan/2023');
 * const mine = await loadProfile('./my-county.json');
 */
export async function loadProfile(spec: string): Promise<Profile> {
  if (isBuiltinProfileId(spec)) return getProfile(spec);
  const looksLikePath = /\.json$/i.test(spec) || spec.includes('\\') || spec.startsWith('.') || spec.startsWith('/');
  if (!looksLikePath) {
    const known = builtinProfileIds().join(', ');
    throw new CliError(EXIT.profile, {
      zh: `未知的政策配置 "${spec}"。内置配置：${known}；也可给出配置 JSON 文件的路径。`,
      en: `unknown profile "${spec}". Built-in profiles: ${known}; or give the path of a profile JSON file.`,
    });
  }
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (e) {
    throw new CliError(EXIT.profile, { zh: `无法读取政策配置文件 ${spec}：${(e as Error).message}`, en: `cannot read the profile file ${spec}: ${(e as Error).message}` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(EXIT.profile, { zh: `政策配置文件 ${spec} 不是有效的 JSON：${(e as Error).message}`, en: `the profile file ${spec} is not valid JSON: ${(e as Error).message}` });
  }
  const r = safeDefineProfile(json);
  if (!r.ok) {
    const lines = r.issues.map((i) => `  - ${i.path || '(profile)'}: ${i.message.zh} / ${i.message.en}`).join('\n');
    throw new CliError(EXIT.profile, { zh: `政策配置 ${spec} 无效：\n${lines}`, en: `the profile ${spec} is not valid (issues above).` });
  }
  return r.profile;
}
