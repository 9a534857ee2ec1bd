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
import { fieldLabel } from '../../model/field-labels.js';
import type { Household } from '../../model/household.js';
import { MEASURES, RISK_TYPES } from '../../model/labels.js';
import { formatFen, toFen } from '../../model/money.js';
import { lookup } from '../../profile/lookup.js';
import type { Citation } from '../../explain/finding.js';
import { clauseRule, type Tested } from '../../kernel/clause.js';
import { outcomeOf } from '../../kernel/known.js';
import { citesOf } from '../../kernel/rule.js';
import { rowsWhere } from '../../facts/members.js';
import type { IdentificationContext } from './context.js';

/** What the 低保 note found: the rows of members receiving 低保, whether the measure is recorded, and the profile's setting. */
export interface DibaoFound {
  rows: number[];
  measure: boolean;
  setting: Citation | null;
}

const NO_DIBAO: Tested<DibaoFound> = Object.freeze({ outcome: 'not-met', data: Object.freeze({ rows: [], measure: false, setting: null }) as DibaoFound });

/**
 * The 低保 note (榕晋乡振〔2023〕12号 §一(一)): `info` when the profile attaches it and a member on
 * record receives 低保 (or the measure is recorded); `not-met` otherwise. It never changes the decision.
 */
export const dibaoNoBarRule = clauseRule<IdentificationContext, DibaoFound>({
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
  test: (c) => {
    const setting = lookup(c.profile, 'dibaoNoBarToIdentification', c.on);
    if (!setting.ok || !setting.value) return NO_DIBAO;
    const rows = rowsWhere(c.members(), (m) => m.dibao === true);
    const measure = c.h.measures?.includes('dibao') === true;
    if (rows.length === 0 && !measure) return NO_DIBAO;
    return { outcome: 'info', data: { rows, measure, setting: setting.citation } };
  },
  explain: (_c, { data: { rows, measure, setting } }, rule) => {
    const who = (lang: 'zh' | 'en') =>
      rows.length > 0
        ? rows.map((i) => (lang === 'zh' ? `第${i + 1}行成员` : `member ${i + 1}`)).join(lang === 'zh' ? '、' : ', ')
        : `${fieldLabel('measures')[lang]}${lang === 'zh' ? '：' : ': '}${MEASURES.dibao[lang]}`;
    return {
      message: {
        zh: `户内有享受低保的成员或低保措施（${who('zh')}）：不得以落实低保为由不识别监测对象，识别结论不因低保而改变`,
        en: `a member receives 低保 or the 低保 measure is recorded (${who('en')}): 低保 is never a reason to refuse identification, and the decision does not change because of it`,
      },
      values: { membersReceivingDibao: rows.map((i) => `members[${i}]`), dibaoMeasure: measure },
      citations: citesOf(rule, ...(setting ? [setting] : [])),
    };
  },
});

/** What the note on other risk facts reads besides the identification's context. */
export interface WeighedContext {
  readonly c: IdentificationContext;
  readonly profile: IdentificationContext['profile'];
  /** The facts the profile's rules tested directly (they are not listed again). */
  readonly tested: ReadonlySet<string>;
  /** Not identified, not excluded, the income test required and not met: left out on income. */
  readonly leftOutOnIncome: boolean;
}

/** Risk facts besides income, for identification to weigh (综合研判): `info` when any is on record and untested. */
export const otherFactorsRule = clauseRule<WeighedContext, readonly string[]>({
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
  test: ({ c, tested }) => {
    const hits = OTHER_FACTS.filter(([path, on]) => !tested.has(path) && on(c.h)).map(([path]) => path);
    return { outcome: hits.length > 0 ? 'info' : 'not-met', data: hits };
  },
  explain: ({ c, leftOutOnIncome }, { data: hits }) => {
    const list = (lang: 'zh' | 'en') => hits.map((path) => describeFact(c.h, path, lang)).join(lang === 'zh' ? '；' : '; ');
    const message = leftOutOnIncome
      ? {
          zh: `收入条件不符合，但记录有以下风险情况：${list('zh')}。人均收入是确定监测对象的参考，须结合合规自付支出、突出问题和家庭自身能力综合研判，不宜仅凭收入不纳入`,
          en: `the income test is not met, but these risk facts are on record: ${list('en')}. Per-capita income is a reference for identification: weigh it with compliant spending, the prominent problems and the household's own capacity, and do not leave the household out on income alone`,
        }
      : {
          zh: `除收入外还记录有以下风险情况，一并列出供综合研判：${list('zh')}`,
          en: `besides income, these risk facts are on record and listed to be weighed together: ${list('en')}`,
        };
    return { message, values: { factors: [...hits], incomeTest: outcomeOf(c.entry().below), leftOutOnIncome } };
  },
});

/** The risk facts besides income, in the order they are listed, and whether each is on record. */
const OTHER_FACTS: readonly [path: string, on: (h: Household) => boolean][] = [
  ['guarantees.housingUnsafe', (h) => h.guarantees?.housingUnsafe === true],
  ['guarantees.compulsoryEducationDropout', (h) => h.guarantees?.compulsoryEducationDropout === true],
  ['guarantees.drinkingWaterUnsafe', (h) => h.guarantees?.drinkingWaterUnsafe === true],
  ['guarantees.memberWithoutMedicalInsurance', (h) => h.guarantees?.memberWithoutMedicalInsurance === true],
  ['hardship.rigidSpendingExceedsIncome', (h) => h.hardship?.rigidSpendingExceedsIncome === true],
  ['hardship.basicNeedsAffected', (h) => h.hardship?.basicNeedsAffected === true],
  ['hardship.sharpIncomeDrop', (h) => h.hardship?.sharpIncomeDrop === true],
  ['hardship.temporaryHardship', (h) => h.hardship?.temporaryHardship === true],
  ['hardship.severeDifficulty', (h) => h.hardship?.severeDifficulty === true],
  ['hardship.noStableIncomeFromWork', (h) => h.hardship?.noStableIncomeFromWork === true],
  ['riskTypes', (h) => (h.riskTypes?.length ?? 0) > 0],
  ['income.compliantOutOfPocket', (h) => toFen(h.income.compliantOutOfPocket) > 0],
];

/** A risk fact on record, named by its label (with the risk types, or the amount). */
function describeFact(h: Household, path: string, lang: 'zh' | 'en'): string {
  const label = fieldLabel(path)[lang];
  if (path === 'income.compliantOutOfPocket') return `${label} ${formatFen(toFen(h.income.compliantOutOfPocket))} ${lang === 'zh' ? '元' : 'yuan'}`;
  if (path === 'riskTypes') return lang === 'zh' ? `${label}（${h.riskTypes!.map((t) => RISK_TYPES[t].zh).join('、')}）` : `${label} (${h.riskTypes!.map((t) => RISK_TYPES[t].en).join(', ')})`;
  return label;
}
