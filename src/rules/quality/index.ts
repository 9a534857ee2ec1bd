/**
 * 数据清洗 (data quality): the public entry points and the catalogue.
 *
 * @module
 */
export { checkDataQuality } from './check.js';
export { checkBatch, createBatchChecker, type BatchChecker, type BatchResult } from './batch.js';
export { QUALITY_CHECKS, QUALITY_RULES, NATIONAL_CODE_MAP, COUNTY_COVERAGE, type QualityCheckInfo } from './catalog.js';
export { OUT_OF_SCOPE, type FamilyCoverage, type RuleCoverage, type OutOfScope } from './coverage.js';
export { COUNTY_RULES, type CountyRule } from './county-rules.js';
export { maskPhone, isMobileNumber, type QualityIssue, type QualitySeverity } from './issue.js';
export { checkTables, createTableChecker, TABLE_CHECKS, type ExportTables, type TableChecker, type TablesResult } from './tables.js';
