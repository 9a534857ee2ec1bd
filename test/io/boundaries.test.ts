/**
 * The core stays free of CLI-only libraries: `import 'fangfanpin'` must not load papaparse,
 * iconv-lite or exceljs, which only src/io/ and src/cli/ may import; the core does not export io.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const CLI_ONLY = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](papaparse|iconv-lite|exceljs)['"]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mts|cts|js|mjs)$/.test(name) ? [p] : [];
  });
}

describe('module boundaries', () => {
  it('nothing under src/ outside io/ and cli/ imports papaparse, iconv-lite or exceljs', () => {
    const offenders = files(SRC)
      .map((p) => relative(SRC, p))
      .filter((p) => !p.startsWith('io/') && !p.startsWith('cli/'))
      .filter((p) => CLI_ONLY.test(readFileSync(join(SRC, p), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('src/index.ts does not export io (it is the subpath fangfanpin/io)', () => {
    const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
    expect(index).not.toMatch(/['"]\.\/io\//);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./io']).toEqual({
      import: { types: './dist/io/index.d.ts', default: './dist/io/index.js' },
      require: { types: './dist/io/index.d.cts', default: './dist/io/index.cjs' },
    });
  });

  it('exceljs is loaded only with a dynamic import()', () => {
    const offenders = files(join(SRC, 'io')).filter((p) => /(?:^|\n)\s*import\s+(?!type\b)[^;]*from\s+['"]exceljs['"]/.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
