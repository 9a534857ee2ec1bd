/**
 * The runnable examples (examples/*.ts) run, and print what the guides say they print. Every
 * example file must have its expectations here, so none can rot unnoticed. The guides quote these
 * files (test/docs/staleness.test.ts checks that they still do).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/build.js';

const outputs = new Map<string, string>();

/** Runs an example with tsx from the repository root (once per test run); returns its stdout. */
function run(file: string): string {
  let out = outputs.get(file);
  if (out === undefined) {
    out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join('examples', file)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    outputs.set(file, out);
  }
  return out;
}

/** The output blocks of the guides: `<!-- output: examples/x.ts -->` followed by a text block. */
function guideOutputs(): { guide: string; file: string; lines: string[] }[] {
  const dir = join(ROOT, 'docs', 'guides');
  const out: { guide: string; file: string; lines: string[] }[] = [];
  for (const lang of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(dir, lang.name)).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(dir, lang.name, name), 'utf8');
      for (const m of text.matchAll(/<!-- output: examples\/([\w.-]+) -->\n```text\n([\s\S]*?)\n```/g)) {
        out.push({ guide: `${lang.name}/${name}`, file: m[1]!, lines: m[2]!.split('\n').filter((l) => l.trim() !== '') });
      }
    }
  }
  return out;
}

/** Files in examples/ that are tools, not examples (the importer's synthetic data generator). */
const TOOLS = new Set(['make-village.ts']);

/** The counts an example prints after a re-score (examples/analyst-loop.ts), checked to add up. */
function countsAt(out: string, step: string) {
  const block = out.slice(out.indexOf(`\n${step}. `) + 1);
  const balance = /records in (\d+) = results (\d+) \+ rejected (\d+)/.exec(block);
  const outcomes = /identified (\d+) \(unstable (\d+), marginal (\d+), sudden-hardship (\d+)\) \| to verify (\d+) \| not identified (\d+) \| undetermined (\d+)/.exec(block);
  expect(balance, `step ${step}`).not.toBeNull();
  expect(outcomes, `step ${step}`).not.toBeNull();
  const [inN, results, rejected] = balance!.slice(1).map(Number) as [number, number, number];
  const [identified, unstable, marginal, sudden, toVerify, notIdentified, undetermined] = outcomes!.slice(1).map(Number) as [number, number, number, number, number, number, number];
  // Nothing lost, and every result in exactly one outcome.
  expect(results + rejected).toBe(inN);
  expect(unstable + marginal + sudden).toBe(identified);
  expect(identified + toVerify + notIdentified + undetermined).toBe(results);
  return { in: inN, results, rejected, identified, toVerify, notIdentified, undetermined };
}

const EXPECTATIONS: Record<string, (out: string) => void> = {
  'analyst-loop.ts': (out) => {
    // 1. The bundled export under Jin'an 2023 (榕晋乡振〔2023〕12号 §一(一), line 10560): the list to verify is a fraction of it.
    const first = countsAt(out, '1');
    expect(first.rejected).toBeGreaterThan(0); // the village's deliberate import errors
    expect(first.toVerify).toBeGreaterThan(0);
    expect(first.toVerify).toBeLessThan(first.results / 2);
    // 2. The list names what to verify, in Chinese.
    expect(out).toContain(`2. to verify at the home visit: ${first.toVerify} households`);
    expect(out).toMatch(/拟认定为(脱贫不稳定户|边缘易致贫户|突发严重困难户)。须入户核实：.*A27 致贫返贫风险类型/);
    expect(out).toMatch(/facts to verify: A27 致贫返贫风险类型 \d+/);
    // 3. Facts added for some of them, as NDJSON records: a risk type (A27) and a hardship fact.
    const visited = Math.min(3, first.toVerify);
    expect(out).toContain(`3. the visit verified facts for ${visited} households (verified.ndjson)`);
    expect(out).toContain('"riskTypes":["illness"]');
    expect(out).toContain('"hardship":{"severeDifficulty":true}');
    // 4. Re-scored, every verified household is identified (S000 附件1 注2: below the line with a risk on record).
    const second = countsAt(out, '4');
    expect(second).toMatchObject({ in: visited, results: visited, rejected: 0, identified: visited, toVerify: 0 });
    expect(out.match(/ 待核实 → 认定 (脱贫不稳定户|边缘易致贫户|突发严重困难户)$/gm)).toHaveLength(visited);
    // 5. Dated today, with the line supplied and recorded: the whole export again, nothing lost.
    expect(out).toContain('5. re-scored as of 2026-12-06 under fujian/jinan/2023/line-2026-10560 (line supplied: 10560 from 2026-01-01)');
    expect(countsAt(out, '5').in).toBe(first.in);
  },
  'assess-one-household.ts': (out) => {
    // 榕晋乡振〔2023〕12号 §一(一): A38 (18000 + 6000 + 1200 − 2000 − 4000) ÷ 3 = 6400.00 < 10560.
    expect(out).toContain('profile fujian/jinan/2023 (');
    expect(out).toContain('A34 7733.33  A38 6400.00  period 2022-10-01..2023-09-30');
    expect(out).toContain('outcome identified, category marginal');
    expect(out).toContain('[met] identification.risk-on-record: 有返贫致贫风险在案：A27 风险类型：因病');
    expect(out).toContain('[met] identification.decision: 认定为监测对象：边缘易致贫户');
    expect(out).toMatch(/quality\.identity\.sex members\[0\]\.sex: .*1101\*{10}002X/);
    expect(out).not.toContain('11010519491231002X');
  },
  'rescore-csv.ts': (out) => {
    expect(out).toContain('profile yunnan/xiaozhongdian/2021, as of 2021-09-30');
    const m = /records in (\d+) = results (\d+) \+ rejected (\d+)/.exec(out);
    expect(m).not.toBeNull();
    const [n, r, j] = m!.slice(1).map(Number) as [number, number, number];
    expect(n).toBeGreaterThan(0);
    expect(r + j).toBe(n);
    // The synthetic village has deliberate import errors: each rejection is listed with its reason.
    expect(j).toBeGreaterThan(0);
    expect(out.match(/^ {2}✗ /gm)?.length).toBe(Math.min(j, 5));
  },
  'define-profile.ts': (out) => {
    expect(out).toMatch(/^shandong\/longkou\/2021: line 6500 \(龙扶贫组字〔2021〕1号 二\(二\)\), hash [0-9a-f]{12}…$/m);
    expect(out).toMatch(/^shandong\/longkou\/2021-line-7000: line 7000 \(龙口示例〔2021〕7000号 一\), hash [0-9a-f]{12}…$/m);
    expect(out).toContain('incomePeriod {"kind":"rolling-before-discovery","months":12} from 龙扶贫组字〔2021〕1号 二(二)');
    expect(out).toContain('refused: parameters.monitoringLine[0].citation.doc unknown_document');
  },
  'compare-profiles.ts': (out) => {
    // 龙扶贫组字〔2021〕1号 §二(二): 一般农户 below the line with condition (1) → 边缘易致贫户; "低于" is strict.
    expect(out.trim().split('\n')).toEqual([
      'LK-001 unchanged: 边缘易致贫户 → 边缘易致贫户（A34 6000.00 元；监测线 6500.00 → 7000.00 元）',
      'LK-002 entered: 未纳入 → 边缘易致贫户（A34 6800.00 元；监测线 6500.00 → 7000.00 元）',
      'LK-003 recategorised: 突发严重困难户 → 边缘易致贫户（A34 6900.00 元；监测线 6500.00 → 7000.00 元）',
      'entered 1, left 0, recategorised 1, unchanged 1, undetermined 0',
      '{"marginal→marginal":1,"not-eligible→marginal":1,"sudden-hardship→marginal":1}',
    ]);
  },
};

describe('examples/', () => {
  const files = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.ts') && !TOOLS.has(f)).sort();

  it('every example has expectations in this test', () => {
    expect(files.filter((f) => !(f in EXPECTATIONS))).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(Object.keys(EXPECTATIONS).sort())('%s runs and prints what it promises', (file) => {
    EXPECTATIONS[file]!(run(file));
  });

  const shown = guideOutputs();
  it('the guides show output blocks', () => {
    expect(shown.length).toBeGreaterThan(0);
  });
  it.each(shown.map((o) => [o.guide, o.file, o] as const))('%s: every line shown as the output of %s is printed by it', (_guide, file, o) => {
    const printed = run(file).split('\n').map((l) => l.trimEnd());
    expect(o.lines.filter((l) => !printed.includes(l.trimEnd()))).toEqual([]);
  });
});
