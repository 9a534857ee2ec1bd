/**
 * 基本医疗保险 — A26 有家庭成员未参加基本医疗保险, one of the 三保障 items.
 *
 * 临稷办发〔2023〕76号 附件1:
 * > A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（A17 指标生成）
 *
 * A record that carries A26 itself is read as recorded; one that does not gets it from
 * A17 of the members on record — one member without insurance settles "yes", every member insured
 * settles "no", and an unrecorded A17 (or no member at all) leaves it unknown, naming A26.
 *
 * @module
 */
import type { Household, Member } from '../model/household.js';
import { fact, type Known } from '../kernel/known.js';

/** The field that settles the fact when the members' A17 cannot. */
const A26 = 'guarantees.memberWithoutMedicalInsurance';

/**
 * A26 有家庭成员未参加基本医疗保险: as recorded, else generated from the members' A17 (three-valued).
 *
 * @example
 * memberWithoutMedicalInsurance({ guarantees: {} }, [{ …, basicMedicalInsurance: true }, { …, basicMedicalInsurance: false }]).value // true
 * memberWithoutMedicalInsurance({ guarantees: {} }, [{ …, basicMedicalInsurance: true }, { … }]).missing // ['guarantees.memberWithoutMedicalInsurance']
 * memberWithoutMedicalInsurance({ guarantees: { memberWithoutMedicalInsurance: false } }, []).value // false: A26 as recorded
 */
export function memberWithoutMedicalInsurance(h: Pick<Household, 'guarantees'>, members: readonly Member[]): Known {
  const recorded = h.guarantees?.memberWithoutMedicalInsurance;
  if (recorded !== undefined) return fact(recorded);
  let unknown = members.length === 0;
  for (const m of members) {
    if (m.basicMedicalInsurance === false) return fact(true);
    if (m.basicMedicalInsurance === undefined) unknown = true;
  }
  return unknown ? { value: null, missing: [A26] } : fact(false);
}
