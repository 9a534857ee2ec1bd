/**
 * The compiled data-quality plan (plan.ts) against the interpreted runner it is built from
 * (`interpretChecks`, today's loop over the steps): the same issues, in the same order, with the same
 * text — on fast-check households and on generated village-export households, accepted and
 * rejected by the checks alike, under every built-in profile and several as-of dates (none, dates no
 * parameter covers, annual and rolling periods), with and without the side tables (work spells,
 * villages).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getProfile, listProfiles, parseHousehold, type Household, type QualityIssue, type Village, type WorkSpell } from '../../../src/index.js';
import { readRecords } from '../../../src/io/index.js';
import { AssessmentFacts } from '../../../src/facts/assessment.js';
import { MissingParameterError } from '../../../src/profile/errors.js';
import { batchChecker } from '../../../src/rules/quality/batch.js';
import { HOUSEHOLD_CHECKS } from '../../../src/rules/quality/catalog.js';
import { interpretChecks, qualityOf } from '../../../src/rules/quality/check.js';
import { compileSteps, generated, resolvedParameters } from '../../../src/rules/quality/plan.js';
import { QualityRun } from '../../../src/rules/quality/run.js';
import { TABLE_CHECKS } from '../../../src/rules/quality/table-checks.js';
import { tableChecker, type ExportTables } from '../../../src/rules/quality/tables.js';
import { villageLines } from '../../../examples/make-village.js';
import { householdArb } from './arbitraries.js';

const PROFILE_IDS = listProfiles().map((p) => p.id);
const AS_OF = [undefined, '2019-06-30', '2021-09-30', '2023-09-30', '2023-12-15', '2024-12-31', '2199-12-31'] as const;
const options = (asOf: string | undefined, explain = true) => ({ ...(asOf === undefined ? {} : { asOf }), explain });

/** Both runs on the same facts: issues deep-equal and serialised byte for byte alike. */
function expectSame(h: Household, profileId: string, asOf: string | undefined, explain = true): QualityIssue[] {
  const profile = getProfile(profileId);
  const compiled = qualityOf(new AssessmentFacts(h, profile, options(asOf, explain)));
  const interpreted = interpretChecks(new QualityRun(new AssessmentFacts(h, profile, options(asOf, explain)))).issues;
  expect(compiled).toEqual(interpreted);
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(interpreted));
  return compiled;
}

/** The generated export (examples/make-village.ts): its households that parse. */
async function generatedHouseholds(households: number, seed: number): Promise<Household[]> {
  const out: Household[] = [];
  const bytes = new TextEncoder().encode([...villageLines({ households, seed })].join(''));
  for await (const rec of readRecords([bytes], { format: 'csv' })) {
    if (rec.problems.length > 0) continue;
    const parsed = parseHousehold(rec.raw);
    if (parsed.ok) out.push(parsed.household);
  }
  return out;
}

describe('compiled plan ≡ interpreted runner, per household', () => {
  test.prop([householdArb, fc.constantFrom(...PROFILE_IDS), fc.constantFrom(...AS_OF), fc.boolean()], { numRuns: 500 })(
    'fast-check households: the same issues, order and text under every built-in profile and as-of date, lean or explained',
    (h, profileId, asOf, explain) => {
      expectSame(h, profileId, asOf, explain);
    },
  );

  it('generated households (clean and with deliberate errors): the same issues under every built-in profile and several as-of dates', async () => {
    const households = await generatedHouseholds(150, 2023);
    expect(households.length).toBeGreaterThan(100);
    let issues = 0;
    let clean = 0;
    for (const profileId of PROFILE_IDS) {
      for (const asOf of ['2021-09-30', '2023-12-15', undefined]) {
        for (const h of households) {
          const n = expectSame(h, profileId, asOf).length;
          issues += n;
          if (n === 0) clean++;
        }
      }
    }
    // Both kinds were compared: households that raise issues and clean ones.
    expect(issues).toBeGreaterThan(0);
    expect(clean).toBeGreaterThan(0);
  });

  it('a profile without a parameter a check reads: the same quality.skipped notes, in the same place', () => {
    // Dates no parameter covers: every dated check that reads one is skipped with a note.
    fc.assert(
      fc.property(householdArb, (h) => {
        for (const profileId of PROFILE_IDS) {
          const issues = expectSame(h, profileId, '1900-01-01');
          expect(issues.some((i) => i.code === 'quality.skipped')).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });
});

const id = (n: number): string => `H${n}`;

describe('compiled plan ≡ interpreted runner, with the side tables', () => {
  const spellArb = (ids: readonly string[]) =>
    fc.record({
      who: fc.integer({ min: 0, max: Math.max(0, ids.length - 1) }),
      stranger: fc.boolean(),
      table: fc.constantFrom('current' as const, 'planned' as const),
      working: fc.option(fc.boolean(), { nil: undefined }),
      start: fc.option(fc.constantFrom('2019-05', '2021-01', '2022-10', '2023-09', '2023-10'), { nil: undefined }),
      end: fc.option(fc.constantFrom('2022-09', '2023-09', '2023-10'), { nil: undefined }),
      channel: fc.option(fc.constantFrom('公益性岗位', '自主就业'), { nil: undefined }),
      travelSubsidy: fc.option(fc.constantFrom('0', '600'), { nil: undefined }),
    });

  function compare(households: readonly Household[], tables: ExportTables, profileId: string, asOf: string | undefined): void {
    const profile = getProfile(profileId);
    const compiled = tableChecker(tables, profile, options(asOf), 'compiled');
    const interpreted = tableChecker(tables, profile, options(asOf), 'interpreted');
    for (const h of households) {
      const a = compiled.add(h);
      const b = interpreted.add(h);
      expect(a).toEqual(b);
      expect(JSON.stringify(a.issues)).toBe(JSON.stringify(b.issues));
    }
    expect(compiled.finish()).toEqual(interpreted.finish());
  }

  it('generated households with work spells of their members (and of strangers) and a village table', async () => {
    const households = (await generatedHouseholds(60, 7)).map((h, k) => ({ ...h, id: id(k) }));
    const ids = households.flatMap((h) => h.members.flatMap((m) => (m.idNumber ? [m.idNumber] : [])));
    const names = [...new Set(households.flatMap((h) => (h.region?.village ? [h.region.village] : [])))];
    const villages: Village[] = names.slice(0, Math.max(1, names.length - 1)).map((name, k) => ({ name, delisted: k % 2 === 0, households: 3, population: 10, ...(k % 3 === 0 ? {} : { doctors: 1 }) }));
    fc.assert(
      fc.property(fc.array(spellArb(ids), { maxLength: 20 }), fc.constantFrom(...PROFILE_IDS), fc.constantFrom('2023-09-30', '2023-12-15', undefined), fc.boolean(), (rows, profileId, asOf, withVillages) => {
        const workSpells: WorkSpell[] = rows.map(({ who, stranger, ...rest }) => {
          const s: Record<string, unknown> = { idNumber: stranger ? '350111198001010011' : ids[who]!, ...rest };
          for (const key of Object.keys(s)) if (s[key] === undefined) delete s[key];
          return s as WorkSpell;
        });
        compare(households, withVillages ? { workSpells, villages } : { workSpells }, profileId, asOf);
      }),
      { numRuns: 25 },
    );
  });

  it('without side tables: the batch checker (duplicates across households) is the same either way', async () => {
    const households = await generatedHouseholds(120, 11);
    for (const profileId of PROFILE_IDS) {
      const compiled = batchChecker(getProfile(profileId), { asOf: '2023-12-15' }, 'compiled');
      const interpreted = batchChecker(getProfile(profileId), { asOf: '2023-12-15' }, 'interpreted');
      for (const h of [...households, households[0]!]) expect(compiled.add(h)).toEqual(interpreted.add(h));
      expect(compiled.finish()).toEqual(interpreted.finish());
    }
  });
});

describe('the plan itself', () => {
  const fail = (): void => undefined;

  it('is one generated function on this platform (not the loop kept for platforms without code generation)', () => {
    expect(generated(HOUSEHOLD_CHECKS, fail)).not.toBeNull();
    expect(generated(TABLE_CHECKS, fail)).not.toBeNull();
  });

  it('is compiled once per step list and status date, and without a status date leaves the dated steps out', () => {
    const stepFailed = (): void => undefined;
    expect(compileSteps(HOUSEHOLD_CHECKS, true, stepFailed)).toBe(compileSteps(HOUSEHOLD_CHECKS, true, stepFailed));
    expect(compileSteps(HOUSEHOLD_CHECKS, false, stepFailed)).not.toBe(compileSteps(HOUSEHOLD_CHECKS, true, stepFailed));
  });

  it('resolves each parameter once per profile and date: the value in force, or the error reading it throws', () => {
    const jinan = getProfile('fujian/jinan/2023');
    const a = resolvedParameters(jinan, '2023-09-30', ['monitoringLine']);
    expect(resolvedParameters(jinan, '2023-09-30', ['monitoringLine'])).toBe(a);
    expect((a.get('monitoringLine') as { value: unknown }).value).toBeDefined();
    const before = resolvedParameters(jinan, '1900-01-01', ['monitoringLine']);
    expect(before.get('monitoringLine')).toBeInstanceOf(MissingParameterError);
  });
});
