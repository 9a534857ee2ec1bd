/**
 * Zod schemas built on first use (按需构建的校验模式): {@link lazySchema} of src/model/lazy-schema.ts,
 * where the module comment says why; the calendar (a floor below the profiles) uses it too.
 *
 * @module
 */
export { lazySchema } from '../model/lazy-schema.js';
