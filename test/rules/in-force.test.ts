/**
 * A finding cites the documents in force for its profile: the profile's own sources (with those of
 * the profiles it extends — the national framework and form), national documents, and documents of
 * a region that contains the profile's (a provincial document in its county). Another place's
 * document may only be cited when the message says the reading is borrowed from it.
 */
import { describe, expect, it } from 'vitest';
import { assessHousehold, defineProfile, DOCUMENTS, getProfile, listProfiles, parseHousehold, type Profile } from '../../src/index.js';
import { BUILTIN_PROFILES } from '../../src/profile/builtin/profiles.js';
import { allInForce, citeInForce, documentInForce, inForceFinding } from '../../src/kernel/in-force.js';
import { fc, test } from '@fast-check/vitest';
import { RULES } from '../../src/rules/catalog.js';
import { finding } from '../../src/explain/finding.js';

/** The look-back checks (回头看). */
const LOOK_BACK = /^elimination\.(look-back|rollback\.|remark$|relabel$|consent-on-record$|removal$|procedure\.)/;

/** A rich household: monitored and eliminated, ill and disabled members, a death, events, spending, items. */
function rich(year: 2021 | 2023) {
  const y = (d: string) => (year === 2021 ? d.replace(/^2023/, '2021').replace(/^2022/, '2020') : d);
  const r = parseHousehold({
    id: 'R-1',
    povertyAlleviated: true,
    policyStatus: 'enjoying',
    riskTypes: ['illness', 'natural-disaster'],
    disasterTypes: ['flood'],
    discoveredOn: y('2023-08-01'),
    monitoring: {
      category: 'unstable',
      identifiedOn: y('2022-11-01'),
      perCapitaIncomeAtIdentification: '9000',
      eliminated: { method: 'assisted', on: y('2023-06-01') },
      procedure: { application: true, publicity: false },
    },
    members: [
      { name: '甲', sex: 'male', relation: 'head', birthDate: '1950-01-01', health: 'serious-illness', labour: 'weak', dibao: true, basicMedicalInsurance: true, changes: [{ kind: 'death', on: y('2023-09-01') }] },
      { name: '乙', sex: 'female', relation: 'spouse', birthDate: '1952-01-01', health: 'disabled', disabilityGrade: 2, labour: 'lost', basicMedicalInsurance: true },
      { name: '丙', sex: 'male', relation: 'grandson', birthDate: '2012-01-01', health: 'healthy', labour: 'none', schoolStatus: 'junior-1', basicMedicalInsurance: true },
    ],
    income: {
      wage: '3000',
      operating: '1000',
      property: '0',
      transfer: '2000',
      operatingExpense: '500',
      claims: '100',
      compliantOutOfPocket: '3000',
      breakdown: { transfer: { dibao: '1500', pension: '400' } },
    },
    previousPerCapitaNetIncome: '5000',
    guarantees: { housingUnsafe: true, compulsoryEducationDropout: false, drinkingWaterUnsafe: false },
    hardship: { rigidSpendingExceedsIncome: true, basicNeedsAffected: true, severeDifficulty: true, sharpIncomeDrop: true, noStableIncomeFromWork: true },
    measures: ['dibao', 'health'],
    events: [
      { kind: 'new-dibao', on: y('2023-03-01') },
      { kind: 'application', on: y('2023-04-01') },
      { kind: 'warning-not-included', on: y('2023-05-01'), departmentWarning: true },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.household;
}

/** A profile without a line gets one citing the national framework, so every layer runs. */
function withLine(p: Profile): Profile {
  if (p.parameters.monitoringLine) return p;
  return defineProfile({
    id: `${p.id}-line`,
    extends: p.id,
    title: { zh: '测试（补充监测线）', en: 'test (line supplied)' },
    parameters: { monitoringLine: [{ from: '2020-01-01', value: '7000', citation: { doc: '中农组发〔2021〕7号', clause: '测试用监测线' } }] },
  });
}

/** The documents the test accepts for a profile, independently of the library's own helper. */
function allowed(p: Profile): (doc: string) => boolean {
  const sources = new Set<string>(p.sources);
  for (const id of p.lineage) for (const s of BUILTIN_PROFILES.find((b) => b.id === id)?.sources ?? []) sources.add(s);
  const region = `${p.region.province ?? ''}${p.region.city ?? ''}${p.region.county ?? ''}${p.region.town ?? ''}`;
  return (doc) => {
    if (sources.has(doc)) return true;
    const r = DOCUMENTS[doc]?.region;
    return r === '全国' || r === '各地' || (r !== undefined && region.startsWith(r));
  };
}

describe('a finding cites the documents in force for its profile (issue 11 item 8)', () => {
  for (const builtin of listProfiles()) {
    it(`${builtin.id}: every finding of a rich household cites its own, national or provincial documents, or names what it borrows`, () => {
      const profile = withLine(builtin);
      const year = builtin.id.endsWith('2021') ? 2021 : 2023;
      const r = assessHousehold(rich(year), profile, { asOf: year === 2021 ? '2021-09-30' : '2023-10-15' });
      const ok = allowed(profile);
      const findings = [
        ...r.income.findings,
        ...r.monitoring.findings,
        ...r.policyStatus.findings,
        ...r.elimination.findings,
        ...r.screening.findings,
        ...r.procedure.deadlines.map((d) => d.finding),
        r.procedure.greenChannel.finding,
        ...r.procedure.findings,
        ...r.quality.map((q) => ({ rule: q.code, citations: q.citations, message: q.message })),
      ];
      expect(findings.length).toBeGreaterThan(20);
      const offending = findings.flatMap((f) =>
        f.citations
          .filter((c) => !ok(c.doc))
          .filter((c) => !(f.message.zh.includes(`借用${c.doc}`) && f.message.en.includes(`borrowed from ${c.doc}`)))
          .map((c) => `${f.rule}: ${c.doc} ${c.clause} — ${f.message.zh}`),
      );
      expect(offending).toEqual([]);
    });
  }

  it('S002 §五(一) is Xiaozhongdian’s: Jin’an and Wuqingyuan say their income period is borrowed from it, Xiaozhongdian cites it as its own', () => {
    for (const id of ['fujian/jinan/2023', 'gansu/wuqingyuan/2023']) {
      const period = assessHousehold(rich(2023), getProfile(id), { asOf: '2023-10-15' }).income.findings.find((f) => f.rule === 'income.period')!;
      expect(period.citations).toEqual([{ doc: '小甸巩固振兴组办〔2021〕1号', clause: '五(一)' }]);
      expect(period.message.zh).toBe('收入计算周期为 2022-10-01 至 2023-09-30（年度周期），状态类指标取 2023-09-30（借用小甸巩固振兴组办〔2021〕1号 五(一)的口径）');
      expect(period.message.en).toBe('income period 2022-10-01 to 2023-09-30 (annual); status fields as at 2023-09-30 (reading borrowed from 小甸巩固振兴组办〔2021〕1号 §五(一))');
    }
    const own = assessHousehold(rich(2021), getProfile('yunnan/xiaozhongdian/2021'), { asOf: '2021-09-30' }).income.findings.find((f) => f.rule === 'income.period')!;
    expect(own.message.zh).not.toContain('借用');
  });

  it('S001 §一(一) is Jin’an’s: a Wuqingyuan screening finding no longer cites it', () => {
    const r = assessHousehold(rich(2023), getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-10-15' });
    const cited = r.screening.findings.flatMap((f) => f.citations.map((c) => c.doc));
    expect(cited).not.toContain('榕晋乡振〔2023〕12号');
    expect(r.screening.findings.find((f) => f.rule === 'screening.groups')!.citations).toEqual([{ doc: '党委发〔2023〕70号', clause: '一(二)' }]);
  });

  it('a data-quality issue drops another place’s clause when a national one remains (S002 §三(二) under Jin’an keeps county rule 4_11_010)', () => {
    const r = assessHousehold(rich(2023), getProfile('fujian/jinan/2023'), { asOf: '2023-10-15' });
    const below = r.quality.find((q) => q.code === 'quality.consistency.eliminated-below-line')!;
    expect(below.citations.map((c) => c.doc)).not.toContain('小甸巩固振兴组办〔2021〕1号');
    expect(below.citations).toContainEqual({ doc: 'county-practice', clause: '4_11_010' });
    expect(below.citations).toContainEqual({ doc: '榕晋乡振〔2023〕12号', clause: '一(一)' });
  });

  it('documentInForce: own sources, the national form, national and provincial documents are in force; another county’s are not', () => {
    const gansu = getProfile('gansu/wuqingyuan/2023');
    expect(documentInForce(gansu, '党委发〔2023〕70号')).toBe(true);
    expect(documentInForce(gansu, '临稷办发〔2023〕76号')).toBe(true); // national/2021's source: the collection form
    expect(documentInForce(gansu, 'GB 11643-1999')).toBe(true);
    expect(documentInForce(gansu, 'gansu-monitoring-line')).toBe(true);
    expect(documentInForce(gansu, '小甸巩固振兴组办〔2021〕1号')).toBe(false);
    expect(documentInForce(gansu, '云农办通〔2025〕1号')).toBe(false);
    expect(documentInForce(getProfile('yunnan/xiaozhongdian/2021'), '云农办通〔2025〕1号')).toBe(true);
  });

  it('S002 §三(二) look-back checks under Wuqingyuan cite the national practice and the profile’s own list, not Xiaozhongdian’s clauses', () => {
    const r = assessHousehold(rich(2023), getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-10-15' });
    const lookBack = r.elimination.findings.filter((f) => LOOK_BACK.test(f.rule));
    expect(lookBack.map((f) => f.rule)).toContain('elimination.rollback.income-below-line');
    for (const f of lookBack) expect(f.citations.map((c) => c.doc)).not.toContain('小甸巩固振兴组办〔2021〕1号');
  });

  it('citeInForce keeps a finding that cites only what is in force as it is, and names every borrowed clause otherwise', () => {
    const jinan = getProfile('fujian/jinan/2023');
    const message = { zh: '说明', en: 'note' };
    const own = [{ doc: '榕晋乡振〔2023〕12号', clause: '一(一)' }];
    expect(citeInForce(jinan, own, message)).toEqual({ citations: own, message });
    const two = [
      { doc: '小甸巩固振兴组办〔2021〕1号', clause: '五(一)' },
      { doc: '龙扶贫组字〔2021〕1号', clause: '二(二)' },
    ];
    expect(citeInForce(jinan, two, message).message).toEqual({
      zh: '说明（借用小甸巩固振兴组办〔2021〕1号 五(一)、龙扶贫组字〔2021〕1号 二(二)的口径）',
      en: 'note (reading borrowed from 小甸巩固振兴组办〔2021〕1号 §五(一), 龙扶贫组字〔2021〕1号 §二(二))',
    });
    expect(citeInForce(jinan, [...own, ...two], message)).toEqual({ citations: own, message });
    const once = citeInForce(jinan, two, message);
    expect(citeInForce(jinan, two, once.message)).toEqual(once);
  });

  // The fast path of explainTest and inForceFinding: when allInForce holds, citeInForce keeps the list and the message.
  const docIds = Object.keys(DOCUMENTS);
  const citationArb = fc.record({ doc: fc.constantFrom(...docIds), clause: fc.constantFrom('一', '二(二)', '附件1 注1') });
  const profiles = [...listProfiles().map((p) => getProfile(p.id))];
  test.prop([fc.array(citationArb, { maxLength: 4 }), fc.constantFrom(...profiles), fc.string()])(
    'allInForce holds exactly when citeInForce keeps every citation and the message as they are; inForceFinding then returns the finding itself',
    (citations, profile, zh) => {
      const message = { zh, en: zh };
      const r = citeInForce(profile, citations, message);
      const kept = r.message === message && r.citations.length === citations.length && citations.every((c) => documentInForce(profile, c.doc));
      expect(allInForce(profile, citations)).toBe(kept);
      const f = finding('x', 'info', message, [...citations]);
      const g = inForceFinding(profile, f);
      if (kept) expect(g).toBe(f);
      expect(g).toStrictEqual(r.citations.length === citations.length && r.message === message ? f : { ...f, citations: r.citations, message: r.message });
    },
  );

  it('every rule’s own clauses, under every built-in profile: allInForce agrees with citeInForce', () => {
    const message = { zh: '说明', en: 'note' };
    for (const profile of profiles)
      for (const rule of RULES) {
        const r = citeInForce(profile, rule.cites, message);
        expect(allInForce(profile, rule.cites), `${rule.id} under ${profile.id}`).toBe(r.message === message && rule.cites.every((c) => documentInForce(profile, c.doc)));
      }
  });

  test.prop([fc.array(citationArb, { maxLength: 4 }), fc.constantFrom(...profiles), fc.string(), fc.boolean()])(
    'citeInForce: the clauses in force when any; otherwise every clause, and the message says once what it borrows (the same words asked twice)',
    (citations, profile, text, alreadySaid) => {
      const inForce = citations.filter((c) => documentInForce(profile, c.doc));
      const zh = `（借用${citations.map((c) => `${c.doc} ${c.clause}`).join('、')}的口径）`;
      const en = ` (reading borrowed from ${citations.map((c) => `${c.doc} §${c.clause}`).join(', ')})`;
      const message = alreadySaid ? { zh: text + zh, en: text + en } : { zh: text, en: text };
      for (let twice = 0; twice < 2; twice++) {
        const r = citeInForce(profile, citations, message);
        if (inForce.length > 0) {
          expect(r).toStrictEqual({ citations: inForce, message });
          expect(r.message).toBe(message);
        } else if (citations.length === 0 || message.zh.endsWith(zh)) {
          expect(r.citations).toStrictEqual(citations);
          expect(r.message).toBe(message);
        } else expect(r).toStrictEqual({ citations, message: { zh: message.zh + zh, en: message.en + en } });
      }
    },
  );
});
