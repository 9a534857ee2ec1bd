/**
 * The rule catalog: every rule's header, for the generated docs and for the test that every rule
 * has a citation and a doc entry. A rule module registers its headers here.
 *
 * @module
 */
import type { Rule } from '../kernel/rule.js';
import { periodRule } from '../facts/context.js';
import { householdSizeRule } from '../facts/household-size.js';
import { A33Rule, A34Rule, A37Rule, A38Rule, breakdownRule } from './income/index.js';
import { IDENTIFICATION_RULES } from './identification/index.js';
import { POLICY_STATUS_RULES } from './policy-status/index.js';
import { ELIMINATION_RULES } from './elimination/index.js';
import { SCREENING_RULES } from './screening/index.js';
import { PROCEDURE_RULES } from './procedure/index.js';
import { QUALITY_RULES } from './quality/catalog.js';

/** All rules, in layer order: income, identification, policy status, elimination, screening, procedure, data quality. */
export const RULES: readonly Rule[] = [
  periodRule,
  householdSizeRule,
  A33Rule,
  A34Rule,
  A37Rule,
  A38Rule,
  breakdownRule,
  ...IDENTIFICATION_RULES,
  ...POLICY_STATUS_RULES,
  ...ELIMINATION_RULES,
  ...SCREENING_RULES,
  ...PROCEDURE_RULES,
  ...QUALITY_RULES,
];
