/**
 * The coordinator thread's progress (src/cli/pipeline/coordinator.ts): a `progress` message after
 * each piece only while a progress display shows it (src/cli/progress.ts `progressShown`); without
 * one (`--quiet`, no terminal) none is sent, and the counts so far still reach the balance line of a
 * run that stops early — read from memory the two threads share (src/cli/pipeline/counts.ts) — and
 * are the same counts a run with a progress bar gives. Run in this process (`runCli`,
 * `runInCoordinator`; the coordinator starts from the TypeScript sources).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { villageLines } from '../../examples/make-village.js';
import { runCli } from '../../src/cli/program.js';
import { runInCoordinator, type CoordinatorSetup } from '../../src/cli/pipeline/coordinator.js';
import { SharedCounts } from '../../src/cli/pipeline/counts.js';
import { createProgress, progressShown } from '../../src/cli/progress.js';
import { getProfile } from '../../src/index.js';
import { Capture } from './in-process.js';

let dir: string;
let file: string;
const BALANCE = /记录 (\d+) 户 = 结果 (\d+) \+ 拒收 (\d+)(（未完成）)? \/ records in \1 = results \2 \+ rejected \3( \(incomplete\))?\n$/;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ffp-coord-progress-'));
  file = join(dir, 'village.csv');
  writeFileSync(file, [...villageLines({ households: 240, seed: 7, rejectedPercent: 5 }, false)].join(''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A coordinator run of `file` into `name`'s files, in chunks of 16 KB, one worker. */
function setup(name: string, input = file): CoordinatorSetup {
  const f = (x: string) => ({ path: join(dir, `${name}-${x}`), name: x });
  return {
    role: 'coordinator',
    profile: getProfile('fujian/jinan/2023'),
    input,
    files: { results: f('results.csv'), rejected: f('rejected.csv'), summaryCsv: f('summary.csv'), summaryJson: f('summary.json'), summaryMatrix: f('summary-matrix.csv'), summaryFacts: f('summary-facts.csv') },
    format: 'csv',
    options: { asOf: '2023-12-15', language: 'zh', workers: 1, batchSize: 16, size: statSync(input).size },
  };
}

/** A terminal's stderr for the progress bar (kept, not shown). */
function terminal(): Capture {
  const s = new Capture();
  s.isTTY = true;
  return s;
}

describe('the coordinator thread sends its progress only when something shows it', () => {
  it('no progress display: no progress reaches the main thread; the run and its files are whole', async () => {
    expect(progressShown()).toBe(false);
    const calls: number[][] = [];
    const run = await runInCoordinator(setup('quiet'), { warning() {}, progress: (...a) => void calls.push(a) });
    expect(calls).toEqual([]);
    expect(run.summary.in).toBe(run.summary.results + run.summary.rejected);
    expect(run.summary.in).toBeGreaterThan(200);
  });

  it('a progress bar shown: the progress after each piece, in order, the last one the whole run', async () => {
    const bar = createProgress(statSync(file).size, terminal(), true);
    expect(progressShown()).toBe(true);
    const calls: number[][] = [];
    let run;
    try {
      run = await runInCoordinator(setup('shown'), { warning() {}, progress: (...a) => void calls.push(a) });
    } finally {
      bar.stop();
    }
    expect(progressShown()).toBe(false);
    // More than one piece (16 KB chunks), the records growing, each balance whole.
    expect(calls.length).toBeGreaterThan(3);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![1]!).toBeGreaterThan(calls[i - 1]![1]!);
    for (const [, records, results, rejected] of calls) expect(records).toBe(results! + rejected!);
    expect(calls.at(-1)!.slice(1)).toEqual([run.summary.in, run.summary.results, run.summary.rejected]);
    expect(readFileSync(join(dir, 'shown-results.csv'), 'utf8')).toBe(readFileSync(join(dir, 'quiet-results.csv'), 'utf8'));
  });

  it('a run that stops early: the balance so far is the same with --quiet (counts from shared memory) as with a progress bar (counts sent)', async () => {
    // The file cut inside a UTF-8 character near its end: the read fails after most pieces are written.
    const bytes = readFileSync(file);
    let cut = bytes.length - 40;
    while (!(bytes[cut]! >= 0x80 && bytes[cut]! < 0xc0 && bytes[cut - 1]! >= 0xe0)) cut--;
    const broken = join(dir, 'cut.csv');
    writeFileSync(broken, bytes.subarray(0, cut));
    const balance = async (name: string, stderr: Capture, extra: string[]) => {
      const code = await runCli(['rescore', broken, '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', join(dir, name), '--workers', '1', '--batch-size', '16', ...extra], { stdout: new Capture(), stderr });
      expect(code).toBe(4);
      const m = BALANCE.exec(stderr.text);
      expect(m, stderr.text).not.toBeNull();
      expect(m![4]).toBe('（未完成）');
      return [Number(m![1]), Number(m![2]), Number(m![3])];
    };
    const quiet = await balance('cut-quiet', new Capture(), ['--quiet']);
    const shown = await balance('cut-shown', terminal(), []);
    expect(progressShown()).toBe(false);
    expect(quiet[0]).toBeGreaterThan(0);
    expect(quiet).toEqual(shown);
  });
});

describe('SharedCounts', () => {
  it('reads what was last written, all four figures of one write', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }), (writes) => {
        const counts = new SharedCounts();
        expect(counts.read()).toEqual({ bytes: 0, records: 0, results: 0, rejected: 0 });
        const reader = new SharedCounts(counts.buffer);
        for (const [bytes, records, results, rejected] of writes) {
          counts.write({ bytes, records, results, rejected });
          expect(reader.read()).toEqual({ bytes, records, results, rejected });
        }
      }),
    );
  });
});
