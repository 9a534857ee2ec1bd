/**
 * fangfanpin (防返贫) — China's rural poverty-relapse monitoring rules (防止返贫动态监测和帮扶),
 * executable: the household model, regional policy profiles, and pure functions that answer the
 * monitoring questions with reasons and citations.
 *
 * @packageDocumentation
 */
export { VERSION } from './version.js';

// model/
export * from './model/labels.js';
export { HOUSEHOLD_EVENTS } from './model/events.js';
export {
  HouseholdSchema,
  MemberSchema,
  IncomeSchema,
  GuaranteesSchema,
  MonitoringSchema,
  EliminationSchema,
  AssetsSchema,
  HardshipSchema,
  PolicyReviewSchema,
  MonitoringCategorySchema,
  PolicyStatusSchema,
  RiskTypeSchema,
  MeasureSchema,
  RelationSchema,
  EliminationMethodSchema,
  HouseholdEventSchema,
  type Household,
  type HouseholdInput,
  type Member,
  type Income,
  type MonitoringCategory,
  type RiskType,
  type Measure,
  type Relation,
  type PolicyStatus,
  type EliminationMethod,
  type HouseholdEvent,
} from './model/household.js';
export { MoneySchema, NonNegativeMoneySchema, PositiveMoneySchema, CalendarDateSchema, YearMonthSchema, MODEL_DATE_RANGE, MAX_HOUSEHOLD_MEMBERS, isModelDate } from './model/primitives.js';
export { InvalidOptionError } from './model/option-error.js';
export { parseHousehold, type ParseResult } from './model/parse.js';
export type { ValidationIssue } from './model/validation.js';
export { type Money, toFen, formatFen, divideFen, comparePerCapita, isMoney, moneyProblem, ROUNDING_MODES, type RoundingMode, MAX_MONEY_FEN } from './model/money.js';
export { type CalendarDate, isCalendarDate, addDays, addMonths, ageOn, monthsBetween, daysBetween } from './model/calendar-date.js';

// profile/
export { getProfile, listProfiles, defineProfile, safeDefineProfile, type DefineProfileOptions } from './profile/registry.js';
export { parameter, optionalParameter } from './profile/lookup.js';
export { PARAMETERS, type ParameterKey } from './profile/parameters/index.js';
export { ProfileInputSchema, type Profile, type ProfileInput, type ParameterValue } from './profile/schema.js';
export type { DatedValue, ParameterDefinition, ParameterGroup } from './profile/parameter.js';
export { UnknownProfileError, ProfileDefinitionError, MissingParameterError } from './profile/errors.js';
export { parseProfile, type ProfileParseResult, type ProfileResolver } from './profile/define.js';

// explain/
export { DOCUMENTS, getDocument, type PolicyDocument } from './explain/documents.js';
export type { Finding, Citation, QuotedCitation, FindingOutcome, FindingValue } from './explain/finding.js';
export { maskIdNumber, maskIdNumbersInText } from './explain/mask.js';

// rules/
export { RULES } from './rules/catalog.js';
export type { RuleDefinition, Rule, RuleLayer } from './kernel/rule.js';
export { resolveContext, type AssessmentOptions, type AssessmentContext, type IncomePeriod } from './facts/context.js';
export { computeIncome, type IncomeResult } from './rules/income/index.js';
export { validateIdNumber, birthDateFromIdNumber, idCheckCharacter, type IdNumberInfo, type IdNumberProblem, type IdNumberOptions } from './model/id-number.js';
export { memberAge, memberBirthDate, canWork, hasNoLabour, hasFullLabour, memberPresentOn } from './facts/member.js';

// rules/quality (数据清洗)
export {
  checkDataQuality,
  checkBatch,
  createBatchChecker,
  QUALITY_CHECKS,
  NATIONAL_CODE_MAP,
  maskPhone,
  type QualityIssue,
  type QualitySeverity,
  type QualityCheckInfo,
  type BatchChecker,
  type BatchResult,
} from './rules/quality/index.js';
export { COUNTY_COVERAGE, COUNTY_RULES, OUT_OF_SCOPE, type FamilyCoverage, type RuleCoverage, type OutOfScope, type CountyRule } from './rules/quality/index.js';
// the export's other tables (务工月监测, 行政村)
export { checkTables, createTableChecker, type ExportTables, type TableChecker, type TablesResult } from './rules/quality/tables.js';
export { WorkSpellSchema, WORK_TABLES, type WorkSpell, type WorkTable } from './model/work-spell.js';
export { VillageSchema, type Village } from './model/village.js';

// assess
export { assessHousehold, type AssessmentResult, type DecisionRecord, type ProcedureResult } from './assess.js';

// rescore
export { rescore, type RescoreOptions, type RescoreRun } from './rescore/rescore.js';
export { compact, type RescoreOutcome, type RescoreOutcome as Outcome, type RescoreResult, type RescoreRejection, type RescoreView, type Compact, type ViewResult, type ImportedRecordLike, type RecordSource } from './rescore/score.js';
export { summaryRows, SUMMARY_COLUMNS, SUMMARY_CATEGORIES, type RescoreSummary, type VillageSummary, type SummaryCounts, type SummaryCategory, type SummaryRegion } from './rescore/summary.js';
export { recordedMatrixRows, factRows, RECORDED_MATRIX_COLUMNS, FACT_COLUMNS, type RecordedMatrix, type FactCount } from './rescore/summary.js';
export { recordedStateOf, agreesWithRecord, RECORDED_STATES, POLICY_STATUS_OUTCOMES, type RecordedState } from './present/result-labels.js';

// calendar/ and procedure (程序与时限)
export { HOLIDAY_NOTICES, type HolidayNotice, type HolidayArrangement } from './calendar/notices.js';
export { CalendarCoverageError } from './calendar/errors.js';
export { defineHolidayNotice, safeDefineHolidayNotices, calendarWith, HolidayNoticeError, HolidayNoticeSchema, type HolidayNoticesResult } from './calendar/define.js';
export { isWorkingDay, addWorkingDays, workingDaysBetween, dayInfo, isCovered, officialCalendar, buildWorkingCalendar, type WorkingCalendar, type DayKind, type DayInfo } from './calendar/working-days.js';
export {
  computePublicityPeriod,
  homeVerificationDeadline,
  identificationDeadline,
  assistancePlanDeadline,
  householdDeadlines,
  assessGreenChannel,
  scheduleFor,
  deadlineStatus,
  applyTimeLimit,
  type ProcedureOptions,
  type DeadlineResult,
  type PublicityResult,
  type GreenChannelResult,
  type Schedule,
  type ScheduleStep,
  type StepStatus,
  type StepStatusResult,
} from './rules/procedure/index.js';
export { TimeLimitSchema, type TimeLimit } from './profile/parameters/procedure.js';

// rules/identification (纳入监测) and rules/policy-status (脱贫享受政策 / 不享受政策)
export { classifyMonitoring, IDENTIFICATION_OUTCOMES, type MonitoringResult, type IdentificationOutcome } from './rules/identification/index.js';
export { classifyPolicyStatus, type PolicyStatusResult, type PolicyStatusOutcome } from './rules/policy-status/index.js';
export { RECORD_SIGNS, isVisitFact, type RecordSign, type Verification, type FactToVerify } from './kernel/verification.js';
export { FIELD_LABELS, fieldLabel } from './model/field-labels.js';

// rules/elimination (风险消除, 回退, 风险再标注) and rules/screening (集中排查)
export { assessRiskElimination, ELIMINATION_OUTCOMES, type EliminationOutcome, type EliminationResult, type RollbackResult, type EliminationMark, type Relabel } from './rules/elimination/index.js';
export { screenHousehold, type ScreeningResult, type ScreeningWindow } from './rules/screening/index.js';
export { ELIMINATION_CONDITIONS, LOOK_BACK_CHECKS, PROHIBITION_FACTS, type EliminationCondition, type LookBackCheck, type ProhibitionFact } from './profile/parameters/elimination.js';
export { SCREENING_GROUPS, type ScreeningGroup } from './profile/parameters/screening.js';

// compare (政策配置比较)
export { compareProfiles, COMPARISON_STATES, type CompareOptions, type ProfileComparison, type ComparisonRow, type ComparisonSide, type ComparisonRejection, type ComparisonCounts, type ComparisonState, type CategoryChange } from './compare.js';

// a monitoring line supplied by the user (补充监测线)
export { withMonitoringLine, monitoringLineReading, suppliedLinesOf, SuppliedLineError, type MonitoringLineSupply, type MonitoringLineReading, type SuppliedLine } from './supplied-line.js';

// explain/render
export { renderExplanation, renderNotice, type RenderOptions, type Language } from './present/render.js';
