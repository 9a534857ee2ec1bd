/**
 * 与监测线比较 — how a per-capita figure is compared with a line, and shown: exactly by default
 * ("低于" is strictly below; `A37 < line × size` in integers, no division), or rounded where a profile
 * says so (`lineComparison`), the rounding itself declared by the profile (`perCapitaRounding`).
 * Every rule that puts a per-capita value beside a line reads it here.
 *
 * @module
 */
import type { Citation, FindingValue } from '../explain/finding.js';
import type { Text } from '../model/labels.js';
import { fact, type Known } from './known.js';
import type { IncomeFigure } from '../profile/parameters/identification.js';
import { comparePerCapita, divideFen, formatFen } from '../model/money.js';
import { parameter } from '../profile/lookup.js';
import type { ParameterValue, Profile } from '../profile/schema.js';

/** Rounding steps in fen. */
export const STEP_FEN = { '0.01': 1, '0.1': 10, '1': 100 } as const;

/**
 * The two parameters every line comparison reads, for the last two frozen (profile, date) pairs asked: a batch
 * compares several figures a household (the identification's A34 and A38, the elimination's, the
 * data-quality checks'), all on one parameter date. Module state, but only a memo of a pure look-up —
 * the values `parameter` returns for that profile and date (a frozen profile never changes) — and never
 * for a profile that is not frozen. A look-up that throws is not kept: each call throws the same error.
 */
let LAST_LINE: LineMemo | undefined;
/** The one before: a household under a rolling period compares on its discovery date and on the review's date, in turn. */
let PREVIOUS_LINE: LineMemo | undefined;

interface LineMemo {
  profile: Profile;
  on: string;
  comparison: 'exact' | 'rounded' | undefined;
  rounding: ParameterValue<'perCapitaRounding'> | undefined;
}

function lineMemo(profile: Profile, on: string): LineMemo | undefined {
  const last = LAST_LINE;
  if (last !== undefined && last.profile === profile && last.on === on) return last;
  const previous = PREVIOUS_LINE;
  let m: LineMemo;
  if (previous !== undefined && previous.profile === profile && previous.on === on) m = previous;
  else if (!Object.isFrozen(profile) || !Object.isFrozen(profile.parameters)) return undefined;
  else m = { profile, on, comparison: undefined, rounding: undefined };
  PREVIOUS_LINE = last;
  return (LAST_LINE = m);
}

/** `parameter(profile, 'lineComparison', on).value`, kept for the last frozen profile and date. */
function lineComparisonOn(profile: Profile, on: string): 'exact' | 'rounded' {
  const m = lineMemo(profile, on);
  if (m === undefined) return parameter(profile, 'lineComparison', on).value;
  return (m.comparison ??= parameter(profile, 'lineComparison', on).value);
}

/** `parameter(profile, 'perCapitaRounding', on).value`, kept for the last frozen profile and date. */
function roundingOn(profile: Profile, on: string): ParameterValue<'perCapitaRounding'> {
  const m = lineMemo(profile, on);
  if (m === undefined) return parameter(profile, 'perCapitaRounding', on).value;
  return (m.rounding ??= parameter(profile, 'perCapitaRounding', on).value);
}

/** A per-capita value rounded as the profile declares. */
export function roundPerCapita(totalFen: number, size: number, profile: Profile, on: string): number {
  const r = roundingOn(profile, on);
  return divideFen(totalFen, size, r.mode, STEP_FEN[r.step]);
}

/**
 * Compares a per-capita value (`totalFen / size`) with a per-capita line, as the profile says:
 * the exact quotient (default) or the rounded one. Returns -1 (below), 0 or 1.
 */
export function compareWithLine(totalFen: number, size: number, lineFen: number, profile: Profile, on: string): -1 | 0 | 1 {
  if (lineComparisonOn(profile, on) === 'rounded') {
    const rounded = roundPerCapita(totalFen, size, profile, on);
    return rounded < lineFen ? -1 : rounded > lineFen ? 1 : 0;
  }
  return comparePerCapita(totalFen, size, lineFen);
}

/**
 * A per-capita quotient (`totalFen / size`, in yuan) with enough places to tell it from any amount
 * in whole fen: exact when it ends within two places ("10560.00"), otherwise truncated to 2 + (digits
 * of `size`) places and marked "…" ("10559.996…"). A quotient that differs from a fen amount differs
 * by at least 1/size fen, so the truncated digits never show it equal to, or on the other side of,
 * that amount.
 *
 * @example
 * perCapitaExact(3167999, 3) // '10559.996…'
 * perCapitaExact(3168000, 3) // '10560.00'
 */
export function perCapitaExact(totalFen: number, size: number): string {
  if (!Number.isInteger(size) || size <= 0) throw new RangeError('size must be a positive integer');
  if (totalFen % size === 0) return formatFen(totalFen / size);
  const places = 2 + String(size).length;
  const negative = totalFen < 0;
  const abs = BigInt(negative ? -totalFen : totalFen);
  // The quotient in units of 10^-places yuan, truncated toward zero.
  const scaled = (abs * 10n ** BigInt(places - 2)) / BigInt(size);
  const digits = scaled.toString().padStart(places + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}…`;
}

/** What {@link showLineComparison} returns. */
export interface LineComparisonShown {
  /** -1 below, 0 equal, 1 above: exactly what {@link compareWithLine} decides. */
  relation: -1 | 0 | 1;
  /**
   * The comparison as decided, in Chinese and English — never a rounded value next to "below":
   * exact, e.g. zh "A38 10559.996… 元 < 监测线 10560.00 元（A37 31679.99 元 < 10560.00 元 × 3 人 = 31680.00 元）";
   * with `lineComparison: 'rounded'`, the rounded value and how it was rounded.
   */
  text: Text;
  /** The per-capita value as the comparison used it: exact ({@link perCapitaExact}) or rounded. */
  perCapita: string;
  /** The per-capita value as money — rounded to the fen as the profile declares (the form's A34/A38) — for a finding's values. */
  money: string;
  /** For a finding's values: the exact quotient, the line times the household size and the relation shown. */
  values: { exact: string; lineTimesSize: string; relation: '<' | '=' | '>'; comparison: 'exact' | 'rounded' };
}

const RELATION = { '-1': '<', '0': '=', '1': '>' } as const;

/**
 * Compares a per-capita value (`totalFen / size`) with a line as {@link compareWithLine} does, and
 * says how, exactly: the shared wording for every message that puts a per-capita value beside a
 * line. `names` are the form codes of the total and the per-capita figure (e.g. A37 and A38).
 *
 * @example
 * showLineComparison(3167999, 3, 1056000, getProfile('fujian/jinan/2023'), '2023-09-30', { total: 'A37', perCapita: 'A38' }).text.zh
 * // 'A38 10559.996… 元 < 监测线 10560.00 元（A37 31679.99 元 < 10560.00 元 × 3 人 = 31680.00 元）'
 */
export function showLineComparison(
  totalFen: number,
  size: number,
  lineFen: number,
  profile: Profile,
  on: string,
  names: { total: string; perCapita: string },
  lineLabel: Text = { zh: '监测线', en: 'the line' },
): LineComparisonShown {
  const relation = compareWithLine(totalFen, size, lineFen, profile, on);
  const symbol = RELATION[relation];
  const line = formatFen(lineFen);
  const product = formatFen(lineFen * size);
  if (parameter(profile, 'lineComparison', on).value === 'rounded') {
    const r = parameter(profile, 'perCapitaRounding', on).value;
    const rounded = formatFen(roundPerCapita(totalFen, size, profile, on));
    return {
      relation,
      perCapita: rounded,
      money: rounded,
      text: {
        zh: `${names.perCapita} ${formatFen(totalFen)} ÷ ${size} 舍入后为 ${rounded} 元 ${symbol} ${lineLabel.zh} ${line} 元（配置以舍入值比较：${r.mode}，步长 ${r.step} 元）`,
        en: `${names.perCapita} ${formatFen(totalFen)} ÷ ${size}, rounded, is ${rounded} ${symbol} ${lineLabel.en} ${line} (the profile compares the value rounded ${r.mode} to ${r.step} yuan)`,
      },
      values: { exact: perCapitaExact(totalFen, size), lineTimesSize: product, relation: symbol, comparison: 'rounded' },
    };
  }
  const exact = perCapitaExact(totalFen, size);
  const total = formatFen(totalFen);
  const proof =
    size === 1
      ? { zh: '', en: '' }
      : {
          zh: `（${names.total} ${total} 元 ${symbol} ${line} 元 × ${size} 人 = ${product} 元）`,
          en: ` (${names.total} ${total} ${symbol} ${line} × ${size} = ${product})`,
        };
  return {
    relation,
    perCapita: exact,
    money: formatFen(roundPerCapita(totalFen, size, profile, on)),
    text: { zh: `${names.perCapita} ${exact} 元 ${symbol} ${lineLabel.zh} ${line} 元${proof.zh}`, en: `${names.perCapita} ${exact} ${symbol} ${lineLabel.en} ${line}${proof.en}` },
    values: { exact, lineTimesSize: product, relation: symbol, comparison: 'exact' },
  };
}


/** The income figures a line test reads (src/facts/income.ts computes them): the household size, A33 and A37 in fen. */
export interface IncomeFigures {
  readonly size: number | null;
  /** A33, fen. */
  readonly net: number;
  /** A37, fen. */
  readonly reference: number;
}

/** A per-capita figure compared with the line. */
export interface LineTest {
  figure: IncomeFigure;
  /** Strictly below the line (unknown without a household size). */
  below: Known;
  /** The total that is divided (A37 for A38, A33 for A34), fen. */
  totalFen: number;
  /** The per-capita value, rounded as the profile declares, for display; `null` without a size. */
  perCapita: string | null;
}

/** The national-form name of the total behind a per-capita figure. */
export function totalName(figure: IncomeFigure): 'A37' | 'A33' {
  return figure === 'A38' ? 'A37' : 'A33';
}

/**
 * Compares a per-capita figure with the line, exactly (or rounded, as the profile says). Without
 * `display` (lean mode) the rounded per-capita value is not formatted (`perCapita` is `null`), but
 * the rounding is still read from the profile, so a missing parameter fails the same way.
 *
 * @example
 * testAgainstLine(facts, 'A38', 650000, getProfile('shandong/longkou/2021'), '2021-06-18').below.value // true when A38 < 6500
 */
export function testAgainstLine(f: IncomeFigures, figure: IncomeFigure, lineFen: number, profile: Profile, on: string, display = true): LineTest {
  const totalFen = figure === 'A38' ? f.reference : f.net;
  if (f.size === null || f.size === 0) {
    return { figure, below: { value: null, missing: [f.size === null ? 'asOf' : 'members'] }, totalFen, perCapita: null };
  }
  const below = fact(compareWithLine(totalFen, f.size, lineFen, profile, on) < 0);
  if (!display) {
    roundingOn(profile, on);
    return { figure, below, totalFen, perCapita: null };
  }
  return { figure, below, totalFen, perCapita: formatFen(roundPerCapita(totalFen, f.size, profile, on)) };
}

/** The values a line test reports: the figure, its total, the size, the line and the comparison. */
export function lineTestValues(t: LineTest, size: number | null, lineFen: number, comparison: string): LineTestValues {
  // Written out per figure (not computed keys): the same keys in the same order, an object of one shape.
  const total = formatFen(t.totalFen);
  const line = formatFen(lineFen);
  const below = t.below.value;
  if (t.figure === 'A38') return { figure: 'A38', A38: t.perCapita, A37: total, householdSize: size, line, comparison, below };
  return { figure: 'A34', A34: t.perCapita, A33: total, householdSize: size, line, comparison, below };
}

/** A line test's values ({@link lineTestValues}): the figure, the per-capita value and its total by their form codes, then the line. */
export type LineTestValues = Record<string, FindingValue> & { figure: IncomeFigure; householdSize: number | null; line: string; comparison: string; below: boolean | null };

/** Deduplicated citations (parameter values first). */
export function uniqueCitations(...cs: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of cs) if (!out.some((o) => o.doc === c.doc && o.clause === c.clause)) out.push({ doc: c.doc, clause: c.clause });
  return out;
}

