/**
 * Where a worker thread's entry file is (工作线程入口): next to the calling module, in the
 * TypeScript sources (run through tsx) or in the build (dist/), for the library's re-scoring pool
 * and the CLI's pipeline alike.
 *
 * @module
 */

/**
 * The entry of a worker started from the module at `here` (its `import.meta.url`): from the
 * TypeScript sources, `worker-from-source.mjs` beside it (it registers tsx in the thread); from the
 * build, the first of `built` (paths relative to `here`) that exists.
 *
 * @example
 * new Worker(await workerEntryNear(import.meta.url, ['./rescore-worker.js', '../rescore-worker.js']), { workerData });
 */
export async function workerEntryNear(here: string, built: readonly string[]): Promise<URL> {
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) return new URL('./worker-from-source.mjs', here);
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const found = built.map((p) => new URL(p, here)).find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error(`fangfanpin: the worker entry ${built.join(' or ')} was not found next to ${here}`);
  return found;
}

/**
 * The URL of the module that calls it, in ESM (sources and dist/*.js) and in the CommonJS build,
 * given that module's `import.meta.url` (undefined in CommonJS) and `__filename`.
 *
 * @example
 * moduleUrlOf((import.meta as { url?: string }).url, () => __filename)
 */
export function moduleUrlOf(metaUrl: string | undefined, filename: () => string): string {
  return metaUrl ?? 'file://' + filename();
}
