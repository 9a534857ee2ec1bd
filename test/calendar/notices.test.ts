/**
 * The holiday notices as data: every transcribed date is consistent with the notice's own words
 * (the weekday it names, the number of days it says), every notice is in the document registry.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, HOLIDAY_NOTICES } from '../../src/index.js';
import { daysBetween, formatDate, toDayNumber } from '../../src/model/calendar-date.js';

const WEEKDAYS = '日一二三四五六';
const weekdayOf = (date: string) => WEEKDAYS[(((toDayNumber(date) + 4) % 7) + 7) % 7]!;

/** Every "M月D日（…星期X）" / "D日（…周X）" in a quote, as [date, weekday character]. */
function namedWeekdays(quote: string, year: number): [string, string][] {
  const out: [string, string][] = [];
  let month = 0;
  let y = year;
  for (const m of quote.matchAll(/(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/g)) {
    if (m[1]) y = Number(m[1]);
    if (m[2]) month = Number(m[2]);
    const label = m[4] ? /(?:星期|周)([一二三四五六日])/.exec(m[4]) : null;
    if (label && month > 0) out.push([formatDate(y, month, Number(m[3])), label[1]!]);
  }
  return out;
}

describe('the State Council holiday notices (国办发明电)', () => {
  it('cover 2020–2026 with one annual notice each, plus the 2020 Spring Festival extension', () => {
    const annual = HOLIDAY_NOTICES.filter((n) => !n.amends).map((n) => n.year);
    expect(annual).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(HOLIDAY_NOTICES.filter((n) => n.amends).map((n) => [n.doc, n.amends])).toEqual([['国办发明电〔2020〕1号', '国办发明电〔2019〕16号']]);
  });

  it('each notice is a registered, referenced document with its number and date', () => {
    for (const n of HOLIDAY_NOTICES) {
      const d = DOCUMENTS[n.doc];
      expect(d, n.doc).toBeDefined();
      expect(d!.kind).toBe('referenced');
      expect(d!.issuer).toBe('国务院办公厅');
      expect(d!.number).toBe(n.doc);
      expect(d!.date).toBe(n.issued);
      if (!n.amends) expect(d!.title).toBe(`国务院办公厅关于${n.year}年部分节假日安排的通知`);
      // an annual notice is issued before the year it arranges
      if (!n.amends) expect(n.issued < `${n.year}-01-01`).toBe(true);
    }
  });

  it('every make-up working day (调休上班) falls on a Saturday or Sunday', () => {
    for (const n of HOLIDAY_NOTICES) for (const a of n.arrangements) for (const w of a.workdays) expect(['六', '日'], `${n.doc} ${a.clause} ${w}`).toContain(weekdayOf(w));
  });

  it('every weekday a clause names (（星期日）, （周六）…) is the weekday of that date', () => {
    let checked = 0;
    for (const n of HOLIDAY_NOTICES) {
      for (const a of n.arrangements) {
        for (const [date, wd] of namedWeekdays(a.quote, n.year)) {
          expect(weekdayOf(date), `${n.doc} ${a.clause}: ${date}`).toBe(wd);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('every make-up day a clause names is one of its transcribed workdays, and the reverse', () => {
    for (const n of HOLIDAY_NOTICES) {
      for (const a of n.arrangements) {
        const beforeWork = a.quote.includes('上班') ? a.quote.slice(a.quote.lastIndexOf('。', a.quote.indexOf('上班'))) : '';
        const named = namedWeekdays(beforeWork, n.year).map(([d]) => d);
        if (!a.quote.includes('起正常上班')) expect(named, `${n.doc} ${a.clause}`).toEqual([...a.workdays]);
      }
    }
  });

  it('the days off of each clause are as many as it says (共N天 / 放假N天)', () => {
    let checked = 0;
    for (const n of HOLIDAY_NOTICES) {
      for (const a of n.arrangements) {
        const m = /(?:共|放假)(\d+)天/.exec(a.quote);
        if (!m) continue;
        expect(daysBetween(a.rest[0], a.rest[1]) + 1, `${n.doc} ${a.clause}`).toBe(Number(m[1]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('the days off of each clause start and end on the dates it names', () => {
    for (const n of HOLIDAY_NOTICES) {
      for (const a of n.arrangements) {
        // the first "…日" of the clause is the first day off; "至…日" the last
        const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:（[^）]*）)?(?:至(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日)?/.exec(a.quote)!;
        const y1 = m[1] ? Number(m[1]) : n.year;
        const first = formatDate(y1, Number(m[2]), Number(m[3]));
        const last = m[6] ? formatDate(m[4] ? Number(m[4]) : y1, m[5] ? Number(m[5]) : Number(m[2]), Number(m[6])) : first;
        if (n.amends) continue; // the extension names the new last day only: "延长…至2月2日"
        expect([first, last], `${n.doc} ${a.clause}`).toEqual([...a.rest]);
      }
    }
  });
});
