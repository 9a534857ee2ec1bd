/**
 * Warnings about the file reach the user: an export without 工资性收入 (A28) is named on stderr, in
 * Chinese and English, and in summary.json (`importWarnings`) — whether the run is scored here or, for
 * a larger file, in the coordinator thread — and every household is rejected as `required`, never
 * scored with a wage of 0. Run in this process (`runCli`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli as run } from './in-process.js';

let dir: string;

/** `n` one-member households without the 工资性收入 column. */
function withoutWage(n: number): string {
  const lines = ['户编号,村,姓名,证件号码,性别,与户主关系,户类型,生产经营性收入,财产性收入,转移性收入,生产经营性支出,理赔收入,合规自付支出'];
  for (let i = 0; i < n; i++) lines.push(`H${String(i).padStart(4, '0')},一村,成员${i},,男,户主,一般农户,3000,0,800,200,0,0`);
  return lines.join('\n') + '\n';
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ffp-warn-'));
  writeFileSync(join(dir, 'small.csv'), withoutWage(3));
  writeFileSync(join(dir, 'large.csv'), withoutWage(200));
});

describe('absent income columns on the command line', () => {
  for (const [name, file, extra] of [
    ['scored in the reading thread', 'small.csv', [] as string[]],
    ['scored through the coordinator thread (a file larger than one batch)', 'large.csv', ['--batch-size', '1', '--workers', '1']],
  ] as const) {
    it(`S000 附件1 A28: stderr and summary.json name 工资性收入; every household is rejected as required — ${name}`, async () => {
      const out = join(dir, `out-${file}`);
      const r = await run('rescore', join(dir, file), '--profile', 'fujian/jinan/2023', '--as-of', '2023-12-15', '--out', out, ...extra);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('文件缺少收入列——工资性收入（A28）：必填项，不按 0 计');
      expect(r.stderr).toContain('工资性收入 (A28, income.wage): required, never read as 0');
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      expect(summary.importWarnings).toEqual([expect.objectContaining({ code: 'absent-income-columns', columns: ['工资性收入'] })]);
      expect(summary.results).toBe(0);
      expect(summary.rejected).toBe(summary.in);
      expect(summary.rejectedByCode).toEqual({ required: summary.in });
      expect(readFileSync(join(out, 'rejected.csv'), 'utf8')).toContain('income.wage');
    });
  }
});
