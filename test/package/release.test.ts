/**
 * Release hygiene: the packed tarball passes publint and @arethetypeswrong/cli (types that resolve
 * for ESM and CJS consumers, under every module resolution TypeScript offers), holds only what a
 * user needs, and the CHANGELOG follows the release policy written at its top (semver in rules
 * terms; every entry says its kind and the profiles and dates it affects).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { listProfiles } from '../../src/index.js';
import { ensureBuilt, ROOT } from '../support/build.js';

let tarball: string;
let files: { path: string; mode: number }[];

beforeAll(() => {
  ensureBuilt();
  const out = mkdtempSync(join(tmpdir(), 'ffp-release-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  tarball = join(out, packed[0].filename);
  files = packed[0].files;
}, 180_000);

describe('the packed tarball', () => {
  it('publint reports no error and no warning', async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }, level: 'warning' });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`)).toEqual([]);
  }, 60_000);

  it('@arethetypeswrong/cli finds no problem (node10, node16 from ESM and CJS, bundler)', () => {
    const attw = join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
    const r = spawnSync(process.execPath, [attw, tarball, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(r.stdout) as { analysis: { types?: unknown; entrypoints: Record<string, unknown> }; problems?: Record<string, unknown[]> | unknown[] };
    expect(report.analysis.types, 'the package ships its own types').toBeTruthy();
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
    const problems = Array.isArray(report.problems) ? report.problems : Object.values(report.problems ?? {}).flat();
    expect(problems).toEqual([]);
    expect(r.status).toBe(0);
  }, 120_000);

  it('holds the build, the README, the CHANGELOG, the licence, the third-party notices and package.json only — no sources, tests, fixtures, docs or examples', () => {
    const stray = files.map((f) => f.path).filter((p) => !/^dist\//.test(p) && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md'].includes(p));
    expect(stray).toEqual([]);
    expect(files.filter((f) => /(^|\/)(src|test|tests|fixtures|__tests__|docs|examples|scripts)\//.test(f.path.replace(/^dist\//, '')) || /\.test\.[cm]?[jt]s$/.test(f.path))).toEqual([]);
  });

  it('issue 13: the runtime dependencies are exactly the packages the build imports (the optional exceljs apart), and no source map ships', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; optionalDependencies?: Record<string, string> };
    const imported = new Set<string>();
    for (const f of files.filter((x) => /\.(c|m)?js$/.test(x.path))) {
      const code = readFileSync(join(ROOT, f.path), 'utf8');
      const specs = [
        ...code.matchAll(/^import\s+(?:[^;'"]*?\s+from\s+)?["']([^"'\n]+)["'];?$/gm),
        ...code.matchAll(/\b(?:require|import)\(["']([^"'\n]+)["']\)/g),
      ].map((m) => m[1]!);
      for (const spec of specs) {
        if (spec.startsWith('.') || spec.startsWith('/')) continue;
        if (spec.startsWith('node:')) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    for (const builtin of ['worker_threads', 'fs', 'path', 'os', 'stream', 'url', 'crypto', 'child_process', 'events', 'util', 'zlib', 'buffer', 'readline', 'process', 'module', 'tty']) imported.delete(builtin);
    const optional = Object.keys(pkg.optionalDependencies ?? {});
    expect([...imported].filter((d) => !optional.includes(d)).sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(files.filter((f) => f.path.endsWith('.map'))).toEqual([]);
    expect(files.map((f) => f.path)).toContain('LICENSE');
  });

  it('every bin entry is in the tarball and executable', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    for (const [name, path] of Object.entries(pkg.bin ?? {})) {
      const entry = files.find((f) => f.path === path.replace(/^\.\//, ''));
      expect(entry, `bin "${name}" → ${path}`).toBeDefined();
      expect(statSync(join(ROOT, path)).isFile()).toBe(true);
    }
  });
});

describe('CHANGELOG.md follows the release policy', () => {
  const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const profileIds = listProfiles().map((p) => p.id);

  it('opens with the release policy: semver in rules terms, and what every entry must say', () => {
    const policy = text.slice(0, text.indexOf('## Unreleased'));
    for (const words of ['patch', 'minor', 'major', 'profiles', 'dates']) expect(policy).toContain(words);
  });

  it('has an Unreleased section, and every other section is a semver version with its date', () => {
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim()).filter((h) => !/^(Release policy|版本规则)/.test(h));
    expect(headings[0]).toBe('Unreleased');
    for (const h of headings.slice(1)) expect(h).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)? — \d{4}-\d{2}-\d{2}$/);
  });

  it('every entry says whether it is a patch, minor or major change, and names the profiles it affects (or that none is)', () => {
    const body = text.slice(text.indexOf('## Unreleased'));
    const entries = body.split('\n').filter((l) => l.startsWith('- '));
    expect(entries.length).toBeGreaterThan(0);
    const bad = entries.filter((e) => !/\((patch|minor|major)\b/.test(e) || !(profileIds.some((id) => e.includes(id)) || /no profile|all (built-in )?profiles/.test(e)));
    expect(bad.map((e) => e.slice(0, 100))).toEqual([]);
  });
});
