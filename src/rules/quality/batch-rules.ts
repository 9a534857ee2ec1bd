/**
 * 跨户检查 — the checks that look across households: the same person (ID number) in two households
 * (1_01_001, 1_12_001), and the same 户编号 twice. Each is one object: the header, a streaming test
 * (it remembers what it has seen: one small entry per person, one per household id) and the
 * explanation of a hit, which is the issue. batch.ts runs them over a stream of households.
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * @module
 */
import type { FindingValue } from '../../explain/finding.js';
import { maskIdNumber, maskIdNumbersInText } from '../../explain/mask.js';
import type { Household } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import { defineRule, type RuleDefinition } from '../../kernel/rule.js';
import type { QualitySeverity } from './issue.js';
import { county, NONE, type QualityRule, type QualityRun } from './run.js';

const ACCOUNTS = { doc: '临稷办发〔2023〕76号', clause: '三(二)', quote: '持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。' };

/** The issue of a cross-household hit: where, what, the values, and the households involved (户编号, masked). */
export interface BatchExplained {
  path: string;
  message: Text;
  values: Record<string, FindingValue>;
  households: string[];
}

/**
 * A cross-household check (跨户检查): the header, `start` — a fresh streaming test that looks at one
 * household (with its data-quality run) against those it has seen and returns what it found — and the
 * explanation of a hit. A check across households keeps state, which is why its test is made per
 * batch rather than being a pure function of one record.
 */
export interface BatchCheck<D = unknown> extends QualityRule {
  readonly start: () => (h: Household, q: QualityRun) => readonly D[];
  readonly explain: (hit: D) => BatchExplained;
}

type BatchHeader = RuleDefinition & { severity: QualitySeverity; nationalCodes: readonly string[] };

function batchCheck<D>(spec: BatchHeader & { start: () => (h: Household, q: QualityRun) => readonly D[]; explain: (hit: D) => BatchExplained }): BatchCheck<D> {
  const { start, explain, ...definition } = spec;
  return Object.freeze({ ...(defineRule(definition) as QualityRule), start, explain });
}

/** 1_01_001 / 1_12_001 — an ID number already seen in another household (placeholders and blanks aside). */
export const duplicateIdRule = batchCheck({
  id: 'quality.batch.duplicate-id',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1_01_001', '1_12_001'],
  title: { zh: '证件号码在不同户重复', en: 'ID number in two households' },
  citations: [ACCOUNTS, county('1_01_001', '省内脱贫人口证件号码重复'), county('1_12_001', '省内防止返贫监测对象人口证件号码重复'), county('C 人员重复问题', '省内重复；省内市外重复；市内县外重复；县内重复')],
  description: {
    zh: '同一证件号码（15位升级后、残疾人证取前18位比较）出现在两个不同户编号的户中；报告两户的户编号。同一户内的重复由 quality.identity.duplicate-in-household 报告。',
    en: 'The same ID number (15-digit numbers upgraded, certificates by their first 18 characters) appears in two households with different 户编号; both households are named. Duplicates within one household are reported by quality.identity.duplicate-in-household.',
  },
  parameters: [],
  facts: ['id', 'members[].idNumber'],
  start: () => {
    /** normalized ID → `${row}:${householdId}` where it was first seen. */
    const firstSeen = new Map<string, string>();
    return (h, q) => {
      let out: { normalized: string; first: string; householdId: string; row: number }[] | undefined;
      for (let row = 0; row < h.members.length; row++) {
        const info = q.id(row);
        const normalized = info?.normalized;
        if (info === null || normalized === undefined || info.problems.includes('placeholder')) continue;
        const first = firstSeen.get(normalized);
        if (first === undefined) {
          firstSeen.set(normalized, `${row}:${h.id}`);
          continue;
        }
        // The same household (or a repeat of its 户编号): reported by the household check or as a duplicate 户编号.
        if (first.slice(first.indexOf(':') + 1) === h.id) continue;
        (out ??= []).push({ normalized, first, householdId: h.id, row });
      }
      return out ?? NONE;
    };
  },
  explain: ({ normalized, first, householdId, row }) => {
    const colon = first.indexOf(':');
    const firstRow = Number(first.slice(0, colon));
    const masked = maskIdNumber(normalized);
    const shownFirst = maskIdNumbersInText(first.slice(colon + 1));
    const shownThis = maskIdNumbersInText(householdId);
    return {
      path: `members[${row}].idNumber`,
      message: {
        zh: `证件号码 ${masked} 同时出现在户 ${shownFirst}（第${firstRow + 1}行）和户 ${shownThis}（第${row + 1}行）`,
        en: `ID number ${masked} appears in household ${shownFirst} (member ${firstRow + 1}) and in household ${shownThis} (member ${row + 1})`,
      },
      values: { idNumber: masked, paths: [`members[${firstRow}].idNumber`, `members[${row}].idNumber`] },
      households: [shownFirst, shownThis],
    };
  },
});

/** A 户编号 seen before in the batch (reported once per repeat). */
export const duplicateHouseholdRule = batchCheck({
  id: 'quality.batch.duplicate-household',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '户编号重复', en: 'duplicate 户编号' },
  citations: [ACCOUNTS],
  description: { zh: '同一户编号在一批记录中出现两次及以上。', en: 'The same 户编号 appears more than once in a batch.' },
  parameters: [],
  facts: ['id'],
  start: () => {
    const householdIds = new Set<string>();
    return (h) => {
      if (householdIds.has(h.id)) return [h.id];
      householdIds.add(h.id);
      return NONE;
    };
  },
  explain: (id) => {
    const shown = maskIdNumbersInText(id);
    return {
      path: 'id',
      message: { zh: `户编号 ${shown} 重复出现`, en: `户编号 ${shown} occurs more than once` },
      values: { householdId: shown },
      households: [shown, shown],
    };
  },
});

/** The cross-household checks, in the order they run on each household. */
export const BATCH_CHECKS: readonly BatchCheck<any>[] = [duplicateHouseholdRule, duplicateIdRule];
