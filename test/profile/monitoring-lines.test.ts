/**
 * The later years' monitoring lines (监测范围) of the built-in profiles, each from a public document:
 * in force from its first day to its last, not the day before or after, and read by an assessment
 * whose income period ends inside it (parameters are read at the period end, docs/decisions.md).
 */
import { describe, expect, it } from 'vitest';
import { classifyMonitoring, DOCUMENTS, getProfile, MissingParameterError, parameter, resolveContext, type Profile } from '../../src/index.js';
import { household } from '../builders.js';

const yunnan = getProfile('yunnan/xiaozhongdian/2021');
const gansu = getProfile('gansu/wuqingyuan/2023');

/** The line an assessment as of `asOf` reads: the value in force at its parameter date. */
function lineReadAsOf(profile: Profile, asOf: string): string {
  const ctx = resolveContext(household(), profile, { asOf });
  return String(parameter(profile, 'monitoringLine', ctx.parameterDate!).value);
}

describe('云农办通〔2025〕1号: Yunnan’s 2025 line 8700 (yunnan/xiaozhongdian/2021)', () => {
  it('云农办通〔2025〕1号 (凤尾镇通知 一): 8700 on its first day 2025-01-01 and its last day 2025-12-31', () => {
    expect(parameter(yunnan, 'monitoringLine', '2025-01-01').value).toBe('8700');
    expect(parameter(yunnan, 'monitoringLine', '2025-12-31').value).toBe('8700');
  });

  it('云农办通〔2025〕1号: no line the day before (2024-12-31) or the day after (2026-01-01) — no document found states one; the error names the covered periods', () => {
    for (const on of ['2024-12-31', '2026-01-01']) {
      expect(() => parameter(yunnan, 'monitoringLine', on)).toThrow(MissingParameterError);
      expect(() => parameter(yunnan, 'monitoringLine', on)).toThrow(/2020-10-01\.\.2021-12-31, 2025-01-01\.\.2025-12-31/);
    }
  });

  it('S002 §二 keeps 6000 through 2021-12-31; 2022 has no line', () => {
    expect(parameter(yunnan, 'monitoringLine', '2021-12-31').value).toBe('6000');
    expect(() => parameter(yunnan, 'monitoringLine', '2022-01-01')).toThrow(MissingParameterError);
  });

  it('an assessment as of 2025-09-30 (period 2024-10-01..2025-09-30) reads 8700; as of 2025-09-29 (period ending 2024-09-30) there is no line and identification stops', () => {
    expect(lineReadAsOf(yunnan, '2025-09-30')).toBe('8700');
    expect(lineReadAsOf(yunnan, '2026-09-29')).toBe('8700');
    expect(() => classifyMonitoring(household(), yunnan, { asOf: '2025-09-29' })).toThrow(MissingParameterError);
    expect(() => classifyMonitoring(household(), yunnan, { asOf: '2025-09-30' })).not.toThrow();
    expect(() => classifyMonitoring(household(), yunnan, { asOf: '2026-09-30' })).toThrow(MissingParameterError);
  });

  it('cites the provincial notice, registered as secondary with the address of the page that reports the value, and quotes that page', () => {
    const v = parameter(yunnan, 'monitoringLine', '2025-06-30');
    expect(v.citation.doc).toBe('云农办通〔2025〕1号');
    expect(v.citation.quote).toContain('参考标准为家庭年人均纯收入 8700元');
    const doc = DOCUMENTS['云农办通〔2025〕1号']!;
    expect(doc.kind).toBe('secondary');
    expect(doc.url).toBe('https://www.qrrfcrh.cn/zfxxgk_zkx_fwz/artview/1185/326180.html');
    expect(doc.issuer).toBe('中共云南省委农村工作领导小组办公室');
  });
});

describe('Gansu’s 2024 line 7800 (gansu/wuqingyuan/2023; secondary, unverified)', () => {
  it('7800 on its first day 2024-01-01 and its last day 2024-12-31; 7200 the day before', () => {
    expect(parameter(gansu, 'monitoringLine', '2023-12-31').value).toBe('7200');
    expect(parameter(gansu, 'monitoringLine', '2024-01-01').value).toBe('7800');
    expect(parameter(gansu, 'monitoringLine', '2024-12-31').value).toBe('7800');
  });

  it('no line the day after (2025-01-01): 甘农领办发〔2025〕4号 sets 2025’s, but no public page found states its value', () => {
    expect(() => parameter(gansu, 'monitoringLine', '2025-01-01')).toThrow(/2023-01-01\.\.2023-12-31, 2024-01-01\.\.2024-12-31/);
    expect(DOCUMENTS['甘农领办发〔2025〕4号']).toMatchObject({ kind: 'referenced', url: 'http://www.lzxq.gov.cn/system/2025/04/09/031165473.shtml' });
  });

  it('an assessment as of 2024-09-30 reads 7800; as of 2024-09-29 (period ending 2023-09-30) 7200; as of 2025-09-30 none', () => {
    expect(lineReadAsOf(gansu, '2024-09-30')).toBe('7800');
    expect(lineReadAsOf(gansu, '2024-09-29')).toBe('7200');
    expect(() => classifyMonitoring(household(), gansu, { asOf: '2025-09-30' })).toThrow(MissingParameterError);
  });
});
