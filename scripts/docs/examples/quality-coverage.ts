/**
 * Worked examples for the data-quality families of issue 15 (member fields, medical insurance,
 * education, risks and measures, measures and work, household facts): one household per check that
 * raises it, under Jin'an 2023 as of 2023-09-30. The households start clean — a 脱贫户 whose members
 * carry every field the form requires — and change one thing.
 *
 * @module
 */
import { checkDataQuality, type HouseholdInput } from '../../../src/index.js';
import { calling, type WorkedExample } from './define.js';
import { idFor, m, type M } from './household.js';

const check = calling('checkDataQuality', checkDataQuality);

const FORM: M = { ethnicity: '汉族', basicMedicalInsurance: true, seriousIllnessInsurance: true, pensionInsurance: true, dibao: false, tekun: false };
const HEAD: M = { name: '林建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', idNumber: idFor('1968-03-12', '001'), health: 'healthy', labour: 'ordinary', education: 'junior-secondary', workMonths: 10, ...FORM };
const SPOUSE: M = { name: '陈秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', idNumber: idFor('1970-07-01', '002'), health: 'healthy', labour: 'ordinary', education: 'primary', ...FORM };
const SON: M = { name: '林小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', idNumber: idFor('2010-05-20', '003'), health: 'healthy', labour: 'none', schoolStatus: 'junior-2', ...FORM, pensionInsurance: false };
const FATHER: M = { name: '林老汉', sex: 'male', relation: 'father', birthDate: '1952-04-08', idNumber: idFor('1952-04-08', '005'), health: 'healthy', labour: 'weak', education: 'primary', publicWelfarePost: ['护林员'], ...FORM };
const daughter = (birthDate: string, over: M): M => ({ name: '林小芳', sex: 'female', relation: 'daughter', birthDate, idNumber: idFor(birthDate, '004'), health: 'healthy', labour: 'ordinary', ...FORM, ...over });

/** A clean 脱贫户 (no issue), with `over` (top-level keys replace). */
function tp(over: M = {}): HouseholdInput {
  return {
    id: '350111-Q101',
    region: { province: '福建省', city: '福州市', county: '晋安区', town: '宦溪镇', village: '示例村' },
    povertyAlleviated: true,
    members: [HEAD, SPOUSE, SON],
    income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' },
    guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false },
    ...over,
  } as HouseholdInput;
}

/** A clean monitored household: 边缘易致贫户 identified 2023-03-01 for illness (the spouse is chronically ill), with measures and a contact. */
function monitored(over: M = {}): HouseholdInput {
  return tp({
    povertyAlleviated: false,
    members: [HEAD, m(SPOUSE, { health: 'chronic' }), SON],
    income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000', compliantOutOfPocket: '3000' },
    riskTypes: ['illness'],
    measures: ['health', 'employment'],
    monitoring: { category: 'marginal', identifiedOn: '2023-03-01' },
    contact: { name: '陈干部', phone: '13812345678' },
    ...over,
  });
}

/** The monitored household, eliminated on 2023-09-15 (assisted), its income at elimination as given. */
function eliminated(measures: string[], income: M): HouseholdInput {
  return monitored({
    measures,
    monitoring: {
      category: 'marginal',
      identifiedOn: '2023-03-01',
      eliminated: {
        method: 'assisted',
        on: '2023-09-15',
        income: { wage: '36000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000', ...income },
        guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false },
      },
    },
  });
}

const JA = { profile: 'fujian/jinan/2023', asOf: '2023-09-30' } as const;
const issue = (rule: string, zh: string, en: string, household: HouseholdInput): WorkedExample => check({ rule, title: { zh, en }, ...JA, household, expect: 'reported' });
const members = (...list: M[]) => ({ members: list });
const LIVING = { housingArea: 120, sanitaryToilet: true, arableLand: 5.5, forestLand: 10, orchardLand: 0 };

export const qualityCoverageExamples: WorkedExample[] = [
  check({ rule: 'quality.member-fields.ethnicity', title: { zh: '成员各项指标齐全的脱贫户', en: 'a 脱贫户 whose members carry every field' }, ...JA, household: tp(), expect: 'silent' }),
  issue('quality.member-fields.ethnicity', '脱贫户配偶民族为空', 'the spouse of a 脱贫户 has no ethnicity', tp(members(HEAD, m(SPOUSE, { ethnicity: undefined }), SON))),
  issue('quality.member-fields.education', '配偶文化程度、在校生状况、未上学原因都为空', 'the spouse has no education, school status or out-of-school reason', tp(members(HEAD, m(SPOUSE, { education: undefined }), SON))),
  issue('quality.member-fields.health', '配偶健康状况为空', 'the spouse has no health status', tp(members(HEAD, m(SPOUSE, { health: undefined }), SON))),
  issue('quality.member-fields.labour', '配偶劳动技能为空', 'the spouse has no labour capacity', tp(members(HEAD, m(SPOUSE, { labour: undefined }), SON))),
  issue('quality.member-fields.basic-medical-insurance', '配偶是否参加基本医疗保险为空', 'the spouse has no basic-medical-insurance entry', tp(members(HEAD, m(SPOUSE, { basicMedicalInsurance: undefined }), SON))),
  issue('quality.member-fields.serious-illness-insurance', '配偶是否参加大病保险为空', 'the spouse has no serious-illness-insurance entry', tp(members(HEAD, m(SPOUSE, { seriousIllnessInsurance: undefined }), SON))),
  issue('quality.member-fields.pension-insurance', '配偶是否参加城乡居民基本养老保险为空', 'the spouse has no basic-pension entry', tp(members(HEAD, m(SPOUSE, { pensionInsurance: undefined }), SON))),
  issue('quality.medical-insurance.basic-uninsured', '脱贫户配偶未参加基本医疗保险', 'the spouse of a 脱贫户 has no basic medical insurance', tp(members(HEAD, m(SPOUSE, { basicMedicalInsurance: false }), SON))),
  issue('quality.medical-insurance.serious-illness-uninsured', '脱贫户配偶未参加大病保险', 'the spouse of a 脱贫户 has no serious-illness insurance', tp(members(HEAD, m(SPOUSE, { seriousIllnessInsurance: false }), SON))),
  issue('quality.education.level-and-status', '八年级学生又填了文化程度', 'a grade-8 pupil with an education level too', tp(members(HEAD, SPOUSE, m(SON, { education: 'primary' })))),
  issue('quality.education.young-adult-primary', '18岁不在校，文化程度为小学', 'an 18-year-old out of school with primary schooling', tp(members(HEAD, SPOUSE, SON, daughter('2005-05-05', { education: 'primary' })))),
  issue('quality.education.advanced-level-young', '17岁文化程度为大专', 'a 17-year-old with a junior-college education', tp(members(HEAD, SPOUSE, SON, daughter('2006-05-05', { education: 'junior-college' })))),
  issue('quality.education.postgraduate-young', '19岁的硕士生', 'a 19-year-old postgraduate', tp(members(HEAD, SPOUSE, SON, daughter('2004-05-05', { schoolStatus: 'postgraduate', labour: 'none' })))),
  issue(
    'quality.education.rain-dew-without-vocational-student',
    '登记雨露计划，但唯一的学生上八年级',
    '雨露计划 recorded while the only student is in grade 8',
    monitored({ measures: ['health', 'employment', 'education-aid'], educationAidItems: ['雨露计划'] }),
  ),
  issue('quality.risk-measure.risk-without-measure', '风险为因病，措施只有就业帮扶', 'an illness risk with employment support only', monitored({ measures: ['employment'] })),
  issue(
    'quality.risk-measure.guarantee-without-measure',
    '有适龄儿童失学辍学，未登记义务教育保障',
    'a compulsory-age child out of school without the compulsory-education guarantee',
    monitored({ guarantees: { housingUnsafe: false, compulsoryEducationDropout: true, drinkingWaterUnsafe: false, memberWithoutMedicalInsurance: false } }),
  ),
  issue(
    'quality.risk-measure.guarantee-without-risk',
    '饮水出现安全问题，风险类型只有因病（并已登记饮水安全保障）',
    'unsafe drinking water, the only risk type illness (the water measure recorded)',
    monitored({ riskTypes: ['illness'], measures: ['health', 'drinking-water'], guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: true, memberWithoutMedicalInsurance: false } }),
  ),
  issue('quality.measure-work.work-measure-without-worker', '登记就业帮扶，家中无人务工', 'employment support while nobody works', monitored(members(m(HEAD, { workMonths: 0 }), m(SPOUSE, { health: 'chronic' }), SON))),
  issue('quality.measure-work.labour-without-developmental', '识别满6个月，有劳动力，措施只有健康帮扶', 'six months after identification, with labour, health support only', monitored({ measures: ['health'] })),
  issue(
    'quality.measure-work.employment-measure-no-labour',
    '登记就业帮扶，成员均无劳动能力',
    'employment support while nobody can work',
    monitored(members(m(HEAD, { labour: 'lost', workMonths: 0, health: 'serious-illness' }), m(SPOUSE, { health: 'chronic', labour: 'none' }), SON)),
  ),
  issue('quality.measure-work.industry-without-operating-income', '已消除风险，享受产业帮扶，消除后无生产经营性收入', 'eliminated with industry support and no operating income at elimination', eliminated(['health', 'industry'], { operating: '0' })),
  issue('quality.measure-work.safety-net-without-transfer', '已消除风险，享受低保，消除后无转移性收入', 'eliminated with 低保 and no transfer income at elimination', eliminated(['health', 'dibao'], { transfer: '0' })),
  issue('quality.household-facts.missing', '生产生活条件只填了卫生厕所', 'living conditions with only the sanitary toilet recorded', tp({ livingConditions: { sanitaryToilet: true } })),
  issue('quality.household-facts.land-area-range', '耕地面积150亩', '150 mu of arable land', tp({ livingConditions: { ...LIVING, arableLand: 150 } })),
  issue(
    'quality.household-facts.water-contradiction',
    '已解决安全饮用水，A25 却为饮水出现安全问题',
    'safe drinking water solved, yet A25 says water is unsafe',
    tp({ livingConditions: { ...LIVING, safeDrinkingWater: true }, guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: true, memberWithoutMedicalInsurance: false } }),
  ),
  issue('quality.public-welfare-posts.many-posts', '配偶登记了护林员、保洁员、护路员三种公益性岗位', 'the spouse holds three posts: 护林员, 保洁员, 护路员', tp(members(HEAD, m(SPOUSE, { publicWelfarePost: ['护林员', '保洁员', '护路员'] }), SON))),
  issue('quality.public-welfare-posts.elderly', '71岁的父亲聘用护林员岗位', 'a 71-year-old father holding a 护林员 post', tp(members(HEAD, SPOUSE, SON, FATHER))),
  issue('quality.public-welfare-posts.no-labour', '丧失劳动力的配偶聘用保洁员岗位', 'a spouse who has lost labour capacity holding a 保洁员 post', tp(members(HEAD, m(SPOUSE, { labour: 'lost', health: 'chronic', publicWelfarePost: ['保洁员'] }), SON))),
];
