import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  assessHousehold,
  classifyMonitoring,
  defineProfile,
  DOCUMENTS,
  getProfile,
  listProfiles,
  MissingParameterError,
  parseHousehold,
  PARAMETERS,
  RULES,
  type Finding,
  type Household,
  type HouseholdInput,
  type Profile,
} from '../../src/index.js';
import { IDENTIFICATION_RULES } from '../../src/rules/identification/index.js';
import { identificationParameters } from '../../src/profile/parameters/identification.js';
import { builtinValues } from '../../src/profile/builtin/profiles.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { household } from '../builders.js';
import { householdArb } from '../arbitraries.js';
import { seedText } from '../support/seeds.js';

const longkou = getProfile('shandong/longkou/2021');
const jinan = getProfile('fujian/jinan/2023');
const xiaozhongdian = getProfile('yunnan/xiaozhongdian/2021');
const wuqingyuan = getProfile('gansu/wuqingyuan/2023');
const linzi = getProfile('shandong/linzi/2023');
const national = getProfile('national/2021');

const countyDoc = { id: '某县乡振〔2023〕1号', issuer: '某县乡村振兴局', title: '2023年防止返贫监测范围的通知', region: '某县' };
/** Linzi with a line supplied by the user, as the MissingParameterError asks. */
const linziWithLine = defineProfile({
  id: 'test/linzi-with-line/2023',
  extends: 'shandong/linzi/2023',
  title: { zh: '临淄（补充监测线）', en: 'Linzi with a line' },
  documents: [countyDoc],
  parameters: { monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: '6500', citation: { doc: countyDoc.id, clause: '一' } }] },
});

const LONGKOU = { asOf: '2021-06-18' };
const JINAN = { asOf: '2023-12-15' };
const GANSU = { asOf: '2023-11-20' };

/** Income given as one wage figure (yuan), everything else 0, plus optional A35/A36. */
const income = (wage: string, extra: { claims?: string; compliantOutOfPocket?: string } = {}) => ({
  wage,
  operating: '0',
  property: '0',
  transfer: '0',
  operatingExpense: '0',
  ...extra,
});

const two = [
  { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary' },
  { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary' },
];

const noHardship = { rigidSpendingExceedsIncome: false, basicNeedsAffected: false, sharpIncomeDrop: false, temporaryHardship: false, severeDifficulty: false };
const noAssets = {
  luxuryCar: false,
  urbanCommercialHousing: false,
  cashResettlementExempt: false,
  companyWithEmployees: false,
  highReturnCompany: false,
  supporterNotPaying: false,
  countyRuleExclusion: false,
};

const by = (r: { findings: Finding[] }, rule: string) => r.findings.find((f) => f.rule === rule);

describe('the national form (S000 附件1 注2): A38 is the reference for entry, a risk must be on record, A34 separates the categories', () => {
  it('S000 附件1 注2: an 一般农户 with A38 6499.99 (below 6500) and a risk on record (因病) is identified 边缘易致贫户', () => {
    // A37 = 12999.98 + 0 − 0 over 2 people = 6499.99 < 6500.00
    const r = classifyMonitoring(household({ members: two, income: income('12999.98'), riskTypes: ['illness'] }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'identified', eligible: true, category: 'marginal', provisionalCategory: null, toVerify: [], excludedBy: [], missing: [] });
    expect(by(r, 'identification.income-test')).toMatchObject({ outcome: 'met', values: { figure: 'A38', A38: '6499.99', A37: '12999.98', line: '6500.00', householdSize: 2 } });
    expect(by(r, 'identification.risk-on-record')).toMatchObject({ outcome: 'met', values: { risks: ['riskTypes'] } });
  });
  it('S000 附件1 注2 ("参考"): the same household with no risk on record is to verify — the risk (A27) is named, with 边缘易致贫户 as the provisional category', () => {
    const r = classifyMonitoring(household({ members: two, income: income('12999.98') }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'to-verify', eligible: null, category: null, provisionalCategory: 'marginal', signs: ['income-below-line'], onRecordAlone: false });
    expect(r.toVerify).toEqual([
      {
        rule: 'identification.risk-on-record',
        label: { zh: '是否存在返贫致贫风险（至少一项）', en: 'whether the household faces a risk of (returning to) poverty (at least one)' },
        facts: [{ field: 'riskTypes', label: { zh: 'A27 致贫返贫风险类型', en: 'A27 risk of (returning to) poverty' } }],
        citations: [{ doc: '临稷办发〔2023〕76号', clause: '附件1 注2' }],
      },
    ]);
    expect(by(r, 'identification.decision')!.message.zh).toContain('待核实');
  });
  it('the issue\'s case: a single healthy 30-year-old, wage 7000, no risk on record, under Gansu (7200) is to verify, never identified on income alone', () => {
    const single = [{ name: '马小军', sex: 'male', relation: 'head', birthDate: '1993-05-01', health: 'healthy', labour: 'ordinary' }];
    const r = classifyMonitoring(household({ members: single, income: income('7000') }), wuqingyuan, GANSU);
    expect(r).toMatchObject({ outcome: 'to-verify', eligible: null, provisionalCategory: 'marginal' });
  });
  it.each([
    ['A23 unsafe housing', { guarantees: { housingUnsafe: true } }, 'guarantees.housingUnsafe'],
    ['A25 unsafe drinking water', { guarantees: { drinkingWaterUnsafe: true } }, 'guarantees.drinkingWaterUnsafe'],
    ['a sudden hardship on record', { hardship: { sharpIncomeDrop: true } }, 'hardship.sharpIncomeDrop'],
  ])('national-identification-practice (元谋县 2023 "至少存在以下返贫致贫风险之一"): %s counts as a risk on record', (_, extra, path) => {
    const r = classifyMonitoring(household({ members: two, income: income('12999.98'), ...extra }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
    expect(by(r, 'identification.risk-on-record')!.values.risks).toEqual([path]);
  });
  it('a recorded "no" is not a risk: A23–A25 all 否 and no risk type leave the household to verify', () => {
    const r = classifyMonitoring(household({ members: two, income: income('12999.98'), guarantees: { housingUnsafe: false, drinkingWaterUnsafe: false, compulsoryEducationDropout: false } }), linziWithLine);
    expect(r.outcome).toBe('to-verify');
  });
  it('identificationRiskEvidence: a profile that sets no risk requirement identifies on income alone', () => {
    const incomeOnly = defineProfile({
      id: 'test/income-only/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '只看收入', en: 'income only' },
      documents: [countyDoc],
      parameters: {
        monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: '6500', citation: { doc: countyDoc.id, clause: '一' } }],
        identificationRiskEvidence: [{ from: '2023-01-01', value: [], citation: { doc: countyDoc.id, clause: '二' } }],
      },
    });
    expect(classifyMonitoring(household({ members: two, income: income('12999.98') }), incomeOnly)).toMatchObject({ outcome: 'identified', category: 'marginal' });
  });
  it('S000 附件1 注2: a 脱贫户 with A38 and A34 below the line and a risk on record is 脱贫不稳定户', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, members: two, income: income('12000'), riskTypes: ['disability'] }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'identified', eligible: true, category: 'unstable' });
  });
  it('S000 附件1 注2: A38 below but A34 at the line — only the spending pushed it below — is 突发严重困难户', () => {
    // A33 = 13000.00 → A34 = 6500.00 (not below); A37 = 13000.00 − 0.02 → A38 = 6499.99
    const r = classifyMonitoring(household({ members: two, income: income('13000', { compliantOutOfPocket: '0.02' }), riskTypes: ['illness'] }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'identified', category: 'sudden-hardship' });
    expect(by(r, 'identification.category')!.values).toMatchObject({ A34: '6500.00', below: false });
  });
  it('S000 附件1 注2: a 脱贫户 in the same position is also 突发严重困难户 (the category follows A34)', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, members: two, income: income('13000', { compliantOutOfPocket: '0.02' }), riskTypes: ['illness'] }), linziWithLine);
    expect(r.category).toBe('sudden-hardship');
  });
  it('S000 附件1 注2: A38 exactly at the line (6500.00) is not below; with no sign on record the record alone decides: not identified', () => {
    const r = classifyMonitoring(household({ members: two, income: income('13000') }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'not-identified', eligible: false, category: null, onRecordAlone: true, toVerify: [] });
    expect(by(r, 'identification.income-test')).toMatchObject({ outcome: 'not-met', values: { A38: '6500.00', below: false } });
    expect(by(r, 'identification.decision')!.message.zh).toContain('仅凭记录判定');
  });
  it('S000 附件1 注2: A38 one fen a head above the line (6500.01) is not below either', () => {
    expect(classifyMonitoring(household({ members: two, income: income('13000.02'), riskTypes: ['illness'] }), linziWithLine).eligible).toBe(false);
  });
  it('the exact value is compared and shown: 19499.99 over 3 people is below 6500, and the message shows 6499.996… and the exact comparison, never "≈ 6500.00，低于 6500.00"', () => {
    const r = classifyMonitoring(household({ income: income('19499.99'), riskTypes: ['illness'] }), linziWithLine);
    expect(r.outcome).toBe('identified');
    const f = by(r, 'identification.income-test')!;
    expect(f.values).toMatchObject({ A38: '6500.00', below: true, comparison: 'exact' });
    expect(f.message.zh).toBe('A38 人均收入参考范围低于监测线：A38 6499.996… 元 < 监测线 6500.00 元（A37 19499.99 元 < 6500.00 元 × 3 人 = 19500.00 元）');
    expect(f.message.zh).not.toContain('≈');
  });
  it('A35 claims count: payouts that lift A38 to the line keep the household out', () => {
    const r = classifyMonitoring(household({ members: two, income: income('12000', { claims: '1000' }), riskTypes: ['illness'] }), linziWithLine);
    expect(r.eligible).toBe(false);
  });
  it('national/2021 sets no line: with a date, classifyMonitoring throws MissingParameterError naming monitoringLine', () => {
    expect(() => classifyMonitoring(household(), national, { asOf: '2023-10-01' })).toThrow(MissingParameterError);
    try {
      classifyMonitoring(household(), national, { asOf: '2023-10-01' });
    } catch (e) {
      expect((e as MissingParameterError).parameter).toBe('monitoringLine');
    }
  });
  it('S000 states no 2023 line: shandong/linzi/2023 throws MissingParameterError too', () => {
    expect(() => classifyMonitoring(household(), linzi)).toThrow(MissingParameterError);
  });
  it('national/2021 without any date is undetermined and names the missing as-of date', () => {
    const r = classifyMonitoring(household(), national);
    expect(r).toMatchObject({ outcome: 'undetermined', eligible: null, category: null, missing: ['asOf'] });
    expect(by(r, 'identification.decision')).toMatchObject({ outcome: 'undetermined', missing: ['asOf'] });
  });
  it('a household size that cannot be counted (a change recorded, no period) is undetermined, never to verify', () => {
    const members = [{ ...two[0] }, { ...two[1], changes: [{ kind: 'death', on: '2023-05-01' }] }];
    const r = classifyMonitoring(household({ members, income: income('1000'), riskTypes: ['illness'] }), national);
    expect(r.outcome).toBe('undetermined');
  });
  it('a user profile extending national/2021 with its own line applies the national form', () => {
    const county = defineProfile({
      id: 'test/county/2023',
      extends: 'national/2021',
      title: { zh: '某县', en: 'a county' },
      documents: [countyDoc],
      parameters: { monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: '7000', citation: { doc: countyDoc.id, clause: '一' } }] },
    });
    const r = classifyMonitoring(household({ members: two, income: income('13999.98'), riskTypes: ['accident'] }), county, { asOf: '2023-10-01' });
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
    expect(by(r, 'identification.income-test')!.citations).toContainEqual({ doc: countyDoc.id, clause: '一' });
  });
});

describe('severe difficulty above the line (national-identification-practice "因病因灾因意外事故等刚性支出较大或收入大幅缩减导致基本生活出现严重困难户")', () => {
  it('a severe difficulty on record above the line is identified 突发严重困难户 under the national form', () => {
    const r = classifyMonitoring(household({ members: two, income: income('40000'), hardship: { severeDifficulty: true } }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'identified', category: 'sudden-hardship' });
    expect(by(r, 'identification.severe-difficulty')!.citations).toEqual([{ doc: 'national-identification-practice', clause: '定南县 一' }]);
  });
  it('above the line with a 三保障 problem on record and severe difficulty unrecorded: to verify the severe difficulty, provisionally 突发严重困难户', () => {
    const r = classifyMonitoring(household({ members: two, income: income('20000'), guarantees: { housingUnsafe: true } }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'to-verify', provisionalCategory: 'sudden-hardship', signs: ['guarantee-problem'] });
    expect(r.toVerify.map((v) => v.rule)).toEqual(['identification.severe-difficulty']);
    expect(r.toVerify[0]!.facts.map((x) => x.field)).toEqual(['hardship.severeDifficulty']);
  });
  it('above the line with nothing on record: not identified, decided on the record alone (no sign is not a reason to visit)', () => {
    const r = classifyMonitoring(household({ members: two, income: income('20000') }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'not-identified', onRecordAlone: true });
  });
  it('a recorded "no" severe difficulty is decided, not on the record alone', () => {
    const r = classifyMonitoring(household({ members: two, income: income('20000'), guarantees: { housingUnsafe: true }, hardship: { severeDifficulty: false } }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'not-identified', onRecordAlone: false });
  });
  it('sign income-drop: A34 10000.00 below last year\'s 10000.01 makes the severe difficulty worth a visit; equal to last year\'s is no sign', () => {
    const below = classifyMonitoring(household({ members: two, income: income('20000'), previousPerCapitaNetIncome: '10000.01' }), linziWithLine);
    expect(below).toMatchObject({ outcome: 'to-verify', signs: ['income-drop'] });
    const equal = classifyMonitoring(household({ members: two, income: income('20000'), previousPerCapitaNetIncome: '10000.00' }), linziWithLine);
    expect(equal).toMatchObject({ outcome: 'not-identified', onRecordAlone: true, signs: [] });
  });
  it('sign event: a department warning dated in the period is a sign; one dated after the as-of date is not', () => {
    const inPeriod = classifyMonitoring(household({ members: two, income: income('40000'), events: [{ kind: 'large-medical-spending', on: '2023-03-01', departmentWarning: true }] }), jinan, JINAN);
    expect(inPeriod).toMatchObject({ outcome: 'to-verify', signs: ['event'] });
    const later = classifyMonitoring(household({ members: two, income: income('40000'), events: [{ kind: 'large-medical-spending', on: '2023-12-16', departmentWarning: true }] }), jinan, JINAN);
    expect(later.outcome).toBe('not-identified');
  });
  it('S003 §二(三) green channel and identification agree: a disaster with severe hardship on record takes the green channel and is identified', () => {
    const h = household({ members: two, income: income('40000'), riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } });
    const r = assessHousehold(h, wuqingyuan, GANSU);
    expect(r.procedure.greenChannel.applies).toBe(true);
    expect(r.monitoring).toMatchObject({ outcome: 'identified', category: 'sudden-hardship' });
  });
});

describe('Longkou 2021 (S004 §二(二))', () => {
  const cond1 = { ...noHardship, rigidSpendingExceedsIncome: true, basicNeedsAffected: true };
  const cond2 = { ...noHardship, sharpIncomeDrop: true, temporaryHardship: true };

  it('S004 §二(二): a 脱贫户 with condition (1) is 脱贫不稳定户 whatever its income', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, income: income('90000'), hardship: cond1, assets: noAssets }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'identified', eligible: true, category: 'unstable', excludedBy: [], unverified: [] });
    expect(by(r, 'identification.income-test')).toMatchObject({ outcome: 'not-met', values: { figure: 'A34', A34: '30000.00', required: false } });
    expect(by(r, 'identification.condition.rigid-spending')!.outcome).toBe('met');
  });
  it('S004 §二(二): a 脱贫户 whose hardship facts are all recorded "no" is not identified, even below the line', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, income: income('3000'), hardship: noHardship }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'not-identified', eligible: false, category: null, onRecordAlone: false });
  });
  it('S004 §二(二): a 脱贫户 needs no income test, so with conditions unrecorded and no sign on record it is not identified, decided on the record alone', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, income: income('3000') }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'not-identified', onRecordAlone: true });
    expect(by(r, 'identification.decision')!.message.zh).toContain('仅凭记录判定');
  });
  it.each([
    ['a fall in income (A34 below last year\'s)', { previousPerCapitaNetIncome: '12000' }, 'income-drop'],
    ['large 合规自付支出 (A36 takes A38 below 6500)', { income: income('21000', { compliantOutOfPocket: '3000' }) }, 'out-of-pocket'],
    ['a department warning (S004 §三(三))', { events: [{ kind: 'new-dibao', on: '2021-06-01', departmentWarning: true }] }, 'event'],
    ['a risk type on record (因病)', { riskTypes: ['illness'] }, 'risk-type'],
  ])('S004 §二(二): a 脱贫户 with %s is to verify as a 脱贫不稳定户 candidate, naming conditions (1) and (2) and their parts', (_, extra, sign) => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, income: income('30000'), ...extra }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'to-verify', provisionalCategory: 'unstable' });
    expect(r.signs).toContain(sign);
    const conditions = r.toVerify.filter((v) => v.rule.startsWith('identification.condition.'));
    expect(conditions.map((v) => v.rule)).toEqual(['identification.condition.rigid-spending', 'identification.condition.income-drop']);
    expect(conditions[0]!.facts.map((x) => x.field)).toEqual(['hardship.rigidSpendingExceedsIncome', 'hardship.basicNeedsAffected']);
    expect(conditions[0]!.citations).toContainEqual({ doc: '龙扶贫组字〔2021〕1号', clause: '二(二)1' });
    expect(conditions[1]!.facts.map((x) => x.field)).toEqual(['hardship.sharpIncomeDrop', 'hardship.temporaryHardship']);
  });
  it('S004 §二(二) 1: condition (1) needs both facts — spending above last year\'s income AND 两不愁三保障 affected', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, hardship: { ...noHardship, rigidSpendingExceedsIncome: true } }), longkou, LONGKOU);
    expect(r.eligible).toBe(false);
  });
  it('S004 §二(二): an 一般农户 below 6500 with condition (2) is 边缘易致贫户', () => {
    // A34 = 19499.97 ÷ 3 = 6499.99
    const r = classifyMonitoring(household({ income: income('19499.97'), hardship: cond2, assets: noAssets }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'identified', eligible: true, category: 'marginal' });
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ A34: '6499.99', line: '6500.00', below: true });
  });
  it('S004 §二(二): an 一般农户 below 6500 with the conditions unrecorded is to verify, naming condition (1) or (2); provisionally 边缘易致贫户', () => {
    const r = classifyMonitoring(household({ income: income('6000') }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'to-verify', eligible: null, provisionalCategory: 'marginal', signs: ['income-below-line'] });
    expect(r.toVerify.map((v) => v.rule)).toEqual(['identification.condition.rigid-spending', 'identification.condition.income-drop']);
    expect(r.missing).toEqual([]);
  });
  it('S004 §二(二): an 一般农户 below 6500 with both conditions recorded "no" (and no severe difficulty) is not identified', () => {
    expect(classifyMonitoring(household({ income: income('6000'), hardship: noHardship }), longkou, LONGKOU).outcome).toBe('not-identified');
  });
  it('S004 §二(二) "低于": an 一般农户 at exactly 6500.00 with condition (1) is not 边缘易致贫户', () => {
    const r = classifyMonitoring(household({ income: income('19500'), hardship: { ...cond1, severeDifficulty: false } }), longkou, LONGKOU);
    expect(r.eligible).toBe(false);
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ A34: '6500.00', below: false });
  });
  it('S004 §二(二): above the line, severe difficulty affecting basic living makes a 严重困难户 (sudden-hardship)', () => {
    const r = classifyMonitoring(household({ income: income('60000'), hardship: { ...noHardship, severeDifficulty: true }, assets: noAssets }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'identified', category: 'sudden-hardship' });
    expect(by(r, 'identification.decision')!.values.paths).toContain('severe-difficulty:met');
  });
  it('S004 §二(二): above the line without severe difficulty an 一般农户 is not identified', () => {
    expect(classifyMonitoring(household({ income: income('60000'), hardship: noHardship }), longkou, LONGKOU).eligible).toBe(false);
  });
  it('severe difficulty below the line is identified too, its category following income (decisions.md)', () => {
    const r = classifyMonitoring(household({ income: income('6000'), hardship: { ...noHardship, severeDifficulty: true } }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
  });
  it('S004 §四(五): a 脱贫户 identified through severe difficulty is labelled 脱贫不稳定户', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, income: income('60000'), hardship: { ...noHardship, severeDifficulty: true } }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'identified', category: 'unstable' });
  });
  it('a known "no" decides without the other facts: above the line, severe difficulty = false is enough', () => {
    const r = classifyMonitoring(household({ income: income('60000'), hardship: { severeDifficulty: false } }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'not-identified', missing: [], onRecordAlone: false });
  });
  it('sign out-of-pocket under Longkou (A34 decides entry): A34 at 7000 but A36 takes A38 to 6499.99 — to verify severe difficulty; at 6500.00 exactly, no sign', () => {
    // A33 = 21000 → A34 7000.00; A37 = 21000 − 1500.03 = 19499.97 → A38 6499.99
    const sign = classifyMonitoring(household({ income: income('21000', { compliantOutOfPocket: '1500.03' }) }), longkou, LONGKOU);
    expect(sign).toMatchObject({ outcome: 'to-verify', signs: ['out-of-pocket'], provisionalCategory: 'sudden-hardship' });
    const none = classifyMonitoring(household({ income: income('21000', { compliantOutOfPocket: '1500' }) }), longkou, LONGKOU);
    expect(none).toMatchObject({ outcome: 'not-identified', signs: [] });
  });
  it('S004 §二(二): the rolling period — discovered in June 2021, income of 2020-06..2021-05 is used', () => {
    const r = classifyMonitoring(household({ discoveredOn: '2021-06-03', income: income('6000'), hardship: cond1 }), longkou);
    expect(r.findings[0]!.values).toMatchObject({ from: '2020-06-01', to: '2021-05-31' });
    expect(r.eligible).toBe(true);
  });
  it('S004 §二(二) "2021 年省定监测线": a household discovered in 2022 has no Longkou line — MissingParameterError, never a guess', () => {
    expect(() => classifyMonitoring(household({ discoveredOn: '2022-03-01' }), longkou)).toThrow(/monitoringLine/);
    expect(() => classifyMonitoring(household(), longkou, { asOf: '2020-05-01' })).toThrow(MissingParameterError);
  });
  it('S004 §二(二): without a discovery or as-of date Longkou is undetermined, naming discoveredOn', () => {
    expect(classifyMonitoring(household(), longkou)).toMatchObject({ outcome: 'undetermined', eligible: null, missing: ['discoveredOn'] });
  });
});

describe('Longkou exclusions (S004 §二(二) 排除情形1–5)', () => {
  const eligibleBase = { povertyAlleviated: true, hardship: { ...noHardship, rigidSpendingExceedsIncome: true, basicNeedsAffected: true } };
  const withAssets = (assets: Record<string, boolean>) => classifyMonitoring(household({ ...eligibleBase, assets: { ...noAssets, ...assets } }), longkou, LONGKOU);

  it.each([
    ['1 高档乘用车辆', { luxuryCar: true }, 'identification.exclusion.luxury-car'],
    ['2 城镇商品房', { urbanCommercialHousing: true }, 'identification.exclusion.urban-commercial-housing'],
    ['3 公司雇工且收益较高', { companyWithEmployees: true, highReturnCompany: true }, 'identification.exclusion.high-return-company'],
    ['4 赡养人不履行义务', { supporterNotPaying: true }, 'identification.exclusion.supporter-not-paying'],
    ['5 县级以上规定的其他情形', { countyRuleExclusion: true }, 'identification.exclusion.county-rule'],
  ])('S004 §二(二) 排除情形%s: an otherwise eligible household is not identified', (_, assets, id) => {
    const r = withAssets(assets);
    expect(r).toMatchObject({ outcome: 'not-identified', eligible: false, category: null, excludedBy: [id] });
    expect(by(r, id)!.outcome).toBe('met');
    expect(by(r, 'identification.decision')!.message.zh).toContain('原则上不纳入');
  });
  it('S004 §二(二) 排除情形2: housing bought through cash resettlement (货币化安置) is exempt', () => {
    expect(withAssets({ urbanCommercialHousing: true, cashResettlementExempt: true })).toMatchObject({ outcome: 'identified', excludedBy: [] });
  });
  it('S004 §二(二) 排除情形3: a company employing others without high returns does not exclude', () => {
    expect(withAssets({ companyWithEmployees: true, highReturnCompany: false })).toMatchObject({ outcome: 'identified', excludedBy: [] });
  });
  it('S004 §四(三): exclusions not on record remove nobody; they are listed as unverified', () => {
    const r = classifyMonitoring(household(eligibleBase), longkou, LONGKOU);
    expect(r.outcome).toBe('identified');
    expect(r.unverified).toHaveLength(5);
    expect(by(r, 'identification.exclusion.luxury-car')).toMatchObject({ outcome: 'undetermined', missing: ['assets.luxuryCar'] });
  });
  it('an exclusion does not turn an ineligible household into anything else, and is then not examined', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, hardship: noHardship, assets: { luxuryCar: true } }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'not-identified', excludedBy: [] });
    expect(by(r, 'identification.exclusion.luxury-car')).toBeUndefined();
  });
  it('an established exclusion settles a household that would otherwise be to verify', () => {
    const r = classifyMonitoring(household({ income: income('6000'), assets: { luxuryCar: true } }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'not-identified', missing: [], toVerify: [], excludedBy: ['identification.exclusion.luxury-car'] });
  });
  it('the national form applies no exclusion: a luxury car does not change a Jin\'an decision', () => {
    const r = classifyMonitoring(household({ income: income('20000'), riskTypes: ['illness'], assets: { luxuryCar: true } }), jinan, JINAN);
    expect(r).toMatchObject({ outcome: 'identified', excludedBy: [] });
  });
});

describe('Jin\'an 2023 (S001 §一(一): the monitoring range "和认定标准（参照工作指南）")', () => {
  it('S001 §一(一): per-capita income below 10560 with a risk on record is identified', () => {
    // 31679.97 ÷ 3 = 10559.99
    const r = classifyMonitoring(household({ income: income('31679.97'), riskTypes: ['unstable-employment'] }), jinan, JINAN);
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ A38: '10559.99', line: '10560.00' });
    expect(by(r, 'identification.income-test')!.citations).toContainEqual({ doc: '榕晋乡振〔2023〕12号', clause: '一(一)' });
  });
  it('S001 §一(一) "和认定标准": below 10560 with no risk on record is to verify', () => {
    expect(classifyMonitoring(household({ income: income('31679.97') }), jinan, JINAN)).toMatchObject({ outcome: 'to-verify', provisionalCategory: 'marginal' });
  });
  it('S001 §一(一): exactly 10560.00 per head is not below the line', () => {
    expect(classifyMonitoring(household({ income: income('31680'), riskTypes: ['illness'] }), jinan, JINAN).eligible).toBe(false);
  });
  it('S001 §一(一): 低保 is never a reason to refuse identification — an explicit finding when a member receives 低保', () => {
    const members = [{ ...two[0], dibao: true }, two[1]];
    const r = classifyMonitoring(household({ members, income: income('12000'), riskTypes: ['illness'] }), jinan, JINAN);
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
    expect(by(r, 'identification.dibao-no-bar')).toMatchObject({ outcome: 'info', values: { membersReceivingDibao: ['members[0]'] }, citations: [{ doc: '榕晋乡振〔2023〕12号', clause: '一(一)' }] });
  });
  it('S001 §一(一): without 低保 in the household there is no such note', () => {
    expect(by(classifyMonitoring(household({ income: income('12000') }), jinan, JINAN), 'identification.dibao-no-bar')).toBeUndefined();
  });
  it('only S001 states the 低保 note: Longkou decides the same household without it', () => {
    const members = [{ ...two[0], dibao: true }, two[1]];
    const r = classifyMonitoring(household({ members, income: income('6000'), hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true } }), longkou, LONGKOU);
    expect(r.eligible).toBe(true);
    expect(by(r, 'identification.dibao-no-bar')).toBeUndefined();
  });
});

describe('Xiaozhongdian 2021 (S002 §二, §三(一)1, §三(二))', () => {
  const noLabour = [
    { name: '和老汉', sex: 'male', relation: 'head', birthDate: '1940-02-02', health: 'chronic', labour: 'lost' },
    { name: '和大妈', sex: 'female', relation: 'spouse', birthDate: '1942-05-05', health: 'disabled', labour: 'none' },
  ];
  it('S002 §二: per-capita net income (A34) below 6000 with a risk on record is identified', () => {
    // A34 = 17999.97 ÷ 3 = 5999.99
    const r = classifyMonitoring(household({ income: income('17999.97'), riskTypes: ['illness'] }), xiaozhongdian);
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ figure: 'A34', A34: '5999.99', line: '6000.00' });
  });
  it('S002 §三(一)1 ("组织逐户入户核查，符合条件的…纳入"): below 6000 with no risk on record is to verify', () => {
    expect(classifyMonitoring(household({ income: income('17999.97') }), xiaozhongdian)).toMatchObject({ outcome: 'to-verify', provisionalCategory: 'marginal' });
  });
  it('S002 §二: A34 (人均纯收入) is tested, not A38 — out-of-pocket spending does not take a household below the floor', () => {
    // A34 = 18000 ÷ 3 = 6000.00 (not below); A38 would be 5000.00
    const r = classifyMonitoring(household({ income: income('18000', { compliantOutOfPocket: '3000' }), riskTypes: ['illness'], hardship: { severeDifficulty: false } }), xiaozhongdian);
    expect(r.eligible).toBe(false);
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ figure: 'A34', A34: '6000.00', below: false });
  });
  it('S002 §三(二) lists targets to screen (重点排查), not a path into monitoring: an elderly couple without labour at 15,000 a head is not identified (and not 突发严重困难户)', () => {
    const r = classifyMonitoring(household({ members: noLabour, income: income('30000') }), xiaozhongdian);
    expect(r).toMatchObject({ outcome: 'not-identified', category: null, onRecordAlone: true });
    expect(by(r, 'identification.no-labour-capacity')).toBeUndefined();
  });
  it('S002 §三(二): a household whose members can all work, above 6000, is decided — not identified — rather than undetermined', () => {
    const r = classifyMonitoring(household({ income: income('48867') }), xiaozhongdian);
    expect(r).toMatchObject({ outcome: 'not-identified', missing: [] });
  });
});

describe('Wuqingyuan 2023 (S003 §一(二)): the national form with the 7200 line', () => {
  it('S003 §一(二) "有返贫致贫风险的农户全部识别": A38 7199.99 with a risk on record is identified, citing S003 and the (unverified) Gansu line', () => {
    const r = classifyMonitoring(household({ members: two, income: income('14399.98'), riskTypes: ['natural-disaster'] }), wuqingyuan, GANSU);
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
    const f = by(r, 'identification.income-test')!;
    expect(f.values).toMatchObject({ figure: 'A38', A38: '7199.99', line: '7200.00' });
    expect(f.citations).toEqual(expect.arrayContaining([{ doc: '党委发〔2023〕70号', clause: '一(二)' }, { doc: 'gansu-monitoring-line', clause: '2023年度监测范围' }]));
  });
  it('S003 §一(二): 7200.00 per head is not below the line', () => {
    expect(classifyMonitoring(household({ members: two, income: income('14400'), riskTypes: ['illness'] }), wuqingyuan, GANSU).eligible).toBe(false);
  });
});

describe('rule headers and parameters', () => {
  it('every identification rule is registered in the catalog under a unique id', () => {
    const ids = RULES.map((r) => r.id);
    for (const r of IDENTIFICATION_RULES) expect(ids.filter((id) => id === r.id)).toHaveLength(1);
  });
  it('every identification parameter value of every built-in profile cites a registered document', () => {
    for (const p of listProfiles()) {
      for (const key of Object.keys(identificationParameters)) {
        for (const v of p.parameters[key as keyof typeof PARAMETERS] ?? []) expect(DOCUMENTS[v.citation.doc], `${p.id} ${key}`).toBeDefined();
      }
    }
  });
  it('every quote in the identification rules and parameters is verbatim from its seed document (sources/)', () => {
    const quotes: { doc: string; quote: string }[] = [];
    for (const r of IDENTIFICATION_RULES) for (const c of r.citations) if (c.quote) quotes.push({ doc: c.doc, quote: c.quote });
    for (const decl of Object.values(identificationParameters)) {
      for (const history of Object.values(builtinValues(decl.key))) for (const v of history) if (v.citation.quote) quotes.push({ doc: v.citation.doc, quote: v.citation.quote });
    }
    expect(quotes.length).toBeGreaterThan(20);
    for (const { doc, quote } of quotes) {
      const text = seedText(doc);
      if (text !== undefined) expect(text.includes(quote), `${doc}: ${quote}`).toBe(true);
    }
  });
});

// --- properties ---------------------------------------------------------------------------------

const parsed = (input: unknown): Household => {
  const r = parseHousehold(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.household;
};

const withLine: [Profile, { asOf?: string }][] = [
  [longkou, LONGKOU],
  [jinan, JINAN],
  [xiaozhongdian, {}],
  [wuqingyuan, GANSU],
  [linziWithLine, {}],
];
const profileArb = fc.constantFrom(...withLine);
const rank = (e: boolean | null) => (e === false ? 0 : e === null ? 1 : 2);

const assetsArb = fc.record(
  {
    luxuryCar: fc.boolean(),
    urbanCommercialHousing: fc.boolean(),
    cashResettlementExempt: fc.boolean(),
    companyWithEmployees: fc.boolean(),
    highReturnCompany: fc.boolean(),
    supporterNotPaying: fc.boolean(),
    countyRuleExclusion: fc.boolean(),
  },
  { requiredKeys: [] },
);

const withExtraWage = (input: HouseholdInput, extraFen: number): HouseholdInput => {
  const fen = Math.round(Number(input.income.wage) * 100) + extraFen;
  return { ...input, income: { ...input.income, wage: `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}` } };
};

describe('identification properties', () => {
  test.prop([householdArb, profileArb, fc.integer({ min: 1, max: 5_000_000 })])('more income, all else equal, never turns an ineligible household eligible', (input, [profile, options], extraFen) => {
    const poorer = classifyMonitoring(parsed(input), profile, options);
    const richer = classifyMonitoring(parsed(withExtraWage(input, extraFen)), profile, options);
    expect(rank(richer.eligible)).toBeLessThanOrEqual(rank(poorer.eligible));
  });
  test.prop([householdArb, profileArb, assetsArb])('an exclusion only ever removes eligibility', (input, [profile, options], assets) => {
    const without = classifyMonitoring(parsed(input), profile, options);
    const withFacts = classifyMonitoring(parsed({ ...input, assets }), profile, options);
    expect(rank(withFacts.eligible)).toBeLessThanOrEqual(rank(without.eligible));
    if (withFacts.excludedBy.length > 0) expect(withFacts.eligible).toBe(false);
  });
  test.prop([householdArb, profileArb, fc.infiniteStream(fc.nat())])('member order never changes the result', (input, [profile, options], keys) => {
    const h = parsed(input);
    const shuffled = [...h.members].map((m) => ({ m, k: keys.next().value })).sort((a, b) => a.k - b.k).map((x) => x.m);
    const a = classifyMonitoring(h, profile, options);
    const b = classifyMonitoring({ ...h, members: shuffled }, profile, options);
    expect([b.eligible, b.category, b.excludedBy, b.unverified, b.missing.length]).toEqual([a.eligible, a.category, a.excludedBy, a.unverified, a.missing.length]);
  });
  test.prop([householdArb, profileArb, assetsArb])('results are deterministic and survive a JSON round trip', (input, [profile, options], assets) => {
    const h = parsed({ ...input, assets });
    const r = classifyMonitoring(h, profile, options);
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
    expect(classifyMonitoring(h, profile, options)).toStrictEqual(r);
  });
  test.prop([householdArb, profileArb, assetsArb])('the four outcomes are consistent: eligible summarises the outcome; to verify always names facts and the signs that warrant the visit', (input, [profile, options], assets) => {
    const r = classifyMonitoring(parsed({ ...input, assets }), profile, options);
    expect(r.eligible).toBe(r.outcome === 'identified' ? true : r.outcome === 'not-identified' ? false : null);
    expect(r.category !== null).toBe(r.outcome === 'identified' && r.category !== null);
    if (r.outcome === 'to-verify') {
      expect(r.toVerify.length).toBeGreaterThan(0);
      expect(r.signs.length).toBeGreaterThan(0);
      for (const v of r.toVerify) for (const f of v.facts) expect(f.label.zh).not.toBe(f.field);
    } else {
      expect([r.toVerify, r.signs, r.provisionalCategory]).toEqual([[], [], null]);
    }
    if (r.outcome === 'undetermined') expect(r.missing.length).toBeGreaterThan(0);
    if (r.onRecordAlone) expect(r.outcome).toBe('not-identified');
  });
  test.prop([householdArb, fc.constantFrom<[Profile, { asOf?: string }]>([jinan, JINAN], [wuqingyuan, GANSU], [linziWithLine, {}])])(
    'issue 11: the national-form profiles identify nobody without a risk on record (A27, A23–A26, a hardship)',
    (input, [profile, options]) => {
      const h = parsed(input);
      const r = classifyMonitoring(h, profile, options);
      if (r.outcome === 'identified') {
        const risk =
          (h.riskTypes?.length ?? 0) > 0 || Object.values(h.guarantees ?? {}).some((v) => v === true) || Object.values(h.hardship ?? {}).some((v) => v === true);
        expect(risk).toBe(true);
      }
    },
  );
  test.prop([householdArb, profileArb])('no message contains an unmasked ID number', (input, [profile, options]) => {
    const h = parsed({ ...input, id: '110105194912310021', members: input.members.map((m, i) => ({ ...m, idNumber: `11010519491231${String(1000 + i)}` })) });
    for (const f of classifyMonitoring(h, profile, options).findings) {
      expect(containsUnmaskedIdNumber(f.message.zh) || containsUnmaskedIdNumber(f.message.en)).toBe(false);
    }
  });
});

describe('boundaries of the dated and numeric thresholds identification reads (issue 13 item 5)', () => {
  const withRisk = (wage: string) => household({ members: two, income: income(wage), riskTypes: ['illness'] });
  const roundedProfile = defineProfile({
    id: 'test/linzi-rounded/2023',
    extends: 'shandong/linzi/2023',
    title: { zh: '临淄（补充监测线，舍入比较）', en: 'Linzi with a line, rounded comparison' },
    documents: [countyDoc],
    parameters: {
      monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: '6500', citation: { doc: countyDoc.id, clause: '一' } }],
      lineComparison: [{ from: '2019-01-01', value: 'rounded', citation: { doc: countyDoc.id, clause: '一' } }],
    },
  });

  it.each([
    ['2024-09-29', false, '7200.00'],
    ['2024-09-30', true, '7800.00'],
    ['2024-10-01', true, '7800.00'],
  ])('gansu-monitoring-line 2023/2024年度监测范围: A38 7500.00 as of %s is read against the line of the period ending on or before it', (asOf, identified, line) => {
    // A37 15000.00 ÷ 2 = 7500.00: not below 7200 (income period 2022-10-01..2023-09-30), below 7800 (2023-10-01..2024-09-30)
    const r = classifyMonitoring(withRisk('15000'), wuqingyuan, { asOf });
    expect(r.eligible).toBe(identified);
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ A38: '7500.00', line, below: identified });
  });

  it.each([
    ['2020-12-31', 'incomePeriod'],
    ['2022-01-01', 'monitoringLine'],
  ])('S004 §二(二) "2021年省定监测线": a Longkou household discovered on %s (outside 2021) has no %s — never a guess', (discoveredOn, key) => {
    const h = household({ discoveredOn, income: income('6000'), hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true } });
    expect(() => classifyMonitoring(h, longkou)).toThrow(MissingParameterError);
    try {
      classifyMonitoring(h, longkou);
    } catch (e) {
      expect((e as MissingParameterError).parameter).toBe(key);
    }
  });
  it.each(['2021-01-01', '2021-12-31'])('S004 §二(二): a Longkou household discovered on %s (the ends of 2021) is read against the 6500 line', (discoveredOn) => {
    const r = classifyMonitoring(household({ discoveredOn, income: income('6000'), hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true } }), longkou);
    expect(r).toMatchObject({ outcome: 'identified', category: 'marginal' });
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ line: '6500.00', below: true });
  });

  it.each([
    ['19499.97', true, '6499.99'],
    ['19499.99', false, '6500.00'],
    ['19500.02', false, '6500.01'],
  ])('lineComparison "rounded" (S000 附件1 注2 under a profile comparing the rounded figure): A37 %s over 3 people, rounded to the fen, below 6500 is %s', (wage, below, rounded) => {
    const r = classifyMonitoring(household({ income: income(wage), riskTypes: ['illness'] }), roundedProfile);
    expect(r.eligible).toBe(below);
    const f = by(r, 'identification.income-test')!;
    expect(f.values).toMatchObject({ A38: rounded, below, comparison: 'rounded' });
    expect(f.message.zh).toContain(`舍入后为 ${rounded} 元`);
  });

  const three = (change: { kind: string; on: string }) => [two[0], two[1], { name: '王小明', sex: 'male', relation: 'son', birthDate: '2000-05-20', health: 'healthy', labour: 'ordinary', changes: [change] }];
  it.each([
    ['2023-09-29', false],
    ['2023-09-30', false],
    ['2023-10-01', true],
  ])('S000 §四 (成员自然变化 over 2022-10-01..2023-09-30), householdSizeRule period-end: a member who died on %s is counted: %s — and the household at A37 30000 is identified only with 3 people', (on, counted) => {
    // A37 30000.00 ÷ 3 = 10000.00 < 10560; ÷ 2 = 15000.00, not below
    const r = classifyMonitoring(household({ members: three({ kind: 'death', on }), income: income('30000'), riskTypes: ['illness'] }), jinan, JINAN);
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ householdSize: counted ? 3 : 2 });
    expect(r.eligible).toBe(counted);
  });
  it.each([
    ['2023-09-30', true],
    ['2023-10-01', false],
  ])('householdSizeRule any-time-in-period: a member born on %s (the period ends 2023-09-30) is counted: %s', (on, counted) => {
    const anyTime = defineProfile({
      id: 'test/jinan-any-time/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '晋安（周期内任一时点在册）', en: "Jin'an, anyone on record in the period" },
      documents: [countyDoc],
      parameters: { householdSizeRule: [{ from: '2019-01-01', value: 'any-time-in-period', citation: { doc: countyDoc.id, clause: '一' } }] },
    });
    const members = [two[0], two[1], { name: '王小宝', sex: 'male', relation: 'son', birthDate: on, health: 'healthy', labour: 'none', changes: [{ kind: 'birth', on }] }];
    const r = classifyMonitoring(household({ members, income: income('30000'), riskTypes: ['illness'] }), anyTime, JINAN);
    expect(by(r, 'identification.income-test')!.values).toMatchObject({ householdSize: counted ? 3 : 2 });
    expect(r.eligible).toBe(counted);
  });
  it('sign income-drop (A34 against last year\'s figure): last year\'s 9999.99 is no sign either', () => {
    const r = classifyMonitoring(household({ members: two, income: income('20000'), previousPerCapitaNetIncome: '9999.99' }), linziWithLine);
    expect(r).toMatchObject({ outcome: 'not-identified', onRecordAlone: true, signs: [] });
  });
  it.each([
    ['2022-09-30', false],
    ['2022-10-01', true],
    ['2023-12-15', true],
    ['2023-12-16', false],
  ])('sign event: a department warning dated %s (period 2022-10-01..2023-09-30, as of 2023-12-15) is a sign: %s', (on, sign) => {
    const r = classifyMonitoring(household({ members: two, income: income('40000'), events: [{ kind: 'large-medical-spending', on, departmentWarning: true }] }), jinan, JINAN);
    expect(r.outcome).toBe(sign ? 'to-verify' : 'not-identified');
    expect(r.signs).toEqual(sign ? ['event'] : []);
  });
  it('sign out-of-pocket: A36 taking A38 to 6500.01 (above the line) is no sign', () => {
    // A33 = 21000 → A34 7000.00; A37 = 21000 − 1499.97 = 19500.03 → A38 6500.01
    const r = classifyMonitoring(household({ income: income('21000', { compliantOutOfPocket: '1499.97' }) }), longkou, LONGKOU);
    expect(r).toMatchObject({ outcome: 'not-identified', signs: [] });
  });
});

describe('messages an official reads name facts, not field paths (issue 13 item 3)', () => {
  const PATH = /\b(?:hardship|assets|guarantees|income|policyReview|monitoring)\.[a-zA-Z]|members\[\d*\]|\basOf\b|\bdiscoveredOn\b|\briskTypes\b|\bidentification\.[a-z]/;

  it('S004 §二(二): conditions not on record are named by their labels', () => {
    const r = classifyMonitoring(household({ income: income('6000') }), longkou, LONGKOU);
    const f = by(r, 'identification.condition.rigid-spending')!;
    expect(f).toMatchObject({ outcome: 'undetermined', missing: ['hardship.rigidSpendingExceedsIncome', 'hardship.basicNeedsAffected'] });
    expect(f.message.zh).toBe('条件1：刚性支出明显超过上年度收入：未记录（因病、因残、因学等刚性支出明显超过上年度收入、“两不愁三保障”和饮水安全受到影响）');
    expect(f.message.en).toContain("not on record (rigid spending from illness, disability or schooling clearly above last year's income; ");
  });
  it('S004 §四(三): an exclusion not on record is named by its fact', () => {
    const r = classifyMonitoring(household({ povertyAlleviated: true, hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true } }), longkou, LONGKOU);
    expect(by(r, 'identification.exclusion.luxury-car')!.message.zh).toContain('相关情况未记录（');
    expect(by(r, 'identification.exclusion.luxury-car')!.message.zh).not.toContain('assets.');
  });
  it('a decision the record cannot settle names what it lacks: the as-of date', () => {
    const r = classifyMonitoring(household(), national);
    expect(by(r, 'identification.decision')!.message.zh).toBe('无法判定是否纳入监测：缺少 评估时点（as-of 日期）');
    expect(by(r, 'identification.decision')!.message.en).toBe('cannot decide whether the household enters monitoring: missing the as-of date');
  });
  it('S001 §一(一): the 低保 note names the members by their row', () => {
    const members = [two[0], { ...two[1], dibao: true }];
    const r = classifyMonitoring(household({ members, income: income('12000'), riskTypes: ['illness'] }), jinan, JINAN);
    expect(by(r, 'identification.dibao-no-bar')!.message.zh).toContain('（第2行成员）');
    expect(by(r, 'identification.dibao-no-bar')!.values).toEqual({ membersReceivingDibao: ['members[1]'], dibaoMeasure: false });
  });
  test.prop([householdArb, profileArb, assetsArb])('no identification message carries a field path or a rule id', (input, [profile, options], assets) => {
    for (const f of classifyMonitoring(parsed({ ...input, assets }), profile, options).findings) {
      if (!f.rule.startsWith('identification.')) continue;
      expect(f.message.zh, f.rule).not.toMatch(PATH);
      expect(f.message.en, f.rule).not.toMatch(PATH);
    }
  });
});
