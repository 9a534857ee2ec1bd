/**
 * Worked examples for the checks over the export's other tables (务工月监测, 行政村): one household
 * (and the table rows joined to it) per check that raises it, under Jin'an 2023 as of 2023-09-30.
 * The households start clean and the rows change one thing; the call shown carries the rows.
 *
 * @module
 */
import { checkTables, type HouseholdInput, type Village, type WorkSpell } from '../../../src/index.js';
import { workedExample, type WorkedExample } from './define.js';
import { idFor, type M } from './household.js';

const HEAD_ID = idFor('1968-03-12', '001');
const SON_ID = idFor('2010-05-20', '003');
const HEAD: M = { name: '林建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', idNumber: HEAD_ID, health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: false, tekun: false };
const SPOUSE: M = { name: '陈秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', idNumber: idFor('1970-07-01', '002'), health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: false, tekun: false };
const SON: M = { name: '林小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', idNumber: SON_ID, health: 'healthy', labour: 'none', schoolStatus: 'junior-2', basicMedicalInsurance: true, dibao: false, tekun: false };

function clean(over: M = {}): HouseholdInput {
  return {
    id: '350111-Q001',
    region: { province: '福建省', city: '福州市', county: '晋安区', town: '宦溪镇', village: '示例村' },
    povertyAlleviated: false,
    members: [HEAD, SPOUSE, SON],
    income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' },
    guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false },
    ...over,
  } as HouseholdInput;
}

function monitored(over: M = {}): HouseholdInput {
  return clean({
    members: [{ ...HEAD, health: 'serious-illness', labour: 'weak' }, SPOUSE, SON],
    income: { wage: '18000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000', compliantOutOfPocket: '8000' },
    riskTypes: ['illness'],
    measures: ['health', 'employment'],
    monitoring: { category: 'marginal', identifiedOn: '2022-10-01' },
    contact: { name: '陈干部', phone: '13812345678' },
    ...over,
  });
}

/** A clean spell of the head's in 已外出务工信息. */
const spell = (over: Partial<WorkSpell> = {}): WorkSpell => ({ table: 'current', idNumber: HEAD_ID, working: true, start: '2023-03', county: '闽侯县', monthlyWage: '3000', employer: '某厂', industry: '制造业', pointToPoint: false, channel: '自主就业', ...over });

const VILLAGE: Village = {
  county: '晋安区', town: '宦溪镇', name: '示例村', delisted: true, households: 120, population: 380, collectiveIncome: '12.5', primarySchools: 1, pensionInsured: 200, busService: true, clinics: 1, publicToilets: 2,
  doctors: 1, wasteSites: 3, libraries: 1, dibaoHouseholds: 6, dibaoPopulation: 11, tekunPopulation: 2, disabledPopulation: 9, pavedRoadToTown: true, unsafeWaterHouseholds: 0, dangerousHouseHouseholds: 1,
};

interface Tables {
  workSpells?: WorkSpell[];
  villages?: Village[];
  given?: { current?: boolean; planned?: boolean };
}

const JA = { profile: 'fujian/jinan/2023', asOf: '2023-09-30' } as const;

function example(rule: string, zh: string, en: string, household: HouseholdInput, tables: Tables): WorkedExample {
  const shown = Object.entries(tables)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ');
  return workedExample({
    rule,
    title: { zh, en },
    ...JA,
    household,
    expect: 'reported',
    evaluate: ({ household: h, profile, asOf }) => {
      const r = checkTables({ households: [h!], ...tables }, profile, asOf ? { asOf } : {});
      return { byHousehold: Object.fromEntries(r.byHousehold), crossHousehold: r.crossHousehold };
    },
    call: `checkTables({ households: [household], ${shown} }, getProfile('fujian/jinan/2023'), { asOf: '2023-09-30' })`,
  });
}

const w = (c: string) => `quality.work-spells.${c}`;

export const tableExamples: readonly WorkedExample[] = [
  example(w('start-missing'), '务工记录没有开始时间', 'a work row without a start', clean(), { workSpells: [spell({ start: undefined })] }),
  example(w('county-missing'), '务工记录未填写务工所在县', 'a work row without the county', clean(), { workSpells: [spell({ county: undefined })] }),
  example(w('current-fields-missing'), '目前务工，未填写务工企业名称和就业渠道', 'working now, without employer and channel', clean(), { workSpells: [spell({ employer: undefined, channel: undefined })] }),
  example(w('planned-without-need'), '计划外出务工，未填写就业服务需求', 'planned work without a service need', clean(), { workSpells: [spell({ table: 'planned', start: undefined })] }),
  example(w('not-working-but-open'), '“是否已务工”为否，结束时间为空', 'not working, yet no end', clean(), { workSpells: [spell({ working: false, start: '2022-05' })] }),
  example(w('long-open-spell'), '2020年外出务工至今未结束', 'away since 2020 with no end', clean(), { workSpells: [spell({ start: '2020-04' })] }),
  example(w('planned-without-labour'), '无劳动力的成员计划外出务工', 'a member without labour plans to work away', clean({ members: [HEAD, SPOUSE, { ...SON, schoolStatus: undefined, birthDate: '2005-05-20', idNumber: idFor('2005-05-20', '003') }] }), {
    workSpells: [spell({ table: 'planned', idNumber: idFor('2005-05-20', '003'), start: undefined, serviceNeed: '职业介绍' })],
  }),
  example(w('pupil-working'), '八年级学生有外出务工记录', 'a grade-8 pupil with a work row', clean(), { workSpells: [spell({ idNumber: SON_ID, start: '2023-07' })] }),
  example(w('tekun-working'), '享受特困供养的成员外出务工', 'a member on 特困供养 working away', clean({ members: [{ ...HEAD, tekun: true }, SPOUSE, SON] }), { workSpells: [spell()] }),
  example(w('outside-county-local-channel'), '在县外务工，就业渠道为公益性岗位', 'outside the county through 公益性岗位', clean(), { workSpells: [spell({ channel: '公益性岗位' })] }),
  example(w('travel-subsidy-inside-county'), '在本县务工，领取交通费补助', 'a travel subsidy for work inside the county', clean(), { workSpells: [spell({ county: '晋安区', travelSubsidy: '600' })] }),
  example(w('qualified-not-working'), '技能劳动力，务工月监测中无记录', 'skilled labour, no work row', clean({ members: [{ ...HEAD, labour: 'skilled' }, SPOUSE, SON] }), { workSpells: [], given: { current: true } }),
  example(w('employment-measure-nobody-away'), '登记了就业帮扶，家中无人外出务工', 'employment support, nobody working away', monitored(), { workSpells: [], given: { current: true } }),
  example(w('unstable-employment-no-spell'), '风险为因务工就业不稳，家中无人登记务工', 'unstable-employment risk, no work rows', monitored({ riskTypes: ['unstable-employment'] }), { workSpells: [], given: { current: true, planned: true } }),
  example(w('worker-without-wage-income'), '有成员在周期内外出务工，工资性收入为0', 'worked away in the period, no wage income', clean({ income: { wage: '0', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' } }), { workSpells: [spell()] }),
  example(w('unknown-person'), '务工记录的证件号码不属于任何成员', 'a work row of nobody in the households', clean(), { workSpells: [spell({ idNumber: idFor('1990-01-01', '007') })] }),
  example('quality.village.not-in-table', '户所在村不在行政村信息表中', "the household's village is not in the village table", clean(), { villages: [{ ...VILLAGE, name: '其他村' }] }),
  example('quality.village.delisted-field-missing', '出列村未填写执业（助理）医师数', 'an exited village without its doctor count', clean(), { villages: [{ ...VILLAGE, doctors: undefined } as Village] }),
  example('quality.village.counts-exceed-households', '出列村未解决饮水户数与危房户数之和大于总户数', 'unsafe-water and dangerous-house households above all households', clean(), { villages: [{ ...VILLAGE, unsafeWaterHouseholds: 80, dangerousHouseHouseholds: 50 }] }),
  example('quality.village.no-paved-road', '出列村到乡镇未通硬化路', 'an exited village without a paved road to the township', clean(), { villages: [{ ...VILLAGE, pavedRoadToTown: false }] }),
];
