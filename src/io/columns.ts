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

/** What a result row says of the household besides its assessment: 户编号, village, the export's recorded state. */
export interface ResultHead {
  householdId: string;
  village?: string | undefined;
  recorded?: RecordedState | null;
}

/** A result cell's value before it is written. */
export type ResultCellValue = string | number | boolean | readonly string[] | null | undefined;

/** The data-quality severities the four count columns count, in column order. */
export const RESULT_SEVERITIES = ['error', 'warning', 'completeness', 'info'] as const;

/**
 * How one result column's value is found from an assessment and its household (结果列取值) — the one
 * mapping {@link resultRow} and the CLI's line writer (src/rescore/result-line.ts) both read. `kind`
 * says what the value is, so a writer can be chosen once per run; a column fixed by a code from a
 * closed list (a label's key, yes/no, a list of ids) names that code (`code`/`codes`), so its written
 * cell can be kept by it.
 */
export type ResultColumnValue =
  | { kind: 'text'; value(r: ResultSummary, head: ResultHead, language: 'zh' | 'en'): string | null | undefined }
  | { kind: 'number'; value(r: ResultSummary, head: ResultHead, language: 'zh' | 'en'): number | null | undefined }
  | { kind: 'list'; value(r: ResultSummary, head: ResultHead, language: 'zh' | 'en'): readonly string[] }
  | { kind: 'coded'; value(r: ResultSummary, head: ResultHead, language: 'zh' | 'en'): ResultCellValue; code(r: ResultSummary, head: ResultHead): string | null | undefined }
  | { kind: 'coded-list'; value(r: ResultSummary, head: ResultHead, language: 'zh' | 'en'): readonly string[]; codes(r: ResultSummary): readonly string[] | null | undefined }
  | { kind: 'quality'; severity: (typeof RESULT_SEVERITIES)[number]; value(r: ResultSummary): number | undefined };

function labelColumn(table: Readonly<Record<string, Text>>, code: (r: ResultSummary, head: ResultHead) => string | null | undefined): ResultColumnValue {
  return { kind: 'coded', value: (r, head, language) => label(table, code(r, head), language), code };
}

function labelsColumn(codes: (r: ResultSummary) => readonly string[] | null | undefined, name: (id: string) => Text): ResultColumnValue {
  return { kind: 'coded-list', value: (r, _head, language) => labels(codes(r), name, language), codes };
}

function qualityColumn(severity: (typeof RESULT_SEVERITIES)[number]): ResultColumnValue {
  return {
    kind: 'quality',
    severity,
    value: (r) => {
      if (!r.quality) return undefined;
      let n = 0;
      for (const q of r.quality) if (q.severity === severity) n++;
      return n;
    },
  };
}

function agrees(r: ResultSummary, head: ResultHead): boolean | null {
  const m = r.monitoring;
  return head.recorded && m?.outcome ? agreesWithRecord(head.recorded, { outcome: m.outcome, category: m.category ?? null }) : null;
}

/** The fields of the visit list, each once, in first-seen order. */
function fieldsToVerify(r: ResultSummary): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of r.monitoring?.toVerify ?? []) {
    for (const f of v.facts) {
      if (!seen.has(f.field)) {
        seen.add(f.field);
        out.push(f.field);
      }
    }
  }
  return out;
}

const recordSign = (x: string): Text => RECORD_SIGNS[x as keyof typeof RECORD_SIGNS] ?? { zh: x, en: x };

/** Every result column's value, by key, in {@link resultRow}'s key order. */
export const RESULT_COLUMN_VALUES: Readonly<Record<string, ResultColumnValue>> = {
  householdId: { kind: 'text', value: (_r, head) => head.householdId },
  village: { kind: 'text', value: (_r, head) => head.village },
  recordedCategory: labelColumn(RECORDED_STATES, (_r, head) => head.recorded),
  outcome: labelColumn(IDENTIFICATION_OUTCOMES, (r) => r.monitoring?.outcome),
  category: labelColumn(MONITORING_CATEGORIES, (r) => r.monitoring?.category),
  provisionalCategory: labelColumn(MONITORING_CATEGORIES, (r) => r.monitoring?.provisionalCategory),
  agreesWithRecord: { kind: 'coded', value: agrees, code: (r, head) => String(agrees(r, head)) },
  toVerify: { kind: 'list', value: (r, _head, language) => (r.monitoring?.toVerify ?? []).map((v) => verificationText(v, language)) },
  missing: { kind: 'list', value: (r, _head, language) => (r.monitoring?.missing ?? []).map((p) => fieldLabel(p)[language]) },
  signs: labelsColumn((r) => r.monitoring?.signs, recordSign),
  eligible: { kind: 'coded', value: (r) => r.monitoring?.eligible ?? undefined, code: (r) => String(r.monitoring?.eligible ?? undefined) },
  excludedBy: labelsColumn((r) => r.monitoring?.excludedBy, ruleTitle),
  householdSize: { kind: 'number', value: (r) => r.income?.householdSize },
  netIncome: { kind: 'text', value: (r) => r.income?.netIncome },
  perCapitaNetIncome: { kind: 'text', value: (r) => r.income?.perCapitaNetIncome },
  referenceIncome: { kind: 'text', value: (r) => r.income?.referenceIncome },
  perCapitaReferenceIncome: { kind: 'text', value: (r) => r.income?.perCapitaReferenceIncome },
  policyStatusOutcome: labelColumn(POLICY_STATUS_OUTCOMES, (r) => r.policyStatus?.outcome),
  policyStatus: labelColumn(POLICY_STATUSES, (r) => r.policyStatus?.status),
  eliminationOutcome: labelColumn(ELIMINATION_OUTCOMES, (r) => r.elimination?.outcome),
  eliminationEligible: { kind: 'coded', value: (r) => r.elimination?.eligible ?? undefined, code: (r) => String(r.elimination?.eligible ?? undefined) },
  eliminationBlockers: labelsColumn((r) => r.elimination?.blockers, blockerLabel),
  screeningGroups: labelsColumn((r) => r.screening?.groups, screeningGroupLabel),
  qualityErrors: qualityColumn('error'),
  qualityWarnings: qualityColumn('warning'),
  qualityCompleteness: qualityColumn('completeness'),
  qualityInfo: qualityColumn('info'),
  outcomeCode: { kind: 'coded', value: (r) => r.monitoring?.outcome ?? undefined, code: (r) => r.monitoring?.outcome },
  toVerifyFields: { kind: 'list', value: fieldsToVerify },
  missingFields: { kind: 'list', value: (r) => [...(r.monitoring?.missing ?? [])] },
  excludedByRules: { kind: 'list', value: (r) => [...(r.monitoring?.excludedBy ?? [])] },
  eliminationBlockerCodes: { kind: 'list', value: (r) => [...(r.elimination?.blockers ?? [])] },
  screeningGroupCodes: { kind: 'list', value: (r) => [...(r.screening?.groups ?? [])] },
};

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
  const row: Record<string, ResultCellValue> = {};
  for (const key in RESULT_COLUMN_VALUES) row[key] = RESULT_COLUMN_VALUES[key]!.value(summary, summary, language);
  return row as TableRow;
}
