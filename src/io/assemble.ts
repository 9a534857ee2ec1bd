/**
 * Assembling households from export rows (按户归并): the national export has one row per member,
 * with the household's fields repeated on every row. A {@link HouseholdBuilder} takes the rows of
 * one household and builds the interchange object, reporting every problem with the interchange
 * path AND the column and row it came from.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import type { ValidationIssue } from '../model/validation.js';
import { findHeader, type Combine, type HeaderMapping } from './headers.js';
import { normalizeHeader, unwrapCell } from './normalize.js';
import { showCell, type Converted } from './values.js';

/** One column of the file that is imported. */
export interface PlannedColumn {
  /** 0-based column index. */
  index: number;
  /** The header as written in the file (trimmed). */
  header: string;
  /** How messages name the column: the header, with its position when the header appears twice. */
  label: Text;
  mapping: HeaderMapping;
  /** Position among the household columns (household level only). */
  slot: number;
}

/** The columns of one interchange field (usually one; aliases and duplicates make more). */
interface PlannedField {
  path: string;
  segments: readonly (string | number)[];
  combine: Combine;
  columns: PlannedColumn[];
  /** Value to record when the columns exist but are empty. */
  whenEmpty: (() => unknown) | undefined;
}

/** How a file's columns are imported: decided once from the header row. */
export interface ColumnPlan {
  /** The 户编号 column, when the file has one. */
  idColumn: PlannedColumn | undefined;
  household: PlannedColumn[];
  member: PlannedColumn[];
  householdFields: PlannedField[];
  memberFields: PlannedField[];
  /** Headers not in the mapping table (ignored; reported once). */
  unknown: { index: number; header: string }[];
  /** Headers recognised but not imported (reported once). */
  unused: { index: number; header: string; mapping: HeaderMapping }[];
  /** Headers that appear more than once: normalised header → column indices. */
  duplicates: { header: string; indices: number[] }[];
}

/** Options that change how cells are read. */
export interface AssembleOptions {
  /** Record an empty amount as 0 instead of leaving the field absent (default false: absent, reported missing by parsing). */
  emptyMoneyAsZero?: boolean;
}

/**
 * Splits `a.b[0].c` into `['a', 'b', 0, 'c']`.
 *
 * @example
 * splitPath('changes[0].kind') // ['changes', 0, 'kind']
 */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad path ${path}`);
    out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/**
 * Sets a value at a path, creating objects and arrays on the way.
 *
 * @example
 * const o = {}; setPath(o, ['changes', 0, 'kind'], 'birth'); // o = { changes: [{ kind: 'birth' }] }
 */
export function setPath(target: Record<string, unknown>, segments: readonly (string | number)[], value: unknown): void {
  let cur: Record<string | number, unknown> = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    let next = cur[seg];
    if (next === null || typeof next !== 'object') {
      next = typeof segments[i + 1] === 'number' ? [] : {};
      cur[seg] = next;
    }
    cur = next as Record<string | number, unknown>;
  }
  cur[segments[segments.length - 1]!] = value;
}

function getPath(target: unknown, segments: readonly (string | number)[]): unknown {
  let cur = target;
  for (const seg of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function formatMemberPath(index: number, path: string): string {
  return `members[${index}].${path}`;
}

/**
 * Decides, from the header row, which column fills which field.
 *
 * @example
 * const plan = planColumns(['户编号', '姓名', '证件号码', '性别']);
 * plan.member.map((c) => c.mapping.path) // ['name', 'idNumber', 'sex']
 */
export function planColumns(headerCells: readonly string[], options: AssembleOptions = {}): ColumnPlan {
  const byNormal = new Map<string, number[]>();
  headerCells.forEach((h, i) => {
    const n = normalizeHeader(h ?? '');
    if (!n) return;
    const list = byNormal.get(n);
    if (list) list.push(i);
    else byNormal.set(n, [i]);
  });
  const plan: ColumnPlan = { idColumn: undefined, household: [], member: [], householdFields: [], memberFields: [], unknown: [], unused: [], duplicates: [] };
  for (const indices of byNormal.values()) if (indices.length > 1) plan.duplicates.push({ header: unwrapCell(headerCells[indices[0]!]!), indices });

  headerCells.forEach((raw, index) => {
    const header = unwrapCell(raw ?? '');
    const n = normalizeHeader(header);
    if (!n) return;
    const mapping = findHeader(header);
    if (!mapping) {
      plan.unknown.push({ index, header });
      return;
    }
    if (mapping.path === null || !mapping.convert) {
      plan.unused.push({ index, header, mapping });
      return;
    }
    const same = byNormal.get(n)!;
    const label: Text =
      same.length > 1
        ? { zh: `“${header}”（第 ${index + 1} 列）`, en: `"${header}" (column ${index + 1})` }
        : { zh: `“${header}”`, en: `"${header}"` };
    const col: PlannedColumn = { index, header, label, mapping, slot: mapping.level === 'household' ? plan.household.length : -1 };
    if (mapping.level === 'household') plan.household.push(col);
    else plan.member.push(col);
    if (mapping.key === 'id' && !plan.idColumn) plan.idColumn = col;
  });

  plan.householdFields = groupFields(plan.household, options.emptyMoneyAsZero === true);
  plan.memberFields = groupFields(plan.member, false);
  return plan;
}

function groupFields(columns: readonly PlannedColumn[], emptyMoneyAsZero: boolean): PlannedField[] {
  const fields = new Map<string, PlannedField>();
  for (const col of columns) {
    const path = col.mapping.path!;
    let f = fields.get(path);
    if (!f) {
      const whenEmpty =
        col.mapping.whenEmpty !== undefined
          ? emptyFactory(col.mapping.whenEmpty)
          : emptyMoneyAsZero && col.mapping.convert?.kind === 'money'
            ? () => '0'
            : undefined;
      f = { path, segments: path.startsWith('$') ? [path] : splitPath(path), combine: col.mapping.combine ?? 'single', columns: [], whenEmpty };
      fields.set(path, f);
    }
    f.columns.push(col);
  }
  return [...fields.values()];
}

function emptyFactory(value: unknown): () => unknown {
  if (Array.isArray(value) && value.length === 0) return () => [];
  return () => structuredClone(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function cellProblem(path: string, col: PlannedColumn, row: number, r: Extract<Converted, { ok: false }>): ValidationIssue {
  return {
    path,
    code: r.code,
    message: { zh: `第 ${row} 行${col.label.zh}列：${r.message.zh}`, en: `row ${row}, column ${col.label.en}: ${r.message.en}` },
  };
}

/** The first filled value of a household column within a household. */
interface FirstValue {
  text: string;
  row: number;
  converted: Converted | undefined;
  conflict: boolean;
}

/** A filled cell of a field being combined. */
interface FieldCell {
  col: PlannedColumn;
  text: string;
  row: number;
  converted: Converted;
}

function problemPath(field: PlannedField): string {
  return field.path.startsWith('$') ? 'monitoring.eliminated' : field.path;
}

function assign(target: Record<string, unknown>, field: PlannedField, value: unknown): void {
  if (field.segments.length === 1) target[field.segments[0] as string] = value;
  else setPath(target, field.segments, value);
}

/**
 * Builds one household from its rows.
 *
 * @example
 * const b = new HouseholdBuilder(plan);
 * b.addRow(4, cells4); b.addRow(5, cells5);
 * const { raw, problems } = b.finish();
 */
export class HouseholdBuilder {
  /** The 1-based rows the household came from. */
  readonly rows: number[] = [];
  /** Problems found so far. */
  readonly problems: ValidationIssue[] = [];
  private readonly members: Record<string, unknown>[] = [];
  private readonly first: (FirstValue | undefined)[];
  /** Further fields set by converters (户类型 → policyStatus). */
  private readonly also: [string, unknown][] = [];

  constructor(private readonly plan: ColumnPlan) {
    this.first = new Array<FirstValue | undefined>(plan.household.length);
  }

  /** Adds one row (a member). `row` is the 1-based row number shown in messages. */
  addRow(row: number, cells: readonly string[]): void {
    this.rows.push(row);
    const plan = this.plan;
    // Household columns: remember the first filled value, compare the others with it.
    const hcols = plan.household;
    for (let i = 0; i < hcols.length; i++) {
      const col = hcols[i]!;
      const raw = cells[col.index];
      if (raw === undefined || raw === '') continue;
      const text = unwrapCell(raw);
      if (text === '') continue;
      const f = this.first[i];
      if (!f) {
        this.first[i] = { text, row, converted: undefined, conflict: false };
        continue;
      }
      if (f.text === text || f.conflict) continue;
      this.compareRows(col, f, text, row);
    }
    // Member columns.
    const member: Record<string, unknown> = {};
    const memberIndex = this.members.length;
    const fields = plan.memberFields;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      if (field.columns.length === 1) {
        // The usual case: one column, converted and assigned directly.
        const col = field.columns[0]!;
        const raw = cells[col.index];
        if (raw === undefined || raw === '') continue;
        const text = unwrapCell(raw);
        if (text === '') continue;
        const r = col.mapping.convert!.convert(text);
        if (!r.ok) this.problems.push(cellProblem(formatMemberPath(memberIndex, problemPath(field)), col, row, r));
        else if (r.value !== undefined) assign(member, field, Array.isArray(r.value) ? [...(r.value as unknown[])] : r.value);
        continue;
      }
      const filled: FieldCell[] = [];
      for (const col of field.columns) {
        const raw = cells[col.index];
        if (raw === undefined || raw === '') continue;
        const text = unwrapCell(raw);
        if (text !== '') filled.push({ col, text, row, converted: col.mapping.convert!.convert(text) });
      }
      const value = this.combine(field, filled, formatMemberPath(memberIndex, problemPath(field)));
      if (value !== undefined) assign(member, field, value);
    }
    this.members.push(member);
  }

  /** A household column whose text differs from its first row: a problem unless the values agree. */
  private compareRows(col: PlannedColumn, f: FirstValue, text: string, row: number): void {
    const convert = col.mapping.convert!;
    f.converted ??= convert.convert(f.text);
    const now = convert.convert(text);
    if (f.converted.ok && now.ok && sameValue(f.converted.value, now.value) && sameValue(f.converted.also, now.also)) return;
    f.conflict = true;
    const sensitive = convert.sensitive === true;
    this.problems.push({
      path: col.mapping.path!.startsWith('$') ? 'monitoring.eliminated' : col.mapping.path!,
      code: 'conflicting_value',
      message: {
        zh: `${col.label.zh}列在同一户的各行取值不一致：第 ${f.row} 行${sensitive ? '' : `“${showCell(f.text)}”`}，第 ${row} 行${sensitive ? '' : `“${showCell(text)}”`}（户级字段在每行应相同）`,
        en: `column ${col.label.en} differs between rows of the same household: row ${f.row}${sensitive ? '' : ` ${JSON.stringify(showCell(f.text))}`}, row ${row}${sensitive ? '' : ` ${JSON.stringify(showCell(text))}`} (household fields must be the same on every row)`,
      },
    });
  }

  /**
   * Combines the filled cells of one field (several columns): `single` — they must agree;
   * `any` — true if any is true; `append` — the union of the lists. Conversion problems are
   * recorded at `path`. Returns the value to record, or undefined.
   */
  private combine(field: PlannedField, filled: readonly FieldCell[], path: string): unknown {
    let result: unknown = undefined;
    let resultCell: FieldCell | undefined;
    for (const cell of filled) {
      const r = cell.converted;
      if (!r.ok) {
        this.problems.push(cellProblem(path, cell.col, cell.row, r));
        continue;
      }
      if (r.also) for (const [p, val] of Object.entries(r.also)) this.also.push([p, val]);
      if (r.value === undefined) continue;
      if (resultCell === undefined) {
        result = Array.isArray(r.value) ? [...(r.value as unknown[])] : r.value;
        resultCell = cell;
        continue;
      }
      switch (field.combine) {
        case 'append': {
          const list = result as unknown[];
          for (const item of r.value as unknown[]) if (!list.includes(item)) list.push(item);
          break;
        }
        case 'any':
          result = result === true || r.value === true;
          break;
        default:
          if (!sameValue(result, r.value)) {
            const sensitive = cell.col.mapping.convert!.sensitive === true;
            const a = resultCell;
            this.problems.push({
              path,
              code: 'conflicting_value',
              message: {
                zh: `${a.row === cell.row ? `第 ${cell.row} 行` : `第 ${a.row}、${cell.row} 行`}${a.col.label.zh}与${cell.col.label.zh}两列取值不一致${sensitive ? '' : `：“${showCell(a.text)}” ≠ “${showCell(cell.text)}”`}（同一字段的各列应相同）`,
                en: `${a.row === cell.row ? `row ${cell.row}` : `rows ${a.row}, ${cell.row}`}: columns ${a.col.label.en} and ${cell.col.label.en} disagree${sensitive ? '' : `: ${JSON.stringify(showCell(a.text))} ≠ ${JSON.stringify(showCell(cell.text))}`} (columns of one field must agree)`,
              },
            });
          }
      }
    }
    if (result === undefined && filled.length === 0 && field.whenEmpty) return field.whenEmpty();
    return result;
  }

  /** Finishes the household: the interchange object and every problem found. */
  finish(): { raw: Record<string, unknown>; problems: ValidationIssue[] } {
    const household: Record<string, unknown> = {};
    let eliminatedFlag: unknown = undefined;
    const plan = this.plan;
    for (const field of plan.householdFields) {
      if (field.columns.length === 1 && field.combine !== 'append') {
        const col = field.columns[0]!;
        const f = this.first[col.slot];
        if (!f) {
          if (field.whenEmpty) assign(household, field, field.whenEmpty());
          continue;
        }
        const r = (f.converted ??= col.mapping.convert!.convert(f.text));
        if (!r.ok) {
          this.problems.push(cellProblem(problemPath(field), col, f.row, r));
          continue;
        }
        if (r.also) for (const [p, val] of Object.entries(r.also)) this.also.push([p, val]);
        if (r.value === undefined) continue;
        if (field.path === '$eliminated') eliminatedFlag = r.value;
        else assign(household, field, Array.isArray(r.value) ? [...(r.value as unknown[])] : r.value);
        continue;
      }
      const filled: FieldCell[] = [];
      for (const col of field.columns) {
        const f = this.first[col.slot];
        if (!f) continue;
        f.converted ??= col.mapping.convert!.convert(f.text);
        filled.push({ col, text: f.text, row: f.row, converted: f.converted });
      }
      const value = this.combine(field, filled, problemPath(field));
      if (value === undefined) continue;
      if (field.path === '$eliminated') eliminatedFlag = value;
      else assign(household, field, value);
    }
    for (const [p, val] of this.also) if (getPath(household, splitPath(p)) === undefined) setPath(household, splitPath(p), val);
    household.members = this.members;
    this.reconcileElimination(household, eliminatedFlag);
    return { raw: household, problems: this.problems };
  }

  /**
   * 风险是否已消除 against the elimination fields: 是 needs A53/A54 (parsing reports them missing);
   * 否 must not have them. The "风险消除后…" block of a household that is not eliminated is dropped
   * when it only holds zeros and 否 (exports fill it so), and reported otherwise.
   */
  private reconcileElimination(household: Record<string, unknown>, flag: unknown): void {
    const monitoring = household.monitoring as Record<string, unknown> | undefined;
    const eliminated = monitoring?.eliminated as Record<string, unknown> | undefined;
    const hasCore = eliminated !== undefined && (eliminated.method !== undefined || eliminated.on !== undefined);
    const hasBlock = eliminated !== undefined && (eliminated.income !== undefined || eliminated.guarantees !== undefined);
    if (flag === true) {
      if (!eliminated) setPath(household, ['monitoring', 'eliminated'], {});
      return;
    }
    if (flag === false && hasCore) {
      this.problems.push({
        path: 'monitoring.eliminated',
        code: 'inconsistent_value',
        message: {
          zh: '“风险是否已消除”为“否”，但填写了消除监测时间或风险消除方式',
          en: '"风险是否已消除" (risk eliminated) is 否, but an elimination date or method is filled in',
        },
      });
      return;
    }
    if (!hasCore && hasBlock) {
      const blockValues = [...Object.values((eliminated!.income ?? {}) as object), ...Object.values((eliminated!.guarantees ?? {}) as object)];
      if (blockValues.every((x) => x === false || x === '0')) {
        delete monitoring!.eliminated;
        if (Object.keys(monitoring!).length === 0) delete household.monitoring;
        return;
      }
      this.problems.push({
        path: 'monitoring.eliminated',
        code: 'inconsistent_value',
        message: {
          zh: '填写了“风险消除后…”各项，但该户没有风险消除记录（风险是否已消除、消除监测时间、风险消除方式）',
          en: 'the "风险消除后…" (after elimination) columns are filled, but the household has no elimination on record (flag, date, method)',
        },
      });
    }
  }
}
