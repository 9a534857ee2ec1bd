/**
 * 集中排查 — which focus groups (重点排查群体) of its profile's document a household belongs to.
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 对农村低收入人口（存量农村低保对象、分散供养特困人员）要全覆盖走访排查，特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户……等重点群体，要逐户进行排查
 *
 * The groups a profile screens, the window "今年以来" stands for and the thresholds are parameters
 * (src/profile/parameters/screening.ts); each group's rule is in `groups.ts`.
 *
 * @module
 */
import { finding, type Citation, type Finding } from '../../explain/finding.js';
import type { Household } from '../../model/household.js';
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import type { Profile } from '../../profile/schema.js';
import type { AssessmentOptions } from '../../facts/context.js';
import { AssessmentFacts } from '../../facts/assessment.js';
import { defineRule, type Rule } from '../../kernel/rule.js';
import { inForceFinding } from '../../kernel/in-force.js';
import { lookup } from '../../profile/lookup.js';
import { windowFor, type ScreeningContext, type ScreeningWindow } from './context.js';
import { groupRules, testGroup } from './groups.js';

export type { ScreeningWindow } from './context.js';

export const screeningGroupsRule = defineRule({
  id: 'screening.groups',
  layer: 'screening',
  title: { zh: '重点排查群体', en: 'screening focus groups' },
  citations: [
    {
      doc: '榕晋乡振〔2023〕12号',
      clause: '一(一)',
      quote: '特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户、因病因学因意外事故等刚性支出较大影响基本生活的农户、多次申报或预警未纳入监测帮扶的农户等重点群体，要逐户进行排查',
    },
  ],
  description: {
    zh: '列出配置所依据文件的重点排查群体，逐一检验；未给出时说明原因。',
    en: 'Lists the focus groups of the profile\'s document and tests each; says why when the profile has none.',
  },
  parameters: ['screeningGroups'],
});

export const screeningWindowRule = defineRule({
  id: 'screening.window',
  layer: 'screening',
  title: { zh: '排查时段（今年以来）', en: 'screening window ("this year")' },
  citations: [{ doc: '临稷办发〔2023〕76号', clause: '一(二)', quote: '今年以来新增低保、大病、残疾同时有学生' }],
  description: {
    zh: '按配置由评估时点推出排查时段（如今年1月1日至评估时点），新增事件在此时段内的才计入；不读系统时钟。',
    en: 'Derives the screening window from the as-of date as the profile says (e.g. 1 January to the as-of date); only events dated in it count as new. Never reads the clock.',
  },
  parameters: ['screeningWindow'],
  facts: ['events'],
});

export const screeningChecklistsRule = defineRule({
  id: 'screening.checklists',
  layer: 'screening',
  title: { zh: '入户走访与核查清单（如“六必访”“六必查”）', en: 'visiting and checking lists (e.g. 六必访, 六必查)' },
  citations: [{ doc: '党委发〔2023〕70号', clause: '一(二)', quote: '依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”' }],
  description: {
    zh: '列出配置要求的走访、核查清单，供人工执行；条目未提供的，说明原因。',
    en: 'Lists the visiting and checking lists the profile requires, for people to carry out; says why when their items are not supplied.',
  },
  parameters: ['screeningChecklists'],
});

/** Every rule header of the screening layer, for the catalog. */
export const SCREENING_RULES: readonly Rule[] = [screeningGroupsRule, screeningWindowRule, screeningChecklistsRule, ...Object.values(groupRules)];

/** The result of {@link screenHousehold}. Plain JSON. */
export interface ScreeningResult {
  /** The focus groups the household belongs to, in the profile's order. */
  groups: ScreeningGroup[];
  /** The profile's groups that could not be decided (a fact or a threshold is missing). */
  undetermined: ScreeningGroup[];
  /** The window events were counted in; `null` when unknown. */
  window: ScreeningWindow | null;
  /** The fields (and `parameters.<key>`) whose absence left a group undetermined. */
  missing: string[];
  findings: Finding[];
}

/**
 * Screens a household (集中排查): tests each focus group its profile's document names and returns the
 * groups it belongs to, with a finding per group. Pure: "this year" is a window ending on the as-of
 * date (`options.asOf`, else the profile's default), never the clock.
 *
 * @example
 * const r = screenHousehold({ ...household, previousPerCapitaNetIncome: '9733.33' }, getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-01' });
 * r.groups // ['income-below-amount']  (2022年度 per-capita net income 9733.33 < 10000)
 */
export function screenHousehold(h: Household, profile: Profile, options: AssessmentOptions = {}): ScreeningResult {
  return screeningOf(new AssessmentFacts(h, profile, options));
}

/**
 * The screening from an assessment's shared facts (the body of {@link screenHousehold}). With
 * `explain: false` the groups are the same and `findings` is empty.
 *
 * @example
 * screeningOf(new AssessmentFacts(h, getProfile('gansu/wuqingyuan/2023'), { asOf: '2023-11-01', explain: false })).groups // ['new-dibao-or-application']
 */
export function screeningOf(f: AssessmentFacts): ScreeningResult {
  const { h, profile } = f;
  const assessment = f.context;
  const on = assessment.parameterDate;
  const anchor = assessment.asOf ?? on;
  // Lean mode (`explain: false`) collects nothing: `findings?.push(…)` then evaluates no argument.
  const findings: Finding[] | null = f.explain ? [f.periodFinding()] : null;

  const list = lookup(profile, 'screeningGroups', on);
  if (!list.ok) {
    // No clause of the profile names focus groups: the message gives the reason, and nothing is cited.
    findings?.push(finding(screeningGroupsRule.id, 'undetermined', list.message, [], {}, [list.missing]));
    return { groups: [], undetermined: [], window: null, missing: [list.missing], findings: findings ?? [] };
  }

  const spec = lookup(profile, 'screeningWindow', on);
  let window: ScreeningContext['window'];
  if (!spec.ok) window = { ok: false, missing: spec.missing, message: spec.message };
  else if (anchor === null) window = { ok: false, missing: 'asOf', message: { zh: '无评估时点，无法确定排查时段', en: 'no as-of date, so the screening window cannot be set' } };
  else window = { ok: true, window: windowFor(spec.value, anchor), citation: spec.citation };

  const s: ScreeningContext = {
    h,
    profile,
    assessment,
    income: f.income(),
    on,
    anchor,
    window,
    members: f.membersPresentOn(anchor),
  };

  const groupsCite: Citation = list.citation;
  const ids = uniqueGroups(list.value);
  if (findings) {
    findings.push(
      finding(screeningGroupsRule.id, 'info', { zh: `重点排查群体：${ids.map((g) => groupRules[g].title.zh).join('；')}`, en: `focus groups: ${ids.join(', ')}` }, [{ doc: groupsCite.doc, clause: groupsCite.clause }], { groups: ids }),
    );
    findings.push(
      window.ok
        ? finding(
            screeningWindowRule.id,
            'info',
            { zh: `排查时段为 ${window.window.from} 至 ${window.window.to}`, en: `screening window ${window.window.from} to ${window.window.to}` },
            [{ doc: window.citation.doc, clause: window.citation.clause }],
            { from: window.window.from, to: window.window.to },
          )
        : finding(screeningWindowRule.id, 'undetermined', window.message, [], {}, [window.missing]),
    );
  }

  const groups: ScreeningGroup[] = [];
  const undetermined: ScreeningGroup[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const t = testGroup(id, s);
    if (findings) {
      const rule = groupRules[id];
      const cites: Citation[] = [{ doc: groupsCite.doc, clause: groupsCite.clause }];
      for (const c of t.citations ?? []) if (!cites.some((x) => x.doc === c.doc && x.clause === c.clause)) cites.push({ doc: c.doc, clause: c.clause });
      const { message, values } = t.explain();
      findings.push(finding(rule.id, t.outcome, message, cites, values, t.missing));
    }
    if (t.outcome === 'met') groups.push(id);
    else if (t.outcome === 'undetermined') {
      undetermined.push(id);
      if (t.missing) for (const m of t.missing) if (!missing.includes(m)) missing.push(m);
    }
  }

  if (findings) {
    const checklists = lookup(profile, 'screeningChecklists', on);
    if (checklists.ok) {
      for (const cl of checklists.value) {
        const why = cl.itemsUnavailable;
        findings.push(
          finding(
            screeningChecklistsRule.id,
            'info',
            cl.items.length > 0
              ? { zh: `须按“${cl.name.zh}”逐项走访核查（${cl.items.length} 项）`, en: `carry out ${cl.name.en} item by item (${cl.items.length} items)` }
              : { zh: `须按“${cl.name.zh}”走访核查；条目未提供${why ? `：${why.zh}` : ''}`, en: `carry out ${cl.name.en}; its items were not supplied${why ? `: ${why.en}` : ''}` },
            [{ doc: checklists.citation.doc, clause: checklists.citation.clause }],
            { checklist: cl.id, items: cl.items.map((i) => i.text.zh) },
          ),
        );
      }
    }
  }

  // Cite what is in force for the profile (the period finding, first, is already so).
  if (findings) for (let i = 1; i < findings.length; i++) findings[i] = inForceFinding(profile, findings[i]!);
  return { groups, undetermined, window: window.ok ? { from: window.window.from, to: window.window.to } : null, missing: missing.sort(), findings: findings ?? [] };
}

/** The profile's groups, each once, in its order. */
function uniqueGroups(list: readonly ScreeningGroup[]): ScreeningGroup[] {
  const out: ScreeningGroup[] = [];
  for (const g of list) if (!out.includes(g)) out.push(g);
  return out;
}
