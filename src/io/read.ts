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
 * A CSV is cut into chunks at household boundaries and each chunk read by the chunk reader
 * (src/io/csv-chunk.ts) — the same code the CLI runs in worker threads.
 *
 * @module
 */
import { CsvChunkReader } from './csv-chunk.js';
import { applyAssignment, type ImportedRecord, type ImportWarning } from './group.js';
import { ImportError } from './errors.js';
import { ImportSession, type ImportInfo, type ImportItem, type ReadOptions } from './session.js';
import type { ByteSource } from './source.js';
import { IMPORTED_RECORDS } from './imported.js';

export type { ImportedRecord, ImportWarning, RecordSource } from './group.js';
export type { ReadOptions, ImportInfo, ImportedColumn } from './session.js';

/**
 * The records of a file: iterate once; `warnings` and `info` fill as reading proceeds. Marked as
 * imported records, so `rescore(readRecords(file), profile)` needs no `records: 'imported'`.
 */
export interface RecordStream extends AsyncIterable<ImportedRecord> {
  readonly [IMPORTED_RECORDS]: true;
  /** Warnings about the file as a whole; complete once iteration has ended. */
  readonly warnings: readonly ImportWarning[];
  /** What was detected; set once the header has been read. */
  readonly info: ImportInfo | undefined;
  /** Records handed out so far. */
  readonly count: number;
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
  const session = new ImportSession(source, options);
  let count = 0;
  let started = false;

  async function* run(items: AsyncGenerator<ImportItem>): AsyncGenerator<ImportedRecord> {
    let reader: CsvChunkReader | undefined;
    for await (const item of items) {
      if (item.kind === 'records') {
        for (const r of item.records) {
          count++;
          yield r;
        }
        continue;
      }
      reader ??= new CsvChunkReader(session.chunkSetup!);
      const got = reader.read(item.chunk);
      session.tally(got.blank, got.replaced);
      applyAssignment(got.records, got.keys, session.assign(got.keys, got.firstRows));
      for (const r of got.records) {
        count++;
        yield r;
      }
    }
    session.finish();
  }

  return {
    [IMPORTED_RECORDS]: true,
    get warnings() {
      return session.warnings;
    },
    get info() {
      return session.info;
    },
    get count() {
      return count;
    },
    [Symbol.asyncIterator]() {
      if (started) throw new ImportError('option', { zh: '同一个 readRecords 结果只能遍历一次', en: 'the result of readRecords can be iterated only once' });
      started = true;
      return run(session.items());
    },
  };
}
