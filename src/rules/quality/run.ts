/**
 * One data-quality run over one household (一户一次清洗): the dates it is made at, the household
 * facts the checks share (ages at the status date, presence on record, parsed ID numbers, exact
 * income), computed lazily and at most once, and the list the checks report into.
 *
 * Dates (临稷办发〔2023〕76号 §四): status fields — age, school, health, labour — are taken at the
 * status date, the end of the income period `resolveContext` derives from the as-of date; thresholds
 * are read at the parameter date of the same context.
 *
 * @module
 */
import type { CalendarDate } from '../../model/calendar-date.js';
import type { Household, Member } from '../../model/household.js';
import type { IdNumberInfo } from '../../model/id-number.js';
import { toFen, type Money } from '../../model/money.js';
import type { Worked } from '../../facts/member-facts.js';
import type { Text } from '../../model/labels.js';
import { maskIdNumbersInText } from '../../explain/mask.js';
import type { Citation, FindingValue, QuotedCitation } from '../../explain/finding.js';
import { MissingParameterError } from '../../profile/errors.js';
import { optionalParameter, parameter } from '../../profile/lookup.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { ParameterValue, Profile } from '../../profile/schema.js';
import type { DecidedContext } from '../../facts/context.js';
import type { AssessmentFacts } from '../../facts/assessment.js';
import type { IncomeFacts } from '../../facts/income.js';
import { defineRule, type Rule, type RuleDefinition } from '../../kernel/rule.js';
import type { MemberOnRecord } from '../../facts/members.js';
import type { QualityCounts, QualityIssue, QualitySeverity } from './issue.js';
import { citedMessage, issueCitations, profileCitations, type ProfileCitations } from './cited.js';

/** A data-quality rule header: a rule of layer `quality` with its severity and national codes. */
export type QualityRule = Rule & { readonly severity: QualitySeverity; readonly nationalCodes: readonly string[] };

/**
 * The explanation of one hit — a data-quality check's explanation is its issue: where (the field
 * path), what (the message), what was compared with what (the values), and the parameter values that
 * applied (cited after the check's own clauses).
 */
export interface QualityExplained {
  /** The field path in the household record, e.g. `members[2].idNumber`; `''` for the record as a whole. */
  path: string;
  message: Text;
  values?: Record<string, FindingValue>;
  /** The citations of the parameter values that applied. */
  applied?: readonly Citation[];
}

/**
 * A data-quality check under its clause (数据质量规则): the header — id, severity, national codes,
 * the clauses quoted, the parameters and facts it reads — the **test**, which returns what it found
 * (one hit per issue, plain data: the row, the values compared; never a message), and the
 * **explanation** of a hit, which is the issue. A check reports several issues per household, each
 * with its own path — which is why this layer's variant of the kernel's `clauseRule` returns a list of
 * hits rather than one outcome. Lean and explained assessments run the same test, and an issue keeps
 * its message in both (the rejected and issue files need it), so the runner always explains a hit.
 */
export interface QualityCheck<D = unknown> extends QualityRule {
  /** Needs the status date and the parameter date: it reads parameters, ages or statuses. */
  readonly dated: boolean;
  /** What the check found, in report order; an empty list when the record is clean (its {@link when} applied first). */
  readonly test: (q: QualityRun) => readonly D[];
  /** The issue of one hit. */
  readonly explain: (q: QualityRun, hit: D, rule: QualityRule) => QualityExplained;
  /**
   * The households the check applies to ({@link Precondition}); `undefined`: every household. When it
   * is false the check finds nothing, and its test is not run.
   */
  readonly when: Precondition | undefined;
  /** The test as declared, for the households {@link when} holds for (`test` is `when` and then this). */
  readonly testWhenHolds: (q: QualityRun) => readonly D[];
}

/**
 * A check's precondition: whom it applies to, read from the household alone (e.g. `onForm`'s (scope.ts)
 * 脱贫户 or monitored household). It is part of the check's one definition — the check's test is
 * written for the households it holds for, and every runner applies it first — so a runner may test
 * it once for several checks. It never throws and reads no parameter.
 */
export type Precondition = (q: QualityRun) => boolean;

/**
 * A member-level check: its test looks at one member (by row) and returns what it found there. The
 * household test runs it over every member in row order.
 */
export interface MemberCheck<D = unknown> extends QualityCheck<D> {
  /** What the check found at member `i` (its {@link when} and {@link whenMember} applied first). */
  readonly testMember: (q: QualityRun, i: number) => readonly D[];
  /**
   * The members the check can find something at ({@link MemberPrecondition}); `undefined`: every
   * member. When it is false at a member the check finds nothing there, and its test is not run.
   */
  readonly whenMember: MemberPrecondition | undefined;
  /** The member test as declared (`testMember` is `when`, `whenMember` and then this). */
  readonly testMemberWhenHolds: (q: QualityRun, i: number) => readonly D[];
}

/**
 * A member-level check's precondition at one member, read from the run's shared member facts (e.g.
 * `irregularIdNumber` (identity.ts): a recorded ID number that is not a valid 18-digit resident ID). The
 * check's member test finds nothing where it is false — a property the catalogue's tests hold for
 * every check that declares one — so a runner may test it once a member for several checks. It never
 * throws and reads no parameter.
 */
export type MemberPrecondition = (q: QualityRun, i: number) => boolean;

type CheckHeader = RuleDefinition & { severity: QualitySeverity; nationalCodes: readonly string[]; dated?: boolean; when?: Precondition };

/** Nothing found (shared: a clean record allocates nothing). */
export const NONE: readonly never[] = Object.freeze([]);

function header(spec: CheckHeader): QualityRule & { dated: boolean } {
  const { dated, ...definition } = spec;
  if (definition.layer !== 'quality') throw new Error(`quality check ${definition.id} needs layer 'quality'`);
  const rule = defineRule(definition) as QualityRule;
  return { ...rule, dated: dated === true || rule.parameters.length > 0 };
}

/**
 * Declares a data-quality check under its clause: the header, the test and the explanation together.
 * A check whose header declares parameters, or that says it is `dated`, only runs when the
 * assessment has a status date.
 *
 * @example
 * export const noHead = qualityCheck({
 *   id: 'quality.identity.no-head', layer: 'quality', severity: 'error', nationalCodes: ['3_02_012'],
 *   title: { zh: '户内无户主', en: 'no head of household' }, citations: [A8], description: { zh: '…', en: '…' }, parameters: [],
 *   test: (q) => (q.members.some((m) => m.relation === 'head') ? NONE : [{ heads: 0 }]),
 *   explain: (_q, hit) => ({ path: 'members', message: { zh: '户内没有户主', en: 'no head of household' }, values: hit }),
 * });
 */
export function qualityCheck<D>(spec: CheckHeader & { test: (q: QualityRun) => readonly D[]; explain: (q: QualityRun, hit: D, rule: QualityRule) => QualityExplained }): QualityCheck<D> {
  const { test: testWhenHolds, explain, when, ...rest } = spec;
  const test = when === undefined ? testWhenHolds : (q: QualityRun): readonly D[] => (when(q) ? testWhenHolds(q) : NONE);
  return Object.freeze({ ...header(rest), test, explain, when, testWhenHolds });
}

/**
 * Declares a member-level check: `testMember` looks at one member; the household test runs it over
 * every member in row order.
 *
 * @example
 * export const idSex = memberCheck({ …header, testMember: (q, i) => (q.id(i)?.sex !== q.members[i]!.sex ? [{ row: i }] : NONE), explain: … });
 */
export function memberCheck<D>(
  spec: CheckHeader & { whenMember?: MemberPrecondition; testMember: (q: QualityRun, i: number) => readonly D[]; explain: (q: QualityRun, hit: D, rule: QualityRule) => QualityExplained },
): MemberCheck<D> {
  const { testMember: testMemberWhenHolds, explain, when, whenMember, ...rest } = spec;
  const testMember =
    when === undefined && whenMember === undefined
      ? testMemberWhenHolds
      : (q: QualityRun, i: number): readonly D[] => ((when === undefined || when(q)) && (whenMember === undefined || whenMember(q, i)) ? testMemberWhenHolds(q, i) : NONE);
  const testWhenHolds = (q: QualityRun): readonly D[] => {
    let out: D[] | undefined;
    for (let i = 0; i < q.members.length; i++) {
      const found = whenMember === undefined || whenMember(q, i) ? testMemberWhenHolds(q, i) : NONE;
      if (found.length > 0) (out ??= []).push(...found);
    }
    return out ?? NONE;
  };
  const test = when === undefined ? testWhenHolds : (q: QualityRun): readonly D[] => (when(q) ? testWhenHolds(q) : NONE);
  return Object.freeze({ ...header(rest), test, testMember, explain, when, testWhenHolds, whenMember, testMemberWhenHolds });
}

/**
 * What the runner runs in turn: one check, or several member-level checks in one pass over the
 * members (each member's problems reported together). `checks` lists the headers in catalogue order.
 */
export interface QualityStep {
  readonly checks: readonly QualityCheck<any>[];
  readonly dated: boolean;
  readonly run: (q: QualityRun) => void;
  /**
   * How the step is made, for the compiled plan (plan.ts), which runs the same tests in the same
   * order: one check, or member-level checks member by member in `order`.
   */
  readonly shape: { readonly kind: 'check'; readonly check: QualityCheck<any> } | { readonly kind: 'members'; readonly order: readonly MemberCheck<any>[] };
}

/**
 * Reports the issues of one check's hits (in a counting run, counts them by the check's severity:
 * one issue a hit, none built, when the parameters the check declares are all in force).
 *
 * @example
 * report(q, noHead, noHead.test(q));
 */
export function report<D>(q: QualityRun, check: QualityCheck<D>, hits: readonly D[]): void {
  // A counting run: each hit is one issue of the check's severity, not explained — when every parameter
  // the check declares is in force. Otherwise its explanation may read a missing one (the step then
  // reports a `quality.skipped` note instead), so the hit is explained as always and `add` counts it.
  const counted = q.counted;
  if (counted !== undefined && q.declaredInForce(check)) {
    counted[check.severity] += hits.length;
    return;
  }
  for (let k = 0; k < hits.length; k++) q.add(check, check.explain(q, hits[k]!, check));
}

/**
 * A step that runs one check.
 *
 * @example
 * const steps = [step(noHead), step(multipleHeads)];
 */
export function step<D>(check: QualityCheck<D>): QualityStep {
  return { checks: [check], dated: check.dated, run: (q) => report(q, check, check.test(q)), shape: { kind: 'check', check } };
}

/**
 * A step that runs member-level checks member by member, in `order` (each member's issues together),
 * while `checks` keeps the catalogue order. The checks read no parameter (a missing one would stop the
 * whole pass).
 *
 * @example
 * memberPass([idMissing, idPlaceholder], [idPlaceholder, idMissing])
 */
export function memberPass(checks: readonly MemberCheck<any>[], order: readonly MemberCheck<any>[] = checks): QualityStep {
  for (const c of order) if (c.parameters.length > 0 || !checks.includes(c)) throw new Error(`member pass: ${c.id} reads parameters or is not listed`);
  return {
    checks,
    dated: checks.some((c) => c.dated),
    run: (q) => {
      for (let i = 0; i < q.members.length; i++) for (const c of order) report(q, c, c.testMember(q, i));
    },
    shape: { kind: 'members', order },
  };
}

/** A county-practice citation: the rule number and its Chinese label (county-rules.md). */
export function county(clause: string, quote: string): QuotedCitation {
  return { doc: 'county-practice', clause, quote };
}

/** Reported when a check cannot run: no status date, or a parameter the profile does not set. */
export const skippedRule = defineRule({
  id: 'quality.skipped',
  layer: 'quality',
  severity: 'info',
  nationalCodes: [],
  title: { zh: '未运行的检查', en: 'check not run' },
  citations: [
    {
      doc: '小甸巩固振兴组办〔2021〕1号',
      clause: '三(四)',
      quote: '按照全国防返贫动态监测数据质量评估体系评估规则，进村入户核实核准各项数据信息',
    },
    { doc: '临稷办发〔2023〕76号', clause: '三(二)', quote: '持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。' },
  ],
  description: {
    zh: '检查所需的评估时点或参数缺失（如配置未设定监测线）时，该检查不运行，并以本提示说明缺什么；清洗不会因一个参数缺失而中断。',
    en: 'When a check needs an as-of date or a parameter that is missing (such as a profile without a monitoring line), it is not run and this note says what is missing; a quality run never stops for one missing parameter.',
  },
  parameters: [],
});

const NO_MEMBER_FACT = Symbol('unset');

/**
 * Parameter values resolved once for a profile at one parameter date: the value in force, or the
 * `MissingParameterError` reading it throws (plan.ts builds it; `QualityRun.param` reads it).
 */
export interface ResolvedParameters extends ReadonlyMap<ParameterKey, DatedValue | MissingParameterError> {
  /**
   * The money parameters' values in fen ({@link QualityRun.paramFen}), each converted on its first read at
   * this (profile, parameter date) and kept with the table; absent: converted at each read.
   */
  readonly fen?: Map<ParameterKey, unknown>;
}

/** The parameters whose value is an amount, or an object of amounts (a band, the smallest transfer items). */
export type MoneyParameterKey = {
  [K in ParameterKey]: ParameterValue<K> extends Money ? K : ParameterValue<K> extends Readonly<Record<string, Money>> ? K : never;
}[ParameterKey];

/** A money parameter's value in fen: an amount's fen, or the object with each amount's fen. */
export type InFen<V> = V extends Money ? number : { readonly [P in keyof V]: number };

/** `value` (an amount, or an object of amounts) in fen: {@link toFen} of each amount. */
function inFen(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return toFen(value as Money);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toFen(v as Money);
  return Object.freeze(out);
}

/** Per resolved table (one per profile and parameter date) and list of rules: whether all they declare is in force (`QualityRun.allDeclaredInForce`). */
const IN_FORCE = new WeakMap<ResolvedParameters, WeakMap<readonly QualityRule[], boolean>>();

/** The state of one data-quality run. */
export class QualityRun {
  readonly issues: QualityIssue[] = [];
  readonly household: Household;
  /** The household's members, in row order. */
  readonly members: readonly Member[];
  readonly profile: Profile;
  /** The assessment's shared facts (context, income). */
  readonly facts: AssessmentFacts;
  readonly context: DecidedContext;
  /** The status date (状态类指标取值时点): the end of the income period; `null` when unknown. */
  readonly statusDate: CalendarDate | null;
  /** The as-of date, or without one the status date: "now" for durations and "after today" tests. */
  readonly referenceDate: CalendarDate | null;
  /** The date parameters are read at. */
  readonly parameterDate: CalendarDate | null;
  // The assessment's member facts (src/facts/member-facts.ts), each list fetched on its first read.
  private ids: readonly Worked<IdNumberInfo | null>[] | undefined;
  private ages: readonly Worked<number | null>[] | undefined;
  private presence: readonly Worked<boolean>[] | undefined;
  private incomeCache: IncomeFacts | null | typeof NO_MEMBER_FACT = NO_MEMBER_FACT;
  private presentMemo: MemberOnRecord[] | undefined;
  private presentMembersMemo: Member[] | undefined;
  /** How each member is named in messages, made on first use (a member with several issues is named once). */
  private named: (Text | undefined)[] | undefined;
  /** The profile's table of issue citations (cited.ts), fetched on the first issue. */
  private citations: ProfileCitations | undefined;
  /** The parameters resolved once for the profile at the parameter date (plan.ts); `undefined`: read from the profile. */
  private readonly resolved: ResolvedParameters | undefined;
  /**
   * A counting run (`qualityCountsOf`): the issues by severity, counted as they would be reported;
   * `issues` stays empty and no hit is explained. `undefined`: the issues are built.
   */
  readonly counted: QualityCounts | undefined;

  /**
   * @param resolved The parameter values at this run's parameter date, resolved once for its profile
   *   (`resolvedParameters`); without it, `param` reads the profile's history each time.
   * @param counting Count the issues by severity instead of building them ({@link counted}).
   */
  constructor(facts: AssessmentFacts, resolved?: ResolvedParameters, counting = false) {
    this.facts = facts;
    this.household = facts.h;
    this.members = facts.h.members;
    this.profile = facts.profile;
    this.context = facts.context;
    this.statusDate = this.context.period?.to ?? null;
    this.referenceDate = this.context.asOf ?? this.statusDate;
    this.parameterDate = this.context.parameterDate;
    this.resolved = this.parameterDate === null ? undefined : resolved; // no parameter is read without a date
    this.counted = counting ? { error: 0, warning: 0, completeness: 0, info: 0 } : undefined;
  }


  /** The household is (or was) a monitoring object. */
  get monitored(): boolean {
    return this.household.monitoring !== undefined;
  }

  /** The household's risk is marked eliminated. */
  get eliminated(): boolean {
    return this.household.monitoring?.eliminated !== undefined;
  }

  /** Monitored and the risk not eliminated (未消除风险). */
  get activeMonitoring(): boolean {
    const m = this.household.monitoring;
    return m !== undefined && m.eliminated === undefined;
  }

  /** The measure is on record. */
  hasMeasure(measure: NonNullable<Household['measures']>[number]): boolean {
    const list = this.household.measures;
    return list !== undefined && list.includes(measure);
  }

  /**
   * The parsed ID number of a member, read with the reference date (a birth date after it is wrong);
   * `null` when none is recorded (absent or blank). The assessment's ({@link AssessmentFacts.memberIds}).
   */
  id(i: number): IdNumberInfo | null {
    const v = (this.ids ??= this.facts.memberIds())[i];
    return typeof v === 'object' ? v : this.facts.memberId(i);
  }

  /**
   * The member's age in whole years at the status date; `null` when unknown (no date, no birth date, or
   * born after it). The assessment's ({@link AssessmentFacts.memberAges}).
   */
  age(i: number): number | null {
    const v = (this.ages ??= this.facts.memberAges())[i];
    return typeof v === 'number' || v === null ? v : this.facts.memberAgeAtStatus(i);
  }

  /** The member is on record at the status date (not dead, married out or moved out by then): the assessment's ({@link AssessmentFacts.memberPresence}). */
  present(i: number): boolean {
    const v = (this.presence ??= this.facts.memberPresence())[i];
    return typeof v === 'boolean' ? v : this.facts.memberPresentAtStatus(i);
  }

  /** Exact income figures (fen) and the household size; `null` when they cannot be computed. */
  income(): IncomeFacts | null {
    if (this.incomeCache === NO_MEMBER_FACT) {
      try {
        this.incomeCache = this.facts.income();
      } catch (e) {
        if (!(e instanceof MissingParameterError)) throw e;
        this.incomeCache = null;
      }
    }
    return this.incomeCache;
  }

  /**
   * A parameter at the parameter date. Throws `MissingParameterError` when the profile has none;
   * the runner turns that into a `quality.skipped` note for the check.
   */
  param<K extends ParameterKey>(key: K): DatedValue<ParameterValue<K>> {
    if (this.parameterDate === null) throw new MissingParameterError(this.profile.id, key, '(no as-of date)', undefined, []);
    const r = this.resolved?.get(key);
    if (r === undefined) return parameter(this.profile, key, this.parameterDate);
    if (r instanceof MissingParameterError) throw r;
    return r as DatedValue<ParameterValue<K>>;
  }

  /**
   * A money parameter's value at the parameter date in fen ({@link InFen}: `toFen` of the amount, or of
   * each amount of a band or a table) — converted once per resolved table (one per profile and parameter
   * date) and kept with it, not once a household. Throws as {@link param} does.
   */
  paramFen<K extends MoneyParameterKey>(key: K): InFen<ParameterValue<K>> {
    const kept = this.resolved?.fen?.get(key);
    if (kept !== undefined) return kept as InFen<ParameterValue<K>>;
    return this.paramFenFirst(key);
  }

  /** {@link paramFen} when the table keeps no fen for `key` yet: read (throwing as `param` does), converted, kept. */
  private paramFenFirst<K extends MoneyParameterKey>(key: K): InFen<ParameterValue<K>> {
    const dated = this.param(key);
    const v = inFen(dated.value) as InFen<ParameterValue<K>>;
    // Kept only when the value is the table's (a key the table lacks is read from the profile: converted each time).
    if (this.resolved?.get(key) === dated) this.resolved.fen?.set(key, v);
    return v;
  }

  /**
   * Whether every parameter the rule declares is in force at the parameter date (read from the
   * resolved table, else the profile): then reading one of them cannot throw, and a counting run
   * may count a hit without its explanation (which reads only parameters its check declares).
   */
  declaredInForce(rule: QualityRule): boolean {
    const keys = rule.parameters;
    if (keys.length === 0) return true;
    const on = this.parameterDate;
    if (on === null) return false;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as ParameterKey;
      const r = this.resolved?.get(key);
      if (r === undefined ? optionalParameter(this.profile, key, on) === undefined : r instanceof MissingParameterError) return false;
    }
    return true;
  }

  /**
   * Whether every parameter each of `rules` declares is in force at the parameter date
   * ({@link declaredInForce} of each). The answer depends only on the resolved table (one per profile and
   * parameter date) and the list, so with a table it is worked out once per table and list (`rules`
   * must not change); without one, each time.
   */
  allDeclaredInForce(rules: readonly QualityRule[]): boolean {
    const table = this.resolved;
    if (table === undefined) return this.eachDeclaredInForce(rules);
    let lists = IN_FORCE.get(table);
    if (lists === undefined) IN_FORCE.set(table, (lists = new WeakMap()));
    let v = lists.get(rules);
    if (v === undefined) lists.set(rules, (v = this.eachDeclaredInForce(rules)));
    return v;
  }

  private eachDeclaredInForce(rules: readonly QualityRule[]): boolean {
    for (let k = 0; k < rules.length; k++) if (!this.declaredInForce(rules[k]!)) return false;
    return true;
  }

  /** How a member is named in messages: row number and name (ID-like text in the name masked); made once a run and member (read it, do not change it). */
  who(i: number): Text {
    const named = (this.named ??= new Array(this.members.length));
    let v = named[i];
    if (v === undefined) {
      const name = maskIdNumbersInText(this.members[i]!.name);
      named[i] = v = { zh: `第${i + 1}行成员（${name}）`, en: `member ${i + 1} (${name})` };
    }
    return v;
  }

  /** The members on record at the status date, with their rows (for the household facts of src/facts/). */
  presentMembers(): readonly MemberOnRecord[] {
    if (this.presentMemo === undefined) {
      const out: MemberOnRecord[] = [];
      for (let i = 0; i < this.members.length; i++) if (this.present(i)) out.push({ member: this.members[i]!, index: i });
      this.presentMemo = out;
    }
    return this.presentMemo;
  }

  /** The members on record at the status date, in row order (the members of {@link presentMembers}). */
  membersOnRecord(): readonly Member[] {
    return (this.presentMembersMemo ??= this.presentMembers().map((p) => p.member));
  }

  /**
   * Adds the issue of a check's hit. It cites what is in force for the profile: a header citation of
   * another place's document is dropped, or — when nothing else is cited — kept and the message says
   * the reading is borrowed (`citeInForce`, worked out once per profile, check and applied citation: cited.ts).
   * A counting run counts it by the rule's severity instead.
   */
  add(rule: QualityRule, e: QualityExplained): void {
    if (this.counted !== undefined) {
      this.counted[rule.severity]++;
      return;
    }
    const cited = issueCitations((this.citations ??= profileCitations(this.profile)), this.profile, rule, e.applied);
    const issue: QualityIssue = { code: rule.id, severity: rule.severity, path: e.path, message: citedMessage(e.message, cited.borrowed), citations: cited.citations.slice() };
    if (e.values !== undefined) issue.values = e.values;
    this.issues.push(issue);
  }
}
