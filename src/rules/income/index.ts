/**
 * 收支情况 — household income, as the national collection form defines it.
 *
 * 临稷办发〔2023〕76号 附件1 注1–2:
 * > 1. A33=A28+A29+A30+A31-A32　A37=A33+A35-A36
 * > 2. A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * A34 家庭人均纯收入 = A33 ÷ 家庭人口数; A38 纳入监测对象的人均收入参考范围 = A37 ÷ 家庭人口数.
 * Arithmetic is exact, in integer fen (src/facts/income.ts). Per-capita values are rounded as the
 * profile declares (`perCapitaRounding`, default half-up to the fen) for display; comparisons with a
 * line use the exact quotient unless the profile says otherwise (`lineComparison`, src/kernel/line.ts).
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import { divideFen, formatFen, toFen, type Money, type RoundingMode } from '../../model/money.js';
import { finding, type Citation, type Finding, type FindingValue } from '../../explain/finding.js';
import { optionalParameter, parameter } from '../../profile/lookup.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { householdSizeRule } from '../../facts/household-size.js';
import type { IncomeFacts } from '../../facts/income.js';
import { inForceFinding } from '../../kernel/in-force.js';
import { STEP_FEN } from '../../kernel/line.js';
import { citesOf, defineRule } from '../../kernel/rule.js';

const FORM = '临稷办发〔2023〕76号';

export const A33Rule = defineRule({
  id: 'income.A33',
  layer: 'income',
  title: { zh: 'A33 家庭纯收入', en: 'A33 household net income' },
  citations: [{ doc: FORM, clause: '附件1 注1', quote: 'A33=A28+A29+A30+A31-A32' }],
  description: {
    zh: '家庭纯收入 = 工资性收入 + 生产经营性收入 + 财产性收入 + 转移性收入 − 生产经营性支出（精确到分）。',
    en: 'Net income = wage + operating + property + transfer income − operating expense (exact to the fen).',
  },
  parameters: [],
  facts: ['income.wage', 'income.operating', 'income.property', 'income.transfer', 'income.operatingExpense'],
});

export const A34Rule = defineRule({
  id: 'income.A34',
  layer: 'income',
  title: { zh: 'A34 家庭人均纯收入', en: 'A34 per-capita net income' },
  citations: [
    { doc: FORM, clause: '附件1 A34', quote: 'A34 家庭人均纯收入（系统生成）（元）' },
    { doc: FORM, clause: '附件1 注2', quote: 'A34 是区分前两类还是第三类对象的参考。' },
  ],
  description: {
    zh: '家庭人均纯收入 = A33 ÷ 家庭人口数，按配置的舍入规则显示；与监测线比较时默认用未舍入的精确值。',
    en: 'Per-capita net income = A33 ÷ household size, shown rounded as the profile declares; compared with a line at its exact value by default.',
  },
  parameters: ['perCapitaRounding', 'lineComparison', 'householdSizeRule'],
});

export const A37Rule = defineRule({
  id: 'income.A37',
  layer: 'income',
  title: { zh: 'A37 纳入监测对象的收入参考范围', en: 'A37 reference income for identification' },
  citations: [{ doc: FORM, clause: '附件1 注1', quote: 'A37=A33+A35-A36' }],
  description: {
    zh: '收入参考范围 = 家庭纯收入 + 理赔收入 − 合规自付支出（未填视为0）。',
    en: 'Reference income = net income + insurance and compensation payouts − compliant out-of-pocket spending (absent = 0).',
  },
  parameters: [],
  facts: ['income.claims', 'income.compliantOutOfPocket'],
});

export const A38Rule = defineRule({
  id: 'income.A38',
  layer: 'income',
  title: { zh: 'A38 纳入监测对象的人均收入参考范围', en: 'A38 per-capita reference income' },
  citations: [
    { doc: FORM, clause: '附件1 A38', quote: 'A38 纳入监测对象的人均收入参考范围（系统生成）（元）' },
    { doc: FORM, clause: '附件1 注2', quote: 'A38 是确定监测对象的参考' },
  ],
  description: {
    zh: '人均收入参考范围 = A37 ÷ 家庭人口数，是确定是否纳入监测的参考。',
    en: 'Per-capita reference income = A37 ÷ household size: the figure that decides entry into monitoring.',
  },
  parameters: ['perCapitaRounding', 'lineComparison', 'householdSizeRule'],
});

export const breakdownRule = defineRule({
  id: 'income.breakdown',
  layer: 'income',
  title: { zh: '收入分项与合计一致', en: 'income items sum to their totals' },
  citations: [
    {
      doc: '榕晋乡振〔2023〕12号',
      clause: '附件1 四',
      quote: '工资性收入　转移性收入　计划生育金　低保金　特困供养金　养老金　生态补偿金　其他转移性收入　生产经营性收入　财产性收入　资产收益扶贫分红收入　其他财产性收入　生产经营性支出',
    },
  ],
  description: {
    zh: '给出分项时，各分项之和应等于对应合计（工资性、财产性、转移性收入）；不一致时报告差额。',
    en: 'When itemised parts are given, they must sum to their total (wage, property, transfer income); a mismatch is reported with the difference.',
  },
  parameters: [],
  facts: ['income.breakdown'],
});

/** The result of {@link computeIncome}. Plain JSON; money as 2-place decimal strings. */
export interface IncomeResult {
  /** 家庭人口数 over the period; `null` when it cannot be counted. */
  householdSize: number | null;
  /** A33 家庭纯收入. */
  netIncome: string;
  /** A34 家庭人均纯收入 (rounded as the profile declares); `null` without a household size. */
  perCapitaNetIncome: string | null;
  /** A37 纳入监测对象的收入参考范围. */
  referenceIncome: string;
  /** A38 纳入监测对象的人均收入参考范围 (rounded); `null` without a household size. */
  perCapitaReferenceIncome: string | null;
  /** The income period; `null` when it cannot be determined. */
  period: { from: string; to: string } | null;
  findings: Finding[];
}

const money = (fen: number) => formatFen(fen);

function breakdownFindings(h: Household): Finding[] {
  const b = h.income.breakdown;
  if (!b) return [];
  const out: Finding[] = [];
  const groups: [key: 'wage' | 'property' | 'transfer', form: string, zh: string, en: string, parts: Record<string, Money | undefined> | undefined][] = [
    ['wage', 'A28', '工资性收入', 'wage income', b.wage],
    ['property', 'A30', '财产性收入', 'property income', b.property],
    ['transfer', 'A31', '转移性收入', 'transfer income', b.transfer],
  ];
  for (const [key, form, zh, en, parts] of groups) {
    if (!parts) continue;
    let sum = 0;
    for (const v of Object.values(parts)) sum += toFen(v);
    const total = toFen(h.income[key]);
    const values = { total: money(total), sumOfParts: money(sum), difference: money(sum - total), form };
    if (sum === total) {
      out.push(finding(breakdownRule.id, 'not-met', { zh: `${zh}各分项之和 ${money(sum)} 元与 ${form} 合计一致`, en: `the ${en} items sum to the ${form} total, ${money(sum)} yuan` }, citesOf(breakdownRule), values));
    } else {
      out.push(
        finding(
          breakdownRule.id,
          'met',
          { zh: `${zh}各分项之和 ${money(sum)} 元与 ${form} 合计 ${money(total)} 元不一致（相差 ${money(sum - total)} 元）`, en: `the ${en} items sum to ${money(sum)} yuan but the ${form} total is ${money(total)} yuan (difference ${money(sum - total)})` },
          citesOf(breakdownRule),
          values,
        ),
      );
    }
  }
  return out;
}

/**
 * Computes A33, A34, A37 and A38 for a household under a profile, with the household size over the
 * income period and findings that show the arithmetic.
 *
 * @example
 * const r = computeIncome(household, getProfile('shandong/linzi/2023'));
 * r.netIncome                 // '17200.00'   (A33)
 * r.perCapitaNetIncome        // '5733.33'    (A34, 3 people, half-up to the fen)
 * r.perCapitaReferenceIncome  // '4400.00'    (A38)
 */
export function computeIncome(h: Household, profile: Profile, options: AssessmentOptions = {}): IncomeResult {
  return incomeOf(new AssessmentFacts(h, profile, options));
}

/**
 * The income result from an assessment's shared facts (the body of {@link computeIncome}).
 *
 * @example
 * incomeOf(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15', explain: false })).findings // []
 */
export function incomeOf(facts: AssessmentFacts): IncomeResult {
  const f = facts.income();
  const { h, profile } = facts;
  const ctx = f.context;
  const on = ctx.parameterDate;
  let a34: string | null = null;
  let a38: string | null = null;
  let rounding: DatedValue<{ mode: RoundingMode; step: '0.01' | '0.1' | '1' }> | undefined;
  if (f.size !== null && f.size > 0 && on) {
    rounding = parameter(profile, 'perCapitaRounding', on);
    a34 = money(divideFen(f.net, f.size, rounding.value.mode, STEP_FEN[rounding.value.step]));
    a38 = money(divideFen(f.reference, f.size, rounding.value.mode, STEP_FEN[rounding.value.step]));
  }
  return {
    householdSize: f.size,
    netIncome: money(f.net),
    perCapitaNetIncome: a34,
    referenceIncome: money(f.reference),
    perCapitaReferenceIncome: a38,
    period: ctx.period ? { from: ctx.period.from, to: ctx.period.to } : null,
    findings: facts.explain ? incomeFindings(facts, f, a34, a38, rounding) : [],
  };
}

function incomeFindings(
  facts: AssessmentFacts,
  f: IncomeFacts,
  a34: string | null,
  a38: string | null,
  rounding: DatedValue<{ mode: RoundingMode; step: '0.01' | '0.1' | '1' }> | undefined,
): Finding[] {
  const h = facts.h;
  const ctx = f.context;
  const findings: Finding[] = [facts.periodFinding()];

  // Household size.
  if (f.size === null) {
    findings.push(
      finding(
        householdSizeRule.id,
        'undetermined',
        { zh: '家庭成员有自然变化记录，但收入计算周期未知，无法计算家庭人口数', en: 'members have recorded changes but the income period is unknown, so the household size cannot be counted' },
        citesOf(householdSizeRule),
        { membersListed: h.members.length },
        ctx.period ? [] : ['asOf'],
      ),
    );
  } else {
    const rule = f.sizeRule;
    const excluded = f.counted!.members.filter((m) => !m.counted).map((m) => `members[${m.index}] (${m.reason})`);
    const during = f.counted!.members.filter((m) => m.duringIdentification).map((m) => `members[${m.index}] (${m.duringIdentification})`);
    const duringText = during.length
      ? {
          zh: `；其中 ${during.length} 人在识别监测对象过程中死亡（${during.join('、')}，不早于发现时间 ${ctx.discoveredOn}），按附件1 注3 仍计入`,
          en: `; ${during.length} died during identification (${during.join(', ')}, on or after the discovery date ${ctx.discoveredOn}) and still count, as 附件1 注3 says`,
        }
      : { zh: '', en: '' };
    const cites: Citation[] = rule ? [rule.citation] : [];
    if (during.length && f.deathsRule) cites.push(f.deathsRule.citation);
    const values: Record<string, FindingValue> = { householdSize: f.size, membersListed: h.members.length, rule: rule?.value ?? null, notCounted: excluded };
    if (during.length) values.countedDuringIdentification = during;
    findings.push(
      finding(
        householdSizeRule.id,
        f.size === 0 ? 'undetermined' : 'info',
        f.size === 0
          ? { zh: '周期末无在册家庭成员，无法计算人均收入', en: 'no member is on record at the end of the period, so per-capita income cannot be computed' }
          : {
              zh: `家庭人口数 ${f.size} 人（在列 ${h.members.length} 人${excluded.length ? `，不计入 ${excluded.length} 人` : ''}${duringText.zh}）`,
              en: `household size ${f.size} (${h.members.length} listed${excluded.length ? `, ${excluded.length} not counted` : ''}${duringText.en})`,
            },
        citesOf(householdSizeRule, ...cites),
        values,
      ),
    );
  }

  findings.push(
    finding(
      A33Rule.id,
      'info',
      {
        zh: `A33 家庭纯收入 = ${money(f.wage)} + ${money(f.operating)} + ${money(f.property)} + ${money(f.transfer)} − ${money(f.operatingExpense)} = ${money(f.net)} 元`,
        en: `A33 net income = ${money(f.wage)} + ${money(f.operating)} + ${money(f.property)} + ${money(f.transfer)} − ${money(f.operatingExpense)} = ${money(f.net)} yuan`,
      },
      citesOf(A33Rule),
      { A28: money(f.wage), A29: money(f.operating), A30: money(f.property), A31: money(f.transfer), A32: money(f.operatingExpense), A33: money(f.net) },
    ),
    finding(
      A37Rule.id,
      'info',
      {
        zh: `A37 收入参考范围 = ${money(f.net)} + ${money(f.claims)} − ${money(f.compliantOutOfPocket)} = ${money(f.reference)} 元`,
        en: `A37 reference income = ${money(f.net)} + ${money(f.claims)} − ${money(f.compliantOutOfPocket)} = ${money(f.reference)} yuan`,
      },
      citesOf(A37Rule),
      { A33: money(f.net), A35: money(f.claims), A36: money(f.compliantOutOfPocket), A37: money(f.reference) },
    ),
  );

  if (rounding) {
    const how = { zh: `（${rounding.value.mode === 'half-up' ? '四舍五入' : rounding.value.mode}，步长 ${rounding.value.step} 元）`, en: ` (rounded ${rounding.value.mode} to ${rounding.value.step} yuan)` };
    findings.push(
      finding(
        A34Rule.id,
        'info',
        { zh: `A34 家庭人均纯收入 = ${money(f.net)} ÷ ${f.size} = ${a34} 元${how.zh}`, en: `A34 per-capita net income = ${money(f.net)} ÷ ${f.size} = ${a34} yuan${how.en}` },
        citesOf(A34Rule, rounding.citation),
        { A33: money(f.net), householdSize: f.size, A34: a34, rounding: `${rounding.value.mode} ${rounding.value.step}` },
      ),
      finding(
        A38Rule.id,
        'info',
        { zh: `A38 人均收入参考范围 = ${money(f.reference)} ÷ ${f.size} = ${a38} 元${how.zh}`, en: `A38 per-capita reference income = ${money(f.reference)} ÷ ${f.size} = ${a38} yuan${how.en}` },
        citesOf(A38Rule, rounding.citation),
        { A37: money(f.reference), householdSize: f.size, A38: a38, rounding: `${rounding.value.mode} ${rounding.value.step}` },
      ),
    );
  } else {
    const missing = f.size === null || !ctx.parameterDate ? ['asOf'] : [];
    for (const rule of [A34Rule, A38Rule]) {
      findings.push(
        finding(
          rule.id,
          'undetermined',
          { zh: `${rule.title.zh}无法计算：家庭人口数未知或为0`, en: `${rule.title.en} cannot be computed: the household size is unknown or zero` },
          citesOf(rule),
          { householdSize: f.size },
          missing,
        ),
      );
    }
  }
  findings.push(...breakdownFindings(h));
  // Cite what is in force for the profile (the period finding, first, is already so).
  for (let i = 1; i < findings.length; i++) findings[i] = inForceFinding(facts.profile, findings[i]!);
  return findings;
}
