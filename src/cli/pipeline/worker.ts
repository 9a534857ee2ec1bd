/**
 * The worker entry of the CLI's re-scoring pipeline: a scoring worker ({@link serveScorer}) or the
 * coordinator that reads, cuts, numbers and writes ({@link serveCoordinator}), by `workerData.role`.
 *
 * @module
 */
import './generated-cache.js'; // first: the generated-code cache installed before any module generates code
import { parentPort, workerData } from 'node:worker_threads';
import { serveCoordinator, type CoordinatorSetup } from './coordinator.js';
import type { PipelineWorkerSetup } from './protocol.js';
import { serveScorer } from './scorer.js';

const setup = workerData as PipelineWorkerSetup | CoordinatorSetup;
if ('role' in setup && setup.role === 'coordinator') serveCoordinator(parentPort!, setup);
else serveScorer(parentPort!, setup as PipelineWorkerSetup);
