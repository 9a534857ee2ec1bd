/**
 * Worked examples for the income rules (收入): the period, the household size, A33, A34, A37, A38 and
 * the itemised breakdown.
 *
 * @module
 */
import { computeIncome } from '../../../src/index.js';
import { base, calling, type WorkedExample } from './define.js';

const income = calling('computeIncome', computeIncome);

export const incomeExamples: WorkedExample[] = [
  income({
    rule: 'income.period',
    title: { zh: '临淄2023：年度收入周期（上年10月1日至当年9月30日）', en: 'Linzi 2023: the annual income period (1 October to 30 September)' },
    profile: 'shandong/linzi/2023',
    asOf: '2023-12-15',
    household: base(),
    expect: 'info',
    note: { zh: '评估时点 2023-12-15 之前最近的周期末是 2023-09-30。', en: 'The latest period end on or before 2023-12-15 is 2023-09-30.' },
  }),
  income({
    rule: 'income.period',
    title: { zh: '龙口2021：滚动周期（发现月份的上年度本月到本年度上月）', en: 'Longkou 2021: the rolling period (same month last year to last month)' },
    profile: 'shandong/longkou/2021',
    asOf: '2021-06-20',
    household: base({ discoveredOn: '2021-06-10' }),
    expect: 'info',
    note: { zh: '2021年6月发现 → 2020-06-01 至 2021-05-31。', en: 'Discovered in June 2021 → 2020-06-01 to 2021-05-31.' },
  }),
  income({
    rule: 'income.period',
    title: { zh: '龙口2021：没有发现时间也没有评估时点，周期无法确定', en: 'Longkou 2021: neither a discovery date nor an as-of date, so no period' },
    profile: 'shandong/longkou/2021',
    household: base(),
    expect: 'undetermined',
  }),
  income({
    rule: 'income.household-size',
    title: { zh: '周期内死亡的成员不计入家庭人口', en: 'a member who died during the period is not counted' },
    profile: 'shandong/linzi/2023',
    asOf: '2023-09-30',
    household: base({
      members: [
        { name: '王建国', sex: 'male', relation: 'head', birthDate: '1968-03-12', health: 'healthy', labour: 'ordinary' },
        { name: '李秀英', sex: 'female', relation: 'spouse', birthDate: '1970-07-01', health: 'healthy', labour: 'ordinary' },
        { name: '王老汉', sex: 'male', relation: 'father', birthDate: '1940-01-05', health: 'serious-illness', labour: 'none', changes: [{ kind: 'death', on: '2023-03-02' }] },
      ],
    }),
    expect: 'info',
  }),
  income({
    rule: 'income.A33',
    title: { zh: 'A33 = A28 + A29 + A30 + A31 − A32', en: 'A33 = A28 + A29 + A30 + A31 − A32' },
    profile: 'shandong/linzi/2023',
    asOf: '2023-09-30',
    household: base({ income: { wage: '12000', operating: '5000.50', property: '0', transfer: '1200', operatingExpense: '1000.50' } }),
    expect: 'info',
    note: { zh: '12000 + 5000.50 + 0 + 1200 − 1000.50 = 17200.00', en: '12000 + 5000.50 + 0 + 1200 − 1000.50 = 17200.00' },
  }),
  income({
    rule: 'income.A34',
    title: { zh: 'A34 = A33 ÷ 家庭人口数，四舍五入到分', en: 'A34 = A33 ÷ household size, half-up to the fen' },
    profile: 'shandong/linzi/2023',
    asOf: '2023-09-30',
    household: base({ income: { wage: '12000', operating: '5000.50', property: '0', transfer: '1200', operatingExpense: '1000.50' } }),
    expect: 'info',
    note: { zh: '17200.00 ÷ 3 = 5733.333… → 5733.33', en: '17200.00 ÷ 3 = 5733.333… → 5733.33' },
  }),
  income({
    rule: 'income.A37',
    title: { zh: 'A37 = A33 + A35 − A36', en: 'A37 = A33 + A35 − A36' },
    profile: 'shandong/linzi/2023',
    asOf: '2023-09-30',
    household: base({
      income: { wage: '12000', operating: '5000.50', property: '0', transfer: '1200', operatingExpense: '1000.50', claims: '300', compliantOutOfPocket: '4300' },
    }),
    expect: 'info',
    note: { zh: '17200.00 + 300 − 4300 = 13200.00', en: '17200.00 + 300 − 4300 = 13200.00' },
  }),
  income({
    rule: 'income.A38',
    title: { zh: 'A38 = A37 ÷ 家庭人口数（确定监测对象的参考）', en: 'A38 = A37 ÷ household size (the figure that decides entry)' },
    profile: 'shandong/linzi/2023',
    asOf: '2023-09-30',
    household: base({
      income: { wage: '12000', operating: '5000.50', property: '0', transfer: '1200', operatingExpense: '1000.50', claims: '300', compliantOutOfPocket: '4300' },
    }),
    expect: 'info',
    note: { zh: '13200.00 ÷ 3 = 4400.00', en: '13200.00 ÷ 3 = 4400.00' },
  }),
  income({
    rule: 'income.breakdown',
    title: { zh: '晋安：转移性收入分项之和与合计不一致', en: "Jin'an: the transfer items do not sum to the total" },
    profile: 'fujian/jinan/2023',
    asOf: '2023-09-30',
    household: base({ income: { transfer: '3000', breakdown: { transfer: { dibao: '1800', pension: '1000' } } } }),
    expect: 'met',
    note: { zh: '1800 + 1000 = 2800，合计填 3000，相差 −200.00。', en: '1800 + 1000 = 2800 against a total of 3000: a difference of −200.00.' },
  }),
  income({
    rule: 'income.breakdown',
    title: { zh: '晋安：转移性收入分项之和等于合计', en: "Jin'an: the transfer items sum to the total" },
    profile: 'fujian/jinan/2023',
    asOf: '2023-09-30',
    household: base({ income: { transfer: '2800', breakdown: { transfer: { dibao: '1800', pension: '1000' } } } }),
    expect: 'not-met',
  }),
];
