/**
 * The stage figures of `npm run bench`: where the CPU time of one CLI run goes, from the V8 CPU
 * profiles it wrote (`node --cpu-prof --cpu-prof-dir=DIR`, one file a thread), grouped into issue 14's
 * stages — decode, scan/split, conversion/assembly, validation, rules, quality, output, GC, other.
 *
 * A sample's stage is the stage of the source module of the function it is in: the profiled bundle
 * is built with its whitespace not minified (bench/run.mjs, tsup.config.ts), and esbuild opens each module it bundles with a `// src/…` or
 * `// node_modules/…` comment line, so a function's line in the bundle names its module. A function
 * with no module of its own (a built-in, code made by `new Function`, most of Node's internals) counts
 * in the stage of its nearest caller that has one: a generated validator called by the model is
 * validation, `String.prototype.split` called by the CSV reader is scan/split. `(garbage collector)` is
 * GC; `(idle)` (a thread waiting) is not CPU and is left out; a module no rule below names counts as
 * other and is listed by name, so the grouping can be kept up with the code.
 *
 * Usage: node bench/stages.mjs <dir-of-cpuprofiles> <households>   (prints one JSON object)
 * As a module: `stagesOf(profiles, households)`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The stages, in the order. */
export const STAGES = ['decode', 'scan/split', 'conversion/assembly', 'validation', 'rules', 'quality', 'output', 'GC', 'other'];

/** Module path → stage; the first rule that matches wins. Paths are relative to the project (src/…, node_modules/…, node:…). */
export const MODULE_STAGES = [
  ['decode', /^(node:internal\/encoding$|src\/io\/utf8\.ts$|node_modules\/iconv-lite\/)/],
  ['scan/split', /^(src\/io\/(csv|csv-split|csv-chunk|read|source|session|group|seen-households|bytes|tokenize|tokenizer|scan|split)\.ts$|node_modules\/papaparse\/|node:fs$|node:internal\/fs\/)/],
  ['conversion/assembly', /^src\/io\/(assemble|compiled-plan|values|normalize|headers|event-columns|income-columns|imported|side-table|work-spells|villages|field-inventory|errors|warning|columnar|convert)\.ts$/],
  ['validation', /^(src\/model\/|node_modules\/zod\/)/],
  ['quality', /^src\/rules\/quality\//],
  ['rules', /^(src\/rules\/|src\/kernel\/|src\/facts\/|src\/calendar\/|src\/profile\/|src\/explain\/|src\/compil[a-z]*\/|src\/assess\.ts$|src\/supplied-line\.ts$)/],
  ['output', /^(src\/io\/(write|columns|rejected|table|ndjson)\.ts$|src\/rescore\/(row|summary)\.ts$|src\/present\/|src\/cli\/(output|out-dir|print)\.ts$|node:internal\/streams\/writable$)/],
];

/** Node built-ins that decode bytes to text, whatever their module. */
const DECODING_FUNCTIONS = /^(utf8Slice|latin1Slice|asciiSlice|ucs2Slice|decode)$/;

/** The stage of a module path, or undefined when no rule names it. */
export function stageOfModule(module) {
  for (const [stage, re] of MODULE_STAGES) if (re.test(module)) return stage;
  return undefined;
}

const bundles = new Map();
/** For a bundle file: the lines where esbuild's module comments stand, and their modules. */
function moduleLines(path) {
  let found = bundles.get(path);
  if (!found) {
    const lines = [];
    const modules = [];
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {}
    text.split('\n').forEach((l, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
      if (m) {
        lines.push(i);
        modules.push(m[1].replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*$/, (all, pkg) => (m[1].startsWith('src/') ? all : `${pkg}/`)));
      }
    });
    found = { lines, modules };
    bundles.set(path, found);
  }
  return found;
}

/** The module of a profile call frame: `src/io/csv.ts`, `node_modules/zod/`, `node:fs`, or undefined (a built-in, generated code). */
export function moduleOf(callFrame) {
  const url = callFrame.url;
  if (!url) return undefined;
  if (url.startsWith('node:')) return url;
  if (!url.startsWith('file:')) return undefined;
  const path = fileURLToPath(url);
  const src = /\/((?:src|node_modules)\/.*)$/.exec(path);
  if (src && !/\/dist\//.test(path)) return src[1].replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*$/, '$1/');
  const { lines, modules } = moduleLines(path);
  let lo = 0;
  let hi = lines.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= callFrame.lineNumber) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 ? modules[at] : undefined;
}

/**
 * The stage figures of a run from its profiles (parsed .cpuprofile objects, one a thread).
 * @returns `{ households, profiledMs, stages: [{ stage, ms, microsPerHousehold, share, top }], unnamedModules }`
 */
export function stagesOf(profiles, households) {
  const ms = new Map(STAGES.map((s) => [s, 0]));
  const top = new Map(STAGES.map((s) => [s, new Map()]));
  const unnamed = new Map();
  let total = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const stageOfNode = new Map();
    const resolve = (id) => {
      if (stageOfNode.has(id)) return stageOfNode.get(id);
      const n = byId.get(id);
      const cf = n.callFrame;
      let stage;
      if (cf.functionName === '(garbage collector)') stage = 'GC';
      else if (cf.functionName === '(idle)') stage = null;
      else if (cf.functionName === '(program)' || cf.functionName === '(root)') stage = 'other';
      else {
        const module = moduleOf(cf);
        if (module !== undefined) stage = stageOfModule(module);
        if (stage === undefined && (cf.url === '' || cf.url === 'node:buffer') && DECODING_FUNCTIONS.test(cf.functionName)) stage = 'decode';
        if (stage === undefined && module !== undefined && !module.startsWith('node:')) {
          stage = 'other'; // a module of the project or a package no rule names
          n.unnamedModule = module;
        }
        if (stage === undefined) stage = parent.has(id) ? resolve(parent.get(id)) : 'other';
      }
      stageOfNode.set(id, stage);
      return stage;
    };
    const self = new Map();
    for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
    for (const [id, micros] of self) {
      const stage = resolve(id);
      if (stage === null) continue;
      total += micros;
      ms.set(stage, ms.get(stage) + micros / 1000);
      const n = byId.get(id);
      const name = `${n.callFrame.functionName || '(anonymous)'} ${moduleOf(n.callFrame) ?? '(built-in)'}`;
      top.get(stage).set(name, (top.get(stage).get(name) ?? 0) + micros / 1000);
      if (n.unnamedModule) unnamed.set(n.unnamedModule, (unnamed.get(n.unnamedModule) ?? 0) + micros / 1000);
    }
  }
  const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    households,
    profiledMs: round(total / 1000, 0),
    microsPerHousehold: round(total / households),
    stages: STAGES.map((stage) => ({
      stage,
      ms: round(ms.get(stage), 0),
      microsPerHousehold: round((ms.get(stage) * 1000) / households),
      share: total > 0 ? round((ms.get(stage) * 1000) / total, 3) : 0,
      top: [...top.get(stage)]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
        .map(([name, t]) => ({ name, ms: round(t, 0) })),
    })),
    unnamedModules: [...unnamed]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 10)
      .map(([module, t]) => ({ module, ms: round(t, 0) })),
  };
}

/** Reads every .cpuprofile of a directory. */
export function readProfiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, households] = process.argv.slice(2);
  if (!dir || !households) throw new Error('usage: node bench/stages.mjs <dir-of-cpuprofiles> <households>');
  process.stdout.write(JSON.stringify(stagesOf(readProfiles(dir), Number(households)), null, 2) + '\n');
}
