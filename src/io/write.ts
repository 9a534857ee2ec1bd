/**
 * Writing tables (导出结果): CSV (UTF-8 with BOM so Excel opens it, or GBK), NDJSON and XLSX,
 * streaming with back-pressure, generic over a column spec. Headers are Chinese by default,
 * English with `language: 'en'`.
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { ImportError } from './errors.js';
import { formatFromPath, type InputFormat } from './source.js';
import { openXlsxWriter } from './xlsx.js';
import { RESULT_COLUMNS } from './columns.js';

/** One output column: a stable key (NDJSON field name) and its Chinese and English headers. */
export interface TableColumn {
  key: string;
  zh: string;
  en: string;
}

/** A cell: text, a number, a yes/no, or empty. */
export type TableCell = string | number | boolean | null | undefined;

/** A row: values by column key (keys not in the column spec are not written). */
export type TableRow = Readonly<Record<string, TableCell>>;

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

/** Buffered text output with back-pressure. */
class TextSink {
  private parts: string[] = [];
  private size = 0;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly own: boolean,
    private readonly encode: ((s: string) => Uint8Array) | undefined,
  ) {}
  async write(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    const ok = this.stream.write(this.encode ? this.encode(text) : text);
    if (!ok) await once(this.stream as unknown as import('node:events').EventEmitter, 'drain');
  }
  async end(): Promise<void> {
    await this.flush();
    if (this.own) {
      this.stream.end();
      await finished(this.stream as unknown as import('node:stream').Writable);
    }
  }
}

function openSink(options: Pick<WriteOptions, 'path' | 'stream'>, encode?: (s: string) => Uint8Array): TextSink {
  if (options.stream) return new TextSink(options.stream, false, encode);
  return new TextSink(createWriteStream(options.path!), true, encode);
}

const CSV_NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const LONG_DIGITS = /^(0\d+|\d{12,})$/;
const FORMULA_START = /^([=+@\t\r]|-(?!\d))/;

function csvField(s: string, excelSafe: boolean): string {
  if (excelSafe) {
    if (LONG_DIGITS.test(s)) return `="${s}"`;
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  return CSV_NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cellString(v: TableCell, yesNo: readonly [string, string]): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? yesNo[0] : yesNo[1];
  return String(v);
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
  const format = resolveFormat(options);
  const language = options.language ?? 'zh';
  const columns = options.columns ?? RESULT_COLUMNS;
  const yesNo = YES_NO[language];
  let count = 0;
  if (format === 'xlsx') {
    const writer = await openXlsxWriter(options.stream ? { stream: options.stream } : { path: options.path! }, options.sheetName ?? (language === 'zh' ? '结果' : 'results'), columns.map((c) => c[language]));
    for await (const row of rows) {
      await writer.addRow(columns.map((c) => {
        const v = row[c.key];
        if (v === undefined || v === null) return null;
        return typeof v === 'boolean' ? (v ? yesNo[0] : yesNo[1]) : v;
      }));
      count++;
    }
    await writer.finish();
  } else if (format === 'ndjson') {
    return writeJsonLines(rows, options, (row) => {
      const obj: Record<string, TableCell> = {};
      for (const c of columns) obj[c.key] = row[c.key] ?? null;
      return obj;
    });
  } else {
    const gbk = options.encoding === 'gbk';
    const sink = openSink(options, gbk ? (s) => iconv.encode(s, 'gb18030') : undefined);
    const excelSafe = options.excelSafe ?? true;
    if (!gbk && (options.bom ?? true)) await sink.write('\ufeff');
    await sink.write(columns.map((c) => csvField(c[language], false)).join(',') + '\r\n');
    for await (const row of rows) {
      let line = '';
      for (let i = 0; i < columns.length; i++) {
        if (i > 0) line += ',';
        line += csvField(cellString(row[columns[i]!.key], yesNo), excelSafe);
      }
      await sink.write(line + '\r\n');
      count++;
    }
    await sink.end();
  }
  return { format, rows: count, ...(options.path ? { path: options.path } : {}) };
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
