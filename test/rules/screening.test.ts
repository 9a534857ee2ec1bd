import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { defineProfile, getProfile, listProfiles, parseHousehold, RULES, screenHousehold, type HouseholdInput } from '../../src/index.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { household, merge } from '../builders.js';
import { householdArb } from '../arbitraries.js';
import { addSorted } from '../../src/rules/screening/index.js';

const linzi = getProfile('shandong/linzi/2023');
const jinan = getProfile('fujian/jinan/2023');
const xiaozhongdian = getProfile('yunnan/xiaozhongdian/2021');
const wuqingyuan = getProfile('gansu/wuqingyuan/2023');
const longkou = getProfile('shandong/longkou/2021');

function parse(input: unknown) {
  const r = parseHousehold(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.household;
}

/** The default household as input JSON, with members changed by `edit`. */
function withMembers(over: Record<string, unknown>, edit: (m: HouseholdInput['members']) => void) {
  const input = JSON.parse(JSON.stringify(household(over))) as HouseholdInput;
  edit(input.members);
  return parse(input);
}

const groupOf = (r: ReturnType<typeof screenHousehold>, id: string) => r.findings.find((f) => f.rule === `screening.${id}`)!;

// The default household: 3 people, A33 = 24000 + 6000 + 0 + 1200 − 2000 = 29200.00, A34 = 9733.33;
// the son (2010) is in 八年级.

describe('S000 §一(二) (Linzi 2023)', () => {
  const asOf = { asOf: '2023-11-20' };
  it('S000 §一(二) 今年以来新增低保、大病、残疾同时有学生: a new 低保 in March 2023 with a pupil in the household is a focus', () => {
    const r = screenHousehold(household({ events: [{ kind: 'new-dibao', on: '2023-03-01' }] }), linzi, asOf);
    expect(r.groups).toContain('new-hardship-with-student');
    expect(r.window).toEqual({ from: '2023-01-01', to: '2023-11-20' });
    expect(groupOf(r, 'new-hardship-with-student').citations).toEqual([{ doc: '临稷办发〔2023〕76号', clause: '一(二)' }]);
  });
  it('S000 §一(二) 今年以来: a new 低保 in December 2022 is not "this year"; nor one after the as-of date', () => {
    expect(screenHousehold(household({ events: [{ kind: 'new-dibao', on: '2022-12-20' }] }), linzi, asOf).groups).not.toContain('new-hardship-with-student');
    expect(screenHousehold(household({ events: [{ kind: 'new-dibao', on: '2023-11-25' }] }), linzi, asOf).groups).not.toContain('new-hardship-with-student');
  });
  it('S000 §一(二) 同时有学生: without a student the new 低保 alone is not this group', () => {
    const h = withMembers({ events: [{ kind: 'new-disability', on: '2023-03-01' }] }, (ms) => {
      delete ms[2]!.schoolStatus;
    });
    expect(groupOf(screenHousehold(h, linzi, asOf), 'new-hardship-with-student').outcome).toBe('not-met');
  });
  it('S000 §一(二) 医疗费用较高且需持续治疗: a seriously ill member and large medical spending this year', () => {
    const h = withMembers({ events: [{ kind: 'large-medical-spending', on: '2023-05-10' }] }, (ms) => {
      ms[0]!.health = 'serious-illness';
    });
    expect(screenHousehold(h, linzi, asOf).groups).toContain('high-medical-cost');
    const cheap = withMembers({ policyReview: { largeMedicalOutOfPocket: false } }, (ms) => {
      ms[0]!.health = 'chronic';
    });
    expect(groupOf(screenHousehold(cheap, linzi, asOf), 'high-medical-cost').outcome).toBe('not-met');
    expect(groupOf(screenHousehold(household(), linzi, asOf), 'high-medical-cost').outcome).toBe('not-met');
  });
  it('S000 §一(二) 脱贫不享受政策户内有学生: fires for 不享受政策, not for 享受政策, undetermined without the status', () => {
    expect(screenHousehold(household({ povertyAlleviated: true, policyStatus: 'not-enjoying' }), linzi, asOf).groups).toContain('not-enjoying-with-burden');
    expect(groupOf(screenHousehold(household({ povertyAlleviated: true, policyStatus: 'enjoying' }), linzi, asOf), 'not-enjoying-with-burden').outcome).toBe('not-met');
    const r = screenHousehold(household({ povertyAlleviated: true }), linzi, asOf);
    expect(groupOf(r, 'not-enjoying-with-burden')).toMatchObject({ outcome: 'undetermined', missing: ['policyStatus'] });
  });
  it('S000 §一(二) 务工不稳定: an unstable-work event this year, or the risk type on record', () => {
    expect(screenHousehold(household({ events: [{ kind: 'job-loss', on: '2023-06-01' }] }), linzi, asOf).groups).toContain('unstable-work');
    expect(screenHousehold(household({ riskTypes: ['unstable-employment'] }), linzi, asOf).groups).toContain('unstable-work');
    expect(groupOf(screenHousehold(household(), linzi, asOf), 'unstable-work').outcome).toBe('not-met');
  });
  it('S000 §一(二) 收入下降明显: no number is given — a fall (10000 → 9733.33) is undetermined, a rise is not in the group', () => {
    const fell = screenHousehold(household({ previousPerCapitaNetIncome: '10000' }), linzi, asOf);
    expect(groupOf(fell, 'income-decline')).toMatchObject({ outcome: 'undetermined', missing: ['parameters.screeningIncomeDecline'], values: { A34: '9733.33', exact: '9733.333…', previous: '10000.00', changePercent: '-2.67' } });
    expect(fell.undetermined).toContain('income-decline');
    const rose = screenHousehold(household({ previousPerCapitaNetIncome: '9000' }), linzi, asOf);
    expect(groupOf(rose, 'income-decline').outcome).toBe('not-met');
    expect(groupOf(screenHousehold(household(), linzi, asOf), 'income-decline').missing).toEqual(['previousPerCapitaNetIncome']);
  });
  it('收入下降明显 with a size a county supplies (20%): 12500 → 9733.33 (−22.13%) is a clear fall, 12000 → 9733.33 (−18.89%) is not', () => {
    const county = defineProfile({
      id: 'test/linzi-decline/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '测试', en: 'test' },
      documents: [{ id: 'test-county-notice', issuer: '测试', title: '测试用通知', region: '测试' }],
      parameters: { screeningIncomeDecline: [{ from: '2023-01-01', value: 20, citation: { doc: 'test-county-notice', clause: '一' } }] },
    });
    const clear = screenHousehold(household({ previousPerCapitaNetIncome: '12500' }), county, asOf);
    expect(groupOf(clear, 'income-decline')).toMatchObject({ outcome: 'met', values: { changePercent: '-22.13', threshold: 20 } });
    expect(groupOf(clear, 'income-decline').citations).toContainEqual({ doc: 'test-county-notice', clause: '一' });
    expect(groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '12000' }), county, asOf), 'income-decline')).toMatchObject({ outcome: 'not-met', values: { changePercent: '-18.89' } });
  });
});

describe('S001 §一(一) (Jin’an 2023)', () => {
  const asOf = { asOf: '2023-12-15' };
  const allKnown = (ms: HouseholdInput['members']) => {
    for (const m of ms) {
      m.dibao = false;
      m.tekun = false;
    }
  };
  it('S001 §一(一) 存量农村低保对象、分散供养特困人员: a member on 低保 puts the household in the group; none does not', () => {
    const on = withMembers({}, (ms) => {
      allKnown(ms);
      ms[0]!.dibao = true;
    });
    expect(screenHousehold(on, jinan, asOf).groups).toContain('dibao-or-tekun');
    expect(groupOf(screenHousehold(withMembers({}, allKnown), jinan, asOf), 'dibao-or-tekun').outcome).toBe('not-met');
    expect(groupOf(screenHousehold(household(), jinan, asOf), 'dibao-or-tekun')).toMatchObject({ outcome: 'undetermined', missing: ['members[].dibao', 'members[].tekun'] });
  });
  it('S001 §一(一) 今年以来新增或新申请…特困人员以及重度残疾人: a 特困 application this year fires; one in 2022 does not', () => {
    expect(screenHousehold(household({ events: [{ kind: 'tekun-application', on: '2023-08-01' }] }), jinan, asOf).groups).toContain('new-dibao-tekun-severe-disability');
    expect(screenHousehold(household({ events: [{ kind: 'new-severe-disability', on: '2023-02-01' }] }), jinan, asOf).groups).toContain('new-dibao-tekun-severe-disability');
    expect(screenHousehold(household({ events: [{ kind: 'tekun-application', on: '2022-08-01' }] }), jinan, asOf).groups).not.toContain('new-dibao-tekun-severe-disability');
  });
  it('S001 §一(一) 刚性支出较大影响基本生活: recorded rigid spending affecting basic needs fires; spending below last year\'s income does not', () => {
    expect(screenHousehold(household({ hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true } }), jinan, asOf).groups).toContain('rigid-spending');
    expect(groupOf(screenHousehold(household({ hardship: { rigidSpendingExceedsIncome: false } }), jinan, asOf), 'rigid-spending').outcome).toBe('not-met');
  });
  it('S001 §一(一) 多次申报或预警未纳入监测帮扶: two applications without inclusion fire; one does not; a monitored household does not', () => {
    const twice = { events: [{ kind: 'application', on: '2022-05-01' }, { kind: 'application', on: '2023-04-01' }] };
    const r = screenHousehold(household(twice), jinan, asOf);
    expect(r.groups).toContain('repeated-application-not-included');
    expect(groupOf(r, 'repeated-application-not-included').values).toEqual({ applicationsAndWarnings: 2, minimum: 2, monitored: false });
    expect(screenHousehold(household({ events: [{ kind: 'application', on: '2023-04-01' }] }), jinan, asOf).groups).not.toContain('repeated-application-not-included');
    const warned = { events: [{ kind: 'application', on: '2023-04-01' }, { kind: 'large-medical-spending', on: '2023-06-01', departmentWarning: true }] };
    expect(screenHousehold(household(warned), jinan, asOf).groups).toContain('repeated-application-not-included');
    const monitored = household({ ...twice, monitoring: { category: 'marginal', identifiedOn: '2023-05-01' } });
    expect(screenHousehold(monitored, jinan, asOf).groups).not.toContain('repeated-application-not-included');
  });
  it('S001 §一(一) 收入偏低: no limit is given, so the group is undetermined and says so', () => {
    const f = groupOf(screenHousehold(household(), jinan, asOf), 'low-income');
    expect(f).toMatchObject({ outcome: 'undetermined', missing: ['parameters.screeningLowIncome'] });
    expect(f.message.zh).toContain('未给出界限');
  });
  it('收入偏低 with a limit a county supplies (10000 per head): 9733.33 fires, 11733.33 does not', () => {
    const county = defineProfile({
      id: 'test/jinan-low/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试', en: 'test' },
      documents: [{ id: 'test-county-notice', issuer: '测试', title: '测试用通知', region: '测试' }],
      parameters: { screeningLowIncome: [{ from: '2023-01-01', value: { amount: '10000', basis: 'per-capita-net' }, citation: { doc: 'test-county-notice', clause: '二' } }] },
    });
    expect(groupOf(screenHousehold(household(), county, asOf), 'low-income')).toMatchObject({ outcome: 'met', values: { A34: '9733.33', exact: '9733.333…', amount: '10000.00' } });
    // 30000 + 6000 + 1200 − 2000 = 35200.00 ÷ 3 = 11733.33
    expect(groupOf(screenHousehold(household({ income: { wage: '30000' } }), county, asOf), 'low-income').outcome).toBe('not-met');
  });
  it('S001 §一(一) 产业失败 / 突发意外事故: events this year fire; nothing on record does not', () => {
    const r = screenHousehold(household({ events: [{ kind: 'industry-failure', on: '2023-07-01' }, { kind: 'accident', on: '2023-09-01' }] }), jinan, asOf);
    expect(r.groups).toEqual(expect.arrayContaining(['industry-failure', 'accident']));
    const none = screenHousehold(household(), jinan, asOf);
    expect(groupOf(none, 'industry-failure').outcome).toBe('not-met');
    expect(groupOf(none, 'accident').outcome).toBe('not-met');
  });
});

describe('S002 §二 the "four kinds of people" (Xiaozhongdian 2021)', () => {
  const asOf = { asOf: '2021-10-20' };
  const low = { income: { wage: '10000' } }; // 15200.00 ÷ 3 = 5066.67 < 6000
  it('S002 §二 脱贫人口、监测对象: every 脱贫户 and every monitoring object is screened', () => {
    expect(screenHousehold(household({ povertyAlleviated: true }), xiaozhongdian, asOf).groups).toContain('poverty-alleviated');
    const m = screenHousehold(household({ monitoring: { category: 'marginal', identifiedOn: '2021-03-01', eliminated: { method: 'assisted', on: '2021-09-01' } } }), xiaozhongdian, asOf);
    expect(m.groups).toContain('monitored');
    expect(screenHousehold(household(), xiaozhongdian, asOf).groups).not.toContain('poverty-alleviated');
  });
  it('S002 §二 一般户…人均纯收入低于监测底线<6000元>: 5066.67 fires; 9733.33 does not; a 脱贫户 is not an 一般户', () => {
    const r = screenHousehold(household(low), xiaozhongdian, asOf);
    expect(r.groups).toContain('ordinary-below-line');
    // 17999.99 ÷ 3 = 5999.996…: below the floor although it rounds to 6000.00, and shown so.
    const justBelow = groupOf(screenHousehold(household({ income: { wage: '12799.99' } }), xiaozhongdian, asOf), 'ordinary-below-line');
    expect(justBelow.outcome).toBe('met');
    expect(justBelow.message.zh).toContain('A34 5999.996… 元 < 监测线 6000.00 元');
    expect(groupOf(r, 'ordinary-below-line').values).toEqual({ basis: 'per-capita-net', A34: '5066.67', exact: '5066.666…', A33: '15200.00', householdSize: 3, amount: '6000.00', lineTimesSize: '18000.00', relation: '<', comparison: 'exact' });
    expect(groupOf(r, 'ordinary-below-line').message.zh).toBe('一般户，家庭人均纯收入 A34 5066.666… 元 < 监测线 6000.00 元（A33 15200.00 元 < 6000.00 元 × 3 人 = 18000.00 元）');
    expect(groupOf(screenHousehold(household(), xiaozhongdian, asOf), 'ordinary-below-line').outcome).toBe('not-met');
    expect(groupOf(screenHousehold(household({ ...low, povertyAlleviated: true }), xiaozhongdian, asOf), 'ordinary-below-line').outcome).toBe('not-met');
  });
  it('S002 §二 低保户: an 一般户 with a member on 低保 fires; with none it does not', () => {
    const on = withMembers({}, (ms) => {
      for (const m of ms) m.dibao = false;
      ms[0]!.dibao = true;
    });
    expect(screenHousehold(on, xiaozhongdian, asOf).groups).toContain('ordinary-dibao');
    const off = withMembers({}, (ms) => {
      for (const m of ms) m.dibao = false;
    });
    expect(groupOf(screenHousehold(off, xiaozhongdian, asOf), 'ordinary-dibao').outcome).toBe('not-met');
    expect(groupOf(screenHousehold(household(), xiaozhongdian, asOf), 'monitored').outcome).toBe('not-met');
  });
  it('S002 §二 整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭', () => {
    const none = withMembers({}, (ms) => {
      for (const m of ms) m.labour = 'none';
    });
    expect(screenHousehold(none, xiaozhongdian, asOf).groups).toContain('ordinary-no-labour');
    const partly = withMembers({ hardship: { noStableIncomeFromWork: true } }, (ms) => {
      ms[1]!.labour = 'lost';
    });
    expect(screenHousehold(partly, xiaozhongdian, asOf).groups).toContain('ordinary-no-labour');
    expect(groupOf(screenHousehold(household(), xiaozhongdian, asOf), 'ordinary-no-labour').outcome).toBe('not-met');
  });
  it('S002 §二 大病重病和负担较重的慢性病患者; 残疾人等特殊群体的家庭', () => {
    const ill = withMembers({}, (ms) => {
      ms[0]!.health = 'serious-illness';
    });
    expect(screenHousehold(ill, xiaozhongdian, asOf).groups).toContain('ordinary-illness');
    const chronic = withMembers({ policyReview: { largeMedicalOutOfPocket: false } }, (ms) => {
      ms[0]!.health = 'chronic';
    });
    expect(groupOf(screenHousehold(chronic, xiaozhongdian, asOf), 'ordinary-illness').outcome).toBe('not-met');
    const disabled = withMembers({}, (ms) => {
      ms[1]!.health = 'disabled';
    });
    expect(screenHousehold(disabled, xiaozhongdian, asOf).groups).toContain('ordinary-disability');
    expect(groupOf(screenHousehold(household(), xiaozhongdian, asOf), 'ordinary-disability').outcome).toBe('not-met');
  });
  it('S002 §二 今年以来…导致生活出现严重困难的人口: severe difficulty on record fires; its absence is undetermined, not guessed', () => {
    expect(screenHousehold(household({ hardship: { severeDifficulty: true } }), xiaozhongdian, asOf).groups).toContain('sudden-severe-hardship');
    expect(groupOf(screenHousehold(household({ hardship: { severeDifficulty: false } }), xiaozhongdian, asOf), 'sudden-severe-hardship').outcome).toBe('not-met');
    expect(groupOf(screenHousehold(household(), xiaozhongdian, asOf), 'sudden-severe-hardship')).toMatchObject({ outcome: 'undetermined', missing: ['hardship.severeDifficulty'] });
  });
  it('S002 §三(一)1 各级筛查反馈过预警信息的农户…提交过申请的农户: any earlier warning or application counts; a later one does not', () => {
    expect(screenHousehold(household({ events: [{ kind: 'application', on: '2020-05-01' }] }), xiaozhongdian, asOf).groups).toContain('warned-or-applied');
    expect(screenHousehold(household({ events: [{ kind: 'application', on: '2021-11-01' }] }), xiaozhongdian, asOf).groups).not.toContain('warned-or-applied');
  });
});

describe('S003 §一(二) (Wuqingyuan 2023)', () => {
  const asOf = { asOf: '2023-11-01' };
  // Assessed as of 2023-11-01 the period is the 2023年度 (2022-10-01..2023-09-30): "2022年收入" is the year before it.
  it('S003 §一(二) 2022年收入低于10000元: the 2022年度 figure (上年家庭人均纯收入) decides, not the assessed 2023年度 income', () => {
    // A34 of the assessed period is 9733.333…, below 10000 — it must not decide.
    const above = groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '10000' }), wuqingyuan, asOf), 'income-below-amount');
    expect(above).toMatchObject({ outcome: 'not-met', values: { year: 2022, source: 'previousPerCapitaNetIncome', income: '10000.00', amount: '10000.00', relation: '=' } });
    expect(above.message.zh).toBe('2022年度（2021-10-01 至 2022-09-30）家庭人均纯收入 10000.00 元（上年家庭人均纯收入）= 10000.00 元');
    expect(above.citations).toEqual([{ doc: '党委发〔2023〕70号', clause: '一(二)' }]);
    expect(groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '9999.99', income: { wage: '60000' } }), wuqingyuan, asOf), 'income-below-amount')).toMatchObject({ outcome: 'met', values: { income: '9999.99', relation: '<' } });
  });
  it('S003 §一(二) 2022年收入: without the 2022年度 figure the group is undetermined and names previousPerCapitaNetIncome', () => {
    const r = screenHousehold(household(), wuqingyuan, asOf);
    expect(groupOf(r, 'income-below-amount')).toMatchObject({ outcome: 'undetermined', missing: ['previousPerCapitaNetIncome'], values: { year: 2022, periodEnd: '2022-09-30' } });
    expect(r.undetermined).toContain('income-below-amount');
  });
  it('S003 §一(二) 2022年收入: an income history entry ending 2022-09-30 carries the year (household basis reads its A33)', () => {
    const household10000 = defineProfile({
      id: 'test/wuqingyuan-household/2023',
      extends: 'gansu/wuqingyuan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { screeningIncomeBelow: [{ from: '2023-01-01', to: '2023-12-31', value: { amount: '10000', basis: 'household-net' }, citation: { doc: '党委发〔2023〕70号', clause: '一(二)' } }] },
    });
    const h = household({ incomeHistory: [{ periodEnd: '2022-09-30', netIncome: '9999.99' }] });
    expect(groupOf(screenHousehold(h, household10000, asOf), 'income-below-amount')).toMatchObject({ outcome: 'met', values: { basis: 'household-net', source: 'incomeHistory', income: '9999.99' } });
    expect(groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '3000' }), household10000, asOf), 'income-below-amount')).toMatchObject({ outcome: 'undetermined', missing: ['incomeHistory'] });
  });
  it('S003 §一(二) 2022年收入: a profile may let the assessed period stand in, and the message says so', () => {
    const standIn = defineProfile({
      id: 'test/wuqingyuan-stand-in/2023',
      extends: 'gansu/wuqingyuan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { screeningIncomeYear: [{ from: '2023-01-01', to: '2023-12-31', value: { year: 2022, standIn: 'assessed-period' }, citation: { doc: '党委发〔2023〕70号', clause: '一(二)' } }] },
    });
    const g = groupOf(screenHousehold(household(), standIn, asOf), 'income-below-amount');
    expect(g).toMatchObject({ outcome: 'met', values: { A34: '9733.33', exact: '9733.333…', standIn: 'assessed-period', year: 2022 } });
    expect(g.message.zh).toContain('记录中没有2022年度收入，按配置的解读以本期收入代替');
    // 24800 + 6000 + 1200 − 2000 = 30000.00 ÷ 3 = 10000.00: not below.
    expect(groupOf(screenHousehold(household({ income: { wage: '24800' } }), standIn, asOf), 'income-below-amount').outcome).toBe('not-met');
    // A recorded 2022 figure still wins over the stand-in.
    expect(groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '12000' }), standIn, asOf), 'income-below-amount').outcome).toBe('not-met');
  });
  it('S003 §一(二) 2022年收入: when the assessed period is the year named, its A34 is read (exactly)', () => {
    const year2023 = defineProfile({
      id: 'test/wuqingyuan-2023/2023',
      extends: 'gansu/wuqingyuan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { screeningIncomeYear: [{ from: '2023-01-01', to: '2023-12-31', value: { year: 2023 }, citation: { doc: '党委发〔2023〕70号', clause: '一(二)' } }] },
    });
    const g = groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '20000' }), year2023, asOf), 'income-below-amount');
    expect(g).toMatchObject({ outcome: 'met', values: { A34: '9733.33', exact: '9733.333…', source: 'assessed-period', year: 2023 } });
    expect(g.message.zh).toBe('2023年度（2022-10-01 至 2023-09-30）家庭人均纯收入 A34 9733.333… 元 < 界限 10000.00 元（A33 29200.00 元 < 10000.00 元 × 3 人 = 30000.00 元）');
  });
  it('S003 §一(二) 2022年收入不增反降: the 2022年度 against the 2021年度 — 9733.33 after 10000 fires, and the assessed income does not enter', () => {
    const history = (y2021: string) => [{ periodEnd: '2021-09-30', perCapitaNetIncome: y2021 }];
    const fell = groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '9733.33', incomeHistory: history('10000') }), wuqingyuan, asOf), 'income-not-increased-or-slow');
    expect(fell).toMatchObject({ outcome: 'met', values: { year: 2022, now: '9733.33', nowSource: 'previousPerCapitaNetIncome', previous: '10000.00', previousSource: 'incomeHistory', changePercent: '-2.67' } });
    expect(fell.message.zh).toBe('2022年收入不增反降（变化 -2.67%）（2022年度（2021-10-01 至 2022-09-30）9733.33 元（上年家庭人均纯收入），2021年度（2020-10-01 至 2021-09-30）10000.00 元（往年收入））');
    expect(screenHousehold(household({ previousPerCapitaNetIncome: '9000', incomeHistory: history('9000') }), wuqingyuan, asOf).groups).toContain('income-not-increased-or-slow');
    const rose = screenHousehold(household({ previousPerCapitaNetIncome: '9733.33', incomeHistory: history('9000') }), wuqingyuan, asOf);
    expect(groupOf(rose, 'income-not-increased-or-slow')).toMatchObject({ outcome: 'undetermined', missing: ['parameters.screeningSlowGrowth'], values: { changePercent: '8.15' } });
  });
  it('S003 §一(二) 2022年收入不增反降: the assessed 2023年度 against the 2022年度 is not what the clause asks — without the 2021年度 figure it is undetermined, naming incomeHistory', () => {
    // Before: A34 9733.33 (2023年度) against 10000 (2022年度) was taken as "2022年收入不增反降".
    const g = groupOf(screenHousehold(household({ previousPerCapitaNetIncome: '10000' }), wuqingyuan, asOf), 'income-not-increased-or-slow');
    expect(g).toMatchObject({ outcome: 'undetermined', missing: ['incomeHistory'] });
    expect(g.message.zh).toBe('记录中没有2021年度（2020-10-01 至 2021-09-30）的家庭人均纯收入，请补充往年收入（incomeHistory，periodEnd 2021-09-30，perCapitaNetIncome）');
    expect(groupOf(screenHousehold(household(), wuqingyuan, asOf), 'income-not-increased-or-slow').missing).toEqual(['previousPerCapitaNetIncome', 'incomeHistory']);
  });
  it('增速较慢 with a limit a county supplies: +8.15% is slow under 10%, not under 5%', () => {
    const county = (percent: number) =>
      defineProfile({
        id: `test/wuqingyuan-slow-${percent}/2023`,
        extends: 'gansu/wuqingyuan/2023',
        title: { zh: '测试', en: 'test' },
        documents: [{ id: 'test-county-notice', issuer: '测试', title: '测试用通知', region: '测试' }],
        parameters: { screeningSlowGrowth: [{ from: '2023-01-01', value: percent, citation: { doc: 'test-county-notice', clause: '三' } }] },
      });
    // 2022年度 9733.33 against 2021年度 9000: 9733.33 ÷ 9000 − 1 = +8.15%
    const h = household({ previousPerCapitaNetIncome: '9733.33', incomeHistory: [{ periodEnd: '2021-09-30', perCapitaNetIncome: '9000' }] });
    expect(groupOf(screenHousehold(h, county(10), asOf), 'income-not-increased-or-slow')).toMatchObject({ outcome: 'met', values: { changePercent: '8.15', threshold: 10 } });
    expect(groupOf(screenHousehold(h, county(5), asOf), 'income-not-increased-or-slow').outcome).toBe('not-met');
  });
  it('S003 §一(二) 受灾情影响较大: a disaster this year or a disaster sub-type on record fires', () => {
    expect(screenHousehold(household({ events: [{ kind: 'natural-disaster', on: '2023-07-20' }] }), wuqingyuan, asOf).groups).toContain('disaster-affected');
    expect(screenHousehold(household({ disasterTypes: ['flood'] }), wuqingyuan, asOf).groups).toContain('disaster-affected');
    expect(groupOf(screenHousehold(household(), wuqingyuan, asOf), 'disaster-affected').outcome).toBe('not-met');
  });
  it('S003 §一(二) 新识别和新申请低保: a 低保 application this year fires', () => {
    expect(screenHousehold(household({ events: [{ kind: 'dibao-application', on: '2023-09-01' }] }), wuqingyuan, asOf).groups).toContain('new-dibao-or-application');
    expect(groupOf(screenHousehold(household(), wuqingyuan, asOf), 'new-dibao-or-application').outcome).toBe('not-met');
  });
  it('S003 §一(二) 六必访、六必查: the lists are named, their items are not held, and the result says so', () => {
    const lists = screenHousehold(household(), wuqingyuan, asOf).findings.filter((f) => f.rule === 'screening.checklists');
    expect(lists.map((f) => f.values.checklist)).toEqual(['six-must-visit', 'six-must-check']);
    expect(lists[0]!.message.zh).toContain('条目未提供');
    expect(screenHousehold(household(), jinan, { asOf: '2023-12-15' }).findings.some((f) => f.rule === 'screening.checklists')).toBe(false);
  });
});

describe('S004 §三(三), §二(一) (Longkou 2021)', () => {
  const asOf = { asOf: '2021-11-10' };
  it('S004 §三(三) 部门筛查预警: a 刑事处罚 warning in October fires; one in August is outside the monthly window', () => {
    const r = screenHousehold(household({ events: [{ kind: 'criminal-penalty', on: '2021-10-15', departmentWarning: true }] }), longkou, asOf);
    expect(r.groups).toContain('department-warning');
    expect(r.window).toEqual({ from: '2021-10-01', to: '2021-11-10' });
    expect(screenHousehold(household({ events: [{ kind: 'criminal-penalty', on: '2021-08-15' }] }), longkou, asOf).groups).not.toContain('department-warning');
  });
  it('S004 §三(三): an event the departments do not warn of (job loss) is not a department warning', () => {
    expect(groupOf(screenHousehold(household({ events: [{ kind: 'job-loss', on: '2021-10-15' }] }), longkou, asOf), 'department-warning').outcome).toBe('not-met');
  });
  it('S004 §二(一) 重度残疾人: grade 2 fires, also when only the certificate number states it; grade 3 does not', () => {
    const g2 = withMembers({}, (ms) => {
      ms[1]!.health = 'disabled';
      ms[1]!.disabilityGrade = 2;
    });
    expect(screenHousehold(g2, longkou, asOf).groups).toContain('severe-disability-member');
    const cert = withMembers({}, (ms) => {
      ms[1]!.idNumber = '11010519491231002X42';
    });
    expect(screenHousehold(cert, longkou, asOf).groups).toContain('severe-disability-member');
    const g3 = withMembers({}, (ms) => {
      ms[1]!.health = 'disabled';
      ms[1]!.disabilityGrade = 3;
    });
    expect(groupOf(screenHousehold(g3, longkou, asOf), 'severe-disability-member').outcome).toBe('not-met');
  });
  it('S004 §二(一) 重度残疾人: a member with neither health nor a grade on record may be severely disabled — undetermined, naming both, as the one disability fact reads it (src/facts/disability.ts)', () => {
    const unrecorded = withMembers({}, (ms) => {
      delete ms[1]!.health;
    });
    const r = screenHousehold(unrecorded, longkou, asOf);
    expect(groupOf(r, 'severe-disability-member')).toMatchObject({
      outcome: 'undetermined',
      missing: ['members[].disabilityGrade', 'members[].health'],
      values: { severeDisability: 0, disabledWithoutGrade: 0, healthAndGradeNotRecorded: 1 },
    });
    expect(r.undetermined).toContain('severe-disability-member');
    // A grade on record settles it whatever the health: grade 3 is not severe.
    const graded = withMembers({}, (ms) => {
      delete ms[1]!.health;
      ms[1]!.disabilityGrade = 3;
    });
    expect(groupOf(screenHousehold(graded, longkou, asOf), 'severe-disability-member').outcome).toBe('not-met');
    // Another member with grade 1 decides it.
    const other = withMembers({}, (ms) => {
      delete ms[1]!.health;
      ms[0]!.health = 'disabled';
      ms[0]!.disabilityGrade = 1;
    });
    expect(screenHousehold(other, longkou, asOf).groups).toContain('severe-disability-member');
  });
  it('S004 §二(一) 大病重病患者: a seriously ill member fires', () => {
    const ill = withMembers({}, (ms) => {
      ms[0]!.health = 'serious-illness';
    });
    expect(screenHousehold(ill, longkou, asOf).groups).toContain('serious-illness-member');
    expect(screenHousehold(household(), longkou, asOf).groups).not.toContain('serious-illness-member');
  });
  it('"this year" is derived from the as-of date, never the clock: without one the event groups are undetermined', () => {
    expect(longkou.defaultAsOf).toBeUndefined(); // Longkou's document names no status date
    const r = screenHousehold(household({ events: [{ kind: 'criminal-penalty', on: '2021-10-15' }] }), longkou);
    expect(r.window).toBeNull();
    expect(r.groups).toEqual([]);
    expect(r.missing).toContain('asOf');
  });
});

describe('profiles and headers', () => {
  it('the national base names no focus groups and says why', () => {
    const r = screenHousehold(household(), getProfile('national/2021'), { asOf: '2023-11-01' });
    expect(r.groups).toEqual([]);
    expect(r.missing).toEqual(['parameters.screeningGroups']);
  });
  it('every screening rule is registered with a quoted citation, and every finding names a registered rule', () => {
    const rules = RULES.filter((r) => r.layer === 'screening');
    expect(rules.length).toBeGreaterThan(25);
    for (const r of rules) expect(r.citations.every((c) => (c.quote ?? '').length > 0)).toBe(true);
    const ids = new Set(RULES.map((r) => r.id));
    for (const p of listProfiles()) for (const f of screenHousehold(household(), p, { asOf: '2023-11-01' }).findings) expect(ids.has(f.rule), f.rule).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Boundaries: every date and number a group reads, on the boundary and one either side

describe('boundaries', () => {
  const countyDoc = { id: 'test-boundary-notice', issuer: '测试', title: '测试用通知', region: '测试' };
  const county = (id: string, base: string, parameters: Record<string, unknown>) =>
    defineProfile({ id: `test/boundary-${id}/2023`, extends: base, title: { zh: '测试', en: 'test' }, documents: [countyDoc], parameters: parameters as never });
  const cite = { doc: countyDoc.id, clause: '一' };
  /** The default household with A33 set to `a33` (wage adjusted; operating 6000 + transfer 1200 − expense 2000 unchanged). */
  const withA33 = (a33: string, over: Record<string, unknown> = {}) => household({ ...over, income: { wage: (Number(a33) - 5200).toFixed(2) } });

  it('S000 §一(二) 今年以来 (Linzi: 1 January to the as-of date, both included): 2022-12-31 no; 2023-01-01, 2023-01-02 yes; 2023-11-19, 2023-11-20 (as of) yes; 2023-11-21 no', () => {
    const at = (on: string) => screenHousehold(household({ events: [{ kind: 'new-dibao', on }] }), linzi, { asOf: '2023-11-20' }).groups.includes('new-hardship-with-student');
    expect(['2022-12-31', '2023-01-01', '2023-01-02', '2023-11-19', '2023-11-20', '2023-11-21'].map(at)).toEqual([false, true, true, true, true, false]);
  });
  it('S004 §三(三) 每月 (Longkou: the previous month to the as-of date): 2021-09-30 no; 2021-10-01, 2021-10-02 yes; 2021-11-10 (as of) yes; 2021-11-11 no', () => {
    const at = (on: string) => screenHousehold(household({ events: [{ kind: 'criminal-penalty', on }] }), longkou, { asOf: '2021-11-10' }).groups.includes('department-warning');
    expect(['2021-09-30', '2021-10-01', '2021-10-02', '2021-11-10', '2021-11-11'].map(at)).toEqual([false, true, true, true, false]);
  });
  it('S002 §三(一)1 提交过申请的农户 (every application up to the as-of date): 2021-10-19, 2021-10-20 (as of) yes; 2021-10-21 no', () => {
    const at = (on: string) => screenHousehold(household({ events: [{ kind: 'application', on }] }), xiaozhongdian, { asOf: '2021-10-20' }).groups.includes('warned-or-applied');
    expect(['2021-10-19', '2021-10-20', '2021-10-21'].map(at)).toEqual([true, true, false]);
  });
  it('S001 §一(一) 多次申报或预警 (Jin\'an: at least 2): 1 no, 2 yes, 3 yes', () => {
    const at = (n: number) =>
      screenHousehold(household({ events: Array.from({ length: n }, (_, i) => ({ kind: 'application', on: `2023-0${i + 1}-01` })) }), jinan, { asOf: '2023-12-15' }).groups.includes('repeated-application-not-included');
    expect([1, 2, 3].map(at)).toEqual([false, true, true]);
  });
  it('S000 §一(二) 收入下降明显 with a county\'s 20% (a fall of at least it): A34 8000.00 after 9999.99 (−19.9999%) no; after 10000.00 (−20%) yes; after 10000.01 yes', () => {
    const decline = county('decline', 'shandong/linzi/2023', { screeningIncomeDecline: [{ from: '2023-01-01', value: 20, citation: cite }] });
    // A33 24000.00 ÷ 3 = 8000.00
    const at = (previous: string) => groupOf(screenHousehold(withA33('24000', { previousPerCapitaNetIncome: previous }), decline, { asOf: '2023-11-20' }), 'income-decline').outcome;
    expect(['9999.99', '10000', '10000.01'].map(at)).toEqual(['not-met', 'met', 'met']);
  });
  it('S003 §一(二) 不增反降、增速较慢 with a county\'s 10% (a rise of less than it): 2022年度 11000.00 over 2021年度 10000.00 (+10%) no; 10999.99 yes; 11000.01 no', () => {
    const slow = county('slow', 'gansu/wuqingyuan/2023', { screeningSlowGrowth: [{ from: '2023-01-01', value: 10, citation: cite }] });
    const at = (previous: string) =>
      groupOf(screenHousehold(household({ previousPerCapitaNetIncome: previous, incomeHistory: [{ periodEnd: '2021-09-30', perCapitaNetIncome: '10000' }] }), slow, { asOf: '2023-11-01' }), 'income-not-increased-or-slow').outcome;
    expect(['10999.99', '11000', '11000.01'].map(at)).toEqual(['met', 'not-met', 'not-met']);
  });
  it('S003 §一(二) 2022年收入不增反降 (not above the year before): 9999.99 and 10000.00 after 10000.00 yes; 10000.01 a rise (no limit set: undetermined)', () => {
    const at = (previous: string) =>
      groupOf(screenHousehold(household({ previousPerCapitaNetIncome: previous, incomeHistory: [{ periodEnd: '2021-09-30', perCapitaNetIncome: '10000' }] }), wuqingyuan, { asOf: '2023-11-01' }), 'income-not-increased-or-slow').outcome;
    expect(['9999.99', '10000', '10000.01'].map(at)).toEqual(['met', 'met', 'undetermined']);
  });
  it('S001 §一(一) 收入偏低 with a county\'s 10000 per head (strictly below): A33 29999.99 ÷ 3 yes; 30000.00 ÷ 3 = 10000.00 no; 30000.01 ÷ 3 no', () => {
    const low = county('low', 'fujian/jinan/2023', { screeningLowIncome: [{ from: '2023-01-01', value: { amount: '10000', basis: 'per-capita-net' }, citation: cite }] });
    const at = (a33: string) => groupOf(screenHousehold(withA33(a33), low, { asOf: '2023-12-15' }), 'low-income').outcome;
    expect(['29999.99', '30000', '30000.01'].map(at)).toEqual(['met', 'not-met', 'not-met']);
  });
  it('S001 §一(一) 收入偏低 with a county\'s 30000 per household (A33, strictly below): 29999.99 yes; 30000.00 no; 30000.01 no', () => {
    const low = county('low-household', 'fujian/jinan/2023', { screeningLowIncome: [{ from: '2023-01-01', value: { amount: '30000', basis: 'household-net' }, citation: cite }] });
    const at = (a33: string) => groupOf(screenHousehold(withA33(a33), low, { asOf: '2023-12-15' }), 'low-income').outcome;
    expect(['29999.99', '30000', '30000.01'].map(at)).toEqual(['met', 'not-met', 'not-met']);
  });
  it('S003 §一(二) 2022年收入低于10000元 (strictly below): 9999.99 yes; 10000.00 no; 10000.01 no', () => {
    const at = (previous: string) => groupOf(screenHousehold(household({ previousPerCapitaNetIncome: previous }), wuqingyuan, { asOf: '2023-11-01' }), 'income-below-amount').outcome;
    expect(['9999.99', '10000', '10000.01'].map(at)).toEqual(['met', 'not-met', 'not-met']);
  });
  it('S002 §二 低于监测底线<6000元> (strictly below, exactly): A33 17999.99 ÷ 3 yes; 18000.00 ÷ 3 = 6000.00 no; 18000.01 ÷ 3 no', () => {
    const at = (a33: string) => groupOf(screenHousehold(withA33(a33), xiaozhongdian, { asOf: '2021-10-20' }), 'ordinary-below-line').outcome;
    expect(['17999.99', '18000', '18000.01'].map(at)).toEqual(['met', 'not-met', 'not-met']);
  });
  it('S004 §二(一) 重度残疾人 (grades 1 and 2): grade 1 yes, 2 yes, 3 no', () => {
    const at = (grade: 1 | 2 | 3) =>
      groupOf(
        screenHousehold(
          withMembers({}, (ms) => {
            ms[1]!.health = 'disabled';
            ms[1]!.disabilityGrade = grade;
          }),
          longkou,
          { asOf: '2021-11-10' },
        ),
        'severe-disability-member',
      ).outcome;
    expect(([1, 2, 3] as const).map(at)).toEqual(['met', 'met', 'not-met']);
  });
  it('S000 §一(二) 同时有学生 (any 在校生状况 but 学龄前儿童): 学龄前儿童 no; 学前教育 yes', () => {
    const at = (schoolStatus: string) =>
      screenHousehold(
        withMembers({ events: [{ kind: 'new-dibao', on: '2023-03-01' }] }, (ms) => {
          ms[2]!.schoolStatus = schoolStatus as never;
        }),
        linzi,
        { asOf: '2023-11-20' },
      ).groups.includes('new-hardship-with-student');
    expect(['preschool-age', 'preschool'].map(at)).toEqual([false, true]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const dateIn = (from: number, to: number) =>
  fc.record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const eventArb = fc.record(
  {
    kind: fc.constantFrom('new-dibao', 'new-tekun', 'criminal-penalty', 'job-loss', 'application', 'natural-disaster', 'tekun-application', 'large-medical-spending', 'poor-student'),
    on: dateIn(2020, 2023),
    departmentWarning: fc.boolean(),
  },
  { requiredKeys: ['kind', 'on'] },
);

const screenedArb = fc
  .record({
    base: householdArb,
    previous: fc.option(fc.integer({ min: 0, max: 2_000_000 }).map((f) => (f / 100).toFixed(2)), { nil: undefined }),
    events: fc.array(eventArb, { maxLength: 6 }),
    policyStatus: fc.option(fc.constantFrom('enjoying' as const, 'not-enjoying' as const), { nil: undefined }),
    ids: fc.array(fc.constantFrom('11010519491231002X', '440524188001010014', '11010519491231002X42'), { maxLength: 6 }),
  })
  .map(({ base, previous, events, policyStatus, ids }) => {
    const out = merge(base, { events, members: base.members.map((m, i) => (ids[i] ? { ...m, idNumber: ids[i] } : m)) }) as HouseholdInput;
    if (previous !== undefined) out.previousPerCapitaNetIncome = previous;
    if (policyStatus !== undefined && out.povertyAlleviated) out.policyStatus = policyStatus;
    return out;
  });

const AS_OF: Record<string, string> = { 'shandong/longkou/2021': '2021-11-10', 'yunnan/xiaozhongdian/2021': '2021-10-20' };
const asOfFor = (id: string) => ({ asOf: AS_OF[id] ?? '2023-11-20' });
const profileArb = fc.constantFrom(...listProfiles());
const INCOME_GROUPS = ['low-income', 'ordinary-below-line', 'income-below-amount', 'income-decline', 'income-not-increased-or-slow'];

describe('properties', () => {
  test.prop([screenedArb, profileArb])('results are deterministic and plain JSON', (input, profile) => {
    const a = screenHousehold(parse(input), profile, asOfFor(profile.id));
    expect(screenHousehold(parse(JSON.parse(JSON.stringify(input))), profile, asOfFor(profile.id))).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  test.prop([screenedArb, profileArb, fc.infiniteStream(fc.nat())])('member order never changes the result', (input, profile, seeds) => {
    const shuffled = { ...input, members: [...input.members].map((m) => ({ m, k: seeds.next().value })).sort((x, y) => x.k - y.k).map((x) => x.m) };
    expect(screenHousehold(parse(shuffled), profile, asOfFor(profile.id))).toEqual(screenHousehold(parse(input), profile, asOfFor(profile.id)));
  });

  test.prop([screenedArb, profileArb])('no message contains an unmasked ID number', (input, profile) => {
    for (const f of screenHousehold(parse(input), profile, asOfFor(profile.id)).findings) {
      expect(containsUnmaskedIdNumber(f.message.zh)).toBe(false);
      expect(containsUnmaskedIdNumber(f.message.en)).toBe(false);
    }
  });

  test.prop([screenedArb, profileArb, fc.integer({ min: 1, max: 5_000_000 })])('more income never puts a household into an income group it was not in', (input, profile, extraFen) => {
    const richer = { ...input, income: { ...input.income, wage: ((Math.round(Number(input.income.wage) * 100) + extraFen) / 100).toFixed(2) } };
    const before = screenHousehold(parse(input), profile, asOfFor(profile.id)).groups;
    const after = screenHousehold(parse(richer), profile, asOfFor(profile.id)).groups;
    for (const g of after) if (INCOME_GROUPS.includes(g)) expect(before).toContain(g);
  });

  test.prop([screenedArb, profileArb])('a group is met, undetermined or neither — never both', (input, profile) => {
    const r = screenHousehold(parse(input), profile, asOfFor(profile.id));
    for (const g of r.groups) expect(r.undetermined).not.toContain(g);
    if (r.undetermined.length > 0) expect(r.missing.length).toBeGreaterThan(0);
  });
});

describe('the missing fields of a screening: each once, sorted', () => {
  test.prop([fc.array(fc.array(fc.oneof(fc.constantFrom('events', 'members', 'riskTypes', 'parameters.screeningLowIncome', 'asOf'), fc.string()), { maxLength: 4 }), { maxLength: 8 })])(
    'addSorted builds, in place, the list that pushing each new field and sorting at the end builds',
    (groups) => {
      const built: string[] = [];
      const pushed: string[] = [];
      for (const g of groups)
        for (const m of g) {
          addSorted(built, m);
          if (!pushed.includes(m)) pushed.push(m);
        }
      expect(built).toStrictEqual(pushed.sort());
    },
  );
});
