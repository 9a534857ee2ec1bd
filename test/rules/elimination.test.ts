import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assessRiskElimination, defineProfile, getProfile, listProfiles, parseHousehold, RULES, type HouseholdInput } from '../../src/index.js';
import { containsUnmaskedIdNumber } from '../../src/explain/mask.js';
import { household, merge } from '../builders.js';
import { householdArb } from '../arbitraries.js';

const jinan = getProfile('fujian/jinan/2023'); // line 10560
const longkou = getProfile('shandong/longkou/2021'); // line 6500
const xiaozhongdian = getProfile('yunnan/xiaozhongdian/2021'); // line 6000
const wuqingyuan = getProfile('gansu/wuqingyuan/2023'); // line 7200 (secondary source)
const JINAN_AS_OF = { asOf: '2023-12-15' };
const XZD_AS_OF = { asOf: '2021-10-20' };

/**
 * A 3-person 边缘易致贫户 under review that meets every published condition in Jin'an 2023:
 * A33 = 30000 + 6000 + 0 + 1200 − 2000 = 35200.00, A34 = 35200 ÷ 3 = 11733.33 > 10560;
 * identified 2023-01-10, 11 whole months before 2023-12-15; 因病 with 健康帮扶.
 */
const READY = {
  income: { wage: '30000' },
  riskTypes: ['illness'],
  measures: ['health'],
  monitoring: { category: 'marginal', identifiedOn: '2023-01-10', review: { incomeStable: true, rigidSpendingResolved: true, riskGone: true, newRisk: false } },
};
const ready = (over: Record<string, unknown> = {}) => household(merge(READY, over));

/** The same, eliminated on `on` (for the look-back). */
const eliminated = (on: string, over: Record<string, unknown> = {}) => ready(merge({ monitoring: { eliminated: { method: 'assisted', on } } }, over));

const findingOf = (r: { findings: { rule: string }[] }, rule: string) => r.findings.find((f) => f.rule === rule) as { rule: string; outcome: string; values: Record<string, unknown>; missing?: string[]; citations: { doc: string; clause: string }[]; message: { zh: string; en: string } };

describe('the conditions for 风险消除 (S000 §一(二); national-elimination-practice)', () => {
  it('S000 §一(二): a monitored household meeting every condition may be marked 风险消除 (帮扶消除)', () => {
    const r = assessRiskElimination(ready(), jinan, JINAN_AS_OF);
    expect(r).toMatchObject({ outcome: 'eliminable', eligible: true, toVerify: [] });
    expect(r.method).toBe('assisted');
    expect(r.blockers).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.mark).toMatchObject({ id: 'risk-eliminated', label: { zh: '风险消除' } });
    expect(findingOf(r, 'elimination.income-below-line').values).toEqual({ A33: '35200.00', householdSize: 3, A34: '11733.33', line: '10560.00' });
  });

  it('practice 2.年人均纯收入稳定超过当年监测范围: A34 9733.33 below the 10560 line blocks the elimination', () => {
    // 24000 + 6000 + 0 + 1200 − 2000 = 29200.00; ÷ 3 = 9733.33
    const r = assessRiskElimination(ready({ income: { wage: '24000' } }), jinan, JINAN_AS_OF);
    expect(r.eligible).toBe(false);
    expect(r.blockers).toEqual(['income-below-line']);
    const f = findingOf(r, 'elimination.income-below-line');
    expect(f.outcome).toBe('met');
    expect(f.values).toEqual({ A33: '29200.00', householdSize: 3, A34: '9733.33', line: '10560.00' });
    expect(f.citations).toContainEqual({ doc: '榕晋乡振〔2023〕12号', clause: '一(一)' });
  });

  it('practice 2: per-capita income exactly at the line is outside the monitoring range ("低于" is strict) and does not block', () => {
    // 26480 + 6000 + 1200 − 2000 = 31680.00 = 10560 × 3
    const r = assessRiskElimination(ready({ income: { wage: '26480' } }), jinan, JINAN_AS_OF);
    expect(findingOf(r, 'elimination.income-below-line')).toMatchObject({ outcome: 'not-met', values: { A34: '10560.00' } });
    expect(r.eligible).toBe(true);
  });

  it('practice 1.收入持续稳定: income recorded as unstable blocks; stable does not', () => {
    const r = assessRiskElimination(ready({ monitoring: { review: { incomeStable: false } } }), jinan, JINAN_AS_OF);
    expect(r.blockers).toEqual(['income-unstable']);
    expect(findingOf(assessRiskElimination(ready(), jinan, JINAN_AS_OF), 'elimination.income-unstable').outcome).toBe('not-met');
  });

  it('practice 3.大额刚性支出稳定解决: unresolved rigid spending blocks', () => {
    const r = assessRiskElimination(ready({ monitoring: { review: { rigidSpendingResolved: false } } }), jinan, JINAN_AS_OF);
    expect(r.blockers).toEqual(['rigid-spending-unresolved']);
  });

  it('S000 §一(二) 不存在“三保障”和饮水安全问题: unsafe housing (A23) blocks', () => {
    const r = assessRiskElimination(ready({ guarantees: { housingUnsafe: true } }), jinan, JINAN_AS_OF);
    expect(r.blockers).toEqual(['guarantees-unsecured']);
    expect(findingOf(r, 'elimination.guarantees-unsecured').values).toMatchObject({ A23: true, A24: false, A25: false, A26: false });
  });

  it('S000 附件1 A26: a member without basic medical insurance (A17), with A26 not recorded, blocks', () => {
    const h = ready();
    const input = JSON.parse(JSON.stringify(h)) as HouseholdInput;
    input.members[2]!.basicMedicalInsurance = false;
    const r = assessRiskElimination(parse(input), jinan, JINAN_AS_OF);
    expect(r.blockers).toEqual(['guarantees-unsecured']);
    expect(findingOf(r, 'elimination.guarantees-unsecured').values.A26).toBe(true);
  });

  it('S000 §一(二): with 三保障 not recorded the decision is undetermined and names the missing fields', () => {
    const input = JSON.parse(JSON.stringify(ready())) as HouseholdInput;
    delete input.guarantees;
    const r = assessRiskElimination(parse(input), jinan, JINAN_AS_OF);
    expect(r).toMatchObject({ outcome: 'undetermined', eligible: null, toVerify: [] });
    expect(r.blockers).toEqual([]);
    expect(r.missing).toEqual(['guarantees.compulsoryEducationDropout', 'guarantees.drinkingWaterUnsafe', 'guarantees.housingUnsafe']);
  });

  it('practice 5.返贫致贫风险稳定消除: a risk not gone blocks; a new risk blocks', () => {
    expect(assessRiskElimination(ready({ monitoring: { review: { riskGone: false } } }), jinan, JINAN_AS_OF).blockers).toEqual(['risk-remains']);
    expect(assessRiskElimination(ready({ monitoring: { review: { newRisk: true } } }), jinan, JINAN_AS_OF).blockers).toEqual(['new-risk']);
  });

  it('practice 识别认定监测对象时间至少半年以上: 5 whole months (2023-07-01 → 2023-12-15) block, 6 do not', () => {
    const soon = assessRiskElimination(ready({ monitoring: { identifiedOn: '2023-07-01' } }), jinan, JINAN_AS_OF);
    expect(soon.blockers).toEqual(['too-soon']);
    expect(findingOf(soon, 'elimination.too-soon').values).toMatchObject({ identifiedOn: '2023-07-01', eliminationDate: '2023-12-15', months: 5, minimumMonths: 6 });
    const six = assessRiskElimination(ready({ monitoring: { identifiedOn: '2023-06-15' } }), jinan, JINAN_AS_OF);
    expect(findingOf(six, 'elimination.too-soon')).toMatchObject({ outcome: 'not-met', values: { months: 6 } });
  });

  it('practice (county rule 2_11_002): the six-month minimum applies to eliminations from 2022-04, not to one recorded on 2022-03-20', () => {
    const h = eliminated('2022-03-20', { monitoring: { identifiedOn: '2022-01-10' } });
    const f = findingOf(assessRiskElimination(h, jinan, JINAN_AS_OF), 'elimination.too-soon');
    expect(f).toMatchObject({ outcome: 'not-met', values: { months: 2, appliesFrom: '2022-04-01' } });
  });

  it('practice 针对返贫致贫风险落实至少一项帮扶措施: an assisted elimination without any measure is blocked', () => {
    const r = assessRiskElimination(ready({ measures: [] }), jinan, JINAN_AS_OF);
    expect(r.blockers).toEqual(['no-measure-for-risk']);
  });

  it('practice 针对返贫致贫风险: for 因病, 产业帮扶 alone is not aimed at the risk; for 因产业项目失败 it is', () => {
    expect(assessRiskElimination(ready({ measures: ['industry'] }), jinan, JINAN_AS_OF).blockers).toEqual(['no-measure-for-risk']);
    const r = assessRiskElimination(ready({ measures: ['industry'], riskTypes: ['industry-failure'] }), jinan, JINAN_AS_OF);
    expect(findingOf(r, 'elimination.no-measure-for-risk')).toMatchObject({ outcome: 'not-met', values: { aimedAtRisk: ['industry'] } });
  });

  it('practice 自然消失: a risk gone by itself needs no measure (自然消除)', () => {
    const r = assessRiskElimination(ready({ measures: [], monitoring: { review: { riskGoneNaturally: true } } }), jinan, JINAN_AS_OF);
    expect(r.method).toBe('natural');
    expect(r.eligible).toBe(true);
    expect(findingOf(r, 'elimination.no-measure-for-risk').outcome).toBe('info');
  });

  it('practice 对整户无劳动力的监测对象,暂不标注“风险消除”: a household where no one can work stays under monitoring', () => {
    const input = JSON.parse(JSON.stringify(ready())) as HouseholdInput;
    input.members[0]!.labour = 'lost';
    input.members[1]!.labour = 'none';
    const r = assessRiskElimination(parse(input), jinan, JINAN_AS_OF);
    expect(r.blockers).toEqual(['no-labour-capacity']);
    expect(assessRiskElimination(ready({ noLabourSafetyNet: true }), jinan, JINAN_AS_OF).blockers).toEqual(['no-labour-capacity']);
    expect(findingOf(assessRiskElimination(ready(), jinan, JINAN_AS_OF), 'elimination.no-labour-capacity').outcome).toBe('not-met');
  });

  it('S001 §一(一) “一兜了之”: a household that can work with only 兜底 measures is flagged, not blocked', () => {
    const r = assessRiskElimination(ready({ measures: ['dibao'] }), jinan, JINAN_AS_OF);
    expect(r.flags).toEqual(['safety-net-only']);
    expect(r.eligible).toBe(true);
    expect(assessRiskElimination(ready({ measures: ['dibao', 'employment'] }), jinan, JINAN_AS_OF).flags).toEqual([]);
  });

  it('issue 11: nothing on the record blocks it and the review facts are not on record — to verify at the review, each condition named with its fact', () => {
    const r = assessRiskElimination(ready({ monitoring: { review: undefined } }), jinan, JINAN_AS_OF);
    expect(r).toMatchObject({ outcome: 'to-verify', eligible: null, blockers: [] });
    expect(r.missing).toEqual(['monitoring.review.incomeStable', 'monitoring.review.newRisk', 'monitoring.review.rigidSpendingResolved', 'monitoring.review.riskGone']);
    expect(r.toVerify.map((v) => [v.rule, v.facts.map((f) => f.field)])).toEqual([
      ['elimination.income-unstable', ['monitoring.review.incomeStable']],
      ['elimination.rigid-spending-unresolved', ['monitoring.review.rigidSpendingResolved']],
      ['elimination.risk-remains', ['monitoring.review.riskGone']],
      ['elimination.new-risk', ['monitoring.review.newRisk']],
    ]);
    expect(r.toVerify[0]!.facts[0]!.label.zh).toBe('收入是否稳定（原则上半年以上）');
  });
  it('issue 11: a blocker on the record decides without the review facts — not eliminable, nothing to verify', () => {
    const r = assessRiskElimination(ready({ income: { wage: '12000' }, monitoring: { review: undefined } }), jinan, JINAN_AS_OF);
    expect(r).toMatchObject({ outcome: 'not-eliminable', eligible: false, blockers: ['income-below-line'], toVerify: [] });
  });

  it('a household that is not a monitoring object has no risk to eliminate', () => {
    const r = assessRiskElimination(household(), jinan, JINAN_AS_OF);
    expect(r).toMatchObject({ outcome: 'not-applicable', eligible: false, method: null, blockers: ['not-monitored'], mark: null });
  });

  it('without an as-of date (and no profile default) nothing is guessed: undetermined, asOf missing', () => {
    const national = getProfile('national/2021');
    expect(national.defaultAsOf).toBeUndefined();
    const r = assessRiskElimination(ready(), national);
    expect(r).toMatchObject({ outcome: 'undetermined', eligible: null });
    expect(r.missing).toContain('asOf');
  });

  it('a profile without a monitoring line (Linzi 2023) leaves the income condition undetermined and says why', () => {
    const r = assessRiskElimination(ready(), getProfile('shandong/linzi/2023'), JINAN_AS_OF);
    expect(r).toMatchObject({ outcome: 'undetermined', eligible: null });
    const f = findingOf(r, 'elimination.income-below-line');
    expect(f.outcome).toBe('undetermined');
    expect(f.missing).toEqual(['parameters.monitoringLine']);
    expect(f.message.zh).toContain('临稷办发〔2023〕76号未载明');
  });

  it('S002 §三(一)3 在监测对象知情同意的前提下: in Xiaozhongdian a recorded refusal blocks; Jin\'an does not apply the condition', () => {
    const h = ready({ monitoring: { identifiedOn: '2021-01-10', review: { informedConsent: false } } });
    expect(assessRiskElimination(h, xiaozhongdian, XZD_AS_OF).blockers).toEqual(['no-informed-consent']);
    expect(assessRiskElimination(h, jinan, JINAN_AS_OF).blockers).toEqual([]);
    const agreed = ready({ monitoring: { identifiedOn: '2021-01-10', review: { informedConsent: true } } });
    expect(assessRiskElimination(agreed, xiaozhongdian, XZD_AS_OF).eligible).toBe(true);
  });

  it('S004 §二(二): a Longkou review counts the 12 months before the as-of month, not those before discovery', () => {
    const h = ready({ discoveredOn: '2021-02-10', monitoring: { identifiedOn: '2021-03-01' } });
    const r = assessRiskElimination(h, longkou, { asOf: '2021-12-05' });
    expect(r.findings[0]!.values).toMatchObject({ from: '2020-12-01', to: '2021-11-30' });
  });
});

describe('Longkou’s marks (S004 §六(二))', () => {
  const unstable = () => ready({ povertyAlleviated: true, monitoring: { category: 'unstable', identifiedOn: '2021-03-01' } });
  it('S004 §六(二): a 脱贫不稳定户 is marked 返贫风险消除 and managed as a 脱贫享受政策户', () => {
    const r = assessRiskElimination(unstable(), longkou, { asOf: '2021-12-05' });
    expect(r.mark).toEqual({ id: 'relapse-risk-eliminated', label: { zh: '返贫风险消除', en: 'relapse risk eliminated' }, afterwards: 'managed-as-enjoying', procedure: null });
  });
  it('S004 §六(二): a 边缘易致贫户 exits after 民主评议—镇街区审核—村级公示（公示期5天） and is marked 致贫风险消除', () => {
    const r = assessRiskElimination(ready({ monitoring: { identifiedOn: '2021-03-01' } }), longkou, { asOf: '2021-12-05' });
    expect(r.mark?.id).toBe('poverty-risk-eliminated');
    expect(r.mark?.afterwards).toBe('exit');
    expect(r.mark?.procedure?.map((p) => [p.step.zh, p.days])).toEqual([
      ['民主评议', null],
      ['镇街区审核', null],
      ['村级公示', 5],
    ]);
    expect(findingOf(r, 'elimination.mark').message.zh).toContain('民主评议—镇街区审核—村级公示（5天）');
  });
  it('S004 §六(二): a recorded mark that does not fit the category is flagged', () => {
    const h = ready({ monitoring: { identifiedOn: '2021-03-01', eliminated: { method: 'assisted', on: '2021-11-01', mark: 'relapse-risk-eliminated' } } });
    const r = assessRiskElimination(h, longkou, { asOf: '2021-12-05' });
    expect(r.flags).toContain('mark-mismatch');
    const ok = ready({ monitoring: { identifiedOn: '2021-03-01', eliminated: { method: 'assisted', on: '2021-11-01', mark: 'poverty-risk-eliminated' } } });
    expect(assessRiskElimination(ok, longkou, { asOf: '2021-12-05' }).flags).toEqual([]);
  });
  it('S000 §一(二): other profiles mark every category “风险消除”', () => {
    expect(assessRiskElimination(unstable(), jinan, JINAN_AS_OF).mark?.id).toBe('risk-eliminated');
  });
});

describe('Gansu’s 七不消 as data (S003 §一(二))', () => {
  it('S003 §一(二) (issue 11): the 七不消 are named but their items are not held, so an elimination that meets the national conditions is undetermined — never eligible — naming the list to supply', () => {
    const r = assessRiskElimination(ready(), wuqingyuan, { asOf: '2023-12-15' });
    expect(r).toMatchObject({ outcome: 'undetermined', eligible: null, blockers: [], toVerify: [] });
    expect(r.missing).toEqual(['parameters.eliminationProhibitions']);
    expect(r.flags).toEqual(['prohibitions-not-supplied']);
    const f = findingOf(r, 'elimination.prohibitions');
    expect(f.outcome).toBe('undetermined');
    expect(f.message.zh).toContain('“七不消”条目未提供');
    expect(f.citations).toContainEqual({ doc: '党委发〔2023〕70号', clause: '一(二)' });
  });
  it('S003 §一(二): a blocker still decides under Gansu without the list — income below the line is not eliminable', () => {
    const r = assessRiskElimination(ready({ income: { wage: '12000' } }), wuqingyuan, { asOf: '2023-12-15' });
    expect(r).toMatchObject({ outcome: 'not-eliminable', eligible: false, blockers: ['income-below-line'] });
  });
  it('profiles without such a list report nothing about it', () => {
    expect(assessRiskElimination(ready(), jinan, JINAN_AS_OF).findings.some((f) => f.rule === 'elimination.prohibitions')).toBe(false);
  });

  // A user profile supplying items. The items below are test fixtures, not the Gansu wording.
  const supplied = defineProfile({
    id: 'test/gansu-with-items/2023',
    extends: 'gansu/wuqingyuan/2023',
    title: { zh: '测试：提供条目', en: 'test: items supplied' },
    parameters: {
      eliminationProhibitions: [
        {
          from: '2023-01-01',
          value: {
            name: { zh: '七不消', en: 'seven' },
            items: [
              { id: 'publicity', text: { zh: '（测试条目）未公示', en: '(test item) not publicised' }, citation: { doc: '甘乡振局发〔2023〕59号', clause: '测试' }, test: { fact: 'monitoring.procedure.publicity', blocksWhen: false } },
              { id: 'income', text: { zh: '（测试条目）收入未达标', en: '(test item) income below the line' }, citation: { doc: '甘乡振局发〔2023〕59号', clause: '测试' }, test: { condition: 'income-below-line' } },
              { id: 'by-hand', text: { zh: '（测试条目）须人工判断', en: '(test item) for a person' }, citation: { doc: '甘乡振局发〔2023〕59号', clause: '测试' } },
            ],
          },
          citation: { doc: '党委发〔2023〕70号', clause: '一(二)' },
        },
      ],
    },
  });
  it('a supplied item tested by a fact blocks when the fact says so, and is to verify when the fact is absent', () => {
    const blocked = assessRiskElimination(ready({ monitoring: { procedure: { publicity: false } } }), supplied, { asOf: '2023-12-15' });
    expect(blocked.blockers).toEqual(['prohibition.publicity']);
    expect(blocked.eligible).toBe(false);
    const open = assessRiskElimination(ready(), supplied, { asOf: '2023-12-15' });
    expect(open).toMatchObject({ outcome: 'to-verify', eligible: null });
    expect(open.missing).toEqual(['monitoring.procedure.publicity']);
    // The item without a test is left for a person at the review: to verify, named with its own clause.
    const done = assessRiskElimination(ready({ monitoring: { procedure: { publicity: true } } }), supplied, { asOf: '2023-12-15' });
    expect(done).toMatchObject({ outcome: 'to-verify', eligible: null, blockers: [] });
    expect(done.toVerify.map((v) => v.facts[0]!.field)).toEqual(['prohibition.by-hand']);
  });
  it('a supplied item naming a built-in condition follows it; an item without a test is listed for a person', () => {
    // 29200.00 ÷ 3 = 9733.33 ≥ 7200: the income item does not apply
    const r = assessRiskElimination(ready({ income: { wage: '24000' }, monitoring: { procedure: { publicity: true } } }), supplied, { asOf: '2023-12-15' });
    expect(r.blockers).toEqual([]);
    expect(r.flags).toEqual(['prohibitions-to-check']);
    // 12000 + 6000 + 1200 − 2000 = 17200.00 ÷ 3 = 5733.33 < 7200
    const low = assessRiskElimination(ready({ income: { wage: '12000' }, monitoring: { procedure: { publicity: true } } }), supplied, { asOf: '2023-12-15' });
    expect(low.blockers).toEqual(['income-below-line', 'prohibition.income']);
  });
});

describe('the look-back (S002 §三(二), §三(一)2)', () => {
  const low = { income: { wage: '10000' } }; // 10000 + 6000 + 1200 − 2000 = 15200.00 ÷ 3 = 5066.67 < 6000
  const xzdEliminated = (over: Record<string, unknown> = {}) => eliminated('2021-06-01', merge({ monitoring: { identifiedOn: '2020-11-01', review: { informedConsent: true, dependsOnMeasures: false } } }, over));

  it('S002 §三(二)1: eliminated, still receiving measures, and the elimination would not hold without them → 回退', () => {
    const r = assessRiskElimination(xzdEliminated({ monitoring: { review: { dependsOnMeasures: true } } }), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.candidate).toBe(true);
    expect(r.rollback.reasons).toEqual(['rollback-depends-on-measures']);
  });
  it('S002 §三(二)1: an elimination that holds without the measures is not rolled back', () => {
    const r = assessRiskElimination(xzdEliminated(), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback).toMatchObject({ candidate: false, reasons: [], remark: false, followUps: [] });
  });
  it('S002 §三(二)1 收入不稳: eliminated but income unstable → 回退', () => {
    const r = assessRiskElimination(xzdEliminated({ monitoring: { review: { incomeStable: false } } }), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.reasons).toEqual(['rollback-income-unstable']);
  });
  it('S002 §三(二) 第3类对象: eliminated but per-capita net income 5066.67 below the 6000 floor → 回退', () => {
    const r = assessRiskElimination(xzdEliminated(low), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.reasons).toEqual(['rollback-income-below-line']);
    expect(findingOf(r, 'elimination.rollback.income-below-line').values).toEqual({ A33: '15200.00', householdSize: 3, A34: '5066.67', line: '6000.00' });
  });
  it('S002 §三(二) 第4类对象: eliminated and no member can work → 回退; labour partly lost without stable income from work → 回退', () => {
    const none = JSON.parse(JSON.stringify(xzdEliminated())) as HouseholdInput;
    for (const m of none.members) m.labour = 'none';
    expect(assessRiskElimination(parse(none), xiaozhongdian, XZD_AS_OF).rollback.reasons).toEqual(['rollback-no-labour-capacity']);
    const partly = JSON.parse(JSON.stringify(xzdEliminated({ hardship: { noStableIncomeFromWork: true } }))) as HouseholdInput;
    partly.members[1]!.labour = 'weak';
    expect(assessRiskElimination(parse(partly), xiaozhongdian, XZD_AS_OF).rollback.reasons).toEqual(['rollback-limited-labour']);
    // The partial clause is Yunnan's: Jin'an does not check it.
    expect(assessRiskElimination(parse(partly), jinan, JINAN_AS_OF).rollback.checks).not.toContain('rollback-limited-labour');
  });
  it('national practice: in Jin\'an an eliminated household below the line is a roll-back candidate too', () => {
    const r = assessRiskElimination(eliminated('2023-10-01', { income: { wage: '24000' } }), jinan, JINAN_AS_OF);
    expect(r.rollback).toMatchObject({ candidate: true, reasons: ['rollback-income-below-line'] });
  });
  it('a household not yet eliminated is never a roll-back candidate', () => {
    const r = assessRiskElimination(ready(low), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback).toMatchObject({ candidate: false, reasons: [], remark: false });
  });
  it('S002 §三(一)2 风险再标注: a new risk after the elimination is to be re-marked', () => {
    const r = assessRiskElimination(xzdEliminated({ monitoring: { review: { newRisk: true, newRiskOn: '2021-08-15' } } }), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.remark).toBe(true);
    expect(r.blockers).toContain('new-risk');
  });
  it('S002 §三(一)2: a "new" risk dated before the elimination is not a re-marking (the elimination itself needs review)', () => {
    const r = assessRiskElimination(xzdEliminated({ monitoring: { review: { newRisk: true, newRiskOn: '2021-05-01' } } }), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.remark).toBe(false);
    expect(findingOf(r, 'elimination.remark').message.zh).toContain('不属风险再标注');
  });
  it('S002 §三(二)1: relabel by per-capita income at identification — 5000 < 6000 makes an 一般农户 边缘易致贫户, not 突发严重困难户', () => {
    const h = ready({ monitoring: { category: 'sudden-hardship', identifiedOn: '2020-11-01', perCapitaIncomeAtIdentification: '5000' } });
    const r = assessRiskElimination(h, xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.relabel).toEqual({ needed: true, from: 'sudden-hardship', to: 'marginal' });
    expect(findingOf(r, 'elimination.relabel').values).toMatchObject({ incomeAtIdentification: '5000.00', line: '6000.00' });
  });
  it('S002 §三(二)1: relabel — a 脱贫户 at 6000.00 (not below the floor) is 突发严重困难户; one below is 脱贫不稳定户; a right label needs no change', () => {
    const at = ready({ povertyAlleviated: true, monitoring: { category: 'unstable', identifiedOn: '2020-11-01', perCapitaIncomeAtIdentification: '6000.00' } });
    expect(assessRiskElimination(at, xiaozhongdian, XZD_AS_OF).rollback.relabel).toEqual({ needed: true, from: 'unstable', to: 'sudden-hardship' });
    const below = ready({ povertyAlleviated: true, monitoring: { category: 'unstable', identifiedOn: '2020-11-01', perCapitaIncomeAtIdentification: '5999.99' } });
    expect(assessRiskElimination(below, xiaozhongdian, XZD_AS_OF).rollback.relabel).toEqual({ needed: false, from: 'unstable', to: 'unstable' });
  });
  it('S002 §三(二)1: without the income at identification the relabelling is undetermined; Jin\'an does not relabel', () => {
    expect(assessRiskElimination(ready(), xiaozhongdian, XZD_AS_OF).rollback.relabel).toEqual({ needed: null, from: 'marginal', to: null });
    expect(assessRiskElimination(ready(), jinan, JINAN_AS_OF).rollback.relabel).toBeNull();
  });
  it('S002 §三(二)3: an eliminated household without informed consent on record must have its paperwork completed', () => {
    const r = assessRiskElimination(xzdEliminated({ monitoring: { review: { informedConsent: false } } }), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.followUps).toEqual(['complete-informed-consent']);
  });

  // 清退 — the default household can work (two ordinary labourers) and records no hardship facts.
  const atIdentification = (income: string, over: Record<string, unknown> = {}) =>
    ready(merge({ monitoring: { category: 'sudden-hardship', identifiedOn: '2020-11-01', perCapitaIncomeAtIdentification: income }, hardship: { severeDifficulty: false } }, over));
  it('S002 §三(二)1 清退: income at identification at the 6000 floor, everyone able to work and no hardship on record → a removal candidate to verify', () => {
    const r = assessRiskElimination(atIdentification('6000.00'), xiaozhongdian, XZD_AS_OF);
    expect(r.rollback.removal).toBe(true);
    const f = findingOf(r, 'elimination.removal');
    expect(f).toMatchObject({ outcome: 'met', values: { incomeAtIdentification: '6000.00', line: '6000.00', wholeHouseholdWithoutLabour: false, severeDifficulty: false } });
    expect(f.message.zh).toContain('识别时家庭人均纯收入 6000.00 元 = 监测线 6000.00 元');
    expect(f.message.zh).toContain('列为清退核查对象，入户核实');
    expect(f.citations).toContainEqual({ doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(二)1' });
  });
  it('S002 §三(二)1 清退 boundary: 5999.99 at identification met the income condition (not a candidate); 6000.01 is', () => {
    expect(assessRiskElimination(atIdentification('5999.99'), xiaozhongdian, XZD_AS_OF).rollback.removal).toBe(false);
    expect(assessRiskElimination(atIdentification('6000.01'), xiaozhongdian, XZD_AS_OF).rollback.removal).toBe(true);
  });
  it('S002 §三(二) 清退: another condition on record — severe hardship, or labour partly lost without stable income — keeps the household off the list', () => {
    expect(assessRiskElimination(atIdentification('7000', { hardship: { severeDifficulty: true } }), xiaozhongdian, XZD_AS_OF).rollback.removal).toBe(false);
    const partly = JSON.parse(JSON.stringify(atIdentification('7000', { hardship: { noStableIncomeFromWork: true } }))) as HouseholdInput;
    partly.members[1]!.labour = 'weak';
    expect(assessRiskElimination(parse(partly), xiaozhongdian, XZD_AS_OF).rollback.removal).toBe(false);
  });
  it('S002 §三(二)1 清退: without the income at identification or the hardship fact it is undetermined and names them; Jin\'an does not check it', () => {
    const noIncome = assessRiskElimination(ready(), xiaozhongdian, XZD_AS_OF);
    expect(noIncome.rollback.removal).toBeNull();
    expect(findingOf(noIncome, 'elimination.removal').missing).toEqual(['monitoring.perCapitaIncomeAtIdentification']);
    const noHardship = assessRiskElimination(atIdentification('7000', { hardship: { severeDifficulty: undefined } }), xiaozhongdian, XZD_AS_OF);
    expect(noHardship.rollback.removal).toBeNull();
    expect(noHardship.missing).toContain('hardship.severeDifficulty');
    const jinanResult = assessRiskElimination(atIdentification('20000'), jinan, JINAN_AS_OF);
    expect(jinanResult.rollback.removal).toBe(false);
    expect(jinanResult.rollback.checks).not.toContain('removal-not-qualified');
  });
  it('S002 §三(二)3 全面落实监测程序: each procedure step recorded as not done is paperwork to complete, named with its clause', () => {
    const done = { application: true, authorisation: true, democraticReview: true, publicity: true, assetVerification: true };
    const complete = assessRiskElimination(ready({ monitoring: { procedure: done } }), xiaozhongdian, XZD_AS_OF);
    expect(complete.rollback.followUps).toEqual([]);
    const gaps = assessRiskElimination(ready({ monitoring: { procedure: { ...done, authorisation: false, publicity: false } } }), xiaozhongdian, XZD_AS_OF);
    expect(gaps.rollback.followUps).toEqual(['complete-authorisation', 'complete-publicity']);
    const f = findingOf(gaps, 'elimination.procedure.publicity');
    expect(f).toMatchObject({ outcome: 'met', citations: expect.arrayContaining([{ doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(二)3' }]) });
    expect(f.message.zh).toBe('记录表明未开展公示：应按程序补齐');
    // Together with the consent of an eliminated household, in the check order.
    const all = assessRiskElimination(xzdEliminated({ monitoring: { review: { informedConsent: false }, procedure: { ...done, application: false } } }), xiaozhongdian, XZD_AS_OF);
    expect(all.rollback.followUps).toEqual(['complete-informed-consent', 'complete-application']);
  });
  it('S002 §三(二)3: an unrecorded procedure step is undetermined and named; the national look-back does not read the steps', () => {
    const r = assessRiskElimination(ready({ monitoring: { procedure: { application: true } } }), xiaozhongdian, XZD_AS_OF);
    expect(findingOf(r, 'elimination.procedure.democratic-review')).toMatchObject({ outcome: 'undetermined', missing: ['monitoring.procedure.democraticReview'] });
    expect(r.missing).toEqual(expect.arrayContaining(['monitoring.procedure.authorisation', 'monitoring.procedure.democraticReview', 'monitoring.procedure.publicity', 'monitoring.procedure.assetVerification']));
    expect(r.missing).not.toContain('monitoring.procedure.application');
    expect(assessRiskElimination(ready({ monitoring: { procedure: { publicity: false } } }), jinan, JINAN_AS_OF).rollback.followUps).toEqual([]);
  });
});

describe('rule headers', () => {
  it('every elimination rule is registered with a quoted citation', () => {
    const rules = RULES.filter((r) => r.layer === 'elimination');
    expect(rules.length).toBeGreaterThan(20);
    for (const r of rules) expect(r.citations.every((c) => c.quote && c.quote.length > 0)).toBe(true);
  });
  it('every finding names a registered rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const r = assessRiskElimination(eliminated('2023-10-01'), jinan, JINAN_AS_OF);
    for (const f of r.findings) expect(ids.has(f.rule), f.rule).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

function parse(input: unknown) {
  const r = parseHousehold(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.household;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const dateIn = (from: number, to: number) =>
  fc.record({ y: fc.integer({ min: from, max: to }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A monitored household with random review facts, measures, an optional elimination and ID numbers. */
const monitoredArb = fc
  .record({
    base: householdArb,
    category: fc.constantFrom('unstable', 'marginal', 'sudden-hardship'),
    identifiedOn: dateIn(2020, 2023),
    eliminatedOn: maybe(dateIn(2021, 2023)),
    review: fc.record(
      { incomeStable: fc.boolean(), rigidSpendingResolved: fc.boolean(), riskGone: fc.boolean(), newRisk: fc.boolean(), dependsOnMeasures: fc.boolean(), informedConsent: fc.boolean(), riskGoneNaturally: fc.boolean() },
      { requiredKeys: [] },
    ),
    measures: fc.subarray(['industry', 'employment', 'health', 'dibao', 'tekun', 'housing'] as const),
    riskTypes: fc.subarray(['illness', 'education', 'disability', 'industry-failure', 'accident'] as const),
    atIdentification: maybe(fc.integer({ min: 0, max: 2_000_000 }).map((f) => (f / 100).toFixed(2))),
    ids: fc.array(fc.constantFrom('11010519491231002X', '440524188001010014', '11010519491231002X42'), { maxLength: 6 }),
  })
  .map(({ base, category, identifiedOn, eliminatedOn, review, measures, riskTypes, atIdentification, ids }) => {
    const members = base.members.map((m, i) => (ids[i] ? { ...m, idNumber: ids[i] } : m));
    const monitoring: Record<string, unknown> = { category, identifiedOn, review };
    if (atIdentification !== undefined) monitoring.perCapitaIncomeAtIdentification = atIdentification;
    if (eliminatedOn !== undefined) monitoring.eliminated = { method: 'assisted', on: eliminatedOn };
    return { ...base, members, monitoring, measures: [...measures], riskTypes: [...riskTypes] } as HouseholdInput;
  });

const PROFILES = listProfiles();
const AS_OF: Record<string, string> = { 'shandong/longkou/2021': '2021-12-05', 'yunnan/xiaozhongdian/2021': '2021-10-20' };
const asOfFor = (id: string) => ({ asOf: AS_OF[id] ?? '2023-12-15' });
const profileArb = fc.constantFrom(...PROFILES);

describe('properties', () => {
  test.prop([monitoredArb, profileArb])('results are deterministic and plain JSON', (input, profile) => {
    const h = parse(input);
    const a = assessRiskElimination(h, profile, asOfFor(profile.id));
    const b = assessRiskElimination(parse(JSON.parse(JSON.stringify(input))), profile, asOfFor(profile.id));
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  test.prop([monitoredArb, profileArb, fc.infiniteStream(fc.nat())])('member order never changes the result', (input, profile, seeds) => {
    const shuffled = { ...input, members: [...input.members].map((m) => ({ m, k: seeds.next().value })).sort((x, y) => x.k - y.k).map((x) => x.m) };
    expect(assessRiskElimination(parse(shuffled), profile, asOfFor(profile.id))).toEqual(assessRiskElimination(parse(input), profile, asOfFor(profile.id)));
  });

  test.prop([monitoredArb, profileArb])('no message contains an unmasked ID number', (input, profile) => {
    const r = assessRiskElimination(parse(input), profile, asOfFor(profile.id));
    for (const f of r.findings) {
      expect(containsUnmaskedIdNumber(f.message.zh)).toBe(false);
      expect(containsUnmaskedIdNumber(f.message.en)).toBe(false);
    }
  });

  test.prop([monitoredArb, profileArb, fc.integer({ min: 1, max: 5_000_000 })])('more income never creates a blocker or a roll-back reason that was not there', (input, profile, extraFen) => {
    const richer = { ...input, income: { ...input.income, wage: ((Math.round(Number(input.income.wage) * 100) + extraFen) / 100).toFixed(2) } };
    const before = assessRiskElimination(parse(input), profile, asOfFor(profile.id));
    const after = assessRiskElimination(parse(richer), profile, asOfFor(profile.id));
    for (const b of after.blockers) expect(before.blockers).toContain(b);
    for (const r of after.rollback.reasons) expect(before.rollback.reasons).toContain(r);
    if (before.eligible === true) expect(after.eligible).toBe(true);
  });

  test.prop([monitoredArb, profileArb])('eligible is true only without blockers, and false exactly when there is one', (input, profile) => {
    const r = assessRiskElimination(parse(input), profile, asOfFor(profile.id));
    expect(r.eligible === false).toBe(r.blockers.length > 0);
    if (r.eligible === null) expect(r.missing.length).toBeGreaterThan(0);
  });
});
