/**
 * Three-valued facts (已知 / 未知): a fact on record is `true` or `false`; an unrecorded one is
 * `null`, and carries the field path that would settle it. The identification and policy-status
 * rules combine facts with {@link allOf} and {@link anyOf}, which decide whenever the known facts
 * already decide (a `false` in an "and", a `true` in an "or") and otherwise stay `null`, naming
 * what is missing — never a guess.
 *
 * @module
 */

/** A fact that may be unknown, with the field paths that would settle it. */
export interface Known {
  value: boolean | null;
  /** When `value` is `null`: the field paths of the missing facts. */
  missing: string[];
}

/**
 * A recorded boolean as a {@link Known}: `undefined` is unknown, missing `path`.
 *
 * @example
 * known(undefined, 'hardship.severeDifficulty') // { value: null, missing: ['hardship.severeDifficulty'] }
 */
export function known(value: boolean | undefined | null, path: string): Known {
  return value === undefined || value === null ? { value: null, missing: [path] } : { value, missing: [] };
}

/**
 * A decided fact.
 *
 * @example
 * fact(true) // { value: true, missing: [] }
 */
export function fact(value: boolean): Known {
  return { value, missing: [] };
}

function union(parts: readonly Known[]): string[] {
  const out: string[] = [];
  for (const p of parts) if (p.value === null) for (const m of p.missing) if (!out.includes(m)) out.push(m);
  return out;
}

/**
 * Three-valued "and": `false` if any part is false, else `null` if any is unknown, else `true`.
 *
 * @example
 * allOf(fact(true), known(undefined, 'a')).value // null
 * allOf(fact(false), known(undefined, 'a')).value // false
 */
export function allOf(...parts: readonly Known[]): Known {
  if (parts.some((p) => p.value === false)) return fact(false);
  if (parts.some((p) => p.value === null)) return { value: null, missing: union(parts) };
  return fact(true);
}

/**
 * Three-valued "or": `true` if any part is true, else `null` if any is unknown, else `false`.
 *
 * @example
 * anyOf(fact(false), known(undefined, 'a')).value // null
 * anyOf(fact(true), known(undefined, 'a')).value // true
 */
export function anyOf(...parts: readonly Known[]): Known {
  if (parts.some((p) => p.value === true)) return fact(true);
  if (parts.some((p) => p.value === null)) return { value: null, missing: union(parts) };
  return fact(false);
}

/**
 * Three-valued "not" (an unknown stays unknown, with its missing paths).
 *
 * @example
 * not(known(false, 'assets.cashResettlementExempt')).value // true
 */
export function not(k: Known): Known {
  return k.value === null ? k : fact(!k.value);
}

/**
 * The finding outcome of a tested fact: `met`, `not-met` or `undetermined`.
 *
 * @example
 * outcomeOf(known(undefined, 'hardship.severeDifficulty')) // 'undetermined'
 */
export function outcomeOf(k: Known): 'met' | 'not-met' | 'undetermined' {
  return k.value === null ? 'undetermined' : k.value ? 'met' : 'not-met';
}
