/**
 * The compiled member row's problems in field order (src/io/compiled-plan.ts, `compileMemberRow`): a
 * member whose cells fail in fields far apart (the first, middle and last of the export's member
 * fields) reports one problem a field, in field order, member after member — whatever functions the
 * generated row is made of (one, or parts called in turn: the thirteenth slice built and measured
 * parts, docs/decisions.md) — and the vouched row reports what the row without vouching (one function,
 * the tests' oracle) reports, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { HouseholdBuilder, planColumns } from '../../src/io/assemble.js';
import { exportCells } from '../support/export-cells.js';

const generated = exportCells(40, 2023, 0);
const plan = planColumns(generated.header);
const BAD = '不是一个值 x';

describe('the member row: problems across its fields', () => {
  it('bad cells in fields far apart: one problem a field, in field order, member by member, as without vouching', () => {
    // Every member field with one column whose converter refuses BAD.
    const failing = plan.memberFields.filter((f) => f.columns.length === 1 && f.columns[0]!.mapping.convert!.convert(BAD).ok === false);
    const numbers = failing.map((f) => plan.memberFields.indexOf(f));
    // Far apart: the first refusing field and the last are more than eight fields apart.
    expect(numbers.at(-1)! - numbers[0]!).toBeGreaterThanOrEqual(8);
    const household = generated.households.find((h) => h.length >= 3)!;
    const rows = household.map((r) => [...r]);
    for (const row of rows) for (const f of failing) row[f.columns[0]!.index] = BAD;
    const problemsOf = (vouch: boolean) => {
      const b = new HouseholdBuilder(plan, { vouch });
      rows.forEach((cells, i) => b.addRow(i + 4, cells));
      return b.finish().problems;
    };
    const vouched = problemsOf(true);
    expect(vouched).toEqual(problemsOf(false));
    // The member fields the problems name, member by member.
    const fieldOf = (path: string) => {
      const rest = path.replace(/^members\[\d+\]\.?/, '');
      let best = -1;
      plan.memberFields.forEach((f, k) => {
        const holds = rest === f.path || rest.startsWith(`${f.path}.`) || rest.startsWith(`${f.path}[`);
        if (holds && (best === -1 || f.path.length > plan.memberFields[best]!.path.length)) best = k;
      });
      return best;
    };
    const memberOf = (path: string) => Number(/^members\[(\d+)\]/.exec(path)?.[1] ?? -1);
    const memberProblems = vouched.filter((p) => memberOf(p.path) >= 0);
    expect(memberProblems.map((p) => [memberOf(p.path), fieldOf(p.path)])).toEqual(rows.flatMap((_, i) => numbers.map((k) => [i, k])));
  });
});
