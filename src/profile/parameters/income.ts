/**
 * Income parameters (收入): the monitoring line, the income period, the household-size rule, and the
 * rounding of per-capita values.
 *
 * @module
 */
import { z } from 'zod';
import { PositiveMoneySchema } from '../../model/primitives.js';
import { ROUNDING_MODES } from '../../model/money.js';
import { defineParameter } from '../parameter.js';

const S000 = '临稷办发〔2023〕76号';
const S001 = '榕晋乡振〔2023〕12号';
const S002 = '小甸巩固振兴组办〔2021〕1号';
const S004 = '龙扶贫组字〔2021〕1号';

/** 监测线 / 监测范围 / 监测标准 / 监测底线: yuan per person per year. */
export const monitoringLine = defineParameter({
  key: 'monitoringLine',
  group: 'income',
  schema: PositiveMoneySchema,
  label: { zh: '监测范围（监测线）', en: 'monitoring line' },
  description: {
    zh: '家庭年人均收入低于此值的农户属于监测范围（"低于"为严格小于）。由各省每年确定，县可提高。',
    en: 'A household whose annual per-capita income is below this amount is within the monitoring range ("below" is strictly less than). Set by each province every year; a county may set it higher.',
  },
  unit: { zh: '元/人·年', en: 'yuan per person per year' },
  values: {
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        to: '2021-12-31',
        value: '6500',
        citation: { doc: S004, clause: '二(二)', quote: '2021 年省定监测线确定为 6500 元。' },
      },
    ],
    'fujian/jinan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: '10560',
        citation: { doc: S001, clause: '一(一)', quote: '2023年晋安区的监测范围为家庭年人均可支配收入低于10560元' },
      },
    ],
    'yunnan/xiaozhongdian/2021': [
      {
        from: '2020-10-01',
        to: '2021-12-31',
        value: '6000',
        citation: { doc: S002, clause: '二', quote: '2021年人均纯收入低于监测底线<6000元>的户' },
        note: 'S002 §三(二) also says "全省监测底线（2020年为6000元）": the 2021 look-back applies the 6000 line to the 2020-10-01..2021-09-30 income period, so the value is in force from the start of that period.',
      },
      {
        from: '2025-01-01',
        to: '2025-12-31',
        value: '8700',
        citation: {
          doc: '云农办通〔2025〕1号',
          clause: '监测范围（凤尾镇通知第一条转述）',
          quote:
            '根据《中共云南省委农村工作领导小组办公室关于确定全省2025年度防止返贫致贫监测范围的通知》(云农办通〔2025〕1号)文件精神,现将我镇2025年度防止返贫致贫监测有关事项通知如下。一、凤尾镇2025年度防止返贫致贫监测工作执行省定监测范围,参考标准为家庭年人均纯收入 8700元。',
        },
        note: "Yunnan's provincial line for 2025 (a provincial line applies to its towns unless the county sets its own), known from 凤尾镇's notice that applies it (secondary: the provincial text is not held; the stored copy of the page is in traditional characters, quoted here in simplified ones, punctuation and spacing as stored). Dated by the calendar year like the other yearly lines, so it is read at the end of the income period 2024-10-01..2025-09-30. No public page stating Yunnan's line for 2022, 2023, 2024 or 2026 was found (searched 2026-12): no line is in force for those years, and a re-score dated in them needs one supplied (fangfanpin --line).",
      },
    ],
    'gansu/wuqingyuan/2023': [
      {
        from: '2023-01-01',
        to: '2023-12-31',
        value: '7200',
        citation: { doc: 'gansu-monitoring-line', clause: '2023年度监测范围' },
        note: "Gansu's 2023 line as reported by the project's domain notes; the provincial document is not held, so this value is unverified. S003 itself states no line.",
      },
      {
        from: '2024-01-01',
        to: '2024-12-31',
        value: '7800',
        citation: { doc: 'gansu-monitoring-line', clause: '2024年度监测范围' },
        note: "Gansu's 2024 line as reported by the project's domain notes (domain.md §2); the provincial document is not held and no public page stating it was found (searched 2026-12), so this value is unverified, like 2023's. For 2025 the province issued 甘农领办发〔2025〕4号, whose value is not public here: the only page found that names it (Lanzhou New Area's) states the New Area's own line of 8600 yuan, not the province's. No 2025 or 2026 line is in force.",
      },
    ],
  },
  unset: {
    'national/2021': {
      zh: '全国不设统一监测线：中农组发〔2021〕7号由各省每年确定监测范围。请在派生的省级或县级配置中提供。',
      en: 'There is no national line: under 中农组发〔2021〕7号 each province sets the monitoring range every year. Supply it in a provincial or county profile that extends this one.',
    },
    'shandong/linzi/2023': {
      zh: '临稷办发〔2023〕76号未载明2023年山东省监测线（仅引用鲁乡振字〔2023〕12号等文件，原文未持有）。请以定义配置提供并注明出处。',
      en: "临稷办发〔2023〕76号 does not state Shandong's 2023 monitoring line (it only refers to 鲁乡振字〔2023〕12号 and others, whose text is not held here). Supply it with defineProfile and cite its source.",
    },
  },
});

/** The income period (收入计算周期). */
export const IncomePeriodSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A fixed annual period ending each year on `endMonth`-`endDay` (e.g. 10-01 .. 09-30). */
    kind: z.literal('annual'),
    endMonth: z.number().int().min(1).max(12),
    endDay: z.number().int().min(1).max(31),
  }),
  z.strictObject({
    /** The `months` whole months before the month of discovery (上年度本月到本年度上月). */
    kind: z.literal('rolling-before-discovery'),
    months: z.number().int().min(1).max(36),
  }),
]);

export const incomePeriod = defineParameter({
  key: 'incomePeriod',
  group: 'income',
  schema: IncomePeriodSchema,
  label: { zh: '收入计算周期', en: 'income period' },
  description: {
    zh: '家庭收入、务工时长、成员自然变化的计算周期。年度周期为上年10月1日至当年9月30日，状态类指标取周期末；龙口为发现月份的上年度本月到本年度上月。',
    en: 'The period over which income, work time and member changes are counted. The annual period runs from 1 October of the previous year to 30 September, status fields taken at its end; Longkou counts the 12 months from the same month of the previous year to the month before discovery.',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: { kind: 'annual', endMonth: 9, endDay: 30 },
        citation: { doc: S002, clause: '五(一)', quote: '本轮动态调整所有工作对象家庭收入计算周期为2020年10月1日至2021年9月30日。' },
        note: 'The same annual period is restated for 2023 by 临稷办发〔2023〕76号 §四 (2022-10-01..2023-09-30).',
      },
    ],
    'shandong/linzi/2023': [
      {
        from: '2022-10-01',
        value: { kind: 'annual', endMonth: 9, endDay: 30 },
        citation: {
          doc: S000,
          clause: '四',
          quote: '帮扶对象家庭收入、务工时长、成员自然变化等计算周期为2022年10月1日至2023年9月30日，健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。',
        },
      },
    ],
    'shandong/longkou/2021': [
      {
        from: '2021-01-01',
        value: { kind: 'rolling-before-discovery', months: 12 },
        citation: { doc: S004, clause: '二(二)', quote: '人均可支配收入的计算口径与建档立卡贫困户相同，计算周期为农户发现月份的上年度本月到本年度上月。' },
      },
    ],
  },
});

/** How household size (家庭人口数) is counted over the period. */
export const HouseholdSizeRuleSchema = z.enum(['period-end', 'all-listed', 'any-time-in-period']);

export const householdSizeRule = defineParameter({
  key: 'householdSizeRule',
  group: 'income',
  schema: HouseholdSizeRuleSchema,
  label: { zh: '家庭人口计算口径', en: 'household-size rule' },
  description: {
    zh: '计算人均收入时的家庭人口数。period-end：周期末在册人口（周期内新生、嫁入计入；周期末以前死亡、嫁出、迁出不计）；all-listed：名单上所有成员；any-time-in-period：周期内任一时点在册即计入。全国口径未公开，默认值未经核实。',
    en: 'The household size that divides income. period-end: members on record at the end of the period (births and marry-ins during the period count; deaths, marry-outs and move-outs on or before the end do not); all-listed: every member listed; any-time-in-period: anyone on record at any time in the period. The national rule is not published: the default is unverified.',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: 'period-end',
        citation: { doc: S000, clause: '一(一)', quote: '采集更新脱贫享受政策人口和监测帮扶对象家庭成员自然变化信息，如新生儿、嫁入嫁出、死亡等。' },
        note: 'UNVERIFIED default. The seeds say member changes over the period are collected (S000 §一(一), §四) but not how they enter the per-capita divisor; "at the period end" is the reading the project chose (domain.md §5). Override per profile.',
      },
    ],
  },
});

/** Whether a member who dies during identification still counts in the household size. */
export const DeathDuringIdentificationSchema = z.enum(['counted', 'not-counted']);

export const deathDuringIdentification = defineParameter({
  key: 'deathDuringIdentification',
  group: 'income',
  schema: DeathDuringIdentificationSchema,
  label: { zh: '识别过程中死亡的成员', en: 'a member who dies during identification' },
  description: {
    zh: 'counted：在识别监测对象过程中死亡的成员（死亡时间不早于发现时间，已识别的不晚于识别时间）仍计入家庭人口数，按“周期末在册”口径本不计入的也计入；not-counted：按家庭人口计算口径处理。',
    en: 'counted: a member who dies during identification (on or after the discovery date, and on or before the identification date once identified) still counts in the household size, even where the period-end rule would leave them out; not-counted: the household-size rule alone decides.',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: 'counted',
        citation: { doc: S000, clause: '附件1 注3', quote: '3.家庭成员如出现因病因灾因意外事故等刚性支出较大后，在识别监测对象过程中突发死亡，录入系统后将其标注为死亡' },
        note: 'Reading: the member is entered ("录入系统") and only then marked dead, so the identification counts them. "During identification" is read as from the recorded discovery date (discoveredOn) to the identification date (monitoring.identifiedOn; open while not identified); without a discovery date the household-size rule alone decides. The cause named (刚性支出较大 from illness, disaster or accident) is not required to be on record. A death after the period end is counted by the period-end rule anyway; this matters when the death falls inside the period.',
      },
    ],
  },
});

/** Rounding of per-capita values (decimal(10,2) in the national system; the rule is not published). */
export const PerCapitaRoundingSchema = z.strictObject({
  mode: z.enum(ROUNDING_MODES),
  /** The step in yuan: 0.01 (to the fen), 0.1 or 1. */
  step: z.enum(['0.01', '0.1', '1']),
});

export const perCapitaRounding = defineParameter({
  key: 'perCapitaRounding',
  group: 'income',
  schema: PerCapitaRoundingSchema,
  label: { zh: '人均值舍入规则', en: 'rounding of per-capita values' },
  description: {
    zh: '人均值（A34、A38）的舍入方式与步长。全国系统人均列为 decimal(10,2)，舍入规则未公开；默认四舍五入到分，未经核实。',
    en: 'How per-capita values (A34, A38) are rounded for display and storage. The national system stores them as decimal(10,2); its rounding is not published — the default, half-up to the fen, is unverified.',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: { mode: 'half-up', step: '0.01' },
        citation: { doc: S000, clause: '附件1 A34、A38', quote: 'A34 家庭人均纯收入（系统生成）（元）……A38 纳入监测对象的人均收入参考范围（系统生成）（元）' },
        note: 'UNVERIFIED default: the form gives the per-capita fields in yuan (to the fen) but no rounding rule.',
      },
    ],
  },
});

/** Whether the line is compared with the exact per-capita value or the rounded one. */
export const LineComparisonSchema = z.enum(['exact', 'rounded']);

export const lineComparison = defineParameter({
  key: 'lineComparison',
  group: 'income',
  schema: LineComparisonSchema,
  label: { zh: '与监测线比较的口径', en: 'what is compared with the line' },
  description: {
    zh: 'exact：以未经舍入的精确人均值与监测线比较（默认）；rounded：以舍入后的人均值比较。',
    en: 'exact: the unrounded per-capita value is compared with the line (default); rounded: the rounded value is.',
  },
  values: {
    'national/2021': [
      {
        from: '2020-10-01',
        value: 'exact',
        citation: { doc: S000, clause: '附件1 注2', quote: 'A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
        note: 'UNVERIFIED default: the form does not say whether the comparison uses the rounded value; comparing the exact value never rounds a household across the line.',
      },
    ],
  },
});

/** The county's rural per-capita disposable income (S000 附件2 criterion 1). */
export const countyRuralIncome = defineParameter({
  key: 'countyRuralIncome',
  group: 'policy-status',
  schema: PositiveMoneySchema,
  label: { zh: '所在县农民人均可支配收入', en: "county's rural per-capita disposable income" },
  description: {
    zh: '脱贫不享受政策人口认定标准第1条的比较基准：户年人均可支配收入达到所在县（市、区）农民人均可支配收入水平。每县一值，文件未载明，须由县级配置提供。',
    en: "Criterion 1 for 脱贫不享受政策: the household's annual per-capita disposable income reaches the county's rural per-capita disposable income. One value per county; the documents do not state it, so a county profile must supply it.",
  },
  unit: { zh: '元/人·年', en: 'yuan per person per year' },
  unset: {
    'national/2021': { zh: '每县一值，须由县级配置提供。', en: 'One value per county; a county profile must supply it.' },
    'shandong/linzi/2023': {
      zh: '临稷办发〔2023〕76号附件2第1条引用临淄区农民人均可支配收入，但未载明数值。',
      en: '临稷办发〔2023〕76号 附件2 criterion 1 refers to Linzi district\'s rural per-capita disposable income without stating it.',
    },
  },
});

export const incomeParameters = {
  monitoringLine,
  incomePeriod,
  householdSizeRule,
  deathDuringIdentification,
  perCapitaRounding,
  lineComparison,
  countyRuralIncome,
};

