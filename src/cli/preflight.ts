/**
 * The profile check before a run (配置预检): a few typical households are assessed under the
 * profile and the as-of date before any record is read, so that a parameter the profile leaves
 * unset stops the command at once (exit code 3) with the parameter's name and how to supply it,
 * instead of rejecting every record of a large file. `rescore` assesses the probes in lean mode, as
 * it assesses the records (the same decisions and parameters, no findings built), so a start does
 * not compile the explanation code a lean run never uses.
 *
 * @module
 */
import { assessHousehold } from '../assess.js';
import { parseHousehold } from '../model/parse.js';
import { MissingParameterError } from '../profile/errors.js';
import type { Profile } from '../profile/schema.js';
import type { HolidayNotice } from '../calendar/notices.js';
import { CliError, EXIT } from './exit-codes.js';
import { missingLineText } from './line-option.js';

const member = (relation: string, sex: 'male' | 'female', birthDate: string) => ({ name: '样例', sex, relation, birthDate, health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true });
const income = { wage: '3000', operating: '1000', property: '0', transfer: '600', operatingExpense: '200' };

/** Households that reach the usual rules: an ordinary household, a 脱贫户, a monitored and an eliminated one. */
function probes(asOf: string | undefined): unknown[] {
  const year = Number((asOf ?? '2023-09-30').slice(0, 4));
  const identifiedOn = `${year - 1}-03-01`;
  const members = [member('head', 'male', '1970-01-01'), member('spouse', 'female', '1972-01-01')];
  return [
    { id: 'probe-1', povertyAlleviated: false, members, income },
    { id: 'probe-2', povertyAlleviated: true, policyStatus: 'enjoying', members, income },
    { id: 'probe-3', povertyAlleviated: false, members, income, monitoring: { category: 'marginal', identifiedOn } },
    {
      id: 'probe-4',
      povertyAlleviated: true,
      members,
      income,
      monitoring: { category: 'unstable', identifiedOn, eliminated: { method: 'assisted', on: `${year - 1}-12-01` } },
    },
  ];
}

/**
 * Throws a {@link CliError} with exit code 3 when assessing typical households under the profile
 * needs a parameter the profile does not set, and exit code 2 when there is no as-of date at all.
 * `explain: false` assesses the probes as a lean run assesses its records.
 *
 * @example
 * checkProfile(getProfile('shandong/linzi/2023'), '2023-09-30');
 * checkProfile(getProfile('fujian/jinan/2023'), '2023-12-15', undefined, { explain: false }); // as `rescore` does
 */
export function checkProfile(profile: Profile, asOf: string | undefined, holidays?: readonly HolidayNotice[], mode: { explain?: boolean } = {}): void {
  if (asOf === undefined && !profile.defaultAsOf) {
    throw new CliError(EXIT.usage, {
      zh: `配置 ${profile.id} 没有默认评估时点：请用 --as-of YYYY-MM-DD 指定（决定收入计算周期和参数取值日期）`,
      en: `profile ${profile.id} has no default as-of date: give --as-of YYYY-MM-DD (it fixes the income period and the date parameters are read at)`,
    });
  }
  for (const raw of probes(asOf)) {
    const parsed = parseHousehold(raw);
    if (!parsed.ok) continue;
    try {
      assessHousehold(parsed.household, profile, { ...(asOf === undefined ? {} : { asOf }), ...(holidays ? { holidays } : {}), ...(mode.explain === false ? { explain: false } : {}) });
    } catch (e) {
      if (e instanceof MissingParameterError && e.parameter === 'monitoringLine') throw new CliError(EXIT.profile, missingLineText(profile, e, asOf));
      if (e instanceof MissingParameterError) {
        throw new CliError(EXIT.profile, {
          zh: `政策配置 ${profile.id} 在 ${e.on} 缺少参数 "${e.parameter}"${e.reason ? `：${e.reason.zh}` : ''}\n提供方法：写一个配置 JSON（"extends": "${profile.id}"，在 "parameters" 中给出 "${e.parameter}" 的取值、起止日期和出处），用 --profile <文件路径> 指定。`,
          en: `profile ${profile.id} has no value of "${e.parameter}" on ${e.on}${e.reason ? `: ${e.reason.en}` : ''}\nTo supply it: write a profile JSON ("extends": "${profile.id}", with "${e.parameter}" under "parameters": dated values with their citation) and pass it with --profile <path>.`,
        });
      }
      // Anything else shows up record by record, as rejections.
    }
  }
}
