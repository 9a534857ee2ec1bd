/**
 * Enumerations with their Chinese labels (the form's wording), English labels and, where known, the
 * national dictionary code. The key of each entry is the interchange value.
 *
 * @module
 */

import type { Text } from '../explain/text.js';

export type { Text } from '../explain/text.js';

/** One value of an enumeration. */
export interface EnumEntry extends Text {
  /** National dictionary code (全国系统字典代码), where the documents or exports show it. */
  code?: string;
}

/** The keys of an enumeration table, as a non-empty tuple for `z.enum`. */
export function enumKeys<T extends Record<string, EnumEntry>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}

/** A3 监测对象类别 — dictionary 100A03 (codes in the order of the code comment, export-format.md §3.2). */
export const MONITORING_CATEGORIES = {
  unstable: { zh: '脱贫不稳定户', en: 'unstable formerly-poor household', code: '100A03001' },
  marginal: { zh: '边缘易致贫户', en: 'marginal household at risk of poverty', code: '100A03002' },
  'sudden-hardship': { zh: '突发严重困难户', en: 'household in sudden severe hardship', code: '100A03003' },
} as const satisfies Record<string, EnumEntry>;

/** 脱贫享受政策 / 脱贫不享受政策 (S000 附件2). 100A03A02 = 脱贫不享受政策户 per the code comment; 100A03A01 unverified. */
export const POLICY_STATUSES = {
  enjoying: { zh: '脱贫享受政策', en: 'formerly poor, enjoying support policies' },
  'not-enjoying': { zh: '脱贫不享受政策', en: 'formerly poor, no longer enjoying support policies', code: '100A03A02' },
} as const satisfies Record<string, EnumEntry>;

/** A27 致贫返贫风险 — dictionary 100A27. Fujian's form (S001) adds 因疫 and 因突发事件. */
export const RISK_TYPES = {
  illness: { zh: '因病', en: 'illness' },
  education: { zh: '因学', en: 'schooling costs' },
  disability: { zh: '因残', en: 'disability' },
  'natural-disaster': { zh: '因自然灾害', en: 'natural disaster' },
  accident: { zh: '因意外事故', en: 'accident' },
  'industry-failure': { zh: '因产业项目失败', en: 'failed industry project' },
  'unstable-employment': { zh: '因务工就业不稳', en: 'unstable employment' },
  'labour-shortage': { zh: '缺劳动力', en: 'lack of labour' },
  epidemic: { zh: '因疫', en: 'epidemic' },
  'sudden-event': { zh: '因突发事件', en: 'sudden event' },
  'housing-safety': { zh: '因安全住房', en: 'unsafe housing' },
  'drinking-water': { zh: '因安全饮水', en: 'unsafe drinking water' },
  other: { zh: '其他', en: 'other' },
} as const satisfies Record<string, EnumEntry>;

/** A27a 因自然灾害子项 — dictionary 100A271. */
export const DISASTER_TYPES = {
  flood: { zh: '洪涝灾害', en: 'flood' },
  geological: { zh: '地质灾害', en: 'geological disaster' },
  drought: { zh: '旱灾', en: 'drought' },
  biological: { zh: '生物灾害（虫灾）', en: 'biological disaster (pests)' },
  meteorological: { zh: '气象灾害', en: 'meteorological disaster' },
  earthquake: { zh: '地震灾害', en: 'earthquake' },
  other: { zh: '其他（森林草原火灾、海洋灾害等）', en: 'other (forest or grassland fire, marine disaster, …)' },
} as const satisfies Record<string, EnumEntry>;

/** A39–A52 帮扶措施. `group` is the form's grouping; 开发式 (developmental) = A39–A42. */
export const MEASURES = {
  industry: { zh: '产业帮扶', en: 'industry support', form: 'A39', group: 'income' },
  employment: { zh: '就业帮扶', en: 'employment support', form: 'A40', group: 'income' },
  microcredit: { zh: '金融帮扶（小额信贷）', en: 'microcredit', form: 'A41', group: 'income' },
  'public-welfare-post': { zh: '公益岗位', en: 'public-welfare post', form: 'A42', group: 'income' },
  housing: { zh: '住房安全保障', en: 'housing safety', form: 'A43', group: 'guarantee' },
  'drinking-water': { zh: '饮水安全保障', en: 'drinking-water safety', form: 'A44', group: 'guarantee' },
  health: { zh: '健康帮扶', en: 'health support', form: 'A45', group: 'guarantee' },
  'compulsory-education': { zh: '义务教育保障', en: 'compulsory-education guarantee', form: 'A46', group: 'guarantee' },
  'education-aid': { zh: '教育帮扶', en: 'education aid', form: 'A47', group: 'guarantee' },
  dibao: { zh: '低保', en: 'minimum living allowance (dibao)', form: 'A48', group: 'safety-net' },
  tekun: { zh: '特困供养', en: 'support for the extremely poor (tekun)', form: 'A48', group: 'safety-net' },
  'temporary-assistance': { zh: '临时救助', en: 'temporary assistance', form: 'A48', group: 'safety-net' },
  'disability-allowance': { zh: '残疾人补贴', en: 'disability allowance', form: 'A48', group: 'safety-net' },
  'anti-poverty-insurance': { zh: '防贫保险', en: 'anti-poverty insurance', form: 'A48', group: 'safety-net' },
  'social-aid': { zh: '社会帮扶', en: 'social aid', form: 'A49', group: 'other' },
  relocation: { zh: '搬迁', en: 'relocation', form: 'A50', group: 'other' },
  'living-conditions': { zh: '生产生活条件改善', en: 'better living and production conditions', form: 'A51', group: 'other' },
  infrastructure: { zh: '基础设施', en: 'infrastructure', form: 'A52', group: 'other' },
  other: { zh: '其他', en: 'other', form: 'A39–A52', group: 'other' },
} as const satisfies Record<string, EnumEntry & { form: string; group: 'income' | 'guarantee' | 'safety-net' | 'other' }>;

/** A8 与户主关系 — national dictionary 1010. `sex` is the sex the relation implies, if any. */
export const RELATIONS = {
  head: { zh: '户主', en: 'head of household' },
  spouse: { zh: '配偶', en: 'spouse' },
  son: { zh: '之子', en: 'son', sex: 'male' },
  daughter: { zh: '之女', en: 'daughter', sex: 'female' },
  'daughter-in-law': { zh: '之儿媳', en: "son's wife", sex: 'female' },
  'son-in-law': { zh: '之女婿', en: "daughter's husband", sex: 'male' },
  grandson: { zh: '之孙子', en: "son's son", sex: 'male' },
  granddaughter: { zh: '之孙女', en: "son's daughter", sex: 'female' },
  'daughters-son': { zh: '之外孙子', en: "daughter's son", sex: 'male' },
  'daughters-daughter': { zh: '之外孙女', en: "daughter's daughter", sex: 'female' },
  'great-grandson': { zh: '之曾孙子', en: 'great-grandson', sex: 'male' },
  'great-granddaughter': { zh: '之曾孙女', en: 'great-granddaughter', sex: 'female' },
  father: { zh: '之父', en: 'father', sex: 'male' },
  mother: { zh: '之母', en: 'mother', sex: 'female' },
  'husbands-father': { zh: '之公公', en: "husband's father", sex: 'male' },
  'husbands-mother': { zh: '之婆婆', en: "husband's mother", sex: 'female' },
  'wifes-father': { zh: '之岳父', en: "wife's father", sex: 'male' },
  'wifes-mother': { zh: '之岳母', en: "wife's mother", sex: 'female' },
  grandfather: { zh: '之祖父', en: 'grandfather', sex: 'male' },
  grandmother: { zh: '之祖母', en: 'grandmother', sex: 'female' },
  sibling: { zh: '之兄弟姐妹', en: 'brother or sister' },
  'brothers-wife': { zh: '之兄弟媳妇', en: "brother's wife", sex: 'female' },
  uncle: { zh: '之叔伯', en: "father's brother", sex: 'male' },
  nephew: { zh: '之侄儿', en: "brother's son", sex: 'male' },
  niece: { zh: '之侄女', en: "brother's daughter", sex: 'female' },
  other: { zh: '其他', en: 'other' },
} as const satisfies Record<string, EnumEntry & { sex?: 'male' | 'female' }>;

/** A6 性别. Raw exports use 1 男 / 2 女. */
export const SEXES = {
  male: { zh: '男', en: 'male', code: '1' },
  female: { zh: '女', en: 'female', code: '2' },
} as const satisfies Record<string, EnumEntry>;

/** 证件类型 (A7 holds a resident ID or a disability-certificate number). */
export const ID_TYPES = {
  'resident-id': { zh: '身份证', en: 'resident identity card' },
  'disability-certificate': { zh: '残疾人证', en: 'disability certificate' },
} as const satisfies Record<string, EnumEntry>;

/** A11 文化程度 — dictionary 100A11. */
export const EDUCATION_LEVELS = {
  illiterate: { zh: '文盲或半文盲', en: 'illiterate or semi-literate' },
  primary: { zh: '小学', en: 'primary school' },
  'junior-secondary': { zh: '初中', en: 'junior secondary' },
  'senior-secondary': { zh: '高中', en: 'senior secondary' },
  technician: { zh: '技师', en: 'technician' },
  'junior-college': { zh: '大专（高职高专）', en: 'junior college' },
  'bachelor-or-above': { zh: '本科及以上', en: "bachelor's degree or above" },
} as const satisfies Record<string, EnumEntry>;

/** A12 在校生状况 — dictionary 100A12. */
export const SCHOOL_STATUSES = {
  'preschool-age': { zh: '学龄前儿童', en: 'pre-school age child' },
  preschool: { zh: '学前教育', en: 'pre-school education' },
  primary: { zh: '小学', en: 'primary school' },
  'junior-1': { zh: '七年级', en: 'grade 7' },
  'junior-2': { zh: '八年级', en: 'grade 8' },
  'junior-3': { zh: '九年级', en: 'grade 9' },
  'senior-1': { zh: '普通高中一年级', en: 'senior high, year 1' },
  'senior-2': { zh: '普通高中二年级', en: 'senior high, year 2' },
  'senior-3': { zh: '普通高中三年级', en: 'senior high, year 3' },
  'vocational-1': { zh: '中职一年级', en: 'secondary vocational, year 1' },
  'vocational-2': { zh: '中职二年级', en: 'secondary vocational, year 2' },
  'vocational-3': { zh: '中职三年级', en: 'secondary vocational, year 3' },
  'higher-vocational-1': { zh: '高职高专一年级', en: 'higher vocational, year 1' },
  'higher-vocational-2': { zh: '高职高专二年级', en: 'higher vocational, year 2' },
  'higher-vocational-3': { zh: '高职高专三年级', en: 'higher vocational, year 3' },
  undergraduate: { zh: '本科', en: 'undergraduate' },
  postgraduate: { zh: '硕士生及以上', en: "master's student or above" },
} as const satisfies Record<string, EnumEntry>;

/** A13 健康状况 — dictionary 100A13. */
export const HEALTH_STATUSES = {
  healthy: { zh: '健康', en: 'healthy' },
  chronic: { zh: '长期慢性病', en: 'long-term chronic illness' },
  'serious-illness': { zh: '患大病', en: 'serious illness' },
  disabled: { zh: '残疾', en: 'disabled' },
} as const satisfies Record<string, EnumEntry>;

/** A14 劳动技能 — dictionary 100A14. */
export const LABOUR_CAPACITIES = {
  skilled: { zh: '技能劳动力', en: 'skilled labour' },
  ordinary: { zh: '普通劳动力', en: 'ordinary labour' },
  weak: { zh: '弱劳动力或半劳动力', en: 'weak or half labour' },
  lost: { zh: '丧失劳动力', en: 'lost labour capacity' },
  none: { zh: '无劳动力', en: 'no labour capacity' },
} as const satisfies Record<string, EnumEntry>;

/** A15 务工区域. */
export const WORK_AREAS = {
  'within-town': { zh: '乡（镇）内务工', en: 'within the township' },
  'within-county': { zh: '乡（镇）外县内务工', en: 'outside the township, within the county' },
  'within-province': { zh: '县外省内务工', en: 'outside the county, within the province' },
  'outside-province': { zh: '省外务工', en: 'outside the province' },
  abroad: { zh: '境外务工', en: 'abroad' },
} as const satisfies Record<string, EnumEntry>;

/** A53 风险消除方式. */
export const ELIMINATION_METHODS = {
  assisted: { zh: '帮扶消除', en: 'eliminated through assistance' },
  natural: { zh: '自然消除', en: 'eliminated naturally' },
} as const satisfies Record<string, EnumEntry>;

/** 家庭成员自然变化 (S000 §一(一): 新生儿、嫁入嫁出、死亡…). */
export const MEMBER_CHANGES = {
  birth: { zh: '新生儿', en: 'birth', joins: true },
  death: { zh: '死亡', en: 'death', joins: false },
  'marry-in': { zh: '嫁入', en: 'married in', joins: true },
  'marry-out': { zh: '嫁出', en: 'married out', joins: false },
  'move-in': { zh: '迁入', en: 'moved in', joins: true },
  'move-out': { zh: '迁出', en: 'moved out', joins: false },
} as const satisfies Record<string, EnumEntry & { joins: boolean }>;
