/**
 * A test profile: Linzi (shandong/linzi/2023) with its county's rural per-capita disposable income
 * supplied (`countyRuralIncome`, which no built-in profile sets; the value and its bulletin are made
 * up for tests), in force 2022-10-01..2023-12-31 — what criterion 1 of the policy-status rules reads.
 *
 * @module
 */
import { defineProfile } from '../../src/index.js';

/** The made-up statistical bulletin the value cites. */
export const COUNTY_INCOME_DOC = { id: '临淄区统计公报（测试）', issuer: '临淄区统计局', title: '2022年国民经济和社会发展统计公报', region: '山东省淄博市临淄区' };

/**
 * Linzi with `countyRuralIncome` 25000, in force 2022-10-01..2023-12-31, cited to {@link COUNTY_INCOME_DOC} clause 五.
 *
 * @example
 * classifyPolicyStatus(h, LINZI_WITH_COUNTY_INCOME) // criterion 1 compares with 25000
 */
export const LINZI_WITH_COUNTY_INCOME = defineProfile({
  id: 'test/linzi-county-income/2023',
  extends: 'shandong/linzi/2023',
  title: { zh: '临淄（补充农民人均可支配收入）', en: 'Linzi with the county rural income' },
  documents: [COUNTY_INCOME_DOC],
  parameters: { countyRuralIncome: [{ from: '2022-10-01', to: '2023-12-31', value: '25000', citation: { doc: COUNTY_INCOME_DOC.id, clause: '五' } }] },
});
