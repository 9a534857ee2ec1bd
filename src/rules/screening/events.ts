/**
 * 今年以来 — the focus groups decided by what happened in the screening window (an event dated in it),
 * or by a risk type on record.
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 重点关注收入偏低或下降明显、就业不稳、产业失败，以及受其他突发意外事故影响较大的农户。……特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户……等重点群体，要逐户进行排查
 *
 * 临稷办发〔2023〕76号 §一(二):
 * > ……务工不稳定、收入下降明显等家庭
 *
 * 党委发〔2023〕70号 §一(二):
 * > 重点关注受灾情影响较大，特别是收入下降明显的农户……新识别和新申请低保，特别是收入较低、家庭负担较重的农户……务工不稳定，特别是有外地务工返乡、新增劳动力和当地就业不稳定成员的农户……产业失败及受其他突发意外事故影响较大等农户
 *
 * 龙扶贫组字〔2021〕1号 §三(三):
 * > 每月按时将新增低保、特困供养、临时救助、住危房、大额医疗支出、刑事处罚、重度残疾人、困难学生等预警信息报市扶贫办
 *
 * An event counts when dated in the window (`screeningWindow`, ending on the as-of date, both ends
 * included); a risk type on record (A27) decides without one. The window unknown (no as-of date, or no
 * `screeningWindow`) leaves a group undetermined unless the risk type already decides it.
 *
 * @module
 */
import type { HouseholdEvent, RiskType } from '../../model/household.js';
import { HOUSEHOLD_EVENTS } from '../../model/events.js';
import { DISASTER_TYPES, RISK_TYPES, type Text } from '../../model/labels.js';
import type { FindingValue, QuotedCitation } from '../../explain/finding.js';
import type { ScreeningGroup } from '../../profile/parameters/screening.js';
import type { ParameterKey } from '../../profile/parameters/index.js';
import type { Lookup } from '../../profile/lookup.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { cites, groupLookup, unsetExplained, countEventsInWindow, eventsInWindow, groupHeader, S000, S001, S003, S004, verdict, windowMessage, windowUnknown, type ScreeningContext } from './context.js';

/** Which case decided an events-or-risk group. */
type EventsCase = 'risk' | 'events' | 'none' | 'window';

const BY_RISK = verdict<EventsCase>('met', 'risk');
const BY_EVENTS = verdict<EventsCase>('met', 'events');
const NONE = verdict<EventsCase>('not-met', 'none');

/** What decides a group: the event kinds in the window, the risk types on record, and whether a disaster sub-type (A27a) counts. */
interface EventsSpec {
  kinds: readonly HouseholdEvent['kind'][];
  risks: readonly RiskType[];
  disasterSubtypes?: boolean;
}

/** The risk types on record among `risks`. */
function risksOnRecord(s: ScreeningContext, risks: readonly RiskType[]): RiskType[] {
  const recorded = s.h.riskTypes;
  return recorded === undefined || recorded.length === 0 || risks.length === 0 ? [] : recorded.filter((r) => risks.includes(r));
}

function testEvents(s: ScreeningContext, spec: EventsSpec): Tested<EventsCase> {
  const recorded = s.h.riskTypes;
  if (recorded !== undefined && recorded.some((r) => spec.risks.includes(r))) return BY_RISK;
  if (spec.disasterSubtypes && (s.h.disasterTypes ?? []).length > 0) return BY_RISK;
  const n = countEventsInWindow(s, spec.kinds);
  if (n === null) return windowUnknown(s, 'window');
  return n > 0 ? BY_EVENTS : NONE;
}

/** The event kinds of a group named in words: a group's kinds are a constant list, so named once per list. */
const KINDS_TEXT = new Map<readonly HouseholdEvent['kind'][], Text>();
const kindsText = (kinds: readonly HouseholdEvent['kind'][]): Text => {
  let t = KINDS_TEXT.get(kinds);
  if (t === undefined) KINDS_TEXT.set(kinds, (t = Object.freeze({ zh: kinds.map((k) => HOUSEHOLD_EVENTS[k].zh).join('、'), en: kinds.map((k) => HOUSEHOLD_EVENTS[k].en).join(', ') })));
  return t;
};

function explainEvents(s: ScreeningContext, t: Tested<EventsCase>, spec: EventsSpec, ...thresholds: Lookup<ParameterKey>[]): Explained {
  const onRecord = risksOnRecord(s, spec.risks);
  const events = eventsInWindow(s, spec.kinds);
  const values: Record<string, FindingValue> = { riskTypes: onRecord, events: events ? events.map((e) => `${e.kind} ${e.on}`) : null };
  const citations = thresholds.length === 0 ? cites(s) : cites(s, ...thresholds.flatMap((p) => (p.ok ? [p.citation] : [])));
  const k = kindsText(spec.kinds);
  switch (t.data) {
    case 'risk': {
      if (onRecord.length > 0) {
        const risks = { zh: onRecord.map((r) => RISK_TYPES[r].zh).join('、'), en: onRecord.map((r) => RISK_TYPES[r].en).join(', ') };
        return { message: { zh: `风险类型记录为${risks.zh}`, en: `risk type on record: ${risks.en}` }, values, citations };
      }
      const subtypes = s.h.disasterTypes ?? [];
      const named = { zh: subtypes.map((d) => DISASTER_TYPES[d].zh).join('、'), en: subtypes.map((d) => DISASTER_TYPES[d].en).join(', ') };
      return { message: { zh: `风险类型记录为因自然灾害（子项：${named.zh}）`, en: `risk type on record: natural disaster (sub-type: ${named.en})` }, values, citations };
    }
    case 'window':
      return { message: windowMessage(s), values, citations };
    case 'events':
      return { message: { zh: `排查时段内有${k.zh}事件 ${events!.length} 起`, en: `${events!.length} event(s) in the window: ${k.en}` }, values, citations };
    default:
      return { message: { zh: `排查时段内无${k.zh}事件，风险类型也无记录`, en: `no event in the window (${k.en}) and no such risk type on record` }, values, citations };
  }
}

/** A group decided by events of these kinds in the window, or a risk type on record. */
function eventsGroup(id: ScreeningGroup, title: Text, citations: readonly QuotedCitation[], description: Text, facts: readonly string[], spec: EventsSpec) {
  return clauseRule<ScreeningContext, EventsCase>({
    ...groupHeader(id, title, citations, description, ['screeningWindow'], facts),
    test: (s) => testEvents(s, spec),
    explain: (s, t): Explained => explainEvents(s, t, spec),
  });
}

/** 务工（就业）不稳定 — S000 §一(二), S001 §一(一), S003 §一(二). */
export const unstableWork = eventsGroup(
  'unstable-work',
  { zh: '务工（就业）不稳定', en: 'unstable work' },
  [
    { doc: S000, clause: '一(二)', quote: '务工不稳定' },
    { doc: S001, clause: '一(一)', quote: '就业不稳' },
    { doc: S003, clause: '一(二)', quote: '务工不稳定，特别是有外地务工返乡、新增劳动力和当地就业不稳定成员的农户' },
  ],
  {
    zh: '风险类型含因务工就业不稳，或排查时段内有务工不稳定或返乡事件。',
    en: 'Risk type 因务工就业不稳 on record, or an unstable-work or returned-migrant event in the window.',
  },
  ['riskTypes', 'events'],
  { kinds: ['job-loss'], risks: ['unstable-employment'] },
);

/** 产业失败 — S001 §一(一), S003 §一(二). */
export const industryFailure = eventsGroup(
  'industry-failure',
  { zh: '产业失败', en: 'industry failure' },
  [
    { doc: S001, clause: '一(一)', quote: '产业失败' },
    { doc: S003, clause: '一(二)', quote: '产业失败及受其他突发意外事故影响较大等农户' },
  ],
  { zh: '风险类型含因产业项目失败，或排查时段内有产业失败事件。', en: 'Risk type 因产业项目失败 on record, or an industry-failure event in the window.' },
  ['riskTypes', 'events'],
  { kinds: ['industry-failure'], risks: ['industry-failure'] },
);

/** 受突发意外事故影响较大 — S001 §一(一), S003 §一(二). */
export const accident = eventsGroup(
  'accident',
  { zh: '受突发意外事故影响较大', en: 'hit by an accident or sudden event' },
  [
    { doc: S001, clause: '一(一)', quote: '以及受其他突发意外事故影响较大的农户' },
    { doc: S003, clause: '一(二)', quote: '产业失败及受其他突发意外事故影响较大等农户' },
  ],
  { zh: '风险类型含因意外事故或因突发事件，或排查时段内有意外事故事件。', en: 'Risk type 因意外事故 or 因突发事件 on record, or an accident event in the window.' },
  ['riskTypes', 'events'],
  { kinds: ['accident'], risks: ['accident', 'sudden-event'] },
);

/** 受灾情影响较大 — S003 §一(二). */
export const disasterAffected = eventsGroup(
  'disaster-affected',
  { zh: '受灾情影响较大', en: 'hit by a disaster' },
  [{ doc: S003, clause: '一(二)', quote: '重点关注受灾情影响较大，特别是收入下降明显的农户' }],
  { zh: '风险类型含因自然灾害（或记录灾害子项），或排查时段内有受灾事件。', en: 'Risk type 因自然灾害 (or a disaster sub-type) on record, or a natural-disaster event in the window.' },
  ['riskTypes', 'disasterTypes', 'events'],
  { kinds: ['natural-disaster'], risks: ['natural-disaster'], disasterSubtypes: true },
);

/** 今年以来新增或新申请低保、特困，新增重度残疾人 — S001 §一(一). */
export const newDibaoTekunSevereDisability = eventsGroup(
  'new-dibao-tekun-severe-disability',
  { zh: '今年以来新增或新申请低保、特困，新增重度残疾人', en: 'new or applied-for dibao or tekun, or new severe disability, this year' },
  [{ doc: S001, clause: '一(一)', quote: '特别是对今年以来家庭有新增或新申请农村低保对象和分散供养特困人员以及重度残疾人的农户' }],
  { zh: '排查时段内有新增低保、新增特困、新申请低保、新申请特困或新增重度残疾人事件。', en: 'A new dibao, new tekun, dibao application, tekun application or new severe disability event in the window.' },
  ['events'],
  { kinds: ['new-dibao', 'new-tekun', 'dibao-application', 'tekun-application', 'new-severe-disability'], risks: [] },
);

/** 新识别和新申请低保 — S003 §一(二). */
export const newDibaoOrApplication = eventsGroup(
  'new-dibao-or-application',
  { zh: '新识别和新申请低保', en: 'newly on or applying for dibao' },
  [{ doc: S003, clause: '一(二)', quote: '新识别和新申请低保，特别是收入较低、家庭负担较重的农户' }],
  { zh: '排查时段内有新增低保或新申请低保事件。', en: 'A new dibao or dibao-application event in the window.' },
  ['events'],
  { kinds: ['new-dibao', 'dibao-application'], risks: [] },
);

/** What the department-warning test read: the kinds warned of (a parameter) and which case decided. */
type WarningData = { kinds: Lookup<'screeningWarningKinds'>; decided: EventsCase | 'no-kinds' };

/** 部门筛查预警 — S004 §三(三): the kinds the departments warn of are the parameter `screeningWarningKinds`. */
export const departmentWarning = clauseRule<ScreeningContext, WarningData>({
  ...groupHeader(
    'department-warning',
    { zh: '部门筛查预警', en: 'department warnings' },
    [
      {
        doc: S004,
        clause: '三(三)',
        quote: '每月按时将新增低保、特困供养、临时救助、住危房、大额医疗支出、刑事处罚、重度残疾人、困难学生等预警信息报市扶贫办',
      },
    ],
    { zh: '排查时段内有参数所列部门预警事项的事件。', en: 'An event of a kind the departments warn of (parameter) in the window.' },
    ['screeningWarningKinds', 'screeningWindow'],
    ['events'],
  ),
  test: (s) => {
    const kinds = groupLookup(s, 'screeningWarningKinds');
    if (!kinds.ok) return { outcome: 'undetermined', missing: [kinds.missing], data: { kinds, decided: 'no-kinds' } };
    const t = testEvents(s, { kinds: kinds.value, risks: [] });
    return { outcome: t.outcome, ...(t.missing ? { missing: t.missing } : {}), data: { kinds, decided: t.data } };
  },
  explain: (s, t): Explained => {
    const { kinds, decided } = t.data;
    if (!kinds.ok) return unsetExplained(s, kinds);
    return explainEvents(s, { outcome: t.outcome, data: decided as EventsCase }, { kinds: kinds.value, risks: [] }, kinds);
  },
});
