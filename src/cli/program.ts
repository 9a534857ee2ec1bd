/**
 * The `fangfanpin` command line (命令行): commands, options, bilingual help and exit codes.
 *
 * @module
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isCalendarDate } from '../model/calendar-date.js';
import { VERSION } from '../version.js';
import { rescoreCommand } from './commands/rescore.js';
import { registerCompareCommand } from './compare-command.js';
import { lineOption, lineSourceOption } from './line-option.js';
import { EXIT, EXIT_CODE_TEXT } from './exit-codes.js';
import { reportFailure } from './failure.js';
import type { Io } from './print.js';

const TITLES: Record<string, string> = {
  'Usage:': '用法 Usage:',
  'Options:': '选项 Options:',
  'Commands:': '命令 Commands:',
  'Arguments:': '参数 Arguments:',
  'Global Options:': '全局选项 Global options:',
};

function exitCodesHelp(): string {
  return ['', '退出码 Exit codes:', ...EXIT_CODE_TEXT.map((e) => `  ${String(e.code).padEnd(3)} ${e.text.zh}\n      ${e.text.en}`)].join('\n');
}

const EXAMPLES = `
示例 Examples:
  fangfanpin rescore examples/data/village.csv --profile fujian/jinan/2023 --out out/
  fangfanpin rescore export.csv --profile ./my-county.json --as-of 2023-09-30 --format xlsx --out out/
  fangfanpin rescore export.csv --profile shandong/linzi/2023 --as-of 2026-12-06 --line <元> --line-source "<文件文号、条款>" --out out/
  fangfanpin check export.csv --profile shandong/linzi/2023 --out out/
  fangfanpin explain examples/data/village.csv --household <户编号> --profile fujian/jinan/2023
  fangfanpin profiles
  fangfanpin profiles --check ./my-county.json

进度条只在 stderr 是终端时显示；结果、拒收记录和汇总表写入 --out 目录（无 --out 时结果写到 stdout）。
The progress bar shows only when stderr is a terminal; results, rejected records and the summary go to
the --out directory (without --out, results go to stdout). Documentation: docs/cli.md.`;

function asOfDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('应为日期 YYYY-MM-DD / expected a date YYYY-MM-DD');
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数 / expected a positive integer');
  return n;
}

const profileOption = (required: boolean, fallback?: string) => {
  const o = new Option('-p, --profile <id|file>', '政策配置：内置配置 id 或配置 JSON 文件路径 / profile: a built-in id or the path of a profile JSON');
  if (fallback) o.default(fallback);
  if (required) o.makeOptionMandatory();
  return o;
};
const asOfOption = () => new Option('--as-of <date>', '评估时点 YYYY-MM-DD（默认：配置的默认时点）/ as-of date (default: the profile’s)').argParser(asOfDate);
const langOption = () => new Option('--lang <zh|en>', '表头与说明的语言 / language of headers and explanations').choices(['zh', 'en']).default('zh');
const inputFormatOption = () => new Option('--input-format <csv|ndjson|xlsx>', '输入格式（默认按扩展名或内容判断）/ input format (default: from the name or the content)').choices(['csv', 'ndjson', 'xlsx']);
const forceOption = () => new Option('--force', '输出目录已存在且不为空时仍写入（运行完成后替换先前的输出文件）/ write into a non-empty output directory (its earlier outputs are replaced once the run is complete)').default(false);
const quietOption = () => new Option('-q, --quiet', '只输出错误和最后的收支平衡行 / print only errors and the final balance line').default(false);
const jsonOption = () => new Option('--json', '在 stdout 输出 JSON 格式的汇总（需 --out）/ print the summary as JSON on stdout (needs --out)').default(false);
const bomOption = () => new Option('--bom', '输出到 stdout 的 CSV 也加 UTF-8 BOM（文件总是带 BOM）/ a UTF-8 BOM before CSV on stdout too (files always have one)').default(false);
const holidaysOption = () => new Option('--holidays <file>', '补充的国务院办公厅节假日安排（JSON），用于 2026 年以后的工作日时限 / State Council holiday notices (JSON) for working-day deadlines after 2026');
const encodingOption = () =>
  new Option('--encoding <utf-8|gbk>', '输入 CSV/NDJSON 的编码（默认自动识别）/ input text encoding (default: detected)').choices(['utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be']);

/**
 * Builds the program. `io` receives all output (the real process streams, or test doubles). The
 * modules of `check`, `explain` and `profiles` are loaded when their command runs: a start of
 * `rescore` does not set them up (docs/decisions.md, "Startup: lazy packages, an ASCII bundle").
 *
 * @example
 * const code = await runCli(['rescore', 'x.csv', '--profile', 'fujian/jinan/2023', '--out', 'out']);
 */
export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('fangfanpin')
    .description(`防返贫 — 防止返贫动态监测和帮扶规则的命令行：重新评估导出文件、检查数据质量、解释单户结果。\nPoverty-relapse monitoring rules on the command line: re-score an export, check data quality, explain one household.`)
    .version(VERSION, '-V, --version', '显示版本 / show the version')
    .helpOption('-h, --help', '显示帮助 / show help')
    .helpCommand('help [command]', '显示命令的帮助 / help for a command')
    .configureHelp({ styleTitle: (s: string) => TITLES[s] ?? s, sortSubcommands: false })
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .addHelpText('after', exitCodesHelp() + '\n' + EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride();

  program
    .command('rescore')
    .description('重新评估整份导出文件：结果、拒收记录、按村汇总 / re-score a whole export: results, rejected records, summary by village')
    .argument('<input>', '输入文件（CSV、NDJSON 或 XLSX；- 为标准输入）/ the export (CSV, NDJSON or XLSX; - for standard input)')
    .addOption(profileOption(true))
    .addOption(asOfOption())
    .addOption(lineOption())
    .addOption(lineSourceOption())
    .option('-o, --out <dir>', '输出目录：results.*、rejected.csv、summary.csv、summary.json、summary-matrix.csv、summary-facts.csv（不得已存在且非空，除非 --force）/ output directory (must not exist with files in it, unless --force)')
    .addOption(forceOption())
    .addOption(holidaysOption())
    .addOption(new Option('-f, --format <csv|ndjson|xlsx>', '结果文件格式 / results format').choices(['csv', 'ndjson', 'xlsx']).default('csv'))
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(new Option('--output-encoding <utf-8|gbk>', '输出 CSV 编码（默认 UTF-8 带 BOM）/ CSV output encoding (default UTF-8 with BOM)').choices(['utf-8', 'gbk']))
    .addOption(new Option('-w, --workers <n>', '工作线程数（默认：全部 CPU 核心；1 = 不另开评估线程，读取与评估在同一线程；不超过 8 块（默认 2 MB）的文件总在一个线程评估）/ worker threads (default: all cores; 1: no scoring workers, one thread reads and scores; a file of at most 8 chunks, 2 MB by default, is scored in one thread)').argParser(positiveInt))
    .addOption(new Option('--batch-size <n>', 'CSV：每块约 n KB，在户与户之间切分；NDJSON/XLSX：每批 n 户（默认 256）/ CSV: chunks of about n KB, cut between households; NDJSON/XLSX: n households per batch (default 256)').argParser(positiveInt))
    .addOption(langOption())
    .option('--no-progress', '不显示进度条 / no progress bar')
    .addOption(quietOption())
    .addOption(jsonOption())
    .addOption(bomOption())
    .addHelpText('after', exitCodesHelp())
    .action(async (input: string, o) => setCode(await rescoreCommand(input, o, io)));

  program
    .command('check')
    .description('仅检查数据质量（不评估）：每个问题一行 / data quality only (no assessment): one row per problem')
    .argument('<input>', '输入文件（- 为标准输入）/ the export (- for standard input)')
    .addOption(profileOption(false, 'national/2021'))
    .addOption(asOfOption())
    .addOption(lineOption())
    .addOption(lineSourceOption())
    .option('-o, --out <dir>', '输出目录：quality.*（不得已存在且非空，除非 --force）/ output directory (must not exist with files in it, unless --force)')
    .option('--work-spells <file>', '（务工月监测）已外出务工信息（CSV 或 XLSX），按证件号码与成员关联 / the work-away table (CSV or XLSX), joined to members by ID number')
    .option('--planned-work <file>', '计划外出务工信息（CSV 或 XLSX），按证件号码与成员关联 / the planned-work table (CSV or XLSX), joined to members by ID number')
    .option('--villages <file>', '（自定义）行政村信息（CSV 或 XLSX），按县、乡、村与户关联 / the village table (CSV or XLSX), joined to households by county, township and village')
    .addOption(forceOption())
    .addOption(new Option('-f, --format <csv|ndjson|xlsx>', '报告格式 / report format').choices(['csv', 'ndjson', 'xlsx']).default('csv'))
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(langOption())
    .option('--no-progress', '不显示进度条 / no progress bar')
    .addOption(quietOption())
    .addOption(jsonOption())
    .addOption(bomOption())
    .addHelpText('after', exitCodesHelp())
    .action(async (input: string, o) => setCode(await (await import('./commands/check.js')).checkCommand(input, o, io)));

  program
    .command('explain')
    .description('解释一户的评估结果（每条判定及其依据条款）/ explain one household: every finding with its clause')
    .argument('<input>', '输入文件（- 为标准输入）/ the export (- for standard input)')
    .requiredOption('--household <id>', '户编号 / household id')
    .addOption(profileOption(true))
    .addOption(asOfOption())
    .addOption(lineOption())
    .addOption(lineSourceOption())
    .addOption(holidaysOption())
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(new Option('--lang <zh|en|both>', '说明的语言 / language of the explanation').choices(['zh', 'en', 'both']).default('zh'))
    .option('--json', '输出完整结果 JSON / print the full result as JSON', false)
    .addHelpText('after', exitCodesHelp())
    .action(async (input: string, o) => setCode(await (await import('./commands/explain.js')).explainCommand(input, o, io)));

  program
    .command('profiles')
    .description('列出内置政策配置：监测线及出处 / list the built-in profiles with their lines and sources')
    .addOption(langOption())
    .option('--json', '输出 JSON / print JSON', false)
    .option('--check <file|id>', '校验一个配置（JSON 文件或内置 id）并列出其全部参数取值及出处 / validate one profile (a JSON file or a built-in id) and print its rule book')
    .action(async (o) => {
      const { checkProfileCommand, profilesCommand } = await import('./commands/profiles.js');
      setCode(o.check !== undefined ? await checkProfileCommand(o.check, o, io) : profilesCommand(o, io));
    });

  registerCompareCommand(program, io, setCode);
  return program;
}

/**
 * Runs the command line with `argv` (without `node` and the script) and returns the exit code.
 * Never throws.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      io.stderr.write('用法错误：运行 fangfanpin --help 查看帮助 / usage error: run fangfanpin --help\n');
      return EXIT.usage;
    }
    // A usage, profile, input or output error in words; a bug with its stack trace, once.
    return reportFailure(io, e);
  }
}
