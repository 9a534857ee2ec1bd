/**
 * A generated export (examples/make-village.ts) as cells, for tests that build households from rows
 * and mutate their cells: the header row and each household's rows, grouped by 户编号 as exports
 * list them.
 *
 * @module
 */
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
