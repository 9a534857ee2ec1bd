/**
 * 绿色通道 — help first, procedure after, one rule under its clause.
 *
 * > 党委发〔2023〕70号 §二(三): 对因灾因意外事故等出现返贫致贫风险、生活陷入严重困难事实清楚的，开通“绿色
 * > 通道”，先帮扶后履行程序
 *
 * Which risk types open the channel is the profile's `greenChannel` (Wuqingyuan: natural disaster,
 * accident); "事实清楚" is read as the risk type and the severe hardship being on record. A fact not on
 * record leaves the answer open and names it; a profile without a green channel says so.
 *
 * @module
 */
import type { CalendarDate } from '../../model/calendar-date.js';
import type { Household, RiskType } from '../../model/household.js';
import { RISK_TYPES } from '../../model/labels.js';
import { fieldLabel } from '../../model/field-labels.js';
import { copyFinding, type Citation, type Finding } from '../../explain/finding.js';
import { derivedOn, lookup, type Derivation } from '../../profile/lookup.js';
import type { Profile } from '../../profile/schema.js';
import { clauseRule, type Tested, type Explained } from '../../kernel/clause.js';
import { documentInForce } from '../../kernel/in-force.js';
import { known } from '../../kernel/known.js';
import { citesOf, type Rule } from '../../kernel/rule.js';
import { run } from './run.js';
import type { ProcedureOptions } from './time-limit.js';

const S003 = '党委发〔2023〕70号';

/** What the green channel reads: the household, the profile, and the date its rules are read at. */
export interface GreenChannelContext {
  readonly h: Household;
  readonly profile: Profile;
  /** The as-of date, else the discovery date; `undefined` when neither is known. */
  readonly on: CalendarDate | undefined;
}

/** What the test of the green channel found. */
export type GreenChannelData =
  /** No date to read the profile at. */
  | { readonly kind: 'no-date' }
  /** The profile provides no green channel on that date. */
  | { readonly kind: 'no-channel'; readonly on: CalendarDate }
  /** The channel's risk types, and the household's (undetermined without them). */
  | {
      readonly kind: 'channel';
      readonly on: CalendarDate;
      readonly listed: readonly RiskType[];
      readonly citation: Citation;
      readonly risks: readonly RiskType[] | undefined;
      /** The household's risk types the channel lists. */
      readonly matched: readonly RiskType[];
      /** Severe hardship on record (`undefined`: not recorded, or not asked because no risk matched). */
      readonly severe: boolean | undefined;
    };

const NO_DATE: Tested<GreenChannelData> = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['discoveredOn']), data: Object.freeze({ kind: 'no-date' }) });

const names = (risks: readonly RiskType[], lang: 'zh' | 'en') => risks.map((r) => RISK_TYPES[r][lang]).join(lang === 'zh' ? '、' : ', ');

/** The rule's clauses in force for the profile (no clause of the profile's documents provides a channel: the reason is in the message). */
const inForce = (rule: Rule, profile: Profile) => citesOf(rule).filter((c) => documentInForce(profile, c.doc));

const RISKS = fieldLabel('riskTypes');
const SEVERE = fieldLabel('hardship.severeDifficulty');

/** 绿色通道 (S003 §二(三)) — a listed risk type and severe hardship on record: help first, procedure after. */
export const greenChannelRule = clauseRule<GreenChannelContext, GreenChannelData>({
  id: 'procedure.green-channel',
  layer: 'procedure',
  title: { zh: '绿色通道（先帮扶后履行程序）', en: 'green channel (help first, procedure after)' },
  citations: [
    {
      doc: S003,
      clause: '二(三)',
      quote: '对因灾因意外事故等出现返贫致贫风险、生活陷入严重困难事实清楚的，开通“绿色通道”，先帮扶后履行程序',
    },
  ],
  description: {
    zh: '风险类型（A27）属于配置列明的类型（五顷塬：因自然灾害、因意外事故），且已记录生活陷入严重困难（hardship.severeDifficulty）的，适用绿色通道：先帮扶，后履行认定程序。“事实清楚”理解为上述事实已记录在案。',
    en: 'A household whose risk type (A27) is one the profile lists (Wuqingyuan: natural disaster, accident) and whose severe hardship is on record (hardship.severeDifficulty) takes the green channel: it is helped first and goes through identification afterwards. "Facts clear" is read as these facts being on record.',
  },
  parameters: ['greenChannel'],
  facts: ['riskTypes', 'hardship.severeDifficulty'],
  test: ({ h, profile, on }) => {
    if (!on) return NO_DATE;
    const channel = lookup(profile, 'greenChannel', on);
    if (!channel.ok) return { outcome: 'info', data: { kind: 'no-channel', on } };
    const listed = channel.value.riskTypes;
    const risks = h.riskTypes;
    const base = { kind: 'channel', on, listed, citation: channel.citation, risks } as const;
    if (!risks || risks.length === 0) return { outcome: 'undetermined', missing: ['riskTypes'], data: { ...base, matched: [], severe: undefined } };
    const matched = risks.filter((r) => listed.includes(r));
    if (matched.length === 0) return { outcome: 'not-met', data: { ...base, matched, severe: undefined } };
    const severe = known(h.hardship?.severeDifficulty, 'hardship.severeDifficulty');
    if (severe.value === null) return { outcome: 'undetermined', missing: severe.missing, data: { ...base, matched, severe: undefined } };
    return { outcome: severe.value ? 'met' : 'not-met', data: { ...base, matched, severe: severe.value } };
  },
  explain: ({ profile }, t, rule): Explained => {
    const d = t.data;
    if (d.kind === 'no-date') {
      const asOf = fieldLabel('asOf');
      const discovered = fieldLabel('discoveredOn');
      return {
        message: { zh: `未给出${asOf.zh}或${discovered.zh}，无法确定适用的规定`, en: `neither ${asOf.en} nor the ${discovered.en} is given, so the rule in force cannot be determined` },
        values: {},
        citations: inForce(rule, profile),
      };
    }
    if (d.kind === 'no-channel') {
      const reason = profile.unset.greenChannel;
      return {
        message: {
          zh: `配置 ${profile.id} 在 ${d.on} 未规定绿色通道，按一般程序办理${reason ? `（${reason.zh}）` : ''}`,
          en: `profile ${profile.id} provides no green channel on ${d.on}: the ordinary procedure applies${reason ? ` (${reason.en})` : ''}`,
        },
        values: { on: d.on },
        citations: inForce(rule, profile),
      };
    }
    const { on, listed, risks, matched, severe } = d;
    const citations = [{ doc: d.citation.doc, clause: d.citation.clause }];
    if (!risks || risks.length === 0) {
      return {
        message: { zh: `未记录${RISKS.zh}，无法判断是否属于${names(listed, 'zh')}`, en: `no ${RISKS.en} is recorded, so whether it is ${names(listed, 'en')} cannot be told` },
        values: { listed: [...listed], on },
        citations,
      };
    }
    if (matched.length === 0) {
      return {
        message: {
          zh: `风险类型（${names(risks, 'zh')}）不属于绿色通道的${names(listed, 'zh')}，按一般程序办理`,
          en: `the risk types (${names(risks, 'en')}) are not among the green channel's (${names(listed, 'en')}): the ordinary procedure applies`,
        },
        values: { riskTypes: [...risks], listed: [...listed], on },
        citations,
      };
    }
    const m = { zh: names(matched, 'zh'), en: names(matched, 'en') };
    if (severe === undefined) {
      return {
        message: { zh: `风险类型为${m.zh}，但未记录是否${SEVERE.zh}`, en: `the risk is ${m.en}, but whether there is ${SEVERE.en} is not recorded` },
        values: { riskTypes: [...risks], listed: [...listed], on },
        citations,
      };
    }
    return {
      message: severe
        ? { zh: `${m.zh}致生活陷入严重困难，事实清楚：开通绿色通道，先帮扶后履行程序`, en: `severe hardship from ${m.en} is on record: green channel — help first, procedure after` }
        : { zh: `风险类型为${m.zh}，但未陷入严重困难：按一般程序办理`, en: `the risk is ${m.en} but there is no severe hardship: the ordinary procedure applies` },
      values: { riskTypes: [...risks], listed: [...listed], severeDifficulty: severe, on },
      citations,
    };
  },
});

/** The green channel answer. Plain JSON. */
export interface GreenChannelResult {
  /** `true`: help first, procedure after; `false`: the ordinary procedure; `null`: a fact is missing. */
  applies: boolean | null;
  finding: Finding;
}

/**
 * 绿色通道 (S003 §二(三)): whether a household is helped first and goes through the procedure
 * afterwards — a risk type the profile lists (Wuqingyuan: natural disaster, accident) and severe
 * hardship on record. The parameter is read at `options.asOf`, else at `discoveredOn`. A profile
 * without a green channel answers `false` and says so.
 *
 * @example
 * assessGreenChannel(household({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } }),
 *   getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-08' }).applies // true
 */
export function assessGreenChannel(h: Household, profile: Profile, options: Pick<ProcedureOptions, 'asOf'> = {}): GreenChannelResult {
  const on = options.asOf ?? h.discoveredOn;
  if (on === undefined) return answerOf(h, profile, on).result;
  // Without a channel in the profile on that date the answer and its finding are the same for every
  // household: worked out once per (profile, date) — kept in the profile's table of derivations
  // (`derivedOn`: frozen profiles only) — each result a fresh copy.
  const same = sameOn(profile, on);
  if (same.answer === undefined) {
    const answer = answerOf(h, profile, on);
    same.answer = answer.tested.data.kind === 'no-channel' ? answer.result : null;
    if (same.answer === null) return answer.result;
  }
  if (same.answer !== null) return { applies: same.answer.applies, finding: copyFinding(same.answer.finding) };
  return answerOf(h, profile, on).result;
}

/**
 * The green channel of one household worked out from its rule, uncached: what {@link assessGreenChannel}
 * answers (the oracle of its cache in the tests).
 *
 * @example
 * answerOf(h, getProfile('fujian/jinan/2023'), '2023-12-15').result // deep-equals assessGreenChannel(h, …, { asOf: '2023-12-15' })
 */
export function answerOf(h: Household, profile: Profile, on: CalendarDate | undefined): { tested: Tested<GreenChannelData>; result: GreenChannelResult } {
  const { tested, finding } = run(greenChannelRule, { h, profile, on });
  return { tested, result: { applies: tested.outcome === 'undetermined' ? null : tested.outcome === 'met', finding } };
}

/**
 * Per (profile, date), in the profile's table of derivations: the answer every household gets on that
 * date when the profile has no channel then, or `null` when it has one (each household is tested);
 * filled by the first household assessed on the date. The rule reads nothing of the household in that
 * case (its test stops at the profile's parameter), so keeping it cannot change an answer.
 */
const SAME_FOR_EVERY_HOUSEHOLD: Derivation<{ answer?: GreenChannelResult | null }> = { derive: () => ({}) };

/**
 * The last (frozen profile, date) asked and its entry of {@link SAME_FOR_EVERY_HOUSEHOLD}: the green
 * channel is asked on the as-of date, the other layers on the parameter date, so the profile's table
 * (which keeps the last date at hand) would be searched by date for every household. Module state, but
 * only a memo of a pure look-up: the entry the table holds for that profile and date (a profile that is
 * not frozen is never kept: its table is never kept either).
 */
let LAST_SAME: { profile: Profile; on: CalendarDate; same: { answer?: GreenChannelResult | null } } | undefined;

function sameOn(profile: Profile, on: CalendarDate): { answer?: GreenChannelResult | null } {
  const last = LAST_SAME;
  if (last !== undefined && last.profile === profile && last.on === on) return last.same;
  const same = derivedOn(profile, on, SAME_FOR_EVERY_HOUSEHOLD);
  if (Object.isFrozen(profile) && Object.isFrozen(profile.parameters)) LAST_SAME = { profile, on, same };
  return same;
}
