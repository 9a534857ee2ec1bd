/**
 * A pool of worker threads for re-scoring (工作线程池). Loaded only when a run asks for more than
 * one worker, so `import 'fangfanpin'` never loads a Node-specific module.
 *
 * Each batch goes to the worker with the fewest batches in flight. A worker that dies hands its
 * batches back to the calling thread, which scores them itself: the outcomes are the same, and
 * nothing is lost. Workers keep the process alive only while they have work.
 *
 * @module
 */
import type { Worker as WorkerType } from 'node:worker_threads';
import type { Profile } from '../profile/schema.js';
import type { BatchMessage, WorkerMessage, WorkerSetup } from './protocol.js';
import { scoreRecord, type Scored, type ScoreSettings } from './score.js';
import { moduleUrlOf, workerEntryNear } from './worker-entry.js';

/**
 * A worker holds the profile, the rules and one batch: a small live set. Capping its heap makes V8
 * collect early instead of letting each worker's heap grow to a hundred MB or more (measured on the
 * synthetic export, 100k households: peak RSS of a 2-worker CLI run 426 → 303 MB, CPU time
 * unchanged). A batch too large for the cap ends its worker with ERR_WORKER_OUT_OF_MEMORY; its
 * batches are then scored in the calling thread, with the same outcomes.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

interface Task {
  seq: number;
  base: number;
  items: unknown[];
  resolve: (s: Scored[]) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: WorkerType;
  tasks: Map<number, Task>;
  alive: boolean;
}


/** The worker entry: the TypeScript sources through tsx, or the built dist/rescore-worker.js (ESM and CommonJS builds). */
function workerEntry(): Promise<URL> {
  const here = moduleUrlOf((import.meta as { url?: string }).url, () => __filename);
  return workerEntryNear(here, ['./rescore-worker.js', '../rescore-worker.js']);
}

function scoreHere(task: Task, profile: Profile, settings: ScoreSettings): Scored[] {
  return task.items.map((item, i) => scoreRecord(item, task.base + i, profile, settings));
}

/** A running pool. */
export interface Pool {
  /** Scores a batch (in a worker, or here if no worker is left). */
  run(items: unknown[], base: number): Promise<Scored[]>;
  /** Stops every worker. */
  close(): Promise<void>;
}

/**
 * Starts `size` workers scoring under `profile`; `undefined` where there are no worker threads.
 *
 * @example
 * const pool = await createPool(2, getProfile('fujian/jinan/2023'), { view: 'full', records: 'raw' });
 * const scored = await pool!.run(records, 0);
 * await pool!.close();
 */
export async function createPool(size: number, profile: Profile, settings: ScoreSettings): Promise<Pool | undefined> {
  let Worker: typeof import('node:worker_threads').Worker;
  try {
    ({ Worker } = await import('node:worker_threads'));
  } catch {
    return undefined; // Not Node (a browser, a worker without threads): the caller scores in its own thread.
  }
  const entry = await workerEntry();
  const setup: WorkerSetup = { profile, settings };
  const slots: Slot[] = [];
  let seq = 0;
  let fatal: Error | undefined;

  const settle = (slot: Slot) => {
    if (slot.tasks.size === 0) slot.worker.unref();
    else slot.worker.ref();
  };

  const retire = (slot: Slot, reason: unknown) => {
    if (!slot.alive) return;
    slot.alive = false;
    // Score its batches here: same function, same outcomes.
    for (const task of slot.tasks.values()) {
      if (fatal) task.reject(fatal);
      else {
        try {
          task.resolve(scoreHere(task, profile, settings));
        } catch (e) {
          task.reject(e ?? reason);
        }
      }
    }
    slot.tasks.clear();
    void slot.worker.terminate();
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(entry, { workerData: setup, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, tasks: new Map(), alive: true };
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'done') {
        const task = slot.tasks.get(m.seq);
        if (!task) return;
        slot.tasks.delete(m.seq);
        settle(slot);
        const [outcomes, tallies] = JSON.parse(m.json) as [Scored['outcome'][], Scored['tally'][]];
        task.resolve(outcomes.map((outcome, k) => ({ outcome, tally: tallies[k]! })));
      } else if (m.kind === 'fatal') {
        fatal = new Error(m.message);
        retire(slot, fatal);
      }
    });
    worker.on('error', (e) => retire(slot, e));
    worker.on('exit', (code) => retire(slot, new Error(`worker exited with code ${code}`)));
    worker.unref();
    slots.push(slot);
  }

  return {
    run(items, base) {
      if (fatal) return Promise.reject(fatal);
      let best: Slot | undefined;
      for (const s of slots) if (s.alive && (!best || s.tasks.size < best.tasks.size)) best = s;
      const task: Task = { seq: seq++, base, items, resolve: () => {}, reject: () => {} };
      const done = new Promise<Scored[]>((resolve, reject) => {
        task.resolve = resolve;
        task.reject = reject;
      });
      if (!best) {
        task.resolve(scoreHere(task, profile, settings));
        return done;
      }
      try {
        const message: BatchMessage = { seq: task.seq, base, items: settings.records === 'imported' ? JSON.stringify(items) : items };
        best.worker.postMessage(message);
      } catch {
        // A record that cannot be sent (a function, a symbol, a BigInt): score the batch here.
        task.resolve(scoreHere(task, profile, settings));
        return done;
      }
      best.tasks.set(task.seq, task);
      settle(best);
      return done;
    },
    async close() {
      const live = slots.filter((s) => s.alive);
      for (const s of slots) s.alive = false;
      await Promise.all(live.map((s) => s.worker.terminate()));
    },
  };
}
