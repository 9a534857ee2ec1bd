/**
 * The messages of the CLI's re-scoring pipeline between the reading thread and its workers.
 *
 * A CSV chunk goes to a worker as bytes (transferred, not copied twice); the worker reads it into
 * records and sends back only their keys and first rows; the reading thread numbers them in file
 * order and answers with the {@link Assignment}; the worker scores the records and sends back the
 * result and rejected rows already formatted as text lines, and a summary part. Records read in the
 * reading thread (NDJSON, XLSX, CSV that cannot be cut) go as JSON text and come back the same way.
 *
 * @module
 */
import type { CsvChunkSetup } from '../../io/csv-chunk.js';
import type { CsvChunk } from '../../io/csv-split.js';
import type { Assignment, BlankRows } from '../../io/group.js';
import type { TableRow } from '../../io/write.js';
import type { Profile } from '../../profile/schema.js';
import type { RescoreRejection, ScoreSettings } from '../../rescore/score.js';
import type { SummaryPart } from '../../rescore/summary.js';

/** What the pipeline makes of scored records. Plain data. */
export interface PipelineSettings {
  score: ScoreSettings;
  /**
   * The results: CSV or NDJSON lines made in the scoring thread, or rows for XLSX. `utf8`: the
   * lines are encoded there too (the file is UTF-8), so they cross threads as transferred bytes.
   */
  results: { format: 'csv' | 'ndjson' | 'xlsx'; language: 'zh' | 'en'; utf8?: boolean };
  /** Rejections: lines of the rejected-records CSV, or the records (printed on stderr). */
  rejected: { as: 'csv'; language: 'zh' | 'en' } | { as: 'records' };
}

/** What a worker starts with. */
export interface PipelineWorkerSetup {
  profile: Profile;
  settings: PipelineSettings;
  /** How to read CSV chunks (absent when the file is read as records). */
  csv?: CsvChunkSetup;
}

/** The keys of a chunk's records, to be numbered in file order. */
export interface ChunkKeys {
  keys: (string | undefined)[];
  firstRows: number[];
  blank: BlankRows;
  replaced: number;
}

/** What scoring a chunk (or a batch of records) gives. */
export interface ChunkOutput {
  /** Records in. */
  records: number;
  /** Result rows. */
  results: number;
  /** CSV or NDJSON lines (strings cross threads as a copy into the heap, where they die young). */
  resultText?: string;
  /** … or the same lines as UTF-8 bytes (transferred, not copied: see {@link PipelineSettings.results}). */
  resultBytes?: Uint8Array;
  resultRows?: TableRow[];
  /** Rejected records. */
  rejected: number;
  /** Lines of the rejected-records CSV. */
  rejectedText?: string;
  rejections?: RescoreRejection[];
  /** Whether a rejection is for a parameter the profile leaves unset (exit code 3). */
  missingParameter: boolean;
  summary: SummaryPart;
}

/** Reading thread → worker. */
export type ToWorker =
  | { kind: 'chunk'; seq: number; chunk: CsvChunk }
  | { kind: 'assignment'; seq: number; assignment: Assignment }
  | { kind: 'records'; seq: number; json: string }
  /** The run's last piece is written: write the code caches waiting for the run's end, then say `finished`. */
  | { kind: 'finish' };

/** An error on its way back: an ImportError keeps its code and text. */
export interface ErrorData {
  message: string;
  importError?: { code: string; text: { zh: string; en: string } };
  /** An output that cannot be written keeps its file, code and text. */
  outputError?: { file: string; code: string | undefined; text: { zh: string; en: string } };
}

/** Worker → reading thread. */
export type FromWorker =
  | { kind: 'keys'; seq: number; keys: ChunkKeys }
  | { kind: 'output'; seq: number; output: ChunkOutput }
  | { kind: 'error'; seq: number; error: ErrorData }
  | { kind: 'fatal'; message: string }
  | { kind: 'finished' };
