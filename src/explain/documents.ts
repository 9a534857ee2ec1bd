/**
 * The document registry (文件登记): every document a rule or a parameter cites. The five seed
 * documents are the primary sources (their text is in the repository's shared seeds); the others
 * are documents the seeds or the project notes name, held here so a citation can always be
 * resolved to an issuer and a number.
 *
 * @module
 */

/** A document in the registry. */
export interface PolicyDocument {
  /** The id citations use: the official document number where there is one. */
  id: string;
  /** 发文机关. */
  issuer: string;
  /** 文号, when the document has one. */
  number?: string;
  /** 标题. */
  title: string;
  /** 成文日期 (ISO), when known. */
  date?: string;
  /** The region it applies to. */
  region: string;
  /**
   * - `seed`: the text is held in this project (one of the five source documents);
   * - `referenced`: named by a seed or a held document, text not held here;
   * - `secondary`: a fact known only from a page that reports it (its address in {@link url}) or from
   *   the project's domain notes, the primary document not held — a value citing it is unverified and
   *   said so in the generated docs;
   * - `standard`: a national standard;
   * - `practice`: county practice seen in public data-cleaning rule sets, not a policy document;
   * - `supplied`: named by the user who supplied a value (`fangfanpin --line-source`,
   *   `withMonitoringLine`); fangfanpin has not checked it.
   */
  kind: 'seed' | 'referenced' | 'secondary' | 'standard' | 'practice' | 'supplied';
  /**
   * The public address of the document, or, for a `secondary` one, of the page that reports the
   * value cited (as it was read; the page may have moved since).
   */
  url?: string;
  /** For seeds: the file name under `sources/` (verbatim copies of the seed documents). */
  seedFile?: string;
  /** A short label for tables (S000…S004 for the seeds). */
  short: string;
  /** What the document is cited for, or why it is not verified. */
  note?: string;
}

const docs = [
  {
    id: '临稷办发〔2023〕76号',
    short: 'S000',
    issuer: '稷下街道办事处',
    number: '临稷办发〔2023〕76号',
    title: '关于印发《2023年度稷下街道巩固拓展脱贫攻坚成果信息动态管理和防止返贫监测帮扶集中排查工作方案》的通知',
    date: '2023-11-07',
    region: '山东省淄博市临淄区稷下街道',
    kind: 'seed',
    seedFile: '000_9f67e561e8efc1ae.txt',
    note: 'The national collection form A1–A55 (附件1) with its formulas; the criteria for 脱贫不享受政策人口 (附件2).',
  },
  {
    id: '榕晋乡振〔2023〕12号',
    short: 'S001',
    issuer: '福州市晋安区乡村振兴局',
    number: '榕晋乡振〔2023〕12号',
    title: '关于印发《2023年晋安区防止返贫监测帮扶第二轮集中排查工作方案》的通知',
    date: '2023-11-07',
    region: '福建省福州市晋安区',
    kind: 'seed',
    seedFile: '001_1520afc432531352.txt',
    note: 'Monitoring range 10560 yuan; itemised income; deadlines (identification ≤ 15 days, plan ≤ 10 days).',
  },
  {
    id: '小甸巩固振兴组办〔2021〕1号',
    short: 'S002',
    issuer: '小中甸镇巩固脱贫攻坚推进乡村振兴领导小组办公室',
    number: '小甸巩固振兴组办〔2021〕1号',
    title: '小中甸镇2021年度防返贫监测动态调整和信息采集暨监测对象回头看工作方案',
    region: '云南省迪庆州香格里拉市小中甸镇',
    kind: 'seed',
    seedFile: '002_31da626fb2bfd3dc.txt',
    note: 'Monitoring floor 6000 yuan; the four kinds of people; the look-back (清退, 回退, 风险再标注).',
  },
  {
    id: '党委发〔2023〕70号',
    short: 'S003',
    issuer: '中共五顷塬回族乡委员会、五顷塬回族乡人民政府',
    number: '党委发〔2023〕70号',
    title: '关于印发《五顷塬回族乡2023年度巩固拓展脱贫攻坚成果信息动态管理暨第二轮集中排查工作方案》的通知',
    date: '2023-10-27',
    region: '甘肃省庆阳市正宁县五顷塬回族乡',
    kind: 'seed',
    seedFile: '003_47d4d804fefde140.txt',
    note: '六必访 / 六必查 / 七不消 (named, wording not given); screening focus groups; the green channel.',
  },
  {
    id: '龙扶贫组字〔2021〕1号',
    short: 'S004',
    issuer: '龙口市扶贫开发领导小组',
    number: '龙扶贫组字〔2021〕1号',
    title: '关于印发《关于进一步健全防止返贫动态监测和帮扶机制的实施意见》的通知',
    date: '2021-06-15',
    region: '山东省烟台市龙口市',
    kind: 'seed',
    seedFile: '004_2b2dba28171a769b.txt',
    note: 'Provincial line 6500 yuan (2021); the three categories and their conditions; five exclusions; rolling income period.',
  },
  {
    id: '中农组发〔2021〕7号',
    short: '中农组发〔2021〕7号',
    issuer: '中央农村工作领导小组',
    number: '中农组发〔2021〕7号',
    title: '关于健全防止返贫动态监测和帮扶机制的指导意见',
    region: '全国',
    kind: 'referenced',
    note: 'The national framework (domain.md §1): provinces set the monitoring line each year. Text not held here.',
  },
  {
    id: '鲁乡振字〔2023〕11号',
    short: '鲁乡振字〔2023〕11号',
    issuer: '山东省乡村振兴局',
    number: '鲁乡振字〔2023〕11号',
    title: '关于转发《农业农村部办公厅关于进一步做好脱贫人口年度收入信息动态管理工作的通知》的通知',
    region: '山东省',
    kind: 'referenced',
    note: 'The 2023 income caliber S000 §四 applies; text not public here (domain.md §5).',
  },
  {
    id: '甘乡振局发〔2023〕59号',
    short: '甘乡振局发〔2023〕59号',
    issuer: '甘肃省乡村振兴局',
    number: '甘乡振局发〔2023〕59号',
    title: '甘肃省健全防止返贫动态监测和帮扶机制工作指南',
    region: '甘肃省',
    kind: 'referenced',
    note: 'Source of 六必访 / 六必查 / 七不消, which S003 §一(二) names. The wording of these lists is not available here (domain.md §8).',
  },
  {
    id: 'gansu-monitoring-line',
    short: '甘肃监测范围',
    issuer: '甘肃省（发文机关未核实）',
    title: '甘肃省年度防止返贫监测范围（2023年7200元，2024年7800元）',
    region: '甘肃省',
    kind: 'secondary',
    note: 'Reported in the project domain notes (domain.md §2, "Known elsewhere"); the provincial documents are not held and no public page stating these values was found (searched 2026-12), so the values are unverified.',
  },
  {
    id: '云农办通〔2025〕1号',
    short: '云农办通〔2025〕1号',
    issuer: '中共云南省委农村工作领导小组办公室',
    number: '云农办通〔2025〕1号',
    title: '中共云南省委农村工作领导小组办公室关于确定全省2025年度防止返贫致贫监测范围的通知',
    region: '云南省',
    kind: 'secondary',
    url: 'https://www.qrrfcrh.cn/zfxxgk_zkx_fwz/artview/1185/326180.html',
    note: "Text not held. Its value — the 2025 monitoring range of 8700 yuan of 家庭年人均纯收入 — is known from 凤尾镇's notice that applies it (\"执行省定监测范围\"), at the address given; a value citing it is unverified.",
  },
  {
    id: '甘农领办发〔2025〕4号',
    short: '甘农领办发〔2025〕4号',
    issuer: '中共甘肃省委农村工作领导小组办公室（甘肃省实施乡村振兴战略领导小组办公室）',
    number: '甘农领办发〔2025〕4号',
    title: '关于调整确定2025年防止返贫致贫监测范围的通知',
    region: '甘肃省',
    kind: 'referenced',
    url: 'http://www.lzxq.gov.cn/system/2025/04/09/031165473.shtml',
    note: "Sets Gansu's 2025 monitoring range. Text not held; named by Lanzhou New Area's notice of 2025-03-07 (the address given), which states only the New Area's own line set under it (\"2025年防止返贫监测范围的标准调整为8600元\"), not the provincial value — so no Gansu 2025 line is encoded.",
  },
  {
    id: 'GB 11643-1999',
    short: 'GB 11643',
    issuer: '国家质量技术监督局',
    number: 'GB 11643-1999',
    title: '公民身份号码',
    date: '1999-07-01',
    region: '全国',
    kind: 'standard',
    note: 'Structure and check character of the resident ID number (domain.md §11).',
  },
  {
    id: 'county-practice',
    short: '县级清洗规则',
    issuer: '各县数据清洗规则（公开代码）',
    title: '县级防返贫监测数据清洗规则（公开的县级规则集）',
    region: '各地',
    kind: 'practice',
    note: 'Data-cleaning checks counties run before the national database closes (county-rules.md); their numbering is kept in a mapping table.',
  },
  {
    id: 'national-elimination-practice',
    short: '风险消除标准',
    issuer: '各县公开的风险消除标准',
    title: '防止返贫监测对象风险消除标准（县级公开页面所载全国做法）',
    region: '全国',
    kind: 'practice',
    note: 'The published conditions for 风险消除 counties copy (county-rules.md §E; domain.md §8): income stably above the line for about half a year, rigid spending resolved, 三保障 and water secured, ≥ 6 months since identification, at least one measure; 整户无劳动力 not eliminated.',
  },
  {
    id: 'national-identification-practice',
    short: '监测对象认定标准',
    issuer: '县级政府公开页面（江西省定南县人民政府，2024；云南省元谋县人民政府，2023；云南省大姚县人民政府）',
    title: '防止返贫监测对象及其认定标准（县级公开页面所载全国做法）',
    region: '全国',
    kind: 'practice',
    note:
      'How county government pages restate the national standard of 中农组发〔2021〕7号 (whose text is not held): the three groups of monitoring objects ("防止返贫监测对象包括:脱贫不稳定户、边缘易致贫户,以及因病因灾因意外事故等刚性支出较大或收入大幅缩减导致基本生活出现严重困难户三类对象", dingnan.gov.cn, 2024-09); the standard weighs income, compliant spending, prominent problems and the household’s own capacity ("监测对象的认定主要包括农户的收入、合规自付支出、突出困难问题和自主应对能力", the same page); income below the line and at least one risk ("元谋县2023年防止返贫监测范围为年人均纯收入8050元,原则上且至少存在以下返贫致贫风险之一", yncxym.gov.cn/info/3844/78406.htm), the risks listed there being unsafe housing, drinking water, illness costs, schooling costs, and a disaster, illness or accident cutting income or raising spending. Cited for the library’s reading that the line is a reference and a risk must be on record; the clause labels name the page.',
  },
  {
    id: '国办发明电〔2019〕16号',
    short: '国办发明电〔2019〕16号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2019〕16号',
    title: '国务院办公厅关于2020年部分节假日安排的通知',
    date: '2019-11-21',
    region: '全国',
    kind: 'referenced',
    note: 'The public holidays (放假调休) and make-up working days (调休上班) of 2020, used to count working days (工作日). Dates checked against published copies of the notice; held as data in src/calendar/notices.ts.',
  },
  {
    id: '国办发明电〔2020〕1号',
    short: '国办发明电〔2020〕1号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2020〕1号',
    title: '国务院办公厅关于延长2020年春节假期的通知',
    date: '2020-01-26',
    region: '全国',
    kind: 'referenced',
    note: 'Extends the 2020 Spring Festival holiday to 2 February (Sunday), work resuming Monday 3 February: 31 January – 2 February become days off, cancelling the make-up working day of Saturday 1 February set by 国办发明电〔2019〕16号. Dates checked against published copies; held as data in src/calendar/notices.ts.',
  },
  {
    id: '国办发明电〔2020〕27号',
    short: '国办发明电〔2020〕27号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2020〕27号',
    title: '国务院办公厅关于2021年部分节假日安排的通知',
    date: '2020-11-25',
    region: '全国',
    kind: 'referenced',
    note: 'The public holidays (放假调休) and make-up working days (调休上班) of 2021, used to count working days (工作日). Dates checked against published copies of the notice; held as data in src/calendar/notices.ts.',
  },
  {
    id: '国办发明电〔2021〕11号',
    short: '国办发明电〔2021〕11号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2021〕11号',
    title: '国务院办公厅关于2022年部分节假日安排的通知',
    date: '2021-10-25',
    region: '全国',
    kind: 'referenced',
    note: 'The public holidays (放假调休) and make-up working days (调休上班) of 2022, used to count working days (工作日). Dates checked against published copies of the notice; held as data in src/calendar/notices.ts.',
  },
  {
    id: '国办发明电〔2022〕16号',
    short: '国办发明电〔2022〕16号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2022〕16号',
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    date: '2022-12-08',
    region: '全国',
    kind: 'referenced',
    note: 'The public holidays (放假调休) and make-up working days (调休上班) of 2023, used to count working days (工作日). Dates checked against published copies of the notice; held as data in src/calendar/notices.ts.',
  },
  {
    id: '国办发明电〔2023〕7号',
    short: '国办发明电〔2023〕7号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2023〕7号',
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    date: '2023-10-25',
    region: '全国',
    kind: 'referenced',
    note: 'The public holidays (放假调休) and make-up working days (调休上班) of 2024, used to count working days (工作日). Dates checked against published copies of the notice; held as data in src/calendar/notices.ts.',
  },
  {
    id: '国办发明电〔2024〕12号',
    short: '国办发明电〔2024〕12号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2024〕12号',
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    date: '2024-11-12',
    region: '全国',
    kind: 'referenced',
    note: 'The public holidays (放假调休) and make-up working days (调休上班) of 2025, used to count working days (工作日). Dates checked against published copies of the notice; held as data in src/calendar/notices.ts.',
  },
  {
    id: '国办发明电〔2025〕7号',
    short: '国办发明电〔2025〕7号',
    issuer: '国务院办公厅',
    number: '国办发明电〔2025〕7号',
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    date: '2025-11-04',
    region: '全国',
    kind: 'referenced',
    note: 'The public holidays (放假调休) and make-up working days (调休上班) of 2026, used to count working days (工作日). Dates checked against published copies of the notice; held as data in src/calendar/notices.ts.',
  },
] as const satisfies readonly PolicyDocument[];

/** The registry: document id → document. */
export const DOCUMENTS: Readonly<Record<string, PolicyDocument>> = Object.freeze(
  Object.fromEntries(docs.map((d) => [d.id, d as PolicyDocument])),
);

/** The ids of the registered documents. */
export type DocumentId = (typeof docs)[number]['id'];

/** A document by id, or `undefined`. */
export function getDocument(id: string): PolicyDocument | undefined {
  return DOCUMENTS[id];
}
