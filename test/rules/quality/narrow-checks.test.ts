/**
 * Four checks that were wrong or too narrow (issue 15 item 3), each against the county rule it cites:
 * the phones the county rules read (户联系电话, 家庭成员联系电话), medical insurance in 应纳未纳
 * (1_02_007 医疗未保障), 公益性岗位 as exports hold it (post names), and the lack-of-labour risk against
 * the labour share (5_18_008) instead of "every member can work".
 */
import { describe, expect, it } from 'vitest';
import { defineProfile, NATIONAL_CODE_MAP, parseHousehold } from '../../../src/index.js';
import { readRecords, type ImportedRecord, type RecordStream } from '../../../src/io/index.js';
import { clean, HEAD, hits, issuesOf, member, monitored, SON, SPOUSE, withMembers } from './fixtures.js';

const BASE = ['户编号', '姓名', '证件号码', '性别', '与户主关系', '户类型', '工资性收入', '生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出', '理赔收入', '合规自付支出'];
const BASE_ROW = ['H1', '张三', '530621197003120017', '男', '户主', '一般农户', '3000', '1000', '0', '800', '200', '0', '0'];

async function readOne(extra: Record<string, string>): Promise<{ record: ImportedRecord; stream: RecordStream }> {
  const headers = [...BASE, ...Object.keys(extra)];
  const row = [...BASE_ROW, ...Object.values(extra)].map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c));
  const stream = readRecords([Buffer.from(`${headers.join(',')}\n${row.join(',')}\n`)], { format: 'csv' });
  const records: ImportedRecord[] = [];
  for await (const r of stream) records.push(r);
  expect(records).toHaveLength(1);
  return { record: records[0]!, stream };
}

describe('phones: 户联系电话 and 家庭成员联系电话 are read and checked (4_02_001, 5_13_003, 2_12_007)', () => {
  it('4_02_001: 户联系电话 is imported into `phone`, and the column is no longer reported unused', async () => {
    const { record, stream } = await readOne({ 户联系电话: '13812345678.0' });
    expect(record.problems).toEqual([]);
    expect((record.raw as { phone?: string }).phone).toBe('13812345678');
    for (const w of stream.warnings) expect(w.columns ?? []).not.toContain('户联系电话');
  });

  it('4_02_001: a household phone that is not an 11-digit mobile number is flagged, masked; a mobile number or none is not', () => {
    const [issue] = hits(issuesOf(clean({ phone: '87480420' })), 'quality.completeness.household-phone');
    expect(issue).toMatchObject({ path: 'phone', severity: 'warning', values: { phone: '******20', length: 8 } });
    expect(JSON.stringify(issue)).not.toContain('87480420');
    expect(hits(issuesOf(clean({ phone: '13812345678' })), 'quality.completeness.household-phone')).toEqual([]);
    expect(hits(issuesOf(clean()), 'quality.completeness.household-phone')).toEqual([]);
  });

  it('5_13_003: a member of a monitored household whose phone is a landline is flagged on that member', () => {
    const issues = hits(issuesOf(monitored({}, { 1: { phone: '0887-8224567' } })), 'quality.completeness.member-phone');
    expect(issues.map((i) => i.path)).toEqual(['members[1].phone']);
    expect(issues[0]!.message.zh).toContain('第2行成员（李秀英）');
    expect(JSON.stringify(issues[0])).not.toContain('0887-8224567');
    expect(hits(issuesOf(monitored({}, { 1: { phone: '13912345678' } })), 'quality.completeness.member-phone')).toEqual([]);
  });

  it('2_12_007: outside monitoring only a member who works is checked (A15 work area or A16 months above 0)', () => {
    expect(hits(issuesOf(withMembers({ 1: { phone: '8224567' } })), 'quality.completeness.member-phone')).toEqual([]);
    expect(hits(issuesOf(withMembers({ 0: { phone: '8224567', workMonths: 10 } })), 'quality.completeness.member-phone').map((i) => i.path)).toEqual(['members[0].phone']);
    expect(hits(issuesOf(withMembers({ 0: { phone: '8224567', workMonths: 0 } })), 'quality.completeness.member-phone')).toEqual([]);
  });

  it('the A55 checks cite only what they read: 4_02_001 and 5_13_003 name the household and member phone checks', () => {
    expect(NATIONAL_CODE_MAP['4_02_001']).toEqual(['quality.completeness.household-phone']);
    expect(NATIONAL_CODE_MAP['5_13_003']).toEqual(['quality.completeness.member-phone']);
    expect(NATIONAL_CODE_MAP['1_11_011']).toEqual(['quality.completeness.contact']);
  });
});

describe('1_02_007 医疗未保障: 应纳未纳 reads medical insurance (A26, A17, A18)', () => {
  const alleviated = (over: Record<string, unknown> = {}, members: Record<string, unknown>[] = [HEAD, SPOUSE, SON]) => clean({ povertyAlleviated: true, members, ...over });
  const gap = (h: ReturnType<typeof clean>) => hits(issuesOf(h), 'quality.monitoring-gap.guarantees');

  it('1_02_007: a 脱贫户 not monitored whose A26 records a member without basic medical insurance is flagged', () => {
    const [issue] = gap(alleviated({ guarantees: { memberWithoutMedicalInsurance: true } }, [HEAD, SPOUSE, member(SON, { basicMedicalInsurance: false })]));
    expect(issue).toMatchObject({ path: 'guarantees.memberWithoutMedicalInsurance', values: { field: 'A26', generatedFromA17: false } });
  });

  it('1_02_007 / S000 附件1 A26 (A17 指标生成): without A26 on record, a member whose A17 says no settles it', () => {
    const h = alleviated({ guarantees: { memberWithoutMedicalInsurance: undefined } }, [HEAD, member(SPOUSE, { basicMedicalInsurance: false }), SON]);
    const [issue] = gap(h);
    expect(issue).toMatchObject({ path: 'guarantees.memberWithoutMedicalInsurance', values: { field: 'A26', generatedFromA17: true } });
  });

  it('1_02_007 (a) 大病保险 否: a member on record without serious-illness insurance (A18) is flagged; an unrecorded A18 is not guessed', () => {
    const [issue] = gap(alleviated({}, [member(HEAD, { seriousIllnessInsurance: true }), member(SPOUSE, { seriousIllnessInsurance: false }), SON]));
    expect(issue).toMatchObject({ path: 'members[1].seriousIllnessInsurance', values: { field: 'A18', members: ['members[1]'] } });
    expect(gap(alleviated({}, [member(HEAD, { seriousIllnessInsurance: true }), SPOUSE, SON]))).toEqual([]);
  });

  it('S000 §一(二) 应纳尽纳: the same household under monitoring, or insured, is not flagged', () => {
    expect(gap(alleviated())).toEqual([]);
    const watched = monitored({ povertyAlleviated: true, monitoring: { category: 'unstable' }, guarantees: { memberWithoutMedicalInsurance: true } }, { 2: { basicMedicalInsurance: false, seriousIllnessInsurance: false } });
    expect(gap(watched)).toEqual([]);
  });
});

describe('公益性岗位: post names as exports hold them', () => {
  it('export-format §3.3: a post name such as 护林员 is imported as the post held, not rejected', async () => {
    const { record } = await readOne({ 公益性岗位: '护林员' });
    expect(record.problems).toEqual([]);
    const r = parseHousehold(record.raw);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.household.members[0]!.publicWelfarePost).toEqual(['护林员']);
  });

  it.each([
    ['护林员、保洁员', ['护林员', '保洁员']],
    ['护林员,保洁员', ['护林员', '保洁员']],
    ['护林员；河道管护员', ['护林员', '河道管护员']],
    ['护林员 / 保洁员', ['护林员', '保洁员']],
    ['护林员 保洁员', ['护林员', '保洁员']],
    ['是', true],
    ['否', false],
  ])('公益性岗位 “%s” → %j', async (cell, expected) => {
    const { record } = await readOne({ 公益性岗位: cell });
    expect(record.problems).toEqual([]);
    expect((record.raw as { members: { publicWelfarePost?: unknown }[] }).members[0]!.publicWelfarePost).toEqual(expected);
  });

  it('the model keeps reading the old 是/否 boolean (NDJSON written before) and refuses an empty or blank list of names', () => {
    const base = { id: 'P1', povertyAlleviated: false, income: { wage: '0', operating: '0', property: '0', transfer: '0', operatingExpense: '0' } };
    const withPost = (publicWelfarePost: unknown) => parseHousehold({ ...base, members: [{ name: '张三', sex: 'male', relation: 'head', publicWelfarePost }] }).ok;
    expect(withPost(true)).toBe(true);
    expect(withPost(false)).toBe(true);
    expect(withPost(['护林员'])).toBe(true);
    expect(withPost([])).toBe(false);
    expect(withPost([' '])).toBe(false);
  });

  it('3_01_008: a 13-year-old recorded as 护林员 holds a public-welfare post under 16, and the issue names the post', () => {
    const [issue] = hits(issuesOf(withMembers({ 2: { publicWelfarePost: ['护林员'] } })), 'quality.age.young-public-welfare-post');
    expect(issue!.path).toBe('members[2].publicWelfarePost');
    expect(issue!.message.zh).toContain('（护林员）');
    expect(issue!.values).toMatchObject({ posts: ['护林员'] });
    expect(hits(issuesOf(withMembers({ 0: { publicWelfarePost: ['护林员'] } })), 'quality.age.young-public-welfare-post')).toEqual([]);
  });
});

describe('5_18_008: 缺劳动力 against the labour share (a county choice, one quarter by default)', () => {
  const ORDINARY = { labour: 'ordinary', schoolStatus: undefined };
  const NONE = { labour: 'none', health: 'chronic' };
  /** A monitored household with the lack-of-labour risk: `full` members with ordinary labour, `others` without labour. */
  const shortage = (full: number, others: number, over: Record<string, unknown> = {}) => {
    const members = [member(HEAD, full > 0 ? {} : NONE)];
    for (let i = 1; i < full; i++) members.push(member(SPOUSE, { ...ORDINARY, name: `成员${i}`, idNumber: undefined, relation: 'other' }));
    for (let i = 0; i < others; i++) members.push(member(SON, { ...NONE, name: `无劳${i}`, idNumber: undefined, relation: 'other' }));
    return monitored({ riskTypes: ['labour-shortage'], members, ...over });
  };
  const flagged = (h: ReturnType<typeof clean>, profile?: Parameters<typeof issuesOf>[1]) => hits(issuesOf(h, profile), 'quality.consistency.labour-shortage-all-can-work');

  it('5_18_008: two adults who can work and a child (2 of 3) is flagged — a child no longer exempts the household', () => {
    const [issue] = flagged(monitored({ riskTypes: ['labour-shortage'] }));
    expect(issue!.values).toEqual({ risk: 'labour-shortage', members: 3, membersWithFullLabour: 2, maxShare: '1/4' });
    expect(issue!.citations).toContainEqual(expect.objectContaining({ doc: 'county-practice', clause: '5_18_008' }));
  });

  it('5_18_008 "超过四分之一": exactly one quarter (1 of 4) is not flagged; 2 of 7 (just above) is; 1 of 5 (below) is not', () => {
    expect(flagged(shortage(1, 3))).toEqual([]);
    expect(flagged(shortage(2, 5))).toHaveLength(1);
    expect(flagged(shortage(1, 4))).toEqual([]);
  });

  it('weak labour (弱劳动力或半劳动力) does not count toward the share (5_18_008 counts 技能劳动力和普通劳动力)', () => {
    expect(flagged(monitored({ riskTypes: ['labour-shortage'], members: [member(HEAD, { labour: 'weak' }), member(SPOUSE, { labour: 'weak' })] }))).toEqual([]);
  });

  it('a member whose labour is unrecorded counts as without full labour: fired only when the share is above it even so', () => {
    const quarter = [HEAD, member(SPOUSE, { labour: undefined }), member(SON, NONE), member(SON, { ...NONE, name: '无劳', idNumber: undefined })];
    expect(flagged(monitored({ riskTypes: ['labour-shortage'], members: quarter }))).toEqual([]);
    expect(flagged(monitored({ riskTypes: ['labour-shortage'], members: [HEAD, SPOUSE, member(SON, { labour: undefined })] }))).toHaveLength(1);
  });

  it('the share is a profile parameter: a county setting one half does not flag 2 of 4', () => {
    const half = defineProfile({
      id: 'test/labour-half/2023',
      extends: 'fujian/jinan/2023',
      title: { zh: '测试县（劳动力占比二分之一）', en: 'test county (labour share one half)' },
      parameters: {
        qualityLabourShortageMaxShare: [
          { from: '2020-10-01', value: { numerator: 1, denominator: 2 }, citation: { doc: 'county-practice', clause: '5_11_029', quote: '未消除风险的监测对象（4人户及以上）一半以上家庭成员有劳动能力（普+技）但风险类型为缺劳动力' } },
        ],
      },
    });
    expect(flagged(shortage(2, 2))).toHaveLength(1);
    expect(flagged(shortage(2, 2), half)).toEqual([]);
    expect(flagged(shortage(3, 2), half)).toHaveLength(1);
  });

  it('a share above one is refused when the profile is defined', () => {
    const over = { from: '2020-10-01', value: { numerator: 3, denominator: 2 }, citation: { doc: 'county-practice', clause: '5_18_008', quote: '超过四分之一' } };
    expect(() => defineProfile({ id: 'test/labour-over/2023', extends: 'fujian/jinan/2023', title: { zh: '测试', en: 'test' }, parameters: { qualityLabourShortageMaxShare: [over] } })).toThrow(/qualityLabourShortageMaxShare/);
  });
});
