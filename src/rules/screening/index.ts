/**
 * 集中排查 — which focus groups (重点排查群体) of its profile's document a household belongs to.
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查，特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户……等重点群体，要逐户进行排查
 *
 * The groups a profile screens, the window "今年以来" stands for and the thresholds are parameters
 * (src/profile/parameters/screening.ts). Each group is one rule object under its clauses — header,
 * test and explanation together — in the file of its family (`groups.ts` lists them by id); what the
 * round covers (the list, the window, the checklists) is `round.ts`. This function only composes:
 * it runs every test with `apply` (src/kernel/clause.ts), which explains only when asked.
 *
 * @module
 */
import { copyFinding, type Citation, type Finding } from '../../explain/finding.js';
import { uniqueCitations } from '../../kernel/line.js';
import type { Household } from '../../model/household.js';
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { ParameterValue, Profile } from '../../profile/schema.js';
import { derivedOn, lookup, type Derivation, type Lookup } from '../../profile/lookup.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { apply, explainTest, type ClauseRule } from '../../kernel/clause.js';
import type { Rule } from '../../kernel/rule.js';
import { windowFor, type ScreeningContext, type ScreeningWindow } from './context.js';
import { GROUP_RULES } from './groups.js';
import { screeningChecklistsRule, screeningGroupsRule, screeningWindowRule } from './round.js';

export type { ScreeningWindow } from './context.js';
export { screeningChecklistsRule, screeningGroupsRule, screeningWindowRule } from './round.js';

/** Every rule header of the screening layer, for the catalog. */
export const SCREENING_RULES: readonly Rule[] = [screeningGroupsRule, screeningWindowRule, screeningChecklistsRule, ...Object.values(GROUP_RULES)];

/** The result of {@link screenHousehold}. Plain JSON. */
export interface ScreeningResult {
  /** The focus groups the household belongs to, in the profile's order. */
  groups: ScreeningGroup[];
  /** The profile's groups that could not be decided (a fact or a threshold is missing). */
  undetermined: ScreeningGroup[];
  /** The window events were counted in; `null` when unknown. */
  window: ScreeningWindow | null;
  /** The fields (and `parameters.<key>`) whose absence left a group undetermined. */
  missing: string[];
  findings: Finding[];
}

/**
 * Screens a household (集中排查): tests each focus group its profile's document names and returns the
 * groups it belongs to, with a finding per group. Pure: "this year" is a window ending on the as-of
 * date (`options.asOf`, else the profile's default), never the clock.
 *
 * @example
 * const r = screenHousehold({ ...household, previousPerCapitaNetIncome: '9733.33' }, getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-01' });
 * r.groups // ['income-below-amount']  (2022年度 per-capita net income 9733.33 < 10000)
 */
export function screenHousehold(h: Household, profile: Profile, options: AssessmentOptions = {}): ScreeningResult {
  return screeningOf(new AssessmentFacts(h, profile, options));
}

/**
 * The screening from an assessment's shared facts (the body of {@link screenHousehold}). With
 * `explain: false` the groups are the same and `findings` is empty.
 *
 * @example
 * screeningOf(new AssessmentFacts(h, getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-01', explain: false })).groups // ['new-dibao-or-application']
 */
export function screeningOf(f: AssessmentFacts): ScreeningResult {
  return screeningOfDecided(f, false);
}

/** What a result line reads of the screening (排查重点人群): the groups. src/assess.ts `assessForRow`. */
export type ScreeningDecision = Pick<ScreeningResult, 'groups'>;

/**
 * The screening reduced to its groups ({@link ScreeningDecision}), for a result line: every group's
 * test runs as in {@link screeningOf}, in the same order (a test decides whether its group is met, and
 * throws where it throws there); the groups left undetermined, the facts they lack and the window
 * (which no line shows) are not collected.
 *
 * @example
 * screeningGroupsOf(new AssessmentFacts(h, getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-01', explain: false })).groups
 * // ['new-dibao-or-application'] — as screeningOf(…).groups
 */
export function screeningGroupsOf(f: AssessmentFacts): ScreeningDecision {
  return screeningOfDecided(f, true);
}

function screeningOfDecided(f: AssessmentFacts, decisionOnly: true): ScreeningDecision;
function screeningOfDecided(f: AssessmentFacts, decisionOnly: false): ScreeningResult;
function screeningOfDecided(f: AssessmentFacts, decisionOnly: boolean): ScreeningResult | ScreeningDecision {
  const { h, profile } = f;
  const assessment = f.context;
  const on = assessment.parameterDate;
  const anchor = assessment.asOf ?? on;
  // Lean mode (`explain: false`) collects nothing: `apply` then runs each test and explains none.
  const findings: Finding[] | null = f.explain ? [f.periodFinding()] : null;

  // The profile's list, window and checklists on the parameter date: compiled once per (profile, date).
  const round = on === null ? roundOf(profile, on) : derivedOn(profile, on, ROUND);
  const { list, ids } = round;
  // The list's test only feeds its finding (and cannot throw): a lean assessment skips it. The
  // finding reads nothing of the household: built once per round, a copy in each result.
  if (findings) findings.push(copyFinding((round.groupsFinding ??= explainOf(screeningGroupsRule, { profile, list, ids }))));
  if (!list.ok) return decisionOnly ? { groups: [] } : { groups: [], undetermined: [], window: null, missing: [list.missing], findings: findings ?? [] };

  const spec = round.spec;
  let window: ScreeningContext['window'];
  if (!spec.ok) window = { ok: false, missing: [spec.missing], message: spec.message };
  else if (anchor === null) window = { ok: false, missing: ['asOf'], message: { zh: '无评估时点，无法确定排查时段', en: 'no as-of date, so the screening window cannot be set' } };
  else if (round.anchor === anchor) window = round.window!;
  else {
    // The same anchor (the as-of date) for a whole batch: the window is worked out once.
    window = { ok: true, window: Object.freeze(windowFor(spec.value, anchor)), citation: spec.citation };
    round.anchor = anchor;
    round.window = window;
    round.windowFinding = undefined;
  }

  const s: ScreeningContext = {
    h,
    profile,
    assessment,
    income: f.income(),
    on,
    anchor,
    window,
    members: f.membersPresentOn(anchor),
    groupsCitation: list.citation,
    groupsCites: (round.groupsCites ??= Object.freeze(uniqueCitations(list.citation))),
    lookups: round.lookups,
  };
  // As the list's: the window's test only feeds its finding, which reads only the window (and the
  // profile): the round's window has its finding built once.
  if (findings) {
    if (window === round.window) findings.push(copyFinding((round.windowFinding ??= explainOf(screeningWindowRule, s))));
    else apply(screeningWindowRule, s, findings);
  }

  const groups: ScreeningGroup[] = [];
  // A result line reads the groups alone: the undetermined ones and the facts they lack are not collected.
  const undetermined: ScreeningGroup[] | null = decisionOnly ? null : [];
  const missing: string[] | null = decisionOnly ? null : [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const t = apply(round.rules[i]!, s, findings);
    if (t.outcome === 'met') groups.push(id);
    else if (t.outcome === 'undetermined' && undetermined && missing) {
      undetermined.push(id);
      const tm = t.missing;
      if (tm) for (let j = 0; j < tm.length; j++) addSorted(missing, tm[j]!);
    }
  }

  // An explained assessment builds the checklists' findings below as ever (an explanation may throw where a test does not).
  if (decisionOnly && !findings) return { groups };

  const checklists = round.checklists;
  // The checklists decide nothing (their test is `info`): listed in an explained assessment only.
  // Nor do they read the household: their findings are built once per round.
  if (findings && checklists.ok) {
    const built = (round.checklistFindings ??= checklistFindingsOf(profile, checklists.value, checklists.citation));
    for (const c of built) findings.push(copyFinding(c));
  }

  if (!undetermined || !missing) return { groups };
  return { groups, undetermined, window: window.ok ? { from: window.window.from, to: window.window.to } : null, missing, findings: findings ?? [] };
}

/**
 * Adds a string to a list kept sorted (UTF-16 order, as `Array.prototype.sort` sorts strings) and
 * without repeats: the same list as pushing every new string and sorting at the end, built in place.
 *
 * @example
 * const list = ['members', 'riskTypes']; addSorted(list, 'events'); list // ['events', 'members', 'riskTypes']
 */
export function addSorted(list: string[], s: string): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > s) i--;
  if (i > 0 && list[i - 1] === s) return;
  list.push(s);
  for (let j = list.length - 1; j > i; j--) list[j] = list[j - 1]!;
  list[i] = s;
}

/** What a screening round reads of the profile on the parameter date: the same for every household. */
interface Round {
  list: Lookup<'screeningGroups'>;
  /** The profile's groups, each once, in its order, and their rules. */
  ids: readonly ScreeningGroup[];
  rules: readonly (typeof GROUP_RULES)[ScreeningGroup][];
  spec: Lookup<'screeningWindow'>;
  checklists: Lookup<'screeningChecklists'>;
  /** The last anchor date a window was worked out for, and that window. */
  anchor?: string;
  window?: ScreeningContext['window'];
  /** The findings that read nothing of the household, built on first use in an explained assessment: the list's, the window's (of `window`), the checklists'. */
  groupsFinding?: Finding;
  windowFinding?: Finding | undefined;
  checklistFindings?: readonly Finding[];
  /** The list's citation as a finding's citations (`ScreeningContext.groupsCites`). */
  groupsCites?: readonly Citation[];
  /** The parameters the groups' tests looked up on the date (`ScreeningContext.lookups`, src/rules/screening/context.ts `groupLookup`). */
  lookups: Map<ParameterKey, Lookup<ParameterKey>>;
}

/**
 * The checklists' findings of a round (a function of its arguments, not a closure in the screening: a
 * closure would put the screening's variables in a context object allocated for every household).
 */
function checklistFindingsOf(profile: Profile, checklists: ParameterValue<'screeningChecklists'>, citation: Citation): Finding[] {
  return checklists.map((checklist) => explainOf(screeningChecklistsRule, { profile, checklist, citation }));
}

/** The finding of a rule's test, as `apply` builds it in an explained assessment. */
function explainOf<C extends { readonly profile: Profile }, D>(rule: ClauseRule<C, D>, ctx: C): Finding {
  return explainTest(rule, ctx, rule.test(ctx));
}

/** The round of a profile on a date (`null`: no parameter date, nothing is in force). */
function roundOf(profile: Profile, on: string | null): Round {
  const list = lookup(profile, 'screeningGroups', on);
  const ids = list.ok ? uniqueGroups(list.value) : [];
  return { list, ids: Object.freeze(ids), rules: Object.freeze(ids.map((id) => GROUP_RULES[id])), spec: lookup(profile, 'screeningWindow', on), checklists: lookup(profile, 'screeningChecklists', on), lookups: new Map() };
}

const ROUND: Derivation<Round> = { derive: roundOf };

/**
 * The look-ups a household's screening shares on a parameter date (`ScreeningContext.lookups`): the round's
 * for a frozen profile, a fresh table otherwise (and without a date). For the tests of `groupLookup`.
 *
 * @example
 * roundLookups(getProfile('fujian/jinan/2023'), '2023-09-30') === roundLookups(getProfile('fujian/jinan/2023'), '2023-09-30') // true
 */
export function roundLookups(profile: Profile, on: string | null): Map<ParameterKey, Lookup<ParameterKey>> {
  return (on === null ? roundOf(profile, on) : derivedOn(profile, on, ROUND)).lookups;
}

/** The profile's groups, each once, in its order. */
function uniqueGroups(list: readonly ScreeningGroup[]): ScreeningGroup[] {
  const out: ScreeningGroup[] = [];
  for (const g of list) if (!out.includes(g)) out.push(g);
  return out;
}
