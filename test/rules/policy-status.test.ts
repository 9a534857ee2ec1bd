import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { classifyPolicyStatus, defineProfile, getProfile, parseHousehold, RULES, type Finding, type Household } from '../../src/index.js';
import { POLICY_STATUS_RULES } from '../../src/rules/policy-status/index.js';
import { policyStatusParameters } from '../../src/profile/parameters/policy-status.js';
import { builtinValues } from '../../src/profile/builtin/profiles.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { household } from '../builders.js';
import { householdArb } from '../arbitraries.js';
import { seedText } from '../support/seeds.js';
import { COUNTY_INCOME_DOC, LINZI_WITH_COUNTY_INCOME } from '../support/linzi-county-income.js';

const linzi = getProfile('shandong/linzi/2023');
const countyDoc = COUNTY_INCOME_DOC;
/** Linzi with its county's rural per-capita disposable income supplied (the value is made up for the test). */
const linziWithCounty = LINZI_WITH_COUNTY_INCOME;

/** Every retention fact recorded as absent, every criterion fact recorded as absent. */
const clean = {
  povertyAlleviated: true,
  members: [
    { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', dibao: false },
    { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'chronic', labour: 'ordinary', dibao: false },
  ],
  income: { wage: '20000', operating: '0', property: '0', transfer: '0', operatingExpense: '0' },
  assets: {
    luxuryCar: false,
    urbanCommercialHousing: false,
    cashResettlementExempt: false,
    companyWithEmployees: false,
    publicPayrollMember: false,
    separatedChildPublicPayroll: false,
    separatedChildCompany: false,
    separatedChildrenAbleToSupport: false,
  },
  policyReview: { causeOfPovertyGone: false, conditionsNotBelowOrdinary: false, largeMedicalOutOfPocket: false, disasterOrAccidentHardship: false },
};
const h = (over: Record<string, unknown> = {}) => household({ ...clean, ...over, assets: { ...clean.assets, ...((over.assets as object) ?? {}) }, policyReview: { ...clean.policyReview, ...((over.policyReview as object) ?? {}) } });
const by = (r: { findings: Finding[] }, rule: string) => r.findings.find((f) => f.rule === rule);

describe('S000 附件2: the eight criteria', () => {
  it.each([
    ['第2条 致贫原因消失且条件不低于一般农户', { policyReview: { causeOfPovertyGone: true, conditionsNotBelowOrdinary: true } }, 'policy-status.criterion.cause-gone'],
    ['第3条 高档乘用车辆', { assets: { luxuryCar: true } }, 'policy-status.criterion.luxury-car'],
    ['第4条 城镇商品房', { assets: { urbanCommercialHousing: true } }, 'policy-status.criterion.urban-commercial-housing'],
    ['第5条 注册公司并雇工', { assets: { companyWithEmployees: true } }, 'policy-status.criterion.company-with-employees'],
    ['第6条 成员为财政供养人员', { assets: { publicPayrollMember: true } }, 'policy-status.criterion.public-payroll'],
    ['第6条 分户子女及配偶为财政供养人员', { assets: { separatedChildPublicPayroll: true } }, 'policy-status.criterion.public-payroll'],
    ['第7条 分户子女家庭开公司收益较高', { assets: { separatedChildCompany: true } }, 'policy-status.criterion.separated-child-company'],
    ['第8条 分户子女赡养能力强', { assets: { separatedChildrenAbleToSupport: true } }, 'policy-status.criterion.separated-children-support'],
  ])('S000 附件2 %s: with no retention condition the household is 脱贫不享受政策', (_, over, id) => {
    const r = classifyPolicyStatus(h(over), linzi);
    expect(r).toMatchObject({ status: 'not-enjoying', criteriaMet: [id], retainedBy: [], missing: [] });
    expect(by(r, id)!.outcome).toBe('met');
    expect(by(r, 'policy-status.decision')!.outcome).toBe('met');
  });
  it('S000 附件2: a 脱贫户 meeting no criterion stays 脱贫享受政策', () => {
    const r = classifyPolicyStatus(h(), linziWithCounty);
    expect(r).toMatchObject({ status: 'enjoying', criteriaMet: [], retainedBy: [], unverified: [] });
    expect(by(r, 'policy-status.procedure')).toBeUndefined();
  });
  it('S000 附件2 第2条: the cause of poverty gone is not enough while conditions are below an ordinary household', () => {
    expect(classifyPolicyStatus(h({ policyReview: { causeOfPovertyGone: true } }), linziWithCounty).status).toBe('enjoying');
  });
  it('S000 附件2 第4条: housing bought through cash resettlement (货币化安置) is exempt', () => {
    expect(classifyPolicyStatus(h({ assets: { urbanCommercialHousing: true, cashResettlementExempt: true } }), linziWithCounty)).toMatchObject({ status: 'enjoying', criteriaMet: [] });
  });
  it('S000 附件2 第1条: A34 reaching the county rural income (25000.00, exactly) makes the household 不享受政策', () => {
    // A34 = 50000.00 ÷ 2 = 25000.00: "达到" includes equality
    const r = classifyPolicyStatus(h({ income: { ...clean.income, wage: '50000' } }), linziWithCounty);
    expect(r).toMatchObject({ status: 'not-enjoying', criteriaMet: ['policy-status.criterion.income'] });
    expect(by(r, 'policy-status.criterion.income')).toMatchObject({ outcome: 'met', values: { figure: 'A34', A34: '25000.00', A33: '50000.00', countyRuralIncome: '25000.00', reaches: true } });
    expect(by(r, 'policy-status.criterion.income')!.citations).toContainEqual({ doc: countyDoc.id, clause: '五' });
  });
  it('S000 附件2 第1条: A34 of 24999.99 does not reach the county rural income', () => {
    const r = classifyPolicyStatus(h({ income: { ...clean.income, wage: '49999.98' } }), linziWithCounty);
    expect(r).toMatchObject({ status: 'enjoying', criteriaMet: [] });
    expect(by(r, 'policy-status.criterion.income')!.values).toMatchObject({ A34: '24999.99', reaches: false });
  });
  it('S000 附件2 第1条: with the county income unset, criterion 1 is undetermined (no exception) and the others still decide', () => {
    const enjoying = classifyPolicyStatus(h({ income: { ...clean.income, wage: '500000' } }), linzi);
    expect(enjoying).toMatchObject({ status: 'enjoying', unverified: ['policy-status.criterion.income'] });
    expect(by(enjoying, 'policy-status.criterion.income')).toMatchObject({ outcome: 'undetermined', missing: ['profile.parameters.countyRuralIncome'] });
    expect(classifyPolicyStatus(h({ assets: { luxuryCar: true } }), linzi)).toMatchObject({ status: 'not-enjoying', criteriaMet: ['policy-status.criterion.luxury-car'] });
  });
  it('criteria whose facts are not on record are listed as unverified and remove nobody\'s support', () => {
    const r = classifyPolicyStatus(household({ povertyAlleviated: true }), linziWithCounty);
    expect(r.status).toBe('enjoying');
    expect(r.unverified).toContain('policy-status.criterion.luxury-car');
  });
});

describe('S000 附件2: the four retention conditions', () => {
  const car = { assets: { luxuryCar: true } };
  it('S000 附件2 保留条件1: a member on 低保 keeps the household 脱贫享受政策', () => {
    const members = [{ ...clean.members[0], dibao: true }, clean.members[1]];
    const r = classifyPolicyStatus(h({ ...car, members }), linzi);
    expect(r).toMatchObject({ status: 'enjoying', criteriaMet: ['policy-status.criterion.luxury-car'], retainedBy: ['policy-status.retention.dibao'] });
    expect(by(r, 'policy-status.retention.dibao')!.values.membersReceivingDibao).toEqual(['members[0]']);
  });
  it('S000 附件2 保留条件2: serious illness with large out-of-pocket costs keeps it', () => {
    const members = [{ ...clean.members[0], health: 'serious-illness' }, clean.members[1]];
    expect(classifyPolicyStatus(h({ ...car, members, policyReview: { largeMedicalOutOfPocket: true } }), linzi).retainedBy).toEqual(['policy-status.retention.serious-illness']);
  });
  it('S000 附件2 保留条件2: serious illness whose costs are covered does not', () => {
    const members = [{ ...clean.members[0], health: 'serious-illness' }, clean.members[1]];
    expect(classifyPolicyStatus(h({ ...car, members }), linzi)).toMatchObject({ status: 'not-enjoying', retainedBy: [] });
  });
  it('S000 附件2 保留条件3: a member with disability grade 2 (重度) keeps it; grade 3 does not', () => {
    const grade = (g: 2 | 3) => [{ ...clean.members[0], health: 'disabled', disabilityGrade: g }, clean.members[1]];
    expect(classifyPolicyStatus(h({ ...car, members: grade(2) }), linzi).retainedBy).toEqual(['policy-status.retention.severe-disability']);
    expect(classifyPolicyStatus(h({ ...car, members: grade(3) }), linzi)).toMatchObject({ status: 'not-enjoying', retainedBy: [] });
  });
  it('S000 附件2 保留条件4: hardship from a disaster or accident keeps it', () => {
    expect(classifyPolicyStatus(h({ ...car, policyReview: { disasterOrAccidentHardship: true } }), linzi).retainedBy).toEqual(['policy-status.retention.disaster-or-accident']);
  });
  it('a retention condition that could hold but is not on record leaves the status undetermined, naming the facts', () => {
    const members = [{ ...clean.members[0], dibao: undefined, health: 'disabled' }, clean.members[1]];
    const r = classifyPolicyStatus(h({ ...car, members }), linzi);
    expect(r).toMatchObject({ outcome: 'undetermined', status: null, criteriaMet: ['policy-status.criterion.luxury-car'], toVerify: [] });
    expect(r.missing).toEqual(['members[0].dibao', 'members[0].disabilityGrade']);
  });
  it('issue 11: S000 附件2 保留条件2/4 — a criterion met on the record with the retention facts of the visit unrecorded is to verify, naming them', () => {
    const r = classifyPolicyStatus(h({ ...car, policyReview: { largeMedicalOutOfPocket: undefined, disasterOrAccidentHardship: undefined }, members: [{ ...clean.members[0], health: 'serious-illness' }, clean.members[1]] }), linzi);
    expect(r).toMatchObject({ outcome: 'to-verify', status: null, criteriaMet: ['policy-status.criterion.luxury-car'] });
    expect(r.toVerify.map((v) => [v.rule, v.facts.map((f) => f.field)])).toEqual([
      ['policy-status.retention.serious-illness', ['policyReview.largeMedicalOutOfPocket']],
      ['policy-status.retention.disaster-or-accident', ['policyReview.disasterOrAccidentHardship']],
    ]);
    expect(r.toVerify[0]!.citations).toContainEqual({ doc: '临稷办发〔2023〕76号', clause: '附件2 保留条件第2条' });
  });
  it('retention conditions are only examined when a criterion is met', () => {
    const r = classifyPolicyStatus(h(), linziWithCounty);
    expect(r.findings.some((f) => f.rule.startsWith('policy-status.retention.'))).toBe(false);
  });
});

describe('scope and procedure', () => {
  it('S000 附件2: an 一般农户 is not reviewed (status null, with a finding)', () => {
    const r = classifyPolicyStatus(h({ povertyAlleviated: false }), linzi);
    expect(r).toMatchObject({ outcome: 'not-applicable', status: null, criteriaMet: [], missing: [] });
    expect(by(r, 'policy-status.scope')!.outcome).toBe('not-met');
  });
  it('only S000 states the review: Longkou and the national base do not apply it', () => {
    for (const [id, asOf] of [['shandong/longkou/2021', '2021-06-18'], ['national/2021', '2023-10-01'], ['fujian/jinan/2023', '2023-10-01']] as const) {
      const r = classifyPolicyStatus(h({ assets: { luxuryCar: true } }), getProfile(id), { asOf });
      expect(r.status, id).toBeNull();
      expect(by(r, 'policy-status.scope')!.message.en, id).toContain('does not apply');
    }
  });
  it('a profile extending national/2021 may opt in to the review', () => {
    const review = linzi.parameters.policyStatusReview![0]!;
    const county = defineProfile({
      id: 'test/opt-in/2023',
      extends: 'national/2021',
      title: { zh: '某县', en: 'a county' },
      parameters: { policyStatusReview: [{ from: '2022-10-01', value: review.value, citation: { doc: '临稷办发〔2023〕76号', clause: '附件2' } }] },
    });
    expect(classifyPolicyStatus(h({ assets: { luxuryCar: true } }), county, { asOf: '2023-10-01' }).status).toBe('not-enjoying');
  });
  it('S000 §一(三): a new 不享受政策 label carries the procedure 民主评议—乡镇审核—村级公示（公示期5天）', () => {
    const r = classifyPolicyStatus(h({ assets: { luxuryCar: true } }), linzi);
    expect(by(r, 'policy-status.procedure')).toMatchObject({ outcome: 'info', values: { steps: ['民主评议', '乡镇审核', '村级公示（公示期5天）'] } });
    expect(by(r, 'policy-status.procedure')!.message.zh).toContain('民主评议—乡镇审核—村级公示（公示期5天）');
  });
  it('a household already labelled 不享受政策 keeps that status (附件2 states no way back) and needs no new procedure', () => {
    const r = classifyPolicyStatus(h({ policyStatus: 'not-enjoying' }), linziWithCounty);
    expect(r.status).toBe('not-enjoying');
    expect(by(r, 'policy-status.procedure')).toBeUndefined();
  });
});

describe('rule headers and parameters', () => {
  it('every policy-status rule is registered in the catalog under a unique id', () => {
    const ids = RULES.map((r) => r.id);
    for (const r of POLICY_STATUS_RULES) expect(ids.filter((id) => id === r.id)).toHaveLength(1);
  });
  it('every quote in the policy-status rules and parameters is verbatim from S000 (sources/)', () => {
    const text = seedText('临稷办发〔2023〕76号')!;
    const quotes = [
      ...POLICY_STATUS_RULES.flatMap((r) => r.citations.map((c) => c.quote ?? '')),
      ...Object.values(policyStatusParameters).flatMap((d) => Object.values(builtinValues(d.key)).flatMap((hs) => hs.map((v) => v.citation.quote ?? ''))),
    ].filter((q) => q.length > 0);
    expect(quotes.length).toBeGreaterThan(12);
    for (const q of quotes) expect(text.includes(q), q).toBe(true);
  });
});

// --- properties ---------------------------------------------------------------------------------

const parsed = (input: unknown): Household => {
  const r = parseHousehold(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.household;
};
const assetsArb = fc.record(
  {
    luxuryCar: fc.boolean(),
    urbanCommercialHousing: fc.boolean(),
    cashResettlementExempt: fc.boolean(),
    companyWithEmployees: fc.boolean(),
    publicPayrollMember: fc.boolean(),
    separatedChildPublicPayroll: fc.boolean(),
    separatedChildCompany: fc.boolean(),
    separatedChildrenAbleToSupport: fc.boolean(),
  },
  { requiredKeys: [] },
);
const reviewArb = fc.record(
  { causeOfPovertyGone: fc.boolean(), conditionsNotBelowOrdinary: fc.boolean(), largeMedicalOutOfPocket: fc.boolean(), disasterOrAccidentHardship: fc.boolean() },
  { requiredKeys: [] },
);
const profiles = fc.constantFrom(linzi, linziWithCounty);
/** Support kept: enjoying > undetermined > not-enjoying. */
const support = (s: string | null) => (s === 'enjoying' ? 2 : s === null ? 1 : 0);

describe('policy-status properties', () => {
  test.prop([householdArb, assetsArb, reviewArb, profiles])('results are deterministic and survive a JSON round trip', (input, assets, policyReview, profile) => {
    const hh = parsed({ ...input, assets, policyReview });
    const r = classifyPolicyStatus(hh, profile);
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
    expect(classifyPolicyStatus(hh, profile)).toStrictEqual(r);
  });
  test.prop([householdArb, assetsArb, reviewArb, profiles, fc.infiniteStream(fc.nat())])('member order never changes the result', (input, assets, policyReview, profile, keys) => {
    const hh = parsed({ ...input, assets, policyReview });
    const shuffled = [...hh.members].map((m) => ({ m, k: keys.next().value })).sort((a, b) => a.k - b.k).map((x) => x.m);
    const a = classifyPolicyStatus(hh, profile);
    const b = classifyPolicyStatus({ ...hh, members: shuffled }, profile);
    expect([b.status, b.criteriaMet, b.retainedBy, b.unverified, b.missing.length]).toEqual([a.status, a.criteriaMet, a.retainedBy, a.unverified, a.missing.length]);
  });
  test.prop([householdArb, assetsArb, reviewArb, profiles])('a retention fact (低保) never takes support away', (input, assets, policyReview, profile) => {
    const before = classifyPolicyStatus(parsed({ ...input, povertyAlleviated: true, assets, policyReview }), profile);
    const members = input.members.map((m, i) => (i === 0 ? { ...m, dibao: true } : m));
    const after = classifyPolicyStatus(parsed({ ...input, povertyAlleviated: true, members, assets, policyReview }), profile);
    expect(support(after.status)).toBeGreaterThanOrEqual(support(before.status));
  });
  test.prop([householdArb, assetsArb, reviewArb, profiles])('recording a criterion fact never grants support', (input, assets, policyReview, profile) => {
    const before = classifyPolicyStatus(parsed({ ...input, povertyAlleviated: true, policyReview }), profile);
    const after = classifyPolicyStatus(parsed({ ...input, povertyAlleviated: true, assets, policyReview }), profile);
    if (before.status === 'not-enjoying') expect(after.status).toBe('not-enjoying');
  });
  test.prop([householdArb, assetsArb, profiles])('no message contains an unmasked ID number', (input, assets, profile) => {
    const hh = parsed({ ...input, assets, members: input.members.map((m, i) => ({ ...m, idNumber: `44052418800101${String(1000 + i)}` })) });
    for (const f of classifyPolicyStatus(hh, profile).findings) expect(containsUnmaskedIdNumber(f.message.zh) || containsUnmaskedIdNumber(f.message.en)).toBe(false);
  });
});
