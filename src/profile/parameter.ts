/**
 * Policy parameters (政策参数): the data a rule reads. A parameter is declared once — its key, the
 * schema of its value, its label and description in Chinese and English — and each profile gives it
 * a history of dated values in its own file, each value with the citation of the clause that sets it
 * (OpenFisca-style: `"monitoringLine": [{ "from", "to", "value", "citation", "note" }]`), or says why
 * it leaves it unset. The declarations hold no values: the built-in profiles' are in
 * src/profile/builtin/*.json.
 *
 * @module
 */
import { z } from 'zod';
import type { QuotedCitation } from '../explain/finding.js';
import type { Text } from '../model/labels.js';
import type { CalendarDate } from '../model/calendar-date.js';

/** One dated value of a parameter: in force from `from` to `to` (both inclusive; `to` absent = open). */
export interface DatedValue<T = unknown> {
  from: CalendarDate;
  to?: CalendarDate;
  value: T;
  /** The clause that sets this value. */
  citation: QuotedCitation;
  /** A remark for the generated docs (how the value was read from the clause). */
  note?: string;
}

/** The layers of the rule book a parameter belongs to (for the docs). */
export type ParameterGroup =
  | 'income'
  | 'identification'
  | 'policy-status'
  | 'elimination'
  | 'screening'
  | 'procedure'
  | 'quality';

/** A declared parameter. `S` is the zod schema of one value. */
export interface ParameterDefinition<S extends z.ZodType = z.ZodType> {
  key: string;
  group: ParameterGroup;
  schema: S;
  label: Text;
  description: Text;
  /** The unit, when the value is a quantity. */
  unit?: Text;
}

/**
 * Declares a parameter. Typed so it keeps the literal key and schema types (`parameter(profile, key,
 * on)` returns the right type). The schema is given as a function and built on first read of
 * `schema`, once: a run under a built-in profile reads none of them (its profile was resolved at
 * build time), so a start does not build the 73 declarations' zod schemas (src/profile/lazy-schema.ts).
 *
 * @example
 * const line = defineParameter({
 *   key: 'monitoringLine', group: 'income', schema: () => MoneySchema,
 *   label: { zh: '监测线', en: 'monitoring line' },
 *   description: { zh: '…', en: '…' },
 * });
 * line.schema.parse('7000') // built here
 */
export function defineParameter<const K extends string, S extends z.ZodType>(
  def: Omit<ParameterDefinition<S>, 'schema'> & { key: K; schema: () => S },
): ParameterDefinition<S> & { key: K } {
  let schema: S | undefined;
  const out = {} as ParameterDefinition<S> & { key: K };
  // The declaration's own key order, `schema` a memoised getter in its place.
  for (const [k, v] of Object.entries(def)) {
    if (k === 'schema') Object.defineProperty(out, 'schema', { get: () => (schema ??= def.schema()), enumerable: true });
    else Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
