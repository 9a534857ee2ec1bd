/**
 * The bench's report (bench/report.ts) and stage grouping (bench/stages.mjs), on fixtures: the
 * verdict of every target of issue 14 is computed from its numbers (the figure ÷ the floor or
 * baseline of the same run, against the limit), never read from the file; the history of
 * bench/results.md is kept verbatim; a CPU profile's samples fall into the stage of their function's
 * module, or of the nearest caller that has one. Nothing is measured here (no timing assertion).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { evaluate, historyOf, renderReport, renderTargets, type Results, type Target } from '../../bench/report.js';
import { stageOfModule, stagesOf, type CpuProfile } from '../../bench/stages.mjs';

const target = (over: Partial<Target>): Target => ({
  id: 't',
  title: 'a target',
  figure: { value: 1, unit: 's CPU' },
  reference: null,
  limit: 1,
  comparison: '<=',
  ...over,
});

/** A results.json of schema 2 with four targets: two met, two missed. */
function fixture(): Results {
  return {
    schema: 2,
    date: '2026-12-06T21:00:00.000Z',
    mode: 'quick',
    node: 'v20.20.2',
    cores: 2,
    profile: 'fujian/jinan/2023',
    asOf: '2023-12-15',
    seed: 2023,
    load: { start: [3.5, 2, 1.5], end: [4, 3, 2] },
    files: { wide: { file: '.bench/village-20000-2023.csv', households: 20000, bytes: 31_000_000, bytesPerHousehold: 1550, columns: 82 } },
    targets: [
      target({ id: 'cli-wide-1', title: 'CLI, wide, 1 worker ÷ the floor', figure: { value: 100, unit: 'µs CPU/household' }, reference: { label: 'floor (e)', value: 4, unit: 'µs CPU/household' }, limit: 5 }),
      target({ id: 'dirty', title: '5 % rejected ÷ none', figure: { value: 6, unit: 's CPU' }, reference: { label: 'no rejected record', value: 5, unit: 's CPU' }, limit: 1.2, loadBefore: [3.5, 2.25, 4] }),
      target({ id: 'startup', title: 'Startup', figure: { value: 0.25, unit: 's CPU' }, limit: 0.3 }),
      target({ id: 'cli-rate', title: 'households/s on 2 idle cores', figure: { value: 50_000, unit: 'households/s' }, limit: 100_000, comparison: '>=' }),
    ],
    floor: { wide: { households: 20000, bytes: 31_000_000, cpuMicrosPerHousehold: 4, runs: [4.1, 4, 3.9], checkedAgainstCli: 3 } },
    cli: [{ name: 'wide-1', shape: 'wide', households: 20000, workers: 1, cpuSeconds: 2, cpuMicrosPerHousehold: 100, wallSeconds: 2.5, peakRssMb: 180, records: { in: 20000, results: 19200, rejected: 800 }, runs: [{ cpuSeconds: 2, loadBefore: 3 }] }],
    stages: {
      wide: {
        households: 20000,
        profiledMs: 2000,
        microsPerHousehold: 100,
        stages: [
          { stage: 'rules', ms: 1200, microsPerHousehold: 60, share: 0.6, top: [{ name: 'incomeOf src/rules/income/index.ts', ms: 300 }] },
          { stage: 'GC', ms: 800, microsPerHousehold: 40, share: 0.4, top: [] },
        ],
        unnamedModules: [{ module: 'src/cli/pipeline/processor.ts', ms: 12 }],
      },
    },
    inProcess: { households: 10000, line: 10560, microsPerHousehold: { explained: 40, lean: 20, baseline: 2 } },
  };
}

describe('bench/report.ts: the verdicts of issue 14\'s targets', () => {
  it('issue 14: a ratio to the floor above its limit is missed, by ratio ÷ limit (100 µs ÷ 4 µs = 25 ×, 5 × the target of 5 ×)', () => {
    const e = evaluate(fixture().targets[0]!);
    expect(e).toMatchObject({ ratio: 25, measured: 25, met: false, ofLimit: 5 });
    expect(e.verdict).toBe('missed: 5 × the target, 20 over');
  });

  it('issue 14: a ratio exactly on its limit is met (5 % rejected: 6 s ÷ 5 s = 1.2, target ≤ 1.2)', () => {
    expect(evaluate(fixture().targets[1]!)).toMatchObject({ ratio: 1.2, met: true });
    const over = fixture().targets[1]!;
    over.figure.value = 6.01;
    expect(evaluate(over).met).toBe(false);
  });

  it('issue 14: an absolute figure is compared with the limit itself, both ways (startup ≤ 0.3 s; ≥ 100,000 households/s)', () => {
    const [, , startup, rate] = fixture().targets;
    expect(evaluate(startup!)).toMatchObject({ ratio: null, measured: 0.25, met: true });
    expect(evaluate(rate!)).toMatchObject({ ratio: null, met: false, ofLimit: 0.5, verdict: 'missed: 0.5 × the target, 50000 short' });
  });

  test.prop([fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.constantFrom<'<=' | '>='>('<=', '>=')])(
    'the verdict follows the numbers: met ⇔ figure ÷ reference on the right side of the limit',
    (figure, reference, limit, comparison) => {
      const t = target({ figure: { value: figure, unit: 'µs' }, reference: { label: 'floor', value: reference, unit: 'µs' }, limit, comparison });
      const ratio = figure / reference;
      expect(evaluate(t).met).toBe(comparison === '<=' ? ratio <= limit : ratio >= limit);
      expect(evaluate(t).verdict.startsWith(evaluate(t).met ? 'met' : 'missed')).toBe(true);
    },
  );

  it('issue 14: a ratio with rounds is judged on the median of the rounds\' ratios, the ratio of the medians shown beside it', () => {
    // Medians 1.3 s ÷ 1.0 s = 1.3 (missed), but each round's pair says ≤ 1.1: the load rose between rounds, not within one.
    const t = target({ id: 'two-workers-wide', figure: { value: 1.3, unit: 's CPU' }, reference: { label: '1 worker', value: 1, unit: 's CPU' }, limit: 1.1, rounds: [1.05, 1.12, 1.08] });
    expect(evaluate(t)).toMatchObject({ ratio: 1.3, pairedRatio: 1.08, measured: 1.08, met: true });
    // On the limit and one either side (median of an even count: the mean of the middle two).
    expect(evaluate({ ...t, rounds: [1.0, 1.1, 1.2] }).met).toBe(true);
    expect(evaluate({ ...t, rounds: [1.0, 1.11, 1.2] }).met).toBe(false);
    expect(evaluate({ ...t, rounds: [1.0, 1.18, 1.02, 1.3] })).toMatchObject({ pairedRatio: 1.1, met: true });
    // Without a reference the rounds mean nothing: an absolute figure is compared itself.
    expect(evaluate(target({ figure: { value: 0.25, unit: 's' }, limit: 0.3, rounds: [9] }))).toMatchObject({ pairedRatio: null, measured: 0.25, met: true });
    const r = fixture();
    r.targets.push(t);
    expect(renderReport(r).split('\n').find((l) => l.startsWith('| a target'))).toContain('| 1.08 × (rounds 1.05, 1.12, 1.08; medians 1.3 ×) |');
  });

  it('renders every target once with its computed verdict, and a verdict typed into the file changes nothing', () => {
    const r = fixture();
    r.targets[0]!.evaluation = { ratio: 1, pairedRatio: null, measured: 1, met: true, ofLimit: 0.2, verdict: 'met (typed by hand)' };
    const md = renderReport(r);
    expect(md).toContain("## Issue 14's targets: 2 of 4 met");
    const row = md.split('\n').find((l) => l.startsWith('| CLI, wide, 1 worker'))!;
    expect(row).toContain('| 25 × |');
    expect(row).toContain('| missed: 5 × the target, 20 over |');
    expect(md).not.toContain('typed by hand');
    expect(md.split('\n').find((l) => l.startsWith('| 5 % rejected'))).toContain('| met (1 × the target) | 2.25–4 |');
    expect(renderTargets(r).split('\n')).toHaveLength(5);
  });

  it('renders the stage figures, what 5 × the floor leaves, and the load at the start', () => {
    const md = renderReport(fixture());
    expect(md).toContain('Load average (1 / 5 / 15 min) at the start 3.5 / 2 / 1.5');
    expect(md).toMatch(/^\| rules \| 60 \| 60 % \| incomeOf src\/rules\/income\/index\.ts 300 \|$/m);
    expect(md).toContain('5 × the floor leaves 20 µs of CPU a household; the CLI (1 worker) spends 100 (5 × that budget)');
    expect(md).toContain('src/cli/pipeline/processor.ts 12 ms (wide)');
  });

  it('keeps the "## History" section of the previous results.md verbatim, below this run', () => {
    const previous = '# Benchmark results\n\nold run\n\n## History\n\n### 2026-11-23\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    const md = renderReport(fixture(), historyOf(previous));
    expect(md.endsWith('## History\n\n### 2026-11-23\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n')).toBe(true);
    expect(md).not.toContain('old run');
    expect(historyOf('# no history\n')).toBe('');
  });
});

describe('bench/stages.mjs: the CPU profile grouped into issue 14\'s stages', () => {
  it('names the stage of a module by its path', () => {
    expect(stageOfModule('src/io/csv-chunk.ts')).toBe('scan/split');
    expect(stageOfModule('src/io/compiled-plan.ts')).toBe('conversion/assembly');
    expect(stageOfModule('node_modules/zod/')).toBe('validation');
    expect(stageOfModule('src/rules/quality/run.ts')).toBe('quality');
    expect(stageOfModule('src/rules/income/index.ts')).toBe('rules');
    expect(stageOfModule('src/io/write.ts')).toBe('output');
    expect(stageOfModule('node:internal/encoding')).toBe('decode');
    expect(stageOfModule('src/cli/pipeline/processor.ts')).toBeUndefined();
  });

  it('counts a built-in or generated function in its caller\'s stage, GC as GC, and leaves idle time out', () => {
    const file = (p: string) => `file:///project/${p}`;
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 5, 6, 7] },
        { id: 2, callFrame: { functionName: 'validate', url: file('src/model/fast-validation.ts'), lineNumber: 10 }, children: [3] },
        { id: 3, callFrame: { functionName: 'check0', url: '', lineNumber: 2 }, children: [4] },
        { id: 4, callFrame: { functionName: 'exec', url: '', lineNumber: -1 } },
        { id: 5, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
        { id: 6, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
        { id: 7, callFrame: { functionName: 'score', url: file('src/cli/pipeline/processor.ts'), lineNumber: 5 } },
      ],
      samples: [2, 3, 4, 5, 6, 7, 3],
      timeDeltas: [1000, 2000, 3000, 4000, 50000, 1000, 1000],
    };
    const r = stagesOf([profile], 10);
    const of = (stage: string) => r.stages.find((s) => s.stage === stage)!;
    expect(r.profiledMs).toBe(12);
    expect(of('validation').ms).toBe(7);
    expect(of('validation').microsPerHousehold).toBe(700);
    expect(of('GC').ms).toBe(4);
    expect(of('other').ms).toBe(1);
    expect(r.unnamedModules).toEqual([{ module: 'src/cli/pipeline/processor.ts', ms: 1 }]);
    expect(r.stages.reduce((s, x) => s + x.ms, 0)).toBe(12);
  });
});
