/**
 * Issue 15, education consistency: A11 文化程度 with A12 在校生状况 (3_01_003 / 3_12_004), the
 * education level against age at the status date (5_12_017–5_12_019, 5_17_005–5_17_007; each age
 * on its boundary and one either side), and 雨露计划 without a vocational student (5_15_011 /
 * 5_15_012), including the import of the A47 items.
 */
import { describe, expect, it } from 'vitest';
import { defineProfile, QUALITY_CHECKS } from '../../src/index.js';
import { measureColumn } from '../../src/io/values.js';
import { clean, hits, HEAD, issuesOf, JINAN, member, monitored, SON, SPOUSE, withMembers } from './quality/fixtures.js';

const tp = (changes: Record<number, Record<string, unknown>>) => withMembers(changes, { povertyAlleviated: true });
/** A 脱贫户 with one more member (row 3) of the given birth date and fields. */
const withYoung = (birthDate: string, over: Record<string, unknown>) =>
  clean({ povertyAlleviated: true, members: [HEAD, SPOUSE, SON, member({ name: '王小芳', sex: 'female', relation: 'daughter', birthDate, ethnicity: '汉族', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, seriousIllnessInsurance: true, pensionInsurance: true }, over)] });
const codes = (h: Parameters<typeof issuesOf>[0], code: string) => hits(issuesOf(h), code).map((i) => i.path);

describe('quality.education.level-and-status (3_01_003 / 3_12_004)', () => {
  const code = 'quality.education.level-and-status';
  it('a student with both 文化程度 and 在校生状况 fires, naming both', () => {
    const found = hits(issuesOf(tp({ 2: { education: 'primary' } })), code);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'members[2].education' })]);
    expect(found[0]!.message.zh).toContain('A11 文化程度');
    expect(found[0]!.message.zh).toContain('A12 在校生状况');
    expect(codes(monitored({}, { 2: { education: 'primary' } }), code)).toEqual(['members[2].education']);
  });
  it('near misses: only the status; only the level; a household neither 脱贫户 nor monitored', () => {
    expect(codes(tp({}), code)).toEqual([]);
    expect(codes(withMembers({ 2: { education: 'primary' } }), code)).toEqual([]);
  });
});

describe('quality.education.young-adult-primary (5_12_019 / 5_17_007: 16–22, both included)', () => {
  const code = 'quality.education.young-adult-primary';
  // Ages on 2023-09-30, the status date of Jin'an 2023 as of 2023-09-30.
  it.each([
    ['2006-05-05', 17, true],
    ['2007-09-30', 16, true],
    ['2007-10-01', 15, false],
    ['2001-09-30', 22, true],
    ['2000-09-30', 23, false],
    ['2001-10-01', 21, true],
  ])('born %s (age %i) with 小学, not in school: fires = %s', (birthDate, _age, fires) => {
    expect(codes(withYoung(birthDate, { education: 'primary' }), code)).toEqual(fires ? ['members[3].education'] : []);
  });
  it('文盲或半文盲 counts as primary or less; 初中 does not; a student does not; neither 脱贫户 nor monitored does not', () => {
    expect(codes(withYoung('2005-05-05', { education: 'illiterate' }), code)).toHaveLength(1);
    expect(codes(withYoung('2005-05-05', { education: 'junior-secondary' }), code)).toEqual([]);
    expect(codes(withYoung('2005-05-05', { education: 'primary', schoolStatus: 'vocational-2' }), code)).toEqual([]);
    expect(codes(clean({ members: withYoung('2005-05-05', { education: 'primary' }).members }), code)).toEqual([]);
  });
  it('the message shows the age, the band and the status date', () => {
    const [i] = hits(issuesOf(withYoung('2005-05-05', { education: 'primary' })), code);
    expect(i!.values).toMatchObject({ age: 18, min: 16, max: 22, statusDate: '2023-09-30', education: 'primary' });
    expect(i!.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['5_12_019', '5_17_007']));
  });
  it('the band is the profile parameter: a county band of 18–22 leaves a 17-year-old alone', () => {
    const narrower = defineProfile({
      id: 'test/band/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试', en: 'test' },
      parameters: { qualityYoungAdultEducationAge: [{ from: '2020-10-01', value: { min: 18, max: 22 }, citation: { doc: 'county-practice', clause: '5_12_019' } }] },
    });
    const h = withYoung('2006-05-05', { education: 'primary' });
    expect(codes(h, code)).toHaveLength(1);
    expect(hits(issuesOf(h, narrower), code)).toEqual([]);
  });
});

describe('quality.education.advanced-level-young (5_12_017 / 5_17_005: under 18)', () => {
  const code = 'quality.education.advanced-level-young';
  it.each([
    ['2005-10-01', 17, true],
    ['2005-09-30', 18, false],
    ['2004-09-30', 19, false],
  ])('born %s (age %i) with 大专: fires = %s', (birthDate, _age, fires) => {
    expect(codes(withYoung(birthDate, { education: 'junior-college' }), code)).toEqual(fires ? ['members[3].education'] : []);
  });
  it('技师 and 本科及以上 count; 高中 does not', () => {
    expect(codes(withYoung('2006-05-05', { education: 'technician' }), code)).toHaveLength(1);
    expect(codes(withYoung('2006-05-05', { education: 'bachelor-or-above' }), code)).toHaveLength(1);
    expect(codes(withYoung('2006-05-05', { education: 'senior-secondary' }), code)).toEqual([]);
  });
});

describe('quality.education.postgraduate-young (5_12_018 / 5_17_006: under 20)', () => {
  const code = 'quality.education.postgraduate-young';
  it.each([
    ['2003-10-01', 19, true],
    ['2003-09-30', 20, false],
    ['2002-09-30', 21, false],
  ])('born %s (age %i), 硕士生及以上: fires = %s', (birthDate, _age, fires) => {
    expect(codes(withYoung(birthDate, { schoolStatus: 'postgraduate', labour: 'none' }), code)).toEqual(fires ? ['members[3].schoolStatus'] : []);
  });
  it('an undergraduate of 19 is not a postgraduate', () => {
    expect(codes(withYoung('2003-10-01', { schoolStatus: 'undergraduate', labour: 'none' }), code)).toEqual([]);
  });
});

describe('quality.education.rain-dew-without-vocational-student (5_15_011 / 5_15_012)', () => {
  const code = 'quality.education.rain-dew-without-vocational-student';
  it('雨露计划 recorded while the only student is in grade 8 fires', () => {
    const found = hits(issuesOf(monitored({ measures: ['health', 'employment', 'education-aid'], educationAidItems: ['雨露计划'] })), code);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'educationAidItems' })]);
    expect(found[0]!.message.zh).toContain('雨露计划');
    expect(found[0]!.values).toMatchObject({ schoolStatuses: ['vocational-1', 'vocational-2', 'vocational-3', 'higher-vocational-1', 'higher-vocational-2', 'higher-vocational-3'] });
  });
  it('near misses: a 中职 or 高职 student on record; other education aid only; neither 脱贫户 nor monitored', () => {
    const aid = { measures: ['health', 'employment', 'education-aid'], educationAidItems: ['雨露计划', '助学金'] };
    expect(codes(monitored(aid, { 2: { schoolStatus: 'vocational-1', birthDate: '2007-05-20' } }), code)).toEqual([]);
    expect(codes(monitored(aid, { 2: { schoolStatus: 'higher-vocational-3', birthDate: '2003-05-20' } }), code)).toEqual([]);
    expect(codes(monitored({ ...aid, educationAidItems: ['助学金'] }), code)).toEqual([]);
    expect(codes(clean({ educationAidItems: ['雨露计划'] }), code)).toEqual([]);
  });
  it('a vocational student who moved out before the status date does not count', () => {
    const aid = { measures: ['health', 'employment', 'education-aid'], educationAidItems: ['雨露计划'] };
    expect(codes(monitored(aid, { 2: { schoolStatus: 'vocational-1', birthDate: '2007-05-20', changes: [{ kind: 'move-out', on: '2023-03-01' }] } }), code)).toEqual(['educationAidItems']);
  });
  it('import: the 教育帮扶 column records the measure and keeps its items (雨露计划) in educationAidItems', () => {
    expect(measureColumn('education-aid', 'educationAidItems').convert('雨露计划，助学金')).toEqual({ ok: true, value: ['education-aid'], also: { educationAidItems: ['雨露计划', '助学金'] } });
    expect(measureColumn('education-aid', 'educationAidItems').convert('无')).toEqual({ ok: true, value: [] });
    expect(measureColumn('employment').convert('技能培训')).toEqual({ ok: true, value: ['employment'] });
  });
});

describe('the education family', () => {
  it('every check is tested above, and none fires on the clean households', () => {
    const family = QUALITY_CHECKS.filter((c) => c.family === 'education').map((c) => c.code);
    expect(family).toHaveLength(5);
    for (const h of [tp({}), monitored(), clean()]) expect(issuesOf(h, JINAN).filter((i) => i.code.startsWith('quality.education.'))).toEqual([]);
  });
});
