/**
 * 字段名称 — the Chinese and English name of every field of the interchange format, as an official
 * reads it on a list of facts to verify or to supply: the collection form's own wording and code
 * (A1–A55) where the form has the field, else the clause's words. Field paths are those the rules
 * name (`hardship.severeDifficulty`, `members[2].labour`); a member path names the member by row.
 *
 * @module
 */
import type { Text } from './labels.js';

/** Labels by field path; member fields under `members[]`. Every leaf of `HouseholdSchema` has one (tested). */
export const FIELD_LABELS: Readonly<Record<string, Text>> = {
  id: { zh: '户编号', en: 'household number' },
  region: { zh: '家庭住址', en: 'address' },
  'region.province': { zh: '省（区、市）', en: 'province' },
  'region.city': { zh: '市（地、州、盟）', en: 'prefecture' },
  'region.county': { zh: '县（市、区、旗）', en: 'county' },
  'region.town': { zh: '乡（镇、街道、苏木）', en: 'township' },
  'region.village': { zh: '村（社区、嘎查）', en: 'village' },
  'region.group': { zh: '自然村（村民小组）', en: 'natural village' },
  relocationSite: { zh: 'A1 居住在大中型易地扶贫搬迁集中安置区', en: 'A1 lives in a large relocation site' },
  relocationSiteAddress: { zh: 'A2 安置区地址', en: 'A2 relocation site address' },
  povertyAlleviated: { zh: 'A4 脱贫户', en: 'A4 formerly poor household' },
  policyStatus: { zh: '脱贫享受政策／不享受政策', en: 'policy status of a formerly poor household' },
  riskTypes: { zh: 'A27 致贫返贫风险类型', en: 'A27 risk of (returning to) poverty' },
  riskNote: { zh: 'A27 其他风险（文字备注）', en: 'A27 other risk (note)' },
  disasterTypes: { zh: 'A27a 因自然灾害子项', en: 'A27a natural-disaster sub-type' },
  discoveredOn: { zh: '风险发现时间', en: 'date the risk was discovered' },
  monitoring: { zh: '监测信息（A3 监测对象类别等）', en: 'monitoring record (A3 category etc.)' },
  'monitoring.category': { zh: 'A3 监测对象类别', en: 'A3 monitoring category' },
  'monitoring.identifiedOn': { zh: '识别监测时间', en: 'date identified for monitoring' },
  'monitoring.perCapitaIncomeAtIdentification': { zh: '识别时家庭人均纯收入', en: 'per-capita net income at identification' },
  'monitoring.eliminated': { zh: '风险消除（A53、A54）', en: 'risk elimination (A53, A54)' },
  'monitoring.eliminated.method': { zh: 'A53 风险消除方式', en: 'A53 elimination method' },
  'monitoring.eliminated.on': { zh: 'A54 风险消除时间', en: 'A54 elimination date' },
  'monitoring.eliminated.income': { zh: '风险消除后收入', en: 'income recorded at elimination' },
  'monitoring.eliminated.guarantees': { zh: '风险消除后三保障和饮水状况', en: 'three guarantees and water at elimination' },
  'monitoring.eliminated.mark': { zh: '风险消除标注（返贫风险消除／致贫风险消除）', en: 'elimination mark' },
  'monitoring.review': { zh: '风险评估情况', en: 'risk review' },
  'monitoring.review.incomeStable': { zh: '收入是否稳定（原则上半年以上）', en: 'income stable (in principle for half a year or more)' },
  'monitoring.review.rigidSpendingResolved': { zh: '大额刚性支出是否已稳定解决', en: 'large rigid spending resolved' },
  'monitoring.review.riskGone': { zh: '返贫致贫风险是否已消除', en: 'the identified risk is gone' },
  'monitoring.review.newRisk': { zh: '是否出现新的返贫致贫风险', en: 'a new risk has appeared' },
  'monitoring.review.newRiskOn': { zh: '新风险出现时间', en: 'date the new risk appeared' },
  'monitoring.review.dependsOnMeasures': { zh: '帮扶措施取消后风险消除是否不稳定', en: 'the elimination would not hold without the measures' },
  'monitoring.review.informedConsent': { zh: '监测对象是否知情同意', en: 'the household knows of and agrees to the elimination' },
  'monitoring.review.riskGoneNaturally': { zh: '风险是否自然消失', en: 'the risk disappeared by itself' },
  'monitoring.procedure': { zh: '监测程序记录', en: 'procedure record' },
  'monitoring.procedure.application': { zh: '纳入监测申请', en: 'application for monitoring' },
  'monitoring.procedure.authorisation': { zh: '授权承诺书', en: 'authorisation to check family assets' },
  'monitoring.procedure.democraticReview': { zh: '民主评议', en: 'democratic review' },
  'monitoring.procedure.publicity': { zh: '公示', en: 'public notice' },
  'monitoring.procedure.assetVerification': { zh: '家庭资产信息和基本信息复核', en: 'verification of family assets and basic data' },
  members: { zh: '家庭成员', en: 'family members' },
  'members[].name': { zh: 'A5 姓名', en: 'A5 name' },
  'members[].sex': { zh: 'A6 性别', en: 'A6 sex' },
  'members[].idNumber': { zh: 'A7 证件号码', en: 'A7 ID number' },
  'members[].idType': { zh: '证件类型', en: 'ID type' },
  'members[].relation': { zh: 'A8 与户主关系', en: 'A8 relation to the head' },
  'members[].birthDate': { zh: '出生日期', en: 'date of birth' },
  'members[].ethnicity': { zh: 'A9 民族', en: 'A9 ethnicity' },
  'members[].politicalStatus': { zh: 'A10 政治面貌', en: 'A10 political status' },
  'members[].education': { zh: 'A11 文化程度', en: 'A11 education' },
  'members[].schoolStatus': { zh: 'A12 在校生状况', en: 'A12 school status' },
  'members[].outOfSchoolReason': { zh: '义务教育阶段未上学原因', en: 'reason for being out of compulsory school' },
  'members[].health': { zh: 'A13 健康状况', en: 'A13 health' },
  'members[].disabilityCategory': { zh: '残疾类别', en: 'disability category' },
  'members[].disabilityGrade': { zh: '残疾等级', en: 'disability grade' },
  'members[].labour': { zh: 'A14 劳动技能', en: 'A14 labour capacity' },
  'members[].workArea': { zh: 'A15 务工区域', en: 'A15 work area' },
  'members[].workMonths': { zh: 'A16 务工时间（月）', en: 'A16 months of work' },
  'members[].employment': { zh: '务工经历', en: 'spells of work' },
  'members[].employment.start': { zh: '务工开始时间', en: 'start of a spell of work' },
  'members[].employment.end': { zh: '务工结束时间', en: 'end of a spell of work' },
  'members[].employment.monthlyWage': { zh: '务工月收入', en: 'monthly wage' },
  'members[].employment.county': { zh: '务工所在县', en: 'county of work' },
  'members[].publicWelfarePost': { zh: '公益性岗位', en: 'public-welfare post' },
  'members[].basicMedicalInsurance': { zh: 'A17 参加基本医疗保险', en: 'A17 basic medical insurance' },
  'members[].seriousIllnessInsurance': { zh: 'A18 参加大病保险', en: 'A18 serious-illness insurance' },
  'members[].pensionInsurance': { zh: 'A19 参加城乡居民基本养老保险', en: 'A19 basic pension insurance' },
  'members[].dibao': { zh: 'A20 享受低保', en: 'A20 receives dibao' },
  'members[].tekun': { zh: 'A21 特困供养', en: 'A21 receives tekun support' },
  'members[].relocated': { zh: 'A22 易地扶贫搬迁', en: 'A22 relocated' },
  'members[].phone': { zh: '家庭成员联系电话', en: "member's phone" },
  'members[].changes': { zh: '家庭成员自然变化', en: 'member changes (birth, death, marriage, move)' },
  'members[].changes.kind': { zh: '人员变更类型', en: 'kind of change' },
  'members[].changes.on': { zh: '人员变更时间', en: 'date of the change' },
  income: { zh: '收支情况（A28–A36）', en: 'income and spending (A28–A36)' },
  'income.wage': { zh: 'A28 工资性收入', en: 'A28 wage income' },
  'income.operating': { zh: 'A29 生产经营性收入', en: 'A29 operating income' },
  'income.property': { zh: 'A30 财产性收入', en: 'A30 property income' },
  'income.transfer': { zh: 'A31 转移性收入', en: 'A31 transfer income' },
  'income.operatingExpense': { zh: 'A32 生产经营性支出', en: 'A32 operating expense' },
  'income.claims': { zh: 'A35 理赔收入', en: 'A35 insurance payouts' },
  'income.compliantOutOfPocket': { zh: 'A36 合规自付支出', en: 'A36 compliant out-of-pocket spending' },
  'income.breakdown': { zh: '收入明细', en: 'income breakdown' },
  'income.breakdown.wage': { zh: '工资性收入明细', en: 'wage breakdown' },
  'income.breakdown.wage.publicWelfarePost': { zh: '公益性岗位收入', en: 'public-welfare post pay' },
  'income.breakdown.wage.other': { zh: '其他工资性收入', en: 'other wage income' },
  'income.breakdown.property': { zh: '财产性收入明细', en: 'property income breakdown' },
  'income.breakdown.property.assetIncomeDividend': { zh: '资产收益扶贫分红收入', en: 'asset-income dividend' },
  'income.breakdown.property.other': { zh: '其他财产性收入', en: 'other property income' },
  'income.breakdown.transfer': { zh: '转移性收入明细', en: 'transfer income breakdown' },
  'income.breakdown.transfer.familyPlanning': { zh: '计划生育金', en: 'family-planning payments' },
  'income.breakdown.transfer.dibao': { zh: '低保金', en: 'dibao payments' },
  'income.breakdown.transfer.tekun': { zh: '特困供养金', en: 'tekun payments' },
  'income.breakdown.transfer.pension': { zh: '养老金', en: 'pensions' },
  'income.breakdown.transfer.ecologicalCompensation': { zh: '生态补偿金', en: 'ecological compensation' },
  'income.breakdown.transfer.insuranceCompensation': { zh: '保险赔付（转移性收入）', en: 'insurance compensation in transfer income' },
  'income.breakdown.transfer.other': { zh: '其他转移性收入', en: 'other transfer income' },
  previousPerCapitaNetIncome: { zh: '上年家庭人均纯收入', en: "last year's per-capita net income" },
  incomeHistory: { zh: '往年收入', en: "earlier years' income" },
  'incomeHistory.periodEnd': { zh: '往年收入周期截止日期', en: 'last day of an earlier income period' },
  'incomeHistory.perCapitaNetIncome': { zh: '往年家庭人均纯收入', en: "an earlier year's per-capita net income" },
  'incomeHistory.netIncome': { zh: '往年家庭纯收入', en: "an earlier year's net income" },
  guarantees: { zh: '三保障和饮水安全状况（A23–A26）', en: 'three guarantees and drinking water (A23–A26)' },
  'guarantees.housingUnsafe': { zh: 'A23 住房出现安全问题', en: 'A23 housing unsafe' },
  'guarantees.compulsoryEducationDropout': { zh: 'A24 义务教育阶段适龄儿童少年失学辍学', en: 'A24 a compulsory-age child out of school' },
  'guarantees.drinkingWaterUnsafe': { zh: 'A25 饮水出现安全问题', en: 'A25 drinking water unsafe' },
  'guarantees.memberWithoutMedicalInsurance': { zh: 'A26 有家庭成员未参加基本医疗保险', en: 'A26 a member without basic medical insurance' },
  hardship: { zh: '突发困难情况', en: 'sudden hardship' },
  'hardship.rigidSpendingExceedsIncome': {
    zh: '因病、因残、因学等刚性支出明显超过上年度收入',
    en: "rigid spending from illness, disability or schooling clearly above last year's income",
  },
  'hardship.basicNeedsAffected': { zh: '“两不愁三保障”和饮水安全受到影响', en: '两不愁三保障 or drinking-water safety affected' },
  'hardship.sharpIncomeDrop': { zh: '因灾、因意外事故等收入大幅缩减', en: 'income sharply cut by a disaster or accident' },
  'hardship.temporaryHardship': { zh: '家庭生活出现临时性困难', en: 'temporary hardship in family life' },
  'hardship.severeDifficulty': {
    zh: '刚性支出骤增或收入骤减，导致基本生活出现严重困难',
    en: 'a surge of rigid spending or collapse of income causing severe difficulty in basic living',
  },
  'hardship.noStableIncomeFromWork': {
    zh: '部分丧失劳动能力且无法通过产业就业获得稳定收入',
    en: 'labour partly lost and no stable income from industry or work',
  },
  assets: { zh: '家庭资产与赡养情况', en: 'assets and support' },
  'assets.luxuryCar': { zh: '家庭成员拥有并经常使用高档乘用车辆', en: 'a member owns and regularly uses a high-end car' },
  'assets.urbanCommercialHousing': { zh: '家庭成员在城镇购买商品房', en: 'a member bought commercial housing in a town' },
  'assets.cashResettlementExempt': { zh: '通过货币化安置购房（除外情形）', en: 'housing bought through cash resettlement (exempt)' },
  'assets.companyWithEmployees': { zh: '家庭成员注册公司、企业并雇佣他人经营', en: 'a member registered a company employing others' },
  'assets.highReturnCompany': { zh: '所注册公司、企业收益较高', en: "the member's company has high returns" },
  'assets.publicPayrollMember': { zh: '家庭成员为财政供养人员或国企中层及以上', en: 'a member on the public payroll or a state-enterprise manager' },
  'assets.separatedChildPublicPayroll': { zh: '分户子女及配偶为财政供养人员或国企中层及以上', en: 'a separated child or its spouse on the public payroll' },
  'assets.separatedChildCompany': { zh: '分户子女家庭注册公司、企业雇工经营且收益较高', en: "a separated child's family runs a high-return company" },
  'assets.separatedChildrenAbleToSupport': { zh: '分户子女赡养能力强', en: 'separated children well able to support' },
  'assets.supporterNotPaying': { zh: '法定赡养（抚养、扶养）人有能力但不履行义务', en: 'able legal supporters who do not pay' },
  'assets.countyRuleExclusion': { zh: '县级以上扶贫部门规定的其他不纳入情形', en: 'another exclusion set by a county-level department' },
  policyReview: { zh: '脱贫不享受政策认定情况', en: 'policy-status review' },
  'policyReview.causeOfPovertyGone': { zh: '致贫原因消失', en: 'the cause of poverty is gone' },
  'policyReview.conditionsNotBelowOrdinary': { zh: '生产生活条件不低于当地一般农户', en: 'conditions not below an ordinary household' },
  'policyReview.largeMedicalOutOfPocket': { zh: '患大病成员报销后个人自付费用较大', en: 'large out-of-pocket costs of a seriously ill member' },
  'policyReview.disasterOrAccidentHardship': { zh: '因灾因意外等造成家庭生活困难', en: 'hardship from a disaster or accident' },
  measures: { zh: 'A39–A52 帮扶措施', en: 'A39–A52 assistance measures' },
  educationAidItems: { zh: 'A47 教育帮扶项目（如雨露计划）', en: 'A47 education aid items (e.g. 雨露计划)' },
  noLabourSafetyNet: { zh: '整户无劳动能力兜底保障户', en: 'whole household without labour capacity, under the safety net' },
  events: { zh: '部门预警、申请等事件', en: 'department warnings, applications and other events' },
  'events.kind': { zh: '事件类型', en: 'kind of event' },
  'events.on': { zh: '事件时间', en: 'date of the event' },
  'events.departmentWarning': { zh: '部门筛查预警', en: 'reported by a department warning' },
  livingConditions: { zh: '生产生活条件', en: 'production and living conditions' },
  'livingConditions.arableLand': { zh: '耕地面积（亩）', en: 'arable land (mu)' },
  'livingConditions.forestLand': { zh: '林地面积（亩）', en: 'forest land (mu)' },
  'livingConditions.orchardLand': { zh: '林果面积（亩）', en: 'orchard land (mu)' },
  'livingConditions.housingArea': { zh: '住房面积（平方米）', en: 'housing area (m²)' },
  'livingConditions.dangerousHouseGrade': { zh: '危房等级', en: 'dangerous-house grade' },
  'livingConditions.sanitaryToilet': { zh: '是否有卫生厕所', en: 'sanitary toilet' },
  'livingConditions.safeDrinkingWater': { zh: '是否解决安全饮用水', en: 'safe drinking water' },
  contact: { zh: 'A55 监测联系人及电话', en: 'A55 contact person and phone' },
  'contact.name': { zh: 'A55 监测联系人', en: 'A55 contact person' },
  'contact.phone': { zh: 'A55 联系电话', en: 'A55 contact phone' },
  phone: { zh: '户联系电话', en: 'household phone' },
};

/** Names of what a decision may need that is not a household field. */
const OTHER_LABELS: Readonly<Record<string, Text>> = {
  asOf: { zh: '评估时点（as-of 日期）', en: 'the as-of date' },
};

/**
 * The name of a field path for a list an official reads. A member path names the member's row
 * (`members[2].labour` → 第3行成员的A14 劳动技能); a profile parameter (`parameters.monitoringLine`,
 * `profile.parameters.countyRuralIncome`) is named as a setting of the profile. A path without a
 * label is returned as it is, never dropped.
 *
 * @example
 * fieldLabel('hardship.severeDifficulty').zh // '刚性支出骤增或收入骤减，导致基本生活出现严重困难'
 * fieldLabel('members[1].labour').zh         // '第2行成员的A14 劳动技能'
 * fieldLabel('parameters.monitoringLine').en  // 'profile setting monitoringLine'
 */
export function fieldLabel(path: string): Text {
  const direct = FIELD_LABELS[path] ?? OTHER_LABELS[path];
  if (direct) return direct;
  const member = /^members\[(\d+)\]\.(.+)$/.exec(path);
  if (member) {
    const row = Number(member[1]) + 1;
    const inner = FIELD_LABELS[`members[].${member[2]}`];
    if (inner) return { zh: `第${row}行成员的${inner.zh}`, en: `${inner.en} of member ${row}` };
  }
  const parameter = /^(?:profile\.)?parameters\.(.+)$/.exec(path);
  if (parameter) return { zh: `配置参数 ${parameter[1]}`, en: `profile setting ${parameter[1]}` };
  return { zh: path, en: path };
}
