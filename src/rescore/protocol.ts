/**
 * The messages between a re-scoring run and its worker threads.
 *
 * - Records from an importer (`records: 'imported'`) are plain JSON data by construction (text
 *   cells turned into strings, numbers, booleans, arrays and objects), so they travel as one JSON
 *   text per batch: measured on the synthetic export (bench/, "worker transfer"), JSON is about 2×
 *   faster than a structured clone to send and 2–3× faster to receive.
 * - Records passed by a caller (`records: 'raw'`) travel as a structured clone: a caller may pass
 *   values JSON would change (`NaN`, `undefined`, a `Date`), and a record must be judged exactly
 *   as it would be in the calling thread.
 * - Outcomes come back as one JSON text per batch (results are plain JSON by design).
 *
 * @module
 */
import type { Profile } from '../profile/schema.js';
import type { ScoreSettings } from './score.js';

/** What a worker starts with (`workerData`). */
export interface WorkerSetup {
  /** The profile, as plain data (a structured clone of the frozen profile). */
  profile: Profile;
  settings: ScoreSettings;
}

/** A batch for a worker: records (an array, or its JSON text) and the index of the first one in the source. */
export interface BatchMessage {
  seq: number;
  base: number;
  items: unknown[] | string;
}

/** A worker's answer: `[outcomes, tallies]` as JSON text, or why it could not start. */
export type WorkerMessage = { kind: 'ready' } | { kind: 'done'; seq: number; json: string } | { kind: 'fatal'; message: string };
