/**
 * Issue 15, measures against work, income and labour: a work measure with nobody at work (4_11_014,
 * 1111_3); labour without a developmental measure (5_12_007: the months since identification and
 * the labour share on their boundaries); the employment measure with nobody able to work (5_15_007);
 * eliminated with industry or safety-net measures but no matching income (5_11_013, 4_11_013).
 */
import { describe, expect, it } from 'vitest';
import { defineProfile, QUALITY_CHECKS } from '../../src/index.js';
import { clean, eliminated, hits, HEAD, issuesOf, member, monitored, SON, SPOUSE } from './quality/fixtures.js';

const WORKER = 'quality.measure-work.work-measure-without-worker';
const DEVELOPMENTAL = 'quality.measure-work.labour-without-developmental';
const NO_LABOUR = 'quality.measure-work.employment-measure-no-labour';
const INDUSTRY = 'quality.measure-work.industry-without-operating-income';
const SAFETY_NET = 'quality.measure-work.safety-net-without-transfer';
const n = (h: Parameters<typeof issuesOf>[0], code: string, profile?: Parameters<typeof issuesOf>[1]) => hits(issuesOf(h, profile), code).length;
const idle = { 0: { workMonths: 0 } };

describe('quality.measure-work.work-measure-without-worker (4_11_014, 1111_3)', () => {
  it('就业帮扶 recorded and nobody on record works: fires, naming the measure', () => {
    const found = hits(issuesOf(monitored({}, idle)), WORKER);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'measures', values: expect.objectContaining({ measures: ['employment'] }) })]);
    expect(found[0]!.message.zh).toContain('就业帮扶');
    expect(n(monitored({ measures: ['health', 'public-welfare-post'] }, idle), WORKER)).toBe(1);
  });
  it('near misses: months of work; a spell of work; public-welfare post pay; no work measure; eliminated; not monitored', () => {
    expect(n(monitored(), WORKER)).toBe(0);
    expect(n(monitored({}, { ...idle, 1: { employment: [{ start: '2023-03', end: '2023-08' }] } }), WORKER)).toBe(0);
    expect(n(monitored({ income: { breakdown: { wage: { publicWelfarePost: '6000', other: '30000' } } } }, idle), WORKER)).toBe(0);
    expect(n(monitored({ measures: ['health', 'industry'] }, idle), WORKER)).toBe(0);
    expect(n(eliminated({}, idle), WORKER)).toBe(0);
    expect(n(clean({ measures: ['employment'] }), WORKER)).toBe(0);
  });
  it('a worker who died before the status date does not count; public-welfare post pay of 0.00 does not either', () => {
    expect(n(monitored({}, { 0: { workMonths: 0 }, 1: { workMonths: 6, changes: [{ kind: 'death', on: '2023-06-01' }] } }), WORKER)).toBe(1);
    expect(n(monitored({ income: { breakdown: { wage: { publicWelfarePost: '0.00', other: '36000' } } } }, idle), WORKER)).toBe(1);
  });
});

describe('quality.measure-work.labour-without-developmental (5_12_007)', () => {
  const noDev = { measures: ['health'] };
  it('identified 2023-03-01, 6 whole months before 2023-09-30, labour on record, measures but none developmental: fires', () => {
    const found = hits(issuesOf(monitored(noDev)), DEVELOPMENTAL);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'measures' })]);
    expect(found[0]!.values).toMatchObject({ months: 6, dueMonths: 6, membersWithLabour: 2, members: 3, abovePercent: 0 });
  });
  it.each([
    ['2023-02-01', 7, 1],
    ['2023-03-01', 6, 1],
    ['2023-04-01', 5, 0],
    ['2023-03-31', 6, 1], // month ends: 03-31 + 6 months is 09-30
  ])('identified %s (%i whole months before the as-of date): fires %i', (identifiedOn, _months, fires) => {
    expect(n(monitored({ ...noDev, monitoring: { identifiedOn } }), DEVELOPMENTAL)).toBe(fires);
  });
  it('near misses: a developmental measure (产业/就业/金融/公益岗位); nobody with labour; no measure at all (1_11_010\'s); eliminated', () => {
    for (const m of ['industry', 'employment', 'microcredit', 'public-welfare-post']) expect(n(monitored({ measures: ['health', m] }), DEVELOPMENTAL), m).toBe(0);
    expect(n(monitored(noDev, { 0: { labour: 'lost' }, 1: { labour: 'none' } }), DEVELOPMENTAL)).toBe(0);
    expect(n(monitored({ measures: [] }), DEVELOPMENTAL)).toBe(0);
    expect(n(eliminated(noDev), DEVELOPMENTAL)).toBe(0);
  });
  it('弱劳动力 counts as labour by default; unrecorded labour does not', () => {
    expect(n(monitored(noDev, { 0: { labour: 'weak' }, 1: { labour: 'none' } }), DEVELOPMENTAL)).toBe(1);
    expect(n(monitored(noDev, { 0: { labour: undefined }, 1: { labour: 'none' } }), DEVELOPMENTAL)).toBe(0);
  });
  it('the labour share is the profile parameter: above 50% of 4 members needs 3 with labour (2 is on the boundary, not above)', () => {
    const half = defineProfile({
      id: 'test/labour-share/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { qualityDevelopmentalLabourShare: [{ from: '2020-10-01', value: { capacities: ['skilled', 'ordinary'], abovePercent: 50 }, citation: { doc: 'county-practice', clause: '5_18_008' } }] },
    });
    const grandma = member({ name: '赵桂兰', sex: 'female', relation: 'mother', birthDate: '1949-12-31', ethnicity: '汉族', health: 'chronic', labour: 'none', basicMedicalInsurance: true, seriousIllnessInsurance: true, pensionInsurance: true });
    const four = (sonLabour: string) => monitored({ ...noDev, members: [member(HEAD, { workMonths: 10 }), member(SPOUSE, { health: 'chronic' }), member(SON, { labour: sonLabour, schoolStatus: undefined, education: 'junior-secondary' }), grandma] });
    expect(n(four('none'), DEVELOPMENTAL, half)).toBe(0); // 2 of 4 = 50%
    expect(n(four('ordinary'), DEVELOPMENTAL, half)).toBe(1); // 3 of 4 = 75%
    const three = monitored(noDev, { 1: { labour: 'weak' } }); // skilled/ordinary: 1 of 3 = 33%
    expect(n(three, DEVELOPMENTAL, half)).toBe(0);
    expect(n(three, DEVELOPMENTAL)).toBe(1);
  });
});

describe('quality.measure-work.employment-measure-no-labour (5_15_007)', () => {
  it('就业帮扶 while every member on record has lost labour or none: fires; one who can work: does not', () => {
    const none = { 0: { labour: 'lost', workMonths: 0 }, 1: { labour: 'none' } };
    expect(hits(issuesOf(monitored({}, none)), NO_LABOUR)).toEqual([expect.objectContaining({ path: 'measures', values: { members: 3 } })]);
    expect(n(monitored({}, { 0: { labour: 'weak' }, 1: { labour: 'none' } }), NO_LABOUR)).toBe(0);
    expect(n(monitored({}, { ...none, 0: { labour: undefined } }), NO_LABOUR)).toBe(0);
    expect(n(monitored({ measures: ['health'] }, none), NO_LABOUR)).toBe(0);
  });
});

describe('eliminated: measures without the income they bring', () => {
  const zeroIncome = (item: string) => ({ monitoring: { eliminated: { income: { [item]: '0' } } } });
  it('5_11_013: 产业帮扶 and no operating income at elimination fires; 0.01 does not', () => {
    expect(hits(issuesOf(eliminated({ measures: ['health', 'industry'], ...zeroIncome('operating') })), INDUSTRY)).toEqual([expect.objectContaining({ path: 'monitoring.eliminated.income.operating' })]);
    expect(n(eliminated({ measures: ['health', 'industry'], monitoring: { eliminated: { income: { operating: '0.01' } } } }), INDUSTRY)).toBe(0);
    expect(n(eliminated({ measures: ['health'], ...zeroIncome('operating') }), INDUSTRY)).toBe(0);
  });
  it('4_11_013: 低保, 特困供养 or 残疾人补贴 and no transfer income at elimination fires; with transfer income, or without those measures, it does not', () => {
    expect(hits(issuesOf(eliminated({ measures: ['health', 'dibao'], ...zeroIncome('transfer') })), SAFETY_NET)).toEqual([expect.objectContaining({ path: 'monitoring.eliminated.income.transfer', values: expect.objectContaining({ measures: ['dibao'] }) })]);
    expect(n(eliminated({ measures: ['health', 'disability-allowance'], ...zeroIncome('transfer') }), SAFETY_NET)).toBe(1);
    expect(n(eliminated({ measures: ['health', 'dibao'] }), SAFETY_NET)).toBe(0);
    expect(n(eliminated({ measures: ['health', 'temporary-assistance'], ...zeroIncome('transfer') }), SAFETY_NET)).toBe(0);
    expect(n(monitored({ measures: ['health', 'dibao'], income: { transfer: '0' } }), SAFETY_NET)).toBe(0);
  });
});

describe('the measure-work family', () => {
  it('has the five checks tested above', () => {
    expect(QUALITY_CHECKS.filter((c) => c.family === 'measure-work').map((c) => c.code)).toEqual([WORKER, DEVELOPMENTAL, NO_LABOUR, INDUSTRY, SAFETY_NET]);
  });
});
