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
import { compileHousehold, compileMemberRow, compileVouchedHousehold, type HouseholdFunctions, type MemberRowFunction, type VouchedHouseholdFunction, type VouchedSource } from './compiled-plan.js';
import { isEventPath, pairedFieldOf, pairEvents } from './event-columns.js';
import { absentIncomeItems, type IncomeItem } from './income-columns.js';
import { showCell, type Converted } from './values.js';
import type { Household } from '../model/household.js';
import { checkGivenOf, describedAt, parseHouseholdOfVouchedMembers, vouchingPlanOf } from '../model/fast-validation.js';
import { householdDescription } from '../model/schema-description.js';
import { vouchFor } from './vouched.js';

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
  /** The run of consecutive household-level columns it sits in ({@link ColumnPlan.spans}); -1 for member columns. */
  span: number;
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

/**
 * A run of consecutive columns that are all household-level (imported or not): their text is
 * the same on every row of a household, so a row whose run is character for character the
 * previous row's adds nothing, and the fast CSV reader compares the run as one piece.
 */
export interface HouseholdSpan {
  /** First and last column index (inclusive). */
  first: number;
  last: number;
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
  /** The number of header cells. */
  width: number;
  /** Runs of household-level columns, in column order (see {@link HouseholdSpan}). */
  spans: HouseholdSpan[];
  /** For each column index below `width`: 1 when the column is imported (its text is needed), else 0. */
  needed: Uint8Array;
  /** Income items (A28–A32, A35, A36) no column fills (reported once per file, src/io/income-columns.ts). */
  absentIncome: IncomeItem[];
  /** With `emptyMoneyAsZero`: the absent required income items, recorded as 0 in every household. */
  zeroFill: (string | number)[][];
  /** Whether a column of the event pairs (部门预警类型 …, src/io/event-columns.ts) is present. */
  hasEventColumns: boolean;
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
  const width = headerCells.length;
  const plan: ColumnPlan = { idColumn: undefined, household: [], member: [], householdFields: [], memberFields: [], unknown: [], unused: [], duplicates: [], width, spans: [], needed: new Uint8Array(width), absentIncome: [], zeroFill: [], hasEventColumns: false };
  for (const indices of byNormal.values()) if (indices.length > 1) plan.duplicates.push({ header: unwrapCell(headerCells[indices[0]!]!), indices });

  // The level of every column: household-level columns (imported or not) form the spans.
  const householdLevel = new Uint8Array(width);
  headerCells.forEach((raw, index) => {
    const header = unwrapCell(raw ?? '');
    const n = normalizeHeader(header);
    if (!n) return;
    const mapping = findHeader(header);
    if (!mapping) {
      plan.unknown.push({ index, header });
      return;
    }
    if (mapping.level === 'household') householdLevel[index] = 1;
    if (mapping.path === null || !mapping.convert) {
      plan.unused.push({ index, header, mapping });
      return;
    }
    const same = byNormal.get(n)!;
    const label: Text =
      same.length > 1
        ? { zh: `“${header}”（第 ${index + 1} 列）`, en: `"${header}" (column ${index + 1})` }
        : { zh: `“${header}”`, en: `"${header}"` };
    const col: PlannedColumn = { index, header, label, mapping, slot: mapping.level === 'household' ? plan.household.length : -1, span: -1 };
    plan.needed[index] = 1;
    if (mapping.level === 'household') plan.household.push(col);
    else plan.member.push(col);
    if (mapping.key === 'id' && !plan.idColumn) plan.idColumn = col;
  });
  for (let i = 0; i < width; ) {
    if (!householdLevel[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < width && householdLevel[j + 1]) j++;
    plan.spans.push({ first: i, last: j });
    i = j + 1;
  }
  for (const col of plan.household) col.span = plan.spans.findIndex((s) => s.first <= col.index && col.index <= s.last);

  plan.householdFields = groupFields(plan.household, options.emptyMoneyAsZero === true);
  plan.memberFields = groupFields(plan.member, false);
  plan.absentIncome = absentIncomeItems(new Set(plan.householdFields.map((f) => f.path)));
  plan.hasEventColumns = plan.householdFields.some((f) => isEventPath(f.path));
  if (options.emptyMoneyAsZero === true) plan.zeroFill = plan.absentIncome.filter((i) => i.required).map((i) => splitPath(i.path));
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
          : emptyMoneyAsZero && col.mapping.convert?.kind === 'money' && isIncomeAmount(path)
            ? () => '0'
            : undefined;
      f = { path, segments: path.startsWith('$') ? [path] : splitPath(path), combine: col.mapping.combine ?? 'single', columns: [], whenEmpty };
      fields.set(path, f);
    }
    f.columns.push(col);
  }
  return [...fields.values()];
}

/** The amounts `emptyMoneyAsZero` applies to: income items and their breakdown, now and after elimination (not reference figures such as 上年家庭人均纯收入). */
function isIncomeAmount(path: string): boolean {
  return path.startsWith('income.') || path.startsWith('monitoring.eliminated.income.');
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

/** Two columns of one field (`single`) whose values differ: the problem at `path`. */
function conflictProblem(path: string, a: Omit<FieldCell, 'converted'>, cell: Omit<FieldCell, 'converted'>, result: unknown, value: unknown): ValidationIssue {
  const sensitive = cell.col.mapping.convert!.sensitive === true;
  // Two columns may state one fact in opposite senses (是否解决安全饮用水 vs 是否饮水出现安全问题): say what each means.
  const means = a.text === cell.text ? { zh: `（${JSON.stringify(result)} ≠ ${JSON.stringify(value)}：两列以相反的说法记同一事实）`, en: ` (${JSON.stringify(result)} ≠ ${JSON.stringify(value)}: the columns state the fact in opposite senses)` } : { zh: '', en: '' };
  return {
    path,
    code: 'conflicting_value',
    message: {
      zh: `${a.row === cell.row ? `第 ${cell.row} 行` : `第 ${a.row}、${cell.row} 行`}${a.col.label.zh}与${cell.col.label.zh}两列取值不一致${sensitive ? '' : `：“${showCell(a.text)}” ≠ “${showCell(cell.text)}”${means.zh}`}（同一字段的各列应相同）`,
      en: `${a.row === cell.row ? `row ${cell.row}` : `rows ${a.row}, ${cell.row}`}: columns ${a.col.label.en} and ${cell.col.label.en} disagree${sensitive ? '' : `: ${JSON.stringify(showCell(a.text))} ≠ ${JSON.stringify(showCell(cell.text))}${means.en}`} (columns of one field must agree)`,
    },
  };
}

/**
 * The first filled value of each household column within a household, by slot (column position
 * among the household columns): kept in lists the builder reuses from household to household, so
 * a household's columns cost no object each.
 */
export interface FirstValues {
  /** The cleaned text; `undefined`: no row filled the column (yet). */
  text: (string | undefined)[];
  /** The row it came from. */
  row: Int32Array;
  /** What it converted to, once converted. */
  converted: (Converted | undefined)[];
  /** 1 once a later row disagreed (reported once). */
  conflict: Uint8Array;
}

/** A filled cell of a field being combined. */
interface FieldCell {
  col: PlannedColumn;
  text: string;
  row: number;
  converted: Converted;
}

function problemPath(field: PlannedField): string {
  return fieldOfPath(field.path);
}

/** The interchange field a mapping path fills: `$eliminated` → `monitoring.eliminated`, `$events.…` → `events`, `$incomeHistory.…` → `incomeHistory`. */
function fieldOfPath(path: string): string {
  if (!path.startsWith('$')) return path;
  return isEventPath(path) ? pairedFieldOf(path) : 'monitoring.eliminated';
}

function assign(target: Record<string, unknown>, field: PlannedField, value: unknown): void {
  if (field.segments.length === 1) target[field.segments[0] as string] = value;
  else setPath(target, field.segments, value);
}

const SEGMENTS = new Map<string, (string | number)[]>();

/** `splitPath`, remembered: the paths of `also` values are few. */
function segmentsOf(path: string): (string | number)[] {
  let s = SEGMENTS.get(path);
  if (!s) {
    s = splitPath(path);
    SEGMENTS.set(path, s);
  }
  return s;
}

/** A plan's compiled functions; `vouching`: its members are built in schema order and vouched for (src/io/vouched.ts). */
interface CompiledPlan {
  memberRow: MemberRowFunction;
  household: HouseholdFunctions;
  vouching: boolean;
  /** The household level built in schema order too (see {@link VouchedHouseholdPlan}); `undefined`: the raw household is validated. */
  vouched: VouchedHouseholdPlan | undefined;
}

/**
 * How a plan's households are built in schema order and vouched for as a whole: from the
 * household fields' values (each checked at conversion time with the schema's acceptor), the
 * converters' further values (`also`), the zeros of absent income items and the members, stored by
 * a compiled function in schema order (src/io/compiled-plan.ts, `compileVouchedHousehold`); the
 * elimination block reconciled with 风险是否已消除 on the values first. Made only when every path is a
 * leaf of the schema (or the members list) and the file has no paired event columns.
 */
interface VouchedHouseholdPlan {
  build: VouchedHouseholdFunction;
  /** The slot of each path a converter's `also` may set. */
  alsoSlot: Map<string, number>;
  /** Fields under `monitoring.eliminated`; of them, A53/A54 (method, on) and the "风险消除后…" block items (income, guarantees). */
  eliminated: number[];
  core: number[];
  block: number[];
  /** Block items deeper than one level (e.g. an income breakdown): an object for the reconciliation, never a zero. */
  deepBlock: number[];
}

/** Whether any of the fields has a value. */
function anyValue(values: readonly unknown[], fields: readonly number[]): boolean {
  for (const k of fields) if (values[k] !== undefined) return true;
  return false;
}

/** The household paths a converter may fill besides its own (`also`), from its vocabulary and `alsoFills`. */
function alsoPaths(fields: readonly PlannedField[]): string[] {
  const out: string[] = [];
  for (const f of fields)
    for (const col of f.columns) {
      const convert = col.mapping.convert!;
      for (const e of convert.vocabulary ?? []) for (const p of Object.keys(e.also ?? {})) if (!out.includes(p)) out.push(p);
      for (const p of convert.alsoFills ?? []) if (!out.includes(p)) out.push(p);
    }
  return out;
}

/**
 * The household fields' acceptors and the vouched household builder of a plan, or `undefined`
 * (then households are built raw and validated by `parseHouseholdOfVouchedMembers`).
 */
function vouchedHouseholdPlan(plan: ColumnPlan): { accept: (((value: unknown) => boolean) | undefined)[]; plan: VouchedHouseholdPlan } | undefined {
  if (plan.hasEventColumns) return undefined;
  const fields = plan.householdFields;
  const isEliminated = (path: string) => path.startsWith('monitoring.eliminated.');
  const also = alsoPaths(fields);
  if (also.some((p) => p.startsWith('$') || p === 'members' || isEliminated(p) || p === 'monitoring' || p === 'monitoring.eliminated')) return undefined;
  // One source per distinct path: a field (with a further value behind it when a converter may set the same path), a zero, a further value, the members.
  const sources: VouchedSource[] = [];
  const byPath = new Map<string, VouchedSource>();
  const fieldPath: number[] = [];
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    if (f.path === '$eliminated') continue;
    // Another temporary path, or a path twice (fields are grouped by path, so never): the raw household then.
    if (f.path.startsWith('$') || byPath.has(f.path)) return undefined;
    const s: VouchedSource = { segments: f.segments, field: k, ...(isEliminated(f.path) ? { eliminated: true } : {}) };
    byPath.set(f.path, s);
    fieldPath[k] = sources.push(s) - 1;
  }
  for (const segments of plan.zeroFill) {
    const path = segments.join('.');
    if (byPath.has(path)) return undefined;
    const s: VouchedSource = { segments, constant: '0' };
    byPath.set(path, s);
    sources.push(s);
  }
  const alsoSlot = new Map<string, number>();
  also.forEach((p, j) => {
    alsoSlot.set(p, j);
    const s = byPath.get(p);
    if (s?.constant !== undefined) return; // the zero is stored first: a further value never replaces it
    if (s) s.also = j;
    else {
      const t: VouchedSource = { segments: segmentsOf(p), also: j };
      byPath.set(p, t);
      sources.push(t);
    }
  });
  sources.push({ segments: ['members'], members: true });
  // From the household schema's description (the build wrote it): no zod schema is built for the plan.
  const household = householdDescription();
  const vp = vouchingPlanOf(household, sources.map((s) => s.segments), { vouched: new Set([describedAt(household, ['members'])]) });
  if (!vp) return undefined;
  sources.forEach((s, i) => {
    if (s.field === undefined || s.also !== undefined) s.accept = vp.accept[i]!;
    if (s.also !== undefined) s.list = vp.list[i]!;
  });
  // A single column's value is checked at conversion for what its converter does not guarantee already (checkGiven).
  const accept = fields.map((f, k) => (fieldPath[k] === undefined ? undefined : f.columns.length === 1 && f.combine !== 'append' ? checkGivenOf(household, f.segments, f.columns[0]!.mapping.convert!.yields, vp.accept[fieldPath[k]!]!) : vp.accept[fieldPath[k]!]!));
  const numbered = (test: (path: string) => boolean) => fields.flatMap((f, k) => (test(f.path) ? [k] : []));
  const blockPath = (p: string) => p.startsWith('monitoring.eliminated.income.') || p.startsWith('monitoring.eliminated.guarantees.');
  return {
    accept,
    plan: {
      build: compileVouchedHousehold(vp.order.map((i) => sources[i]!), vp.structure),
      alsoSlot,
      eliminated: numbered(isEliminated),
      core: numbered((p) => p === 'monitoring.eliminated.method' || p === 'monitoring.eliminated.on'),
      block: numbered(blockPath),
      deepBlock: numbered((p) => blockPath(p) && p.split('.').length > 4),
    },
  };
}

const COMPILED = new WeakMap<ColumnPlan, CompiledPlan>();
const COMPILED_UNVOUCHED = new WeakMap<ColumnPlan, CompiledPlan>();

/** The plan's member and household fields as compiled functions (src/io/compiled-plan.ts), made once per plan. */
function compiledOf(plan: ColumnPlan, vouching: boolean): CompiledPlan {
  const cache = vouching ? COMPILED : COMPILED_UNVOUCHED;
  let c = cache.get(plan);
  if (!c) {
    const members = plan.memberFields;
    const member = describedAt(householdDescription(), ['members', 0]);
    const vouch = vouching && member ? vouchingPlanOf(member, members.map((f) => f.segments)) : null;
    // A single column's value is checked at conversion for what its converter does not guarantee already (checkGiven).
    const memberChecks = vouch && members.map((f, k) => (f.columns.length === 1 ? checkGivenOf(member!, f.segments, f.columns[0]!.mapping.convert!.yields, vouch.accept[k]!) : vouch.accept[k]!));
    const memberRow = compileMemberRow(
      members.map((f) => ({ index: f.columns[0]!.index, segments: f.segments, convert: f.columns[0]!.mapping.convert!, combined: f.columns.length !== 1 })),
      {
        unwrap: unwrapCell,
        problem: (k, memberIndex, row, r) => cellProblem(formatMemberPath(memberIndex, problemPath(members[k]!)), members[k]!.columns[0]!, row, r),
        combine: (owner, k, cells, row, memberIndex) => (owner as HouseholdBuilder).combineMember(members[k]!, cells, row, memberIndex),
        assign: (target, k, value) => assign(target, members[k]!, value),
        doubt: (owner) => (owner as HouseholdBuilder).doubt(),
      },
      vouch,
      memberChecks ?? undefined,
    );
    const fields = plan.householdFields;
    const vouchedHousehold = vouch !== null ? vouchedHouseholdPlan(plan) : undefined;
    const household = compileHousehold(
      fields.map((f) => ({
        slot: f.columns[0]!.slot,
        segments: f.segments,
        convert: f.columns[0]!.mapping.convert!,
        combined: f.columns.length !== 1 || f.combine === 'append',
        flag: f.path === '$eliminated',
        whenEmpty: f.whenEmpty !== undefined,
        // Combined fields compiled too when vouching (the builder without vouching, the tests' oracle, combines them as before).
        ...(vouching ? { columns: f.columns.map((col) => ({ slot: col.slot, convert: col.mapping.convert! })), combine: f.combine } : {}),
      })),
      {
        problem: (k, row, r) => cellProblem(problemPath(fields[k]!), fields[k]!.columns[0]!, row, r),
        combine: (owner, k) => (owner as HouseholdBuilder).combineHousehold(fields[k]!),
        columnProblem: (k, c, row, r) => cellProblem(problemPath(fields[k]!), fields[k]!.columns[c]!, row, r),
        conflict: (k, a, b, aValue, bValue, first) => {
          if (sameValue(aValue, bValue)) return undefined;
          const cell = (c: number) => ({ col: fields[k]!.columns[c]!, text: first.text[fields[k]!.columns[c]!.slot]!, row: first.row[fields[k]!.columns[c]!.slot]! });
          return conflictProblem(problemPath(fields[k]!), cell(a), cell(b), aValue, bValue);
        },
        empty: (k) => fields[k]!.whenEmpty!(),
        also: (owner, also) => (owner as HouseholdBuilder).addAlso(also),
        flag: (owner, value) => ((owner as HouseholdBuilder).eliminatedFlag = value),
      },
      vouchedHousehold?.accept,
    );
    c = { memberRow, household, vouching: vouch !== null, vouched: vouchedHousehold?.plan };
    cache.set(plan, c);
  }
  return c;
}

/**
 * Builds one household from its rows. One builder can build many households in turn
 * ({@link HouseholdBuilder.reset}); the arrays it hands out with a household are never reused.
 *
 * @example
 * const b = new HouseholdBuilder(plan);
 * b.addRow(4, cells4); b.addRow(5, cells5);
 * const { raw, problems } = b.finish();
 */
export class HouseholdBuilder {
  /** The 1-based rows the household came from. */
  rows: number[] = [];
  /** Problems found so far. */
  problems: ValidationIssue[] = [];
  private members: Record<string, unknown>[] = [];
  private readonly first: FirstValues;
  /** Further fields set by converters (户类型 → policyStatus). */
  private also: [string, unknown][] = [];

  private readonly memberRow: MemberRowFunction;
  private readonly householdOf: HouseholdFunctions;
  private readonly vouching: boolean;
  private readonly vouchedPlan: VouchedHouseholdPlan | undefined;
  /** The household fields' values, by field number (reused from household to household). */
  private readonly values: unknown[];
  /** The further values (`also`) by slot, while a vouched household is built (reused). */
  private readonly alsoValues: unknown[];
  /** Members of this household the importer cannot vouch for. */
  private doubted = 0;
  /** The column index of each household column, by slot. */
  private readonly householdIndex: Int32Array;
  /** The slots of the household columns in each span ({@link ColumnPlan.spans}), in column order (`undefined`: none imported). */
  private readonly spanSlots: (Int32Array | undefined)[];
  /** 风险是否已消除, as read (set while finishing). */
  eliminatedFlag: unknown = undefined;

  /**
   * `options.vouch: false` builds every household as a raw record, members in column order, none
   * vouched for (as before vouching existed: the tests' oracle). Default: vouching.
   */
  constructor(
    private readonly plan: ColumnPlan,
    options: { vouch?: boolean } = {},
  ) {
    const n = plan.household.length;
    this.first = { text: new Array<string | undefined>(n).fill(undefined), row: new Int32Array(n), converted: new Array<Converted | undefined>(n).fill(undefined), conflict: new Uint8Array(n) };
    const compiled = compiledOf(plan, options.vouch !== false);
    this.memberRow = compiled.memberRow;
    this.householdOf = compiled.household;
    this.vouching = compiled.vouching;
    this.vouchedPlan = compiled.vouched;
    this.values = new Array<unknown>(plan.householdFields.length).fill(undefined);
    this.householdIndex = Int32Array.from(plan.household, (col) => col.index);
    this.spanSlots = plan.spans.map((_, s) => {
      const slots = plan.household.flatMap((col, slot) => (col.span === s ? [slot] : []));
      return slots.length > 0 ? Int32Array.from(slots) : undefined;
    });
    this.alsoValues = new Array<unknown>(compiled.vouched?.alsoSlot.size ?? 0).fill(undefined);
  }

  /** The member just built cannot be vouched for (called by the compiled member row). */
  doubt(): void {
    this.doubted++;
  }

  /** Starts a new household (what the previous one was given is left to it). */
  reset(): void {
    this.rows = [];
    this.problems = [];
    this.members = [];
    this.also = [];
    this.doubted = 0;
    this.first.text.fill(undefined);
    this.first.converted.fill(undefined);
    this.first.conflict.fill(0);
  }

  /**
   * Adds one row (a member). `row` is the 1-based row number shown in messages. `same` (from the
   * fast CSV reader): `same[s] = 1` when the text of span `s` ({@link ColumnPlan.spans}) is exactly
   * the previous row's — then its household columns, which would add nothing, are not looked at
   * (only for rows after the first of a household).
   */
  addRow(row: number, cells: readonly (string | undefined)[], same?: Uint8Array): void {
    const skip = same !== undefined && this.rows.length > 0;
    this.rows.push(row);
    // Household columns: remember the first filled value, compare the others with it. After a
    // household's first row, only the spans whose text changed are looked at, span by span (the
    // columns are in column order either way, so problems keep their order).
    if (skip) {
      const bySpan = this.spanSlots;
      for (let s = 0; s < same.length; s++) {
        if (same[s] === 1) continue;
        const slots = bySpan[s];
        if (slots !== undefined) for (let j = 0; j < slots.length; j++) this.addHouseholdCell(slots[j]!, cells, row);
      }
    } else {
      const n = this.plan.household.length;
      for (let i = 0; i < n; i++) this.addHouseholdCell(i, cells, row);
    }
    // Member columns, compiled: for each member field in order, the one column's cell is
    // cleaned, converted (a problem names the member, column and row) and stored — or, for a
    // field of several columns, combined ({@link combineMember}).
    this.members.push(this.memberRow(cells, row, this.problems, this.members.length, this));
  }

  /** The cell of household column `slot` on a row: its first filled value remembered, a later one compared with it. */
  private addHouseholdCell(slot: number, cells: readonly (string | undefined)[], row: number): void {
    const raw = cells[this.householdIndex[slot]!];
    if (raw === undefined || raw === '') return;
    const text = unwrapCell(raw);
    if (text === '') return;
    const first = this.first;
    const f = first.text[slot];
    if (f === undefined) {
      first.text[slot] = text;
      first.row[slot] = row;
      return;
    }
    if (f === text || first.conflict[slot] === 1) return;
    this.compareRows(this.plan.household[slot]!, slot, text, row);
  }

  /** A member field of several columns: its filled cells combined (see {@link combine}). */
  combineMember(field: PlannedField, cells: readonly (string | undefined)[], row: number, memberIndex: number): unknown {
    const filled: FieldCell[] = [];
    for (const col of field.columns) {
      const raw = cells[col.index];
      if (raw === undefined || raw === '') continue;
      const text = unwrapCell(raw);
      if (text !== '') filled.push({ col, text, row, converted: col.mapping.convert!.convert(text) });
    }
    return this.combine(field, filled, formatMemberPath(memberIndex, problemPath(field)));
  }

  /** A household column whose text differs from its first row: a problem unless the values agree. */
  private compareRows(col: PlannedColumn, slot: number, text: string, row: number): void {
    const convert = col.mapping.convert!;
    const first = this.first;
    const f = { text: first.text[slot]!, row: first.row[slot]! };
    const was = (first.converted[slot] ??= convert.convert(f.text));
    const now = convert.convert(text);
    if (was.ok && now.ok && sameValue(was.value, now.value) && sameValue(was.also, now.also)) return;
    first.conflict[slot] = 1;
    const sensitive = convert.sensitive === true;
    this.problems.push({
      path: fieldOfPath(col.mapping.path!),
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
          if (!sameValue(result, r.value)) this.problems.push(conflictProblem(path, resultCell, cell, result, r.value));
      }
    }
    if (result === undefined && filled.length === 0 && field.whenEmpty) return field.whenEmpty();
    return result;
  }

  /** A household field of several columns (or a list appended from columns): its first values combined (see {@link combine}). */
  combineHousehold(field: PlannedField): unknown {
    const filled: FieldCell[] = [];
    const first = this.first;
    for (const col of field.columns) {
      const text = first.text[col.slot];
      if (text === undefined) continue;
      const converted = (first.converted[col.slot] ??= col.mapping.convert!.convert(text));
      filled.push({ col, text, row: first.row[col.slot]!, converted });
    }
    return this.combine(field, filled, problemPath(field));
  }

  /** Records the further fields a converter set (applied once every field is in). */
  addAlso(also: Readonly<Record<string, unknown>>): void {
    for (const [p, val] of Object.entries(also)) this.also.push([p, val]);
  }

  /**
   * Finishes the household: the interchange object and every problem found. The household fields
   * are compiled (src/io/compiled-plan.ts): for each field in order, a single column's first
   * value is converted (a problem names its column and row) and stored, an empty column records
   * its `whenEmpty` value, several columns (or a list) are combined; then the `also` fields, the
   * members, and the elimination block reconciled with 风险是否已消除. A household with no problem
   * whose members were all vouched for is handed over validated (src/io/vouched.ts): `raw` is then
   * the very object `parseHousehold` would return, keys in schema order.
   */
  finish(): { raw: Record<string, unknown>; problems: ValidationIssue[] } {
    this.eliminatedFlag = undefined;
    const values = this.values;
    const sure = this.householdOf.convert(this.first, this.problems, this, values);
    const vouched = this.vouchedPlan;
    if (vouched !== undefined) {
      // One pass, the household level too: with no problem, every member vouched for and every
      // value accepted by the schema at conversion, the household is built in schema order from
      // the values — the object parseHousehold would return for the raw one — unless the
      // reconciliation below would report a problem or the structure fails (then the raw household).
      if (sure && this.doubted === 0 && this.problems.length === 0) {
        const household = this.vouchedHousehold(vouched, values);
        if (household !== undefined) {
          vouchFor(household as Household);
          return { raw: household, problems: this.problems };
        }
      }
    }
    const household = this.householdOf.raw(values);
    if (this.plan.hasEventColumns) {
      // A cell that did not convert is already a problem at `events`: nothing is paired then.
      const unreadable = this.problems.some((p) => p.path === 'events' || p.path === 'incomeHistory');
      for (const p of pairEvents(household, (path) => this.plan.householdFields.find((f) => f.path === path)?.columns[0]!.label, unreadable)) this.problems.push(p);
    }
    for (const segments of this.plan.zeroFill) if (getPath(household, segments) === undefined) setPath(household, segments, '0');
    for (const [p, val] of this.also) if (getPath(household, segmentsOf(p)) === undefined) setPath(household, segmentsOf(p), val);
    household.members = this.members;
    this.reconcileElimination(household, this.eliminatedFlag);
    // One pass: with no problem and every member vouched for (built in schema order from values
    // the schema accepts), the household's own fields are validated and the household — the
    // object parseHousehold would return for the raw one — is the record, marked as vouched for
    // (src/io/vouched.ts). Otherwise the raw household is, and parsing it decides.
    if (this.vouching && vouched === undefined && this.doubted === 0 && this.problems.length === 0) {
      const validated = parseHouseholdOfVouchedMembers(household);
      if (validated !== undefined) {
        vouchFor(validated);
        return { raw: validated as Record<string, unknown>, problems: this.problems };
      }
    }
    return { raw: household, problems: this.problems };
  }

  /**
   * The household built in schema order from its values (see {@link VouchedHouseholdPlan}), or
   * `undefined` when the raw household must be built instead: the reconciliation of the
   * elimination block ({@link reconcileElimination}, decided here on the values) would add `{}` or
   * report a problem, a converter set a path the plan does not know, or the schema refuses a value
   * or the structure.
   */
  private vouchedHousehold(vouched: VouchedHouseholdPlan, values: readonly unknown[]): Record<string, unknown> | undefined {
    const flag = this.eliminatedFlag;
    const hasCore = anyValue(values, vouched.core);
    let drop = false;
    if (flag === true) {
      if (!anyValue(values, vouched.eliminated)) return undefined; // {} is added, which the schema refuses
    } else if (flag === false && hasCore) {
      return undefined; // a problem
    } else if (!hasCore && anyValue(values, vouched.block)) {
      // Only zeros and 否: the block is dropped; anything else is a problem.
      if (anyValue(values, vouched.deepBlock)) return undefined;
      for (const k of vouched.block) if (values[k] !== undefined && values[k] !== false && values[k] !== '0') return undefined;
      drop = true;
    }
    const also = this.alsoValues;
    also.fill(undefined);
    for (const [p, val] of this.also) {
      const j = vouched.alsoSlot.get(p);
      if (j === undefined) return undefined;
      if (also[j] === undefined) also[j] = val;
    }
    return vouched.build(values, this.members, also, drop);
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
