/**
 * Reading the export's other tables (其他导出表): the work-monitoring tables and the village table
 * are flat — one row per spell or per village, no grouping — and read here with the same pieces as
 * the household file: format and encoding detection, CSV (UTF-8, GBK) and XLSX rows, title rows
 * above the header, header spelling normalised, `="…"` cells unwrapped, the value converters.
 *
 * Nothing is lost: every non-blank row ends up either read or rejected with its problems (the
 * column, the row, what was expected); ID numbers are never repeated unmasked in a message. A file
 * that cannot be read at all (no header, bad encoding) is an {@link ImportError}.
 *
 * @module
 */
import type { z } from 'zod';
import type { Text } from '../model/labels.js';
import { fromZodIssues, type ValidationIssue } from '../model/validation.js';
import { csvRows, type SheetRow } from './csv.js';
import { ImportError } from './errors.js';
import { isBlank } from './group.js';
import type { HeaderSource } from './headers.js';
import { normalizeHeader, unwrapCell } from './normalize.js';
import { decodeText, detectEncoding, formatFromBytes, formatFromPath, openBytes, peek, sourcePath, type ByteSource, type InputFormat, type TextEncoding } from './source.js';
import type { ValueConverter } from './values.js';
import type { ImportWarning } from './warning.js';
import { xlsxRows } from './xlsx.js';

/** One column of a side table: its headers (the usual spelling first), the field it fills and the converter. */
export interface SideColumn {
  /** The field of the row object it fills (`idNumber`, `monthlyWage`). */
  path: string;
  /** Accepted headers, matched after {@link normalizeHeader}. */
  headers: readonly string[];
  convert: ValueConverter;
  /** Where the header is documented (export-format.md §3.3, or a spelling accepted by this library). */
  source: HeaderSource;
  note: Text;
}

/** What a side table is: its name, columns, the header that must be present, and the row schema. */
export interface SideTableSpec<T> {
  /** The table's name in messages (e.g. 已外出务工信息). */
  name: Text;
  columns: readonly SideColumn[];
  /** The field whose column makes a row the header row (and must be present): `idNumber`, `name`. */
  key: string;
  schema: z.ZodType<T>;
  /** Fields every row gets beside its cells (e.g. `{ table: 'current' }`). */
  fixed?: Readonly<Record<string, unknown>>;
  /** Headers recognised but not read (location, category): ignored without a warning. */
  unused?: readonly string[];
}

/** Options of the side-table readers. */
export interface SideTableOptions {
  /** The format; default: from the file extension, else from the first bytes (NDJSON is not a side-table format). */
  format?: Exclude<InputFormat, 'ndjson'>;
  /** CSV text encoding; default: detected. */
  encoding?: TextEncoding;
  /** CSV delimiter; default `,` (a tab when the first lines hold more tabs than commas). */
  delimiter?: string;
  /** XLSX worksheet, counting from 1. */
  sheet?: number;
  /** How many rows to scan for the header (default 10). */
  headerScanRows?: number;
}

/** A row that could be read: its 1-based row number in the file and its value. */
export interface SideRow<T> {
  row: number;
  value: T;
}

/** A row that could not be read: its row number and what is wrong (paths are the row's fields). */
export interface SideRejected {
  row: number;
  problems: ValidationIssue[];
}

/** What a side table gave: the rows read, the rows rejected, warnings about the file. */
export interface SideTableRead<T> {
  rows: SideRow<T>[];
  rejected: SideRejected[];
  warnings: ImportWarning[];
  /** The header row (1-based). */
  headerRow: number;
}

interface Plan {
  /** column index → the column spec. */
  used: { index: number; column: SideColumn; header: string }[];
  unknown: string[];
}

function plan(cells: readonly string[], spec: SideTableSpec<unknown>): Plan {
  const index = new Map<string, SideColumn>();
  for (const c of spec.columns) for (const h of c.headers) index.set(normalizeHeader(h), c);
  const known = new Set((spec.unused ?? []).map(normalizeHeader));
  const used: Plan['used'] = [];
  const unknown: string[] = [];
  cells.forEach((cell, i) => {
    const header = unwrapCell(String(cell ?? ''));
    if (header === '') return;
    const column = index.get(normalizeHeader(header));
    if (column) used.push({ index: i, column, header });
    else if (!known.has(normalizeHeader(header))) unknown.push(header);
  });
  return { used, unknown };
}

function hasKey(cells: readonly string[], spec: SideTableSpec<unknown>): boolean {
  const key = spec.columns.find((c) => c.path === spec.key)!;
  const headers = new Set(key.headers.map(normalizeHeader));
  return cells.some((c) => headers.has(normalizeHeader(String(c ?? ''))));
}

async function* rowsOf(source: ByteSource, options: SideTableOptions): AsyncGenerator<SheetRow[]> {
  const path = sourcePath(source);
  let format: InputFormat | undefined = options.format ?? formatFromPath(path);
  if (format === 'xlsx') {
    yield* xlsxRows(source, options.sheet === undefined ? {} : { sheet: options.sheet });
    return;
  }
  const peeked = await peek(openBytes(source));
  format ??= formatFromBytes(peeked.head);
  if (format === 'xlsx') {
    yield* xlsxRows(peeked.all, { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), ...(path === undefined ? {} : { name: path }) });
    return;
  }
  if (format === 'ndjson') throw new ImportError('format', { zh: '该表须为 CSV 或 XLSX 文件', en: 'this table must be a CSV or XLSX file' });
  const encoding = options.encoding ?? detectEncoding(peeked.head);
  yield* csvRows(decodeText(peeked.all, encoding), options.delimiter === undefined ? {} : { delimiter: options.delimiter });
}

/** Builds the row object of one sheet row: converted cells, and the problems of the cells that could not be converted. */
function assemble<T>(sheetRow: SheetRow, p: Plan, spec: SideTableSpec<T>): { value?: T; problems: ValidationIssue[] } {
  const raw: Record<string, unknown> = { ...spec.fixed };
  const problems: ValidationIssue[] = [];
  for (const { index, column, header } of p.used) {
    const cell = unwrapCell(String(sheetRow.cells[index] ?? ''));
    if (cell === '') continue;
    const got = column.convert.convert(cell);
    if (!got.ok) {
      problems.push({ path: column.path, code: got.code, message: { zh: `第 ${sheetRow.row} 行“${header}”列：${got.message.zh}`, en: `row ${sheetRow.row}, column ${header}: ${got.message.en}` } });
      continue;
    }
    if (got.value === undefined) continue;
    const prior = raw[column.path];
    if (prior !== undefined && prior !== got.value) {
      problems.push({ path: column.path, code: 'conflicting_value', message: { zh: `第 ${sheetRow.row} 行：“${header}”与同一字段的另一列取值不一致`, en: `row ${sheetRow.row}: column ${header} disagrees with another column of the same field` } });
      continue;
    }
    raw[column.path] = got.value;
  }
  if (problems.length > 0) return { problems };
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problems };
  for (const i of fromZodIssues(parsed.error.issues, raw)) {
    const column = spec.columns.find((c) => c.path === i.path);
    const where = column ? { zh: `第 ${sheetRow.row} 行“${column.headers[0]}”列：`, en: `row ${sheetRow.row}, column ${column.headers[0]}: ` } : { zh: `第 ${sheetRow.row} 行：`, en: `row ${sheetRow.row}: ` };
    problems.push({ path: i.path, code: i.code, message: { zh: where.zh + i.message.zh, en: where.en + i.message.en } });
  }
  return { problems };
}

/**
 * Reads a side table whole (these tables hold one row per spell or village and are joined in
 * memory). Every non-blank row below the header is either in `rows` or in `rejected`.
 *
 * @example
 * const t = await readSideTable('村信息.xlsx', VILLAGE_TABLE, {});
 * t.rows.length + t.rejected.length // the non-blank rows below the header
 */
export async function readSideTable<T>(source: ByteSource, spec: SideTableSpec<T>, options: SideTableOptions = {}): Promise<SideTableRead<T>> {
  const scan = options.headerScanRows ?? 10;
  const warnings: ImportWarning[] = [];
  const rows: SideRow<T>[] = [];
  const rejected: SideRejected[] = [];
  const before: number[] = [];
  let p: Plan | undefined;
  let headerRow = 0;
  const blank: number[] = [];
  for await (const batch of rowsOf(source, options)) {
    for (const sheetRow of batch) {
      if (!p) {
        if (hasKey(sheetRow.cells, spec as SideTableSpec<unknown>)) {
          p = plan(sheetRow.cells, spec as SideTableSpec<unknown>);
          headerRow = sheetRow.row;
          if (before.length > 0) warnings.push({ code: 'title-rows', rows: before.slice(), message: { zh: `${spec.name.zh}：表头在第 ${headerRow} 行；其上 ${before.length} 行（标题行）未导入`, en: `${spec.name.en}: the header is row ${headerRow}; the ${before.length} title rows above it were not imported` } });
          if (p.unknown.length > 0) warnings.push({ code: 'unknown-columns', columns: p.unknown, message: { zh: `${spec.name.zh}：以下 ${p.unknown.length} 列不在映射表中，已忽略：${p.unknown.join('、')}`, en: `${spec.name.en}: ${p.unknown.length} columns are not in the mapping table and were ignored: ${p.unknown.join(', ')}` } });
          continue;
        }
        before.push(sheetRow.row);
        if (before.length >= scan) throw noHeader(spec, scan);
        continue;
      }
      if (isBlank(sheetRow.cells)) {
        blank.push(sheetRow.row);
        continue;
      }
      const got = assemble(sheetRow, p, spec);
      if (got.value !== undefined) rows.push({ row: sheetRow.row, value: got.value });
      else rejected.push({ row: sheetRow.row, problems: got.problems });
    }
  }
  if (!p) throw noHeader(spec, scan);
  if (blank.length > 0) warnings.push({ code: 'blank-rows', rows: blank.slice(0, 20), message: { zh: `${spec.name.zh}：跳过 ${blank.length} 个空行`, en: `${spec.name.en}: ${blank.length} blank rows skipped` } });
  return { rows, rejected, warnings, headerRow };
}

function noHeader(spec: SideTableSpec<unknown>, scan: number): ImportError {
  const key = spec.columns.find((c) => c.path === spec.key)!;
  return new ImportError('no-header', {
    zh: `${spec.name.zh}：前 ${scan} 行中没有找到表头（应含“${key.headers.join('”或“')}”）`,
    en: `${spec.name.en}: no header row (with ${key.headers.join(' or ')}) in the first ${scan} rows`,
  });
}
