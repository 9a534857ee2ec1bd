/**
 * Guides quote the runnable examples instead of copying them: a code block in a guide that follows
 *
 * ```md
 * <!-- example: examples/assess-one-household.ts#assess -->
 * ```
 *
 * is the region `// #region assess` … `// #endregion` of that file (the whole file without `#name`),
 * with the examples' source imports shown as package imports ({@link IMPORT_REWRITES}).
 * `npm run docs:generate` rewrites such blocks from the examples; the docs test fails when a guide
 * no longer matches, so a guide's code is always code the test suite has run.
 *
 * @module
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The guides directory, relative to the repository root. */
export const GUIDES_DIR = 'docs/guides';

const MARKER = /<!-- example: ([^#\s]+)(?:#([\w-]+))? -->\n+(`{3,})(\w*)\n[\s\S]*?\n\3[ \t]*(?=\n|$)/g;

/**
 * How the examples' imports are shown in the guides: the examples run against the source
 * (`../src/index.js`), a user imports the package.
 */
export const IMPORT_REWRITES: readonly [from: string, to: string][] = [
  ["'../src/index.js'", "'fangfanpin'"],
  ["'../src/io/index.js'", "'fangfanpin/io'"],
];

/** The lines of a marked region of a source file (or the whole file), de-indented, imports as a user writes them. */
export function exampleRegion(source: string, region?: string): string {
  for (const [from, to] of IMPORT_REWRITES) source = source.split(from).join(to);
  let lines = source.replace(/\r\n/g, '\n').split('\n');
  if (region) {
    const start = lines.findIndex((l) => l.trim() === `// #region ${region}`);
    if (start < 0) throw new Error(`no "// #region ${region}"`);
    const end = lines.findIndex((l, i) => i > start && /^\s*\/\/ #endregion\b/.test(l));
    if (end < 0) throw new Error(`no "// #endregion" after "// #region ${region}"`);
    lines = lines.slice(start + 1, end);
  }
  lines = lines.filter((l) => !/^\s*\/\/ #(end)?region\b/.test(l));
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/** A guide's text with every marked code block replaced by the region it quotes. */
export function syncGuideText(root: string, text: string): { text: string; refs: string[] } {
  const refs: string[] = [];
  const out = text.replace(MARKER, (_m, file: string, region: string | undefined, fence: string, lang: string) => {
    refs.push(region ? `${file}#${region}` : file);
    const body = exampleRegion(readFileSync(join(root, file), 'utf8'), region);
    const f = body.includes(fence) ? `${fence}\`` : fence;
    return `<!-- example: ${file}${region ? `#${region}` : ''} -->\n${f}${lang || 'ts'}\n${body}\n${f}`;
  });
  return { text: out, refs };
}

function markdownFiles(dir: string): string[] {
  let out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(markdownFiles(p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

/**
 * Checks (and with `write`, rewrites) every guide's quoted examples. Returns the guides whose
 * blocks differ from the examples and every reference found.
 *
 * @example
 * const { changed } = syncGuides(ROOT, false); // [] when every guide is up to date
 */
export function syncGuides(root: string, write: boolean): { changed: string[]; refs: { guide: string; ref: string }[] } {
  const changed: string[] = [];
  const refs: { guide: string; ref: string }[] = [];
  for (const file of markdownFiles(join(root, GUIDES_DIR))) {
    const text = readFileSync(file, 'utf8');
    const synced = syncGuideText(root, text);
    for (const ref of synced.refs) refs.push({ guide: file, ref });
    if (synced.text !== text) {
      changed.push(file);
      if (write) writeFileSync(file, synced.text);
    }
  }
  return { changed, refs };
}
