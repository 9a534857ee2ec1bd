/**
 * Result lines written directly (结果行直接成文): a scored household becomes one CSV or NDJSON line
 * of the results file, appended to the text of its piece, without the intermediate row object of
 * {@link householdRow} and without a regular expression per cell. Each column of
 * {@link RESULT_COLUMNS} gets a small formatter chosen once per run (format and language); a cell
 * whose value comes from a closed list (an outcome, a category, a yes/no) is formatted once and
 * looked up afterwards. What it writes is, byte for byte, what `tableLines([householdRow(…)])`
 * writes (a property test holds them equal on generated and arbitrary households).
 *
 * The CSV cell is today's rule (src/io/write.ts): a value of 12 or more digits, or of several digits
 * starting with 0, is written `="…"`; a value starting with `=`, `+`, `@`, a tab, a CR or a `-` not
 * followed by a digit gets a leading `'`; a value holding `"`, `,`, CR or LF, or starting or ending
 * with white space (JavaScript's `\s`), is quoted with `""` for `"`.
 *
 * @module
 */
import type { AssessmentResult } from '../assess.js';
import { maskIdNumbersInText, reportText } from '../explain/mask.js';
import { fieldLabel } from '../model/field-labels.js';
import { MONITORING_CATEGORIES, POLICY_STATUSES, type Text } from '../model/labels.js';
import { ELIMINATION_OUTCOMES } from '../rules/elimination/index.js';
import { IDENTIFICATION_OUTCOMES } from '../rules/identification/index.js';
import { RECORD_SIGNS } from '../kernel/verification.js';
import { RESULT_COLUMNS, type ResultSummary } from '../io/columns.js';
import type { TableColumn } from '../io/table.js';
import {
  agreesWithRecord,
  blockerLabel,
  POLICY_STATUS_OUTCOMES,
  RECORDED_STATES,
  ruleTitle,
  screeningGroupLabel,
  verificationText,
  type RecordedState,
} from '../present/result-labels.js';

/** What a result line is made of: the scored household's id, village and recorded state, and its (lean) assessment. */
export interface LineSource {
  /** 户编号 as read (masked here when it is shaped like an ID number). */
  householdId: string;
  /** 行政村 as read (ID-shaped runs masked here). */
  village: string | undefined;
  /** What the export records (`recordedStateOf`). */
  recorded: RecordedState;
  result: AssessmentResult | ResultSummary;
}

/** Whether a UTF-16 code unit is white space for JavaScript's `\s` (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A text as one cell of a results CSV (Excel-safe), as `csvField` of src/io/write.ts writes it, with
 * character codes instead of regular expressions.
 *
 * @example
 * csvCell('110105194912310029') // '="110105194912310029"'
 * csvCell('a, b')               // '"a, b"'
 * csvCell('=SUM(A1)')           // "'=SUM(A1)"
 */
export function csvCell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  // /^(0\d+|\d{12,})$/
  if (first >= 48 && first <= 57 && (n >= 12 || (first === 48 && n >= 2))) {
    let digits = true;
    for (let i = 1; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) return `="${s}"`;
  }
  // /^([=+@\t\r]|-(?!\d))/
  let text = s;
  if (first === 61 || first === 43 || first === 64 || first === 9 || first === 13) text = `'${s}`;
  else if (first === 45) {
    const next = n > 1 ? s.charCodeAt(1) : -1;
    if (!(next >= 48 && next <= 57)) text = `'${s}`;
  }
  // /[",\r\n]|^\s|\s$/
  const m = text.length;
  let quote = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(m - 1));
  let quotes = false;
  for (let i = 0; i < m; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      quotes = true;
      quote = true;
      break;
    }
    if (c === 44 || c === 13 || c === 10) quote = true;
  }
  if (!quote) return text;
  return `"${quotes ? text.replaceAll('"', '""') : text}"`;
}

/** A cell's value before it is written (the row's value in `resultRow`). */
type CellValue = string | number | boolean | readonly string[] | null | undefined;

const YES_NO = { zh: ['是', '否'], en: ['yes', 'no'] } as const;
const LIST_SEPARATOR = { zh: '；', en: '; ' } as const;

/**
 * How one column's value is found. `kind` says what the value is (text, a number, a list of texts)
 * so that its writer is chosen once; a column whose value is fixed by a code from a closed list (a
 * label's key, yes/no, a list of rule ids) names the code, and its written cell is kept by it.
 */
type ColumnValue =
  | { kind: 'text'; value(s: LineSource, language: 'zh' | 'en'): string | null | undefined }
  | { kind: 'number'; value(s: LineSource, language: 'zh' | 'en'): number | null | undefined }
  | { kind: 'list'; value(s: LineSource, language: 'zh' | 'en'): readonly string[] }
  | { kind: 'coded'; value(s: LineSource, language: 'zh' | 'en'): CellValue; code(s: LineSource): string | null | undefined }
  | { kind: 'coded-list'; value(s: LineSource, language: 'zh' | 'en'): readonly string[]; codes(s: LineSource): readonly string[] | null | undefined }
  | { kind: 'quality'; severity: string };

function label(table: Readonly<Record<string, Text>>, key: string | null | undefined, language: 'zh' | 'en'): string | undefined {
  if (key === null || key === undefined) return undefined;
  return table[key]?.[language] ?? key;
}

function labels(list: readonly string[] | null | undefined, name: (id: string) => Text, language: 'zh' | 'en'): string[] {
  return list ? list.map((id) => name(id)[language]) : [];
}

function labelColumn(table: Readonly<Record<string, Text>>, code: (s: LineSource) => string | null | undefined): ColumnValue {
  return { kind: 'coded', value: (s, language) => label(table, code(s), language), code };
}

function labelsColumn(codes: (s: LineSource) => readonly string[] | null | undefined, name: (id: string) => Text): ColumnValue {
  return { kind: 'coded-list', value: (s, language) => labels(codes(s), name, language), codes };
}

const m = (s: LineSource) => (s.result as ResultSummary).monitoring;
const income = (s: LineSource) => (s.result as ResultSummary).income;
const elimination = (s: LineSource) => (s.result as ResultSummary).elimination;

function agrees(s: LineSource): boolean | null {
  const mon = m(s);
  return s.recorded && mon?.outcome ? agreesWithRecord(s.recorded, { outcome: mon.outcome, category: mon.category ?? null }) : null;
}

function uniqueFields(s: LineSource): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of m(s)?.toVerify ?? []) {
    for (const f of v.facts) {
      if (!seen.has(f.field)) {
        seen.add(f.field);
        out.push(f.field);
      }
    }
  }
  return out;
}

const recordSign = (x: string): Text => RECORD_SIGNS[x as keyof typeof RECORD_SIGNS] ?? { zh: x, en: x };

/** Every result column's value, by key: the mapping of `resultRow` (src/io/columns.ts), column by column. */
const COLUMN_VALUES: Readonly<Record<string, ColumnValue>> = {
  householdId: { kind: 'text', value: (s) => reportText(s.householdId) },
  village: { kind: 'text', value: (s) => (s.village === undefined ? undefined : maskIdNumbersInText(s.village)) },
  recordedCategory: labelColumn(RECORDED_STATES, (s) => s.recorded),
  outcome: labelColumn(IDENTIFICATION_OUTCOMES, (s) => m(s)?.outcome),
  category: labelColumn(MONITORING_CATEGORIES, (s) => m(s)?.category),
  provisionalCategory: labelColumn(MONITORING_CATEGORIES, (s) => m(s)?.provisionalCategory),
  agreesWithRecord: { kind: 'coded', value: agrees, code: (s) => String(agrees(s)) },
  toVerify: { kind: 'list', value: (s, language) => (m(s)?.toVerify ?? []).map((v) => verificationText(v, language)) },
  missing: { kind: 'list', value: (s, language) => (m(s)?.missing ?? []).map((p) => fieldLabel(p)[language]) },
  signs: labelsColumn((s) => m(s)?.signs, recordSign),
  eligible: { kind: 'coded', value: (s) => m(s)?.eligible ?? undefined, code: (s) => String(m(s)?.eligible ?? undefined) },
  excludedBy: labelsColumn((s) => m(s)?.excludedBy, ruleTitle),
  householdSize: { kind: 'number', value: (s) => income(s)?.householdSize },
  netIncome: { kind: 'text', value: (s) => income(s)?.netIncome },
  perCapitaNetIncome: { kind: 'text', value: (s) => income(s)?.perCapitaNetIncome },
  referenceIncome: { kind: 'text', value: (s) => income(s)?.referenceIncome },
  perCapitaReferenceIncome: { kind: 'text', value: (s) => income(s)?.perCapitaReferenceIncome },
  policyStatusOutcome: labelColumn(POLICY_STATUS_OUTCOMES, (s) => (s.result as ResultSummary).policyStatus?.outcome),
  policyStatus: labelColumn(POLICY_STATUSES, (s) => (s.result as ResultSummary).policyStatus?.status),
  eliminationOutcome: labelColumn(ELIMINATION_OUTCOMES, (s) => elimination(s)?.outcome),
  eliminationEligible: { kind: 'coded', value: (s) => elimination(s)?.eligible ?? undefined, code: (s) => String(elimination(s)?.eligible ?? undefined) },
  eliminationBlockers: labelsColumn((s) => elimination(s)?.blockers, blockerLabel),
  screeningGroups: labelsColumn((s) => (s.result as ResultSummary).screening?.groups, screeningGroupLabel),
  qualityErrors: { kind: 'quality', severity: 'error' },
  qualityWarnings: { kind: 'quality', severity: 'warning' },
  qualityCompleteness: { kind: 'quality', severity: 'completeness' },
  qualityInfo: { kind: 'quality', severity: 'info' },
  outcomeCode: { kind: 'coded', value: (s) => m(s)?.outcome ?? undefined, code: (s) => m(s)?.outcome },
  toVerifyFields: { kind: 'list', value: uniqueFields },
  missingFields: { kind: 'list', value: (s) => [...(m(s)?.missing ?? [])] },
  excludedByRules: { kind: 'list', value: (s) => [...(m(s)?.excludedBy ?? [])] },
  eliminationBlockerCodes: { kind: 'list', value: (s) => [...(elimination(s)?.blockers ?? [])] },
  screeningGroupCodes: { kind: 'list', value: (s) => [...((s.result as ResultSummary).screening?.groups ?? [])] },
};

/** The severities counted by the quality columns, in a fixed order (a line counts them in one pass). */
const SEVERITIES = ['error', 'warning', 'completeness', 'info'] as const;

/** A column's writer: the cell's text from a household (and, for the quality columns, the line's counts). */
type CellWriter = (s: LineSource, counts: readonly number[] | undefined) => string;

function csvValue(v: CellValue, language: 'zh' | 'en'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? YES_NO[language][0] : YES_NO[language][1];
  if (typeof v === 'string') return csvCell(v);
  if (typeof v === 'number') return csvCell(String(v));
  return v.length === 0 ? '' : csvCell(v.join(LIST_SEPARATOR[language]));
}

function jsonValue(v: CellValue): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v) && v.length === 0) return '[]';
  return JSON.stringify(v);
}

/** At most this many cells kept a column (a closed list is far shorter; beyond, a cell is written each time). */
const KEPT = 1024;

function cellWriter(column: TableColumn, format: 'csv' | 'ndjson', language: 'zh' | 'en'): CellWriter {
  const spec = COLUMN_VALUES[column.key];
  if (!spec) throw new Error(`fangfanpin: no line writer for the result column "${column.key}"`);
  const csv = format === 'csv';
  const separator = LIST_SEPARATOR[language];
  switch (spec.kind) {
    case 'text': {
      const { value } = spec;
      return csv
        ? (s) => {
            const v = value(s, language);
            return v === undefined || v === null ? '' : csvCell(v);
          }
        : (s) => {
            const v = value(s, language);
            return v === undefined || v === null ? 'null' : JSON.stringify(v);
          };
    }
    case 'number': {
      const { value } = spec;
      return csv ? (s) => csvValue(value(s, language), language) : (s) => jsonValue(value(s, language));
    }
    case 'list': {
      const { value } = spec;
      return csv
        ? (s) => {
            const v = value(s, language);
            return v.length === 0 ? '' : csvCell(v.join(separator));
          }
        : (s) => {
            const v = value(s, language);
            return v.length === 0 ? '[]' : JSON.stringify(v);
          };
    }
    case 'quality': {
      const at = SEVERITIES.indexOf(spec.severity as (typeof SEVERITIES)[number]);
      return csv ? (_s, counts) => (counts === undefined ? '' : String(counts[at])) : (_s, counts) => (counts === undefined ? 'null' : String(counts[at]));
    }
    case 'coded': {
      const { value, code } = spec;
      const written = new Map<string | null | undefined, string>();
      return (s) => {
        const k = code(s);
        let cell = written.get(k);
        if (cell === undefined) {
          const v = value(s, language);
          cell = csv ? csvValue(v, language) : jsonValue(v);
          if (written.size < KEPT) written.set(k, cell);
        }
        return cell;
      };
    }
    case 'coded-list': {
      const { value, codes } = spec;
      const empty = csv ? '' : '[]';
      const written = new Map<string, string>();
      return (s) => {
        const list = codes(s);
        if (!list || list.length === 0) return empty;
        // One key for one list (a single code cannot start with '[' after its '1').
        const k = list.length === 1 ? `1${list[0]!}` : JSON.stringify(list);
        let cell = written.get(k);
        if (cell === undefined) {
          const v = value(s, language);
          cell = csv ? csvCell(v.join(separator)) : JSON.stringify(v);
          if (written.size < KEPT) written.set(k, cell);
        }
        return cell;
      };
    }
  }
}

/** The four quality counts of a result in {@link SEVERITIES} order, in one pass; undefined when it has no quality list. */
function qualityCounts(quality: ResultSummary['quality']): number[] | undefined {
  if (!quality) return undefined;
  let error = 0;
  let warning = 0;
  let completeness = 0;
  let info = 0;
  for (const q of quality) {
    const v = q.severity;
    if (v === 'error') error++;
    else if (v === 'warning') warning++;
    else if (v === 'completeness') completeness++;
    else if (v === 'info') info++;
  }
  return [error, warning, completeness, info];
}

/**
 * Writes results lines for {@link RESULT_COLUMNS}: CSV (the columns a table shows, CRLF) or NDJSON
 * (every column, `\n`), as `tableLines` writes `householdRow`'s rows.
 *
 * @example
 * const lines = new ResultLines('csv', 'zh');
 * let text = '';
 * text += lines.line({ householdId: h.id, village: h.region?.village, recorded: recordedStateOf(h), result });
 */
export class ResultLines {
  private readonly cells: CellWriter[];
  private readonly prefixes: string[];
  private readonly end: string;
  private lastVillage: string | undefined;
  private lastVillageCell = '';
  private readonly villageAt: number;

  constructor(
    readonly format: 'csv' | 'ndjson',
    readonly language: 'zh' | 'en',
  ) {
    const columns = format === 'csv' ? RESULT_COLUMNS.filter((c) => !c.ndjsonOnly) : RESULT_COLUMNS;
    this.cells = columns.map((c) => cellWriter(c, format, language));
    this.prefixes = columns.map((c, i) => (format === 'csv' ? (i === 0 ? '' : ',') : `${i === 0 ? '{' : ','}${JSON.stringify(c.key)}:`));
    this.end = format === 'csv' ? '\r\n' : '}\n';
    // The village repeats from household to household: its cell is kept while it does.
    this.villageAt = columns.findIndex((c) => c.key === 'village');
  }

  /** One household's line, with its line end. */
  line(s: LineSource): string {
    const { cells, prefixes } = this;
    const counts = qualityCounts((s.result as ResultSummary).quality);
    let out = '';
    for (let i = 0; i < cells.length; i++) {
      out += prefixes[i]!;
      if (i === this.villageAt) {
        if (s.village !== this.lastVillage || this.lastVillageCell === '') {
          this.lastVillage = s.village;
          this.lastVillageCell = cells[i]!(s, counts);
        }
        out += this.lastVillageCell;
      } else out += cells[i]!(s, counts);
    }
    return out + this.end;
  }
}
