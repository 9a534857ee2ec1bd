/**
 * All worked examples, by layer. A new layer's file is added here with one line.
 *
 * @module
 */
import type { WorkedExample } from './define.js';
import { eliminationExamples } from './elimination.js';
import { identificationExamples } from './identification.js';
import { incomeExamples } from './income.js';
import { policyStatusExamples } from './policy-status.js';
import { procedureExamples } from './procedure.js';
import { qualityExamples } from './quality.js';
import { qualityCoverageExamples } from './quality-coverage.js';
import { screeningExamples } from './screening.js';
import { tableExamples } from './tables.js';

export const WORKED_EXAMPLES: readonly WorkedExample[] = [...incomeExamples, ...identificationExamples, ...policyStatusExamples, ...eliminationExamples, ...screeningExamples, ...procedureExamples, ...qualityExamples, ...qualityCoverageExamples, ...tableExamples];
