/**
 * `--holidays <file>`: a year's State Council holiday notice (or several) as JSON, for working-day
 * deadlines past the calendar shipped (2020–2026). Checked like a profile (`safeDefineHolidayNotices`:
 * real dates in order, every clause cited); any problem is exit code 3, each issue printed.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { safeDefineHolidayNotices } from '../calendar/define.js';
import type { HolidayNotice } from '../calendar/notices.js';
import { CliError, EXIT } from './exit-codes.js';

/**
 * Loads the notices of a `--holidays` file.
 *
 * @example
 * const holidays = await loadHolidays('./notices-2027.json'); // [{ doc: '国办发明电〔2026〕…号', year: 2027, … }]
 */
export async function loadHolidays(path: string): Promise<readonly HolidayNotice[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(EXIT.profile, { zh: `无法读取节假日安排文件 ${path}：${(e as Error).message}`, en: `cannot read the holiday notices file ${path}: ${(e as Error).message}` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(EXIT.profile, { zh: `节假日安排文件 ${path} 不是有效的 JSON：${(e as Error).message}`, en: `the holiday notices file ${path} is not valid JSON: ${(e as Error).message}` });
  }
  const r = safeDefineHolidayNotices(json);
  if (!r.ok) {
    const lines = r.issues.map((i) => `  - ${i.path || '(notice)'}: ${i.message.zh} / ${i.message.en}`).join('\n');
    throw new CliError(EXIT.profile, { zh: `节假日安排文件 ${path} 无效：\n${lines}`, en: `the holiday notices file ${path} is not valid (issues above).` });
  }
  return r.notices;
}
