/**
 * The header mapping table (表头映射表): every header of the national system's exports that the
 * importer accepts, with its aliases, the interchange field it fills, and the value converter.
 *
 * Sources: export-format.md §3.3 (headers seen in real exports, with their aliases in parentheses)
 * and §3.4 (pitfalls), county-rules.md §D (risk, "风险消除后…" and measure columns), and the
 * collection form's own wording (S000 附件1, 临稷办发〔2023〕76号) where an export header is not
 * known. A few headers are this library's own convention (marked `library`), for facts the
 * interchange format has and the known exports do not carry.
 *
 * Headers are matched after {@link normalizeHeader} (full-/half-width brackets and spaces do not
 * matter). `docs/import-mapping.md` is generated from this table
 * (`npx tsx scripts/gen-import-mapping.ts`); a test fails when it is stale.
 *
 * @module
 */
import type { Text } from '../model/labels.js';
import { normalizeHeader } from './normalize.js';
import * as v from './values.js';
import type { ValueConverter } from './values.js';

/** Where a row's value belongs. */
export type MappingLevel = 'household' | 'member';

/** How several columns that fill one field combine. */
export type Combine =
  /** One value: every filled column must agree, or the record gets a `conflicting_value` problem. */
  | 'single'
  /** Booleans: true when any column says 是 (A17: 城乡居民 or 职工 basic medical insurance). */
  | 'any'
  /** Lists: the union, in column order (measures, risk types). */
  | 'append';

/** Where a header is documented. */
export type HeaderSource =
  /** export-format.md §3.3 / county-rules.md §D: seen in the national system's exports. */
  | 'export'
  /** The collection form's wording (S000 附件1); no export spelling is known. */
  | 'form'
  /** This library's convention for a fact the known exports do not carry. */
  | 'library';

/** One row of the mapping table. */
export interface HeaderMapping {
  /** Stable key of the entry. */
  key: string;
  /** Accepted headers: the usual export spelling first, then its aliases. */
  headers: readonly string[];
  /** `household`: repeated on every row of a household (the rows must agree); `member`: one per row. */
  level: MappingLevel;
  /**
   * The interchange path, relative to the household (`income.wage`) or to the member
   * (`idNumber`). `null`: the header is recognised but not imported (see {@link note}). A path
   * beginning with `$` is a helper the importer resolves itself (`$eliminated`).
   */
  path: string | null;
  /** The value converter (absent when not imported). */
  convert?: ValueConverter;
  /** How several columns of the same field combine (default `single`). */
  combine?: Combine;
  /** When the file has the column but every row leaves it empty, the value to record (lists: `[]` = "none recorded"). */
  whenEmpty?: unknown;
  /** Where the header is documented. */
  source: HeaderSource;
  /** What the column holds, the form code, and anything the importer does beyond the converter. */
  note: Text;
}

function hh(key: string, headers: readonly string[], path: string, convert: ValueConverter, note: Text, extra: Partial<HeaderMapping> = {}): HeaderMapping {
  return { key, headers, level: 'household', path, convert, source: 'export', note, ...extra };
}

function mem(key: string, headers: readonly string[], path: string, convert: ValueConverter, note: Text, extra: Partial<HeaderMapping> = {}): HeaderMapping {
  return { key, headers, level: 'member', path, convert, source: 'export', note, ...extra };
}

/** A household fact under this library's convention (source `library`). */
function lib(key: string, headers: readonly string[], path: string, convert: ValueConverter, note: Text, extra: Partial<HeaderMapping> = {}): HeaderMapping {
  return { key, headers, level: 'household', path, convert, source: 'library', note, ...extra };
}

/** A yes/no household fact under this library's convention, headed by the clause's own words (是 / 否). */
function fact(path: string, headers: readonly string[], note: Text): HeaderMapping {
  return lib(path, headers, path, v.yesNo, note);
}

function unused(key: string, headers: readonly string[], level: MappingLevel, note: Text): HeaderMapping {
  return { key, headers, level, path: null, source: 'export', note };
}

const GENERATED: Text = { zh: '系统生成的汇总值；本库由各项收入重新计算（A33/A34），不导入', en: 'a generated total; the library recomputes it from the items (A33/A34), so it is not imported' };
const NO_FIELD: Text = { zh: '交换格式中没有对应字段，不导入', en: 'no field in the interchange format; not imported' };

const MEASURE_COLUMNS: readonly [string, readonly string[], string, string][] = [
  ['measure.industry', ['产业帮扶'], 'industry', 'A39'],
  ['measure.employment', ['就业帮扶'], 'employment', 'A40'],
  ['measure.microcredit', ['金融帮扶'], 'microcredit', 'A41'],
  ['measure.public-welfare-post', ['公益岗位帮扶', '公益性岗位帮扶'], 'public-welfare-post', 'A42'],
  ['measure.housing', ['住房安全保障'], 'housing', 'A43'],
  ['measure.drinking-water', ['饮水安全保障'], 'drinking-water', 'A44'],
  ['measure.health', ['健康帮扶'], 'health', 'A45'],
  ['measure.compulsory-education', ['义务教育保障'], 'compulsory-education', 'A46'],
  ['measure.education-aid', ['教育帮扶', '其他教育帮扶'], 'education-aid', 'A47'],
  ['measure.social-aid', ['社会帮扶'], 'social-aid', 'A49'],
  ['measure.relocation', ['搬迁'], 'relocation', 'A50'],
  ['measure.living-conditions', ['生产生活条件改善'], 'living-conditions', 'A51'],
  ['measure.infrastructure', ['基础设施建设'], 'infrastructure', 'A52'],
];

/**
 * The mapping table. Order = the order of docs/import-mapping.md (location, category and status,
 * members, income, guarantees, living conditions, measures, then recognised-but-not-imported).
 */
export const HEADER_MAPPINGS: readonly HeaderMapping[] = [
  // -- Location and identity (户) -------------------------------------------------------------
  hh('id', ['户编号'], 'id', v.code, { zh: '户编号：同一户的各行按它归并（导出按户连续排列）', en: '户编号 (household number): rows are grouped into households by it (exports list a household\'s rows together)' }),
  hh('region.province', ['省', '省(区、市)'], 'region.province', v.text, { zh: '省（区、市）', en: 'province' }),
  hh('region.city', ['市', '市(地、州、盟)'], 'region.city', v.text, { zh: '市（地、州、盟）', en: 'prefecture' }),
  hh('region.county', ['县', '县(市、区、旗)'], 'region.county', v.text, { zh: '县（市、区、旗）', en: 'county' }),
  hh('region.town', ['乡', '乡(镇)', '镇', '乡(镇、街道、苏木)'], 'region.town', v.text, { zh: '乡（镇、街道、苏木）', en: 'township' }),
  hh('region.village', ['村', '行政村', '村(社区、嘎查)'], 'region.village', v.text, { zh: '村（社区、嘎查）', en: 'administrative village' }),
  hh('region.group', ['自然村', '自然村(村民小组)'], 'region.group', v.text, { zh: '自然村（村民小组）', en: 'natural village (villagers\' group)' }),
  hh('relocationSite', ['是否居住在大中型易地扶贫搬迁集中安置区'], 'relocationSite', v.yesNo, { zh: 'A1 居住在大中型易地扶贫搬迁集中安置区（800人以上）', en: 'A1 lives in a large relocation site (800+ people)' }, { source: 'form' }),
  hh('relocationSiteAddress', ['安置区地址'], 'relocationSiteAddress', v.text, { zh: 'A2 安置区地址', en: 'A2 address of the relocation site' }, { source: 'form' }),

  // -- Category and status ----------------------------------------------------------------------
  hh('householdType', ['户类型'], 'povertyAlleviated', v.householdType, { zh: 'A4 脱贫户：脱贫户 → true，一般农户/普通农户 → false', en: 'A4 formerly poor: 脱贫户 → true, 一般农户/普通农户 → false' }),
  hh('monitoring.category', ['监测对象类别', '监测对象类型', '易返贫致贫户(监测对象)类型'], 'monitoring.category', v.monitoringCategory, {
    zh: 'A3 监测对象类别；为空表示不是监测对象（不生成 monitoring）',
    en: 'A3 monitoring category; empty = not a monitoring object (no `monitoring` block)',
  }),
  hh('monitoring.identifiedOn', ['识别监测时间', '风险识别时间'], 'monitoring.identifiedOn', v.monthDate, {
    zh: '识别监测时间（YYYYMM → 该月1日）。部分导出文件含两列同名“识别监测时间”：两列视为同一字段，取值须一致',
    en: 'identification date (YYYYMM → the 1st of the month). Some exports have this header twice: both copies fill the same field and must agree',
  }),
  hh('monitoring.eliminatedFlag', ['风险是否已消除', '风险是否消除'], '$eliminated', v.yesNo, {
    zh: '风险是否已消除：是 → 须有消除监测时间与风险消除方式（缺则解析时报告）；否 → 不得填写消除时间/方式（否则报告 inconsistent_value）。同名列出现两次时取值须一致',
    en: 'risk eliminated? 是 → the elimination date and method must be given (parsing reports them missing); 否 → they must be empty (else an inconsistent_value problem). When the header appears twice the copies must agree',
  }),
  hh('monitoring.eliminated.on', ['消除监测时间', '风险消除时间'], 'monitoring.eliminated.on', v.monthDate, { zh: 'A54 风险消除时间（YYYYMM → 该月1日）', en: 'A54 elimination date (YYYYMM → the 1st of the month)' }),
  hh('monitoring.eliminated.method', ['风险消除方式'], 'monitoring.eliminated.method', v.eliminationMethod, { zh: 'A53 风险消除方式', en: 'A53 elimination method' }),
  ...[1, 2, 3, 4, 5].map((n) =>
    hh(`riskTypes.${n}`, [`致贫/返贫风险${n}`, `致贫返贫风险${n}`, `风险类型${n}`], 'riskTypes', v.riskTypes, { zh: `A27 致贫/返贫风险（第${n}项），各列合并为 riskTypes`, en: `A27 risk type (item ${n}); the columns are merged into riskTypes` }, { combine: 'append', whenEmpty: [] }),
  ),
  hh('disasterTypes', ['因自然灾害子项'], 'disasterTypes', v.disasterTypes, { zh: 'A27a 因自然灾害子项（100A271）', en: 'A27a natural-disaster sub-types (100A271)' }),
  hh('riskNote', ['其他备注'], 'riskNote', v.text, { zh: 'A27 其他（文字备注）', en: 'A27 other (free text)' }),
  hh('noLabourSafetyNet', ['整户无劳动能力兜底保障户'], 'noLabourSafetyNet', v.yesNo, { zh: '整户无劳动能力兜底保障户', en: 'whole household without labour capacity, under the safety net' }),
  hh('contact.name', ['监测联系人'], 'contact.name', v.text, { zh: 'A55 监测联系人', en: 'A55 monitoring contact person' }, { source: 'form' }),
  hh('contact.phone', ['监测联系人联系电话', '监测联系人电话'], 'contact.phone', v.phone, { zh: 'A55 监测联系人联系电话', en: 'A55 contact person\'s phone' }, { source: 'form' }),
  hh('phone', ['户联系电话'], 'phone', v.phone, { zh: '户联系电话（不是 A55 监测联系人电话）', en: 'household phone (not the A55 contact person\'s phone)' }),

  // -- Members (人) -----------------------------------------------------------------------------
  mem('member.name', ['姓名'], 'name', v.text, { zh: 'A5 姓名', en: 'A5 name' }),
  mem('member.idNumber', ['证件号码', '身份证号码', '身份证号', '证件号码(身份证或残疾证)'], 'idNumber', v.idNumber, { zh: 'A7 证件号码（居民身份证或残疾人证）', en: 'A7 resident ID or disability-certificate number' }),
  mem('member.idType', ['证件类型'], 'idType', v.idType, { zh: '证件类型', en: 'ID type' }),
  mem('member.sex', ['性别'], 'sex', v.sex, { zh: 'A6 性别', en: 'A6 sex' }),
  mem('member.birthDate', ['出生日期'], 'birthDate', v.date, { zh: '出生日期（为空时年龄取自证件号码）', en: 'date of birth (when empty, the age comes from the ID number)' }),
  mem('member.relation', ['与户主关系'], 'relation', v.relation, { zh: 'A8 与户主关系', en: 'A8 relation to the head' }),
  mem('member.ethnicity', ['民族'], 'ethnicity', v.text, { zh: 'A9 民族', en: 'A9 ethnicity' }),
  mem('member.politicalStatus', ['政治面貌'], 'politicalStatus', v.text, { zh: 'A10 政治面貌', en: 'A10 political status' }),
  mem('member.education', ['文化程度'], 'education', v.education, { zh: 'A11 文化程度', en: 'A11 education' }),
  mem('member.schoolStatus', ['在校生状况', '在校生情况'], 'schoolStatus', v.schoolStatus, { zh: 'A12 在校生状况', en: 'A12 school status' }),
  mem('member.outOfSchoolReason', ['义务教育阶段未上学原因', '失学或辍学原因'], 'outOfSchoolReason', v.text, { zh: '义务教育阶段未上学原因', en: 'reason a compulsory-age child is out of school' }),
  mem('member.health', ['健康状况'], 'health', v.health, { zh: 'A13 健康状况', en: 'A13 health' }),
  mem('member.labour', ['劳动技能'], 'labour', v.labour, { zh: 'A14 劳动技能', en: 'A14 labour skill' }),
  mem('member.workArea', ['务工区域'], 'workArea', v.workArea, { zh: 'A15 务工区域', en: 'A15 work area' }, { source: 'form' }),
  mem('member.workMonths', ['务工时间(月)', '务工时间'], 'workMonths', v.number, { zh: 'A16 务工时间（月）', en: 'A16 months worked' }),
  mem('member.publicWelfarePost', ['公益性岗位'], 'publicWelfarePost', v.publicWelfarePost, { zh: '公益性岗位：是/否，或岗位名称（如 护林员，可多个）', en: 'public-welfare post: 是/否, or the post names (e.g. 护林员; possibly several)' }),
  mem('member.basicMedicalInsurance', ['是否参加城乡居民基本医疗保险', '是否参加城镇职工基本医疗保险', '是否参加城乡居民(职工)基本医疗保险'], 'basicMedicalInsurance', v.yesNo, {
    zh: 'A17 是否参加城乡居民（职工）基本医疗保险：城乡居民与城镇职工两列任一为“是”即为 true',
    en: 'A17 basic medical insurance (residents\' or employees\'): true when either column says 是',
  }, { combine: 'any' }),
  mem('member.seriousIllnessInsurance', ['是否参加大病保险'], 'seriousIllnessInsurance', v.yesNo, { zh: 'A18 是否参加大病保险', en: 'A18 serious-illness insurance' }),
  mem('member.pensionInsurance', ['是否参加城乡居民基本养老保险'], 'pensionInsurance', v.yesNo, { zh: 'A19 是否参加城乡居民基本养老保险', en: 'A19 residents\' basic pension insurance' }),
  mem('member.dibao', ['享受低保政策情况', '是否享受农村居民最低生活保障'], 'dibao', v.dibaoStatus, { zh: 'A20 享受低保政策情况', en: 'A20 receives 低保' }),
  mem('member.tekun', ['享受特困供养政策情况', '是否特困供养人员'], 'tekun', v.tekunStatus, { zh: 'A21 享受特困供养政策情况', en: 'A21 receives 特困供养' }),
  mem('member.relocated', ['是否易地扶贫搬迁', '是否易地搬迁'], 'relocated', v.yesNo, { zh: 'A22 是否易地扶贫搬迁', en: 'A22 relocated' }, { source: 'form' }),
  mem('member.phone', ['家庭成员联系电话', '人联系电话'], 'phone', v.phone, { zh: '家庭成员联系电话', en: 'member\'s phone' }),
  mem('member.employment.start', ['务工开始时间', '开始时间'], 'employment[0].start', v.yearMonth, { zh: '务工月监测：开始时间（YYYY年MM月）；每行一段务工经历', en: 'monthly work monitoring: start (YYYY年MM月); one spell per row' }),
  mem('member.employment.end', ['务工结束时间', '结束时间'], 'employment[0].end', v.yearMonth, { zh: '务工月监测：结束时间（YYYY年MM月）', en: 'monthly work monitoring: end (YYYY年MM月)' }),
  mem('member.employment.monthlyWage', ['务工月收入'], 'employment[0].monthlyWage', v.money, { zh: '务工月监测：务工月收入（元/月）', en: 'monthly work monitoring: monthly wage (yuan)' }),
  mem('member.employment.county', ['务工所在县'], 'employment[0].county', v.text, { zh: '务工月监测：务工所在县', en: 'monthly work monitoring: county of work' }),
  mem('member.change.kind', ['人员变更类型'], 'changes[0].kind', v.memberChange, { zh: '家庭成员自然变化（新生儿、死亡、嫁入、嫁出、迁入、迁出）', en: 'member change (birth, death, marriage in/out, move in/out)' }, { source: 'library' }),
  mem('member.change.on', ['人员变更时间'], 'changes[0].on', v.date, { zh: '家庭成员自然变化的日期', en: 'date of the member change' }, { source: 'library' }),
  mem('member.disabilityCategory', ['残疾类别'], 'disabilityCategory', v.disabilityCategory, {
    zh: '残疾类别 1–7。残疾人证号（第19位）也载有类别，规则两者都读；不一致时数据质量检查报告',
    en: 'disability category 1–7. A disability certificate number (digit 19) carries it too and the rules read both; a mismatch is a data-quality finding',
  }, { source: 'library' }),
  mem('member.disabilityGrade', ['残疾等级'], 'disabilityGrade', v.disabilityGrade, {
    zh: '残疾等级 1–4，一、二级为重度。残疾人证号（第20位）也载有等级，规则两者都读；不一致时数据质量检查报告',
    en: 'disability grade 1–4, grades 1 and 2 severe. A disability certificate number (digit 20) carries it too and the rules read both; a mismatch is a data-quality finding',
  }, { source: 'library' }),

  // -- Income (户, yuan) ------------------------------------------------------------------------
  hh('income.wage', ['工资性收入'], 'income.wage', v.money, { zh: 'A28 工资性收入', en: 'A28 wage income' }),
  hh('income.breakdown.wage.publicWelfarePost', ['公益性岗位收入'], 'income.breakdown.wage.publicWelfarePost', v.money, { zh: '工资性收入其中：公益性岗位收入', en: 'of which: public-welfare post pay' }),
  hh('income.breakdown.wage.other', ['其他工资性收入'], 'income.breakdown.wage.other', v.money, { zh: '工资性收入其中：其他工资性收入', en: 'of which: other wages' }),
  hh('income.operating', ['生产经营性收入'], 'income.operating', v.money, { zh: 'A29 生产经营性收入', en: 'A29 operating income' }),
  hh('income.property', ['财产性收入'], 'income.property', v.money, { zh: 'A30 财产性收入', en: 'A30 property income' }),
  hh('income.breakdown.property.assetIncomeDividend', ['资产收益扶贫分红收入'], 'income.breakdown.property.assetIncomeDividend', v.money, { zh: '财产性收入其中：资产收益扶贫分红收入', en: 'of which: poverty-alleviation asset dividends' }),
  hh('income.breakdown.property.other', ['其他财产性收入', '其他财产性收入(旧指标)'], 'income.breakdown.property.other', v.money, { zh: '财产性收入其中：其他财产性收入', en: 'of which: other property income' }),
  hh('income.transfer', ['转移性收入'], 'income.transfer', v.money, { zh: 'A31 转移性收入', en: 'A31 transfer income' }),
  hh('income.breakdown.transfer.familyPlanning', ['计划生育金'], 'income.breakdown.transfer.familyPlanning', v.money, { zh: '转移性收入其中：计划生育金', en: 'of which: family-planning payments' }),
  hh('income.breakdown.transfer.dibao', ['低保金', '最低生活保障金'], 'income.breakdown.transfer.dibao', v.money, { zh: '转移性收入其中：低保金', en: 'of which: 低保 allowance' }),
  hh('income.breakdown.transfer.tekun', ['特困人员救助供养金', '五保金', '特困供养金'], 'income.breakdown.transfer.tekun', v.money, { zh: '转移性收入其中：特困人员救助供养金（五保金）', en: 'of which: 特困 support (五保金)' }),
  hh('income.breakdown.transfer.pension', ['养老金或离退休金', '养老保险金', '养老金'], 'income.breakdown.transfer.pension', v.money, { zh: '转移性收入其中：养老金或离退休金', en: 'of which: pensions' }),
  hh('income.breakdown.transfer.ecologicalCompensation', ['生态补偿金'], 'income.breakdown.transfer.ecologicalCompensation', v.money, { zh: '转移性收入其中：生态补偿金', en: 'of which: ecological compensation' }),
  hh('income.breakdown.transfer.other', ['其他转移性收入'], 'income.breakdown.transfer.other', v.money, { zh: '转移性收入其中：其他转移性收入', en: 'of which: other transfers' }),
  hh('income.breakdown.transfer.insuranceCompensation', ['转移性收入中的保险赔付'], 'income.breakdown.transfer.insuranceCompensation', v.money, {
    zh: '转移性收入其中：保险赔付（同一笔赔付不得再计入 A35 理赔收入）',
    en: 'of which: insurance payouts counted as transfer income (the same payout must not also be in A35)',
  }, { source: 'library' }),
  hh('income.operatingExpense', ['生产经营性支出', '生产经营性支出(合计)'], 'income.operatingExpense', v.money, { zh: 'A32 生产经营性支出', en: 'A32 operating expense' }),
  hh('income.claims', ['理赔收入'], 'income.claims', v.money, { zh: 'A35 理赔收入', en: 'A35 insurance and compensation payouts' }),
  hh('income.compliantOutOfPocket', ['合规自付支出'], 'income.compliantOutOfPocket', v.money, { zh: 'A36 合规自付支出', en: 'A36 compliant out-of-pocket spending' }),

  // -- Three guarantees and drinking water (A23–A26) ---------------------------------------------
  hh('guarantees.housingUnsafe', ['是否住房出现安全问题', '是否危房户', '危房户'], 'guarantees.housingUnsafe', v.yesNo, {
    zh: 'A23 是否住房出现安全问题。户信息导出中的“是否危房户（危房户）”是同一事实（县级清洗规则 1_02_001、1_02_007、1_11_006 以“是否危房户 = 是”判定住房安全未保障，county-rules.md），并入本字段；两列都有时取值须一致',
    en: 'A23 housing unsafe. The household files\' 是否危房户 (危房户, lives in a dangerous house) is the same fact (county cleaning rules 1_02_001, 1_02_007, 1_11_006 read 是否危房户 = 是 as housing not secured, county-rules.md) and fills this field; when both columns are present they must agree',
  }),
  hh('guarantees.compulsoryEducationDropout', ['是否义务教育阶段适龄儿童少年失学辍学'], 'guarantees.compulsoryEducationDropout', v.yesNo, { zh: 'A24 是否义务教育阶段适龄儿童少年失学辍学', en: 'A24 a compulsory-age child out of school' }),
  hh('guarantees.drinkingWaterUnsafe', ['是否饮水出现安全问题'], 'guarantees.drinkingWaterUnsafe', v.yesNo, { zh: 'A25 是否饮水出现安全问题', en: 'A25 drinking water unsafe' }),
  hh('guarantees.memberWithoutMedicalInsurance', ['是否有家庭成员未参加城乡居民(职工)基本医疗保险'], 'guarantees.memberWithoutMedicalInsurance', v.yesNo, { zh: 'A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（按记录导入）', en: 'A26 a member without basic medical insurance (imported as recorded)' }),

  // -- After elimination (风险消除后…, county-rules.md §D.2) -------------------------------------------
  hh('eliminated.guarantees.compulsoryEducationDropout', ['风险消除后是否义务教育阶段适龄儿童少年失学辍学'], 'monitoring.eliminated.guarantees.compulsoryEducationDropout', v.yesNo, { zh: '风险消除后：A24', en: 'after elimination: A24' }),
  hh('eliminated.guarantees.memberWithoutMedicalInsurance', ['风险消除后是否有家庭成员未参加城乡居民(职工)基本医疗保险'], 'monitoring.eliminated.guarantees.memberWithoutMedicalInsurance', v.yesNo, { zh: '风险消除后：A26', en: 'after elimination: A26' }),
  hh('eliminated.guarantees.housingUnsafe', ['风险消除后是否住房损毁'], 'monitoring.eliminated.guarantees.housingUnsafe', v.yesNo, {
    zh: '风险消除后：A23（导出文件中此项写作“住房损毁”，属风险消除后三保障和饮水状况一组，county-rules.md §D.2）',
    en: 'after elimination: A23 (the export words it "house damaged"; it is part of the post-elimination guarantees block, county-rules.md §D.2)',
  }),
  hh('eliminated.guarantees.drinkingWaterUnsafe', ['风险消除后是否饮水设施损毁'], 'monitoring.eliminated.guarantees.drinkingWaterUnsafe', v.yesNo, {
    zh: '风险消除后：A25（导出文件中此项写作“饮水设施损毁”，属同一组）',
    en: 'after elimination: A25 (the export words it "water facility damaged"; same block)',
  }),
  hh('eliminated.income.wage', ['风险消除后工资性收入'], 'monitoring.eliminated.income.wage', v.money, { zh: '风险消除后：A28', en: 'after elimination: A28' }),
  hh('eliminated.income.operating', ['风险消除后生产经营性收入'], 'monitoring.eliminated.income.operating', v.money, { zh: '风险消除后：A29', en: 'after elimination: A29' }),
  hh('eliminated.income.property', ['风险消除后财产性收入'], 'monitoring.eliminated.income.property', v.money, { zh: '风险消除后：A30', en: 'after elimination: A30' }),
  hh('eliminated.income.transfer', ['风险消除后转移性收入'], 'monitoring.eliminated.income.transfer', v.money, { zh: '风险消除后：A31', en: 'after elimination: A31' }),
  hh('eliminated.income.operatingExpense', ['风险消除后生产经营性支出'], 'monitoring.eliminated.income.operatingExpense', v.money, { zh: '风险消除后：A32', en: 'after elimination: A32' }),
  hh('eliminated.income.claims', ['风险消除后理赔收入'], 'monitoring.eliminated.income.claims', v.money, { zh: '风险消除后：A35', en: 'after elimination: A35' }),
  hh('eliminated.income.compliantOutOfPocket', ['风险消除后合规自付支出'], 'monitoring.eliminated.income.compliantOutOfPocket', v.money, { zh: '风险消除后：A36', en: 'after elimination: A36' }),

  // -- Living conditions (S001 form part 五) -----------------------------------------------------
  hh('livingConditions.arableLand', ['耕地面积(亩)', '耕地面积'], 'livingConditions.arableLand', v.number, { zh: '耕地面积（亩）', en: 'arable land (mu)' }),
  hh('livingConditions.forestLand', ['林地面积(亩)', '林地面积'], 'livingConditions.forestLand', v.number, { zh: '林地面积（亩）', en: 'forest land (mu)' }),
  hh('livingConditions.orchardLand', ['林果面积(亩)', '林果面积'], 'livingConditions.orchardLand', v.number, { zh: '林果面积（亩）', en: 'orchard land (mu)' }),
  hh('livingConditions.housingArea', ['住房面积', '住房面积(平方米)'], 'livingConditions.housingArea', v.number, { zh: '住房面积（平方米）', en: 'housing area (m²)' }),
  hh('livingConditions.dangerousHouseGrade', ['危房级别', '危房等级'], 'livingConditions.dangerousHouseGrade', v.text, { zh: '危房级别', en: 'dangerous-house grade' }),
  hh('livingConditions.sanitaryToilet', ['是否有卫生厕所'], 'livingConditions.sanitaryToilet', v.yesNo, { zh: '是否有卫生厕所', en: 'sanitary toilet' }),
  hh('livingConditions.safeDrinkingWater', ['是否解决安全饮用水'], 'guarantees.drinkingWaterUnsafe', v.safeDrinkingWater, {
    zh: '是否解决安全饮用水：记入生产生活条件（livingConditions.safeDrinkingWater），并以相反取值填 A25 是否饮水出现安全问题（“否”即饮水出现安全问题；县级清洗规则 1_02_007 以“饮水 = 否”判定饮水安全未保障，county-rules.md）；与“是否饮水出现安全问题”列同在时两者须一致',
    en: 'safe drinking water solved: recorded in the living conditions (livingConditions.safeDrinkingWater) and, negated, fills A25 drinking water unsafe (否 = water unsafe; county cleaning rule 1_02_007 reads 饮水 = 否 as water not secured, county-rules.md); when 是否饮水出现安全问题 is present too they must agree',
  }),

  // -- Measures (A39–A52, county-rules.md §D.3) ---------------------------------------------------
  ...MEASURE_COLUMNS.map(([key, headers, code, form]) =>
    code === 'education-aid'
      ? hh(key, headers, 'measures', v.measureColumn(code, 'educationAidItems'), {
          zh: `${form} ${headers[0]}：有内容即记录措施“${code}”，各子项（如“雨露计划”）原样记入 educationAidItems`,
          en: `${form} ${headers[0]}: any content records the measure "${code}"; its items (e.g. 雨露计划) are kept as written in educationAidItems`,
        }, { combine: 'append', whenEmpty: [] })
      : hh(key, headers, 'measures', v.measureColumn(code), { zh: `${form} ${headers[0]}：有内容即记录措施“${code}”`, en: `${form} ${headers[0]}: any content records the measure "${code}"` }, { combine: 'append', whenEmpty: [] }),
  ),
  hh('measure.safety-net', ['综合保障'], 'measures', v.safetyNetMeasures, { zh: 'A48 综合保障（多选，逗号分隔）：低保、特困供养、临时救助、残疾人补贴、防贫保险', en: 'A48 comprehensive social protection (multi-select): 低保, 特困供养, 临时救助, 残疾人补贴, 防贫保险' }, { combine: 'append', whenEmpty: [] }),

  // -- Optional facts a county can add (library convention) ------------------------------------------
  // Facts the rules read that the known exports do not carry: a county adds the column (or supplies
  // the field in NDJSON) after the home visit. Headers use the clause's own words; 是/否 for facts.
  lib('discoveredOn', ['发现时间', '农户发现时间', '风险发现时间'], 'discoveredOn', v.monthDate, {
    zh: '发现时间：农户被发现存在风险的月份（YYYYMM → 该月1日）；龙口的收入计算周期自此起算（龙扶贫组字〔2021〕1号 §二(二)“计算周期为农户发现月份的上年度本月到本年度上月”）',
    en: 'discovery date: the month the household\'s risk was found (YYYYMM → the 1st); starts Longkou\'s rolling income period (龙扶贫组字〔2021〕1号 §二(二))',
  }),
  lib('previousPerCapitaNetIncome', ['上年家庭人均纯收入', '上年人均纯收入'], 'previousPerCapitaNetIncome', v.money, {
    zh: '上年家庭人均纯收入（元），用于收入下降排查；为空即未记录（emptyMoneyAsZero 不适用）',
    en: 'previous year\'s per-capita net income (yuan), for income-decline screening; empty = not recorded (emptyMoneyAsZero does not apply)',
  }),
  fact('hardship.rigidSpendingExceedsIncome', ['刚性支出明显超过上年度收入'], {
    zh: '龙扶贫组字〔2021〕1号 §二(二)条件1：因病、因残、因学等原因引发的刚性支出明显超过上年度收入',
    en: '龙扶贫组字〔2021〕1号 §二(二) condition 1: rigid spending from illness, disability or schooling clearly exceeds last year\'s income',
  }),
  fact('hardship.basicNeedsAffected', ['两不愁三保障和饮水安全受到影响'], {
    zh: '龙扶贫组字〔2021〕1号 §二(二)条件1：……导致“两不愁三保障”和饮水安全受到影响',
    en: '龙扶贫组字〔2021〕1号 §二(二) condition 1: … so that 两不愁三保障 and drinking-water safety are affected',
  }),
  fact('hardship.sharpIncomeDrop', ['收入大幅缩减', '因灾因意外事故收入大幅缩减'], {
    zh: '龙扶贫组字〔2021〕1号 §二(二)条件2：因灾、因意外事故等原因引发的收入大幅缩减',
    en: '龙扶贫组字〔2021〕1号 §二(二) condition 2: income cut sharply by a disaster or accident',
  }),
  fact('hardship.temporaryHardship', ['家庭生活出现临时性困难'], {
    zh: '龙扶贫组字〔2021〕1号 §二(二)条件2：……导致家庭生活出现临时性困难',
    en: '龙扶贫组字〔2021〕1号 §二(二) condition 2: … causing temporary hardship in family life',
  }),
  fact('hardship.severeDifficulty', ['严重困难影响基本生活', '家庭出现严重困难影响到基本生活'], {
    zh: '龙扶贫组字〔2021〕1号 §二(二)：刚性支出骤增或收入骤减，导致家庭出现严重困难，影响到基本生活（严重困难户）',
    en: '龙扶贫组字〔2021〕1号 §二(二): a surge of rigid spending or collapse of income causes severe difficulty affecting basic living (严重困难户)',
  }),
  fact('hardship.noStableIncomeFromWork', ['部分丧失劳动能力且无法通过产业就业获得稳定收入', '无法通过产业就业获得稳定收入'], {
    zh: '小甸巩固振兴组办〔2021〕1号 §二：部分丧失劳动能力且无法通过产业就业获得稳定收入',
    en: '小甸巩固振兴组办〔2021〕1号 §二: labour partly lost and no stable income from industry or work',
  }),
  fact('assets.luxuryCar', ['拥有并经常使用高档乘用车辆'], {
    zh: '家庭成员拥有并经常使用高档乘用车辆（龙扶贫组字〔2021〕1号 §二(二)排除情形1；临稷办发〔2023〕76号 附件2 情形3）',
    en: 'a member owns and regularly uses a high-end passenger car (龙扶贫组字〔2021〕1号 §二(二) exclusion 1; 临稷办发〔2023〕76号 附件2 criterion 3)',
  }),
  fact('assets.urbanCommercialHousing', ['在城镇购买商品房'], {
    zh: '家庭成员在城镇购买商品房（排除情形2；附件2 情形4）',
    en: 'a member bought commercial housing in a town (exclusion 2; 附件2 criterion 4)',
  }),
  fact('assets.cashResettlementExempt', ['通过货币化安置购买商品房'], {
    zh: '所购商品房属易地扶贫搬迁、黄河滩区居民迁建、移民避险解困货币化安置（除外情形）',
    en: 'the housing was bought through cash resettlement (relocation, Yellow-River flats, hazard avoidance): exempt',
  }),
  fact('assets.companyWithEmployees', ['注册公司企业并雇佣他人从事经营性活动'], {
    zh: '家庭成员注册公司、企业并雇佣他人从事经营性活动（排除情形3；附件2 情形5）',
    en: 'a member registered a company employing others (exclusion 3; 附件2 criterion 5)',
  }),
  fact('assets.highReturnCompany', ['公司企业收益较高'], {
    zh: '……且收益较高（龙扶贫组字〔2021〕1号 §二(二)排除情形3）',
    en: '… and its returns are high (龙扶贫组字〔2021〕1号 §二(二) exclusion 3)',
  }),
  fact('assets.publicPayrollMember', ['户内成员有财政供养人员或国企中层及以上领导干部'], {
    zh: '户内家庭成员有机关、事业单位财政供养人员或在国有大中型企业担任中层及以上领导干部（附件2 情形6）',
    en: 'a member is on the public payroll or a mid-level+ manager in a large state enterprise (附件2 criterion 6)',
  }),
  fact('assets.separatedChildPublicPayroll', ['分户子女及配偶有财政供养人员或国企中层及以上领导干部'], {
    zh: '分户子女及配偶有财政供养人员或国企中层及以上领导干部（附件2 情形6）',
    en: 'a separated child or its spouse is on the public payroll or a state-enterprise manager (附件2 criterion 6)',
  }),
  fact('assets.separatedChildCompany', ['分户子女家庭注册公司企业且收益较高'], {
    zh: '分户子女家庭成员注册公司、企业并雇佣他人从事经营性活动且收益较高（附件2 情形7）',
    en: 'a separated child\'s family runs a high-return company employing others (附件2 criterion 7)',
  }),
  fact('assets.separatedChildrenAbleToSupport', ['分户子女赡养能力强'], {
    zh: '分户子女赡养能力强，特别是子女较多，且家庭生活生产条件较好（附件2 情形8）',
    en: 'separated children are well able to support the household (附件2 criterion 8)',
  }),
  fact('assets.supporterNotPaying', ['法定赡养人有能力但不依法履行义务'], {
    zh: '法定赡养、抚养、扶养人有能力，但不依法履行义务或履行义务不到位（排除情形4）',
    en: 'legal supporters are able to support but do not (exclusion 4)',
  }),
  fact('assets.countyRuleExclusion', ['县级以上扶贫部门规定的其他不纳入情形'], {
    zh: '县级以上扶贫部门规定的其他情形（排除情形5）',
    en: 'another exclusion set by a county-level or higher poverty-alleviation department (exclusion 5)',
  }),
  fact('policyReview.causeOfPovertyGone', ['家庭致贫原因消失'], {
    zh: '临稷办发〔2023〕76号 附件2 情形2：家庭致贫原因消失（因学致贫家庭学生毕业后实现稳定就业，因病致贫家庭患病成员治愈或去世）',
    en: '临稷办发〔2023〕76号 附件2 criterion 2: the cause of poverty is gone (the student graduated and is stably employed; the sick member recovered or died)',
  }),
  fact('policyReview.conditionsNotBelowOrdinary', ['生产生活条件不低于当地一般农户'], {
    zh: '附件2 情形2：生产生活条件不低于当地一般农户',
    en: '附件2 criterion 2: production and living conditions not below an ordinary local household',
  }),
  fact('policyReview.largeMedicalOutOfPocket', ['患大病且报销后个人自付费用支出较大'], {
    zh: '附件2 保留条件2：户内家庭成员患大病，且经各项医疗保障政策报销后个人自付费用支出较大',
    en: '附件2 retention 2: a seriously ill member with large out-of-pocket costs after all reimbursement',
  }),
  fact('policyReview.disasterOrAccidentHardship', ['因灾因意外造成家庭生活困难'], {
    zh: '附件2 保留条件4：因灾因意外等造成家庭生活困难',
    en: '附件2 retention 4: hardship from a disaster or accident',
  }),
  lib('monitoring.perCapitaIncomeAtIdentification', ['识别时家庭人均纯收入', '识别时人均纯收入'], 'monitoring.perCapitaIncomeAtIdentification', v.money, {
    zh: '识别时家庭人均纯收入（元），用于按识别时收入标注类别（小甸巩固振兴组办〔2021〕1号 §三(二)1）；为空即未记录（emptyMoneyAsZero 不适用）',
    en: 'per-capita net income at identification (yuan), for relabelling the category (小甸巩固振兴组办〔2021〕1号 §三(二)1); empty = not recorded (emptyMoneyAsZero does not apply)',
  }),
  fact('monitoring.review.incomeStable', ['收入稳定', '收入持续稳定'], {
    zh: '风险评估：收入稳定（原则上半年以上）',
    en: 'risk review: income stable (in principle for at least half a year)',
  }),
  fact('monitoring.review.rigidSpendingResolved', ['大额刚性支出稳定解决'], {
    zh: '风险评估：大额刚性支出（大额医疗、子女上学）已稳定解决',
    en: 'risk review: large rigid spending (medical, schooling) resolved',
  }),
  fact('monitoring.review.riskGone', ['识别时风险已消除'], {
    zh: '风险评估：识别时的返贫致贫风险已消除或自然消失（不同于系统的“风险是否已消除”标注）',
    en: 'risk review: the risk identified is removed or gone (not the system\'s 风险是否已消除 flag)',
  }),
  fact('monitoring.review.riskGoneNaturally', ['风险自然消失'], {
    zh: '风险评估：风险未经帮扶自然消失（A53 自然消除）；为空则按帮扶消除评估',
    en: 'risk review: the risk went away by itself (A53 自然消除); empty: the assisted route is assessed',
  }),
  fact('monitoring.review.newRisk', ['新出现致贫返贫风险'], {
    zh: '小甸巩固振兴组办〔2021〕1号 §三(一)2：风险消除后又因突发事件或意外事故等特殊情况新出现致贫返贫风险（风险再标注）',
    en: '小甸巩固振兴组办〔2021〕1号 §三(一)2: a new risk after elimination (风险再标注)',
  }),
  lib('monitoring.review.newRiskOn', ['新出现风险时间'], 'monitoring.review.newRiskOn', v.monthDate, {
    zh: '新风险出现的日期或月份（YYYYMM → 该月1日）',
    en: 'when the new risk appeared (a date, or YYYYMM → the 1st of the month)',
  }),
  fact('monitoring.review.dependsOnMeasures', ['帮扶措施取消后风险消除不稳定'], {
    zh: '小甸巩固振兴组办〔2021〕1号 §三(二)1：帮扶措施取消后风险消除就不稳定（回退）',
    en: '小甸巩固振兴组办〔2021〕1号 §三(二)1: the elimination would not hold if the measures were withdrawn (回退)',
  }),
  fact('monitoring.review.informedConsent', ['风险消除知情同意'], {
    zh: '小甸巩固振兴组办〔2021〕1号 §三(一)3：监测对象知情同意风险消除',
    en: '小甸巩固振兴组办〔2021〕1号 §三(一)3: the household knows of and agrees to the elimination',
  }),
  fact('monitoring.procedure.application', ['已提交纳入监测申请', '纳入监测申请'], {
    zh: '小甸巩固振兴组办〔2021〕1号 §三(二)3：纳入监测申请在案',
    en: '小甸巩固振兴组办〔2021〕1号 §三(二)3: application for monitoring on record',
  }),
  fact('monitoring.procedure.authorisation', ['已签署授权承诺书', '授权承诺书'], {
    zh: '§三(二)3：授权承诺书（授权核查家庭资产信息）在案',
    en: '§三(二)3: authorisation to check family assets on record',
  }),
  fact('monitoring.procedure.democraticReview', ['已开展民主评议'], { zh: '§三(二)3：已开展民主评议', en: '§三(二)3: democratic review held' }),
  fact('monitoring.procedure.publicity', ['已公示'], { zh: '§三(二)3：已公示', en: '§三(二)3: public notice given' }),
  fact('monitoring.procedure.assetVerification', ['已开展家庭资产信息和基本信息复核'], {
    zh: '§三(二)3：已开展家庭资产信息和基本信息复核',
    en: '§三(二)3: family assets and basic information verified',
  }),
  lib('monitoring.eliminated.mark', ['风险消除标注'], 'monitoring.eliminated.mark', v.eliminationMark, {
    zh: '龙扶贫组字〔2021〕1号 §六(二)：系统中标注的“返贫风险消除”或“致贫风险消除”；须与消除监测时间、风险消除方式同在',
    en: '龙扶贫组字〔2021〕1号 §六(二): the mark 返贫风险消除 or 致贫风险消除; needs the elimination date and method',
  }),
  lib('incomeHistory.perCapitaNetIncome', ['往年家庭人均纯收入'], '$incomeHistory.perCapitaNetIncome', v.moneyList, {
    zh: '往年（此前各收入年度）的家庭人均纯收入（A34），可多项，以“；”分隔；与“往年收入周期截止日期”按位置配对，每项生成一条 incomeHistory（党委发〔2023〕70号 §一(二) “2022年收入不增反降”）',
    en: 'per-capita net income (A34) of earlier income years, several separated by "；"; paired by position with 往年收入周期截止日期, each pair becomes an incomeHistory entry (党委发〔2023〕70号 §一(二) "2022年收入不增反降")',
  }),
  lib('incomeHistory.periodEnd', ['往年收入周期截止日期'], '$incomeHistory.periodEnd', v.eventDates, {
    zh: '各往年收入周期的最后一日（如 2022-09-30 为2022年度），逗号分隔，与“往年家庭人均纯收入”逐项对应（项数须相同）',
    en: 'the last day of each earlier income period (e.g. 2022-09-30 for the 2022 income year), comma-separated, one per amount of 往年家庭人均纯收入 (the counts must match)',
  }),
  lib('events.warning.kind', ['部门预警类型'], '$events.warning.kind', v.eventKinds, {
    zh: '部门筛查预警（龙扶贫组字〔2021〕1号 §三(三)）的事项，可逗号分隔多项；与“部门预警时间”按位置配对，每项生成一条 events（departmentWarning = true）',
    en: 'department warnings (龙扶贫组字〔2021〕1号 §三(三)), comma-separated; paired by position with 部门预警时间, each pair becomes an event (departmentWarning = true)',
  }),
  lib('events.warning.on', ['部门预警时间'], '$events.warning.on', v.eventDates, {
    zh: '部门预警的日期，逗号分隔，与“部门预警类型”逐项对应（项数须相同）',
    en: 'the warnings\' dates, comma-separated, one per item of 部门预警类型 (the counts must match)',
  }),
  lib('events.household.kind', ['户事件类型', '家庭事件类型'], '$events.household.kind', v.eventKinds, {
    zh: '其他户事件（农户申请、新增低保、受灾、新增大病 …），可逗号分隔多项；与“户事件时间”按位置配对，每项生成一条 events',
    en: 'other household events (applications, new 低保, disasters, new serious illness, …), comma-separated; paired by position with 户事件时间, each pair becomes an event',
  }),
  lib('events.household.on', ['户事件时间', '家庭事件时间'], '$events.household.on', v.eventDates, {
    zh: '户事件的日期，逗号分隔，与“户事件类型”逐项对应（项数须相同）',
    en: 'the events\' dates, comma-separated, one per item of 户事件类型 (the counts must match)',
  }),

  // -- Recognised, not imported -------------------------------------------------------------------
  unused('memberNumber', ['人编号', '人口编号'], 'member', { zh: '人编号：系统内部编号，不导入', en: 'person number: internal to the system; not imported' }),
  unused('headNumber', ['户主编号'], 'household', NO_FIELD),
  unused('headName', ['户主姓名'], 'household', { zh: '户主姓名：户主行已含姓名，不导入', en: 'head\'s name: the head\'s own row carries it; not imported' }),
  unused('headIdNumber', ['户主证件号码', '户主身份证号'], 'household', { zh: '户主证件号码：户主行已含证件号码，不导入', en: 'head\'s ID number: the head\'s own row carries it; not imported' }),
  unused('memberOrder', ['户内序号'], 'member', { zh: '户内序号：成员按文件中的行序导入', en: 'order in the household: members are imported in row order' }),
  unused('householdSize', ['当前家庭人口数', '年度家庭人口数', '家庭人口数', '人数'], 'household', { zh: '家庭人口数：本库按成员行与成员变化计算户规模，不导入', en: 'household size: the library counts members from the rows and member changes; not imported' }),
  unused('year', ['年度'], 'household', NO_FIELD),
  unused('firstIdentifiedOn', ['首次识别时间'], 'household', {
    zh: '首次识别时间：户第一次被识别为监测对象的时间。交换格式只记录本次识别（识别监测时间 → monitoring.identifiedOn），也没有规则读取首次识别时间；它不是“发现时间”（discoveredOn），不能用来起算收入周期，故不导入',
    en: 'first identification: when the household was first identified. The interchange format records the current identification (识别监测时间 → monitoring.identifiedOn) and no rule reads the first one; it is not the discovery date (discoveredOn) that starts an income period, so it is not imported',
  }),
  unused('memberIdentifiedOn', ['人员识别时间'], 'member', {
    zh: '人员识别时间：成员层面的识别时间，交换格式按户记录识别，没有规则读取，不导入',
    en: 'a member\'s identification date: identification is recorded per household and no rule reads it; not imported',
  }),
  unused('developmentalMeasures', ['实施开发式帮扶措施情况'], 'household', { zh: '实施开发式帮扶措施情况：由各措施列得出，不导入', en: 'developmental measures in place: follows from the measure columns; not imported' }),
  unused('publicWelfarePostNote', ['公益性岗位帮扶其他备注'], 'household', NO_FIELD),
  unused('militaryFamily', ['是否军烈属'], 'household', NO_FIELD),
  unused('collector', ['信息采集人', '信息采集人联系电话'], 'household', NO_FIELD),
  unused('causes', ['主要致贫原因', '次要致贫原因', '致贫原因1', '识别标准'], 'household', { zh: '旧系统的致贫原因与识别标准，不导入', en: 'causes of poverty and identification standard of the old system; not imported' }),
  unused('workPlace', ['务工所在地', '务工企业名称', '就业渠道', '就业渠道(易地搬迁后扶使用)', '是否国外务工', '所属行业', '是否点对点输送', '年度交通费补助', '就业服务需求', '是否已务工', '是否计划(外出)务工', '是否计划外出务工', '计划务工所在县'], 'member', {
    zh: '务工地点、企业与渠道：交换格式中无对应字段（务工区域见 A15），不导入',
    en: 'place, employer and channel of work: no interchange field (the work area is A15); not imported',
  }),
  unused('otherInsurance', ['是否参加城镇职工基本养老保险', '是否参加商业补充医疗保险', '是否接受医疗救助', '是否接受其他健康扶贫', '是否享受人身意外保险补贴'], 'member', NO_FIELD),
  unused('publicWelfarePostMonths', ['公益性岗位(月数)'], 'member', NO_FIELD),
  unused('memberMisc', ['残疾证办证年度', '是否会讲普通话', '大专或本科毕业生未就业原因', '是否事实无人抚养儿童'], 'member', NO_FIELD),
  unused('incomeTotals', ['年收入(元)', '纯收入(元)', '家庭纯收入', '人均纯收入(元)', '人均纯收入', '家庭人均纯收入', '风险消除后家庭纯收入', '风险消除后家庭人均纯收入', '纳入监测对象的收入参考范围', '纳入监测对象的人均收入参考范围'], 'household', GENERATED),
  unused('rewards', ['产业奖励', '就业奖励', '专项用于减少生产经营性支出的补贴'], 'household', { zh: '奖补与专项补贴：其计入哪项收入未有公开口径，不导入', en: 'rewards and earmarked subsidies: which income item they belong to is not published; not imported' }),
  unused('livingMisc', ['有效灌溉面积', '退耕还林面积(亩)', '牧草地面积', '水面面积', '入户路类型', '入户道路是否硬化', '与村主干路距离', '是否加入农民专业合作组织', '主要燃料类型', '是否有龙头企业带动', '是否有创业致富带头人带动', '是否通生活用电', '是否通生产用电', '是否通广播电视', '到户产业帮扶类型'], 'household', NO_FIELD),
];

const INDEX = buildIndex(HEADER_MAPPINGS);

function buildIndex(table: readonly HeaderMapping[]): Map<string, HeaderMapping> {
  const index = new Map<string, HeaderMapping>();
  for (const m of table) {
    for (const h of m.headers) {
      const k = normalizeHeader(h);
      const prior = index.get(k);
      if (prior && prior !== m) throw new Error(`header ${h} is mapped twice (${prior.key}, ${m.key})`);
      index.set(k, m);
    }
  }
  return index;
}

/**
 * Looks a header up in the mapping table (after {@link normalizeHeader}); `undefined` when unknown.
 *
 * @example
 * findHeader('人均纯收入（元）')?.path // null (recognised, not imported)
 * findHeader('识别监测时间')?.path    // 'monitoring.identifiedOn'
 */
export function findHeader(header: string): HeaderMapping | undefined {
  return INDEX.get(normalizeHeader(header));
}

/**
 * The full interchange path of a mapping, as docs show it: `income.wage`, `members[].sex`.
 *
 * @example
 * displayPath(findHeader('性别')!) // 'members[].sex'
 */
export function displayPath(m: HeaderMapping): string {
  if (m.path === null) return '—';
  if (m.path.startsWith('$events.')) return 'events[]';
  return m.level === 'member' ? `members[].${m.path}` : m.path;
}
