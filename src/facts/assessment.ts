/**
 * 共同事实 — what one assessment works out once and every layer shares: the context (as-of date,
 * income period, parameter date), the exact income figures, the members on record, and whether the
 * caller asked for the explanation.
 *
 * Each public layer function (`computeIncome`, `classifyMonitoring`, …) builds its own facts;
 * `assessHousehold` builds them once and hands them to every layer, so the answers are the same
 * either way. Everything is computed on first use and at most once; nothing here reads a clock or
 * keeps state beyond the assessment. The options are checked first (`InvalidOptionError`).
 *
 * @module
 */
import type { CalendarDate } from '../model/calendar-date.js';
import type { Household, Member } from '../model/household.js';
import { memberPresentOn } from './member.js';
import type { Finding } from '../explain/finding.js';
import type { Profile } from '../profile/schema.js';
import { decideContext, explainContext, type AssessmentOptions, type DecidedContext } from './context.js';
import { planFor, type AssessmentPlan } from './plan.js';
import { householdMoney, incomeFacts, itemisedSums, type HouseholdMoney, type IncomeFacts, type ItemisedSums } from './income.js';
import { checkAssessmentOptions } from '../kernel/options.js';
import type { IdNumberInfo } from '../model/id-number.js';
import { agesAt, idNumbersOf, memberAgeAt, memberIdNumber, presenceAt, THROWS, type Worked } from './member-facts.js';

/** A member on record, with its row index (for field paths such as `members[2].labour`). */
export interface MemberOnRecord {
  member: Member;
  index: number;
}

/**
 * The facts one assessment shares.
 *
 * @example
 * const f = new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' });
 * f.context.period   // { from: '2022-10-01', to: '2023-09-30', kind: 'annual' }
 * f.income().size    // 3
 */
export class AssessmentFacts {
  /** Build findings (`true`, the default) or only decide (`explain: false`). */
  readonly explain: boolean;
  readonly context: DecidedContext;
  private incomeMemo: IncomeFacts | undefined;
  private moneyMemo: HouseholdMoney | undefined;
  private itemisedMemo: ItemisedSums | undefined;
  private countedMemo: MemberOnRecord[] | undefined;
  private presentDate: CalendarDate | null | undefined;
  private presentMemo: Member[] | undefined;
  private eliminationMemo: AssessmentFacts | undefined;
  private idsMemo: Worked<IdNumberInfo | null>[] | undefined;
  private agesMemo: Worked<number | null>[] | undefined;
  private presenceMemo: Worked<boolean>[] | undefined;

  constructor(
    readonly h: Household,
    readonly profile: Profile,
    readonly options: AssessmentOptions = {},
    /** Assess as of the as-of date alone, without the household's discovery date (elimination reviews). */
    withoutDiscovery = false,
    /**
     * The compiled plan of (profile, options) (src/facts/plan.ts): the context comes from it, decided
     * once per discovery date. `null`: decide the context afresh (the interpreted path, the plan's
     * oracle in the tests). Default: the cached plan.
     */
    plan?: AssessmentPlan | null,
  ) {
    checkAssessmentOptions(options);
    this.explain = options.explain !== false;
    const discoveredOn = withoutDiscovery ? undefined : h.discoveredOn;
    if (plan === null) {
      this.planned = null;
      this.context = decideContext(discoveredOn, profile, options);
    } else {
      this.planned = plan ?? planFor(profile, options);
      this.context = this.planned.context(discoveredOn);
    }
  }

  /** The plan the context came from; `null` on the interpreted path. */
  private readonly planned: AssessmentPlan | null;

  /** The status date (状态类指标取值时点): the end of the income period; `null` when unknown. */
  get statusDate(): CalendarDate | null {
    return this.context.period?.to ?? null;
  }

  /** The as-of date, or without one the status date: the date a birth date may not be after. */
  get referenceDate(): CalendarDate | null {
    return this.context.asOf ?? this.context.period?.to ?? null;
  }

  /**
   * Every member's parsed ID number, read with the {@link referenceDate} (`null`: none recorded), in row
   * order — made once for the assessment, in one loop, on the first read (src/facts/member-facts.ts). An
   * entry may be `THROWS`: read that member with {@link memberId} (which throws as the direct reading does).
   */
  memberIds(): readonly Worked<IdNumberInfo | null>[] {
    return (this.idsMemo ??= idNumbersOf(this.h.members, this.referenceDate));
  }

  /** Member `i`'s parsed ID number ({@link memberIds}). */
  memberId(i: number): IdNumberInfo | null {
    const v = this.memberIds()[i];
    return v === THROWS || v === undefined ? memberIdNumber(this.h.members[i]!, this.referenceDate) : v;
  }

  /**
   * Every member's age in whole years at the {@link statusDate} (`null`: unknown — no date, no birth date,
   * born after it), in row order — made once for the assessment, in one loop, on the first read. An entry
   * may be `THROWS`: read that member with {@link memberAgeAtStatus}.
   */
  memberAges(): readonly Worked<number | null>[] {
    return (this.agesMemo ??= agesAt(this.h.members, this.statusDate, this.idsMemo));
  }

  /** Member `i`'s age at the status date ({@link memberAges}). */
  memberAgeAtStatus(i: number): number | null {
    const v = this.memberAges()[i];
    return v === THROWS || v === undefined ? memberAgeAt(this.h.members[i]!, this.statusDate) : v;
  }

  /**
   * Whether each member is on record (在册) at the end of the {@link statusDate}, in row order — made once
   * for the assessment, in one loop, on the first read. An entry may be `THROWS`: read that member with
   * {@link memberPresentAtStatus}.
   */
  memberPresence(): readonly Worked<boolean>[] {
    return (this.presenceMemo ??= presenceAt(this.h.members, this.statusDate));
  }

  /** Member `i` is on record at the status date ({@link memberPresence}). */
  memberPresentAtStatus(i: number): boolean {
    const v = this.memberPresence()[i];
    return v === THROWS || v === undefined ? memberPresentOn(this.h.members[i]!, this.statusDate) : v;
  }

  /** The finding that explains the period (a fresh object each call; built once per context of the plan). */
  periodFinding(): Finding {
    return this.planned ? this.planned.periodFinding(this.context) : explainContext(this.context, this.profile);
  }

  /**
   * The household's income amounts in fen, A33 and A37 ({@link householdMoney}): turned into fen once
   * for the whole assessment — the income facts read them here, and so may the data-quality checks
   * (instead of `toFen` on the record's strings again). Never throws (no parameter is read). Kept by
   * this object only, which lives for one assessment: a household changed afterwards gets new facts.
   */
  money(): HouseholdMoney {
    // The income facts carry the same amounts (an IncomeFacts is a HouseholdMoney): no second object when they exist.
    return (this.moneyMemo ??= this.incomeMemo ?? householdMoney(this.h));
  }

  /** The itemised parts of A28, A30 and A31 summed in fen ({@link itemisedSums}), once for the whole assessment. Never throws. */
  itemised(): ItemisedSums {
    return (this.itemisedMemo ??= itemisedSums(this.h));
  }

  /** Exact income figures in fen and the household size. Throws `MissingParameterError` as {@link incomeFacts} does. */
  income(): IncomeFacts {
    return (this.incomeMemo ??= incomeFacts(this.h, this.profile, this.context, this.planned ? this.planned.incomeLookups(this.context) : undefined, this.moneyMemo));
  }

  /**
   * The members counted in the household size over the period (`householdSizeRule`), in row
   * order; every listed member when the size does not depend on the period. Needs a parameter date.
   */
  countedMembers(): MemberOnRecord[] {
    if (this.countedMemo) return this.countedMemo;
    const counted = this.income().counted;
    const members = this.h.members;
    const out: MemberOnRecord[] = [];
    if (!counted) for (let i = 0; i < members.length; i++) out.push({ member: members[i]!, index: i });
    else for (const c of counted.members) if (c.counted) out.push({ member: members[c.index]!, index: c.index });
    return (this.countedMemo = out);
  }

  /** Members on record at the end of a date (all of them when the date is unknown). */
  membersPresentOn(on: CalendarDate | null): Member[] {
    if (this.presentMemo && this.presentDate === on) return this.presentMemo;
    const out: Member[] = [];
    for (const m of this.h.members) if (memberPresentOn(m, on)) out.push(m);
    this.presentDate = on;
    return (this.presentMemo = out);
  }

  /**
   * The facts of an elimination review: assessed as of the as-of date alone, without the discovery
   * date (for a rolling period, the discovery date would measure the income that put the household
   * into monitoring). The same facts when the discovery date cannot change the context.
   */
  forElimination(): AssessmentFacts {
    if (this.eliminationMemo) return this.eliminationMemo;
    const c = this.context;
    const same = this.h.discoveredOn === undefined || (c.asOf !== null && c.spec !== undefined && c.spec.value.kind === 'annual');
    if (same) return (this.eliminationMemo = this);
    const review = new AssessmentFacts(this.h, this.profile, this.options, true, this.planned);
    // The same household: the same amounts.
    review.moneyMemo = this.moneyMemo ?? this.incomeMemo;
    review.itemisedMemo = this.itemisedMemo;
    return (this.eliminationMemo = review);
  }
}
