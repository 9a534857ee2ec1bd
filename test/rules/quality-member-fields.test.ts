/**
 * Issue 15, member fields the form requires left empty (2_01_001–2_01_003, 2_01_006, 2_01_007,
 * 2_12_001–2_12_003, 2_12_010, 2_12_012, 2_15_001, 3_01_002, 3_12_003): each field of a member on
 * record in a 脱贫户 or monitored household; a household that is neither, a member who died, and a
 * field that is recorded (even as 否) are not reported.
 */
import { describe, expect, it } from 'vitest';
import { QUALITY_CHECKS } from '../../src/index.js';
import { hits, issuesOf, monitored, withMembers } from './quality/fixtures.js';

const tp = (changes: Record<number, Record<string, unknown>>) => withMembers(changes, { povertyAlleviated: true });

const FIELDS: [code: string, field: string, label: string, recordedAsNo: unknown][] = [
  ['quality.member-fields.ethnicity', 'ethnicity', 'A9 民族', '汉族'],
  ['quality.member-fields.health', 'health', 'A13 健康状况', 'healthy'],
  ['quality.member-fields.labour', 'labour', 'A14 劳动技能', 'none'],
  ['quality.member-fields.basic-medical-insurance', 'basicMedicalInsurance', 'A17 参加基本医疗保险', false],
  ['quality.member-fields.serious-illness-insurance', 'seriousIllnessInsurance', 'A18 参加大病保险', false],
  ['quality.member-fields.pension-insurance', 'pensionInsurance', 'A19 参加城乡居民基本养老保险', false],
];

describe('member fields left empty', () => {
  for (const [code, field, label, other] of FIELDS) {
    it(`${code}: empty in a 脱贫户 fires (completeness, path and label); in a monitored household too`, () => {
      const found = hits(issuesOf(tp({ 1: { [field]: undefined } })), code);
      expect(found).toEqual([expect.objectContaining({ severity: 'completeness', path: `members[1].${field}` })]);
      expect(found[0]!.message.zh).toContain(label);
      expect(hits(issuesOf(monitored({}, { 2: { [field]: undefined } })), code).map((i) => i.path)).toEqual([`members[2].${field}`]);
    });
    it(`${code}: near misses — recorded (also as "no"), blank text counts as empty only for text, not in a 脱贫户 or monitored household, a member who died`, () => {
      expect(hits(issuesOf(tp({ 1: { [field]: other } })), code)).toEqual([]);
      expect(hits(issuesOf(withMembers({ 1: { [field]: undefined } })), code)).toEqual([]);
      expect(hits(issuesOf(tp({ 1: { [field]: undefined, changes: [{ kind: 'death', on: '2023-02-01' }] } })), code)).toEqual([]);
    });
  }

  it('2_01_001: an ethnicity of blanks is empty', () => {
    expect(hits(issuesOf(tp({ 0: { ethnicity: '  ' } })), 'quality.member-fields.ethnicity')).toHaveLength(1);
  });

  it('3_01_002 / 3_12_003: 文化程度, 在校生状况 and the out-of-school reason all empty fires; any one of them recorded does not', () => {
    const code = 'quality.member-fields.education';
    expect(hits(issuesOf(tp({ 1: { education: undefined } })), code).map((i) => i.path)).toEqual(['members[1].education']);
    expect(hits(issuesOf(tp({ 1: { education: undefined, outOfSchoolReason: '因病' } })), code)).toEqual([]);
    expect(hits(issuesOf(tp({ 1: { education: undefined, schoolStatus: 'undergraduate' } })), code)).toEqual([]);
    expect(hits(issuesOf(tp({})), code)).toEqual([]);
  });

  it("a member's empty fields are reported together, in form order (A9, A11/A12, A13, A14, A17–A19)", () => {
    const h = tp({ 1: { ethnicity: undefined, education: undefined, labour: undefined, pensionInsurance: undefined }, 2: { health: undefined } });
    const codes = issuesOf(h).filter((i) => i.code.startsWith('quality.member-fields.')).map((i) => `${i.path}`);
    expect(codes).toEqual(['members[1].ethnicity', 'members[1].education', 'members[1].labour', 'members[1].pensionInsurance', 'members[2].health']);
  });

  it('every member-fields check is tested above', () => {
    const family = QUALITY_CHECKS.filter((c) => c.family === 'member-fields').map((c) => c.code);
    expect(new Set(family)).toEqual(new Set([...FIELDS.map(([c]) => c), 'quality.member-fields.education']));
  });
});
