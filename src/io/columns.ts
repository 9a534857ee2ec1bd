/**
 * The default result columns (结果列): one row per household with what the library decided,
 * after design.md's result shape. The CLI decides what it writes; this is a sensible default that
 * is easy to change — a column is `{ key, zh, en }` and {@link resultRow} fills it from a plain
 * object, so a caller can add, drop or reorder columns without touching the writers.
 *
 * @module
 */
import { fieldLabel } from '../model/field-labels.js';
import { MONITORING_CATEGORIES, POLICY_STATUSES } from '../model/labels.js';
import { ELIMINATION_OUTCOMES } from '../rules/elimination/index.js';
import { IDENTIFICATION_OUTCOMES } from '../rules/identification/index.js';
import { RECORD_SIGNS } from '../kernel/verification.js';
import {
  agreesWithRecord,
  blockerLabel,
  POLICY_STATUS_OUTCOMES,
  RECORDED_STATES,
  ruleTitle,
  screeningGroupLabel,
  verificationText,
  type RecordedState,
} from '../present/result-labels.js';
import type { Text } from '../model/labels.js';
import type { TableColumn, TableRow } from './table.js';

/**
 * The default result columns, in output order. Chinese tables show Chinese labels only (no codes, no
 * field paths), English tables English labels; lists are JSON arrays in NDJSON and joined with "；" in
 * CSV and XLSX. The last six columns (the codes beside the labels) are written to NDJSON only.
 */
export const RESULT_COLUMNS: readonly TableColumn[] = [
  { key: 'householdId', zh: '户编号', en: 'household id' },
  { key: 'village', zh: '行政村', en: 'village' },
  { key: 'recordedCategory', zh: '原记录类别', en: 'category on record' },
  { key: 'outcome', zh: '认定结论', en: 'outcome' },
  { key: 'category', zh: '监测对象类别（判定）', en: 'monitoring category (decided)' },
  { key: 'provisionalCategory', zh: '拟认定类别', en: 'provisional category (if verified)' },
  { key: 'agreesWithRecord', zh: '与原记录是否一致', en: 'agrees with the record' },
  { key: 'toVerify', zh: '须入户核实', en: 'to verify at the home visit' },
  { key: 'missing', zh: '记录缺项', en: 'missing from the record' },
  { key: 'signs', zh: '线索', en: 'signs in the record' },
  { key: 'eligible', zh: '是否纳入监测', en: 'eligible for monitoring' },
  { key: 'excludedBy', zh: '排除情形', en: 'excluded by' },
  { key: 'householdSize', zh: '家庭人口数', en: 'household size' },
  { key: 'netIncome', zh: 'A33 家庭纯收入', en: 'A33 net income' },
  { key: 'perCapitaNetIncome', zh: 'A34 家庭人均纯收入', en: 'A34 per-capita net income' },
  { key: 'referenceIncome', zh: 'A37 纳入监测对象的收入参考范围', en: 'A37 reference income' },
  { key: 'perCapitaReferenceIncome', zh: 'A38 纳入监测对象的人均收入参考范围', en: 'A38 per-capita reference income' },
  { key: 'policyStatusOutcome', zh: '政策状态结论', en: 'policy status outcome' },
  { key: 'policyStatus', zh: '脱贫户政策状态', en: 'policy status' },
  { key: 'eliminationOutcome', zh: '风险消除结论', en: 'risk elimination outcome' },
  { key: 'eliminationEligible', zh: '是否可标注风险消除', en: 'risk elimination eligible' },
  { key: 'eliminationBlockers', zh: '风险消除障碍', en: 'elimination blockers' },
  { key: 'screeningGroups', zh: '排查重点人群', en: 'screening groups' },
  { key: 'qualityErrors', zh: '数据质量：错误', en: 'quality: errors' },
  { key: 'qualityWarnings', zh: '数据质量：疑点', en: 'quality: warnings' },
  { key: 'qualityCompleteness', zh: '数据质量：缺项', en: 'quality: completeness' },
  { key: 'qualityInfo', zh: '数据质量：提示', en: 'quality: info' },
  { key: 'outcomeCode', zh: '认定结论代码', en: 'outcome code', ndjsonOnly: true },
  { key: 'toVerifyFields', zh: '须入户核实字段', en: 'fields to verify', ndjsonOnly: true },
  { key: 'missingFields', zh: '记录缺项字段', en: 'fields missing', ndjsonOnly: true },
  { key: 'excludedByRules', zh: '排除情形规则', en: 'exclusion rule ids', ndjsonOnly: true },
  { key: 'eliminationBlockerCodes', zh: '风险消除障碍代码', en: 'elimination blocker codes', ndjsonOnly: true },
  { key: 'screeningGroupCodes', zh: '排查重点人群代码', en: 'screening group codes', ndjsonOnly: true },
];

/** A visit-list entry as {@link resultRow} reads it (a `Verification` fits). */
interface VerificationLike {
  label: Text;
  facts: readonly { field: string; label: Text }[];
}

/**
 * What {@link resultRow} reads: the household id and village, the export's own recorded category, and
 * the parts of an assessment (design.md "Results"). Every part is optional, so the same function serves
 * while rules are being added; `{ ...assessHousehold(h, p), householdId: h.id, village: h.region?.village,
 * recorded: recordedStateOf(h) }` fits.
 */
export interface ResultSummary {
  householdId: string;
  village?: string | undefined;
  /** What the export records (A3, eliminated, or not a monitoring object); see `recordedStateOf`. */
  recorded?: RecordedState | null;
  income?: {
    householdSize?: number | null;
    netIncome?: string | null;
    perCapitaNetIncome?: string | null;
    referenceIncome?: string | null;
    perCapitaReferenceIncome?: string | null;
  } | null;
  monitoring?: {
    outcome?: string | null;
    eligible?: boolean | null;
    category?: string | null;
    provisionalCategory?: string | null;
    toVerify?: readonly VerificationLike[] | null;
    missing?: readonly string[] | null;
    signs?: readonly string[] | null;
    excludedBy?: readonly string[] | null;
  } | null;
  policyStatus?: { outcome?: string | null; status?: string | null } | null;
  elimination?: { outcome?: string | null; eligible?: boolean | null; blockers?: readonly string[] | null } | null;
  screening?: { groups?: readonly string[] | null } | null;
  quality?: readonly { severity: string }[] | null;
}

function label(table: Readonly<Record<string, Text>>, key: string | null | undefined, language: 'zh' | 'en'): string | undefined {
  if (key === null || key === undefined) return undefined;
  return table[key]?.[language] ?? key;
}

function labels(list: readonly string[] | null | undefined, name: (id: string) => Text, language: 'zh' | 'en'): string[] {
  return list ? list.map((id) => name(id)[language]) : [];
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function countSeverity(quality: ResultSummary['quality'], severity: string): number | undefined {
  if (!quality) return undefined;
  let n = 0;
  for (const q of quality) if (q.severity === severity) n++;
  return n;
}

/**
 * One result row for {@link RESULT_COLUMNS}: outcomes, categories and policy status as Chinese (or
 * English) labels; the visit list (须入户核实), the record's missing facts (by field label), the signs, the
 * exclusions, blockers and screening groups as lists of labels; the export's recorded category beside the
 * recomputed one and whether they agree ({@link agreesWithRecord}); quality issues counted by severity.
 * Parts that are absent leave their cells empty.
 *
 * @example
 * resultRow({ householdId: 'H1', recorded: 'not-monitored', income: { perCapitaNetIncome: '5733.33' },
 *   monitoring: { outcome: 'to-verify', eligible: null, category: null, provisionalCategory: 'marginal',
 *     toVerify: [{ label: { zh: '有返贫致贫风险在案', en: 'a risk on record' }, facts: [{ field: 'riskTypes', label: { zh: 'A27 致贫返贫风险类型', en: 'A27 risk' } }] }] } })
 * // { householdId: 'H1', recordedCategory: '非监测对象', outcome: '待核实', provisionalCategory: '边缘易致贫户',
 * //   agreesWithRecord: false, toVerify: ['有返贫致贫风险在案（A27 致贫返贫风险类型）'], toVerifyFields: ['riskTypes'], … }
 */
export function resultRow(summary: ResultSummary, language: 'zh' | 'en' = 'zh'): TableRow {
  const { income, monitoring, policyStatus, elimination, screening, quality } = summary;
  const recorded = summary.recorded ?? undefined;
  const toVerify = monitoring?.toVerify ?? [];
  const missing = monitoring?.missing ?? [];
  const agrees = recorded && monitoring?.outcome ? agreesWithRecord(recorded, { outcome: monitoring.outcome, category: monitoring.category ?? null }) : null;
  return {
    householdId: summary.householdId,
    village: summary.village,
    recordedCategory: label(RECORDED_STATES, recorded, language),
    outcome: label(IDENTIFICATION_OUTCOMES, monitoring?.outcome, language),
    category: label(MONITORING_CATEGORIES, monitoring?.category, language),
    provisionalCategory: label(MONITORING_CATEGORIES, monitoring?.provisionalCategory, language),
    agreesWithRecord: agrees,
    toVerify: toVerify.map((v) => verificationText(v, language)),
    missing: missing.map((p) => fieldLabel(p)[language]),
    signs: labels(monitoring?.signs, (s) => RECORD_SIGNS[s as keyof typeof RECORD_SIGNS] ?? { zh: s, en: s }, language),
    eligible: monitoring?.eligible ?? undefined,
    excludedBy: labels(monitoring?.excludedBy, ruleTitle, language),
    householdSize: income?.householdSize,
    netIncome: income?.netIncome,
    perCapitaNetIncome: income?.perCapitaNetIncome,
    referenceIncome: income?.referenceIncome,
    perCapitaReferenceIncome: income?.perCapitaReferenceIncome,
    policyStatusOutcome: label(POLICY_STATUS_OUTCOMES, policyStatus?.outcome, language),
    policyStatus: label(POLICY_STATUSES, policyStatus?.status, language),
    eliminationOutcome: label(ELIMINATION_OUTCOMES, elimination?.outcome, language),
    eliminationEligible: elimination?.eligible ?? undefined,
    eliminationBlockers: labels(elimination?.blockers, blockerLabel, language),
    screeningGroups: labels(screening?.groups, screeningGroupLabel, language),
    qualityErrors: countSeverity(quality, 'error'),
    qualityWarnings: countSeverity(quality, 'warning'),
    qualityCompleteness: countSeverity(quality, 'completeness'),
    qualityInfo: countSeverity(quality, 'info'),
    outcomeCode: monitoring?.outcome ?? undefined,
    toVerifyFields: unique(toVerify.flatMap((v) => v.facts.map((f) => f.field))),
    missingFields: [...missing],
    excludedByRules: [...(monitoring?.excludedBy ?? [])],
    eliminationBlockerCodes: [...(elimination?.blockers ?? [])],
    screeningGroupCodes: [...(screening?.groups ?? [])],
  };
}
