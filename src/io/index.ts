/**
 * `fangfanpin/io` — importers and exporters for the national system's exports (导入导出).
 *
 * Kept out of the core (`import 'fangfanpin'` loads none of this): it uses papaparse, iconv-lite
 * and, for XLSX, the optional package exceljs.
 *
 * @example
 * import { readRecords, writeResults, writeRejected, resultRow } from 'fangfanpin/io';
 * import { parseHousehold } from 'fangfanpin';
 * for await (const rec of readRecords('village.csv')) {
 *   const parsed = rec.problems.length ? null : parseHousehold(rec.raw);
 * }
 *
 * @packageDocumentation
 */
export {
  readRecords,
  type ReadOptions,
  type ImportedRecord,
  type RecordSource,
  type RecordStream,
  type ImportWarning,
  type ImportInfo,
  type ImportedColumn,
} from './read.js';
export { writeResults, writeJsonLines, type WriteOptions, type WriteSummary, type TableColumn, type TableRow, type TableCell, type OutputFormat } from './write.js';
export { writeRejected, formatRows, REJECTED_COLUMNS, type RejectedRecord } from './rejected.js';
export { RESULT_COLUMNS, resultRow, type ResultSummary } from './columns.js';
export { HEADER_MAPPINGS, findHeader, displayPath, type HeaderMapping, type MappingLevel, type Combine, type HeaderSource } from './headers.js';
export * as values from './values.js';
export type { ValueConverter, Converted, VocabularyEntry } from './values.js';
export { normalizeHeader, unwrapCell } from './normalize.js';
export { renderImportMapping } from './mapping-doc.js';
export { ImportError, type ImportErrorCode } from './errors.js';
export { readWorkSpells, WORK_SPELL_COLUMNS } from './work-spells.js';
export { readVillages, VILLAGE_COLUMNS } from './villages.js';
export type { SideTableOptions, SideTableRead, SideRow, SideRejected, SideColumn } from './side-table.js';
export { detectEncoding, type ByteSource, type InputFormat, type TextEncoding } from './source.js';
export type { AssembleOptions } from './assemble.js';
export { MAX_HOUSEHOLD_MEMBERS } from '../model/primitives.js';
