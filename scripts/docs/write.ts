/**
 * `npm run docs:generate`: writes the policy pages to docs/policy/ (removing pages that are no longer
 * generated), refreshes the code blocks the guides quote from examples/, and writes
 * docs/import-mapping.md (src/io/mapping-doc.ts).
 *
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePolicyPages, POLICY_DIR } from './generate.js';
import { syncGuides } from './guides.js';
import { renderImportMapping } from '../../src/io/mapping-doc.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function listFiles(dir: string): string[] {
  let out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(listFiles(p));
    else out.push(p);
  }
  return out;
}

function removeEmptyDirs(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeEmptyDirs(join(dir, e.name));
  if (dir !== join(ROOT, POLICY_DIR) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

const pages = generatePolicyPages();
const root = join(ROOT, POLICY_DIR);
let written = 0;
let removed = 0;
for (const [path, text] of pages) {
  const file = join(root, path);
  let old: string | undefined;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  written++;
}
for (const file of listFiles(root)) {
  const rel = relative(root, file).split('\\').join('/');
  if (!pages.has(rel) && statSync(file).isFile()) {
    rmSync(file);
    removed++;
  }
}
removeEmptyDirs(root);
const guides = syncGuides(ROOT, true);
const mappingFile = join(ROOT, 'docs', 'import-mapping.md');
const mapping = renderImportMapping();
const mappingChanged = readFileSync(mappingFile, 'utf8') !== mapping;
if (mappingChanged) writeFileSync(mappingFile, mapping);
console.log(`docs/policy: ${pages.size} pages (${written} written, ${removed} removed); guides: ${guides.changed.length} updated; docs/import-mapping.md ${mappingChanged ? 'written' : 'unchanged'}`);
