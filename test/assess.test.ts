import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assessHousehold, defineProfile, getProfile, listProfiles, MissingParameterError, parseHousehold, renderExplanation, renderNotice, VERSION, withMonitoringLine } from '../src/index.js';
import { containsUnmaskedIdNumber } from '../src/explain/mask.js';
import { household } from './builders.js';
import { householdArb } from './arbitraries.js';

const jinan = getProfile('fujian/jinan/2023');
const longkou = getProfile('shandong/longkou/2021');

describe('assessHousehold', () => {
  it('S001 §一(一): a household below 10560 per head in Jin’an enters monitoring as 边缘易致贫户, with a decision record', () => {
    // A38 = (8000 + 2000 + 0 + 1200 − 2000) ÷ 3 = 3066.67 < 10560
    const r = assessHousehold(household({ income: { wage: '8000', operating: '2000' }, riskTypes: ['illness'] }), jinan);
    expect(r.income.perCapitaReferenceIncome).toBe('3066.67');
    expect(r.monitoring).toMatchObject({ outcome: 'identified', eligible: true, category: 'marginal' });
    expect(r.record).toEqual({
      library: 'fangfanpin',
      version: VERSION,
      profile: { id: 'fujian/jinan/2023', hash: jinan.hash },
      asOf: '2023-12-15',
      period: { from: '2022-10-01', to: '2023-09-30' },
      householdId: 'T-0001',
    });
    expect(Object.keys(r)).toEqual(['record', 'income', 'monitoring', 'policyStatus', 'elimination', 'screening', 'procedure', 'quality']);
  });

  it('S000 does not state Linzi’s 2023 line: the assessment fails with an error naming the parameter', () => {
    expect(() => assessHousehold(household(), getProfile('shandong/linzi/2023'))).toThrow(MissingParameterError);
    const withLine = defineProfile({
      id: 'test/linzi-line/2023',
      extends: 'shandong/linzi/2023',
      title: { zh: '临淄（测试监测线）', en: 'Linzi (test line)' },
      documents: [{ id: 'test-notice', issuer: '测试', title: '测试监测线', region: '测试' }],
      parameters: { monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: '7000', citation: { doc: 'test-notice', clause: '一' } }] },
    });
    expect(assessHousehold(household(), withLine).monitoring.eligible).toBe(false);
  });

  test.prop([householdArb])('results are plain JSON and deterministic', (input) => {
    const p = parseHousehold(input);
    if (!p.ok) throw new Error('arbitrary household must parse');
    const r = assessHousehold(p.household, jinan);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(assessHousehold(p.household, jinan)).toEqual(r);
  });

  test.prop([householdArb, fc.constantFrom('natural-disaster', 'accident', 'illness'), fc.boolean()])(
    'S003 §二(三) (issue 11): whenever the green channel says "help first", identification says identified',
    (input, risk, severe) => {
      const p = parseHousehold({ ...input, riskTypes: [risk], hardship: { ...(input.hardship ?? {}), severeDifficulty: severe } });
      if (!p.ok) throw new Error('must parse');
      const r = assessHousehold(p.household, getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-20', explain: false });
      if (r.procedure.greenChannel.applies === true) expect(r.monitoring.outcome).toBe('identified');
    },
  );

  test.prop([householdArb])('issue 11: the elimination outcome and its yes/no summary agree; to verify always names what to verify', (input) => {
    const p = parseHousehold(input);
    if (!p.ok) throw new Error('must parse');
    for (const [profile, asOf] of [[jinan, '2023-12-15'], [longkou, '2021-06-30']] as const) {
      const e = assessHousehold(p.household, profile, { asOf, explain: false }).elimination;
      expect(e.eligible).toBe(e.outcome === 'eliminable' ? true : e.outcome === 'not-eliminable' || e.outcome === 'not-applicable' ? false : null);
      if (e.outcome === 'to-verify') expect(e.toVerify.length).toBeGreaterThan(0);
      else expect(e.toVerify).toEqual([]);
      if (e.outcome === 'not-eliminable') expect(e.blockers.length).toBeGreaterThan(0);
    }
  });

  test.prop([householdArb, fc.constantFrom('11010519491231002X', '440524188001010014', '11010519491231002X41', '110105491231002')])(
    'no message, value or rendered text carries an unmasked ID number',
    (input, id) => {
      const p = parseHousehold({ ...input, id: `户${id}`, members: input.members.map((m, i) => (i === 0 ? { ...m, idNumber: id } : m)) });
      if (!p.ok) throw new Error('must parse');
      const r = assessHousehold(p.household, longkou, { asOf: '2021-06-30' });
      const texts = [renderExplanation(r, { language: 'both' }), renderNotice(r, { language: 'both' }) ?? ''];
      const messages = JSON.stringify([r.income, r.monitoring, r.policyStatus, r.elimination, r.screening, r.procedure, r.quality]);
      for (const t of [...texts, messages]) expect(containsUnmaskedIdNumber(t)).toBe(false);
    },
  );
});

describe('renderExplanation and renderNotice', () => {
  const rich = household({
    income: { wage: '40000' },
    hardship: { severeDifficulty: true },
    assets: { luxuryCar: true },
    members: [{ name: '王建国', sex: 'female', relation: 'head', idNumber: '11010519491231002X', phone: '13812345678' }],
  });
  const r = assessHousehold(rich, longkou, { asOf: '2021-06-30' });

  it('explains every decision with its clause, in Chinese and in English', () => {
    const zh = renderExplanation(r);
    expect(zh).toContain('二、监测对象认定：不认定（排除：拥有并经常使用高档乘用车辆）');
    expect(zh).toContain('不低于监测线：A34 45200.00 元 > 监测线 6500.00 元');
    expect(zh).toContain('龙扶贫组字〔2021〕1号　龙口市扶贫开发领导小组　2021-06-15');
    const en = renderExplanation(r, { language: 'en' });
    expect(en).toContain('2. Identification: not identified (exclusion: owns and regularly uses a high-end car)');
    expect(en).toContain('under 龙扶贫组字〔2021〕1号 §二(二)');
  });

  it('S004 §四(三): a household found not to qualify gets a written notice with the reasons and no ID or phone number', () => {
    const notice = renderNotice(r)!;
    expect(notice).toContain('防止返贫监测对象认定结果告知书');
    expect(notice).toContain('经核实，你户不符合防止返贫监测对象的认定标准');
    expect(notice).toContain('1. A34 家庭人均纯收入不低于监测线：A34 45200.00 元 > 监测线 6500.00 元');
    expect(notice).toContain('排除：拥有并经常使用高档乘用车辆');
    expect(notice).toContain('龙扶贫组字〔2021〕1号 四(三)');
    expect(notice).not.toMatch(/11010519491231002X|13812345678/);
  });

  it('S004 §四(三): under Longkou the notice cites Longkou’s own clause and the office that writes it', () => {
    const notice = renderNotice(r)!;
    expect(notice).toContain('（书面告知依据：龙扶贫组字〔2021〕1号 四(三)，由镇街区扶贫部门告知；政策配置 shandong/longkou/2021；评估时点 2021-06-30）');
    expect(renderNotice(r, { language: 'en' })).toContain('(Written notice under 龙扶贫组字〔2021〕1号 §四(三), given by the township (subdistrict) poverty-alleviation office;');
  });

  it('S001 has no notice clause: under Jin’an the notice says plainly that it borrows 龙扶贫组字〔2021〕1号 §四(三)', () => {
    const notQualifying = assessHousehold(household({ income: { wage: '60000' } }), jinan);
    expect(notQualifying.monitoring.eligible).toBe(false);
    const notice = renderNotice(notQualifying)!;
    expect(notice).toContain('（政策配置 fujian/jinan/2023 所依据的文件未规定书面告知审核结果；本告知书借用龙扶贫组字〔2021〕1号 四(三)“对不符合监测标准的群众……书面告知审核结果”的做法；评估时点 2023-12-15）');
    expect(notice).not.toContain('依据：龙扶贫组字〔2021〕1号 四(三)；');
    expect(renderNotice(notQualifying, { language: 'en' })).toContain('require no written notice of the result; this notice borrows the practice of 龙扶贫组字〔2021〕1号 §四(三)');
  });

  it('S004 §四(三) in a county profile: given the profile, the notice cites the clause it inherits; without it, an unknown profile’s notice says the clause is borrowed', () => {
    const county = defineProfile({ id: 'test/longkou-county/2021', extends: 'shandong/longkou/2021', title: { zh: '测试', en: 'test' } });
    const result = assessHousehold(rich, county, { asOf: '2021-06-30' });
    expect(renderNotice(result, { profile: county })).toContain('书面告知依据：龙扶贫组字〔2021〕1号 四(三)');
    expect(renderNotice(result)).toContain('本告知书借用龙扶贫组字〔2021〕1号 四(三)');
  });

  it('S004 §四(三): no notice for a household that enters monitoring', () => {
    const eligible = assessHousehold(household({ income: { wage: '1000', operating: '0' }, riskTypes: ['illness'] }), jinan);
    expect(eligible.monitoring.eligible).toBe(true);
    expect(renderNotice(eligible)).toBeNull();
  });
  it('issue 11: a household to verify gets a visit, not a notice; one decided on the record alone is told so, not "经核实"', () => {
    const toVerify = assessHousehold(household({ income: { wage: '1000', operating: '0' } }), jinan);
    expect(toVerify.monitoring.outcome).toBe('to-verify');
    expect(renderNotice(toVerify)).toBeNull();
    expect(renderExplanation(toVerify)).toContain('二、监测对象认定：待核实，拟认定为边缘易致贫户。须入户核实：是否存在返贫致贫风险（至少一项）（A27 致贫返贫风险类型）');
    const recordAlone = assessHousehold(household({ income: { wage: '60000' } }), jinan);
    expect(recordAlone.monitoring).toMatchObject({ outcome: 'not-identified', onRecordAlone: true });
    expect(renderNotice(recordAlone)).toContain('根据登记的信息，你户不符合防止返贫监测对象的认定标准');
  });

  it('issue 11: S004 §二(二) conditions left unrecorded are named by their Chinese labels, not their field paths', () => {
    // (6000 + 0 + 0 + 1200 − 2000) ÷ 3 = 1733.33 < 6500: an 一般农户 below Longkou's line, conditions (1)/(2) not recorded.
    const r = assessHousehold(household({ income: { wage: '6000', operating: '0' } }), longkou, { asOf: '2021-06-30' });
    const zh = renderExplanation(r);
    expect(zh).toContain('未记录（因病、因残、因学等刚性支出明显超过上年度收入、“两不愁三保障”和饮水安全受到影响）');
    expect(zh).not.toContain('hardship.');
    const en = renderExplanation(r, { language: 'en' });
    expect(en).toContain("rigid spending from illness, disability or schooling clearly above last year's income");
    expect(en).not.toContain('hardship.');
  });

  it('issue 11: elimination blockers, screening groups and quality-issue fields are named, in Chinese and in English', () => {
    // A monitored household still below the line (29200 ÷ 3 = 9733.33 < 10560), identified 2023-10-01: too soon by 2023-12-15.
    const h = household({
      riskTypes: ['illness'],
      monitoring: { category: 'marginal', identifiedOn: '2023-10-01' },
      members: [
        { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true, dibao: true },
        { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary', basicMedicalInsurance: true },
        { name: '王小明', sex: 'male', relation: 'son', birthDate: '2010-05-20', health: 'healthy', labour: 'none', schoolStatus: 'senior-1', basicMedicalInsurance: true },
      ],
    });
    const r = assessHousehold(h, jinan, { asOf: '2023-12-15' });
    expect(r.elimination.blockers).toEqual(expect.arrayContaining(['income-below-line', 'too-soon']));
    const zh = renderExplanation(r);
    expect(zh).toMatch(/四、风险消除：暂不符合风险消除条件（帮扶消除；未满足：[^）]*人均纯收入未超过当年监测范围[^）]*识别认定时间不足/);
    expect(zh).toContain('五、集中排查重点群体：低保对象、分散供养特困人员');
    expect(zh).toContain('［疑点］第3行成员的A12 在校生状况：');
    const en = renderExplanation(r, { language: 'en' });
    expect(en).toMatch(/failing: [^)]*per-capita net income not above the line[^)]*too soon after identification/);
    expect(en).toContain('5. Screening focus groups: households on dibao or tekun support');
  });
});

describe('issue 11: explanations name what they refer to', () => {
  /** A code an official cannot read: a dotted field path or rule id, a member path, or a hyphenated condition/group id. */
  const CODE = /(?<![\w.\-/])(?:members\[\d+\]|[a-z][a-zA-Z]*(?:-[a-z]+)*\.[a-zA-Z][\w-]*|[a-z]+(?:-[a-z]+)+)(?![\w/])/g;
  it('every Chinese explanation of the bundled example, under every built-in profile at its default date (a line supplied where none is in force), names no field path, rule id or condition id outside its citations', async () => {
    const { readRecords } = await import('../src/io/index.js');
    const households = [];
    for await (const rec of readRecords('examples/data/village.csv')) {
      if (rec.problems.length > 0) continue;
      const p = parseHousehold(rec.raw);
      if (p.ok) households.push(p.household);
    }
    const found = new Map<string, string>();
    for (const base of listProfiles()) {
      const asOf = base.defaultAsOf?.value ?? '2023-09-30';
      let profile = base;
      try {
        assessHousehold(households[0]!, profile, { asOf });
      } catch {
        profile = withMonitoringLine(base, { value: '6000', source: '测试文件 一', asOf });
      }
      for (const h of households) {
        const text = renderExplanation(assessHousehold(h, profile, { asOf }));
        const body = text.slice(text.indexOf('一、收入'), text.indexOf('依据文件：')).replace(/（依据：[^\n]*）$/gm, '').replace(/配置 \S+/g, '');
        for (const m of body.matchAll(CODE)) if (!found.has(m[0])) found.set(m[0], body.slice(Math.max(0, m.index! - 40), m.index! + 60));
      }
    }
    // Profile parameter keys (what to supply in a profile) are named as such; nothing else may remain.
    const left = [...found].filter(([token]) => !/^(?:defineProfile|eliminationProhibitions|countyRuralIncome)$/.test(token));
    expect(left).toEqual([]);
  }, 60_000);
});
