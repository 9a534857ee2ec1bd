/**
 * XLSX rows and sheets (Excel 读写) through `exceljs`, an optional dependency loaded with a
 * dynamic `import()` only when an XLSX file is read or written. Both directions stream
 * (`WorkbookReader` / `WorkbookWriter`), so memory stays flat.
 *
 * @module
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type * as ExcelJSTypes from 'exceljs';
import { ImportError } from './errors.js';
import type { SheetRow } from './csv.js';
import { openBytes, sourcePath, type ByteSource } from './source.js';
import { checkZip } from './zip-check.js';

type ExcelJS = typeof ExcelJSTypes;

let cached: Promise<ExcelJS> | undefined;

/**
 * Loads `exceljs`. When it is not installed, throws an {@link ImportError} (`missing-dependency`)
 * telling the user to `npm install exceljs`. `importer` exists for tests.
 *
 * @example
 * const ExcelJS = await loadExcelJS();
 */
export async function loadExcelJS(importer?: () => Promise<unknown>): Promise<ExcelJS> {
  if (!importer && cached) return cached;
  const load = (async () => {
    try {
      const mod = (await (importer ? importer() : import('exceljs'))) as { default?: ExcelJS } & ExcelJS;
      return (mod.default ?? mod) as ExcelJS;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(String(e))) {
        throw new ImportError('missing-dependency', {
          zh: '读写 XLSX 文件需要可选依赖 exceljs：请运行 `npm install exceljs`',
          en: 'reading or writing XLSX files needs the optional package exceljs: run `npm install exceljs`',
        });
      }
      throw e;
    }
  })();
  if (!importer) cached = load.catch((e) => {
    cached = undefined;
    throw e;
  });
  return importer ? load : cached!;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/**
 * The text of a number cell. An integer of 16 or more digits cannot be exact (Excel keeps 15
 * significant digits; an 18-digit ID typed as a number has lost its tail), so it is passed on in
 * scientific notation — the ID converter then reports the lost precision instead of accepting a
 * wrong number.
 */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) return n.toExponential();
  return String(n);
}

function dateText(d: Date): string {
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/**
 * The text of one cell value as exceljs reads it.
 *
 * @example
 * cellText({ richText: [{ text: '脱贫' }, { text: '户' }] }) // '脱贫户'
 * cellText(440524188001010014) // '4.4052418800101e+17' (a number that cannot be an exact ID)
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o) return cellText(o.result);
    if ('formula' in o || 'sharedFormula' in o) return '';
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

/** Options of {@link xlsxRows}. */
export interface XlsxRowOptions {
  /** Which worksheet, counting from 1 (default 1). */
  sheet?: number;
  /** The file's name for messages (default: the source's path, if it has one). */
  name?: string;
}

/** How many times a read cut short by exceljs's zip reader is started again (see {@link sheetRows}). */
export const XLSX_READ_ATTEMPTS = 3;

/** The part of exceljs's streaming workbook reader that {@link sheetRows} uses. */
interface WorkbookReaderLike extends AsyncIterable<AsyncIterable<{ values: unknown; number: number }>> {
  /** The parsed `xl/workbook.xml` (undocumented); `undefined` until that part has been read. */
  model?: { sheets?: { rId?: string }[] };
  /** The parsed `xl/_rels/workbook.xml.rels` (undocumented). */
  workbookRels?: { Id?: string; Target?: string }[];
}

/** How many worksheets (not chart sheets) the workbook part lists; 0 when it was not read. */
function declaredWorksheets(reader: WorkbookReaderLike): number {
  const sheets = reader.model?.sheets ?? [];
  const rels = reader.workbookRels;
  if (!rels) return sheets.length;
  return sheets.filter((s) => rels.some((r) => r.Id === s.rId && typeof r.Target === 'string' && r.Target.includes('worksheets/'))).length;
}

/** Builds a workbook reader over a stream (exceljs's `stream.xlsx.WorkbookReader`, or a stand-in in tests). */
export type WorkbookReaderFactory = (input: Readable) => WorkbookReaderLike;

function cutShortError(): ImportError {
  return new ImportError('format', {
    zh: `XLSX 文件未能完整读取（连续 ${XLSX_READ_ATTEMPTS} 次未读到工作簿部件 xl/workbook.xml 或其列出的工作表）：文件可能已损坏，请用 Excel 或 WPS 另存后重试，或导出为 CSV`,
    en: `the XLSX file could not be read whole (in ${XLSX_READ_ATTEMPTS} attempts its workbook part xl/workbook.xml, or a worksheet it lists, was not reached): the file may be damaged; save it again from Excel or WPS, or export it as CSV`,
  });
}

/**
 * The rows of worksheet `wanted` (counting from 1), in batches of up to 512 rows, read by a fresh
 * reader over `open()` — again when a read is cut short, up to {@link XLSX_READ_ATTEMPTS} times.
 *
 * Why again: the zip reader inside exceljs (unzipper 0.10, whose `Parse` emits `end` as soon as its
 * input has been written, not when its last entry has been read) sometimes stops before the last
 * parts of the file. exceljs's own files end with `xl/workbook.xml`, so the reader then fails with
 * "Cannot read properties of undefined (reading 'sheets')"; in files that put the workbook part
 * first, a worksheet would be missed. Measured here on about 1 read in 100 while both cores were
 * busy, never when idle. A read whose workbook part was not read, or that did not reach a worksheet
 * the workbook part lists, is therefore started again from the first byte; it always ends before
 * any row of the wanted sheet has been given out, so nothing is given twice. A file that never reads
 * whole ends in a clear error.
 *
 * @example
 * const ExcelJS = await loadExcelJS();
 * for await (const batch of sheetRows(() => createReadStream('export.xlsx'), (s) => new ExcelJS.stream.xlsx.WorkbookReader(s, {}), 1)) console.log(batch.length);
 */
export async function* sheetRows(open: () => Readable, readerOf: WorkbookReaderFactory, wanted: number): AsyncGenerator<SheetRow[]> {
  for (let attempt = 1; ; attempt++) {
    const input = open();
    const reader = readerOf(input);
    let index = 0;
    let found = false;
    let cutShort = false;
    try {
      for await (const worksheet of reader) {
        index++;
        if (index !== wanted) {
          for await (const _row of worksheet) void _row; // a sheet must be drained before the next one is read
          continue;
        }
        found = true;
        let batch: SheetRow[] = [];
        for await (const row of worksheet) {
          const values = row.values as unknown[];
          const cells: string[] = new Array<string>(Math.max(0, values.length - 1));
          for (let c = 1; c < values.length; c++) cells[c - 1] = cellText(values[c]);
          batch.push({ row: row.number, cells });
          if (batch.length >= 512) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
        break;
      }
    } catch (e) {
      // exceljs reaches for the workbook part's sheet list while parsing a worksheet.
      if (!(e instanceof TypeError) || reader.model !== undefined || found) throw e;
      cutShort = true;
    } finally {
      input.destroy();
    }
    if (found) return;
    // Cut short: the workbook part was not read, or it lists the wanted worksheet but the read did not reach it.
    if (cutShort || reader.model === undefined || declaredWorksheets(reader) >= wanted) {
      if (attempt < XLSX_READ_ATTEMPTS) continue;
      throw cutShortError();
    }
    throw new ImportError('format', { zh: `XLSX 文件没有第 ${wanted} 个工作表`, en: `the XLSX file has no worksheet number ${wanted}` });
  }
}

/**
 * Reads the rows of one worksheet, streaming, in batches of up to 512 rows. Row numbers are the
 * sheet's own (1-based); empty rows that the file omits are simply absent. A file is opened again
 * for a read that exceljs cut short ({@link sheetRows}); bytes from a stream are held in memory
 * for that (an XLSX file is compressed).
 *
 * @example
 * for await (const batch of xlsxRows('export.xlsx')) for (const { row, cells } of batch) console.log(row, cells[0]);
 */
export async function* xlsxRows(source: ByteSource, options: XlsxRowOptions = {}): AsyncGenerator<SheetRow[]> {
  const ExcelJS = await loadExcelJS();
  const name = options.name ?? sourcePath(source);
  let open: () => Readable;
  // The zip is checked whole before exceljs sees it (src/io/zip-check.ts): a damaged file is a
  // clear error naming the part, never a hang or cells read wrong.
  if (typeof source === 'string' || source instanceof URL) {
    const path = source instanceof URL ? fileURLToPath(source) : source;
    await checkZip(path, name);
    open = () => createReadStream(path);
  } else {
    const pieces: Uint8Array[] = [];
    for await (const piece of openBytes(source)) pieces.push(piece);
    const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    await checkZip(bytes, name);
    open = () => Readable.from([bytes]);
  }
  const readerOf: WorkbookReaderFactory = (input) =>
    new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' }) as unknown as WorkbookReaderLike;
  try {
    yield* sheetRows(open, readerOf, options.sheet ?? 1);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // What exceljs or its XML parser says about a zip that is whole but whose parts are not a workbook.
    const message = e instanceof Error ? e.message : String(e);
    const file = name === undefined ? '' : ` ${name}`;
    throw new ImportError('format', {
      zh: `XLSX 文件${file}${file ? ' ' : ''}无法读取：内容不是有效的工作簿（${message}）。请用 Excel 或 WPS 另存后重试，或导出为 CSV`,
      en: `the XLSX file${file} cannot be read: its content is not a valid workbook (${message}). Save it again from Excel or WPS, or export it as CSV`,
    });
  }
}

/** The workbook's creation date in docProps/core.xml: fixed (the zip epoch), so output never depends on the clock. */
const WORKBOOK_DATE = new Date(Date.UTC(1980, 0, 1));

/** What {@link deterministicWriter} reaches inside exceljs's streaming writer. */
interface WriterInternals {
  zip: { append(source: unknown, data: Record<string, unknown>): unknown };
  addThemes(): Promise<void>;
}

/**
 * exceljs's streaming workbook writer, with every zip entry dated {@link WORKBOOK_DATE}: exceljs
 * gives archiver no date, which then takes the clock (the zip stores each entry's time). The first
 * entries are added from inside the constructor (`addThemes`), so the zip's `append` is wrapped
 * there, before them; zip-stream writes the date in UTC, the same in every time zone.
 */
function deterministicWriter(ExcelJS: ExcelJS): new (options: Record<string, unknown>) => WriterInternals {
  const Base = ExcelJS.stream.xlsx.WorkbookWriter as unknown as { new (options: Record<string, unknown>): WriterInternals; prototype: WriterInternals };
  return class extends Base {
    override addThemes(): Promise<void> {
      const append = this.zip.append.bind(this.zip);
      this.zip.append = (source, data) => append(source, { ...data, date: WORKBOOK_DATE });
      return Base.prototype.addThemes.call(this);
    }
  };
}

/** Characters XML 1.0 does not allow (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A text as an XLSX cell can hold it: characters XML 1.0 does not allow become U+FFFD, so the
 * workbook is always well-formed.
 *
 * @example
 * xmlText('王\uFFFE') // '王\uFFFD'
 */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

export interface XlsxSheetWriter {
  /** Adds one data row (strings, numbers, booleans; `null` = an empty cell). */
  addRow(values: readonly (string | number | boolean | null)[]): Promise<void>;
  /** Finishes the workbook (the target stream is ended, unless it is stdout or stderr). Throws the target's error, if it had one. */
  finish(): Promise<void>;
}

/** Excel's limit: 1,048,576 rows a worksheet. */
export const XLSX_MAX_ROWS = 1_048_576;

/**
 * Opens a streaming XLSX writer: a header row, then data rows, each committed as it is added. A
 * worksheet holds at most {@link XLSX_MAX_ROWS} rows; beyond that the rows continue on a new
 * worksheet (`结果 (2)`, …) that repeats the header, so no row is lost.
 *
 * @example
 * const w = await openXlsxWriter({ path: 'out.xlsx' }, '结果', ['户编号', '类别']);
 * await w.addRow(['H1', '边缘易致贫户']); await w.finish();
 */
export async function openXlsxWriter(
  target: { path?: string; stream?: NodeJS.WritableStream; createNew?: boolean },
  sheetName: string,
  header: readonly string[],
  maxRows = XLSX_MAX_ROWS,
): Promise<XlsxSheetWriter> {
  const ExcelJS = await loadExcelJS();
  const Writer = deterministicWriter(ExcelJS);
  // exceljs writes into a stream of ours, piped to the target: an error of the target (a closed
  // pipe, a full disk, a file that cannot be created) reaches the writer instead of going unhandled,
  // and stdout (which a pipe never ends) does not keep the workbook waiting for its end.
  const own = !target.stream;
  const destination: NodeJS.WritableStream = target.stream ?? createWriteStream(target.path!, { flags: target.createNew ? 'wx' : 'w' });
  let failed: Error | undefined;
  const pass = new PassThrough();
  const onError = (e: Error) => {
    failed ??= e;
    pass.destroy(e);
  };
  destination.on('error', onError);
  if (own) await once(destination as unknown as import('node:events').EventEmitter, 'open');
  pass.pipe(destination);
  const workbook = new Writer({
    stream: pass,
    useStyles: false,
    useSharedStrings: false,
    // The same rows give the same bytes: no wall clock in docProps/core.xml (nor in the zip entries, see deterministicWriter).
    created: WORKBOOK_DATE,
    modified: WORKBOOK_DATE,
  }) as unknown as InstanceType<ExcelJS['stream']['xlsx']['WorkbookWriter']>;
  let sheets = 0;
  let rowsInSheet = 0;
  let count = 0;
  const newSheet = () => {
    sheets++;
    const sheet = workbook.addWorksheet(xmlText(sheets === 1 ? sheetName : `${sheetName} (${sheets})`));
    sheet.addRow(header.map(xmlText)).commit();
    rowsInSheet = 1;
    return sheet;
  };
  let sheet = newSheet();
  return {
    async addRow(values) {
      if (failed) throw failed;
      if (rowsInSheet >= maxRows) {
        sheet.commit();
        sheet = newSheet();
      }
      sheet.addRow(values.map((v) => (typeof v === 'string' ? xmlText(v) : v))).commit();
      rowsInSheet++;
      // Let the zip stream drain now and then: the writer has no back-pressure of its own.
      if (++count % 2000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    },
    async finish() {
      try {
        if (failed) throw failed;
        sheet.commit();
        await workbook.commit();
        if (!pass.readableEnded) await once(pass, 'end');
        const d = destination as unknown as import('node:stream').Writable;
        if (d !== (process.stdout as unknown) && d !== (process.stderr as unknown) && !d.writableFinished) await finished(d, { readable: false });
        if (failed) throw failed;
      } finally {
        destination.removeListener('error', onError);
      }
    },
  };
}
