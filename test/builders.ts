/**
 * Readable test households: `household({ ... })` fills in a valid default household (a 3-person
 * 一般农户 with modest income) and deep-merges the overrides, so a test states only what matters.
 */
import { parseHousehold, type Household, type HouseholdInput } from '../src/index.js';

type DeepPartial<T> = T extends readonly (infer U)[] ? U[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export const DEFAULT_HOUSEHOLD: HouseholdInput = {
  id: 'T-0001',
  region: { province: '山东省', county: '龙口市', town: '东莱街道', village: '一村' },
  povertyAlleviated: false,
  members: [
    { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true },
    { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true },
    { name: '王小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'junior-2', basicMedicalInsurance: true },
  ],
  income: { wage: '24000', operating: '6000', property: '0', transfer: '1200', operatingExpense: '2000' },
  guarantees: { housingUnsafe: false, compulsoryEducationDropout: false, drinkingWaterUnsafe: false },
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep-merges plain objects; arrays and scalars in `over` replace; `undefined` deletes the key. */
export function merge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete out[k];
    else out[k] = isPlainObject(v) && isPlainObject(out[k]) ? merge(out[k], v) : v;
  }
  return out as T;
}

/** A valid household: the default with `overrides` merged in. Throws (with the issues) if invalid. */
export function household(overrides: DeepPartial<HouseholdInput> | Record<string, unknown> = {}): Household {
  const input = merge(DEFAULT_HOUSEHOLD, overrides);
  const r = parseHousehold(input);
  if (!r.ok) throw new Error('test household is invalid: ' + JSON.stringify(r.issues));
  return r.household;
}
