/**
 * What the CLI writes (输出文件) besides the result rows (made where each household is scored,
 * src/rescore/row.ts): the summary table by village, and rejected records row by row (`compare`;
 * `rescore` writes them with the importer's `writeRejected`).
 *
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openTableWriter, writeResults, type TableColumn, type TableRow, type TableWriter, type WriteOptions } from '../io/write.js';
import type { ImportWarning } from '../io/group.js';
import { outputError } from './output-error.js';
import { maskIdNumbersInText } from '../explain/mask.js';
import type { RescoreRejection } from '../rescore/score.js';
import { safeHouseholdId } from '../rescore/row.js';
import {
  FACT_COLUMNS,
  factRows,
  RECORDED_MATRIX_COLUMNS,
  recordedMatrixRows,
  SUMMARY_COLUMNS,
  summaryRows,
  totalRowCells,
  villageRowCells,
  type RescoreSummary,
  type SummaryBuilder,
} from '../rescore/summary.js';

export { safeHouseholdId };

/** The columns that name a record in every CLI table: its position, its rows in the file, its 户编号. */
export const RECORD_COLUMNS: readonly TableColumn[] = [
  { key: 'position', zh: '记录序号', en: 'record' },
  { key: 'rows', zh: '行号', en: 'rows' },
  { key: 'householdId', zh: '户编号', en: 'household id' },
];

/**
 * The columns of a rejected-records file written row by row with {@link rejectedRows} (`compare`).
 * `rescore` writes its rejected records with the importer's `writeRejected`.
 */
export const REJECTED_COLUMNS: readonly TableColumn[] = [
  ...RECORD_COLUMNS,
  { key: 'path', zh: '字段', en: 'field' },
  { key: 'code', zh: '问题代码', en: 'code' },
  { key: 'reasonZh', zh: '原因', en: 'reason (zh)' },
  { key: 'reasonEn', zh: '原因（英文）', en: 'reason' },
];

/**
 * The rows of a rejection: one per issue, messages masked (again — they already are).
 *
 * @example
 * rejectedRows(outcome) // [{ position: 7, rows: '9, 10', householdId: 'H8', path: 'income.wage', code: 'invalid_money', … }]
 */
export function rejectedRows(o: RescoreRejection): TableRow[] {
  const rows = o.source ? o.source.rows.join(', ') : undefined;
  const householdId = safeHouseholdId(o.householdId);
  return o.issues.map((i) => ({
    position: o.position,
    rows,
    householdId,
    path: maskIdNumbersInText(i.path),
    code: i.code,
    reasonZh: maskIdNumbersInText(i.message.zh),
    reasonEn: maskIdNumbersInText(i.message.en),
  }));
}

/** The columns of the summary file (榕晋乡振〔2023〕12号 附件2 shape). */
export const SUMMARY_TABLE_COLUMNS: readonly TableColumn[] = SUMMARY_COLUMNS.map((c) => ({ key: c.key, zh: c.header.zh, en: c.header.en }));

/**
 * The summary as keyed rows (villages, then the total) for the table writers.
 *
 * @example
 * await writeResults(summaryTableRows(run.summary(), 'zh'), { path: 'summary.csv', columns: SUMMARY_TABLE_COLUMNS });
 */
export function summaryTableRows(summary: RescoreSummary, language: 'zh' | 'en'): TableRow[] {
  return summaryRows(summary, language).slice(1).map(keyedRow);
}

function keyedRow(cells: readonly string[]): TableRow {
  return Object.fromEntries(SUMMARY_COLUMNS.map((c, i) => [c.key, /^\d+$/.test(cells[i]!) && i >= 3 ? Number(cells[i]) : cells[i]!]));
}

/**
 * The rows of {@link summaryTableRows}, one at a time, straight from the builder (a summary of
 * tens of thousands of villages is never copied whole).
 *
 * @example
 * await writeResults(eachSummaryTableRow(builder, 'zh'), { path: 'summary.csv', columns: SUMMARY_TABLE_COLUMNS });
 */
export function* eachSummaryTableRow(builder: SummaryBuilder, language: 'zh' | 'en'): Generator<TableRow> {
  for (const v of builder.eachVillage()) yield keyedRow(villageRowCells(v, language));
  yield keyedRow(totalRowCells(builder.head(true), language));
}

/**
 * Writes the summary as JSON — the text `JSON.stringify(builder.snapshot(true), null, 2)` gives,
 * one village at a time. With `importWarnings` (the warnings about the file that was read: absent
 * income columns, title rows, …), they come as `importWarnings` just before `villages`.
 *
 * @example
 * await writeSummaryJson(builder, (s) => stream.write(s));
 */
export async function writeSummaryJson(builder: SummaryBuilder, write: (text: string) => Promise<void> | void, importWarnings?: readonly ImportWarning[]): Promise<void> {
  const summary = builder.head(true);
  const { villages, ...counts } = summary;
  const head = JSON.stringify(importWarnings === undefined ? summary : { ...counts, importWarnings, villages }, null, 2);
  const tail = '"villages": []\n}';
  if (builder.villageCount === 0 || !head.endsWith(tail)) return void (await write(head + '\n'));
  await write(head.slice(0, -tail.length) + '"villages": [\n');
  let first = true;
  let buffer = '';
  for (const v of builder.eachVillage()) {
    buffer += (first ? '' : ',\n') + JSON.stringify(v, null, 2).replace(/^/gm, '    ');
    first = false;
    if (buffer.length >= 1 << 16) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer + '\n  ]\n}\n');
}

/** The columns of summary-matrix.csv (原记录类别 → 重新评估). */
export const RECORDED_MATRIX_TABLE_COLUMNS: readonly TableColumn[] = RECORDED_MATRIX_COLUMNS.map((c) => ({ key: c.key, zh: c.header.zh, en: c.header.en }));

/** The columns of summary-facts.csv (须入户核实的事实, 记录缺项). */
export const FACT_TABLE_COLUMNS: readonly TableColumn[] = FACT_COLUMNS.map((c) => ({ key: c.key, zh: c.header.zh, en: c.header.en }));

function keyed(columns: readonly { key: string }[], cells: readonly string[], firstNumber: number): TableRow {
  return Object.fromEntries(columns.map((c, i) => [c.key, i >= firstNumber && /^\d+$/.test(cells[i]!) ? Number(cells[i]) : cells[i]!]));
}

/** Where the summary files go: in an output directory (its temporary names while the run is going). */
export interface SummaryPaths {
  csv: string;
  json: string;
  matrix: string;
  facts: string;
}

/**
 * Writes summary.csv and summary.json, village by village (a province has tens of thousands of
 * villages; the summary is never copied whole), and the two small tables of the whole run:
 * summary-matrix.csv (the export's recorded category against the re-score) and summary-facts.csv (the
 * facts to verify, and the record facts missing, by households). summary.json carries the warnings
 * about the file read (`importWarnings`) when given. Given a directory, into it; given the paths (an
 * output directory's temporary names), there, created new. Written with synchronous calls, as the
 * results are: nothing else runs in the writing thread meanwhile, and no stream is opened and waited
 * for. A failure is an {@link OutputError}.
 *
 * @example
 * await writeSummary('out', run.summary, 'zh', run.warnings);
 */
export async function writeSummary(out: string | SummaryPaths, summary: SummaryBuilder, language: 'zh' | 'en', importWarnings?: readonly ImportWarning[]): Promise<void> {
  const paths: SummaryPaths =
    typeof out === 'string'
      ? { csv: join(out, 'summary.csv'), json: join(out, 'summary.json'), matrix: join(out, 'summary-matrix.csv'), facts: join(out, 'summary-facts.csv') }
      : out;
  const createNew = typeof out !== 'string';
  const head = summary.head(true);
  const tables: [string, () => Promise<unknown>][] = [
    [paths.csv, () => writeResults(eachSummaryTableRow(summary, language), { path: paths.csv, format: 'csv', language, columns: SUMMARY_TABLE_COLUMNS, createNew, sync: true })],
    [
      paths.matrix,
      () =>
        writeResults(
          recordedMatrixRows(head, language).slice(1).map((cells) => keyed(RECORDED_MATRIX_COLUMNS, cells, 1)),
          { path: paths.matrix, format: 'csv', language, columns: RECORDED_MATRIX_TABLE_COLUMNS, createNew, sync: true },
        ),
    ],
    [
      paths.facts,
      () => writeResults(factRows(head, language).slice(1).map((cells) => keyed(FACT_COLUMNS, cells, 2)), { path: paths.facts, format: 'csv', language, columns: FACT_TABLE_COLUMNS, createNew, sync: true }),
    ],
  ];
  for (const [path, write] of tables) {
    try {
      await write();
    } catch (e) {
      throw outputError(path, e);
    }
  }
  try {
    const fd = openSync(paths.json, createNew ? 'wx' : 'w');
    try {
      await writeSummaryJson(
        summary,
        (text) => {
          const bytes = Buffer.from(text, 'utf8');
          for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
        },
        importWarnings,
      );
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw outputError(paths.json, e);
  }
}

/**
 * A table writer whose every failure is an {@link OutputError} naming `file` (a full disk, a
 * closed stdout): the CLI tells output errors from input errors and bugs by their class.
 *
 * @example
 * const results = guardWriter(await openTableWriter({ path }), 'out/results.csv');
 */
export function guardWriter(writer: TableWriter, file: string): TableWriter {
  return {
    format: writer.format,
    async addRow(row) {
      try {
        await writer.addRow(row);
      } catch (e) {
        throw outputError(file, e);
      }
    },
    async addLines(text, rows) {
      try {
        await writer.addLines(text, rows);
      } catch (e) {
        throw outputError(file, e);
      }
    },
    takesUtf8: writer.takesUtf8,
    async addLineBytes(bytes, rows) {
      try {
        await writer.addLineBytes(bytes, rows);
      } catch (e) {
        throw outputError(file, e);
      }
    },
    async end() {
      try {
        return await writer.end();
      } catch (e) {
        throw outputError(file, e);
      }
    },
  };
}

/**
 * Opens a table writer as {@link openTableWriter} does, with failures (opening included) as
 * {@link OutputError}s naming `file`.
 *
 * @example
 * const w = await openGuardedWriter({ path: out.file('results.csv'), createNew: true }, 'out/results.csv');
 */
export async function openGuardedWriter(options: WriteOptions, file: string): Promise<TableWriter> {
  try {
    return guardWriter(await openTableWriter(options), file);
  } catch (e) {
    throw outputError(file, e);
  }
}
