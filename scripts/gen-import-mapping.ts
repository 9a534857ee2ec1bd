/**
 * Writes docs/import-mapping.md from the header mapping table (src/io/headers.ts) and the value
 * converters (src/io/values.ts). Run after changing either: `npx tsx scripts/gen-import-mapping.ts`.
 * test/io/mapping-doc.test.ts fails when the committed document is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderImportMapping } from '../src/io/mapping-doc.js';

const target = fileURLToPath(new URL('../docs/import-mapping.md', import.meta.url));
writeFileSync(target, renderImportMapping());
console.error(`wrote ${target}`);
