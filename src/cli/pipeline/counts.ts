/**
 * The records done so far by the coordinator thread (进度计数), kept in memory shared with the main
 * thread instead of sent as a message after every piece: the main thread reads them only when it
 * needs them — a run that stops early (its balance line) or is interrupted — while a `progress`
 * message is posted only when a progress display shows it (src/cli/progress.ts `progressShown`).
 *
 * The four figures (bytes read, records, results, rejected) are written together under a sequence
 * number (odd while a write is under way), so a reader never takes figures of two different pieces.
 *
 * @module
 */

/** The figures of the balance so far. */
export interface DoneSoFar {
  bytes: number;
  records: number;
  results: number;
  rejected: number;
}

/** A reader gives up waiting for a write to end after this many tries (a thread stopped mid-write): the last figures read are taken. */
const TRIES = 10_000;

/**
 * Counts shared between the coordinator thread (writes) and the main thread (reads).
 *
 * @example
 * const counts = new SharedCounts();           // main thread; counts.buffer goes in workerData
 * new SharedCounts(workerData.counts).write({ bytes: 10, records: 2, results: 1, rejected: 1 }); // coordinator
 * counts.read(); // { bytes: 10, records: 2, results: 1, rejected: 1 }
 */
export class SharedCounts {
  readonly buffer: SharedArrayBuffer;
  private readonly sequence: Int32Array;
  private readonly figures: Float64Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(40)) {
    this.buffer = buffer;
    this.sequence = new Int32Array(buffer, 0, 1);
    this.figures = new Float64Array(buffer, 8, 4);
  }

  /** Writes the figures (one writer). */
  write(done: DoneSoFar): void {
    const { sequence, figures } = this;
    Atomics.add(sequence, 0, 1);
    figures[0] = done.bytes;
    figures[1] = done.records;
    figures[2] = done.results;
    figures[3] = done.rejected;
    Atomics.add(sequence, 0, 1);
  }

  /** The figures last written (all zero before the first write). */
  read(): DoneSoFar {
    const { sequence, figures } = this;
    let done: DoneSoFar = { bytes: 0, records: 0, results: 0, rejected: 0 };
    for (let i = 0; i < TRIES; i++) {
      const before = Atomics.load(sequence, 0);
      done = { bytes: figures[0]!, records: figures[1]!, results: figures[2]!, rejected: figures[3]! };
      if ((before & 1) === 0 && Atomics.load(sequence, 0) === before) break;
    }
    return done;
  }
}
