/**
 * 脱贫不享受政策人口认定标准 — the eight criteria, each one rule under its clause.
 *
 * 临稷办发〔2023〕76号 附件2:
 * > 脱贫享受政策人口存在以下情形之一的，原则上认定为脱贫不再享受政策人口：
 *
 * A criterion counts only when its facts are on record: one whose facts are missing (or whose county
 * income is not set) is undetermined, listed as unverified, and removes nobody's support.
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import type { Text } from '../../model/labels.js';
import { toFen } from '../../model/money.js';
import { optionalParameter } from '../../profile/lookup.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { PolicyCriterion } from '../../profile/parameters/policy-status.js';
import { clauseRule, tested, type ClauseRule, type Tested } from '../../kernel/clause.js';
import { allOf, anyOf, known, not } from '../../kernel/known.js';
import { lineTestValues, testAgainstLine, type LineTest } from '../../kernel/line.js';
import { citesOf, type Rule, type RuleDefinition } from '../../kernel/rule.js';
import { asKnown, LEAD, S000, testedMessage, type ReviewContext } from './review.js';

/** The header of criterion `n` of 附件2. */
function criterion(id: PolicyCriterion, n: number, quote: string, title: Text, facts: string[], description: Text, parameters: RuleDefinition['parameters'] = ['policyStatusReview']) {
  return {
    id: `policy-status.criterion.${id}`,
    layer: 'policy-status' as const,
    title,
    citations: [
      { doc: S000, clause: '附件2', quote: LEAD },
      { doc: S000, clause: `附件2 第${n}条`, quote },
    ],
    description,
    parameters,
    facts,
  };
}

/** The citations of a criterion's finding: the rule's clauses, the review's value, and any other value that applied. */
const cites = (rule: Rule, c: ReviewContext, ...extra: Citation[]) => citesOf(rule, c.reviewCitation, ...extra);

const COUNTY_INCOME = 'profile.parameters.countyRuralIncome';

type IncomeData = { county: DatedValue<string | number>; line: LineTest } | undefined;

/** 第1条 — A34 reaching the county's rural per-capita disposable income. */
export const incomeCriterion = clauseRule<ReviewContext, IncomeData>({
  ...criterion(
    'income',
    1,
    '1. 户年人均可支配收入达到所在县（市、区）、农民人均可支配收入水平的；',
    { zh: '第1条：人均可支配收入达到所在县农民人均可支配收入水平', en: 'criterion 1: per-capita income reaches the county rural level' },
    ['income', 'members'],
    {
      zh: '配置规定的人均收入口径（A34）不低于所在县农民人均可支配收入（countyRuralIncome）。该参数未设定时本条无法判定，不据此改变状态。',
      en: "The profile's per-capita figure (A34) is at or above the county's rural per-capita disposable income (countyRuralIncome). When that parameter is unset the criterion is undetermined and changes nothing.",
    },
    ['policyStatusReview', 'countyRuralIncome', 'lineComparison', 'perCapitaRounding'],
  ),
  test: (c: ReviewContext): Tested<IncomeData> => {
    const county = optionalParameter(c.profile, 'countyRuralIncome', c.on);
    if (!county) return { outcome: 'undetermined', missing: [COUNTY_INCOME], data: undefined };
    const line = testAgainstLine(c.income, c.review.incomeFigure, toFen(county.value), c.profile, c.on);
    return tested(not(line.below), { county, line });
  },
  explain: (c, t, rule) => {
    if (!t.data) {
      const reason = c.profile.unset.countyRuralIncome;
      const note = {
        zh: `未设定所在县农民人均可支配收入（countyRuralIncome）${reason ? '：' + reason.zh : ''}`,
        en: `the county's rural per-capita disposable income (countyRuralIncome) is not set${reason ? ': ' + reason.en : ''}`,
      };
      return { message: testedMessage(rule, asKnown(t), note), values: { figure: c.review.incomeFigure, countyRuralIncome: null }, citations: cites(rule, c) };
    }
    const { county, line } = t.data;
    const { line: amount, below, ...rest } = lineTestValues(line, c.income.size, toFen(county.value), optionalParameter(c.profile, 'lineComparison', c.on)?.value ?? 'exact');
    return {
      message: testedMessage(rule, asKnown(t)),
      values: { ...rest, countyRuralIncome: amount, reaches: below === null ? null : !below },
      citations: cites(rule, c, county.citation),
    };
  },
});

/** 第2条 — the cause of poverty gone, and conditions not below an ordinary household. */
export const causeGoneCriterion = clauseRule<ReviewContext>({
  ...criterion(
    'cause-gone',
    2,
    '2. 家庭致贫原因消失（指因学致贫家庭学生毕业后实现稳定就业，因病致贫家庭患病成员治愈或去世），生产生活条件不低于当地一般农户的；',
    { zh: '第2条：致贫原因消失且生产生活条件不低于一般农户', en: 'criterion 2: cause of poverty gone and conditions not below an ordinary household' },
    ['policyReview.causeOfPovertyGone', 'policyReview.conditionsNotBelowOrdinary'],
    {
      zh: '致贫原因消失（policyReview.causeOfPovertyGone），且生产生活条件不低于当地一般农户（policyReview.conditionsNotBelowOrdinary）。',
      en: 'The cause of poverty is gone (policyReview.causeOfPovertyGone) and production and living conditions are not below an ordinary local household (policyReview.conditionsNotBelowOrdinary).',
    },
  ),
  test: (c: ReviewContext) => tested(allOf(known(c.h.policyReview?.causeOfPovertyGone, 'policyReview.causeOfPovertyGone'), known(c.h.policyReview?.conditionsNotBelowOrdinary, 'policyReview.conditionsNotBelowOrdinary'))),
  explain: (c, t, rule) => ({
    message: testedMessage(rule, asKnown(t)),
    values: { causeOfPovertyGone: c.h.policyReview?.causeOfPovertyGone ?? null, conditionsNotBelowOrdinary: c.h.policyReview?.conditionsNotBelowOrdinary ?? null },
    citations: cites(rule, c),
  }),
});

/** 第3条 — a high-end car owned and regularly used. */
export const luxuryCarCriterion = clauseRule<ReviewContext>({
  ...criterion(
    'luxury-car',
    3,
    '3. 户内家庭成员拥有并经常使用高档乘用车辆的；',
    { zh: '第3条：拥有并经常使用高档乘用车辆', en: 'criterion 3: owns and regularly uses a high-end car' },
    ['assets.luxuryCar'],
    { zh: '户内家庭成员拥有并经常使用高档乘用车辆（assets.luxuryCar）。', en: 'A member owns and regularly uses a high-end passenger car (assets.luxuryCar).' },
  ),
  test: (c: ReviewContext) => tested(known(c.h.assets?.luxuryCar, 'assets.luxuryCar')),
  explain: (c, t, rule) => ({ message: testedMessage(rule, asKnown(t)), values: { luxuryCar: c.h.assets?.luxuryCar ?? null }, citations: cites(rule, c) }),
});

/** 第4条 — commercial housing bought in a town (cash resettlement exempt). */
export const urbanHousingCriterion = clauseRule<ReviewContext>({
  ...criterion(
    'urban-commercial-housing',
    4,
    '4. 户内家庭成员在城镇购买商品房的（易地扶贫搬迁、黄河滩区居民迁建、移民避险解困通过货币化安置的除外）；',
    { zh: '第4条：在城镇购买商品房（货币化安置除外）', en: 'criterion 4: bought commercial housing in a town (cash resettlement exempt)' },
    ['assets.urbanCommercialHousing', 'assets.cashResettlementExempt'],
    {
      zh: '户内家庭成员在城镇购买商品房（assets.urbanCommercialHousing），且不属于货币化安置（assets.cashResettlementExempt）。',
      en: 'A member bought commercial housing in a town (assets.urbanCommercialHousing), not through cash resettlement (assets.cashResettlementExempt).',
    },
  ),
  test: (c: ReviewContext) => tested(allOf(known(c.h.assets?.urbanCommercialHousing, 'assets.urbanCommercialHousing'), not(known(c.h.assets?.cashResettlementExempt, 'assets.cashResettlementExempt')))),
  explain: (c, t, rule) => ({
    message: testedMessage(rule, asKnown(t)),
    values: { urbanCommercialHousing: c.h.assets?.urbanCommercialHousing ?? null, cashResettlementExempt: c.h.assets?.cashResettlementExempt ?? null },
    citations: cites(rule, c),
  }),
});

/** 第5条 — a member registered a company employing others. */
export const companyCriterion = clauseRule<ReviewContext>({
  ...criterion(
    'company-with-employees',
    5,
    '5. 户内家庭成员注册公司、企业并雇佣他人从事经营性活动的；',
    { zh: '第5条：注册公司企业并雇佣他人经营', en: 'criterion 5: a member registered a company employing others' },
    ['assets.companyWithEmployees'],
    { zh: '户内家庭成员注册公司、企业并雇佣他人从事经营性活动（assets.companyWithEmployees）。', en: 'A member registered a company employing others (assets.companyWithEmployees).' },
  ),
  test: (c: ReviewContext) => tested(known(c.h.assets?.companyWithEmployees, 'assets.companyWithEmployees')),
  explain: (c, t, rule) => ({ message: testedMessage(rule, asKnown(t)), values: { companyWithEmployees: c.h.assets?.companyWithEmployees ?? null }, citations: cites(rule, c) }),
});

/** 第6条 — a member, or a separated child or its spouse, on the public payroll. */
export const publicPayrollCriterion = clauseRule<ReviewContext>({
  ...criterion(
    'public-payroll',
    6,
    '6. 户内家庭成员或分户子女及配偶有机关、事业单位财政供养人员或在国有大中型企业担任中层及以上领导干部的；',
    { zh: '第6条：成员或分户子女及配偶为财政供养人员或国企中层以上', en: 'criterion 6: a member or separated child on the public payroll or a state-enterprise manager' },
    ['assets.publicPayrollMember', 'assets.separatedChildPublicPayroll'],
    {
      zh: '户内家庭成员（assets.publicPayrollMember）或分户子女及配偶（assets.separatedChildPublicPayroll）有财政供养人员或国有大中型企业中层及以上领导干部。',
      en: 'A member (assets.publicPayrollMember), or a separated child or its spouse (assets.separatedChildPublicPayroll), is on the public payroll or a mid-level or higher manager of a large state enterprise.',
    },
  ),
  test: (c: ReviewContext) => tested(anyOf(known(c.h.assets?.publicPayrollMember, 'assets.publicPayrollMember'), known(c.h.assets?.separatedChildPublicPayroll, 'assets.separatedChildPublicPayroll'))),
  explain: (c, t, rule) => ({
    message: testedMessage(rule, asKnown(t)),
    values: { publicPayrollMember: c.h.assets?.publicPayrollMember ?? null, separatedChildPublicPayroll: c.h.assets?.separatedChildPublicPayroll ?? null },
    citations: cites(rule, c),
  }),
});

/** 第7条 — a separated child's family runs a high-return company. */
export const separatedChildCompanyCriterion = clauseRule<ReviewContext>({
  ...criterion(
    'separated-child-company',
    7,
    '7. 分户子女家庭成员注册公司、企业并雇佣他人从事经营性活动且收益较高的；',
    { zh: '第7条：分户子女家庭注册公司企业雇工经营且收益较高', en: "criterion 7: a separated child's family runs a high-return company employing others" },
    ['assets.separatedChildCompany'],
    { zh: '分户子女家庭成员注册公司、企业并雇佣他人从事经营性活动且收益较高（assets.separatedChildCompany）。', en: "A separated child's family runs a high-return company employing others (assets.separatedChildCompany)." },
  ),
  test: (c: ReviewContext) => tested(known(c.h.assets?.separatedChildCompany, 'assets.separatedChildCompany')),
  explain: (c, t, rule) => ({ message: testedMessage(rule, asKnown(t)), values: { separatedChildCompany: c.h.assets?.separatedChildCompany ?? null }, citations: cites(rule, c) }),
});

/** 第8条 — separated children well able to support. */
export const separatedChildrenSupportCriterion = clauseRule<ReviewContext>({
  ...criterion(
    'separated-children-support',
    8,
    '8. 分户子女赡养能力强，特别是子女较多，且家庭生活生产条件较好的。',
    { zh: '第8条：分户子女赡养能力强', en: 'criterion 8: separated children well able to support' },
    ['assets.separatedChildrenAbleToSupport'],
    { zh: '分户子女赡养能力强（assets.separatedChildrenAbleToSupport）。', en: 'Separated children are well able to support the household (assets.separatedChildrenAbleToSupport).' },
  ),
  test: (c: ReviewContext) => tested(known(c.h.assets?.separatedChildrenAbleToSupport, 'assets.separatedChildrenAbleToSupport')),
  explain: (c, t, rule) => ({
    message: testedMessage(rule, asKnown(t)),
    values: { separatedChildrenAbleToSupport: c.h.assets?.separatedChildrenAbleToSupport ?? null },
    citations: cites(rule, c),
  }),
});

/** The criteria by id. */
export const CRITERIA: { readonly [K in PolicyCriterion]: ClauseRule<ReviewContext, unknown> } = {
  income: incomeCriterion as ClauseRule<ReviewContext, unknown>,
  'cause-gone': causeGoneCriterion as ClauseRule<ReviewContext, unknown>,
  'luxury-car': luxuryCarCriterion as ClauseRule<ReviewContext, unknown>,
  'urban-commercial-housing': urbanHousingCriterion as ClauseRule<ReviewContext, unknown>,
  'company-with-employees': companyCriterion as ClauseRule<ReviewContext, unknown>,
  'public-payroll': publicPayrollCriterion as ClauseRule<ReviewContext, unknown>,
  'separated-child-company': separatedChildCompanyCriterion as ClauseRule<ReviewContext, unknown>,
  'separated-children-support': separatedChildrenSupportCriterion as ClauseRule<ReviewContext, unknown>,
};
