/**
 * Events a household record may carry for screening (集中排查): department warnings (部门筛查预警,
 * S004 §三(三)), applications (农户自主申请), and changes the seeds name as focus points.
 *
 * @module
 */
import type { EnumEntry } from './labels.js';

/** The kinds of household event (`HouseholdEventSchema`). */
export const HOUSEHOLD_EVENTS = {
  'new-dibao': { zh: '新增低保', en: 'newly receiving dibao' },
  'new-tekun': { zh: '新增特困供养', en: 'newly receiving tekun support' },
  'temporary-assistance': { zh: '临时救助', en: 'temporary assistance' },
  'dangerous-housing': { zh: '住危房', en: 'living in a dangerous house' },
  'large-medical-spending': { zh: '大额医疗支出', en: 'large medical spending' },
  'criminal-penalty': { zh: '刑事处罚', en: 'criminal penalty' },
  'new-severe-disability': { zh: '新增重度残疾人', en: 'new severe disability' },
  'new-disability': { zh: '新增残疾', en: 'new disability' },
  'new-serious-illness': { zh: '新增大病', en: 'new serious illness' },
  'poor-student': { zh: '困难学生', en: 'student in hardship' },
  'natural-disaster': { zh: '受灾', en: 'hit by a natural disaster' },
  accident: { zh: '意外事故', en: 'accident' },
  'industry-failure': { zh: '产业失败', en: 'industry failure' },
  'job-loss': { zh: '务工不稳定或返乡', en: 'unstable work or returned migrant worker' },
  application: { zh: '农户申请', en: 'application by the household' },
  'warning-not-included': { zh: '预警未纳入监测', en: 'warned but not included in monitoring' },
  'dibao-application': { zh: '新申请低保', en: 'applied for dibao' },
  'tekun-application': { zh: '新申请特困供养', en: 'applied for tekun support' },
} as const satisfies Record<string, EnumEntry>;
