/**
 * A bilingual text (中英文): every message, label and title the library writes is given in Chinese and
 * English.
 *
 * @module
 */

/** A bilingual text. */
export interface Text {
  zh: string;
  en: string;
}
