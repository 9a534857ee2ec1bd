/**
 * `fangfanpin compare <input> --profile <a> --against <b>` — the same export classified under two
 * profiles (配置比较): who enters monitoring, who leaves, who changes category if, say, the county
 * line moves from 6500 to 7000 yuan. One row per household (or only the changed ones), the rejected
 * records, and the counts by change and by transition; `records in N = results R + rejected J`
 * printed at the end, as for `rescore`.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { COMPARISON_STATES, compareProfiles, stateOf, type CategoryChange, type ComparisonState, type ComparisonRow, type ProfileComparison } from '../compare.js';
import type { Text } from '../model/labels.js';
import { fieldLabel } from '../model/field-labels.js';
import { lineOption, lineSourceOption, printSuppliedLines, supplyLineToEither, type LineOptions } from './line-option.js';
import { suppliedLinesOf } from '../profile/supplied-lines.js';
import { isCalendarDate } from '../model/calendar-date.js';
import { maskIdNumbersInText } from '../explain/mask.js';
import type { TableColumn, TableRow } from '../io/write.js';
import { EXIT, EXIT_CODE_TEXT } from './exit-codes.js';
import { reportFailure } from './failure.js';
import { openInput, type TableCommandOptions } from './input.js';
import { loadProfile } from './load-profile.js';
import { OutputDirectory } from './out-dir.js';
import { outputError } from './output-error.js';
import { openGuardedWriter, RECORD_COLUMNS, safeHouseholdId } from './output.js';
import { beginRun } from './run-state.js';
import { checkOutputOptions } from './commands/rescore.js';
import { formatRows, writeRejected } from '../io/rejected.js';
import { checkProfile } from './preflight.js';
import { printBalance, printWarning, type Io } from './print.js';
import { createProgress } from './progress.js';

/** Options of `compare`. */
export interface CompareCommandOptions extends TableCommandOptions, LineOptions {
  /** Profile B (after): a built-in id or a profile JSON file; `profile` is profile A (before). */
  against: string;
  /** Write only the households whose classification changes. */
  changedOnly: boolean;
}

/** The columns of the comparison file. */
export const COMPARE_COLUMNS: readonly TableColumn[] = [
  ...RECORD_COLUMNS,
  { key: 'change', zh: '变化', en: 'change' },
  { key: 'stateA', zh: '配置A结论', en: 'under profile A' },
  { key: 'stateB', zh: '配置B结论', en: 'under profile B' },
  { key: 'figure', zh: '收入口径', en: 'income figure' },
  { key: 'perCapitaA', zh: '配置A人均收入', en: 'per capita (A)' },
  { key: 'perCapitaB', zh: '配置B人均收入', en: 'per capita (B)' },
  { key: 'lineA', zh: '配置A监测线', en: 'line (A)' },
  { key: 'lineB', zh: '配置B监测线', en: 'line (B)' },
  { key: 'toVerify', zh: '须入户核实', en: 'to verify at the visit' },
  { key: 'missing', zh: '缺少的信息', en: 'missing facts' },
  { key: 'messageZh', zh: '说明', en: 'explanation (zh)' },
  { key: 'messageEn', zh: '说明（英文）', en: 'explanation' },
];

/** The changes, in words. */
export const CHANGE_TEXT: Record<CategoryChange, Text> = {
  entered: { zh: '新纳入', en: 'entered' },
  left: { zh: '退出', en: 'left' },
  recategorised: { zh: '类别变化', en: 'recategorised' },
  unchanged: { zh: '未变', en: 'unchanged' },
  'to-verify': { zh: '待核实', en: 'to verify' },
  undetermined: { zh: '无法判定', en: 'undetermined' },
};


/**
 * One row of the comparison file.
 *
 * @example
 * compareRow(row, 'zh') // { householdId: 'LK-002', change: '新纳入', stateA: '未纳入', stateB: '边缘易致贫户', … }
 */
export function compareRow(row: ComparisonRow, language: 'zh' | 'en'): TableRow {
  const missing = [...new Set([...row.a.missing, ...row.b.missing, ...[row.a.error, row.b.error].flatMap((e) => (e ? [e.code] : []))])];
  return {
    position: row.position,
    rows: row.source ? formatRows(row.source.rows) : undefined,
    householdId: safeHouseholdId(row.householdId),
    change: CHANGE_TEXT[row.change][language],
    stateA: COMPARISON_STATES[stateOf(row.a)][language],
    stateB: COMPARISON_STATES[stateOf(row.b)][language],
    figure: row.a.figure ?? row.b.figure,
    perCapitaA: row.a.perCapita,
    perCapitaB: row.b.perCapita,
    lineA: row.a.line,
    lineB: row.b.line,
    toVerify: [...new Set([...row.a.toVerify, ...row.b.toVerify])].map((f) => fieldLabel(f)[language]).join('; ') || undefined,
    missing: missing.map((f) => fieldLabel(f)[language]).join('; ') || undefined,
    messageZh: maskIdNumbersInText(row.message.zh),
    messageEn: maskIdNumbersInText(row.message.en),
  };
}

function printComparison(io: Io, r: ProfileComparison, language: 'zh' | 'en'): void {
  const c = r.counts;
  const asOf = r.asOf.a === r.asOf.b ? (r.asOf.a ?? '—') : `${r.asOf.a ?? '—'} / ${r.asOf.b ?? '—'}`;
  const head =
    language === 'zh'
      ? `配置 A ${r.profiles.a.id} → 配置 B ${r.profiles.b.id}，评估时点 ${asOf}`
      : `profile A ${r.profiles.a.id} → profile B ${r.profiles.b.id}, as of ${asOf}`;
  const changes = (Object.keys(CHANGE_TEXT) as CategoryChange[]).map((k) => `${CHANGE_TEXT[k][language]} ${c[k]}`).join(' | ');
  const transitions = Object.entries(c.transitions)
    .filter(([k]) => k.split('→')[0] !== k.split('→')[1])
    .map(([k, n]) => {
      const [from, to] = k.split('→') as [ComparisonState, ComparisonState];
      return `${COMPARISON_STATES[from][language]}→${COMPARISON_STATES[to][language]} ${n}`;
    });
  io.stderr.write(`${head}\n  ${changes}\n${transitions.length ? `  ${transitions.join('; ')}\n` : ''}`);
}

/**
 * Runs `compare`; returns the exit code: 0, or 1 when records were rejected, or 3 when a profile
 * cannot classify (a parameter it leaves unset).
 *
 * @example
 * const code = await compareCommand('longkou.ndjson', { profile: 'shandong/longkou/2021', against: './longkou-7000.json', asOf: '2021-06-30', format: 'csv', changedOnly: false, lang: 'zh', progress: false, out: 'out' }, io);
 */
export async function compareCommand(inputPath: string, options: CompareCommandOptions, io: Io): Promise<number> {
  checkOutputOptions(options, io);
  const [a, b] = supplyLineToEither(await loadProfile(options.profile), await loadProfile(options.against), options);
  checkProfile(a, options.asOf);
  checkProfile(b, options.asOf);
  const language = options.lang;
  const quiet = options.quiet === true;
  let warnings = 0;
  const input = await openInput(inputPath, {
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(io.stdin ? { stdin: io.stdin } : {}),
    onWarning: (w) => {
      if (++warnings <= 10 && !quiet) printWarning(io, w.message);
    },
  });
  const out = options.out ? OutputDirectory.open(options.out, { force: options.force === true, command: `fangfanpin compare ${inputPath}` }) : undefined;
  const counts = { in: 0, results: 0, rejected: 0 };
  const endRun = beginRun({ io, out, counts: () => ({ ...counts }) });
  const progress = createProgress(input.size, io.stderr, options.progress && !quiet && io.stderr.isTTY === true);
  let missingParameter = false;
  let result: ProfileComparison;
  const file = `compare.${options.format}`;
  try {
    const writer = await openGuardedWriter(
      out
        ? { language, columns: COMPARE_COLUMNS, path: out.file(file), createNew: true, format: options.format }
        : { language, columns: COMPARE_COLUMNS, stream: io.stdout, format: options.format, bom: options.bom === true },
      out ? `${out.dir}/${file}` : 'stdout',
    );
    let pending: TableRow[] = [];
    async function* records() {
      for await (const rec of input.records) {
        for (const row of pending) await writer.addRow(row);
        pending = [];
        counts.in++;
        if (counts.in % 256 === 0) progress.update(input.bytesRead(), counts.in);
        yield rec;
      }
    }
    try {
      result = await compareProfiles(records(), a, b, {
        ...(options.asOf ? { asOf: options.asOf } : {}),
        records: 'imported',
        keep: 'none',
        onRow: (row) => {
          counts.results++;
          if (row.a.error?.code === 'missing_parameter' || row.b.error?.code === 'missing_parameter') missingParameter = true;
          if (!options.changedOnly || row.change !== 'unchanged') pending.push(compareRow(row, language));
        },
      });
      for (const row of pending) await writer.addRow(row);
    } catch (e) {
      await Promise.allSettled([writer.end()]);
      throw e;
    }
    await writer.end();
    counts.in = result.counts.households;
    counts.results = result.counts.compared;
    counts.rejected = result.counts.rejected;
    if (out) {
      try {
        await writeRejected(result.rejected, { path: out.file('rejected.csv'), format: 'csv', language, createNew: true });
      } catch (e) {
        throw outputError(`${out.dir}/rejected.csv`, e);
      }
      const { profiles, asOf, counts: c } = result;
      const supplied = { a: suppliedLinesOf(a), b: suppliedLinesOf(b) };
      const suppliedLines = supplied.a.length + supplied.b.length > 0 ? { suppliedLines: supplied } : {};
      try {
        await writeFile(out.file('compare-summary.json'), JSON.stringify({ profiles, asOf, counts: c, ...suppliedLines }, null, 2) + '\n', { flag: 'wx' });
      } catch (e) {
        throw outputError(`${out.dir}/compare-summary.json`, e);
      }
    }
    progress.stop();
    out?.commit();
  } catch (e) {
    progress.stop();
    out?.abandon();
    endRun();
    const code = reportFailure(io, e, inputPath === '-' ? 'stdin' : inputPath);
    counts.rejected = counts.in - counts.results;
    printBalance(io, counts, true);
    return code;
  }
  endRun();

  if (!out && !quiet) {
    for (const r of result.rejected.slice(0, REJECTIONS_SHOWN)) {
      const where = `#${r.position}${r.source ? ` (行/rows ${formatRows(r.source.rows)})` : ''} ${maskIdNumbersInText(r.householdId ?? '')}`;
      for (const i of r.issues) io.stderr.write(`✗ ${where} ${i.path}: ${maskIdNumbersInText(i.message.zh)} / ${maskIdNumbersInText(i.message.en)}\n`);
    }
    const more = result.rejected.length - REJECTIONS_SHOWN;
    if (more > 0) io.stderr.write(`… 另有 ${more} 条拒收记录未显示（用 --out 写出全部）/ ${more} more rejected records not shown (use --out to write them all)\n`);
  }
  if (!quiet) {
    printSuppliedLines(io, a);
    printSuppliedLines(io, b);
    printComparison(io, result, language);
  }
  if (warnings > 10 && !quiet) printWarning(io, { zh: `另有 ${warnings - 10} 条导入警告`, en: `${warnings - 10} more import warnings` });
  if (options.json) io.stdout.write(JSON.stringify({ profiles: result.profiles, asOf: result.asOf, counts: result.counts }, null, 2) + '\n');
  if (out && !quiet) io.stderr.write(`输出目录 / output: ${out.dir}\n`);
  printBalance(io, { in: result.counts.households, results: result.counts.compared, rejected: result.counts.rejected });
  if (missingParameter) return EXIT.profile;
  return result.counts.rejected > 0 ? EXIT.rejected : EXIT.ok;
}

const REJECTIONS_SHOWN = 20;

function asOfDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('应为日期 YYYY-MM-DD / expected a date YYYY-MM-DD');
  return value;
}

/**
 * Adds the `compare` command to the program.
 *
 * @example
 * registerCompareCommand(program, io, (code) => (exitCode = code));
 */
export function registerCompareCommand(program: Command, io: Io, setCode: (code: number) => void): Command {
  const exitCodes = ['', '退出码 Exit codes:', ...EXIT_CODE_TEXT.map((e) => `  ${String(e.code).padEnd(3)} ${e.text.zh}\n      ${e.text.en}`)].join('\n');
  return program
    .command('compare')
    .description('比较两个政策配置：同一批农户谁新纳入、谁退出、谁类别变化 / compare two profiles: who enters, leaves or changes category')
    .argument('<input>', '输入文件（CSV、NDJSON 或 XLSX；- 为标准输入）/ the export (CSV, NDJSON or XLSX; - for standard input)')
    .addOption(new Option('-p, --profile <id|file>', '配置 A（对比前）：内置配置 id 或配置 JSON 文件 / profile A (before): a built-in id or a profile JSON').makeOptionMandatory())
    .addOption(new Option('--against <id|file>', '配置 B（对比后）：内置配置 id 或配置 JSON 文件 / profile B (after): a built-in id or a profile JSON').makeOptionMandatory())
    .addOption(new Option('--as-of <date>', '评估时点 YYYY-MM-DD（默认：各配置的默认时点）/ as-of date (default: each profile’s)').argParser(asOfDate))
    .addOption(lineOption())
    .addOption(lineSourceOption())
    .option('-o, --out <dir>', '输出目录：compare.*、rejected.csv、compare-summary.json（不得已存在且非空，除非 --force）/ output directory (must not exist with files in it, unless --force)')
    .option('--force', '输出目录已存在且不为空时仍写入（运行完成后替换先前的输出文件）/ write into a non-empty output directory (its earlier outputs are replaced once the run is complete)', false)
    .addOption(new Option('-f, --format <csv|ndjson|xlsx>', '比较结果文件格式 / format of the comparison').choices(['csv', 'ndjson', 'xlsx']).default('csv'))
    .option('--changed-only', '只输出结论有变化（或无法判定）的农户 / write only the households that change (or are undetermined)', false)
    .addOption(new Option('--input-format <csv|ndjson|xlsx>', '输入格式（默认按扩展名或内容判断）/ input format').choices(['csv', 'ndjson', 'xlsx']))
    .addOption(new Option('--encoding <utf-8|gbk>', '输入 CSV/NDJSON 的编码（默认自动识别）/ input text encoding (default: detected)').choices(['utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be']))
    .addOption(new Option('--lang <zh|en>', '表头与说明的语言 / language of headers and explanations').choices(['zh', 'en']).default('zh'))
    .option('--no-progress', '不显示进度条 / no progress bar')
    .option('-q, --quiet', '只输出错误和最后的收支平衡行 / print only errors and the final balance line', false)
    .option('--json', '在 stdout 输出 JSON 格式的汇总（需 --out）/ print the summary as JSON on stdout (needs --out)', false)
    .option('--bom', '输出到 stdout 的 CSV 也加 UTF-8 BOM / a UTF-8 BOM before CSV on stdout too', false)
    .addHelpText('after', `${exitCodes}\n\n示例 Example:\n  fangfanpin compare export.csv --profile shandong/longkou/2021 --against ./longkou-7000.json --as-of 2021-06-30 --out out/`)
    .action(async (input: string, o: CompareCommandOptions) => setCode(await compareCommand(input, o, io)));
}
