/**
 * A monitoring line supplied by the user (`withMonitoringLine`, `fangfanpin --line`): the shortest fix
 * when no document found states a profile's line for the year of the as-of date. The derived profile
 * extends the chosen one, holds the line exactly where the rules read it, cites the source the user
 * names (kind `supplied`), and is named by id and hash in every decision record and in the summary.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  assessHousehold,
  defineProfile,
  getProfile,
  listProfiles,
  MissingParameterError,
  monitoringLineReading,
  optionalParameter,
  parameter,
  rescore,
  SuppliedLineError,
  suppliedLinesOf,
  withMonitoringLine,
  type Profile,
} from '../src/index.js';
import { household } from './builders.js';

const TODAY = '2026-12-06';
const SOURCE = '某省农村工作领导小组办公室〔2026〕1号 第一条';
const yunnan = getProfile('yunnan/xiaozhongdian/2021');

/** Typical households: ordinary, formerly poor, monitored, eliminated (as the CLI's profile check uses). */
function typical() {
  return [
    household({ id: 'A' }),
    household({ id: 'B', povertyAlleviated: true, policyStatus: 'enjoying' }),
    household({ id: 'C', monitoring: { category: 'marginal', identifiedOn: '2025-03-01' } }),
    household({ id: 'D', povertyAlleviated: true, monitoring: { category: 'unstable', identifiedOn: '2025-03-01', eliminated: { method: 'assisted', on: '2025-12-01' } } }),
  ];
}

function errorOf(f: () => unknown): SuppliedLineError {
  try {
    f();
  } catch (e) {
    if (e instanceof SuppliedLineError) return e;
    throw e;
  }
  throw new Error('expected a SuppliedLineError');
}

describe('a re-score dated today runs under every built-in profile', () => {
  it.each(listProfiles().map((p) => [p.id, p] as const))('%s: without a line as of 2026-12-06 identification stops; with --line it assesses typical households', (_id, profile) => {
    expect(() => assessHousehold(typical()[0]!, profile, { asOf: TODAY })).toThrow(MissingParameterError);
    const derived = withMonitoringLine(profile, { value: '9000', source: SOURCE, asOf: TODAY });
    for (const h of typical()) {
      const r = assessHousehold(h, derived, { asOf: TODAY });
      expect(r.record.profile).toEqual({ id: derived.id, hash: derived.hash });
    }
  });

  it('the summary of a re-score records the supplied line: value, dates, source, and the derived profile’s id and hash', async () => {
    const derived = withMonitoringLine(getProfile('gansu/wuqingyuan/2023'), { value: '8600', source: SOURCE, asOf: TODAY });
    const run = rescore(typical(), derived, { asOf: TODAY, workers: 1 });
    for await (const o of run) expect(o.ok).toBe(true);
    const s = run.summary();
    expect(s.profile).toEqual({
      id: 'gansu/wuqingyuan/2023/line-2026-8600',
      hash: derived.hash,
      suppliedLines: [{ value: '8600', from: '2026-01-01', to: '2026-12-31', citation: { doc: 'user-supplied-line-2026-01-01', clause: SOURCE }, source: SOURCE }],
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('a built-in profile’s summary names no supplied line', async () => {
    const run = rescore([household()], getProfile('fujian/jinan/2023'), { workers: 1 });
    for await (const _ of run) void _;
    expect(run.summary().profile).toEqual({ id: 'fujian/jinan/2023', hash: getProfile('fujian/jinan/2023').hash });
  });
});

describe('where the line is dated: the calendar year of the date the rules read it at', () => {
  it('annual period (yunnan/xiaozhongdian/2021 as of 2026-12-06): read at 2026-09-30, the end of 2025-10-01..2026-09-30; dated 2026-01-01..2026-12-31', () => {
    const r = monitoringLineReading(yunnan, TODAY);
    expect(r).toEqual({ on: '2026-09-30', period: { from: '2025-10-01', to: '2026-09-30', kind: 'annual' }, dates: { from: '2026-01-01', to: '2026-12-31' } });
    const d = withMonitoringLine(yunnan, { value: '9000', source: SOURCE, asOf: TODAY });
    expect(parameter(d, 'monitoringLine', '2026-01-01').value).toBe('9000');
    expect(parameter(d, 'monitoringLine', '2026-12-31').value).toBe('9000');
    expect(parameter(d, 'monitoringLine', '2025-12-31').value).toBe('8700');
    expect(optionalParameter(d, 'monitoringLine', '2027-01-01')).toBeUndefined();
  });

  it('an as-of date in the first days of a year reads the previous income period: as of 2026-09-29 the 2025 line (8700) is in force and nothing is supplied', () => {
    expect(monitoringLineReading(yunnan, '2026-09-29').inForce?.value).toBe('8700');
    expect(monitoringLineReading(yunnan, '2026-09-30').inForce).toBeUndefined();
  });

  it('S004 §二(二) rolling period (shandong/longkou/2021): read at the as-of date; dated to its year', () => {
    const r = monitoringLineReading(getProfile('shandong/longkou/2021'), TODAY);
    expect(r.on).toBe(TODAY);
    expect(r.dates).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('the year is cut where the profile already has a line: Yunnan as of 2020-12-06 reads 2020-09-30; the line takes 2020-01-01..2020-09-30 (S002’s 6000 starts 2020-10-01)', () => {
    const r = monitoringLineReading(yunnan, '2020-12-06');
    expect(r.on).toBe('2020-09-30');
    expect(r.dates).toEqual({ from: '2020-01-01', to: '2020-09-30' });
    const d = withMonitoringLine(yunnan, { value: '5800', source: SOURCE, asOf: '2020-12-06' });
    expect(parameter(d, 'monitoringLine', '2020-09-30').value).toBe('5800');
    expect(parameter(d, 'monitoringLine', '2020-10-01').value).toBe('6000');
  });

  it('explicit dates are used as given', () => {
    const d = withMonitoringLine(getProfile('national/2021'), { value: '8000.50', source: SOURCE, from: '2026-01-01', to: '2026-06-30' });
    expect(d.id).toBe('national/2021/line-2026-8000-50');
    expect(parameter(d, 'monitoringLine', '2026-06-30').value).toBe('8000.50');
    expect(optionalParameter(d, 'monitoringLine', '2026-07-01')).toBeUndefined();
  });
});

describe('the derived profile is cited, marked as supplied, and keeps everything else', () => {
  const d = withMonitoringLine(yunnan, { value: 9000, source: `  ${SOURCE}  `, asOf: TODAY });

  it('extends the chosen profile and keeps its other values and lines (S002 6000 in 2021, 云农办通〔2025〕1号 8700 in 2025)', () => {
    expect(d.extends).toBe('yunnan/xiaozhongdian/2021');
    expect(d.lineage).toEqual(['yunnan/xiaozhongdian/2021/line-2026-9000', 'yunnan/xiaozhongdian/2021', 'national/2021']);
    expect(parameter(d, 'monitoringLine', '2021-09-30').value).toBe('6000');
    expect(parameter(d, 'monitoringLine', '2025-09-30').value).toBe('8700');
    expect(d.parameters.incomePeriod).toEqual(yunnan.parameters.incomePeriod);
    expect(d.defaultAsOf).toEqual(yunnan.defaultAsOf);
    expect(d.builtin).toBe(false);
  });

  it('cites the user’s source, registered as a document of kind supplied; the value’s note says it is not checked', () => {
    const v = parameter(d, 'monitoringLine', '2026-09-30');
    expect(v.value).toBe('9000');
    expect(v.citation).toEqual({ doc: 'user-supplied-line-2026-01-01', clause: SOURCE });
    expect(v.note).toMatch(/^Supplied by the user, not checked by fangfanpin\. It is the line an assessment as of 2026-12-06 reads, on 2026-09-30 \(the income period 2025-10-01\.\.2026-09-30\)/);
    expect(d.documents['user-supplied-line-2026-01-01']).toMatchObject({ kind: 'supplied', title: SOURCE, short: '使用者提供' });
    expect(d.title.zh).toContain('使用者提供');
  });

  it('suppliedLinesOf lists it; the built-in profiles have none', () => {
    expect(suppliedLinesOf(d)).toEqual([{ value: '9000', from: '2026-01-01', to: '2026-12-31', citation: { doc: 'user-supplied-line-2026-01-01', clause: SOURCE }, source: SOURCE }]);
    for (const p of listProfiles()) expect(suppliedLinesOf(p)).toEqual([]);
  });

  it('the same supply gives the same profile (id and hash); another value another hash', () => {
    expect(withMonitoringLine(yunnan, { value: 9000, source: SOURCE, asOf: TODAY }).hash).toBe(d.hash);
    expect(withMonitoringLine(yunnan, { value: '9000.01', source: SOURCE, asOf: TODAY }).hash).not.toBe(d.hash);
  });

  it('may extend a user profile (from JSON) and a derived one again, a year later', () => {
    const county = defineProfile({ id: 'test/county/2024', extends: 'national/2021', title: { zh: '某县', en: 'a county' } });
    const once = withMonitoringLine(county, { value: '8000', source: SOURCE, asOf: '2025-12-06' });
    const twice = withMonitoringLine(once, { value: '8500', source: '另一文件 二', asOf: TODAY });
    expect(parameter(twice, 'monitoringLine', '2025-09-30').value).toBe('8000');
    expect(parameter(twice, 'monitoringLine', '2026-09-30').value).toBe('8500');
    expect(suppliedLinesOf(twice).map((l) => [l.value, l.source])).toEqual([
      ['8000', SOURCE],
      ['8500', '另一文件 二'],
    ]);
  });
});

describe('what a supplied line refuses, and why', () => {
  it('a line where the profile already has one: 云农办通〔2025〕1号’s 8700 is in force for an as-of in late 2025', () => {
    const e = errorOf(() => withMonitoringLine(yunnan, { value: '9000', source: SOURCE, asOf: '2025-12-06' }));
    expect(e.code).toBe('line-in-force');
    expect(e.existing?.value).toBe('8700');
    expect(e.text.zh).toContain('已有监测线 8700');
    expect(e.text.en).toContain('云农办通〔2025〕1号');
    expect(errorOf(() => withMonitoringLine(yunnan, { value: '9000', source: SOURCE, from: '2025-06-01', to: '2026-06-01' })).code).toBe('line-in-force');
  });

  it.each([['0'], ['-8700'], ['8700.001'], ['abc'], ['']])('a value that is not a positive amount with at most two decimals: %j', (value) => {
    expect(errorOf(() => withMonitoringLine(yunnan, { value, source: SOURCE, asOf: TODAY })).code).toBe('invalid-value');
  });

  it('a line without its source: every value carries its source', () => {
    const e = errorOf(() => withMonitoringLine(yunnan, { value: '9000', source: '  ', asOf: TODAY }));
    expect(e.code).toBe('no-source');
    expect(e.text.zh).toContain('出处');
  });

  it('no date to place it at: national/2021 has no default as-of date', () => {
    expect(errorOf(() => withMonitoringLine(getProfile('national/2021'), { value: '9000', source: SOURCE })).code).toBe('no-date');
  });
});

const profiles: Profile[] = listProfiles();

test.prop([
  fc.constantFrom(...profiles),
  fc.integer({ min: 1, max: 5_000_000 }),
  fc.integer({ min: 0, max: 6 * 366 }).map((d) => new Date(Date.UTC(2021, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
])('a supplied line is read exactly where the profile had none, and every date the profile covered keeps its value', (profile, fen, asOf) => {
  const reading = monitoringLineReading(profile, asOf);
  const value = (fen / 100).toFixed(2);
  if (reading.inForce) {
    expect(() => withMonitoringLine(profile, { value, source: SOURCE, asOf })).toThrow(SuppliedLineError);
    return;
  }
  const d = withMonitoringLine(profile, { value, source: SOURCE, asOf });
  expect(parameter(d, 'monitoringLine', reading.on).value).toBe(value);
  for (const v of profile.parameters.monitoringLine ?? []) {
    expect(parameter(d, 'monitoringLine', v.from).value).toBe(v.value);
    if (v.to) expect(parameter(d, 'monitoringLine', v.to).value).toBe(v.value);
  }
});
