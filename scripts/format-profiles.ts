/**
 * Rewrites profile files in canonical form (src/profile/canonical.ts): the built-in profiles
 * (src/profile/builtin/*.json) when no file is named, else the files named. Only the order of keys
 * and dated values changes, never the content: the profile's hash stays the same.
 * test/profile/files.test.ts fails when a built-in file is not in canonical form.
 *
 *     npx tsx scripts/format-profiles.ts                 # the built-in profiles
 *     npx tsx scripts/format-profiles.ts my-county.json  # a county's file
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProfileJson } from '../src/profile/canonical.js';

const builtin = fileURLToPath(new URL('../src/profile/builtin/', import.meta.url));
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(builtin).filter((f) => f.endsWith('.json')).map((f) => join(builtin, f));
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const canonical = formatProfileJson(JSON.parse(text.replace(/^\uFEFF/, '')));
  if (canonical === text) continue;
  writeFileSync(file, canonical);
  console.error(`formatted ${file}`);
}
