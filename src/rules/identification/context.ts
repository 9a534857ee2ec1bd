/**
 * What every identification rule reads: the household, the profile and the date its parameters are
 * read at (the end of the income period, or the discovery date of a rolling period), the profile's
 * identification parameters in force on that date (each with its citation), the income figures, and
 * the record's facts the rules share — each per-capita figure compared with the line, the signs in
 * the record (线索), the members on record — worked out once, when first asked.
 *
 * 临稷办发〔2023〕76号 附件1 注2:
 * > 2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。
 *
 * The parameters a decision cannot do without are read when the context is built, in the order the
 * identification has always read them, so a profile that lacks one fails the same way whatever is
 * asked of it (`MissingParameterError`).
 *
 * @module
 */
import { fieldLabel } from '../../model/field-labels.js';
import type { Household } from '../../model/household.js';
import type { Text } from '../../model/labels.js';
import { toFen } from '../../model/money.js';
import { derivedOn, parameter, type Derivation } from '../../profile/lookup.js';
import type { DatedValue } from '../../profile/parameter.js';
import type { IdentificationCondition, IdentificationExclusion, IncomeFigure, RiskEvidence } from '../../profile/parameters/identification.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentFacts } from '../../facts/assessment.js';
import type { IncomeFacts } from '../../facts/income.js';
import type { MemberOnRecord } from '../../facts/members.js';
import type { Tested } from '../../kernel/clause.js';
import type { Known } from '../../kernel/known.js';
import { showLineComparison, testAgainstLine, totalName, type LineTest } from '../../kernel/line.js';
import { recordSigns, type RecordSign } from '../../kernel/verification.js';

/** The identification parameters in force on a date, as the context reads them. */
type IdentificationParameters = Pick<
  IdentificationContext,
  'line' | 'lineFen' | 'entryFigure' | 'categoryFigure' | 'povertyAlleviatedIncomeTest' | 'conditions' | 'riskEvidence' | 'severePath' | 'povertyAlleviatedCategory' | 'exclusions' | 'comparison'
>;

/** The identification parameters of (profile, date), read in the order the identification has always read them. */
const IDENTIFICATION_PARAMETERS: Derivation<IdentificationParameters> = {
  derive: (profile, on) => {
    const line = parameter(profile, 'monitoringLine', on);
    return Object.freeze({
      line,
      lineFen: toFen(line.value),
      entryFigure: parameter(profile, 'identificationIncomeFigure', on),
      categoryFigure: parameter(profile, 'categoryIncomeFigure', on),
      povertyAlleviatedIncomeTest: parameter(profile, 'povertyAlleviatedIncomeTest', on),
      conditions: parameter(profile, 'identificationConditions', on),
      riskEvidence: parameter(profile, 'identificationRiskEvidence', on),
      severePath: parameter(profile, 'severeDifficultyPath', on),
      povertyAlleviatedCategory: parameter(profile, 'povertyAlleviatedCategory', on),
      exclusions: parameter(profile, 'identificationExclusions', on),
      comparison: parameter(profile, 'lineComparison', on),
    });
  },
};

/**
 * The context of one identification (识别) under a profile, on the parameter date.
 *
 * @example
 * const c = new IdentificationContext(new AssessmentFacts(h, getProfile('fujian/jinan/2023'), { asOf: '2023-12-15' }), '2023-09-30');
 * c.lineTest('A38').below.value // true when A38 is strictly below 10560
 */
export class IdentificationContext {
  readonly h: Household;
  readonly profile: Profile;
  /** 监测线 (yuan per head), and in fen. */
  readonly line: DatedValue<string | number>;
  readonly lineFen: number;
  /** The per-capita figure that decides entry (A38 or A34). */
  readonly entryFigure: DatedValue<IncomeFigure>;
  /** The per-capita figure that separates the categories (usually A34). */
  readonly categoryFigure: DatedValue<IncomeFigure>;
  /** Whether a 脱贫户 needs the income test. */
  readonly povertyAlleviatedIncomeTest: DatedValue<boolean>;
  /** The hardship conditions required for entry (one of them); empty where the profile sets none. */
  readonly conditions: DatedValue<readonly IdentificationCondition[]>;
  /** What counts as a risk on record (the national reading); empty where no risk is required. */
  readonly riskEvidence: DatedValue<readonly RiskEvidence[]>;
  /** Whether severe difficulty is a path of its own. */
  readonly severePath: DatedValue<boolean>;
  /** How an identified 脱贫户's category is decided. */
  readonly povertyAlleviatedCategory: DatedValue<'by-income' | 'always-unstable'>;
  /** The exclusions the profile applies. */
  readonly exclusions: DatedValue<readonly IdentificationExclusion[]>;
  /** Exact (default) or rounded comparison with the line. */
  readonly comparison: DatedValue<'exact' | 'rounded'>;
  /** The exact income figures and the household size. */
  readonly income: IncomeFacts;
  /** A4: the household is a 脱贫户. */
  readonly povertyAlleviated: boolean;
  /** The income test applies: every 一般农户, and a 脱贫户 unless the profile exempts it. */
  readonly incomeRequired: boolean;
  private lineTestA34: LineTest | undefined;
  private lineTestA38: LineTest | undefined;
  private signsMemo: RecordSign[] | undefined;

  constructor(
    private readonly facts: AssessmentFacts,
    /** The parameter date. */
    readonly on: string,
  ) {
    const { h, profile } = facts;
    this.h = h;
    this.profile = profile;
    // Read in this order (the first missing one is the error), compiled once per (profile, date).
    const p = derivedOn(profile, on, IDENTIFICATION_PARAMETERS);
    this.line = p.line;
    this.lineFen = p.lineFen;
    this.entryFigure = p.entryFigure;
    this.categoryFigure = p.categoryFigure;
    this.povertyAlleviatedIncomeTest = p.povertyAlleviatedIncomeTest;
    this.conditions = p.conditions;
    this.riskEvidence = p.riskEvidence;
    this.severePath = p.severePath;
    this.povertyAlleviatedCategory = p.povertyAlleviatedCategory;
    this.exclusions = p.exclusions;
    this.comparison = p.comparison;
    this.income = facts.income();
    this.povertyAlleviated = h.povertyAlleviated;
    this.incomeRequired = !h.povertyAlleviated || this.povertyAlleviatedIncomeTest.value;
  }

  /**
   * A per-capita figure compared with the line ("低于" is strictly below; exact unless the profile
   * says `lineComparison: 'rounded'`), once per figure. `perCapita` is not formatted here: an
   * explanation shows the figure with {@link IdentificationContext.shown}.
   */
  lineTest(figure: IncomeFigure): LineTest {
    if (figure === 'A34') return (this.lineTestA34 ??= testAgainstLine(this.income, figure, this.lineFen, this.profile, this.on, false));
    return (this.lineTestA38 ??= testAgainstLine(this.income, figure, this.lineFen, this.profile, this.on, false));
  }

  /** The comparison that decides entry (the profile's entry figure against the line). */
  entry(): LineTest {
    return this.lineTest(this.entryFigure.value);
  }

  /** A line test with its per-capita value rounded as the profile declares, for a finding's values (`null` without a size). */
  shown(t: LineTest): LineTest {
    return testAgainstLine(this.income, t.figure, this.lineFen, this.profile, this.on, true);
  }

  /** The exact comparison in words (the wording every message that puts a per-capita value beside a line shares). */
  compared(t: LineTest): Text {
    return showLineComparison(t.totalFen, this.income.size!, this.lineFen, this.profile, this.on, { total: totalName(t.figure), perCapita: t.figure }).text;
  }

  /** The signs in the record (线索) that make an unrecorded fact worth a visit, in their table order. */
  signs(): RecordSign[] {
    return (this.signsMemo ??= recordSigns(this.h, this.income, { referenceBelowLine: this.lineTest('A38').below.value, period: this.facts.context.period, asOf: this.facts.context.asOf }));
  }

  /** The members on record over the income period (those counted in the household size). */
  members(): readonly MemberOnRecord[] {
    return this.facts.countedMembers();
  }
}

/**
 * A test's outcome as a three-valued fact (to combine tests with `anyOf`).
 *
 * @example
 * knownOf({ outcome: 'undetermined', missing: ['hardship.severeDifficulty'], data: undefined }) // { value: null, missing: ['hardship.severeDifficulty'] }
 */
export function knownOf(t: Tested<unknown>): Known {
  return { value: t.outcome === 'met' ? true : t.outcome === 'not-met' ? false : null, missing: [...(t.missing ?? [])] };
}

/**
 * The facts a test lacked, by their names (for a message an official reads).
 *
 * @example
 * missingNames(['hardship.severeDifficulty'], 'zh') // '刚性支出骤增或收入骤减，导致基本生活出现严重困难'
 */
export function missingNames(paths: readonly string[], lang: 'zh' | 'en'): string {
  return paths.map((p) => fieldLabel(p)[lang]).join(lang === 'zh' ? '、' : '; ');
}
