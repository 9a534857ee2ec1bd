/**
 * Streaming re-scoring in the calling thread: nothing lost (in = results + rejected, for the run and
 * for every village), every outcome at its position, and a source read only as fast as the consumer
 * takes outcomes. The same outcomes with worker threads: test/rescore/workers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compact, defineProfile, rescore, summaryRows } from '../../src/index.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { categoryOf, scoreRecord, type RescoreResult, type ScoreSettings } from '../../src/rescore/score.js';
import { factRows, recordedMatrixRows, SummaryBuilder, type RecordedState, type SummaryCategory, type Tally } from '../../src/rescore/summary.js';
import { DEFAULT_HOUSEHOLD, merge } from '../builders.js';
import { householdArb } from '../arbitraries.js';
import { AS_OF, collect, CORRUPT, expectBalanced, good, jinan, mixed } from './fixtures.js';

const RECORDED: RecordedState[] = ['unstable', 'marginal', 'sudden-hardship', 'eliminated', 'not-monitored'];
const BUCKETS: SummaryCategory[] = ['unstable', 'marginal', 'sudden-hardship', 'to-verify', 'not-eligible', 'undetermined'];
const FACTS = ['riskTypes', 'hardship.severeDifficulty', 'members[].labour', 'asOf'];

/** A random outcome as the summary sees it: a rejection, or a result with its bucket, its record and the facts it names. */
const tallyArb: fc.Arbitrary<Tally> = fc.oneof(
  fc.record({ region: fc.constantFrom('', 'a', 'b', 'c'), codes: fc.subarray(['invalid_money', 'required'], { minLength: 1 }) }).map((r) => ({ ...r, category: null, povertyAlleviated: false })),
  fc
    .record({
      region: fc.constantFrom('', 'a', 'b', 'c'),
      category: fc.constantFrom(...BUCKETS),
      povertyAlleviated: fc.boolean(),
      recorded: fc.constantFrom(...RECORDED),
      facts: fc.subarray(FACTS, { minLength: 1 }),
    })
    .map(({ facts, ...t }) => (t.category === 'to-verify' ? { ...t, facts } : t.category === 'undetermined' ? { ...t, missing: facts } : t)),
);

describe('the summary is balanced', () => {
  test.prop([fc.array(tallyArb, { maxLength: 80 }), fc.array(fc.nat(80), { maxLength: 5 })], { numRuns: 80 })(
    'over any stream of outcomes, cut into any pieces: in = results + rejected, buckets and the recorded → recomputed matrix add up to results, for the run and per village',
    (tallies, cuts) => {
      const bounds = [...new Set([0, ...cuts.map((c) => Math.min(c, tallies.length)), tallies.length])].sort((a, b) => a - b);
      const added = new SummaryBuilder({ id: jinan.id, hash: jinan.hash }, AS_OF);
      for (let k = 0; k + 1 < bounds.length; k++) {
        const piece = new SummaryBuilder({ id: jinan.id, hash: jinan.hash }, null);
        for (const t of tallies.slice(bounds[k], bounds[k + 1])) piece.add(t);
        added.addPart(piece.part());
      }
      const s = added.snapshot(true);
      expectBalanced(s);
      expect(s.in).toBe(tallies.length);
      for (const r of RECORDED) {
        expect(Object.values(s.byRecorded[r]).reduce((a, b) => a + b, 0)).toBe(tallies.filter((t) => t.category !== null && t.recorded === r).length);
      }
      for (const f of FACTS) {
        expect(s.toVerifyByFact.find((x) => x.field === f)?.households ?? 0).toBe(tallies.filter((t) => t.facts?.includes(f)).length);
        expect(s.missingByFact.find((x) => x.field === f)?.households ?? 0).toBe(tallies.filter((t) => t.missing?.includes(f)).length);
      }
    },
  );

  it('names the facts by their Chinese labels, most named first; a member field counts without its row', () => {
    const b = new SummaryBuilder({ id: jinan.id, hash: jinan.hash }, AS_OF);
    b.add({ region: '', category: 'to-verify', povertyAlleviated: false, recorded: 'not-monitored', facts: ['riskTypes'] });
    b.add({ region: '', category: 'to-verify', povertyAlleviated: false, recorded: 'marginal', facts: ['riskTypes', 'hardship.severeDifficulty'] });
    b.add({ region: '', category: 'undetermined', povertyAlleviated: false, recorded: 'not-monitored', missing: ['members[].labour'] });
    const s = b.snapshot(true);
    expect(s.toVerifyByFact.map((f) => [f.label.zh, f.households])).toEqual([
      ['A27 致贫返贫风险类型', 2],
      ['刚性支出骤增或收入骤减，导致基本生活出现严重困难', 1],
    ]);
    expect(s.missingByFact.map((f) => [f.field, f.label.zh, f.households])).toEqual([['members[].labour', '成员的A14 劳动技能', 1]]);
    expect(factRows(s, 'zh').slice(1)).toEqual([
      ['须入户核实', 'A27 致贫返贫风险类型', '2'],
      ['须入户核实', '刚性支出骤增或收入骤减，导致基本生活出现严重困难', '1'],
      ['记录缺项（无法判定）', '成员的A14 劳动技能', '1'],
    ]);
    // A recorded 边缘易致贫户 now to verify differs; a household not monitored and now to verify differs too.
    expect(recordedMatrixRows(s, 'zh').at(-1)).toEqual(['合计', '3', '0', '0', '0', '2', '0', '1', '0', '2']);
  });
});

describe('summary parts (the CLI adds up the summaries of its chunks)', () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 6 })], { numRuns: 60 })(
    'a summary added up from the parts of consecutive pieces, in order, is the summary of the whole: the same counts, the villages in the same order',
    (picks, cuts) => {
      const records = picks.map((k) => (k % 5 === 4 ? CORRUPT[k % CORRUPT.length] : good(k, `${k % 7}村`, k % 2 ? '宦溪镇' : '寿山乡')));
      const tallies = records.map((r, i) => scoreRecord(r, i, jinan, { view: 'compact', records: 'raw', asOf: AS_OF, explain: false }).tally);
      const whole = new SummaryBuilder({ id: jinan.id, hash: jinan.hash }, AS_OF);
      for (const t of tallies) whole.add(t);
      const bounds = [...new Set([0, ...cuts.map((c) => Math.min(c, tallies.length)), tallies.length])].sort((a, b) => a - b);
      const added = new SummaryBuilder({ id: jinan.id, hash: jinan.hash }, AS_OF);
      for (let k = 0; k + 1 < bounds.length; k++) {
        const piece = new SummaryBuilder({ id: jinan.id, hash: jinan.hash }, null);
        for (const t of tallies.slice(bounds[k], bounds[k + 1])) piece.add(t);
        added.addPart(piece.part());
      }
      expect(added.snapshot(true)).toEqual(whole.snapshot(true));
      expect([...added.eachVillage()]).toEqual(whole.snapshot(true).villages);
      expect(added.head(true)).toEqual({ ...whole.snapshot(true), villages: [] });
    },
  );
});

describe('rescore', () => {
  it('Issue 5: a batch with corrupt records loses nothing — in = results + rejected, one outcome per record, in order', async () => {
    const records = mixed(400);
    const run = rescore(records, jinan, { asOf: AS_OF, workers: 1, batchSize: 64 });
    const outcomes = await collect(run);
    expect(outcomes.map((o) => o.position)).toEqual(records.map((_, i) => i));
    const s = run.summary();
    expect(s.complete).toBe(true);
    expect(s.in).toBe(400);
    expect(s.rejected).toBe(100);
    expect(s.results).toBe(300);
    expectBalanced(s);
    for (const o of outcomes) {
      if (o.ok) expect(o.result.record.householdId).toBe(`H${o.position}`);
      else expect(o.issues.length).toBeGreaterThan(0);
    }
  });

  it('rejects each corrupt record with issues that name the field, and keeps its 户编号 when it has one', async () => {
    const outcomes = await collect(rescore(CORRUPT, jinan, { asOf: AS_OF, workers: 1 }));
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    const byId = new Map(outcomes.map((o) => [!o.ok && o.householdId, o]));
    const money = byId.get('C-money');
    expect(money && !money.ok && money.issues.map((i) => [i.path, i.code])).toEqual([['income.wage', 'invalid_money']]);
    const key = byId.get('C-key');
    expect(key && !key.ok && key.issues.map((i) => [i.path, i.code])).toEqual([['bonus', 'unknown_key']]);
    expect(outcomes[0]).toEqual({ position: 0, ok: false, issues: [expect.objectContaining({ code: expect.any(String) })] });
  });

  it('never shows an unmasked ID number in a rejection (domain.md §11)', async () => {
    const outcomes = await collect(rescore(CORRUPT, jinan, { asOf: AS_OF, workers: 1 }));
    const text = JSON.stringify(outcomes.map((o) => (o.ok ? null : o.issues)));
    expect(text).toContain('1101**********002X');
    expect(containsUnmaskedIdNumber(text)).toBe(false);
  });

  it('turns an assessment that throws (a parameter the profile leaves unset) into a rejection naming the parameter, and goes on', async () => {
    const noRounding = defineProfile({
      id: 'test/no-rounding',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试：未设定舍入', en: 'test: rounding unset' },
      unset: { perCapitaRounding: { zh: '测试用', en: 'for the test' } },
    });
    const run = rescore([good(1), good(2), CORRUPT[5]], noRounding, { asOf: AS_OF, workers: 1 });
    const outcomes = await collect(run);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.issues.map((i) => i.code).join()))).toEqual(['missing_parameter', 'missing_parameter', 'invalid_money']);
    const first = outcomes[0]!;
    expect(!first.ok && first.householdId).toBe('H1');
    expect(!first.ok && first.issues[0]!.message.en).toContain('perCapitaRounding');
    expect(run.summary().rejectedByCode).toEqual({ missing_parameter: 2, invalid_money: 1 });
  });

  it('counts by village (单位), in order of first appearance, like 榕晋乡振〔2023〕12号 附件2', async () => {
    const records = [good(0, '1村'), good(1, '2村'), good(2, '1村'), CORRUPT[8] /* the default region, village 3村 */, good(4, '1村', '寿山乡'), { id: 'x' }];
    const run = rescore(records, jinan, { asOf: AS_OF, workers: 1 });
    await collect(run);
    const s = run.summary();
    expectBalanced(s);
    expect(s.villages.map((v) => [v.region.town ?? '', v.region.village ?? '', v.in, v.results, v.rejected, v.povertyAlleviated])).toEqual([
      ['宦溪镇', '1村', 2, 2, 0, 2],
      ['宦溪镇', '2村', 1, 1, 0, 0],
      ['东莱街道', '3村', 1, 0, 1, 0],
      ['寿山乡', '1村', 1, 1, 0, 1],
      ['', '', 1, 0, 1, 0],
    ]);
    const rows = summaryRows(s, 'zh');
    expect(rows[0]).toContain('排查脱贫户（户次）');
    expect(rows.at(-1)!.slice(0, 6)).toEqual(['合计', '', '', '6', '4', '2']);
  });

  it('S001 §一(一): the summary counts households below Jin’an’s 10560 line by category (a risk on record) or as to verify (none), and the others as not identified', async () => {
    // 3 people: 6000 yuan → 2000.00 a head (below 10560); 60000 + 6000 + 1200 − 2000 = 65200 → 21733.33 a head (above).
    const low = { wage: '6000', operating: '0', property: '0', transfer: '0', operatingExpense: '0' };
    const records = [
      merge(DEFAULT_HOUSEHOLD, { id: 'ordinary-low', povertyAlleviated: false, income: low, riskTypes: ['illness'] }),
      merge(DEFAULT_HOUSEHOLD, { id: 'alleviated-low', povertyAlleviated: true, income: low, riskTypes: ['disability'] }),
      merge(DEFAULT_HOUSEHOLD, { id: 'ordinary-high', povertyAlleviated: false, income: { wage: '60000' } }),
      merge(DEFAULT_HOUSEHOLD, { id: 'ordinary-low-no-risk', povertyAlleviated: false, income: low }),
    ];
    const run = rescore(records, jinan, { asOf: AS_OF, workers: 1 });
    const outcomes = await collect(run);
    expect(outcomes.map((o) => (o.ok ? [o.householdId, o.result.monitoring.category, o.result.income.perCapitaReferenceIncome] : null))).toEqual([
      ['ordinary-low', 'marginal', '2000.00'],
      ['alleviated-low', 'unstable', '2000.00'],
      ['ordinary-high', null, '21733.33'],
      ['ordinary-low-no-risk', null, '2000.00'],
    ]);
    const s = run.summary();
    // Issue 11: below the line with no risk on record is to verify, counted apart.
    expect(s.byCategory).toEqual({ unstable: 1, marginal: 1, 'sudden-hardship': 0, 'to-verify': 1, 'not-eligible': 1, undetermined: 0 });
    expect(s.identified).toBe(2);
    expect(s.povertyAlleviated).toBe(1);
  });

  it('buckets a result by its monitoring classification: a category, not eligible, or undetermined', () => {
    expect(categoryOf({ monitoring: { eligible: true, category: 'marginal' } })).toBe('marginal');
    expect(categoryOf({ monitoring: { eligible: true, category: 'sudden-hardship' } })).toBe('sudden-hardship');
    expect(categoryOf({ monitoring: { eligible: false, category: null } })).toBe('not-eligible');
    expect(categoryOf({ monitoring: { eligible: null, category: null } })).toBe('undetermined');
    expect(categoryOf({ monitoring: { outcome: 'to-verify', eligible: null, category: null } })).toBe('to-verify');
    expect(categoryOf({ income: {} })).toBe('undetermined');
  });

  it('takes records from an importer: one with problems is rejected with them, at its own position and rows', async () => {
    const problem = { path: 'members[1].sex', code: 'invalid_value', message: { zh: '性别无法识别', en: 'sex not recognised' } };
    const imported = [
      { position: 1, source: { rows: [3, 4, 5] }, householdId: 'H0', raw: good(0), problems: [] },
      { position: 2, source: { rows: [6, 7] }, householdId: 'H1', raw: good(1), problems: [problem] },
    ];
    const outcomes = await collect(rescore(imported, jinan, { asOf: AS_OF, workers: 1, records: 'imported' }));
    expect(outcomes[0]).toMatchObject({ position: 1, ok: true, source: { rows: [3, 4, 5] } });
    expect(outcomes[1]).toEqual({ position: 2, ok: false, householdId: 'H1', issues: [problem], source: { rows: [6, 7] } });
  });

  it('scoreRecord with one settings object follows what it holds now: a changed as-of date or explain flag is the one assessed with', () => {
    const h = good(1);
    const settings: ScoreSettings = { view: 'full', records: 'raw', asOf: AS_OF, explain: false };
    const first = scoreRecord(h, 0, jinan, settings).outcome as RescoreResult;
    expect(first.result.record.asOf).toBe(AS_OF);
    expect(first.result.monitoring.findings).toEqual([]);
    settings.asOf = '2023-12-20';
    const later = scoreRecord(h, 0, jinan, settings).outcome as RescoreResult;
    expect(later.result.record.asOf).toBe('2023-12-20');
    settings.explain = true;
    const explained = scoreRecord(h, 0, jinan, settings).outcome as RescoreResult;
    expect(explained.result.monitoring.findings.length).toBeGreaterThan(0);
  });

  it('the compact view is the full result without its findings', async () => {
    const records = [good(1), good(2)];
    const full = await collect(rescore(records, jinan, { asOf: AS_OF, workers: 1 }));
    const small = await collect(rescore(records, jinan, { asOf: AS_OF, workers: 1, view: 'compact' }));
    expect(small).toEqual(full.map((o) => (o.ok ? { ...o, result: compact(o.result) } : o)));
    expect(JSON.stringify(small)).not.toContain('"findings"');
  });

  it('reads the source only a few batches ahead of its consumer (back-pressure), and stops reading when the consumer stops', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield good(i);
      }
    }
    const run = rescore(source(), jinan, { asOf: AS_OF, workers: 1, batchSize: 10 });
    let taken = 0;
    for await (const o of run) {
      expect(o.position).toBe(taken);
      if (++taken === 25) break;
    }
    expect(pulled).toBeLessThanOrEqual(40);
    expect(run.summary()).toMatchObject({ complete: false, in: 30 });
  });

  it('a run is iterated once', async () => {
    const run = rescore([good(1)], jinan, { asOf: AS_OF, workers: 1 });
    await collect(run);
    await expect(collect(run)).rejects.toThrow(/only once/);
  });

  it('an empty source gives no outcome and a complete, empty summary', async () => {
    const run = rescore([], jinan, { asOf: AS_OF });
    expect(await collect(run)).toEqual([]);
    expect(run.summary()).toMatchObject({ complete: true, in: 0, results: 0, rejected: 0, villages: [] });
  });

  test.prop([fc.array(fc.oneof(householdArb, fc.anything()), { maxLength: 60 }), fc.integer({ min: 1, max: 16 })], { numRuns: 60 })(
    'property: for any mix of records and any batch size, every record comes out once at its position and in = results + rejected',
    async (records, batchSize) => {
      const run = rescore(records, jinan, { asOf: AS_OF, workers: 1, batchSize });
      const outcomes = await collect(run);
      expect(outcomes.map((o) => o.position)).toEqual(records.map((_, i) => i));
      const s = run.summary();
      expect(s.in).toBe(records.length);
      expect(s.results).toBe(outcomes.filter((o) => o.ok).length);
      expectBalanced(s);
    },
  );
});
