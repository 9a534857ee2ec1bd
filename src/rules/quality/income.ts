/**
 * 收支情况 — income checks: itemised parts against their totals, implausible amounts, and a payout
 * counted twice.
 *
 * 临稷办发〔2023〕76号 附件1 注1: "A33=A28+A29+A30+A31-A32A37=A33+A35-A36" — A31 转移性收入 enters A33 and A35
 * 理赔收入 enters A37, so a payout recorded in both is counted twice.
 * 榕晋乡振〔2023〕12号 附件1 四: the itemised transfer and property income (计划生育金, 低保金, 特困供养金, 养老金, …).
 *
 * Amounts are exact integer fen; messages and values carry 2-place decimal strings.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { formatFen, toFen } from '../../model/money.js';
import { compareWithLine, showLineComparison } from '../../kernel/line.js';
import { county, NONE, qualityCheck, step, type QualityStep } from './run.js';
import { onForm } from './scope.js';

const FORMULA: QuotedCitation = { doc: '临稷办发〔2023〕76号', clause: '附件1 注1', quote: 'A33=A28+A29+A30+A31-A32A37=A33+A35-A36' };
const money = formatFen;

const GROUPS = [
  ['wage', 'A28', '工资性收入', 'wage income'],
  ['property', 'A30', '财产性收入', 'property income'],
  ['transfer', 'A31', '转移性收入', 'transfer income'],
] as const;

const TRANSFER_ITEMS = [
  ['dibao', '低保金', 'dibao allowance'],
  ['familyPlanning', '计划生育金', 'family-planning allowance'],
  ['pension', '养老金', 'pension'],
  ['tekun', '特困供养金', 'tekun support'],
] as const;

/** S001 附件1 四 — itemised wage, property or transfer income that does not sum to its total (A28, A30, A31). */
export const breakdownSum = qualityCheck({
  id: 'quality.income.breakdown-sum',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '收入分项之和与合计不符', en: 'income items do not sum to their total' },
  citations: [
    {
      doc: '榕晋乡振〔2023〕12号',
      clause: '附件1 四',
      quote: '工资性收入　转移性收入　计划生育金　低保金　特困供养金　养老金　生态补偿金　其他转移性收入　生产经营性收入　财产性收入　资产收益扶贫分红收入　其他财产性收入　生产经营性支出',
    },
    { doc: '临稷办发〔2023〕76号', clause: '三(二)', quote: '持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。' }],
  description: {
    zh: '给出工资性、财产性或转移性收入分项时，分项之和不等于对应的合计（A28、A30、A31）。与收入计算的 income.breakdown 判定相同。',
    en: 'Where wage, property or transfer income is itemised, the items do not sum to the total (A28, A30, A31) — the same test as the income finding income.breakdown.',
  },
  parameters: [],
  facts: ['income.breakdown', 'income.wage', 'income.property', 'income.transfer'],
  test: (q) => {
    // The parts summed and the totals in fen, as the assessment's facts hold them (worked out once an assessment).
    const sums = q.facts.itemised();
    if (sums.wage === undefined && sums.property === undefined && sums.transfer === undefined) return NONE;
    const totals = q.facts.money();
    let out: { group: (typeof GROUPS)[number]; sum: number; total: number }[] | undefined;
    for (const group of GROUPS) {
      const sum = sums[group[0]];
      if (sum === undefined) continue;
      const total = totals[group[0]];
      if (sum !== total) (out ??= []).push({ group, sum, total });
    }
    return out ?? NONE;
  },
  explain: (_q, { group: [key, form, zh, en], sum, total }) => ({
    path: `income.breakdown.${key}`,
    message: {
      zh: `${zh}各分项之和 ${money(sum)} 元与 ${form} 合计 ${money(total)} 元不一致（相差 ${money(sum - total)} 元）`,
      en: `the ${en} items sum to ${money(sum)} yuan but the ${form} total is ${money(total)} yuan (difference ${money(sum - total)})`,
    },
    values: { form, total: money(total), sumOfParts: money(sum), difference: money(sum - total) },
  }),
});

/** B 19 — A28 above 0 but outside the band (300–300000 yuan by default; both ends inside). */
export const wageRange = qualityCheck({
  id: 'quality.income.wage-range',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '工资性收入过低或过高', en: 'implausible wage income' },
  citations: [county('B 19', '脱贫户和监测对象工资性收入小于300元或大于300000元')],
  description: {
    zh: 'A28 工资性收入大于0而低于下限，或高于上限（默认300–300000元）。为0表示无工资性收入，不提示。',
    en: 'A28 wage income above 0 but below the floor, or above the ceiling (300–300000 yuan by default). Zero means no wage income and is not flagged.',
  },
  parameters: ['qualityWageRange'],
  facts: ['income.wage'],
  test: (q) => {
    const wage = q.facts.money().wage;
    if (wage === 0) return NONE;
    const band = q.paramFen('qualityWageRange');
    return wage >= band.min && wage <= band.max ? NONE : [{ wage }];
  },
  explain: (q, { wage }) => {
    const p = q.param('qualityWageRange');
    const min = toFen(p.value.min);
    const max = toFen(p.value.max);
    return {
      path: 'income.wage',
      message: {
        zh: `A28 工资性收入 ${money(wage)} 元${wage < min ? `低于 ${money(min)} 元` : `高于 ${money(max)} 元`}`,
        en: `A28 wage income ${money(wage)} yuan is ${wage < min ? `below ${money(min)}` : `above ${money(max)}`}`,
      },
      values: { A28: money(wage), min: money(min), max: money(max) },
      applied: [p.citation],
    };
  },
});

/** B 22 — A29 above 0 with A32 at 0. */
export const operatingWithoutExpense = qualityCheck({
  id: 'quality.income.operating-without-expense',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '有生产经营性收入无生产经营性支出', en: 'operating income without operating expense' },
  citations: [FORMULA, county('B 22', '脱贫户和监测对象有生产经营性收入但无生产经营性支出')],
  description: {
    zh: 'A29 生产经营性收入大于0，而A32 生产经营性支出为0：A29 是毛收入，经营总有成本。',
    en: 'A29 operating income above 0 while A32 operating expense is 0: A29 is gross, and operating has costs.',
  },
  parameters: [],
  facts: ['income.operating', 'income.operatingExpense'],
  test: (q) => {
    const m = q.facts.money();
    const operating = m.operating;
    return operating > 0 && m.operatingExpense === 0 ? [{ operating }] : NONE;
  },
  explain: (_q, { operating }) => ({
    path: 'income.operatingExpense',
    message: { zh: `A29 生产经营性收入 ${money(operating)} 元，A32 生产经营性支出却为 0`, en: `A29 operating income is ${money(operating)} yuan but A32 operating expense is 0` },
    values: { A29: money(operating), A32: '0.00' },
  }),
});

/** B 24–B 27 — a 低保金, 计划生育金, 养老金 or 特困供养金 item above 0 but below its minimum (the minimum itself is plausible). */
export const smallTransferItem = qualityCheck({
  id: 'quality.income.small-transfer-item',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '转移性收入分项金额过小', en: 'implausibly small transfer item' },
  citations: [
    { doc: '榕晋乡振〔2023〕12号', clause: '附件1 四', quote: '转移性收入　计划生育金　低保金　特困供养金　养老金' },
    county('B 24', '脱贫户和监测对象低保金低于200元'),
    county('B 25', '脱贫户和监测对象计划生育金低于100元'),
    county('B 26', '脱贫户和监测对象养老保险金低于88元'),
    county('B 27', '脱贫户和监测对象特困供养金（五保金）低于200元'),
  ],
  description: {
    zh: '低保金、计划生育金、养老金或特困供养金大于0而低于配置的最低合理金额（默认200、100、88、200元）。',
    en: 'A 低保金, 计划生育金, 养老金 or 特困供养金 item above 0 but below the profile minimum (200, 100, 88 and 200 yuan by default).',
  },
  parameters: ['qualityMinTransferItems'],
  facts: ['income.breakdown.transfer'],
  test: (q) => {
    const t = q.household.income.breakdown?.transfer;
    if (!t) return NONE;
    let out: { item: (typeof TRANSFER_ITEMS)[number]; fen: number }[] | undefined;
    for (const item of TRANSFER_ITEMS) {
      const fen = toFen(t[item[0]]);
      if (fen <= 0) continue;
      if (fen < q.paramFen('qualityMinTransferItems')[item[0]]) (out ??= []).push({ item, fen });
    }
    return out ?? NONE;
  },
  explain: (q, { item: [key, zh, en], fen }) => {
    const p = q.param('qualityMinTransferItems');
    const min = toFen(p.value[key]);
    return {
      path: `income.breakdown.transfer.${key}`,
      message: { zh: `${zh} ${money(fen)} 元，低于 ${money(min)} 元`, en: `the ${en} of ${money(fen)} yuan is below ${money(min)}` },
      values: { item: key, amount: money(fen), min: money(min) },
      applied: [p.citation],
    };
  },
});

/** 3_11_010 — a 脱贫户 or monitored household whose A34 is below the floor (4000 yuan by default), compared as with the line. */
export const lowPerCapita = qualityCheck({
  id: 'quality.income.low-per-capita',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['3_11_010'],
  title: { zh: '脱贫户或监测对象人均纯收入过低', en: 'implausibly low per-capita income' },
  citations: [
    { doc: '临稷办发〔2023〕76号', clause: '附件1 五 A34', quote: 'A34 家庭人均纯收入（系统生成）（元）' },
    county('3_11_010', '脱贫户和监测对象户人均纯收入低于4000元'),
    county('B 18', '脱贫户和监测对象户人均纯收入低于4000元或为空（户年度基础信息家庭收入情况）'),
  ],
  description: {
    zh: '脱贫户或监测对象户的A34 家庭人均纯收入低于配置值（默认4000元），提示核实收入是否漏填。比较方式与监测线相同（默认用未舍入的精确值）。',
    en: 'A 脱贫户 or monitored household whose A34 per-capita net income is below the profile amount (4000 yuan by default): income may be missing. Compared as with the line (the exact value by default).',
  },
  parameters: ['qualityLowPerCapitaIncome', 'lineComparison', 'perCapitaRounding', 'householdSizeRule'],
  facts: ['povertyAlleviated', 'monitoring', 'income'],
  when: onForm,
  test: (q) => {
    if (!q.household.povertyAlleviated && !q.monitored) return NONE;
    const f = q.income();
    if (f === null || f.size === null || f.size <= 0) return NONE;
    const limit = q.paramFen('qualityLowPerCapitaIncome');
    return compareWithLine(f.net, f.size, limit, q.profile, q.parameterDate!) < 0 ? [{ net: f.net, size: f.size, limit }] : NONE;
  },
  explain: (q, { net, size, limit }) => {
    const shown = showLineComparison(net, size, limit, q.profile, q.parameterDate!, { total: 'A33', perCapita: 'A34' }, { zh: '下限', en: 'the floor' });
    return {
      path: 'income',
      message: {
        zh: `${q.household.povertyAlleviated ? '脱贫户' : '监测对象户'}家庭人均纯收入 ${shown.text.zh}，请核实收入是否漏填`,
        en: `${q.household.povertyAlleviated ? 'a 脱贫户' : 'a monitored household'} with per-capita net income below the floor: ${shown.text.en}; check for missing income`,
      },
      values: { A33: money(net), householdSize: size, A34: shown.money, limit: money(limit), ...shown.values },
      applied: [q.param('qualityLowPerCapitaIncome').citation],
    };
  },
});

/** S000 附件1 注1 — an insurance item in transfer income (A31) while A35 payouts are above 0. */
export const claimsDoubleCounted = qualityCheck({
  id: 'quality.income.claims-double-counted',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '理赔收入疑似重复计入转移性收入', en: 'insurance payout possibly counted twice' },
  citations: [FORMULA, { doc: '临稷办发〔2023〕76号', clause: '附件1 五 A35', quote: 'A35 理赔收入（元）' }],
  description: {
    zh: '转移性收入中列有保险赔付分项（大于0），同时A35 理赔收入也大于0：同一笔赔付不能既计入A31又计入A35。',
    en: 'Transfer income lists an insurance-compensation item (above 0) while A35 payouts are also above 0: one payout must not be counted both in A31 and in A35.',
  },
  parameters: [],
  facts: ['income.breakdown.transfer.insuranceCompensation', 'income.claims'],
  test: (q) => {
    const insurance = toFen(q.household.income.breakdown?.transfer?.insuranceCompensation);
    const claims = q.facts.money().claims;
    return insurance > 0 && claims > 0 ? [{ insurance, claims }] : NONE;
  },
  explain: (_q, { insurance, claims }) => ({
    path: 'income.claims',
    message: {
      zh: `转移性收入中有保险赔付 ${money(insurance)} 元，A35 理赔收入又有 ${money(claims)} 元，请核实是否同一笔赔付重复计入`,
      en: `transfer income includes ${money(insurance)} yuan of insurance compensation and A35 payouts are ${money(claims)} yuan: check the same payout is not counted twice`,
    },
    values: { insuranceCompensation: money(insurance), A35: money(claims) },
  }),
});

/** The income checks, in report order. */
export const incomeChecks: readonly QualityStep[] = [
  step(breakdownSum),
  step(wageRange),
  step(operatingWithoutExpense),
  step(smallTransferItem),
  step(lowPerCapita),
  step(claimsDoubleCounted),
];
