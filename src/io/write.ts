/**
 * Writing tables (导出结果): CSV (UTF-8 with BOM so Excel opens it, or GBK), NDJSON and XLSX,
 * streaming with back-pressure, generic over a column spec. Headers are Chinese by default,
 * English with `language: 'en'`.
 *
 * @module
 */
import { closeSync, createWriteStream, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { ImportError } from './errors.js';
import { formatFromPath, type InputFormat } from './source.js';
import { openXlsxWriter } from './xlsx.js';
import { RESULT_COLUMNS } from './columns.js';
import type { TableCell, TableColumn, TableRow } from './table.js';

export type { TableCell, TableColumn, TableRow } from './table.js';

/** The columns a CSV or XLSX table shows (those not {@link TableColumn.ndjsonOnly}). */
function tableColumns(columns: readonly TableColumn[]): readonly TableColumn[] {
  return columns.some((c) => c.ndjsonOnly) ? columns.filter((c) => !c.ndjsonOnly) : columns;
}

const LIST_SEPARATOR = { zh: '；', en: '; ' } as const;

/** Output formats. */
export type OutputFormat = InputFormat;

/** Where and how to write. */
export interface WriteOptions {
  /** Format; default: from the path's extension. Required with `stream`. */
  format?: OutputFormat;
  /** A file to create (or overwrite). */
  path?: string;
  /** …or a stream to write to. CSV and NDJSON leave it open; XLSX ends it (the zip must be closed). */
  stream?: NodeJS.WritableStream;
  /** Header language and yes/no wording (是/否 or yes/no): `zh` (default) or `en`. NDJSON always uses the column keys. */
  language?: 'zh' | 'en';
  /** The columns (default {@link RESULT_COLUMNS}). */
  columns?: readonly TableColumn[];
  /** CSV encoding: `utf-8` (default, with a BOM) or `gbk` (written as GB18030, GBK's superset). */
  encoding?: 'utf-8' | 'gbk';
  /** CSV: write a BOM before UTF-8 text (default true: Excel needs it to see UTF-8). */
  bom?: boolean;
  /**
   * CSV: protect values from Excel (default true): long digit strings (12+ digits, or a leading
   * zero) are written `="…"` so Excel keeps them as text — our importer reads them back — and text
   * starting with `=`, `+`, `@` (or `-` not followed by a digit) gets a leading `'` against formula
   * injection.
   */
  excelSafe?: boolean;
  /** XLSX worksheet name (default 结果 / results). Past Excel's 1,048,576 rows the rows continue on `结果 (2)`, … */
  sheetName?: string;
  /**
   * With `path`: the file must not exist yet — it is created with `O_EXCL`, so neither an existing
   * file nor a symbolic link in its place is ever written through (default false: created or
   * overwritten).
   */
  createNew?: boolean;
  /**
   * CSV and NDJSON to a `path`: write with synchronous calls, each piece as soon as it is given
   * (default false: a write stream). For a thread that does nothing else, such as the CLI's: text
   * goes to the file without passing through buffers that wait for garbage collection.
   */
  sync?: boolean;
}

/** What was written. */
export interface WriteSummary {
  format: OutputFormat;
  rows: number;
  path?: string;
}

const YES_NO = { zh: ['是', '否'], en: ['yes', 'no'] } as const;

function resolveFormat(options: WriteOptions): OutputFormat {
  const format = options.format ?? formatFromPath(options.path);
  if (!format) {
    throw new ImportError('option', { zh: '无法确定输出格式：请给出 format（csv、ndjson 或 xlsx）', en: 'cannot tell the output format: give format (csv, ndjson or xlsx)' });
  }
  if (!options.path && !options.stream) throw new ImportError('option', { zh: '请给出 path 或 stream', en: 'give a path or a stream' });
  return format;
}

/** Where text goes: a write stream with back-pressure, or a file written synchronously. */
interface Sink {
  write(s: string): Promise<void>;
  /** Bytes already encoded as the file's encoding, after the text given before. */
  writeBytes(bytes: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

/** A file written with synchronous calls, 64 KB at a time (strings are encoded by Node as they are written). */
class SyncFileSink implements Sink {
  private parts: string[] = [];
  private size = 0;
  private readonly fd: number;
  constructor(
    path: string,
    private readonly encode: ((s: string) => Uint8Array) | undefined,
    createNew = false,
  ) {
    this.fd = openSync(path, createNew ? 'wx' : 'w');
  }
  async write(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) this.flush();
  }
  async writeBytes(bytes: Uint8Array): Promise<void> {
    this.flush();
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off, bytes.length - off);
  }
  private flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.encode) {
      const bytes = this.encode(text);
      for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off, bytes.length - off);
    } else {
      // Node writes the string's UTF-8 bytes from C++, all of it for a regular file.
      writeSync(this.fd, text, null, 'utf8');
    }
  }
  async end(): Promise<void> {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

/**
 * Buffered text output with back-pressure. An error of the stream (a closed pipe, a full disk) is
 * kept and thrown by the next write or by `end`, never left unhandled, and a write waiting for the
 * stream to drain stops waiting.
 */
class TextSink implements Sink {
  private parts: string[] = [];
  private size = 0;
  private failed: Error | undefined;
  private readonly onError = (e: Error) => {
    this.failed ??= e;
  };
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly own: boolean,
    private readonly encode: ((s: string) => Uint8Array) | undefined,
  ) {
    stream.on('error', this.onError);
  }
  async write(s: string): Promise<void> {
    if (this.failed) throw this.failed;
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) await this.flush();
  }
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    await this.put(bytes);
  }
  async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.put(this.encode ? this.encode(text) : text);
  }
  private async put(chunk: Uint8Array | string): Promise<void> {
    const ok = this.stream.write(chunk);
    // (once() rejects when the stream emits 'error' while waiting)
    if (!ok) await once(this.stream as unknown as import('node:events').EventEmitter, 'drain');
    if (this.failed) throw this.failed;
  }
  async end(): Promise<void> {
    try {
      await this.flush();
      if (this.own) {
        this.stream.end();
        await finished(this.stream as unknown as import('node:stream').Writable);
      }
      if (this.failed) throw this.failed;
    } finally {
      this.stream.removeListener('error', this.onError);
    }
  }
}

function openSink(options: Pick<WriteOptions, 'path' | 'stream' | 'sync' | 'createNew'>, encode?: (s: string) => Uint8Array): Sink {
  if (options.stream) return new TextSink(options.stream, false, encode);
  if (options.sync) return new SyncFileSink(options.path!, encode, options.createNew === true);
  return new TextSink(createWriteStream(options.path!, { flags: options.createNew ? 'wx' : 'w' }), true, encode);
}

const CSV_NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const LONG_DIGITS = /^(0\d+|\d{12,})$/;
const FORMULA_START = /^([=+@\t\r]|-(?!\d))/;

function csvField(s: string, excelSafe: boolean): string {
  if (s === '') return s;
  if (excelSafe) {
    if (LONG_DIGITS.test(s)) return `="${s}"`;
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  return CSV_NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cellString(v: TableCell, yesNo: readonly [string, string], separator: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? yesNo[0] : yesNo[1];
  if (Array.isArray(v)) return v.join(separator);
  return String(v);
}

/** How rows become text lines (CSV or NDJSON): the columns, the language of yes/no, Excel protection. */
export interface TableFormatting {
  format: 'csv' | 'ndjson';
  /** The columns (default {@link RESULT_COLUMNS}). */
  columns?: readonly TableColumn[];
  /** Yes/no wording: 是/否 (`zh`, default) or yes/no. */
  language?: 'zh' | 'en';
  /** CSV: see {@link WriteOptions.excelSafe} (default true). */
  excelSafe?: boolean;
}

/**
 * The lines of rows as {@link writeResults} writes them after the header: CSV lines ending in
 * CRLF, or NDJSON lines. With {@link TableWriter.addLines} this lets rows be formatted where they
 * are made (a worker thread) and written elsewhere, byte for byte as `writeResults` would.
 *
 * @example
 * tableLines([{ householdId: 'H1', eligible: true }], { format: 'csv' }) // 'H1,,,是,…\r\n'
 */
export function tableLines(rows: Iterable<TableRow>, formatting: TableFormatting): string {
  const columns = formatting.columns ?? RESULT_COLUMNS;
  let out = '';
  if (formatting.format === 'ndjson') {
    for (const row of rows) {
      const obj: Record<string, TableCell> = {};
      for (const c of columns) obj[c.key] = row[c.key] ?? null;
      out += JSON.stringify(obj) + '\n';
    }
    return out;
  }
  const yesNo = YES_NO[formatting.language ?? 'zh'];
  const separator = LIST_SEPARATOR[formatting.language ?? 'zh'];
  const excelSafe = formatting.excelSafe ?? true;
  const shown = tableColumns(columns);
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < shown.length; i++) {
      if (i > 0) line += ',';
      line += csvField(cellString(row[shown[i]!.key], yesNo, separator), excelSafe);
    }
    out += line + '\r\n';
  }
  return out;
}

/** A table being written (see {@link openTableWriter}). */
export interface TableWriter {
  readonly format: OutputFormat;
  /** Writes one row. */
  addRow(row: TableRow): Promise<void>;
  /** Writes lines already formatted with {@link tableLines} (CSV and NDJSON only; encoded here), counting `rows`. */
  addLines(text: string, rows: number): Promise<void>;
  /**
   * True when the file is UTF-8 text (CSV in UTF-8, NDJSON): lines may then come as UTF-8 bytes
   * ({@link TableWriter.addLineBytes}), encoded where they were made.
   */
  readonly takesUtf8: boolean;
  /** Writes lines already formatted and encoded as UTF-8 (only when {@link TableWriter.takesUtf8}), counting `rows`. */
  addLineBytes(bytes: Uint8Array, rows: number): Promise<void>;
  /** Finishes the file (or leaves the stream open, except for XLSX). */
  end(): Promise<WriteSummary>;
}

/**
 * Opens a table for writing, header first: the streaming writer behind {@link writeResults}.
 *
 * @example
 * const w = await openTableWriter({ path: 'results.csv' });
 * await w.addRow(row); await w.addLines(tableLines(rows, { format: 'csv' }), rows.length);
 * await w.end();
 */
export async function openTableWriter(options: WriteOptions): Promise<TableWriter> {
  const format = resolveFormat(options);
  const language = options.language ?? 'zh';
  const columns = options.columns ?? RESULT_COLUMNS;
  const yesNo = YES_NO[language];
  const separator = LIST_SEPARATOR[language];
  let count = 0;
  const summary = (): WriteSummary => ({ format, rows: count, ...(options.path ? { path: options.path } : {}) });
  if (format === 'xlsx') {
    const shown = tableColumns(columns);
    const writer = await openXlsxWriter(options.stream ? { stream: options.stream } : { path: options.path!, ...(options.createNew ? { createNew: true } : {}) }, options.sheetName ?? (language === 'zh' ? '结果' : 'results'), shown.map((c) => c[language]));
    return {
      format,
      async addRow(row) {
        await writer.addRow(shown.map((c) => {
          const v = row[c.key];
          if (v === undefined || v === null) return null;
          if (Array.isArray(v)) return v.length > 0 ? v.join(separator) : null;
          return typeof v === 'boolean' ? (v ? yesNo[0] : yesNo[1]) : (v as string | number);
        }));
        count++;
      },
      addLines() {
        throw new ImportError('option', { zh: 'XLSX 不能写入预先格式化的文本', en: 'XLSX cannot take preformatted text' });
      },
      takesUtf8: false,
      addLineBytes() {
        throw new ImportError('option', { zh: 'XLSX 不能写入预先格式化的文本', en: 'XLSX cannot take preformatted text' });
      },
      async end() {
        await writer.finish();
        return summary();
      },
    };
  }
  const gbk = options.encoding === 'gbk';
  const sink = format === 'ndjson' ? openSink(options) : openSink(options, gbk ? (s) => iconv.encode(s, 'gb18030') : undefined);
  const formatting: TableFormatting = { format, columns, language, excelSafe: options.excelSafe ?? true };
  if (format === 'csv') {
    if (!gbk && (options.bom ?? true)) await sink.write('\ufeff');
    await sink.write(tableColumns(columns).map((c) => csvField(c[language], false)).join(',') + '\r\n');
  }
  return {
    format,
    async addRow(row) {
      await sink.write(tableLines([row], formatting));
      count++;
    },
    async addLines(text, rows) {
      await sink.write(text);
      count += rows;
    },
    takesUtf8: format === 'ndjson' || !gbk,
    async addLineBytes(bytes, rows) {
      if (format === 'csv' && gbk) throw new ImportError('option', { zh: 'GBK 输出不能写入 UTF-8 字节', en: 'a GBK output cannot take UTF-8 bytes' });
      await sink.writeBytes(bytes);
      count += rows;
    },
    async end() {
      await sink.end();
      return summary();
    },
  };
}

/**
 * Writes rows as a table, streaming: CSV, NDJSON or XLSX. Generic over the column spec; by
 * default the result columns of {@link RESULT_COLUMNS}.
 *
 * @example
 * await writeResults(rows, { path: 'results.csv' });                       // Chinese headers, UTF-8 with BOM
 * await writeResults(rows, { path: 'results.xlsx', language: 'en' });      // English headers
 * await writeResults(rows, { stream: process.stdout, format: 'ndjson' });
 */
export async function writeResults(rows: Iterable<TableRow> | AsyncIterable<TableRow>, options: WriteOptions): Promise<WriteSummary> {
  const writer = await openTableWriter(options);
  for await (const row of rows) await writer.addRow(row);
  return writer.end();
}

/**
 * Writes items as NDJSON, one `JSON.stringify(toJson(item))` per line, streaming.
 *
 * @example
 * await writeJsonLines(records, { path: 'out.ndjson' }, (r) => ({ id: r.householdId }));
 */
export async function writeJsonLines<T>(items: Iterable<T> | AsyncIterable<T>, options: Pick<WriteOptions, 'path' | 'stream'>, toJson: (item: T) => unknown): Promise<WriteSummary> {
  if (!options.path && !options.stream) throw new ImportError('option', { zh: '请给出 path 或 stream', en: 'give a path or a stream' });
  const sink = openSink(options);
  let count = 0;
  for await (const item of items) {
    await sink.write(JSON.stringify(toJson(item)) + '\n');
    count++;
  }
  await sink.end();
  return { format: 'ndjson', rows: count, ...(options.path ? { path: options.path } : {}) };
}
