/**
 * Scoring one record of a batch (逐户评估): validate, assess, and turn anything that goes wrong into
 * a rejection with its issues — a record never stops the batch. Pure: the same function runs in
 * the calling thread and in worker threads, so outcomes are identical either way.
 *
 * @module
 */
import { assessForRow, assessHousehold, type AssessmentResult, type RowAssessment } from '../assess.js';
import { maskIdNumbersInText } from '../explain/mask.js';
import type { Household } from '../model/household.js';
import type { HolidayNotice } from '../calendar/notices.js';
import type { AssessmentOptions } from '../facts/context.js';
import { parseHousehold } from '../model/parse.js';
import { vouchedHousehold } from '../io/vouched.js';
import type { ValidationIssue } from '../model/validation.js';
import { MissingParameterError } from '../profile/errors.js';
import type { Profile } from '../profile/schema.js';
import { householdRow } from './row.js';
import { regionKey, type SummaryCategory, type Tally } from './summary.js';
import { factKey, recordedStateOf } from '../present/result-labels.js';

/** Where a record came from in its file (rows counted from 1, as a spreadsheet shows them). */
export interface RecordSource {
  rows: number[];
}

/**
 * A record as an importer hands it over (`readRecords` in the CLI's importers): its position, the
 * rows it came from, the raw household, and problems found while reading it. A record with
 * problems is rejected with them, without assessment.
 */
export interface ImportedRecordLike {
  position: number;
  source?: RecordSource;
  householdId?: string;
  raw?: unknown;
  problems: readonly ValidationIssue[];
}

/** How much of each result a run hands back. */
export type RescoreView = 'full' | 'compact';

/** A result with every `findings` array removed (the `compact` view). */
export type Compact<T> = T extends readonly (infer U)[]
  ? Compact<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'findings' ? never : K]: Compact<T[K]> }
    : T;

/** The result type of a view. */
export type ViewResult<V extends RescoreView> = V extends 'compact' ? Compact<AssessmentResult> : AssessmentResult;

/** A record that was scored. */
export interface RescoreResult<R = AssessmentResult> {
  /** The record's position in the source: its index counting from 0, or the importer's `position`. */
  position: number;
  ok: true;
  /** 户编号. */
  householdId: string;
  /** 家庭住址 as recorded (province … village), for grouping and joining results; absent when not recorded. */
  region?: Household['region'];
  result: R;
  /** The rows of the input file (imported records only). */
  source?: RecordSource;
}

/** A record that was not scored, and why. Messages never contain an unmasked ID number. */
export interface RescoreRejection {
  position: number;
  ok: false;
  /** 户编号, when the record has a readable one. */
  householdId?: string;
  issues: ValidationIssue[];
  source?: RecordSource;
}

/** One outcome of a re-scoring run: a result or a rejection, never neither. */
export type RescoreOutcome<R = AssessmentResult> = RescoreResult<R> | RescoreRejection;

/**
 * What a run hands back for a scored record: a public view, or (for the CLI) the result row in
 * Chinese or English (src/rescore/row.ts), or — for the CLI's line writer (src/rescore/result-line.ts) —
 * the {@link RowAssessment} a line is written from. The rows and the line are made from the reduced
 * assessment (`assessForRow`: data-quality issues counted, not built; no procedure), the public views
 * from the whole one.
 */
export type ScoreShape = RescoreView | 'row-zh' | 'row-en' | 'line';

/** The settings every record of a run is scored with. Plain data: it is sent to worker threads. */
export interface ScoreSettings {
  asOf?: string;
  /**
   * `false`: assess in lean mode (`AssessmentOptions.explain: false`) — the same decisions, no
   * findings built. For result rows, which never show findings. Default: explained.
   */
  explain?: boolean;
  view: ScoreShape;
  /** `'imported'`: items are {@link ImportedRecordLike}; `'raw'`: items are household records. */
  records: 'raw' | 'imported';
  /**
   * Internal to the CLI's pipeline (src/cli/pipeline/processor.ts): the imported records come straight
   * from this thread's CSV chunk reader, no other code in between, so a household the reader vouched
   * for (src/io/vouched.ts) is scored without parsing it again. Unset everywhere else: records a
   * caller has held — and may have edited — are always parsed.
   */
  fromChunkReader?: boolean;
  /** Holiday notices added to the calendar shipped (`AssessmentOptions.holidays`). */
  holidays?: readonly HolidayNotice[];
}

/**
 * The assessment options of a run's settings: the same object for every record scored with the same
 * settings object, while its as-of date, explain flag and holidays stay the same (so the plan of
 * (profile, options) is found at once, src/facts/plan.ts).
 */
function assessmentOptionsOf(settings: ScoreSettings): AssessmentOptions {
  const kept = OPTIONS_OF.get(settings);
  if (kept !== undefined && kept.asOf === settings.asOf && kept.explain === settings.explain && kept.holidays === settings.holidays) return kept.options;
  const options = Object.freeze(newAssessmentOptions(settings));
  OPTIONS_OF.set(settings, { asOf: settings.asOf, explain: settings.explain, holidays: settings.holidays, options });
  return options;
}

/** The options made for a settings object, with the values they were made from. */
const OPTIONS_OF = new WeakMap<ScoreSettings, { asOf: string | undefined; explain: boolean | undefined; holidays: readonly HolidayNotice[] | undefined; options: AssessmentOptions }>();

function newAssessmentOptions(settings: ScoreSettings): AssessmentOptions {
  const o: AssessmentOptions = {};
  if (settings.asOf !== undefined) o.asOf = settings.asOf;
  if (settings.explain === false) o.explain = false;
  if (settings.holidays !== undefined) o.holidays = settings.holidays;
  return o;
}

/** An outcome with what the summary needs to know of it. */
export interface Scored {
  outcome: RescoreOutcome<unknown>;
  tally: Tally;
}

/**
 * Removes every `findings` array, recursively (a fresh object; the input is not modified): a
 * result's decisions without their explanations.
 *
 * @example
 * compact(assessHousehold(h, profile)).monitoring // { eligible: true, category: 'marginal', excludedBy: [], … } — no findings
 */
export function compact<T>(value: T): Compact<T> {
  if (Array.isArray(value)) return value.map(compact) as Compact<T>;
  if (value === null || typeof value !== 'object') return value as Compact<T>;
  const out: Record<string, unknown> = {};
  for (const k in value) {
    if (k === 'findings') continue;
    out[k] = compact((value as Record<string, unknown>)[k]);
  }
  return out as Compact<T>;
}

/**
 * The bucket of a result for the summary: its monitoring category when identified, `to-verify` when
 * facts are to be verified at the home visit, `not-eligible` when not identified, `undetermined`
 * otherwise (the record lacks something, or an assessment without an identification step).
 *
 * @example
 * categoryOf({ monitoring: { outcome: 'not-identified', eligible: false, category: null } }) // 'not-eligible'
 */
export function categoryOf(result: unknown): SummaryCategory {
  const m = (result as { monitoring?: { outcome?: string; eligible?: boolean | null; category?: string | null } | null }).monitoring;
  if (!m) return 'undetermined';
  if (m.eligible === true && (m.category === 'unstable' || m.category === 'marginal' || m.category === 'sudden-hardship')) return m.category;
  if (m.eligible === false) return 'not-eligible';
  if (m.outcome === 'to-verify') return 'to-verify';
  return 'undetermined';
}

function householdIdOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object') {
    const id = (raw as { id?: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
    if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  }
  return undefined;
}

function regionOfRaw(raw: unknown): string {
  try {
    return raw && typeof raw === 'object' ? regionKey((raw as { region?: unknown }).region) : '';
  } catch {
    return '';
  }
}

/**
 * The issue a record gets when assessing it throws: `missing_parameter` naming the parameter, or
 * `assessment_failed` with the error's message (ID numbers masked).
 *
 * @example
 * issueOfError(new Error('boom')).code // 'assessment_failed'
 */
export function issueOfError(error: unknown): ValidationIssue {
  if (error instanceof MissingParameterError || (error instanceof Error && error.name === 'MissingParameterError')) {
    const e = error as MissingParameterError;
    return {
      path: '',
      code: 'missing_parameter',
      message: {
        zh: `政策配置 ${e.profileId} 在 ${e.on} 没有参数 "${e.parameter}" 的有效取值${e.reason ? `（${e.reason.zh}）` : ''}；请派生配置并提供该参数及出处`,
        en: `profile ${e.profileId} has no value of "${e.parameter}" in force on ${e.on}${e.reason ? ` (${e.reason.en})` : ''}; derive a profile that supplies it with its source`,
      },
    };
  }
  const text = maskIdNumbersInText(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  return { path: '', code: 'assessment_failed', message: { zh: `评估出错：${text}`, en: `assessment failed: ${text}` } };
}

function reject(position: number, raw: unknown, issues: ValidationIssue[], source: RecordSource | undefined, householdId: string | undefined): Scored {
  const outcome: RescoreRejection = { position, ok: false, issues };
  const id = householdId ?? householdIdOf(raw);
  if (id !== undefined) outcome.householdId = id;
  if (source) outcome.source = source;
  return { outcome, tally: { region: regionOfRaw(raw), category: null, povertyAlleviated: false, codes: [...new Set(issues.map((i) => i.code))] } };
}

export { IMPORTED_RECORDS } from '../io/imported.js';

/** Whether an item handed in as a household record is in fact an importer's record. */
function looksImported(item: unknown): boolean {
  if (!item || typeof item !== 'object') return false;
  const r = item as Record<string, unknown>;
  return Array.isArray(r.problems) && typeof r.position === 'number' && !!r.source && typeof r.source === 'object' && !('members' in r);
}

/**
 * Scores one record: parses it, assesses it under the profile, and reports a result or a
 * rejection. Never throws.
 *
 * @example
 * const { outcome } = scoreRecord(record, 0, getProfile('fujian/jinan/2023'), { view: 'full', records: 'raw', asOf: '2023-12-15' });
 * if (!outcome.ok) console.log(outcome.issues);
 */
export function scoreRecord(item: unknown, index: number, profile: Profile, settings: ScoreSettings): Scored {
  let raw = item;
  let position = index;
  let source: RecordSource | undefined;
  let householdId: string | undefined;
  if (settings.records === 'imported') {
    const rec = item as ImportedRecordLike | null;
    if (!rec || typeof rec !== 'object' || !Array.isArray(rec.problems)) {
      return reject(index, undefined, [{ path: '', code: 'unreadable', message: { zh: '导入记录格式不正确', en: 'malformed imported record' } }], undefined, undefined);
    }
    raw = rec.raw;
    if (typeof rec.position === 'number') position = rec.position;
    if (rec.source) source = rec.source;
    if (rec.householdId !== undefined) householdId = rec.householdId;
    if (rec.problems.length > 0) return reject(position, raw, [...rec.problems], source, householdId);
  }
  if (settings.records === 'raw' && looksImported(item)) {
    const rec = item as ImportedRecordLike;
    return reject(
      index,
      rec.raw,
      [
        {
          path: '',
          code: 'imported_record',
          message: {
            zh: "这是导入程序的记录（{ position, source, raw, problems }），不是户记录：请用 rescore(…, { records: 'imported' }) 评估",
            en: "this is an importer's record ({ position, source, raw, problems }), not a household: rescore it with records: 'imported'",
          },
        },
      ],
      rec.source,
      rec.householdId,
    );
  }
  // A household the CSV importer built and vouched for is already validated (src/io/vouched.ts) —
  // trusted only inside the CLI's pipeline, where no caller code sits between reading and scoring;
  // any other record is parsed.
  let h = settings.records === 'imported' && settings.fromChunkReader === true ? vouchedHousehold(raw) : undefined;
  if (h === undefined) {
    const parsed = parseHousehold(raw);
    if (!parsed.ok) return reject(position, raw, parsed.issues, source, householdId);
    h = parsed.household;
  }
  const view = settings.view;
  // A row or a line shows only what the reduced assessment keeps (a property test holds them equal).
  const whole = view === 'full' || view === 'compact';
  let result: AssessmentResult | RowAssessment;
  try {
    result = whole ? assessHousehold(h, profile, assessmentOptionsOf(settings)) : assessForRow(h, profile, assessmentOptionsOf(settings));
  } catch (error) {
    return reject(position, raw, [issueOfError(error)], source, householdId ?? h.id);
  }
  const shaped = view === 'full' || view === 'line' ? result : view === 'compact' ? compact(result as AssessmentResult) : householdRow(h, result, view === 'row-en' ? 'en' : 'zh');
  const outcome: RescoreResult<unknown> = { position, ok: true, householdId: h.id, result: shaped };
  if (h.region) outcome.region = h.region;
  if (source) outcome.source = source;
  return { outcome, tally: tallyOf(h, result) };
}

function distinctKeys(fields: Iterable<string>): string[] | undefined {
  const keys = new Set<string>();
  for (const f of fields) keys.add(factKey(f));
  return keys.size > 0 ? [...keys] : undefined;
}

/**
 * What the summary counts of a scored household: its village, bucket, whether it is a 脱贫户, what the
 * export records about it, and — when to verify or undetermined — the facts named.
 *
 * @example
 * tallyOf(h, assessHousehold(h, profile)) // { region: '…', category: 'to-verify', povertyAlleviated: false, recorded: 'not-monitored', facts: ['riskTypes'] }
 */
export function tallyOf(h: Household, result: { monitoring: Pick<AssessmentResult['monitoring'], 'outcome' | 'eligible' | 'category' | 'missing'> & { toVerify: readonly { facts: readonly { field: string }[] }[] } }): Tally {
  const category = categoryOf(result);
  const tally: Tally = { region: regionKey(h.region), category, povertyAlleviated: h.povertyAlleviated, recorded: recordedStateOf(h) };
  const m = result.monitoring;
  if (category === 'to-verify') {
    const facts = distinctKeys(m.toVerify.flatMap((v) => v.facts.map((f) => f.field)));
    if (facts) tally.facts = facts;
  } else if (category === 'undetermined') {
    const missing = distinctKeys(m.missing);
    if (missing) tally.missing = missing;
  }
  return tally;
}
