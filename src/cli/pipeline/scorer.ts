/**
 * A scoring worker of the CLI's re-scoring pipeline (评估工作线程): reads CSV chunks into records,
 * and scores numbered records, with the same {@link ChunkProcessor} as the reading thread. Asked
 * to finish (the run's last piece written), it writes the code caches that wait for a run that did
 * its work (src/cli/code-cache.ts `workDone`) before it is terminated.
 *
 * @module
 */
import type { MessagePort } from 'node:worker_threads';
import type { ImportedRecord } from '../../io/group.js';
import { recreateProfile } from '../../rescore/recreate.js';
import { workDone } from '../code-cache.js';
import { ChunkProcessor, errorData, transferables } from './processor.js';
import type { FromWorker, PipelineWorkerSetup, ToWorker } from './protocol.js';

/**
 * Serves a scoring worker on `port`.
 *
 * @example
 * serveScorer(parentPort!, workerData);
 */
export function serveScorer(port: MessagePort, setup: PipelineWorkerSetup): void {
  let processor: ChunkProcessor;
  try {
    processor = new ChunkProcessor(recreateProfile(setup.profile), setup.settings, setup.csv);
  } catch (error) {
    port.postMessage({ kind: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
    throw error;
  }
  port.on('message', (m: ToWorker) => {
    if (m.kind === 'finish') {
      workDone();
      port.postMessage({ kind: 'finished' } satisfies FromWorker);
      return;
    }
    try {
      if (m.kind === 'chunk') port.postMessage({ kind: 'keys', seq: m.seq, keys: processor.read(m.seq, m.chunk) } satisfies FromWorker);
      else {
        const output = m.kind === 'assignment' ? processor.finish(m.seq, m.assignment) : processor.score(JSON.parse(m.json) as ImportedRecord[]);
        port.postMessage({ kind: 'output', seq: m.seq, output } satisfies FromWorker, transferables(output));
      }
    } catch (error) {
      port.postMessage({ kind: 'error', seq: m.seq, error: errorData(error) } satisfies FromWorker);
    }
  });
}
