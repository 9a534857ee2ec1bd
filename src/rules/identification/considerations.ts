/**
 * 综合研判 — what identification weighs besides the income test, stated as findings.
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 坚决杜绝以落实低保为由不识别监测对象，坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。
 *
 * 临稷办发〔2023〕76号 附件1 注2:
 * > 2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * The income figure is a reference (参考), not the whole decision: identification weighs income,
 * compliant out-of-pocket spending, the prominent problems (两不愁三保障, drinking water) and the
 * household's own capacity together (domain notes §6, national practice from 2024). The library
 * therefore lists every other risk fact on record beside the income test, and says so plainly when
 * a household would be left out on income alone.
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import { RISK_TYPES } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { finding, type Finding } from '../../explain/finding.js';
import type { DatedValue } from '../../profile/parameter.js';
import { citesOf, defineRule } from '../../kernel/rule.js';
import type { MemberOnRecord } from '../../facts/members.js';

export const dibaoNoBarRule = defineRule({
  id: 'identification.dibao-no-bar',
  layer: 'identification',
  title: { zh: '不得以落实低保为由不识别', en: '低保 is no reason to refuse identification' },
  citations: [
    { doc: '榕晋乡振〔2023〕12号', clause: '一(一)', quote: '坚决杜绝以落实低保为由不识别监测对象，坚决防止对有劳动能力的监测对象通过低保等政策“一兜了之”。' },
  ],
  description: {
    zh: '户内有成员享受低保（A20）或登记了低保措施时，说明：不得以落实低保为由不识别监测对象。该说明不改变识别结论（本库在任何配置下都不因低保而不纳入）。',
    en: 'When a member receives 低保 (A20) or the 低保 measure is recorded, states that 低保 is never a reason to refuse identification. The note does not change the decision (no profile refuses identification because of 低保).',
  },
  parameters: ['dibaoNoBarToIdentification'],
  facts: ['members[].dibao', 'measures'],
});

export const otherFactorsRule = defineRule({
  id: 'identification.other-factors',
  layer: 'identification',
  title: { zh: '收入之外的风险情况（综合研判）', en: 'risk facts besides income (weighed together)' },
  citations: [{ doc: '临稷办发〔2023〕76号', clause: '附件1 注2', quote: '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' }],
  description: {
    zh: '人均收入是确定监测对象的参考而非唯一依据。列出收入之外记录在案、本配置规则未直接检验的风险情况：三保障和饮水安全问题（A23–A26）、突发困难、风险类型（A27）、合规自付支出（A36）。收入条件不符合但存在这些情况时，提示须综合研判，不宜仅凭收入不纳入。',
    en: 'Per-capita income is a reference for identification, not the whole decision. Lists the risk facts on record that the profile\'s rules did not test directly: problems with 三保障 or drinking water (A23–A26), sudden hardship, risk types (A27), compliant out-of-pocket spending (A36). When the income test is not met but such facts exist, says they must be weighed and the household not left out on income alone.',
  },
  parameters: [],
  facts: ['guarantees', 'hardship', 'riskTypes', 'income.compliantOutOfPocket'],
});

/**
 * The 低保 note, when the profile attaches it and a member on record receives 低保 (or the measure is recorded).
 *
 * @example
 * dibaoNote(h, members, optionalParameter(getProfile('fujian/jinan/2023'), 'dibaoNoBarToIdentification', '2023-09-30'))
 */
export function dibaoNote(h: Household, members: readonly MemberOnRecord[], setting: DatedValue<boolean> | undefined): Finding | null {
  if (!setting || !setting.value) return null;
  const receiving = members.filter(({ member }) => member.dibao === true).map(({ index }) => `members[${index}]`);
  const measure = h.measures?.includes('dibao') === true;
  if (receiving.length === 0 && !measure) return null;
  const who = receiving.length > 0 ? receiving.join(', ') : 'measures: dibao';
  return finding(
    dibaoNoBarRule.id,
    'info',
    {
      zh: `户内有享受低保的成员或低保措施（${who}）：不得以落实低保为由不识别监测对象，识别结论不因低保而改变`,
      en: `a member receives 低保 or the 低保 measure is recorded (${who}): 低保 is never a reason to refuse identification, and the decision does not change because of it`,
    },
    citesOf(dibaoNoBarRule, setting.citation),
    { membersReceivingDibao: receiving, dibaoMeasure: measure },
  );
}

const FACT_LABELS: [path: string, zh: string, en: string, on: (h: Household) => boolean][] = [
  ['guarantees.housingUnsafe', 'A23 住房出现安全问题', 'A23 unsafe housing', (h) => h.guarantees?.housingUnsafe === true],
  ['guarantees.compulsoryEducationDropout', 'A24 义务教育阶段适龄儿童少年失学辍学', 'A24 a compulsory-age child out of school', (h) => h.guarantees?.compulsoryEducationDropout === true],
  ['guarantees.drinkingWaterUnsafe', 'A25 饮水出现安全问题', 'A25 unsafe drinking water', (h) => h.guarantees?.drinkingWaterUnsafe === true],
  ['guarantees.memberWithoutMedicalInsurance', 'A26 有家庭成员未参加基本医疗保险', 'A26 a member without basic medical insurance', (h) => h.guarantees?.memberWithoutMedicalInsurance === true],
  ['hardship.rigidSpendingExceedsIncome', '刚性支出明显超过上年度收入', 'rigid spending above last year\'s income', (h) => h.hardship?.rigidSpendingExceedsIncome === true],
  ['hardship.basicNeedsAffected', '“两不愁三保障”和饮水安全受到影响', '两不愁三保障 or drinking water affected', (h) => h.hardship?.basicNeedsAffected === true],
  ['hardship.sharpIncomeDrop', '收入大幅缩减', 'sharp income drop', (h) => h.hardship?.sharpIncomeDrop === true],
  ['hardship.temporaryHardship', '家庭生活出现临时性困难', 'temporary hardship', (h) => h.hardship?.temporaryHardship === true],
  ['hardship.severeDifficulty', '严重困难，影响到基本生活', 'severe difficulty affecting basic living', (h) => h.hardship?.severeDifficulty === true],
  ['hardship.noStableIncomeFromWork', '部分丧失劳动能力且无法通过产业就业获得稳定收入', 'partly lost labour capacity, no stable income from work', (h) => h.hardship?.noStableIncomeFromWork === true],
  ['riskTypes', 'A27 风险类型', 'A27 risk types', (h) => (h.riskTypes?.length ?? 0) > 0],
  ['income.compliantOutOfPocket', 'A36 合规自付支出', 'A36 compliant out-of-pocket spending', (h) => toFen(h.income.compliantOutOfPocket) > 0],
];

/**
 * The risk facts on record besides income that the profile's rules did not test, as one finding
 * (or `null` when there are none).
 *
 * @example
 * otherFactors(h, new Set(), 'not-met')?.values.factors // ['guarantees.housingUnsafe']
 */
export function otherFactors(h: Household, tested: ReadonlySet<string>, incomeTest: 'met' | 'not-met' | 'undetermined', leftOutOnIncome: boolean): Finding | null {
  const hits = FACT_LABELS.filter(([path, , , on]) => !tested.has(path) && on(h));
  if (hits.length === 0) return null;
  const zh = hits.map(([path, label]) => (path === 'income.compliantOutOfPocket' ? `${label} ${formatFen(toFen(h.income.compliantOutOfPocket))} 元` : path === 'riskTypes' ? `${label}（${h.riskTypes!.map((t) => RISK_TYPES[t].zh).join('、')}）` : label)).join('；');
  const en = hits.map(([path, , label]) => (path === 'income.compliantOutOfPocket' ? `${label} ${formatFen(toFen(h.income.compliantOutOfPocket))} yuan` : path === 'riskTypes' ? `${label} (${h.riskTypes!.map((t) => RISK_TYPES[t].en).join(', ')})` : label)).join('; ');
  const message = leftOutOnIncome
    ? {
        zh: `收入条件不符合，但记录有以下风险情况：${zh}。人均收入是确定监测对象的参考，须结合合规自付支出、突出问题和家庭自身能力综合研判，不宜仅凭收入不纳入`,
        en: `the income test is not met, but these risk facts are on record: ${en}. Per-capita income is a reference for identification: weigh it with compliant spending, the prominent problems and the household's own capacity, and do not leave the household out on income alone`,
      }
    : {
        zh: `除收入外还记录有以下风险情况，一并列出供综合研判：${zh}`,
        en: `besides income, these risk facts are on record and listed to be weighed together: ${en}`,
      };
  return finding(otherFactorsRule.id, 'info', message, citesOf(otherFactorsRule), {
    factors: hits.map(([path]) => path),
    incomeTest,
    leftOutOnIncome,
  });
}
