/**
 * 不纳入监测的情形 — the exclusions of Longkou's identification standard.
 *
 * 龙扶贫组字〔2021〕1号 §二(二):
 * > 符合以上条件,但家庭成员存在以下情形之一的,原则上不纳入监测范围:
 * > 1. 拥有并经常使用高档乘用车辆的;
 * > 2. 在城镇购买商品房的(易地扶贫搬迁、黄河滩区居民迁建、移民避险解困通过货币化安置的除外);
 * > 3. 注册公司、企业并雇佣他人从事经营性活动且收益较高的;
 * > 4. 法定赡养、抚养、扶养人有赡养、抚养、扶养能力,但不依法履行义务或履行义务不到位的;
 * > 5. 县级以上扶贫部门规定的其他情形。
 *
 * Which exclusions apply is the profile's `identificationExclusions`. An exclusion only ever
 * removes eligibility, and only when its facts are on record: an exclusion whose facts are not
 * (fully) recorded is reported `undetermined` and listed in `unverified` — to be settled by the
 * information comparison (信息比对, S004 §四(三)) — but never removes a household on a guess.
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import type { IdentificationExclusion } from '../../profile/parameters/identification.js';
import { clauseRule, tested, type ClauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { allOf, known, not, type Known } from '../../kernel/known.js';
import { uniqueCitations } from '../../kernel/line.js';
import type { Rule } from '../../kernel/rule.js';
import { missingNames, type IdentificationContext } from './context.js';

const S004 = '龙扶贫组字〔2021〕1号';
const LEAD = '符合以上条件,但家庭成员存在以下情形之一的,原则上不纳入监测范围:';
const COMPARISON = '市扶贫办与公安、住建、市场监管等部门开展信息比对（对存在返贫风险的脱贫享受政策户，可不再开展信息比对）。';

/**
 * An exclusion tested: established (原则上不纳入), not established, or not on record — then named by
 * its facts' labels, and left to the information comparison (信息比对).
 */
function explainExclusion(c: IdentificationContext, t: Tested, rule: Rule): Explained {
  const message =
    t.outcome === 'undetermined'
      ? {
          zh: `${rule.title.zh}：相关情况未记录（${missingNames(t.missing ?? [], 'zh')}），未经核实不据此排除，须经信息比对核实`,
          en: `${rule.title.en}: not on record (${missingNames(t.missing ?? [], 'en')}); not applied without verification — to be checked by the information comparison`,
        }
      : t.outcome === 'met'
        ? { zh: `${rule.title.zh}：存在该情形，原则上不纳入监测范围`, en: `${rule.title.en}: applies — in principle not identified` }
        : { zh: `${rule.title.zh}：不存在该情形`, en: `${rule.title.en}: does not apply` };
  return { message, values: { exclusion: rule.id.slice('identification.exclusion.'.length) }, citations: uniqueCitations(c.exclusions.citation, ...rule.cites) };
}

/** Exclusion `item` of S004 §二(二): its header, and its test over the recorded facts. */
function exclusionRule(id: IdentificationExclusion, item: number, quote: string, title: Text, facts: string[], description: Text, test: (c: IdentificationContext) => Known) {
  return clauseRule<IdentificationContext>({
    id: `identification.exclusion.${id}`,
    layer: 'identification',
    title,
    citations: [
      { doc: S004, clause: '二(二)', quote: LEAD },
      { doc: S004, clause: `二(二) 排除情形${item}`, quote },
      { doc: S004, clause: '四(三)', quote: COMPARISON },
    ],
    description,
    parameters: ['identificationExclusions'],
    facts,
    test: (c) => tested(test(c)),
    explain: explainExclusion,
  });
}

export const luxuryCarExclusion = exclusionRule(
  'luxury-car',
  1,
  '1. 拥有并经常使用高档乘用车辆的;',
  { zh: '排除：拥有并经常使用高档乘用车辆', en: 'exclusion: owns and regularly uses a high-end car' },
  ['assets.luxuryCar'],
  { zh: '家庭成员拥有并经常使用高档乘用车辆（assets.luxuryCar）。', en: 'A member owns and regularly uses a high-end passenger car (assets.luxuryCar).' },
  (c) => known(c.h.assets?.luxuryCar, 'assets.luxuryCar'),
);

export const urbanHousingExclusion = exclusionRule(
  'urban-commercial-housing',
  2,
  '2. 在城镇购买商品房的(易地扶贫搬迁、黄河滩区居民迁建、移民避险解困通过货币化安置的除外);',
  { zh: '排除：在城镇购买商品房（货币化安置除外）', en: 'exclusion: bought commercial housing in a town (cash resettlement exempt)' },
  ['assets.urbanCommercialHousing', 'assets.cashResettlementExempt'],
  {
    zh: '家庭成员在城镇购买商品房（assets.urbanCommercialHousing），且不属于易地扶贫搬迁、黄河滩区居民迁建、移民避险解困货币化安置（assets.cashResettlementExempt）。',
    en: 'A member bought commercial housing in a town (assets.urbanCommercialHousing), not through cash resettlement for relocation, the Yellow-River flats or hazard avoidance (assets.cashResettlementExempt).',
  },
  (c) => allOf(known(c.h.assets?.urbanCommercialHousing, 'assets.urbanCommercialHousing'), not(known(c.h.assets?.cashResettlementExempt, 'assets.cashResettlementExempt'))),
);

export const highReturnCompanyExclusion = exclusionRule(
  'high-return-company',
  3,
  '3. 注册公司、企业并雇佣他人从事经营性活动且收益较高的;',
  { zh: '排除：注册公司企业雇工经营且收益较高', en: 'exclusion: a company employing others, with high returns' },
  ['assets.companyWithEmployees', 'assets.highReturnCompany'],
  {
    zh: '家庭成员注册公司、企业并雇佣他人从事经营性活动（assets.companyWithEmployees），且收益较高（assets.highReturnCompany）。',
    en: 'A member registered a company employing others (assets.companyWithEmployees) and its returns are high (assets.highReturnCompany).',
  },
  (c) => allOf(known(c.h.assets?.companyWithEmployees, 'assets.companyWithEmployees'), known(c.h.assets?.highReturnCompany, 'assets.highReturnCompany')),
);

export const supporterNotPayingExclusion = exclusionRule(
  'supporter-not-paying',
  4,
  '4. 法定赡养、抚养、扶养人有赡养、抚养、扶养能力,但不依法履行义务或履行义务不到位的;',
  { zh: '排除：法定赡养人有能力但不履行义务', en: 'exclusion: able legal supporters who do not support' },
  ['assets.supporterNotPaying'],
  {
    zh: '法定赡养、抚养、扶养人有能力但不依法履行义务或履行不到位（assets.supporterNotPaying）。',
    en: 'Legal supporters are able to support the household but do not, or not fully (assets.supporterNotPaying).',
  },
  (c) => known(c.h.assets?.supporterNotPaying, 'assets.supporterNotPaying'),
);

export const countyRuleExclusion = exclusionRule(
  'county-rule',
  5,
  '5. 县级以上扶贫部门规定的其他情形。',
  { zh: '排除：县级以上扶贫部门规定的其他情形', en: 'exclusion: another rule of a county-level or higher department' },
  ['assets.countyRuleExclusion'],
  {
    zh: '属于县级以上扶贫部门规定的其他不纳入情形（assets.countyRuleExclusion），由使用者据当地规定记录。',
    en: 'Excluded by another rule of a county-level or higher poverty-alleviation department (assets.countyRuleExclusion), recorded by the user from the local rule.',
  },
  (c) => known(c.h.assets?.countyRuleExclusion, 'assets.countyRuleExclusion'),
);

/** The exclusions by id. */
export const EXCLUSIONS: { readonly [K in IdentificationExclusion]: ClauseRule<IdentificationContext> } = {
  'luxury-car': luxuryCarExclusion,
  'urban-commercial-housing': urbanHousingExclusion,
  'high-return-company': highReturnCompanyExclusion,
  'supporter-not-paying': supporterNotPayingExclusion,
  'county-rule': countyRuleExclusion,
};
