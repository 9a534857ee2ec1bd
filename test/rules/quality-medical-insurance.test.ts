/**
 * Issue 15, medical insurance coverage (2_01_016 / 2_12_016 / 2_01_008): a member on record of a
 * 脱贫户 or monitored household without basic medical insurance (A17) or 大病保险 (A18); members
 * who died or left, and households that are neither, are not checked.
 */
import { describe, expect, it } from 'vitest';
import { clean, hits, issuesOf, monitored, withMembers } from './quality/fixtures.js';

const BASIC = 'quality.medical-insurance.basic-uninsured';
const SERIOUS = 'quality.medical-insurance.serious-illness-uninsured';
const tp = (changes: Record<number, Record<string, unknown>>) => withMembers(changes, { povertyAlleviated: true });
const died = { changes: [{ kind: 'death', on: '2023-05-02' }] };

describe('quality.medical-insurance.basic-uninsured (A17)', () => {
  it('2_01_016: a member of a 脱贫户 with A17 = 否 is flagged, naming the field', () => {
    const found = hits(issuesOf(tp({ 1: { basicMedicalInsurance: false } })), BASIC);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'members[1].basicMedicalInsurance' })]);
    expect(found[0]!.message.zh).toContain('A17 参加基本医疗保险');
    expect(found[0]!.citations.map((c) => c.clause)).toContain('2_01_016');
  });
  it('2_12_016: a member of a monitored household with A17 = 否 is flagged', () => {
    expect(hits(issuesOf(monitored({}, { 2: { basicMedicalInsurance: false } })), BASIC).map((i) => i.path)).toEqual(['members[2].basicMedicalInsurance']);
  });
  it('near misses: insured; unrecorded (the member-fields family\'s); a household neither 脱贫户 nor monitored; a member who died before the status date', () => {
    expect(hits(issuesOf(tp({})), BASIC)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { basicMedicalInsurance: undefined } })), BASIC)).toEqual([]);
    expect(hits(issuesOf(withMembers({ 1: { basicMedicalInsurance: false } })), BASIC)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { basicMedicalInsurance: false, ...died } })), BASIC)).toEqual([]);
  });
  it('runs without an as-of date (it reads no parameter)', () => {
    expect(hits(issuesOf(tp({ 1: { basicMedicalInsurance: false } }), undefined, undefined), BASIC)).toHaveLength(1);
  });
});

describe('quality.medical-insurance.serious-illness-uninsured (A18)', () => {
  it('2_01_016 / 2_12_016: a member with A18 = 否 is flagged, each member once', () => {
    const h = tp({ 0: { seriousIllnessInsurance: false }, 2: { seriousIllnessInsurance: false } });
    expect(hits(issuesOf(h), SERIOUS).map((i) => i.path)).toEqual(['members[0].seriousIllnessInsurance', 'members[2].seriousIllnessInsurance']);
    expect(hits(issuesOf(monitored({}, { 1: { seriousIllnessInsurance: false } })), SERIOUS)).toHaveLength(1);
  });
  it('near misses: insured; a household neither 脱贫户 nor monitored; a member who married out before the status date', () => {
    expect(hits(issuesOf(tp({})), SERIOUS)).toEqual([]);
    expect(hits(issuesOf(clean({ members: withMembers({ 1: { seriousIllnessInsurance: false } }).members })), SERIOUS)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { seriousIllnessInsurance: false, changes: [{ kind: 'marry-out', on: '2023-01-10' }] } })), SERIOUS)).toEqual([]);
  });
  it('a member who dies after the status date is still on record at it', () => {
    expect(hits(issuesOf(tp({ 1: { seriousIllnessInsurance: false, changes: [{ kind: 'death', on: '2023-10-02' }] } })), SERIOUS)).toHaveLength(1);
  });
});
