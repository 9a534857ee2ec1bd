/**
 * The `fangfanpin` executable as built (dist/cli/main.js): runs the command line's bundle
 * (dist/cli/main.cjs, built from ./main.ts) through V8's code cache (./code-cache.ts).
 *
 * @module
 */
import { loadBundle } from './code-cache.js';

loadBundle(new URL('./main.cjs', import.meta.url));
