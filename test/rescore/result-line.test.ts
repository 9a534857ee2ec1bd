/**
 * Result lines written directly (src/rescore/result-line.ts) are, byte for byte, the lines
 * `tableLines` writes for `householdRow`'s rows — the oracle stays the row path — on households of
 * the project's generator (lean and explained, zh and en, CSV and NDJSON), on arbitrary result
 * summaries, and cell by cell on arbitrary text (the CSV quoting and Excel protection). The byte path
 * (`add`/`take`) writes the UTF-8 bytes of the text path's lines: `TextEncoder.encode` of the text
 * stays its oracle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { assessHousehold, type AssessmentResult } from '../../src/assess.js';
import { readRecords, type ImportedRecord } from '../../src/io/index.js';
import { RESULT_COLUMNS, resultRow, type ResultSummary } from '../../src/io/columns.js';
import { tableLines, type TableRow } from '../../src/io/write.js';
import { parseHousehold } from '../../src/model/parse.js';
import type { Household } from '../../src/model/household.js';
import { recordedStateOf, RECORDED_STATES, type RecordedState } from '../../src/present/result-labels.js';
import { householdRow } from '../../src/rescore/row.js';
import { csvCell, ResultLines, type LineSource } from '../../src/rescore/result-line.js';
import { villageLines } from '../../examples/make-village.js';
import { AS_OF, jinan } from './fixtures.js';

const FORMATS = ['csv', 'ndjson'] as const;
const LANGUAGES = ['zh', 'en'] as const;

/** Today's CSV cell: one column written by tableLines, without its line end. */
const oldCell = (s: string) => tableLines([{ v: s }], { format: 'csv', columns: [{ key: 'v', zh: 'v', en: 'v' }] }).slice(0, -2);

/** Characters the CSV rule treats specially, and JavaScript's white space (`\s`) beside characters that are not. */
const SPECIAL = ['0', '1', '9', '-', '=', '+', '@', '\t', '\r', '\n', '"', ',', ' ', 'x', 'X', '户', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u000b', '\u000c', "'"];
const specialText = fc.array(fc.constantFrom(...SPECIAL), { maxLength: 16 }).map((a) => a.join(''));
const digits = fc.array(fc.constantFrom('0', '1', '5', '9'), { minLength: 1, maxLength: 20 }).map((a) => a.join(''));

async function* village(count: number, seed: number): AsyncGenerator<string> {
  yield* villageLines({ households: count, seed });
}

async function households(count: number, seed: number): Promise<Household[]> {
  const records: ImportedRecord[] = [];
  for await (const r of readRecords(village(count, seed), { format: 'csv' })) records.push(r);
  const out: Household[] = [];
  for (const r of records) {
    if (r.problems.length > 0) continue;
    const parsed = parseHousehold(r.raw);
    if (parsed.ok) out.push(parsed.household);
  }
  return out;
}

function oldLine(h: Household, result: AssessmentResult, format: 'csv' | 'ndjson', language: 'zh' | 'en'): string {
  return tableLines([householdRow(h, result, language)], { format, columns: RESULT_COLUMNS, language });
}

/** Result summaries as a line reads them: known and unknown codes, missing layers, arbitrary text. */
const code = (list: readonly string[]) => fc.option(fc.oneof(fc.constantFrom(...list), fc.string({ maxLength: 6 })), { nil: undefined });
const codes = (list: readonly string[]) => fc.option(fc.array(fc.oneof(fc.constantFrom(...list), fc.string({ maxLength: 6 })), { maxLength: 4 }), { nil: undefined });
const text = fc.record({ zh: fc.string({ maxLength: 6 }), en: fc.string({ maxLength: 6 }) });
const summaryArb: fc.Arbitrary<{ recorded: RecordedState; summary: ResultSummary }> = fc.record({
  recorded: fc.constantFrom(...(Object.keys(RECORDED_STATES) as RecordedState[])),
  summary: fc.record(
    {
      householdId: fc.oneof(fc.string({ maxLength: 20 }), specialText, digits),
      village: fc.option(fc.oneof(fc.string({ maxLength: 8 }), specialText), { nil: undefined }),
      income: fc.option(
        fc.record({
          householdSize: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
          netIncome: fc.option(fc.oneof(fc.constant('5733.33'), fc.constant('-12.00'), digits), { nil: undefined }),
          perCapitaNetIncome: fc.option(fc.constantFrom('0.00', '100.5', '-0.01'), { nil: null }),
          referenceIncome: fc.option(fc.constantFrom('7000.00'), { nil: undefined }),
          perCapitaReferenceIncome: fc.option(fc.constantFrom('7000.00'), { nil: undefined }),
        }),
        { nil: null },
      ),
      monitoring: fc.option(
        fc.record({
          outcome: code(['identified', 'not-identified', 'to-verify', 'undetermined']),
          eligible: fc.option(fc.boolean(), { nil: null }),
          category: code(['unstable', 'marginal', 'sudden-hardship']),
          provisionalCategory: code(['marginal']),
          toVerify: fc.option(fc.array(fc.record({ label: text, facts: fc.array(fc.record({ field: fc.constantFrom('riskTypes', 'members[0].labour', 'x'), label: text }), { maxLength: 3 }) }), { maxLength: 3 }), { nil: undefined }),
          missing: codes(['income.wage', 'members[1].health', 'riskTypes']),
          signs: codes(['income-below-line', 'risk-type']),
          excludedBy: codes(['identification.exclusion.wealth']),
        }),
        { nil: undefined },
      ),
      policyStatus: fc.option(fc.record({ outcome: code(['enjoying', 'to-verify']), status: code(['enjoying', 'not-enjoying']) }), { nil: null }),
      elimination: fc.option(fc.record({ outcome: code(['eligible', 'not-eligible']), eligible: fc.option(fc.boolean(), { nil: undefined }), blockers: codes(['too-soon', 'prohibition.item-3']) }), { nil: undefined }),
      screening: fc.option(fc.record({ groups: codes(['elderly']) }), { nil: undefined }),
      quality: fc.option(fc.array(fc.record({ severity: fc.constantFrom('error', 'warning', 'completeness', 'info', 'other') }), { maxLength: 5 }), { nil: undefined }),
    },
    { requiredKeys: ['householdId'] },
  ),
});

describe('csvCell is the CSV cell of tableLines (Excel-safe), without regular expressions', () => {
  it('long digit strings as ="…", formula starts with a quote, quoting by ", comma, CR, LF and outer white space', () => {
    expect(csvCell('110105194912310029')).toBe('="110105194912310029"');
    expect(csvCell('012')).toBe('="012"');
    expect(csvCell('0')).toBe('0');
    expect(csvCell('12345678901')).toBe('12345678901');
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('\u3000村')).toBe('"\u3000村"');
    expect(csvCell('村\u200b')).toBe('村\u200b'); // U+200B is not white space for \s
  });

  it('equals the regular-expression rule on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), specialText, digits, fc.tuple(specialText, fc.string({ maxLength: 8 }), specialText).map((t) => t.join(''))), (s) => {
        expect(csvCell(s)).toBe(oldCell(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back as the text written (papaparse), but for the Excel protection', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), specialText), (s) => {
        const cell = csvCell(s);
        const back = Papa.parse<string[]>(`${cell},x`, { delimiter: ',', newline: '\r\n' }).data[0]![0]!;
        const expected = /^(0\d+|\d{12,})$/.test(s) ? `="${s}"` : /^([=+@\t\r]|-(?!\d))/.test(s) ? `'${s}` : s;
        expect(back).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('ResultLines writes what tableLines writes for householdRow', () => {
  it('on generated households: lean and explained, CSV and NDJSON, Chinese and English', async () => {
    const hs = await households(300, 2023);
    expect(hs.length).toBeGreaterThan(250);
    for (const explain of [false, true]) {
      const results = hs.map((h) => assessHousehold(h, jinan, { asOf: AS_OF, ...(explain ? {} : { explain: false }) }));
      for (const format of FORMATS) {
        for (const language of LANGUAGES) {
          const lines = new ResultLines(format, language);
          let text = '';
          let expected = '';
          hs.forEach((h, i) => {
            text += lines.line({ householdId: h.id, village: h.region?.village, recorded: recordedStateOf(h), result: results[i]! });
            expected += oldLine(h, results[i]!, format, language);
          });
          expect(text).toBe(expected);
        }
      }
    }
  });

  it('on households whose id and village are shaped like ID numbers, hold control characters, commas and quotes', async () => {
    const [h] = await households(5, 7);
    const result = assessHousehold(h!, jinan, { asOf: AS_OF, explain: false });
    // 15 characters: the shortest ID-shaped run (an old 15-digit ID number), masked; C1 controls (U+0085) shown as U+FFFD.
    const ids = ['11010519491231002X', '１１０１０５１９４９１２３１００２Ｘ', '110105491231002', 'H0\u000001', 'H\u0085\u009f1', 'H\u007f', '53340100000001', '0123', '=cmd', '-x', 'a,"b"', ' H1'];
    for (const format of FORMATS) {
      for (const language of LANGUAGES) {
        const lines = new ResultLines(format, language);
        for (const id of ids) {
          for (const village of [id, undefined, '一村', `${id}村`]) {
            const hh = { ...h!, id, region: { ...h!.region, village } } as Household;
            expect(lines.line({ householdId: id, village, recorded: recordedStateOf(hh), result })).toBe(oldLine(hh, result, format, language));
          }
        }
      }
    }
  });

  it('on arbitrary result summaries, known and unknown codes (property)', () => {
    const writers = FORMATS.flatMap((format) => LANGUAGES.map((language) => new ResultLines(format, language)));
    fc.assert(
      fc.property(summaryArb, ({ recorded, summary }) => {
        for (const lines of writers) {
          const h = { id: summary.householdId, region: summary.village === undefined ? undefined : { village: summary.village }, monitoring: undefined } as unknown as Household;
          const row: TableRow = resultRow({ ...summary, householdId: householdRow(h, {} as AssessmentResult, lines.language).householdId as string, village: householdRow(h, {} as AssessmentResult, lines.language).village as string | undefined, recorded }, lines.language);
          const expected = tableLines([row], { format: lines.format, columns: RESULT_COLUMNS, language: lines.language });
          expect(lines.line({ householdId: summary.householdId, village: summary.village, recorded, result: summary })).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('ResultLines writes, as bytes, the UTF-8 of its text lines', () => {
  const utf8 = new TextEncoder();

  /** Where two byte strings first differ (`-1`: nowhere), with the bytes around it: a readable failure, without comparing element by element. */
  function difference(got: Uint8Array, expected: Uint8Array): { at: number; got?: string; expected?: string } {
    if (Buffer.from(got).equals(Buffer.from(expected))) return { at: -1 };
    let at = 0;
    while (at < got.length && at < expected.length && got[at] === expected[at]) at++;
    const around = (b: Uint8Array) => Buffer.from(b.subarray(Math.max(0, at - 8), at + 8)).toString('hex');
    return { at, got: around(got), expected: around(expected) };
  }

  /** Writes the sources both ways (one writer each) and holds the bytes equal, taking them every `every` lines. */
  function expectSameBytes(format: 'csv' | 'ndjson', language: 'zh' | 'en', sources: readonly LineSource[], every: number): void {
    const text = new ResultLines(format, language);
    const bytes = new ResultLines(format, language);
    let expected = '';
    for (let i = 0; i < sources.length; i++) {
      expected += text.line(sources[i]!);
      bytes.add(sources[i]!);
      if ((i + 1) % every === 0 || i === sources.length - 1) {
        expect(difference(bytes.take(), utf8.encode(expected))).toEqual({ at: -1 });
        expected = '';
      }
    }
    expect(bytes.take().length).toBe(0);
  }

  it('on generated households: lean and explained, CSV and NDJSON, Chinese and English, taken in pieces and past the first buffer', async () => {
    const hs = await households(400, 2024);
    expect(hs.length).toBeGreaterThan(350);
    for (const explain of [false, true]) {
      const sources = hs.map((h) => ({ householdId: h.id, village: h.region?.village, recorded: recordedStateOf(h), result: assessHousehold(h, jinan, { asOf: AS_OF, ...(explain ? {} : { explain: false }) }) }));
      // 400 lines of ≈ 200–700 bytes outgrow the first 64 KiB buffer; pieces of 37 lines do not.
      for (const format of FORMATS) for (const language of LANGUAGES) for (const every of [37, sources.length]) expectSameBytes(format, language, sources, every);
    }
  });

  it('on arbitrary result summaries and arbitrary text in the id and village: lone surrogates, control characters, quotes (property)', () => {
    const textArb = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 }), specialText, digits);
    const amountArb = fc.option(fc.oneof(textArb, fc.string({ maxLength: 14 }), fc.constantFrom('0.00', '0', '00', '-', '-1', '-.5', '=1', '+1', '@', '1,5', '"1"', '\\', '12345678901.5', '123456789012', '1\u007f', '~')), { nil: null });
    const incomeArb = fc.record({
      householdSize: fc.option(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double(), fc.constantFrom(-0, 9.5, 10, 1e21)), { nil: undefined }),
      netIncome: amountArb,
      perCapitaNetIncome: amountArb,
      referenceIncome: amountArb,
      perCapitaReferenceIncome: amountArb,
    });
    const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(-1, 1.5, 100));
    const countsArb = fc.record({ error: count, warning: count, completeness: count, info: count });
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: summaryArb, id: textArb, village: fc.option(textArb, { nil: undefined }), income: fc.option(incomeArb, { nil: undefined }), counts: fc.option(countsArb, { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (items, every) => {
          // The amounts, the size and the counts are copied as they are checked where they are plain: any text, any number.
          const sources = items.map(({ s, id, village, income, counts }) => ({ householdId: id, village, recorded: s.recorded, result: { ...s.summary, ...(income ? { income } : {}), ...(counts ? { qualityCounts: counts } : {}) } }));
          for (const format of FORMATS) for (const language of LANGUAGES) expectSameBytes(format, language, sources, every);
        },
      ),
      { numRuns: 300 },
    );
  });
});

