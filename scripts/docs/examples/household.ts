/**
 * What the data-quality worked examples build their households from: valid ID numbers and member
 * templates changed one field at a time.
 *
 * @module
 */
import { idCheckCharacter } from '../../../src/index.js';

/** A member or household written as plain data. */
export type M = Record<string, unknown>;

/**
 * A valid 18-digit ID (Jin'an district code 350111 unless `region`): birth date, sequence (odd = male), check character.
 *
 * @example
 * idFor('1968-03-12', '001') // '350111196803120011'-shaped, with its check character
 */
export function idFor(birthDate: string, sequence: string, region = '350111'): string {
  const first17 = region + birthDate.replaceAll('-', '') + sequence;
  return first17 + idCheckCharacter(first17);
}

/**
 * A member template with some fields replaced; a field set to `undefined` is removed.
 *
 * @example
 * m(HEAD, { health: 'chronic', labour: undefined })
 */
export const m = (template: M, over: M = {}): M => {
  const out = { ...template, ...over };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
};
