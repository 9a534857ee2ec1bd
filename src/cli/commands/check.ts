/**
 * `fangfanpin check <input>` — data quality only (数据清洗): every record read and validated, each
 * household checked by `createBatchChecker` (its own checks, then duplicate ID numbers and 户编号
 * across households), one report row per problem. No assessment.
 *
 * @module
 */
import type { TableColumn, TableRow } from '../../io/write.js';
import { maskIdNumbersInText } from '../../explain/mask.js';
import { parseHousehold } from '../../model/parse.js';
import { createBatchChecker } from '../../rules/quality/batch.js';
import { createTableChecker } from '../../rules/quality/tables.js';
import { readWorkSpells } from '../../io/work-spells.js';
import { readVillages } from '../../io/villages.js';
import type { SideTableRead } from '../../io/side-table.js';
import type { WorkSpell } from '../../model/work-spell.js';
import type { Village } from '../../model/village.js';
import type { QualityIssue } from '../../rules/quality/issue.js';
import { EXIT } from '../exit-codes.js';
import { reportFailure } from '../failure.js';
import { openInput, type TableCommandOptions } from '../input.js';
import { loadProfile } from '../load-profile.js';
import { printSuppliedLines, supplyLine, type LineOptions } from '../line-option.js';
import { OutputDirectory } from '../out-dir.js';
import { openGuardedWriter, RECORD_COLUMNS, safeHouseholdId } from '../output.js';
import { beginRun } from '../run-state.js';
import { LEAN_RUN_BYTES, optimisingCompilerBack, optimisingCompilerOff } from '../tiering.js';
import { checkOutputOptions } from './rescore.js';
import { createProgress } from '../progress.js';
import { printBalance, printWarning, type Io } from '../print.js';

/** Options of `check`. */
export type CheckCommandOptions = TableCommandOptions &
  LineOptions & {
    /** （务工月监测）已外出务工信息: a CSV or XLSX file, joined to the members by 证件号码. */
    workSpells?: string;
    /** 计划外出务工信息: a CSV or XLSX file, joined to the members by 证件号码. */
    plannedWork?: string;
    /** （自定义）行政村信息: a CSV or XLSX file, joined to the households by village. */
    villages?: string;
  };

/** The other tables of `check`, read whole before the households. */
interface OtherTables {
  spells: WorkSpell[];
  /** `表名 第N行` of each spell, parallel to `spells`. */
  spellRows: { table: string; row: number }[];
  villages?: Village[];
  villageRows: number[];
  given: { current: boolean; planned: boolean };
  /** Rows that could not be read, per table. */
  rejected: { table: string; row: number; problems: { code: string; path: string; message: { zh: string; en: string } }[] }[];
  /** One line per table read. */
  lines: { zh: string; en: string }[];
}

const TABLE_NAMES = { current: '已外出务工信息', planned: '计划外出务工信息', villages: '行政村信息' } as const;

async function readOtherTables(options: CheckCommandOptions): Promise<OtherTables | undefined> {
  if (!options.workSpells && !options.plannedWork && !options.villages) return undefined;
  const out: OtherTables = { spells: [], spellRows: [], villageRows: [], given: { current: false, planned: false }, rejected: [], lines: [] };
  const encoding = options.encoding ? { encoding: options.encoding } : {};
  const note = (table: string, file: string, read: SideTableRead<unknown>) => {
    for (const r of read.rejected) out.rejected.push({ table, row: r.row, problems: r.problems });
    out.lines.push({ zh: `${table}（${file}）：读取 ${read.rows.length} 行，拒收 ${read.rejected.length} 行`, en: `${table} (${file}): ${read.rows.length} rows read, ${read.rejected.length} rejected` });
    for (const w of read.warnings) out.lines.push(w.message);
  };
  for (const [table, file] of [['current', options.workSpells], ['planned', options.plannedWork]] as const) {
    if (!file) continue;
    const read = await readWorkSpells(file, table, encoding);
    out.given[table] = true;
    for (const r of read.rows) {
      out.spells.push(r.value);
      out.spellRows.push({ table: TABLE_NAMES[table], row: r.row });
    }
    note(TABLE_NAMES[table], file, read);
  }
  if (options.villages) {
    const read = await readVillages(options.villages, encoding);
    out.villages = read.rows.map((r) => r.value);
    out.villageRows = read.rows.map((r) => r.row);
    note(TABLE_NAMES.villages, options.villages, read);
  }
  return out;
}

/** The columns of the data-quality report. */
export const QUALITY_COLUMNS: readonly TableColumn[] = [
  ...RECORD_COLUMNS,
  { key: 'stage', zh: '环节', en: 'stage' },
  { key: 'severity', zh: '严重程度', en: 'severity' },
  { key: 'code', zh: '问题代码', en: 'code' },
  { key: 'path', zh: '字段', en: 'field' },
  { key: 'reasonZh', zh: '问题', en: 'problem (zh)' },
  { key: 'reasonEn', zh: '问题（英文）', en: 'problem' },
];

const SEVERITY = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '疑点', en: 'warning' },
  completeness: { zh: '缺项', en: 'completeness' },
  info: { zh: '提示', en: 'info' },
} as const;

const STAGE = {
  read: { zh: '读取校验', en: 'validation' },
  quality: { zh: '数据质量', en: 'data quality' },
  cross: { zh: '跨户检查', en: 'across households' },
  tables: { zh: '多表关联', en: 'across tables' },
} as const;

/**
 * Runs `check`; returns the exit code: 0 when no record is rejected and none has an error, else 1.
 *
 * @example
 * const code = await checkCommand('examples/data/village.csv', { profile: 'national/2021', asOf: '2023-09-30', format: 'csv', lang: 'zh', progress: false }, io);
 */
export async function checkCommand(inputPath: string, options: CheckCommandOptions, io: Io): Promise<number> {
  try {
    return await checkInput(inputPath, options, io);
  } finally {
    // Back on when a small file turned it off (below).
    optimisingCompilerBack();
  }
}

/** Runs `check` (see {@link checkCommand}). */
async function checkInput(inputPath: string, options: CheckCommandOptions, io: Io): Promise<number> {
  checkOutputOptions(options, io);
  const profile = supplyLine(await loadProfile(options.profile), options);
  const language = options.lang;
  const quiet = options.quiet === true;
  // Warnings about the file are printed after the progress bar, never through it.
  const warnings: { zh: string; en: string }[] = [];
  const input = await openInput(inputPath, {
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(io.stdin ? { stdin: io.stdin } : {}),
    onWarning: (w) => void warnings.push(w.message),
  });
  // A file of at most a few megabytes is checked without V8's optimising compiler, which costs more
  // than it saves on so little, as `rescore` does (../tiering.ts).
  if (inputPath !== '-' && input.size <= LEAN_RUN_BYTES) optimisingCompilerOff();
  let tables: OtherTables | undefined;
  try {
    tables = await readOtherTables(options);
  } catch (e) {
    return reportFailure(io, e);
  }
  const out = options.out ? OutputDirectory.open(options.out, { force: options.force === true, command: `fangfanpin check ${inputPath}` }) : undefined;
  const counts = { in: 0, results: 0, rejected: 0 };
  const endRun = beginRun({ io, out, counts: () => ({ ...counts }) });
  const assessment = options.asOf ? { asOf: options.asOf } : {};
  const checker = tables
    ? createTableChecker({ workSpells: tables.spells, workSpellRows: tables.spellRows.map((r) => r.row), given: tables.given, ...(tables.villages ? { villages: tables.villages } : {}) }, profile, assessment)
    : undefined;
  const batch = checker ? undefined : createBatchChecker(profile, assessment);
  /** The file row a table issue points at (`workSpells[k]…`, `villages[k]…`), as `表名 第N行`. */
  const tableRow = (path: string): string | undefined => {
    const m = /^(workSpells|villages)\[(\d+)\]/.exec(path);
    if (!m || !tables) return undefined;
    const k = Number(m[2]);
    if (m[1] === 'villages') return tables.villageRows[k] === undefined ? undefined : `${TABLE_NAMES.villages} ${tables.villageRows[k]}`;
    const r = tables.spellRows[k];
    return r ? `${r.table} ${r.row}` : undefined;
  };
  const bySeverity: Record<string, number> = { error: 0, warning: 0, completeness: 0, info: 0 };
  // Households with at least one error, by 户编号 (as masked in the outputs) — their own errors and the
  // cross-household errors that name them (the same ID number in two households) — plus rejected records
  // without a readable 户编号.
  const withErrors = new Set<string>();
  let unnamedWithErrors = 0;
  const hasError = (householdId: string | undefined) => {
    if (householdId === undefined || householdId === '') unnamedWithErrors++;
    else withErrors.add(maskIdNumbersInText(householdId));
  };
  let crossIssues = 0;
  let tableRejected = 0;
  const progress = createProgress(input.size, io.stderr, options.progress && !quiet && io.stderr.isTTY === true);
  const issueRow = (position: number | undefined, rows: string | undefined, householdId: string | undefined, stage: keyof typeof STAGE, severity: keyof typeof SEVERITY, i: { code: string; path: string; message: { zh: string; en: string } }): TableRow => ({
    position,
    rows,
    householdId: safeHouseholdId(householdId),
    stage: STAGE[stage][language],
    severity: SEVERITY[severity][language],
    code: i.code,
    path: maskIdNumbersInText(i.path),
    reasonZh: maskIdNumbersInText(i.message.zh),
    reasonEn: maskIdNumbersInText(i.message.en),
  });
  const printWarnings = () => {
    if (quiet) return;
    for (const line of tables?.lines ?? []) printWarning(io, line);
    for (const w of warnings.slice(0, 10)) printWarning(io, w);
    if (warnings.length > 10) printWarning(io, { zh: `另有 ${warnings.length - 10} 条导入警告`, en: `${warnings.length - 10} more import warnings` });
  };

  const file = `quality.${options.format}`;
  try {
    const report = await openGuardedWriter(
      out
        ? { path: out.file(file), createNew: true, format: options.format, language, columns: QUALITY_COLUMNS }
        : { stream: io.stdout, format: options.format, language, columns: QUALITY_COLUMNS, bom: options.bom === true },
      out ? `${out.dir}/${file}` : 'stdout',
    );
    try {
      for (const r of tables?.rejected ?? []) {
        tableRejected++;
        bySeverity.error! += r.problems.length;
        for (const p of r.problems) await report.addRow(issueRow(undefined, `${r.table} ${r.row}`, undefined, 'read', 'error', p));
      }
      for await (const rec of input.records) {
        counts.in++;
        const rows = rec.source.rows.join(', ');
        let issues: readonly { code: string; path: string; message: { zh: string; en: string } }[] = rec.problems;
        let household;
        if (issues.length === 0) {
          const parsed = parseHousehold(rec.raw);
          if (parsed.ok) household = parsed.household;
          else issues = parsed.issues;
        }
        if (!household) {
          counts.rejected++;
          bySeverity.error! += issues.length;
          const rawId = (rec.raw as { id?: unknown } | undefined)?.id;
          hasError(rec.householdId ?? (typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined));
          for (const i of issues) await report.addRow(issueRow(rec.position, rows, rec.householdId, 'read', 'error', i));
        } else {
          counts.results++;
          const found: QualityIssue[] = checker ? checker.add(household).issues : batch!.add(household);
          if (found.some((q) => q.severity === 'error')) hasError(household.id);
          for (const q of found) {
            bySeverity[q.severity] = (bySeverity[q.severity] ?? 0) + 1;
            await report.addRow(issueRow(rec.position, rows, household.id, 'quality', q.severity, q));
          }
        }
        if (counts.in % 256 === 0) progress.update(input.bytesRead(), counts.in);
      }
      for (const q of checker ? checker.finish() : batch!.finish()) {
        bySeverity[q.severity] = (bySeverity[q.severity] ?? 0) + 1;
        crossIssues++;
        if (q.severity === 'error') for (const id of q.households ?? []) hasError(id);
        const row = tableRow(q.path);
        await report.addRow(issueRow(undefined, row, q.households?.join('; '), row ? 'tables' : 'cross', q.severity, q));
      }
    } catch (e) {
      await Promise.allSettled([report.end()]);
      throw e;
    }
    await report.end();
    progress.stop();
    out?.commit();
  } catch (e) {
    progress.stop();
    out?.abandon();
    endRun();
    printWarnings();
    const code = reportFailure(io, e, inputPath === '-' ? 'stdin' : inputPath);
    printBalance(io, counts, true);
    return code;
  }
  endRun();
  printWarnings();

  const householdsWithErrors = withErrors.size + unnamedWithErrors;
  const summary = { in: counts.in, results: counts.results, rejected: counts.rejected, bySeverity, crossHouseholdIssues: crossIssues, householdsWithErrors, ...(tables ? { tableRowsRejected: tableRejected } : {}) };
  if (!quiet) {
    const sev = (Object.keys(SEVERITY) as (keyof typeof SEVERITY)[]).map((k) => `${SEVERITY[k][language]} ${bySeverity[k] ?? 0}`).join(' | ');
    const crossText = crossIssues > 0 ? (language === 'zh' ? `; 其中跨户检查 ${crossIssues}` : `; across households ${crossIssues} of them`) : '';
    io.stderr.write(`${language === 'zh' ? '数据质量问题' : 'data-quality problems'}: ${sev}${crossText}; ${language === 'zh' ? '有错误的户' : 'households with errors'} ${householdsWithErrors}\n`);
    printSuppliedLines(io, profile);
  }
  if (options.json) io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  if (out && !quiet) io.stderr.write(`输出目录 / output: ${out.dir}\n`);
  printBalance(io, counts);
  return counts.rejected > 0 || tableRejected > 0 || bySeverity.error! > 0 ? EXIT.rejected : EXIT.ok;
}
