/**
 * 四类人 — the people Xiaozhongdian's screening covers: the formerly poor, monitoring objects, and the
 * 一般户 (neither) in one of the kinds its document lists.
 *
 * 小甸巩固振兴组办〔2021〕1号 §二:
 * > 脱贫人口、监测对象、一般户（重点为：2021年人均纯收入低于监测底线<6000元>的户、低保户、大病重病和负担较重的慢性病患者、整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭、残疾人等特殊群体的家庭）
 *
 * A 一般户 is a household that is neither a 脱贫户 (A4) nor a monitoring object; each ordinary group is
 * not met for any other. Labour capacity (src/facts/labour.ts) and disability (src/facts/disability.ts)
 * are the shared facts, read over the members on record at the as-of date.
 *
 * @module
 */
import type { Citation, QuotedCitation } from '../../explain/finding.js';
import type { Member } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import type { Lookup } from '../../profile/lookup.js';
import { isDisabled } from '../../facts/disability.js';
import { householdWithoutLabour, membersWithLostOrWeakLabour } from '../../facts/labour.js';
import type { MemberOnRecord } from '../../facts/members.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { cites, groupLookup, unsetExplained, countMembers, decided, groupHeader, S002, someMember, verdict, type ScreeningContext } from './context.js';
import { belowAmount, explainSizeUnknown, showAmount, sizeUnknown } from './income-figures.js';

/** 脱贫人口 — S002 §二. */
export const povertyAlleviated = clauseRule<ScreeningContext>({
  ...groupHeader('poverty-alleviated', { zh: '脱贫人口（“四类人”）', en: 'formerly poor household (four kinds of people)' }, [{ doc: S002, clause: '二', quote: '脱贫人口、监测对象、一般户' }], { zh: '脱贫户（A4）。', en: 'A 脱贫户 (A4).' }, [], ['povertyAlleviated']),
  test: (s) => decided(s.h.povertyAlleviated),
  explain: (s, t): Explained =>
    t.outcome === 'met'
      ? { message: { zh: '脱贫户', en: 'a 脱贫户' }, values: { povertyAlleviated: true }, citations: cites(s) }
      : { message: { zh: '不是脱贫户', en: 'not a 脱贫户' }, values: { povertyAlleviated: false }, citations: cites(s) },
});

/** 监测对象 — S002 §二 (one whose risk is eliminated included). */
export const monitored = clauseRule<ScreeningContext>({
  ...groupHeader('monitored', { zh: '监测对象（“四类人”）', en: 'monitoring object (four kinds of people)' }, [{ doc: S002, clause: '二', quote: '脱贫人口、监测对象、一般户' }], { zh: '监测对象（含已消除风险的）。', en: 'A monitoring object (including one whose risk is eliminated).' }, [], ['monitoring']),
  test: (s) => decided(s.h.monitoring !== undefined),
  explain: (s, t): Explained =>
    t.outcome === 'met'
      ? { message: { zh: '监测对象', en: 'a monitoring object' }, values: { monitored: true, eliminated: s.h.monitoring?.eliminated !== undefined }, citations: cites(s) }
      : { message: { zh: '不是监测对象', en: 'not a monitoring object' }, values: { monitored: false }, citations: cites(s) },
});

// ---------------------------------------------------------------------------------------------
// 一般户

const NOT_ORDINARY = verdict<'not-ordinary'>('not-met', 'not-ordinary');

/**
 * A group of 一般户: not met for a 脱贫户 or a monitoring object (the explanation says which), else
 * decided by `test`.
 */
function ordinaryGroup<D>(
  id: ScreeningGroup,
  title: Text,
  citations: readonly QuotedCitation[],
  description: Text,
  parameters: readonly ParameterKey[],
  facts: readonly string[],
  test: (s: ScreeningContext) => Tested<D>,
  explain: (s: ScreeningContext, t: Tested<D>) => Explained,
) {
  return clauseRule<ScreeningContext, D | 'not-ordinary'>({
    ...groupHeader(id, title, citations, description, parameters, ['povertyAlleviated', 'monitoring', ...facts]),
    test: (s) => (s.h.povertyAlleviated || s.h.monitoring ? NOT_ORDINARY : test(s)),
    explain: (s, t): Explained =>
      t.data === 'not-ordinary'
        ? {
            message: { zh: '不是一般户（为脱贫户或监测对象）', en: 'not an ordinary household (a 脱贫户 or a monitoring object)' },
            values: { povertyAlleviated: s.h.povertyAlleviated, monitored: s.h.monitoring !== undefined },
            citations: cites(s),
          }
        : explain(s, t as Tested<D>),
  });
}

type LineData = { case: 'no-line'; line: Lookup<'monitoringLine'> & { ok: false } } | { case: 'no-size' } | { case: 'compared'; amount: string | number; citation: Citation };

/** 一般户：2021年人均纯收入低于监测底线 — S002 §二. */
export const ordinaryBelowLine = ordinaryGroup<LineData>(
  'ordinary-below-line',
  { zh: '一般户：人均纯收入低于监测底线', en: 'ordinary household below the monitoring floor' },
  [{ doc: S002, clause: '二', quote: '一般户（重点为：2021年人均纯收入低于监测底线<6000元>的户' }],
  { zh: '一般户（非脱贫户、非监测对象），家庭人均纯收入（A34）低于监测线。', en: 'An ordinary household (neither 脱贫户 nor monitored) whose per-capita net income (A34) is below the line.' },
  ['monitoringLine', 'lineComparison'],
  ['income'],
  (s) => {
    const line = groupLookup(s, 'monitoringLine');
    if (!line.ok) return { outcome: 'undetermined', missing: [line.missing], data: { case: 'no-line', line } };
    const below = belowAmount(s, { amount: line.value, basis: 'per-capita-net' });
    if (below === null) return sizeUnknown(s, { case: 'no-size' });
    return { outcome: below ? 'met' : 'not-met', data: { case: 'compared', amount: line.value, citation: line.citation } };
  },
  (s, t) => {
    const d = t.data;
    if (d.case === 'no-line') return unsetExplained(s, d.line);
    if (d.case === 'no-size') return explainSizeUnknown(s);
    const r = showAmount(s, { amount: d.amount, basis: 'per-capita-net' }, { zh: '监测线', en: 'the line' });
    const message = t.outcome === 'met' ? { zh: `一般户，${r.text.zh}`, en: `an ordinary household, ${r.text.en}` } : { zh: `不低于监测线：${r.text.zh}`, en: `not below the line: ${r.text.en}` };
    return { message, values: r.values, citations: cites(s, d.citation) };
  },
);

const DIBAO_UNRECORDED = ['members[].dibao'] as const;

/** 一般户：低保户 — S002 §二. */
export const ordinaryDibao = ordinaryGroup<undefined>(
  'ordinary-dibao',
  { zh: '一般户：低保户', en: 'ordinary household on dibao' },
  [{ doc: S002, clause: '二', quote: '低保户' }],
  { zh: '一般户，有成员享受低保。', en: 'An ordinary household with a member on dibao.' },
  [],
  ['members[].dibao'],
  (s) => {
    const v = someMember(s.members, (m) => m.dibao);
    return v === undefined ? { outcome: 'undetermined', missing: DIBAO_UNRECORDED, data: undefined } : decided(v);
  },
  (s, t) => {
    const values = { dibao: countMembers(s.members, (m) => m.dibao === true) };
    if (t.outcome === 'met') return { message: { zh: '一般户，有享受低保成员', en: 'an ordinary household with a member on dibao' }, values, citations: cites(s) };
    if (t.outcome === 'undetermined') return { message: { zh: '成员低保情况未完整记录', en: "members' dibao status is not fully recorded" }, values, citations: cites(s) };
    return { message: { zh: '无享受低保成员', en: 'no member on dibao' }, values, citations: cites(s) };
  },
);

type IllnessCase = 'serious' | 'chronic' | 'burden-unknown' | 'health' | 'none';
const SERIOUS = verdict<IllnessCase>('met', 'serious');
const CHRONIC = verdict<IllnessCase>('met', 'chronic');
const BURDEN_UNKNOWN = verdict<IllnessCase>('undetermined', 'burden-unknown', ['policyReview.largeMedicalOutOfPocket']);
const HEALTH_UNKNOWN = verdict<IllnessCase>('undetermined', 'health', ['members[].health']);
const NO_ILLNESS = verdict<IllnessCase>('not-met', 'none');

const seriouslyIll = (m: Member) => m.health === 'serious-illness';
const chronicallyIll = (m: Member) => m.health === 'chronic';
const healthUnrecorded = (m: Member) => m.health === undefined;

/** 一般户：大病重病和负担较重的慢性病患者 — S002 §二. */
export const ordinaryIllness = ordinaryGroup<IllnessCase>(
  'ordinary-illness',
  { zh: '一般户：大病重病和负担较重的慢性病患者', en: 'ordinary household with serious illness or burdensome chronic illness' },
  [{ doc: S002, clause: '二', quote: '大病重病和负担较重的慢性病患者' }],
  {
    zh: '一般户，有患大病成员；或有长期慢性病成员且记录大病报销后个人自付较大（负担较重）。',
    en: 'An ordinary household with a seriously ill member, or a chronically ill member with large out-of-pocket costs on record (a heavy burden).',
  },
  [],
  ['members[].health', 'policyReview.largeMedicalOutOfPocket'],
  (s) => {
    if (s.members.some(seriouslyIll)) return SERIOUS;
    if (s.members.some(chronicallyIll)) {
      const large = s.h.policyReview?.largeMedicalOutOfPocket;
      if (large === true) return CHRONIC;
      if (large === undefined) return BURDEN_UNKNOWN;
    }
    return s.members.some(healthUnrecorded) ? HEALTH_UNKNOWN : NO_ILLNESS;
  },
  (s, t) => {
    const values = { seriousIllness: countMembers(s.members, seriouslyIll), chronic: countMembers(s.members, chronicallyIll), largeMedicalOutOfPocket: s.h.policyReview?.largeMedicalOutOfPocket ?? null };
    const citations = cites(s);
    switch (t.data) {
      case 'serious':
        return { message: { zh: '一般户，有患大病成员', en: 'an ordinary household with a seriously ill member' }, values, citations };
      case 'chronic':
        return { message: { zh: '一般户，有负担较重的慢性病患者', en: 'an ordinary household with a chronically ill member and a heavy burden' }, values, citations };
      case 'burden-unknown':
        return { message: { zh: '有慢性病成员，但未记录负担是否较重', en: 'a member is chronically ill, but whether the burden is heavy is not recorded' }, values, citations };
      case 'health':
        return { message: { zh: '成员健康状况未完整记录', en: "members' health is not fully recorded" }, values, citations };
      default:
        return { message: { zh: '无大病或负担较重的慢性病成员', en: 'no seriously ill member and no chronic illness with a heavy burden' }, values, citations };
    }
  },
);

type LabourCase = 'none' | 'partly' | 'labour-unknown' | 'stable-unknown' | 'can-work';
const NO_LABOUR = verdict<LabourCase>('met', 'none');
const PARTLY = verdict<LabourCase>('met', 'partly');
const LABOUR_UNKNOWN = verdict<LabourCase>('undetermined', 'labour-unknown', ['members[].labour']);
const STABLE_UNKNOWN = verdict<LabourCase>('undetermined', 'stable-unknown', ['hardship.noStableIncomeFromWork']);
const CAN_WORK = verdict<LabourCase>('not-met', 'can-work');

/** The members on record at the as-of date, with their rows in the household (the labour facts name rows). */
function onRecord(s: ScreeningContext): MemberOnRecord[] {
  const out: MemberOnRecord[] = [];
  const all = s.h.members;
  for (let i = 0; i < all.length; i++) if (s.members.includes(all[i]!)) out.push({ member: all[i]!, index: i });
  return out;
}

/** 一般户：整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入 — S002 §二. */
export const ordinaryNoLabour = ordinaryGroup<LabourCase>(
  'ordinary-no-labour',
  { zh: '一般户：整户无劳动能力或部分丧失劳动能力且无稳定收入', en: 'ordinary household without labour, or with labour partly lost and no stable income' },
  [{ doc: S002, clause: '二', quote: '整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭' }],
  {
    zh: '一般户，在册成员均无劳动能力；或有成员丧失劳动力或为弱劳动力，且记录无法通过产业就业获得稳定收入。',
    en: 'An ordinary household in which no member can work, or with a member whose labour is lost or weak and no stable income from work on record.',
  },
  [],
  ['members[].labour', 'hardship.noStableIncomeFromWork'],
  (s) => {
    const members = onRecord(s);
    const none = householdWithoutLabour(s.h, members).value;
    if (none === true) return NO_LABOUR;
    const limited = membersWithLostOrWeakLabour(members).length > 0;
    const noStable = s.h.hardship?.noStableIncomeFromWork;
    if (limited && noStable === true) return PARTLY;
    if (none === null) return LABOUR_UNKNOWN;
    return limited && noStable === undefined ? STABLE_UNKNOWN : CAN_WORK;
  },
  (s, t) => {
    const members = onRecord(s);
    const values = {
      wholeHouseholdWithoutLabour: householdWithoutLabour(s.h, members).value,
      membersLostOrWeakLabour: membersWithLostOrWeakLabour(members).length,
      noStableIncomeFromWork: s.h.hardship?.noStableIncomeFromWork ?? null,
    };
    const citations = cites(s);
    switch (t.data) {
      case 'none':
        return { message: { zh: '一般户，整户无劳动能力', en: 'an ordinary household in which no member can work' }, values, citations };
      case 'partly':
        return { message: { zh: '一般户，部分丧失劳动能力且无法通过产业就业获得稳定收入', en: 'an ordinary household with labour partly lost and no stable income from work' }, values, citations };
      case 'labour-unknown':
        return { message: { zh: '成员劳动技能未完整记录', en: "members' labour capacity is not fully recorded" }, values, citations };
      case 'stable-unknown':
        return { message: { zh: '有成员部分丧失劳动能力，但未记录能否通过产业就业获得稳定收入', en: 'labour is partly lost, but whether a stable income is earned from work is not recorded' }, values, citations };
      default:
        return { message: { zh: '有劳动能力，且未记录无稳定收入', en: 'members can work, and no lack of stable income is recorded' }, values, citations };
    }
  },
);

const DISABILITY_UNRECORDED = ['members[].health'] as const;

/** 一般户：残疾人等特殊群体的家庭 — S002 §二. */
export const ordinaryDisability = ordinaryGroup<undefined>(
  'ordinary-disability',
  { zh: '一般户：残疾人等特殊群体的家庭', en: 'ordinary household with a disabled member' },
  [{ doc: S002, clause: '二', quote: '残疾人等特殊群体的家庭' }],
  { zh: '一般户，有残疾成员（健康状况为残疾、有残疾等级或残疾人证）。', en: 'An ordinary household with a disabled member (health 残疾, a disability grade or certificate).' },
  [],
  ['members[].health', 'members[].disabilityGrade'],
  (s) => {
    const v = someMember(s.members, isDisabled);
    return v === undefined ? { outcome: 'undetermined', missing: DISABILITY_UNRECORDED, data: undefined } : decided(v);
  },
  (s, t) => {
    const values = { disabled: countMembers(s.members, (m) => isDisabled(m) === true) };
    if (t.outcome === 'met') return { message: { zh: '一般户，有残疾成员', en: 'an ordinary household with a disabled member' }, values, citations: cites(s) };
    if (t.outcome === 'undetermined') return { message: { zh: '成员健康状况未完整记录', en: "members' health is not fully recorded" }, values, citations: cites(s) };
    return { message: { zh: '无残疾成员', en: 'no disabled member' }, values, citations: cites(s) };
  },
);
