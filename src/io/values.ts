/**
 * Value converters (取值转换): the national export's spellings → interchange values.
 *
 * Every converter takes one cleaned, non-empty cell (see {@link unwrapCell}) and returns the
 * interchange value or a problem; it never guesses. Vocabularies start from the zh labels of
 * `src/model/labels.ts` and add the variants seen in exports (export-format.md §3.1, county-rules.md
 * §D): 严重困难户 = 突发严重困难户, 普通农户 = 一般农户, 城市低保 / 农村低保 / 未享受, 1 / 2 for 性别, …
 * Amounts become exact decimal strings ("1234.50" → "1234.5"); `YYYYMM` months become the first day
 * of the month ("202304" → "2023-04-01"), as the interchange format documents for 识别监测时间.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import {
  DISASTER_TYPES,
  EDUCATION_LEVELS,
  ELIMINATION_METHODS,
  HEALTH_STATUSES,
  ID_TYPES,
  LABOUR_CAPACITIES,
  MEMBER_CHANGES,
  MONITORING_CATEGORIES,
  RELATIONS,
  RISK_TYPES,
  SCHOOL_STATUSES,
  WORK_AREAS,
  type EnumEntry,
} from '../model/labels.js';
import { HOUSEHOLD_EVENTS } from '../model/events.js';
import { daysInMonth, formatDate } from '../model/calendar-date.js';
import { moneyProblem } from '../model/money.js';
import type { Guarantee } from '../model/fast-validation.js';
import { maskIdNumbersInText } from '../explain/mask.js';
import { normalizeSpelling } from './normalize.js';

/** What a converter made of a cell. */
export type Converted =
  | {
      ok: true;
      /** The interchange value; `undefined` = the cell says "nothing to record" (e.g. 非在校生). */
      value: unknown;
      /** Further household fields the cell sets (household-relative paths), e.g. 户类型 脱贫不享受政策户 → policyStatus. */
      also?: Readonly<Record<string, unknown>>;
    }
  | {
      ok: false;
      /** Stable problem code: `unknown_value`, `invalid_money`, `invalid_number`, `invalid_date`, `precision_lost`. */
      code: string;
      /** What is wrong, without the column and row (the importer adds them). */
      message: Text;
    };

/** One spelling group of a vocabulary, for the mapping document. */
export interface VocabularyEntry {
  /** Accepted spellings (matched after {@link normalizeSpelling}). */
  spellings: readonly string[];
  /** The interchange value they become (`undefined`: nothing is recorded). */
  value: unknown;
  /** Further fields set (see {@link Converted}). */
  also?: Readonly<Record<string, unknown>>;
}

/** A value converter: one cell → one interchange value. */
export interface ValueConverter {
  /** Stable name, shown in docs/import-mapping.md. */
  readonly name: string;
  /** What it accepts and what it produces. */
  readonly description: Text;
  /** The accepted spellings, for vocabulary converters. */
  readonly vocabulary?: readonly VocabularyEntry[];
  /** Whether the value is personal (ID number, phone): problem messages then never repeat it. */
  readonly sensitive?: boolean;
  /** Household fields the converter may set besides its own (its `also` values), when it has no vocabulary that says so. */
  readonly alsoFills?: readonly string[];
  /**
   * What every value it returns meets (src/model/fast-validation.ts, `Guarantee`): the importer
   * then leaves out the schema's check of it, or the part the guarantee covers. Each is held by a
   * property over arbitrary cells (test/io/values.test.ts).
   */
  readonly yields?: Guarantee;
  /**
   * The value of one cleaned, non-empty cell without the {@link Converted} wrapper, or {@link UNREAD}
   * when the cell does not convert (then `convert` says why): `convert(cell)` is `{ ok: true, value:
   * read(cell) }` exactly when `read(cell)` is not UNREAD (test/io/converter-guarantees.test.ts). The
   * importer reads each distinct member cell so, without an object per cell.
   */
  read?(cell: string): unknown;
  /**
   * Its cells take few distinct spellings in an export (a vocabulary, a count of months): the
   * importer remembers what each distinct member cell converts to, not only the last one.
   */
  readonly repeats?: boolean;
  /** `money` converters take part in the `emptyMoneyAsZero` import option. */
  readonly kind?: 'money' | 'list';
  /** Converts one cleaned, non-empty cell. */
  convert(cell: string): Converted;
}

const ok = (value: unknown): Converted => ({ ok: true, value });

/** What {@link ValueConverter.read} returns for a cell that does not convert. */
export const UNREAD: unique symbol = Symbol('unread');

/**
 * Shows a cell in a message: at most 40 characters, ID-like runs masked.
 *
 * @example
 * showCell('11010519491231002X') // '1101**********002X'
 */
export function showCell(cell: string): string {
  const s = cell.length > 40 ? cell.slice(0, 40) + '…' : cell;
  return maskIdNumbersInText(s);
}

function unknownValue(cell: string, accepted: readonly string[]): Converted {
  const list = accepted.slice(0, 14).join('、') + (accepted.length > 14 ? '…' : '');
  const listEn = accepted.slice(0, 14).join(', ') + (accepted.length > 14 ? ', …' : '');
  return {
    ok: false,
    code: 'unknown_value',
    message: { zh: `无法识别的取值“${showCell(cell)}”（可接受：${list}）`, en: `unknown value "${showCell(cell)}" (accepted: ${listEn})` },
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabularies

/**
 * Builds a vocabulary converter from spelling groups. Spellings are matched after
 * {@link normalizeSpelling} (NFKC, no spaces), so full-width brackets and stray spaces do not matter.
 *
 * @example
 * const yes = vocabularyConverter('yes', { zh: '是否', en: 'yes/no' }, [{ spellings: ['是'], value: true }, { spellings: ['否'], value: false }]);
 * yes.convert('是') // { ok: true, value: true }
 */
export function vocabularyConverter(name: string, description: Text, entries: readonly VocabularyEntry[]): ValueConverter {
  // One frozen result per entry: converting a cell allocates nothing.
  const map = new Map<string, Converted>();
  for (const e of entries) {
    const result: Converted = Object.freeze(e.also ? { ok: true as const, value: e.value, also: e.also } : { ok: true as const, value: e.value });
    for (const s of e.spellings) {
      const k = normalizeSpelling(s);
      const prior = map.get(k);
      if (prior && prior !== result) throw new Error(`vocabulary ${name}: spelling ${s} is given twice`);
      map.set(k, result);
      map.set(k.toLowerCase(), result);
    }
  }
  const accepted = entries.map((e) => e.spellings[0]!);
  return {
    name,
    description,
    vocabulary: entries,
    yields: { values: entries.map((e) => e.value) },
    repeats: true,
    convert(cell) {
      const hit = map.get(cell);
      if (hit) return hit;
      const n = normalizeSpelling(cell);
      return map.get(n) ?? map.get(n.toLowerCase()) ?? unknownValue(cell, accepted);
    },
  };
}

/** Spelling groups from an enum table: its zh label first, then the given variants. */
function fromLabels<T extends Record<string, EnumEntry>>(table: T, variants: Partial<Record<keyof T & string, readonly string[]>> = {}): VocabularyEntry[] {
  return Object.entries(table).map(([key, entry]) => {
    const spellings = [entry.zh, ...(variants[key as keyof T & string] ?? [])];
    if (entry.code) spellings.push(entry.code);
    return { spellings: [...new Set(spellings)], value: key };
  });
}

/** 是 / 否. */
export const yesNo = vocabularyConverter('yes-no', { zh: '是 / 否（也接受 有 / 无、Y / N、true / false）→ true / false', en: '是 / 否 (also 有 / 无, Y / N, true / false) → true / false' }, [
  { spellings: ['是', '有', 'Y', 'yes', 'true'], value: true },
  { spellings: ['否', '无', 'N', 'no', 'false'], value: false },
]);

/**
 * 公益性岗位 as real exports hold it: 是 / 否 (the `yesNo` spellings), or the name of the post — one or
 * several, e.g. 护林员、保洁员 — separated by 、 , ， ; ； / or spaces (export-format.md §3.3). Names mean the
 * member holds those posts.
 *
 * @example
 * publicWelfarePost.convert('是')            // { ok: true, value: true }
 * publicWelfarePost.convert('护林员、保洁员') // { ok: true, value: ['护林员', '保洁员'] }
 */
export const publicWelfarePost: ValueConverter = {
  name: 'public-welfare-post',
  description: {
    zh: '公益性岗位：是 / 否（也接受 有 / 无、Y / N）→ true / false；或岗位名称（如 护林员），可有多个，以 、,，;；/ 或空格分隔 → 岗位名称列表（聘用该岗位）',
    en: 'public-welfare post: 是 / 否 (also 有 / 无, Y / N) → true / false; or the post name (e.g. 护林员), several separated by 、,，;；/ or spaces → the list of post names (holds those posts)',
  },
  convert(cell) {
    const yes = yesNo.convert(cell);
    if (yes.ok) return yes;
    const names = cell.split(/[、,，;；\/／\s]+/).filter((n) => n !== '');
    return names.length > 0 ? ok(names) : yes;
  },
};

/**
 * 是否解决安全饮用水 (a living-conditions column): the negation of A25 是否饮水出现安全问题, which
 * it fills; the living-conditions field is set as written.
 */
export const safeDrinkingWater = vocabularyConverter(
  'safe-drinking-water',
  {
    zh: '是否解决安全饮用水：是 → A25 饮水出现安全问题 = false，否 → true；同时记 livingConditions.safeDrinkingWater = 是 / 否',
    en: 'safe drinking water solved: 是 → A25 drinking water unsafe = false, 否 → true; livingConditions.safeDrinkingWater is recorded as written',
  },
  [
    { spellings: ['是', '有', 'Y', 'yes', 'true'], value: false, also: { 'livingConditions.safeDrinkingWater': true } },
    { spellings: ['否', '无', 'N', 'no', 'false'], value: true, also: { 'livingConditions.safeDrinkingWater': false } },
  ],
);

/** A6 性别: 男 / 女, raw exports 1 / 2. */
export const sex = vocabularyConverter('sex', { zh: '性别：男 / 女，或代码 1 / 2', en: 'sex: 男 / 女, or the codes 1 / 2' }, [
  { spellings: ['男', '1', 'male', 'M'], value: 'male' },
  { spellings: ['女', '2', 'female', 'F'], value: 'female' },
]);

/** 户类型: 脱贫户 / 一般农户 (普通农户) → A4 povertyAlleviated. */
export const householdType = vocabularyConverter(
  'household-type',
  {
    zh: '户类型 → A4 脱贫户（true/false）；“脱贫享受政策户 / 脱贫不享受政策户”同时给出政策状态（100A03A02 = 脱贫不享受政策户，export-format.md §3.2）',
    en: 'household type → A4 formerly poor (true/false); 脱贫享受政策户 / 脱贫不享受政策户 also give the policy status (100A03A02 = 脱贫不享受政策户, export-format.md §3.2)',
  },
  [
    { spellings: ['脱贫户'], value: true },
    { spellings: ['一般农户', '普通农户'], value: false },
    { spellings: ['脱贫享受政策户'], value: true, also: { policyStatus: 'enjoying' } },
    { spellings: ['脱贫不享受政策户', '100A03A02'], value: true, also: { policyStatus: 'not-enjoying' } },
  ],
);

/** A3 监测对象类别 (dictionary 100A03); older files say 严重困难户. */
export const monitoringCategory = vocabularyConverter(
  'monitoring-category',
  { zh: '监测对象类别（100A03）；旧文件的“严重困难户”即突发严重困难户；为空表示不是监测对象', en: 'monitoring category (100A03); older files\' 严重困难户 is 突发严重困难户; empty = not a monitoring object' },
  fromLabels(MONITORING_CATEGORIES, {
    unstable: ['脱贫不稳定'],
    marginal: ['边缘易致贫'],
    'sudden-hardship': ['严重困难户', '突发严重困难'],
  }),
);

/** A8 与户主关系 (dictionary 1010): the 之-forms, and the same words without 之. */
export const relation = vocabularyConverter(
  'relation',
  { zh: '与户主关系（字典 1010），如 户主、配偶、之子；也接受不带“之”的写法（子、儿子、女儿…）', en: 'relation to the head (dictionary 1010), e.g. 户主, 配偶, 之子; also without 之 (子, 儿子, 女儿, …)' },
  fromLabels(
    RELATIONS,
    Object.fromEntries(
      Object.entries(RELATIONS).map(([key, e]) => {
        const extra: Record<string, string[]> = {
          spouse: ['妻', '妻子', '夫', '丈夫'],
          son: ['儿子'],
          daughter: ['女儿'],
          'daughter-in-law': ['儿媳妇'],
          father: ['父亲'],
          mother: ['母亲'],
        };
        const bare = e.zh.startsWith('之') ? [e.zh.slice(1)] : [];
        return [key, [...bare, ...(extra[key] ?? [])]];
      }),
    ) as Partial<Record<keyof typeof RELATIONS, readonly string[]>>,
  ),
);

/** A13 健康状况 (100A13). */
export const health = vocabularyConverter(
  'health',
  { zh: '健康状况（100A13）：健康、长期慢性病、患大病、残疾', en: 'health (100A13): 健康, 长期慢性病, 患大病, 残疾' },
  fromLabels(HEALTH_STATUSES, { chronic: ['慢性病', '患慢性病'], 'serious-illness': ['大病', '患有大病'], disabled: ['残疾人'] }),
);

/** A14 劳动技能 (100A14). */
export const labour = vocabularyConverter(
  'labour',
  { zh: '劳动技能（100A14）：普通劳动力、技能劳动力、弱劳动力或半劳动力、丧失劳动力、无劳动力', en: 'labour skill (100A14): 普通劳动力, 技能劳动力, 弱劳动力或半劳动力, 丧失劳动力, 无劳动力' },
  fromLabels(LABOUR_CAPACITIES, { weak: ['弱劳动力', '半劳动力'], lost: ['丧失劳动能力'], none: ['无劳动能力'] }),
);

/** A11 文化程度 (100A11). */
export const education = vocabularyConverter(
  'education',
  { zh: '文化程度（100A11），含变体 文盲、大专、高职高专、本科及研究生及以上', en: 'education (100A11), with the variants 文盲, 大专, 高职高专, 本科及研究生及以上' },
  fromLabels(EDUCATION_LEVELS, {
    illiterate: ['文盲', '半文盲'],
    'junior-college': ['大专', '高职高专'],
    'bachelor-or-above': ['本科及研究生及以上', '本科', '研究生'],
  }),
);

const GRADE_NAMES = ['一', '二', '三', '四', '五', '六'];

/** A12 在校生状况 (100A12). */
export const schoolStatus = vocabularyConverter(
  'school-status',
  {
    zh: '在校生状况（100A12）；一年级…六年级 即小学，高中一年级… 即普通高中；“非在校生”不记录',
    en: 'school status (100A12); 一年级…六年级 are primary school, 高中一年级… senior high; 非在校生 records nothing',
  },
  [
    ...fromLabels(SCHOOL_STATUSES, {
      primary: GRADE_NAMES.map((g) => `${g}年级`),
      'senior-1': ['高中一年级'],
      'senior-2': ['高中二年级'],
      'senior-3': ['高中三年级'],
      undergraduate: ['本科一年级', '本科二年级', '本科三年级', '本科四年级', '本科五年级'],
      postgraduate: ['硕士', '硕士研究生', '博士', '博士研究生', '研究生'],
    }),
    { spellings: ['非在校生', '不在校'], value: undefined },
  ],
);

/** A15 务工区域. */
export const workArea = vocabularyConverter('work-area', { zh: '务工区域（A15）', en: 'work area (A15)' }, fromLabels(WORK_AREAS));

/** 享受低保政策情况 → A20 dibao. */
export const dibaoStatus = vocabularyConverter(
  'dibao-status',
  { zh: '享受低保政策情况：城市低保 / 农村低保 → true，未享受 → false（也接受 是 / 否）', en: '低保 status: 城市低保 / 农村低保 → true, 未享受 → false (also 是 / 否)' },
  [
    { spellings: ['农村低保', '城市低保', '是', '低保'], value: true },
    { spellings: ['未享受', '不享受', '否'], value: false },
  ],
);

/** 享受特困供养政策情况 → A21 tekun. */
export const tekunStatus = vocabularyConverter(
  'tekun-status',
  { zh: '享受特困供养政策情况：城市特困 / 农村特困 → true，不享受（未享受）→ false（也接受 是 / 否）', en: '特困供养 status: 城市特困 / 农村特困 → true, 不享受 (未享受) → false (also 是 / 否)' },
  [
    { spellings: ['农村特困', '城市特困', '是', '特困供养'], value: true },
    { spellings: ['不享受', '未享受', '否'], value: false },
  ],
);

/** 证件类型. */
export const idType = vocabularyConverter('id-type', { zh: '证件类型：身份证 / 残疾人证', en: 'ID type: 身份证 / 残疾人证' }, fromLabels(ID_TYPES, { 'resident-id': ['居民身份证'], 'disability-certificate': ['残疾证'] }));

/** A53 风险消除方式. */
export const eliminationMethod = vocabularyConverter('elimination-method', { zh: '风险消除方式：帮扶消除 / 自然消除', en: 'elimination method: 帮扶消除 / 自然消除' }, fromLabels(ELIMINATION_METHODS));

/** A27 致贫/返贫风险 (100A27), with the older spellings of county-rules.md §D.1. */
export const riskType = vocabularyConverter(
  'risk-type',
  { zh: '致贫/返贫风险（100A27），含旧写法 因产业失败、务工就业不稳、因缺劳动力', en: 'risk type (100A27), with the older spellings 因产业失败, 务工就业不稳, 因缺劳动力' },
  fromLabels(RISK_TYPES, { 'industry-failure': ['因产业失败'], 'unstable-employment': ['务工就业不稳'], 'labour-shortage': ['因缺劳动力'] }),
);

/** Longkou's elimination mark (龙扶贫组字〔2021〕1号 §六(二)): 返贫风险消除 / 致贫风险消除. */
export const eliminationMark = vocabularyConverter(
  'elimination-mark',
  {
    zh: '风险消除标注（龙扶贫组字〔2021〕1号 §六(二)）：返贫风险消除（脱贫不稳定户）/ 致贫风险消除（边缘易致贫户、严重困难户）',
    en: "Longkou's elimination mark (龙扶贫组字〔2021〕1号 §六(二)): 返贫风险消除 (relapse risk eliminated, 脱贫不稳定户) / 致贫风险消除 (poverty risk eliminated, the other two categories)",
  },
  [
    { spellings: ['返贫风险消除'], value: 'relapse-risk-eliminated' },
    { spellings: ['致贫风险消除'], value: 'poverty-risk-eliminated' },
  ],
);

/** 残疾类别 1–7, as the disability certificate's 19th digit gives it (export-format.md §3.1). */
export const disabilityCategory = vocabularyConverter(
  'disability-category',
  {
    zh: '残疾类别：视力、听力、言语、肢体、智力、精神、多重（或残疾人证号第19位的代码 1–7）→ 1–7',
    en: 'disability category: 视力, 听力, 言语, 肢体, 智力, 精神, 多重 (or the certificate\'s 19th-digit code 1–7) → 1–7',
  },
  ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'].map((name, i) => ({ spellings: [`${name}残疾`, name, String(i + 1)], value: i + 1 })),
);

/** 残疾等级 1–4 (grades 1 and 2 are severe), as the certificate's 20th digit gives it. */
export const disabilityGrade = vocabularyConverter(
  'disability-grade',
  { zh: '残疾等级：一级…四级（也接受 1–4、1级、一级残疾）→ 1–4；一、二级为重度', en: 'disability grade: 一级 … 四级 (also 1–4, 1级, 一级残疾) → 1–4; grades 1 and 2 are severe' },
  ['一', '二', '三', '四'].map((g, i) => ({ spellings: [`${g}级`, `${g}级残疾`, `${i + 1}级`, String(i + 1)], value: i + 1 })),
);

/** 人员变更类型 (library convention): 新生儿, 死亡, 嫁入, 嫁出, 迁入, 迁出. */
export const memberChange = vocabularyConverter('member-change', { zh: '家庭成员自然变化：新生儿、死亡、嫁入、嫁出、迁入、迁出', en: 'member change: 新生儿, 死亡, 嫁入, 嫁出, 迁入, 迁出' }, fromLabels(MEMBER_CHANGES, { birth: ['出生'], death: ['去世'] }));

const LIST_SEPARATORS = /[,，、;；|｜\n]+/;

function listConverter(name: string, description: Text, item: ValueConverter, vocabulary: readonly VocabularyEntry[] | undefined, none: readonly string[] = [], keepRepeats = false): ValueConverter {
  const noneSet = new Set(none.map(normalizeSpelling));
  return {
    name,
    description,
    kind: 'list',
    ...(vocabulary ? { vocabulary, repeats: true } : {}),
    convert(cell) {
      const out: unknown[] = [];
      for (const part of cell.split(LIST_SEPARATORS)) {
        const p = part.trim();
        if (!p || noneSet.has(normalizeSpelling(p))) continue;
        const r = item.convert(p);
        if (!r.ok) return r;
        if (r.value !== undefined && (keepRepeats || !out.includes(r.value))) out.push(r.value);
      }
      return ok(out);
    },
  };
}

/** One 致贫/返贫风险 column → a one-item (or empty) list, appended to riskTypes. */
export const riskTypes = listConverter('risk-types', { zh: '致贫/返贫风险（可逗号分隔多项）→ riskTypes 列表', en: 'risk types (comma-separated allowed) → the riskTypes list' }, riskType, riskType.vocabulary, ['无']);

const disasterType = vocabularyConverter(
  'disaster-type',
  { zh: '因自然灾害子项（100A271）', en: 'natural-disaster sub-type (100A271)' },
  fromLabels(DISASTER_TYPES, { flood: ['洪涝'], geological: ['地质'], drought: ['旱', '干旱'], biological: ['生物', '生物灾害', '虫灾'], meteorological: ['气象'], earthquake: ['地震'], other: ['其他'] }),
);

/** 因自然灾害子项 → disasterTypes (comma-separated). */
export const disasterTypes = listConverter('disaster-types', { zh: '因自然灾害子项（100A271，可逗号分隔）→ disasterTypes 列表', en: 'natural-disaster sub-types (100A271, comma-separated) → the disasterTypes list' }, disasterType, disasterType.vocabulary, ['无']);

const eventKind = vocabularyConverter(
  'event-kind',
  { zh: '户事件种类', en: 'household event kind' },
  fromLabels(HOUSEHOLD_EVENTS, {
    'new-tekun': ['新增特困', '特困供养'],
    'new-dibao': ['低保'],
    'temporary-assistance': ['新增临时救助'],
    'dangerous-housing': ['危房'],
    'new-severe-disability': ['重度残疾人', '新增重度残疾'],
    'poor-student': ['贫困学生'],
    'natural-disaster': ['自然灾害', '因灾'],
    'industry-failure': ['产业项目失败'],
    'job-loss': ['务工不稳定', '返乡'],
    application: ['农户自主申请', '申请'],
  }),
);

/**
 * 部门预警类型 / 户事件类型 (library convention): event kinds, comma-separated, paired by position
 * with the dates of the matching 时间 column (see src/io/event-columns.ts).
 */
export const eventKinds = listConverter(
  'event-kinds',
  {
    zh: '事件种类（可逗号分隔多项，与对应“时间”列按位置配对）：新增低保、新增特困供养、临时救助、住危房、大额医疗支出、刑事处罚、新增重度残疾人、困难学生、受灾、农户申请 …',
    en: 'event kinds (comma-separated, paired by position with the matching date column): 新增低保, 新增特困供养, 临时救助, 住危房, 大额医疗支出, 刑事处罚, 新增重度残疾人, 困难学生, 受灾, 农户申请, …',
  },
  eventKind,
  eventKind.vocabulary,
  ['无'],
  true,
);

/** 部门预警时间 / 户事件时间 (library convention): dates (or YYYYMM months), comma-separated, one per event kind. */
export const eventDates: ValueConverter = {
  name: 'event-dates',
  description: {
    zh: '事件日期（可逗号分隔多项，与对应“类型”列按位置配对）：YYYY-MM-DD、YYYYMMDD、YYYY年M月D日，或年月 YYYYMM（→ 该月1日）',
    en: 'event dates (comma-separated, paired by position with the matching kind column): YYYY-MM-DD, YYYYMMDD, YYYY年M月D日, or a month YYYYMM (→ its first day)',
  },
  kind: 'list',
  convert(cell) {
    const out: string[] = [];
    for (const part of cell.split(LIST_SEPARATORS)) {
      const p = part.trim();
      if (!p) continue;
      const r = monthDate.convert(p);
      if (!r.ok) return r;
      out.push(r.value as string);
    }
    return ok(out);
  },
};

/**
 * 往年家庭人均纯收入 (library convention): amounts, separated by "；" ";" or "、" (a comma may be a
 * thousands separator), paired by position with the dates of 往年收入周期截止日期.
 */
export const moneyList: ValueConverter = {
  name: 'money-list',
  description: {
    zh: '金额（元）列表，以“；”“;”或“、”分隔（逗号可能是千分位），与对应日期列按位置配对',
    en: 'amounts in yuan, separated by "；", ";" or "、" (a comma may be a thousands separator), paired by position with the matching date column',
  },
  kind: 'list',
  convert(cell) {
    const out: string[] = [];
    for (const part of cell.split(/[;；、]/)) {
      const p = part.trim();
      if (!p) continue;
      const r = money.convert(p);
      if (!r.ok) return r;
      out.push(r.value as string);
    }
    return ok(out);
  },
};

const NO_MEASURE = ['无', '否', '0', '尚未实施', '未实施'];

/**
 * A measure column (产业帮扶, 就业帮扶, …): any content (its sub-measures, e.g. "外出务工补贴,技能培训")
 * records the measure; 无 / 否 / empty records none. With `itemsPath`, the sub-items are also kept
 * there as a list, as written (教育帮扶 → `educationAidItems`, e.g. 雨露计划).
 *
 * @example
 * measureColumn('employment').convert('技能培训') // { ok: true, value: ['employment'] }
 * measureColumn('education-aid', 'educationAidItems').convert('雨露计划') // { ok: true, value: ['education-aid'], also: { educationAidItems: ['雨露计划'] } }
 */
export function measureColumn(code: string, itemsPath?: string): ValueConverter {
  const none = new Set(NO_MEASURE);
  return {
    name: itemsPath ? `measure:${code}+items` : `measure:${code}`,
    description: itemsPath
      ? { zh: `任何内容 → 记录措施 ${code}，各子项（逗号分隔，如“雨露计划”）原样记入 ${itemsPath}；“无 / 否”→ 无`, en: `any content → records the measure ${code}, and its sub-items (comma-separated, e.g. "雨露计划") are kept as written in ${itemsPath}; 无 / 否 → none` }
      : { zh: `任何内容（子项，如“技能培训”）→ 记录措施 ${code}；“无 / 否”→ 无`, en: `any content (its sub-items, e.g. "技能培训") → records the measure ${code}; 无 / 否 → none` },
    kind: 'list',
    ...(itemsPath ? { alsoFills: [itemsPath] } : {}),
    convert(cell) {
      if (none.has(normalizeSpelling(cell))) return ok([]);
      if (!itemsPath) return ok([code]);
      const items: string[] = [];
      for (const part of cell.split(LIST_SEPARATORS)) {
        const p = part.trim();
        if (p && !none.has(normalizeSpelling(p)) && !items.includes(p)) items.push(p);
      }
      return { ok: true, value: [code], also: { [itemsPath]: items } };
    },
  };
}

const safetyNetItem = vocabularyConverter(
  'safety-net-item',
  { zh: '综合保障子项', en: 'comprehensive social-protection item' },
  [
    { spellings: ['低保', '农村低保', '城市低保', '最低生活保障'], value: 'dibao' },
    { spellings: ['特困供养', '特困', '农村特困', '城市特困', '特困人员救助供养'], value: 'tekun' },
    { spellings: ['临时救助'], value: 'temporary-assistance' },
    { spellings: ['残疾人补贴', '残疾人两项补贴', '困难残疾人生活补贴', '重度残疾人护理补贴'], value: 'disability-allowance' },
    { spellings: ['防贫保险', '防返贫保险', '防止返贫保险'], value: 'anti-poverty-insurance' },
    { spellings: ['其他'], value: 'other' },
  ],
);

/** 综合保障 (A48): comma-separated items → the safety-net measure codes. */
export const safetyNetMeasures = listConverter(
  'safety-net-measures',
  { zh: '综合保障（A48，逗号分隔多选）：低保、特困供养、临时救助、残疾人补贴、防贫保险 → 对应措施代码；“无”→ 无', en: 'comprehensive social protection (A48, comma-separated): 低保, 特困供养, 临时救助, 残疾人补贴, 防贫保险 → their measure codes; 无 → none' },
  safetyNetItem,
  safetyNetItem.vocabulary,
  NO_MEASURE,
);

// ---------------------------------------------------------------------------------------------
// Text, identifiers, numbers

/** Plain text, as given (trimmed). */
export const text: ValueConverter = {
  name: 'text',
  description: { zh: '文本（去除首尾空格）', en: 'text (trimmed)' },
  yields: 'string',
  read: (cell) => cell,
  convert: ok,
};

/**
 * An integer that arrived as a float: `13812345678.0` or `1.3812345678E+10`. `exact` is false when
 * digits may have been lost: more than 15 significant digits (Excel keeps 15; an 18-digit ID read as
 * a number has always lost its last digits), or an exponent that needs digits the mantissa lacks.
 * `null` when the text is not such a number.
 *
 * @example
 * integerFromFloatText('202304.0')             // { digits: '202304', exact: true }
 * integerFromFloatText('4.40524188001010E+17') // { digits: '440524188001010000', exact: false }
 */
export function integerFromFloatText(cell: string): { digits: string; exact: boolean } | null {
  // Most codes are plain digits: neither form applies without a point or an exponent (one look at each character).
  let i = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 46 /* . */ || (c | 0x20) === 101 /* e E */) break;
  }
  if (i === cell.length) return null;
  let m = /^(\d+)\.0+$/.exec(cell);
  if (m) return { digits: m[1]!, exact: m[1]!.replace(/^0+/, '').length <= 15 };
  m = /^(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$/.exec(cell);
  if (!m) return null;
  const frac = m[2] ?? '';
  const exp = Number(m[3]);
  if (frac.replace(/0+$/, '').length > exp) return null; // not an integer
  const digits = m[1]! + (frac.length <= exp ? frac + '0'.repeat(exp - frac.length) : frac.slice(0, exp));
  const significant = (m[1]! + frac).replace(/^0+/, '');
  return { digits, exact: frac.length >= exp && significant.length <= 15 };
}

const PRECISION_LOST: Text = {
  zh: '该值曾被当作数字（浮点数）保存，末几位可能已丢失；请把该列设为文本后重新导出',
  en: 'the value was stored as a number (float) and may have lost its last digits; re-export the column as text',
};

function identifier(name: string, description: Text, sensitive: boolean): ValueConverter {
  const read = (cell: string): string | typeof UNREAD => {
    let s = cell;
    if (s.charCodeAt(0) === 0x27 /* ' */) s = s.slice(1);
    const f = integerFromFloatText(s);
    if (f) return f.exact ? f.digits : UNREAD;
    return s;
  };
  return {
    name,
    description,
    sensitive,
    yields: 'string',
    read,
    convert(cell) {
      const v = read(cell);
      return v === UNREAD ? { ok: false, code: 'precision_lost', message: PRECISION_LOST } : ok(v);
    },
  };
}

/** 户编号 and other codes: text; a code that arrived as a float is restored when exact, else a problem. */
export const code = identifier('code', { zh: '编号（文本）；以浮点数形式出现（如 5306210120007.0）时还原，丢失精度（科学计数法、超过15位）则报告问题', en: 'a code (text); one that arrived as a float (5306210120007.0) is restored, one that lost precision (scientific notation, more than 15 digits) is a problem' }, false);

/** A7 证件号码: as given; an ID that went through a float is a problem, never a silently wrong ID. */
export const idNumber = identifier(
  'id-number',
  {
    zh: '证件号码（文本，校验由数据质量规则负责）；以浮点数形式出现且超过15位（如 4.40524188001010E+17 或 …014.0）时报告“精度丢失”，绝不静默接受错误号码',
    en: 'ID number (text; checked by the data-quality rules); one that arrived as a float with more than 15 digits (4.40524188001010E+17, …014.0) is a "precision lost" problem, never a silently wrong ID',
  },
  true,
);

/** 联系电话: as given; `13812345678.0` → `13812345678`. */
export const phone = identifier('phone', { zh: '电话号码（文本）；13812345678.0 还原为 13812345678', en: 'phone number (text); 13812345678.0 becomes 13812345678' }, true);

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * The canonical form of a plain decimal (`-?digits(.digits)?`, no separators), scanned by hand —
 * amounts are the most frequent cells of an export. `null` when it has no digits, `undefined` when
 * the text is not that shape (the regular-expression path then decides).
 */
function scanDecimal(s: string): string | null | undefined {
  const n = s.length;
  let i = 0;
  const c0 = s.charCodeAt(0);
  const negative = c0 === 45; /* - */
  if (negative || c0 === 43 /* + */) i = 1;
  const intStart = i;
  while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const intEnd = i;
  let fracEnd = i;
  let hasPoint = false;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 /* . */) return undefined;
    hasPoint = true;
    i++;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i !== n) return undefined;
    fracEnd = n;
    while (fracEnd > intEnd + 1 && s.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  }
  if (intEnd === intStart && (!hasPoint || n === intEnd + 1)) return null; // no digits at all
  const keepFraction = hasPoint && fracEnd > intEnd + 1;
  if (intEnd === intStart) {
    const body = keepFraction ? `0.${s.slice(intEnd + 1, fracEnd)}` : '0';
    return negative && body !== '0' ? `-${body}` : body;
  }
  let k = intStart;
  while (k < intEnd - 1 && s.charCodeAt(k) === 48) k++;
  // The canonical form is the text from `k` to `end`, signed: the text itself when it already is
  // (no string is built for `798.31`), else one slice (`151946.00` → `151946`).
  const end = keepFraction ? fracEnd : intEnd;
  const zero = !keepFraction && end - k === 1 && s.charCodeAt(k) === 48;
  if (negative && !zero) return k === 1 && end === n ? s : `-${s.slice(k, end)}`;
  return k === 0 && end === n ? s : s.slice(k, end);
}

/**
 * Normalises a decimal text: thousands separators (`12,345.60`) removed, leading zeros and trailing
 * fractional zeros dropped. `null` when the text is not a plain decimal.
 *
 * @example
 * canonicalDecimal('012,345.600') // '12345.6'
 */
export function canonicalDecimal(cell: string): string | null {
  const fast = scanDecimal(cell);
  if (fast !== undefined) return fast;
  const s = THOUSANDS.test(cell) ? cell.replace(/,/g, '') : cell;
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const intPart = m[2] ?? '';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (intPart === '' && (m[3] ?? '') === '') return null;
  const int = intPart.replace(/^0+(?=\d)/, '') || '0';
  const body = frac ? `${int}.${frac}` : int;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

/** An amount's canonical decimal string, or UNREAD when it is not an amount with at most two decimals within range. */
function readMoney(cell: string): string | typeof UNREAD {
  const d = canonicalDecimal(cell);
  if (d === null) return UNREAD;
  // Up to 11 integer digits and 2 decimals is always acceptable; anything else asks moneyProblem.
  if (d.length <= 15) {
    const point = d.indexOf('.');
    const intDigits = (point === -1 ? d.length : point) - (d.charCodeAt(0) === 45 ? 1 : 0);
    if (intDigits <= 11 && (point === -1 || d.length - point - 1 <= 2)) return d;
  }
  return moneyProblem(d) === null ? d : UNREAD;
}

/** An amount in yuan (元) with at most two decimals → an exact decimal string. */
export const money: ValueConverter = {
  name: 'money',
  description: {
    zh: '金额（元，最多两位小数）→ 精确的小数字符串；接受千分位（12,345.60）；科学计数法、三位以上小数、非数字均报告问题',
    en: 'an amount in yuan (at most two decimals) → an exact decimal string; thousands separators (12,345.60) accepted; scientific notation, three or more decimals and non-numbers are problems',
  },
  kind: 'money',
  yields: 'money',
  read: readMoney,
  convert(cell) {
    const v = readMoney(cell);
    if (v !== UNREAD) return { ok: true, value: v };
    const d = canonicalDecimal(cell);
    const problem = d === null ? 'format' : moneyProblem(d);
    const why =
      problem === 'precision'
        ? { zh: '最多两位小数（精确到分）', en: 'at most two decimals (fen)' }
        : problem === 'range'
          ? { zh: '超出允许范围（绝对值不超过 1000 亿元）', en: 'out of range (at most 100 billion yuan)' }
          : { zh: '应为如 12345.60 的金额', en: 'expected an amount such as 12345.60' };
    return { ok: false, code: 'invalid_money', message: { zh: `金额“${showCell(cell)}”无效：${why.zh}`, en: `invalid amount "${showCell(cell)}": ${why.en}` } };
  },
};

/** A plain number (areas in 亩, months): `6`, `6.0`, `12.5`. */
export const number: ValueConverter = {
  name: 'number',
  description: { zh: '数值（如 6、6.0、12.5）', en: 'a number (6, 6.0, 12.5)' },
  repeats: true,
  read(cell) {
    const d = canonicalDecimal(cell);
    return d === null ? UNREAD : Number(d);
  },
  convert(cell) {
    const d = canonicalDecimal(cell);
    if (d === null) return { ok: false, code: 'invalid_number', message: { zh: `“${showCell(cell)}”不是数值`, en: `"${showCell(cell)}" is not a number` } };
    return ok(Number(d));
  },
};

// ---------------------------------------------------------------------------------------------
// Dates

const FULL_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:\.0+)?$/;
const YEAR_MONTH = /^(\d{4})(?:[-/.年](\d{1,2})月?|(\d{2})(?:\.0+)?)$/;

function realDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return formatDate(y, m, d);
}

function parseFullDate(cell: string): string | null {
  // Fast path: already YYYY-MM-DD.
  if (cell.length === 10 && cell.charCodeAt(4) === 45 && cell.charCodeAt(7) === 45 && digitsAt(cell, 0, 4) && digitsAt(cell, 5, 7) && digitsAt(cell, 8, 10)) {
    const y = numberAt(cell, 0, 4);
    const mo = numberAt(cell, 5, 7);
    const d = numberAt(cell, 8, 10);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? cell : null;
  }
  const m = FULL_DATE.exec(cell) ?? COMPACT_DATE.exec(cell);
  return m ? realDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function digitsAt(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function numberAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

function parseYearMonth(cell: string): { year: number; month: number } | null {
  // Fast path: YYYYMM, the export's form.
  if (cell.length === 6 && digitsAt(cell, 0, 6)) {
    const month = numberAt(cell, 4, 6);
    return month >= 1 && month <= 12 ? { year: numberAt(cell, 0, 4), month } : null;
  }
  const m = YEAR_MONTH.exec(cell);
  if (!m) return null;
  const month = Number(m[2] ?? m[3]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

function badDate(cell: string, expected: Text): Converted {
  return { ok: false, code: 'invalid_date', message: { zh: `日期“${showCell(cell)}”无效（应为${expected.zh}）`, en: `invalid date "${showCell(cell)}" (expected ${expected.en})` } };
}

/** 出生日期 and other full dates: YYYY-MM-DD, YYYYMMDD, YYYY/M/D, YYYY年M月D日 (a time part is dropped). */
export const date: ValueConverter = {
  name: 'date',
  description: { zh: '日期：YYYY-MM-DD、YYYYMMDD、YYYY/M/D、YYYY年M月D日 → YYYY-MM-DD', en: 'a date: YYYY-MM-DD, YYYYMMDD, YYYY/M/D, YYYY年M月D日 → YYYY-MM-DD' },
  yields: 'date',
  read: (cell) => parseFullDate(cell) ?? UNREAD,
  convert(cell) {
    const d = parseFullDate(cell);
    return d ? ok(d) : badDate(cell, { zh: 'YYYY-MM-DD 等完整日期', en: 'a full date such as YYYY-MM-DD' });
  },
};

/**
 * 识别监测时间, 消除监测时间: the export gives `YYYYMM` (sometimes `202304.0`); the interchange
 * format wants a date, so a month becomes ITS FIRST DAY ('2023-04-01'). Full dates are kept.
 */
export const monthDate: ValueConverter = {
  name: 'month-date',
  description: {
    zh: '年月或日期：YYYYMM（含 202304.0）、YYYY-MM、YYYY年MM月 → 该月第一天 YYYY-MM-01；完整日期保持不变',
    en: 'a month or a date: YYYYMM (also 202304.0), YYYY-MM, YYYY年MM月 → the first day of the month, YYYY-MM-01; a full date is kept',
  },
  yields: 'date',
  convert(cell) {
    const ym = parseYearMonth(cell);
    if (ym) return ok(formatDate(ym.year, ym.month, 1));
    const d = parseFullDate(cell);
    return d ? ok(d) : badDate(cell, { zh: 'YYYYMM 或 YYYY-MM-DD', en: 'YYYYMM or YYYY-MM-DD' });
  },
};

/** 务工 开始时间 / 结束时间: `YYYY年MM月` (also YYYY-MM, YYYYMM) → 'YYYY-MM'. */
export const yearMonth: ValueConverter = {
  name: 'year-month',
  description: { zh: '年月：YYYY年MM月、YYYY-MM、YYYYMM → YYYY-MM', en: 'a year and month: YYYY年MM月, YYYY-MM, YYYYMM → YYYY-MM' },
  convert(cell) {
    const ym = parseYearMonth(cell);
    if (ym) return ok(`${String(ym.year).padStart(4, '0')}-${String(ym.month).padStart(2, '0')}`);
    return badDate(cell, { zh: 'YYYY年MM月 或 YYYY-MM', en: 'YYYY年MM月 or YYYY-MM' });
  },
};
