/**
 * Rendering pieces shared by the policy pages: a parameter's dated values with their citations, a
 * citation with its quoted clause, a worked example with the library's output.
 *
 * @module
 */
import type { DatedValue, Profile, QuotedCitation } from '../../src/index.js';
import type { Text } from '../../src/model/labels.js';
import { block, cell, code, link, quote, readableJson, table } from './markdown.js';
import { citationLine, declaringProfile, documentLabel, historyOf, paths, unsetOf, type PolicyModel } from './model.js';
import type { EvaluatedExample } from './evaluate.js';

/** `中文 / English`. */
export function both(t: Text): string {
  return t.zh === t.en ? t.zh : `${t.zh} / ${t.en}`;
}

/** A citation with its quote, as a paragraph and a block quote. */
export function citationBlock(model: PolicyModel, c: QuotedCitation, profile?: Profile): string {
  const head = `**${citationLine(model, c, profile)}**`;
  return c.quote ? `${head}\n\n${quote(c.quote)}` : `${head}（未摘录原文 no quote recorded）`;
}

/** A parameter value, inline or as a JSON block when it is long. */
export function valueBlock(value: unknown, unit?: Text): string {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  const u = unit ? ` ${unit.zh}（${unit.en}）` : '';
  if (json.length <= 80) return `${code(json)}${u}`;
  return `${u ? `${u.trim()}:\n\n` : ''}${block('json', readableJson(value))}`;
}

function period(v: DatedValue): string {
  return v.to ? `${v.from} 至 ${v.to}` : `${v.from} 起 (from)`;
}

/** One dated value with its citation and note. */
export function datedValue(model: PolicyModel, v: DatedValue, unit: Text | undefined, profile: Profile): string {
  const lines = [`- **${period(v)}**：${valueBlock(v.value, unit).replace(/\n/g, '\n  ')}`];
  lines.push(`  - 出处 Source: ${citationLine(model, v.citation, profile)}`);
  if (v.citation.quote) lines.push(`\n${quote(v.citation.quote).replace(/^/gm, '    ')}\n`);
  if (v.note) lines.push(`  - 说明 Note: ${v.note}`);
  return lines.join('\n');
}

/**
 * A parameter's state in a profile: its dated values (and where they are inherited from), its unset
 * reason, or a warning that it has neither. `from` is the page the links start from.
 */
export function parameterState(model: PolicyModel, profile: Profile, key: string, unit: Text | undefined, from: string): string {
  const history = historyOf(profile, key);
  if (history) {
    const owner = declaringProfile(profile, key);
    const inherited = owner && owner !== profile.id ? `继承自 Inherited from ${link(from, paths.profile(owner), owner)}。\n\n` : '';
    return inherited + history.map((v) => datedValue(model, v, unit, profile)).join('\n');
  }
  const reason = unsetOf(profile, key);
  if (reason) return `**未设定 Unset.** ${reason.zh}\n\n${reason.en}`;
  return '**无取值，亦无未设定说明 — no value and no unset reason.**';
}

function valuesText(values: Record<string, unknown>): string {
  const keys = Object.keys(values);
  if (keys.length === 0) return '—';
  return keys.map((k) => `${k}: ${JSON.stringify(values[k])}`).join('<br>');
}

const OUTCOMES: Record<string, string> = {
  met: '成立 met',
  'not-met': '不成立 not met',
  undetermined: '无法判定 undetermined',
  info: '计算 info',
  error: '错误 error',
  warning: '疑似 warning',
  completeness: '缺项 completeness',
};

/** A worked example after evaluation: its inputs, the call, and what the library answered. */
export function exampleBlock(model: PolicyModel, e: EvaluatedExample, n: number, from: string): string {
  const ex = e.example;
  const out: string[] = [`### 例 ${n} Example ${n}: ${both(ex.title)}`];
  const profileRef = typeof ex.profile === 'string' ? link(from, paths.profile(ex.profile), ex.profile) : `${code(e.profile.id)}（自定义配置 a user profile, extends ${code(e.profile.extends ?? '—')}）`;
  const asOf = ex.asOf ?? (ex.household || ex.households ? `${e.profile.defaultAsOf?.value ?? '—'}（配置默认 profile default）` : null);
  out.push(`配置 Profile: ${profileRef}${asOf ? ` · 评估时点 As of: ${asOf}` : ''}`);
  if (ex.note) out.push(ex.note.zh === ex.note.en ? ex.note.zh : `${ex.note.zh}\n\n${ex.note.en}`);
  if (typeof ex.profile !== 'string') out.push(`配置 Profile JSON:\n\n${block('json', readableJson(ex.profile))}`);
  if (ex.households !== undefined) out.push(`输入 Input (\`households\`):\n\n${block('json', readableJson(ex.households))}`);
  if (ex.household !== undefined) out.push(`输入 Input (\`household\`):\n\n${block('json', readableJson(ex.household))}`);
  out.push(`调用 Call: ${code(e.call)}`);
  if (e.error) {
    out.push(`**示例无法运行 The example does not run:** ${e.error}`);
    return out.join('\n\n');
  }
  if (e.findings.length === 0) {
    out.push(`输出 Output: 本规则未报告问题 — the rule reports nothing for this household.`);
  } else {
    const rows = e.findings.map((f) => [
      cell(OUTCOMES[f.outcome] ?? f.outcome),
      cell(f.message.zh),
      cell(f.message.en),
      cell(f.path !== undefined ? `path: ${JSON.stringify(f.path)}${Object.keys(f.values).length ? `<br>${valuesText(f.values)}` : ''}` : valuesText(f.values)) +
        (f.missing ? cell(`<br>missing: ${f.missing.join(', ')}`) : ''),
    ]);
    out.push(`输出 Output:\n\n${table(['结果 Outcome', '说明', 'Message', '数值 Values'], rows)}`);
  }
  return out.join('\n\n');
}

export { documentLabel };
