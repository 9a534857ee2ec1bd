/**
 * Every fact a rule reads is reachable from an export column (src/io/field-inventory.ts): the
 * analyst's loop — re-score, the list to verify, add the verified facts as columns, re-score —
 * breaks for any fact the importer cannot fill. The list of facts comes from the rule headers
 * (src/rules/catalog.ts), so a new rule that reads a field without a column fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  factsRead,
  fieldsFilledBy,
  headersByField,
  interchangeFields,
  ndjsonOnlyReason,
  PROCEDURE_INPUTS,
  readersOf,
  tableFactFilled,
  unreachableFacts,
} from '../../src/io/field-inventory.js';
import { findHeader } from '../../src/io/headers.js';
import { RULES } from '../../src/rules/catalog.js';
import { defineRule, type Rule } from '../../src/kernel/rule.js';

describe('the field inventory', () => {
  it('every field a rule reads (rule headers\' facts and the facts a 不予消除 list may test) is filled by some export column', () => {
    expect(unreachableFacts(factsRead(), headersByField(), interchangeFields())).toEqual([]);
  });

  it('a rule that reads a field no column fills is reported, naming the rule', () => {
    const facts = new Map(factsRead());
    const rule: Rule = defineRule({
      id: 'test.reads-unfilled',
      layer: 'identification',
      title: { zh: '测试', en: 'test' },
      citations: [{ doc: '龙扶贫组字〔2021〕1号', clause: '二(二)' }],
      description: { zh: '测试', en: 'test' },
      parameters: [],
      facts: ['monitoring.eliminated.income.breakdown.wage.other', 'hardship.noSuchFact'],
    });
    for (const f of rule.facts!) facts.set(f, [rule]);
    expect(unreachableFacts(facts, headersByField(), interchangeFields())).toEqual([
      { fact: 'monitoring.eliminated.income.breakdown.wage.other', rules: ['test.reads-unfilled'], why: 'no-column' },
      { fact: 'hardship.noSuchFact', rules: ['test.reads-unfilled'], why: 'not-a-field' },
    ]);
  });

  it('a fact of the other tables is reachable when a column of that table fills it (work spells, villages), and reported when none does', () => {
    expect(tableFactFilled('workSpells[].serviceNeed')).toBe(true);
    expect(tableFactFilled('villages[].doctors')).toBe(true);
    expect(tableFactFilled('income.wage')).toBeUndefined();
    const rule: Rule = defineRule({
      id: 'test.reads-unfilled-table',
      layer: 'quality',
      title: { zh: '测试', en: 'test' },
      citations: [{ doc: '龙扶贫组字〔2021〕1号', clause: '二(二)' }],
      description: { zh: '测试', en: 'test' },
      parameters: [],
      facts: ['workSpells[].noSuchColumn'],
    });
    expect(unreachableFacts(new Map([['workSpells[].noSuchColumn', [rule]]]), headersByField(), interchangeFields())).toEqual([{ fact: 'workSpells[].noSuchColumn', rules: ['test.reads-unfilled-table'], why: 'no-column' }]);
  });

  it('a block a rule reads (hardship) is reachable when a column fills one of its fields, and not when none does', () => {
    const rule = RULES.find((r) => r.facts?.includes('hardship'))!;
    const facts = new Map([['hardship', [rule] as readonly Rule[]]]);
    expect(unreachableFacts(facts, headersByField(), interchangeFields())).toEqual([]);
    const withoutHardship = new Map([...headersByField()].filter(([f]) => !f.startsWith('hardship.')));
    expect(unreachableFacts(facts, withoutHardship, interchangeFields()).map((u) => u.fact)).toEqual(['hardship']);
  });

  it('the facts that are not household fields are exactly the procedure deadlines\' own inputs (besides those of the other tables, filled by their columns)', () => {
    const fields = interchangeFields();
    const notFields = [...factsRead().keys()].filter((f) => tableFactFilled(f) === undefined && !fields.some((x) => x === f || x.startsWith(`${f}.`) || x.startsWith(`${f}[`)));
    expect(notFields.sort()).toEqual([...PROCEDURE_INPUTS].sort());
  });

  it('every interchange field is filled by a column, or comes in NDJSON with a stated reason — and no rule names an NDJSON-only field', () => {
    const filled = headersByField();
    const facts = factsRead();
    for (const f of interchangeFields()) {
      if (filled.has(f)) continue;
      expect(ndjsonOnlyReason(f), `${f}: no column and no reason`).toBeDefined();
      expect(readersOf(f, facts).exact, `${f} is read by a rule`).toEqual([]);
    }
  });

  it('the hardship, asset, review and procedure facts named "to verify" each have a column', () => {
    const filled = headersByField();
    for (const f of ['hardship.severeDifficulty', 'hardship.rigidSpendingExceedsIncome', 'riskTypes', 'assets.luxuryCar', 'monitoring.review.incomeStable', 'previousPerCapitaNetIncome', 'discoveredOn', 'events[].kind', 'members[].disabilityGrade']) {
      expect(filled.get(f)?.length, f).toBeGreaterThan(0);
    }
  });

  it('a header fills its own field, the fields its values imply (户类型 → policyStatus), and an event column the fields of events[]', () => {
    expect(fieldsFilledBy(findHeader('户类型')!)).toEqual(['povertyAlleviated', 'policyStatus']);
    expect(fieldsFilledBy(findHeader('人员变更类型')!)).toEqual(['members[].changes[].kind']);
    expect(fieldsFilledBy(findHeader('部门预警类型')!)).toEqual(['events[].kind', 'events[].departmentWarning']);
    expect(fieldsFilledBy(findHeader('户事件时间')!)).toEqual(['events[].on']);
    expect(fieldsFilledBy(findHeader('人均纯收入（元）')!)).toEqual([]);
  });

  it('readers: the rules naming the field, then those naming its block; the member list as a whole is not a reader of a member\'s field', () => {
    const facts = factsRead();
    const car = readersOf('assets.luxuryCar', facts);
    expect(car.exact.map((r) => r.id)).toEqual(expect.arrayContaining(['identification.exclusion.luxury-car', 'policy-status.criterion.luxury-car']));
    expect(readersOf('guarantees.housingUnsafe', facts).block?.path).toBe('guarantees');
    expect(readersOf('members[].politicalStatus', facts)).toEqual({ exact: [] });
  });
});
