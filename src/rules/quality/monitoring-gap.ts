/**
 * 应纳未纳 — a 脱贫户 that should be looked at for monitoring but is not monitored: per-capita income
 * below the line, or a three-guarantees or drinking-water problem (medical insurance included).
 *
 * 临稷办发〔2023〕76号 §一(二): "对经排查发现符合监测帮扶对象认定标准的应纳尽纳" — the line is compared with the
 * figure the profile decides entry by (`identificationIncomeFigure`): A38, the per-capita reference
 * income, under the national form (附件1 注2: "A38 是确定监测对象的参考"); A34, the per-capita net income,
 * where the profile's document tests 人均纯收入 / 人均可支配收入 (`yunnan/xiaozhongdian/2021`,
 * `shandong/longkou/2021`), as county rule 1_02_006 does ("脱贫户2023年人均纯收入低于7300元…"). The line is the
 * profile's `monitoringLine` (e.g. 龙扶贫组字〔2021〕1号 §二(二): "2021 年省定监测线确定为 6500 元。"), cited with
 * its value; where the profile has none (national/2021, shandong/linzi/2023) the income test is not
 * run and a `quality.skipped` note says so.
 *
 * These are warnings for review, not identification decisions: whether a household is included is
 * decided by the identification rules and the procedure.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { formatFen } from '../../model/money.js';
import { compareWithLine, showLineComparison } from '../../kernel/line.js';
import { memberWithoutMedicalInsurance } from '../../facts/medical-insurance.js';
import { county, NONE, qualityCheck, step, type QualityExplained, type QualityStep } from './run.js';
import { alleviatedNotMonitored } from './scope.js';

const S000 = '临稷办发〔2023〕76号';
const INCLUDE_ALL: QuotedCitation = { doc: S000, clause: '一(二)', quote: '对经排查发现符合监测帮扶对象认定标准的应纳尽纳' };
const A26_FORM: QuotedCitation = { doc: S000, clause: '附件1 三 A26', quote: 'A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（A17 指标生成）' };
const A18_FORM: QuotedCitation = { doc: S000, clause: '附件1 二 A18', quote: 'A18 是否 参 加大 病 保 险' };

const GUARANTEES = [
  ['housingUnsafe', 'A23', '住房出现安全问题', 'unsafe housing'],
  ['compulsoryEducationDropout', 'A24', '义务教育阶段适龄儿童少年失学辍学', 'a compulsory-age child out of school'],
  ['drinkingWaterUnsafe', 'A25', '饮水出现安全问题', 'unsafe drinking water'],
] as const;

/**
 * 1_02_006 — a 脱贫户 not monitored whose deciding per-capita figure (A38 or A34, as the profile
 * decides entry) is below the monitoring line; "低于" strictly, compared as the profile says.
 */
export const unmonitoredBelowLine = qualityCheck({
  id: 'quality.monitoring-gap.below-line',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_02_006'],
  title: { zh: '脱贫户人均收入低于监测范围但未纳入监测', en: '脱贫户 below the line but not monitored' },
  citations: [
    INCLUDE_ALL,
    { doc: S000, clause: '附件1 注2', quote: 'A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
    county('1_02_006', '脱贫户2023年人均纯收入低于7300元但未纳入防止返贫监测对象户'),
  ],
  description: {
    zh: '未纳入监测的脱贫户，配置确定纳入监测所用的人均收入（A38 人均收入参考范围，或 A34 家庭人均纯收入）低于配置的监测线。配置未设监测线时不检查，并以提示说明。',
    en: 'A 脱贫户 that is not monitored whose per-capita figure the profile decides entry by (A38 per-capita reference income, or A34 per-capita net income) is below the profile’s monitoring line. Without a line in the profile the check is not run, and a note says so.',
  },
  parameters: ['monitoringLine', 'identificationIncomeFigure', 'lineComparison', 'perCapitaRounding', 'householdSizeRule'],
  facts: ['povertyAlleviated', 'monitoring', 'income'],
  when: alleviatedNotMonitored,
  test: (q) => {
    if (!q.household.povertyAlleviated || q.monitored) return NONE;
    const f = q.income();
    if (f === null || f.size === null || f.size <= 0) return NONE;
    const lineFen = q.paramFen('monitoringLine');
    const a38 = q.param('identificationIncomeFigure').value === 'A38';
    const totalFen = a38 ? f.reference : f.net;
    return compareWithLine(totalFen, f.size, lineFen, q.profile, q.parameterDate!) < 0 ? [{ a38, totalFen, size: f.size, lineFen }] : NONE;
  },
  explain: (q, { a38, totalFen, size, lineFen }) => {
    const line = q.param('monitoringLine');
    const figure = q.param('identificationIncomeFigure');
    const names = a38 ? { total: 'A37', perCapita: 'A38' } : { total: 'A33', perCapita: 'A34' };
    const shown = showLineComparison(totalFen, size, lineFen, q.profile, q.parameterDate!, names);
    const label = a38 ? { zh: '人均收入参考范围', en: 'per-capita reference income' } : { zh: '家庭人均纯收入', en: 'per-capita net income' };
    return {
      path: 'monitoring',
      message: {
        zh: `脱贫户未纳入监测，但${label.zh} ${shown.text.zh}`,
        en: `a 脱贫户 not monitored whose ${label.en} is below the line: ${shown.text.en}`,
      },
      values: { figure: figure.value, [names.perCapita]: shown.money, [names.total]: formatFen(totalFen), householdSize: size, line: formatFen(lineFen), ...shown.values },
      applied: [line.citation, figure.citation],
    };
  },
});

/** A medical-insurance gap of a 脱贫户 not monitored: A26 (as recorded, else from the members' A17), or a member's A18 saying no. */
type MedicalGap = { kind: 'A26'; generated: boolean } | { kind: 'A18'; rows: readonly number[] };

/** What the guarantees check found: one of A23–A25, or a medical-insurance gap. */
type GuaranteeHit = { kind: 'guarantee'; guarantee: (typeof GUARANTEES)[number] } | MedicalGap;

/**
 * 1_02_001 / 1_02_002 / 1_02_003 / 1_02_007 — a 脱贫户 not monitored with A23, A24 or A25 recorded as a problem,
 * or medical insurance not secured (1_02_007 (a) 医疗未保障): A26 says a member has no basic medical
 * insurance (as recorded, else generated from the A17 of the members on record, src/facts/medical-insurance.ts),
 * or a member on record has no serious-illness insurance (A18 否). Each problem reported. 1_02_003 asks the
 * last of an ill member; any member's A18 否 is reported here, so it is answered too.
 */
export const unmonitoredGuaranteeProblem = qualityCheck({
  id: 'quality.monitoring-gap.guarantees',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_02_001', '1_02_002', '1_02_003', '1_02_007'],
  title: { zh: '脱贫户存在三保障或饮水安全问题但未纳入监测', en: '脱贫户 with a three-guarantees or water problem but not monitored' },
  citations: [
    INCLUDE_ALL,
    county('1_02_001', '脱贫户住危房但未纳入监测对象'),
    county('1_02_002', '脱贫户未解决安全饮用水但未纳入防止返贫监测对象'),
    county('1_02_003', '脱贫户有患病成员未参加大病保险但未纳入监测对象'),
    county('1_02_007', '脱贫户未解决两不愁三保障（含监测对象医疗/住房饮水/教育未保障）'),
    A26_FORM,
    A18_FORM,
  ],
  description: {
    zh: '未纳入监测的脱贫户，A23 住房、A24 义务教育或A25 饮水记为存在安全问题，或医疗未保障：A26 有家庭成员未参加基本医疗保险（未填写时由在册成员的A17生成），或在册成员A18 未参加大病保险（记为否；未填写的不推断）。',
    en: 'A 脱贫户 that is not monitored with A23 housing, A24 compulsory education or A25 drinking water recorded as a problem, or medical insurance not secured: A26 a member without basic medical insurance (when not recorded, generated from the A17 of the members on record), or a member on record without serious-illness insurance (A18 recorded as no; an unrecorded A18 is not guessed).',
  },
  parameters: [],
  facts: ['povertyAlleviated', 'monitoring', 'guarantees', 'members[].basicMedicalInsurance', 'members[].seriousIllnessInsurance'],
  when: alleviatedNotMonitored,
  test: (q) => {
    if (!q.household.povertyAlleviated || q.monitored) return NONE;
    let out: GuaranteeHit[] | undefined;
    const g = q.household.guarantees;
    if (g !== undefined) for (const guarantee of GUARANTEES) if (g[guarantee[0]] === true) (out ??= []).push({ kind: 'guarantee', guarantee });
    if (memberWithoutMedicalInsurance(q.household, q.membersOnRecord()).value === true) {
      (out ??= []).push({ kind: 'A26', generated: g?.memberWithoutMedicalInsurance === undefined });
    }
    let rows: number[] | undefined;
    for (const p of q.presentMembers()) if (p.member.seriousIllnessInsurance === false) (rows ??= []).push(p.index);
    if (rows !== undefined) (out ??= []).push({ kind: 'A18', rows });
    return out ?? NONE;
  },
  explain: (q, hit): QualityExplained => {
    if (hit.kind === 'guarantee') {
      const [key, form, zh, en] = hit.guarantee;
      return {
        path: `guarantees.${key}`,
        message: { zh: `脱贫户${form}记为${zh}，但未纳入监测`, en: `a 脱贫户 whose ${form} records ${en} is not monitored` },
        values: { field: form },
      };
    }
    if (hit.kind === 'A26') {
      return {
        path: 'guarantees.memberWithoutMedicalInsurance',
        message: hit.generated
          ? { zh: '脱贫户有在册成员A17 未参加基本医疗保险（A26 医疗未保障），但未纳入监测', en: 'a 脱贫户 with a member on record without basic medical insurance (A17, so A26: medical care not secured) is not monitored' }
          : { zh: '脱贫户A26 记为有家庭成员未参加基本医疗保险，但未纳入监测', en: 'a 脱贫户 whose A26 records a member without basic medical insurance is not monitored' },
        values: { field: 'A26', generatedFromA17: hit.generated },
      };
    }
    const first = hit.rows[0]!;
    const more = hit.rows.length - 1;
    return {
      path: `members[${first}].seriousIllnessInsurance`,
      message: {
        zh: `脱贫户${q.who(first).zh}${more > 0 ? `等 ${hit.rows.length} 名成员` : ''}A18 未参加大病保险（医疗未保障），但未纳入监测`,
        en: `a 脱贫户 where ${q.who(first).en}${more > 0 ? ` and ${more} other member${more > 1 ? 's' : ''}` : ''} have no serious-illness insurance (A18: medical care not secured) is not monitored`,
      },
      values: { field: 'A18', members: hit.rows.map((i) => `members[${i}]`) },
    };
  },
});

/** The 应纳未纳 checks, in report order. */
export const monitoringGapChecks: readonly QualityStep[] = [step(unmonitoredBelowLine), step(unmonitoredGuaranteeProblem)];
