/**
 * The export's other tables joined to the households (src/rules/quality/tables.ts): the checks of
 * work-spells.ts and village.ts, each under its county rule (county-rules.md), with a case that
 * fires, a near miss, and the boundary of every date they compare.
 */
import { describe, expect, it } from 'vitest';
import { checkDataQuality, checkTables, createTableChecker, getProfile, NATIONAL_CODE_MAP, QUALITY_CHECKS, type Household, type QualityIssue, type Village, type WorkSpell } from '../../../src/index.js';
import { containsUnmaskedIdNumber } from '../../../src/explain/mask.js';
import { idKey } from '../../../src/rules/quality/tables.js';
import { AS_OF, clean, HEAD, hits, JINAN, monitored, SON, SPOUSE, withMembers } from './fixtures.js';

const HEAD_ID = HEAD.idNumber as string;
const SON_ID = SON.idNumber as string;
const SPOUSE_ID = SPOUSE.idNumber as string;

function spell(over: Partial<WorkSpell> = {}): WorkSpell {
  return { table: 'current', idNumber: HEAD_ID, working: true, start: '2023-03', county: '闽侯县', monthlyWage: '3000', employer: '某厂', industry: '制造业', pointToPoint: false, channel: '自主就业', ...over };
}

/** All issues of one household checked with the tables: its own, then the cross-table ones. */
function run(h: Household, tables: { workSpells?: WorkSpell[]; villages?: Village[]; given?: { current?: boolean; planned?: boolean } } = {}, asOf: string = AS_OF): QualityIssue[] {
  const r = checkTables({ households: [h], ...tables }, JINAN, { asOf });
  return [...r.byHousehold.get(h.id)!, ...r.crossHousehold];
}

const code = (c: string) => `quality.work-spells.${c}`;

describe('the join', () => {
  it('a clean household with a clean spell of its head raises nothing more than checkDataQuality', () => {
    const h = clean({ region: { county: '闽侯县' } });
    expect(run(h, { workSpells: [spell()] })).toEqual(checkDataQuality(h, JINAN, { asOf: AS_OF }));
  });

  it('a spell whose ID matches no member is reported once, at the end, with the ID masked (no unmasked ID in any message)', () => {
    const stranger = '11010519900101001X';
    const issues = run(clean(), { workSpells: [spell({ idNumber: stranger })] });
    const found = hits(issues, code('unknown-person'));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('workSpells[0].idNumber');
    for (const i of issues) expect(containsUnmaskedIdNumber(`${i.message.zh} ${i.message.en} ${JSON.stringify(i.values)}`)).toBe(false);
    expect(found[0]!.message.zh).toContain('1101**********001X');
  });

  it('an ID is matched trimmed, in upper case, and a disability certificate by its first 18 characters', () => {
    expect(idKey(' 11010519491231002x ')).toBe('11010519491231002X');
    const h = withMembers({ 0: { idNumber: `${HEAD_ID}41` } });
    expect(hits(run(h, { workSpells: [spell({ idNumber: ` ${HEAD_ID.toLowerCase()} ` })] }), code('unknown-person'))).toEqual([]);
  });

  it('5_12_001 through the join: the spells of 已外出务工信息 are attached to the member, so overlapping spells are found by quality.work.overlapping-spells', () => {
    const spells = [spell({ start: '2022-01', end: '2022-12' }), spell({ start: '2022-06' })];
    expect(hits(run(clean(), { workSpells: spells }), 'quality.work.overlapping-spells')).toHaveLength(1);
    expect(hits(run(clean(), { workSpells: [spell({ start: '2022-01', end: '2022-06' }), spell({ start: '2022-06' })] }), 'quality.work.overlapping-spells')).toEqual([]);
  });

  it('a spell already on the member (same start and end) is not attached twice', () => {
    const h = withMembers({ 0: { employment: [{ start: '2023-03' }] } });
    const checker = createTableChecker({ workSpells: [spell()] }, JINAN, { asOf: AS_OF });
    expect(checker.add(h).household.members[0]!.employment).toEqual([{ start: '2023-03' }]);
    const other = checker.add(clean({ id: 'Q-0002' })).household;
    expect(other.members[0]!.employment).toEqual([{ start: '2023-03', monthlyWage: '3000', county: '闽侯县' }]);
  });

  it('the table checks are in the catalogue (scope tables) and in NATIONAL_CODE_MAP under the rules they cite', () => {
    const tables = QUALITY_CHECKS.filter((c) => c.scope === 'tables').map((c) => c.code);
    expect(tables).toContain(code('pupil-working'));
    expect(tables).toContain('quality.village.delisted-field-missing');
    expect(NATIONAL_CODE_MAP['4_12_002']).toEqual([code('pupil-working')]);
    expect(NATIONAL_CODE_MAP['1_03_011']).toEqual(['quality.village.delisted-field-missing']);
  });
});

describe('work-spell checks', () => {
  it('3_12_001: a row of 已外出务工信息 without a start; a row with one is not reported', () => {
    expect(hits(run(clean(), { workSpells: [spell({ start: undefined })] }), code('start-missing'))).toHaveLength(1);
    expect(hits(run(clean(), { workSpells: [spell()] }), code('start-missing'))).toEqual([]);
  });

  it('4_12_001 / 5_01_005_203: a working row without 务工所在县; a row marked 否 is not reported', () => {
    expect(hits(run(clean(), { workSpells: [spell({ county: undefined })] }), code('county-missing'))).toHaveLength(1);
    expect(hits(run(clean(), { workSpells: [spell({ county: undefined, working: false, end: '2023-01' })] }), code('county-missing'))).toEqual([]);
  });

  it('5_12_006 / 5_01_007: a spell going on without employer and channel is one issue naming both; an ended spell is not reported', () => {
    const found = hits(run(clean(), { workSpells: [spell({ employer: undefined, channel: undefined })] }), code('current-fields-missing'));
    expect(found).toHaveLength(1);
    expect(found[0]!.values).toEqual({ missing: ['employer', 'channel'] });
    expect(hits(run(clean(), { workSpells: [spell({ employer: undefined, end: '2023-05' })] }), code('current-fields-missing'))).toEqual([]);
  });

  it('5_15_008 / 5_15_009: a planned row marked 是 without a service need; with a need, or marked 否, it is not reported', () => {
    const planned = (over: Partial<WorkSpell>) => spell({ table: 'planned', start: undefined, ...over });
    expect(hits(run(clean(), { workSpells: [planned({})] }), code('planned-without-need'))).toHaveLength(1);
    expect(hits(run(clean(), { workSpells: [planned({ serviceNeed: '职业介绍' })] }), code('planned-without-need'))).toEqual([]);
    expect(hits(run(clean(), { workSpells: [planned({ working: false })] }), code('planned-without-need'))).toEqual([]);
  });

  it('1111_16 / 1111_17: 是否已务工 = 否 with no end, or an end after the as-of month (2023-10 vs 2023-09); an end in the as-of month is not reported', () => {
    const notWorking = (end: string | undefined) => run(clean(), { workSpells: [spell({ working: false, start: '2022-01', end })] });
    expect(hits(notWorking(undefined), code('not-working-but-open'))).toHaveLength(1);
    expect(hits(notWorking('2023-10'), code('not-working-but-open'))).toHaveLength(1);
    expect(hits(notWorking('2023-09'), code('not-working-but-open'))).toEqual([]);
    expect(hits(notWorking('2023-08'), code('not-working-but-open'))).toEqual([]);
  });

  it('1111_08: the latest spell still open and started before 2021-01 (2020-12) is listed; one started 2021-01 is not; nor one that ended', () => {
    const open = (start: string, end?: string) => run(clean(), { workSpells: [spell({ start: '2019-01', end: '2019-06' }), spell({ start, end })] });
    const found = hits(open('2020-12'), code('long-open-spell'));
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('info');
    expect(found[0]!.citations.some((c) => c.doc === 'county-practice' && c.clause === '1111_08')).toBe(true);
    expect(hits(open('2021-01'), code('long-open-spell'))).toEqual([]);
    expect(hits(open('2020-12', '2021-06'), code('long-open-spell'))).toEqual([]);
  });

  it('1111_08 reads its date from the profile: a county profile that moves it to 2020-01-01 no longer lists a spell of 2020-06', () => {
    const national = getProfile('national/2021');
    const h = clean();
    const withDate = (date: string) => ({ ...national, parameters: { ...national.parameters, qualityLongOpenSpellStartedBefore: [{ ...national.parameters.qualityLongOpenSpellStartedBefore![0]!, value: date }] } });
    const open = (p: typeof national) => {
      const r = checkTables({ households: [h], workSpells: [spell({ start: '2020-06' })] }, p as typeof national, { asOf: AS_OF });
      return hits(r.byHousehold.get(h.id)!, code('long-open-spell'));
    };
    expect(open(withDate('2021-01-01') as typeof national)).toHaveLength(1);
    expect(open(withDate('2020-01-01') as typeof national)).toEqual([]);
  });

  it('2_01_015 / 2_12_004: a member with no labour capacity in 计划外出务工信息; one with labour is not reported', () => {
    const planned = spell({ table: 'planned', idNumber: SON_ID, start: undefined, serviceNeed: '培训' });
    expect(hits(run(withMembers({ 2: { schoolStatus: undefined } }), { workSpells: [planned] }), code('planned-without-labour'))).toHaveLength(1);
    expect(hits(run(withMembers({ 2: { schoolStatus: undefined, labour: 'ordinary', birthDate: '2000-05-20' } }), { workSpells: [planned] }), code('planned-without-labour'))).toEqual([]);
  });

  it('4_12_002 / 4_01_006: a pupil (八年级) with a work row; a 高职 student is not named by the rule', () => {
    const row = spell({ idNumber: SON_ID });
    expect(hits(run(clean(), { workSpells: [row] }), code('pupil-working'))).toHaveLength(1);
    expect(hits(run(withMembers({ 2: { schoolStatus: 'higher-vocational-1' } }), { workSpells: [row] }), code('pupil-working'))).toEqual([]);
    expect(hits(run(clean(), { workSpells: [spell({ idNumber: SON_ID, working: false, end: '2023-01' })] }), code('pupil-working'))).toEqual([]);
  });

  it('5_01_004 / 5_12_003: a member on 特困供养 working away; one not on it is not reported', () => {
    expect(hits(run(withMembers({ 0: { tekun: true } }), { workSpells: [spell()] }), code('tekun-working'))).toHaveLength(1);
    expect(hits(run(clean(), { workSpells: [spell()] }), code('tekun-working'))).toEqual([]);
  });

  it("5_01_003 / 5_12_002: work outside the household's county through 公益性岗位 or 帮扶车间; inside the county it is not reported", () => {
    const h = clean({ region: { county: '晋安区' } });
    expect(hits(run(h, { workSpells: [spell({ channel: '公益性岗位' })] }), code('outside-county-local-channel'))).toHaveLength(1);
    expect(hits(run(h, { workSpells: [spell({ channel: '帮扶车间' })] }), code('outside-county-local-channel'))).toHaveLength(1);
    expect(hits(run(h, { workSpells: [spell({ channel: '公益性岗位', county: '晋安区' })] }), code('outside-county-local-channel'))).toEqual([]);
    expect(hits(run(h, { workSpells: [spell({ channel: '自主就业' })] }), code('outside-county-local-channel'))).toEqual([]);
  });

  it("5_17_012: a travel subsidy for work inside the household's own county (800 yuan); 0, or work outside the county, is not reported", () => {
    const h = clean({ region: { county: '晋安区' } });
    const found = hits(run(h, { workSpells: [spell({ county: '晋安区', travelSubsidy: '800' })] }), code('travel-subsidy-inside-county'));
    expect(found).toHaveLength(1);
    expect(found[0]!.values).toEqual({ county: '晋安区', travelSubsidy: '800.00' });
    expect(hits(run(h, { workSpells: [spell({ county: '晋安区', travelSubsidy: '0' })] }), code('travel-subsidy-inside-county'))).toEqual([]);
    expect(hits(run(h, { workSpells: [spell({ county: '闽侯县', travelSubsidy: '800' })] }), code('travel-subsidy-inside-county'))).toEqual([]);
  });

  it('5_20_028 … 5_20_031: a college-educated or skilled member in neither work table; one with a row, a student, or without the table given, is not reported', () => {
    const skilledHead = withMembers({ 0: { labour: 'skilled' } });
    const given = { current: true };
    expect(hits(run(skilledHead, { workSpells: [], given }), code('qualified-not-working')).map((i) => i.path)).toEqual(['members[0].labour']);
    const college = withMembers({ 1: { education: 'junior-college' } });
    expect(hits(run(college, { workSpells: [], given }), code('qualified-not-working')).map((i) => i.path)).toEqual(['members[1].education']);
    expect(hits(run(skilledHead, { workSpells: [spell()] }), code('qualified-not-working'))).toEqual([]);
    expect(hits(run(withMembers({ 1: { education: 'senior-secondary' } }), { workSpells: [], given }), code('qualified-not-working'))).toEqual([]);
    expect(hits(run(skilledHead, { workSpells: [] }), code('qualified-not-working'))).toEqual([]);
  });

  it('1111_3 / 4_11_014: a monitored household with 就业帮扶 and nobody in 已外出务工信息; one member working is enough; without the table it does not run', () => {
    const h = monitored();
    expect(hits(run(h, { workSpells: [spell({ table: 'planned', start: undefined, serviceNeed: '培训' })], given: { current: true } }), code('employment-measure-nobody-away'))).toHaveLength(1);
    expect(hits(run(h, { workSpells: [spell({ idNumber: SPOUSE_ID })] }), code('employment-measure-nobody-away'))).toEqual([]);
    expect(hits(run(h, { workSpells: [spell({ table: 'planned', start: undefined, serviceNeed: '培训' })] }), code('employment-measure-nobody-away'))).toEqual([]);
    expect(hits(run(clean(), { workSpells: [], given: { current: true } }), code('employment-measure-nobody-away'))).toEqual([]);
  });

  it('5_15_014: risk 因务工就业不稳, not eliminated, nobody in either table; a planned row is enough', () => {
    const h = monitored({ riskTypes: ['unstable-employment'] });
    const given = { current: true, planned: true };
    expect(hits(run(h, { workSpells: [], given }), code('unstable-employment-no-spell'))).toHaveLength(1);
    expect(hits(run(h, { workSpells: [spell({ table: 'planned', start: undefined, serviceNeed: '培训' })], given }), code('unstable-employment-no-spell'))).toEqual([]);
    expect(hits(run(monitored(), { workSpells: [], given }), code('unstable-employment-no-spell'))).toEqual([]);
  });

  it('C 有务工人员无工资性收入: a spell overlapping the income period (ending in its first month, 2022-10) with A28 = 0; one ending 2022-09 is not reported, nor A28 > 0', () => {
    const noWage = clean({ income: { wage: '0' } });
    expect(hits(run(noWage, { workSpells: [spell({ start: '2022-01', end: '2022-10' })] }), code('worker-without-wage-income'))).toHaveLength(1);
    expect(hits(run(noWage, { workSpells: [spell({ start: '2022-01', end: '2022-09' })] }), code('worker-without-wage-income'))).toEqual([]);
    expect(hits(run(noWage, { workSpells: [spell({ start: '2023-09' })] }), code('worker-without-wage-income'))).toHaveLength(1);
    expect(hits(run(noWage, { workSpells: [spell({ start: '2023-10' })] }), code('worker-without-wage-income'))).toEqual([]);
    expect(hits(run(clean(), { workSpells: [spell({ start: '2022-01', end: '2022-10' })] }), code('worker-without-wage-income'))).toEqual([]);
  });

  it('without any table the checks stay silent: checkTables with no tables equals checkDataQuality', () => {
    const h = withMembers({ 0: { tekun: true } });
    expect(run(h)).toEqual(checkDataQuality(h, JINAN, { asOf: AS_OF }));
  });
});

describe('village checks', () => {
  const VILLAGE: Village = {
    county: '晋安区', town: '宦溪镇', name: '一村', delisted: true, households: 10, population: 30, collectiveIncome: '12.3456', primarySchools: 1, pensionInsured: 20, busService: true, clinics: 1, publicToilets: 1,
    doctors: 1, wasteSites: 1, libraries: 1, dibaoHouseholds: 1, dibaoPopulation: 2, tekunPopulation: 0, disabledPopulation: 1, pavedRoadToTown: true, unsafeWaterHouseholds: 5, dangerousHouseHouseholds: 5,
  };
  const inVillage = clean({ region: { county: '晋安区', town: '宦溪镇', village: '一村' } });

  it('a complete 出列村 and a household in it raise nothing', () => {
    expect(run(inVillage, { villages: [VILLAGE] })).toEqual(checkDataQuality(inVillage, JINAN, { asOf: AS_OF }));
  });

  it('1_03_002 … 1_03_016, 3_03_003: each empty count of a 出列村 is one completeness issue naming its rule; 0 counts for 总人口数/总户数/集体经济收入 only', () => {
    const { doctors: _d, ...noDoctors } = VILLAGE;
    const found = hits(run(inVillage, { villages: [{ ...noDoctors, population: 0, primarySchools: 0 }] }), 'quality.village.delisted-field-missing');
    expect(found.map((i) => i.values?.rule)).toEqual(['1_03_002', '1_03_011']);
    expect(found[1]!.path).toBe('villages[0].doctors');
    expect(hits(run(inVillage, { villages: [{ ...noDoctors, delisted: false }] }), 'quality.village.delisted-field-missing')).toEqual([]);
  });

  it('3_03_001: unsafe-water plus dangerous-house households above all households (6 + 5 > 10) is an error; equal (5 + 5 = 10) is not', () => {
    expect(hits(run(inVillage, { villages: [{ ...VILLAGE, unsafeWaterHouseholds: 6 }] }), 'quality.village.counts-exceed-households')).toHaveLength(1);
    expect(hits(run(inVillage, { villages: [VILLAGE] }), 'quality.village.counts-exceed-households')).toEqual([]);
  });

  it('2_03_001: a 出列村 with no paved road recorded, or 否; 是 is not reported', () => {
    const { pavedRoadToTown: _p, ...noRoad } = VILLAGE;
    expect(hits(run(inVillage, { villages: [noRoad] }), 'quality.village.no-paved-road')).toHaveLength(1);
    expect(hits(run(inVillage, { villages: [{ ...VILLAGE, pavedRoadToTown: false }] }), 'quality.village.no-paved-road')).toHaveLength(1);
  });

  it('a household whose village is not in the table, names none, or matches two rows the township cannot tell apart; the township tells two 一村 apart', () => {
    const notIn = (h: Household, villages: Village[]) => hits(run(h, { villages }), 'quality.village.not-in-table').map((i) => i.values?.reason);
    expect(notIn(clean({ region: { county: '晋安区', town: '宦溪镇', village: '二村' } }), [VILLAGE])).toEqual(['not-found']);
    expect(notIn(clean(), [VILLAGE])).toEqual(['no-village']);
    expect(notIn(inVillage, [VILLAGE, { ...VILLAGE, town: '日溪乡' }])).toEqual([]);
    expect(notIn(clean({ region: { village: '一村' } }), [VILLAGE, { ...VILLAGE, town: '日溪乡' }])).toEqual(['ambiguous']);
    expect(notIn(clean({ region: { county: '晋安区', town: '日溪乡', village: '一村' } }), [VILLAGE])).toEqual(['not-found']);
    expect(notIn(inVillage, [])).toEqual(['not-found']);
  });
});
