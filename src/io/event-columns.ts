/**
 * Household events from flat columns (户事件列): `events` is a list of `{ kind, on }`, which a
 * flat export row holds as two columns side by side — the kinds, comma-separated, and their dates
 * in the same order:
 *
 * | 部门预警类型 | 部门预警时间 |
 * | --- | --- |
 * | 新增低保,住危房 | 2023-05-10,2023-07-01 |
 *
 * Each pair becomes one event. 部门预警类型 / 部门预警时间 are the departments' monthly warnings
 * (部门筛查预警, 龙扶贫组字〔2021〕1号 §三(三): "每月按时将新增低保、特困供养、临时救助、住危房、大额医疗支出、
 * 刑事处罚、重度残疾人、困难学生等预警信息报市扶贫办"), recorded with `departmentWarning: true`;
 * 户事件类型 / 户事件时间 hold the other events (applications, new 低保, disasters …). These are this
 * library's headers (no export spelling is known). A kind without its date, or a date without its
 * kind, is never guessed: the household gets a problem naming both columns.
 *
 * While a household is assembled the two lists sit under temporary keys (the mapping paths
 * `$events.<group>.kind` / `.on`); {@link pairEvents} moves them into `events`.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import type { ValidationIssue } from '../model/validation.js';

/** One pair of columns. */
interface EventColumns {
  /** The list the pairs go into. */
  target: 'events' | 'incomeHistory';
  kind: string;
  on: string;
  /** The keys the two items take in each entry of the list. */
  keys: { kind: string; on: string };
  /** The usual headers of the two columns, for messages when the file lacks one of them. */
  headers: { kind: string; on: string };
  /** Fields every entry of the pair carries. */
  fixed: Readonly<Record<string, unknown>>;
}

/** The column pairs, in the order their entries are listed. */
export const EVENT_COLUMN_PAIRS: readonly EventColumns[] = [
  {
    target: 'events',
    kind: '$events.warning.kind',
    on: '$events.warning.on',
    keys: { kind: 'kind', on: 'on' },
    headers: { kind: '部门预警类型', on: '部门预警时间' },
    fixed: { departmentWarning: true },
  },
  { target: 'events', kind: '$events.household.kind', on: '$events.household.on', keys: { kind: 'kind', on: 'on' }, headers: { kind: '户事件类型', on: '户事件时间' }, fixed: {} },
  // 往年收入 (incomeHistory, 党委发〔2023〕70号 §一(二) "2022年收入不增反降"): each earlier income year's
  // per-capita net income, paired by position with the last day of its income period.
  {
    target: 'incomeHistory',
    kind: '$incomeHistory.perCapitaNetIncome',
    on: '$incomeHistory.periodEnd',
    keys: { kind: 'perCapitaNetIncome', on: 'periodEnd' },
    headers: { kind: '往年家庭人均纯收入', on: '往年收入周期截止日期' },
    fixed: {},
  },
];

/**
 * Whether a mapping path is one of the temporary paths of paired columns.
 *
 * @example
 * isEventPath('$events.warning.kind') // true
 */
export function isEventPath(path: string): boolean {
  return path.startsWith('$events.') || path.startsWith('$incomeHistory.');
}

/**
 * The interchange field a temporary path of paired columns fills.
 *
 * @example
 * pairedFieldOf('$incomeHistory.periodEnd') // 'incomeHistory'
 */
export function pairedFieldOf(path: string): 'events' | 'incomeHistory' {
  return path.startsWith('$incomeHistory.') ? 'incomeHistory' : 'events';
}

/**
 * Moves the paired lists of a household being assembled into `events` (after any events already
 * there), removing the temporary keys. `label` names a path's column in messages (undefined when
 * the file has no such column); `unreadable`: a cell of these columns did not convert (already a
 * problem), so nothing is paired. Returns the problems: a pair whose lists differ in length adds
 * no event.
 *
 * @example
 * const h: Record<string, unknown> = { '$events.warning.kind': ['new-dibao'], '$events.warning.on': ['2023-05-10'] };
 * pairEvents(h, () => undefined); // []
 * h.events // [{ kind: 'new-dibao', on: '2023-05-10', departmentWarning: true }]
 */
export function pairEvents(household: Record<string, unknown>, label: (path: string) => Text | undefined, unreadable = false): ValidationIssue[] {
  const problems: ValidationIssue[] = [];
  for (const pair of EVENT_COLUMN_PAIRS) {
    if (!(pair.kind in household) && !(pair.on in household)) continue;
    const kinds = (household[pair.kind] ?? []) as unknown[];
    const dates = (household[pair.on] ?? []) as unknown[];
    delete household[pair.kind];
    delete household[pair.on];
    if (unreadable) continue;
    if (kinds.length !== dates.length) {
      const k = label(pair.kind) ?? { zh: `“${pair.headers.kind}”`, en: `"${pair.headers.kind}"` };
      const o = label(pair.on) ?? { zh: `“${pair.headers.on}”`, en: `"${pair.headers.on}"` };
      problems.push({
        path: pair.target,
        code: 'inconsistent_value',
        message: {
          zh: `${k.zh}列有 ${kinds.length} 项，${o.zh}列有 ${dates.length} 项：两列按位置配对，每项须有一个日期`,
          en: `column ${k.en} has ${kinds.length} items and column ${o.en} ${dates.length}: the two are paired by position, one date per item`,
        },
      });
      continue;
    }
    if (kinds.length === 0) continue;
    const list = (household[pair.target] ??= []) as unknown[];
    for (let i = 0; i < kinds.length; i++) list.push({ [pair.keys.on]: dates[i], [pair.keys.kind]: kinds[i], ...pair.fixed });
  }
  return problems;
}
