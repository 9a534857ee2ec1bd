/**
 * Re-score an export (批量重新评估) from code: read the national system's CSV export (one row per
 * member, Chinese headers), re-assess every household under a profile, and account for every
 * record — scored or rejected with its reasons. The command line does the same with
 * `fangfanpin rescore <file> --profile <id> --out <dir>`.
 *
 * Run: npx tsx examples/rescore-csv.ts [export.csv] [profile-id] [as-of]
 */
// #region rescore
import { getProfile, rescore } from '../src/index.js';
import { readRecords } from '../src/io/index.js';

const [file = 'examples/data/village.csv', profileId = 'yunnan/xiaozhongdian/2021', asOf = '2021-09-30'] = process.argv.slice(2);

// Stream the export: households are assembled from their member rows; nothing is held in memory.
const records = readRecords(file);
const run = rescore(records, getProfile(profileId), { asOf, records: 'imported', view: 'compact', workers: 1 });

const rejectedShown: string[] = [];
for await (const outcome of run) {
  if (!outcome.ok && rejectedShown.length < 5) {
    const rows = outcome.source ? ` rows ${outcome.source.rows.join(',')}` : '';
    rejectedShown.push(`  ✗ ${outcome.householdId ?? '?'}${rows}: ${outcome.issues.map((i) => `${i.code} ${i.path}`).join('; ')}`);
  }
}

const s = run.summary();
console.log(`profile ${s.profile.id}, as of ${s.asOf}`);
console.log(`identified ${s.identified}: ${Object.entries(s.byCategory).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(rejectedShown.join('\n'));
// Nothing is lost: every record read is a result or a rejection.
console.log(`records in ${s.in} = results ${s.results} + rejected ${s.rejected}`);
// #endregion
