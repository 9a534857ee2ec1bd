/**
 * Reading households from the national system's exports (读取导出文件): CSV (UTF-8 with or
 * without BOM, GBK), NDJSON and XLSX, streaming, in flat memory.
 *
 * A CSV or XLSX export has one row per member with the household's fields repeated; title rows
 * may sit above the header; headers vary in brackets and spaces and may repeat. Rows are grouped
 * into households by 户编号 (exports list a household's rows together); a household whose rows
 * are not contiguous is reported, never merged across the gap. Every row ends up in exactly one
 * record; a record that cannot be read carries problems (with the interchange path, the column and
 * the row) instead of being dropped.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import type { ValidationIssue } from '../model/validation.js';
import { maskIdNumbersInText } from '../explain/mask.js';
import { HouseholdBuilder, planColumns, type AssembleOptions, type ColumnPlan } from './assemble.js';
import { csvRows, type SheetRow } from './csv.js';
import { ImportError } from './errors.js';
import { displayPath, type MappingLevel } from './headers.js';
import { ndjsonLines } from './ndjson.js';
import { unwrapCell } from './normalize.js';
import { SeenHouseholds } from './seen-households.js';
import { decodeText, detectEncoding, formatFromBytes, formatFromPath, openBytes, peek, sourcePath, type ByteSource, type DecodeStats, type InputFormat, type TextEncoding } from './source.js';
import { code as codeConverter } from './values.js';
import { xlsxRows } from './xlsx.js';

/** Where a record came from in its file. */
export interface RecordSource {
  /** 1-based row numbers (CSV records, XLSX rows, NDJSON lines) that make up the record. */
  rows: number[];
}

/** One household as read from a file, ready for `parseHousehold` — or with the problems that stop it. */
export interface ImportedRecord {
  /** 0-based index of the household in the file. */
  position: number;
  source: RecordSource;
  /** 户编号, when readable. */
  householdId?: string;
  /** The household in the interchange format (absent when nothing could be read, e.g. a broken NDJSON line). */
  raw?: unknown;
  /** Problems found while reading (unparseable values, unknown spellings, conflicting rows, …). Empty = none. */
  problems: ValidationIssue[];
}

/** Something about the file as a whole (reported once, not per record). */
export interface ImportWarning {
  code:
    | 'title-rows'
    | 'unknown-columns'
    | 'unused-columns'
    | 'duplicate-header'
    | 'blank-rows'
    | 'no-household-id-column'
    | 'non-contiguous-household'
    | 'undecodable-characters'
    | 'more';
  message: Text;
  /** Rows concerned (1-based). */
  rows?: number[];
  /** Headers concerned. */
  columns?: string[];
  /** For `non-contiguous-household`: the household and the positions of its records. */
  householdId?: string;
  positions?: number[];
}

/** Options of {@link readRecords}. */
export interface ReadOptions extends AssembleOptions {
  /** The format; default: from the file extension, else from the first bytes. */
  format?: InputFormat;
  /** CSV/NDJSON text encoding; default: detected (UTF-8 with or without BOM, UTF-16 with BOM, else GBK). */
  encoding?: TextEncoding;
  /** CSV delimiter; default `,` (a tab when the first lines hold more tabs than commas). */
  delimiter?: string;
  /** The 1-based row of the header; default: found among the first {@link headerScanRows} rows. */
  headerRow?: number;
  /** How many rows to scan for the header (default 10). */
  headerScanRows?: number;
  /** XLSX worksheet, counting from 1 (default 1). */
  sheet?: number;
  /** Called with each warning as it arises (they are also collected in `warnings`). */
  onWarning?: (warning: ImportWarning) => void;
}

/** One column of the file and what became of it. */
export interface ImportedColumn {
  index: number;
  header: string;
  /** The interchange path it fills (`members[].sex`), `null` when recognised but not imported, `undefined` when unknown. */
  path: string | null | undefined;
  level?: MappingLevel;
}

/** What the reader detected. */
export interface ImportInfo {
  format: InputFormat;
  encoding?: string;
  /** The header row (tabular formats). */
  headerRow?: number;
  columns: ImportedColumn[];
}

/** The records of a file: iterate once; `warnings` and `info` fill as reading proceeds. */
export interface RecordStream extends AsyncIterable<ImportedRecord> {
  /** Warnings about the file as a whole; complete once iteration has ended. */
  readonly warnings: readonly ImportWarning[];
  /** What was detected; set once the header has been read. */
  readonly info: ImportInfo | undefined;
  /** Records handed out so far. */
  readonly count: number;
}

const WARNINGS_PER_CODE = 100;

class WarningLog {
  readonly list: ImportWarning[] = [];
  private readonly counts = new Map<string, number>();
  constructor(private readonly listener: ((w: ImportWarning) => void) | undefined) {}
  add(w: ImportWarning): void {
    const n = (this.counts.get(w.code) ?? 0) + 1;
    this.counts.set(w.code, n);
    this.listener?.(w);
    if (n <= WARNINGS_PER_CODE) this.list.push(w);
  }
  close(): void {
    for (const [code, n] of this.counts) {
      if (n > WARNINGS_PER_CODE) {
        this.list.push({ code: 'more', message: { zh: `另有 ${n - WARNINGS_PER_CODE} 条“${code}”警告未列出`, en: `${n - WARNINGS_PER_CODE} more "${code}" warnings not listed` } });
      }
    }
  }
}

function listRows(rows: readonly number[], max = 20): string {
  return rows.slice(0, max).join(', ') + (rows.length > max ? ', …' : '');
}

/**
 * Reads the households of an export, streaming.
 *
 * @param source a file path, a Readable, or an async iterable of bytes
 * @example
 * const records = readRecords('examples/data/village.csv');
 * for await (const rec of records) {
 *   if (rec.problems.length) console.log(rec.householdId, rec.problems.map((p) => p.message.zh));
 *   else { const r = parseHousehold(rec.raw); … }
 * }
 * console.log(records.warnings);
 */
export function readRecords(source: ByteSource, options: ReadOptions = {}): RecordStream {
  const log = new WarningLog(options.onWarning);
  let info: ImportInfo | undefined;
  let count = 0;
  let started = false;

  async function* run(): AsyncGenerator<ImportedRecord> {
    const path = sourcePath(source);
    let format = options.format ?? formatFromPath(path);
    let records: AsyncIterable<ImportedRecord>;
    const stats: DecodeStats = { replaced: 0 };
    if (format === 'xlsx') {
      records = tabularRecords(xlsxRows(source, options.sheet === undefined ? {} : { sheet: options.sheet }), 'xlsx', undefined);
    } else {
      const peeked = await peek(openBytes(source));
      format ??= formatFromBytes(peeked.head);
      if (format === 'xlsx') {
        records = tabularRecords(xlsxRows(peeked.all, options.sheet === undefined ? {} : { sheet: options.sheet }), 'xlsx', undefined);
      } else {
        const encoding = options.encoding ?? detectEncoding(peeked.head);
        const text = decodeText(peeked.all, encoding, stats);
        records = format === 'csv' ? tabularRecords(csvRows(text, options.delimiter === undefined ? {} : { delimiter: options.delimiter }), 'csv', encoding) : ndjsonRecords(text, encoding);
      }
    }
    for await (const r of records) {
      count++;
      yield r;
    }
    if (stats.replaced > 0) {
      log.add({
        code: 'undecodable-characters',
        message: { zh: `有 ${stats.replaced} 个字符无法按所选编码解码，已替换为 �；请确认文件编码`, en: `${stats.replaced} characters could not be decoded in the chosen encoding and became �; check the file's encoding` },
      });
    }
    log.close();
  }

  async function* ndjsonRecords(text: AsyncIterable<string>, encoding: string): AsyncGenerator<ImportedRecord> {
    info = { format: 'ndjson', encoding, columns: [] };
    let position = 0;
    for await (const { line, text: json } of ndjsonLines(text)) {
      const rec: ImportedRecord = { position: position++, source: { rows: [line] }, problems: [] };
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        rec.problems.push({ path: '', code: 'invalid_json', message: { zh: `第 ${line} 行不是有效的 JSON`, en: `line ${line} is not valid JSON` } });
        yield rec;
        continue;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        rec.problems.push({ path: '', code: 'not_an_object', message: { zh: `第 ${line} 行不是一个户对象（应为 {…}）`, en: `line ${line} is not a household object (expected {…})` } });
        yield rec;
        continue;
      }
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string' && id.trim()) rec.householdId = id;
      rec.raw = value;
      yield rec;
    }
  }

  async function* tabularRecords(batches: AsyncIterable<SheetRow[]>, format: 'csv' | 'xlsx', encoding: string | undefined): AsyncGenerator<ImportedRecord> {
    const it = batches[Symbol.asyncIterator]();
    try {
      yield* groupRows(it, format, encoding);
    } finally {
      await it.return?.(); // a reader that stops early closes the file
    }
  }

  async function* groupRows(it: AsyncIterator<SheetRow[]>, format: 'csv' | 'xlsx', encoding: string | undefined): AsyncGenerator<ImportedRecord> {
    const scan = options.headerScanRows ?? 10;
    const before: SheetRow[] = [];
    let plan: ColumnPlan | undefined;
    let headerRow = 0;
    let batch: SheetRow[] = [];
    let next = 0;
    // 1. Find the header row.
    scan: for (;;) {
      if (next >= batch.length) {
        const r = await it.next();
        if (r.done) break;
        batch = r.value;
        next = 0;
        continue;
      }
      const sheetRow = batch[next++]!;
      const isHeader = options.headerRow !== undefined ? sheetRow.row === options.headerRow : looksLikeHeader(sheetRow.cells);
      if (isHeader) {
        plan = planColumns(sheetRow.cells, options);
        headerRow = sheetRow.row;
        break scan;
      }
      before.push(sheetRow);
      if (options.headerRow === undefined ? before.length >= scan : sheetRow.row >= options.headerRow) break;
    }
    if (!plan) {
      throw new ImportError('no-header', {
        zh: options.headerRow !== undefined ? `第 ${options.headerRow} 行不是表头` : `前 ${scan} 行中没有找到表头（应含“姓名”以及“证件号码”或“户编号”）`,
        en: options.headerRow !== undefined ? `row ${options.headerRow} is not a header row` : `no header row (with 姓名 and 证件号码 or 户编号) in the first ${scan} rows`,
      });
    }
    reportHeader(plan, before, headerRow, format, encoding);

    // 2. Group rows into households.
    const grouper = new RowGrouper(plan, log);
    for (; next < batch.length; next++) {
      const rec = grouper.add(batch[next]!);
      if (rec) yield rec;
    }
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      const rows = r.value;
      for (let i = 0; i < rows.length; i++) {
        const rec = grouper.add(rows[i]!);
        if (rec) yield rec;
      }
    }
    const last = grouper.end();
    if (last) yield last;
  }

  function reportHeader(plan: ColumnPlan, before: readonly SheetRow[], headerRow: number, format: 'csv' | 'xlsx', encoding: string | undefined): void {
    const columns: ImportedColumn[] = [];
    for (const c of [...plan.household, ...plan.member]) columns.push({ index: c.index, header: c.header, path: displayPath(c.mapping), level: c.mapping.level });
    for (const c of plan.unused) columns.push({ index: c.index, header: c.header, path: null, level: c.mapping.level });
    for (const c of plan.unknown) columns.push({ index: c.index, header: c.header, path: undefined });
    columns.sort((a, b) => a.index - b.index);
    info = { format, ...(encoding ? { encoding } : {}), headerRow, columns };
    if (before.length > 0) {
      const rows = before.map((r) => r.row);
      log.add({
        code: 'title-rows',
        rows,
        message: { zh: `表头在第 ${headerRow} 行；其上 ${rows.length} 行（标题行）未导入`, en: `the header is row ${headerRow}; the ${rows.length} title rows above it were not imported` },
      });
    }
    if (plan.unknown.length > 0) {
      const names = plan.unknown.map((u) => u.header);
      log.add({
        code: 'unknown-columns',
        columns: names,
        message: { zh: `以下 ${names.length} 列不在映射表中，已忽略：${names.join('、')}`, en: `${names.length} columns are not in the mapping table and were ignored: ${names.join(', ')}` },
      });
    }
    if (plan.unused.length > 0) {
      const names = plan.unused.map((u) => u.header);
      log.add({
        code: 'unused-columns',
        columns: names,
        message: { zh: `以下 ${names.length} 列已识别但不导入（原因见 docs/import-mapping.md）：${names.join('、')}`, en: `${names.length} columns are recognised but not imported (see docs/import-mapping.md): ${names.join(', ')}` },
      });
    }
    for (const d of plan.duplicates) {
      const positions = d.indices.map((i) => i + 1).join('、');
      log.add({
        code: 'duplicate-header',
        columns: [d.header],
        message: {
          zh: `表头“${d.header}”出现 ${d.indices.length} 次（第 ${positions} 列）：各列均导入同一字段，取值须一致`,
          en: `the header "${d.header}" appears ${d.indices.length} times (columns ${d.indices.map((i) => i + 1).join(', ')}): every copy fills the same field and they must agree`,
        },
      });
    }
    if (!plan.idColumn) {
      log.add({ code: 'no-household-id-column', message: { zh: '文件没有“户编号”列：每行作为单独的一户读取', en: 'the file has no 户编号 column: each row is read as a household of its own' } });
    }
  }

  return {
    get warnings() {
      return log.list;
    },
    get info() {
      return info;
    },
    get count() {
      return count;
    },
    [Symbol.asyncIterator]() {
      if (started) throw new ImportError('option', { zh: '同一个 readRecords 结果只能遍历一次', en: 'the result of readRecords can be iterated only once' });
      started = true;
      return run();
    },
  };
}

/**
 * Groups consecutive rows with the same 户编号 into households, and notices a 户编号 that comes
 * back after other households (flat memory: {@link SeenHouseholds}).
 */
class RowGrouper {
  private readonly seen = new SeenHouseholds();
  private readonly idIndex: number | undefined;
  private readonly blank: number[] = [];
  private blankCount = 0;
  private position = 0;
  private current: { key: string | undefined; builder: HouseholdBuilder; position: number } | undefined;

  constructor(
    private readonly plan: ColumnPlan,
    private readonly log: WarningLog,
  ) {
    this.idIndex = plan.idColumn?.index;
  }

  /** Adds a row; returns the previous household when this row starts a new one. */
  add(sheetRow: SheetRow): ImportedRecord | undefined {
    const { row, cells } = sheetRow;
    if (isBlank(cells)) {
      this.blankCount++;
      if (this.blank.length < 20) this.blank.push(row);
      return undefined;
    }
    const key = this.idIndex === undefined ? undefined : groupKey(cells[this.idIndex]);
    const current = this.current;
    if (current && key !== undefined && key === current.key) {
      current.builder.addRow(row, cells);
      return undefined;
    }
    const done = current ? this.finish(current) : undefined;
    const started = { key, builder: new HouseholdBuilder(this.plan), position: this.position++ };
    this.current = started;
    if (key !== undefined) {
      const earlier = this.seen.checkAndAdd(key, row, started.position);
      if (earlier) this.reportNonContiguous(key, earlier, row, started);
    }
    started.builder.addRow(row, cells);
    return done;
  }

  /** The last household, and the blank-row warning. */
  end(): ImportedRecord | undefined {
    const done = this.current ? this.finish(this.current) : undefined;
    this.current = undefined;
    if (this.blankCount > 0) {
      const blank = this.blank;
      this.log.add({ code: 'blank-rows', rows: blank, message: { zh: `跳过了 ${this.blankCount} 个空行（第 ${listRows(blank)} 行）`, en: `${this.blankCount} blank rows skipped (rows ${listRows(blank)})` } });
    }
    return done;
  }

  private finish(c: { key: string | undefined; builder: HouseholdBuilder; position: number }): ImportedRecord {
    const { raw, problems } = c.builder.finish();
    const rec: ImportedRecord = { position: c.position, source: { rows: c.builder.rows }, raw, problems };
    const id = typeof raw.id === 'string' ? raw.id : c.key;
    if (id !== undefined) rec.householdId = id;
    return rec;
  }

  private reportNonContiguous(key: string, earlier: { row: number; position: number }, row: number, started: { builder: HouseholdBuilder; position: number }): void {
    const shown = maskIdNumbersInText(key);
    started.builder.problems.push({
      path: 'id',
      code: 'non_contiguous_household',
      message: {
        zh: `户编号 ${shown} 的行不连续（第 ${earlier.row}、${row} 行）：本记录只含自第 ${row} 行起的一段，先前第 ${earlier.position} 号记录只含自第 ${earlier.row} 行起的一段；两段都不完整`,
        en: `rows of household ${shown} are not contiguous (rows ${earlier.row}, ${row}): this record holds only the block from row ${row}, the earlier record at position ${earlier.position} only the block from row ${earlier.row}; neither is complete`,
      },
    });
    this.log.add({
      code: 'non-contiguous-household',
      householdId: key,
      rows: [earlier.row, row],
      positions: [earlier.position, started.position],
      message: {
        zh: `户编号 ${shown} 的行不连续（第 ${earlier.row}、${row} 行）：第 ${earlier.position} 号与第 ${started.position} 号记录各含该户的一部分`,
        en: `rows of household ${shown} are not contiguous (rows ${earlier.row}, ${row}): records at positions ${earlier.position} and ${started.position} each hold part of it`,
      },
    });
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '' && unwrapCell(c) !== '') return false;
  return true;
}

function groupKey(cell: string | undefined): string | undefined {
  if (cell === undefined || cell === '') return undefined;
  const text = unwrapCell(cell);
  if (text === '') return undefined;
  const r = codeConverter.convert(text);
  return r.ok ? (r.value as string) : text;
}

/** A header row names the member (姓名) and either the ID number or the household number. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const plan = planColumns(cells);
  const keys = new Set(plan.member.map((c) => c.mapping.key));
  return keys.has('member.name') && (keys.has('member.idNumber') || plan.idColumn !== undefined);
}
