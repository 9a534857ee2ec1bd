/**
 * The parameter catalog: every parameter a rule may read. Each group lives in its own module; this
 * one merges them. A profile may only set keys declared here.
 *
 * @module
 */
import { incomeParameters } from './income.js';
import { qualityParameters } from './quality.js';
import { qualityCoverageParameters } from './quality-coverage.js';
import { procedureParameters } from './procedure.js';
import { identificationParameters } from './identification.js';
import { policyStatusParameters } from './policy-status.js';
import { eliminationParameters } from './elimination.js';
import { screeningParameters } from './screening.js';
import { tableParameters } from './tables.js';

/** All declared parameters, by key. */
export const PARAMETERS = {
  ...incomeParameters,
  ...qualityParameters,
  ...qualityCoverageParameters,
  ...procedureParameters,
  ...identificationParameters,
  ...policyStatusParameters,
  ...eliminationParameters,
  ...screeningParameters,
  ...tableParameters,
};

/** A declared parameter key. */
export type ParameterKey = keyof typeof PARAMETERS;
