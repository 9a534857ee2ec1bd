/**
 * 多表关联 — a household joined with the export's other tables: the rows of the work-monitoring
 * tables (已外出务工信息 / 计划外出务工信息) of its members, matched by 证件号码, and its row of the
 * village table (行政村), matched by village. The checks of work-spells.ts and village.ts read a
 * {@link JoinedRun}; the joining itself is in tables.ts.
 *
 * @module
 */
import type { AssessmentFacts } from '../../facts/assessment.js';
import type { Village } from '../../model/village.js';
import type { WorkSpell, WorkTable } from '../../model/work-spell.js';
import { QualityRun } from './run.js';

/** A work-table row with its position in the list given (`workSpells[k]`). */
export interface SpellRef {
  spell: WorkSpell;
  /** The row's index in the list of spells given to the join. */
  index: number;
  /** Its row in the file it was read from, when known (messages then name the row). */
  row?: number;
}

/** Which tables were given: a check over a table that was not given does not run. */
export interface TablesGiven {
  current: boolean;
  planned: boolean;
  villages: boolean;
}

/** What a household was joined with. */
export interface HouseholdJoin {
  /** The rows of each member (by member row), both tables, in the order given. */
  spells: readonly (readonly SpellRef[])[];
  given: TablesGiven;
  /** The household's village row: found, not found, or the household names no village. */
  village: { found: Village; index: number } | { found: null; reason: 'not-found' | 'ambiguous' | 'no-village' } | undefined;
}

/** A data-quality run over one household and the rows joined to it. */
export class JoinedRun extends QualityRun {
  constructor(
    facts: AssessmentFacts,
    readonly join: HouseholdJoin,
  ) {
    super(facts);
  }

  /** The member's rows of one table, or of both. */
  spells(i: number, table?: WorkTable): readonly SpellRef[] {
    const all = this.join.spells[i] ?? [];
    return table === undefined ? all : all.filter((s) => s.spell.table === table);
  }
}

/** True for a row that does not say 否 in 是否已务工 / 是否计划外出务工 (an empty cell counts as a row). */
export function isActiveRow(s: WorkSpell): boolean {
  return s.working !== false;
}

/** How a table row is named in messages: the table and the spell's start. */
export function rowName(s: SpellRef): { zh: string; en: string } {
  const table = s.spell.table === 'current' ? { zh: '已外出务工信息', en: 'work-away table' } : { zh: '计划外出务工信息', en: 'planned-work table' };
  const at = s.row !== undefined ? { zh: `第${s.row}行`, en: `row ${s.row}` } : { zh: `第${s.index + 1}条`, en: `entry ${s.index + 1}` };
  return { zh: `${table.zh}${at.zh}${s.spell.start ? `（${s.spell.start} 起）` : ''}`, en: `${table.en} ${at.en}${s.spell.start ? ` (from ${s.spell.start})` : ''}` };
}
