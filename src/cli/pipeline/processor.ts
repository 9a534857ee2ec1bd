/**
 * What a thread of the CLI's re-scoring pipeline does with a piece of the file (分块评估): read a
 * CSV chunk into records (the same chunk reader as `readRecords`), and, once the records are
 * numbered, validate and assess them (lean: the result row needs no findings) and format the
 * result rows and rejected rows as the output files hold them. The same class runs in worker
 * threads and, with one worker, in the reading thread, so the files are identical either way.
 *
 * @module
 */
import { CsvChunkReader, type CsvChunkSetup } from '../../io/csv-chunk.js';
import type { CsvChunk } from '../../io/csv-split.js';
import { applyAssignment, type Assignment, type ImportedRecord } from '../../io/group.js';
import { REJECTED_COLUMNS, rejectedTableRows } from '../../io/rejected.js';
import { tableLines, type TableRow } from '../../io/write.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentResult } from '../../assess.js';
import { ResultLines } from '../../rescore/result-line.js';
import { scoreRecord, type RescoreRejection, type RescoreResult, type ScoreSettings } from '../../rescore/score.js';
import { SummaryBuilder } from '../../rescore/summary.js';
import type { ChunkKeys, ChunkOutput, ErrorData, PipelineSettings } from './protocol.js';

/**
 * The buffers of an output that can move to another thread instead of being copied.
 *
 * @example
 * port.postMessage({ kind: 'output', seq, output }, transferables(output));
 */
export function transferables(out: ChunkOutput): ArrayBuffer[] {
  return out.resultBytes ? [out.resultBytes.buffer as ArrayBuffer] : [];
}

/**
 * Reads and scores pieces of one file under one profile.
 *
 * @example
 * const p = new ChunkProcessor(profile, settings, csvSetup);
 * const keys = p.read(7, chunk);
 * const output = p.finish(7, session.assign(keys.keys, keys.firstRows));
 */
export class ChunkProcessor {
  private reader: CsvChunkReader | undefined;
  /** Records read, waiting for their numbers, by sequence number. */
  private readonly waiting = new Map<number, { records: ImportedRecord[]; keys: (string | undefined)[] }>();
  /** CSV and NDJSON results: each result written straight to its line (no row object); XLSX keeps rows. */
  private readonly lines: ResultLines | undefined;
  /** The settings records are scored with: the reduced assessment a line is made from (`line`) when it is written as a line. */
  private readonly scoring: ScoreSettings;

  constructor(
    private readonly profile: Profile,
    private readonly settings: PipelineSettings,
    private readonly csv: CsvChunkSetup | undefined,
  ) {
    const r = settings.results;
    this.lines = r.format === 'xlsx' ? undefined : new ResultLines(r.format, r.language);
    // Records go from this thread's chunk reader straight to scoring: vouched households are taken as read.
    this.scoring = { ...settings.score, ...(this.lines ? { view: 'line' as const } : {}), fromChunkReader: true };
  }

  /** Reads a chunk; its records wait for {@link finish}. */
  read(seq: number, chunk: CsvChunk): ChunkKeys {
    this.reader ??= new CsvChunkReader(this.csv!);
    const got = this.reader.read(chunk);
    this.waiting.set(seq, { records: got.records, keys: got.keys });
    return { keys: got.keys, firstRows: got.firstRows, blank: got.blank, replaced: got.replaced };
  }

  /** Numbers the records of a chunk read with {@link read} and scores them. */
  finish(seq: number, assignment: Assignment): ChunkOutput {
    const w = this.waiting.get(seq);
    if (!w) throw new Error(`fangfanpin: no chunk ${seq} is waiting for its numbers`);
    this.waiting.delete(seq);
    applyAssignment(w.records, w.keys, assignment);
    return this.score(w.records);
  }

  /** Scores numbered records (from a chunk, or read elsewhere) and formats the outputs. */
  score(records: readonly ImportedRecord[]): ChunkOutput {
    const { settings, profile } = this;
    const { lines, scoring } = this;
    const summary = new SummaryBuilder({ id: profile.id, hash: profile.hash }, null);
    const rows: TableRow[] = [];
    let text = '';
    // UTF-8 output: each line written straight into bytes (no chunk-long text to encode).
    const bytes = settings.results.utf8 === true;
    let results = 0;
    const rejections: RescoreRejection[] = [];
    let missingParameter = false;
    for (let i = 0; i < records.length; i++) {
      const rec = records[i]!;
      const { outcome, tally } = scoreRecord(rec, rec.position, profile, scoring);
      summary.add(tally);
      if (outcome.ok) {
        results++;
        if (lines) {
          const o = outcome as RescoreResult<AssessmentResult>;
          const line = { householdId: o.householdId, village: o.region?.village, recorded: tally.recorded!, result: o.result };
          if (bytes) lines.add(line);
          else text += lines.line(line);
        } else rows.push(outcome.result as TableRow);
      } else {
        rejections.push(outcome);
        if (!missingParameter && outcome.issues.some((x) => x.code === 'missing_parameter')) missingParameter = true;
      }
    }
    const out: ChunkOutput = { records: records.length, results, rejected: rejections.length, missingParameter, summary: summary.part() };
    if (!lines) out.resultRows = rows;
    else if (results > 0) {
      // The bytes own their buffer (never a pooled Buffer), so they can be transferred.
      if (bytes) out.resultBytes = lines.take();
      else out.resultText = text;
    }
    const j = settings.rejected;
    if (j.as === 'records') out.rejections = rejections;
    else if (rejections.length > 0) out.rejectedText = tableLines(rejections.flatMap(rejectedTableRows), { format: 'csv', columns: REJECTED_COLUMNS, language: j.language });
    return out;
  }
}

/**
 * An error as plain data (an ImportError keeps its code and text, to be re-created on the other side).
 *
 * @example
 * errorData(new Error('boom')) // { message: 'boom' }
 */
export function errorData(error: unknown): ErrorData {
  const e = error as { name?: string; code?: string; text?: { zh: string; en: string }; message?: string; file?: string };
  const data: ErrorData = { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  if (e && e.name === 'ImportError' && e.code && e.text) data.importError = { code: e.code, text: e.text };
  if (e && e.name === 'OutputError' && e.text && typeof e.file === 'string') data.outputError = { file: e.file, code: e.code, text: e.text };
  return data;
}
