/**
 * Grouping rows into households (按户归并) and numbering the records (记录编号).
 *
 * Exports list a household's rows together, so rows are grouped by consecutive 户编号: memory
 * holds one household. A {@link HouseholdGrouper} turns rows into draft records; a
 * {@link RecordNumbering} then gives each its position in the file and reports a 户编号 that
 * comes back after other households (`non_contiguous_household`). The two steps are apart so that
 * rows can be grouped in pieces (chunks of a file, in worker threads) while positions and the
 * index of households already seen stay in one place, in file order: the chunk reader sends the
 * keys of its households, the numbering answers with an {@link Assignment}, and
 * {@link applyAssignment} finishes the records — the same functions in every thread.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import type { ValidationIssue } from '../model/validation.js';
import { maskIdNumbersInText } from '../explain/mask.js';
import { MAX_HOUSEHOLD_MEMBERS } from '../model/primitives.js';
import { HouseholdBuilder, planColumns, type ColumnPlan } from './assemble.js';
import { unwrapCell } from './normalize.js';
import { SeenHouseholds } from './seen-households.js';
import { code as codeConverter } from './values.js';
import { equalBytes, viewOf } from './cell-text.js';

/** Where a record came from in its file. */
export interface RecordSource {
  /** 1-based row numbers (CSV records, XLSX rows, NDJSON lines) that make up the record. */
  rows: number[];
}

/** One household as read from a file, ready for `parseHousehold` — or with the problems that stop it. */
export interface ImportedRecord {
  /** 0-based index of the household in the file. */
  position: number;
  source: RecordSource;
  /** 户编号, when readable. */
  householdId?: string;
  /** The household in the interchange format (absent when nothing could be read, e.g. a broken NDJSON line). */
  raw?: unknown;
  /** Problems found while reading (unparseable values, unknown spellings, conflicting rows, …). Empty = none. */
  problems: ValidationIssue[];
}

import type { ImportWarning } from './warning.js';

export type { ImportWarning } from './warning.js';

/** A record before numbering, and the key it was grouped by (`undefined`: no 户编号). */
export interface DraftRecord {
  record: ImportedRecord;
  key: string | undefined;
}

/** Blank rows skipped: how many, and the first {@link BLANK_ROWS_KEPT} of them. */
export interface BlankRows {
  count: number;
  rows: number[];
}

/** How many blank row numbers are kept for the warning. */
export const BLANK_ROWS_KEPT = 20;

/**
 * Whether every cell of a row is empty once cleaned ({@link unwrapCell}).
 *
 * @example
 * isBlank(['', ' ', '=""']) // true
 */
export function isBlank(cells: readonly (string | undefined)[]): boolean {
  for (const c of cells) if (c !== undefined && c !== '' && unwrapCell(c) !== '') return false;
  return true;
}

/** C0 and C1 control characters and DEL: never part of a 户编号. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Whether a cell holds a control character (C0, DEL or C1: NUL, a line break, …).
 *
 * @example
 * hasControlCharacter('H0\u000001') // true
 */
export function hasControlCharacter(cell: string | undefined): boolean {
  return cell !== undefined && CONTROL.test(cell);
}

/**
 * The grouping key of a 户编号 cell: the cleaned text without control characters (a NUL in one
 * row's 户编号 must not split the household; the row is reported, see {@link HouseholdGrouper}),
 * restored from a float (`5306210120007.0`) when exact; `undefined` for an empty cell.
 *
 * @example
 * groupKey('="53340100000001"') // '53340100000001'
 * groupKey('H0\u000001')        // 'H001'
 */
export function groupKey(cell: string | undefined): string | undefined {
  if (cell === undefined || cell === '') return undefined;
  const text = unwrapCell(CONTROL.test(cell) ? cell.replace(CONTROLS, '') : cell);
  if (text === '') return undefined;
  const r = codeConverter.convert(text);
  return r.ok ? (r.value as string) : text;
}

/**
 * A header row names the member (姓名) and either the ID number or the household number.
 *
 * @example
 * looksLikeHeader(['户编号', '姓名', '性别']) // true
 */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const plan = planColumns(cells);
  const keys = new Set(plan.member.map((c) => c.mapping.key));
  return keys.has('member.name') && (keys.has('member.idNumber') || plan.idColumn !== undefined);
}

/**
 * Groups non-blank rows into households by their key, one household in memory (and one
 * {@link HouseholdBuilder}, reused).
 *
 * @example
 * const g = new HouseholdGrouper(plan);
 * const done = g.add(2, 'H1', cells); // undefined: H1 goes on
 * const last = g.end();               // the draft record of H1
 */
export class HouseholdGrouper {
  private readonly builder: HouseholdBuilder;
  private open = false;
  private key: string | undefined;
  /** Blank rows seen (they belong to no household) since the grouper was made or {@link reset}. */
  blank: BlankRows = { count: 0, rows: [] };
  private readonly idIndex: number | undefined;
  private readonly idSpan: number;
  /** The imported member-level columns: a row is a repeat when all of them equal an earlier row's. */
  private readonly memberColumns: number[];
  /** The open household's rows so far, by their member cells → the first row with them. */
  private seen = new Map<string, number>();
  /**
   * Set by a reader whose cells hold no NUL character (a chunk without a zero byte): a repeated row
   * is then found by comparing its member cells with the earlier rows' one by one — the signature
   * that joins them with NULs is equal exactly when they are — instead of building the signature.
   */
  cellsWithoutNul = false;
  /** With {@link cellsWithoutNul}: the member cells of the open household's rows, row after row, and their rows. */
  private readonly memberCells: string[];
  private memberRows: number[] = [];
  /**
   * Rows read on their bytes ({@link bytes}): the member cells of the open household's rows as
   * spans of the chunk (start, length), row after row — compared as bytes (equal bytes of valid
   * UTF-8 are equal texts), no string stored — while {@link asBytes}: every row so far had only
   * plain cells (no quoted field, not cut short). Else {@link memberCells}, the cells decoded again
   * from these spans for the rows before.
   */
  private readonly memberStart: Int32Array;
  private readonly memberLength: Int32Array;
  private asBytes = false;
  /** With a byte reader: the chunk, and where each column's cell of the row being added lies in it (length -1: not a plain cell). */
  private buf: Buffer | undefined = undefined;
  private view: DataView = new DataView(new ArrayBuffer(0));
  private cellStart: Int32Array = new Int32Array(0);
  private cellLength: Int32Array = new Int32Array(0);
  /** Rows that repeat an earlier row of the household: [row, earlier row], the first few; and how many. */
  private repeats: [number, number][] = [];
  private repeatCount = 0;
  /** Rows whose 户编号 cell holds a control character: the first few, and how many. */
  private controlRows: number[] = [];
  private controlCount = 0;
  /** Whether the 户编号 cell of the last row looked at holds a control character. */
  private idControl = false;
  /** Rows of the household beyond {@link MAX_HOUSEHOLD_MEMBERS}: counted, not kept. */
  private extraRows = 0;
  private lastRow = 0;

  constructor(plan: ColumnPlan) {
    this.builder = new HouseholdBuilder(plan);
    this.idIndex = plan.idColumn?.index;
    this.idSpan = plan.idColumn?.span ?? -1;
    this.memberColumns = plan.member.map((c) => c.index);
    this.memberCells = new Array<string>(COMPARED_ROWS * this.memberColumns.length).fill('');
    this.memberStart = new Int32Array(COMPARED_ROWS * this.memberColumns.length);
    this.memberLength = new Int32Array(COMPARED_ROWS * this.memberColumns.length);
  }

  /**
   * Told once by a byte reader: where it keeps, by column, the start and length of the row's cells
   * in its chunk (length -1: not a plain cell), for the rows it adds with `same`.
   */
  cellBytes(start: Int32Array, length: Int32Array): void {
    this.cellStart = start;
    this.cellLength = length;
  }

  /**
   * Starts again as a new grouper would (a chunk reader keeps one grouper for all its chunks): no
   * household open, no blank rows (a new {@link blank}: the previous one belongs to its chunk).
   * `cellsWithoutNul`: see {@link cellsWithoutNul}; `buf`: the chunk, when a byte reader reads it
   * (rows added with `same` then have their cells' spans in the arrays of {@link cellBytes}).
   *
   * @example
   * grouper.reset(chunk.indexOf(0) === -1);
   */
  reset(cellsWithoutNul: boolean, buf?: Buffer): void {
    this.open = false;
    this.key = undefined;
    this.blank = { count: 0, rows: [] };
    this.cellsWithoutNul = cellsWithoutNul;
    this.buf = buf;
    if (buf !== undefined) this.view = viewOf(buf);
  }

  /** The key of the household being built (while one is open). */
  get currentKey(): string | undefined {
    return this.key;
  }

  /** Counts a blank row. */
  addBlank(row: number): void {
    this.blank.count++;
    if (this.blank.rows.length < BLANK_ROWS_KEPT) this.blank.rows.push(row);
  }

  /**
   * Adds a non-blank row; returns the previous household when this row starts a new one. A row
   * without a key is always a household of its own. `same`: see {@link HouseholdBuilder.addRow}.
   */
  add(row: number, key: string | undefined, cells: readonly (string | undefined)[], same?: Uint8Array): DraftRecord | undefined {
    if (this.open && key !== undefined && key === this.key) {
      if (this.builder.rows.length >= MAX_HOUSEHOLD_MEMBERS) {
        // Too many rows to be a household: counted, not kept (memory stays bounded).
        this.extraRows++;
        this.lastRow = row;
        return undefined;
      }
      this.look(row, cells, same, same !== undefined && this.buf !== undefined);
      this.builder.addRow(row, cells, same);
      return undefined;
    }
    const done = this.open ? this.finish() : undefined;
    this.builder.reset();
    this.open = true;
    this.key = key;
    if (this.seen.size > 0) this.seen = new Map();
    this.memberRows.length = 0;
    // (new lists only after a household that had some: the problems made of them hold no reference to them)
    if (this.repeatCount > 0) this.repeats = [];
    this.repeatCount = 0;
    if (this.controlCount > 0) this.controlRows = [];
    this.controlCount = 0;
    this.extraRows = 0;
    this.asBytes = true;
    this.look(row, cells, undefined, same !== undefined && this.buf !== undefined);
    this.builder.addRow(row, cells, same);
    return done;
  }

  /** Notes a row's control characters in the 户编号 and whether it repeats an earlier row of the household. */
  private look(row: number, cells: readonly (string | undefined)[], same: Uint8Array | undefined, bytes: boolean): void {
    const idIndex = this.idIndex;
    if (idIndex !== undefined) {
      // (a 户编号 span the fast reader found equal to the previous row's: that row's answer, unchecked)
      const control = same !== undefined && this.idSpan >= 0 && same[this.idSpan] === 1 ? this.idControl : hasControlCharacter(cells[idIndex]);
      this.idControl = control;
      if (control) {
        if (this.controlRows.length < SHOWN_ROWS) this.controlRows.push(row);
        this.controlCount++;
      }
    }
    const columns = this.memberColumns;
    if (columns.length === 0) return;
    if (this.cellsWithoutNul && this.memberRows.length < COMPARED_ROWS) {
      const m = columns.length;
      const rows = this.memberRows;
      const base = rows.length * m;
      if (this.asBytes) {
        if (bytes && this.lookBytes(row, columns, base)) return;
        this.toStrings();
      }
      const flat = this.memberCells;
      // (written in place: the array is as long as COMPARED_ROWS rows from the start)
      for (let i = 0; i < m; i++) flat[base + i] = cells[columns[i]!] ?? '';
      for (let r = 0, at = 0; r < rows.length; r++, at += m) {
        let j = 0;
        while (j < m && flat[at + j] === flat[base + j]) j++;
        if (j === m) {
          if (this.repeats.length < SHOWN_ROWS) this.repeats.push([row, rows[r]!]);
          this.repeatCount++;
          break;
        }
      }
      rows.push(row);
      return;
    }
    if (this.cellsWithoutNul && this.seen.size === 0) {
      // A household of many rows: the rows compared so far go into the index of signatures.
      if (this.asBytes) this.toStrings();
      const m = columns.length;
      const flat = this.memberCells;
      this.memberRows.forEach((r, k) => {
        let signature = '';
        for (let i = 0; i < m; i++) signature += flat[k * m + i] + '\u0000';
        if (!this.seen.has(signature)) this.seen.set(signature, r);
      });
    }
    let signature = '';
    for (let i = 0; i < columns.length; i++) signature += (cells[columns[i]!] ?? '') + '\u0000';
    const earlier = this.seen.get(signature);
    if (earlier === undefined) this.seen.set(signature, row);
    else {
      if (this.repeats.length < SHOWN_ROWS) this.repeats.push([row, earlier]);
      this.repeatCount++;
    }
  }

  /**
   * {@link look}'s pairwise test on bytes: the row's member cells kept as spans and compared with
   * the earlier rows' (lengths, then bytes). `false` (nothing kept) when a cell is not plain.
   */
  private lookBytes(row: number, columns: readonly number[], base: number): boolean {
    const m = columns.length;
    const start = this.memberStart;
    const length = this.memberLength;
    const cellStart = this.cellStart;
    const cellLength = this.cellLength;
    for (let i = 0; i < m; i++) {
      const col = columns[i]!;
      const n = cellLength[col]!;
      if (n < 0) return false;
      start[base + i] = cellStart[col]!;
      length[base + i] = n;
    }
    const view = this.view;
    const rows = this.memberRows;
    for (let r = 0, at = 0; r < rows.length; r++, at += m) {
      let j = 0;
      for (; j < m; j++) {
        const n = length[base + j]!;
        if (length[at + j] !== n || (n > 0 && !equalBytes(view, start[at + j]!, view, start[base + j]!, n))) break;
      }
      if (j === m) {
        if (this.repeats.length < SHOWN_ROWS) this.repeats.push([row, rows[r]!]);
        this.repeatCount++;
        break;
      }
    }
    rows.push(row);
    return true;
  }

  /** The rows kept as spans ({@link lookBytes}) as texts, for the string path from now on. */
  private toStrings(): void {
    this.asBytes = false;
    const buf = this.buf;
    if (buf === undefined) return;
    const flat = this.memberCells;
    const start = this.memberStart;
    const length = this.memberLength;
    const n = this.memberRows.length * this.memberColumns.length;
    for (let i = 0; i < n; i++) flat[i] = length[i] === 0 ? '' : buf.toString('utf8', start[i]!, start[i]! + length[i]!);
  }

  /** The last household, if any. */
  end(): DraftRecord | undefined {
    const done = this.open ? this.finish() : undefined;
    this.open = false;
    this.key = undefined;
    return done;
  }

  private finish(): DraftRecord {
    const b = this.builder;
    const { raw, problems } = b.finish();
    const record: ImportedRecord = { position: -1, source: { rows: b.rows }, raw, problems };
    // A 户编号 with a control character is reported (the key has none).
    const id = typeof raw.id === 'string' && !hasControlCharacter(raw.id) ? raw.id : this.key;
    if (id !== undefined) record.householdId = id;
    if (this.controlCount > 0) problems.push(controlProblem(shownId(id), this.controlRows, this.controlCount));
    if (this.repeatCount > 0) problems.push(repeatProblem(this.repeats, this.repeatCount));
    if (this.extraRows > 0) problems.push(tooLargeProblem(shownId(id), b.rows[0]!, this.lastRow, b.rows.length + this.extraRows));
    return { record, key: this.key };
  }
}

/** A 户编号 as a problem shows it (ID-shaped text masked). */
const shownId = (id: string | undefined): string => (id === undefined ? '' : maskIdNumbersInText(id));

/** Rows of a household whose member cells are compared pairwise; further rows are found by signature. */
const COMPARED_ROWS = 32;

/** How many rows a problem about rows names (the rest are counted). */
const SHOWN_ROWS = 5;

const andMore = (shown: number, count: number, zh: boolean) => (count > shown ? (zh ? ` 等 ${count} 行` : ` and ${count - shown} more`) : '');

function controlProblem(id: string, rows: readonly number[], count: number): ValidationIssue {
  return {
    path: 'id',
    code: 'control_character',
    message: {
      zh: `户编号 ${id} 含控制字符（第 ${rows.join('、')} 行${andMore(rows.length, count, true)}）：请修正导出文件中的户编号后重新评估`,
      en: `the 户编号 ${id} holds a control character (row${count > 1 ? 's' : ''} ${rows.join(', ')}${andMore(rows.length, count, false)}): correct it in the export and score again`,
    },
  };
}

function repeatProblem(repeats: readonly [number, number][], count: number): ValidationIssue {
  const zh = repeats.map(([r, e]) => `第 ${r} 行与第 ${e} 行`).join('、');
  const en = repeats.map(([r, e]) => `row ${r} repeats row ${e}`).join(', ');
  return {
    path: 'members',
    code: 'duplicate_rows',
    message: {
      zh: `${zh}完全相同${count > repeats.length ? `（共 ${count} 行重复）` : ''}：同一成员重复导出，本户未评估（不重复计算人口和收入）；请删除重复行后重新评估`,
      en: `${en}${count > repeats.length ? ` (${count} rows repeat earlier ones)` : ` (${count} row${count > 1 ? 's' : ''} repeat${count > 1 ? '' : 's'} an earlier one)`}: the same member exported twice; the household is not scored (nobody counted twice); remove the repeated rows and score again`,
    },
  };
}

function tooLargeProblem(id: string, first: number, last: number, rows: number): ValidationIssue {
  return {
    path: 'members',
    code: 'household_too_large',
    message: {
      zh: `户编号 ${id} 有 ${rows} 行（第 ${first}–${last} 行），超过每户最多 ${MAX_HOUSEHOLD_MEMBERS} 名成员：多半是户编号列有误，本户未评估（只保留前 ${MAX_HOUSEHOLD_MEMBERS} 行）`,
      en: `the 户编号 ${id} has ${rows} rows (rows ${first}–${last}), more than the ${MAX_HOUSEHOLD_MEMBERS} members a household may have: the 户编号 column is probably wrong; the household is not scored (only its first ${MAX_HOUSEHOLD_MEMBERS} rows were kept)`,
    },
  };
}

/**
 * Positions and non-contiguous households for one piece of the file: records `base`, `base + 1`, …
 * in order; `hits` lists, three numbers each, the index of a record in the piece whose 户编号 was
 * seen in an earlier record, that record's first row and its position.
 */
export interface Assignment {
  base: number;
  hits: number[];
}

function nonContiguousProblem(key: string, earlier: { row: number; position: number }, row: number): ValidationIssue {
  const shown = maskIdNumbersInText(key);
  return {
    path: 'id',
    code: 'non_contiguous_household',
    message: {
      zh: `户编号 ${shown} 的行不连续（第 ${earlier.row}、${row} 行）：本记录只含自第 ${row} 行起的一段，先前第 ${earlier.position} 号记录只含自第 ${earlier.row} 行起的一段；两段都不完整`,
      en: `rows of household ${shown} are not contiguous (rows ${earlier.row}, ${row}): this record holds only the block from row ${row}, the earlier record at position ${earlier.position} only the block from row ${earlier.row}; neither is complete`,
    },
  };
}

function nonContiguousWarning(key: string, earlier: { row: number; position: number }, row: number, position: number): ImportWarning {
  const shown = maskIdNumbersInText(key);
  return {
    code: 'non-contiguous-household',
    householdId: key,
    rows: [earlier.row, row],
    positions: [earlier.position, position],
    message: {
      zh: `户编号 ${shown} 的行不连续（第 ${earlier.row}、${row} 行）：第 ${earlier.position} 号与第 ${position} 号记录各含该户的一部分`,
      en: `rows of household ${shown} are not contiguous (rows ${earlier.row}, ${row}): records at positions ${earlier.position} and ${position} each hold part of it`,
    },
  };
}

/**
 * Numbers the records of a file in order and keeps the compact index of the 户编号 already seen
 * (see {@link SeenHouseholds}); a key seen before is a `non-contiguous-household` warning.
 *
 * @example
 * const numbering = new RecordNumbering((w) => warnings.push(w));
 * const a = numbering.assign(['H1', 'H2', 'H1'], [2, 4, 6]); // { base: 0, hits: [2, 2, 0] }
 */
export class RecordNumbering {
  private readonly seen = new SeenHouseholds();
  private next = 0;

  constructor(private readonly warn: (w: ImportWarning) => void) {}

  /** Records numbered so far. */
  get count(): number {
    return this.next;
  }

  /** Bytes held by the index of households seen. */
  get indexBytes(): number {
    return this.seen.bytes;
  }

  /** Numbers the next records, given their keys and first rows. */
  assign(keys: readonly (string | undefined)[], firstRows: ArrayLike<number>): Assignment {
    const base = this.next;
    const hits: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const position = this.next++;
      const key = keys[i];
      if (key === undefined) continue;
      const earlier = this.seen.checkAndAdd(key, firstRows[i]!, position);
      if (earlier) {
        hits.push(i, earlier.row, earlier.position);
        this.warn(nonContiguousWarning(key, earlier, firstRows[i]!, position));
      }
    }
    return { base, hits };
  }

  /** Numbers one draft and finishes it. */
  number(draft: DraftRecord): ImportedRecord {
    const a = this.assign([draft.key], [draft.record.source.rows[0]!]);
    applyAssignment([draft.record], [draft.key], a);
    return draft.record;
  }
}

/**
 * Finishes records with their {@link Assignment}: positions, and the `non_contiguous_household`
 * problem (first among the record's problems) on each record whose 户编号 came back.
 *
 * @example
 * applyAssignment(records, keys, numbering.assign(keys, firstRows));
 */
export function applyAssignment(records: readonly ImportedRecord[], keys: readonly (string | undefined)[], assignment: Assignment): void {
  for (let i = 0; i < records.length; i++) records[i]!.position = assignment.base + i;
  const hits = assignment.hits;
  for (let k = 0; k < hits.length; k += 3) {
    const i = hits[k]!;
    const rec = records[i]!;
    rec.problems.unshift(nonContiguousProblem(keys[i]!, { row: hits[k + 1]!, position: hits[k + 2]! }, rec.source.rows[0]!));
  }
}

/**
 * Merges blank-row counts of consecutive pieces (keeping the first row numbers).
 *
 * @example
 * const all = { count: 0, rows: [] }; mergeBlank(all, piece.blank);
 */
export function mergeBlank(into: BlankRows, piece: BlankRows): void {
  into.count += piece.count;
  for (const r of piece.rows) if (into.rows.length < BLANK_ROWS_KEPT) into.rows.push(r);
}

function listRows(rows: readonly number[], max = 20): string {
  return rows.slice(0, max).join(', ') + (rows.length > max ? ', …' : '');
}

/**
 * The `blank-rows` warning, when blank rows were skipped.
 *
 * @example
 * blankWarning({ count: 1, rows: [7] })?.message.en // '1 blank rows skipped (rows 7)'
 */
export function blankWarning(blank: BlankRows): ImportWarning | undefined {
  if (blank.count === 0) return undefined;
  const rows = blank.rows;
  return { code: 'blank-rows', rows, message: { zh: `跳过了 ${blank.count} 个空行（第 ${listRows(rows)} 行）`, en: `${blank.count} blank rows skipped (rows ${listRows(rows)})` } };
}
