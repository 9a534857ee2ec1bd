/**
 * Worked examples for risk elimination (风险消除), the marks Longkou uses, and the Yunnan look-back
 * (回头看: 回退, 风险再标注, 按识别时收入标注类别, 知情同意).
 *
 * @module
 */
import { assessRiskElimination } from '../../../src/index.js';
import { base, calling, type WorkedExample } from './define.js';

const assess = calling('assessRiskElimination', assessRiskElimination);

/** Every review fact recorded in the household's favour. */
const GOOD_REVIEW = { incomeStable: true, rigidSpendingResolved: true, riskGone: true, newRisk: false, informedConsent: true, dependsOnMeasures: false };

/**
 * A 脱贫不稳定户 identified on 2022-10-01 for illness, helped with health and employment measures,
 * every review fact in its favour — then `over` (and `review` merged into the review).
 */
function monitored(over: { review?: Record<string, unknown>; monitoring?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { review, monitoring, ...rest } = over;
  return base({
    povertyAlleviated: true,
    riskTypes: ['illness'],
    measures: ['health', 'employment'],
    monitoring: { category: 'unstable', identifiedOn: '2022-10-01', ...monitoring, review: { ...GOOD_REVIEW, ...review } },
    ...rest,
  });
}

/** A Xiaozhongdian monitoring object eliminated on 2021-06-30 (assisted), reviewed in the 2021 look-back; then `over`. */
function eliminatedInYunnan(over: { review?: Record<string, unknown>; monitoring?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { review, monitoring, ...rest } = over;
  return base({
    povertyAlleviated: true,
    riskTypes: ['illness'],
    measures: ['health', 'employment'],
    monitoring: {
      category: 'unstable',
      identifiedOn: '2020-10-01',
      perCapitaIncomeAtIdentification: '5200',
      eliminated: { method: 'assisted', on: '2021-06-30' },
      ...monitoring,
      review: { ...GOOD_REVIEW, ...review },
    },
    ...rest,
  });
}

const GS = { profile: 'gansu/wuqingyuan/2023', asOf: '2023-09-30' } as const;
const YN = { profile: 'yunnan/xiaozhongdian/2021', asOf: '2021-09-30' } as const;

const blocker = (rule: string, zh: string, en: string, household: ReturnType<typeof monitored>): WorkedExample =>
  assess({ rule, title: { zh: `五顷塬：${zh}，不得标注风险消除`, en: `Wuqingyuan: ${en} — the risk may not be marked eliminated` }, ...GS, household, expect: 'met' });

const rollback = (rule: string, zh: string, en: string, household: ReturnType<typeof eliminatedInYunnan>): WorkedExample =>
  assess({ rule, title: { zh: `小中甸回头看：已消除风险但${zh}，列为回退对象`, en: `Xiaozhongdian look-back: eliminated, but ${en} — to be rolled back` }, ...YN, household, expect: 'met' });

export const eliminationExamples: WorkedExample[] = [
  assess({
    rule: 'elimination.not-monitored',
    title: { zh: '非监测对象不涉及风险消除', en: 'a household that is not monitored has no risk to eliminate' },
    ...GS,
    household: base(),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.method',
    title: { zh: '未记录风险自然消失，按帮扶消除评估', en: 'no natural disappearance recorded: assessed as elimination through assistance' },
    ...GS,
    household: monitored(),
    expect: 'info',
  }),
  assess({
    rule: 'elimination.conditions',
    title: { zh: '五顷塬适用的风险消除条件（全国公开的条件）', en: 'Wuqingyuan: the elimination conditions that apply (the published national ones)' },
    ...GS,
    household: monitored(),
    expect: 'info',
  }),
  blocker('elimination.income-unstable', '风险评估记录收入不稳定', 'the review records unstable income', monitored({ review: { incomeStable: false } })),
  blocker('elimination.income-below-line', '人均纯收入 5733.33 元低于监测线 7200 元', 'per-capita income 5733.33 is below the 7200 line', monitored({ income: { wage: '12000' } })),
  assess({
    rule: 'elimination.income-below-line',
    title: { zh: '五顷塬：人均纯收入 9733.33 元不低于监测线 7200 元', en: 'Wuqingyuan: per-capita income 9733.33 is not below the 7200 line' },
    ...GS,
    household: monitored(),
    expect: 'not-met',
  }),
  blocker('elimination.rigid-spending-unresolved', '大额医疗支出未稳定解决', 'large medical spending is not resolved', monitored({ review: { rigidSpendingResolved: false } })),
  blocker('elimination.guarantees-unsecured', '饮水安全未保障', 'drinking water is unsafe', monitored({ guarantees: { drinkingWaterUnsafe: true } })),
  blocker('elimination.risk-remains', '识别时的因病风险未消除', 'the illness risk identified is still there', monitored({ review: { riskGone: false } })),
  blocker('elimination.new-risk', '出现新增风险', 'a new risk has appeared', monitored({ review: { newRisk: true } })),
  blocker('elimination.too-soon', '2023-06-01 识别，至 2023-09-30 不足 6 个月', 'identified on 2023-06-01, less than 6 months before 2023-09-30', monitored({ monitoring: { identifiedOn: '2023-06-01' } })),
  blocker('elimination.no-measure-for-risk', '因病风险只落实了就业帮扶（未针对风险）', 'only an employment measure against an illness risk', monitored({ measures: ['employment'] })),
  blocker(
    'elimination.no-labour-capacity',
    '整户无劳动力（暂不标注，落实兜底后继续监测）',
    'no member can work (kept under monitoring once the safety net is in place)',
    monitored({
      members: [
        { name: '王建国', sex: 'male', relation: 'head', birthDate: '1950-03-12', health: 'chronic', labour: 'lost' },
        { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1952-07-01', health: 'healthy', labour: 'none' },
      ],
      measures: ['health', 'dibao'],
    }),
  ),
  assess({
    rule: 'elimination.no-informed-consent',
    title: { zh: '小中甸：监测对象未同意，不得标注风险消除', en: 'Xiaozhongdian: the household does not consent — no elimination' },
    ...YN,
    household: monitored({ monitoring: { identifiedOn: '2020-10-01', perCapitaIncomeAtIdentification: '5200' }, review: { informedConsent: false } }),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.safety-net-only',
    title: { zh: '五顷塬：有劳动能力但只落实了低保——提示核实，警惕“一兜了之”', en: 'Wuqingyuan: able to work but only 低保 — a flag to check (no "safety net only")' },
    ...GS,
    household: monitored({ riskTypes: ['unstable-employment'], measures: ['dibao'] }),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.prohibitions',
    title: { zh: '五顷塬：“七不消”条目原文未持有，无法逐项检验——风险消除无法判定，须提供条目', en: 'Wuqingyuan: the 七不消 items are not held, so they cannot be tested — the elimination is undetermined until they are supplied' },
    ...GS,
    household: monitored(),
    expect: 'undetermined',
  }),
  assess({
    rule: 'elimination.mark',
    title: { zh: '龙口：脱贫不稳定户标注“返贫风险消除”，作为脱贫享受政策户管理', en: 'Longkou: a 脱贫不稳定户 is marked 返贫风险消除 and managed as 脱贫享受政策' },
    profile: 'shandong/longkou/2021',
    asOf: '2021-12-31',
    household: monitored({ monitoring: { identifiedOn: '2021-03-01' } }),
    expect: 'info',
  }),
  assess({
    rule: 'elimination.mark-recorded',
    title: { zh: '龙口：脱贫不稳定户却记录为“致贫风险消除”，提示更正', en: 'Longkou: a 脱贫不稳定户 recorded as 致贫风险消除 — to be corrected' },
    profile: 'shandong/longkou/2021',
    asOf: '2021-12-31',
    household: monitored({ monitoring: { identifiedOn: '2021-03-01', eliminated: { method: 'assisted', on: '2021-10-01', mark: 'poverty-risk-eliminated' } } }),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.look-back',
    title: { zh: '小中甸：已消除风险的监测对象逐项回头看', en: 'Xiaozhongdian: an eliminated household goes through the look-back' },
    ...YN,
    household: eliminatedInYunnan(),
    expect: 'info',
  }),
  rollback('elimination.rollback.depends-on-measures', '仍靠帮扶措施维持', 'it still depends on the measures', eliminatedInYunnan({ review: { dependsOnMeasures: true } })),
  rollback('elimination.rollback.income-unstable', '收入不稳', 'its income is unstable', eliminatedInYunnan({ review: { incomeStable: false } })),
  rollback('elimination.rollback.income-below-line', '人均纯收入 5733.33 元低于 6000 元', 'per-capita income 5733.33 is below 6000', eliminatedInYunnan({ income: { wage: '12000' } })),
  rollback(
    'elimination.rollback.no-labour-capacity',
    '整户无劳动能力',
    'no member can work',
    eliminatedInYunnan({
      members: [
        { name: '王建国', sex: 'male', relation: 'head', birthDate: '1950-03-12', health: 'chronic', labour: 'lost' },
        { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1952-07-01', health: 'healthy', labour: 'none' },
      ],
    }),
  ),
  rollback(
    'elimination.rollback.limited-labour',
    '户主部分丧失劳动能力且无稳定收入',
    'the head has partly lost labour capacity and there is no stable income from work',
    eliminatedInYunnan({
      members: [
        { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'chronic', labour: 'weak' },
        { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary' },
      ],
      hardship: { noStableIncomeFromWork: true },
    }),
  ),
  assess({
    rule: 'elimination.remark',
    title: { zh: '小中甸：消除后又因病出现新风险，列为风险再标注对象', en: 'Xiaozhongdian: a new risk after elimination — to be re-marked' },
    ...YN,
    household: eliminatedInYunnan({ review: { newRisk: true, newRiskOn: '2021-08-15' } }),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.relabel',
    title: { zh: '小中甸：一般农户识别时人均收入 5200 元低于 6000 元，应为边缘易致贫户而非严重困难户', en: 'Xiaozhongdian: an ordinary household at 5200 at identification should be 边缘易致贫户, not 突发严重困难户' },
    ...YN,
    household: eliminatedInYunnan({ povertyAlleviated: false, monitoring: { category: 'sudden-hardship' } }),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.consent-on-record',
    title: { zh: '小中甸：已消除风险但农户未知情同意，提示完善手续', en: 'Xiaozhongdian: eliminated without the household’s informed consent — complete the paperwork' },
    ...YN,
    household: eliminatedInYunnan({ review: { informedConsent: false } }),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.removal',
    title: {
      zh: '小中甸：识别时人均纯收入 7000 元不低于 6000 元，成员均有劳动能力、无严重困难记录，列为清退核查对象',
      en: 'Xiaozhongdian: 7000 at identification, not below 6000, everyone can work and no hardship on record — a removal candidate to verify',
    },
    ...YN,
    household: eliminatedInYunnan({ monitoring: { category: 'sudden-hardship', perCapitaIncomeAtIdentification: '7000' }, hardship: { severeDifficulty: false } }),
    expect: 'met',
  }),
  assess({
    rule: 'elimination.removal',
    title: { zh: '小中甸：识别时人均纯收入 5200 元低于 6000 元，符合收入条件，不属清退', en: 'Xiaozhongdian: 5200 at identification, below 6000 — the income condition was met, no removal' },
    ...YN,
    household: eliminatedInYunnan(),
    expect: 'not-met',
  }),
  ...(
    [
      ['elimination.procedure.application', 'application', '纳入监测申请', 'the application for monitoring'],
      ['elimination.procedure.authorisation', 'authorisation', '授权承诺书', 'the signed authorisation'],
      ['elimination.procedure.democratic-review', 'democraticReview', '民主评议', 'the democratic review'],
      ['elimination.procedure.publicity', 'publicity', '公示', 'the public notice'],
      ['elimination.procedure.asset-verification', 'assetVerification', '家庭资产信息和基本信息复核', 'the check of family assets and basic information'],
    ] as const
  ).map(([rule, fact, zh, en]) =>
    assess({
      rule,
      title: { zh: `小中甸：监测对象记录未开展${zh}，列为待补齐的手续`, en: `Xiaozhongdian: the record says ${en} was not done — paperwork to complete` },
      ...YN,
      household: eliminatedInYunnan({ monitoring: { procedure: { application: true, authorisation: true, democraticReview: true, publicity: true, assetVerification: true, [fact]: false } } }),
      expect: 'met',
    }),
  ),
];
