/**
 * The in-process measurements of `npm run bench` (run by bench/run.mjs in a child process, through
 * tsx): on the same households, read once from the synthetic export,
 *
 *   (a) fangfanpin: parseHousehold + assessHousehold (validate + full assessment), one thread;
 *   (a′) the same in lean mode (`explain: false`: the same decisions, no findings built) — what
 *       the CLI runs for its result rows;
 *   (i) the CSV import: readRecords over the first 64 MB of the export, from memory, one thread
 *       (µs per household; the file's bytes are read before timing);
 *   (s) the stages of (a) and (a′) timed on their own, µs per household: validation alone
 *       (parseHousehold), the lean assessment alone and the explained assessment alone, on the
 *       households validated beforehand — where a household's time goes;
 *   (b) the baseline: the same arithmetic in plain float JavaScript (sum the incomes, divide by
 *       the members, compare with the line, pick the category) — what a quick script would do;
 *   (c) json-rules-engine evaluating the identification rule alone (A38 < line), facts computed
 *       in plain floats — what a JavaScript user would otherwise pick for "rules as data";
 *   (t) the cost of sending records to a worker thread and outcomes back, structured clone vs JSON.
 *
 * Every figure is CPU time of this process (user + system, `process.cpuUsage`), not wall time: the
 * machine may be shared, and the ratios between figures of the same run are what the targets name.
 *
 * Prints one JSON object on stdout.
 *
 * Usage: tsx bench/inprocess.ts <export.csv> <households> <profile> <asOf>
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { Engine } from 'json-rules-engine';
import { assessHousehold, getProfile, parameter, parseHousehold } from '../src/index.js';
import { readRecords } from '../src/io/index.js';
import { scoreRecord } from '../src/rescore/score.js';

const [file, countText, profileId, asOf] = process.argv.slice(2) as [string, string, string, string];
const want = Number(countText);
const profile = getProfile(profileId);
const line = Number(parameter(profile, 'monitoringLine', asOf).value);

// The households: the first `want` records of the export that parse.
const raws: unknown[] = [];
for await (const rec of readRecords(file)) {
  if (rec.problems.length === 0 && parseHousehold(rec.raw).ok) raws.push(rec.raw);
  if (raws.length >= want) break;
}
const n = raws.length;

interface Timing {
  perSecond: number;
  rounds: number[];
}

/** CPU time of this process so far (user + system), in milliseconds: what contention on a shared machine does not inflate. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `body` over all households `rounds` times after a warm-up; the median rate, households per CPU-second. */
async function measure(rounds: number, body: () => unknown | Promise<unknown>): Promise<Timing> {
  await body(); // warm-up (JIT)
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = cpuMs();
    await body();
    rates.push(Math.round((n / Math.max(cpuMs() - t, 0.001)) * 1000));
  }
  const sorted = [...rates].sort((x, y) => x - y);
  return { perSecond: sorted[Math.floor(sorted.length / 2)]!, rounds: rates };
}

/** {@link measure} for several bodies taken in turn in each round (after one warm-up each): rounds aligned by index. */
async function measureInTurn(rounds: number, bodies: (() => unknown)[]): Promise<Timing[]> {
  for (const body of bodies) await body();
  const rates: number[][] = bodies.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < bodies.length; k++) {
      const t = cpuMs();
      await bodies[k]!();
      rates[k]!.push(Math.round((n / Math.max(cpuMs() - t, 0.001)) * 1000));
    }
  }
  return rates.map((xs) => ({ perSecond: [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!, rounds: xs }));
}

let sink = 0;

// (s) the stages on their own: validation, then each assessment over the validated households.
const households = raws.map((raw) => parseHousehold(raw)).flatMap((p) => (p.ok ? [p.household] : []));
const perHousehold = (t: Timing) => Math.round((1e6 / t.perSecond) * 100) / 100;
const stages = {
  validate: perHousehold(
    await measure(5, () => {
      for (let i = 0; i < n; i++) sink += parseHousehold(raws[i]).ok ? 1 : 0;
    }),
  ),
  leanAssessment: perHousehold(
    await measure(5, () => {
      for (let i = 0; i < n; i++) sink += assessHousehold(households[i]!, profile, { asOf, explain: false }).quality.length;
    }),
  ),
  explainedAssessment: perHousehold(
    await measure(5, () => {
      for (let i = 0; i < n; i++) sink += assessHousehold(households[i]!, profile, { asOf }).quality.length;
    }),
  ),
};

// (i) the CSV import, from memory: the first 64 MB of the export, cut after its last full line.
const head = Buffer.alloc(64 << 20);
const fd = openSync(file, 'r');
const got = readSync(fd, head, 0, head.length, 0);
closeSync(fd);
const bytes = head.subarray(0, head.lastIndexOf(10, got - 1) + 1);
const importRounds: number[] = [];
let imported = 0;
for (let r = 0; r < 4; r++) {
  const t = cpuMs();
  imported = 0;
  for await (const rec of readRecords([bytes], { format: 'csv' })) imported += rec.position >= 0 ? 1 : 0;
  if (r > 0) importRounds.push(((cpuMs() - t) * 1000) / imported); // the first round warms up
}
const importMicros = [...importRounds].sort((x, y) => x - y)[importRounds.length >> 1]!;

// (b) the same arithmetic in plain floats.
interface RawIncome {
  wage: string | number;
  operating: string | number;
  property: string | number;
  transfer: string | number;
  operatingExpense: string | number;
  claims?: string | number;
  compliantOutOfPocket?: string | number;
}
interface RawHousehold {
  povertyAlleviated: boolean;
  members: unknown[];
  income: RawIncome;
}
function floatAssess(h: RawHousehold) {
  const i = h.income;
  const net = Number(i.wage) + Number(i.operating) + Number(i.property) + Number(i.transfer) - Number(i.operatingExpense);
  const reference = net + Number(i.claims ?? 0) - Number(i.compliantOutOfPocket ?? 0);
  const size = h.members.length;
  const a34 = net / size;
  const a38 = reference / size;
  const category = a38 < line ? (a34 < line ? (h.povertyAlleviated ? 'unstable' : 'marginal') : 'sudden-hardship') : null;
  return { netIncome: net.toFixed(2), perCapitaNetIncome: a34.toFixed(2), perCapitaReferenceIncome: a38.toFixed(2), category };
}
// (a), (a′) and (b) measured in turn, round by round: a round's three figures share the machine's
// state, so the ratios (a) ÷ (b) and (a′) ÷ (b) can be taken round by round.
const [a, lean, b] = await measureInTurn(5, [
  // (a) validate + full assessment.
  () => {
    for (let i = 0; i < n; i++) {
      const p = parseHousehold(raws[i]);
      if (p.ok) sink += assessHousehold(p.household, profile, { asOf }).record.householdId.length;
    }
  },
  // (a′) validate + lean assessment (the decisions without findings).
  () => {
    for (let i = 0; i < n; i++) {
      const p = parseHousehold(raws[i]);
      if (p.ok) sink += assessHousehold(p.household, profile, { asOf, explain: false }).record.householdId.length;
    }
  },
  // (b) the same arithmetic in plain floats.
  () => {
    for (let i = 0; i < n; i++) sink += floatAssess(raws[i] as RawHousehold).netIncome.length;
  },
]);

// (c) json-rules-engine, the identification rule alone.
const engine = new Engine([{ conditions: { all: [{ fact: 'A38', operator: 'lessThan', value: line }] }, event: { type: 'monitoring-candidate' } }]);
const c = await measure(3, async () => {
  for (let i = 0; i < n; i++) {
    const h = raws[i] as RawHousehold;
    const f = floatAssess(h);
    const r = await engine.run({ A38: Number(f.perCapitaReferenceIncome), A34: Number(f.perCapitaNetIncome), povertyAlleviated: h.povertyAlleviated });
    sink += r.events.length;
  }
});

// (t) sending a batch of 256 records to a worker, and its compact outcomes back.
const batch = raws.slice(0, 256);
const outcomes = batch.map((raw, i) => scoreRecord(raw, i, profile, { asOf, view: 'compact', records: 'raw' }).outcome);
const rate = (fn: () => unknown) => {
  for (let k = 0; k < 20; k++) fn();
  const t = performance.now();
  let k = 0;
  while (performance.now() - t < 300) {
    fn();
    k++;
  }
  return Math.round(((k * batch.length) / (performance.now() - t)) * 1000);
};
const recordsV8 = serialize(batch);
const recordsJson = JSON.stringify(batch);
const outcomesV8 = serialize(outcomes);
const outcomesJson = JSON.stringify(outcomes);
const transfer = {
  records: { cloneSend: rate(() => serialize(batch)), cloneReceive: rate(() => deserialize(recordsV8)), jsonSend: rate(() => JSON.stringify(batch)), jsonReceive: rate(() => JSON.parse(recordsJson)) },
  outcomes: { cloneSend: rate(() => serialize(outcomes)), cloneReceive: rate(() => deserialize(outcomesV8)), jsonSend: rate(() => JSON.stringify(outcomes)), jsonReceive: rate(() => JSON.parse(outcomesJson)) },
  bytesPerRecord: Math.round(recordsJson.length / batch.length),
  bytesPerOutcome: Math.round(outcomesJson.length / batch.length),
};

process.stdout.write(
  JSON.stringify({
    households: n,
    line,
    a,
    lean,
    b,
    c,
    stages,
    import: { households: imported, bytes: bytes.length, microsPerHousehold: Math.round(importMicros * 100) / 100, rounds: importRounds.map((x) => Math.round(x * 100) / 100) },
    transfer,
    sink: sink > 0,
  }) + '\n',
);
