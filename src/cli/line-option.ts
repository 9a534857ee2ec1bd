/**
 * `--line <元> --line-source "<文件文号、条款>"` (补充监测线): the shortest fix when the chosen profile
 * states no monitoring line for the year of the as-of date. The command runs under a derived
 * profile (`withMonitoringLine`: the line dated where the rules read it, cited to the source given,
 * marked as supplied by the user), and says so on stderr; `rescore` records it in summary.json, and
 * every result's decision record names the derived profile by id and hash.
 *
 * @module
 */
import { InvalidArgumentError, Option } from 'commander';
import type { Text } from '../model/labels.js';
import { ProfileDefinitionError, type MissingParameterError } from '../profile/errors.js';
import type { Profile } from '../profile/schema.js';
import { suppliedLinesOf } from '../profile/supplied-lines.js';
import { monitoringLineReading, SuppliedLineError, withMonitoringLine } from '../supplied-line.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './print.js';

/** The options `--line` and `--line-source`. */
export interface LineOptions {
  /** The line in yuan per person per year (a positive decimal, at most two places). */
  line?: string;
  /** Its source: the document and clause, in words. */
  lineSource?: string;
}

function lineAmount(value: string): string {
  const s = value.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(s) || /^0*(\.0*)?$/.test(s)) {
    throw new InvalidArgumentError('应为正数金额（元/人·年，最多两位小数），如 8700 / expected a positive amount in yuan per person per year (at most two decimals), such as 8700');
  }
  return s;
}

/**
 * `--line <yuan>`, for a command that assesses under a profile (with {@link lineSourceOption}).
 *
 * @example
 * command.addOption(lineOption()).addOption(lineSourceOption());
 */
export function lineOption(): Option {
  return new Option(
    '--line <yuan>',
    '补充监测线（元/人·年）：配置在评估时点所在年度没有监测线时使用，须同时给出 --line-source / the monitoring line (yuan per person per year) for a profile that has none for the year of the as-of date; needs --line-source',
  ).argParser(lineAmount);
}

/**
 * `--line-source <text>`: the document and clause `--line` comes from.
 *
 * @example
 * command.addOption(lineOption()).addOption(lineSourceOption());
 */
export function lineSourceOption(): Option {
  return new Option('--line-source <text>', '补充监测线的出处：文件文号和条款，如 "云农办通〔2025〕1号 第一条" / the source of --line: the document and clause');
}

/** `--line` and `--line-source`, checked to come together (exit 2 otherwise). */
function pairOf(options: LineOptions): { line: string; lineSource: string } {
  const { line, lineSource } = options;
  if (line === undefined) {
    throw new CliError(EXIT.usage, {
      zh: '--line-source 只与 --line 一起使用（--line <元> 给出监测线，--line-source 给出它的出处）',
      en: '--line-source goes with --line (--line <yuan> gives the line, --line-source its source)',
    });
  }
  if (lineSource === undefined || lineSource.trim() === '') {
    throw new CliError(EXIT.usage, {
      zh: `--line ${line} 缺少 --line-source "<文件文号、条款>"：每一个取值都必须注明出处，补充的监测线连同出处记入汇总和每户的判定记录`,
      en: `--line ${line} needs --line-source "<document, clause>": every value carries its source, and the supplied line is recorded with it in the summary and in every decision record`,
    });
  }
  return { line, lineSource };
}

/**
 * The profile to run under: `profile` itself without `--line`, else the derived profile with the line
 * supplied for the year of the as-of date. Throws a {@link CliError}: exit 2 for `--line` without
 * `--line-source` (or the reverse), without an as-of date, or where the profile already has a line;
 * exit 3 if the derived profile is not valid.
 *
 * @example
 * const profile = supplyLine(getProfile('yunnan/xiaozhongdian/2021'), { line: '9000', lineSource: '某文件 一', asOf: '2026-12-06' });
 * profile.id // 'yunnan/xiaozhongdian/2021/line-2026-9000'
 */
export function supplyLine(profile: Profile, options: LineOptions & { asOf?: string | undefined }): Profile {
  if (options.line === undefined && options.lineSource === undefined) return profile;
  const { line, lineSource } = pairOf(options);
  const asOf = options.asOf ?? profile.defaultAsOf?.value;
  if (asOf === undefined) {
    throw new CliError(EXIT.usage, {
      zh: `--line 需要评估时点：配置 ${profile.id} 没有默认评估时点，请用 --as-of YYYY-MM-DD 指定（监测线按该时点的收入计算周期补充）`,
      en: `--line needs an as-of date: profile ${profile.id} has none by default; give --as-of YYYY-MM-DD (the line is supplied for its income period)`,
    });
  }
  try {
    return withMonitoringLine(profile, { value: line, source: lineSource, asOf });
  } catch (e) {
    if (e instanceof SuppliedLineError) throw new CliError(e.code === 'line-in-force' || e.code === 'invalid-value' || e.code === 'no-date' ? EXIT.usage : EXIT.profile, e.text);
    if (e instanceof ProfileDefinitionError) throw new CliError(EXIT.profile, { zh: `补充监测线后的配置无效：${e.message}`, en: `the profile with the supplied line is not valid: ${e.message}` });
    throw e;
  }
}

/**
 * For `compare`: supplies the line to each of the two profiles that has none on its reading date.
 * Exit 2 when both already have one (`--line` would change nothing).
 *
 * @example
 * const [a, b] = supplyLineToEither(linzi, national, { line: '7000', lineSource: '某文件 一', asOf: '2026-12-06' });
 */
export function supplyLineToEither(a: Profile, b: Profile, options: LineOptions & { asOf?: string | undefined }): [Profile, Profile] {
  if (options.line === undefined && options.lineSource === undefined) return [a, b];
  const lacks = (p: Profile) => {
    const asOf = options.asOf ?? p.defaultAsOf?.value;
    return asOf === undefined || monitoringLineReading(p, asOf).inForce === undefined;
  };
  pairOf(options);
  const needA = lacks(a);
  const needB = lacks(b);
  if (!needA && !needB) {
    throw new CliError(EXIT.usage, {
      zh: `配置 ${a.id} 和 ${b.id} 在评估时点都已有监测线：--line 只用于补充缺少的监测线`,
      en: `profiles ${a.id} and ${b.id} both have a line for the as-of date: --line only supplies a missing one`,
    });
  }
  return [needA ? supplyLine(a, options) : a, needB ? supplyLine(b, options) : b];
}

/**
 * Prints the lines a user supplied to the profile (nothing for a profile without any), in Chinese
 * and English: value, dates, source, and the derived profile's id and hash.
 *
 * @example
 * printSuppliedLines(io, profile);
 * // 补充监测线 9000 元/人·年（2026-01-01 至 2026-12-31），使用者提供，出处“某文件 一”（未核实）；派生配置 yunnan/xiaozhongdian/2021/line-2026-9000
 */
export function printSuppliedLines(io: Io, profile: Profile): void {
  for (const l of suppliedLinesOf(profile)) {
    io.stderr.write(
      `补充监测线 ${l.value} 元/人·年（${l.from} 至 ${l.to ?? '（无结束日期）'}），使用者提供，出处“${l.source}”（未核实）；派生配置 ${profile.id}，hash ${profile.hash}\n` +
        `supplied line ${l.value} yuan per person per year (${l.from}..${l.to ?? ''}), supplied by the user, source "${l.source}" (unverified); derived profile ${profile.id}, hash ${profile.hash}\n`,
    );
  }
}

/**
 * The exit-3 message for a missing monitoring line: `--line` first, then a profile JSON.
 *
 * @example
 * missingLineText(getProfile('shandong/linzi/2023'), error, '2023-09-30').en
 * // 'profile shandong/linzi/2023 has no monitoring line ("monitoringLine") on 2023-09-30 … The shortest fix: add --line <yuan> --line-source "<document, clause>" …'
 */
export function missingLineText(profile: Profile, e: MissingParameterError, asOf: string | undefined): Text {
  const when = asOf ?? profile.defaultAsOf?.value ?? e.on;
  const { dates } = monitoringLineReading(profile, when);
  const year = dates.from.slice(0, 4);
  const covered = e.covered.map((c) => `${c.from}..${c.to ?? ''}`).join(', ');
  return {
    zh:
      `政策配置 ${profile.id} 在 ${e.on} 没有监测线（monitoringLine）${e.reason ? `：${e.reason.zh}` : ''}${covered ? `（已有取值：${covered}）` : ''}\n` +
      `最简便的补救：加上 --line <元> --line-source "<文件文号、条款>"，为 ${year} 年补充一条注明出处的监测线（${dates.from} 至 ${dates.to}）；派生配置和出处记入汇总和每户的判定记录。\n` +
      `或者写一个配置 JSON（"extends": "${profile.id}"，在 "parameters" 的 "monitoringLine" 中给出取值、起止日期和出处），用 --profile <文件路径> 指定。`,
    en:
      `profile ${profile.id} has no monitoring line ("monitoringLine") on ${e.on}${e.reason ? `: ${e.reason.en}` : ''}${covered ? ` (it has values for ${covered})` : ''}\n` +
      `The shortest fix: add --line <yuan> --line-source "<document, clause>" to supply a cited line for ${year} (${dates.from}..${dates.to}); the derived profile and the source are recorded in the summary and in every decision record.\n` +
      `Or write a profile JSON ("extends": "${profile.id}", with "monitoringLine" under "parameters": dated values with their citation) and pass it with --profile <path>.`,
  };
}
