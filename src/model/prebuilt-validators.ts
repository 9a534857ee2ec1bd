/**
 * The household validators as the build generated them (构建时生成的校验函数). Running from the sources
 * this is `undefined`, and src/model/fast-validation.ts generates the household's fast validator from
 * `HouseholdSchema` when it loads (and the validator of a household whose members were vouched for on
 * first use), compiling the generated source with `new Function`. The build (tsup.config.ts) puts
 * `prebuiltValidatorsModule()`'s text (src/model/fast-validation.ts) in place of this module: the same
 * generated source, from the same schema, written as functions of the bundle, so a start neither walks
 * the schema nor compiles generated code for them, and the command line's code cache holds them with the
 * rest of the bundle (docs/decisions.md, "… tenth slice: startup"). Nothing can go stale: the build
 * computes the text from the schema each time; test/model/prebuilt-validators.test.ts holds the text's
 * validators to zod's answers and to the ones generated at run time, and test/cli/startup.test.ts holds
 * the built bundles to carrying them.
 *
 * @module
 */

/** A validator made by the build: given the reject marker and the predicates the generated code calls, the validator (or `null`: not generated). */
export type PrebuiltValidator = ((reject: symbol, predicates: Readonly<Record<string, unknown>>) => (input: unknown) => unknown) | null;

/** The household's validator and that of a household whose members were vouched for; `undefined` from the sources. */
export const PREBUILT_VALIDATORS: { readonly household: PrebuiltValidator; readonly trustingMembers: PrebuiltValidator } | undefined = undefined;
