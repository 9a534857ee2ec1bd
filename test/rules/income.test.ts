import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { computeIncome, defineProfile, getProfile, parseHousehold, resolveContext } from '../../src/index.js';
import { compareWithLine, perCapitaExact, showLineComparison } from '../../src/kernel/line.js';
import { household } from '../builders.js';
import { householdArb } from '../arbitraries.js';

const linzi = getProfile('shandong/linzi/2023');
const longkou = getProfile('shandong/longkou/2021');
const xiaozhongdian = getProfile('yunnan/xiaozhongdian/2021');

const threePeople = () =>
  household({
    income: { wage: '12000', operating: '5000.50', property: '0', transfer: '1200', operatingExpense: '1000.50', claims: '300', compliantOutOfPocket: '4300' },
  });

describe('the national form’s formulas (S000 附件1 注1)', () => {
  it('S000 附件1 注1: A33 = A28 + A29 + A30 + A31 − A32 and A37 = A33 + A35 − A36, to the fen', () => {
    const r = computeIncome(threePeople(), linzi);
    // 12000 + 5000.50 + 0 + 1200 − 1000.50 = 17200.00; 17200.00 + 300 − 4300 = 13200.00
    expect(r.netIncome).toBe('17200.00');
    expect(r.referenceIncome).toBe('13200.00');
    expect(r.findings.find((f) => f.rule === 'income.A33')!.values).toMatchObject({ A28: '12000.00', A32: '1000.50', A33: '17200.00' });
  });
  it('S000 附件1 A34/A38: per head over 3 people, half-up to the fen (unverified default)', () => {
    const r = computeIncome(threePeople(), linzi);
    expect(r.householdSize).toBe(3);
    expect(r.perCapitaNetIncome).toBe('5733.33'); // 17200.00 ÷ 3 = 5733.333…
    expect(r.perCapitaReferenceIncome).toBe('4400.00'); // 13200.00 ÷ 3
  });
  it('absent A35 and A36 count as 0', () => {
    const r = computeIncome(household({ income: { wage: '100.01', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } }), linzi);
    expect(r.referenceIncome).toBe('100.01');
    expect(r.perCapitaNetIncome).toBe('33.34'); // 100.01 ÷ 3 = 33.336…
  });
  it('net income may be negative when the operating expense exceeds income', () => {
    const r = computeIncome(household({ income: { wage: '0', operating: '1000', property: '0', transfer: '0', operatingExpense: '4000.01' } }), linzi);
    expect(r.netIncome).toBe('-3000.01');
    expect(r.perCapitaNetIncome).toBe('-1000.00'); // −1000.0033… → half-up (away from zero at .5 only)
  });
  it('a profile may round per-capita values another way', () => {
    const halfEven = defineProfile({
      id: 'test/half-even/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { perCapitaRounding: [{ from: '2022-10-01', value: { mode: 'down', step: '1' }, citation: { doc: '临稷办发〔2023〕76号', clause: '附件1' } }] },
    });
    expect(computeIncome(threePeople(), halfEven).perCapitaNetIncome).toBe('5733.00');
  });
});

describe('the income period', () => {
  it('S000 §四: Linzi 2023 counts 2022-10-01 to 2023-09-30', () => {
    expect(computeIncome(threePeople(), linzi).period).toEqual({ from: '2022-10-01', to: '2023-09-30' });
  });
  it('S002 §五(一): Xiaozhongdian 2021 counts 2020-10-01 to 2021-09-30', () => {
    expect(computeIncome(threePeople(), xiaozhongdian).period).toEqual({ from: '2020-10-01', to: '2021-09-30' });
  });
  it('S000 §四: assessing in November still uses the period that ended on 30 September', () => {
    expect(computeIncome(threePeople(), linzi, { asOf: '2023-11-20' }).period).toEqual({ from: '2022-10-01', to: '2023-09-30' });
    expect(computeIncome(threePeople(), linzi, { asOf: '2023-09-29' }).period).toEqual({ from: '2021-10-01', to: '2022-09-30' });
  });
  it('S004 §二(二): discovered in June 2021, Longkou counts 2020-06-01 to 2021-05-31', () => {
    const h = household({ discoveredOn: '2021-06-18' });
    expect(computeIncome(h, longkou).period).toEqual({ from: '2020-06-01', to: '2021-05-31' });
    expect(resolveContext(h, longkou).parameterDate).toBe('2021-06-18');
  });
  it('S004 §二(二): without a discovery date or an as-of date the rolling period is undetermined, and says which fact is missing', () => {
    const r = computeIncome(threePeople(), longkou);
    expect(r.period).toBeNull();
    expect(r.findings[0]).toMatchObject({ rule: 'income.period', outcome: 'undetermined', missing: ['discoveredOn'] });
    // With no member changes the size and the per-capita values still need a parameter date: they are undetermined too.
    expect(r.perCapitaNetIncome).toBeNull();
  });
  it('S004 §二(二): the as-of date stands in for the discovery date, and the finding says so', () => {
    const r = computeIncome(threePeople(), longkou, { asOf: '2021-01-05' });
    expect(r.period).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(r.findings[0]!.values.discoveryAssumed).toBe(true);
  });
  it('national/2021 has no default as-of date: the caller must give one', () => {
    const r = computeIncome(threePeople(), getProfile('national/2021'));
    expect(r.findings[0]).toMatchObject({ outcome: 'undetermined', missing: ['asOf'] });
    expect(computeIncome(threePeople(), getProfile('national/2021'), { asOf: '2022-12-01' }).period).toEqual({ from: '2021-10-01', to: '2022-09-30' });
  });
});

describe('household size over the period (S000 §一(一), §四; rule unverified: period-end)', () => {
  const withChanges = (changes: Record<number, { kind: string; on: string }[]>) =>
    household({
      members: [
        { name: '王建国', sex: 'male', relation: 'head', changes: changes[0] },
        { name: '李秀英', sex: 'female', relation: 'spouse', changes: changes[1] },
        { name: '王小明', sex: 'male', relation: 'son', changes: changes[2] },
        { name: '王小红', sex: 'female', relation: 'daughter', changes: changes[3] },
      ],
    });
  it('S000 §一(一): a birth within the period counts; a death within it does not', () => {
    const r = computeIncome(withChanges({ 2: [{ kind: 'birth', on: '2023-03-01' }], 3: [{ kind: 'death', on: '2023-05-02' }] }), linzi);
    expect(r.householdSize).toBe(3);
    expect(r.findings.find((f) => f.rule === 'income.household-size')!.values.notCounted).toEqual(['members[3] (death 2023-05-02)']);
  });
  it('S000 §一(一): a daughter who married out before the period end is not counted; one who married in is', () => {
    const r = computeIncome(withChanges({ 3: [{ kind: 'marry-out', on: '2023-01-10' }], 1: [{ kind: 'marry-in', on: '2022-12-01' }] }), linzi);
    expect(r.householdSize).toBe(3);
  });
  it('S000 附件1 注3: a member who dies during identification, after the period, is still entered (counted)', () => {
    expect(computeIncome(withChanges({ 0: [{ kind: 'death', on: '2023-10-15' }] }), linzi).householdSize).toBe(4);
  });
  it('S000 附件1 注3: a member who dies during identification inside the period (on or after the discovery date) is still counted', () => {
    // Discovered 2023-08-01; the head dies 2023-09-10, before the period end 2023-09-30.
    const h = household({ ...withChanges({ 0: [{ kind: 'death', on: '2023-09-10' }] }), discoveredOn: '2023-08-01' });
    const r = computeIncome(h, linzi);
    expect(r.householdSize).toBe(4);
    const size = r.findings.find((f) => f.rule === 'income.household-size')!;
    expect(size.values).toMatchObject({ householdSize: 4, notCounted: [], countedDuringIdentification: ['members[0] (death 2023-09-10)'] });
    // The message names the member by row and the change in words (the values keep the path and the code).
    expect(size.message.zh).toBe('家庭人口数 4 人（在列 4 人；其中 1 人在识别监测对象过程中死亡（第1行成员（死亡 2023-09-10），不早于发现时间 2023-08-01），按附件1 注3 仍计入）');
    expect(size.message.en).toContain('member 1 (death 2023-09-10)');
    expect(size.citations).toContainEqual({ doc: '临稷办发〔2023〕76号', clause: '附件1 注3' });
  });
  it('S000 附件1 注3 boundary: a death the day before discovery is not during identification; on the discovery date it is', () => {
    const at = (death: string) => computeIncome(household({ ...withChanges({ 0: [{ kind: 'death', on: death }] }), discoveredOn: '2023-08-01' }), linzi).householdSize;
    expect(at('2023-07-31')).toBe(3);
    expect(at('2023-08-01')).toBe(4);
    expect(at('2023-08-02')).toBe(4);
  });
  it('S000 附件1 注3 boundary: once identified, a death after the identification date is not during identification', () => {
    const at = (death: string) =>
      computeIncome(household({ ...withChanges({ 0: [{ kind: 'death', on: death }] }), discoveredOn: '2023-03-01', monitoring: { category: 'marginal', identifiedOn: '2023-03-20' } }), linzi).householdSize;
    expect(at('2023-03-19')).toBe(4);
    expect(at('2023-03-20')).toBe(4);
    expect(at('2023-03-21')).toBe(3);
  });
  it('S000 附件1 注3: without a discovery date, or with a marry-out, the period-end rule alone decides', () => {
    expect(computeIncome(withChanges({ 0: [{ kind: 'death', on: '2023-09-10' }] }), linzi).householdSize).toBe(3);
    expect(computeIncome(household({ ...withChanges({ 0: [{ kind: 'marry-out', on: '2023-09-10' }] }), discoveredOn: '2023-08-01' }), linzi).householdSize).toBe(3);
  });
  it('S000 附件1 注3 is a profile reading: deathDuringIdentification not-counted leaves the period-end rule alone', () => {
    const strict = defineProfile({
      id: 'test/deaths-not-counted/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { deathDuringIdentification: [{ from: '2020-10-01', value: 'not-counted', citation: { doc: '临稷办发〔2023〕76号', clause: '附件1 注3' } }] },
    });
    expect(computeIncome(household({ ...withChanges({ 0: [{ kind: 'death', on: '2023-09-10' }] }), discoveredOn: '2023-08-01' }), strict).householdSize).toBe(3);
  });
  it('a child born after the period end is not yet counted', () => {
    expect(computeIncome(withChanges({ 3: [{ kind: 'birth', on: '2023-10-03' }] }), linzi).householdSize).toBe(3);
  });
  it('other counting rules are profile options', () => {
    const anyTime = defineProfile({
      id: 'test/any-time/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { householdSizeRule: [{ from: '2020-10-01', value: 'any-time-in-period', citation: { doc: '临稷办发〔2023〕76号', clause: '四' } }] },
    });
    expect(computeIncome(withChanges({ 3: [{ kind: 'death', on: '2023-05-02' }] }), anyTime).householdSize).toBe(4);
  });
  it('S000 §四 boundary (status as at 2023-09-30 24:00, period-end): a death on 2023-09-29 or on the period end is not counted; one on 2023-10-01 is', () => {
    const at = (on: string) => computeIncome(withChanges({ 3: [{ kind: 'death', on }] }), linzi).householdSize;
    expect(['2023-09-29', '2023-09-30', '2023-10-01'].map(at)).toEqual([3, 3, 4]);
  });
  it('S000 §四 boundary (period-end): a birth on 2023-09-29 or on the period end is counted; one on 2023-10-01 is not yet', () => {
    const at = (on: string) => computeIncome(withChanges({ 3: [{ kind: 'birth', on }] }), linzi).householdSize;
    expect(['2023-09-29', '2023-09-30', '2023-10-01'].map(at)).toEqual([4, 4, 3]);
  });
  it('S000 §四 boundary (any-time-in-period, 2022-10-01..2023-09-30): a member who joins on 2023-09-29 or on the last day was on record in the period; one who joins on 2023-10-01 was not', () => {
    const anyTime = defineProfile({
      id: 'test/any-time-boundary/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { householdSizeRule: [{ from: '2020-10-01', value: 'any-time-in-period', citation: { doc: '临稷办发〔2023〕76号', clause: '四' } }] },
    });
    const at = (on: string) => computeIncome(withChanges({ 3: [{ kind: 'marry-in', on }] }), anyTime).householdSize;
    expect(['2023-09-29', '2023-09-30', '2023-10-01'].map(at)).toEqual([4, 4, 3]);
  });
  it('with member changes and no period the size is undetermined, never guessed', () => {
    const r = computeIncome(withChanges({ 3: [{ kind: 'death', on: '2023-05-02' }] }), getProfile('national/2021'));
    expect(r.householdSize).toBeNull();
    expect(r.findings.find((f) => f.rule === 'income.household-size')).toMatchObject({ outcome: 'undetermined', missing: ['asOf'] });
  });
});

describe('breakdown items (S001 附件1 四)', () => {
  it('S001 附件1 四: transfer items that do not sum to A31 are reported with the difference', () => {
    const r = computeIncome(household({ income: { transfer: '3000', breakdown: { transfer: { dibao: '2400', pension: '1800' } } } }), linzi);
    expect(r.findings.find((f) => f.rule === 'income.breakdown')).toMatchObject({ outcome: 'met', values: { total: '3000.00', sumOfParts: '4200.00', difference: '1200.00', form: 'A31' } });
  });
  it('S001 附件1 四: items that sum to their total are not reported as a problem', () => {
    const r = computeIncome(household({ income: { property: '500', breakdown: { property: { assetIncomeDividend: '300.50', other: '199.50' } } } }), linzi);
    expect(r.findings.find((f) => f.rule === 'income.breakdown')!.outcome).toBe('not-met');
  });
});

describe('comparison with a line', () => {
  it('uses the exact per-capita value by default: 19499.99 over 3 is below 6500 although it rounds to 6500.00', () => {
    expect(compareWithLine(1949999, 3, 650000, linzi, '2023-09-30')).toBe(-1);
  });
  it('uses the rounded value when the profile says so', () => {
    const rounded = defineProfile({
      id: 'test/rounded/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { lineComparison: [{ from: '2020-10-01', value: 'rounded', citation: { doc: '临稷办发〔2023〕76号', clause: '附件1 注2' } }] },
    });
    expect(compareWithLine(1949999, 3, 650000, rounded, '2023-09-30')).toBe(0);
  });
});

describe('the exact comparison shown in messages (no rounded value next to "低于")', () => {
  const jinan = getProfile('fujian/jinan/2023');
  const A38 = { total: 'A37', perCapita: 'A38' };
  it('S001 §一(一) 10560: A37 31679.99 over 3 is shown below the line with the product that decides it, not as "≈ 10560.00"', () => {
    const s = showLineComparison(3167999, 3, 1056000, jinan, '2023-09-30', A38);
    expect(s.relation).toBe(-1);
    expect(s.perCapita).toBe('10559.996…');
    expect(s.text.zh).toBe('A38 10559.996… 元 < 监测线 10560.00 元（A37 31679.99 元 < 10560.00 元 × 3 人 = 31680.00 元）');
    expect(s.text.en).toBe('A38 10559.996… < the line 10560.00 (A37 31679.99 < 10560.00 × 3 = 31680.00)');
    expect(s.money).toBe('10560.00');
    expect(s.values).toEqual({ exact: '10559.996…', lineTimesSize: '31680.00', relation: '<', comparison: 'exact' });
  });
  it('at the line the values are equal and shown so; one cent more is above; one person needs no product', () => {
    expect(showLineComparison(3168000, 3, 1056000, jinan, '2023-09-30', A38).text.zh).toBe('A38 10560.00 元 = 监测线 10560.00 元（A37 31680.00 元 = 10560.00 元 × 3 人 = 31680.00 元）');
    expect(showLineComparison(3168001, 3, 1056000, jinan, '2023-09-30', A38)).toMatchObject({ relation: 1, perCapita: '10560.003…' });
    expect(showLineComparison(1055999, 1, 1056000, jinan, '2023-09-30', A38).text.zh).toBe('A38 10559.99 元 < 监测线 10560.00 元');
  });
  it('a profile comparing the rounded value is shown the rounded value, the rounding and "=" where it meets the line', () => {
    const rounded = defineProfile({
      id: 'test/rounded-shown/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { lineComparison: [{ from: '2020-10-01', value: 'rounded', citation: { doc: '临稷办发〔2023〕76号', clause: '附件1 注2' } }] },
    });
    const s = showLineComparison(3167999, 3, 1056000, rounded, '2023-09-30', A38);
    expect(s).toMatchObject({ relation: 0, perCapita: '10560.00', values: { relation: '=', comparison: 'rounded' } });
    expect(s.text.zh).toBe('A38 31679.99 ÷ 3 舍入后为 10560.00 元 = 监测线 10560.00 元（配置以舍入值比较：half-up，步长 0.01 元）');
  });
  it('perCapitaExact keeps enough places for the household size: 2 + its digits', () => {
    expect(perCapitaExact(100, 12)).toBe('0.0833…');
    expect(perCapitaExact(-100, 3)).toBe('-0.333…');
    expect(perCapitaExact(-99, 1)).toBe('-0.99');
  });
  test.prop([fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), fc.integer({ min: 1, max: 150 }), fc.integer({ min: 0, max: 5_000_000 })])(
    'the value shown never contradicts the comparison: below is shown below, equal equal, above not below',
    (total, size, line) => {
      const s = showLineComparison(total, size, line, jinan, '2023-09-30', A38);
      const shown = new Decimal(s.perCapita.replace('…', ''));
      const exact = new Decimal(total).div(100).div(size);
      const lineYuan = new Decimal(line).div(100);
      expect(s.relation).toBe(exact.comparedTo(lineYuan));
      if (s.relation === 0) expect(s.perCapita).toBe(lineYuan.toFixed(2));
      if (s.relation < 0) expect(shown.lt(lineYuan)).toBe(true);
      if (s.relation > 0) expect(shown.gt(lineYuan) || (shown.eq(lineYuan) && s.perCapita.endsWith('…'))).toBe(true);
      expect(s.perCapita.endsWith('…')).toBe(!exact.mul(100).isInteger());
      expect(s.text.zh).not.toContain('≈');
    },
  );
});

describe('income properties', () => {
  const parsed = (input: unknown) => {
    const r = parseHousehold(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.household;
  };
  test.prop([householdArb])('A33 identity, checked against decimal.js', (input) => {
    const h = parsed(input);
    const i = h.income;
    const expected = new Decimal(i.wage).plus(i.operating).plus(i.property).plus(i.transfer).minus(i.operatingExpense);
    const r = computeIncome(h, linzi);
    expect(r.netIncome).toBe(expected.toFixed(2));
    expect(r.referenceIncome).toBe(expected.plus(i.claims ?? 0).minus(i.compliantOutOfPocket ?? 0).toFixed(2));
  });
  test.prop([householdArb, fc.integer({ min: 1, max: 10_000_000 })])('more wage income never lowers A34 or A38', (input, extraFen) => {
    const h = parsed(input);
    const richer = parsed({ ...input, income: { ...input.income, wage: new Decimal(h.income.wage).plus(new Decimal(extraFen).div(100)).toFixed(2) } });
    const a = computeIncome(h, linzi);
    const b = computeIncome(richer, linzi);
    expect(new Decimal(b.perCapitaNetIncome!).gte(a.perCapitaNetIncome!)).toBe(true);
    expect(new Decimal(b.perCapitaReferenceIncome!).gte(a.perCapitaReferenceIncome!)).toBe(true);
  });
  test.prop([householdArb, fc.infiniteStream(fc.nat())])('member order never changes the figures', (input, seeds) => {
    const h = parsed(input);
    const shuffled = [...h.members].map((m) => ({ m, k: seeds.next().value })).sort((a, b) => a.k - b.k).map((x) => x.m);
    const a = computeIncome(h, linzi);
    const b = computeIncome({ ...h, members: shuffled }, linzi);
    expect([b.householdSize, b.netIncome, b.perCapitaNetIncome, b.referenceIncome, b.perCapitaReferenceIncome]).toEqual([
      a.householdSize,
      a.netIncome,
      a.perCapitaNetIncome,
      a.referenceIncome,
      a.perCapitaReferenceIncome,
    ]);
  });
  test.prop([householdArb])('results are plain JSON and deterministic', (input) => {
    const h = parsed(input);
    const r = computeIncome(h, linzi);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(computeIncome(h, linzi)).toEqual(r);
  });
});
