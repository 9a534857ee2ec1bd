/**
 * The page the docs site opens on (`typedoc.json` "readme"): for policy officers and analysts, Chinese
 * first, English after — what the library decides (the four outcomes), the built-in profiles and their
 * monitoring lines, the analyst's loop, and how to read results.csv. The profiles, lines, outcome labels
 * and result columns are read from the library, so the page cannot drift from it (the docs staleness
 * test regenerates it).
 *
 * @module
 */
import { IDENTIFICATION_OUTCOMES, type Profile } from '../../src/index.js';
import type { Text } from '../../src/model/labels.js';
import { RESULT_COLUMNS } from '../../src/io/columns.js';
import { cell, code, frontMatter, link, page, quote, table } from './markdown.js';
import { documentOf, historyOf, KINDS, paths, unsetOf, type PolicyModel } from './model.js';

/** The start page's path, relative to the policy root. */
export const START_PAGE = 'start.md';

const GUIDE = { zh: '../guides/zh/analyst-rescoring.md', en: '../guides/en/analyst-rescoring.md' };

/** What each outcome means, in the order of `IDENTIFICATION_OUTCOMES`. */
const OUTCOME_MEANINGS: Record<keyof typeof IDENTIFICATION_OUTCOMES, Text> = {
  identified: {
    zh: '记录满足条款的纳入条件（收入低于监测线且有风险在案，或条款规定的困难情形），给出类别：脱贫不稳定户、边缘易致贫户或突发严重困难户。',
    en: 'the record meets a clause’s conditions for entry (income below the line with a risk on record, or the hardship a clause names); the category is given: 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户.',
  },
  'to-verify': {
    zh: '记录满足收入参考或条款的检验，余下的是导出文件不含的事实（风险类型、困难情况等）：逐项列出须入户核实的事实、所依据的条款和拟认定类别。须有记录中的线索（收入低于监测线、风险类型、三保障问题、收入下降、合规自付支出较大、部门预警等）才列入。',
    en: 'the record meets the income reference or a clause’s test, and what is left are facts an export does not carry (a risk type, a hardship): each fact to verify at the home visit is named with its clause, and the provisional category. Only a household with a sign in its record (income below the line, a risk type, a 三保障 problem, a fall in income, large compliant out-of-pocket spending, a department warning, …) is on the list.',
  },
  'not-identified': {
    zh: '记录不满足纳入条件，或属于排除情形（写明原因）。记录中没有须入户核实的迹象时，仅凭记录判定，并注明。',
    en: 'the record meets no condition for entry, or an exclusion applies (the reason is given). When the record shows no sign that calls for a visit, the decision is made on the record alone, and says so.',
  },
  undetermined: {
    zh: '记录缺少必须有的信息（收入项、日期等），写明缺少什么。',
    en: 'the record lacks something it must carry (an income item, a date, …); what is missing is named.',
  },
};

/** What each column of results.csv holds. Every column shown in a table must have one (the generator throws otherwise). */
const COLUMN_MEANINGS: Record<string, Text> = {
  householdId: { zh: '户编号；为身份证号码时已遮蔽。', en: 'the household number; masked when it is a resident ID number.' },
  village: { zh: '行政村。', en: 'the village.' },
  recordedCategory: {
    zh: '导出文件自己记录的：A3 监测对象类别；已标注风险消除的为“已消除风险”；无监测信息的为“非监测对象”。',
    en: 'what the export itself records: the A3 category; 已消除风险 (risk eliminated) when marked so; 非监测对象 (not a monitoring object) without a monitoring record.',
  },
  outcome: { zh: '认定、待核实、不认定或无法判定（见上）。', en: 'identified, to verify, not identified or undetermined (above).' },
  category: { zh: '认定时的监测对象类别。', en: 'the category, when identified.' },
  provisionalCategory: { zh: '待核实时，核实后将认定的类别。', en: 'when to verify: the category the household takes once the facts are verified.' },
  agreesWithRecord: {
    zh: '原记录为监测对象的，重新评估为同一类别才为“是”；原记录为非监测对象或已消除风险的，重新评估为不认定才为“是”；无法判定的留空。',
    en: 'for a recorded monitoring object, yes only when re-scored identified in the same category; for a household recorded as not monitored or eliminated, yes only when not identified; empty when undetermined.',
  },
  toVerify: {
    zh: '待核实时：每种可以定论的方式及其所需事实（采集表的字段名称），以“；”分隔，核实其中一种即可。',
    en: 'when to verify: each way to settle it with the facts it needs (the form’s field names), separated by "；" — verifying one settles it.',
  },
  missing: { zh: '无法判定时：记录必须有而缺少的项目。', en: 'when undetermined: what the record must carry and lacks.' },
  signs: { zh: '把该户列入核实名单的记录中的迹象。', en: 'what in the record put the household on the list.' },
  eligible: { zh: '认定为“是”，不认定为“否”，其余留空。', en: 'yes when identified, no when not identified, else empty.' },
  excludedBy: { zh: '排除情形（条款名称）。', en: 'the exclusions that apply, by name.' },
  householdSize: { zh: '计入的家庭人口数。', en: 'the household size counted.' },
  netIncome: { zh: 'A33 = A28 + A29 + A30 + A31 − A32。', en: 'A33 = A28 + A29 + A30 + A31 − A32.' },
  perCapitaNetIncome: { zh: 'A34 = A33 ÷ 家庭人口数。', en: 'A34 = A33 ÷ household size.' },
  referenceIncome: { zh: 'A37 = A33 + A35 − A36。', en: 'A37 = A33 + A35 − A36.' },
  perCapitaReferenceIncome: { zh: 'A38 = A37 ÷ 家庭人口数。', en: 'A38 = A37 ÷ household size.' },
  policyStatusOutcome: {
    zh: '脱贫享受政策、脱贫不享受政策、待核实、无法判定或不适用（仅设定了认定标准的配置进行此项认定）。',
    en: 'formerly poor enjoying / not enjoying support policies, to verify, undetermined, or not applicable (only profiles with the review apply it).',
  },
  policyStatus: { zh: '认定的脱贫户政策状态。', en: 'the policy status decided.' },
  eliminationOutcome: {
    zh: '可标注风险消除、待核实、不可标注、无法判定，或不适用（非监测对象）。',
    en: 'may be marked eliminated, to verify, may not, undetermined, or not applicable (not a monitoring object).',
  },
  eliminationEligible: { zh: '可标注风险消除为“是”。', en: 'yes when the risk may be marked eliminated.' },
  eliminationBlockers: { zh: '未满足的风险消除条件（名称）。', en: 'the elimination conditions that fail, by name.' },
  screeningGroups: { zh: '该户所属的集中排查重点群体。', en: 'the screening focus groups the household belongs to.' },
  qualityErrors: { zh: '数据质量错误条数（详情用 `fangfanpin check`）。', en: 'data-quality errors (details: `fangfanpin check`).' },
  qualityWarnings: { zh: '数据质量疑点条数。', en: 'data-quality warnings.' },
  qualityCompleteness: { zh: '缺项条数。', en: 'completeness issues.' },
  qualityInfo: { zh: '提示条数。', en: 'notes.' },
};

function lineText(model: PolicyModel, p: Profile, lang: 'zh' | 'en'): string {
  const history = historyOf(p, 'monitoringLine');
  if (!history) {
    const reason = unsetOf(p, 'monitoringLine');
    return cell(lang === 'zh' ? `未设定${reason ? `：${reason.zh}` : ''}` : `unset${reason ? `: ${reason.en}` : ''}`);
  }
  return history
    .map((v) => {
      const dates = v.to ? `${v.from}..${v.to}` : `${v.from}..`;
      const doc = documentOf(model, v.citation.doc, p);
      const source = doc && doc.kind !== 'seed' ? `${v.citation.doc}，${KINDS[doc.kind][lang]}` : `${v.citation.doc} ${v.citation.clause}`;
      return cell(`${dates}: **${String(v.value)}**（${source}）`);
    })
    .join('<br>');
}

function profilesTable(model: PolicyModel, lang: 'zh' | 'en'): string {
  const head = lang === 'zh' ? ['配置', '地区', '监测线（元/人·年）：生效日期、数值、出处', '依据文件'] : ['Profile', 'Region', 'Monitoring line (yuan a person a year): dates, value, source', 'Sources'];
  return table(
    head,
    model.profiles.map((p) => [link(START_PAGE, paths.profile(p.id), p.id), cell(p.title[lang]), lineText(model, p, lang), cell(p.sources.join('、') || '—')]),
  );
}

function columnsTable(lang: 'zh' | 'en'): string {
  const shown = RESULT_COLUMNS.filter((c) => !c.ndjsonOnly);
  const missing = shown.filter((c) => !COLUMN_MEANINGS[c.key]);
  if (missing.length > 0) throw new Error(`scripts/docs/start.ts: no meaning for the result column(s) ${missing.map((c) => c.key).join(', ')}`);
  const head = lang === 'zh' ? ['列', '英文表头（--lang en）', '含义'] : ['Column (Chinese header)', 'English header (--lang en)', 'What it holds'];
  return table(head, shown.map((c) => [cell(c.zh), cell(c.en), cell(COLUMN_MEANINGS[c.key]![lang])]));
}

function outcomesTable(lang: 'zh' | 'en'): string {
  const keys = Object.keys(IDENTIFICATION_OUTCOMES) as (keyof typeof IDENTIFICATION_OUTCOMES)[];
  const head = lang === 'zh' ? ['结论', '含义'] : ['Outcome', 'Meaning'];
  return table(head, keys.map((k) => [cell(lang === 'zh' ? IDENTIFICATION_OUTCOMES[k].zh : `${IDENTIFICATION_OUTCOMES[k].en} (${IDENTIFICATION_OUTCOMES[k].zh})`), cell(OUTCOME_MEANINGS[k][lang])]));
}

const NOTE2 = '2.A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。';

/**
 * The start page of the docs site.
 *
 * @example
 * startPage(loadModel()).startsWith('---') // true
 */
export function startPage(model: PolicyModel): string {
  const policy = link(START_PAGE, paths.index, '政策文档 Policy');
  const quality = link(START_PAGE, paths.quality, '数据质量检查目录');
  const qualityEn = link(START_PAGE, paths.quality, 'data-quality catalogue');
  const guides = link(START_PAGE, '../guides/index.md', '指南 Guides');
  return page(
    frontMatter('防返贫 fangfanpin'),
    '# 防止返贫动态监测和帮扶政策的可执行版本：给政策干部和数据分析人员',
    '*Chinese first; the English text follows below.*',
    '本站写给政策干部和数据分析人员。本库把各地文件的条款写成规则：给出一户的记录（全国防返贫监测信息系统采集表 A1–A55 的字段）和一个政策配置（地区和年份），它按条款计算、判定，每项判定都写明依据哪份文件的哪一条、比较了哪些数值，并有中英文说明。数额精确到分；同样的输入、配置和版本，任何时候得出同样的结果。',
    '## 本库判定什么',
    '对每一户：收入（A33 家庭纯收入、A34 家庭人均纯收入、A37 与 A38 纳入监测对象的收入参考范围）；是否纳入监测及类别；脱贫享受政策或不享受政策（设定了认定标准的配置）；能否标注风险消除，以及风险消除回退、风险再标注；属于哪些集中排查重点群体；程序时限；数据质量问题（' + quality + '）。',
    '纳入监测的判定有四种结论。收入是确定监测对象的参考，不是唯一标准：',
    quote(`${NOTE2}\n——临稷办发〔2023〕76号 附件1 注2`),
    '所以收入低于监测线而记录中没有风险的户，结论是“待核实”，而不是“认定”。重新评估导出文件处在“排查 → 入户核实 → 民主评议 → 公示 → 认定”的第一步。',
    outcomesTable('zh'),
    '## 内置政策配置及其监测线',
    '每个取值都注明生效日期和出处。监测线在其所属年度内有效，按收入计算周期的截止日读取；某年没有公开文件载明的，按该年日期评估会停止（退出码 3），并提示最简便的补救：用 `--line <元> --line-source "<文件文号、条款>"` 补充一条注明出处的监测线。',
    profilesTable(model, 'zh'),
    `每个配置的全部参数、出处和未设定的原因见${link(START_PAGE, paths.profiles, '内置配置')}。`,
    '## 分析人员的工作循环',
    [
      `1. **重新评估**导出文件：${code('fangfanpin rescore export.csv --profile fujian/jinan/2023 --as-of 2023-12-15 --out out/')}。`,
      '2. **待核实名单**：results.csv 中“认定结论”为“待核实”的户；“须入户核实”列写明要核实什么，“拟认定类别”写明核实后的类别；summary-facts.csv 按事实汇总户数。',
      '3. **补充核实的事实**：入户核实后，把核实的事实补进这些户的记录——写成 NDJSON（每行一户），或填在导出文件的可选列中。',
      '4. **再评估**：核实的户即按拟认定类别认定。',
    ].join('\n'),
    `summary-matrix.csv 把导出文件记录的类别（脱贫不稳定户、边缘易致贫户、突发严重困难户、已消除风险、非监测对象）与重新评估的结论逐一对照。在示例数据上走完这个循环的可运行示例：${link(START_PAGE, GUIDE.zh, '批量重新评估')}。`,
    '## 读懂 results.csv',
    '中文表格只写中文名称，不写英文代码或字段路径；多项内容以“；”分隔。NDJSON 中多项内容为数组，并另带结论代码、字段路径和编号（outcomeCode、toVerifyFields、missingFields 等）。',
    columnsTable('zh'),
    '## 进一步阅读',
    `- ${policy}：每条规则及其条款原文、每个参数的取值和出处、计算示例、${quality}、文件登记。\n- ${guides}：县级系统集成、批量重新评估、定义本地配置、比较配置（中英文）。\n- 开发人员：本站的 README（安装、测试、性能）和 API 参考（index 各页）。`,
    '---',
    '## fangfanpin in English',
    'This site is written for policy officers and analysts. The library turns the clauses of the local documents into rules: given a household’s record (the fields of the national monitoring system’s collection form, A1–A55) and a policy profile (a place and a year), it computes and decides as the clauses say, and every decision names the document and clause it rests on and the values it compared, in Chinese and English. Money is exact to the fen; the same input, profile and version give the same result at any time.',
    '### What the library decides',
    `For every household: income (A33 net income, A34 per-capita net income, A37 and A38 the reference income for identification); whether it enters monitoring and in which category; a formerly poor household’s policy status (under profiles with the review); whether a risk may be marked eliminated, roll-back and re-marking; the screening focus groups it belongs to; deadlines; and data-quality problems (the ${qualityEn}).`,
    'Identification has four outcomes. Income is a reference for identifying a household, not the whole test (临稷办发〔2023〕76号 附件1 注2, quoted above), so a household below the line with no risk on record is *to verify*, not identified. A re-score of an export is the first step of screening → home visit → village review → public notice → identification.',
    outcomesTable('en'),
    '### The built-in profiles and their lines',
    'Every value is dated and cited. A line is in force for its calendar year and read at the end of the income period; where no public document states a year’s line, an assessment dated in that year stops (exit code 3) and names the shortest fix: `--line <元> --line-source "<document, clause>"`, a line supplied with its source.',
    profilesTable(model, 'en'),
    `Every parameter of each profile, its source and why a value is unset: ${link(START_PAGE, paths.profiles, 'the built-in profiles')}.`,
    '### The analyst’s loop',
    [
      `1. **Re-score** the export: ${code('fangfanpin rescore export.csv --profile fujian/jinan/2023 --as-of 2023-12-15 --out out/')}.`,
      '2. **The list to verify**: the rows of results.csv whose outcome (认定结论) is 待核实; 须入户核实 says what to verify and 拟认定类别 the category it leads to; summary-facts.csv counts the households by fact.',
      '3. **Add the verified facts** to those households’ records after the visit — as NDJSON (one household a line), or in the export’s optional columns.',
      '4. **Re-score**: the verified households are identified, in the provisional category.',
    ].join('\n'),
    `summary-matrix.csv sets the category the export records (脱贫不稳定户, 边缘易致贫户, 突发严重困难户, risk eliminated, not a monitoring object) against the re-score. A runnable walk through the loop on the sample data: ${link(START_PAGE, GUIDE.en, 'Re-scoring an export')}.`,
    '### Reading results.csv',
    'A Chinese table holds Chinese names only — no English codes or field paths; lists are joined with "；". In NDJSON lists are arrays, and each row also carries the outcome code, the field paths and the ids (outcomeCode, toVerifyFields, missingFields, …).',
    columnsTable('en'),
    '### Further reading',
    `- ${policy}: every rule with its clause, every parameter with its values and sources, worked examples, the ${qualityEn}, the document registry.\n- ${guides}: county integration, re-scoring an export, a local profile, comparing profiles (Chinese and English).\n- For developers: this site’s README (install, tests, performance) and the API reference (the index pages).`,
  );
}
