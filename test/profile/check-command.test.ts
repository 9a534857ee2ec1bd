/**
 * `fangfanpin profiles --check <file|id>`: a policy officer checks a county's profile file before
 * using it — every issue named by its path (exit 3), or the whole rule book printed: each parameter's
 * dated values with document and clause, own or inherited (and from where), or why it is unset.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { getProfile, PARAMETERS } from '../../src/index.js';
import { runCli } from '../../src/cli/program.js';
import { ROOT } from '../support/build.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _e: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function cli(...args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(args, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const dir = mkdtempSync(join(tmpdir(), 'ffp-check-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
};

const county = {
  id: 'gansu/example-county/2024',
  extends: 'gansu/wuqingyuan/2023',
  title: { zh: '示例县（2024）', en: 'Example county (2024)' },
  documents: [{ id: '示例县乡振〔2024〕1号', issuer: '示例县乡村振兴局', title: '关于2024年度防止返贫监测范围的通知', region: '甘肃省示例县', kind: 'supplied' }],
  parameters: {
    monitoringLine: [{ from: '2024-01-01', to: '2024-12-31', value: '7900', citation: { doc: '示例县乡振〔2024〕1号', clause: '一', quote: '2024年度监测范围为家庭年人均纯收入7900元' } }],
  },
  unset: { screeningChecklists: { zh: '本县未另定。', en: 'The county sets none of its own.' } },
};

describe('profiles --check', () => {
  it('a valid county file: exit 0 and its rule book — its own line with document and clause, inherited values with their owner, unset reasons', async () => {
    const r = await cli('profiles', '--check', file('county.json', county), '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gansu\/example-county\/2024 {2}\(extends gansu\/wuqingyuan\/2023\)\n/);
    expect(r.stdout).toContain('  monitoringLine monitoring line\n    2024-01-01..2024-12-31  7900 yuan per person per year  per 示例县乡振〔2024〕1号 一\n');
    expect(r.stdout).toContain('  identificationIncomeFigure per-capita figure that decides entry  (inherited from gansu/wuqingyuan/2023)');
    expect(r.stdout).toMatch(/ {2}incomePeriod [^\n]*\(inherited from national\/2021\)\n {4}2020-10-01\.\. {2}\{"kind":"annual","endMonth":9,"endDay":30\}/);
    expect(r.stdout).toContain('screeningChecklists');
    expect(r.stdout).toContain(': unset — The county sets none of its own.');
    const total = Object.keys(PARAMETERS).length;
    expect(r.stdout).toMatch(new RegExp(`\\n${total} parameters: \\d+ with values, \\d+ unset, 0 with neither\\n$`));
  });

  it('an invalid file: exit 3, each issue named by its path, nothing on stdout', async () => {
    const bad = { ...county, parameters: { monitoringLine: [{ from: '2024-01-01', value: '7900' }], monitoringLines: [] } };
    const r = await cli('profiles', '--check', file('bad.json', bad));
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('parameters.monitoringLine[0].citation');
  });

  it('a built-in id prints that profile’s rule book, with the hash a result records', async () => {
    const r = await cli('profiles', '--check', 'fujian/jinan/2023');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`哈希: ${getProfile('fujian/jinan/2023').hash}`);
    expect(r.stdout).toContain('    2023-01-01..2023-12-31  10560 元/人·年  依据 榕晋乡振〔2023〕12号 一(一)');
    expect(r.stdout).toContain('  dibaoNoBarToIdentification');
  });

  it('--json prints the resolved profile, inheritance applied', async () => {
    const r = await cli('profiles', '--check', file('county2.json', county), '--json');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.lineage).toEqual(['gansu/example-county/2024', 'gansu/wuqingyuan/2023', 'national/2021']);
    expect(p.parameters.monitoringLine).toHaveLength(1);
    expect(p.parameters.incomePeriod).toEqual(getProfile('national/2021').parameters.incomePeriod);
    expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('docs/contributing.md: the example county profile checks clean', async () => {
    const guide = readFileSync(join(ROOT, 'docs', 'contributing.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(guide.slice(guide.indexOf('## Adding a county profile')))![1]!;
    const path = join(dir, 'guide.json');
    writeFileSync(path, example);
    const r = await cli('profiles', '--check', path, '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2024-01-01..2024-12-31  7900 yuan per person per year  per 示例县乡振〔2024〕1号 一');
  });

  it('without --check, profiles lists the built-in profiles as before', async () => {
    const r = await cli('profiles', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toContain('gansu/wuqingyuan/2023');
  });
});
