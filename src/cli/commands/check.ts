/**
 * `fangfanpin check <input>` — data quality only (数据清洗): every record read and validated, each
 * household checked by `createBatchChecker` (its own checks, then duplicate ID numbers and 户编号
 * across households), one report row per problem. No assessment.
 *
 * @module
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeResults, type TableColumn, type TableRow } from '../../io/write.js';
import { maskIdNumbersInText } from '../../explain/mask.js';
import { parseHousehold } from '../../model/parse.js';
import { createBatchChecker } from '../../rules/quality/batch.js';
import type { QualityIssue } from '../../rules/quality/issue.js';
import { Channel, flatten } from '../channel.js';
import { EXIT } from '../exit-codes.js';
import { inputError, openInput, type TableCommandOptions } from '../input.js';
import { loadProfile } from '../load-profile.js';
import { printSuppliedLines, supplyLine, type LineOptions } from '../line-option.js';
import { RECORD_COLUMNS, safeHouseholdId } from '../output.js';
import { createProgress } from '../progress.js';
import { printBalance, printWarning, type Io } from '../print.js';

/** Options of `check`. */
export type CheckCommandOptions = TableCommandOptions & LineOptions;

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

const STAGE = { read: { zh: '读取校验', en: 'validation' }, quality: { zh: '数据质量', en: 'data quality' }, cross: { zh: '跨户检查', en: 'across households' } } as const;

/**
 * Runs `check`; returns the exit code: 0 when no record is rejected and none has an error, else 1.
 *
 * @example
 * const code = await checkCommand('examples/data/village.csv', { profile: 'national/2021', asOf: '2023-09-30', format: 'csv', lang: 'zh', progress: false }, io);
 */
export async function checkCommand(inputPath: string, options: CheckCommandOptions, io: Io): Promise<number> {
  const profile = supplyLine(await loadProfile(options.profile), options);
  const language = options.lang;
  // Warnings about the file are printed after the progress bar, never through it.
  const warnings: { zh: string; en: string }[] = [];
  const input = await openInput(inputPath, {
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    onWarning: (w) => void warnings.push(w.message),
  });
  if (options.out) await mkdir(options.out, { recursive: true });
  const report = new Channel<TableRow[]>(16);
  const written = writeResults(
    flatten(report),
    options.out ? { path: join(options.out, `quality.${options.format}`), format: options.format, language, columns: QUALITY_COLUMNS } : { stream: io.stdout, format: options.format, language, columns: QUALITY_COLUMNS },
  );
  written.catch(() => {});

  const checker = createBatchChecker(profile, options.asOf ? { asOf: options.asOf } : {});
  const counts = { in: 0, results: 0, rejected: 0 };
  const bySeverity: Record<string, number> = { error: 0, warning: 0, completeness: 0, info: 0 };
  // Households with at least one error, by 户编号 — their own errors and the cross-household errors that
  // name them (the same ID number in two households) — plus rejected records without a readable 户编号.
  const withErrors = new Set<string>();
  let unnamedWithErrors = 0;
  const hasError = (householdId: string | undefined) => {
    if (householdId === undefined || householdId === '') unnamedWithErrors++;
    else withErrors.add(householdId);
  };
  let crossIssues = 0;
  const progress = createProgress(input.size, io.stderr, options.progress && io.stderr.isTTY === true);
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

  try {
    let batch: TableRow[] = [];
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
        for (const i of issues) batch.push(issueRow(rec.position, rows, rec.householdId, 'read', 'error', i));
      } else {
        counts.results++;
        const found: QualityIssue[] = checker.add(household);
        if (found.some((q) => q.severity === 'error')) hasError(household.id);
        for (const q of found) {
          bySeverity[q.severity] = (bySeverity[q.severity] ?? 0) + 1;
          batch.push(issueRow(rec.position, rows, household.id, 'quality', q.severity, q));
        }
      }
      if (batch.length >= 256) {
        await report.push(batch);
        batch = [];
        progress.update(input.bytesRead(), counts.in);
      }
    }
    const cross = checker.finish();
    for (const q of cross) {
      bySeverity[q.severity] = (bySeverity[q.severity] ?? 0) + 1;
      crossIssues++;
      if (q.severity === 'error') for (const id of q.households ?? []) hasError(id);
      batch.push(issueRow(undefined, undefined, q.households?.join('; '), 'cross', q.severity, q));
    }
    if (batch.length) await report.push(batch);
  } catch (e) {
    progress.stop();
    report.close();
    await Promise.allSettled([written]);
    for (const w of warnings) printWarning(io, w);
    throw inputError(inputPath, e);
  }
  progress.stop();
  report.close();
  await written;
  for (const w of warnings.slice(0, 10)) printWarning(io, w);
  if (warnings.length > 10) printWarning(io, { zh: `另有 ${warnings.length - 10} 条导入警告`, en: `${warnings.length - 10} more import warnings` });

  const sev = (Object.keys(SEVERITY) as (keyof typeof SEVERITY)[]).map((k) => `${SEVERITY[k][language]} ${bySeverity[k] ?? 0}`).join(' | ');
  const householdsWithErrors = withErrors.size + unnamedWithErrors;
  const crossText = crossIssues > 0 ? (language === 'zh' ? `; 其中跨户检查 ${crossIssues}` : `; across households ${crossIssues} of them`) : '';
  io.stderr.write(`${language === 'zh' ? '数据质量问题' : 'data-quality problems'}: ${sev}${crossText}; ${language === 'zh' ? '有错误的户' : 'households with errors'} ${householdsWithErrors}\n`);
  printSuppliedLines(io, profile);
  printBalance(io, counts);
  if (options.out) io.stderr.write(`输出目录 / output: ${options.out}\n`);
  return counts.rejected > 0 || bySeverity.error! > 0 ? EXIT.rejected : EXIT.ok;
}
