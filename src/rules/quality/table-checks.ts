/**
 * The per-household checks over the export's other tables (work-spells.ts, village.ts), in report
 * order — listed apart from tables.ts so the catalogue can name them without importing the runner.
 *
 * @module
 */
import type { QualityStep } from './run.js';
import { villageHouseholdChecks } from './village.js';
import { workSpellChecks } from './work-spells.js';

/** The checks over the joined tables, in report order. */
export const TABLE_CHECKS: readonly QualityStep[] = [...workSpellChecks, ...villageHouseholdChecks];
