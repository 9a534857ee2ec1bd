/**
 * 县级规则覆盖表 — which check answers each rule of the county rule catalogue (county-rules.ts), and
 * which rules are out of scope and why. It is data, not a hand-kept table: a rule is **covered** when
 * some check's header cites it (its `nationalCodes`, or a `county-practice` citation whose clause is
 * the rule number, e.g. `B 18`, `C 务工状况问题`), so a new check is picked up from its header; a rule is
 * **out of scope** when {@link OUT_OF_SCOPE} lists it with the reason; any other rule is **not yet
 * answered**, and the table says so. The data-quality catalogue page (docs/policy/quality.md) renders
 * the table family by family; test/rules/quality/coverage.test.ts keeps it honest.
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import { COUNTY_RULES, countyFamily } from './county-rules.js';
import type { QualityRule } from './run.js';

/** Rules of the catalogue this library does not answer, with the reason (one entry per reason). */
export interface OutOfScope {
  rules: readonly string[];
  reason: Text;
}

/** The rules out of scope, each group with its reason. */
export const OUT_OF_SCOPE: readonly OutOfScope[] = [
  {
    rules: ['1111_06', '1111_09', '1111_13'],
    reason: {
      zh: '一个省份自己的窗口：按识别月份（2022年10月—2023年3月、2023年4月以后）核对“城乡居民基本医疗保险个人缴费补贴”，窗口随当年医保缴费截止日逐年移动；交换格式只记录“健康帮扶”这一措施，不记录其子项。',
      en: "One province's own windows: the 医保 individual-contribution subsidy checked by identification month (Oct 2022–Mar 2023, from Apr 2023), windows that move each year with the insurance deadline; the interchange format records the measure 健康帮扶, not its sub-items.",
    },
  },
  {
    rules: ['1111_4'],
    reason: { zh: '县级脚本中已停用（注释掉）；“2021年以来识别的享受搬迁措施”是一个县的自定窗口。', en: 'Disabled (commented out) in the county script; "identified since 2021 with a relocation measure" is one county\'s own window.' },
  },
  {
    rules: ['1111_18'],
    reason: {
      zh: '一个县自定的窗口与金额（2023年以来识别、识别时人均纯收入高于20000元）；识别时收入是否符合纳入标准，由识别规则按配置的监测范围判断。',
      en: "One county's own window and amount (identified since 2023, income at identification above 20000 yuan); whether the income at identification fits is decided by the identification rules against the profile's monitoring range.",
    },
  },
  {
    rules: ['1111_12'],
    reason: {
      zh: '400元是一个县的下限；务工月收入由 quality.work.monthly-wage-range（5_16_001/5_16_002）按参数 qualityMonthlyWageRange 检查，县级配置可将下限设为400元。',
      en: "400 yuan is one county's floor; the monthly wage is checked by quality.work.monthly-wage-range (5_16_001/5_16_002) against qualityMonthlyWageRange, whose floor a county profile may set to 400.",
    },
  },
  {
    rules: ['1111_10', '5_17_011', '5_17_013'],
    reason: {
      zh: '依据“就业帮扶”的子项（外出务工补贴、劳务输出）判断；交换格式只记录就业帮扶这一措施，不记录其子项。在本县务工却领交通费补助的情形由 5_17_012 检查。',
      en: 'They turn on sub-items of 就业帮扶 (外出务工补贴, 劳务输出); the interchange format records the measure, not its sub-items. A travel subsidy for work inside the county is checked under 5_17_012.',
    },
  },
  {
    rules: ['2_10_004'],
    reason: { zh: '项目库（公益岗位项目）的规则，且县级脚本中已停用；项目表不属于户的导出。', en: 'A rule of the project table (public-welfare post projects), disabled in the county script; projects are not part of the household export.' },
  },
  {
    rules: ['3_01_009'],
    reason: { zh: '县级脚本中为空壳（无规则内容）。', en: 'A stub in the county script (no rule in it).' },
  },
  {
    rules: ['5_12_009-16', '5_12_010-16'],
    reason: { zh: '县级脚本中条件自相矛盾（同时为普通劳动力和技能劳动力），从不触发，无可实现的意图。', en: 'The county script\'s condition is impossible (普通 and 技能 at once): it never fires and states no intent to implement.' },
  },
  {
    rules: ['3_03_002'],
    reason: {
      zh: '县级脚本中为空壳；已知的行政村导出表没有各类土地面积列，无法与村内脱贫户的面积之和比较。',
      en: "A stub in the county script; the known village exports carry no land-area columns to compare with the sum of the village's 脱贫户.",
    },
  },
  {
    rules: ['5_01_005_204'],
    reason: {
      zh: '读取户信息表的自由文本“务工所在地”（是否含“县”“区”）；该列不导入。务工地点是否到县级由务工月监测表检查（4_12_001、5_01_005_203）。',
      en: "It reads the household file's free-text 务工所在地 (does it contain 县 or 区); that column is not imported. The county of work is checked in the work table (4_12_001, 5_01_005_203).",
    },
  },
  {
    rules: ['C 脱贫户未解决两不愁三保障'],
    reason: {
      zh: '旧系统按2014—2017年度脱贫批次与2952元贫困标准列出的问题；现行表单的同类问题由 1_02_001 … 1_02_009 对应的检查回答。',
      en: 'Problems of the old system by the 2014–2017 exit cohorts and the 2952-yuan standard; the same questions on today\'s form are answered by the checks of 1_02_001 … 1_02_009.',
    },
  },
  {
    rules: ['C 帮扶责任人问题'],
    reason: { zh: '帮扶责任人不在户的导出与交换格式中。', en: 'Those responsible for assistance (帮扶责任人) are neither in the household export nor in the interchange format.' },
  },
  {
    rules: ['2_02_002', '5_15_002', 'B 02', 'B 03', '3_02_007', '5_19_004', '3_02_013', '5_14_007', '5_14_014', '5_14_021', 'B 17', 'B 01', 'B 04', 'B 08', 'B 09', 'B 21', 'B 23'],
    reason: {
      zh: '这些列（是否通生活用电、是否通生产用电、入户路类型、入户道路是否硬化、与村主干路距离、是否加入农民专业合作组织、是否通广播电视、是否有龙头企业/创业致富带头人带动、主要燃料类型、生态补偿金）导入时能识别但不导入（docs/import-mapping.md“已识别但不导入”），户的数据模型没有对应字段；检查它们须先把字段加入模型与导入。',
      en: 'These columns (是否通生活用电, 是否通生产用电, 入户路类型, 入户道路是否硬化, 与村主干路距离, 是否加入农民专业合作组织, 是否通广播电视, 是否有龙头企业/创业致富带头人带动, 主要燃料类型, 生态补偿金) are recognised but not imported (docs/import-mapping.md, "recognised, not imported"); the household model has no field for them, so checking them first needs the field in the model and the importer.',
    },
  },
  {
    rules: ['3_02_006', '5_14_003', '5_14_005', '5_14_006', '5_14_010', '5_14_012', '5_14_013', '5_14_017', '5_14_019', '5_14_020'],
    reason: {
      zh: '退耕还林（草）、牧草地、水面面积导入时能识别但不导入，模型没有这些字段；耕地、林地、林果面积已导入，由 quality.household-facts 的面积检查回答（5_14_001/002/004 等）。',
      en: 'The 退耕还林（草）, pasture and water-surface areas are recognised but not imported, and the model has no field for them; the arable, forest and orchard areas are imported and answered by the household-facts area checks (5_14_001/002/004 and their companions).',
    },
  },
  {
    rules: ['3_01_001', '3_12_002'],
    reason: {
      zh: '由导入校验回答：与户主关系（A8）是必填字段，为空的成员使整条记录被拒收（原因 required，指明该成员的字段），不会进入数据质量检查。',
      en: 'Answered by validation: 与户主关系 (A8) is required, so a member without it rejects the record (reason required, naming the member\'s field) before any data-quality check runs.',
    },
  },
];

/** One rule's line in the coverage table. */
export type RuleCoverage =
  | { number: string; label: string; state: 'covered'; checks: readonly string[] }
  | { number: string; label: string; state: 'out-of-scope'; reason: Text }
  | { number: string; label: string; state: 'open' };

/** A family of the catalogue and its rules. */
export interface FamilyCoverage {
  /** `1_03`, `1111`, `B`, `C`. */
  family: string;
  title: Text;
  rules: readonly RuleCoverage[];
}

const OBJECTS: Record<string, Text> = {
  '01': { zh: '脱贫人口', en: 'people of 脱贫户' },
  '02': { zh: '脱贫户', en: '脱贫户 households' },
  '03': { zh: '出列村（行政村）', en: 'exited villages' },
  '10': { zh: '项目', en: 'projects' },
  '11': { zh: '监测对象户', en: 'monitored households' },
  '12': { zh: '监测对象人口', en: 'monitored people' },
};

/**
 * The title of a family.
 *
 * @example
 * familyTitle('1_03').zh // '第1级 出列村（行政村）'
 */
export function familyTitle(family: string): Text {
  if (family === '1111') return { zh: '县级自定清单（1111_*）', en: "a county's local list (1111_*)" };
  if (family === 'B') return { zh: 'SQL 疑点数据检查（B）', en: 'the SQL 疑点数据 checker (B)' };
  if (family === 'C') return { zh: '国家系统疑似问题分类（C）', en: "the national system's 疑似问题 categories (C)" };
  const [tier, object] = family.split('_') as [string, string];
  const o = OBJECTS[object] ?? { zh: `专题 ${object}`, en: `topic group ${object}` };
  return { zh: `第${tier}级 ${o.zh}`, en: `tier ${tier}, ${o.en}` };
}

/**
 * The county rule numbers a check cites: its national codes and the clauses of its `county-practice` citations.
 *
 * @example
 * citedCountyRules(duplicateIdRule) // ['1_01_001', '1_12_001', 'C 人员重复问题']
 */
export function citedCountyRules(rule: QualityRule): string[] {
  const out = [...rule.nationalCodes];
  for (const c of rule.citations) if (c.doc === 'county-practice' && !out.includes(c.clause)) out.push(c.clause);
  return out;
}

/**
 * The coverage table, family by family in the catalogue's order, from the checks given (by default
 * the data-quality catalogue's rules: pass them to avoid an import cycle).
 *
 * @example
 * countyCoverage(QUALITY_RULES).find((f) => f.family === '1_03')!.rules[0] // { number: '1_03_002', state: 'covered', checks: ['quality.village.delisted-field-missing'], … }
 */
export function countyCoverage(checks: readonly QualityRule[]): FamilyCoverage[] {
  const by = new Map<string, string[]>();
  for (const r of checks) for (const n of citedCountyRules(r)) by.set(n, [...(by.get(n) ?? []), r.id]);
  const out = new Map<string, RuleCoverage[]>();
  for (const { number, label } of COUNTY_RULES) {
    const family = countyFamily(number);
    const covered = by.get(number);
    const scope = OUT_OF_SCOPE.find((o) => o.rules.includes(number));
    const line: RuleCoverage = covered ? { number, label, state: 'covered', checks: covered } : scope ? { number, label, state: 'out-of-scope', reason: scope.reason } : { number, label, state: 'open' };
    out.set(family, [...(out.get(family) ?? []), line]);
  }
  return [...out].map(([family, rules]) => ({ family, title: familyTitle(family), rules }));
}
