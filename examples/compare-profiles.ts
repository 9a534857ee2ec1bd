/**
 * Compare two profiles (比较两个配置): who changes category if Longkou's line moves from 6500 to
 * 7000 yuan? Each household is classified under both profiles with the same rules; the result says,
 * household by household, who enters monitoring, who leaves, who changes category — and counts them.
 * The command line does the same with `fangfanpin compare <file> --profile <a> --against <b>`.
 *
 * Run: npx tsx examples/compare-profiles.ts
 */
// #region compare
import { readFileSync } from 'node:fs';
import { compareProfiles, defineProfile, getProfile, type HouseholdInput } from '../src/index.js';

const longkou = getProfile('shandong/longkou/2021');
const raised = defineProfile(JSON.parse(readFileSync('docs/guides/profiles/longkou-7000.json', 'utf8')));

// Three 一般农户 of two people, each with condition (1) of 龙扶贫组字〔2021〕1号 §二(二) on record:
// per-capita income 6000, 6800 and 6900 yuan; household 3 is also in severe difficulty.
const facts = { rigidSpendingExceedsIncome: true, basicNeedsAffected: true, sharpIncomeDrop: false, temporaryHardship: false };
const assets = { luxuryCar: false, urbanCommercialHousing: false, cashResettlementExempt: false, highReturnCompany: false, supporterNotPaying: false, countyRuleExclusion: false };
const household = (id: string, wage: string, severeDifficulty: boolean): HouseholdInput => ({
  id,
  povertyAlleviated: false,
  discoveredOn: '2021-06-10',
  members: [
    { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary' },
    { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'chronic', labour: 'weak' },
  ],
  income: { wage, operating: '0', property: '0', transfer: '0', operatingExpense: '0' },
  hardship: { ...facts, severeDifficulty },
  assets,
});
const households = [household('LK-001', '12000', false), household('LK-002', '13600', false), household('LK-003', '13800', true)];

const result = compareProfiles(households, longkou, raised, { asOf: '2021-06-30' });
for (const row of result.rows) console.log(`${row.householdId} ${row.change}: ${row.message.zh}`);
const c = result.counts;
console.log(`entered ${c.entered}, left ${c.left}, recategorised ${c.recategorised}, unchanged ${c.unchanged}, undetermined ${c.undetermined}`);
console.log(JSON.stringify(c.transitions));
// #endregion
