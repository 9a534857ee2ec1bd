/**
 * Zod schemas built on first use: {@link lazySchema} (src/model/lazy-schema.ts, where it lives so that the
 * calendar, a floor below the profiles, can use it), re-exported for the profile modules. The parameter
 * declarations' schemas (src/profile/parameters/*.ts) and the profile input schemas (src/profile/schema.ts)
 * are read only when a profile file is parsed — `parseProfile`, the docs, `fangfanpin profiles` — never by
 * a run under a built-in profile, which reads it resolved at build time (src/profile/builtin/prebuilt.ts).
 *
 * @module
 */
export { lazySchema } from '../model/lazy-schema.js';
