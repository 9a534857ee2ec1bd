/**
 * `--line <元> --line-source "<文件文号、条款>"` on `rescore`, `check`, `explain` and `compare`: the
 * shortest fix when a profile states no monitoring line for the year of the as-of date. Run
 * in-process through `runCli`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/program.js';
import { getProfile, listProfiles } from '../../src/index.js';

const TODAY = '2026-12-06';
const SOURCE = '某省农村工作领导小组办公室〔2026〕1号 第一条';

/** Two valid households (three member rows) in the national export's headers. */
const CSV = [
  '省,县,乡,村,户编号,户类型,姓名,证件号码,性别,与户主关系,出生日期,健康状况,劳动技能,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出',
  '福建省,晋安区,宦溪镇,一村,H001,一般农户,王建国,11010519491231002X,男,户主,1949-12-31,健康,普通劳动力,12000,3000,0,1200,500',
  '福建省,晋安区,宦溪镇,一村,H001,一般农户,李秀英,,女,配偶,1950-01-01,健康,普通劳动力,12000,3000,0,1200,500',
  '福建省,晋安区,宦溪镇,二村,H002,脱贫户,张三,,男,户主,1960-05-05,患大病,弱劳动力或半劳动力,2000,1000,0,3000,200',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'ffp-line-'));
const input = join(dir, 'export.csv');
writeFileSync(input, CSV + '\n');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (write: (s: string) => void) => Object.assign(new Writable({ write: (chunk, _enc, done) => (write(String(chunk)), done()) }), { isTTY: false });
  const code = await runCli(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) });
  return { code, stdout, stderr };
}
const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('rescore as of today (2026-12-06)', () => {
  it.each(listProfiles().map((p) => [p.id]))('%s: without a line for 2026, exit 3 before reading; the message names --line first, then the profile JSON, in Chinese and English', async (id) => {
    const r = await cli('rescore', input, '--profile', id, '--as-of', TODAY, '--workers', '1');
    expect(r.code).toBe(3);
    const zh = r.stderr.slice(r.stderr.indexOf('错误：'), r.stderr.indexOf('error: '));
    const en = r.stderr.slice(r.stderr.indexOf('error: '));
    for (const text of [zh, en]) {
      expect(text).toContain('monitoringLine');
      expect(text).toContain('--line <');
      expect(text.indexOf('--line <')).toBeLessThan(text.indexOf('--profile <'));
    }
    expect(zh).toContain('为 2026 年补充一条注明出处的监测线（2026-01-01 至 2026-12-31）');
    expect(en).toContain('to supply a cited line for 2026 (2026-01-01..2026-12-31)');
    expect(r.stderr).not.toContain('records in');
  });

  it.each(listProfiles().map((p) => [p.id]))('%s: with --line 9000 --line-source it runs; summary.json records the line, its source and the derived profile', async (id) => {
    const out = join(dir, id.replace(/\//g, '-'));
    const r = await cli('rescore', input, '--profile', id, '--as-of', TODAY, '--line', '9000', '--line-source', SOURCE, '--workers', '1', '--out', out);
    expect(r.code).toBe(0);
    const summary = json(join(out, 'summary.json'));
    expect(summary.profile.id).toBe(`${id}/line-2026-9000`);
    expect(summary.profile.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.profile.suppliedLines).toEqual([{ value: '9000', from: '2026-01-01', to: '2026-12-31', citation: { doc: 'user-supplied-line-2026-01-01', clause: SOURCE }, source: SOURCE }]);
    expect(summary.asOf).toBe(TODAY);
    expect(r.stderr).toContain(`补充监测线 9000 元/人·年（2026-01-01 至 2026-12-31），使用者提供，出处“${SOURCE}”（未核实）；派生配置 ${id}/line-2026-9000，hash ${summary.profile.hash}`);
    expect(r.stderr).toContain(`supplied line 9000 yuan per person per year (2026-01-01..2026-12-31), supplied by the user, source "${SOURCE}"`);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('记录 2 户 = 结果 2 + 拒收 0 / records in 2 = results 2 + rejected 0');
  });

  it('云农办通〔2025〕1号: as of 2025-12-06 Yunnan runs without --line (8700 in force); --line there is a usage error naming the line in force', async () => {
    expect((await cli('rescore', input, '--profile', 'yunnan/xiaozhongdian/2021', '--as-of', '2025-12-06', '--workers', '1')).code).toBe(0);
    const r = await cli('rescore', input, '--profile', 'yunnan/xiaozhongdian/2021', '--as-of', '2025-12-06', '--line', '9000', '--line-source', SOURCE, '--workers', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已有监测线 8700');
    expect(r.stderr).toContain('云农办通〔2025〕1号');
  });
});

describe('what --line refuses (exit 2)', () => {
  it('--line without --line-source: every value carries its source', async () => {
    const r = await cli('rescore', input, '--profile', 'shandong/linzi/2023', '--as-of', TODAY, '--line', '9000');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--line 9000 缺少 --line-source');
    expect(r.stderr).toContain('every value carries its source');
  });

  it('--line-source without --line', async () => {
    const r = await cli('check', input, '--as-of', TODAY, '--line-source', SOURCE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--line-source goes with --line');
  });

  it.each([['abc'], ['0'], ['0.00'], ['-9000'], ['8700.001']])('--line %s is not a positive amount with at most two decimals', async (line) => {
    const r = await cli('rescore', input, '--profile', 'shandong/linzi/2023', '--as-of', TODAY, `--line=${line}`, '--line-source', SOURCE);
    expect(r.code).toBe(2);
  });

  it('榕晋乡振〔2023〕12号: fujian/jinan/2023 has 10560 for 2023 — --line only supplies a missing line', async () => {
    const r = await cli('explain', input, '--household', 'H001', '--profile', 'fujian/jinan/2023', '--line', '9000', '--line-source', SOURCE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('10560');
    expect(r.stderr).toContain('a supplied line only fills years without one');
  });

  it('no as-of date to place the line at: national/2021 has no default', async () => {
    const r = await cli('check', input, '--line', '9000', '--line-source', SOURCE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
  });
});

describe('check, explain and compare take --line too', () => {
  it('check: the data-quality checks that need the line run with it (应纳未纳) instead of being skipped, and the line is printed', async () => {
    const without = await cli('check', input, '--as-of', TODAY, '--format', 'ndjson');
    expect(without.stdout).toContain('quality.skipped');
    const r = await cli('check', input, '--as-of', TODAY, '--line', '9000', '--line-source', SOURCE, '--format', 'ndjson');
    expect(r.stdout).not.toContain('quality.skipped');
    expect(r.stdout).toContain('quality.monitoring-gap.below-line');
    expect(r.stderr).toContain('派生配置 national/2021/line-2026-9000');
  });

  it('explain: the decision record names the derived profile by id and hash', async () => {
    const r = await cli('explain', input, '--household', 'H001', '--profile', 'shandong/linzi/2023', '--as-of', TODAY, '--line', '9000', '--line-source', SOURCE, '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.record.profile.id).toBe('shandong/linzi/2023/line-2026-9000');
    expect(result.record.profile.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.stderr).toContain(`hash ${result.record.profile.hash}`);
  });

  it('compare: the line goes to each profile without one; compare-summary.json records it per side', async () => {
    const out = join(dir, 'compare');
    const r = await cli('compare', input, '--profile', 'shandong/linzi/2023', '--against', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--line', '7000', '--line-source', SOURCE, '--out', out);
    expect(r.code).toBe(0);
    const s = json(join(out, 'compare-summary.json'));
    expect(s.suppliedLines.a).toEqual([expect.objectContaining({ value: '7000', from: '2023-01-01', to: '2023-12-31', source: SOURCE })]);
    expect(s.suppliedLines.b).toEqual([]);
    expect(s.profiles.a.id).toBe('shandong/linzi/2023/line-2023-7000');
    expect(s.profiles.b.id).toBe('fujian/jinan/2023');
  });

  it('compare: when both profiles already have a line, --line is a usage error', async () => {
    const r = await cli('compare', input, '--profile', 'fujian/jinan/2023', '--against', 'gansu/wuqingyuan/2023', '--as-of', '2023-12-15', '--line', '7000', '--line-source', SOURCE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--line only supplies a missing one');
  });

  it('the built-in profiles are unchanged by a run with --line', () => {
    expect(getProfile('shandong/linzi/2023').parameters.monitoringLine).toBeUndefined();
  });
});
