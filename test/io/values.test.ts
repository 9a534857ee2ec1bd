/**
 * Value converters: export spellings → interchange values (export-format.md §3.1).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, moneyProblem, toFen } from '../../src/index.js';
import { HEALTH_STATUSES, LABOUR_CAPACITIES, MONITORING_CATEGORIES, RELATIONS } from '../../src/model/labels.js';
import { normalizeHeader, unwrapCell, values as v } from '../../src/io/index.js';

const value = (c: { convert(cell: string): unknown }, cell: string) => {
  const r = c.convert(cell) as { ok: boolean; value?: unknown; code?: string };
  return r.ok ? r.value : `!${r.code}`;
};

describe('value converters', () => {
  it('§3.1: every zh label of the model enums is accepted as written', () => {
    for (const [key, e] of Object.entries(MONITORING_CATEGORIES)) expect(value(v.monitoringCategory, e.zh)).toBe(key);
    for (const [key, e] of Object.entries(RELATIONS)) expect(value(v.relation, e.zh)).toBe(key);
    for (const [key, e] of Object.entries(HEALTH_STATUSES)) expect(value(v.health, e.zh)).toBe(key);
    for (const [key, e] of Object.entries(LABOUR_CAPACITIES)) expect(value(v.labour, e.zh)).toBe(key);
  });

  it('§3.1: the variants seen in exports (严重困难户, 普通农户, 之子/子, 患大病, 1/2, 城市低保/未享受)', () => {
    expect(value(v.monitoringCategory, '严重困难户')).toBe('sudden-hardship');
    expect(value(v.monitoringCategory, '100A03002')).toBe('marginal');
    expect(value(v.householdType, '普通农户')).toBe(false);
    expect(value(v.householdType, '一般农户')).toBe(false);
    expect(value(v.householdType, '脱贫户')).toBe(true);
    expect(v.householdType.convert('脱贫不享受政策户')).toEqual({ ok: true, value: true, also: { policyStatus: 'not-enjoying' } });
    expect(value(v.relation, '之子')).toBe('son');
    expect(value(v.relation, '子')).toBe('son');
    expect(value(v.relation, '儿子')).toBe('son');
    expect(value(v.relation, '妻子')).toBe('spouse');
    expect(value(v.health, '患大病')).toBe('serious-illness');
    expect(value(v.sex, '1')).toBe('male');
    expect(value(v.sex, '2')).toBe('female');
    expect(value(v.sex, '女')).toBe('female');
    expect(value(v.dibaoStatus, '城市低保')).toBe(true);
    expect(value(v.dibaoStatus, '农村低保')).toBe(true);
    expect(value(v.dibaoStatus, '未享受')).toBe(false);
    expect(value(v.tekunStatus, '不享受')).toBe(false);
    expect(value(v.yesNo, '是')).toBe(true);
    expect(value(v.yesNo, '否')).toBe(false);
    expect(value(v.eliminationMethod, '帮扶消除')).toBe('assisted');
    expect(value(v.schoolStatus, '非在校生')).toBeUndefined();
    expect(value(v.schoolStatus, '高中二年级')).toBe('senior-2');
  });

  it('spellings are matched after NFKC and without spaces; an unknown spelling is a problem listing what is accepted', () => {
    expect(value(v.health, '患 大病')).toBe('serious-illness');
    expect(value(v.workArea, '乡(镇)内务工')).toBe('within-town');
    const r = v.health.convert('患病');
    expect(r).toEqual({ ok: false, code: 'unknown_value', message: { zh: '无法识别的取值“患病”（可接受：健康、长期慢性病、患大病、残疾）', en: 'unknown value "患病" (accepted: 健康, 长期慢性病, 患大病, 残疾)' } });
  });

  it('S000 附件1 A27 / county-rules.md §D.1: risk columns accept the older spellings; 综合保障 items become measure codes', () => {
    expect(value(v.riskTypes, '因产业失败')).toEqual(['industry-failure']);
    expect(value(v.riskTypes, '因病，因残')).toEqual(['illness', 'disability']);
    expect(value(v.safetyNetMeasures, '低保,特困供养、残疾人补贴')).toEqual(['dibao', 'tekun', 'disability-allowance']);
    expect(value(v.safetyNetMeasures, '无')).toEqual([]);
    expect(value(v.safetyNetMeasures, '低保,孤儿补贴')).toBe('!unknown_value');
    expect(value(v.measureColumn('employment'), '技能培训,外出务工补贴')).toEqual(['employment']);
    expect(value(v.measureColumn('employment'), '无')).toEqual([]);
    expect(value(v.disasterTypes, '洪涝,地震灾害')).toEqual(['flood', 'earthquake']);
  });

  it('§3.1: YYYYMM becomes the first day of the month; full dates are kept; impossible dates are problems', () => {
    expect(value(v.monthDate, '202304')).toBe('2023-04-01');
    expect(value(v.monthDate, '202304.0')).toBe('2023-04-01');
    expect(value(v.monthDate, '2023-04')).toBe('2023-04-01');
    expect(value(v.monthDate, '2023年4月')).toBe('2023-04-01');
    expect(value(v.monthDate, '2023-04-15')).toBe('2023-04-15');
    expect(value(v.monthDate, '20230415')).toBe('2023-04-15');
    expect(value(v.monthDate, '202313')).toBe('!invalid_date');
    expect(value(v.date, '1970/3/12')).toBe('1970-03-12');
    expect(value(v.date, '1970年3月12日')).toBe('1970-03-12');
    expect(value(v.date, '2023-02-29 00:00:00')).toBe('!invalid_date');
    expect(value(v.yearMonth, '2023年3月')).toBe('2023-03');
    expect(value(v.yearMonth, '202303')).toBe('2023-03');
  });

  it('§3.4(4): integers that passed through a float are restored only when no digit can have been lost', () => {
    expect(v.integerFromFloatText('13812345678.0')).toEqual({ digits: '13812345678', exact: true });
    expect(v.integerFromFloatText('1.3812345678E+10')).toEqual({ digits: '13812345678', exact: true });
    expect(v.integerFromFloatText('4.40524188001010E+17')).toEqual({ digits: '440524188001010000', exact: false });
    expect(v.integerFromFloatText('440524188001010014.0')?.exact).toBe(false);
    expect(v.integerFromFloatText('1.38E+10')?.exact).toBe(false);
    expect(v.integerFromFloatText('12345')).toBeNull();
    expect(value(v.idNumber, '4.40524188001010E+17')).toBe('!precision_lost');
    expect(value(v.idNumber, '11010519491231002X')).toBe('11010519491231002X');
    expect(value(v.idNumber, "'440524188001010014")).toBe('440524188001010014');
    expect(value(v.phone, '13812345678.0')).toBe('13812345678');
    expect(value(v.code, '5306210120007.0')).toBe('5306210120007');
  });

  it('money: exact decimal strings; thousands separators accepted; malformed, over-precise and scientific amounts are problems', () => {
    expect(value(v.money, '12,345.60')).toBe('12345.6');
    expect(value(v.money, '0012.500')).toBe('12.5');
    expect(value(v.money, '.5')).toBe('0.5');
    expect(value(v.money, '-0')).toBe('0');
    expect(value(v.money, '-12.05')).toBe('-12.05');
    expect(value(v.money, '12.345')).toBe('!invalid_money');
    expect(value(v.money, '1.2E+4')).toBe('!invalid_money');
    expect(value(v.money, '12,34O.50')).toBe('!invalid_money');
    expect(value(v.money, '1,2345')).toBe('!invalid_money');
    expect(value(v.money, '100000000001')).toBe('!invalid_money');
  });

  test.prop([fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.nat({ max: 3 }), fc.boolean()])(
    'money: any amount in fen, written with padding zeros or separators, converts to acceptable money of the same value',
    (fen, extraZeros, separators) => {
      const sign = fen < 0 ? '-' : '';
      const abs = Math.abs(fen);
      let int = String(Math.floor(abs / 100));
      if (separators) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const text = `${sign}${'0'.repeat(separators ? 0 : extraZeros)}${int}.${String(abs % 100).padStart(2, '0')}${'0'.repeat(extraZeros)}`;
      const r = v.money.convert(text);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(moneyProblem(r.value)).toBeNull();
        expect(toFen(r.value as string)).toBe(fen === 0 ? 0 : fen);
      }
    },
  );

  test.prop([fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.boolean()])('§3.1: every YYYYMM (also as a float) is the first day of that month', (year, month, asFloat) => {
    const text = `${year}${String(month).padStart(2, '0')}${asFloat ? '.0' : ''}`;
    const d = value(v.monthDate, text) as string;
    expect(isCalendarDate(d)).toBe(true);
    expect(d).toBe(`${year}-${String(month).padStart(2, '0')}-01`);
  });

  test.prop([fc.stringMatching(/^[1-9]\d{15,17}$/)])('§3.4(4): an ID of 16 or more digits that went through a float is never accepted', (digits) => {
    const asFloat = Number(digits);
    for (const text of [`${digits}.0`, asFloat.toExponential(), asFloat.toExponential(14).toUpperCase()]) {
      expect(value(v.idNumber, text)).toBe('!precision_lost');
    }
  });
});

describe('header and cell normalisation', () => {
  it('§3.4(3): full-width and half-width brackets and stray spaces do not matter', () => {
    expect(normalizeHeader('人均纯收入（元）')).toBe(normalizeHeader('人均纯收入(元)'));
    expect(normalizeHeader('行政村文化（图书）室个数 （个）')).toBe('行政村文化(图书)室个数(个)');
    expect(normalizeHeader(' 务工时间\n( 月 )')).toBe('务工时间(月)');
    expect(normalizeHeader('*姓名')).toBe('姓名');
  });

  it('§3.4(4): ="..." is unwrapped and padding trimmed, other cells are left alone', () => {
    expect(unwrapCell('="0012"')).toBe('0012');
    expect(unwrapCell(' ="0012" ')).toBe('0012');
    expect(unwrapCell('\u3000是\u00a0')).toBe('是');
    expect(unwrapCell('=SUM(A1)')).toBe('=SUM(A1)');
    expect(unwrapCell('a"b')).toBe('a"b');
    expect(unwrapCell('="a""b"')).toBe('a"b');
  });

  /** unwrapCell as written before its doubled-quote replacement was skipped for cells without one (the reference). */
  const unwrapReference = (cell: string): string => {
    let s = cell;
    if (s.length === 0) return s;
    s = s.trim();
    if (s.length >= 3 && s.charCodeAt(0) === 0x3d && s.charCodeAt(1) === 0x22 && s.charCodeAt(s.length - 1) === 0x22) s = s.slice(2, -1).replace(/""/g, '"').trim();
    return s;
  };

  test.prop([fc.array(fc.constantFrom('=', '"', '""', ' ', '\u3000', '\u00a0', '\ufeff', '\t', 'a', '5', '是', ','), { maxLength: 12 }), fc.boolean()], { numRuns: 2000 })(
    'unwrapCell ≡ the reference (trim, unwrap, every doubled quote read as one) on cells of quotes, padding and =',
    (parts, wrap) => {
      const cell = wrap ? `="${parts.join('')}"` : parts.join('');
      expect(unwrapCell(cell)).toBe(unwrapReference(cell));
    },
  );
});
