/**
 * Installs, when loaded, the command line's code cache for generated code (src/cli/code-cache.ts
 * `generatedCodeCache`, src/model/generated-code.ts). Imported first by ./main.ts, for its effect: the
 * household validator is generated when its module loads, so the compiler must be in place before
 * any other module of the command line is evaluated. The package is marked free of side effects, so
 * the build keeps this import by name (tsup.config.ts `keepEffects`).
 *
 * @module
 */
import { useGeneratedCompiler } from '../model/generated-code.js';
import { generatedCodeCache } from './code-cache.js';

useGeneratedCompiler(generatedCodeCache());
