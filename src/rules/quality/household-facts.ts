/**
 * 户生产生活条件 — household facts on the form and in the household files: housing (是否危房户, A23),
 * safe drinking water (是否解决安全饮用水, A25), the sanitary toilet, housing area and land areas, as the
 * model carries them (`guarantees`, `livingConditions`). A block the record does not carry at all
 * is an export without those columns and is not reported; a field missing from a block it carries is.
 *
 * The household files also carry 是否通生活用电, 入户路类型 / 入户道路是否硬化, 与村主干路距离, 牧草地面积,
 * 水面面积, 退耕还林面积 and 主要燃料类型 (export-format.md §3.3; county rules 2_02_002, 5_15_002, 3_02_006,
 * 3_02_007, 3_02_013, 5_14_003, 5_14_005–5_14_007, 5_19_004): the model has no field for them yet,
 * so they are not checked.
 *
 * 临稷办发〔2023〕76号 §一(二): "采集基本情况、致贫返贫风险、家庭收入等相关信息，录入全国系统。"; 榕晋乡振〔2023〕12号
 * 附件1 (S001's form) records 生产生活条件.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { fieldLabel } from '../../model/field-labels.js';
import { county, NONE, qualityCheck, step, type QualityExplained, type QualityStep } from './run.js';
import { onForm } from './scope.js';

const S000 = '临稷办发〔2023〕76号';
const COLLECT: QuotedCitation = { doc: S000, clause: '一(二)', quote: '采集基本情况、致贫返贫风险、家庭收入等相关信息，录入全国系统。' };
const A25: QuotedCitation = { doc: S000, clause: '附件1 三 A25', quote: 'A25 是否饮水出现安全问题' };

type LivingField = 'sanitaryToilet' | 'arableLand' | 'forestLand' | 'orchardLand' | 'housingArea';
type GuaranteeField = 'housingUnsafe' | 'drinkingWaterUnsafe';
type Missing = { block: 'livingConditions'; field: LivingField } | { block: 'guarantees'; field: GuaranteeField };

const LIVING: readonly LivingField[] = ['housingArea', 'sanitaryToilet', 'arableLand', 'forestLand', 'orchardLand'];
const GUARANTEES: readonly GuaranteeField[] = ['housingUnsafe', 'drinkingWaterUnsafe'];

/**
 * 3_02_002–3_02_005, 3_02_008, 3_02_009, 5_14_015, 5_14_016, 5_14_018, 5_19_002, 5_19_005, 5_19_006 —
 * a 脱贫户 or monitored household whose record carries the living conditions (or the guarantees)
 * but leaves a field of them empty. A monitored household's A23/A25 are 1_11_002's
 * (`quality.completeness.identification-facts`) and not reported again.
 */
export const householdFactsMissing = qualityCheck({
  id: 'quality.household-facts.missing',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['3_02_002', '3_02_003', '3_02_004', '3_02_005', '3_02_008', '3_02_009', '5_14_015', '5_14_016', '5_14_018', '5_19_002', '5_19_005', '5_19_006'],
  title: { zh: '户生产生活条件指标为空', en: 'household living conditions left empty' },
  citations: [
    COLLECT,
    A25,
    county('3_02_002', '脱贫户"是否解决安全饮用水"为空'),
    county('3_02_003', '脱贫户"有无卫生厕所"为空'),
    county('3_02_004', '脱贫户耕地面积为空'),
    county('3_02_005', '脱贫户林地面积为空'),
    county('3_02_008', '脱贫户住房面积为空'),
    county('3_02_009', '脱贫户是否危房户为空'),
    county('5_19_005', '监测户"住房面积"为空值'),
    county('5_19_006', '监测户"是否危房"为空值'),
  ],
  description: {
    zh: '脱贫户或监测对象户的记录含生产生活条件（或三保障和饮水状况），但其中住房面积、是否有卫生厕所、耕地、林地、林果面积（或未纳入监测的脱贫户的是否危房户、是否解决安全饮用水）未填写。记录完全不含该组指标的，视为导出文件不含这些列，不提示。',
    en: "A 脱贫户 or monitored household whose record carries the living conditions (or the guarantees) but leaves the housing area, sanitary toilet, arable, forest or orchard land (or, for a 脱贫户 not monitored, 危房 and safe drinking water) empty. A record without the whole block is an export without those columns and is not reported.",
  },
  parameters: [],
  facts: ['povertyAlleviated', 'monitoring', 'livingConditions', 'guarantees.housingUnsafe', 'guarantees.drinkingWaterUnsafe'],
  when: onForm,
  test: (q) => {
    const out: Missing[] = [];
    const lc = q.household.livingConditions;
    if (lc !== undefined) for (const field of LIVING) if (lc[field] === undefined) out.push({ block: 'livingConditions', field });
    const g = q.household.guarantees;
    if (g !== undefined && !q.monitored) for (const field of GUARANTEES) if (g[field] === undefined) out.push({ block: 'guarantees', field });
    return out.length > 0 ? out : NONE;
  },
  explain: (_q, { block, field }): QualityExplained => {
    const label = fieldLabel(`${block}.${field}`);
    return {
      path: `${block}.${field}`,
      message: { zh: `未填写${label.zh}`, en: `${label.en} is not recorded` },
      values: { field: label.zh },
    };
  },
});

type LandField = 'arableLand' | 'forestLand' | 'orchardLand';
const LAND: readonly LandField[] = ['arableLand', 'forestLand', 'orchardLand'];

/** 5_14_001, 5_14_002, 5_14_004, 5_14_008, 5_14_009, 5_14_011 — a land area outside its range (0–100 / 0–200 亩 by default). */
export const landAreaRange = qualityCheck({
  id: 'quality.household-facts.land-area-range',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_14_001', '5_14_002', '5_14_004', '5_14_008', '5_14_009', '5_14_011'],
  title: { zh: '土地面积超出合理范围', en: 'land area outside the plausible range' },
  citations: [
    county('5_14_001', '脱贫户耕地面积小于0或大于100亩'),
    county('5_14_002', '脱贫户林地面积小于0或大于200亩'),
    county('5_14_004', '脱贫户林果面积小于0或大于200亩'),
  ],
  description: {
    zh: '脱贫户或监测对象户的耕地、林地、林果面积（亩）不在配置范围内（默认耕地0–100亩，林地、林果0–200亩，含两端）。',
    en: 'A 脱贫户 or monitored household whose arable, forest or orchard land (mu) lies outside the profile range (arable 0–100, forest and orchard 0–200 by default, both ends included).',
  },
  parameters: ['qualityLandAreaRanges'],
  facts: ['livingConditions.arableLand', 'livingConditions.forestLand', 'livingConditions.orchardLand'],
  when: onForm,
  test: (q) => {
    const lc = q.household.livingConditions;
    if (lc === undefined) return NONE;
    if (LAND.every((field) => lc[field] === undefined)) return NONE;
    const ranges = q.param('qualityLandAreaRanges').value;
    let out: { field: LandField; area: number }[] | undefined;
    for (const field of LAND) {
      const area = lc[field];
      if (area === undefined) continue;
      const band = ranges[field];
      if (band !== undefined && (area < band.min || area > band.max)) (out ??= []).push({ field, area });
    }
    return out ?? NONE;
  },
  explain: (q, { field, area }) => {
    const p = q.param('qualityLandAreaRanges');
    const band = p.value[field]!;
    const label = fieldLabel(`livingConditions.${field}`);
    return {
      path: `livingConditions.${field}`,
      message: { zh: `${label.zh}为 ${area}，不在 ${band.min}–${band.max} 亩之间`, en: `${label.en} is ${area}, outside ${band.min}–${band.max} mu` },
      values: { area, min: band.min, max: band.max },
      applied: [p.citation],
    };
  },
});

/** A25 against 是否解决安全饮用水: the household files record the same fact twice, and the two disagree. */
export const waterContradiction = qualityCheck({
  id: 'quality.household-facts.water-contradiction',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '是否解决安全饮用水与A25矛盾', en: 'safe drinking water contradicts A25' },
  citations: [A25],
  description: {
    zh: '生产生活条件中的是否解决安全饮用水与A25 是否饮水出现安全问题相同（都为“是”或都为“否”）：二者应相反。',
    en: 'The living conditions\' safe drinking water and A25 drinking water unsafe say the same (both yes or both no): they should be opposite.',
  },
  parameters: [],
  facts: ['livingConditions.safeDrinkingWater', 'guarantees.drinkingWaterUnsafe'],
  test: (q) => {
    const safe = q.household.livingConditions?.safeDrinkingWater;
    const unsafe = q.household.guarantees?.drinkingWaterUnsafe;
    return safe !== undefined && unsafe !== undefined && safe === unsafe ? [safe] : NONE;
  },
  explain: (_q, safe) => {
    const [a, b] = [fieldLabel('livingConditions.safeDrinkingWater'), fieldLabel('guarantees.drinkingWaterUnsafe')];
    const yn = (v: boolean) => (v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });
    return {
      path: 'livingConditions.safeDrinkingWater',
      message: { zh: `${a.zh}为“${yn(safe).zh}”，${b.zh}也为“${yn(safe).zh}”`, en: `${a.en} is ${yn(safe).en} and ${b.en} is ${yn(safe).en} too` },
      values: { safeDrinkingWater: safe, drinkingWaterUnsafe: safe },
    };
  },
});

/** The household-facts checks, in report order. */
export const householdFactsChecks: readonly QualityStep[] = [step(householdFactsMissing), step(landAreaRange), step(waterContradiction)];

