/**
 * Households the CSV importer vouches for (一次成型, issue 14): when a household's rows convert
 * without a problem, every member value passed the schema's own check at conversion time and was
 * stored in schema order (src/model/fast-validation.ts, `vouchingPlan`), and the household's own
 * fields pass the fast validator, the record's `raw` is the validated household itself — the object
 * `parseHousehold` would return — marked here; scoring takes it as it is instead of parsing it
 * again.
 *
 * The mark is a property under a symbol private to this module, not enumerable: JSON, a worker's
 * message and `structuredClone` drop it (the copy is then parsed, as any record is), and a record a
 * caller builds cannot carry it. The mark is honoured only inside the CLI's pipeline, where records
 * go from the chunk reader straight to scoring (`ScoreSettings.fromChunkReader`): records that pass
 * through a caller's hands (`readRecords` then `rescore`) are parsed, so an edited record is validated.
 *
 * @module
 */
import type { Household } from '../model/household.js';

/** The key the household is kept under on the raw object: private to this module (not a registered symbol), not enumerable. */
const VOUCHED: unique symbol = Symbol('vouched household');

/**
 * Marks `household` as what `parseHousehold` returns for it (the importer calls this).
 *
 * @example
 * vouchFor(household);
 */
export function vouchFor(household: Household): void {
  Object.defineProperty(household, VOUCHED, { value: true });
}

/**
 * `raw` itself when the importer vouched for it (it is a validated household), else `undefined` (then parse `raw`).
 *
 * @example
 * const h = vouchedHousehold(record.raw) ?? parseHousehold(record.raw);
 */
export function vouchedHousehold(raw: unknown): Household | undefined {
  return typeof raw === 'object' && raw !== null && (raw as { [VOUCHED]?: true })[VOUCHED] === true ? (raw as Household) : undefined;
}
