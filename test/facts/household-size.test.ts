/**
 * 家庭人口数 (src/facts/household-size.ts) on its date boundaries: a member change dated on the
 * period's first or last day, and a death on the first or last day of identification, each with the
 * day either side. 临稷办发〔2023〕76号 §四 counts member changes over the income period
 * (2022-10-01 to 2023-09-30); 附件1 注3 still counts a member who dies during identification. The
 * counting rule is a profile parameter (`householdSizeRule`); these tests call the fact directly with
 * each rule.
 */
import { describe, expect, it } from 'vitest';
import { countHousehold, type IdentificationWindow } from '../../src/facts/household-size.js';
import type { IncomePeriod } from '../../src/facts/context.js';
import { household } from '../builders.js';

/** 临稷办发〔2023〕76号 §四: "计算周期为2022年10月1日至2023年9月30日". */
const PERIOD: IncomePeriod = { from: '2022-10-01', to: '2023-09-30', kind: 'annual' };

/** Four members; the fourth (王小红) has the given changes. */
const withFourth = (changes: { kind: string; on: string }[]) =>
  household({
    members: [
      { name: '王建国', sex: 'male', relation: 'head' },
      { name: '李秀英', sex: 'female', relation: 'spouse' },
      { name: '王小明', sex: 'male', relation: 'son' },
      { name: '王小红', sex: 'female', relation: 'daughter', changes },
    ],
  });

const size = (changes: { kind: string; on: string }[], rule: 'period-end' | 'any-time-in-period', identification?: IdentificationWindow) =>
  countHousehold(withFourth(changes), rule, PERIOD, identification)!.size;

describe('period-end: who is on record at the end of the period (临稷办发〔2023〕76号 §四)', () => {
  it('§四: a death on the period’s last day (2023-09-30) takes the member off; the day before too; the day after, still counted', () => {
    expect(size([{ kind: 'death', on: '2023-09-29' }], 'period-end')).toBe(3);
    expect(size([{ kind: 'death', on: '2023-09-30' }], 'period-end')).toBe(3);
    expect(size([{ kind: 'death', on: '2023-10-01' }], 'period-end')).toBe(4);
  });

  it('§四: a birth on the period’s last day is counted; the day before too; the day after, not yet', () => {
    expect(size([{ kind: 'birth', on: '2023-09-29' }], 'period-end')).toBe(4);
    expect(size([{ kind: 'birth', on: '2023-09-30' }], 'period-end')).toBe(4);
    expect(size([{ kind: 'birth', on: '2023-10-01' }], 'period-end')).toBe(3);
  });

  it('§一(一): a marry-out on the last day, after a marry-in earlier in the period, leaves the member off; the reason names the last change on record', () => {
    const r = countHousehold(withFourth([{ kind: 'marry-out', on: '2023-09-30' }, { kind: 'marry-in', on: '2023-01-10' }]), 'period-end', PERIOD)!;
    expect(r.size).toBe(3);
    expect(r.members[3]).toEqual({ index: 3, counted: false, reason: 'marry-out 2023-09-30' });
  });

  it('a change after the period does not decide; the reason of a member not counted is the last change up to the period end', () => {
    const r = countHousehold(withFourth([{ kind: 'move-out', on: '2023-06-01' }, { kind: 'move-in', on: '2023-10-01' }]), 'period-end', PERIOD)!;
    expect(r.members[3]).toEqual({ index: 3, counted: false, reason: 'move-out 2023-06-01' });
  });
});

describe('any-time-in-period: anyone on record at some time in the period', () => {
  it('a member who joins on the period’s last day is counted; the day before too; the day after, not', () => {
    // The member left before the period, so only the join can bring them in.
    const back = (on: string) => [{ kind: 'move-out', on: '2022-05-01' }, { kind: 'move-in', on }];
    expect(size(back('2023-09-29'), 'any-time-in-period')).toBe(4);
    expect(size(back('2023-09-30'), 'any-time-in-period')).toBe(4);
    expect(size(back('2023-10-01'), 'any-time-in-period')).toBe(3);
  });

  it('a member who joins on the period’s first day is counted; one who joined the day before was on record at its start', () => {
    const back = (on: string) => [{ kind: 'move-out', on: '2022-05-01' }, { kind: 'move-in', on }];
    expect(size(back('2022-09-30'), 'any-time-in-period')).toBe(4);
    expect(size(back('2022-10-01'), 'any-time-in-period')).toBe(4);
  });

  it('a member who joined and left again before the period (2022-09-30) was never on record in it: not counted; leaving on the first day, counted', () => {
    // A join counts only inside the period; before it, what counts is being on record on its first day.
    const stay = (left: string) => [{ kind: 'move-in', on: '2022-03-01' }, { kind: 'move-out', on: left }];
    expect(size(stay('2022-09-30'), 'any-time-in-period')).toBe(3);
    expect(size(stay('2022-10-01'), 'any-time-in-period')).toBe(3);
    expect(size(stay('2022-10-02'), 'any-time-in-period')).toBe(4);
  });

  it('a death on the period’s first day: not on record at any time in it; the day after, on record on the first day', () => {
    expect(size([{ kind: 'death', on: '2022-09-30' }], 'any-time-in-period')).toBe(3);
    expect(size([{ kind: 'death', on: '2022-10-01' }], 'any-time-in-period')).toBe(3);
    expect(size([{ kind: 'death', on: '2022-10-02' }], 'any-time-in-period')).toBe(4);
  });
});

describe('a death during identification (临稷办发〔2023〕76号 附件1 注3)', () => {
  const identifying: IdentificationWindow = { from: '2023-08-01', to: '2023-08-20' };

  it('附件1 注3: a death on the discovery date is during identification (counted); the day before is not', () => {
    expect(size([{ kind: 'death', on: '2023-07-31' }], 'period-end', identifying)).toBe(3);
    expect(size([{ kind: 'death', on: '2023-08-01' }], 'period-end', identifying)).toBe(4);
    expect(size([{ kind: 'death', on: '2023-08-02' }], 'period-end', identifying)).toBe(4);
  });

  it('附件1 注3: a death on the identification date is during identification (counted); the day after is not', () => {
    expect(size([{ kind: 'death', on: '2023-08-19' }], 'period-end', identifying)).toBe(4);
    expect(size([{ kind: 'death', on: '2023-08-20' }], 'period-end', identifying)).toBe(4);
    expect(size([{ kind: 'death', on: '2023-08-21' }], 'period-end', identifying)).toBe(3);
  });

  it('附件1 注3: while not yet identified, a death on the period’s last day is during identification, and says so', () => {
    const r = countHousehold(withFourth([{ kind: 'death', on: '2023-09-30' }]), 'period-end', PERIOD, { from: '2023-09-01' })!;
    expect(r.size).toBe(4);
    expect(r.members[3]).toEqual({ index: 3, counted: true, duringIdentification: 'death 2023-09-30' });
  });

  it('附件1 注3: a record after the period end (a move-out dated 2023-10-15) does not hide a death during identification', () => {
    const r = countHousehold(withFourth([{ kind: 'move-out', on: '2023-10-15' }, { kind: 'death', on: '2023-08-10' }]), 'period-end', PERIOD, identifying)!;
    expect(r.size).toBe(4);
    expect(r.members[3]).toEqual({ index: 3, counted: true, duringIdentification: 'death 2023-08-10' });
  });

  it('附件1 注3 is about deaths: a marry-out during identification leaves the member off', () => {
    expect(size([{ kind: 'marry-out', on: '2023-08-10' }], 'period-end', identifying)).toBe(3);
  });
});

describe('each member’s part in the count', () => {
  it('§四: every member is listed with its row: those without changes counted, one born in the period counted, one who died in it not, with the reason', () => {
    const h = household({
      members: [
        { name: '王建国', sex: 'male', relation: 'head' },
        { name: '李秀英', sex: 'female', relation: 'spouse', changes: [{ kind: 'death', on: '2023-03-02' }] },
        { name: '王小明', sex: 'male', relation: 'son' },
        { name: '王小红', sex: 'female', relation: 'daughter', changes: [{ kind: 'birth', on: '2023-02-01' }] },
      ],
    });
    expect(countHousehold(h, 'period-end', PERIOD)).toEqual({
      size: 3,
      members: [
        { index: 0, counted: true },
        { index: 1, counted: false, reason: 'death 2023-03-02' },
        { index: 2, counted: true },
        { index: 3, counted: true },
      ],
    });
  });

  it('a member whose only change is after the period is not counted, and the reason names that change', () => {
    const r = countHousehold(withFourth([{ kind: 'birth', on: '2023-10-01' }]), 'period-end', PERIOD)!;
    expect(r.members[3]).toEqual({ index: 3, counted: false, reason: 'birth 2023-10-01' });
  });

  it('an empty list of changes (as an export may give) is no change: the member is counted, with or without a period', () => {
    expect(size([], 'period-end')).toBe(4);
    expect(countHousehold(withFourth([]), 'period-end', null)).toEqual({ size: 4, members: [0, 1, 2, 3].map((index) => ({ index, counted: true })) });
    const mixed = household({
      members: [
        { name: '王建国', sex: 'male', relation: 'head', changes: [] },
        { name: '李秀英', sex: 'female', relation: 'spouse', changes: [{ kind: 'marry-out', on: '2023-04-01' }] },
      ],
    });
    expect(countHousehold(mixed, 'any-time-in-period', PERIOD)).toEqual({ size: 2, members: [{ index: 0, counted: true }, { index: 1, counted: true }] });
    expect(countHousehold(mixed, 'period-end', PERIOD)).toEqual({ size: 1, members: [{ index: 0, counted: true }, { index: 1, counted: false, reason: 'marry-out 2023-04-01' }] });
  });
});

describe('counting without a period', () => {
  it('no member changes: every listed member, whatever the rule and even without a period', () => {
    const h = household();
    expect(countHousehold(h, 'period-end', null)).toEqual({ size: 3, members: [0, 1, 2].map((index) => ({ index, counted: true })) });
  });

  it('all-listed: every listed member, changes or not, even without a period', () => {
    expect(countHousehold(withFourth([{ kind: 'death', on: '2023-05-02' }]), 'all-listed', null)!.size).toBe(4);
  });

  it('member changes and no period: undetermined (null), never guessed', () => {
    expect(countHousehold(withFourth([{ kind: 'death', on: '2023-05-02' }]), 'period-end', null)).toBeNull();
    expect(countHousehold(withFourth([{ kind: 'death', on: '2023-05-02' }]), 'any-time-in-period', null)).toBeNull();
  });
});
