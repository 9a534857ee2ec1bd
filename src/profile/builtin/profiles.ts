/**
 * The built-in profiles (内置政策配置): who they are and where they come from. Their parameter values
 * live with the parameter declarations (src/profile/parameters), keyed by profile id.
 *
 * @module
 */
import type { Text } from '../../model/labels.js';
import type { QuotedCitation } from '../../explain/finding.js';

/** The descriptive part of a built-in profile. */
export interface BuiltinProfileMeta {
  id: string;
  extends?: string;
  title: Text;
  description: Text;
  region: { province?: string; city?: string; county?: string; town?: string };
  /** The documents the profile encodes. */
  sources: string[];
  /** The date an assessment is made "as of" when the caller gives none (the status date). */
  defaultAsOf?: { value: string; citation: QuotedCitation };
}

export const BUILTIN_PROFILES: readonly BuiltinProfileMeta[] = [
  {
    id: 'national/2021',
    title: { zh: '全国通用（国家采集表口径）', en: 'National base (national collection form)' },
    description: {
      zh: '全国防止返贫监测信息系统采集表的公式与口径（A1–A55），各地配置的基础。不设监测线：监测范围由各省每年确定。',
      en: "The national system's collection form and its formulas (A1–A55), the base every regional profile extends. It sets no line: each province sets the monitoring range every year.",
    },
    region: {},
    sources: ['中农组发〔2021〕7号', '临稷办发〔2023〕76号'],
  },
  {
    id: 'shandong/longkou/2021',
    extends: 'national/2021',
    title: { zh: '山东省烟台市龙口市（2021）', en: 'Longkou, Yantai, Shandong (2021)' },
    description: {
      zh: '省定监测线6500元；脱贫不稳定户、边缘易致贫户、严重困难户的认定条件；五项排除情形；滚动收入周期。',
      en: 'Provincial line 6500 yuan; the conditions of the three categories; five exclusions; a rolling income period.',
    },
    region: { province: '山东省', city: '烟台市', county: '龙口市' },
    sources: ['龙扶贫组字〔2021〕1号'],
  },
  {
    id: 'shandong/linzi/2023',
    extends: 'national/2021',
    title: { zh: '山东省淄博市临淄区稷下街道（2023）', en: 'Jixia, Linzi, Zibo, Shandong (2023)' },
    description: {
      zh: '国家采集表（A38定纳入、A34分类别），收入周期2022-10-01至2023-09-30，脱贫不享受政策认定标准。文件未载明2023年监测线。',
      en: 'The national form (A38 decides entry, A34 the category), income period 2022-10-01..2023-09-30, the criteria for 脱贫不享受政策. The 2023 line is not stated in the document.',
    },
    region: { province: '山东省', city: '淄博市', county: '临淄区' },
    sources: ['临稷办发〔2023〕76号'],
    defaultAsOf: {
      value: '2023-09-30',
      citation: { doc: '临稷办发〔2023〕76号', clause: '四', quote: '健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。' },
    },
  },
  {
    id: 'fujian/jinan/2023',
    extends: 'national/2021',
    title: { zh: '福建省福州市晋安区（2023）', en: "Jin'an, Fuzhou, Fujian (2023)" },
    description: {
      zh: '监测范围为家庭年人均可支配收入低于10560元；不得以落实低保为由不识别监测对象；认定不超过15天，帮扶计划不超过10天。',
      en: 'Monitoring range: annual per-capita disposable income below 10560 yuan; 低保 is never a reason to refuse identification; identification within 15 days, the assistance plan within 10.',
    },
    region: { province: '福建省', city: '福州市', county: '晋安区' },
    sources: ['榕晋乡振〔2023〕12号'],
    defaultAsOf: {
      value: '2023-12-15',
      citation: { doc: '榕晋乡振〔2023〕12号', clause: '二(三)', quote: '省里将于12月15日24时对系统数据进行阶段性封库开展监测调度' },
    },
  },
  {
    id: 'yunnan/xiaozhongdian/2021',
    extends: 'national/2021',
    title: { zh: '云南省迪庆州香格里拉市小中甸镇（2021）', en: 'Xiaozhongdian, Shangri-La, Diqing, Yunnan (2021)' },
    description: {
      zh: '监测底线6000元（2021年）；2025年省定监测范围8700元（云农办通〔2025〕1号，据转述，未核实原文）；"四类人"；整户无劳动能力家庭；回头看（清退、风险消除回退、风险再标注、按识别时收入标注类别）。',
      en: 'Monitoring floor 6000 yuan (2021); the provincial range of 8700 yuan for 2025 (云农办通〔2025〕1号, as reported, primary text not held); the "four kinds of people"; households without labour capacity; the look-back (removal, roll-back, re-marking, relabelling by income at identification).',
    },
    region: { province: '云南省', city: '迪庆州', county: '香格里拉市', town: '小中甸镇' },
    sources: ['小甸巩固振兴组办〔2021〕1号', '云农办通〔2025〕1号'],
    defaultAsOf: {
      value: '2021-09-30',
      citation: { doc: '小甸巩固振兴组办〔2021〕1号', clause: '三(三)', quote: '2021年度主要针对2021年9月30日前发生变化的信息' },
    },
  },
  {
    id: 'gansu/wuqingyuan/2023',
    extends: 'national/2021',
    title: { zh: '甘肃省庆阳市正宁县五顷塬回族乡（2023）', en: 'Wuqingyuan Hui township, Zhengning, Qingyang, Gansu (2023)' },
    description: {
      zh: '甘肃2023年监测范围7200元、2024年7800元（未核实原文）；六必访、六必查、七不消（名称，具体条目须以数据提供）；收入下降与2022年收入低于10000元的重点排查；绿色通道。',
      en: "Gansu's lines of 7200 yuan (2023) and 7800 yuan (2024) (primary documents not held); 六必访 / 六必查 / 七不消 by name (their items are supplied as data); focus on income decline and 2022 income below 10000 yuan; the green channel.",
    },
    region: { province: '甘肃省', city: '庆阳市', county: '正宁县', town: '五顷塬回族乡' },
    sources: ['党委发〔2023〕70号', '甘乡振局发〔2023〕59号'],
    defaultAsOf: {
      value: '2023-11-14',
      citation: { doc: '党委发〔2023〕70号', clause: '二(三)', quote: '数据录入（2023年11月6日至11月14日）' },
    },
  },
];
