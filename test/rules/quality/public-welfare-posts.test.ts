/**
 * Issue 15, public-welfare posts (公益性岗位): a member on record holding 3 or more distinct posts
 * (3_01_010 / 3_01_011), a post held at 70 or older (5_01_006 / 5_12_005), a post held without
 * labour capacity (5_15_006). Thresholds are `national/2021` parameters, tested on the boundary and
 * one either side; Jin'an 2023 as of 2023-09-30 (status date 2023-09-30).
 */
import { describe, expect, it } from 'vitest';
import { defineProfile } from '../../../src/index.js';
import { hits, idFor, issuesOf, monitored, withMembers } from './fixtures.js';

const MANY = 'quality.public-welfare-posts.many-posts';
const ELDERLY = 'quality.public-welfare-posts.elderly';
const NO_LABOUR = 'quality.public-welfare-posts.no-labour';
const tp = (changes: Record<number, Record<string, unknown>>) => withMembers(changes, { povertyAlleviated: true });
const born = (birthDate: string) => ({ birthDate, idNumber: idFor(birthDate, '001') });

describe('quality.public-welfare-posts.many-posts (3_01_010 / 3_01_011)', () => {
  it('3_01_010: a member of a 脱贫户 with 3 distinct posts is flagged, naming them and the parameter', () => {
    const found = hits(issuesOf(tp({ 1: { publicWelfarePost: ['护林员', '保洁员', '护路员'] } })), MANY);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'members[1].publicWelfarePost' })]);
    expect(found[0]!.values).toEqual({ posts: ['护林员', '保洁员', '护路员'], count: 3, threshold: 3 });
    expect(found[0]!.message.zh).toContain('护林员、保洁员、护路员');
    expect(found[0]!.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['3_01_010', '3_01_011']));
  });
  it('3_01_011: a member of a monitored household with 4 posts (one above the boundary) is flagged', () => {
    expect(hits(issuesOf(monitored({}, { 0: { publicWelfarePost: ['护林员', '保洁员', '护路员', '水管员'] } })), MANY).map((i) => i.path)).toEqual(['members[0].publicWelfarePost']);
  });
  it('3_01_010 boundary: 2 posts (one below) are not flagged; a name recorded twice counts once', () => {
    expect(hits(issuesOf(tp({ 1: { publicWelfarePost: ['护林员', '保洁员'] } })), MANY)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { publicWelfarePost: ['护林员', '保洁员', '护林员'] } })), MANY)).toEqual([]);
  });
  it('near misses: only 是 recorded (nothing to count); a household neither 脱贫户 nor monitored; a member who died before the status date', () => {
    expect(hits(issuesOf(tp({ 1: { publicWelfarePost: true } })), MANY)).toEqual([]);
    expect(hits(issuesOf(withMembers({ 1: { publicWelfarePost: ['护林员', '保洁员', '护路员'] } })), MANY)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { publicWelfarePost: ['护林员', '保洁员', '护路员'], changes: [{ kind: 'death', on: '2023-05-02' }] } })), MANY)).toEqual([]);
  });
  it('the count is a profile parameter: a county setting 2 flags 2 posts, and 1 post (one below) still not', () => {
    const two = defineProfile({
      id: 'test/two-posts/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试县（两种公益性岗位）', en: 'test county (two posts)' },
      parameters: { qualityManyPublicWelfarePosts: [{ from: '2020-10-01', value: 2, citation: { doc: 'county-practice', clause: '3_01_010', quote: '脱贫人口登记3种及以上公益性岗位' } }] },
    });
    expect(hits(issuesOf(tp({ 1: { publicWelfarePost: ['护林员', '保洁员'] } }), two), MANY)[0]!.values).toEqual({ posts: ['护林员', '保洁员'], count: 2, threshold: 2 });
    expect(hits(issuesOf(tp({ 1: { publicWelfarePost: ['护林员'] } }), two), MANY)).toEqual([]);
  });

});

describe('quality.public-welfare-posts.elderly (5_01_006 / 5_12_005)', () => {
  it('5_01_006 boundary: 70 on the status date (born 1953-09-30) is flagged, with age and post', () => {
    const found = hits(issuesOf(tp({ 0: { ...born('1953-09-30'), publicWelfarePost: ['护林员'] } })), ELDERLY);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'members[0].publicWelfarePost' })]);
    expect(found[0]!.values).toEqual({ age: 70, statusDate: '2023-09-30', elderlyAge: 70, posts: ['护林员'] });
    expect(found[0]!.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['5_01_006', '5_12_005']));
  });
  it('5_01_006: 71 (one above) is flagged; a post recorded only as 是 too', () => {
    expect(hits(issuesOf(tp({ 0: { ...born('1952-09-30'), publicWelfarePost: true } })), ELDERLY)[0]!.values).toEqual({ age: 71, statusDate: '2023-09-30', elderlyAge: 70 });
  });
  it('5_01_006 boundary: 69 (one below, turning 70 the day after the status date) is not flagged', () => {
    expect(hits(issuesOf(tp({ 0: { ...born('1953-10-01'), publicWelfarePost: ['护林员'] } })), ELDERLY)).toEqual([]);
  });
  it('5_12_005: a member of a monitored household aged 70 with a post is flagged', () => {
    expect(hits(issuesOf(monitored({}, { 0: { ...born('1953-09-30'), publicWelfarePost: ['保洁员'] } })), ELDERLY)).toHaveLength(1);
  });
  it('near misses: 70 without a post (否); a household neither 脱贫户 nor monitored; a member who moved out before the status date', () => {
    expect(hits(issuesOf(tp({ 0: { ...born('1953-09-30'), publicWelfarePost: false } })), ELDERLY)).toEqual([]);
    expect(hits(issuesOf(withMembers({ 0: { ...born('1953-09-30'), publicWelfarePost: ['护林员'] } })), ELDERLY)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { birthDate: '1950-01-01', idNumber: idFor('1950-01-01', '002'), publicWelfarePost: ['护林员'], changes: [{ kind: 'move-out', on: '2023-03-01' }] } })), ELDERLY)).toEqual([]);
  });
});

describe('quality.public-welfare-posts.no-labour (5_15_006)', () => {
  it('5_15_006: a member holding a post whose labour is 丧失劳动力 is flagged, naming the labour', () => {
    const found = hits(issuesOf(tp({ 1: { labour: 'lost', publicWelfarePost: ['保洁员'] } })), NO_LABOUR);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'members[1].publicWelfarePost' })]);
    expect(found[0]!.values).toEqual({ labour: 'lost', posts: ['保洁员'] });
    expect(found[0]!.message.zh).toContain('丧失劳动力');
    expect(found[0]!.citations.map((c) => c.clause)).toContain('5_15_006');
  });
  it('5_15_006: 无劳动力 with a post recorded as 是 is flagged; in a monitored household too', () => {
    expect(hits(issuesOf(tp({ 1: { labour: 'none', publicWelfarePost: true } })), NO_LABOUR)[0]!.values).toEqual({ labour: 'none' });
    expect(hits(issuesOf(monitored({}, { 1: { labour: 'none', publicWelfarePost: ['护林员'] } })), NO_LABOUR)).toHaveLength(1);
  });
  it('near misses: weak labour (弱劳动力或半劳动力) with a post; no labour without a post; labour not recorded; a member who died before the status date', () => {
    expect(hits(issuesOf(tp({ 1: { labour: 'weak', publicWelfarePost: ['护林员'] } })), NO_LABOUR)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { labour: 'lost', publicWelfarePost: false } })), NO_LABOUR)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { labour: undefined, publicWelfarePost: ['护林员'] } })), NO_LABOUR)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { labour: 'lost', publicWelfarePost: ['护林员'], changes: [{ kind: 'death', on: '2023-05-02' }] } })), NO_LABOUR)).toEqual([]);
  });
});

describe('1_02_003 (脱贫户有患病成员未参加大病保险但未纳入监测对象) is answered by quality.monitoring-gap.guarantees', () => {
  it('1_02_003: an ill member of an unmonitored 脱贫户 without 大病保险 is reported, citing 1_02_003', () => {
    const found = hits(issuesOf(tp({ 1: { health: 'chronic', seriousIllnessInsurance: false } })), 'quality.monitoring-gap.guarantees');
    expect(found.map((i) => i.path)).toEqual(['members[1].seriousIllnessInsurance']);
    expect(found[0]!.citations.map((c) => c.clause)).toContain('1_02_003');
  });
  it('near miss: the same member in a monitored household', () => {
    expect(hits(issuesOf(monitored({}, { 1: { health: 'chronic', seriousIllnessInsurance: false } })), 'quality.monitoring-gap.guarantees')).toEqual([]);
  });
});
