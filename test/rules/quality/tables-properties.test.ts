/**
 * Invariants of the join (src/rules/quality/tables.ts) over random households and work rows: it never
 * throws; every row whose ID number is no member's is reported exactly once (and no other row is); no
 * message or value carries an unmasked ID number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTables, idCheckCharacter, parseHousehold, type Household, type WorkSpell } from '../../../src/index.js';
import { containsUnmaskedIdNumber } from '../../../src/explain/mask.js';
import { householdArb } from '../../arbitraries.js';
import { JINAN } from './fixtures.js';

const id = (n: number) => {
  const first = `350111${1950 + (n % 60)}0101${String(100 + n).slice(-3)}`;
  return first + idCheckCharacter(first);
};

const spellArb = fc.record({
  who: fc.integer({ min: 0, max: 29 }),
  table: fc.constantFrom('current' as const, 'planned' as const),
  working: fc.option(fc.boolean(), { nil: undefined }),
  start: fc.option(fc.constantFrom('2019-05', '2020-12', '2021-01', '2022-10', '2023-09', '2023-10'), { nil: undefined }),
  end: fc.option(fc.constantFrom('2022-09', '2023-09', '2023-10'), { nil: undefined }),
  county: fc.option(fc.constantFrom('晋安区', '闽侯县'), { nil: undefined }),
  channel: fc.option(fc.constantFrom('公益性岗位', '自主就业'), { nil: undefined }),
  travelSubsidy: fc.option(fc.constantFrom('0', '600'), { nil: undefined }),
});

describe('the join over random households and rows', () => {
  it('every row of nobody is reported once, no other row is, and nothing unmasked is said', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { minLength: 1, maxLength: 4 }), fc.array(spellArb, { maxLength: 12 }), (inputs, rows) => {
        let n = 0;
        const households: Household[] = [];
        inputs.forEach((input, k) => {
          const withIds = { ...input, id: `H${k}`, region: { county: '晋安区' }, members: input.members.map((m) => ({ ...m, idNumber: id(n++) })) };
          const parsed = parseHousehold(withIds);
          if (parsed.ok) households.push(parsed.household);
        });
        const spells: WorkSpell[] = rows.map(({ who, ...rest }) => {
          const s: Record<string, unknown> = { idNumber: id(who), ...rest };
          for (const key of Object.keys(s)) if (s[key] === undefined) delete s[key];
          return s as WorkSpell;
        });
        const r = checkTables({ households, workSpells: spells }, JINAN, { asOf: '2023-09-30' });
        const members = new Set(households.flatMap((h) => h.members.map((m) => m.idNumber)));
        const unknown = r.crossHousehold.filter((i) => i.code === 'quality.work-spells.unknown-person').map((i) => i.path);
        const expected = spells.flatMap((s, k) => (members.has(s.idNumber) ? [] : [`workSpells[${k}].idNumber`]));
        expect(unknown.sort()).toEqual(expected.sort());
        for (const i of [...[...r.byHousehold.values()].flat(), ...r.crossHousehold]) {
          expect(containsUnmaskedIdNumber(`${i.message.zh} ${i.message.en} ${JSON.stringify(i.values ?? {})}`), i.code).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
