/**
 * 风险与措施 — each recorded risk type, and each 三保障 or water problem, has a measure aimed at it.
 * Which measures answer which risk is policy data (the profile's `eliminationMeasuresForRisk`, the
 * same mapping the elimination rules read; and `qualityMeasuresForGuarantee`). A household with no
 * measure at all is `quality.consistency.monitored-without-measure`'s (1_11_010), not reported again
 * here; these checks look at households that have measures, none aimed at the risk. A problem on
 * record should also show among the risk types (`qualityRisksForGuarantee`, 4_11_006/4_11_007).
 *
 * 龙扶贫组字〔2021〕1号 §五: "根据监测对象的家庭状况、风险类别和帮扶需求，按照“缺什么补什么”的原则，采取针对性帮扶措施。"
 * 小甸巩固振兴组办〔2021〕1号 §三(二)2: "要按照“一户一策”的要求逐户逐项落实帮扶措施，对照风险重点核查帮扶措施是否有针对性".
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import type { Household } from '../../model/household.js';
import { MEASURES, RISK_TYPES } from '../../model/labels.js';
import { fieldLabel } from '../../model/field-labels.js';
import { memberWithoutMedicalInsurance } from '../../facts/medical-insurance.js';
import { county, NONE, qualityCheck, step, type QualityRun, type QualityStep } from './run.js';
import { monitored } from './scope.js';

const TARGETED: QuotedCitation = { doc: '龙扶贫组字〔2021〕1号', clause: '五', quote: '根据监测对象的家庭状况、风险类别和帮扶需求，按照“缺什么补什么”的原则，采取针对性帮扶措施。' };
const ONE_PLAN: QuotedCitation = { doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(二)2', quote: '要按照“一户一策”的要求逐户逐项落实帮扶措施，对照风险重点核查帮扶措施是否有针对性' };

type Measure = NonNullable<Household['measures']>[number];
type Risk = NonNullable<Household['riskTypes']>[number];
type Guarantee = 'housingUnsafe' | 'compulsoryEducationDropout' | 'drinkingWaterUnsafe' | 'memberWithoutMedicalInsurance';

const GUARANTEES: readonly Guarantee[] = ['housingUnsafe', 'compulsoryEducationDropout', 'drinkingWaterUnsafe', 'memberWithoutMedicalInsurance'];

/** A monitored household with some measure on record (the measures, else `null`). */
function measuresOfMonitored(q: QualityRun): readonly Measure[] | null {
  const list = q.household.measures;
  return q.monitored && list !== undefined && list.length > 0 ? list : null;
}

const labels = (list: readonly Measure[], lang: 'zh' | 'en') => list.map((m) => MEASURES[m][lang]).join(lang === 'zh' ? '、' : ', ');

/** 5_18_001–5_18_004, 5_18_006, 3_11_003–3_11_006 — a recorded risk type none of whose measures is on record. */
export const riskWithoutMeasure = qualityCheck({
  id: 'quality.risk-measure.risk-without-measure',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['3_11_003', '3_11_004', '3_11_005', '3_11_006', '5_18_001', '5_18_002', '5_18_003', '5_18_004', '5_18_006'],
  title: { zh: '风险类型无针对性帮扶措施', en: 'risk without a measure aimed at it' },
  citations: [
    TARGETED,
    ONE_PLAN,
    county('5_18_001', '因病有致贫返贫风险的监测对象未登记健康帮扶措施和社会帮扶其中一项'),
    county('5_18_002', '监测对象风险类型为因学但未登记义务教育保障、教育帮扶和社会帮扶其中一项'),
    county('5_18_003', '监测对象风险类型为因残但未享受综合保障和社会帮扶其中一项'),
    county('5_18_004', '监测对象风险类型为因安全住房但未登记住房安全保障和搬迁其中一项'),
    county('5_18_006', '监测对象风险类型为因安全饮水但未登记饮水安全保障措施'),
    county('3_11_003', '风险为因病的（已消除）监测对象未登记健康帮扶、社会帮扶或综合保障'),
  ],
  description: {
    zh: '监测对象已登记帮扶措施，但某项A27 风险类型在配置中对应的措施（如因病：健康帮扶、社会帮扶、综合保障）一项也未登记。配置未列出的风险类型不检查；完全没有措施的由“识别后未落实帮扶措施”提示。',
    en: 'A monitored household has measures on record, but for one of its A27 risk types none of the measures the profile lists for it (e.g. illness: health support, social aid, the safety net) is recorded. Risk types the profile does not list are not checked; a household with no measure at all is reported by "monitored household without any measure".',
  },
  parameters: ['eliminationMeasuresForRisk'],
  facts: ['monitoring', 'riskTypes', 'measures'],
  when: monitored,
  test: (q) => {
    const measures = measuresOfMonitored(q);
    const risks = q.household.riskTypes;
    if (measures === null || risks === undefined || risks.length === 0) return NONE;
    const mapping = q.param('eliminationMeasuresForRisk').value;
    let out: Risk[] | undefined;
    for (const r of risks) {
      const aimed = mapping[r];
      if (aimed !== undefined && !aimed.some((m) => measures.includes(m)) && !(out ?? []).includes(r)) (out ??= []).push(r);
    }
    return out ?? NONE;
  },
  explain: (q, risk) => {
    const p = q.param('eliminationMeasuresForRisk');
    const aimed = p.value[risk]!;
    const r = RISK_TYPES[risk];
    return {
      path: 'measures',
      message: {
        zh: `风险类型为“${r.zh}”，但未登记针对该风险的帮扶措施（${labels(aimed, 'zh')}中的一项）`,
        en: `the risk "${r.en}" is recorded but no measure aimed at it (one of ${labels(aimed, 'en')})`,
      },
      values: { riskType: risk, aimedMeasures: [...aimed], measures: [...(q.household.measures ?? [])] },
      applied: [p.citation],
    };
  },
});

/** The 三保障 or water problems (A23–A26) the household has: A26 as recorded, else generated from A17 of the members on record. */
function problems(q: QualityRun): readonly Guarantee[] {
  const g = q.household.guarantees;
  let out: Guarantee[] | undefined;
  for (const k of GUARANTEES) {
    const v = k === 'memberWithoutMedicalInsurance' ? memberWithoutMedicalInsurance(q.household, q.membersOnRecord()).value : g?.[k];
    if (v === true) (out ??= []).push(k);
  }
  return out ?? NONE;
}

/** 5_18_005, 5_18_007, 3_11_007–3_11_009 — a 三保障 or water problem none of whose measures is on record. */
export const guaranteeWithoutMeasure = qualityCheck({
  id: 'quality.risk-measure.guarantee-without-measure',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['3_11_007', '3_11_008', '3_11_009', '5_18_005', '5_18_007'],
  title: { zh: '三保障或饮水问题无针对性帮扶措施', en: 'guarantee problem without a measure aimed at it' },
  citations: [
    TARGETED,
    county('5_18_005', '监测对象家庭成员中有义务教育阶段适龄儿童少年失学辍学但未享受义务教育保障'),
    county('5_18_007', '监测对象家庭成员中有未参加城乡居民（职工）基本医疗保险但未享受健康帮扶和社会帮扶其中一项'),
    county('3_11_008', '饮水出现安全问题的（已消除）监测对象未登记饮水安全保障'),
  ],
  description: {
    zh: '监测对象已登记帮扶措施，A23–A26 某项三保障或饮水安全问题为“是”（A26 未填时由在册成员的A17生成），而配置中对应的措施一项也未登记。',
    en: 'A monitored household has measures on record and an A23–A26 problem (A26, when not recorded, generated from the A17 of the members on record), while none of the measures the profile lists for it is recorded.',
  },
  parameters: ['qualityMeasuresForGuarantee'],
  facts: ['monitoring', 'guarantees', 'members[].basicMedicalInsurance', 'measures'],
  when: monitored,
  test: (q) => {
    const measures = measuresOfMonitored(q);
    if (measures === null) return NONE;
    const found = problems(q);
    if (found.length === 0) return NONE;
    const mapping = q.param('qualityMeasuresForGuarantee').value;
    const out = found.filter((g) => mapping[g] !== undefined && !mapping[g]!.some((m) => measures.includes(m)));
    return out.length > 0 ? out : NONE;
  },
  explain: (q, g) => {
    const p = q.param('qualityMeasuresForGuarantee');
    const aimed = p.value[g]!;
    const label = fieldLabel(`guarantees.${g}`);
    return {
      path: 'measures',
      message: {
        zh: `${label.zh}为“是”，但未登记针对该问题的帮扶措施（${labels(aimed, 'zh')}中的一项）`,
        en: `${label.en} is yes, but no measure aimed at it is recorded (one of ${labels(aimed, 'en')})`,
      },
      values: { problem: g, aimedMeasures: [...aimed], measures: [...(q.household.measures ?? [])] },
      applied: [p.citation],
    };
  },
});

/** 4_11_006, 4_11_007 — a 三保障 or water problem on record while none of the risk types it implies is. */
export const guaranteeWithoutRisk = qualityCheck({
  id: 'quality.risk-measure.guarantee-without-risk',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_11_006', '4_11_007'],
  title: { zh: '三保障或饮水问题与风险类型不符', en: 'guarantee problem without the matching risk type' },
  citations: [
    TARGETED,
    county('4_11_006', '监测对象户三保障和饮水状况为饮水出现安全问题但致（返）贫风险没有因安全饮水'),
    county('4_11_007', '监测对象户有家庭成员未参加城乡居民（职工）基本医疗保险但致（返）贫风险没有因病'),
  ],
  description: {
    zh: '监测对象A23–A26 某项三保障或饮水安全问题为“是”（A26 未填时由在册成员的A17生成），已登记A27 风险类型，但其中没有配置为该问题所列的风险类型（如饮水问题：因安全饮水；有成员未参加基本医疗保险：因病）。未登记风险类型的，由风险类型的完整性检查提示。',
    en: 'A monitored household has an A23–A26 problem (A26, when not recorded, generated from the A17 of the members on record) and A27 risk types on record, none of them one the profile lists for the problem (water: 因安全饮水; a member without basic medical insurance: 因病). A household with no risk type recorded is left to the completeness checks.',
  },
  parameters: ['qualityRisksForGuarantee'],
  facts: ['monitoring', 'guarantees', 'members[].basicMedicalInsurance', 'riskTypes'],
  when: monitored,
  test: (q) => {
    const risks = q.household.riskTypes;
    if (!q.monitored || risks === undefined || risks.length === 0) return NONE;
    const found = problems(q);
    if (found.length === 0) return NONE;
    const mapping = q.param('qualityRisksForGuarantee').value;
    const out = found.filter((g) => mapping[g] !== undefined && !mapping[g]!.some((r) => risks.includes(r)));
    return out.length > 0 ? out : NONE;
  },
  explain: (q, g) => {
    const p = q.param('qualityRisksForGuarantee');
    const expected = p.value[g]!;
    const label = fieldLabel(`guarantees.${g}`);
    const names = (lang: 'zh' | 'en') => expected.map((r) => RISK_TYPES[r][lang]).join(lang === 'zh' ? '、' : ', ');
    const recorded = (lang: 'zh' | 'en') => (q.household.riskTypes ?? []).map((r) => RISK_TYPES[r][lang]).join(lang === 'zh' ? '、' : ', ');
    return {
      path: 'riskTypes',
      message: {
        zh: `${label.zh}为“是”，但A27 风险类型（${recorded('zh')}）中没有${names('zh')}`,
        en: `${label.en} is yes, but the A27 risk types (${recorded('en')}) include no ${names('en')}`,
      },
      values: { problem: g, expectedRiskTypes: [...expected], riskTypes: [...(q.household.riskTypes ?? [])] },
      applied: [p.citation],
    };
  },
});

/** The risk ↔ measure checks, in report order. */
export const riskMeasureChecks: readonly QualityStep[] = [step(riskWithoutMeasure), step(guaranteeWithoutMeasure), step(guaranteeWithoutRisk)];
