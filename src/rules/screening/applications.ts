/**
 * 申报、预警 — the focus groups decided by the applications and warnings on record up to the as-of
 * date (every earlier one counts, not only those in the screening window).
 *
 * 小甸巩固振兴组办〔2021〕1号 §三(一)1:
 * > 各级筛查反馈过预警信息的农户、通过“全国防返贫监测系统手机APP”、云南省“政府救助平台”等平台或向镇政府、村委会提交过申请的农户
 *
 * 榕晋乡振〔2023〕12号 §一(一):
 * > 多次申报或预警未纳入监测帮扶的农户
 *
 * An application is an event 农户申请; a warning is 预警未纳入监测 or any event a department reported
 * (`departmentWarning`). "多次" is the parameter `screeningRepeatedApplications` (Jin'an: at least 2).
 *
 * @module
 */
import type { Lookup } from '../../profile/lookup.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { applicationsUpToAnchor, cites, groupLookup, unsetExplained, groupHeader, S001, S002, verdict, type ScreeningContext } from './context.js';

const NO_ANCHOR = verdict<null>('undetermined', null, ['asOf']);
const noAnchor = () => ({ zh: '无评估时点', en: 'no as-of date' });

/** 反馈过预警信息或提交过申请的农户 — S002 §三(一)1. */
export const warnedOrApplied = clauseRule<ScreeningContext, number | null>({
  ...groupHeader(
    'warned-or-applied',
    { zh: '反馈过预警信息或提交过申请的农户', en: 'households warned of or having applied' },
    [
      {
        doc: S002,
        clause: '三(一)1',
        quote: '各级筛查反馈过预警信息的农户、通过“全国防返贫监测系统手机APP”、云南省“政府救助平台”等平台或向镇政府、村委会提交过申请的农户',
      },
    ],
    { zh: '评估时点前有部门预警、预警未纳入或农户申请记录。', en: 'A department warning, a warned-not-included record or an application on record up to the as-of date.' },
    [],
    ['events'],
  ),
  test: (s): Tested<number | null> => {
    const n = applicationsUpToAnchor(s);
    if (n === null) return NO_ANCHOR;
    return { outcome: n > 0 ? 'met' : 'not-met', data: n };
  },
  explain: (s, t): Explained => {
    const n = t.data;
    if (n === null) return { message: noAnchor(), values: {}, citations: cites(s) };
    const values = { applicationsAndWarnings: n };
    return n > 0
      ? { message: { zh: `有预警或申请记录 ${n} 条`, en: `${n} warning(s) or application(s) on record` }, values, citations: cites(s) }
      : { message: { zh: '无预警或申请记录', en: 'no warning or application on record' }, values, citations: cites(s) };
  },
});

/** What the repeated-application test read. */
type RepeatedData = { case: 'monitored' } | { case: 'no-minimum'; minimum: Lookup<'screeningRepeatedApplications'> & { ok: false } } | { case: 'no-anchor' } | { case: 'counted'; n: number; minimum: number; citation: { doc: string; clause: string } };

const MONITORED = verdict<RepeatedData>('not-met', { case: 'monitored' });
const REPEATED_NO_ANCHOR = verdict<RepeatedData>('undetermined', { case: 'no-anchor' }, ['asOf']);

/** 多次申报或预警未纳入监测帮扶 — S001 §一(一). */
export const repeatedApplicationNotIncluded = clauseRule<ScreeningContext, RepeatedData>({
  ...groupHeader(
    'repeated-application-not-included',
    { zh: '多次申报或预警未纳入监测帮扶', en: 'applied or warned repeatedly but not included' },
    [{ doc: S001, clause: '一(一)', quote: '多次申报或预警未纳入监测帮扶的农户' }],
    {
      zh: '非监测对象，评估时点前的农户申请与预警（部门预警、预警未纳入）合计达到参数规定的次数。',
      en: 'Not a monitoring object, with applications and warnings (department warnings, warned-not-included) up to the as-of date at least the parameter\'s count.',
    },
    ['screeningRepeatedApplications'],
    ['monitoring', 'events'],
  ),
  test: (s): Tested<RepeatedData> => {
    if (s.h.monitoring) return MONITORED;
    const p = groupLookup(s, 'screeningRepeatedApplications');
    if (!p.ok) return { outcome: 'undetermined', missing: [p.missing], data: { case: 'no-minimum', minimum: p } };
    const n = applicationsUpToAnchor(s);
    if (n === null) return REPEATED_NO_ANCHOR;
    return { outcome: n >= p.value ? 'met' : 'not-met', data: { case: 'counted', n, minimum: p.value, citation: p.citation } };
  },
  explain: (s, t): Explained => {
    const d = t.data;
    switch (d.case) {
      case 'monitored':
        return { message: { zh: '已纳入监测', en: 'already a monitoring object' }, values: { monitored: true }, citations: cites(s) };
      case 'no-minimum':
        return unsetExplained(s, d.minimum);
      case 'no-anchor':
        return { message: noAnchor(), values: {}, citations: cites(s) };
      case 'counted': {
        const values = { applicationsAndWarnings: d.n, minimum: d.minimum, monitored: false };
        return t.outcome === 'met'
          ? { message: { zh: `申报或预警 ${d.n} 次（不少于 ${d.minimum} 次），仍未纳入监测`, en: `${d.n} applications or warnings (at least ${d.minimum}), still not included` }, values, citations: cites(s, d.citation) }
          : { message: { zh: `申报或预警 ${d.n} 次，少于 ${d.minimum} 次`, en: `${d.n} applications or warnings, fewer than ${d.minimum}` }, values, citations: cites(s, d.citation) };
      }
    }
  },
});
