/**
 * Helpers for tests that compare assessment results across paths (lean ≡ explained, compiled ≡
 * interpreted): a result with its findings emptied, and a call's value or the error it threw.
 *
 * @module
 */

/**
 * The value with every `findings` array emptied (what a lean result promises to be).
 *
 * @example
 * withoutFindings({ a: { findings: [1], x: 2 } }) // { a: { findings: [], x: 2 } }
 */
export function withoutFindings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFindings);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'findings' && Array.isArray(v) ? [] : withoutFindings(v);
    return out;
  }
  return value;
}

/**
 * Runs `fn`: its value, or the error it threw (by class and message), so two paths can be compared
 * whether they return or throw.
 *
 * @example
 * outcome(() => { throw new RangeError('x'); }) // { error: 'RangeError: x' }
 */
export function outcome<T>(fn: () => T): { value: T } | { error: string } {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}
