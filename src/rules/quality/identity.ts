/**
 * 证件号码与家庭关系 — identity checks: the A7 ID number of every member (GB 11643-1999, the
 * 20/22-character disability certificate), its agreement with the member's sex, birth date and
 * disability facts, duplicates within the household, the head of household and relation vs sex.
 *
 * 临稷办发〔2023〕76号 附件1 二: "A7 居民身份 证（残疾人 证） 号码" … "A8 与户主 关系"; 1 "户主".
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * Every member listed is checked, including members who died or left (their rows stay on record).
 * ID numbers in messages and values are masked.
 *
 * @module
 */
import type { IdNumberInfo } from '../../model/id-number.js';
import { maskIdNumber } from '../../explain/mask.js';
import { disabilityCategory, disabilityGrade, isDisabled, severelyDisabled } from '../../facts/disability.js';
import { RELATIONS } from '../../model/labels.js';
import type { QuotedCitation } from '../../explain/finding.js';
import { county, memberCheck, memberPass, NONE, qualityCheck, step, type QualityExplained, type QualityRun, type QualityStep } from './run.js';

const S000 = '临稷办发〔2023〕76号';
const A7: QuotedCitation = { doc: S000, clause: '附件1 二 A7', quote: 'A7 居民身份 证（残疾人 证） 号码' };
const A8: QuotedCitation = { doc: S000, clause: '附件1 二 A8', quote: 'A8 与户主 关系' };
const ACCOUNTS: QuotedCitation = { doc: S000, clause: '三(二)', quote: '持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。' };
const GB = (clause: string): QuotedCitation => ({ doc: 'GB 11643-1999', clause });

const DISABILITY_CATEGORIES: Record<number, { zh: string; en: string }> = {
  1: { zh: '视力', en: 'visual' },
  2: { zh: '听力', en: 'hearing' },
  3: { zh: '言语', en: 'speech' },
  4: { zh: '肢体', en: 'physical' },
  5: { zh: '智力', en: 'intellectual' },
  6: { zh: '精神', en: 'mental' },
  7: { zh: '多重', en: 'multiple' },
};

const path = (i: number, field: string) => `members[${i}].${field}`;
const masked = (q: QualityRun, i: number) => maskIdNumber(q.members[i]!.idNumber!.trim());

const SEX_ZH = { male: '男', female: '女' } as const;

/** How many other members a duplicate finding names; the rest are counted (issue 12: bounded whatever the household). */
const DUPLICATES_NAMED = 5;

/** A number too short or too long for any kind, or the placeholder: nothing else in it is read. */
const unreadableLength = (info: IdNumberInfo) => info.problems.includes('placeholder') || info.problems.includes('length');

/** The parsed ID number when it can be read further: recorded, of a possible length, not the placeholder, its characters usable. */
function readable(q: QualityRun, i: number): IdNumberInfo | null {
  const info = q.id(i);
  if (info === null || unreadableLength(info) || (info.problems.includes('characters') && info.normalized === undefined)) return null;
  return info;
}

/**
 * The member precondition of the checks that read what is wrong with an ID number or what kind it is
 * beyond an 18-digit resident ID: a number is recorded, and it is not a valid 18-digit resident ID
 * (it has a problem, or it is a 15-digit number or a disability certificate). Each of those checks
 * finds something only there (test/rules/quality/preconditions.test.ts holds it), so on a valid
 * 18-digit number they are not run.
 *
 * @example
 * irregularIdNumber(q, 0) // false for a member whose ID number is a valid 18-digit resident ID
 */
export function irregularIdNumber(q: QualityRun, i: number): boolean {
  const info = q.id(i);
  return info !== null && (!info.valid || info.kind !== 'resident-id-18');
}

/** The problems of a disability certificate, as its message lists them. */
const CERTIFICATE_PROBLEMS = [
  ['checksum', '前18位校验码错误', 'the first 18 characters fail the check'],
  ['disability-category', '第19位残疾类别不在1–7', 'the 19th character (category) is not 1–7'],
  ['disability-grade', '第20位残疾等级不在1–4', 'the 20th character (grade) is not 1–4'],
] as const;

const headCount = (q: QualityRun) => {
  let heads = 0;
  for (const m of q.members) if (m.relation === 'head') heads++;
  return heads;
};

/** 4_01_003 — a member without an ID number. */
export const idMissing = memberCheck({
  id: 'quality.identity.missing',
  layer: 'quality',
  severity: 'completeness',
  nationalCodes: ['4_01_003'],
  title: { zh: '证件号码为空', en: 'ID number missing' },
  citations: [A7, county('4_01_003', '脱贫人口无身份证号（含前6位6个9）')],
  description: { zh: '家庭成员未填写居民身份证（残疾人证）号码。', en: 'A member has no resident ID (or disability-certificate) number.' },
  parameters: [],
  facts: ['members[].idNumber'],
  testMember: (q, i) => (q.id(i) === null ? [{ row: i }] : NONE),
  explain: (q, { row }) => ({ path: path(row, 'idNumber'), message: { zh: `${q.who(row).zh}未填写证件号码`, en: `${q.who(row).en} has no ID number` } }),
});

/** 4_01_003 — the placeholder 999999…; the rest of the number is not read. */
export const idPlaceholder = memberCheck({
  id: 'quality.identity.placeholder',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['4_01_003'],
  title: { zh: '证件号码为占位号（前6位为999999）', en: 'placeholder ID number (999999…)' },
  citations: [A7, county('4_01_003', '脱贫人口无身份证号（含前6位6个9）')],
  description: {
    zh: '证件号码以999999开头：全国系统以此表示“无证件号码”，应补录真实号码。',
    en: 'The ID number begins with 999999, which the national system uses for "no ID number": the real number must be entered.',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => (q.id(i)?.problems.includes('placeholder') ? [{ row: i }] : NONE),
  explain: (q, { row }) => {
    const id = masked(q, row);
    const who = q.who(row);
    return { path: path(row, 'idNumber'), message: { zh: `${who.zh}的证件号码 ${id} 为占位号（前6位为999999），应补录真实号码`, en: `${who.en} has the placeholder ID ${id} (begins 999999); enter the real number` }, values: { idNumber: id } };
  },
});

/** 1_01_002 / 1_12_002 — a length that is no kind of ID number; the rest of the number is not read. */
export const idLength = memberCheck({
  id: 'quality.identity.length',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1_01_002', '1_12_002'],
  title: { zh: '证件号码位数异常', en: 'ID number of a wrong length' },
  citations: [
    A7,
    GB('号码结构'),
    county('1_01_002', '脱贫人口证件号码位数异常（非18、20、22位）'),
    county('1_12_002', '防止返贫监测对象人口证件号码位数异常（非18、20、22位）'),
  ],
  description: {
    zh: '证件号码不是15位（一代身份证）、18位（居民身份证）、20位或22位（残疾人证）。15位号码另有升级提示。',
    en: 'The ID number is not 15 (first-generation card), 18 (resident ID), 20 or 22 characters (disability certificate). A 15-digit number gets a separate note to upgrade it.',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => {
    const info = q.id(i);
    return info !== null && info.problems.includes('length') && !info.problems.includes('placeholder') ? [{ row: i, length: q.members[i]!.idNumber!.trim().length }] : NONE;
  },
  explain: (q, { row, length }) => {
    const id = masked(q, row);
    const who = q.who(row);
    return {
      path: path(row, 'idNumber'),
      message: { zh: `${who.zh}的证件号码 ${id} 为 ${length} 位，应为15、18、20或22位`, en: `${who.en} has an ID number of ${length} characters (${id}); expected 15, 18, 20 or 22` },
      values: { idNumber: id, length },
    };
  },
});

/**
 * GB 11643 号码结构 — white space around the number (reported first, whatever else is wrong), and
 * invalid characters in a number of a possible length.
 */
export const idCharacters = memberCheck({
  id: 'quality.identity.characters',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '证件号码含非法字符', en: 'ID number with invalid characters' },
  citations: [A7, GB('号码结构')],
  description: {
    zh: '证件号码前17位应为数字，第18位为数字或X（小写x亦可）；15位号码应全为数字。',
    en: 'The first 17 characters must be digits and the 18th a digit or X (lower-case x accepted); a 15-digit number is all digits.',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i): readonly { row: number; whitespace: boolean }[] => {
    const info = q.id(i);
    if (info === null) return NONE;
    const whitespace = info.problems.includes('whitespace');
    const invalid = info.problems.includes('characters') && !unreadableLength(info);
    if (whitespace && invalid) return [{ row: i, whitespace: true }, { row: i, whitespace: false }];
    return whitespace ? [{ row: i, whitespace: true }] : invalid ? [{ row: i, whitespace: false }] : NONE;
  },
  explain: (q, { row, whitespace }): QualityExplained => {
    const id = masked(q, row);
    const who = q.who(row);
    return whitespace
      ? { path: path(row, 'idNumber'), message: { zh: `${who.zh}的证件号码 ${id} 前后有空白字符`, en: `${who.en} has white space before or after the ID number (${id})` }, values: { idNumber: id, whitespace: true } }
      : { path: path(row, 'idNumber'), message: { zh: `${who.zh}的证件号码 ${id} 含非法字符`, en: `${who.en} has an ID number with invalid characters (${id})` }, values: { idNumber: id } };
  },
});

/** 1_01_003 / 1_12_003 GB 11643 校验码 — the check character of an 18-character resident ID. */
export const idChecksum = memberCheck({
  id: 'quality.identity.checksum',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1_01_003', '1_12_003'],
  title: { zh: '身份证号码不符合校验规则', en: 'ID number fails its check character' },
  citations: [
    A7,
    GB('校验码'),
    county('1_01_003', '脱贫户家庭成员身份证号码不符合校验规则（特指18位证件号码）'),
    county('1_12_003', '防止返贫监测对象人口身份证号不符合校验规则（特指18位证件号码）'),
  ],
  description: {
    zh: '18位身份证号码的校验码（第18位）与前17位按 GB 11643-1999 计算的结果不符（ISO 7064 MOD 11-2）。',
    en: 'The check character (18th) of an 18-character ID does not match the one GB 11643-1999 computes from the first 17 digits (ISO 7064 MOD 11-2).',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => {
    const info = readable(q, i);
    return info !== null && info.kind === 'resident-id-18' && info.problems.includes('checksum') ? [{ row: i }] : NONE;
  },
  explain: (q, { row }) => {
    const id = masked(q, row);
    const who = q.who(row);
    return { path: path(row, 'idNumber'), message: { zh: `${who.zh}的身份证号码 ${id} 校验码错误`, en: `${who.en} has an ID number whose check character is wrong (${id})` }, values: { idNumber: id } };
  },
});

/** 1_01_004 / 1_12_004 — a disability certificate: the ID part, the category digit, the grade digit. */
export const idDisabilityCertificate = memberCheck({
  id: 'quality.identity.disability-certificate',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1_01_004', '1_12_004'],
  title: { zh: '残疾人证号不符合校验规则', en: 'invalid disability-certificate number' },
  citations: [
    A7,
    GB('校验码'),
    county('1_01_004', '脱贫户家庭成员残疾人证不符合校验规则'),
    county('1_12_004', '防止返贫监测对象人口残疾人证不符合校验规则'),
  ],
  description: {
    zh: '20位或22位残疾人证号：前18位身份证号码校验不通过，或第19位残疾类别不在1–7，或第20位残疾等级不在1–4。',
    en: 'A 20- or 22-character disability certificate whose first 18 characters fail the ID check, or whose 19th character (category) is not 1–7, or whose 20th (grade) is not 1–4.',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => {
    const info = readable(q, i);
    if (info === null || info.kind !== 'disability-certificate') return NONE;
    const bad = CERTIFICATE_PROBLEMS.filter(([problem]) => info.problems.includes(problem));
    return bad.length > 0 ? [{ row: i, bad }] : NONE;
  },
  explain: (q, { row, bad }) => {
    const id = masked(q, row);
    const who = q.who(row);
    return {
      path: path(row, 'idNumber'),
      message: { zh: `${who.zh}的残疾人证号 ${id}：${bad.map(([, zh]) => zh).join('；')}`, en: `${who.en} has a disability certificate ${id} where ${bad.map(([, , en]) => en).join('; ')}` },
      values: { idNumber: id, problems: bad.map(([, zh]) => zh) },
    };
  },
});

/** GB 11643 地址码 — the province code. */
export const idRegion = memberCheck({
  id: 'quality.identity.region',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '证件号码省级代码不存在', en: 'unknown province code in the ID number' },
  citations: [A7, GB('地址码')],
  description: { zh: '证件号码前两位不是我国的省级行政区划代码。', en: 'The first two digits of the ID number are not a Chinese province code.' },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => (readable(q, i)?.problems.includes('region') ? [{ row: i }] : NONE),
  explain: (q, { row }) => {
    const id = masked(q, row);
    const who = q.who(row);
    return { path: path(row, 'idNumber'), message: { zh: `${who.zh}的证件号码 ${id} 前两位不是省级行政区划代码`, en: `${who.en} has an ID number whose first two digits are not a province code (${id})` }, values: { idNumber: id } };
  },
});

/** GB 11643 出生日期码 — a real date, not before 1880, not after the as-of date. */
export const idBirthDate = memberCheck({
  id: 'quality.identity.birth-date',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '证件号码出生日期错误', en: 'impossible birth date in the ID number' },
  citations: [A7, GB('出生日期码')],
  description: {
    zh: '证件号码中的出生日期不是实际存在的日期、早于1880年，或晚于评估时点。',
    en: 'The birth date in the ID number is not a real date, is before 1880, or is after the as-of date.',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => {
    const info = readable(q, i);
    if (info === null || !info.problems.includes('birth-date')) return NONE;
    const s = info.normalized!;
    return [{ row: i, birth: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}` }];
  },
  explain: (q, { row, birth }) => {
    const id = masked(q, row);
    const who = q.who(row);
    const on = q.referenceDate;
    return {
      path: path(row, 'idNumber'),
      message: {
        zh: `${who.zh}的证件号码 ${id} 中的出生日期 ${birth} 不存在、早于1880年或晚于评估时点${on ? ` ${on}` : ''}`,
        en: `${who.en} has an ID number (${id}) whose birth date ${birth} is not a real date, is before 1880 or after the as-of date${on ? ` ${on}` : ''}`,
      },
      values: { idNumber: id, birthDate: birth, asOf: on },
    };
  },
});

/** C 证件号码异常 — a first-generation 15-digit number, with its 18-digit upgrade. */
export const idFifteenDigit = memberCheck({
  id: 'quality.identity.fifteen-digit',
  layer: 'quality',
  severity: 'info',
  nationalCodes: [],
  title: { zh: '15位证件号码需要升级为18位', en: '15-digit ID number to be upgraded to 18' },
  citations: [A7, GB('号码结构'), county('C 证件号码异常', '15位证件号码需要升级为18位')],
  description: {
    zh: '一代身份证的15位号码应升级为18位（出生年份补“19”并计算校验码）；升级后的号码用于查重。',
    en: 'A first-generation 15-digit number should be upgraded to 18 (birth year prefixed with "19", check character computed); the upgraded number is used to find duplicates.',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => {
    const info = readable(q, i);
    return info !== null && info.kind === 'resident-id-15' && info.normalized !== undefined ? [{ row: i, upgraded: maskIdNumber(info.normalized) }] : NONE;
  },
  explain: (q, { row, upgraded }) => {
    const id = masked(q, row);
    const who = q.who(row);
    return {
      path: path(row, 'idNumber'),
      message: { zh: `${who.zh}的证件号码 ${id} 为15位一代身份证号码，应升级为18位（${upgraded}）`, en: `${who.en} has a 15-digit first-generation ID number (${id}); upgrade it to 18 digits (${upgraded})` },
      values: { idNumber: id, upgraded },
    };
  },
});

/** GB 11643 顺序码 — the sex the ID number states against A6. */
export const idSex = memberCheck({
  id: 'quality.identity.sex',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '性别与证件号码不符', en: 'sex does not match the ID number' },
  citations: [A7, { doc: S000, clause: '附件1 二 A6', quote: 'A6 性别' }, GB('顺序码')],
  description: {
    zh: '证件号码第17位（顺序码末位）奇数为男、偶数为女，与A6性别不一致。',
    en: 'The 17th digit of the ID number (last digit of the sequence code) is odd for a man and even for a woman; it disagrees with A6 sex.',
  },
  parameters: [],
  facts: ['members[].idNumber', 'members[].sex'],
  testMember: (q, i) => {
    const info = q.id(i);
    if (info === null || info.sex === undefined || info.problems.includes('placeholder') || info.sex === q.members[i]!.sex) return NONE;
    return [{ row: i, fromId: info.sex }];
  },
  explain: (q, { row, fromId }) => {
    const m = q.members[row]!;
    const id = masked(q, row);
    return {
      path: path(row, 'sex'),
      message: { zh: `${q.who(row).zh}性别为${SEX_ZH[m.sex]}，证件号码 ${id} 表示${SEX_ZH[fromId]}`, en: `${q.who(row).en} is recorded as ${m.sex}, but the ID number ${id} says ${fromId}` },
      values: { sex: m.sex, sexFromIdNumber: fromId, idNumber: id },
    };
  },
});

/** GB 11643 出生日期码 — the recorded birth date against the one in the ID number. */
export const idBirthDateMismatch = memberCheck({
  id: 'quality.identity.birth-date-mismatch',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '出生日期与证件号码不符', en: 'birth date does not match the ID number' },
  citations: [A7, GB('出生日期码')],
  description: {
    zh: '成员记录的出生日期与证件号码中的出生日期不一致（年龄按记录的出生日期计算）。',
    en: "The member's recorded birth date differs from the one in the ID number (ages use the recorded birth date).",
  },
  parameters: [],
  facts: ['members[].idNumber', 'members[].birthDate'],
  testMember: (q, i) => {
    const recorded = q.members[i]!.birthDate;
    if (recorded === undefined) return NONE;
    const info = q.id(i);
    return info === null || info.birthDate === undefined || info.birthDate === recorded ? NONE : [{ row: i, recorded, fromId: info.birthDate }];
  },
  explain: (q, { row, recorded, fromId }) => {
    const id = masked(q, row);
    return {
      path: path(row, 'birthDate'),
      message: { zh: `${q.who(row).zh}出生日期 ${recorded} 与证件号码 ${id} 中的 ${fromId} 不一致`, en: `${q.who(row).en} has birth date ${recorded} but the ID number ${id} says ${fromId}` },
      values: { birthDate: recorded, birthDateFromIdNumber: fromId, idNumber: id },
    };
  },
});

/** S000 附件1 A7 — the certificate's category and grade digits against the recorded category and grade. */
export const idDisabilityMismatch = memberCheck({
  id: 'quality.identity.disability-mismatch',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: [],
  title: { zh: '残疾类别或等级与残疾人证号不符', en: 'disability category or grade differs from the certificate' },
  citations: [A7],
  description: {
    zh: '残疾人证号第19位（类别）或第20位（等级）与成员记录的残疾类别、残疾等级不一致。',
    en: "The certificate's 19th character (category) or 20th (grade) differs from the member's recorded disability category or grade.",
  },
  parameters: [],
  facts: ['members[].idNumber', 'members[].disabilityCategory', 'members[].disabilityGrade'],
  whenMember: irregularIdNumber,
  testMember: (q, i) => {
    const info = q.id(i);
    if (info === null || info.kind !== 'disability-certificate') return NONE;
    const m = q.members[i]!;
    const categoryDiffers = info.disabilityCategory !== undefined && m.disabilityCategory !== undefined && info.disabilityCategory !== m.disabilityCategory;
    const gradeDiffers = info.disabilityGrade !== undefined && m.disabilityGrade !== undefined && info.disabilityGrade !== m.disabilityGrade;
    return categoryDiffers || gradeDiffers ? [{ row: i, info, categoryDiffers, gradeDiffers }] : NONE;
  },
  explain: (q, { row, info, categoryDiffers, gradeDiffers }) => {
    const m = q.members[row]!;
    const id = masked(q, row);
    const parts: string[] = [];
    const partsEn: string[] = [];
    if (categoryDiffers) {
      parts.push(`残疾类别记为${m.disabilityCategory}（${DISABILITY_CATEGORIES[m.disabilityCategory!]!.zh}），证号为${info.disabilityCategory}（${DISABILITY_CATEGORIES[info.disabilityCategory!]!.zh}）`);
      partsEn.push(`category recorded ${m.disabilityCategory} (${DISABILITY_CATEGORIES[m.disabilityCategory!]!.en}), certificate ${info.disabilityCategory} (${DISABILITY_CATEGORIES[info.disabilityCategory!]!.en})`);
    }
    if (gradeDiffers) {
      parts.push(`残疾等级记为${m.disabilityGrade}级，证号为${info.disabilityGrade}级`);
      partsEn.push(`grade recorded ${m.disabilityGrade}, certificate ${info.disabilityGrade}`);
    }
    return {
      path: path(row, categoryDiffers ? 'disabilityCategory' : 'disabilityGrade'),
      message: { zh: `${q.who(row).zh}的残疾人证号 ${id} 与记录不符：${parts.join('；')}`, en: `${q.who(row).en}: the disability certificate ${id} disagrees with the record: ${partsEn.join('; ')}` },
      values: {
        idNumber: id,
        disabilityCategory: m.disabilityCategory ?? null,
        categoryFromCertificate: info.disabilityCategory ?? null,
        disabilityGrade: m.disabilityGrade ?? null,
        gradeFromCertificate: info.disabilityGrade ?? null,
      },
    };
  },
});

/** 4_01_002 / 4_12_003 — health 残疾 without a disability-certificate number. */
export const idDisabledWithoutCertificate = memberCheck({
  id: 'quality.identity.disabled-without-certificate',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_01_002', '4_12_003'],
  title: { zh: '健康状况为残疾但无残疾人证', en: 'disabled but no disability certificate' },
  citations: [A7, county('4_01_002', '健康状况为残疾但证件类型不是残疾人证'), county('4_12_003', '监测对象人口健康状况为残疾但无残疾人证')],
  description: {
    zh: '健康状况为残疾，但A7不是20位或22位残疾人证号，证件类型也不是残疾人证。',
    en: 'Health is "disabled" but A7 is not a 20- or 22-character disability-certificate number and the ID type is not a disability certificate.',
  },
  parameters: [],
  facts: ['members[].health', 'members[].idNumber', 'members[].idType'],
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.health !== 'disabled' || m.idType === 'disability-certificate') return NONE;
    const info = q.id(i);
    return info === null || info.kind === 'disability-certificate' || info.problems.includes('length') ? NONE : [{ row: i }];
  },
  explain: (q, { row }) => {
    const m = q.members[row]!;
    return {
      path: path(row, 'idNumber'),
      message: { zh: `${q.who(row).zh}健康状况为残疾，但证件号码不是残疾人证号`, en: `${q.who(row).en} is recorded as disabled, but the ID number is not a disability-certificate number` },
      values: { health: m.health!, idType: m.idType ?? null },
    };
  },
});

/**
 * 4_01_007 / 4_01_008 — a severe (grade 1–2) disability of a listed category with full labour. The
 * grade and category are read as every layer reads them (src/facts/disability.ts): recorded, else
 * from the certificate.
 */
export const severeDisabilityLabour = memberCheck({
  id: 'quality.identity.severe-disability-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['4_01_007', '4_01_008'],
  title: { zh: '重度残疾人员劳动技能为普通或技能劳动力', en: 'severely disabled member with full labour capacity' },
  citations: [
    A7,
    county('4_01_007', '一、二级（重度）肢体残疾人员劳动技能为普通劳动力'),
    county('4_01_008', '一、二级（重度）肢体残疾监测对象家庭成员有普通劳动能力'),
  ],
  description: {
    zh: '残疾等级为一、二级（重度，取自残疾人证号或残疾等级），残疾类别在配置列出的类别中（默认肢体），而劳动技能为普通劳动力或技能劳动力。类别未知时不判断。',
    en: 'A grade 1 or 2 (severe) disability — from the certificate or the recorded grade — of a category the profile lists (physical by default), with ordinary or skilled labour. Not judged when the category is unknown.',
  },
  parameters: ['qualitySevereDisabilityLabourCategories'],
  facts: ['members[].idNumber', 'members[].disabilityCategory', 'members[].disabilityGrade', 'members[].labour'],
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (m.labour !== 'ordinary' && m.labour !== 'skilled') return NONE;
    const grade = disabilityGrade(m);
    const category = disabilityCategory(m);
    if (grade === undefined || grade > 2 || category === undefined) return NONE;
    return q.param('qualitySevereDisabilityLabourCategories').value.includes(category) ? [{ row: i, grade, category, labour: m.labour }] : NONE;
  },
  explain: (q, { row, grade, category, labour }) => {
    const cat = DISABILITY_CATEGORIES[category]!;
    const l = labour === 'ordinary' ? { zh: '普通劳动力', en: 'ordinary' } : { zh: '技能劳动力', en: 'skilled' };
    return {
      path: path(row, 'labour'),
      message: {
        zh: `${q.who(row).zh}为${grade === 1 ? '一' : '二'}级（重度）${cat.zh}残疾，劳动技能却为${l.zh}`,
        en: `${q.who(row).en} has a grade ${grade} (severe) ${cat.en} disability but ${l.en} labour capacity`,
      },
      values: { disabilityGrade: grade, disabilityCategory: category, fromCertificate: q.id(row)?.kind === 'disability-certificate', labour },
      applied: [q.param('qualitySevereDisabilityLabourCategories').citation],
    };
  },
});

/** Up to this many members, whether two share an ID number is found pair by pair (no allocation). */
const PAIRWISE_MEMBERS = 16;

/** The key duplicates are grouped by: the normalized number, or `undefined` when it takes no part (none, unreadable, placeholder). */
function duplicateKey(q: QualityRun, i: number): string | undefined {
  const info = q.id(i);
  return info === null || info.normalized === undefined || info.problems.includes('placeholder') ? undefined : info.normalized;
}

/** Two of the first `n` members share a key (pair by pair, each member's key read once). */
function sharesKey(q: QualityRun, n: number): boolean {
  const keys: (string | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const key = duplicateKey(q, i);
    if (key !== undefined) for (let k = 0; k < i; k++) if (keys[k] === key) return true;
    keys.push(key);
  }
  return false;
}

/**
 * 1_01_001 / 1_12_001 — one ID number on two members: members grouped by normalized ID, in the order
 * of each group's first member, members in row order (one pass, whatever the household size); each
 * member names the first few others, then a count (issue 12: a finding's size is bounded).
 */
export const duplicateInHousehold = qualityCheck({
  id: 'quality.identity.duplicate-in-household',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1_01_001', '1_12_001'],
  title: { zh: '户内证件号码重复', en: 'duplicate ID number within the household' },
  citations: [A7, ACCOUNTS, county('1_01_001', '省内脱贫人口证件号码重复'), county('1_12_001', '省内防止返贫监测对象人口证件号码重复')],
  description: {
    zh: '同一户内两名及以上成员的证件号码相同（15位号码升级后比较，残疾人证取前18位，大小写x视为相同）。每名涉及的成员各报一条，列出前5名重复成员及总数。',
    en: 'Two or more members of the household share an ID number (15-digit numbers compared after upgrading, certificates by their first 18 characters, x and X alike). Each member involved is reported, with the first five others and how many there are.',
  },
  parameters: [],
  facts: ['members[].idNumber'],
  test: (q) => {
    const n = q.members.length;
    if (n < 2) return NONE;
    if (n <= PAIRWISE_MEMBERS && !sharesKey(q, n)) return NONE; // the common case, without building the groups
    const groups = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = duplicateKey(q, i);
      if (key === undefined) continue;
      const rows = groups.get(key);
      if (rows) rows.push(i);
      else groups.set(key, [i]);
    }
    let out: { row: number; named: number[]; count: number }[] | undefined;
    for (const rows of groups.values()) {
      if (rows.length < 2) continue;
      for (const i of rows) {
        const named: number[] = [];
        for (let k = 0; k < rows.length && named.length < DUPLICATES_NAMED; k++) if (rows[k] !== i) named.push(rows[k]!);
        (out ??= []).push({ row: i, named, count: rows.length - 1 });
      }
    }
    return out ?? NONE;
  },
  explain: (q, { row, named, count }) => {
    const list = named.map((r) => r + 1);
    const id = masked(q, row);
    const more = count > named.length;
    return {
      path: path(row, 'idNumber'),
      message: {
        zh: more ? `${q.who(row).zh}的证件号码 ${id} 与第${list.join('、')}行等 ${count} 名成员重复` : `${q.who(row).zh}的证件号码 ${id} 与第${list.join('、')}行成员重复`,
        en: more ? `${q.who(row).en} shares the ID number ${id} with ${count} other members (${list.join(', ')}, …)` : `${q.who(row).en} shares the ID number ${id} with member${count > 1 ? 's' : ''} ${list.join(', ')}`,
      },
      values: { idNumber: id, duplicates: named.map((r) => `members[${r}]`), count },
    };
  },
});

/** 3_02_012 / 3_11_001 — no 户主. */
export const noHead = qualityCheck({
  id: 'quality.identity.no-head',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['3_02_012', '3_11_001'],
  title: { zh: '户内无户主', en: 'no head of household' },
  citations: [A8, county('3_02_012', '脱贫户无户主'), county('3_11_001', '监测对象户无户主')],
  description: { zh: '没有与户主关系为“户主”的成员。', en: 'No member has the relation "head of household".' },
  parameters: [],
  facts: ['members[].relation'],
  test: (q) => (headCount(q) === 0 ? [{ heads: 0 }] : NONE),
  explain: () => ({ path: 'members', message: { zh: '户内没有与户主关系为“户主”的成员', en: 'no member is recorded as the head of household' }, values: { heads: 0 } }),
});

/** 3_02_011 / 3_11_002 — two or more 户主, each reported. */
export const multipleHeads = qualityCheck({
  id: 'quality.identity.multiple-heads',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['3_02_011', '3_11_002'],
  title: { zh: '户内存在多个户主', en: 'more than one head of household' },
  citations: [A8, county('3_02_011', '户内存在多个户主'), county('3_11_002', '监测对象户存在多个户主')],
  description: { zh: '两名及以上成员的与户主关系为“户主”；每名户主各报一条。', en: 'Two or more members have the relation "head of household"; each is reported.' },
  parameters: [],
  facts: ['members[].relation'],
  test: (q) => {
    const heads = headCount(q);
    if (heads < 2) return NONE;
    const out: { row: number; heads: number }[] = [];
    for (let i = 0; i < q.members.length; i++) if (q.members[i]!.relation === 'head') out.push({ row: i, heads });
    return out;
  },
  explain: (q, { row, heads }) => ({ path: path(row, 'relation'), message: { zh: `${q.who(row).zh}是户内${heads}名户主之一`, en: `${q.who(row).en} is one of ${heads} heads of household` }, values: { heads } }),
});

/** 2_01_004 / 2_12_008 — a relation that implies a sex (之子, 之母 …) against A6. */
export const relationSex = memberCheck({
  id: 'quality.identity.relation-sex',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['2_01_004', '2_12_008'],
  title: { zh: '与户主关系与性别不符', en: 'relation to the head does not match sex' },
  citations: [
    A8,
    county('2_01_004', '脱贫人口与户主关系与性别指标值逻辑错误'),
    county('2_12_008', '监测对象家庭成员与户主关系与性别指标值逻辑关系错误'),
  ],
  description: {
    zh: '与户主关系隐含性别（如之子、之父为男，之女、之母为女），而成员性别与之相反。户主、配偶、之兄弟姐妹、其他不隐含性别。',
    en: 'The relation implies a sex (son, father: male; daughter, mother: female) and the member is of the other. Head, spouse, sibling and other imply none.',
  },
  parameters: [],
  facts: ['members[].relation', 'members[].sex'],
  testMember: (q, i) => {
    const m = q.members[i]!;
    const implied = (RELATIONS[m.relation] as { sex?: 'male' | 'female' }).sex;
    return implied === undefined || implied === m.sex ? NONE : [{ row: i, implied }];
  },
  explain: (q, { row, implied }) => {
    const m = q.members[row]!;
    const rel = RELATIONS[m.relation];
    return {
      path: path(row, 'relation'),
      message: { zh: `${q.who(row).zh}与户主关系为“${rel.zh}”，性别却为${SEX_ZH[m.sex]}`, en: `${q.who(row).en} is recorded as the head's ${rel.en} but as ${m.sex}` },
      values: { relation: m.relation, sex: m.sex, impliedSex: implied },
    };
  },
});

/** 2_02_001 / 2_11_003 — a 配偶 of the head's sex (of any head's, when there are several). */
export const headSpouseSameSex = qualityCheck({
  id: 'quality.identity.head-spouse-same-sex',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['2_02_001', '2_11_003'],
  title: { zh: '户主与配偶同性别', en: 'head and spouse of the same sex' },
  citations: [A8, county('2_02_001', '脱贫户户主与配偶同性别'), county('2_11_003', '监测对象户主与配偶同性别')],
  description: { zh: '与户主关系为“配偶”的成员与户主性别相同。', en: 'A member recorded as the spouse is of the same sex as the head.' },
  parameters: [],
  facts: ['members[].relation', 'members[].sex'],
  test: (q) => {
    let headMale = false;
    let headFemale = false;
    for (const m of q.members) {
      if (m.relation !== 'head') continue;
      if (m.sex === 'male') headMale = true;
      else headFemale = true;
    }
    if (!headMale && !headFemale) return NONE;
    let out: { row: number }[] | undefined;
    for (let i = 0; i < q.members.length; i++) {
      const m = q.members[i]!;
      if (m.relation !== 'spouse') continue;
      if ((m.sex === 'male' && !headMale) || (m.sex === 'female' && !headFemale)) continue;
      (out ??= []).push({ row: i });
    }
    return out ?? NONE;
  },
  explain: (q, { row }) => {
    const sex = q.members[row]!.sex;
    return { path: path(row, 'sex'), message: { zh: `${q.who(row).zh}为户主配偶，与户主同为${SEX_ZH[sex]}性`, en: `${q.who(row).en} is the head's spouse and of the same sex (${sex})` }, values: { sex } };
  },
});

/** The identity checks, in report order. */
export const identityChecks: readonly QualityStep[] = [
  // One pass over the members reports each ID number's structural problems together: white space
  // first, then what makes the number unreadable, then what is wrong with a readable one.
  memberPass(
    [idMissing, idPlaceholder, idLength, idCharacters, idChecksum, idDisabilityCertificate, idRegion, idBirthDate, idFifteenDigit],
    [idMissing, idCharacters, idPlaceholder, idLength, idChecksum, idDisabilityCertificate, idRegion, idBirthDate, idFifteenDigit],
  ),
  step(idSex),
  step(idBirthDateMismatch),
  step(idDisabilityMismatch),
  step(idDisabledWithoutCertificate),
  step(severeDisabilityLabour),
  step(duplicateInHousehold),
  step(noHead),
  step(multipleHeads),
  step(relationSex),
  step(headSpouseSameSex),
];

/** Transitional (until the consistency checks are converted): a disability on record (src/facts/disability.ts). */
export function isDisabledMember(q: QualityRun, i: number): boolean {
  return isDisabled(q.members[i]!) === true;
}

/** Transitional (until the consistency checks are converted): a severe disability on record (src/facts/disability.ts). */
export function isSeverelyDisabled(q: QualityRun, i: number): boolean {
  return severelyDisabled(q.members[i]!, i).value === true;
}
