/**
 * 在册成员 (src/facts/members.ts): a fact about "any member on record" is three-valued — one member
 * settles "yes", every member settles "no", and otherwise it is unknown with the field paths to
 * supply; an empty list of members is unknown too (never a "no" from no one).
 */
import { describe, expect, it } from 'vitest';
import { allListed, anyMember, rowsWhere, type MemberOnRecord } from '../../src/facts/members.js';
import { known } from '../../src/kernel/known.js';
import { household } from '../builders.js';

const h = household({
  members: [
    { name: '王建国', sex: 'male', relation: 'head', dibao: false },
    { name: '李秀英', sex: 'female', relation: 'spouse' },
    { name: '王小明', sex: 'male', relation: 'son', dibao: true },
  ],
});
const dibao = ({ member, index }: MemberOnRecord) => known(member.dibao, `members[${index}].dibao`);

describe('anyMember: three-valued over the members on record', () => {
  it('one member on 低保 settles "yes", whatever the others lack', () => {
    expect(anyMember(allListed(h.members), dibao)).toEqual({ value: true, missing: [] });
  });

  it('no member known to pass and one unrecorded: unknown, naming that member’s field', () => {
    const [head, spouse] = allListed(h.members);
    expect(anyMember([head!, spouse!], dibao)).toEqual({ value: null, missing: ['members[1].dibao'] });
  });

  it('every member known not to pass: "no"', () => {
    expect(anyMember(allListed(h.members).slice(0, 1), dibao)).toEqual({ value: false, missing: [] });
  });

  it('no member on record: unknown, naming the members, never "no"', () => {
    expect(anyMember([], dibao)).toEqual({ value: null, missing: ['members'] });
  });
});

describe('rowsWhere and allListed: rows as recorded', () => {
  it('allListed keeps each member with its row index', () => {
    expect(allListed(h.members).map(({ member, index }) => [index, member.name])).toEqual([
      [0, '王建国'],
      [1, '李秀英'],
      [2, '王小明'],
    ]);
  });

  it('rowsWhere gives the rows of the members that pass (an unrecorded value does not pass), by their own index', () => {
    expect(rowsWhere(allListed(h.members), (m) => m.dibao === true)).toEqual([2]);
    expect(rowsWhere(allListed(h.members).slice(1), (m) => m.dibao !== false)).toEqual([1, 2]);
    expect(rowsWhere(allListed(h.members), () => false)).toEqual([]);
  });
});
