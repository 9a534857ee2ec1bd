/**
 * The CLI's re-scoring pipeline (批量评估流水线): the reading thread does as little as it can —
 * read bytes, cut them into chunks at household boundaries (src/io/csv-split.ts), hand the chunks
 * to worker threads, number their records in file order (positions and the non-contiguous index),
 * and write the bytes the workers send back, in order. Workers read each chunk into records with
 * the importer's own chunk reader, validate, assess (lean) and format the result and rejected rows
 * ({@link ChunkProcessor}). With one worker the same processor runs in the reading thread; with
 * more, the reading thread scores no piece while a worker is alive (its isolate would otherwise
 * compile the whole scoring path a second time — docs/decisions.md, eleventh slice: workers).
 *
 * Memory stays flat: a bounded number of chunks is in flight (a slow writer slows the reader),
 * workers' heaps are capped, and what grows with the file is the compact index of households seen
 * (about 24 bytes a household) and the summary (one row per village).
 *
 * A worker that dies (out of memory, killed) hands its chunks back: the reading thread reads and
 * scores them itself, with the same processor, so nothing is lost and the files do not change.
 *
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Worker as WorkerType } from 'node:worker_threads';
import { DEFAULT_CHUNK_BYTES, type CsvChunk } from '../../io/csv-split.js';
import { ImportError, type ImportErrorCode } from '../../io/errors.js';
import { OutputError } from '../output-error.js';
import type { Assignment, ImportedRecord, ImportWarning } from '../../io/group.js';
import { ImportSession, type ImportItem } from '../../io/session.js';
import { sourcePath, type ByteSource, type InputFormat, type TextEncoding } from '../../io/source.js';
import type { TableWriter } from '../../io/write.js';
import type { Profile } from '../../profile/schema.js';
import type { HolidayNotice } from '../../calendar/notices.js';
import type { RescoreRejection } from '../../rescore/score.js';
import { SummaryBuilder } from '../../rescore/summary.js';
import { summaryProfile } from '../../profile/supplied-lines.js';
import { moduleUrlOf, workerEntryNear } from '../../rescore/worker-entry.js';
import { ChunkProcessor } from './processor.js';
import type { ChunkKeys, ChunkOutput, ErrorData, FromWorker, PipelineSettings, PipelineWorkerSetup, ToWorker } from './protocol.js';

/** Where the pipeline writes. */
export interface PipelineOutput {
  /** The results table (opened, header written). */
  results: TableWriter;
  /** The rejected-records table (CSV), or … */
  rejected?: TableWriter;
  /** … a listener for rejected records (printed on stderr when there is no output directory). */
  onRejections?: (rejections: RescoreRejection[]) => void;
}

/** Options of {@link runPipeline}. */
export interface PipelineOptions {
  profile: Profile;
  asOf?: string;
  language: 'zh' | 'en';
  /** Results file format. */
  format: 'csv' | 'ndjson' | 'xlsx';
  inputFormat?: InputFormat;
  inputEncoding?: TextEncoding;
  /** Worker threads; 1 = in the reading thread. */
  workers: number;
  /** Records per batch for records read in the reading thread; CSV chunks of this many KB (default 256). */
  batchSize?: number;
  /** The input's size in bytes (a file of at most {@link ONE_THREAD_CHUNKS} chunks is scored in the reading thread). */
  size: number;
  /** State Council holiday notices added to the calendar shipped (validated). */
  holidays?: readonly HolidayNotice[];
  onWarning?: (w: ImportWarning) => void;
  /** After each piece is written: records done so far, of which results and rejected (the balance so far). */
  onProgress?: (records: number, results: number, rejected: number) => void;
}

/** What a run gives. */
export interface PipelineResult {
  /** The summary (read it with `head`, `eachVillage` or `snapshot`). */
  summary: SummaryBuilder;
  /** A record was rejected for a parameter the profile leaves unset. */
  missingParameter: boolean;
  /** Bytes held by the index of households seen, at the end. */
  indexBytes: number;
  /** The warnings about the file (at most 100 of a kind, then a count), for summary.json. */
  warnings: readonly ImportWarning[];
  /** Pieces scored by worker threads (the rest by the reading thread). */
  scoredByWorkers: number;
  /** Pieces of the run (chunks and record batches). */
  pieces: number;
}

/**
 * A worker holds the rules, a few chunks and their records: a small live set. Capping its old
 * generation makes V8 collect early instead of letting each worker's heap grow to a hundred MB or
 * more. Its young generation is the coordinator's (32 MB): with 8 MB a scoring worker spent ≈ 15 %
 * of its CPU in scavenges of a chunk's short-lived objects, and two workers cost ≈ 1.2 × the CPU
 * of one; with 32 MB ≈ 1.1 ×, for ≈ 25 MB more peak RSS a worker (docs/decisions.md).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 32 };

/**
 * A file of at most this many chunks (2 MB with the default 256 KB chunks) is scored in the reading
 * thread whatever the worker count: a worker's start (its code loaded, its hot functions compiled
 * again by its own isolate) costs more than it saves on so little work (measured in docs/decisions.md).
 */
export const ONE_THREAD_CHUNKS = 8;

/** Chunks in flight per worker (read, scored or waiting to be written). */
const IN_FLIGHT_PER_WORKER = 3;


/**
 * The worker entry: the TypeScript sources through tsx, or the built dist/cli/pipeline-worker.js.
 *
 * @example
 * new Worker(await pipelineWorkerEntry(), { workerData });
 */
export async function pipelineWorkerEntry(): Promise<URL> {
  const here = moduleUrlOf((import.meta as { url?: string }).url, () => __filename);
  return workerEntryNear(here, ['./pipeline-worker.js', './cli/pipeline-worker.js']);
}

/** Bytes of a file, read again (a chunk whose worker died). */
function readAt(path: string, offset: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const fd = openSync(path, 'r');
  try {
    for (let got = 0; got < length; ) {
      const n = readSync(fd, bytes, got, length - got, offset + got);
      if (n === 0) throw new Error(`fangfanpin: ${path} is shorter than when it was read`);
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * An error sent from another thread, re-created (an ImportError with its code and text).
 *
 * @example
 * throw rebuildError(message.error);
 */
export function rebuildError(e: ErrorData): Error {
  if (e.importError) return new ImportError(e.importError.code as ImportErrorCode, e.importError.text);
  if (e.outputError) return new OutputError(e.outputError.file, e.outputError.code, e.outputError.text);
  const error = new Error(e.message.split('\n')[0]);
  error.stack = e.message; // the other thread's stack, printed once
  return error;
}

/** A wake-up for the reading loop. */
class Signal {
  private waiting: (() => void) | undefined;
  wait(): Promise<void> {
    return new Promise((resolve) => (this.waiting = resolve));
  }
  notify(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }
}

interface Slot {
  worker: WorkerType;
  alive: boolean;
  seqs: Set<number>;
  /** Called when the worker answers `finish` (or ends). */
  finished?: () => void;
}

/** A piece in flight. */
interface Piece {
  seq: number;
  /** A CSV chunk; its bytes go to the worker (read again from the file should the worker die). */
  chunk?: CsvChunk;
  records?: ImportedRecord[];
  /** Undefined: the reading thread. */
  slot: Slot | undefined;
  /** The chunk's length, when its bytes were transferred to a worker. */
  length?: number;
  assignment?: Assignment;
}

/**
 * Re-scores a file (see the module comment). Resolves when every output is written; rejects with
 * an {@link ImportError} when the file cannot be read.
 *
 * @example
 * const run = await runPipeline(source, { results, rejected }, { profile, language: 'zh', format: 'csv', workers: 2, size });
 * const s = run.summary.head(true); // s.in === s.results + s.rejected
 */
export async function runPipeline(source: ByteSource, output: PipelineOutput, options: PipelineOptions): Promise<PipelineResult> {
  const { profile, language } = options;
  const chunkBytes = options.batchSize ? options.batchSize * 1024 : DEFAULT_CHUNK_BYTES;
  const settings: PipelineSettings = {
    score: { view: language === 'en' ? 'row-en' : 'row-zh', records: 'imported', explain: false, ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.holidays ? { holidays: options.holidays } : {}) },
    results: { format: options.format, language, ...(output.results.takesUtf8 ? { utf8: true } : {}) },
    rejected: output.rejected ? { as: 'csv', language } : { as: 'records' },
  };
  const summary = new SummaryBuilder(summaryProfile(profile), options.asOf ?? profile.defaultAsOf?.value ?? null);
  let missingParameter = false;
  let done = 0;
  let resultsDone = 0;
  let rejectedDone = 0;

  // Pieces and their order.
  let nextSeq = 0;
  let written = 0;
  const pieces = new Map<number, Piece>();
  const chunkOrder: number[] = [];
  let assignNext = 0;
  const keysIn = new Map<number, ChunkKeys>();
  const outputs = new Map<number, ChunkOutput>();
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;
  const signal = new Signal();
  const fail = (e: unknown) => {
    failure ??= e;
    signal.notify();
  };

  const session = new ImportSession(source, {
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    ...(options.inputEncoding ? { encoding: options.inputEncoding } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    chunkBytes,
    recordsPerItem: options.batchSize ?? 256,
    // Records read here after chunks (a CSV whose quoting turns irregular) are numbered after every chunk.
    beforeRest: async () => {
      while (assignNext < chunkOrder.length && failure === undefined) await signal.wait();
    },
  });

  let local: ChunkProcessor | undefined;
  const here = () => (local ??= new ChunkProcessor(profile, settings, session.chunkSetup));

  async function write(out: ChunkOutput): Promise<void> {
    if (out.resultText) await output.results.addLines(out.resultText, out.results);
    if (out.resultBytes) await output.results.addLineBytes(out.resultBytes, out.results);
    if (out.resultRows) for (const r of out.resultRows) await output.results.addRow(r);
    if (out.rejectedText) await output.rejected!.addLines(out.rejectedText, out.rejected);
    if (out.rejections && out.rejections.length > 0) output.onRejections?.(out.rejections);
    summary.addPart(out.summary);
    if (out.missingParameter) missingParameter = true;
    done += out.records;
    resultsDone += out.results;
    rejectedDone += out.rejected;
    written++;
    options.onProgress?.(done, resultsDone, rejectedDone);
    signal.notify();
  }

  /** Outputs handed to the writer so far (they are written in file order). */
  let queued = 0;
  const deliver = (seq: number, out: ChunkOutput) => {
    pieces.delete(seq);
    outputs.set(seq, out);
    while (outputs.has(queued)) {
      const o = outputs.get(queued)!;
      outputs.delete(queued);
      queued++;
      writing = writing.then(() => write(o));
      writing.catch(fail);
    }
  };

  // --- In the reading thread ---------------------------------------------------------------------
  const inThread = options.workers <= 1 || options.size <= chunkBytes * ONE_THREAD_CHUNKS;
  const items = session.items();
  if (inThread) {
    try {
      for await (const item of items) {
        const seq = nextSeq++;
        let out: ChunkOutput;
        if (item.kind === 'chunk') {
          const k = here().read(seq, item.chunk);
          session.tally(k.blank, k.replaced);
          out = here().finish(seq, session.assign(k.keys, k.firstRows));
        } else out = here().score(item.records);
        await write(out);
      }
    } finally {
      await items.return(undefined);
    }
    session.finish();
    return { summary, missingParameter, indexBytes: session.indexBytes, warnings: session.warnings, scoredByWorkers: 0, pieces: nextSeq };
  }

  // --- With worker threads -----------------------------------------------------------------------
  const path = sourcePath(source);
  const slots: Slot[] = [];
  let scoredByWorkers = 0;
  const entry = await pipelineWorkerEntry();
  const { Worker } = await import('node:worker_threads');

  const assignPump = () => {
    while (assignNext < chunkOrder.length && keysIn.has(chunkOrder[assignNext]!)) {
      const seq = chunkOrder[assignNext++]!;
      const k = keysIn.get(seq)!;
      keysIn.delete(seq);
      session.tally(k.blank, k.replaced);
      const assignment = session.assign(k.keys, k.firstRows);
      const piece = pieces.get(seq)!;
      piece.assignment = assignment;
      if (piece.slot) piece.slot.worker.postMessage({ kind: 'assignment', seq, assignment } satisfies ToWorker);
      else deliver(seq, here().finish(seq, assignment));
    }
    signal.notify();
  };

  /** Reads and scores a piece here (no worker left, or its worker died). */
  const takeBack = (piece: Piece) => {
    piece.slot = undefined;
    if (piece.records) return deliver(piece.seq, here().score(piece.records));
    if (piece.length !== undefined) piece.chunk = { ...piece.chunk!, bytes: readAt(path!, piece.chunk!.byteOffset, piece.length) };
    const k = here().read(piece.seq, piece.chunk!);
    if (piece.assignment) return deliver(piece.seq, here().finish(piece.seq, piece.assignment));
    keysIn.set(piece.seq, k);
    assignPump();
  };

  const retire = (slot: Slot) => {
    slot.finished?.();
    if (!slot.alive) return;
    slot.alive = false;
    void slot.worker.terminate();
    if (failure !== undefined) return;
    try {
      for (const seq of slot.seqs) {
        const piece = pieces.get(seq);
        if (piece) takeBack(piece);
      }
    } catch (e) {
      fail(e);
    }
    slot.seqs.clear();
  };

  const start = (csv: PipelineWorkerSetup['csv']) => {
    const setup: PipelineWorkerSetup = { profile, settings, ...(csv ? { csv } : {}) };
    // n workers are this thread and n − 1 worker threads: this thread reads, numbers and writes,
    // the worker threads score (see dispatch).
    for (let i = 0; i < options.workers - 1; i++) {
      const worker = new Worker(entry, { workerData: setup, resourceLimits: WORKER_LIMITS });
      const slot: Slot = { worker, alive: true, seqs: new Set() };
      worker.on('message', (m: FromWorker) => {
        try {
          if (m.kind === 'keys') {
            keysIn.set(m.seq, m.keys);
            assignPump();
          } else if (m.kind === 'output') {
            slot.seqs.delete(m.seq);
            scoredByWorkers++;
            deliver(m.seq, m.output);
          } else if (m.kind === 'error') fail(rebuildError(m.error));
          else if (m.kind === 'finished') slot.finished?.();
          else fail(new Error(m.message));
        } catch (e) {
          fail(e);
        }
      });
      worker.on('error', () => retire(slot));
      worker.on('exit', () => retire(slot));
      slots.push(slot);
    }
  };

  const dispatch = (item: ImportItem) => {
    const seq = nextSeq++;
    const piece: Piece = { seq, slot: undefined };
    if (item.kind === 'chunk') {
      piece.chunk = item.chunk;
      chunkOrder.push(seq);
    } else piece.records = item.records;
    pieces.set(seq, piece);
    let best: Slot | undefined;
    for (const s of slots) if (s.alive && (!best || s.seqs.size < best.seqs.size)) best = s;
    // No worker left (or, its workers having died, every one left has its pieces in flight): this
    // thread scores the piece. The output is the same whichever thread scores a piece.
    if (!best || best.seqs.size >= IN_FLIGHT_PER_WORKER) return takeBack(piece);
    piece.slot = best;
    best.seqs.add(seq);
    if (piece.chunk && path !== undefined) {
      // The bytes move to the worker (transferred): no copy stays here to wait for garbage
      // collection; should the worker die, they are read again from the file.
      const chunk = piece.chunk;
      piece.length = chunk.bytes.byteLength;
      best.worker.postMessage({ kind: 'chunk', seq, chunk } satisfies ToWorker, [chunk.bytes.buffer as ArrayBuffer]);
      piece.chunk = { ...chunk, bytes: new Uint8Array(0) };
    } else if (piece.chunk) {
      // Not a file: the worker gets a copy, the piece keeps the bytes.
      best.worker.postMessage({ kind: 'chunk', seq, chunk: piece.chunk } satisfies ToWorker);
    } else best.worker.postMessage({ kind: 'records', seq, json: JSON.stringify(piece.records) } satisfies ToWorker);
  };

  // The workers' pieces only. This thread scores none while a worker is alive: were it to score
  // the pieces it reads while the workers are busy (a quarter of them), its isolate would compile
  // the whole scoring path with TurboFan a second time and run it cold — the larger part of what
  // two threads cost over one (docs/decisions.md, eleventh slice: workers).
  const limit = (options.workers - 1) * IN_FLIGHT_PER_WORKER;
  try {
    for await (const item of items) {
      if (failure !== undefined) throw failure;
      if (slots.length === 0) start(item.kind === 'chunk' ? session.chunkSetup : undefined);
      while (nextSeq - written >= limit && failure === undefined) await signal.wait();
      if (failure !== undefined) throw failure;
      dispatch(item);
    }
    while (written < nextSeq && failure === undefined) await signal.wait();
    if (failure !== undefined) throw failure;
    await writing;
    // The run did its work: each worker writes the code caches it keeps for that moment (a first
    // run's; src/cli/code-cache.ts `workDone`) before it is terminated, and says so.
    await Promise.all(
      slots.filter((s) => s.alive).map(
        (s) =>
          new Promise<void>((resolve) => {
            s.finished = resolve;
            s.worker.postMessage({ kind: 'finish' } satisfies ToWorker);
          }),
      ),
    );
  } finally {
    await items.return(undefined);
    for (const s of slots) s.alive = false;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
  session.finish();
  return { summary, missingParameter, indexBytes: session.indexBytes, warnings: session.warnings, scoredByWorkers, pieces: nextSeq };
}
