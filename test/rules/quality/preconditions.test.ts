/**
 * The data-quality counting run (plan.ts `compileCounting`: every check's test called, its hits
 * counted, member checks side by side under their preconditions) against the explained run's issues
 * counted by severity, and the checks' preconditions (`when`, `whenMember`, run.ts) against what the
 * checks find.
 *
 * The counts are held equal on fast-check households, on generated exports (wide and narrow, with
 * records the importer rejects), on fast-check mutations of an export's cells, under every built-in
 * profile and several as-of dates (none, annual and later periods), and under profiles that lack one parameter (the counting run then
 * counts with the building plan); a step list with a test that throws takes the building plan's count.
 * A member precondition is declared as a fact about its check: where it is false, the check's test as
 * declared finds nothing and throws nothing — held at every member of the same households.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, type Household, type Profile } from '../../../src/index.js';
import { HouseholdBuilder, planColumns } from '../../../src/io/assemble.js';
import { parseHousehold } from '../../../src/model/parse.js';
import { AssessmentFacts } from '../../../src/facts/assessment.js';
import { MissingParameterError } from '../../../src/profile/errors.js';
import { HOUSEHOLD_CHECKS } from '../../../src/rules/quality/catalog.js';
import { interpretChecks, qualityCountsOf, qualityOf, runHouseholdChecks } from '../../../src/rules/quality/check.js';
import { countBySeverity, type QualityCounts } from '../../../src/rules/quality/issue.js';
import { compileCounting, compileSteps, resolvedParameters } from '../../../src/rules/quality/plan.js';
import { NONE, QualityRun, qualityCheck, step, type MemberCheck, type QualityStep } from '../../../src/rules/quality/run.js';
import { generatedHouseholds } from '../../support/generated-households.js';
import { cellEditFields, editedRows, exportCells } from '../../support/export-cells.js';
import { householdArb } from './arbitraries.js';
import { activelyMonitored, alleviatedNotMonitored, measuresRecorded, monitored, riskEliminated, risksRecorded } from '../../../src/rules/quality/scope.js';

const PROFILES = listProfiles().map((p) => getProfile(p.id));
const AS_OF = [undefined, '2019-06-30', '2021-09-30', '2023-12-15', '2024-12-31'] as const;
/** The dates the whole-export properties run at (none, an annual period's, a later one). */
const SOME_AS_OF = [undefined, '2021-09-30', '2023-12-15'] as const;
const options = (asOf: string | undefined, explain: boolean) => ({ ...(asOf === undefined ? {} : { asOf }), explain });

/** The counts of the counting run (compiled), the explained run's issues by severity, and the interpreted counting run: all equal. */
function expectSameCounts(h: Household, profile: Profile, asOf: string | undefined): QualityCounts {
  const counted = qualityCountsOf(new AssessmentFacts(h, profile, options(asOf, false)));
  const explained = countBySeverity(qualityOf(new AssessmentFacts(h, profile, options(asOf, true))));
  expect(counted).toEqual(explained);
  expect(runHouseholdChecks(h, profile, options(asOf, false), 'interpreted', true).counted).toEqual(explained);
  return counted;
}

const total = (c: QualityCounts): number => c.error + c.warning + c.completeness + c.info;

/** A profile built by hand (not frozen) without `key`. */
function without(profile: Profile, key: string): Profile {
  const parameters: Record<string, unknown> = { ...profile.parameters };
  delete parameters[key];
  return { ...profile, parameters } as Profile;
}

const MEMBER_CHECKS: MemberCheck<unknown>[] = HOUSEHOLD_CHECKS.flatMap((s) => s.checks).filter((c): c is MemberCheck<unknown> => typeof (c as Partial<MemberCheck<unknown>>).testMember === 'function');

describe('counting run ≡ the explained run’s issues counted by severity', () => {
  it('generated exports, wide and narrow, with rejected records: every built-in profile, several as-of dates', async () => {
    const wide = await generatedHouseholds({ households: 80, seed: 2023, rejectedPercent: 5, columns: 'full' });
    const narrow = await generatedHouseholds({ households: 80, seed: 7, rejectedPercent: 5, columns: 'narrow' });
    expect(wide.rejected + narrow.rejected).toBeGreaterThan(0);
    let issues = 0;
    let clean = 0;
    for (const profile of PROFILES) {
      for (const asOf of SOME_AS_OF) {
        for (const h of [...wide.households, ...narrow.households]) {
          const n = total(expectSameCounts(h, profile, asOf));
          issues += n;
          if (n === 0) clean++;
        }
      }
    }
    expect(issues).toBeGreaterThan(500);
    expect(clean).toBeGreaterThan(0);
  });

  test.prop([householdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 400 })('fast-check households: the same counts', (h, profile, asOf) => {
    expectSameCounts(h, profile, asOf);
  });

  // Cell mutations: what exports get wrong (empty cells, unknown values, bad ID numbers, money and dates, duplicated members).
  const BAD_CELLS = ['', ' ', '未知值', '12.345', '-5', 'abc', '2023-02-30', '20231301', '110105194912310021', '11010519491231002X', '11010519491231002', '999999194912310021', '11010519491231002X41', '是', '否', '0', '男', '女', '户主', '脱贫户', '\u00a0'];
  const generated = (() => {
    const { header, households } = exportCells(150, 2024, 5);
    return { plan: planColumns(header), households };
  })();
  const mutation = fc.record({
    ...cellEditFields(BAD_CELLS),
    profile: fc.constantFrom(...PROFILES),
    asOf: fc.constantFrom(...AS_OF),
  });
  test.prop([mutation], { numRuns: 300 })('fast-check mutations of a generated export’s cells: the same counts for every record that parses', ({ household, edits, duplicate, profile, asOf }) => {
    const rows = editedRows(generated.households, { household, edits, duplicate });
    const b = new HouseholdBuilder(generated.plan, { vouch: true });
    rows.forEach((cells, i) => b.addRow(i + 4, cells));
    const built = b.finish();
    const parsed = parseHousehold(built.raw);
    if (!parsed.ok) return;
    expectSameCounts(parsed.household, profile, asOf);
  });

  it('profiles without one parameter a check declares: the counting run counts with the building plan, notes included', async () => {
    const { households } = await generatedHouseholds({ households: 40, seed: 11, rejectedPercent: 0, columns: 'full' });
    const declared = [...new Set(HOUSEHOLD_CHECKS.flatMap((s) => s.checks.flatMap((c) => c.parameters)))];
    let notes = 0;
    for (const base of [getProfile('fujian/jinan/2023'), getProfile('shandong/longkou/2021')]) {
      for (const key of declared) {
        const profile = without(base, key);
        for (const h of households.slice(0, 8)) notes += expectSameCounts(h, profile, '2023-12-15').info;
      }
    }
    expect(notes).toBeGreaterThan(0);
  });

  it('a test that throws: the counts are put back and the building plan counts the household (the note, or the error thrown on)', async () => {
    const { households } = await generatedHouseholds({ households: 30, seed: 5, rejectedPercent: 0, columns: 'full' });
    const profile = getProfile('fujian/jinan/2023');
    const facts = (h: Household) => new AssessmentFacts(h, profile, { asOf: '2023-12-15', explain: false });
    const keys = [...new Set(HOUSEHOLD_CHECKS.flatMap((s) => s.checks.flatMap((c) => c.parameters)))];
    const run = (h: Household) => {
      const f = facts(h);
      return new QualityRun(f, resolvedParameters(profile, f.context.parameterDate!, keys), true);
    };
    const fail = (q: QualityRun, s: QualityStep, e: unknown): void => {
      if (!(e instanceof MissingParameterError)) throw e;
      q.add(s.checks[0]!, { path: '', message: { zh: '未运行', en: 'not run' } });
    };
    /** What a plan's run counted, or the error it stopped with (as text). */
    const countedOrError = (compile: typeof compileSteps, steps: readonly QualityStep[], q: QualityRun): unknown => {
      try {
        compile(steps, true, fail)(q);
        return q.counted;
      } catch (e) {
        return String(e);
      }
    };
    // A check whose test reads a parameter it does not declare, missing on the households it fires for
    // (members of three or more), placed last, so that the other checks have counted before it throws.
    const throwing = qualityCheck({
      id: 'quality.test.throws',
      layer: 'quality',
      severity: 'error',
      nationalCodes: [],
      title: { zh: '测试', en: 'test' },
      citations: [],
      description: { zh: '测试', en: 'test' },
      parameters: [],
      test: (q) => {
        if (q.members.length >= 3) throw new MissingParameterError(profile.id, 'monitoringLine', '2023-12-15', undefined, []);
        return NONE;
      },
      explain: () => ({ path: '', message: { zh: '测试', en: 'test' } }),
    });
    const bug = qualityCheck({ ...throwing, id: 'quality.test.bug', test: (q) => (q.members.length >= 3 ? (null as unknown as never[]).slice() : NONE), explain: throwing.explain });
    let thrown = 0;
    for (const extra of [throwing, bug]) {
      const steps: readonly QualityStep[] = Object.freeze([...HOUSEHOLD_CHECKS, step(extra)]);
      for (const h of households) {
        const counting = run(h);
        const building = run(h);
        expect(countedOrError(compileCounting, steps, counting)).toEqual(countedOrError(compileSteps, steps, building));
        if (h.members.length >= 3) thrown++;
      }
    }
    expect(thrown).toBeGreaterThan(0);
  });
});

describe('member preconditions: where one is false, its check finds nothing', () => {
  it('declared by the identity checks that read a problem or a kind of ID number', () => {
    const declaring = MEMBER_CHECKS.filter((c) => c.whenMember !== undefined).map((c) => c.id);
    expect(declaring).toEqual(expect.arrayContaining(['quality.identity.checksum', 'quality.identity.region', 'quality.identity.disability-mismatch', 'quality.identity.fifteen-digit']));
    expect(declaring).not.toContain('quality.identity.missing');
  });

  async function households(): Promise<Household[]> {
    return [
      ...fc.sample(householdArb, { numRuns: 150, seed: 29 }),
      ...(await generatedHouseholds({ households: 50, seed: 2023, rejectedPercent: 5, columns: 'full' })).households,
      ...(await generatedHouseholds({ households: 50, seed: 7, rejectedPercent: 5, columns: 'narrow' })).households,
    ];
  }

  it('fast-check and generated households, every built-in profile and several as-of dates: the test as declared finds nothing and throws nothing where its member precondition is false, and each precondition was false somewhere and true somewhere', async () => {
    const list = await households();
    const seen = new Map<string, { held: number; failed: number; found: number }>();
    for (const profile of PROFILES) {
      for (const asOf of SOME_AS_OF) {
        for (const h of list) {
          const q = new QualityRun(new AssessmentFacts(h, profile, options(asOf, false)));
          for (const c of MEMBER_CHECKS) {
            if (c.whenMember === undefined || (c.dated && q.statusDate === null)) continue;
            const s = seen.get(c.id) ?? { held: 0, failed: 0, found: 0 };
            seen.set(c.id, s);
            for (let i = 0; i < q.members.length; i++) {
              if (c.whenMember(q, i)) {
                s.held++;
                try {
                  if (c.testMemberWhenHolds(q, i).length > 0) s.found++;
                } catch {
                  // a missing parameter where the precondition holds: the runner's business
                }
                continue;
              }
              s.failed++;
              expect(c.testMemberWhenHolds(q, i), `${c.id} at member ${i}`).toEqual([]);
            }
          }
        }
      }
    }
    for (const [id, s] of seen) {
      expect(s.failed, id).toBeGreaterThan(0);
      expect(s.held, id).toBeGreaterThan(0);
    }
    // The preconditions let real hits through: most of the checks found something.
    expect([...seen.values()].filter((s) => s.found > 0).length).toBeGreaterThan(seen.size / 2);
  });

  it('a precondition reads no parameter and never throws: under a profile without parameters', async () => {
    const list = await households();
    const bare = { ...getProfile('fujian/jinan/2023'), parameters: {} } as Profile;
    const checks = HOUSEHOLD_CHECKS.flatMap((s) => s.checks) as (MemberCheck<unknown> | (typeof HOUSEHOLD_CHECKS)[number]['checks'][number])[];
    for (const h of list.slice(0, 120)) {
      const q = new QualityRun(new AssessmentFacts(h, bare, { asOf: '2023-12-15', explain: false }));
      for (const c of checks) {
        if (c.when !== undefined) expect(typeof c.when(q)).toBe('boolean');
        const m = c as Partial<MemberCheck<unknown>>;
        if (m.whenMember !== undefined) for (let i = 0; i < q.members.length; i++) expect(typeof m.whenMember(q, i)).toBe('boolean');
      }
    }
  });
});

describe('household preconditions a check’s test implies: where one is false, its test as declared finds nothing', () => {
  // Declared on household checks whose test keeps the condition (it reads the same fact first): the
  // counting plan tests each once a household instead of calling every such check. (`onForm` on the
  // member-field, education and household-fact checks was moved out of their tests: not held here.)
  const IMPLIED = new Set<unknown>([monitored, activelyMonitored, riskEliminated, alleviatedNotMonitored, measuresRecorded, risksRecorded]);
  const declaring = HOUSEHOLD_CHECKS.flatMap((s) => s.checks).filter((c) => (c.when !== undefined && IMPLIED.has(c.when)) || c.id === 'quality.income.low-per-capita');

  it('declared by the checks of monitored, eliminated, 应纳未纳, measure and risk households', () => {
    expect(declaring.map((c) => c.id)).toEqual(expect.arrayContaining(['quality.consistency.monitored-without-measure', 'quality.consistency.elimination-too-soon', 'quality.monitoring-gap.below-line', 'quality.measure-work.employment-measure-no-labour', 'quality.consistency.other-without-note', 'quality.completeness.contact', 'quality.income.low-per-capita']));
    expect(declaring.map((c) => c.id)).not.toContain('quality.completeness.contact-phone');
  });

  test.prop([householdArb, fc.constantFrom(...PROFILES), fc.constantFrom(...AS_OF)], { numRuns: 300 })('fast-check households: the test as declared finds nothing and throws nothing where the precondition is false', (h, profile, asOf) => {
    const q = new QualityRun(new AssessmentFacts(h, profile, options(asOf, false)));
    for (const c of declaring) {
      if ((c.dated && q.statusDate === null) || c.when!(q)) continue;
      expect(c.testWhenHolds(q), c.id).toEqual([]);
    }
  });

  it('generated exports, wide and narrow, with errors: every built-in profile, several dates; each precondition false and true somewhere', async () => {
    const list = [
      ...(await generatedHouseholds({ households: 120, seed: 2023, rejectedPercent: 5, columns: 'full' })).households,
      ...(await generatedHouseholds({ households: 120, seed: 7, rejectedPercent: 5, columns: 'narrow' })).households,
    ];
    const seen = new Map<string, { held: number; failed: number }>();
    for (const profile of PROFILES) {
      for (const asOf of SOME_AS_OF) {
        for (const h of list) {
          const q = new QualityRun(new AssessmentFacts(h, profile, options(asOf, false)));
          for (const c of declaring) {
            if (c.dated && q.statusDate === null) continue;
            const s = seen.get(c.id) ?? { held: 0, failed: 0 };
            seen.set(c.id, s);
            if (c.when!(q)) {
              s.held++;
              continue;
            }
            s.failed++;
            expect(c.testWhenHolds(q), c.id).toEqual([]);
          }
        }
      }
    }
    expect(seen.size).toBe(declaring.length);
    for (const [id, s] of seen) {
      expect(s.failed, id).toBeGreaterThan(0);
      expect(s.held, id).toBeGreaterThan(0);
    }
  });
});

describe('household preconditions are applied by every runner', () => {
  it('a check declaring `when` finds nothing where it is false, through `test`, `testMember` and the compiled plans', async () => {
    const { households } = await generatedHouseholds({ households: 80, seed: 3, rejectedPercent: 0, columns: 'narrow' });
    const profile = getProfile('fujian/jinan/2023');
    const guarded = HOUSEHOLD_CHECKS.flatMap((s) => s.checks).filter((c) => c.when !== undefined);
    expect(guarded.length).toBeGreaterThan(10);
    let off = 0;
    for (const h of households) {
      const q = new QualityRun(new AssessmentFacts(h, profile, { asOf: '2023-12-15', explain: true }));
      for (const c of guarded) {
        if (c.when!(q)) continue;
        off++;
        expect(c.test(q)).toEqual([]);
        const m = c as Partial<MemberCheck<unknown>>;
        if (m.testMember) for (let i = 0; i < q.members.length; i++) expect(m.testMember(q, i)).toEqual([]);
      }
      // The compiled plan reports what the interpreted one does (compiled.test.ts holds it at large).
      const interpreted = interpretChecks(new QualityRun(new AssessmentFacts(h, profile, { asOf: '2023-12-15', explain: true }))).issues;
      expect(qualityOf(new AssessmentFacts(h, profile, { asOf: '2023-12-15', explain: true }))).toEqual(interpreted);
    }
    expect(off).toBeGreaterThan(0);
  });
});
