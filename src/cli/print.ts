/**
 * What the CLI prints on stderr (提示信息): warnings, the summary by category, and the balance
 * line `records in N = results R + rejected J`, in Chinese and English.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import { recordedMatrixRows, SUMMARY_CATEGORIES, type RescoreSummary, type SummaryCategory } from '../rescore/summary.js';
import { RECORDED_STATE_ORDER, RECORDED_STATES } from '../present/result-labels.js';

/** Where a command writes (process.stdout / process.stderr, or test doubles). */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean });
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Prints a bilingual warning line. */
export function printWarning(io: Io, text: Text): void {
  io.stderr.write(`! ${text.zh} / ${text.en}\n`);
}

/** Prints a bilingual error. */
export function printError(io: Io, text: Text): void {
  io.stderr.write(`错误：${text.zh}\nerror: ${text.en}\n`);
}

/**
 * The balance line, always the last thing a run prints: nothing is lost. A run that stopped before
 * the end (`incomplete`) counts the records done so far and says so.
 *
 * @example
 * printBalance(io, summary) // 记录 1000 户 = 结果 990 + 拒收 10 / records in 1000 = results 990 + rejected 10
 * printBalance(io, sofar, true) // 记录 300 户 = 结果 298 + 拒收 2（未完成）/ records in 300 = results 298 + rejected 2 (incomplete)
 */
export function printBalance(io: Io, s: { in: number; results: number; rejected: number }, incomplete = false): void {
  io.stderr.write(
    `记录 ${s.in} 户 = 结果 ${s.results} + 拒收 ${s.rejected}${incomplete ? '（未完成）' : ''} / records in ${s.in} = results ${s.results} + rejected ${s.rejected}${incomplete ? ' (incomplete)' : ''}\n`,
  );
}

const FACTS_SHOWN = 6;

/**
 * Prints the totals by category and the number of villages (default: those listed in `s`), the facts
 * most named by the households to verify (and by those undetermined), and the export's recorded
 * category against the re-score, one line per recorded state.
 */
export function printSummary(io: Io, s: RescoreSummary, language: 'zh' | 'en', villages = s.villages.length): void {
  const parts = (Object.keys(SUMMARY_CATEGORIES) as SummaryCategory[]).map((k) => `${SUMMARY_CATEGORIES[k][language]} ${s.byCategory[k]}`);
  const head = language === 'zh' ? `配置 ${s.profile.id}，评估时点 ${s.asOf ?? '（未定）'}；${villages} 个村；排查脱贫户 ${s.povertyAlleviated}` : `profile ${s.profile.id}, as of ${s.asOf ?? '(none)'}; ${villages} villages; formerly poor households ${s.povertyAlleviated}`;
  io.stderr.write(`${head}\n  ${parts.join(' | ')}\n`);
  const z = language === 'zh';
  const facts = s.toVerifyByFact ?? [];
  if (facts.length > 0) {
    const shown = facts.slice(0, FACTS_SHOWN).map((f) => `${f.label[language]} ${f.households}`);
    io.stderr.write(`  ${z ? '须入户核实（户）：' : 'to verify at the visit (households): '}${shown.join(' | ')}${facts.length > FACTS_SHOWN ? ' | …' : ''}\n`);
  }
  const missing = s.missingByFact ?? [];
  if (missing.length > 0) {
    const shown = missing.slice(0, FACTS_SHOWN).map((f) => `${f.label[language]} ${f.households}`);
    io.stderr.write(`  ${z ? '记录缺项（户）：' : 'missing from the record (households): '}${shown.join(' | ')}${missing.length > FACTS_SHOWN ? ' | …' : ''}\n`);
  }
  if (s.byRecorded && s.results > 0) {
    const table = recordedMatrixRows(s, language);
    const total = table.at(-1)!;
    io.stderr.write(`  ${z ? `原记录 → 重新评估（一致 ${total.at(-2)}，不一致 ${total.at(-1)}）：` : `on record → re-scored (agree ${total.at(-2)}, differ ${total.at(-1)}):`}\n`);
    const keys = Object.keys(SUMMARY_CATEGORIES) as SummaryCategory[];
    for (const r of RECORDED_STATE_ORDER) {
      const row = s.byRecorded[r];
      const n = keys.reduce((a, k) => a + row[k], 0);
      if (n === 0) continue;
      const cells = keys.filter((k) => row[k] > 0).map((k) => `${SUMMARY_CATEGORIES[k][language]} ${row[k]}`);
      io.stderr.write(`    ${RECORDED_STATES[r][language]} ${n} → ${cells.join(z ? '、' : ', ')}\n`);
    }
  }
  const codes = Object.entries(s.rejectedByCode).sort((a, b) => b[1] - a[1]);
  if (codes.length > 0) io.stderr.write(`  ${language === 'zh' ? '拒收原因' : 'rejected by code'}: ${codes.slice(0, 8).map(([c, n]) => `${c} ${n}`).join(', ')}${codes.length > 8 ? ', …' : ''}\n`);
}
