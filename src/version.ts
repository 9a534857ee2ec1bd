/** The library version, recorded in every decision record. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
