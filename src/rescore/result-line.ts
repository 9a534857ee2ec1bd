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

/** How one column's value is found, and whether its values come from a closed list (cached once written). */
interface ColumnValue {
  /** The cell's value, as `resultRow` gives it. */
  value(s: LineSource, language: 'zh' | 'en'): CellValue;
  /** A code that fixes the cell (a label's key): the written cell is kept by it. */
  code?(s: LineSource): string | null | undefined;
}

function label(table: Readonly<Record<string, Text>>, key: string | null | undefined, language: 'zh' | 'en'): string | undefined {
  if (key === null || key === undefined) return undefined;
  return table[key]?.[language] ?? key;
}

function labels(list: readonly string[] | null | undefined, name: (id: string) => Text, language: 'zh' | 'en'): string[] {
  return list ? list.map((id) => name(id)[language]) : [];
}

function countSeverity(quality: ResultSummary['quality'], severity: string): number | undefined {
  if (!quality) return undefined;
  let n = 0;
  for (const q of quality) if (q.severity === severity) n++;
  return n;
}

function labelColumn(table: Readonly<Record<string, Text>>, code: (s: LineSource) => string | null | undefined): ColumnValue {
  return { value: (s, language) => label(table, code(s), language), code };
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

/** Every result column's value, by key: the mapping of `resultRow` (src/io/columns.ts), column by column. */
const COLUMN_VALUES: Readonly<Record<string, ColumnValue>> = {
  householdId: { value: (s) => reportText(s.householdId) },
  village: { value: (s) => (s.village === undefined ? undefined : maskIdNumbersInText(s.village)) },
  recordedCategory: labelColumn(RECORDED_STATES, (s) => s.recorded),
  outcome: labelColumn(IDENTIFICATION_OUTCOMES, (s) => m(s)?.outcome),
  category: labelColumn(MONITORING_CATEGORIES, (s) => m(s)?.category),
  provisionalCategory: labelColumn(MONITORING_CATEGORIES, (s) => m(s)?.provisionalCategory),
  agreesWithRecord: { value: agrees, code: (s) => String(agrees(s)) },
  toVerify: { value: (s, language) => (m(s)?.toVerify ?? []).map((v) => verificationText(v, language)) },
  missing: { value: (s, language) => (m(s)?.missing ?? []).map((p) => fieldLabel(p)[language]) },
  signs: { value: (s, language) => labels(m(s)?.signs, (x) => RECORD_SIGNS[x as keyof typeof RECORD_SIGNS] ?? { zh: x, en: x }, language) },
  eligible: { value: (s) => m(s)?.eligible ?? undefined, code: (s) => String(m(s)?.eligible ?? undefined) },
  excludedBy: { value: (s, language) => labels(m(s)?.excludedBy, ruleTitle, language) },
  householdSize: { value: (s) => income(s)?.householdSize },
  netIncome: { value: (s) => income(s)?.netIncome },
  perCapitaNetIncome: { value: (s) => income(s)?.perCapitaNetIncome },
  referenceIncome: { value: (s) => income(s)?.referenceIncome },
  perCapitaReferenceIncome: { value: (s) => income(s)?.perCapitaReferenceIncome },
  policyStatusOutcome: labelColumn(POLICY_STATUS_OUTCOMES, (s) => (s.result as ResultSummary).policyStatus?.outcome),
  policyStatus: labelColumn(POLICY_STATUSES, (s) => (s.result as ResultSummary).policyStatus?.status),
  eliminationOutcome: labelColumn(ELIMINATION_OUTCOMES, (s) => elimination(s)?.outcome),
  eliminationEligible: { value: (s) => elimination(s)?.eligible ?? undefined, code: (s) => String(elimination(s)?.eligible ?? undefined) },
  eliminationBlockers: { value: (s, language) => labels(elimination(s)?.blockers, blockerLabel, language) },
  screeningGroups: { value: (s, language) => labels((s.result as ResultSummary).screening?.groups, screeningGroupLabel, language) },
  qualityErrors: { value: (s) => countSeverity((s.result as ResultSummary).quality, 'error') },
  qualityWarnings: { value: (s) => countSeverity((s.result as ResultSummary).quality, 'warning') },
  qualityCompleteness: { value: (s) => countSeverity((s.result as ResultSummary).quality, 'completeness') },
  qualityInfo: { value: (s) => countSeverity((s.result as ResultSummary).quality, 'info') },
  outcomeCode: { value: (s) => m(s)?.outcome ?? undefined, code: (s) => m(s)?.outcome },
  toVerifyFields: { value: uniqueFields },
  missingFields: { value: (s) => [...(m(s)?.missing ?? [])] },
  excludedByRules: { value: (s) => [...(m(s)?.excludedBy ?? [])] },
  eliminationBlockerCodes: { value: (s) => [...(elimination(s)?.blockers ?? [])] },
  screeningGroupCodes: { value: (s) => [...((s.result as ResultSummary).screening?.groups ?? [])] },
};

/** A column's writer: the cell's text from a household. */
type CellWriter = (s: LineSource) => string;

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

function cellWriter(column: TableColumn, format: 'csv' | 'ndjson', language: 'zh' | 'en'): CellWriter {
  const spec = COLUMN_VALUES[column.key];
  if (!spec) throw new Error(`fangfanpin: no line writer for the result column "${column.key}"`);
  const write = format === 'csv' ? (v: CellValue) => csvValue(v, language) : jsonValue;
  const { value, code } = spec;
  if (!code) return (s) => write(value(s, language));
  // A closed list: each code's cell is written once.
  const written = new Map<string | null | undefined, string>();
  return (s) => {
    const k = code(s);
    let cell = written.get(k);
    if (cell === undefined) {
      cell = write(value(s, language));
      if (written.size < 256) written.set(k, cell);
    }
    return cell;
  };
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
    let out = '';
    for (let i = 0; i < cells.length; i++) {
      out += prefixes[i]!;
      if (i === this.villageAt) {
        if (s.village !== this.lastVillage || this.lastVillageCell === '') {
          this.lastVillage = s.village;
          this.lastVillageCell = cells[i]!(s);
        }
        out += this.lastVillageCell;
      } else out += cells[i]!(s);
    }
    return out + this.end;
  }
}
