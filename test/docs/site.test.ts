/**
 * The docs site (`npm run docs`, typedoc): it opens on the page for policy officers and analysts, the
 * generated pages' notice is where neither the site nor the forge prints it, and the HTML the pages
 * use (`<br>` in table cells, `<wbr>`) is rendered rather than shown as text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePolicyPages, POLICY_DIR } from '../../scripts/docs/generate.js';
import { GENERATED_NOTICE } from '../../scripts/docs/markdown.js';
import { START_PAGE } from '../../scripts/docs/start.js';
import { IDENTIFICATION_OUTCOMES, listProfiles } from '../../src/index.js';
import { RESULT_COLUMNS } from '../../src/io/index.js';
import { ROOT } from '../support/build.js';

const typedoc = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { readme: string; markdownItOptions: Record<string, unknown>; customCss?: string };
const pages = generatePolicyPages();

describe('the docs site', () => {
  it('opens on the start page for policy officers and analysts, not the developer README', () => {
    expect(typedoc.readme).toBe(`${POLICY_DIR}/${START_PAGE}`);
    const start = pages.get(START_PAGE)!;
    // Chinese first, English after.
    expect(start.indexOf('## 本库判定什么')).toBeGreaterThan(0);
    expect(start.indexOf('## fangfanpin in English')).toBeGreaterThan(start.indexOf('## 读懂 results.csv'));
    // The four outcomes, every built-in profile, the analyst's loop, and every column of results.csv.
    for (const o of Object.values(IDENTIFICATION_OUTCOMES)) expect(start).toContain(`| ${o.zh} |`);
    for (const p of listProfiles()) expect(start).toContain(`[${p.id}](./profiles/`);
    expect(start).toContain('## 分析人员的工作循环');
    expect(start).toContain('../guides/zh/analyst-rescoring.md');
    for (const c of RESULT_COLUMNS.filter((c) => !c.ndjsonOnly)) expect(start).toContain(`| ${c.zh} | ${c.en} |`);
  });

  it('the "generated" notice is a YAML comment in the front matter of every generated page, never an HTML comment the site would print', () => {
    for (const [path, text] of pages) {
      expect(text.startsWith(`---\n${GENERATED_NOTICE}\ntitle: `), path).toBe(true);
      expect(text, path).not.toContain('<!--');
    }
    // typedoc reads front matter only up to the first code span.
    expect(GENERATED_NOTICE).not.toContain('`');
  });

  it('renders the HTML the pages use (typedoc replaces its default markdown-it options, so html must be set again) and keeps wide tables inside the page', () => {
    expect(typedoc.markdownItOptions).toMatchObject({ html: true });
    const css = readFileSync(join(ROOT, typedoc.customCss!), 'utf8');
    expect(css).toMatch(/\.tsd-typography table \{[^}]*overflow-x: auto/);
  });

  it('the data-quality catalogue has four columns, its long texts in one, so it fits a page at 1280 px', () => {
    const quality = pages.get('quality.md')!;
    const header = quality.split('\n').find((l) => l.startsWith('| 代码'))!;
    expect(header.split(' | ')).toHaveLength(4);
  });
});
