/**
 * A generated export (examples/make-village.ts) as cells, for tests that build households from rows
 * and mutate their cells: the header row and each household's rows, grouped by 户编号 as exports
 * list them.
 *
 * @module
 */
import { fc } from '@fast-check/vitest';
import Papa from 'papaparse';
import { villageLines } from '../../examples/make-village.js';

/**
 * The header and the households' rows of a generated export (full columns).
 *
 * @example
 * const { header, households } = exportCells(300, 2023, 5);
 * households[0]![0]![header.indexOf('户编号')] // the first household's 户编号
 */
export function exportCells(households: number, seed: number, rejectedPercent: number): { header: string[]; households: string[][][] } {
  const text = [...villageLines({ households, seed, rejectedPercent }, false)].join('');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const at = rows.findIndex((r) => r.includes('户编号') && r.includes('姓名'));
  const header = rows[at]!;
  const idColumn = header.indexOf('户编号');
  const out: string[][][] = [];
  let key: string | undefined;
  for (const row of rows.slice(at + 1)) {
    if (row[idColumn] !== key || out.length === 0) out.push([]);
    key = row[idColumn];
    out[out.length - 1]!.push(row);
  }
  return { header, households: out };
}

/** Edits of one household's cells: which household, cells overwritten, a row repeated. */
export interface CellEdits {
  household: number;
  edits: { row: number; column: number; cell: string }[];
  duplicate: number | undefined;
}

/**
 * The fast-check arbitrary of {@link CellEdits}: one to four cells set to one of `badCells` or a short
 * string, and maybe a row repeated (what exports get wrong).
 *
 * @example
 * fc.record({ ...cellEditFields(['', '未知值']), profile: fc.constantFrom(...PROFILES) })
 */
export function cellEditFields(badCells: readonly string[]) {
  return {
    household: fc.nat(),
    edits: fc.array(fc.record({ row: fc.nat(), column: fc.nat(), cell: fc.oneof(fc.constantFrom(...badCells), fc.string({ maxLength: 6 })) }), { minLength: 1, maxLength: 4 }),
    duplicate: fc.option(fc.nat(), { nil: undefined }),
  };
}

/**
 * The rows of one of `households` with {@link CellEdits} applied (a copy; indexes taken modulo the sizes).
 *
 * @example
 * const rows = editedRows(households, { household: 3, edits: [{ row: 0, column: 5, cell: '' }], duplicate: undefined });
 */
export function editedRows(households: readonly (readonly (readonly string[])[])[], { household, edits, duplicate }: CellEdits): string[][] {
  const rows = households[household % households.length]!.map((r) => [...r]);
  for (const e of edits) {
    const row = rows[e.row % rows.length]!;
    row[e.column % row.length] = e.cell;
  }
  if (duplicate !== undefined) rows.push([...rows[duplicate % rows.length]!]);
  return rows;
}
