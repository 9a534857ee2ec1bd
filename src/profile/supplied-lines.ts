/**
 * Monitoring lines a user supplied (使用者补充的监测线), read back from a profile: those cited to a
 * document of kind `supplied`, which `withMonitoringLine` (src/supplied-line.ts) registers for a
 * source given in words. The re-scoring summary records them beside the profile's id and hash.
 *
 * @module
 */
import type { CalendarDate } from '../model/calendar-date.js';
import type { DatedValue } from './parameter.js';
import type { Profile } from './schema.js';

/** The id prefix of the document a user's source text is registered under (followed by the line's first day). */
export const SUPPLIED_LINE_DOC_PREFIX = 'user-supplied-line-';

/** A supplied line, as recorded in a summary. Plain JSON. */
export interface SuppliedLine {
  /** The line (yuan per person per year), as given. */
  value: string;
  from: CalendarDate;
  to?: CalendarDate;
  /** The citation the derived profile gives it. */
  citation: { doc: string; clause: string };
  /** The source in the user's words. */
  source: string;
}

/**
 * The monitoring lines of a profile that a user supplied: those cited to a document of kind
 * `supplied`, as `withMonitoringLine` registers a source given in words (a line cited to a
 * registered document is an ordinary cited value). Oldest first; empty for the built-in profiles.
 *
 * @example
 * suppliedLinesOf(getProfile('fujian/jinan/2023'))   // []
 * suppliedLinesOf(withMonitoringLine(getProfile('national/2021'), { value: '8000', source: '某省文件 一', asOf: '2026-12-06' }))
 * // [{ value: '8000', from: '2026-01-01', to: '2026-12-31', citation: { doc: 'user-supplied-line-2026-01-01', clause: '某省文件 一' }, source: '某省文件 一' }]
 */
export function suppliedLinesOf(profile: Profile): SuppliedLine[] {
  const out: SuppliedLine[] = [];
  for (const v of (profile.parameters.monitoringLine ?? []) as readonly DatedValue[]) {
    const doc = profile.documents[v.citation.doc];
    if (doc?.kind !== 'supplied') continue;
    out.push({
      value: String(v.value),
      from: v.from,
      ...(v.to !== undefined ? { to: v.to } : {}),
      citation: { doc: v.citation.doc, clause: v.citation.clause },
      source: doc.title,
    });
  }
  return out;
}

/**
 * How a summary names the profile it was made under: id, hash, and the lines a user supplied (when
 * there are any).
 *
 * @example
 * summaryProfile(getProfile('fujian/jinan/2023')) // { id: 'fujian/jinan/2023', hash: '…' }
 */
export function summaryProfile(profile: Profile): { id: string; hash: string; suppliedLines?: SuppliedLine[] } {
  const lines = suppliedLinesOf(profile);
  return lines.length > 0 ? { id: profile.id, hash: profile.hash, suppliedLines: lines } : { id: profile.id, hash: profile.hash };
}
