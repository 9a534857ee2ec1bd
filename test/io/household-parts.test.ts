/**
 * The compiled household converter in parts (src/io/compiled-plan.ts, `householdParts`): the first
 * row's fields are converted by parts of a few fields each, called in field order, so a household
 * whose first row holds bad cells in fields far apart reports their problems in field order — the
 * order the converter in one function reported them in, and the order the rejected file lists them.
 */
import { describe, expect, it } from 'vitest';
import { HouseholdBuilder, planColumns } from '../../src/io/assemble.js';
import { exportCells } from '../support/export-cells.js';

const generated = exportCells(40, 2023, 0);
const plan = planColumns(generated.header);

describe('the household converter in parts', () => {
  it('a household with a bad amount in every household money column reports the problems in field order, across every part', () => {
    const rows = generated.households[0]!.map((r) => [...r]);
    // Every household column of a money field: a cell that is no amount fails its conversion.
    const money = plan.householdFields.filter((f) => f.path.startsWith('income.') && f.columns.length === 1);
    for (const row of rows) for (const f of money) row[f.columns[0]!.index] = '不是一个值 x'; // every row: no "differs between rows" problem
    const b = new HouseholdBuilder(plan, { vouch: true });
    rows.forEach((cells, i) => b.addRow(i + 4, cells));
    const { problems } = b.finish();
    // The field a problem names: the one whose path is the problem's, else the longest that begins it.
    const fieldOf = (path: string) => {
      let best = -1;
      plan.householdFields.forEach((f, k) => {
        const holds = path === f.path || path.startsWith(`${f.path}.`) || path.startsWith(`${f.path}[`);
        if (holds && (best === -1 || f.path.length > plan.householdFields[best]!.path.length)) best = k;
      });
      return best;
    };
    // One problem a money field, in field order.
    const at = problems.map((p) => fieldOf(p.path));
    const expected = money.map((f) => plan.householdFields.indexOf(f)).sort((x, y) => x - y);
    expect(at).toEqual(expected);
    // Fields far apart: the problems come from more than one part of eight fields.
    expect(Math.floor(expected.at(-1)! / 8)).toBeGreaterThan(Math.floor(expected[0]! / 8));
  });
});
