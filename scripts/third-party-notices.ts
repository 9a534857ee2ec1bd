/**
 * Writes THIRD-PARTY-NOTICES.md: the licence of every package the command line's build bundles
 * (tsup.config.ts `noExternal`), copied from the installed package. The MIT licence asks that its
 * notice travel with copies of the code, and the CLI file `dist/cli/main.js` holds their code.
 * test/package/notices.test.ts fails when the file is stale.
 *
 *     npx tsx scripts/third-party-notices.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { thirdPartyNotices } from './notices.js';

const out = fileURLToPath(new URL('../THIRD-PARTY-NOTICES.md', import.meta.url));
writeFileSync(out, thirdPartyNotices());
console.log(`wrote ${out}`);
