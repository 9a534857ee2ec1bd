/**
 * Comparing two profiles (政策配置比较): the same households classified under two profiles, side by
 * side — who enters monitoring, who leaves, who changes category. The typical question: a county
 * raises its line from 6500 to 7000 yuan (a user profile extending `shandong/longkou/2021`); which
 * households change?
 *
 * Each household is classified by {@link classifyMonitoring} under both profiles (each at its own
 * as-of date unless one is given), so every difference is explained by the same findings a single
 * assessment gives. A profile that cannot decide (a fact missing, a parameter unset) makes the
 * change `undetermined` — never a guess.
 *
 * @module
 */
import type { Household, MonitoringCategory } from './model/household.js';
import { MONITORING_CATEGORIES, type Text } from './model/labels.js';
import { parseHousehold } from './model/parse.js';
import type { ValidationIssue } from './model/validation.js';
import type { Finding } from './explain/finding.js';
import type { Profile } from './profile/schema.js';
import { classifyMonitoring, type IdentificationOutcome } from './rules/identification/index.js';
import { incomeTestRule } from './rules/identification/income-test.js';
import { issueOfError, type ImportedRecordLike, type RecordSource } from './rescore/score.js';

/**
 * How a household's classification changes from profile `a` to profile `b`:
 * - `entered`: not a monitoring object under `a`, one under `b`;
 * - `left`: a monitoring object under `a`, not under `b`;
 * - `recategorised`: a monitoring object under both, in another category (A3);
 * - `unchanged`: the same answer under both;
 * - `to-verify`: under at least one profile the household is to be verified at the home visit (see `toVerify` of its side);
 * - `undetermined`: at least one profile cannot decide (see `missing` / `error` of its side).
 */
export type CategoryChange = 'entered' | 'left' | 'recategorised' | 'unchanged' | 'to-verify' | 'undetermined';

/** The classification of one household under one profile. */
export interface ComparisonSide {
  /** The identification outcome; `null` when the profile could not classify at all (see `error`). */
  outcome: IdentificationOutcome | null;
  /** Enters monitoring: `true`, `false`, or `null` when it is to verify or cannot be decided. */
  eligible: boolean | null;
  /** A3 category when eligible. */
  category: MonitoringCategory | null;
  /** The per-capita figure tested against the line (`A38` or `A34`), its value and the line, as 2-place strings. */
  figure: string | null;
  perCapita: string | null;
  line: string | null;
  /** Exclusions that removed the household (rule ids). */
  excludedBy: string[];
  /** What the record lacks when undetermined. */
  missing: string[];
  /** When to verify: the fields to verify at the home visit, and the category if they are verified. */
  toVerify: string[];
  provisionalCategory: MonitoringCategory | null;
  /** Why the profile could not classify the household at all (e.g. a parameter it leaves unset). */
  error?: ValidationIssue;
  /** The findings of the classification (only with `explain: true`). */
  findings?: Finding[];
}

/** One household compared. */
export interface ComparisonRow {
  /** The household's position in the input (from 0, or the importer's position). */
  position: number;
  /** 户编号. */
  householdId: string;
  a: ComparisonSide;
  b: ComparisonSide;
  change: CategoryChange;
  /** The change in words, e.g. `未纳入 → 边缘易致贫户（A34 6800.00 元；监测线 6500.00 → 7000.00 元）`. */
  message: Text;
  /** The rows of the input file (imported records only). */
  source?: RecordSource;
}

/** A record that could not be compared (it is not a valid household). */
export interface ComparisonRejection {
  position: number;
  householdId?: string;
  issues: ValidationIssue[];
  /** The rows of the input file (imported records only). */
  source?: RecordSource;
}

/** The state of a household under one profile, as counted in transitions. */
export type ComparisonState = MonitoringCategory | 'not-eligible' | 'to-verify' | 'undetermined';

/** The counts of a comparison. `households = compared + rejected`; the six changes sum to `compared`. */
export interface ComparisonCounts {
  households: number;
  compared: number;
  rejected: number;
  entered: number;
  left: number;
  recategorised: number;
  unchanged: number;
  'to-verify': number;
  undetermined: number;
  /** Households by `from→to` state, e.g. `{ 'not-eligible→marginal': 3 }`, keys sorted. */
  transitions: Record<string, number>;
}

/** The result of {@link compareProfiles}. Plain JSON. */
export interface ProfileComparison {
  profiles: { a: { id: string; hash: string }; b: { id: string; hash: string } };
  /** The as-of date used under each profile (`null`: none; each household then needs its own dates). */
  asOf: { a: string | null; b: string | null };
  /** The compared households kept (see `keep`), in input order. */
  rows: ComparisonRow[];
  rejected: ComparisonRejection[];
  counts: ComparisonCounts;
}

/** Options of {@link compareProfiles}. */
export interface CompareOptions {
  /** The as-of date under both profiles; default: each profile's `defaultAsOf`. */
  asOf?: string;
  /** Which rows the result keeps: every household (`'all'`, default), only those that change (`'changed'`), or none (`'none'`, counts only). */
  keep?: 'all' | 'changed' | 'none';
  /** Called with every compared row, in input order, whatever `keep` says (to stream rows out). */
  onRow?: (row: ComparisonRow) => void;
  /** Include each side's findings in the rows (default `false`). */
  explain?: boolean;
  /**
   * `'raw'` (default): each item is a household record (a parsed `Household` or what
   * `parseHousehold` accepts). `'imported'`: each item is a record from an importer
   * (`{ position, householdId, raw, problems }`); one with problems is rejected with them.
   */
  records?: 'raw' | 'imported';
}

/** The comparison states in words. */
export const COMPARISON_STATES: Readonly<Record<ComparisonState, Text>> = {
  unstable: MONITORING_CATEGORIES.unstable,
  marginal: MONITORING_CATEGORIES.marginal,
  'sudden-hardship': MONITORING_CATEGORIES['sudden-hardship'],
  'not-eligible': { zh: '未纳入', en: 'not monitored' },
  'to-verify': { zh: '待核实', en: 'to verify' },
  undetermined: { zh: '无法判定', en: 'undetermined' },
};

/**
 * The state of one side of a comparison: its category, `not-eligible`, `to-verify` or `undetermined`.
 *
 * @example
 * stateOf(row.a) // 'not-eligible'
 * stateOf(row.b) // 'marginal'
 */
export function stateOf(side: ComparisonSide): ComparisonState {
  if (side.eligible === true && side.category) return side.category;
  if (side.eligible === false) return 'not-eligible';
  if (side.outcome === 'to-verify') return 'to-verify';
  return 'undetermined';
}

function changeOf(a: ComparisonSide, b: ComparisonSide): CategoryChange {
  const sa = stateOf(a);
  const sb = stateOf(b);
  if (sa === 'undetermined' || sb === 'undetermined') return 'undetermined';
  if (sa === 'to-verify' || sb === 'to-verify') return 'to-verify';
  if (sa === sb) return 'unchanged';
  if (sa === 'not-eligible') return 'entered';
  if (sb === 'not-eligible') return 'left';
  return 'recategorised';
}

function sideOf(h: Household, profile: Profile, asOf: string | undefined, explain: boolean): ComparisonSide {
  try {
    const r = classifyMonitoring(h, profile, asOf === undefined ? {} : { asOf });
    const test = r.findings.find((f) => f.rule === incomeTestRule.id);
    const figure = typeof test?.values['figure'] === 'string' ? test.values['figure'] : null;
    const perCapita = figure && typeof test?.values[figure] === 'string' ? (test.values[figure] as string) : null;
    const line = typeof test?.values['line'] === 'string' ? test.values['line'] : null;
    const side: ComparisonSide = {
      outcome: r.outcome,
      eligible: r.eligible,
      category: r.category,
      figure,
      perCapita,
      line,
      excludedBy: r.excludedBy,
      missing: r.missing,
      toVerify: [...new Set(r.toVerify.flatMap((v) => v.facts.map((f) => f.field)))],
      provisionalCategory: r.provisionalCategory,
    };
    if (explain) side.findings = r.findings;
    return side;
  } catch (e) {
    return { outcome: null, eligible: null, category: null, figure: null, perCapita: null, line: null, excludedBy: [], missing: [], toVerify: [], provisionalCategory: null, error: issueOfError(e) };
  }
}

function messageOf(a: ComparisonSide, b: ComparisonSide): Text {
  const sa = COMPARISON_STATES[stateOf(a)];
  const sb = COMPARISON_STATES[stateOf(b)];
  const figure = a.figure === b.figure && a.perCapita === b.perCapita && a.figure && a.perCapita ? { zh: `${a.figure} ${a.perCapita} 元`, en: `${a.figure} ${a.perCapita} yuan` } : null;
  const line = a.line !== b.line ? { zh: `监测线 ${a.line ?? '未设定'} → ${b.line ?? '未设定'} 元`, en: `line ${a.line ?? 'unset'} → ${b.line ?? 'unset'} yuan` } : null;
  const why = [figure, line].filter((x): x is Text => x !== null);
  const errors = [a.error, b.error].filter((x): x is ValidationIssue => x !== undefined);
  const detail = {
    zh: [...why.map((w) => w.zh), ...errors.map((e) => e.message.zh)].join('；'),
    en: [...why.map((w) => w.en), ...errors.map((e) => e.message.en)].join('; '),
  };
  return {
    zh: `${sa.zh} → ${sb.zh}${detail.zh ? `（${detail.zh}）` : ''}`,
    en: `${sa.en} → ${sb.en}${detail.en ? ` (${detail.en})` : ''}`,
  };
}

function householdIdOf(raw: unknown): string | undefined {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : undefined;
}

/** Compares households one at a time; `finish` returns the result. */
class Comparison {
  private readonly rows: ComparisonRow[] = [];
  private readonly rejected: ComparisonRejection[] = [];
  private readonly counts: ComparisonCounts = { households: 0, compared: 0, rejected: 0, entered: 0, left: 0, recategorised: 0, unchanged: 0, 'to-verify': 0, undetermined: 0, transitions: {} };
  private index = 0;

  constructor(
    private readonly a: Profile,
    private readonly b: Profile,
    private readonly options: CompareOptions,
  ) {}

  add(item: unknown): void {
    let position = this.index++;
    let raw = item;
    let householdId: string | undefined;
    let source: RecordSource | undefined;
    this.counts.households++;
    if (this.options.records === 'imported') {
      const rec = item as ImportedRecordLike | null;
      if (!rec || typeof rec !== 'object' || !Array.isArray(rec.problems)) {
        this.reject(position, undefined, [{ path: '', code: 'unreadable', message: { zh: '导入记录格式不正确', en: 'malformed imported record' } }], undefined);
        return;
      }
      if (typeof rec.position === 'number') position = rec.position;
      raw = rec.raw;
      householdId = rec.householdId;
      source = rec.source;
      if (rec.problems.length > 0) {
        this.reject(position, householdId ?? householdIdOf(raw), [...rec.problems], source);
        return;
      }
    }
    const parsed = parseHousehold(raw);
    if (!parsed.ok) {
      this.reject(position, householdId ?? householdIdOf(raw), parsed.issues, source);
      return;
    }
    const h = parsed.household;
    const explain = this.options.explain === true;
    const a = sideOf(h, this.a, this.options.asOf, explain);
    const b = sideOf(h, this.b, this.options.asOf, explain);
    const row: ComparisonRow = { position, householdId: h.id, a, b, change: changeOf(a, b), message: messageOf(a, b) };
    if (source) row.source = source;
    this.counts.compared++;
    this.counts[row.change]++;
    const key = `${stateOf(a)}→${stateOf(b)}`;
    this.counts.transitions[key] = (this.counts.transitions[key] ?? 0) + 1;
    this.options.onRow?.(row);
    const keep = this.options.keep ?? 'all';
    if (keep === 'all' || (keep === 'changed' && row.change !== 'unchanged')) this.rows.push(row);
  }

  private reject(position: number, householdId: string | undefined, issues: ValidationIssue[], source?: RecordSource): void {
    this.counts.rejected++;
    const r: ComparisonRejection = { position, issues };
    if (householdId !== undefined) r.householdId = householdId;
    if (source) r.source = source;
    this.rejected.push(r);
  }

  finish(): ProfileComparison {
    const transitions = Object.fromEntries(Object.entries(this.counts.transitions).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    return {
      profiles: { a: { id: this.a.id, hash: this.a.hash }, b: { id: this.b.id, hash: this.b.hash } },
      asOf: { a: this.options.asOf ?? this.a.defaultAsOf?.value ?? null, b: this.options.asOf ?? this.b.defaultAsOf?.value ?? null },
      rows: this.rows,
      rejected: this.rejected,
      counts: { ...this.counts, transitions },
    };
  }
}

/**
 * Classifies every household under two profiles and reports, household by household, the category
 * under each and the change — `entered`, `left`, `recategorised`, `unchanged` or `undetermined` —
 * with counts. A record that is not a valid household is rejected with its issues (counted, never
 * dropped). Synchronous for an array or other iterable; a promise for an async iterable (a stream
 * of records from an importer).
 *
 * @example
 * const longkou = getProfile('shandong/longkou/2021');
 * const raised = defineProfile({ id: 'shandong/longkou/2021-7000', extends: 'shandong/longkou/2021', … });
 * const r = compareProfiles(households, longkou, raised, { asOf: '2021-06-30', keep: 'changed' });
 * r.counts.entered                 // households that enter monitoring at 7000
 * r.rows[0].message.zh             // '未纳入 → 边缘易致贫户（A38 6800.00 元；监测线 6500.00 → 7000.00 元）'
 */
export function compareProfiles(households: Iterable<unknown>, a: Profile, b: Profile, options?: CompareOptions): ProfileComparison;
export function compareProfiles(households: AsyncIterable<unknown>, a: Profile, b: Profile, options?: CompareOptions): Promise<ProfileComparison>;
export function compareProfiles(
  households: Iterable<unknown> | AsyncIterable<unknown>,
  a: Profile,
  b: Profile,
  options: CompareOptions = {},
): ProfileComparison | Promise<ProfileComparison> {
  const c = new Comparison(a, b, options);
  if (Symbol.asyncIterator in Object(households)) {
    return (async () => {
      for await (const item of households as AsyncIterable<unknown>) c.add(item);
      return c.finish();
    })();
  }
  for (const item of households as Iterable<unknown>) c.add(item);
  return c.finish();
}
