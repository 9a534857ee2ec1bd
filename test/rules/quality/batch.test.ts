/**
 * Cross-household checks: the same ID number in two households (1_01_001 / 1_12_001) and the same
 * 户编号 twice, in batch and streaming form.
 */
import { describe, expect, it } from 'vitest';
import { checkBatch, createBatchChecker } from '../../../src/index.js';
import { AS_OF, clean, HEAD, idFor, issuesOf, JINAN, member, SON, SPOUSE } from './fixtures.js';

const other = (id: string, members = [member(HEAD, { idNumber: idFor('1968-03-12', '011') }), member(SPOUSE, { idNumber: idFor('1970-07-01', '012') })]) => clean({ id, members });

describe('cross-household checks', () => {
  it('1_01_001 / 1_12_001: the same ID number in two households names both households', () => {
    const a = clean({ id: 'H-A' });
    const b = other('H-B', [member(HEAD, { idNumber: idFor('1968-03-12', '011') }), member(SPOUSE, { name: '李秀英', relation: 'spouse' })]);
    const { crossHousehold } = checkBatch([a, b], JINAN, { asOf: AS_OF });
    expect(crossHousehold).toHaveLength(1);
    const [issue] = crossHousehold;
    expect(issue).toMatchObject({ code: 'quality.batch.duplicate-id', severity: 'error', path: 'members[1].idNumber', households: ['H-A', 'H-B'] });
    expect(issue!.values).toEqual({ idNumber: '1101**********' + (SPOUSE.idNumber as string).slice(-4), paths: ['members[1].idNumber', 'members[1].idNumber'] });
    expect(issue!.message.zh).toContain('户 H-A（第2行）和户 H-B（第2行）');
    expect(issue!.message.zh).not.toContain(SPOUSE.idNumber as string);
  });

  it('a 15-digit number and its 18-digit upgrade are the same person across households', () => {
    const a = clean({ id: 'H-A', members: [HEAD, SPOUSE, SON, { name: '赵桂兰', sex: 'female', relation: 'mother', idNumber: '110105491231002' }] });
    const b = other('H-B', [member(HEAD, { idNumber: idFor('1968-03-12', '011') }), { name: '赵桂兰', sex: 'female', relation: 'mother', idNumber: '11010519491231002X' }]);
    expect(checkBatch([a, b], JINAN, { asOf: AS_OF }).crossHousehold.map((i) => i.households)).toEqual([['H-A', 'H-B']]);
  });

  it('different ID numbers in different households raise no cross-household issue', () => {
    expect(checkBatch([clean({ id: 'H-A' }), other('H-B')], JINAN, { asOf: AS_OF }).crossHousehold).toEqual([]);
  });

  it('placeholder IDs (999999…) are not duplicates of each other', () => {
    const placeholder = idFor('1970-07-01', '002', '999999');
    const a = clean({ id: 'H-A', members: [HEAD, member(SPOUSE, { idNumber: placeholder })] });
    const b = other('H-B', [member(HEAD, { idNumber: idFor('1968-03-12', '011') }), member(SPOUSE, { idNumber: placeholder })]);
    expect(checkBatch([a, b], JINAN, { asOf: AS_OF }).crossHousehold).toEqual([]);
  });

  it('the same 户编号 twice is one duplicate-household issue, not a pile of duplicate IDs', () => {
    const { byHousehold, crossHousehold } = checkBatch([clean({ id: 'H-A' }), clean({ id: 'H-A' })], JINAN, { asOf: AS_OF });
    expect(crossHousehold).toEqual([expect.objectContaining({ code: 'quality.batch.duplicate-household', path: 'id', households: ['H-A', 'H-A'] })]);
    expect([...byHousehold.keys()]).toEqual(['H-A']);
  });

  it('a duplicate within one household is the household check’s, not a cross-household issue', () => {
    const h = clean({ id: 'H-A', members: [HEAD, SPOUSE, member(SPOUSE, { name: '李秀芳', relation: 'other' })] });
    const { byHousehold, crossHousehold } = checkBatch([h], JINAN, { asOf: AS_OF });
    expect(crossHousehold).toEqual([]);
    expect(byHousehold.get('H-A')!.filter((i) => i.code === 'quality.identity.duplicate-in-household')).toHaveLength(2);
  });

  it('byHousehold holds every household in input order, with the same issues as checkDataQuality', () => {
    const a = clean({ id: 'H-A' });
    const b = other('H-B', [member(HEAD, { idNumber: idFor('1968-03-12', '011'), labour: 'weak' })]);
    const { byHousehold } = checkBatch([a, b], JINAN, { asOf: AS_OF });
    expect([...byHousehold.keys()]).toEqual(['H-A', 'H-B']);
    expect(byHousehold.get('H-A')).toEqual([]);
    expect(byHousehold.get('H-B')).toEqual(issuesOf(b));
  });

  it('the streaming checker returns each household’s issues at once and the cross-household ones at the end', () => {
    const a = clean({ id: 'H-A' });
    const b = other('H-B', [member(HEAD, { idNumber: idFor('1968-03-12', '011') }), member(SPOUSE)]);
    const checker = createBatchChecker(JINAN, { asOf: AS_OF });
    expect(checker.add(a)).toEqual([]);
    expect(checker.add(b)).toEqual(issuesOf(b));
    const cross = checker.finish();
    expect(cross).toEqual(checkBatch([a, b], JINAN, { asOf: AS_OF }).crossHousehold);
    expect(cross).toHaveLength(1);
  });

  it('domain.md §11 (issue 12): a numeric 户编号 shaped like an ID number is masked in the message and in `households` alike', () => {
    const idA = '520321000000000001';
    const a = clean({ id: idA });
    const { crossHousehold } = checkBatch([a, clean({ id: idA })], JINAN, { asOf: AS_OF });
    expect(crossHousehold[0]!.households).toEqual(['5203**********0001', '5203**********0001']);
    expect(crossHousehold[0]!.message.zh).not.toContain(idA);
  });
});
