/**
 * 无劳动能力家庭 — Xiaozhongdian's labour-capacity target.
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(二):
 * > 1.原非建档立卡农户，2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）和整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭。
 * > 2.2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）和整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的脱贫户。
 *
 * A household meets the target when the whole household has no labour capacity — every member on
 * record is 丧失劳动力 or 无劳动力 (A14), or it is recorded as 整户无劳动能力兜底保障户 — or when part of
 * it has lost labour capacity and it cannot earn a stable income from industry or work
 * (`hardship.noStableIncomeFromWork`). Whether "和" joins the target to the income test by "or"
 * or by "and" is the profile option `noLabourCapacityTarget` (default for Xiaozhongdian: "or",
 * justified on the parameter and in docs/decisions.md).
 *
 * @module
 */
import type { Household } from '../../model/household.js';
import { hasNoLabour } from '../../model/member-facts.js';
import { defineRule } from '../rule.js';
import { allOf, anyOf, fact, known, type Known } from './known.js';
import type { MemberOnRecord } from './members.js';

const S002 = '小甸巩固振兴组办〔2021〕1号';

export const noLabourCapacityRule = defineRule({
  id: 'identification.no-labour-capacity',
  layer: 'identification',
  title: { zh: '整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入', en: 'no labour capacity, or partly lost and no stable income from work' },
  citations: [
    {
      doc: S002,
      clause: '三(二)',
      quote: '1.原非建档立卡农户，2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）和整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的家庭。',
    },
    {
      doc: S002,
      clause: '三(二)',
      quote: '2.2021年度家庭人均纯收入低于全省监测底线（2020年为6000元）和整户无劳动能力或部分丧失劳动能力且无法通过产业就业获得稳定收入的脱贫户。',
    },
  ],
  description: {
    zh: '整户无劳动能力（在册成员劳动技能均为丧失劳动力或无劳动力，或记录为整户无劳动能力兜底保障户），或部分丧失劳动能力且无法通过产业就业获得稳定收入（hardship.noStableIncomeFromWork）。与收入条件按配置以“或”或“且”结合。',
    en: 'The whole household has no labour capacity (every member on record has lost labour capacity or has none, or the household is recorded as 整户无劳动能力兜底保障户), or part of it has lost labour capacity and it cannot earn a stable income from industry or work (hardship.noStableIncomeFromWork). Joined to the income test by "or" or "and" as the profile says.',
  },
  parameters: ['noLabourCapacityTarget'],
  facts: ['members[].labour', 'noLabourSafetyNet', 'hardship.noStableIncomeFromWork'],
});

/** The parts of the labour-capacity test. */
export interface LabourCapacityTest {
  /** 整户无劳动能力. */
  wholeHousehold: Known;
  /** 部分丧失劳动能力且无法通过产业就业获得稳定收入. */
  partlyWithoutStableIncome: Known;
  /** Either. */
  met: Known;
}

/**
 * Tests the labour-capacity target on the members on record.
 *
 * @example
 * labourCapacity(h, members).met.value // true when every member on record is 丧失劳动力 or 无劳动力
 */
export function labourCapacity(h: Household, members: readonly MemberOnRecord[]): LabourCapacityTest {
  const wholeHousehold =
    h.noLabourSafetyNet === true
      ? fact(true)
      : members.length === 0
        ? { value: null, missing: ['members'] }
        : allOf(...members.map(({ member, index }) => known(hasNoLabour(member), `members[${index}].labour`)));
  const partlyWithoutStableIncome = known(h.hardship?.noStableIncomeFromWork, 'hardship.noStableIncomeFromWork');
  return { wholeHousehold, partlyWithoutStableIncome, met: anyOf(wholeHousehold, partlyWithoutStableIncome) };
}
