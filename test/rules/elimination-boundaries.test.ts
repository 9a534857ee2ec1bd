/**
 * Every dated or numeric threshold the elimination layer reads, on its boundary and one either side
 * (issue 13 item 5): the line (A34 against it, exact by default), the six whole months from
 * identification and the date from which they apply, the members on record at the as-of date, a new
 * risk dated against the elimination, and the income at identification against the floor
 * (relabelling and 清退).
 */
import { describe, expect, it } from 'vitest';
import { assessRiskElimination, getProfile } from '../../src/index.js';
import { household, merge } from '../builders.js';

const jinan = getProfile('fujian/jinan/2023'); // line 10560; six months from 2022-04-01
const xiaozhongdian = getProfile('yunnan/xiaozhongdian/2021'); // floor 6000
const JINAN_AS_OF = { asOf: '2023-12-15' };
const XZD_AS_OF = { asOf: '2021-10-20' };

/** A 3-person 边缘易致贫户 meeting every condition in Jin'an 2023 (A33 = wage + 6000 + 1200 − 2000). */
const READY = {
  riskTypes: ['illness'],
  measures: ['health'],
  monitoring: { category: 'marginal', identifiedOn: '2023-01-10', review: { incomeStable: true, rigidSpendingResolved: true, riskGone: true, newRisk: false } },
};
const ready = (over: Record<string, unknown> = {}) => household(merge(merge(READY, { income: { wage: '30000' } }), over));
const eliminatedOn = (on: string, over: Record<string, unknown> = {}) => ready(merge({ monitoring: { eliminated: { method: 'assisted', on } } }, over));

type Shown = { rule: string; outcome: string; values: Record<string, unknown>; message: { zh: string; en: string } };
const findingOf = (r: { findings: unknown[] }, rule: string) => (r.findings as Shown[]).find((f) => f.rule === rule)!;

describe('practice 2.年人均纯收入稳定超过当年监测范围: A34 against the line, one fen either side', () => {
  // A33 = wage + 5200; the line × 3 = 31680.00.
  const at = (wage: string) => assessRiskElimination(ready({ income: { wage } }), jinan, JINAN_AS_OF);

  it('practice 2: A33 31679.99 (A34 10559.996… < 10560) blocks; 31680.00 and 31680.01 do not ("低于" is strict, compared exactly)', () => {
    expect(at('26479.99').blockers).toEqual(['income-below-line']);
    expect(at('26480.00').blockers).toEqual([]);
    expect(at('26480.01').blockers).toEqual([]);
    expect(findingOf(at('26479.99'), 'elimination.income-below-line').values).toEqual({ A33: '31679.99', householdSize: 3, A34: '10560.00', line: '10560.00' });
  });

  it('practice 2 (fix): the message shows the comparison that decided — never a rounded A34 equal to the line beside "低于"', () => {
    const below = findingOf(at('26479.99'), 'elimination.income-below-line');
    expect(below.message.zh).toBe('家庭人均纯收入低于监测线：A34 10559.996… 元 < 监测线 10560.00 元（A33 31679.99 元 < 10560.00 元 × 3 人 = 31680.00 元）');
    expect(below.message.en).toBe('per-capita net income is below the line: A34 10559.996… < the line 10560.00 (A33 31679.99 < 10560.00 × 3 = 31680.00)');
    expect(findingOf(at('26480.00'), 'elimination.income-below-line').message.zh).toBe('家庭人均纯收入不低于监测线：A34 10560.00 元 = 监测线 10560.00 元（A33 31680.00 元 = 10560.00 元 × 3 人 = 31680.00 元）');
  });

  it('S002 §三(二) 第3类对象 in Jin\'an: an eliminated household one fen below is a roll-back candidate; at the line it is not', () => {
    const rollback = (wage: string) => assessRiskElimination(eliminatedOn('2023-10-01', { income: { wage } }), jinan, JINAN_AS_OF);
    expect(rollback('26479.99').rollback.reasons).toEqual(['rollback-income-below-line']);
    expect(rollback('26480.00').rollback.reasons).toEqual([]);
    expect(rollback('26480.01').rollback.reasons).toEqual([]);
    expect(findingOf(rollback('26479.99'), 'elimination.rollback.income-below-line').message.zh).toBe(
      '已标注风险消除，但家庭人均纯收入低于监测线：A34 10559.996… 元 < 监测线 10560.00 元（A33 31679.99 元 < 10560.00 元 × 3 人 = 31680.00 元）；应回退',
    );
  });
});

describe('practice 识别认定监测对象时间至少半年以上: six whole months, counted to the day', () => {
  const identified = (on: string) => assessRiskElimination(ready({ monitoring: { identifiedOn: on } }), jinan, JINAN_AS_OF);

  it('practice 半年: identified 2023-06-16 is 5 whole months before 2023-12-15 (blocks); 2023-06-15 and 2023-06-14 are 6 (do not)', () => {
    expect(identified('2023-06-16').blockers).toEqual(['too-soon']);
    expect(findingOf(identified('2023-06-16'), 'elimination.too-soon').values).toMatchObject({ months: 5, minimumMonths: 6 });
    expect(identified('2023-06-15').blockers).toEqual([]);
    expect(findingOf(identified('2023-06-15'), 'elimination.too-soon').values).toMatchObject({ months: 6 });
    expect(identified('2023-06-14').blockers).toEqual([]);
  });

  it('practice (county rule 2_11_002, 2022年4月份以后消除风险): an elimination on 2022-03-31 is exempt; one on 2022-04-01 or 2022-04-02 is held to six months', () => {
    // Identified 2022-01-10: under three whole months before each of these dates.
    const on = (date: string) => assessRiskElimination(eliminatedOn(date, { monitoring: { identifiedOn: '2022-01-10' } }), jinan, JINAN_AS_OF);
    expect(findingOf(on('2022-03-31'), 'elimination.too-soon')).toMatchObject({ outcome: 'not-met', values: { months: 2, appliesFrom: '2022-04-01' } });
    expect(findingOf(on('2022-03-31'), 'elimination.too-soon').message.zh).toContain('早于最短时间规定的适用日期 2022-04-01');
    expect(on('2022-03-31').blockers).not.toContain('too-soon');
    expect(findingOf(on('2022-04-01'), 'elimination.too-soon')).toMatchObject({ outcome: 'met', values: { months: 2, eliminationDate: '2022-04-01' } });
    expect(on('2022-04-01').blockers).toContain('too-soon');
    expect(on('2022-04-02').blockers).toContain('too-soon');
  });
});

describe('practice 对整户无劳动力的监测对象,暂不标注“风险消除”: the members on record at the end of the as-of date', () => {
  // The only member able to work leaves on, before or after the as-of date (2023-12-15); the others cannot work.
  const headLeaves = (on: string) =>
    assessRiskElimination(
      ready({
        members: [
          { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, changes: [{ kind: 'move-out', on }] },
          { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'lost', basicMedicalInsurance: true },
          { name: '王小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'junior-2', basicMedicalInsurance: true },
        ],
      }),
      jinan,
      JINAN_AS_OF,
    );

  it('practice 整户无劳动力: moved out on 2023-12-14 or on the as-of date itself → no one on record can work (blocks); on 2023-12-16 → still on record (does not)', () => {
    expect(headLeaves('2023-12-14').blockers).toContain('no-labour-capacity');
    expect(headLeaves('2023-12-15').blockers).toContain('no-labour-capacity');
    expect(findingOf(headLeaves('2023-12-15'), 'elimination.no-labour-capacity').values).toEqual({ noLabourSafetyNet: null, membersOnRecord: 2 });
    expect(headLeaves('2023-12-16').blockers).not.toContain('no-labour-capacity');
    expect(findingOf(headLeaves('2023-12-16'), 'elimination.no-labour-capacity').values).toEqual({ noLabourSafetyNet: null, membersOnRecord: 3 });
  });
});

describe('S002 §三(一)2 风险再标注: a new risk dated against the elimination (2021-06-01)', () => {
  const withNewRiskOn = (on: string) =>
    assessRiskElimination(
      eliminatedOn('2021-06-01', { monitoring: { identifiedOn: '2020-11-01', review: { informedConsent: true, dependsOnMeasures: false, newRisk: true, newRiskOn: on } } }),
      xiaozhongdian,
      XZD_AS_OF,
    );

  it('S002 §三(一)2 消除后…新出现: dated 2021-05-31 or on the day of the elimination is not a re-marking; 2021-06-02 is', () => {
    expect(withNewRiskOn('2021-05-31').rollback.remark).toBe(false);
    expect(withNewRiskOn('2021-06-01').rollback.remark).toBe(false);
    expect(findingOf(withNewRiskOn('2021-06-01'), 'elimination.remark').message.zh).toBe('新风险发生于 2021-06-01，不晚于风险消除时间 2021-06-01：不属风险再标注，应核查原消除是否稳定');
    expect(withNewRiskOn('2021-06-02').rollback.remark).toBe(true);
  });
});

describe('S002 §三(二)1: the income at identification against the 6000 floor', () => {
  const atIdentification = (income: string, category = 'sudden-hardship') =>
    assessRiskElimination(ready({ monitoring: { category, identifiedOn: '2020-11-01', perCapitaIncomeAtIdentification: income }, hardship: { severeDifficulty: false } }), xiaozhongdian, XZD_AS_OF);

  it('S002 §三(二)1 准确标注监测对象类别: 5999.99 is below the floor (边缘易致贫户); 6000.00 and 6000.01 are not (突发严重困难户)', () => {
    expect(atIdentification('5999.99').rollback.relabel).toEqual({ needed: true, from: 'sudden-hardship', to: 'marginal' });
    expect(atIdentification('6000.00').rollback.relabel).toEqual({ needed: false, from: 'sudden-hardship', to: 'sudden-hardship' });
    expect(atIdentification('6000.01').rollback.relabel).toEqual({ needed: false, from: 'sudden-hardship', to: 'sudden-hardship' });
  });

  it('S002 §三(二)1 清退: 5999.99 met the income condition (not a candidate); 6000.00 and 6000.01, with nothing else on record, are candidates', () => {
    expect(atIdentification('5999.99').rollback.removal).toBe(false);
    expect(atIdentification('6000.00').rollback.removal).toBe(true);
    expect(findingOf(atIdentification('6000.00'), 'elimination.removal').message.zh).toContain('识别时家庭人均纯收入 6000.00 元 = 监测线 6000.00 元');
    expect(atIdentification('6000.01').rollback.removal).toBe(true);
  });
});
