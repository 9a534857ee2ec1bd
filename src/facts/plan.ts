/**
 * 评估计划 — what one (profile, options) pair decides once for every household assessed with it:
 * whether findings are built, and the assessment context (as-of date → income period → parameter
 * date, src/facts/context.ts) for each discovery date met. An annual period does not depend on the
 * household at all; a rolling one depends on its discovery date, so the context is kept per
 * discovery date. The parameter values each date reads are compiled in src/profile/lookup.ts (per
 * profile and date), so no household scans a dated history.
 *
 * A plan is cached per profile object in a WeakMap (a profile is deep-frozen by `defineProfile`: what
 * was decided for it stays true while it lives) and, within it, per as-of date, explain flag and
 * holiday list. Nothing here reads a clock; the contexts it hands out are frozen and shared.
 *
 * @module
 */
import type { CalendarDate } from '../model/calendar-date.js';
import type { HolidayNotice } from '../calendar/notices.js';
import type { Profile } from '../profile/schema.js';
import type { AssessmentOptions } from '../kernel/options.js';
import { copyFinding, type Finding } from '../explain/finding.js';
import { decideContext, explainContext, type DecidedContext } from './context.js';
import { incomeLookups, type IncomeLookups } from './income.js';

/** How many discovery dates a plan keeps a context for before it starts afresh. */
const MAX_CONTEXTS = 4096;

/** The key of a household with no discovery date (or assessed without it) in a plan's context table. */
const NO_DISCOVERY = '';

function freezeContext(c: DecidedContext): DecidedContext {
  if (c.period) Object.freeze(c.period);
  Object.freeze(c.missing);
  return Object.freeze(c);
}

/**
 * The compiled part of an assessment under one profile and one set of options.
 *
 * @example
 * const plan = planFor(getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false });
 * plan.context(undefined).period // { from: '2022-10-01', to: '2023-09-30', kind: 'annual' }
 * plan === planFor(getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false }) // true
 */
export class AssessmentPlan {
  /** Build findings (`true`, the default) or only decide (`explain: false`). */
  readonly explain: boolean;
  private readonly contexts = new Map<string, DecidedContext>();

  constructor(
    readonly profile: Profile,
    /** The options the plan was compiled for (the first caller's object; the same values). */
    readonly options: AssessmentOptions,
  ) {
    this.explain = options.explain !== false;
  }

  /** The decided context for a discovery date (`undefined`: none on record, or assessed without it). Frozen, shared. */
  context(discoveredOn: CalendarDate | undefined): DecidedContext {
    const key = discoveredOn ?? NO_DISCOVERY;
    let c = this.contexts.get(key);
    if (c === undefined) {
      if (this.contexts.size >= MAX_CONTEXTS) this.contexts.clear();
      c = freezeContext(decideContext(discoveredOn, this.profile, this.options));
      this.contexts.set(key, c);
    }
    return c;
  }

  /** The last context asked for its income look-ups, and its look-ups (a batch's households share one context or a few). */
  private lookupsOf: DecidedContext | undefined;
  private lookups: IncomeLookups | undefined;

  /**
   * The parameters the income facts read for a context of this plan ({@link incomeLookups}): looked
   * up once while households of the same context follow one another, not once a household. A look-up
   * that throws (`MissingParameterError`) is not kept: every household throws the same error.
   *
   * @example
   * const plan = planFor(getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false });
   * plan.incomeLookups(plan.context(undefined)) // deep-equals incomeLookups(plan.profile, plan.context(undefined))
   */
  incomeLookups(c: DecidedContext): IncomeLookups {
    if (c === this.lookupsOf) return this.lookups!;
    const l = incomeLookups(this.profile, c);
    this.lookupsOf = c;
    this.lookups = l;
    return l;
  }

  private readonly periodFindings = new WeakMap<DecidedContext, Finding>();

  /**
   * The finding that explains a context's period ({@link explainContext}), built once per context
   * of this plan and handed out as a fresh copy each call (a result is the caller's to keep).
   *
   * @example
   * const plan = planFor(getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
   * plan.periodFinding(plan.context(undefined)) // deep-equals explainContext(plan.context(undefined), plan.profile)
   */
  periodFinding(c: DecidedContext): Finding {
    let f = this.periodFindings.get(c);
    if (f === undefined) {
      f = explainContext(c, this.profile);
      this.periodFindings.set(c, f);
    }
    return copyFinding(f);
  }
}

/** Plans by explain flag, then as-of date (`''` for the profile's default). */
interface PlansByAsOf {
  lean: Map<string, AssessmentPlan>;
  explained: Map<string, AssessmentPlan>;
}

interface PlansOfProfile {
  /** Without holidays. */
  plain: PlansByAsOf;
  /** With holidays: by the holiday list (the same array object for a whole run). */
  withHolidays: WeakMap<readonly HolidayNotice[], PlansByAsOf>;
}

const plansByAsOf = (): PlansByAsOf => ({ lean: new Map(), explained: new Map() });

const PLANS = new WeakMap<Profile, PlansOfProfile>();

/**
 * The plan for a profile and (checked) options: compiled on first use, then the same object for the
 * same profile object, as-of date, explain flag and holiday list. A profile that is not frozen (built
 * by hand rather than by `defineProfile`) gets a fresh plan each call.
 *
 * @example
 * planFor(getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' }).explain // true
 */
export function planFor(profile: Profile, options: AssessmentOptions): AssessmentPlan {
  // A batch asks with the same profile and options household after household: the last answer, while
  // the options object still holds the same values (a caller may change it between calls).
  const last = LAST;
  if (last !== undefined && last.profile === profile && last.options === options && last.asOf === options.asOf && last.explain === options.explain && last.holidays === options.holidays) return last.plan;
  if (!Object.isFrozen(profile)) return new AssessmentPlan(profile, options);
  let plans = PLANS.get(profile);
  if (plans === undefined) {
    plans = { plain: plansByAsOf(), withHolidays: new WeakMap() };
    PLANS.set(profile, plans);
  }
  let byAsOf = plans.plain;
  const holidays = options.holidays;
  if (holidays !== undefined) {
    let t = plans.withHolidays.get(holidays);
    if (t === undefined) {
      t = plansByAsOf();
      plans.withHolidays.set(holidays, t);
    }
    byAsOf = t;
  }
  const table = options.explain === false ? byAsOf.lean : byAsOf.explained;
  const key = options.asOf ?? '';
  let plan = table.get(key);
  if (plan === undefined) {
    plan = new AssessmentPlan(profile, { ...options });
    table.set(key, plan);
  }
  LAST = { profile, options, asOf: options.asOf, explain: options.explain, holidays: options.holidays, plan };
  return plan;
}

/**
 * The last plan handed out by {@link planFor}, with the profile, the options object and the values it
 * was asked with. Module state, but only a memo of a pure look-up: the same answer the tables give.
 */
let LAST: { profile: Profile; options: AssessmentOptions; asOf: string | undefined; explain: boolean | undefined; holidays: readonly HolidayNotice[] | undefined; plan: AssessmentPlan } | undefined;
