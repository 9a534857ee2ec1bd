/**
 * The worker thread of a re-scoring run (评估工作线程): receives batches of records, scores them
 * with the same {@link scoreRecord} as the calling thread, and sends the outcomes back.
 *
 * The profile arrives as a structured clone; the worker freezes it after checking that its SHA-256
 * equals the original's, so every result names exactly the rule book the caller passed.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Profile } from '../profile/schema.js';
import type { BatchMessage, WorkerMessage, WorkerSetup } from './protocol.js';
import { recreateProfile } from './recreate.js';
import { scoreRecord } from './score.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
let profile: Profile;
try {
  profile = recreateProfile(setup.profile);
  port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
} catch (error) {
  port.postMessage({ kind: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  throw error;
}

port.on('message', (m: BatchMessage) => {
  const items = (typeof m.items === 'string' ? JSON.parse(m.items) : m.items) as unknown[];
  const outcomes: unknown[] = new Array(items.length);
  const tallies: unknown[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = scoreRecord(items[i], m.base + i, profile, setup.settings);
    outcomes[i] = s.outcome;
    tallies[i] = s.tally;
  }
  port.postMessage({ kind: 'done', seq: m.seq, json: JSON.stringify([outcomes, tallies]) } satisfies WorkerMessage);
});
