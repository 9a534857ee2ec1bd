/**
 * The analyst's loop (分析人员的工作循环): re-score an export → the list to verify at the home visit (入户核实)
 * → add the facts the visit verified (as NDJSON records) → re-score them → identified. Then the same
 * export re-scored as of today, with the year's monitoring line supplied with its source.
 *
 * The command line does each step with `fangfanpin rescore`: docs/guides/zh/analyst-rescoring.md.
 *
 * Run: npx tsx examples/analyst-loop.ts
 */
// #region rescore
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getProfile, IDENTIFICATION_OUTCOMES, MONITORING_CATEGORIES, rescore, withMonitoringLine } from '../src/index.js';
import type { Compact, MonitoringResult, Profile, RescoreSummary } from '../src/index.js';
import { readRecords, writeJsonLines, type ImportedRecord } from '../src/io/index.js';

const jinan = getProfile('fujian/jinan/2023');

/** Re-scores records under a profile; returns the summary and each household's monitoring result. */
async function rescoreAll(records: Iterable<ImportedRecord> | AsyncIterable<ImportedRecord>, profile: Profile, asOf: string) {
  const run = rescore(records, profile, { asOf, records: 'imported', view: 'compact', workers: 1 });
  const results = new Map<string, Compact<MonitoringResult>>();
  for await (const o of run) if (o.ok) results.set(o.householdId, o.result.monitoring);
  return { summary: run.summary(), results };
}

/** The counts an analyst reads first: records in = results + rejected, and the results by outcome. */
function counts(s: RescoreSummary): string {
  const c = s.byCategory;
  return [
    `   records in ${s.in} = results ${s.results} + rejected ${s.rejected}`,
    `   identified ${s.identified} (unstable ${c.unstable}, marginal ${c.marginal}, sudden-hardship ${c['sudden-hardship']}) | to verify ${c['to-verify']} | not identified ${c['not-eligible']} | undetermined ${c.undetermined}`,
  ].join('\n');
}

// 1. Re-score the export (one row per member, Chinese headers) as of the profile's date.
const records: ImportedRecord[] = [];
for await (const r of readRecords('examples/data/village.csv')) records.push(r);
const first = await rescoreAll(records, jinan, '2023-12-15');
console.log(`1. re-scored under ${jinan.id} as of 2023-12-15\n${counts(first.summary)}`);
// #endregion

// #region list
// 2. The list to verify: each household, the category it would take, and what to ask at the visit
//    (verifying any one of the ways listed settles it).
const toVisit = [...first.results].filter(([, m]) => m.outcome === 'to-verify');
console.log(`2. to verify at the home visit: ${toVisit.length} households`);
for (const [id, m] of toVisit.slice(0, 3)) {
  const ask = m.toVerify.map((v) => `${v.label.zh}（${v.facts.map((f) => f.label.zh).join('、')}）`).join('；或 ');
  console.log(`   ${id} 拟认定为${MONITORING_CATEGORIES[m.provisionalCategory!].zh}。须入户核实：${ask}`);
}
console.log(`   facts to verify: ${first.summary.toVerifyByFact.map((f) => `${f.label.zh} ${f.households}`).join(' | ')}`);
// #endregion

// #region verify
// 3. The visit verified one of the listed facts for three households: their records, with those facts
//    added, go into an NDJSON file (one household per line, the interchange format) — a county whose
//    export has the optional hardship columns can add them to the CSV instead.
const verifiedFacts: Record<string, unknown>[] = [];
const visited = toVisit.slice(0, 3).map(([id, m], i) => {
  const way = m.toVerify[i % m.toVerify.length]!; // the way the visit settled
  const record = structuredClone(records.find((r) => r.householdId === id)!.raw) as Record<string, unknown>;
  const facts: Record<string, unknown> = {};
  for (const { field } of way.facts) {
    if (field === 'riskTypes') facts.riskTypes = ['illness']; // A27 因病: a member's illness and its costs, confirmed
    else if (field.startsWith('hardship.')) facts.hardship = { ...(facts.hardship as object), [field.slice('hardship.'.length)]: true };
  }
  verifiedFacts.push({ id, ...facts });
  return { ...record, ...facts, hardship: { ...(record.hardship as object), ...(facts.hardship as object) } };
});
const file = join(mkdtempSync(join(tmpdir(), 'fangfanpin-loop-')), 'verified.ndjson');
await writeJsonLines(visited, { path: file }, (h) => h);
console.log(`3. the visit verified facts for ${visited.length} households (verified.ndjson)`);
for (const f of verifiedFacts) console.log(`   ${JSON.stringify(f)}`);

// 4. Re-score the verified records: each is now identified, in the category the list gave.
const second = await rescoreAll(readRecords(file), jinan, '2023-12-15');
console.log(`4. re-scored the verified records\n${counts(second.summary)}`);
for (const [id, m] of second.results) {
  const before = first.results.get(id)!;
  const category = m.category ? MONITORING_CATEGORIES[m.category].zh : '';
  console.log(`   ${id} ${IDENTIFICATION_OUTCOMES[before.outcome].zh} → ${IDENTIFICATION_OUTCOMES[m.outcome].zh} ${category}`.trimEnd());
}
// #endregion

// #region today
// 5. The same export re-scored as of today. No public document found states Jin'an's line after 2023,
//    so the run needs one, supplied with its source (the command line: --line 10560 --line-source "…").
//    Here the 2023 figure is carried over, and the source says so: replace it with the year's document.
const today = withMonitoringLine(jinan, { value: '10560', source: '示例：沿用榕晋乡振〔2023〕12号 一(一) 的2023年数值（2026年数值待查）', asOf: '2026-12-06' });
const current = await rescoreAll(records, today, '2026-12-06');
console.log(`5. re-scored as of 2026-12-06 under ${today.id} (line supplied: ${current.summary.profile.suppliedLines?.map((l) => `${l.value} from ${l.from}`).join(', ')})\n${counts(current.summary)}`);
// #endregion
