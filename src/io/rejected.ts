/**
 * The rejected-records file (问题记录文件): every record that was not scored, with its source
 * rows and each issue (path, code, Chinese and English text), so a village can fix its data.
 * Everything that looks like an ID number is masked (src/explain/mask.ts), in every column.
 *
 * @module
 */
import type { ValidationIssue } from '../model/validation.js';
import { reportText } from '../explain/mask.js';
import { formatFromPath } from './source.js';
import { writeJsonLines, writeResults, type TableColumn, type TableRow, type WriteOptions, type WriteSummary } from './write.js';

/**
 * A record that was rejected: an importer's record with problems, or a re-scoring rejection.
 * Both `problems` (importer) and `issues` (parsing, re-scoring) are written.
 */
export interface RejectedRecord {
  position: number;
  householdId?: string | undefined;
  source?: { rows: readonly number[] } | undefined;
  problems?: readonly ValidationIssue[];
  issues?: readonly ValidationIssue[];
}

/** The columns of the rejected-records file (CSV, XLSX): one row per issue. */
export const REJECTED_COLUMNS: readonly TableColumn[] = [
  { key: 'householdId', zh: '户编号', en: 'household id' },
  { key: 'position', zh: '记录位置（从0起）', en: 'position (from 0)' },
  { key: 'rows', zh: '源文件行号', en: 'source rows' },
  { key: 'path', zh: '字段路径', en: 'field path' },
  { key: 'code', zh: '问题代码', en: 'issue code' },
  { key: 'zh', zh: '问题说明', en: 'issue (Chinese)' },
  { key: 'en', zh: '问题说明（英文）', en: 'issue (English)' },
];

/**
 * Row numbers as compact ranges: `[3, 4, 5, 9]` → `'3-5, 9'`.
 *
 * @example
 * formatRows([3, 4, 5, 9]) // '3-5, 9'
 */
export function formatRows(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    parts.push(j > i ? `${rows[i]}-${rows[j]}` : `${rows[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const mask = (s: string | undefined): string => (s === undefined ? '' : reportText(s));

function issuesOf(r: RejectedRecord): ValidationIssue[] {
  return [...(r.problems ?? []), ...(r.issues ?? [])];
}

/**
 * The rows of one rejected record in the rejected-records file ({@link REJECTED_COLUMNS}): one per
 * issue, ID numbers masked.
 *
 * @example
 * rejectedTableRows({ position: 7, householdId: 'H8', source: { rows: [9, 10] }, issues }) // [{ householdId: 'H8', position: 7, rows: '9-10', path: 'income.wage', … }]
 */
export function rejectedTableRows(r: RejectedRecord): TableRow[] {
  const base = { householdId: mask(r.householdId), position: r.position, rows: r.source ? formatRows(r.source.rows) : '' };
  const issues = issuesOf(r);
  if (issues.length === 0) return [{ ...base, path: '', code: 'rejected', zh: '记录被拒绝（未给出原因）', en: 'record rejected (no reason given)' }];
  return issues.map((i) => ({ ...base, path: mask(i.path), code: mask(i.code), zh: mask(i.message.zh), en: mask(i.message.en) }));
}

async function* issueRows(records: Iterable<RejectedRecord> | AsyncIterable<RejectedRecord>): AsyncGenerator<TableRow> {
  for await (const r of records) yield* rejectedTableRows(r);
}

/**
 * Writes rejected records. CSV and XLSX: one row per issue (household id, position, source rows,
 * path, code, zh, en). NDJSON: one line per record, `{ position, householdId, rows, issues: [{ path,
 * code, zh, en }] }`. ID numbers are masked everywhere. Returns the number of records written.
 *
 * @example
 * await writeRejected(rejections, { path: 'rejected.csv' });
 */
export async function writeRejected(records: Iterable<RejectedRecord> | AsyncIterable<RejectedRecord>, options: Omit<WriteOptions, 'columns'>): Promise<WriteSummary> {
  if ((options.format ?? formatFromPath(options.path)) === 'ndjson') return writeJsonLines(records, options, (r) => ({
    position: r.position,
    householdId: r.householdId === undefined ? null : mask(r.householdId),
    rows: r.source ? [...r.source.rows] : [],
    issues: issuesOf(r).map((i) => ({ path: mask(i.path), code: mask(i.code), zh: mask(i.message.zh), en: mask(i.message.en) })),
  }));
  let written = 0;
  async function* counted(): AsyncGenerator<RejectedRecord> {
    for await (const r of records) {
      written++;
      yield r;
    }
  }
  const summary = await writeResults(issueRows(counted()), { ...options, columns: REJECTED_COLUMNS, sheetName: options.sheetName ?? (options.language === 'en' ? 'rejected' : '问题记录') });
  return { ...summary, rows: written };
}
