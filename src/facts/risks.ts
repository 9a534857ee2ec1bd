/**
 * 返贫致贫风险在案 — the risks a household's record shows: an A27 risk type, a 三保障 or drinking-water
 * problem (A23–A26) recorded as present, a sudden hardship recorded as present. A recorded "no" is
 * not a risk, and an unrecorded fact is not one either (whether it is, is for the visit).
 *
 * Which kinds count as a risk on record is a profile's `identificationRiskEvidence`.
 *
 * @module
 */
import type { Household } from '../model/household.js';
import type { RiskEvidence } from '../profile/parameters/identification.js';

/** A23–A26: the 三保障 and drinking-water fields, in form order. */
export const GUARANTEE_PROBLEM_FIELDS = ['housingUnsafe', 'compulsoryEducationDropout', 'drinkingWaterUnsafe', 'memberWithoutMedicalInsurance'] as const;

/**
 * The risks on record of the kinds given, as field paths in form order (empty when none): `riskTypes`
 * when an A27 risk type is recorded, `guarantees.<field>` for each 三保障 or drinking-water problem,
 * `hardship.<field>` for each sudden hardship recorded as present.
 *
 * @example
 * risksOnRecord(household({ riskTypes: ['illness'], guarantees: { housingUnsafe: true, drinkingWaterUnsafe: false } }), ['risk-type', 'guarantee-problem'])
 * // ['riskTypes', 'guarantees.housingUnsafe']
 * risksOnRecord(household({ riskTypes: ['illness'], guarantees: { housingUnsafe: true } }), ['risk-type', 'guarantee-problem'], 1)
 * // ['riskTypes'] — the first `limit` of them, in the same order (enough to tell whether any is on record)
 */
export function risksOnRecord(h: Household, kinds: readonly RiskEvidence[], limit = Infinity): string[] {
  const out: string[] = [];
  if (limit <= 0) return out;
  if (kinds.includes('risk-type') && (h.riskTypes?.length ?? 0) > 0 && out.push('riskTypes') >= limit) return out;
  if (kinds.includes('guarantee-problem')) for (const k of GUARANTEE_PROBLEM_FIELDS) if (h.guarantees?.[k] === true && out.push(`guarantees.${k}`) >= limit) return out;
  if (kinds.includes('hardship-fact')) for (const [k, v] of Object.entries(h.hardship ?? {})) if (v === true && out.push(`hardship.${k}`) >= limit) return out;
  return out;
}
