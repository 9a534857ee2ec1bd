/**
 * The official holiday calendar as data (法定节假日与调休上班日): each year's notice of the State
 * Council General Office on the arrangement of public holidays (国务院办公厅关于…年部分节假日安排的
 * 通知, 国办发明电〔YYYY〕N号), clause by clause — the days off (放假调休) and the make-up working days
 * (调休上班) it fixes.
 *
 * Every date below was checked against published copies of the notice (the People's Daily and
 * Xinhua reprints and government-site copies); each arrangement quotes its clause. Quotes keep the
 * notice's wording and numbers; punctuation is the official full-width form. A later notice for
 * the same year overrides an earlier one on the days it names (2020: the Spring Festival extension
 * of 国办发明电〔2020〕1号, which also cancelled the make-up working day of Saturday 1 February).
 *
 * Covered: 2020–2026. A year without a notice here is not covered: working days cannot be counted
 * there and the calendar functions throw {@link CalendarCoverageError}. When the next notice is
 * published, add it here (or pass it to `buildWorkingCalendar`).
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import type { CalendarDate } from '../model/calendar-date.js';

/** One clause of a notice: a festival's days off and its make-up working days. */
export interface HolidayArrangement {
  /** The clause number in the notice (一, 二, …). */
  clause: string;
  /** The festival(s) the clause arranges. */
  festival: Text;
  /** The clause, quoted. */
  quote: string;
  /** The days off (放假 / 放假调休), first and last day inclusive. */
  rest: readonly [from: CalendarDate, to: CalendarDate];
  /** The make-up working days (调休上班日), weekend days on which people work. */
  workdays: readonly CalendarDate[];
}

/** A State Council General Office notice on one year's holidays. */
export interface HolidayNotice {
  /** Its document id in the registry (the official number). */
  doc: string;
  /** The year it arranges (its days may reach into the previous year: 2023 元旦 starts 2022-12-31). */
  year: number;
  /** 成文日期. */
  issued: CalendarDate;
  /** For a notice that changes an earlier one of the same year: that notice's id. */
  amends?: string;
  arrangements: readonly HolidayArrangement[];
}

const NEW_YEAR: Text = { zh: '元旦', en: "New Year's Day" };
const SPRING: Text = { zh: '春节', en: 'Spring Festival' };
const QINGMING: Text = { zh: '清明节', en: 'Qingming Festival' };
const LABOUR: Text = { zh: '劳动节', en: 'Labour Day' };
const DRAGON_BOAT: Text = { zh: '端午节', en: 'Dragon Boat Festival' };
const MID_AUTUMN: Text = { zh: '中秋节', en: 'Mid-Autumn Festival' };
const NATIONAL: Text = { zh: '国庆节', en: 'National Day' };
const NATIONAL_MID_AUTUMN: Text = { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' };
const MID_AUTUMN_NATIONAL: Text = { zh: '中秋节、国庆节', en: 'Mid-Autumn Festival and National Day' };

/** The notices, in the order they were issued. */
export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    doc: '国办发明电〔2019〕16号',
    year: 2020,
    issued: '2019-11-21',
    arrangements: [
      { clause: '一', festival: NEW_YEAR, quote: '元旦：2020年1月1日放假，共1天。', rest: ['2020-01-01', '2020-01-01'], workdays: [] },
      {
        clause: '二',
        festival: SPRING,
        quote: '春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。',
        rest: ['2020-01-24', '2020-01-30'],
        workdays: ['2020-01-19', '2020-02-01'],
      },
      { clause: '三', festival: QINGMING, quote: '清明节：4月4日至6日放假调休，共3天。', rest: ['2020-04-04', '2020-04-06'], workdays: [] },
      {
        clause: '四',
        festival: LABOUR,
        quote: '劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。',
        rest: ['2020-05-01', '2020-05-05'],
        workdays: ['2020-04-26', '2020-05-09'],
      },
      {
        clause: '五',
        festival: DRAGON_BOAT,
        quote: '端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班。',
        rest: ['2020-06-25', '2020-06-27'],
        workdays: ['2020-06-28'],
      },
      {
        clause: '六',
        festival: NATIONAL_MID_AUTUMN,
        quote: '国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。',
        rest: ['2020-10-01', '2020-10-08'],
        workdays: ['2020-09-27', '2020-10-10'],
      },
    ],
  },
  {
    doc: '国办发明电〔2020〕1号',
    year: 2020,
    issued: '2020-01-26',
    amends: '国办发明电〔2019〕16号',
    arrangements: [
      {
        clause: '一',
        festival: SPRING,
        quote: '延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
        rest: ['2020-01-31', '2020-02-02'],
        workdays: [],
      },
    ],
  },
  {
    doc: '国办发明电〔2020〕27号',
    year: 2021,
    issued: '2020-11-25',
    arrangements: [
      { clause: '一', festival: NEW_YEAR, quote: '元旦：2021年1月1日至3日放假，共3天。', rest: ['2021-01-01', '2021-01-03'], workdays: [] },
      {
        clause: '二',
        festival: SPRING,
        quote: '春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。',
        rest: ['2021-02-11', '2021-02-17'],
        workdays: ['2021-02-07', '2021-02-20'],
      },
      { clause: '三', festival: QINGMING, quote: '清明节：4月3日至5日放假调休，共3天。', rest: ['2021-04-03', '2021-04-05'], workdays: [] },
      {
        clause: '四',
        festival: LABOUR,
        quote: '劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。',
        rest: ['2021-05-01', '2021-05-05'],
        workdays: ['2021-04-25', '2021-05-08'],
      },
      { clause: '五', festival: DRAGON_BOAT, quote: '端午节：6月12日至14日放假，共3天。', rest: ['2021-06-12', '2021-06-14'], workdays: [] },
      {
        clause: '六',
        festival: MID_AUTUMN,
        quote: '中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。',
        rest: ['2021-09-19', '2021-09-21'],
        workdays: ['2021-09-18'],
      },
      {
        clause: '七',
        festival: NATIONAL,
        quote: '国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。',
        rest: ['2021-10-01', '2021-10-07'],
        workdays: ['2021-09-26', '2021-10-09'],
      },
    ],
  },
  {
    doc: '国办发明电〔2021〕11号',
    year: 2022,
    issued: '2021-10-25',
    arrangements: [
      { clause: '一', festival: NEW_YEAR, quote: '元旦：2022年1月1日至3日放假，共3天。', rest: ['2022-01-01', '2022-01-03'], workdays: [] },
      {
        clause: '二',
        festival: SPRING,
        quote: '春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。',
        rest: ['2022-01-31', '2022-02-06'],
        workdays: ['2022-01-29', '2022-01-30'],
      },
      {
        clause: '三',
        festival: QINGMING,
        quote: '清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。',
        rest: ['2022-04-03', '2022-04-05'],
        workdays: ['2022-04-02'],
      },
      {
        clause: '四',
        festival: LABOUR,
        quote: '劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。',
        rest: ['2022-04-30', '2022-05-04'],
        workdays: ['2022-04-24', '2022-05-07'],
      },
      { clause: '五', festival: DRAGON_BOAT, quote: '端午节：6月3日至5日放假，共3天。', rest: ['2022-06-03', '2022-06-05'], workdays: [] },
      { clause: '六', festival: MID_AUTUMN, quote: '中秋节：9月10日至12日放假，共3天。', rest: ['2022-09-10', '2022-09-12'], workdays: [] },
      {
        clause: '七',
        festival: NATIONAL,
        quote: '国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。',
        rest: ['2022-10-01', '2022-10-07'],
        workdays: ['2022-10-08', '2022-10-09'],
      },
    ],
  },
  {
    doc: '国办发明电〔2022〕16号',
    year: 2023,
    issued: '2022-12-08',
    arrangements: [
      {
        clause: '一',
        festival: NEW_YEAR,
        quote: '元旦：2022年12月31日至2023年1月2日放假调休，共3天。',
        rest: ['2022-12-31', '2023-01-02'],
        workdays: [],
      },
      {
        clause: '二',
        festival: SPRING,
        quote: '春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。',
        rest: ['2023-01-21', '2023-01-27'],
        workdays: ['2023-01-28', '2023-01-29'],
      },
      { clause: '三', festival: QINGMING, quote: '清明节：4月5日放假，共1天。', rest: ['2023-04-05', '2023-04-05'], workdays: [] },
      {
        clause: '四',
        festival: LABOUR,
        quote: '劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。',
        rest: ['2023-04-29', '2023-05-03'],
        workdays: ['2023-04-23', '2023-05-06'],
      },
      {
        clause: '五',
        festival: DRAGON_BOAT,
        quote: '端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。',
        rest: ['2023-06-22', '2023-06-24'],
        workdays: ['2023-06-25'],
      },
      {
        clause: '六',
        festival: MID_AUTUMN_NATIONAL,
        quote: '中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。',
        rest: ['2023-09-29', '2023-10-06'],
        workdays: ['2023-10-07', '2023-10-08'],
      },
    ],
  },
  {
    doc: '国办发明电〔2023〕7号',
    year: 2024,
    issued: '2023-10-25',
    arrangements: [
      { clause: '一', festival: NEW_YEAR, quote: '元旦：1月1日放假，与周末连休。', rest: ['2024-01-01', '2024-01-01'], workdays: [] },
      {
        clause: '二',
        festival: SPRING,
        quote: '春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。',
        rest: ['2024-02-10', '2024-02-17'],
        workdays: ['2024-02-04', '2024-02-18'],
      },
      {
        clause: '三',
        festival: QINGMING,
        quote: '清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。',
        rest: ['2024-04-04', '2024-04-06'],
        workdays: ['2024-04-07'],
      },
      {
        clause: '四',
        festival: LABOUR,
        quote: '劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。',
        rest: ['2024-05-01', '2024-05-05'],
        workdays: ['2024-04-28', '2024-05-11'],
      },
      { clause: '五', festival: DRAGON_BOAT, quote: '端午节：6月10日放假，与周末连休。', rest: ['2024-06-10', '2024-06-10'], workdays: [] },
      {
        clause: '六',
        festival: MID_AUTUMN,
        quote: '中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。',
        rest: ['2024-09-15', '2024-09-17'],
        workdays: ['2024-09-14'],
      },
      {
        clause: '七',
        festival: NATIONAL,
        quote: '国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
        rest: ['2024-10-01', '2024-10-07'],
        workdays: ['2024-09-29', '2024-10-12'],
      },
    ],
  },
  {
    doc: '国办发明电〔2024〕12号',
    year: 2025,
    issued: '2024-11-12',
    arrangements: [
      { clause: '一', festival: NEW_YEAR, quote: '元旦：1月1日（周三）放假1天，不调休。', rest: ['2025-01-01', '2025-01-01'], workdays: [] },
      {
        clause: '二',
        festival: SPRING,
        quote: '春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
        rest: ['2025-01-28', '2025-02-04'],
        workdays: ['2025-01-26', '2025-02-08'],
      },
      { clause: '三', festival: QINGMING, quote: '清明节：4月4日（周五）至6日（周日）放假，共3天。', rest: ['2025-04-04', '2025-04-06'], workdays: [] },
      {
        clause: '四',
        festival: LABOUR,
        quote: '劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
        rest: ['2025-05-01', '2025-05-05'],
        workdays: ['2025-04-27'],
      },
      { clause: '五', festival: DRAGON_BOAT, quote: '端午节：5月31日（周六）至6月2日（周一）放假，共3天。', rest: ['2025-05-31', '2025-06-02'], workdays: [] },
      {
        clause: '六',
        festival: NATIONAL_MID_AUTUMN,
        quote: '国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
        rest: ['2025-10-01', '2025-10-08'],
        workdays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    doc: '国办发明电〔2025〕7号',
    year: 2026,
    issued: '2025-11-04',
    arrangements: [
      {
        clause: '一',
        festival: NEW_YEAR,
        quote: '元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
        rest: ['2026-01-01', '2026-01-03'],
        workdays: ['2026-01-04'],
      },
      {
        clause: '二',
        festival: SPRING,
        quote: '春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
        rest: ['2026-02-15', '2026-02-23'],
        workdays: ['2026-02-14', '2026-02-28'],
      },
      { clause: '三', festival: QINGMING, quote: '清明节：4月4日（周六）至6日（周一）放假，共3天。', rest: ['2026-04-04', '2026-04-06'], workdays: [] },
      {
        clause: '四',
        festival: LABOUR,
        quote: '劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
        rest: ['2026-05-01', '2026-05-05'],
        workdays: ['2026-05-09'],
      },
      { clause: '五', festival: DRAGON_BOAT, quote: '端午节：6月19日（周五）至21日（周日）放假，共3天。', rest: ['2026-06-19', '2026-06-21'], workdays: [] },
      { clause: '六', festival: MID_AUTUMN, quote: '中秋节：9月25日（周五）至27日（周日）放假，共3天。', rest: ['2026-09-25', '2026-09-27'], workdays: [] },
      {
        clause: '七',
        festival: NATIONAL,
        quote: '国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
        rest: ['2026-10-01', '2026-10-07'],
        workdays: ['2026-09-20', '2026-10-10'],
      },
    ],
  },
];
