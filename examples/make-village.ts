/**
 * A synthetic village export (合成的村级导出文件) in the shape of the national system's CSV
 * exports: Chinese headers, one row per member with the household's fields repeated, two title
 * rows above the header, two header names that appear twice (识别监测时间, 风险是否已消除), 户编号
 * and some ID numbers wrapped as `="..."`, some phones and months written as floats
 * (`13812345678.0`, `202304.0`), ID numbers with valid GB 11643 check characters, real county codes
 * of Diqing (Yunnan) and birth dates that agree with them, incomes in yuan with fen, a mix of
 * 脱贫户, 一般农户 (also spelt 普通农户) and monitored households, some eliminated, and member
 * changes (births, deaths), disabled members recorded by their disability certificate (ID + category
 * + grade), risks that follow the members, and the "风险消除后…" block for eliminated households.
 * Its clean households are clean under the data-quality checks (no error; none of issue 15's families
 * fires): ages, grades and labour are as at the status date (2023-09-30); a student has 在校生状况
 * and no 文化程度, and the young out of school have finished compulsory schooling; members of 脱贫户
 * and monitored households are insured; measures follow the household (就业帮扶 only where someone
 * works, a developmental measure where someone can, 雨露计划 only for a 中职/高职 student, 住房安全保障
 * with an unsafe house).
 *
 * Deterministic: the same `--households` and `--seed` give the same bytes. Streaming: households
 * are written as they are made, so two million households take no more memory than ten.
 *
 * Deliberate errors, by household index modulo 100 (so a file of 120 households has each at least
 * once):
 *   7  a member's ID number has a wrong check character            (data quality: checksum)
 *   18 转移性收入 is not the sum of its items                      (data quality: breakdown)
 *   29 a malformed amount in 工资性收入 ("12,34O.50")             (import problem: invalid_money)
 *   38 an unknown value spelling in 健康状况 ("患病")             (import problem: unknown_value)
 *   46 a member's 与户主关系 is empty                              (parse issue: required)
 *   54 the head without 大病保险 (a warning when the household is a 脱贫户 or monitored: A18, 2_01_016)
 *   63 an ID number that went through a float ("5.33401198805121E+17") (import problem: precision_lost)
 *
 * `--rejected-percent P` (0–96) sets how many households in a hundred carry one of the four errors
 * that reject a record (29, 38, 46, 63 above, in turn: the first four of a hundred, then further
 * indexes); the two data-quality errors stay. 4 is the default file; 0 is an export with no
 * rejected record, 5 one with 5 % (the bench compares the two).
 *
 * `--columns narrow` writes the same households (the same random draws) as a county's minimal export of
 * {@link NARROW_HEADERS} (22 columns: identity, the A28–A32 income items, category and status) instead of
 * the 83 columns above; `npm run bench` measures both shapes.
 *
 * Usage: tsx examples/make-village.ts --households 120 --seed 2023 --out examples/data/village.csv
 *        [--encoding gbk] [--rejected-percent P] [--columns full|narrow]
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { idCheckCharacter } from '../src/model/id-number.js';

/** Options of the generator. */
export interface VillageOptions {
  households: number;
  seed: number;
  /** Households in a hundred with an error that rejects the record (default 4: the four kinds once each). */
  rejectedPercent?: number;
  /** `full` (default): the 83 columns of {@link VILLAGE_HEADERS}; `narrow`: the 22 of {@link NARROW_HEADERS}. */
  columns?: 'full' | 'narrow';
}

/** The errors that reject a record, in the order they are given out. */
const REJECTING_KINDS = [29, 38, 46, 63] as const;
/** The indexes (modulo 100) that carry one, in order: the four kinds' own, then the others but the data-quality ones. */
const REJECTING_SLOTS: readonly number[] = [...REJECTING_KINDS, ...Array.from({ length: 100 }, (_, k) => k).filter((k) => k !== 7 && k !== 18 && !(REJECTING_KINDS as readonly number[]).includes(k))];

/** The deliberate error of household `i` (see the module comment); -1 for none. */
function errorKindOf(i: number, rejectedPercent: number | undefined): number {
  const k = i % 100;
  if (rejectedPercent === undefined || k === 7 || k === 18) return k;
  const slot = REJECTING_SLOTS.indexOf(k);
  return slot < rejectedPercent ? REJECTING_KINDS[slot % REJECTING_KINDS.length]! : -1;
}

/** The header row, in the export's order (note the two repeated names at the end). */
export const VILLAGE_HEADERS: readonly string[] = [
  '省', '市', '县(市、区、旗)', '乡(镇)', '行政村', '自然村', '户编号', '人编号', '姓名', '证件类型', '证件号码', '性别', '出生日期', '民族',
  '与户主关系', '户类型', '监测对象类别', '识别监测时间', '风险是否已消除', '消除监测时间', '风险消除方式', '致贫/返贫风险1', '致贫/返贫风险2', '因自然灾害子项',
  '文化程度', '在校生状况', '健康状况', '劳动技能', '务工时间（月）', '是否参加城乡居民基本医疗保险', '是否参加大病保险', '是否参加城乡居民基本养老保险',
  '享受低保政策情况', '享受特困供养政策情况', '家庭成员联系电话', '人员变更类型', '人员变更时间',
  '是否住房出现安全问题', '是否义务教育阶段适龄儿童少年失学辍学', '是否饮水出现安全问题',
  '工资性收入', '公益性岗位收入', '其他工资性收入', '生产经营性收入', '财产性收入', '资产收益扶贫分红收入', '其他财产性收入', '转移性收入', '计划生育金', '低保金',
  '特困人员救助供养金', '养老金或离退休金', '生态补偿金', '其他转移性收入', '生产经营性支出', '理赔收入', '合规自付支出', '纯收入（元）', '人均纯收入（元）',
  '产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶', '住房安全保障', '综合保障', '整户无劳动能力兜底保障户', '监测联系人', '监测联系人联系电话',
  '风险消除后是否义务教育阶段适龄儿童少年失学辍学', '风险消除后是否住房损毁', '风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险', '风险消除后是否饮水设施损毁',
  '风险消除后工资性收入', '风险消除后财产性收入', '风险消除后转移性收入', '风险消除后生产经营性收入', '风险消除后生产经营性支出', '风险消除后家庭纯收入',
  '风险消除后家庭人均纯收入', '风险消除后理赔收入', '风险消除后合规自付支出', '识别监测时间', '风险是否已消除',
];

/**
 * The columns of a county's minimal export (`--columns narrow`), in its order: who the members are, the
 * household's income items (A28–A32, 理赔收入, 合规自付支出), its category and monitoring status. 人数 is the
 * household's row count (recognised, not imported); every other column is the full export's (its first copy
 * where a name repeats).
 */
export const NARROW_HEADERS: readonly string[] = [
  '户编号', '姓名', '证件号码', '性别', '出生日期', '与户主关系', '人数', '户类型', '监测对象类别', '识别监测时间', '风险是否已消除', '消除监测时间',
  '风险消除方式', '致贫/返贫风险1', '工资性收入', '生产经营性收入', '财产性收入', '转移性收入', '生产经营性支出', '理赔收入', '合规自付支出', '人均纯收入（元）',
];

const TITLE_ROWS = [
  '（自定义）监测对象及农户信息_20231215　云南省迪庆藏族自治州香格里拉市',
  '说明：金额单位为元；识别监测时间、消除监测时间为年月（YYYYMM）',
];

const TOWNS = ['小中甸镇', '建塘镇', '虎跳峡镇', '金江镇', '上江乡', '三坝纳西族乡', '洛吉乡', '尼西乡', '五境乡', '东旺乡', '格咱乡'];
const VILLAGES = ['和平村', '联合村', '团结村', '新民村', '红旗村', '光明村', '幸福村', '吉迪村', '达拉村', '冷都村', '团结二村', '汤满村'];
const VILLAGE_SIZE = 40;
const COUNTY = '533401'; // 香格里拉市
const NEARBY = ['533422', '533423', '530621', '533221']; // 德钦县, 维西县, 鲁甸县, 玉龙县
const SURNAMES = ['和', '杨', '李', '王', '张', '扎', '此', '鲁', '余', '马', '孙', '汪', '赵', '格', '松'];
const MALE_NAMES = ['建国', '志强', '文华', '永红', '扎西', '次仁', '农布', '国庆', '学军', '明亮', '金龙', '正华', '平措', '光辉', '海涛'];
const FEMALE_NAMES = ['秀英', '桂花', '玉兰', '卓玛', '拉姆', '春梅', '丽华', '金花', '美玲', '秀珍', '央宗', '永芬', '红梅', '海燕', '丽萍'];
const ETHNICITIES: readonly [string, number][] = [['藏族', 40], ['纳西族', 20], ['汉族', 18], ['彝族', 10], ['傈僳族', 7], ['白族', 5]];
/** Risks that do not need a particular member (因病, 因残 and 因学 are chosen from the members). */
const OTHER_RISKS = ['因意外事故', '因务工就业不稳', '因自然灾害', '因产业项目失败'];
const CADRES = ['和丽华', '杨国庆', '李春梅', '扎西次仁', '王永红', '孙金花'];

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Rng, p: number): boolean => r() < p;
function weighted(r: Rng, list: readonly [string, number][]): string {
  const total = list.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of list) if ((x -= w) < 0) return v;
  return list[list.length - 1]![0];
}
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const yuan = (fen: number): string => `${Math.floor(fen / 100)}.${pad(fen % 100, 2)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Person {
  name: string;
  male: boolean;
  birth: { y: number; m: number; d: number };
  relation: string;
  region: string;
}

function idNumber(r: Rng, p: Person): string {
  let seq = int(r, 0, 99) * 10 + int(r, 0, 9);
  if (seq % 2 !== (p.male ? 1 : 0)) seq = (seq + 1) % 1000;
  if (seq === 0) seq = p.male ? 1 : 2;
  const first17 = `${p.region}${pad(p.birth.y, 4)}${pad(p.birth.m, 2)}${pad(p.birth.d, 2)}${pad(seq, 3)}`;
  return first17 + idCheckCharacter(first17);
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) && !s.startsWith('="') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The export's "as at" year: ages and the income period 2022-10-01..2023-09-30. */
const YEAR = 2023;

/**
 * The lines of the export (each ending in CRLF), one household after another. The first line
 * carries the UTF-8 BOM when `bom` is true.
 *
 * @example
 * const text = [...villageLines({ households: 3, seed: 1 })].join('');
 */
export function* villageLines(options: VillageOptions, bom = true): Generator<string> {
  const r = prng(options.seed);
  // The narrow export picks its columns out of the full rows (-1: 人数, the household's row count).
  const picked = options.columns === 'narrow' ? NARROW_HEADERS.map((h) => VILLAGE_HEADERS.indexOf(h)) : undefined;
  const headers = options.columns === 'narrow' ? NARROW_HEADERS : VILLAGE_HEADERS;
  const width = headers.length;
  yield (bom ? '\ufeff' : '') + csvField(TITLE_ROWS[0]!) + ','.repeat(width - 1) + '\r\n';
  yield csvField(TITLE_ROWS[1]!) + ','.repeat(width - 1) + '\r\n';
  yield headers.map(csvField).join(',') + '\r\n';
  for (let i = 0; i < options.households; i++) {
    const rows = householdRows(r, i, options.rejectedPercent);
    for (const row of rows) yield (picked ? picked.map((k) => (k < 0 ? String(rows.length) : row[k]!)) : row).map(csvField).join(',') + '\r\n';
  }
}

function householdRows(r: Rng, i: number, rejectedPercent?: number): string[][] {
  const v = Math.floor(i / VILLAGE_SIZE);
  const seqInVillage = (i % VILLAGE_SIZE) + 1;
  const town = TOWNS[Math.floor(v / VILLAGES.length) % TOWNS.length]!;
  const village = VILLAGES[v % VILLAGES.length]! + (v >= VILLAGES.length * TOWNS.length ? String(Math.floor(v / (VILLAGES.length * TOWNS.length)) + 1) : '');
  const householdId = `${COUNTY}${pad(v, 5)}${pad(seqInVillage, 3)}`;
  const group = `${int(r, 1, 9)}组`;
  const errorKind = errorKindOf(i, rejectedPercent);

  // Members.
  const surname = pick(r, SURNAMES);
  const size = Number(weighted(r, [['1', 8], ['2', 20], ['3', 25], ['4', 25], ['5', 15], ['6', 7]]));
  const headAge = size === 1 ? int(r, 55, 85) : int(r, 28, 78);
  const headMale = chance(r, 0.82);
  // A birth date at which the member is `age` on the status date (YEAR-09-30): born in the 12 months up to it.
  const birth = (age: number) => {
    const m = int(r, 1, 12);
    const y = YEAR - age - (m > 9 ? 1 : 0);
    return { y, m, d: int(r, 1, daysIn(y, m)) };
  };
  const given = (male: boolean) => pick(r, male ? MALE_NAMES : FEMALE_NAMES);
  const people: Person[] = [{ name: surname + given(headMale), male: headMale, birth: birth(headAge), relation: '户主', region: COUNTY }];
  if (size >= 2 && chance(r, 0.9)) {
    const male = !headMale;
    people.push({ name: pick(r, SURNAMES) + given(male), male, birth: birth(Math.max(20, headAge + int(r, -5, 5))), relation: '配偶', region: chance(r, 0.7) ? COUNTY : pick(r, NEARBY) });
  }
  while (people.length < size) {
    const childAge = headAge - int(r, 22, 36);
    if (childAge >= 0 && people.filter((p) => p.relation === '之子' || p.relation === '之女').length < 3) {
      const male = chance(r, 0.52);
      people.push({ name: surname + given(male), male, birth: birth(childAge), relation: male ? '之子' : '之女', region: COUNTY });
    } else if (headAge < 50) {
      const male = chance(r, 0.45);
      people.push({ name: surname + given(male), male, birth: birth(Math.min(95, headAge + int(r, 22, 32))), relation: male ? '之父' : '之母', region: COUNTY });
    } else {
      const male = chance(r, 0.5);
      people.push({ name: surname + given(male), male, birth: birth(int(r, 0, Math.max(0, headAge - 44))), relation: male ? '之孙子' : '之孙女', region: COUNTY });
    }
  }
  /** Age in whole years on the status date, YEAR-09-30 (ages, school grades and labour are taken there). */
  const ageOf = (p: Person) => YEAR - p.birth.y - (p.birth.m > 9 ? 1 : 0);

  // Status.
  const alleviated = chance(r, 0.35);
  const typeSpelling = alleviated ? '脱贫户' : chance(r, 0.15) ? '普通农户' : '一般农户';
  let category = '';
  if (alleviated && chance(r, 0.1)) category = '脱贫不稳定户';
  else if (!alleviated && chance(r, 0.05)) category = '边缘易致贫户';
  else if (chance(r, 0.01)) category = '突发严重困难户';
  const monitored = category !== '';
  const identified = monitored ? { y: int(r, 2021, 2023), m: 0 } : undefined;
  if (identified) identified.m = identified.y === 2023 ? int(r, 1, 9) : int(r, identified.y === 2021 ? 6 : 1, 12);
  const eliminated = monitored && identified!.y < 2023 && chance(r, 0.5);
  let elimination: { y: number; m: number } | undefined;
  if (eliminated) {
    const months = identified!.y * 12 + identified!.m - 1 + int(r, 6, 18);
    elimination = { y: Math.floor(months / 12), m: (months % 12) + 1 };
    if (elimination.y * 12 + elimination.m > 2023 * 12 + 11) elimination = { y: 2023, m: 11 };
  }
  const month = (ym: { y: number; m: number } | undefined) => (ym ? `${ym.y}${pad(ym.m, 2)}${chance(r, 0.3) ? '.0' : ''}` : '');
  const identifiedText = month(identified);
  const eliminatedText = month(elimination);
  const eliminatedFlag = monitored ? (eliminated ? '是' : '否') : '';
  const method = eliminated ? (chance(r, 0.7) ? '帮扶消除' : '自然消除') : '';
  const dibao = chance(r, monitored ? 0.35 : alleviated ? 0.12 : 0.04);
  const tekun = !dibao && size === 1 && headAge >= 70 && chance(r, 0.3);

  // Member facts.
  const rows: { p: Person; health: string; labour: string; months: string; school: string; education: string; change: [string, string] }[] = [];
  let ill = false;
  let disabled = false;
  let students = 0;
  let vocational = 0;
  for (const p of people) {
    const age = ageOf(p);
    const health = weighted(r, [['健康', monitored ? 70 : 86], ['长期慢性病', 9], ['患大病', monitored ? 12 : 2], ['残疾', 4]]);
    ill ||= health === '患大病' || health === '长期慢性病';
    disabled ||= health === '残疾';
    let school = '';
    if (age < 3) school = '学龄前儿童';
    else if (age < 6) school = '学前教育';
    else if (age < 12) school = chance(r, 0.2) ? `${['一', '二', '三', '四', '五', '六'][age - 6]}年级` : '小学';
    else if (age < 15) school = ['七年级', '八年级', '九年级'][age - 12]!;
    else if (age < 18 && chance(r, 0.8)) school = chance(r, 0.7) ? `普通高中${['一', '二', '三'][age - 15]}年级` : `中职${['一', '二', '三'][age - 15]}年级`;
    else if (age >= 18 && age < 22 && chance(r, 0.3)) school = chance(r, 0.5) ? `高职高专${['一', '二', '三', '三'][age - 18]}年级` : '本科';
    if (school && age >= 6) students++;
    if (school.startsWith('中职') || school.startsWith('高职')) vocational++;
    // 文化程度 is for members not in school (a student has 在校生状况 only); the young have finished compulsory schooling.
    const education = school
      ? ''
      : age >= 60
        ? weighted(r, [['文盲或半文盲', 40], ['小学', 45], ['初中', 15]])
        : age < 23
          ? weighted(r, age < 18 ? [['初中', 70], ['高中', 30]] : [['初中', 50], ['高中', 32], ['大专', 18]])
          : weighted(r, [['小学', 25], ['初中', 45], ['高中', 18], ['大专', 8], ['文盲或半文盲', 4]]);
    let labour: string;
    if (age < 16 || school) labour = '无劳动力';
    else if (health === '残疾') labour = '丧失劳动力';
    else if (health === '患大病') labour = '弱劳动力或半劳动力';
    else if (age >= 75) labour = chance(r, 0.5) ? '丧失劳动力' : '无劳动力';
    else if (age >= 60) labour = '弱劳动力或半劳动力';
    else labour = chance(r, 0.2) ? '技能劳动力' : '普通劳动力';
    const works = labour === '普通劳动力' || labour === '技能劳动力';
    const m = works ? int(r, 0, 12) : 0;
    const months = works ? (chance(r, 0.2) ? `${m}.0` : String(m)) : '';
    rows.push({ p, health, labour, months, school, education, change: ['', ''] });
  }
  // Member changes in the income period (2022-10-01..2023-09-30).
  if (chance(r, 0.03)) {
    const m = int(r, 1, 9);
    const d = int(r, 1, daysIn(2023, m));
    const male = chance(r, 0.5);
    const baby: Person = { name: surname + given(male), male, birth: { y: 2023, m, d }, relation: people.some((p) => p.relation === '之孙子' || p.relation === '之孙女') || headAge >= 50 ? (male ? '之孙子' : '之孙女') : male ? '之子' : '之女', region: COUNTY };
    rows.push({ p: baby, health: '健康', labour: '无劳动力', months: '', school: '学龄前儿童', education: '', change: ['新生儿', `${2023}-${pad(m, 2)}-${pad(d, 2)}`] });
  }
  const oldest = rows.reduce((a, b) => (ageOf(a.p) >= ageOf(b.p) ? a : b));
  if (rows.length > 1 && ageOf(oldest.p) >= 70 && oldest.p.relation !== '户主' && chance(r, 0.25)) {
    const m = int(r, 1, 9);
    oldest.change = ['死亡', `${2023}-${pad(m, 2)}-${pad(int(r, 1, daysIn(2023, m)), 2)}`];
  }
  const counted = rows.filter((x) => x.change[0] !== '死亡').length;
  const noLabour = rows.every((x) => x.labour === '无劳动力' || x.labour === '丧失劳动力');

  // Risks follow the members: 因病 with an ill member, 因残 with a disabled one, 因学 with a student.
  const fitting = [...(ill ? ['因病'] : []), ...(disabled ? ['因残'] : []), ...(students > 0 ? ['因学'] : []), ...(noLabour ? ['缺劳动力'] : [])];
  const risk1 = monitored ? (fitting.length > 0 && chance(r, 0.75) ? pick(r, fitting) : pick(r, OTHER_RISKS)) : '';
  const others = [...fitting, ...OTHER_RISKS].filter((x) => x !== risk1);
  const risk2 = monitored && chance(r, 0.3) ? pick(r, others) : '';
  const disasterType = risk1 === '因自然灾害' || risk2 === '因自然灾害' ? pick(r, ['洪涝灾害', '地质灾害', '旱灾', '气象灾害']) : '';

  // Income (yuan with fen), household level.
  const perCapitaTarget = monitored && !eliminated ? int(r, 3800, 7600) : eliminated ? int(r, 8000, 15000) : alleviated ? int(r, 8000, 20000) : int(r, 10000, 36000);
  const netTarget = perCapitaTarget * 100 * counted + int(r, 0, 99);
  const familyPlanning = chance(r, 0.15) ? int(r, 600, 1200) * 100 : 0;
  const dibaoFen = dibao ? counted * int(r, 250, 420) * 12 * 100 : 0;
  const tekunFen = tekun ? int(r, 5000, 7000) * 100 : 0;
  const pensioners = rows.filter((x) => ageOf(x.p) >= 60 && x.change[0] !== '死亡').length;
  const pensionFen = pensioners > 0 ? pensioners * int(r, 1300, 2400) * 100 + int(r, 0, 99) : 0;
  const ecoFen = chance(r, 0.5) ? int(r, 20000, 90000) : 0;
  const otherTransfer = chance(r, 0.2) ? int(r, 10000, 60000) : 0;
  const transfer = familyPlanning + dibaoFen + tekunFen + pensionFen + ecoFen + otherTransfer;
  const dividend = alleviated && chance(r, 0.6) ? int(r, 10000, 80000) : 0;
  const otherProperty = chance(r, 0.2) ? int(r, 5000, 150000) : 0;
  const property = dividend + otherProperty;
  const rest = Math.max(0, netTarget - transfer - property);
  const operatingNet = Math.floor(rest * (0.15 + r() * 0.35));
  const operatingExpense = Math.floor(operatingNet * (0.25 + r() * 0.4));
  const operating = operatingNet + operatingExpense;
  const wage = rest - operatingNet;
  const publicWelfare = monitored && wage > 720000 && chance(r, 0.3) ? int(r, 6000, 7200) * 100 : 0;
  const otherWage = wage - publicWelfare;
  const claims = monitored && ill && chance(r, 0.4) ? int(r, 100000, 600000) : 0;
  const outOfPocket = ill ? int(r, 50000, monitored ? 2500000 : 600000) : 0;
  const net = wage + operating + property + transfer - operatingExpense;
  const perCapita = Math.floor((net * 2 + counted) / (2 * counted)); // half-up to the fen

  // Measures (monitored households).
  // Measures follow the household: 就业帮扶 only where someone works, a developmental measure where someone can
  // work, 雨露计划 only for a 中职/高职 student (other students get 助学金), 危房改造 with an unsafe house.
  const working = rows.some((x) => x.change[0] !== '死亡' && Number(x.months || '0') > 0);
  const canWork = rows.some((x) => x.change[0] !== '死亡' && ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力'].includes(x.labour));
  const industryDraw = monitored && chance(r, 0.6);
  const employmentDraw = monitored && chance(r, 0.45);
  const employment = employmentDraw && working ? '技能培训,外出务工补贴' : '';
  const industry = monitored && (!eliminated || operating > 0) && (industryDraw || (canWork && !employment)) ? '产业奖补' : '';
  const healthAid = monitored && ill ? '参加城乡居民基本医疗保险个人缴费补贴' : '';
  const educationAid = monitored && students > 0 ? (vocational > 0 ? '雨露计划' : '助学金') : '';
  // 残疾人补贴 is paid as transfer income: an eliminated household recording it has some.
  const safetyNet = [dibao ? '低保' : '', tekun ? '特困供养' : '', disabled && monitored && (!eliminated || transfer > 0) ? '残疾人补贴' : ''].filter(Boolean).join(',');
  const housingUnsafe = monitored && !eliminated && chance(r, 0.05) ? '是' : '否';
  const housingAid = housingUnsafe === '是' ? '危房改造' : '';
  const mobile = () => `1${pick(r, ['3', '5', '7', '8', '9'])}${pad(int(r, 0, 999999999), 9)}`;
  const phone = mobile();
  const contact = monitored ? [pick(r, CADRES), mobile()] : ['', ''];
  // The "风险消除后…" block: income and guarantees recorded at elimination (here: this year's figures).
  const afterElimination = eliminated
    ? ['否', '否', '否', '否', yuan(wage), yuan(property), yuan(transfer), yuan(operating), yuan(operatingExpense), yuan(net), yuan(perCapita), yuan(claims), yuan(outOfPocket)]
    : new Array<string>(13).fill('');

  let transferText = yuan(transfer);
  let wageText = yuan(wage);
  if (errorKind === 18) transferText = yuan(transfer + 10000); // the items no longer sum to the total
  if (errorKind === 29) wageText = '12,34O.50'; // a letter O among the digits
  const wrapIds = chance(r, 0.3);
  // Members of 脱贫户 and monitored households are insured (A17, A18); some members of other households are not.
  const onForm = alleviated || monitored;

  return rows.map((x, k) => {
    const resident = idNumber(r, x.p);
    // A disabled member is recorded by the disability certificate: the ID, the category (1–7), the grade (1–4).
    const certificate = x.health === '残疾';
    let id = certificate ? `${resident}${int(r, 1, 7)}${int(r, 1, 4)}` : resident;
    if (errorKind === 7 && k === rows.length - 1) id = id.slice(0, 17) + (id[17] === '0' ? '1' : '0') + id.slice(18);
    if (errorKind === 63 && k === 0) id = `${resident[0]}.${resident.slice(1, 15)}E+17`;
    const idText = wrapIds && errorKind !== 63 ? `="${id}"` : id;
    const health = errorKind === 38 && k === 0 ? '患病' : x.health;
    const relation = errorKind === 46 && k === rows.length - 1 ? '' : x.p.relation;
    const b = x.p.birth;
    const dead = x.change[0] === '死亡';
    return [
      '云南省', '迪庆藏族自治州', '香格里拉市', town, village, group, `="${householdId}"`, `${householdId}${pad(k + 1, 2)}`,
      x.p.name, certificate ? '残疾人证' : '身份证', idText, x.p.male ? '男' : '女', `${pad(b.y, 4)}-${pad(b.m, 2)}-${pad(b.d, 2)}`, weighted(r, ETHNICITIES),
      relation, typeSpelling, category, identifiedText, eliminatedFlag, eliminatedText, method, risk1, risk2, disasterType,
      x.education, x.school, health, x.labour, x.months,
      dead ? '否' : chance(r, 0.98) || onForm ? '是' : '否', (chance(r, 0.97) || onForm) && !(errorKind === 54 && k === 0) ? '是' : '否', ageOf(x.p) >= 16 && !x.school ? (chance(r, 0.9) ? '是' : '否') : '否',
      dibao ? '农村低保' : '未享受', tekun ? '农村特困' : '不享受', x.p.relation === '户主' ? (chance(r, 0.2) ? `${phone}.0` : phone) : '',
      x.change[0], x.change[1],
      housingUnsafe, '否', '否',
      wageText, yuan(publicWelfare), yuan(otherWage), yuan(operating), yuan(property), yuan(dividend), yuan(otherProperty), transferText, yuan(familyPlanning), yuan(dibaoFen),
      yuan(tekunFen), yuan(pensionFen), yuan(ecoFen), yuan(otherTransfer), yuan(operatingExpense), yuan(claims), yuan(outOfPocket), yuan(net), yuan(perCapita),
      industry, employment, healthAid, educationAid, housingAid, safetyNet, noLabour ? '是' : '否', ...contact, ...afterElimination, identifiedText, eliminatedFlag,
    ];
  });
}

/**
 * Writes the export to a file, streaming (UTF-8 with BOM, or GBK).
 *
 * @example
 * await writeVillage({ households: 2_000_000, seed: 1 }, 'bench/village-2m.csv');
 */
export async function writeVillage(options: VillageOptions, path: string, encoding: 'utf-8' | 'gbk' = 'utf-8'): Promise<void> {
  const out = createWriteStream(path);
  let buffer = '';
  const flush = async () => {
    const ok = out.write(encoding === 'gbk' ? iconv.encode(buffer, 'gb18030') : buffer);
    buffer = '';
    if (!ok) await once(out, 'drain');
  };
  for (const line of villageLines(options, encoding === 'utf-8')) {
    buffer += line;
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
  out.end();
  await finished(out);
}

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const households = Number(arg(argv, 'households') ?? 120);
  const seed = Number(arg(argv, 'seed') ?? 2023);
  const out = arg(argv, 'out');
  const encoding = arg(argv, 'encoding') === 'gbk' ? 'gbk' : 'utf-8';
  const rejected = arg(argv, 'rejected-percent');
  const rejectedPercent = rejected === undefined ? undefined : Number(rejected);
  const columns = arg(argv, 'columns') ?? 'full';
  if (!out || (columns !== 'full' && columns !== 'narrow') || !Number.isInteger(households) || households < 0 || !Number.isInteger(seed) || (rejectedPercent !== undefined && !(Number.isInteger(rejectedPercent) && rejectedPercent >= 0 && rejectedPercent <= 96))) {
    console.error('usage: tsx examples/make-village.ts --households N --seed S --out path [--encoding gbk] [--rejected-percent 0-96] [--columns full|narrow]');
    process.exitCode = 2;
    return;
  }
  await writeVillage({ households, seed, columns, ...(rejectedPercent !== undefined ? { rejectedPercent } : {}) }, out, encoding);
  console.error(`wrote ${households} households to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
