/**
 * The summary files of `rescore`, written village by village from the summary builder (a province
 * has tens of thousands of villages): the same text as serialising the whole summary at once.
 */
import { describe, expect, it } from 'vitest';
import { eachSummaryTableRow, summaryTableRows, writeSummaryJson } from '../../src/cli/output.js';
import { SummaryBuilder, type Tally } from '../../src/rescore/summary.js';

function builderWith(villages: number): SummaryBuilder {
  const b = new SummaryBuilder({ id: 'fujian/jinan/2023', hash: 'abc' }, '2023-12-15');
  const categories = ['marginal', 'not-eligible', 'unstable', 'undetermined', null] as const;
  for (let i = 0; i < villages * 3; i++) {
    const category = categories[i % categories.length]!;
    const t: Tally = { region: i % 11 === 0 ? '' : ['福建省', '福州市', '晋安区', '宦溪镇', `${i % villages}村`].join('\u001f'), category, povertyAlleviated: i % 2 === 0 };
    if (category === null) t.codes = ['invalid_money'];
    b.add(t);
  }
  return b;
}

describe('summary files written village by village', () => {
  it('summary.json is exactly JSON.stringify(summary, null, 2), with and without villages', async () => {
    for (const n of [0, 1, 7, 3000]) {
      const b = builderWith(n);
      let text = '';
      await writeSummaryJson(b, (s) => void (text += s));
      expect(text).toBe(JSON.stringify(b.snapshot(true), null, 2) + '\n');
    }
  });

  it('summary.json carries the warnings about the file read as importWarnings, just before the villages', async () => {
    const warnings = [{ code: 'absent-income-columns' as const, columns: ['工资性收入'], message: { zh: '文件缺少收入列', en: 'no income column' } }];
    for (const n of [0, 3]) {
      const b = builderWith(n);
      let text = '';
      await writeSummaryJson(b, (s) => void (text += s), warnings);
      const { villages, ...counts } = b.snapshot(true);
      expect(text).toBe(JSON.stringify({ ...counts, importWarnings: warnings, villages }, null, 2) + '\n');
    }
  });

  it('summary.csv rows are those of the whole summary, the total last', () => {
    const b = builderWith(25);
    expect([...eachSummaryTableRow(b, 'zh')]).toEqual(summaryTableRows(b.snapshot(true), 'zh'));
    expect([...eachSummaryTableRow(b, 'en')]).toEqual(summaryTableRows(b.snapshot(true), 'en'));
  });
});
