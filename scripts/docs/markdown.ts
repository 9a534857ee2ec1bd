/**
 * Markdown helpers for the generated policy pages: table cells, quotes, code, links. Output is
 * deterministic (no dates, no machine-dependent text) so a test can compare the committed pages with
 * a fresh generation byte for byte.
 *
 * @module
 */
import { posix } from 'node:path';

/** A table cell: pipes escaped, line breaks turned into `<br>`. */
export function cell(text: string | number | boolean | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A Markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const out = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}

/** Inline code (backticks that contain a backtick are widened). */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block. */
export function block(lang: string, body: string): string {
  const fence = body.includes('```') ? '````' : '```';
  return `${fence}${lang}\n${body.replace(/\n+$/, '')}\n${fence}`;
}

/** A block quote (every line prefixed). */
export function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => (l.trim() === '' ? '>' : `> ${l}`))
    .join('\n');
}

/** A relative link from one generated page to another (both paths relative to the policy root). */
export function link(from: string, to: string, text: string, anchor?: string): string {
  let rel = posix.relative(posix.dirname(from), to);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return `[${text.replace(/([[\]])/g, '\\$1')}](${encodeURI(rel)}${anchor ? `#${anchor}` : ''})`;
}

/** YAML front matter for typedoc (title, and the child pages of an index). */
export function frontMatter(title: string, children?: readonly string[]): string {
  const lines = ['---', `title: ${JSON.stringify(title)}`];
  if (children && children.length > 0) {
    lines.push('children:');
    for (const c of children) lines.push(`  - ${JSON.stringify(c)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/** A value shown inline: strings as they are, anything else as compact JSON in code. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return code(value);
  return code(JSON.stringify(value));
}

function inlineJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }` : '{}';
}

/**
 * JSON for reading: like `JSON.stringify(v, null, 2)`, but any object or array that fits on one line
 * of at most `width` (130) characters is written on one line. It parses back to the same value.
 */
export function readableJson(value: unknown, width = 130, indent = '', column = indent.length): string {
  const flat = inlineJson(value);
  if (value === null || typeof value !== 'object' || column + flat.length <= width) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + readableJson(v, width, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries
    .map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return `${inner}${key}${readableJson(v, width, inner, inner.length + key.length)}`;
    })
    .join(',\n')}\n${indent}}`;
}

/** Joins page sections with one blank line, ending with a newline. */
export function page(...sections: (string | false | null | undefined)[]): string {
  return sections.filter((s): s is string => typeof s === 'string' && s !== '').join('\n\n') + '\n';
}
