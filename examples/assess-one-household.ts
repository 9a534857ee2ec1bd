/**
 * Assess one household (评估一户) as a county system would: take the record it holds, validate it,
 * classify it under a built-in profile, check its data quality, and show every decision with its
 * reasons and the clause it rests on.
 *
 * Run: npx tsx examples/assess-one-household.ts
 */
// #region assess
import { assessHousehold, checkDataQuality, classifyMonitoring, getProfile, parseHousehold } from '../src/index.js';

// A record as the county system holds it: national form fields (A1–A55), money as yuan strings.
// (The head's ID number is the GB 11643 sample number; it does not match his sex and birth date,
// which the data-quality checks report — with the number masked.)
const record = {
  id: '350111-0042',
  region: { province: '福建省', city: '福州市', county: '晋安区', town: '宦溪镇', village: '示例村' },
  povertyAlleviated: false,
  members: [
    { name: '林建国', sex: 'male', idNumber: '11010519491231002X', relation: 'head', birthDate: '1968-03-12', health: 'chronic', labour: 'weak', basicMedicalInsurance: true },
    { name: '陈秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true },
    { name: '林小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'junior-2', basicMedicalInsurance: true },
  ],
  income: { wage: '18000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000', compliantOutOfPocket: '4000' },
  guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false },
  riskTypes: ['illness'], // A27 风险类型: 因病 (the head's chronic illness and its costs)
};

// 1. Validate. Invalid input is never coerced: each issue names the field, in Chinese and English.
const parsed = parseHousehold(record);
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`${issue.path}: ${issue.message.zh} / ${issue.message.en}`);
  process.exit(1);
}
const household = parsed.household;

// 2. Choose the profile and the as-of date (never the clock: the same inputs give the same answer).
const profile = getProfile('fujian/jinan/2023');
const asOf = '2023-12-15';

// 3. Assess: income (A33, A34, A37, A38) with the decision record that makes it reproducible.
const { record: decision, income } = assessHousehold(household, profile, { asOf });
console.log(`profile ${decision.profile.id} (${decision.profile.hash.slice(0, 12)}…), as of ${decision.asOf}`);
console.log(`A34 ${income.perCapitaNetIncome}  A38 ${income.perCapitaReferenceIncome}  period ${income.period?.from}..${income.period?.to}`);

// 4. Identification: identified, to verify, not identified or undetermined? which category? and why.
const monitoring = classifyMonitoring(household, profile, { asOf });
console.log(`outcome ${monitoring.outcome}, category ${monitoring.category}`);
for (const f of monitoring.findings) {
  const cites = f.citations.map((c) => `${c.doc} ${c.clause}`).join('; ');
  console.log(`  [${f.outcome}] ${f.rule}: ${f.message.zh}  (${cites})`);
}

// 5. Data quality: problems to fix before the record goes to the national system.
for (const issue of checkDataQuality(household, profile, { asOf })) {
  console.log(`  ${issue.severity} ${issue.code} ${issue.path}: ${issue.message.zh}`);
}
// #endregion
