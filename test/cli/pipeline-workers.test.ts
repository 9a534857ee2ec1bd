/**
 * The CLI's pipeline with one scoring thread and with worker threads (src/cli/pipeline/run.ts): the
 * files, the summary, the warnings and the progress are the same whichever thread scores a piece —
 * a worker (every piece, while one is alive: the reading thread then only reads, numbers and writes)
 * or the reading thread (every piece of a file too small to repay a worker's start).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { villageLines } from '../../examples/make-village.js';
import { ONE_THREAD_CHUNKS, runPipeline, type PipelineOptions } from '../../src/cli/pipeline/run.js';
import { REJECTED_COLUMNS } from '../../src/io/rejected.js';
import { openTableWriter } from '../../src/io/write.js';
import { getProfile } from '../../src/index.js';
import { ndjsonVillage } from '../support/ndjson-village.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ffp-pipeline-workers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const profile = getProfile('fujian/jinan/2023');

/** A generated export written to a file. */
function village(name: string, households: number, seed: number, columns: 'full' | 'narrow'): string {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, [...villageLines({ households, seed, columns, rejectedPercent: 5 })].join(''));
  return file;
}

/** One run into its own files: their texts, the summary, the warnings, the progress calls and who scored. */
async function run(file: string, name: string, options: Partial<PipelineOptions>) {
  const results = await openTableWriter({ path: join(dir, `${name}-results.csv`), format: 'csv', language: 'zh', sync: true });
  const rejected = await openTableWriter({ path: join(dir, `${name}-rejected.csv`), format: 'csv', columns: REJECTED_COLUMNS, language: 'zh', sync: true });
  const progress: number[][] = [];
  const warnings: string[] = [];
  const r = await runPipeline(file, { results, rejected }, {
    profile,
    asOf: '2023-12-15',
    language: 'zh',
    format: 'csv',
    workers: 1,
    size: statSync(file).size,
    onProgress: (n, ok, bad) => progress.push([n, ok, bad]),
    onWarning: (w) => warnings.push(w.code),
    ...options,
  });
  await results.end();
  await rejected.end();
  return {
    results: readFileSync(join(dir, `${name}-results.csv`), 'utf8'),
    rejected: readFileSync(join(dir, `${name}-rejected.csv`), 'utf8'),
    summary: JSON.stringify(r.summary.snapshot(true)),
    warnings,
    progress,
    missingParameter: r.missingParameter,
    scoredByWorkers: r.scoredByWorkers,
    pieces: r.pieces,
  };
}

const same = (a: Awaited<ReturnType<typeof run>>, b: Awaited<ReturnType<typeof run>>) => {
  expect(b.results).toBe(a.results);
  expect(b.rejected).toBe(a.rejected);
  expect(b.summary).toBe(a.summary);
  expect(b.warnings).toEqual(a.warnings);
  expect(b.progress).toEqual(a.progress);
  expect(b.missingParameter).toBe(a.missingParameter);
};

describe('Issue 14 (workers): which thread scores a piece changes nothing in the outputs', () => {
  it.each([
    ['the 83-column export', 'full', 2023],
    ['the narrow 22-column export', 'narrow', 7],
  ] as const)('%s, 300 households in chunks of 4 KB: 1 thread ≡ 2 ≡ 3, the workers scoring every piece', async (_, columns, seed) => {
    const file = village(`v-${columns}`, 300, seed, columns);
    const one = await run(file, `${columns}-1`, { workers: 1, batchSize: 4 });
    expect(one.results.split('\n').length).toBeGreaterThan(200);
    expect(one.rejected).toContain('\n');
    expect(one.scoredByWorkers).toBe(0);
    const two = await run(file, `${columns}-2`, { workers: 2, batchSize: 4 });
    same(one, two);
    // The reading thread scores no piece while a worker is alive (its isolate would compile the scoring path again).
    expect(two.pieces).toBeGreaterThan(3 * 2);
    expect(two.scoredByWorkers).toBe(two.pieces);
    const three = await run(file, `${columns}-3`, { workers: 3, batchSize: 4 });
    same(one, three);
    expect(three.scoredByWorkers).toBe(three.pieces);
  }, 120_000);

  it('NDJSON (records read in the reading thread, scored in the workers as JSON batches of 2): 1 thread ≡ 2, the worker scoring every batch', async () => {
    const file = join(dir, 'village.ndjson');
    writeFileSync(file, ndjsonVillage(200));
    expect(statSync(file).size).toBeGreaterThan(2 * 1024 * ONE_THREAD_CHUNKS);
    const one = await run(file, 'nd-1', { workers: 1, batchSize: 2 });
    expect(one.rejected).toContain('\n');
    const two = await run(file, 'nd-2', { workers: 2, batchSize: 2 });
    same(one, two);
    expect(two.scoredByWorkers).toBe(two.pieces);
  }, 120_000);

  it(`a file of at most ${ONE_THREAD_CHUNKS} chunks is scored in the reading thread whatever the worker count; cut into chunks 1 KB smaller it starts the workers`, async () => {
    const file = village('small', 60, 11, 'full');
    const size = statSync(file).size;
    // Chunks of n KB such that the file is exactly ONE_THREAD_CHUNKS chunks, or just over.
    const atLimit = size / (ONE_THREAD_CHUNKS * 1024);
    const fits = Math.ceil(atLimit);
    const over = Math.floor(atLimit);
    expect(size).toBeLessThanOrEqual(fits * 1024 * ONE_THREAD_CHUNKS);
    expect(size).toBeGreaterThan(over * 1024 * ONE_THREAD_CHUNKS);
    const one = await run(file, 'small-1', { workers: 1, batchSize: fits });
    const small = await run(file, 'small-2', { workers: 2, batchSize: fits, });
    same(one, small);
    expect(small.scoredByWorkers).toBe(0);
    const oneOver = await run(file, 'small-1-over', { workers: 1, batchSize: over });
    const twoOver = await run(file, 'small-2-over', { workers: 2, batchSize: over, });
    same(oneOver, twoOver);
    expect(twoOver.scoredByWorkers).toBeGreaterThan(0);
  }, 120_000);
});
