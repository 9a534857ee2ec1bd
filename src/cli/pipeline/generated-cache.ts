/**
 * Installs, when loaded, the code cache for the generated code of a pipeline worker thread (the
 * coordinator and the scoring workers: src/cli/code-cache.ts `generatedCodeCache`,
 * src/model/generated-code.ts), as ../generated-cache.ts does for the main thread. Imported first by
 * ./worker.ts, for its effect: the household validator is generated when its module loads, so the
 * compiler must be in place before any other module of the worker is evaluated (kept by the build:
 * tsup.config.ts `keepEffects`). Without it each worker thread compiled its ≈ 150 KB of generated
 * code (validator, importer rows, quality steps) with `new Function` at every start.
 *
 * The cache file is the workers' own (`generated-worker-…`), shared by every worker thread of every
 * run; a thread writes it (new file, renamed) only when its run has done its work
 * (`workDone`, src/cli/code-cache.ts) — a worker is terminated, it never sees `exit`.
 *
 * @module
 */
import { useGeneratedCompiler } from '../../model/generated-code.js';
import { afterWorkDone, generatedCodeCache } from '../code-cache.js';

useGeneratedCompiler(generatedCodeCache(['worker'], process.env, afterWorkDone));
