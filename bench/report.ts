/**
 * The report of `npm run bench` (`npm run bench:report`): reads bench/results.json (the numbers of one
 * run, written by bench/run.mjs), evaluates every target of issue 14 from its numbers — the ratio of
 * the figure to the floor or baseline of the same run, met or missed, by how much — writes the
 * evaluation back into bench/results.json, prints the targets, and writes bench/results.md: this run
 * above, the file's "## History" section (earlier runs, kept verbatim) below.
 *
 * Nothing here measures: the verdicts are computed, never copied from the file, so bench/results.md
 * can be refreshed from bench/results.json alone.
 *
 * Usage: tsx bench/report.ts [results.json] [results.md]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A measured figure, or the floor / baseline it is divided by. */
export interface Figure {
  value: number;
  unit: string;
  /** How it was measured (households, workers, runs). */
  note?: string;
  /** For a reference: what it is. */
  label?: string;
}

/** One target of issue 14, as bench/run.mjs records it: numbers only. */
export interface Target {
  id: string;
  title: string;
  figure: Figure;
  /** The floor or baseline of the same run; null when the target is an absolute figure. */
  reference: (Figure & { label: string }) | null;
  /**
   * A ratio target's ratio in each round of the run (the figure's run ÷ the reference's run taken back to
   * back). When present, the target is judged on their median rather than on the ratio of the medians:
   * a change of the machine's load between rounds moves both runs of a round, not their ratio.
   */
  rounds?: number[];
  /** The bound on the ratio (with a reference) or on the figure (without). */
  limit: number;
  comparison: '<=' | '>=';
  /** The machine's 1-minute load average before each run the figures come from. */
  loadBefore?: number[];
  /** Written by {@link evaluate}; ignored when read. */
  evaluation?: Evaluation;
}

/** What a target's numbers say. */
export interface Evaluation {
  /** figure ÷ reference (the ratio of the medians), or null without a reference. */
  ratio: number | null;
  /** The median of the ratios of the rounds ({@link Target.rounds}), or null without them. */
  pairedRatio: number | null;
  /** The number compared with the limit: the paired ratio, else the ratio, else the figure itself. */
  measured: number;
  met: boolean;
  /** measured ÷ limit: how far from the target (> 1 over a `<=` target, < 1 under a `>=` one). */
  ofLimit: number;
  /** "met" or "missed", with by how much, in words. */
  verdict: string;
}

/** The stage figures of one profiled CLI run (bench/stages.mjs). */
export interface Stages {
  households: number;
  profiledMs: number;
  microsPerHousehold: number;
  cpuSeconds?: number;
  stages: { stage: string; ms: number; microsPerHousehold: number; share: number; top: { name: string; ms: number }[] }[];
  unnamedModules: { module: string; ms: number }[];
}

/** bench/results.json (schema 2). */
export interface Results {
  schema: number;
  date: string;
  mode: string;
  node: string;
  cores: number;
  cpu?: string;
  profile: string;
  asOf: string;
  seed: number;
  load: { start: number[]; end?: number[]; inProcess?: number[] };
  minutes?: number;
  files: Record<string, { file: string; households: number; bytes: number; bytesPerHousehold: number; columns: number }>;
  targets: Target[];
  floor: Record<string, { households: number; bytes: number; cpuMicrosPerHousehold: number; runs?: number[]; checkedAgainstCli?: number }>;
  cli: { name: string; shape: string; households: number; workers: number; cpuSeconds: number; cpuMicrosPerHousehold: number; wallSeconds: number; peakRssMb: number; records: { in: number; results: number; rejected: number }; runs: { cpuSeconds: number; loadBefore: number }[] }[];
  stages: Record<string, Stages>;
  inProcess: { households: number; line: number; microsPerHousehold: Record<string, number> };
}

/** Three significant figures, as the tables print ratios. */
export function sig(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(3));
}

/**
 * Evaluates a target from its numbers.
 *
 * @example
 * evaluate({ id: 'dirty', title: '…', figure: { value: 6, unit: 's' }, reference: { label: 'clean', value: 5, unit: 's' }, limit: 1.2, comparison: '<=' }).met // true
 */
export function evaluate(t: Target): Evaluation {
  const ratio = t.reference ? t.figure.value / t.reference.value : null;
  const paired = t.reference && t.rounds && t.rounds.length > 0 ? medianOf(t.rounds) : null;
  const measured = paired ?? ratio ?? t.figure.value;
  const met = t.comparison === '<=' ? measured <= t.limit : measured >= t.limit;
  const ofLimit = measured / t.limit;
  const shown = `${sig(ofLimit)} × the target`;
  const verdict = met ? `met (${shown})` : t.comparison === '<=' ? `missed: ${shown}, ${sig(measured - t.limit)} over` : `missed: ${shown}, ${sig(t.limit - measured)} short`;
  return { ratio: ratio === null ? null : sig(ratio), pairedRatio: paired === null ? null : sig(paired), measured: sig(measured), met, ofLimit: sig(ofLimit), verdict };
}

/** The median (the mean of the middle two for an even count). */
function medianOf(xs: readonly number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const fmt = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));
const cell = (s: string): string => s.replace(/\|/g, '\\|');

function targetRows(r: Results): string[][] {
  return r.targets.map((t) => {
    const e = evaluate(t);
    return [
      t.title,
      `${fmt(t.figure.value)} ${t.figure.unit}${t.figure.note ? ` (${t.figure.note})` : ''}`,
      t.reference ? `${fmt(t.reference.value)} ${t.reference.unit}: ${t.reference.label}` : '—',
      e.ratio === null ? '—' : e.pairedRatio === null ? `${e.ratio} ×` : `${e.pairedRatio} × (rounds ${t.rounds!.map(sig).join(', ')}; medians ${e.ratio} ×)`,
      `${t.comparison === '<=' ? '≤' : '≥'} ${fmt(t.limit)}${t.reference ? ' ×' : ` ${t.figure.unit}`}`,
      e.verdict,
      t.loadBefore && t.loadBefore.length > 0 ? (Math.min(...t.loadBefore) === Math.max(...t.loadBefore) ? String(t.loadBefore[0]) : `${Math.min(...t.loadBefore)}–${Math.max(...t.loadBefore)}`) : '—',
    ];
  });
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

/** The "why" under the stage table: what 5 × the floor leaves a household against what the CLI spends. */
function budgetLines(r: Results): string[] {
  const lines: string[] = [];
  for (const shape of Object.keys(r.stages)) {
    const s = r.stages[shape]!;
    const floor = r.floor[shape];
    const cli = r.cli.find((c) => c.name === `${shape}-1`);
    if (!floor || !cli) continue;
    const budget = sig(5 * floor.cpuMicrosPerHousehold);
    const largest = [...s.stages]
      .sort((x, y) => y.microsPerHousehold - x.microsPerHousehold)
      .slice(0, 4)
      .map((x) => `${x.stage} ${x.microsPerHousehold}`)
      .join(', ');
    lines.push(
      `- ${shape}: 5 × the floor leaves ${budget} µs of CPU a household; the CLI (1 worker) spends ${cli.cpuMicrosPerHousehold} (${sig(cli.cpuMicrosPerHousehold / budget)} × that budget). ` +
        `The largest stages, each to be set against the whole budget: ${largest} µs.`,
    );
  }
  return lines;
}

/**
 * bench/results.md for a run: the targets with their verdicts, the stage figures, the floor, the CLI
 * runs, the in-process figures; then `history` (the file's "## History" section) unchanged.
 *
 * @example
 * const md = renderReport(JSON.parse(readFileSync('bench/results.json', 'utf8')), '## History\n');
 */
export function renderReport(r: Results, history = ''): string {
  const met = r.targets.filter((t) => evaluate(t).met).length;
  const loads = (l?: number[]) => (l ? l.join(' / ') : '—');
  const out: string[] = [
    '# Benchmark results',
    '',
    `\`npm run bench\`${r.mode === 'default' ? '' : ` (${r.mode})`}, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.cores} cores${r.cpu ? ` (${r.cpu})` : ''}, node ${r.node}, profile ${r.profile}, as of ${r.asOf}${r.minutes !== undefined ? `, ${r.minutes} min` : ''}.`,
    `Load average (1 / 5 / 15 min) at the start ${loads(r.load.start)}, at the end ${loads(r.load.end)}. Every figure is CPU time (user + sys) of`,
    'whole processes or of one thread, so the load inflates it less than wall time; each ratio divides two figures of this run.',
    'A ratio with rounds is judged on the median of its rounds\' ratios (each round runs the figure and its reference back to back);',
    'the ratio of the two medians is shown beside it.',
    'Generated by `npm run bench` (or `npm run bench:report` from bench/results.json); the verdicts are computed from the numbers.',
    ...(r.mode === 'quick'
      ? ['', `**A smoke run** (\`--quick\`, ${fmt(r.files['wide']?.households ?? 0)} households): on files this small, startup and JIT warm-up weigh on every figure, the floor's too: the targets are judged on a full run (200,000 households).`]
      : []),
    '',
    `## Issue 14's targets: ${met} of ${r.targets.length} met`,
    '',
    ...table(
      ['target', 'figure', 'floor / baseline (same run)', 'ratio', 'target', 'verdict', 'load before its runs'],
      targetRows(r),
    ),
    '',
    '## Where the time goes: stage figures',
    '',
    'A CPU profile (`node --cpu-prof`, every thread) of one CLI run of each shape with 1 worker, its samples grouped into issue 14\'s',
    'stages by the source module of the function (bench/stages.mjs); µs of CPU a household, the profiler\'s own cost included.',
    '',
  ];
  const shapes = Object.keys(r.stages);
  if (shapes.length > 0) {
    const names = r.stages[shapes[0]!]!.stages.map((s) => s.stage);
    out.push(
      ...table(
        ['stage', ...shapes.flatMap((s) => [`${s}: µs / household`, 'share']), `largest functions (${shapes[0]}, ms)`],
        [
          ...names.map((name) => [
            name,
            ...shapes.flatMap((shape) => {
              const s = r.stages[shape]!.stages.find((x) => x.stage === name);
              return s ? [String(s.microsPerHousehold), `${Math.round(s.share * 1000) / 10} %`] : ['—', '—'];
            }),
            r.stages[shapes[0]!]!.stages.find((x) => x.stage === name)!.top.map((t) => `${t.name} ${t.ms}`).join('; '),
          ]),
          ['total', ...shapes.flatMap((shape) => [String(r.stages[shape]!.microsPerHousehold), '100 %']), `${fmt(r.stages[shapes[0]!]!.households)} households`],
        ],
      ),
      '',
      ...budgetLines(r),
    );
    const unnamed = shapes.flatMap((shape) => r.stages[shape]!.unnamedModules.filter((m) => m.ms >= 1).map((m) => `${m.module} ${m.ms} ms (${shape})`));
    if (unnamed.length > 0) out.push('', `Counted as other (no stage rule names these modules; bench/stages.mjs): ${unnamed.join(', ')}.`);
    out.push('');
  }
  out.push(
    '## The floor (e)',
    '',
    'bench/floor.mjs: the bytes of the CSV scanned once, the household-level income columns of each household\'s first row read as fen,',
    'A33, A34, A37, A38 computed, the line tested, a result row formatted; nothing validated, no other rule. One core, median of 3 runs, before the CLI commands.',
    '',
    ...table(
      ['file', 'households', 'bytes / household', 'columns', 'floor: µs CPU / household', 'runs', 'A33–A38 checked against the CLI'],
      Object.entries(r.floor).map(([shape, f]) => [shape, fmt(f.households), fmt(r.files[shape]?.bytesPerHousehold ?? Math.round(f.bytes / f.households)), String(r.files[shape]?.columns ?? '—'), String(f.cpuMicrosPerHousehold), (f.runs ?? []).join(', '), f.checkedAgainstCli ? `${f.checkedAgainstCli} households agree` : '—']),
    ),
    '',
    '## The CLI runs',
    '',
    '`fangfanpin rescore FILE --profile … --as-of … --workers N --out DIR --quiet` under `/usr/bin/time`; the commands taken in turn, medians.',
    '',
    ...table(
      ['run', 'file', 'households', 'workers', 'CPU s (median)', 'µs CPU / household', 'wall s', 'peak RSS MB', 'results + rejected', 'CPU s of each run', 'load before each run'],
      r.cli.map((c) => [c.name, c.shape, fmt(c.households), String(c.workers), String(c.cpuSeconds), String(c.cpuMicrosPerHousehold), String(c.wallSeconds), String(c.peakRssMb), `${fmt(c.records.results)} + ${fmt(c.records.rejected)}`, c.runs.map((x) => x.cpuSeconds).join(', '), c.runs.map((x) => x.loadBefore).join(', ')]),
    ),
    '',
    '## In-process (one thread, CPU time)',
    '',
    ...table(
      ['measurement', 'µs CPU / household', '÷ (b)'],
      (
        [
          ['(a) parseHousehold + assessHousehold, explained', 'explained'],
          ["(a′) parseHousehold + assessHousehold, lean (explain: false)", 'lean'],
          ['validation alone (parseHousehold)', 'validate'],
          ['lean assessment alone', 'leanAssessment'],
          ['explained assessment alone', 'explainedAssessment'],
          ['(i) CSV import, readRecords, from memory', 'import'],
          ['(c) json-rules-engine, the identification rule alone', 'rulesEngine'],
          ['(b) the same arithmetic in plain floats (baseline)', 'baseline'],
        ] as const
      )
        .filter(([, k]) => r.inProcess.microsPerHousehold[k] !== undefined)
        .map(([label, k]) => [label, String(r.inProcess.microsPerHousehold[k]), `${sig(r.inProcess.microsPerHousehold[k]! / r.inProcess.microsPerHousehold.baseline!)} ×`]),
    ),
    '',
    `${fmt(r.inProcess.households)} households of the wide file, one thread, the median of 5 rounds after a warm-up; load ${loads(r.load.inProcess)} at its start.`,
    '',
  );
  const rest = history.trim();
  return out.join('\n') + (rest ? `\n${rest}\n` : '');
}

/** The "## History" section of a results.md (from its heading to the end), or '' when there is none. */
export function historyOf(markdown: string): string {
  const at = markdown.search(/^## History\s*$/m);
  return at < 0 ? '' : markdown.slice(at);
}

/** A plain-text table of the targets, for the terminal. */
export function renderTargets(r: Results): string {
  const rows = [['target', 'figure', 'reference', 'ratio', 'target', 'verdict'], ...targetRows(r).map((row) => [row[0]!, row[1]!.replace(/ \(.*\)$/, ''), row[2]!.replace(/:.*$/, ''), row[3]!, row[4]!, row[5]!])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((s, i) => s.padEnd(widths[i]!)).join(' | ')).join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const here = dirname(fileURLToPath(import.meta.url));
  const [jsonPath = join(here, 'results.json'), mdPath = join(here, 'results.md')] = process.argv.slice(2);
  const results = JSON.parse(readFileSync(jsonPath, 'utf8')) as Results;
  if (results.schema !== 2) throw new Error(`${jsonPath} is not a results file of this bench (schema ${results.schema}, expected 2): run npm run bench`);
  for (const t of results.targets) t.evaluation = evaluate(t);
  writeFileSync(jsonPath, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(mdPath, renderReport(results, existsSync(mdPath) ? historyOf(readFileSync(mdPath, 'utf8')) : ''));
  process.stdout.write(renderTargets(results) + '\n');
  process.stderr.write(`wrote ${mdPath} and the evaluation into ${jsonPath}\n`);
}
