/**
 * The members' facts made once per assessment (src/facts/member-facts.ts, `AssessmentFacts.memberIds()`,
 * `memberAges()`, `memberPresence()`, read by the data-quality run's `id`, `age` and `present`) against
 * the direct readings they replace — `validateIdNumber` of the recorded number with the reference date,
 * `memberAge` at the status date (a negative or unknown age `null`), `memberPresentOn` at the status
 * date — member by member, whichever list is made first: on fast-check households (missing, invalid,
 * 15-digit and certificate ID numbers; birth dates missing, after the status date, differing from the
 * ID's), on households whose members are born around the status date's day or on 29 February, on
 * generated exports, under every built-in profile and several as-of dates; and on records built by hand
 * whose direct reading throws (the same error at the same read).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, parseHousehold, validateIdNumber, type Household, type Member } from '../../src/index.js';
import { readRecords } from '../../src/io/index.js';
import { AssessmentFacts } from '../../src/facts/assessment.js';
import { memberAge, memberPresentOn } from '../../src/facts/member.js';
import { QualityRun } from '../../src/rules/quality/run.js';
import { villageLines } from '../../examples/make-village.js';
import { householdArb } from '../rules/quality/arbitraries.js';
import { clean, idFor } from '../rules/quality/fixtures.js';

const PROFILE_IDS = listProfiles().map((p) => p.id);
const AS_OF = [undefined, '2019-06-30', '2023-09-30', '2023-12-15', '2024-02-29', '2199-12-31'] as const;
const options = (asOf: string | undefined) => ({ ...(asOf === undefined ? {} : { asOf }), explain: false });

/** What a reading gives: its value, or the error it throws (class and message). */
function outcome<T>(read: () => T): { value: T } | { error: string } {
  try {
    return { value: read() };
  } catch (e) {
    return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

/** The direct readings of member `i` at the facts' dates (the oracle, written out as the run read them before). */
function direct(f: AssessmentFacts, i: number) {
  const m = f.h.members[i]!;
  const status = f.context.period?.to ?? null;
  const reference = f.context.asOf ?? status;
  return {
    id: outcome(() => {
      const raw = m.idNumber;
      return raw === undefined || raw.trim() === '' ? null : validateIdNumber(raw, reference ? { asOf: reference } : {});
    }),
    age: outcome(() => {
      const a = status ? memberAge(m, status) : undefined;
      return a === undefined || a < 0 ? null : a;
    }),
    present: outcome(() => memberPresentOn(m, status)),
  };
}

type Order = 'ids-first' | 'ages-first' | 'presence-first';

/** Every member's shared facts, read through a data-quality run in `order`, equal the direct readings. */
function expectSameFacts(h: Household, profileId: string, asOf: string | undefined, order: Order): void {
  const f = new AssessmentFacts(h, getProfile(profileId), options(asOf));
  const q = new QualityRun(f);
  const n = h.members.length;
  const got = Array.from({ length: n }, () => ({}) as Record<'id' | 'age' | 'present', unknown>);
  const reads = { id: (i: number) => q.id(i), age: (i: number) => q.age(i), present: (i: number) => q.present(i) };
  const sequence: (keyof typeof reads)[] = order === 'ids-first' ? ['id', 'age', 'present'] : order === 'ages-first' ? ['age', 'id', 'present'] : ['present', 'age', 'id'];
  for (const k of sequence) for (let i = 0; i < n; i++) got[i]![k] = outcome(() => reads[k](i));
  for (let i = 0; i < n; i++) {
    const want = direct(f, i);
    expect(got[i]!.id, `member ${i} id`).toEqual(want.id);
    expect(got[i]!.age, `member ${i} age`).toEqual(want.age);
    expect(got[i]!.present, `member ${i} present`).toEqual(want.present);
    // The facts' own readers, and a second read, agree.
    expect(outcome(() => f.memberId(i))).toEqual(want.id);
    expect(outcome(() => f.memberAgeAtStatus(i))).toEqual(want.age);
    expect(outcome(() => f.memberPresentAtStatus(i))).toEqual(want.present);
    expect(outcome(() => q.age(i))).toEqual(want.age);
  }
}

const orderArb = fc.constantFrom<Order>('ids-first', 'ages-first', 'presence-first');

/** Some members' recorded birth dates left out (the age then comes from the ID number). */
function withoutBirthDates(h: Household, mask: number): Household {
  return { ...h, members: h.members.map((m, i) => ((mask >> i) & 1 ? (({ birthDate: _b, ...rest }) => rest as Member)(m) : m)) };
}

describe('the members’ facts made once ≡ the direct readings', () => {
  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), fc.constantFrom(...AS_OF), orderArb, fc.integer({ min: 0, max: 63 })], { numRuns: 150 })(
    'fast-check households, every built-in profile, several as-of dates, birth dates recorded or not',
    (h, profileId, asOf, order, mask) => {
      expectSameFacts(h, profileId, asOf, order);
      expectSameFacts(withoutBirthDates(h, mask), profileId, asOf, order);
    },
  );

  /** A member born `years` before the status date's day, shifted by `shift` days (−1, 0, 1), recorded or only in the ID. */
  const around = (status: string, years: number, shift: number, recorded: boolean): Member => {
    const [y, m, d] = status.split('-').map(Number) as [number, number, number];
    const day = new Date(Date.UTC(y - years, m - 1, d + shift));
    const birth = day.toISOString().slice(0, 10);
    return { name: '王一', sex: 'male', relation: 'head', idNumber: idFor(birth, '011'), ...(recorded ? { birthDate: birth } : {}) } as Member;
  };

  it('members born on the status date’s day, the day before and after, 29 February, after the status date', () => {
    for (const profileId of PROFILE_IDS) {
      for (const asOf of AS_OF) {
        const f = new AssessmentFacts(clean(), getProfile(profileId), options(asOf));
        const status = f.context.period?.to;
        if (status === undefined) continue;
        const members: Member[] = [];
        for (const years of [0, 1, 16, 60]) for (const shift of [-1, 0, 1]) for (const recorded of [true, false]) members.push(around(status, years, shift, recorded));
        // 29 February births, recorded and from the ID; a recorded birth date differing from the ID's; no ID at all.
        members.push({ name: '李二', sex: 'female', relation: 'spouse', birthDate: '2000-02-29', idNumber: idFor('2000-02-29', '022') } as Member);
        members.push({ name: '李二', sex: 'female', relation: 'spouse', idNumber: idFor('1996-02-29', '022') } as Member);
        members.push({ name: '李二', sex: 'female', relation: 'spouse', birthDate: '1970-05-05', idNumber: idFor('1971-06-06', '022') } as Member);
        members.push({ name: '李二', sex: 'female', relation: 'spouse' } as Member);
        members.push({ name: '李二', sex: 'female', relation: 'spouse', idNumber: '110105491231002' } as Member);
        members.push({ name: '李二', sex: 'female', relation: 'spouse', idNumber: '11010519491231002X41' } as Member);
        members.push({ name: '李二', sex: 'female', relation: 'spouse', idNumber: '110105194912310021' } as Member);
        const h = { ...f.h, members };
        for (const order of ['ids-first', 'ages-first', 'presence-first'] as const) expectSameFacts(h, profileId, asOf, order);
      }
    }
  });

  it('records built by hand whose direct reading throws: the same error at the same read', () => {
    const base = { name: '王一', sex: 'male', relation: 'head' };
    const members = [
      { ...base, birthDate: '2023-02-30' },
      { ...base, birthDate: 'not a date' },
      { ...base, birthDate: 19600101 },
      { ...base, birthDate: null, idNumber: 110105194912310021 },
      { ...base, idNumber: 110105194912310021 },
      { ...base, idNumber: '11010519491231002X', changes: [{ kind: 'abducted', on: '2023-01-01' }] },
      { ...base, changes: 'none' },
      { ...base, birthDate: '1960-01-01', idNumber: '  ' },
    ] as unknown as Member[];
    const h = { id: 'H1', povertyAlleviated: true, members, income: { wage: '0', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } } as unknown as Household;
    let threw = 0;
    for (const profileId of PROFILE_IDS)
      for (const asOf of AS_OF)
        for (const order of ['ids-first', 'ages-first', 'presence-first'] as const) {
          expectSameFacts(h, profileId, asOf, order);
          const f = new AssessmentFacts(h, getProfile(profileId), options(asOf));
          for (let i = 0; i < members.length; i++) if ('error' in direct(f, i).age || 'error' in direct(f, i).id || 'error' in direct(f, i).present) threw++;
        }
    expect(threw).toBeGreaterThan(0); // the hand-built records do reach the throwing readings
  });

  it('generated exports: every member of every accepted household', async () => {
    const households: Household[] = [];
    const bytes = new TextEncoder().encode([...villageLines({ households: 150, seed: 24 })].join(''));
    for await (const rec of readRecords([bytes], { format: 'csv' })) {
      if (rec.problems.length > 0) continue;
      const parsed = parseHousehold(rec.raw);
      if (parsed.ok) households.push(parsed.household);
    }
    expect(households.length).toBeGreaterThan(100);
    for (const profileId of PROFILE_IDS) for (const asOf of ['2023-12-15', '2023-09-30', undefined]) for (const h of households) expectSameFacts(h, profileId, asOf, 'ids-first');
    for (const h of households) expectSameFacts(withoutBirthDates(h, 0b10101), 'fujian/jinan/2023', '2023-12-15', 'ages-first');
  });
});
