/**
 * Households the CSV importer vouches for (一次成型, issue 14): when a household's rows convert
 * without a problem, every member value passed the schema's own check at conversion time and was
 * stored in schema order (src/model/fast-validation.ts, `vouchingPlan`), and the household's own
 * fields pass the fast validator, the record's `raw` is the validated household itself — the object
 * `parseHousehold` would return — marked here; scoring takes it as it is instead of parsing it
 * again.
 *
 * The mark is a private class field (`#vouched`, of a class private to this module) added to the
 * household object: not a property any reflection shows — JSON, a worker's message, `structuredClone`,
 * `Object.keys`, symbol listings and deep-equality checks do not see it, a copy does not carry it
 * (the copy is then parsed, as any record is), and a record a caller builds cannot carry it. A
 * non-enumerable symbol property (`Object.defineProperty`, the first form) did the same but cost a
 * call into the engine's runtime per household; a private field is added and tested by inline
 * code. The mark is honoured only inside the CLI's pipeline, where records go from the chunk reader
 * straight to scoring (`ScoreSettings.fromChunkReader`): records that pass through a caller's hands
 * (`readRecords` then `rescore`) are parsed, so an edited record is validated.
 *
 * @module
 */
import type { Household } from '../model/household.js';

/** A base class whose constructor returns the object it is given, so that a subclass's field initialisers add their fields to that object. */
const Given = function (o: object) {
  return o;
} as unknown as new (o: object) => object;

/** The mark: its private field on an object says the importer vouched for it. */
class Mark extends Given {
  #vouched = true;
  /** Whether `o` carries the mark. */
  static on(o: object): boolean {
    return #vouched in o;
  }
}

/**
 * Marks `household` as what `parseHousehold` returns for it (the importer calls this).
 *
 * @example
 * vouchFor(household);
 */
export function vouchFor(household: Household): void {
  if (!Mark.on(household)) new Mark(household);
}

/**
 * `raw` itself when the importer vouched for it (it is a validated household), else `undefined` (then parse `raw`).
 *
 * @example
 * const h = vouchedHousehold(record.raw) ?? parseHousehold(record.raw);
 */
export function vouchedHousehold(raw: unknown): Household | undefined {
  return typeof raw === 'object' && raw !== null && Mark.on(raw) ? (raw as Household) : undefined;
}
