/**
 * `fangfanpin explain <input> --household <id>` — why one household came out as it did (解释): the
 * household is found in the export, assessed under the profile, and its explanation printed
 * (`renderExplanation`: every decision with its reasons, the values compared and the clauses).
 *
 * @module
 */
import { assessHousehold } from '../../assess.js';
import { maskIdNumbersInText } from '../../explain/mask.js';
import { renderExplanation } from '../../present/render.js';
import { parseHousehold } from '../../model/parse.js';
import { EXIT } from '../exit-codes.js';
import { inputError, openInput, type ReadingCommandOptions } from '../input.js';
import { loadHolidays } from '../load-holidays.js';
import { loadProfile } from '../load-profile.js';
import { printSuppliedLines, supplyLine, type LineOptions } from '../line-option.js';
import { fieldLabel } from '../../model/field-labels.js';
import { checkProfile } from '../preflight.js';
import { issueOfError } from '../../rescore/score.js';
import { printError, type Io } from '../print.js';

/** Options of `explain`. */
/** A field of a rejected record as an official reads it: its Chinese label, with the path when they differ. */
function fieldName(path: string): string {
  if (!path) return '(记录/record)';
  const label = fieldLabel(path).zh;
  return label === path ? maskIdNumbersInText(path) : `${label}（${maskIdNumbersInText(path)}）`;
}

export interface ExplainCommandOptions extends ReadingCommandOptions, LineOptions {
  household: string;
  /** A JSON file of State Council holiday notices to add to the calendar shipped. */
  holidays?: string;
  lang: 'zh' | 'en' | 'both';
  json: boolean;
}

/**
 * Runs `explain`; returns the exit code: 0 explained, 1 the household was rejected or is not in the file.
 *
 * @example
 * await explainCommand('examples/data/village.csv', { profile: 'fujian/jinan/2023', household: 'H0001', lang: 'zh', json: false }, io);
 */
export async function explainCommand(inputPath: string, options: ExplainCommandOptions, io: Io): Promise<number> {
  const profile = supplyLine(await loadProfile(options.profile), options);
  const holidays = options.holidays ? await loadHolidays(options.holidays) : undefined;
  checkProfile(profile, options.asOf, holidays);
  printSuppliedLines(io, profile);
  const input = await openInput(inputPath, {
    ...(options.inputFormat ? { inputFormat: options.inputFormat } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(io.stdin ? { stdin: io.stdin } : {}),
  });
  const language = options.lang;
  try {
    for await (const rec of input.records) {
      const id = rec.householdId ?? (rec.raw as { id?: unknown } | undefined)?.id;
      if (id !== options.household) continue;
      let issues = rec.problems;
      if (issues.length === 0) {
        const parsed = parseHousehold(rec.raw);
        if (!parsed.ok) issues = parsed.issues;
        else {
          try {
            const result = assessHousehold(parsed.household, profile, { ...(options.asOf ? { asOf: options.asOf } : {}), ...(holidays ? { holidays } : {}) });
            // Everything shaped like an ID number is masked, the household id included (domain.md §11).
            io.stdout.write(maskIdNumbersInText(options.json ? JSON.stringify(result, null, 2) : renderExplanation(result, { language })) + '\n');
            return EXIT.ok;
          } catch (e) {
            issues = [issueOfError(e)];
          }
        }
      }
      printError(io, { zh: `户 ${options.household}（第 ${rec.source.rows.join(', ')} 行）未能评估：`, en: `household ${options.household} (rows ${rec.source.rows.join(', ')}) could not be assessed:` });
      for (const i of issues) io.stderr.write(`  ${fieldName(i.path)}: ${maskIdNumbersInText(i.message.zh)} / ${maskIdNumbersInText(i.message.en)}\n`);
      return issues.some((i) => i.code === 'missing_parameter') ? EXIT.profile : EXIT.rejected;
    }
  } catch (e) {
    throw inputError(inputPath, e);
  }
  printError(io, { zh: `文件中没有户编号为 ${options.household} 的户`, en: `no household with id ${options.household} in the file` });
  return EXIT.rejected;
}
