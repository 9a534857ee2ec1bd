/**
 * What the data-quality issues say: exact messages and values (money as 2-place strings, ID and
 * phone numbers masked), citations that include the parameter's source, thresholds read from the
 * profile, and the `quality.skipped` notes when a date or a parameter is missing.
 */
import { describe, expect, it } from 'vitest';
import { checkDataQuality, defineProfile, getProfile, memberPresentOn, validateIdNumber } from '../../../src/index.js';
import { AS_OF, clean, eliminated, HEAD, hits, issuesOf, member, monitored, SON, SPOUSE, withMembers } from './fixtures.js';

const MOTHER = { name: '赵桂兰', sex: 'female', relation: 'mother', birthDate: '1949-12-31', health: 'chronic', labour: 'none', basicMedicalInsurance: true, dibao: false, tekun: false };

describe('messages and values', () => {
  it('GB 11643: a wrong check character is reported with the ID masked (1101**********0021)', () => {
    const [issue] = hits(issuesOf(clean({ members: [HEAD, SPOUSE, SON, member(MOTHER, { idNumber: '110105194912310021' })] })), 'quality.identity.checksum');
    expect(issue).toEqual({
      code: 'quality.identity.checksum',
      severity: 'error',
      path: 'members[3].idNumber',
      message: { zh: '第4行成员（赵桂兰）的身份证号码 1101**********0021 校验码错误', en: 'member 4 (赵桂兰) has an ID number whose check character is wrong (1101**********0021)' },
      citations: [
        { doc: '临稷办发〔2023〕76号', clause: '附件1 二 A7' },
        { doc: 'GB 11643-1999', clause: '校验码' },
        { doc: 'county-practice', clause: '1_01_003' },
        { doc: 'county-practice', clause: '1_12_003' },
      ],
      values: { idNumber: '1101**********0021' },
    });
  });

  it('C 证件号码异常: a 15-digit number gets the upgraded 18-digit number, masked', () => {
    const [issue] = hits(issuesOf(clean({ members: [HEAD, SPOUSE, SON, member(MOTHER, { idNumber: '110105491231002' })] })), 'quality.identity.fifteen-digit');
    expect(issue!.severity).toBe('info');
    expect(issue!.values).toEqual({ idNumber: '1101*******1002', upgraded: '1101**********002X' });
  });

  it('4_11_010 / S002 §三(二): below-the-line elimination shows exact money and cites the Jin’an line 10560', () => {
    const [issue] = hits(issuesOf(eliminated({ income: { wage: '31679.99', operating: '0', transfer: '0', operatingExpense: '0' } })), 'quality.consistency.eliminated-below-line');
    expect(issue!.values).toEqual({ A33: '31679.99', householdSize: 3, A34: '10560.00', exact: '10559.996…', line: '10560.00', lineTimesSize: '31680.00', relation: '<', comparison: 'exact', method: 'assisted', eliminatedOn: '2023-09-15' });
    expect(issue!.message.zh).toBe('已于 2023-09-15 标注风险消除，但本周期家庭人均纯收入 A34 10559.996… 元 < 监测线 10560.00 元（A33 31679.99 元 < 10560.00 元 × 3 人 = 31680.00 元）');
    expect(issue!.citations).toContainEqual({ doc: '榕晋乡振〔2023〕12号', clause: '一(一)' });
  });

  it('1_02_006 under Longkou 2021: 应纳未纳 cites 龙扶贫组字〔2021〕1号 §二(二) for the 6500 line', () => {
    const h = clean({ povertyAlleviated: true, discoveredOn: '2021-06-15', income: { wage: '19499.99', operating: '0', transfer: '0', operatingExpense: '0' } });
    const [issue] = hits(issuesOf(h, getProfile('shandong/longkou/2021'), '2021-06-15'), 'quality.monitoring-gap.below-line');
    expect(issue!.values).toEqual({ figure: 'A34', A34: '6500.00', exact: '6499.996…', A33: '19499.99', householdSize: 3, line: '6500.00', lineTimesSize: '19500.00', relation: '<', comparison: 'exact' });
    expect(issue!.message.zh).toBe('脱贫户未纳入监测，但家庭人均纯收入 A34 6499.996… 元 < 监测线 6500.00 元（A33 19499.99 元 < 6500.00 元 × 3 人 = 19500.00 元）');
    expect(issue!.citations).toContainEqual({ doc: '龙扶贫组字〔2021〕1号', clause: '二(二)' });
    const exact = clean({ povertyAlleviated: true, discoveredOn: '2021-06-15', income: { wage: '19500', operating: '0', transfer: '0', operatingExpense: '0' } });
    expect(hits(issuesOf(exact, getProfile('shandong/longkou/2021'), '2021-06-15'), 'quality.monitoring-gap.below-line')).toEqual([]);
  });

  // A33 = 19500.00 (A34 = 6500.00, at the line); 合规自付支出 3000 → A37 = 16500.00 (A38 = 5500.00, below it).
  const spendingBelow = { wage: '19500', operating: '0', transfer: '0', operatingExpense: '0', compliantOutOfPocket: '3000' };

  it('1_02_006 人均纯收入 / 龙扶贫组字〔2021〕1号 §二(二): under Longkou 应纳未纳 compares A34, so spending that only lowers A38 is not flagged', () => {
    const h = clean({ povertyAlleviated: true, discoveredOn: '2021-06-15', income: spendingBelow });
    expect(hits(issuesOf(h, getProfile('shandong/longkou/2021'), '2021-06-15'), 'quality.monitoring-gap.below-line')).toEqual([]);
    const below = clean({ povertyAlleviated: true, discoveredOn: '2021-06-15', income: { ...spendingBelow, wage: '19499.99' } });
    expect(hits(issuesOf(below, getProfile('shandong/longkou/2021'), '2021-06-15'), 'quality.monitoring-gap.below-line')[0]!.values).toMatchObject({ figure: 'A34', A34: '6500.00', exact: '6499.996…' });
  });

  it('1_02_006 人均纯收入 / 小甸巩固振兴组办〔2021〕1号 §二 "人均纯收入低于监测底线": under Xiaozhongdian 应纳未纳 compares A34 with 6000', () => {
    // A33 = 18000.00 ÷ 3 = 6000.00 (at the floor); A37 = 15000.00 ÷ 3 = 5000.00.
    const atFloor = { ...spendingBelow, wage: '18000' };
    const yunnan = getProfile('yunnan/xiaozhongdian/2021');
    expect(hits(issuesOf(clean({ povertyAlleviated: true, income: atFloor }), yunnan, '2021-09-30'), 'quality.monitoring-gap.below-line')).toEqual([]);
    const [issue] = hits(issuesOf(clean({ povertyAlleviated: true, income: { ...atFloor, wage: '17999.99' } }), yunnan, '2021-09-30'), 'quality.monitoring-gap.below-line');
    expect(issue!.values).toMatchObject({ figure: 'A34', A34: '6000.00', exact: '5999.996…', A33: '17999.99', line: '6000.00' });
    expect(issue!.citations).toContainEqual({ doc: '小甸巩固振兴组办〔2021〕1号', clause: '二' });
  });

  it('1_02_006 / 临稷办发〔2023〕76号 附件1 注2: where the profile decides entry by A38 (Jin’an), the same spending is flagged, saying A38', () => {
    // Jin'an: A37 = 31679.99 − 0 → A38 10559.996… < 10560; A34 is 11559.996… above it once 3000 of spending is counted.
    const h = clean({ povertyAlleviated: true, income: { wage: '34679.99', operating: '0', transfer: '0', operatingExpense: '0', compliantOutOfPocket: '3000' } });
    const [issue] = hits(issuesOf(h), 'quality.monitoring-gap.below-line');
    expect(issue!.values).toMatchObject({ figure: 'A38', A38: '10560.00', exact: '10559.996…', A37: '31679.99', lineTimesSize: '31680.00', relation: '<' });
    expect(issue!.message.zh).toBe('脱贫户未纳入监测，但人均收入参考范围 A38 10559.996… 元 < 监测线 10560.00 元（A37 31679.99 元 < 10560.00 元 × 3 人 = 31680.00 元）');
    expect(issue!.message.zh).not.toContain('≈');
  });

  it('3_11_010 / B 18: a per-capita income just under the 4000 floor is shown exactly, not rounded up to the floor', () => {
    // A33 = 11999.99 over 3 = 3999.996…, which rounds to 4000.00.
    const [issue] = hits(issuesOf(monitored({ income: { wage: '11999.99', operating: '0', transfer: '0', operatingExpense: '0' } })), 'quality.income.low-per-capita');
    expect(issue!.message.zh).toBe('监测对象户家庭人均纯收入 A34 3999.996… 元 < 下限 4000.00 元（A33 11999.99 元 < 4000.00 元 × 3 人 = 12000.00 元），请核实收入是否漏填');
    expect(issue!.values).toMatchObject({ A34: '4000.00', exact: '3999.996…', limit: '4000.00', lineTimesSize: '12000.00', relation: '<' });
  });

  it('5_13_003: a landline contact phone is reported masked, never in full', () => {
    const [issue] = hits(issuesOf(monitored({ contact: { phone: '87480420' } })), 'quality.completeness.contact-phone');
    expect(issue!.message.zh).toBe('监测联系电话 ******20 不是11位手机号码');
    expect(JSON.stringify(issue)).not.toContain('87480420');
  });

  it('S000 §四: ages are taken at the status date, the end of the period the as-of date falls in', () => {
    // Turns 60 on 2023-10-01: under 60 on the status date 2023-09-30 even when assessed in December.
    const h = withMembers({ 0: { birthDate: '1963-10-01', idNumber: undefined } });
    expect(hits(issuesOf(h, getProfile('fujian/jinan/2023'), '2023-12-15'), 'quality.age.elderly-full-labour')).toEqual([]);
    expect(hits(issuesOf(h, getProfile('fujian/jinan/2023'), '2024-09-30'), 'quality.age.elderly-full-labour')).toHaveLength(1);
  });

  it('members who died before the status date are not checked for age against status', () => {
    const h = withMembers({ 2: { schoolStatus: undefined, changes: [{ kind: 'death', on: '2023-04-01' }] } });
    expect(hits(issuesOf(h), 'quality.age.compulsory-school')).toEqual([]);
  });

  it('4_11_012: the wage recorded at elimination decides, not the current period’s', () => {
    const h = eliminated({ income: { wage: '0' }, monitoring: { eliminated: { income: { wage: '0' } } } });
    const [issue] = hits(issuesOf(h), 'quality.consistency.eliminated-employment-without-wage');
    expect(issue!.path).toBe('monitoring.eliminated.income.wage');
  });

  it('2_11_002: eliminations before 2022-04-01 are not tested for duration', () => {
    const early = eliminated({ monitoring: { identifiedOn: '2022-01-10', eliminated: { on: '2022-03-31' } } });
    const late = eliminated({ monitoring: { identifiedOn: '2022-01-10', eliminated: { on: '2022-04-01' } } });
    expect(hits(issuesOf(early), 'quality.consistency.elimination-too-soon')).toEqual([]);
    expect(hits(issuesOf(late), 'quality.consistency.elimination-too-soon')[0]!.values).toMatchObject({ months: 2, minMonths: 6, appliesFrom: '2022-04-01' });
  });

  it('A26 "yes" while every member on record is insured is an error too', () => {
    const [issue] = hits(issuesOf(clean({ guarantees: { memberWithoutMedicalInsurance: true } })), 'quality.consistency.a26-a17');
    expect(issue!.values).toEqual({ A26: true, generatedFromA17: false });
  });

  it('an ID number used as a name is masked in every message', () => {
    const h = withMembers({ 1: { name: '11010519491231002X', labour: 'weak' } });
    const issues = issuesOf(h);
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(JSON.stringify(i.message)).not.toContain('11010519491231002X');
  });
});

describe('thresholds are profile parameters', () => {
  const county = defineProfile({
    id: 'test/guizhou-county/2023',
    extends: 'fujian/jinan/2023',
    title: { zh: '测试县（务工月收入下限400元）', en: 'test county (monthly wage floor 400)' },
    parameters: {
      qualityMonthlyWageRange: [
        { from: '2020-10-01', value: { min: '400', max: '30000' }, citation: { doc: 'county-practice', clause: '1111_12', quote: '务工就业脱贫人口（含监测对象）月收入低于400元' } },
      ],
    },
  });

  it('1111_12: a county raising the monthly-wage floor to 400 flags 399.99 and cites its own rule', () => {
    const h = withMembers({ 0: { employment: [{ start: '2023-01', monthlyWage: '399.99' }] } });
    expect(hits(issuesOf(h), 'quality.work.monthly-wage-range')).toEqual([]);
    const [issue] = hits(issuesOf(h, county), 'quality.work.monthly-wage-range');
    expect(issue!.values).toEqual({ monthlyWage: '399.99', min: '400.00', max: '30000.00' });
    expect(issue!.citations).toContainEqual({ doc: 'county-practice', clause: '1111_12' });
  });

  it('a profile that leaves a quality parameter unset gets a quality.skipped note instead of an exception', () => {
    const silent = defineProfile({
      id: 'test/no-wage-band/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试（无月收入范围）', en: 'test (no wage band)' },
      unset: { qualityMonthlyWageRange: { zh: '本县未规定', en: 'not set by this county' } },
    });
    const h = withMembers({ 0: { employment: [{ start: '2023-01', monthlyWage: '50' }] } });
    const issues = issuesOf(h, silent);
    expect(hits(issues, 'quality.work.monthly-wage-range')).toEqual([]);
    const [note] = hits(issues, 'quality.skipped');
    expect(note!.severity).toBe('info');
    expect(note!.values).toEqual({ check: 'quality.work.monthly-wage-range', parameter: 'qualityMonthlyWageRange', on: AS_OF });
    expect(note!.message.zh).toContain('本县未规定');
  });
});

describe('checks that need the monitoring line are skipped, with a note, where the profile has none', () => {
  const below = () => clean({ povertyAlleviated: true, income: { wage: '3000', operating: '0', transfer: '0', operatingExpense: '0' } });

  it('national/2021 sets no line (中农组发〔2021〕7号): 应纳未纳 is not run and the note gives the reason', () => {
    const issues = checkDataQuality(below(), getProfile('national/2021'), { asOf: AS_OF });
    expect(hits(issues, 'quality.monitoring-gap.below-line')).toEqual([]);
    const notes = hits(issues, 'quality.skipped');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.values).toMatchObject({ check: 'quality.monitoring-gap.below-line', parameter: 'monitoringLine' });
    expect(notes[0]!.message.zh).toContain('全国不设统一监测线');
    // The thresholds that do exist still apply: 1000 a head is below 4000.
    expect(hits(issues, 'quality.income.low-per-capita')).toHaveLength(1);
  });

  it('shandong/linzi/2023 leaves the line unset: an eliminated household gets a note, not a verdict', () => {
    const issues = checkDataQuality(eliminated(), getProfile('shandong/linzi/2023'));
    expect(hits(issues, 'quality.consistency.eliminated-below-line')).toEqual([]);
    expect(hits(issues, 'quality.skipped')[0]!.values).toMatchObject({ check: 'quality.consistency.eliminated-below-line', parameter: 'monitoringLine', on: '2023-09-30' });
  });

  it('households the line checks do not apply to get no note', () => {
    expect(hits(checkDataQuality(clean(), getProfile('national/2021'), { asOf: AS_OF }), 'quality.skipped')).toEqual([]);
  });

  it('without an as-of date (national/2021 has no default) the dated checks are not run and one note says why', () => {
    const h = withMembers({ 1: { labour: 'weak' } });
    const issues = checkDataQuality(h, getProfile('national/2021'));
    expect(hits(issues, 'quality.age.working-age-no-labour')).toEqual([]);
    const [note] = hits(issues, 'quality.skipped');
    expect(note!.values!.missing).toBe('asOf');
    expect(note!.values!.checks).toContain('quality.age.working-age-no-labour');
    expect(issues[0]).toBe(note);
  });
});

describe('model helpers the checks rely on', () => {
  it('validateIdNumber still reads the GB 11643 vectors (1880 birth year, lower-case x, certificates)', () => {
    expect(validateIdNumber('440524188001010014')).toMatchObject({ valid: true, birthDate: '1880-01-01', sex: 'male' });
    expect(validateIdNumber('11010519491231002x')).toMatchObject({ valid: true, normalized: '11010519491231002X' });
    expect(validateIdNumber('11010519491231002X41')).toMatchObject({ valid: true, disabilityCategory: 4, disabilityGrade: 1, severeDisability: true });
    expect(validateIdNumber('11010519491231002X41a!').problems).toEqual(['characters']);
    expect(validateIdNumber('1101A519491231002X').problems).toEqual(['characters']);
  });

  it('memberPresentOn: a member who died is off the record from that day; one born later is not yet on it', () => {
    const base = { name: '王一', sex: 'male' as const, relation: 'son' as const };
    expect(memberPresentOn({ ...base, changes: [{ kind: 'death', on: '2023-05-02' }] }, '2023-05-01')).toBe(true);
    expect(memberPresentOn({ ...base, changes: [{ kind: 'death', on: '2023-05-02' }] }, '2023-05-02')).toBe(false);
    expect(memberPresentOn({ ...base, changes: [{ kind: 'birth', on: '2023-05-02' }] }, '2023-05-01')).toBe(false);
    expect(memberPresentOn({ ...base, changes: [{ kind: 'marry-out', on: '2022-01-01' }, { kind: 'move-in', on: '2023-01-01' }] }, '2023-09-30')).toBe(true);
    expect(memberPresentOn({ ...base, changes: [{ kind: 'death', on: '2023-05-02' }] }, null)).toBe(false);
  });
});
