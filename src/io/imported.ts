/**
 * The mark of a stream of imported records (`readRecords` sets it): `rescore` then reads its items as
 * imported records without being told. A registered symbol, so the mark is the same in every copy of
 * the library (a worker thread, the CJS and ESM builds).
 *
 * @module
 */

/** The mark an importer's record stream carries. */
export const IMPORTED_RECORDS: unique symbol = Symbol.for('fangfanpin.imported-records') as never;
