/**
 * 多表关联检查 — the household file checked together with the export's other tables: the
 * work-monitoring tables (已外出务工信息 / 计划外出务工信息) joined to members by 证件号码, and the village
 * table (行政村) joined to households by village. Each household gets its own checks (checkBatch's),
 * with the spells of 已外出务工信息 attached to its members' `employment` so the work checks read them,
 * then the checks of work-spells.ts and village.ts; at the end come the rows of the tables that
 * matched nobody (ID numbers masked) and the checks of each village row.
 *
 * Memory: the tables are held whole (indexed by ID number and by village name), the households are
 * streamed.
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * @module
 */
import { AssessmentFacts } from '../../facts/assessment.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { maskIdNumber } from '../../explain/mask.js';
import { citesOf } from '../../kernel/rule.js';
import type { Household, Member } from '../../model/household.js';
import type { Village } from '../../model/village.js';
import type { WorkSpell } from '../../model/work-spell.js';
import { MissingParameterError } from '../../profile/errors.js';
import type { Profile } from '../../profile/schema.js';
import { batchChecker } from './batch.js';
import type { QualityEngine } from './check.js';
import { compileSteps } from './plan.js';
import type { QualityIssue } from './issue.js';
import { JoinedRun, rowName, type HouseholdJoin, type SpellRef, type TablesGiven } from './joined.js';
import { skippedRule, type QualityRun, type QualityStep } from './run.js';
import { TABLE_CHECKS } from './table-checks.js';
import { checkVillage } from './village.js';
import { unknownPersonRule } from './work-spells.js';

export { TABLE_CHECKS } from './table-checks.js';

/** The export's other tables. A table left out is not checked (and its checks do not run). */
export interface ExportTables {
  /** Rows of 已外出务工信息 (`table: 'current'`) and 计划外出务工信息 (`table: 'planned'`), in any order. */
  workSpells?: readonly WorkSpell[];
  /** The file row of each spell (parallel to `workSpells`), when read from files: messages then name the row. */
  workSpellRows?: readonly number[];
  /** Whether each work table was given (default: a table was given when a row of it is in `workSpells`). */
  given?: Partial<Pick<TablesGiven, 'current' | 'planned'>>;
  /** Rows of the village table (行政村). */
  villages?: readonly Village[];
}


/**
 * The join key of an ID number: trimmed, upper case; a disability certificate (20 or 22 characters)
 * by its first 18, the resident ID inside it.
 *
 * @example
 * idKey(' 11010519491231002x ') // '11010519491231002X'
 */
export function idKey(id: string): string {
  const s = id.trim().toUpperCase();
  return s.length === 20 || s.length === 22 ? s.slice(0, 18) : s;
}

const placeKey = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

/** A streaming checker over households and the tables joined to them. */
export interface TableChecker {
  /** Joins one household, checks it (its own checks, then the tables' checks) and returns the household with the spells attached, and its issues. */
  add(h: Household): { household: Household; issues: QualityIssue[] };
  /** Cross-household and table issues: duplicate IDs and 户编号, work rows that matched nobody, village rows. Call once, at the end. */
  finish(): QualityIssue[];
}

/** Attaches the spells of 已外出务工信息 (those with a start) to the members' `employment`, without repeating a spell on record. */
function attach(h: Household, spells: readonly (readonly SpellRef[])[]): Household {
  let members: Member[] | undefined;
  for (let i = 0; i < h.members.length; i++) {
    const rows = spells[i]!.filter((s) => s.spell.table === 'current' && s.spell.start !== undefined);
    if (rows.length === 0) continue;
    const m = h.members[i]!;
    const employment = [...(m.employment ?? [])];
    for (const { spell } of rows) {
      if (employment.some((e) => e.start === spell.start && e.end === spell.end)) continue;
      employment.push({ start: spell.start!, ...(spell.end ? { end: spell.end } : {}), ...(spell.monthlyWage ? { monthlyWage: spell.monthlyWage } : {}), ...(spell.county ? { county: spell.county } : {}) });
    }
    (members ??= [...h.members])[i] = { ...m, employment };
  }
  return members ? { ...h, members } : h;
}

/**
 * A streaming checker for a household file and its other tables: `add(h)` per household (its own
 * checks as `createBatchChecker` runs them, with the 已外出 spells attached, then the checks over the
 * tables), `finish()` at the end.
 *
 * @example
 * const checker = createTableChecker({ workSpells, villages }, getProfile('national/2021'), { asOf: '2023-09-30' });
 * for (const h of households) report(checker.add(h).issues);
 * report(checker.finish()); // duplicates, work rows of nobody, 出列村 rows
 */
export function createTableChecker(tables: ExportTables, profile: Profile, options: AssessmentOptions = {}): TableChecker {
  return tableChecker(tables, profile, options, 'compiled');
}

/**
 * {@link createTableChecker} with the engine that runs the checks: `interpreted` is the oracle the
 * compiled plan is tested against (not part of the public API).
 *
 * @example
 * tableChecker({ workSpells }, profile, { asOf: '2023-09-30' }, 'interpreted').add(h)
 */
export function tableChecker(tables: ExportTables, profile: Profile, options: AssessmentOptions, engine: QualityEngine): TableChecker {
  const spells = tables.workSpells ?? [];
  const given: TablesGiven = {
    current: tables.given?.current ?? spells.some((s) => s.table === 'current'),
    planned: tables.given?.planned ?? spells.some((s) => s.table === 'planned'),
    villages: tables.villages !== undefined,
  };
  const byId = new Map<string, SpellRef[]>();
  spells.forEach((spell, index) => {
    const key = idKey(spell.idNumber);
    const row = tables.workSpellRows?.[index];
    const ref: SpellRef = row === undefined ? { spell, index } : { spell, index, row };
    const list = byId.get(key);
    if (list) list.push(ref);
    else byId.set(key, [ref]);
  });
  const matched = new Set<string>();
  const villages = tables.villages ?? [];
  const byName = new Map<string, number[]>();
  villages.forEach((v, i) => {
    const k = placeKey(v.name);
    byName.set(k, [...(byName.get(k) ?? []), i]);
  });
  const batch = batchChecker(profile, options, engine);

  function findVillage(h: Household): HouseholdJoin['village'] {
    if (!given.villages) return undefined;
    const r = h.region;
    if (!r?.village) return { found: null, reason: 'no-village' };
    let rows = byName.get(placeKey(r.village)) ?? [];
    if (rows.length > 1 && r.town) rows = rows.filter((i) => !villages[i]!.town || placeKey(villages[i]!.town) === placeKey(r.town));
    if (rows.length > 1 && r.county) rows = rows.filter((i) => !villages[i]!.county || placeKey(villages[i]!.county) === placeKey(r.county));
    if (rows.length === 1) {
      const v = villages[rows[0]!]!;
      const clash = (r.town && v.town && placeKey(v.town) !== placeKey(r.town)) || (r.county && v.county && placeKey(v.county) !== placeKey(r.county));
      return clash ? { found: null, reason: 'not-found' } : { found: v, index: rows[0]! };
    }
    return { found: null, reason: rows.length === 0 ? 'not-found' : 'ambiguous' };
  }

  return {
    add(h) {
      const memberSpells = h.members.map((m) => {
        if (m.idNumber === undefined || m.idNumber.trim() === '') return [];
        const key = idKey(m.idNumber);
        const rows = byId.get(key);
        if (!rows) return [];
        matched.add(key);
        return rows;
      });
      const household = attach(h, memberSpells);
      const issues = batch.add(household);
      const q = new JoinedRun(new AssessmentFacts(household, profile, options), { spells: memberSpells, given, village: findVillage(h) });
      if (engine === 'compiled') compileSteps(TABLE_CHECKS, q.statusDate !== null, stepFailed)(q);
      else runSteps(q, TABLE_CHECKS);
      issues.push(...q.issues);
      return { household, issues };
    },
    finish() {
      const out = batch.finish();
      for (const [key, rows] of byId) {
        if (matched.has(key)) continue;
        for (const ref of rows) {
          const { spell, index } = ref;
          const masked = maskIdNumber(spell.idNumber.trim());
          const name = rowName(ref);
          out.push({
            code: unknownPersonRule.id,
            severity: unknownPersonRule.severity,
            path: `workSpells[${index}].idNumber`,
            message: { zh: `${name.zh}的证件号码 ${masked} 不属于所检查各户的任何成员`, en: `${name.en}: ID number ${masked} is no member of the households checked` },
            citations: citesOf(unknownPersonRule),
            values: { idNumber: masked, table: spell.table },
          });
        }
      }
      villages.forEach((v, i) => out.push(...checkVillage(v, i)));
      return out;
    },
  };
}

/** Runs steps as checkDataQuality does: dated steps need a status date; a missing parameter skips its step with a note. */
function runSteps(q: JoinedRun, steps: readonly QualityStep[]): void {
  for (const s of steps) {
    if (s.dated && q.statusDate === null) continue;
    try {
      s.run(q);
    } catch (e) {
      stepFailed(q, s, e);
    }
  }
}

/** A step that threw: a missing parameter is noted (`quality.skipped`), anything else thrown on. */
function stepFailed(q: QualityRun, s: QualityStep, e: unknown): void {
  if (!(e instanceof MissingParameterError)) throw e;
  const rule = s.checks[0]!;
  q.add(skippedRule, {
    path: '',
    message: { zh: `未运行检查“${rule.title.zh}”：配置 ${e.profileId} 在 ${e.on} 没有参数 ${e.parameter}`, en: `check "${rule.title.en}" not run: profile ${e.profileId} has no ${e.parameter} on ${e.on}` },
    values: { check: rule.id, parameter: e.parameter, on: e.on },
  });
}

/** The result of {@link checkTables}. */
export interface TablesResult {
  /** Each household's issues by 户编号, in input order (its own checks, then the tables' checks). */
  byHousehold: Map<string, QualityIssue[]>;
  /** Issues across households and of the tables themselves: duplicates, work rows of nobody, village rows. */
  crossHousehold: QualityIssue[];
}

/**
 * Checks households together with the export's other tables (see {@link createTableChecker}).
 *
 * @example
 * const r = checkTables({ households, workSpells, villages }, getProfile('national/2021'), { asOf: '2023-09-30' });
 * r.byHousehold.get('H1')  // H1's issues, with e.g. quality.work-spells.pupil-working
 * r.crossHousehold         // e.g. quality.work-spells.unknown-person, quality.village.delisted-field-missing
 */
export function checkTables(input: ExportTables & { households: Iterable<Household> }, profile: Profile, options: AssessmentOptions = {}): TablesResult {
  const checker = createTableChecker(input, profile, options);
  const byHousehold = new Map<string, QualityIssue[]>();
  for (const h of input.households) {
    const { issues } = checker.add(h);
    const prior = byHousehold.get(h.id);
    if (prior) prior.push(...issues);
    else byHousehold.set(h.id, issues);
  }
  return { byHousehold, crossHousehold: checker.finish() };
}
