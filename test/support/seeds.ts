/**
 * The seed documents' full text, held in the repository under `sources/` (verbatim copies of the
 * five policy documents), so tests can check that every quote is word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS } from '../../src/explain/documents.js';
import { ROOT } from './build.js';

/** The directory holding the seed texts. */
export const SOURCES_DIR = join(ROOT, 'sources');

/** The full text of a seed document by its registry id (e.g. `龙扶贫组字〔2021〕1号`), or undefined for non-seeds. */
export function seedText(docId: string): string | undefined {
  const file = DOCUMENTS[docId]?.seedFile;
  return file ? readFileSync(join(SOURCES_DIR, file), 'utf8') : undefined;
}
