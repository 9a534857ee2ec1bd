/**
 * How generated code is compiled (生成代码的编译). The validators (./fast-validation.ts), the
 * importer's row functions (src/io/compiled-plan.ts) and the data-quality steps
 * (src/rules/quality/plan.ts) are JavaScript generated from the schema, the column plan and the check
 * objects, compiled with `new Function`. A host may compile them another way — the command line
 * compiles them with V8's code cache (src/cli/code-cache.ts), so a start does not parse and compile
 * the same generated source again — by installing a compiler here; it must return the function
 * `new Function(...params, body)` would (same parameters, same body, global scope).
 *
 * @module
 */

/** A compiler of generated code: the function of these parameters and body, in the global scope. */
export type GeneratedCompiler = (params: readonly string[], body: string) => unknown;

let installed: GeneratedCompiler | undefined;

/**
 * Compiles generated code: `new Function(...params, body)`, or the installed compiler's function.
 * Throws as `new Function` does where code cannot be generated (callers fall back).
 *
 * @example
 * const add = compileGenerated<(a: number, b: number) => number>(['a', 'b'], 'return a + b;');
 * add(1, 2) // 3
 */
export function compileGenerated<F>(params: readonly string[], body: string): F {
  return (installed ? installed(params, body) : new Function(...params, body)) as F;
}

/**
 * Installs the compiler {@link compileGenerated} uses (`undefined`: `new Function` again). For a host
 * such as the command line; the library never installs one.
 *
 * @example
 * useGeneratedCompiler((params, body) => new Function(...params, body));
 */
export function useGeneratedCompiler(compiler: GeneratedCompiler | undefined): void {
  installed = compiler;
}
