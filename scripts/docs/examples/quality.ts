/**
 * Worked examples for the data-quality checks (数据清洗): one household per check that raises it,
 * under Jin'an 2023 as of 2023-09-30 (the status date of the 2023 collection). The households
 * start clean — ID numbers that agree with the members' birth dates and sexes — and change one thing.
 *
 * @module
 */
import { checkBatch, checkDataQuality, type HouseholdInput } from '../../../src/index.js';
import { calling, workedExample, type WorkedExample } from './define.js';
import { idFor, m, type M } from './household.js';

const check = calling('checkDataQuality', checkDataQuality);

const HEAD: M = { name: '林建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', idNumber: idFor('1968-03-12', '001'), health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: false, tekun: false };
const SPOUSE: M = { name: '陈秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', idNumber: idFor('1970-07-01', '002'), health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: false, tekun: false };
const SON: M = { name: '林小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', idNumber: idFor('2010-05-20', '003'), health: 'healthy', labour: 'none', schoolStatus: 'junior-2', basicMedicalInsurance: true, dibao: false, tekun: false };

/** A clean household (no issue), with `over` (top-level keys replace). */
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

/** A clean monitored household: 边缘易致贫户 identified 2022-10-01 for illness, with a health measure and a contact. */
function monitored(over: M = {}): HouseholdInput {
  return clean({
    members: [m(HEAD, { health: 'serious-illness', labour: 'weak' }), SPOUSE, SON],
    income: { wage: '18000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000', compliantOutOfPocket: '8000' },
    riskTypes: ['illness'],
    measures: ['health', 'employment'],
    monitoring: { category: 'marginal', identifiedOn: '2022-10-01' },
    contact: { name: '陈干部', phone: '13812345678' },
    ...over,
  });
}

/** The monitored household, eliminated on 2023-06-30 (assisted) with its post-elimination record. */
function eliminated(over: M = {}, elimination: M = {}): HouseholdInput {
  return monitored({
    income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000', compliantOutOfPocket: '1000' },
    monitoring: {
      category: 'marginal',
      identifiedOn: '2022-10-01',
      eliminated: {
        method: 'assisted',
        on: '2023-06-30',
        income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' },
        guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false },
        ...elimination,
      },
    },
    ...over,
  });
}

const JA = { profile: 'fujian/jinan/2023', asOf: '2023-09-30' } as const;

const issue = (rule: string, zh: string, en: string, household: HouseholdInput): WorkedExample => check({ rule, title: { zh, en }, ...JA, household, expect: 'reported' });
const members = (...list: M[]) => ({ members: list });

const CERT_4_1 = idFor('1970-07-01', '002') + '41'; // 残疾人证: ID + category 4 (肢体) + grade 1

export const qualityExamples: WorkedExample[] = [
  check({ rule: 'quality.identity.missing', title: { zh: '一户无任何问题', en: 'a clean household raises nothing' }, ...JA, household: clean(), expect: 'silent' }),
  issue('quality.identity.missing', '配偶未填证件号码', 'the spouse has no ID number', clean(members(HEAD, m(SPOUSE, { idNumber: undefined }), SON))),
  issue('quality.identity.placeholder', '证件号码以999999开头（占位号）', 'an ID number starting 999999 (a placeholder)', clean(members(m(HEAD, { idNumber: idFor('1968-03-12', '001', '999999') }), SPOUSE, SON))),
  issue('quality.identity.length', '证件号码只有16位', 'a 16-character ID number', clean(members(m(HEAD, { idNumber: '3501111968031200' }), SPOUSE, SON))),
  issue('quality.identity.characters', '证件号码中间含字母', 'a letter inside the ID number', clean(members(m(HEAD, { idNumber: '35011119680312A01X' }), SPOUSE, SON))),
  issue(
    'quality.identity.checksum',
    '校验码错误（GB 11643）',
    'a wrong check character (GB 11643)',
    clean(members(m(HEAD, { idNumber: idFor('1968-03-12', '001').slice(0, 17) + (idFor('1968-03-12', '001').endsWith('0') ? '1' : '0') }), SPOUSE, SON)),
  ),
  issue(
    'quality.identity.disability-certificate',
    '残疾人证号的残疾类别位为8（应为1–7）',
    'a disability certificate whose category digit is 8 (must be 1–7)',
    clean(members(HEAD, m(SPOUSE, { idNumber: idFor('1970-07-01', '002') + '82', health: 'disabled' }), SON)),
  ),
  issue('quality.identity.region', '省级代码98不存在', 'province code 98 does not exist', clean(members(m(HEAD, { idNumber: idFor('1968-03-12', '001', '980111') }), SPOUSE, SON))),
  issue('quality.identity.birth-date', '证件号码中的出生日期为13月', 'month 13 in the ID number', clean(members(m(HEAD, { idNumber: idFor('1968-13-12', '001'), birthDate: undefined }), SPOUSE, SON))),
  issue('quality.identity.fifteen-digit', '15位一代证号码', 'a 15-digit first-generation number', clean(members(m(HEAD, { idNumber: '350111680312001' }), SPOUSE, SON))),
  issue('quality.identity.sex', '男性成员的证件号码顺序码为偶数（女）', 'a man whose ID sequence is even (female)', clean(members(m(HEAD, { idNumber: idFor('1968-03-12', '002') }), SPOUSE, SON))),
  issue('quality.identity.birth-date-mismatch', '出生日期与证件号码相差一天', 'the birth date is a day off the ID number', clean(members(m(HEAD, { birthDate: '1968-03-13' }), SPOUSE, SON))),
  issue(
    'quality.identity.disability-mismatch',
    '残疾人证为一级，记录的残疾等级为三级',
    'the certificate says grade 1, the record says grade 3',
    clean(members(HEAD, m(SPOUSE, { idNumber: CERT_4_1, health: 'disabled', disabilityCategory: 4, disabilityGrade: 3, labour: 'weak' }), SON)),
  ),
  issue('quality.identity.disabled-without-certificate', '健康状况为残疾，但证件是身份证', 'recorded disabled, but the number is a resident ID', clean(members(HEAD, m(SPOUSE, { health: 'disabled', labour: 'weak' }), SON))),
  issue(
    'quality.identity.severe-disability-labour',
    '一级肢体残疾人员劳动技能为普通劳动力',
    'a grade-1 physically disabled member recorded with ordinary labour',
    clean(members(HEAD, m(SPOUSE, { idNumber: CERT_4_1, health: 'disabled', disabilityCategory: 4, disabilityGrade: 1, labour: 'ordinary' }), SON)),
  ),
  issue('quality.identity.duplicate-in-household', '儿子与户主证件号码相同', 'the son has the head’s ID number', clean(members(HEAD, SPOUSE, m(SON, { idNumber: HEAD['idNumber'] })))),
  issue('quality.identity.no-head', '没有户主', 'no head of household', clean(members(m(HEAD, { relation: 'other' }), SPOUSE, SON))),
  issue('quality.identity.multiple-heads', '两个户主', 'two heads', clean(members(HEAD, m(SPOUSE, { relation: 'head' }), SON))),
  issue('quality.identity.relation-sex', '“之子”为女性', 'a "son" who is female', clean(members(HEAD, SPOUSE, m(SON, { sex: 'female', idNumber: idFor('2010-05-20', '004') })))),
  issue(
    'quality.identity.head-spouse-same-sex',
    '户主与配偶同为男性',
    'head and spouse both male',
    clean(members(HEAD, m(SPOUSE, { sex: 'male', idNumber: idFor('1970-07-01', '005') }), SON)),
  ),
  issue('quality.age.compulsory-school', '13岁的儿子既无在校生状况也无未上学原因', 'a 13-year-old with neither a school status nor a reason', clean(members(HEAD, SPOUSE, m(SON, { schoolStatus: undefined })))),
  issue(
    'quality.age.preschool-status',
    '13岁仍登记为学龄前儿童',
    'a 13-year-old still recorded as pre-school age',
    clean(members(HEAD, SPOUSE, m(SON, { schoolStatus: 'preschool-age' }))),
  ),
  issue(
    'quality.age.primary-pupil',
    '20岁的小学生',
    'a 20-year-old primary pupil',
    clean(members(HEAD, SPOUSE, m(SON, { birthDate: '2003-05-20', idNumber: idFor('2003-05-20', '003'), schoolStatus: 'primary' }))),
  ),
  issue(
    'quality.age.junior-pupil',
    '21岁的初中生',
    'a 21-year-old junior-secondary pupil',
    clean(members(HEAD, SPOUSE, m(SON, { birthDate: '2002-05-20', idNumber: idFor('2002-05-20', '003'), schoolStatus: 'junior-2' }))),
  ),
  issue('quality.age.senior-pupil', '13岁的高中生', 'a 13-year-old in senior high', clean(members(HEAD, SPOUSE, m(SON, { schoolStatus: 'senior-1' })))),
  issue('quality.age.young-public-welfare-post', '13岁的儿子登记了公益性岗位', 'a 13-year-old holding a public-welfare post', clean(members(HEAD, SPOUSE, m(SON, { publicWelfarePost: true })))),
  issue('quality.age.working-age-no-labour', '53岁、健康、不在校的配偶为弱劳动力', 'a healthy 53-year-old not in school recorded with weak labour', clean(members(HEAD, m(SPOUSE, { labour: 'weak' }), SON))),
  issue(
    'quality.age.elderly-full-labour',
    '73岁的户主为普通劳动力',
    'a 73-year-old head with ordinary labour',
    clean(members(m(HEAD, { birthDate: '1950-03-12', idNumber: idFor('1950-03-12', '001') }), SPOUSE, SON)),
  ),
  issue('quality.age.student-labour', '在校生为普通劳动力', 'a pupil recorded with ordinary labour', clean(members(HEAD, SPOUSE, m(SON, { labour: 'ordinary' })))),
  issue('quality.age.child-labour', '13岁的儿子为弱劳动力', 'a 13-year-old recorded with weak labour', clean(members(HEAD, SPOUSE, m(SON, { labour: 'weak' })))),
  issue('quality.work.months-range', '务工时间14个月', '14 months of work in a year', clean(members(m(HEAD, { workMonths: 14 }), SPOUSE, SON))),
  issue('quality.work.spell-dates', '务工结束时间早于开始时间', 'a work spell ending before it starts', clean(members(m(HEAD, { employment: [{ start: '2023-05', end: '2023-02' }] }), SPOUSE, SON))),
  issue(
    'quality.work.overlapping-spells',
    '两段务工时间重叠',
    'two work spells overlap',
    clean(members(m(HEAD, { employment: [{ start: '2023-01', end: '2023-06' }, { start: '2023-04', end: '2023-09' }] }), SPOUSE, SON)),
  ),
  issue('quality.work.monthly-wage-range', '务工月收入50元', 'a monthly wage of 50 yuan', clean(members(m(HEAD, { employment: [{ start: '2023-01', end: '2023-06', monthlyWage: '50' }] }), SPOUSE, SON))),
  issue('quality.work.started-too-young', '12岁开始务工', 'work started at 12', clean(members(HEAD, SPOUSE, m(SON, { employment: [{ start: '2022-07', end: '2022-08' }] })))),
  issue(
    'quality.work.no-labour-working',
    '无劳动力的成员有6个月务工',
    'a member without labour capacity worked 6 months',
    clean(members(HEAD, m(SPOUSE, { labour: 'lost', health: 'chronic', workMonths: 6 }), SON)),
  ),
  issue(
    'quality.income.breakdown-sum',
    '转移性收入各分项之和2800元，合计3000元',
    'the transfer items sum to 2800, the total is 3000',
    clean({ income: { wage: '36000', operating: '6000', property: '0', transfer: '3000', operatingExpense: '2000', breakdown: { transfer: { dibao: '1800', pension: '1000' } } } }),
  ),
  issue('quality.income.wage-range', '工资性收入100元（过低）', 'a wage income of 100 yuan (too low)', clean({ income: { wage: '100', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' } })),
  issue('quality.income.operating-without-expense', '有经营收入6000元，经营支出为0', 'operating income of 6000 with no operating expense', clean({ income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '0' } })),
  issue(
    'quality.income.small-transfer-item',
    '低保金只有100元',
    '低保 of only 100 yuan',
    clean({ income: { wage: '36000', operating: '6000', property: '0', transfer: '1300', operatingExpense: '2000', breakdown: { transfer: { dibao: '100', pension: '1200' } } } }),
  ),
  issue(
    'quality.income.low-per-capita',
    '脱贫户人均纯收入2000元，低于4000元',
    'a 脱贫户 at 2000 yuan per head, below 4000',
    clean({ povertyAlleviated: true, income: { wage: '0', operating: '0', property: '0', transfer: '6000', operatingExpense: '0' } }),
  ),
  issue(
    'quality.income.claims-double-counted',
    '防贫保险赔付2000元同时计入转移性收入和理赔收入',
    'an insurance payout of 2000 in both transfer income and A35 claims',
    clean({ income: { wage: '36000', operating: '6000', property: '0', transfer: '3200', operatingExpense: '2000', claims: '2000', breakdown: { transfer: { insuranceCompensation: '2000', pension: '1200' } } } }),
  ),
  issue('quality.consistency.a26-a17', 'A26填“否”，但儿子未参加基本医保', 'A26 says no, but the son has no basic medical insurance', clean(members(HEAD, SPOUSE, m(SON, { basicMedicalInsurance: false })))),
  issue('quality.consistency.illness-without-ill-member', '风险为因病，成员均健康', 'illness risk, everyone healthy', monitored(members(HEAD, SPOUSE, SON))),
  issue(
    'quality.consistency.illness-without-spending',
    '风险为因病，合规自付支出为0',
    'illness risk, no out-of-pocket spending',
    monitored({ income: { wage: '18000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' } }),
  ),
  issue('quality.consistency.disability-without-disabled-member', '风险为因残，家中无残疾人', 'disability risk, nobody disabled', monitored({ riskTypes: ['disability'] })),
  issue(
    'quality.consistency.labour-shortage-all-can-work',
    '风险为缺劳动力，两名成员均为普通劳动力',
    'lack-of-labour risk, both members ordinary labour',
    monitored({ riskTypes: ['labour-shortage'], members: [HEAD, SPOUSE] }),
  ),
  issue(
    'quality.consistency.unstable-employment-no-labour',
    '风险为务工就业不稳，家中无人有劳动能力',
    'unstable-employment risk, nobody can work',
    monitored({ riskTypes: ['unstable-employment'], members: [m(HEAD, { labour: 'lost', health: 'serious-illness' }), m(SPOUSE, { labour: 'none', health: 'chronic' })] }),
  ),
  issue('quality.consistency.disaster-without-subtype', '风险为因自然灾害，未填灾害子项', 'natural-disaster risk without its sub-type', monitored({ riskTypes: ['natural-disaster'] })),
  issue('quality.consistency.other-without-note', '风险为其他，未填备注', '"other" risk without a note', monitored({ riskTypes: ['other'] })),
  issue('quality.consistency.dibao-measure-without-member', '登记了低保措施，无成员享受低保', 'a 低保 measure, nobody on 低保', monitored({ measures: ['health', 'dibao'] })),
  issue('quality.consistency.tekun-measure-without-member', '登记了特困供养措施，无特困人员', 'a 特困 measure, nobody on 特困', monitored({ measures: ['health', 'tekun'] })),
  issue('quality.consistency.disability-allowance-without-member', '登记了残疾人补贴，家中无残疾人', 'a disability allowance, nobody disabled', monitored({ measures: ['health', 'disability-allowance'] })),
  issue(
    'quality.consistency.dibao-member-without-measure',
    '户主享受低保，帮扶措施未登记低保',
    'the head is on 低保, the measure is not recorded',
    monitored({ members: [m(HEAD, { health: 'serious-illness', labour: 'weak', dibao: true }), SPOUSE, SON] }),
  ),
  issue(
    'quality.consistency.tekun-member-without-measure',
    '户主为特困人员，帮扶措施未登记特困供养',
    'the head receives 特困 support, the measure is not recorded',
    monitored({ members: [m(HEAD, { health: 'serious-illness', labour: 'lost', tekun: true }), SPOUSE, SON] }),
  ),
  issue(
    'quality.consistency.severe-disability-without-allowance',
    '配偶一级残疾，未登记残疾人补贴',
    'the spouse has a grade-1 disability, no disability allowance recorded',
    monitored({ members: [m(HEAD, { health: 'serious-illness', labour: 'weak' }), m(SPOUSE, { idNumber: CERT_4_1, health: 'disabled', disabilityCategory: 4, disabilityGrade: 1, labour: 'none' }), SON] }),
  ),
  issue('quality.consistency.monitored-without-measure', '识别一年未落实任何帮扶措施', 'identified a year ago, no measure yet', monitored({ measures: [] })),
  issue('quality.consistency.assisted-elimination-without-measure', '帮扶消除，却没有任何帮扶措施', 'eliminated through assistance without any measure', eliminated({ measures: [] })),
  issue(
    'quality.consistency.eliminated-below-line',
    '已消除风险，人均纯收入7733.33元低于10560元',
    'eliminated, with 7733.33 per head below 10560',
    eliminated({ income: { wage: '18000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000', compliantOutOfPocket: '1000' } }),
  ),
  issue(
    'quality.consistency.eliminated-employment-without-wage',
    '已消除风险、有就业帮扶，消除后工资性收入为0',
    'eliminated with an employment measure but no wage after elimination',
    eliminated({}, { income: { wage: '0', operating: '36000', property: '0', transfer: '1200', operatingExpense: '2000' } }),
  ),
  issue('quality.consistency.elimination-too-soon', '2022-10-01识别，2023-02-01消除，不足6个月', 'identified 2022-10-01, eliminated 2023-02-01: under 6 months', eliminated({}, { on: '2023-02-01' })),
  issue('quality.consistency.elimination-before-identification', '消除时间早于识别时间', 'eliminated before it was identified', eliminated({}, { on: '2022-09-01' })),
  issue(
    'quality.consistency.eliminated-without-labour',
    '整户无劳动力，已消除风险',
    'no member can work, yet eliminated',
    eliminated({ members: [m(HEAD, { labour: 'lost', health: 'serious-illness' }), m(SPOUSE, { labour: 'none', health: 'chronic' })] }),
  ),
  issue('quality.consistency.eliminated-with-guarantee-problem', '已消除风险，住房出现安全问题', 'eliminated, but the housing is unsafe', eliminated({ guarantees: { housingUnsafe: true, compulsoryEducationDropout: false, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false } })),
  issue(
    'quality.consistency.safety-net-only',
    '配偶能劳动，却只落实了低保',
    'the spouse can work, but the only measure is 低保',
    monitored({ measures: ['dibao'], members: [m(HEAD, { health: 'serious-illness', labour: 'weak', dibao: true }), SPOUSE, SON] }),
  ),
  issue(
    'quality.monitoring-gap.below-line',
    '脱贫户人均纯收入5733.33元低于10560元，未纳入监测',
    'a 脱贫户 at 5733.33 per head, below 10560, not monitored',
    clean({ povertyAlleviated: true, income: { wage: '12000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' } }),
  ),
  issue(
    'quality.monitoring-gap.guarantees',
    '脱贫户饮水不安全，未纳入监测',
    'a 脱贫户 with unsafe drinking water, not monitored',
    clean({ povertyAlleviated: true, guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: true, memberWithoutMedicalInsurance: false } }),
  ),
  issue('quality.completeness.risk-types', '监测对象未填风险类型', 'a monitored household without a risk type', monitored({ riskTypes: undefined })),
  issue('quality.completeness.identification-facts', '监测对象未填三保障和饮水状况', 'a monitored household without its guarantees status', monitored({ guarantees: undefined })),
  issue('quality.completeness.post-elimination', '已消除风险，未填消除后收入和三保障', 'eliminated without the post-elimination record', eliminated({}, { income: undefined, guarantees: undefined })),
  issue('quality.completeness.contact', '监测对象未填监测联系人', 'a monitored household without a contact', monitored({ contact: undefined })),
  issue('quality.completeness.contact-phone', '联系电话为8位座机号', 'a contact phone of 8 digits (a landline)', monitored({ contact: { name: '陈干部', phone: '87480420' } })),
  issue('quality.completeness.household-phone', '户联系电话为8位座机号', 'a household phone of 8 digits (a landline)', clean({ phone: '87480420' })),
  issue('quality.completeness.member-phone', '监测户成员联系电话为座机号', "a monitored household member's phone is a landline", monitored({ members: [m(HEAD, { health: 'serious-illness', labour: 'weak' }), m(SPOUSE, { phone: '0591-87480420' }), SON] })),
  workedExample({
    rule: 'quality.batch.duplicate-id',
    title: { zh: '两户中出现同一证件号码', en: 'the same ID number in two households' },
    ...JA,
    households: [clean(), clean({ id: '350111-Q002', members: [m(HEAD, { name: '林建华' }), m(SPOUSE, { idNumber: idFor('1971-02-03', '004'), birthDate: '1971-02-03' })] })],
    expect: 'reported',
    evaluate: ({ households, profile, asOf }) => checkBatch(households ?? [], profile, asOf ? { asOf } : {}),
    call: "checkBatch(households, getProfile('fujian/jinan/2023'), { asOf: '2023-09-30' })",
  }),
  workedExample({
    rule: 'quality.batch.duplicate-household',
    title: { zh: '两户使用同一户编号', en: 'two households with the same 户编号' },
    ...JA,
    households: [
      clean(),
      clean({
        members: [
          m(HEAD, { name: '张大山', idNumber: idFor('1975-08-09', '011'), birthDate: '1975-08-09' }),
          m(SPOUSE, { name: '王小花', idNumber: idFor('1977-01-21', '012'), birthDate: '1977-01-21' }),
        ],
      }),
    ],
    expect: 'reported',
    evaluate: ({ households, profile, asOf }) => checkBatch(households ?? [], profile, asOf ? { asOf } : {}),
    call: "checkBatch(households, getProfile('fujian/jinan/2023'), { asOf: '2023-09-30' })",
  }),
  check({
    rule: 'quality.skipped',
    title: { zh: '临淄2023未设定监测线：需要监测线的检查不运行，并说明原因', en: 'Linzi 2023 sets no line: the checks that need it are not run, and say why' },
    profile: 'shandong/linzi/2023',
    asOf: '2023-09-30',
    household: clean({ povertyAlleviated: true }),
    expect: 'reported',
  }),
];
