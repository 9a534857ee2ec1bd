/**
 * Define a local profile from JSON (用 JSON 定义本地配置): a county keeps Longkou's rules but sets
 * its own monitoring line. The JSON extends a built-in profile, overrides one parameter with a dated,
 * cited value, and registers the notice it cites. Everything else is inherited.
 *
 * Run: npx tsx examples/define-profile.ts [profile.json]
 */
// #region define
import { readFileSync } from 'node:fs';
import { defineProfile, getProfile, parameter, safeDefineProfile } from '../src/index.js';

const file = process.argv[2] ?? 'docs/guides/profiles/longkou-7000.json';

// defineProfile validates the JSON and throws ProfileDefinitionError listing every problem.
const county = defineProfile(JSON.parse(readFileSync(file, 'utf8')));
const longkou = getProfile('shandong/longkou/2021');

for (const p of [longkou, county]) {
  const line = parameter(p, 'monitoringLine', '2021-06-30');
  console.log(`${p.id}: line ${line.value} (${line.citation.doc} ${line.citation.clause}), hash ${p.hash.slice(0, 12)}…`);
}
// Parameters the county did not set are inherited, with their own citations.
const period = parameter(county, 'incomePeriod', '2021-06-30');
console.log(`incomePeriod ${JSON.stringify(period.value)} from ${period.citation.doc} ${period.citation.clause}`);

// A value without a source is refused: every number must say where it comes from.
const uncited = safeDefineProfile({
  id: 'my-county/2021',
  extends: 'shandong/longkou/2021',
  title: { zh: '某县', en: 'a county' },
  parameters: { monitoringLine: [{ from: '2021-01-01', value: '7000', citation: { doc: 'no-such-notice', clause: '一' } }] },
});
if (!uncited.ok) for (const issue of uncited.issues) console.log(`refused: ${issue.path} ${issue.code}`);
// #endregion
