/**
 * The household schema's description as the build wrote it (构建时生成的结构描述). Running from the
 * sources this is `undefined`, and src/model/schema-description.ts computes the description from
 * `HouseholdSchema` on first use. The build (tsup.config.ts) puts `prebuiltDescriptionModule()`'s
 * text (src/model/schema-description.ts) in place of this module: the same description, computed
 * from the same schema at each build, so a start reads it without building a zod schema
 * (docs/decisions.md, "… twelfth slice: startup"). test/model/schema-description.test.ts holds the
 * text's description equal to the one computed at run time, and test/cli/startup.test.ts holds the
 * built bundles to carrying it.
 *
 * @module
 */
/** The description of `HouseholdSchema` (a `SchemaNode` of ./schema-description.ts, typed there: no import back, no circle); `undefined` from the sources. */
export const PREBUILT_DESCRIPTION: object | undefined = undefined;
