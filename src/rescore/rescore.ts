/**
 * Streaming re-scoring (批量重新评估): records in, outcomes out, nothing lost.
 *
 * A county holds 10^4–10^5 households, a province 10^6–10^7, the nation about 2×10^7. `rescore`
 * reads its source in batches, only as fast as its consumer takes outcomes (back-pressure), scores
 * each record — in the calling thread or in worker threads — and hands back every record as a
 * result or a rejection with its issues. A summary counts them as they pass, by category and by
 * village, so that `in = results + rejected` always.
 *
 * @module
 */
import type { AssessmentResult } from '../assess.js';
import type { Profile } from '../profile/schema.js';
import { calendarWith } from '../calendar/define.js';
import type { HolidayNotice } from '../calendar/notices.js';
import type { TableRow } from '../io/write.js';
import { checkBooleanOption, checkChoiceOption, checkCountOption, checkDateOption, checkOptionKeys, InvalidOptionError } from '../model/option-error.js';
import { IMPORTED_RECORDS, scoreRecord, type RescoreOutcome, type RescoreView, type Scored, type ScoreSettings, type ScoreShape, type ViewResult } from './score.js';
import { SummaryBuilder, type RescoreSummary } from './summary.js';
import { summaryProfile } from '../profile/supplied-lines.js';

/** Options of {@link rescore}. */
export interface RescoreOptions<V extends RescoreView = RescoreView> {
  /** The as-of date of every assessment (`YYYY-MM-DD`); default: the profile's `defaultAsOf`. */
  asOf?: string;
  /**
   * Worker threads. Default: one per core (`os.availableParallelism()`) where `node:os` and
   * `node:worker_threads` exist, else 1. `1` scores in the calling thread. A source that fits in
   * one batch is always scored in the calling thread (starting workers would cost more).
   */
  workers?: number;
  /** Records per batch (default 256). A worker scores a batch at a time. */
  batchSize?: number;
  /**
   * `true` (default): outcomes come in source order. `false`: batches come as they finish (each
   * outcome still carries its position); a little faster with several workers.
   */
  ordered?: boolean;
  /**
   * `'full'` (default): results with their findings (the explanation). `'compact'`: results with
   * every `findings` array removed — for bulk output that does not write explanations; about a
   * tenth of the size, so much cheaper to bring back from workers.
   */
  view?: V;
  /**
   * `'raw'`: each item is a household record (what `parseHousehold` accepts); its position is its
   * index from 0. `'imported'`: each item is a record from an importer (`{ position, source,
   * householdId, raw, problems }`); one with problems is rejected with them. Default: `'imported'`
   * for the stream `readRecords` returns, else `'raw'`.
   */
  records?: 'raw' | 'imported';
  /** State Council holiday notices added to the calendar shipped (see `AssessmentOptions.holidays`). */
  holidays?: readonly HolidayNotice[];
}

/** A re-scoring run: iterate it once (outcome by outcome, or batch by batch), then read its summary. */
export interface RescoreRun<R = AssessmentResult> extends AsyncIterable<RescoreOutcome<R>> {
  /**
   * The outcomes in batches (arrays in source order unless `ordered: false`): the same outcomes as
   * iterating the run, with less overhead per record. A run is iterated once, one way or the other.
   */
  batches(): AsyncIterable<RescoreOutcome<R>[]>;
  /** The counts so far; `complete` is `true` once every record has been handed out. */
  summary(): RescoreSummary;
}

const DEFAULT_BATCH = 256;

async function defaultWorkers(): Promise<number> {
  try {
    const os = await import('node:os');
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  } catch {
    return 1;
  }
}

async function* batchesOf(source: AsyncIterable<unknown> | Iterable<unknown>, size: number): AsyncGenerator<unknown[]> {
  let batch: unknown[] = [];
  if (Symbol.asyncIterator in Object(source)) {
    for await (const item of source as AsyncIterable<unknown>) {
      batch.push(item);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  } else {
    for (const item of source as Iterable<unknown>) {
      batch.push(item);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Re-scores a stream of household records under a profile. Every record comes out once, as a
 * result or as a rejection with its issues (a record that fails validation, or whose assessment
 * throws — e.g. a parameter the profile leaves unset — is rejected; the run goes on). Memory stays
 * flat whatever the length of the source: it is read a few batches ahead of the consumer.
 *
 * The summary (`run.summary()`) counts records in, results and rejections, by category and by
 * village (the table of 榕晋乡振〔2023〕12号 附件2); call it after iterating for the final counts.
 *
 * @example
 * const run = rescore(records, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
 * for await (const o of run) {
 *   if (o.ok) console.log(o.position, o.result.income.perCapitaReferenceIncome);
 *   else console.log(o.position, o.issues.map((i) => i.message.zh));
 * }
 * const s = run.summary(); // s.in === s.results + s.rejected
 */
export function rescore<V extends RescoreView = 'full'>(
  source: AsyncIterable<unknown> | Iterable<unknown>,
  profile: Profile,
  options: RescoreOptions<V> = {},
): RescoreRun<ViewResult<V>> {
  return startRun<ViewResult<V>>(source, profile, options, options.view ?? 'full');
}

/**
 * Like {@link rescore}, but each result is the household's result row (the importer's default
 * result columns, src/io/columns.ts), made where the household is scored: in worker threads only
 * the flat row crosses back to the writing thread. For the CLI.
 *
 * @example
 * const run = rescoreRows(readRecords('village.csv'), getProfile('fujian/jinan/2023'), { records: 'imported', language: 'zh' });
 * for await (const batch of run.batches()) write(batch);
 */
export function rescoreRows(
  source: AsyncIterable<unknown> | Iterable<unknown>,
  profile: Profile,
  options: Omit<RescoreOptions, 'view'> & { language?: 'zh' | 'en' } = {},
): RescoreRun<TableRow> {
  return startRun<TableRow>(source, profile, options, options.language === 'en' ? 'row-en' : 'row-zh');
}

const RESCORE_OPTION_KEYS = ['asOf', 'workers', 'batchSize', 'ordered', 'view', 'records', 'language', 'holidays'];

/** Checks rescore's options up front (an InvalidOptionError names the option), so a bad one never rejects every record. */
function checkRescoreOptions(source: unknown, options: unknown): void {
  checkOptionKeys(options, RESCORE_OPTION_KEYS);
  const o = (options ?? {}) as Record<string, unknown>;
  checkDateOption('asOf', o.asOf);
  checkCountOption('workers', o.workers);
  checkCountOption('batchSize', o.batchSize);
  checkBooleanOption('ordered', o.ordered);
  checkChoiceOption('view', o.view, ['full', 'compact']);
  checkChoiceOption('records', o.records, ['raw', 'imported']);
  checkChoiceOption('language', o.language, ['zh', 'en']);
  if (o.records === 'raw' && isImportedStream(source)) {
    throw new InvalidOptionError('records', {
      zh: "来源是导入程序的记录（readRecords 的结果）：应为 'imported'（或不给出）",
      en: "the source is an importer's records (what readRecords returns): use 'imported' (or leave it out)",
    });
  }
}

function isImportedStream(source: unknown): boolean {
  return !!source && typeof source === 'object' && (source as Record<symbol, unknown>)[IMPORTED_RECORDS] === true;
}

function startRun<R>(source: AsyncIterable<unknown> | Iterable<unknown>, profile: Profile, options: Omit<RescoreOptions, 'view'>, view: ScoreShape): RescoreRun<R> {
  checkRescoreOptions(source, options);
  const settings: ScoreSettings = { view, records: options.records ?? (isImportedStream(source) ? 'imported' : 'raw') };
  if (options.asOf !== undefined) settings.asOf = options.asOf;
  if (options.holidays !== undefined) {
    calendarWith(options.holidays); // checked once, here: an invalid list is an InvalidOptionError before any record is read
    settings.holidays = options.holidays;
  }
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  const ordered = options.ordered ?? true;
  const summary = new SummaryBuilder(summaryProfile(profile), options.asOf ?? profile.defaultAsOf?.value ?? null);
  let complete = false;
  let started = false;

  const take = (scored: Scored[]): RescoreOutcome<R>[] => {
    const out = new Array<RescoreOutcome<R>>(scored.length);
    for (let i = 0; i < scored.length; i++) {
      summary.add(scored[i]!.tally);
      out[i] = scored[i]!.outcome as RescoreOutcome<R>;
    }
    return out;
  };

  const scoreHere = (items: unknown[], base: number): Scored[] => items.map((item, i) => scoreRecord(item, base + i, profile, settings));

  async function* run(): AsyncGenerator<RescoreOutcome<R>[]> {
    const input = batchesOf(source, batchSize);
    let base = 0;
    try {
      const workers = Math.max(1, Math.floor(options.workers ?? (await defaultWorkers())));
      const first = await input.next();
      if (first.done) {
        complete = true;
        return;
      }
      const second = workers > 1 ? await input.next() : undefined;
      if (!second || second.done) {
        // In the calling thread.
        yield take(scoreHere(first.value, base));
        base += first.value.length;
        if (!second) {
          for await (const batch of input) {
            yield take(scoreHere(batch, base));
            base += batch.length;
          }
        }
        complete = true;
        return;
      }

      const { createPool } = await import('./pool.js');
      const pool = await createPool(workers, profile, settings);
      if (!pool) {
        // No worker threads here: score in the calling thread.
        for (const b of [first.value, second.value]) {
          yield take(scoreHere(b, base));
          base += b.length;
        }
        for await (const batch of input) {
          yield take(scoreHere(batch, base));
          base += batch.length;
        }
        complete = true;
        return;
      }

      try {
        const limit = workers * 2;
        const inFlight = new Map<number, Promise<[number, Scored[]]>>();
        let nextSeq = 0;
        let nextOut = 0;
        const send = (items: unknown[]) => {
          const seq = nextSeq++;
          const done = pool!.run(items, base).then((s) => [seq, s] as [number, Scored[]]);
          done.catch(() => {}); // awaited below, in turn; never an unhandled rejection meanwhile
          inFlight.set(seq, done);
          base += items.length;
        };
        send(first.value);
        send(second.value);
        let exhausted = false;
        for (;;) {
          while (!exhausted && inFlight.size < limit) {
            const next = await input.next();
            if (next.done) exhausted = true;
            else send(next.value);
          }
          if (inFlight.size === 0) break;
          let seq: number;
          let scored: Scored[];
          if (ordered) {
            [seq, scored] = await inFlight.get(nextOut)!;
            nextOut++;
          } else {
            [seq, scored] = await Promise.race(inFlight.values());
          }
          inFlight.delete(seq);
          yield take(scored);
        }
        complete = true;
      } finally {
        await pool.close();
      }
    } finally {
      await input.return(undefined);
    }
  }

  const claim = () => {
    if (started) throw new Error('rescore: a run can be iterated only once');
    started = true;
    return run();
  };

  return {
    batches: () => ({ [Symbol.asyncIterator]: claim }),
    async *[Symbol.asyncIterator]() {
      for await (const batch of claim()) yield* batch;
    },
    summary: () => summary.snapshot(complete),
  };
}
