/**
 * Worked examples for the 脱贫享受政策 → 不享受政策 review (临稷办发〔2023〕76号 附件2): its scope, the
 * eight criteria, the four retention conditions, the procedure and the decision.
 *
 * @module
 */
import { classifyPolicyStatus, type ProfileInput } from '../../../src/index.js';
import { base, calling, type WorkedExample } from './define.js';

const review = calling('classifyPolicyStatus', classifyPolicyStatus);

const LZ = { profile: 'shandong/linzi/2023', asOf: '2023-09-30' } as const;

/** Every criterion fact and retention fact recorded "no". */
const NOTHING = {
  assets: {
    luxuryCar: false,
    urbanCommercialHousing: false,
    cashResettlementExempt: false,
    companyWithEmployees: false,
    highReturnCompany: false,
    publicPayrollMember: false,
    separatedChildPublicPayroll: false,
    separatedChildCompany: false,
    separatedChildrenAbleToSupport: false,
  },
  policyReview: { causeOfPovertyGone: false, conditionsNotBelowOrdinary: false, largeMedicalOutOfPocket: false, disasterOrAccidentHardship: false },
};

const MEMBERS = [
  { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: false },
  { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: false },
  { name: '王小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'junior-2', basicMedicalInsurance: true, dibao: false },
];

/** A Linzi 脱贫享受政策户 with every fact of the review recorded, all "no", then `over`. */
function formerlyPoor(over: { assets?: Record<string, boolean>; policyReview?: Record<string, boolean>; members?: unknown[]; [k: string]: unknown } = {}) {
  const { assets, policyReview, ...rest } = over;
  return base({
    povertyAlleviated: true,
    policyStatus: 'enjoying',
    members: MEMBERS,
    assets: { ...NOTHING.assets, ...assets },
    policyReview: { ...NOTHING.policyReview, ...policyReview },
    ...rest,
  });
}

/**
 * Linzi with the district's rural per-capita disposable income supplied — an ILLUSTRATION: the
 * figure and the notice are made up for the example (the document states no figure, so the built-in
 * profile leaves `countyRuralIncome` unset).
 */
const LINZI_WITH_COUNTY_INCOME: ProfileInput = {
  id: 'example/linzi-2023-county-income',
  extends: 'shandong/linzi/2023',
  title: { zh: '示例：临淄2023（补充农民人均可支配收入）', en: 'Example: Linzi 2023 with the rural income supplied' },
  documents: [{ id: '示例-临淄统计公报', issuer: '（示例，非真实文件）', title: '示例：临淄区2022年农村居民人均可支配收入', region: '山东省淄博市临淄区' }],
  parameters: { countyRuralIncome: [{ from: '2023-01-01', to: '2023-12-31', value: '25000', citation: { doc: '示例-临淄统计公报', clause: '示例' } }] },
};

const criterion = (rule: string, n: string, zh: string, en: string, over: Parameters<typeof formerlyPoor>[0]): WorkedExample =>
  review({
    rule,
    title: { zh: `临淄：${zh}，符合第${n}条`, en: `Linzi: ${en} meets criterion ${n}` },
    ...LZ,
    household: formerlyPoor(over),
    expect: 'met',
  });

const retention = (rule: string, n: string, zh: string, en: string, over: Parameters<typeof formerlyPoor>[0]): WorkedExample =>
  review({
    rule,
    title: { zh: `临淄：有高档车但${zh}，保留条件${n}成立，仍按脱贫享受政策管理`, en: `Linzi: a high-end car, but ${en} — retention ${n} holds: still enjoying` },
    ...LZ,
    household: formerlyPoor({ ...over, assets: { luxuryCar: true, ...over?.assets } }),
    expect: 'met',
  });

export const policyStatusExamples: WorkedExample[] = [
  review({
    rule: 'policy-status.scope',
    title: { zh: '临淄：脱贫户逐条核对认定标准', en: 'Linzi: a 脱贫户 is reviewed against the criteria' },
    ...LZ,
    household: formerlyPoor(),
    expect: 'met',
  }),
  review({
    rule: 'policy-status.scope',
    title: { zh: '临淄：一般农户不适用', en: 'Linzi: an ordinary household is out of scope' },
    ...LZ,
    household: base(),
    expect: 'not-met',
  }),
  review({
    rule: 'policy-status.criterion.income',
    title: { zh: '临淄（补充县农民人均可支配收入 25000 元，示例值）：A34 9733.33 元未达到，第1条不符合', en: 'Linzi with an (illustrative) county rural income of 25000: A34 9733.33 does not reach it — criterion 1 not met' },
    profile: LINZI_WITH_COUNTY_INCOME,
    asOf: '2023-09-30',
    household: formerlyPoor(),
    expect: 'not-met',
  }),
  review({
    rule: 'policy-status.criterion.income',
    title: { zh: '临淄（内置配置）：文件未载明县农民人均可支配收入，第1条无法判定', en: 'Linzi (built-in): the county rural income is not stated, so criterion 1 is undetermined' },
    ...LZ,
    household: formerlyPoor(),
    expect: 'undetermined',
  }),
  criterion('policy-status.criterion.cause-gone', '2', '致贫原因消失且条件不低于一般农户', 'the cause of poverty gone and conditions not below an ordinary household', {
    policyReview: { causeOfPovertyGone: true, conditionsNotBelowOrdinary: true },
  }),
  criterion('policy-status.criterion.luxury-car', '3', '拥有并经常使用高档乘用车辆', 'a high-end car owned and regularly used', { assets: { luxuryCar: true } }),
  criterion('policy-status.criterion.urban-commercial-housing', '4', '在城镇购买商品房（非货币化安置）', 'commercial housing bought in town (not cash resettlement)', {
    assets: { urbanCommercialHousing: true },
  }),
  criterion('policy-status.criterion.company-with-employees', '5', '成员注册公司并雇工经营', 'a member runs a company employing others', { assets: { companyWithEmployees: true } }),
  criterion('policy-status.criterion.public-payroll', '6', '分户子女为财政供养人员', 'a separated child on the public payroll', { assets: { separatedChildPublicPayroll: true } }),
  criterion('policy-status.criterion.separated-child-company', '7', '分户子女家庭开办收益较高的雇工企业', "a separated child's family runs a high-return company", {
    assets: { separatedChildCompany: true },
  }),
  criterion('policy-status.criterion.separated-children-support', '8', '分户子女赡养能力强', 'separated children well able to support', { assets: { separatedChildrenAbleToSupport: true } }),
  retention('policy-status.retention.dibao', '1', '户主正在享受低保', 'the head receives 低保', {
    members: [{ ...MEMBERS[0], dibao: true }, MEMBERS[1], MEMBERS[2]],
  }),
  retention('policy-status.retention.serious-illness', '2', '配偶患大病且报销后自付较大', 'the spouse is seriously ill with large out-of-pocket costs', {
    members: [MEMBERS[0], { ...MEMBERS[1], health: 'serious-illness', labour: 'lost' }, MEMBERS[2]],
    policyReview: { largeMedicalOutOfPocket: true },
  }),
  retention('policy-status.retention.severe-disability', '3', '户主为二级残疾（重度）', 'the head has a grade-2 (severe) disability', {
    members: [{ ...MEMBERS[0], health: 'disabled', disabilityGrade: 2, labour: 'weak' }, MEMBERS[1], MEMBERS[2]],
  }),
  retention('policy-status.retention.disaster-or-accident', '4', '因灾造成家庭生活困难', 'a disaster left the family in hardship', {
    policyReview: { disasterOrAccidentHardship: true },
  }),
  review({
    rule: 'policy-status.procedure',
    title: { zh: '临淄：认定为脱贫不享受政策的，须经民主评议—乡镇审核—村级公示（5天）', en: 'Linzi: a 不享受政策 decision goes through review — township check — 5-day village publicity' },
    ...LZ,
    household: formerlyPoor({ assets: { luxuryCar: true } }),
    expect: 'info',
  }),
  review({
    rule: 'policy-status.decision',
    title: { zh: '临淄：有高档车、无任何保留条件，为脱贫不享受政策', en: 'Linzi: a high-end car and no retention condition — 脱贫不享受政策' },
    ...LZ,
    household: formerlyPoor({ assets: { luxuryCar: true } }),
    expect: 'met',
  }),
  review({
    rule: 'policy-status.decision',
    title: { zh: '临淄：不符合任何已记录的认定情形，仍为脱贫享受政策（第1条无法判定，不据此改变状态）', en: 'Linzi: no recorded criterion met — still enjoying (criterion 1 is undetermined and changes nothing)' },
    ...LZ,
    household: formerlyPoor(),
    expect: 'not-met',
  }),
];
