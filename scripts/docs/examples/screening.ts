/**
 * Worked examples for screening (集中排查): the focus groups each document lists, the "this year"
 * window, and the visit checklists.
 *
 * @module
 */
import { screenHousehold } from '../../../src/index.js';
import { base, calling, type WorkedExample } from './define.js';

const screen = calling('screenHousehold', screenHousehold);

const LZ = { profile: 'shandong/linzi/2023', asOf: '2023-11-15' } as const;
const JA = { profile: 'fujian/jinan/2023', asOf: '2023-11-15' } as const;
const YN = { profile: 'yunnan/xiaozhongdian/2021', asOf: '2021-09-30' } as const;
const GS = { profile: 'gansu/wuqingyuan/2023', asOf: '2023-11-08' } as const;
const LK = { profile: 'shandong/longkou/2021', asOf: '2021-06-30' } as const;

type Where = typeof LZ | typeof JA | typeof YN | typeof GS | typeof LK;

const group = (rule: string, where: Where, zh: string, en: string, household: ReturnType<typeof base>, expect: WorkedExample['expect'] = 'met'): WorkedExample =>
  screen({ rule, title: { zh, en }, ...where, household, expect });

const HEAD = { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', dibao: false, tekun: false };
const SPOUSE = { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', dibao: false, tekun: false };
const SON = { name: '王小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'junior-2', dibao: false, tekun: false };

export const screeningExamples: WorkedExample[] = [
  group('screening.groups', LZ, '临淄：文件列举的五类重点排查群体', 'Linzi: the five focus groups its document lists', base(), 'info'),
  group('screening.window', LZ, '临淄：“今年以来”为 1 月 1 日至评估时点', 'Linzi: "this year" runs from 1 January to the as-of date', base(), 'info'),
  group(
    'screening.new-hardship-with-student',
    LZ,
    '临淄：今年 3 月新增低保，家中有初中生',
    'Linzi: newly on 低保 since March, with a pupil at home',
    base({ events: [{ kind: 'new-dibao', on: '2023-03-01' }] }),
  ),
  group(
    'screening.new-hardship-with-student',
    LZ,
    '临淄：新增低保在去年，不属“今年以来”',
    'Linzi: newly on 低保 last year — not "this year"',
    base({ events: [{ kind: 'new-dibao', on: '2022-11-20' }] }),
    'not-met',
  ),
  group(
    'screening.high-medical-cost',
    LZ,
    '临淄：户主患大病、今年有大额医疗支出',
    'Linzi: the head is seriously ill, with large medical spending this year',
    base({ members: [{ ...HEAD, health: 'serious-illness', labour: 'weak' }, SPOUSE, SON], events: [{ kind: 'large-medical-spending', on: '2023-05-10' }] }),
  ),
  group(
    'screening.not-enjoying-with-burden',
    LZ,
    '临淄：脱贫不享受政策户，家中有在校生',
    'Linzi: a 脱贫不享受政策 household with a pupil',
    base({ povertyAlleviated: true, policyStatus: 'not-enjoying' }),
  ),
  group('screening.unstable-work', LZ, '临淄：今年有务工返乡', 'Linzi: a migrant worker came home this year', base({ events: [{ kind: 'job-loss', on: '2023-07-01' }] })),
  group(
    'screening.income-decline',
    LZ,
    '临淄：人均纯收入下降 18.89%，文件未给出“下降明显”的幅度，无法判定',
    'Linzi: per-capita income down 18.89%; the document gives no threshold for "clear", so undetermined',
    base({ previousPerCapitaNetIncome: '12000' }),
    'undetermined',
  ),
  group('screening.income-decline', LZ, '临淄：收入未下降，不属此群体', 'Linzi: income did not fall — not in this group', base({ previousPerCapitaNetIncome: '9000' }), 'not-met'),
  group('screening.low-income', JA, '晋安：文件只写“收入偏低”，未给出界限，无法判定', "Jin'an: the document says \"low income\" without a bound — undetermined", base(), 'undetermined'),
  group(
    'screening.dibao-or-tekun',
    JA,
    '晋安：户主为分散供养特困人员',
    "Jin'an: the head receives 特困 support at home",
    base({ members: [{ ...HEAD, tekun: true, labour: 'lost', health: 'chronic' }, SPOUSE, SON] }),
  ),
  group(
    'screening.new-dibao-tekun-severe-disability',
    JA,
    '晋安：今年新增重度残疾人',
    "Jin'an: a new severe disability this year",
    base({ events: [{ kind: 'new-severe-disability', on: '2023-04-02' }] }),
  ),
  group(
    'screening.rigid-spending',
    JA,
    '晋安：因学刚性支出明显超过上年收入，影响基本生活',
    "Jin'an: schooling costs clearly above last year's income, affecting basic needs",
    base({ hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true, severeDifficulty: false } }),
  ),
  group(
    'screening.repeated-application-not-included',
    JA,
    '晋安：两次申请仍未纳入监测',
    "Jin'an: two applications and still not monitored",
    base({ events: [{ kind: 'application', on: '2023-02-01' }, { kind: 'application', on: '2023-08-01' }] }),
  ),
  group('screening.industry-failure', JA, '晋安：今年养殖项目失败', "Jin'an: a farming project failed this year", base({ events: [{ kind: 'industry-failure', on: '2023-06-20' }] })),
  group('screening.accident', JA, '晋安：风险类型为因意外事故', "Jin'an: the risk type is an accident", base({ riskTypes: ['accident'] })),
  group('screening.poverty-alleviated', YN, '小中甸：脱贫户属“四类人”', 'Xiaozhongdian: a 脱贫户 is one of the "four kinds of people"', base({ povertyAlleviated: true })),
  group(
    'screening.monitored',
    YN,
    '小中甸：监测对象属“四类人”',
    'Xiaozhongdian: a monitoring object is one of the "four kinds"',
    base({ monitoring: { category: 'marginal', identifiedOn: '2021-03-01' } }),
  ),
  group(
    'screening.ordinary-below-line',
    YN,
    '小中甸：一般户人均纯收入 5733.33 元低于 6000 元',
    'Xiaozhongdian: an ordinary household at 5733.33, below 6000',
    base({ income: { wage: '12000' } }),
  ),
  group(
    'screening.ordinary-dibao',
    YN,
    '小中甸：一般户中的低保户',
    'Xiaozhongdian: an ordinary household on 低保',
    base({ members: [{ ...HEAD, dibao: true }, SPOUSE, SON] }),
  ),
  group(
    'screening.ordinary-illness',
    YN,
    '小中甸：一般户有大病患者',
    'Xiaozhongdian: an ordinary household with a seriously ill member',
    base({ members: [HEAD, { ...SPOUSE, health: 'serious-illness', labour: 'lost' }, SON] }),
  ),
  group(
    'screening.ordinary-no-labour',
    YN,
    '小中甸：一般户户主部分丧失劳动能力且无稳定收入',
    'Xiaozhongdian: an ordinary household whose head partly lost labour capacity, with no stable income from work',
    base({ members: [{ ...HEAD, labour: 'weak', health: 'chronic' }, SPOUSE, SON], hardship: { noStableIncomeFromWork: true } }),
  ),
  group(
    'screening.ordinary-disability',
    YN,
    '小中甸：一般户有残疾人',
    'Xiaozhongdian: an ordinary household with a disabled member',
    base({ members: [HEAD, { ...SPOUSE, health: 'disabled', disabilityGrade: 3 }, SON] }),
  ),
  group(
    'screening.sudden-severe-hardship',
    YN,
    '小中甸：因病刚性支出过大，生活出现严重困难',
    'Xiaozhongdian: medical costs too large, severe difficulty in daily life',
    base({ hardship: { severeDifficulty: true } }),
  ),
  group(
    'screening.warned-or-applied',
    YN,
    '小中甸：通过“政府救助平台”提交过申请',
    'Xiaozhongdian: applied through the government assistance platform',
    base({ events: [{ kind: 'application', on: '2021-05-06' }] }),
  ),
  group('screening.disaster-affected', GS, '五顷塬：今年受灾', 'Wuqingyuan: hit by a disaster this year', base({ events: [{ kind: 'natural-disaster', on: '2023-07-22' }] })),
  group(
    'screening.income-not-increased-or-slow',
    GS,
    '五顷塬：2022年度人均纯收入 9733.33 元，低于 2021年度的 12000 元（不增反降）',
    'Wuqingyuan: per-capita income of the 2022 income year 9733.33, down from 12000 in 2021',
    base({ previousPerCapitaNetIncome: '9733.33', incomeHistory: [{ periodEnd: '2021-09-30', perCapitaNetIncome: '12000' }] }),
  ),
  group(
    'screening.income-not-increased-or-slow',
    GS,
    '五顷塬：记录只有本期（2023年度）和上年（2022年度）收入，缺 2021年度，无法判定“2022年收入不增反降”',
    'Wuqingyuan: the record holds the 2023 and 2022 income years only; without 2021, "2022 income not rising" is undetermined',
    base({ previousPerCapitaNetIncome: '12000' }),
    'undetermined',
  ),
  group(
    'screening.income-below-amount',
    GS,
    '五顷塬：2022年度（上年）人均纯收入 9733.33 元低于 10000 元',
    'Wuqingyuan: per-capita income of the 2022 income year (the year before) 9733.33, below 10000',
    base({ previousPerCapitaNetIncome: '9733.33', income: { wage: '40000' } }),
  ),
  group(
    'screening.income-below-amount',
    GS,
    '五顷塬：2022年度人均纯收入恰为 10000 元，不低于（严格小于）',
    'Wuqingyuan: per-capita income of 2022 exactly 10000 — not below (strictly less)',
    base({ previousPerCapitaNetIncome: '10000' }),
    'not-met',
  ),
  group(
    'screening.income-below-amount',
    GS,
    '五顷塬：本期人均纯收入 9733.33 元，但记录中没有 2022年度收入，无法判定',
    'Wuqingyuan: the assessed income is 9733.33, but the 2022 income year is not on record — undetermined',
    base(),
    'undetermined',
  ),
  group(
    'screening.new-dibao-or-application',
    GS,
    '五顷塬：今年新申请低保',
    'Wuqingyuan: applied for 低保 this year',
    base({ events: [{ kind: 'dibao-application', on: '2023-09-01' }] }),
  ),
  group('screening.checklists', GS, '五顷塬：须按“六必访”“六必查”走访（条目原文未持有）', 'Wuqingyuan: visits follow 六必访 / 六必查 (their items are not held)', base(), 'info'),
  group(
    'screening.serious-illness-member',
    LK,
    '龙口：家中有大病重病患者',
    'Longkou: a seriously ill member',
    base({ members: [{ ...HEAD, health: 'serious-illness', labour: 'lost' }, SPOUSE, SON] }),
  ),
  group(
    'screening.severe-disability-member',
    LK,
    '龙口：家中有一级残疾人',
    'Longkou: a member with a grade-1 disability',
    base({ members: [HEAD, { ...SPOUSE, health: 'disabled', disabilityGrade: 1, labour: 'none' }, SON] }),
  ),
  group(
    'screening.department-warning',
    LK,
    '龙口：民政部门本月预警新增临时救助',
    'Longkou: the civil-affairs warning this month reports temporary assistance',
    base({ events: [{ kind: 'temporary-assistance', on: '2021-06-08', departmentWarning: true }] }),
  ),
];
