/**
 * Re-scoring with worker threads (from the TypeScript sources here; the built workers are run by
 * test/cli/bin.test.ts): the same outcomes and summary as one thread, in order or not, a user
 * profile that reaches the workers unchanged, and workers that stop when the consumer does.
 */
import { describe, expect, it } from 'vitest';
import { defineProfile, rescore, safeDefineHolidayNotices } from '../../src/index.js';
import { household } from '../builders.js';
import { AS_OF, collect, expectBalanced, good, jinan, mixed } from './fixtures.js';

describe('rescore with worker threads', () => {
  it('Issue 5: outcomes and summary are identical with 1 and with 2 workers (deep-equal, same order)', async () => {
    const records = mixed(1500);
    const one = rescore(records, jinan, { asOf: AS_OF, workers: 1 });
    const oneOut = await collect(one);
    const two = rescore(records, jinan, { asOf: AS_OF, workers: 2, batchSize: 100 });
    const twoOut = await collect(two);
    expect(twoOut).toEqual(oneOut);
    expect(two.summary()).toEqual(one.summary());
    expectBalanced(two.summary());
  });

  it('with ordered: false the same outcomes come, each at its position', async () => {
    const records = mixed(600);
    const one = await collect(rescore(records, jinan, { asOf: AS_OF, workers: 1, view: 'compact' }));
    const run = rescore(records, jinan, { asOf: AS_OF, workers: 2, batchSize: 50, ordered: false, view: 'compact' });
    const any = await collect(run);
    expect([...any].sort((a, b) => a.position - b.position)).toEqual(one);
    expect(run.summary().in).toBe(600);
  });

  it('a user profile crosses to the workers unchanged (same hash in every decision record)', async () => {
    const mine = defineProfile({
      id: 'test/jinan-copy',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试：晋安副本', en: "test: a copy of Jin'an" },
    });
    const out = await collect(rescore(mixed(300), mine, { asOf: AS_OF, workers: 2, batchSize: 40 }));
    const hashes = new Set(out.flatMap((o) => (o.ok ? [o.result.record.profile.hash] : [])));
    expect([...hashes]).toEqual([mine.hash]);
  });

  it('a worker refuses a profile whose content does not match its hash (the rule book must arrive unchanged)', async () => {
    const forged = { ...structuredClone(jinan), builtin: false, hash: '0'.repeat(64) } as typeof jinan;
    await expect(collect(rescore(mixed(300), forged, { asOf: AS_OF, workers: 2, batchSize: 50 }))).rejects.toThrow(/changed on its way to a worker/);
  });

  it('a record that cannot be sent to a worker (a function inside) is scored in the calling thread, with the same outcome', async () => {
    const records: unknown[] = [...mixed(300), { ...good(999), hook: () => 1 }];
    const one = await collect(rescore(records, jinan, { asOf: AS_OF, workers: 1 }));
    const two = await collect(rescore(records, jinan, { asOf: AS_OF, workers: 2, batchSize: 64 }));
    expect(two).toEqual(one);
    expect(two.at(-1)).toMatchObject({ ok: false, householdId: 'H999' });
  });

  it('a consumer that stops early stops the workers (the test would hang otherwise)', async () => {
    const run = rescore(mixed(5000), jinan, { asOf: AS_OF, workers: 2, batchSize: 50 });
    let n = 0;
    for await (const _ of run) if (++n === 120) break;
    expect(run.summary().complete).toBe(false);
  });
});

describe('holiday notices in a re-scoring run with worker threads (issue 12 item 12)', () => {
  /** Jin'an with a 5-working-day home verification (Longkou's limit), as in test/calendar/year-end.test.ts. */
  const workingDays = defineProfile({
    id: 'test/jinan-working-days/2023',
    extends: 'fujian/jinan/2023',
    title: { zh: '晋安（测试：入户核实5个工作日）', en: 'Jin’an with a working-day home verification (test)' },
    documents: [{ id: 'test-line', issuer: '测试', title: '测试用监测线（非官方）', region: '测试' }],
    parameters: {
      monitoringLine: [{ from: '2023-01-01', to: '2027-12-31', value: '10560', citation: { doc: 'test-line', clause: '一' } }],
      homeVerificationTimeLimit: [
        { from: '2023-01-01', value: { days: 5, unit: 'working', countFrom: 'next-day' }, citation: { doc: '龙扶贫组字〔2021〕1号', clause: '四(一)', quote: '镇街区扶贫部门组织人员5个工作日内开展入户调查，采集、核实相关信息。' } },
      ],
    },
  });
  /** A fictional 2027 notice (its document id says so), not the official one. */
  const TEST_2027 = {
    doc: '测试通知〔2026〕1号（非官方）',
    year: 2027,
    issued: '2026-11-01',
    arrangements: [{ clause: '一', festival: { zh: '元旦', en: "New Year's Day" }, quote: '元旦：1月1日（周五）至3日（周日）放假，共3天。', rest: ['2027-01-01', '2027-01-03'], workdays: [] }],
  };

  it('rescore passes the holidays option to every assessment in worker threads: 龙扶贫组字〔2021〕1号 四(一) 5 working days from 2026-12-28 end on 2027-01-05', async () => {
    const notices = safeDefineHolidayNotices([TEST_2027]);
    if (!notices.ok) throw new Error('test notice must be valid');
    const input = JSON.parse(JSON.stringify(household({ discoveredOn: '2026-12-28', monitoring: { category: 'marginal', identifiedOn: '2027-01-05' } })));
    const records = Array.from({ length: 40 }, (_, i) => ({ ...input, id: `H${i}` }));
    const run = rescore(records, workingDays, { asOf: '2026-12-30', holidays: notices.notices, workers: 2, batchSize: 8, view: 'compact' });
    let n = 0;
    for await (const o of run) {
      expect(o.ok).toBe(true);
      if (o.ok) expect(o.result.procedure.deadlines.find((d) => d.rule === 'procedure.home-verification')!.lastDay).toBe('2027-01-05');
      n++;
    }
    expect(n).toBe(40);
  });
});
