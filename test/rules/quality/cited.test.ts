/**
 * The citations of a data-quality issue kept per (profile, check, applied citation) (cited.ts)
 * against `citeInForce` of the check's clauses and the applied citations, worked out afresh each
 * time (today's path per hit): the same citations, and the same message with a borrowed reading said
 * once — for every built-in profile, every data-quality rule, and the parameter citations in force at
 * several dates.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { getProfile, listProfiles } from '../../../src/index.js';
import type { Citation } from '../../../src/explain/finding.js';
import { citeInForce } from '../../../src/kernel/in-force.js';
import { citesOf, type Rule } from '../../../src/kernel/rule.js';
import { DOCUMENTS } from '../../../src/explain/documents.js';
import { parameter } from '../../../src/profile/lookup.js';
import type { ParameterKey } from '../../../src/profile/parameters/index.js';
import { QUALITY_RULES } from '../../../src/rules/quality/catalog.js';
import { citedMessage, issueCitations, profileCitations } from '../../../src/rules/quality/cited.js';

const PROFILES = listProfiles().map((p) => getProfile(p.id));
const KEYS: readonly ParameterKey[] = [...new Set(QUALITY_RULES.flatMap((r) => r.parameters))];
/**
 * The data-quality rules, and rule headers citing each known document alone and beside a national
 * one (every built-in rule cites a document in force everywhere, so these make the borrowed readings).
 */
const RULES: readonly Rule[] = [
  ...QUALITY_RULES,
  ...Object.keys(DOCUMENTS).flatMap((doc, k): Rule[] => [
    { ...QUALITY_RULES[0]!, id: `test.only.${k}`, cites: [{ doc, clause: '一' }] },
    { ...QUALITY_RULES[0]!, id: `test.beside.${k}`, cites: [{ doc, clause: '二' }, ...QUALITY_RULES[0]!.cites] },
  ]),
];

/** The citations of the parameter values in force for a profile at a few dates (objects as the profile holds them). */
function appliedCitations(profile: (typeof PROFILES)[number]): Citation[] {
  const out: Citation[] = [];
  for (const on of ['2021-09-30', '2023-12-15', '2024-12-31'])
    for (const key of KEYS) {
      try {
        out.push(parameter(profile, key, on).citation);
      } catch {
        // the profile has no such value then
      }
    }
  return out;
}

describe('issue citations kept per profile, check and applied citation ≡ citeInForce per hit', () => {
  it('every built-in profile and data-quality rule, with no applied citation or one to three, and any message: the same citations and message', () => {
    let borrowed = 0;
    let dropped = 0;
    for (const profile of PROFILES) {
      const applied = appliedCitations(profile);
      fc.assert(
        fc.property(
          fc.constantFrom(...RULES),
          fc.oneof(fc.constant(undefined), fc.constant([]), fc.subarray(applied, { minLength: 1, maxLength: 3 })),
          fc.record({ zh: fc.string(), en: fc.string() }),
          fc.boolean(),
          (rule, with_, text, endsBorrowed) => {
            const want0 = citeInForce(profile, with_ ? citesOf(rule, ...with_) : citesOf(rule), text);
            // A message that already says the reading is borrowed (a finding re-expressed) keeps it once.
            const message = endsBorrowed && want0.message !== text ? want0.message : text;
            const want = citeInForce(profile, with_ ? citesOf(rule, ...with_) : citesOf(rule), message);
            for (let k = 0; k < 2; k++) {
              const got = issueCitations(profileCitations(profile), profile, rule, with_);
              expect(got.citations).toEqual(want.citations);
              const m = citedMessage(message, got.borrowed);
              expect(m).toEqual(want.message);
              expect(m === message).toBe(want.message === message);
            }
            if (want.message !== message) borrowed++;
            if (want.citations.length < citesOf(rule, ...(with_ ?? [])).length) dropped++;
          },
        ),
        { numRuns: 150 },
      );
    }
    // Both kinds of profile answer were met: a borrowed reading said in the message, and a citation dropped.
    expect(borrowed).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
  });
});
