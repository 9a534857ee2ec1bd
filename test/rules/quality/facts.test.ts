/**
 * Data quality reads the household and member facts every layer reads (src/facts/): a disability's
 * grade and category (the recorded one, else the certificate's), a disability on record, and the
 * labour capacity of the household — including its own mark 整户无劳动能力兜底保障户 (issue 13: quality
 * "ignores" the mark). Each case below answered differently before the layer read the shared fact.
 */
import { describe, expect, it } from 'vitest';
import { SPOUSE, hits, issuesOf, monitored, withMembers } from './fixtures.js';

const spouseId = SPOUSE.idNumber as string;

describe('data quality — the disability facts of src/facts/disability.ts', () => {
  it('4_01_007: the recorded grade is read before the certificate, as everywhere — recorded grade 1 (肢体) with a grade-3 certificate is severe', () => {
    // The certificate …43 says 肢体三级; the record says 一级. Every layer reads the recorded grade first.
    const h = withMembers({ 1: { health: 'disabled', idNumber: spouseId + '43', disabilityCategory: 4, disabilityGrade: 1 } });
    const issues = issuesOf(h);
    expect(hits(issues, 'quality.identity.severe-disability-labour').map((i) => i.path)).toEqual(['members[1].labour']);
    expect(hits(issues, 'quality.identity.severe-disability-labour')[0]!.values).toMatchObject({ disabilityGrade: 1, disabilityCategory: 4, fromCertificate: true });
    // The disagreement itself is reported by its own check.
    expect(hits(issues, 'quality.identity.disability-mismatch').map((i) => i.path)).toEqual(['members[1].disabilityGrade']);
  });

  it('4_01_007: recorded grade 3 with a grade-1 certificate is not severe (the recorded grade is read first)', () => {
    const h = withMembers({ 1: { health: 'disabled', idNumber: spouseId + '41', disabilityCategory: 4, disabilityGrade: 3 } });
    expect(hits(issuesOf(h), 'quality.identity.severe-disability-labour')).toEqual([]);
  });

  it('4_01_007: the recorded category is read before the certificate — a grade-1 certificate of 视力 recorded as 肢体 is a physical disability', () => {
    const h = withMembers({ 1: { health: 'disabled', idNumber: spouseId + '11', disabilityCategory: 4 } });
    expect(hits(issuesOf(h), 'quality.identity.severe-disability-labour').map((i) => i.values?.disabilityCategory)).toEqual([4]);
  });

  it('5_16_008: a member recorded as grade 2 whose certificate says grade 3 is severely disabled, so the missing 残疾人补贴 is flagged', () => {
    const h = monitored({}, { 1: { health: 'disabled', idNumber: spouseId + '23', disabilityGrade: 2 } });
    expect(hits(issuesOf(h), 'quality.consistency.severe-disability-without-allowance').map((i) => i.path)).toEqual(['measures']);
  });

  it('5_16_008: a member recorded as grade 3 whose certificate says grade 2 is not severely disabled', () => {
    const h = monitored({}, { 1: { health: 'disabled', idNumber: spouseId + '22', disabilityGrade: 3 } });
    expect(hits(issuesOf(h), 'quality.consistency.severe-disability-without-allowance')).toEqual([]);
  });
});
