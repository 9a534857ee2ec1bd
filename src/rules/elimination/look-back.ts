/**
 * 回头看 — the look-back at households already marked eliminated, at the category on record, and at
 * the procedure.
 *
 * 小甸巩固振兴组办〔2021〕1号 §一:
 * > 全面排查现有监测对象，认真开展“回头看”，确保程序落实、对象精准、措施有效、消除稳定
 *
 * The checks are rules under their clauses: 风险消除回退 and 风险再标注 (rollback.ts), 类别标注
 * (relabel.ts), 清退 (removal.ts), 程序落实 (procedure-record.ts). Which checks a profile runs is the
 * parameter `eliminationLookBack`; this module lists them and runs them. The roll-back, re-marking
 * and consent checks apply only to a household already marked eliminated.
 *
 * @module
 */
import type { Finding } from '../../explain/finding.js';
import { ELIMINATION_METHODS } from '../../model/labels.js';
import type { LookBackCheck } from '../../profile/parameters/elimination.js';
import { lookup, type Lookup } from '../../profile/lookup.js';
import { apply, clauseRule, type ClauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { documentInForce } from '../../kernel/in-force.js';
import { citesOf, type Rule } from '../../kernel/rule.js';
import type { ConditionTests, EliminatedLookBack, EliminationContext, LookBackContext } from './context.js';
import { consentOnRecordRule, PROCEDURE_STEPS, procedureStepRules, type ProcedureCheck } from './procedure-record.js';
import { relabelRule, type Relabel, type RelabelData } from './relabel.js';
import { removalRule } from './removal.js';
import { belowLineRollbackRule, dependsOnMeasuresRule, incomeUnstableRollbackRule, limitedLabourRollbackRule, noLabourRollbackRule, remarkRule } from './rollback.js';

export type { Relabel } from './relabel.js';

/** The checks that apply only to a household already marked eliminated. */
const ON_ELIMINATED = {
  'rollback-depends-on-measures': dependsOnMeasuresRule as ClauseRule<EliminatedLookBack, unknown>,
  'rollback-income-unstable': incomeUnstableRollbackRule,
  'rollback-income-below-line': belowLineRollbackRule,
  'rollback-no-labour-capacity': noLabourRollbackRule,
  'rollback-limited-labour': limitedLabourRollbackRule as ClauseRule<EliminatedLookBack, unknown>,
  'remark-new-risk': remarkRule as ClauseRule<EliminatedLookBack, unknown>,
  'consent-on-record': consentOnRecordRule as ClauseRule<EliminatedLookBack, unknown>,
} as const;

type EliminatedCheck = keyof typeof ON_ELIMINATED;

/** The checks that apply to every monitoring object. */
const ANY_TIME: { readonly [K in Exclude<LookBackCheck, EliminatedCheck>]: ClauseRule<LookBackContext, unknown> } = {
  'relabel-by-identification-income': relabelRule as ClauseRule<LookBackContext, unknown>,
  'removal-not-qualified': removalRule as ClauseRule<LookBackContext, unknown>,
  ...(procedureStepRules as { readonly [K in ProcedureCheck]: ClauseRule<LookBackContext, unknown> }),
};

const onEliminated = (k: LookBackCheck): k is EliminatedCheck => k in ON_ELIMINATED;

/** Every look-back check's rule, in the catalog's order. */
export const lookBackRules = {
  'rollback-depends-on-measures': dependsOnMeasuresRule,
  'rollback-income-unstable': incomeUnstableRollbackRule,
  'rollback-income-below-line': belowLineRollbackRule,
  'rollback-no-labour-capacity': noLabourRollbackRule,
  'rollback-limited-labour': limitedLabourRollbackRule,
  'remark-new-risk': remarkRule,
  'relabel-by-identification-income': relabelRule,
  'consent-on-record': consentOnRecordRule,
  'removal-not-qualified': removalRule,
  ...procedureStepRules,
} satisfies Record<LookBackCheck, Rule>;

/** 回头看核查项 — the checks the profile applies (the parameter `eliminationLookBack`). */
export const lookBackRule = clauseRule<EliminationContext, Lookup<'eliminationLookBack'>>({
  id: 'elimination.look-back',
  layer: 'elimination',
  title: { zh: '回头看核查项', en: 'look-back checks' },
  citations: [{ doc: '小甸巩固振兴组办〔2021〕1号', clause: '一', quote: '全面排查现有监测对象，认真开展“回头看”，确保程序落实、对象精准、措施有效、消除稳定' }],
  description: {
    zh: '列出配置适用的回头看核查项；风险消除回退、风险再标注和知情同意核查只适用于已标注风险消除的监测对象。',
    en: 'Lists the look-back checks the profile applies; roll-back, re-marking and the consent check apply only to households already marked eliminated.',
  },
  parameters: ['eliminationLookBack'],
  facts: ['monitoring.eliminated'],
  test: (c) => {
    const list = lookup(c.profile, 'eliminationLookBack', c.on);
    return list.ok ? { outcome: 'info', data: list } : { outcome: 'undetermined', missing: [list.missing], data: list };
  },
  explain: (c, t, rule): Explained => {
    const list = t.data;
    // Without a list the finding cites only what is in force here: it borrows no reading.
    if (!list.ok) return { message: list.message, values: {}, citations: rule.cites.filter((x) => documentInForce(c.profile, x.doc)) };
    const eliminated = c.monitoring.eliminated;
    const checks = [...list.value];
    return {
      message: eliminated
        ? { zh: `已于 ${eliminated.on} 标注风险消除（${ELIMINATION_METHODS[eliminated.method].zh}），进行回头看核查`, en: `marked eliminated on ${eliminated.on} (${ELIMINATION_METHODS[eliminated.method].en}); look-back checks run` }
        : { zh: '尚未标注风险消除：风险消除回退、风险再标注和知情同意手续核查不适用', en: 'not marked eliminated: the roll-back, re-marking and consent checks do not apply' },
      values: { checks, eliminated: eliminated !== undefined, notApplicable: eliminated ? [] : checks.filter(onEliminated) },
      citations: citesOf(rule, list.citation),
    };
  },
});

/** What the look-back decided. */
export interface LookBackOutcome {
  /** The checks the profile applies. */
  checks: LookBackCheck[];
  /** The test of each check run. */
  results: Partial<Record<LookBackCheck, Tested<unknown>>>;
  relabel: Relabel | null;
  /** The facts whose absence left a check undetermined. */
  missing: string[];
  /** 清退 candidate (to verify): `true` when the check is met, `null` when undetermined, `false` otherwise or not checked. */
  removal: boolean | null;
  /** Paperwork to complete: `complete-informed-consent` and the procedure steps (`complete-application`, …). */
  followUps: string[];
}

/**
 * Runs the profile's look-back checks for a monitored household: each check's test always, its
 * explanation only when `findings` is a list (an explained assessment).
 *
 * @example
 * runLookBack(ctx, conditions, null).results['rollback-income-below-line']?.outcome // 'met'
 */
export function runLookBack(c: EliminationContext, conditions: ConditionTests, findings: Finding[] | null): LookBackOutcome {
  const list = apply(lookBackRule, c, findings).data;
  if (!list.ok) return { checks: [], results: {}, relabel: null, removal: false, followUps: [], missing: [list.missing] };
  const eliminated = c.monitoring.eliminated;
  // (written out, not spread from `c`: a spread copies by the generic path, household after household)
  const lb: LookBackContext = {
    h: c.h,
    profile: c.profile,
    on: c.on,
    monitoring: c.monitoring,
    assessment: c.assessment,
    income: c.income,
    asOf: c.asOf,
    eliminationDate: c.eliminationDate,
    method: c.method,
    members: c.members,
    conditionsCitation: c.conditionsCitation,
    lookBackCitation: list.citation,
    conditions,
    eliminated,
  };
  const checks = [...list.value];
  const results: Partial<Record<LookBackCheck, Tested<unknown>>> = {};
  const missing: string[] = [];
  let relabel: Relabel | null = null;
  for (const k of checks) {
    let t: Tested<unknown>;
    if (onEliminated(k)) {
      if (!isEliminated(lb)) continue;
      t = apply(ON_ELIMINATED[k], lb, findings);
    } else {
      t = apply(ANY_TIME[k], lb, findings);
      if (k === 'relabel-by-identification-income') relabel = (t.data as RelabelData).relabel;
    }
    results[k] = t;
    if (t.outcome === 'undetermined' && t.missing) missing.push(...t.missing);
  }
  const followUps: string[] = [];
  if (results['consent-on-record']?.outcome === 'met') followUps.push('complete-informed-consent');
  for (const k of PROCEDURE_CHECKS) if (results[k]?.outcome === 'met') followUps.push(PROCEDURE_STEPS[k].followUp);
  const removalTest = results['removal-not-qualified'];
  const removal = removalTest === undefined ? false : removalTest.outcome === 'met' ? true : removalTest.outcome === 'undetermined' ? null : false;
  return { checks, results, relabel, missing, removal, followUps };
}

/** The procedure checks in their table order (the order their follow-ups are listed in), read once. */
const PROCEDURE_CHECKS: readonly ProcedureCheck[] = Object.freeze(Object.keys(PROCEDURE_STEPS) as ProcedureCheck[]);

function isEliminated(c: LookBackContext): c is EliminatedLookBack {
  return c.eliminated !== undefined;
}
