/**
 * Worked examples for identification (纳入监测): the income test, the risk on record, the hardship
 * conditions of Longkou, severe difficulty, the five exclusions, the category, the 低保 note, the
 * other risk facts and the decision (identified, to verify, not identified).
 *
 * @module
 */
import { classifyMonitoring } from '../../../src/index.js';
import { base, calling, type WorkedExample } from './define.js';

const classify = calling('classifyMonitoring', classifyMonitoring);

/** Longkou (S004 §二(二)) records every hardship and exclusion fact; these say "no" to all of them. */
const NO_HARDSHIP = { rigidSpendingExceedsIncome: false, basicNeedsAffected: false, sharpIncomeDrop: false, temporaryHardship: false, severeDifficulty: false };
const NO_EXCLUSION = { luxuryCar: false, urbanCommercialHousing: false, cashResettlementExempt: false, companyWithEmployees: false, highReturnCompany: false, supporterNotPaying: false, countyRuleExclusion: false };

/** A Longkou 一般农户 with A34 5733.33 (below 6500) and condition (1), plus `over`. */
function longkouBelowLine(over: Record<string, unknown> = {}) {
  return base({
    discoveredOn: '2021-06-10',
    income: { wage: '12000' },
    hardship: { ...NO_HARDSHIP, rigidSpendingExceedsIncome: true, basicNeedsAffected: true },
    assets: NO_EXCLUSION,
    ...over,
  });
}

const LK = { profile: 'shandong/longkou/2021', asOf: '2021-06-30' } as const;
const JA = { profile: 'fujian/jinan/2023', asOf: '2023-09-30' } as const;

const exclusion = (rule: string, zh: string, en: string, assets: Record<string, boolean>): WorkedExample =>
  classify({
    rule,
    title: { zh: `龙口：${zh}的一般农户，即使收入低于监测线且符合条件1，原则上不纳入`, en: `Longkou: a household where ${en} is, in principle, not identified even below the line with condition (1)` },
    ...LK,
    household: longkouBelowLine({ assets: { ...NO_EXCLUSION, ...assets } }),
    expect: 'met',
  });

export const identificationExamples: WorkedExample[] = [
  classify({
    rule: 'identification.income-test',
    title: { zh: '晋安：A38 低于 10560 元，符合收入条件', en: "Jin'an: A38 below 10560 yuan meets the income test" },
    ...JA,
    household: base(),
    expect: 'met',
    note: { zh: '(24000 + 6000 + 0 + 1200 − 2000 + 0 − 0) ÷ 3 = 9733.33 < 10560', en: '(24000 + 6000 + 0 + 1200 − 2000 + 0 − 0) ÷ 3 = 9733.33 < 10560' },
  }),
  classify({
    rule: 'identification.income-test',
    title: { zh: '晋安：A38 恰为 10560 元，不低于监测线（“低于”为严格小于）', en: "Jin'an: A38 of exactly 10560 yuan is not below the line (\"below\" is strict)" },
    ...JA,
    household: base({ income: { wage: '26480' } }),
    expect: 'not-met',
    note: { zh: '(26480 + 6000 + 1200 − 2000) ÷ 3 = 10560.00', en: '(26480 + 6000 + 1200 − 2000) ÷ 3 = 10560.00' },
  }),
  classify({
    rule: 'identification.condition.rigid-spending',
    title: { zh: '龙口条件1：刚性支出明显超过上年度收入，影响“两不愁三保障”', en: 'Longkou condition (1): rigid spending clearly above last year’s income, affecting the basic guarantees' },
    ...LK,
    household: longkouBelowLine(),
    expect: 'met',
  }),
  classify({
    rule: 'identification.condition.rigid-spending',
    title: { zh: '龙口条件1：刚性支出超过收入但基本生活未受影响，不符合', en: 'Longkou condition (1): spending above income but basic needs unaffected — not met' },
    ...LK,
    household: longkouBelowLine({ hardship: { ...NO_HARDSHIP, rigidSpendingExceedsIncome: true, basicNeedsAffected: false } }),
    expect: 'not-met',
  }),
  classify({
    rule: 'identification.condition.income-drop',
    title: { zh: '龙口条件2：脱贫户因灾收入大幅缩减、生活临时困难，不看收入即为脱贫不稳定户', en: 'Longkou condition (2): a 脱贫户 whose income a disaster cut sharply is 脱贫不稳定户 whatever its income' },
    ...LK,
    household: base({
      povertyAlleviated: true,
      discoveredOn: '2021-06-10',
      income: { wage: '40000' },
      hardship: { ...NO_HARDSHIP, sharpIncomeDrop: true, temporaryHardship: true },
      assets: NO_EXCLUSION,
    }),
    expect: 'met',
  }),
  classify({
    rule: 'identification.risk-on-record',
    title: { zh: '晋安：收入低于监测线且有风险在案（因病），认定', en: "Jin'an: below the line with a risk on record (illness) — identified" },
    ...JA,
    household: base({ riskTypes: ['illness'] }),
    expect: 'met',
  }),
  classify({
    rule: 'identification.risk-on-record',
    title: { zh: '晋安：收入低于监测线但无任何风险在案——待核实，入户核实是否存在返贫致贫风险', en: "Jin'an: below the line with no risk on record — to verify whether the household faces a risk" },
    ...JA,
    household: base(),
    expect: 'undetermined',
  }),
  classify({
    rule: 'identification.severe-difficulty',
    title: { zh: '晋安：收入高于监测线，住房出现安全问题但未记录是否严重困难——待核实', en: "Jin'an: above the line with unsafe housing on record and severe difficulty not recorded — to verify" },
    ...JA,
    household: base({ income: { wage: '40000' }, guarantees: { housingUnsafe: true } }),
    expect: 'undetermined',
  }),
  classify({
    rule: 'identification.severe-difficulty',
    title: { zh: '龙口：收入高于监测线但因病刚性支出骤增、基本生活严重困难，纳入为严重困难户', en: 'Longkou: above the line but in severe difficulty from a surge of medical spending — identified as 突发严重困难户' },
    ...LK,
    household: base({ discoveredOn: '2021-06-10', hardship: { ...NO_HARDSHIP, severeDifficulty: true }, assets: NO_EXCLUSION }),
    expect: 'met',
  }),
  exclusion('identification.exclusion.luxury-car', '拥有并经常使用高档乘用车辆', 'a member owns and regularly uses a high-end car', { luxuryCar: true }),
  exclusion('identification.exclusion.urban-commercial-housing', '在城镇购买商品房（非货币化安置）', 'a member bought commercial housing in town (not cash resettlement)', {
    urbanCommercialHousing: true,
  }),
  classify({
    rule: 'identification.exclusion.urban-commercial-housing',
    title: { zh: '龙口：易地扶贫搬迁货币化安置购房的，不因购房排除', en: 'Longkou: housing bought through relocation cash resettlement is no exclusion' },
    ...LK,
    household: longkouBelowLine({ assets: { ...NO_EXCLUSION, urbanCommercialHousing: true, cashResettlementExempt: true } }),
    expect: 'not-met',
  }),
  exclusion('identification.exclusion.high-return-company', '注册公司雇工经营且收益较高', 'a member runs a high-return company employing others', {
    companyWithEmployees: true,
    highReturnCompany: true,
  }),
  exclusion('identification.exclusion.supporter-not-paying', '法定赡养人有能力而不履行义务', 'legal supporters able to pay do not', { supporterNotPaying: true }),
  exclusion('identification.exclusion.county-rule', '属县级以上扶贫部门规定的其他情形', 'another county-level rule excludes it', { countyRuleExclusion: true }),
  classify({
    rule: 'identification.category',
    title: { zh: '龙口：严重困难户 A34 不低于监测线，类别为突发严重困难户', en: 'Longkou: a household in severe difficulty with A34 not below the line is 突发严重困难户' },
    ...LK,
    household: base({ discoveredOn: '2021-06-10', hardship: { ...NO_HARDSHIP, severeDifficulty: true }, assets: NO_EXCLUSION }),
    expect: 'info',
  }),
  classify({
    rule: 'identification.category',
    title: { zh: '晋安：一般农户 A34 低于监测线，为边缘易致贫户', en: "Jin'an: an ordinary household with A34 below the line is 边缘易致贫户" },
    ...JA,
    household: base({ riskTypes: ['illness'] }),
    expect: 'info',
  }),
  classify({
    rule: 'identification.dibao-no-bar',
    title: { zh: '晋安：户内有低保成员——不得以落实低保为由不识别', en: "Jin'an: a member receives 低保 — that is no reason to refuse identification" },
    ...JA,
    household: base({
      members: [
        { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'chronic', labour: 'weak', dibao: true },
        { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', dibao: true },
        { name: '王小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'junior-2' },
      ],
      measures: ['dibao'],
    }),
    expect: 'info',
  }),
  classify({
    rule: 'identification.other-factors',
    title: { zh: '龙口：收入高于监测线，记录有因病风险和住房安全问题——一并列出供综合研判', en: 'Longkou: above the line, with an illness risk and unsafe housing on record — listed to be weighed together' },
    ...LK,
    household: base({ discoveredOn: '2021-06-10', income: { wage: '40000' }, riskTypes: ['illness'], guarantees: { housingUnsafe: true }, assets: NO_EXCLUSION }),
    expect: 'info',
  }),
  classify({
    rule: 'identification.decision',
    title: { zh: '晋安：一般农户 A38 低于 10560 元、因病风险在案，认定为边缘易致贫户', en: "Jin'an: an ordinary household with A38 below 10560 yuan and a risk on record is identified 边缘易致贫户" },
    ...JA,
    household: base({ riskTypes: ['illness'] }),
    expect: 'met',
  }),
  classify({
    rule: 'identification.decision',
    title: { zh: '龙口：一般农户收入低于监测线、条件1和2均未记录——待核实，列出须核实的条件及其各项事实', en: 'Longkou: an ordinary household below the line with conditions (1) and (2) not recorded — to verify, naming each condition and its facts' },
    ...LK,
    household: base({ discoveredOn: '2021-06-10', income: { wage: '12000' }, assets: NO_EXCLUSION }),
    expect: 'undetermined',
  }),
  classify({
    rule: 'identification.decision',
    title: { zh: '龙口：脱贫户未记录困难条件，记录中也无迹象——仅凭记录不认定', en: 'Longkou: a 脱贫户 with no hardship on record and no sign of one — not identified on the record alone' },
    ...LK,
    household: base({ povertyAlleviated: true, discoveredOn: '2021-06-10', income: { wage: '12000' }, assets: NO_EXCLUSION }),
    expect: 'not-met',
  }),
  classify({
    rule: 'identification.decision',
    title: { zh: '龙口：符合条件1但拥有高档车，原则上不纳入', en: 'Longkou: condition (1) met but a high-end car — in principle not identified' },
    ...LK,
    household: longkouBelowLine({ assets: { ...NO_EXCLUSION, luxuryCar: true } }),
    expect: 'not-met',
  }),
];
