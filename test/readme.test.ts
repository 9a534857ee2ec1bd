/**
 * The README's usage example really runs, and prints what its comments say.
 */
import { beforeAll, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './support/build.js';

beforeAll(() => ensureBuilt(), 180_000);

it('README: the usage example runs and prints the values its comments show', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const usage = readme.slice(readme.indexOf('## Usage'));
  const code = /```ts\n([\s\S]*?)```/.exec(usage)![1]!;
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const file = join(ROOT, 'tmp', 'readme-usage.ts');
  writeFileSync(file, code);
  const out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), file], { cwd: ROOT, encoding: 'utf8' });
  // Every `console.log(x); // value` line: the printed value matches the comment.
  const expectations = [...code.matchAll(/console\.log\([^;]*\);\s*\/\/\s*('[^']*'|\{[^}]*\})/g)].map((m) => m[1]!);
  expect(expectations.length).toBeGreaterThanOrEqual(4);
  for (const e of expectations) expect(out).toContain(e.replace(/^'|'$/g, ''));
  expect(out).toContain('income.A33');
});
