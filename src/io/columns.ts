/**
 * The default result columns (结果列): one row per household with what the library decided,
 * after design.md's result shape. The CLI decides what it writes; this is a sensible default that
 * is easy to change — a column is `{ key, zh, en }` and {@link resultRow} fills it from a plain
 * object, so a caller can add, drop or reorder columns without touching the writers.
 *
 * @module
 */
import { MONITORING_CATEGORIES, POLICY_STATUSES } from '../model/labels.js';
import type { TableColumn, TableRow } from './write.js';

/** The default result columns, in output order. */
export const RESULT_COLUMNS: readonly TableColumn[] = [
  { key: 'householdId', zh: '户编号', en: 'household id' },
  { key: 'village', zh: '行政村', en: 'village' },
  { key: 'category', zh: '监测对象类别（判定）', en: 'monitoring category (decided)' },
  { key: 'eligible', zh: '是否纳入监测', en: 'eligible for monitoring' },
  { key: 'excludedBy', zh: '排除情形', en: 'excluded by' },
  { key: 'householdSize', zh: '家庭人口数', en: 'household size' },
  { key: 'netIncome', zh: 'A33 家庭纯收入', en: 'A33 net income' },
  { key: 'perCapitaNetIncome', zh: 'A34 家庭人均纯收入', en: 'A34 per-capita net income' },
  { key: 'referenceIncome', zh: 'A37 纳入监测对象的收入参考范围', en: 'A37 reference income' },
  { key: 'perCapitaReferenceIncome', zh: 'A38 纳入监测对象的人均收入参考范围', en: 'A38 per-capita reference income' },
  { key: 'policyStatus', zh: '脱贫户政策状态', en: 'policy status' },
  { key: 'eliminationEligible', zh: '是否可标注风险消除', en: 'risk elimination eligible' },
  { key: 'eliminationBlockers', zh: '风险消除障碍', en: 'elimination blockers' },
  { key: 'screeningGroups', zh: '排查重点人群', en: 'screening groups' },
  { key: 'qualityErrors', zh: '数据质量：错误', en: 'quality: errors' },
  { key: 'qualityWarnings', zh: '数据质量：疑点', en: 'quality: warnings' },
  { key: 'qualityCompleteness', zh: '数据质量：缺项', en: 'quality: completeness' },
  { key: 'qualityInfo', zh: '数据质量：提示', en: 'quality: info' },
];

/**
 * What {@link resultRow} reads: the household id and village, and the parts of an assessment
 * (design.md "Results"). Every part is optional, so the same function serves while rules are
 * being added; `{ ...assessHousehold(h, p), householdId: h.id, village: h.region?.village }` fits.
 */
export interface ResultSummary {
  householdId: string;
  village?: string | undefined;
  income?: {
    householdSize?: number | null;
    netIncome?: string | null;
    perCapitaNetIncome?: string | null;
    referenceIncome?: string | null;
    perCapitaReferenceIncome?: string | null;
  } | null;
  monitoring?: { eligible?: boolean | null; category?: string | null; excludedBy?: readonly string[] | null } | null;
  policyStatus?: { status?: string | null } | null;
  elimination?: { eligible?: boolean | null; blockers?: readonly string[] | null } | null;
  screening?: { groups?: readonly string[] | null } | null;
  quality?: readonly { severity: string }[] | null;
}

function label(table: Record<string, { zh: string; en: string }>, key: string | null | undefined, language: 'zh' | 'en'): string | undefined {
  if (key === null || key === undefined) return undefined;
  return table[key]?.[language] ?? key;
}

function joined(list: readonly string[] | null | undefined): string | undefined {
  return list && list.length > 0 ? list.join('; ') : undefined;
}

function countSeverity(quality: ResultSummary['quality'], severity: string): number | undefined {
  if (!quality) return undefined;
  let n = 0;
  for (const q of quality) if (q.severity === severity) n++;
  return n;
}

/**
 * One result row for {@link RESULT_COLUMNS}: categories and policy status as Chinese (or English)
 * labels, lists joined with "; ", quality issues counted by severity. Parts that are absent leave
 * their cells empty.
 *
 * @example
 * resultRow({ householdId: 'H1', income: { perCapitaNetIncome: '5733.33' }, monitoring: { eligible: true, category: 'marginal' } })
 * // { householdId: 'H1', category: '边缘易致贫户', eligible: true, perCapitaNetIncome: '5733.33', … }
 */
export function resultRow(summary: ResultSummary, language: 'zh' | 'en' = 'zh'): TableRow {
  const { income, monitoring, policyStatus, elimination, screening, quality } = summary;
  return {
    householdId: summary.householdId,
    village: summary.village,
    category: label(MONITORING_CATEGORIES, monitoring?.category, language),
    eligible: monitoring?.eligible ?? undefined,
    excludedBy: joined(monitoring?.excludedBy),
    householdSize: income?.householdSize,
    netIncome: income?.netIncome,
    perCapitaNetIncome: income?.perCapitaNetIncome,
    referenceIncome: income?.referenceIncome,
    perCapitaReferenceIncome: income?.perCapitaReferenceIncome,
    policyStatus: label(POLICY_STATUSES, policyStatus?.status, language),
    eliminationEligible: elimination?.eligible ?? undefined,
    eliminationBlockers: joined(elimination?.blockers),
    screeningGroups: joined(screening?.groups),
    qualityErrors: countSeverity(quality, 'error'),
    qualityWarnings: countSeverity(quality, 'warning'),
    qualityCompleteness: countSeverity(quality, 'completeness'),
    qualityInfo: countSeverity(quality, 'info'),
  };
}
