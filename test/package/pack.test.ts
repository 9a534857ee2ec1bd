/**
 * The published package: `npm pack` gives a tarball whose ESM and CJS entries both import, with
 * types for both, no tests or fixtures inside, and a core that loads no CLI-only library.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../support/build.js';

let project: string;
let files: string[];

beforeAll(() => {
  ensureBuilt();
  const out = mkdtempSync(join(tmpdir(), 'ffp-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  files = packed[0].files.map((f: { path: string }) => f.path);
  project = join(out, 'consumer');
  const pkgDir = join(project, 'node_modules', 'fangfanpin');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(out, packed[0].filename), '-C', pkgDir, '--strip-components=1']);
  // The package's runtime dependencies, from this checkout (offline).
  const deps = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies);
  for (const dep of deps) {
    const target = join(project, 'node_modules', dep);
    if (!existsSync(target)) symlinkSync(join(ROOT, 'node_modules', dep), target, 'dir');
  }
}, 180_000);

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' });

describe('the packed tarball', () => {
  it('imports from ESM', () => {
    const out = run(['--input-type=module', '-e', "import { getProfile, parseHousehold, VERSION } from 'fangfanpin'; console.log(VERSION, getProfile('fujian/jinan/2023').id, typeof parseHousehold)"]);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+ fujian\/jinan\/2023 function$/);
  });

  it('requires from CJS, and the core loads no CLI-only library', () => {
    const out = run([
      '-e',
      "const f = require('fangfanpin'); console.log(f.getProfile('shandong/longkou/2021').id); console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules[\\\\/](papaparse|iconv-lite|exceljs|commander|cli-progress)[\\\\/]/.test(k))))",
    ]);
    const [id, loaded] = out.trim().split('\n');
    expect(id).toBe('shandong/longkou/2021');
    expect(JSON.parse(loaded!)).toEqual([]);
  });

  it('ships types for both module systems and no tests or fixtures', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'package.json', 'README.md', 'CHANGELOG.md']));
    expect(files.filter((f) => /(^|\/)(test|tests|fixtures|__tests__)\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f))).toEqual([]);
  });

  it('declares the version the library reports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(run(['-e', "console.log(require('fangfanpin').VERSION)"]).trim()).toBe(pkg.version);
  });
});
