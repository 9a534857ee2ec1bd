#!/usr/bin/env node
/**
 * `npm run bench` — one run, the same synthetic data (examples/make-village.ts), four measurements:
 *
 *   (a) fangfanpin in-process: validate + full assessment (explained), households/s on one core;
 *       (a′) the same in lean mode (`explain: false`), the assessment the CLI runs for its rows;
 *   (b) the baseline: the same arithmetic in plain float JavaScript;
 *   (c) json-rules-engine evaluating the identification rule alone;
 *   (i) the CSV import (readRecords), µs per household on one core, from memory;
 *   (s) the stages of (a) on their own (validation, lean assessment, explained assessment), µs per
 *       household, beside the time per household each target leaves;
 *   (d) the CLI end to end from CSV (`fangfanpin rescore`), with 1 worker (no scoring workers) and
 *       with all cores, households/s and peak RSS, on a small and a large file (memory must stay flat);
 *   (e) the floor (bench/floor.mjs): a byte-level scan of the same CSV that only reads the income
 *       columns, does the A33–A38 arithmetic in fen, tests the line and formats a row — no
 *       validation, no other rule — µs of CPU a household, on one core;
 *   (t) issue 14's targets, CPU time (user + sys) of whole CLI processes, medians of runs taken in
 *       turn: startup (the bundled 120-household example into an output directory) ≤ 0.3 s; 2 workers
 *       ÷ 1 worker on the smallest CLI file ≤ 1.1; an export with 5 % rejected records ÷ the same
 *       export with none (examples/make-village.ts --rejected-percent 5 and 0, 1 worker) ≤ 1.2.
 *
 * Prints one table with the ratios against (b) and (c) and the targets, and writes
 * bench/results.json. Builds dist/ first when it is stale; caches generated files under .bench/.
 *
 * Options: --households N   in-process sample (default 50000)
 *          --sizes a,b      CLI file sizes in households (default 200000,2000000)
 *          --quick          small sizes for a smoke run (20000 in-process; CLI 20000,100000)
 *
 * The machine is shared: each CLI run also reports its CPU time (user + sys), which contention does
 * not inflate, and the load average when it started.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.bench');
const PROFILE = 'fujian/jinan/2023';
const AS_OF = '2023-12-15';
const SEED = 2023;

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const quick = argv.includes('--quick');
const sample = Number(arg('households', quick ? '20000' : '50000'));
const sizes = arg('sizes', quick ? '20000,100000' : '200000,2000000')
  .split(',')
  .map(Number);
const cores = availableParallelism();

const TARGETS = { perCore: 500_000, vsRulesEngine: 15, vsBaseline: 5, cli: 250_000, rssMb: 300, importMicros: 5, startupCpu: 0.3, twoWorkers: 1.1, dirty: 1.2 };

function log(s) {
  process.stderr.write(s + '\n');
}

// 1. Build dist/ if any source is newer.
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const cli = join(ROOT, 'dist', 'cli', 'main.js');
const worker = join(ROOT, 'dist', 'rescore-worker.js');
const pipelineWorker = join(ROOT, 'dist', 'cli', 'pipeline-worker.js');
if (!existsSync(cli) || !existsSync(worker) || !existsSync(pipelineWorker) || statSync(cli).mtimeMs < Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'tsup.config.ts')).mtimeMs)) {
  log('building dist/ …');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

// 2. The synthetic exports, cached.
mkdirSync(CACHE, { recursive: true });
const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
function village(households, rejectedPercent) {
  const file = join(CACHE, `village-${households}-${SEED}${rejectedPercent === undefined ? '' : `-rejected${rejectedPercent}`}.csv`);
  if (!existsSync(file)) {
    log(`generating ${households} households → ${file} …`);
    const rejected = rejectedPercent === undefined ? [] : ['--rejected-percent', String(rejectedPercent)];
    execFileSync(process.execPath, [tsx, join(ROOT, 'examples', 'make-village.ts'), '--households', String(households), '--seed', String(SEED), ...rejected, '--out', file + '.tmp'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('mv', [file + '.tmp', file]);
  }
  return file;
}

// 3. (a), (b), (c) in one child process, on the same households.
const inFile = village(Math.max(sample, Math.min(...sizes)));
log(`(a)(b)(c): ${sample} households in-process …`);
const inprocLoad = Math.round(loadavg()[0] * 100) / 100;
const inproc = JSON.parse(execFileSync(process.execPath, [tsx, join(ROOT, 'bench', 'inprocess.ts'), inFile, String(sample), PROFILE, AS_OF], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 }));

// 4. (d) the CLI, as a user runs it.
const hasTime = existsSync('/usr/bin/time');
function runCli(file, households, workers) {
  const out = join(CACHE, `out-${households}-${workers}`);
  rmSync(out, { recursive: true, force: true });
  const args = [cli, 'rescore', file, '--profile', PROFILE, '--as-of', AS_OF, '--out', out, '--workers', String(workers), '--no-progress'];
  const load = loadavg()[0];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = hasTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Without /usr/bin/time: sample the RSS of the process tree with ps.
    let peakKb = 0;
    const sampler = hasTime
      ? undefined
      : setInterval(() => {
          try {
            const ps = execFileSync('ps', ['-o', 'rss=', '--ppid', String(child.pid), '-p', String(child.pid)], { encoding: 'utf8' });
            peakKb = Math.max(peakKb, ps.split('\n').reduce((a, l) => a + (Number(l.trim()) || 0), 0));
          } catch {}
        }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const balance = /records in (\d+) = results (\d+) \+ rejected (\d+)/.exec(stderr);
      if (!balance || (code !== 0 && code !== 1)) return reject(new Error(`CLI failed (exit ${code}):\n${stderr}`));
      const num = (re) => Number(re.exec(stderr)?.[1] ?? NaN);
      const rssKb = hasTime ? num(/Maximum resident set size \(kbytes\): (\d+)/) : peakKb;
      const cpu = hasTime ? num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/) : NaN;
      resolve({
        households,
        workers,
        seconds: Math.round(seconds * 100) / 100,
        perSecond: Math.round(households / seconds),
        cpuSeconds: Math.round(cpu * 100) / 100,
        perCpuSecond: Math.round(households / cpu),
        peakRssMb: Math.round(rssKb / 1024),
        loadBefore: Math.round(load * 100) / 100,
        records: { in: Number(balance[1]), results: Number(balance[2]), rejected: Number(balance[3]) },
        exitCode: code,
      });
    });
  });
}

const cliRuns = [];
for (const households of sizes) {
  const file = village(households);
  for (const workers of [1, cores]) {
    log(`(d): CLI, ${households} households, ${workers} worker${workers > 1 ? 's' : ''} …`);
    cliRuns.push(await runCli(file, households, workers));
  }
}

// 4′. (e) the floor, on the smallest CLI file: the median of three runs.
const floorFile = village(Math.min(...sizes));
log(`(e): the floor, ${Math.min(...sizes)} households …`);
const floorRuns = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench', 'floor.mjs'), floorFile, String(inproc.line)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })));
const floor = [...floorRuns].sort((x, y) => x.cpuMicrosPerHousehold - y.cpuMicrosPerHousehold)[1];

// 4″. (t) issue 14's targets: whole-process CPU time, runs taken in turn, medians.
function cpuOf(args) {
  const out = join(CACHE, 'out-target');
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, cli, ...args, '--out', out, '--quiet'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`CLI failed (exit ${r.status}):\n${r.stderr}`);
  return Number(m[1]) + Number(m[2]);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
function inTurn(runs, commands) {
  const got = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => got[j].push(cpuOf(c)));
  return got.map((xs) => ({ runs: xs, median: Math.round(median(xs) * 100) / 100 }));
}
let targets;
if (hasTime) {
  const runs = quick ? 3 : 5;
  const small = Math.min(...sizes);
  const score = ['--profile', PROFILE, '--as-of', AS_OF, '--no-progress'];
  log(`(t): startup, ${runs} runs …`);
  const [startup] = inTurn(runs, [['rescore', join(ROOT, 'examples', 'data', 'village.csv'), ...score, '--workers', '1']]);
  log(`(t): 1 and 2 workers, ${small} households, ${runs} runs each …`);
  const [one, two] = inTurn(runs, [['rescore', village(small), ...score, '--workers', '1'], ['rescore', village(small), ...score, '--workers', '2']]);
  log(`(t): no rejected record and 5 % rejected, ${small} households, ${runs} runs each …`);
  const [clean, dirty] = inTurn(runs, [['rescore', village(small, 0), ...score, '--workers', '1'], ['rescore', village(small, 5), ...score, '--workers', '1']]);
  targets = { households: small, startup, oneWorker: one, twoWorkers: two, clean, dirty, twoOverOne: Math.round((two.median / one.median) * 100) / 100, dirtyOverClean: Math.round((dirty.median / clean.median) * 100) / 100 };
}

// The floor is a measuring stick, checked against the CLI: its first households' A33 and A37 (and A34,
// A38 where the household size is the row count) must be the CLI's. Its category is a bare line test
// (no exclusion or condition), so it is not compared.
function checkFloor() {
  const out = join(CACHE, `out-${Math.min(...sizes)}-1`, 'results.csv');
  const cli = new Map();
  for (const l of readFileSync(out, 'utf8').replace(/^\ufeff/, '').split('\n').slice(1, 50)) {
    const c = l.split(',');
    cli.set(c[0].replace(/^="?|"$/g, ''), { size: c[5], a33: c[6], a34: c[7], a37: c[8], a38: c[9] });
  }
  let compared = 0;
  for (const r of floor.firstRows) {
    const [id, , members, a33, a34, a37, a38] = r.split(',');
    const x = cli.get(id);
    if (!x) continue;
    const same = x.a33 === a33 && x.a37 === a37 && (x.size !== members || (x.a34 === a34 && x.a38 === a38));
    if (!same) throw new Error(`the floor disagrees with the CLI on household ${id}: ${r} vs ${JSON.stringify(x)}`);
    compared++;
  }
  if (compared === 0) throw new Error('the floor could not be compared with the CLI (no household in common)');
  return compared;
}
const floorChecked = checkFloor();

// 5. The table.
const a = inproc.a.perSecond;
const lean = inproc.lean.perSecond;
const imp = inproc.import.microsPerHousehold;
const b = inproc.b.perSecond;
const c = inproc.c.perSecond;
const ratio = (x, y) => Number((x / y).toPrecision(x / y >= 10 ? 3 : 2));
const fmt = (n) => n.toLocaleString('en-US');
const ok = (pass) => (pass ? 'met' : 'MISSED');
const rows = [
  ['(a) fangfanpin validate + full assessment, explained (1 core)', `${fmt(a)}/s`, `${ratio(a, b)} × (b)`, `${ratio(a, c)} × (c)`, `≥ ${fmt(TARGETS.perCore)}/s per core, ≥ ${TARGETS.vsRulesEngine} × (c), ≥ 1/${TARGETS.vsBaseline} of (b): ${ok(a >= TARGETS.perCore)}, ${ok(a >= TARGETS.vsRulesEngine * c)}, ${ok(a * TARGETS.vsBaseline >= b)}`],
  ['(a′) fangfanpin validate + lean assessment, explain: false (1 core)', `${fmt(lean)}/s`, `${ratio(lean, b)} × (b)`, `${ratio(lean, c)} × (c)`, `same targets: ${ok(lean >= TARGETS.perCore)}, ${ok(lean >= TARGETS.vsRulesEngine * c)}, ${ok(lean * TARGETS.vsBaseline >= b)}; ${ratio(lean, a)} × (a)`],
  ['(b) plain float JavaScript, same arithmetic (baseline)', `${fmt(b)}/s`, '1 × (b)', `${ratio(b, c)} × (c)`, ''],
  ['(c) json-rules-engine, identification rule alone', `${fmt(c)}/s`, `${ratio(c, b)} × (b)`, '1 × (c)', ''],
  [`(i) CSV import, readRecords (1 core, from memory)`, `${fmt(Math.round(1e6 / imp))}/s`, `${ratio(1e6 / imp, b)} × (b)`, `${ratio(1e6 / imp, c)} × (c)`, `${imp} µs per household (${fmt(inproc.import.households)} households, ${Math.round(inproc.import.bytes / 2 ** 20)} MB); target ≤ ${TARGETS.importMicros} µs: ${ok(imp <= TARGETS.importMicros)} (${ratio(imp, TARGETS.importMicros)} × the target)`],
];
rows.push([
  `(e) the floor: byte-level CSV scan, income arithmetic, line test, a row; nothing validated (1 core)`,
  `${fmt(Math.round(1e6 / floor.cpuMicrosPerHousehold))}/s`,
  `${ratio(1e6 / floor.cpuMicrosPerHousehold, b)} × (b)`,
  `${ratio(1e6 / floor.cpuMicrosPerHousehold, c)} × (c)`,
  `${floor.cpuMicrosPerHousehold} µs of CPU a household (${fmt(floor.households)} households, ${Math.round(floor.bytes / 2 ** 20)} MB, median of 3; A33–A38 agree with the CLI's on the ${floorChecked} households compared)`,
]);
for (const r of cliRuns) {
  rows.push([
    `(d) CLI from CSV, ${fmt(r.households)} households, ${r.workers === 1 ? '1 worker (no scoring workers)' : `${r.workers} workers`}`,
    `${fmt(r.perSecond)}/s (${fmt(r.perCpuSecond)} per CPU-s)`,
    `${ratio(r.perSecond, b)} × (b)`,
    `${ratio(r.perSecond, c)} × (c)`,
    `peak RSS ${r.peakRssMb} MB; ${r.seconds} s wall, ${r.cpuSeconds} s CPU, load ${r.loadBefore}` +
      (r.workers === cores ? `; targets ≥ ${fmt(TARGETS.cli)}/s: ${ok(r.perSecond >= TARGETS.cli)} (${ratio(r.perSecond, TARGETS.cli)} × the target), ≤ ${TARGETS.rssMb} MB: ${ok(r.peakRssMb <= TARGETS.rssMb)}` : `; ≤ ${TARGETS.rssMb} MB: ${ok(r.peakRssMb <= TARGETS.rssMb)}`),
  ]);
}
// Where a household's time goes, and the time per household each target leaves.
const st = inproc.stages;
const micros = (perSecond) => Math.round((1e6 / perSecond) * 100) / 100;
const cliBest = cliRuns.filter((r) => r.workers === cores).sort((x, y) => y.perSecond - x.perSecond)[0];
const budget = {
  perCoreMicros: micros(TARGETS.perCore),
  vsRulesEngineMicros: micros(TARGETS.vsRulesEngine * c),
  vsBaselineMicros: micros(b / TARGETS.vsBaseline),
  baselineMicros: micros(b),
  cliCpuMicros: micros(TARGETS.cli / cores),
};
const stageLines = [
  `where a household's time goes (1 core, µs): CSV import ${imp}, validation ${st.validate}, lean assessment ${st.leanAssessment}, explained assessment ${st.explainedAssessment}` +
    (cliBest ? `; the CLI with ${cores} workers spends ${micros(cliBest.perCpuSecond)} µs of CPU a household (${fmt(cliBest.households)} households)` : ''),
  `what the targets leave a household (µs): ≥ ${fmt(TARGETS.perCore)}/s per core → ${budget.perCoreMicros}; ≥ ${TARGETS.vsRulesEngine} × (c) → ${budget.vsRulesEngineMicros}; within ${TARGETS.vsBaseline} × of (b) → ${budget.vsBaselineMicros}; (d) ≥ ${fmt(TARGETS.cli)}/s on ${cores} cores → ${budget.cliCpuMicros} of CPU` +
    `; the floor (e) alone takes ${floor.cpuMicrosPerHousehold}` +
    (TARGETS.vsRulesEngine * c > b ? `. Here ${TARGETS.vsRulesEngine} × (c) = ${fmt(TARGETS.vsRulesEngine * c)}/s is above the baseline (b) itself (${fmt(b)}/s, ${budget.baselineMicros} µs), which does only the arithmetic` : ''),
];

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const header = ['measurement', 'households/s', 'vs (b)', 'vs (c)', 'notes'];
const cw = header.map((h, i) => Math.max(h.length, widths[i]));
const line = (cells) => cells.map((s, i) => s.padEnd(cw[i])).join(' | ');
console.log(line(header));
console.log(cw.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
const t = inproc.transfer;
console.log(
  `\nworker transfer, per record (batch of 256): records clone ${fmt(t.records.cloneSend)}/s send, ${fmt(t.records.cloneReceive)}/s receive; JSON ${fmt(t.records.jsonSend)}/s, ${fmt(t.records.jsonReceive)}/s (${t.bytesPerRecord} B)` +
    `\n  compact outcomes clone ${fmt(t.outcomes.cloneSend)}/s, ${fmt(t.outcomes.cloneReceive)}/s; JSON ${fmt(t.outcomes.jsonSend)}/s, ${fmt(t.outcomes.jsonReceive)}/s (${t.bytesPerOutcome} B)`,
);
console.log('\n' + stageLines.join('\n'));
const targetLines = targets
  ? [
      `issue 14 (CPU time of whole CLI processes, median of ${targets.startup.runs.length} runs taken in turn): startup (the 120-household example) ${targets.startup.median} s, target ≤ ${TARGETS.startupCpu} s: ${ok(targets.startup.median <= TARGETS.startupCpu)}` +
        `; 2 workers ÷ 1 on ${fmt(targets.households)} households ${targets.twoOverOne} (${targets.twoWorkers.median} s ÷ ${targets.oneWorker.median} s), target ≤ ${TARGETS.twoWorkers}: ${ok(targets.twoOverOne <= TARGETS.twoWorkers)}` +
        `; 5 % rejected ÷ none ${targets.dirtyOverClean} (${targets.dirty.median} s ÷ ${targets.clean.median} s), target ≤ ${TARGETS.dirty}: ${ok(targets.dirtyOverClean <= TARGETS.dirty)}`,
    ]
  : ['issue 14 targets: not measured (no /usr/bin/time)'];
console.log(targetLines.join('\n'));
console.log(`machine: ${cores} cores, node ${process.version}; load average ${inprocLoad} when (a)–(c) started. On a busy machine compare the CPU-second rates.`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cores,
  profile: PROFILE,
  asOf: AS_OF,
  seed: SEED,
  targets: TARGETS,
  floor,
  inProcess: { households: inproc.households, line: inproc.line, loadBefore: inprocLoad, a: inproc.a, lean: inproc.lean, b: inproc.b, c: inproc.c, import: inproc.import, stages: inproc.stages },
  budgetMicros: budget,
  ratios: { aOverB: ratio(a, b), aOverC: ratio(a, c), bOverA: ratio(b, a), leanOverA: ratio(lean, a), leanOverB: ratio(lean, b), leanOverC: ratio(lean, c) },
  transfer: inproc.transfer,
  cli: cliRuns,
  targets: targets ?? null,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const md = [
  `# Benchmark results`,
  ``,
  `\`npm run bench\`, ${results.date.slice(0, 10)}, ${cores} cores, node ${process.version}, profile ${PROFILE}, as of ${AS_OF}. Households from`,
  `examples/make-village.ts (seed ${SEED}); (a)–(c) on the same ${fmt(inproc.households)} households, load average ${inprocLoad} at the start.`,
  ``,
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  ``,
  ...stageLines.flatMap((l) => [l.charAt(0).toUpperCase() + l.slice(1) + '.', '']),
  ...targetLines.flatMap((l) => [l.charAt(0).toUpperCase() + l.slice(1) + '.', '']),
  `(d) with 1 worker one thread reads, scores and writes; with more, one thread reads the file, cuts it into chunks at household`,
  `boundaries, numbers the records and writes what the workers return, and the workers parse, validate, assess (lean) and format`,
  `(src/cli/pipeline/; with --out that thread is a coordinator thread with a capped heap, the main thread shows progress). The machine is shared: the CPU-second rates are the fairer comparison between runs.`,
  ``,
  `Library \`rescore\` with workers (not the CLI), worker transfer per record (batch of 256): records as structured clone ${fmt(t.records.cloneSend)}/s to send, ${fmt(t.records.cloneReceive)}/s to receive;`,
  `as JSON ${fmt(t.records.jsonSend)}/s and ${fmt(t.records.jsonReceive)}/s (${t.bytesPerRecord} bytes). Compact outcomes: clone ${fmt(t.outcomes.cloneSend)}/s and`,
  `${fmt(t.outcomes.cloneReceive)}/s; JSON ${fmt(t.outcomes.jsonSend)}/s and ${fmt(t.outcomes.jsonReceive)}/s (${t.bytesPerOutcome} bytes).`,
  ``,
].join('\n');
writeFileSync(join(ROOT, 'bench', 'results.md'), md);
log('wrote bench/results.json and bench/results.md');
