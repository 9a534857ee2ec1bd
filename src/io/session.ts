/**
 * An import session (一次导入): one file being read — format and encoding detected, the header
 * found and reported, the rows handed out as CSV chunks to read (here or in worker threads) or as
 * records already read (XLSX, NDJSON, CSV that cannot be cut), records numbered in file order, and
 * the warnings about the file collected. `readRecords` reads a session in its own thread; the CLI
 * reads the chunks of the same session in worker threads. Either way the records are the same.
 *
 * @module
 */
import { planColumns, type AssembleOptions, type ColumnPlan } from './assemble.js';
import { csvRows, type SheetRow } from './csv.js';
import type { CsvChunkSetup } from './csv-chunk.js';
import { openCsvSplit, type CsvChunk, type CsvRest, type CsvSplitter } from './csv-split.js';
import { ImportError } from './errors.js';
import {
  blankWarning,
  groupKey,
  HouseholdGrouper,
  isBlank,
  looksLikeHeader,
  mergeBlank,
  RecordNumbering,
  type Assignment,
  type BlankRows,
  type DraftRecord,
  type ImportedRecord,
  type ImportWarning,
} from './group.js';
import { displayPath, type MappingLevel } from './headers.js';
import { absentIncomeWarnings } from './income-columns.js';
import { ndjsonLines } from './ndjson.js';
import { decodeText, detectEncoding, formatFromBytes, formatFromPath, openBytes, peek, sourcePath, type ByteSource, type DecodeStats, type InputFormat, type TextEncoding } from './source.js';
import { xlsxRows } from './xlsx.js';

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

/** Options of an {@link ImportSession} beyond {@link ReadOptions}. */
export interface SessionOptions extends ReadOptions {
  /** CSV chunk size in bytes (see `DEFAULT_CHUNK_BYTES` in csv-split.ts). */
  chunkBytes?: number;
  /** `false`: read a CSV as one papaparse stream, never in chunks (the reference the chunked reading is tested against). */
  chunked?: boolean;
  /** Records per item when records are handed out already read (default 256). */
  recordsPerItem?: number;
  /**
   * Called before records of a CSV that turned irregular are read (and numbered) here: a reader
   * that reads chunks elsewhere must first number every chunk handed out.
   */
  beforeRest?: () => Promise<void>;
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

const WARNINGS_PER_CODE = 100;

/** Warnings about a file: each is passed to the listener; at most 100 of a kind are kept. */
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

/** What a session hands out: a CSV chunk to read (then number with {@link ImportSession.assign}), or records already read and numbered. */
export type ImportItem = { kind: 'chunk'; chunk: CsvChunk } | { kind: 'records'; records: ImportedRecord[] };

/**
 * One file being read (see the module comment). Iterate {@link items} once; read each chunk with a
 * `CsvChunkReader` built from {@link chunkSetup}, and pass its keys to {@link assign} and its
 * counts to {@link tally} in chunk order; call {@link finish} at the end.
 *
 * @example
 * const session = new ImportSession('export.csv', {});
 * for await (const item of session.items()) …
 * session.finish();
 */
export class ImportSession {
  private readonly log: WarningLog;
  private readonly numbering: RecordNumbering;
  private readonly blank: BlankRows = { count: 0, rows: [] };
  private readonly stats: DecodeStats = { replaced: 0 };
  private readonly assembleOptions: AssembleOptions;
  private infoValue: ImportInfo | undefined;
  private setup: CsvChunkSetup | undefined;
  private started = false;
  private finished = false;

  constructor(
    private readonly source: ByteSource,
    private readonly options: SessionOptions = {},
  ) {
    this.log = new WarningLog(options.onWarning);
    this.numbering = new RecordNumbering((w) => this.log.add(w));
    this.assembleOptions = options.emptyMoneyAsZero === undefined ? {} : { emptyMoneyAsZero: options.emptyMoneyAsZero };
  }

  /** Warnings so far (complete after {@link finish}). */
  get warnings(): readonly ImportWarning[] {
    return this.log.list;
  }

  /** What was detected; set once the header has been read. */
  get info(): ImportInfo | undefined {
    return this.infoValue;
  }

  /** How to read the chunks (set before the first chunk is handed out). */
  get chunkSetup(): CsvChunkSetup | undefined {
    return this.setup;
  }

  /** Bytes held by the index of households seen (non-contiguous detection). */
  get indexBytes(): number {
    return this.numbering.indexBytes;
  }

  /** Numbers the records of the next chunk (chunks in file order). */
  assign(keys: readonly (string | undefined)[], firstRows: ArrayLike<number>): Assignment {
    return this.numbering.assign(keys, firstRows);
  }

  /** Adds what a chunk reader counted: blank rows and undecodable characters. */
  tally(blank: BlankRows, replaced: number): void {
    mergeBlank(this.blank, blank);
    this.stats.replaced += replaced;
  }

  /** Adds the warnings known only at the end (blank rows, undecodable characters, "more"). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const w = blankWarning(this.blank);
    if (w) this.log.add(w);
    if (this.stats.replaced > 0) {
      this.log.add({
        code: 'undecodable-characters',
        message: {
          zh: `有 ${this.stats.replaced} 个字符无法按所选编码解码，已替换为 �；请确认文件编码`,
          en: `${this.stats.replaced} characters could not be decoded in the chosen encoding and became �; check the file's encoding`,
        },
      });
    }
    this.log.close();
  }

  /** The items of the file, in order; iterate once. */
  async *items(): AsyncGenerator<ImportItem> {
    if (this.started) throw new ImportError('option', { zh: '同一个 readRecords 结果只能遍历一次', en: 'the result of readRecords can be iterated only once' });
    this.started = true;
    const options = this.options;
    const path = sourcePath(this.source);
    let format = options.format ?? formatFromPath(path);
    if (format === 'xlsx') {
      yield* this.batched(this.streamed(xlsxRows(this.source, options.sheet === undefined ? {} : { sheet: options.sheet }), 'xlsx', undefined));
      return;
    }
    const peeked = await peek(openBytes(this.source));
    format ??= formatFromBytes(peeked.head);
    if (format === 'xlsx') {
      yield* this.batched(this.streamed(xlsxRows(peeked.all, { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), ...(path === undefined ? {} : { name: path }) }), 'xlsx', undefined));
      return;
    }
    const encoding = options.encoding ?? detectEncoding(peeked.head);
    if (format === 'ndjson') {
      yield* this.batched(this.ndjson(decodeText(peeked.all, encoding, this.stats), encoding));
      return;
    }
    const split = options.chunked === false ? undefined : await openCsvSplit(peeked.all, encoding, { ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }), ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}) }, this.stats);
    if (!split) {
      yield* this.batched(this.streamed(csvRows(decodeText(peeked.all, encoding, this.stats), options.delimiter === undefined ? {} : { delimiter: options.delimiter }), 'csv', encoding));
      return;
    }
    yield* this.chunked(split, encoding);
  }

  /** CSV that can be cut: the head here, then chunks (and the rest as a stream if the quoting turns irregular). */
  private async *chunked(split: CsvSplitter, encoding: TextEncoding): AsyncGenerator<ImportItem> {
    try {
      const head = await split.head(this.options);
      if (!head) {
        yield* this.batched(this.rest(split.restOfFile(), encoding, undefined));
        return;
      }
      if (!head.header) throw this.noHeader();
      const plan = planColumns(head.header.cells, this.assembleOptions);
      this.reportHeader(plan, head.before, head.header.row, 'csv', encoding);
      split.setIdColumn(plan.idColumn?.index);
      this.setup = { header: head.header.cells, dialect: split.dialect, encoding: split.encoding, options: this.assembleOptions };
      for await (const item of split.chunks()) {
        if ('rest' in item) {
          await this.options.beforeRest?.();
          yield* this.batched(this.rest(item, encoding, plan));
          return;
        }
        yield { kind: 'chunk', chunk: item };
      }
    } finally {
      await split.close(); // a reader that stops early closes the file
    }
  }

  /** Records in items of up to `recordsPerItem`. */
  private async *batched(records: AsyncIterable<ImportedRecord>): AsyncGenerator<ImportItem> {
    const size = this.options.recordsPerItem ?? 256;
    let batch: ImportedRecord[] = [];
    for await (const r of records) {
      batch.push(r);
      if (batch.length >= size) {
        yield { kind: 'records', records: batch };
        batch = [];
      }
    }
    if (batch.length > 0) yield { kind: 'records', records: batch };
  }

  private async *ndjson(text: AsyncIterable<string>, encoding: string): AsyncGenerator<ImportedRecord> {
    this.infoValue = { format: 'ndjson', encoding, columns: [] };
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

  /** The rest of a CSV that cannot be cut, streamed through papaparse (with the header already read, or from the start). */
  private rest(rest: CsvRest, encoding: TextEncoding, plan: ColumnPlan | undefined): AsyncGenerator<ImportedRecord> {
    const text = decodeText(rest.rest, encoding, this.stats, !rest.fromStart);
    const delimiter = this.options.delimiter;
    const rows = csvRows(text, { ...(delimiter === undefined ? {} : { delimiter }), firstRow: rest.firstRow });
    if (!plan) return this.streamed(rows, 'csv', encoding);
    return this.group(rows[Symbol.asyncIterator](), [], 0, plan);
  }

  /** Rows read as a stream (XLSX, CSV that cannot be cut): find the header, then group. */
  private async *streamed(batches: AsyncIterable<SheetRow[]>, format: 'csv' | 'xlsx', encoding: string | undefined): AsyncGenerator<ImportedRecord> {
    const options = this.options;
    const it = batches[Symbol.asyncIterator]();
    try {
      const scan = options.headerScanRows ?? 10;
      const before: SheetRow[] = [];
      let plan: ColumnPlan | undefined;
      let headerRow = 0;
      let batch: SheetRow[] = [];
      let next = 0;
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
          plan = planColumns(sheetRow.cells, this.assembleOptions);
          headerRow = sheetRow.row;
          break scan;
        }
        before.push(sheetRow);
        if (options.headerRow === undefined ? before.length >= scan : sheetRow.row >= options.headerRow) break;
      }
      if (!plan) throw this.noHeader();
      this.reportHeader(plan, before, headerRow, format, encoding);
      yield* this.group(it, batch, next, plan);
    } finally {
      await it.return?.(); // a reader that stops early closes the file
    }
  }

  /** Groups streamed rows (the rest of `batch` from `next`, then the batches of `it`) into numbered records. */
  private async *group(it: AsyncIterator<SheetRow[]>, batch: SheetRow[], next: number, plan: ColumnPlan): AsyncGenerator<ImportedRecord> {
    const grouper = new HouseholdGrouper(plan);
    const idIndex = plan.idColumn?.index;
    const add = (sheetRow: SheetRow): DraftRecord | undefined => {
      if (isBlank(sheetRow.cells)) {
        grouper.addBlank(sheetRow.row);
        return undefined;
      }
      return grouper.add(sheetRow.row, idIndex === undefined ? undefined : groupKey(sheetRow.cells[idIndex]), sheetRow.cells);
    };
    for (; next < batch.length; next++) {
      const d = add(batch[next]!);
      if (d) yield this.numbering.number(d);
    }
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      const rows = r.value;
      for (let i = 0; i < rows.length; i++) {
        const d = add(rows[i]!);
        if (d) yield this.numbering.number(d);
      }
    }
    const last = grouper.end();
    this.tally(grouper.blank, 0);
    if (last) yield this.numbering.number(last);
  }

  private noHeader(): ImportError {
    const { headerRow } = this.options;
    const scan = this.options.headerScanRows ?? 10;
    return new ImportError('no-header', {
      zh: headerRow !== undefined ? `第 ${headerRow} 行不是表头` : `前 ${scan} 行中没有找到表头（应含“姓名”以及“证件号码”或“户编号”）`,
      en: headerRow !== undefined ? `row ${headerRow} is not a header row` : `no header row (with 姓名 and 证件号码 or 户编号) in the first ${scan} rows`,
    });
  }

  private reportHeader(plan: ColumnPlan, before: readonly SheetRow[], headerRow: number, format: 'csv' | 'xlsx', encoding: string | undefined): void {
    const log = this.log;
    const columns: ImportedColumn[] = [];
    for (const c of [...plan.household, ...plan.member]) columns.push({ index: c.index, header: c.header, path: displayPath(c.mapping), level: c.mapping.level });
    for (const c of plan.unused) columns.push({ index: c.index, header: c.header, path: null, level: c.mapping.level });
    for (const c of plan.unknown) columns.push({ index: c.index, header: c.header, path: undefined });
    columns.sort((a, b) => a.index - b.index);
    this.infoValue = { format, ...(encoding ? { encoding } : {}), headerRow, columns };
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
    for (const w of absentIncomeWarnings(plan.absentIncome, this.assembleOptions.emptyMoneyAsZero === true)) log.add(w);
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
}
