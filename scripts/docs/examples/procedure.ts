/**
 * Worked examples for procedure and time limits (程序与时限): publicity, home verification,
 * identification and assistance-plan deadlines, the green channel, and the campaign schedules.
 * Deadlines are functions of dates, so most examples have no household.
 *
 * @module
 */
import {
  assessGreenChannel,
  assistancePlanDeadline,
  computePublicityPeriod,
  deadlineStatus,
  getProfile,
  homeVerificationDeadline,
  identificationDeadline,
  scheduleFor,
} from '../../../src/index.js';
import { base, calling, workedExample, type WorkedExample } from './define.js';

const greenChannel = calling('assessGreenChannel', assessGreenChannel);

export const procedureExamples: WorkedExample[] = [
  workedExample({
    rule: 'procedure.publicity',
    title: { zh: '龙口：10月28日开始公示，公示期5天（自然日），至11月1日', en: 'Longkou: posted on 28 October, 5 calendar days, through 1 November' },
    profile: 'shandong/longkou/2021',
    expect: 'info',
    evaluate: ({ profile }) => computePublicityPeriod(profile, { startsOn: '2021-10-28' }),
    call: "computePublicityPeriod(getProfile('shandong/longkou/2021'), { startsOn: '2021-10-28' })",
  }),
  workedExample({
    rule: 'procedure.publicity',
    title: { zh: '小中甸：公示5个工作日，10月28日开始、11月1日撤下，未满期', en: 'Xiaozhongdian: 5 working days from 28 October, taken down on 1 November — not complete' },
    profile: 'yunnan/xiaozhongdian/2021',
    expect: 'not-met',
    evaluate: ({ profile }) => computePublicityPeriod(profile, { startsOn: '2021-10-28', endsOn: '2021-11-01' }),
    call: "computePublicityPeriod(getProfile('yunnan/xiaozhongdian/2021'), { startsOn: '2021-10-28', endsOn: '2021-11-01' })",
  }),
  workedExample({
    rule: 'procedure.home-verification',
    title: { zh: '龙口：9月28日发现，5个工作日内入户核实（跨国庆假期），最迟10月11日', en: 'Longkou: discovered on 28 September, home survey within 5 working days (over the National Day holiday): by 11 October' },
    profile: 'shandong/longkou/2021',
    expect: 'info',
    evaluate: ({ profile }) => homeVerificationDeadline(profile, { discoveredOn: '2021-09-28' }),
    call: "homeVerificationDeadline(getProfile('shandong/longkou/2021'), { discoveredOn: '2021-09-28' })",
  }),
  workedExample({
    rule: 'procedure.identification',
    title: { zh: '晋安：11月10日发现、11月24日认定，在15天内', en: "Jin'an: discovered on 10 November, identified on 24 November — within 15 days" },
    profile: 'fujian/jinan/2023',
    expect: 'met',
    evaluate: ({ profile }) => identificationDeadline(profile, { discoveredOn: '2023-11-10', identifiedOn: '2023-11-24' }),
    call: "identificationDeadline(getProfile('fujian/jinan/2023'), { discoveredOn: '2023-11-10', identifiedOn: '2023-11-24' })",
  }),
  workedExample({
    rule: 'procedure.assistance-plan',
    title: { zh: '晋安：11月24日认定、12月8日才制定帮扶计划，超过10天', en: "Jin'an: identified on 24 November, plan made on 8 December — over 10 days" },
    profile: 'fujian/jinan/2023',
    expect: 'not-met',
    evaluate: ({ profile }) => assistancePlanDeadline(profile, { identifiedOn: '2023-11-24', planMadeOn: '2023-12-08' }),
    call: "assistancePlanDeadline(getProfile('fujian/jinan/2023'), { identifiedOn: '2023-11-24', planMadeOn: '2023-12-08' })",
  }),
  greenChannel({
    rule: 'procedure.green-channel',
    title: { zh: '五顷塬：因自然灾害、生活陷入严重困难，走绿色通道：先帮扶后履行程序', en: 'Wuqingyuan: a natural disaster and severe hardship — the green channel: help first, procedure after' },
    profile: 'gansu/wuqingyuan/2023',
    asOf: '2023-11-08',
    household: base({ riskTypes: ['natural-disaster'], disasterTypes: ['flood'], hardship: { severeDifficulty: true } }),
    expect: 'met',
  }),
  greenChannel({
    rule: 'procedure.green-channel',
    title: { zh: '晋安：未规定绿色通道，按一般程序办理', en: "Jin'an: no green channel — the ordinary procedure applies" },
    profile: 'fujian/jinan/2023',
    asOf: '2023-11-08',
    household: base({ riskTypes: ['natural-disaster'], hardship: { severeDifficulty: true } }),
    expect: 'info',
  }),
  workedExample({
    rule: 'procedure.schedule',
    title: { zh: '临淄2023：进度安排', en: 'Linzi 2023: the campaign schedule' },
    profile: 'shandong/linzi/2023',
    expect: 'info',
    evaluate: ({ profile }) => scheduleFor(profile),
    call: "scheduleFor(getProfile('shandong/linzi/2023'))",
  }),
  workedExample({
    rule: 'procedure.schedule',
    title: { zh: '临淄2023：12月1日时，“12月8日前完成信息录入”尚余7天', en: 'Linzi 2023: on 1 December, data entry "before 8 December" has 7 days left' },
    profile: 'shandong/linzi/2023',
    expect: 'info',
    evaluate: () => deadlineStatus(getProfile('shandong/linzi/2023'), 'data-entry', '2023-12-01'),
    call: "deadlineStatus(getProfile('shandong/linzi/2023'), 'data-entry', '2023-12-01')",
  }),
];
