/**
 * 排查安排 — what a screening round covers: the focus groups its document lists, the window "今年以来"
 * stands for, and the visiting and checking lists it requires.
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户、因病因学因意外事故等刚性支出较大影响基本生活的农户、多次申报或预警未纳入监测帮扶的农户等重点群体，要逐户进行排查
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > 今年以来新增低保、大病、残疾同时有学生
 *
 * 党委发〔2023〕70号 §一(二):
 * > 依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”
 *
 * Each is a parameter of the profile (`screeningGroups`, `screeningWindow`, `screeningChecklists`):
 * these rules report them (`info`), or say why one is missing (`undetermined`). The window is derived
 * from the as-of date, never from the clock.
 *
 * @module
 */
import type { Citation } from '../../explain/finding.js';
import type { Lookup } from '../../profile/lookup.js';
import type { ParameterValue, Profile } from '../../profile/schema.js';
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { uniqueCitations } from '../../kernel/line.js';
import { S000, S001, S003, verdict, windowMessage, type ScreeningContext } from './context.js';
import { GROUP_RULES } from './groups.js';

const INFO = verdict<undefined>('info', undefined);

/** What the list of focus groups is read from: the profile's `screeningGroups`, each group once. */
export interface GroupListContext {
  readonly profile: Profile;
  readonly list: Lookup<'screeningGroups'>;
  /** The profile's groups, each once, in its order. */
  readonly ids: readonly ScreeningGroup[];
}

export const screeningGroupsRule = clauseRule<GroupListContext>({
  id: 'screening.groups',
  layer: 'screening',
  title: { zh: '重点排查群体', en: 'screening focus groups' },
  citations: [
    {
      doc: S001,
      clause: '一(一)',
      quote: '特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户、因病因学因意外事故等刚性支出较大影响基本生活的农户、多次申报或预警未纳入监测帮扶的农户等重点群体，要逐户进行排查',
    },
  ],
  description: {
    zh: '列出配置所依据文件的重点排查群体，逐一检验；未给出时说明原因。',
    en: 'Lists the focus groups of the profile\'s document and tests each; says why when the profile has none.',
  },
  parameters: ['screeningGroups'],
  test: (c): Tested => (c.list.ok ? INFO : { outcome: 'undetermined', missing: [c.list.missing], data: undefined }),
  explain: (c): Explained => {
    // No clause of the profile names focus groups: the message gives the reason, and nothing is cited.
    if (!c.list.ok) return { message: { zh: c.list.message.zh, en: c.list.message.en }, values: {}, citations: [] };
    const titles = c.ids.map((g) => GROUP_RULES[g].title);
    return {
      message: { zh: `重点排查群体：${titles.map((t) => t.zh).join('；')}`, en: `focus groups: ${titles.map((t) => t.en).join('; ')}` },
      values: { groups: [...c.ids] },
      citations: uniqueCitations(c.list.citation),
    };
  },
});

export const screeningWindowRule = clauseRule<ScreeningContext>({
  id: 'screening.window',
  layer: 'screening',
  title: { zh: '排查时段（今年以来）', en: 'screening window ("this year")' },
  citations: [{ doc: S000, clause: '一(二)', quote: '今年以来新增低保、大病、残疾同时有学生' }],
  description: {
    zh: '按配置由评估时点推出排查时段（如今年1月1日至评估时点），新增事件在此时段内的才计入；不读系统时钟。',
    en: 'Derives the screening window from the as-of date as the profile says (e.g. 1 January to the as-of date); only events dated in it count as new. Never reads the clock.',
  },
  parameters: ['screeningWindow'],
  facts: ['events'],
  test: (s): Tested => (s.window.ok ? INFO : { outcome: 'undetermined', missing: s.window.missing, data: undefined }),
  explain: (s): Explained => {
    const w = s.window;
    if (!w.ok) return { message: windowMessage(s), values: {}, citations: [] };
    const { from, to } = w.window;
    return { message: { zh: `排查时段为 ${from} 至 ${to}`, en: `screening window ${from} to ${to}` }, values: { from, to }, citations: uniqueCitations(w.citation) };
  },
});

/** One list a round requires, and the clause of the profile that requires it. */
export interface ChecklistContext {
  readonly profile: Profile;
  readonly checklist: ParameterValue<'screeningChecklists'>[number];
  readonly citation: Citation;
}

export const screeningChecklistsRule = clauseRule<ChecklistContext>({
  id: 'screening.checklists',
  layer: 'screening',
  title: { zh: '入户走访与核查清单（如“六必访”“六必查”）', en: 'visiting and checking lists (e.g. 六必访, 六必查)' },
  citations: [{ doc: S003, clause: '一(二)', quote: '依据《甘肃省健全防止返贫动态监测和帮扶机制工作指南》，坚持“六必访”“六必查”“七不消”' }],
  description: {
    zh: '列出配置要求的走访、核查清单，供人工执行；条目未提供的，说明原因。',
    en: 'Lists the visiting and checking lists the profile requires, for people to carry out; says why when their items are not supplied.',
  },
  parameters: ['screeningChecklists'],
  test: () => INFO,
  explain: (c): Explained => {
    const cl = c.checklist;
    const why = cl.itemsUnavailable;
    return {
      message:
        cl.items.length > 0
          ? { zh: `须按“${cl.name.zh}”逐项走访核查（${cl.items.length} 项）`, en: `carry out ${cl.name.en} item by item (${cl.items.length} items)` }
          : { zh: `须按“${cl.name.zh}”走访核查；条目未提供${why ? `：${why.zh}` : ''}`, en: `carry out ${cl.name.en}; its items were not supplied${why ? `: ${why.en}` : ''}` },
      values: { checklist: cl.id, items: cl.items.map((i) => i.text.zh) },
      citations: uniqueCitations(c.citation),
    };
  },
});
