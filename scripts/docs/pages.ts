/**
 * The policy pages: the home page, one page per built-in profile, per rule and per parameter, the
 * data-quality catalogue and the document registry. Each function returns Markdown; links are
 * relative, so the pages read the same on the forge and in the typedoc site.
 *
 * @module
 */
import { z } from 'zod';
import { MoneySchema, NonNegativeMoneySchema, PositiveMoneySchema, type ParameterDefinition, type Profile, type Rule, type Text } from '../../src/index.js';
import { builtinProfileFile, builtinValues } from '../../src/profile/builtin/profiles.js';
import { evaluateExample, type EvaluatedExample } from './evaluate.js';
import { block, cell, code, frontMatter, link, page, table } from './markdown.js';
import {
  KINDS,
  LAYERS,
  SEVERITIES,
  documentLabel,
  examplesOf,
  historyOf,
  missingParameters,
  paths,
  profileSlug,
  unsetOf,
  type PolicyModel,
} from './model.js';
import { both, citationBlock, exampleBlock, parameterState } from './render.js';

const RUNS = '参数齐全 all set';
const NOT_SET = '未设定 not set:';
const APPLICABILITY =
  '“参数齐全”：规则读取的参数在该配置中都有取值。“未设定”：需要该参数的判断会报错（说明如何提供）或标为无法判定，可选参数除外。 "all set": every parameter the rule reads has a value in the profile. "not set": a decision that needs the parameter fails with an error saying how to supply it, or comes out undetermined — unless the rule treats it as optional.';

const layerTitle = (id: string) => both(LAYERS.find((l) => l.id === id)?.title ?? { zh: id, en: id });

function parameterOf(model: PolicyModel, key: string): ParameterDefinition | undefined {
  return model.parameters.find((p) => p.key === key);
}

function rulesReading(model: PolicyModel, key: string): Rule[] {
  return model.rules.filter((r) => r.parameters.includes(key as never));
}

// ---------------------------------------------------------------------------------------------
// Home

export function homePage(model: PolicyModel): string {
  const from = paths.index;
  const profiles = table(
    ['配置 Profile', '名称 Title', '继承 Extends', '依据 Sources'],
    model.profiles.map((p) => [link(from, paths.profile(p.id), p.id), cell(both(p.title)), cell(p.extends ?? '—'), cell(p.sources.join('、') || '—')]),
  );
  const layers = table(
    ['层级 Layer', '规则数 Rules', '有计算示例 With worked examples'],
    LAYERS.map((l) => {
      const rules = model.rules.filter((r) => r.layer === l.id);
      return [cell(both(l.title)), String(rules.length), String(rules.filter((r) => examplesOf(model, r.id).length > 0).length)];
    }),
  );
  return page(
    frontMatter('政策文档 Policy', [paths.profiles, paths.rules, paths.parameters, paths.quality, paths.documents]),
    '# 政策文档 Policy documentation',
    '本库即政策：以下各页由与判定逻辑相同的来源生成——规则目录（每条规则引用其实现的条款原文）、参数声明、内置配置（每个配置一个 JSON 文件，每个取值注明生效日期和出处）和文件登记。计算示例由本库在生成文档时实际计算。',
    'The library is the policy: these pages are generated from the same sources as its behaviour — the rule catalog (each rule quoting the clause it implements), the parameter declarations, the built-in profiles (one JSON file each, every value dated and cited) and the document registry. Worked examples are computed by the library when the pages are generated.',
    `- ${link(from, paths.profiles, '内置配置 Profiles')} — 每个参数的取值、生效日期和出处；适用的规则；未设定的参数及原因。\n- ${link(from, paths.rules, '规则 Rules')} — 条款原文、代码检查什么、参数、计算示例。\n- ${link(from, paths.parameters, '参数 Parameters')} — 每个参数在各配置中的取值。\n- ${link(from, paths.quality, '数据质量检查目录 Data-quality catalogue')} — 代码、严重程度、含义、对应的国家规则编号。\n- ${link(from, paths.documents, '文件登记 Documents')} — 所引用的文件。`,
    '## 内置配置 Built-in profiles',
    profiles,
    '## 规则 Rules by layer',
    layers,
  );
}

// ---------------------------------------------------------------------------------------------
// Profiles

export function profilesIndexPage(model: PolicyModel): string {
  const from = paths.profiles;
  const rows = model.profiles.map((p) => {
    const line = historyOf(p, 'monitoringLine');
    const lineText = line ? line.map((v) => `${String(v.value)}（${v.from}${v.to ? `..${v.to}` : '..'}）`).join('<br>') : unsetOf(p, 'monitoringLine') ? '未设定 unset' : '—';
    const unset = model.parameters.filter((d) => !historyOf(p, d.key) && unsetOf(p, d.key)).length;
    return [link(from, paths.profile(p.id), p.id), cell(both(p.title)), lineText, String(unset)];
  });
  return page(
    frontMatter('内置配置 Profiles', model.profiles.map((p) => `${profileSlug(p.id)}.md`)),
    '# 内置配置 Built-in profiles',
    '每个配置是一个 JSON 文件（`src/profile/builtin/`），含一组带日期、注明出处的参数取值；地方配置继承 `national/2021`。县级系统可用同样格式的文件定义自己的配置（`defineProfile`，或命令行 `--profile 文件路径`），并以 `fangfanpin profiles --check 文件路径` 校验（见指南）。',
    "Each profile is one JSON file (`src/profile/builtin/`) holding a set of dated, cited parameter values; the regional ones extend `national/2021`. A county system defines its own as a file of the same shape (`defineProfile`, or `--profile <file>` on the command line) and checks it with `fangfanpin profiles --check <file>` (see the guides).",
    table(['配置 Profile', '名称 Title', '监测线 Monitoring line', '未设定参数数 Unset parameters'], rows),
  );
}

export function profilePage(model: PolicyModel, p: Profile): string {
  const from = paths.profile(p.id);
  const facts: string[][] = [
    ['配置编号 Id', code(p.id)],
    ['继承 Extends', p.extends ? link(from, paths.profile(p.extends), p.extends) : '—'],
    ['地区 Region', cell([p.region.province, p.region.city, p.region.county, p.region.town].filter(Boolean).join(' ') || '全国 national')],
    ['依据文件 Sources', cell(p.sources.map((s) => documentLabel(model, s, p)).join('\n') || '—')],
    ['默认评估时点 Default as-of', p.defaultAsOf ? cell(`${p.defaultAsOf.value}（${documentLabel(model, p.defaultAsOf.citation.doc, p)} ${p.defaultAsOf.citation.clause}）`) : '—（须由调用方给出 the caller gives it）'],
    ['配置文件 File', code(`src/profile/builtin/${builtinProfileFile(p.id)}`)],
    ['配置哈希 Hash (SHA-256)', code(p.hash)],
  ];
  const sections: string[] = [];
  for (const layer of LAYERS) {
    const decls = model.parameters.filter((d) => d.group === layer.id);
    if (decls.length === 0) continue;
    sections.push(`### ${both(layer.title)}`);
    for (const d of decls) {
      sections.push(`#### ${code(d.key)} ${both(d.label)}\n\n${link(from, paths.parameter(d.key), '参数说明 About this parameter')}\n\n${parameterState(model, p, d.key, d.unit, from)}`);
    }
  }
  const unset = model.parameters.filter((d) => !historyOf(p, d.key) && unsetOf(p, d.key));
  const unsetRows = unset.map((d) => [link(from, paths.parameter(d.key), d.key), cell(unsetOf(p, d.key)!.zh), cell(unsetOf(p, d.key)!.en)]);
  const ruleRows = model.rules.map((r) => {
    const missing = missingParameters(r, p);
    return [link(from, paths.rule(r.id), r.id), cell(both(r.title)), missing.length === 0 ? RUNS : cell(`${NOT_SET} ${missing.join(', ')}`)];
  });
  return page(
    frontMatter(`${p.id} ${p.title.zh}`),
    `# ${code(p.id)} ${both(p.title)}`,
    p.description ? `${p.description.zh}\n\n${p.description.en}` : null,
    table(['', ''], facts),
    '## 未设定的参数 Unset parameters',
    unset.length > 0
      ? `文件未载明这些取值；需要它们的规则会报错并说明如何提供（在派生配置中给出带出处的取值）。 The documents do not give these values; a rule that needs one fails with an error that says how to supply it (a dated, cited value in a profile that extends this one).\n\n${table(['参数 Parameter', '原因', 'Reason'], unsetRows)}`
      : '无 None.',
    '## 适用的规则 Rules',
    APPLICABILITY,
    table(['规则 Rule', '名称 Title', '本配置 Here'], ruleRows),
    '## 参数取值 Parameter values',
    sections.join('\n\n'),
  );
}

// ---------------------------------------------------------------------------------------------
// Rules

export function rulesIndexPage(model: PolicyModel): string {
  const from = paths.rules;
  const sections: string[] = [];
  for (const layer of LAYERS) {
    const rules = model.rules.filter((r) => r.layer === layer.id);
    if (rules.length === 0) continue;
    sections.push(`## ${both(layer.title)}`);
    sections.push(
      table(
        ['规则 Rule', '名称 Title', '依据 Cites', '示例 Examples'],
        rules.map((r) => [link(from, paths.rule(r.id), r.id), cell(both(r.title)), cell(r.citations.map((c) => `${c.doc} ${c.clause}`).join('\n')), String(examplesOf(model, r.id).length)]),
      ),
    );
  }
  return page(
    frontMatter('规则 Rules', model.rules.map((r) => `${r.id}.md`)),
    '# 规则 Rules',
    '每条规则：所实现条款的原文、代码检查什么（中英文）、读取的参数和字段、各配置的适用情况，以及由本库计算的示例。',
    'Each rule: the clause it implements, quoted; what the code checks, in Chinese and English; the parameters and fields it reads; where it runs; and worked examples computed by the library.',
    sections.join('\n\n'),
  );
}

export function rulePage(model: PolicyModel, r: Rule, evaluated: readonly EvaluatedExample[]): string {
  const from = paths.rule(r.id);
  const facts: string[][] = [
    ['规则编号 Rule id', code(r.id)],
    ['层级 Layer', cell(layerTitle(r.layer))],
  ];
  if (r.severity) facts.push(['严重程度 Severity', cell(both(SEVERITIES[r.severity] ?? { zh: r.severity, en: r.severity }))]);
  if (r.nationalCodes) facts.push(['国家规则编号 National codes', r.nationalCodes.length ? r.nationalCodes.map(code).join(', ') : '—']);
  const params = r.parameters.length
    ? table(
        ['参数 Parameter', '名称 Label', '说明', 'Description'],
        r.parameters.map((k) => {
          const d = parameterOf(model, k);
          return [link(from, paths.parameter(k), k), cell(d ? both(d.label) : '未声明 undeclared'), cell(d?.description.zh), cell(d?.description.en)];
        }),
      )
    : '本规则不读取参数。 This rule reads no parameter.';
  const byProfile = table(
    ['配置 Profile', '本配置 Here'],
    model.profiles.map((p) => {
      const missing = missingParameters(r, p);
      if (missing.length === 0) return [link(from, paths.profile(p.id), p.id), RUNS];
      const why = missing.map((k) => {
        const u = unsetOf(p, k);
        return `${k}${u ? `（原因 why: ${u.zh}）` : ''}`;
      });
      return [link(from, paths.profile(p.id), p.id), cell(`${NOT_SET} ${why.join('；')}`)];
    }),
  );
  const examples = evaluated.length
    ? [
        '以下输出由本库在生成本页时实际计算；规则或配置改变后，重新生成会更新它们。 The outputs below were computed by the library when this page was generated; they change when the rule or the profile does.',
        ...evaluated.map((e, i) => exampleBlock(model, e, i + 1, from)),
      ].join('\n\n')
    : '暂无示例。 No worked example yet.';
  return page(
    frontMatter(`${r.id} ${r.title.zh}`),
    `# ${code(r.id)} ${both(r.title)}`,
    `${link(from, paths.rules, '全部规则 All rules')}${r.layer === 'quality' ? ` · ${link(from, paths.quality, '数据质量检查目录 Data-quality catalogue')}` : ''}`,
    table(['', ''], facts),
    '## 条款原文 The clause',
    r.citations.map((c) => citationBlock(model, c)).join('\n\n'),
    '## 代码检查什么 What the code checks',
    `${r.description.zh}\n\n${r.description.en}`,
    '## 参数 Parameters',
    params,
    r.facts && r.facts.length ? `## 读取的字段 Household fields read\n\n${r.facts.map((f) => `- ${code(f)}`).join('\n')}` : null,
    '## 各配置 By profile',
    APPLICABILITY,
    byProfile,
    '## 计算示例 Worked examples',
    examples,
  );
}

// ---------------------------------------------------------------------------------------------
// Parameters

const MONEY_FORMAT =
  '金额（元）：数字，或最多两位小数的字符串，如 `"6500"`、`"10560.00"`。 Money in yuan: a number, or a string with at most two decimals, e.g. `"6500"`, `"10560.00"`.';

/** The value format of a parameter: money in words, anything else as its JSON Schema. */
function valueFormatOf(d: ParameterDefinition): string | null {
  if (d.schema === MoneySchema) return MONEY_FORMAT;
  if (d.schema === NonNegativeMoneySchema) return `${MONEY_FORMAT} 不能为负。 Not negative.`;
  if (d.schema === PositiveMoneySchema) return `${MONEY_FORMAT} 必须大于 0。 Above 0.`;
  try {
    const s = z.toJSONSchema(d.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    delete s['$schema'];
    if (Object.keys(s).length === 0) return null;
    return `在自定义配置中给出取值时须符合此 JSON Schema（其中金额为数字或最多两位小数的字符串）。 A value in a user profile must match this JSON Schema (money: a number or a string with at most two decimals).\n\n${block('json', JSON.stringify(s, null, 2))}`;
  } catch {
    return null;
  }
}

export function parametersIndexPage(model: PolicyModel): string {
  const from = paths.parameters;
  const sections: string[] = [];
  for (const layer of LAYERS) {
    const decls = model.parameters.filter((d) => d.group === layer.id);
    if (decls.length === 0) continue;
    sections.push(`## ${both(layer.title)}`);
    sections.push(
      table(
        ['参数 Parameter', '名称 Label', ...model.profiles.map((p) => code(p.id))],
        decls.map((d) => [
          link(from, paths.parameter(d.key), d.key),
          cell(both(d.label)),
          ...model.profiles.map((p) => {
            const h = historyOf(p, d.key);
            if (h) return h.length === 1 && typeof h[0]!.value !== 'object' ? cell(String(h[0]!.value)) : `${h.length} 项取值 values`;
            return unsetOf(p, d.key) ? '未设定 unset' : '—';
          }),
        ]),
      ),
    );
  }
  return page(
    frontMatter('参数 Parameters', model.parameters.map((d) => `${d.key}.md`)),
    '# 参数 Parameters',
    '规则读取的每一个阈值、日期、期限和地方差异都是参数：在此声明一次（数值类型、含义、单位），各配置在其 JSON 文件中给出带日期、注明出处的取值，文件未载明的注明原因。',
    'Every threshold, date, time limit and regional switch a rule reads is a parameter: declared once here (its value type, meaning and unit), with dated and cited values in each profile’s JSON file, or the reason it is unset.',
    sections.join('\n\n'),
  );
}

export function parameterPage(model: PolicyModel, d: ParameterDefinition): string {
  const from = paths.parameter(d.key);
  const facts: string[][] = [
    ['参数 Key', code(d.key)],
    ['分组 Group', cell(layerTitle(d.group))],
    ['单位 Unit', d.unit ? cell(both(d.unit)) : '—'],
  ];
  const format = valueFormatOf(d);
  const readers = rulesReading(model, d.key);
  return page(
    frontMatter(`${d.key} ${d.label.zh}`),
    `# ${code(d.key)} ${both(d.label)}`,
    link(from, paths.parameters, '全部参数 All parameters'),
    table(['', ''], facts),
    `${d.description.zh}\n\n${d.description.en}`,
    format ? `## 取值格式 Value format\n\n${format}` : null,
    '## 读取本参数的规则 Rules that read it',
    readers.length ? readers.map((r) => `- ${link(from, paths.rule(r.id), r.id)} ${both(r.title)}`).join('\n') : '暂无规则读取。 No rule reads it yet.',
    '## 各配置的取值 Values by profile',
    model.profiles.map((p) => `### ${link(from, paths.profile(p.id), p.id)}\n\n${parameterState(model, p, d.key, d.unit, from)}`).join('\n\n'),
  );
}

// ---------------------------------------------------------------------------------------------
// Data-quality catalogue

/** The national-code map: the library's `NATIONAL_CODE_MAP` when it exports one, else derived from the rule headers. */
function nationalCodeMap(model: PolicyModel, checks: readonly Rule[]): [code: string, checks: string[]][] {
  const map = model.nationalCodeMap;
  if (map && typeof map === 'object' && Object.values(map).every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
    return Object.entries(map as Record<string, string[]>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  const derived = new Map<string, string[]>();
  for (const r of checks) for (const c of r.nationalCodes ?? []) derived.set(c, [...(derived.get(c) ?? []), r.id]);
  return [...derived.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A family of the county rule catalogue as the library reports it (`COUNTY_COVERAGE`). */
interface CoverageFamily {
  family: string;
  title: Text;
  rules: { number: string; label: string; state: 'covered' | 'out-of-scope' | 'open'; checks?: string[]; reason?: Text }[];
}

/** The coverage table: one section per family, one row per rule (covered → checks; out of scope → why; else not yet answered). */
function coverageSection(model: PolicyModel, from: string): string[] {
  const families = model.countyCoverage as CoverageFamily[] | undefined;
  if (!Array.isArray(families)) return [];
  const all = families.flatMap((f) => f.rules);
  const count = (s: string) => all.filter((r) => r.state === s).length;
  const out = [
    '## 县级规则覆盖 County rules covered',
    `县级清洗规则目录（共 ${all.length} 条）逐族列出：每条规则由哪项检查回答（取自检查的出处），或为何不在范围内，或尚未回答。已回答 ${count('covered')} 条，不在范围内 ${count('out-of-scope')} 条，尚未回答 ${count('open')} 条。`,
    `The county rule catalogue (${all.length} rules), family by family: the check that answers each rule (taken from the checks' citations), or why it is out of scope, or that it is not yet answered. Answered ${count('covered')}, out of scope ${count('out-of-scope')}, not yet answered ${count('open')}.`,
  ];
  const summary = families.map((f) => {
    const n = (s: string) => f.rules.filter((r) => r.state === s).length;
    return [code(f.family), cell(both(f.title)), String(n('covered')), String(n('out-of-scope')), String(n('open'))];
  });
  out.push(table(['族 Family', '对象 Object', '已回答 Answered', '不在范围 Out of scope', '尚未回答 Open'], summary));
  for (const f of families) {
    out.push(`### ${f.family} ${both(f.title)}`);
    out.push(
      table(
        ['规则 Rule', '内容 Label', '本库 This library'],
        f.rules.map((r) => [
          code(r.number),
          cell(r.label),
          r.state === 'covered'
            ? (r.checks ?? []).map((id) => link(from, paths.rule(id), id)).join('<br>')
            : r.state === 'out-of-scope'
              ? cell(`不在范围内 Out of scope: ${r.reason!.zh} ${r.reason!.en}`)
              : '尚未回答 Not yet answered',
        ]),
      ),
    );
  }
  return out;
}

export function qualityPage(model: PolicyModel): string {
  const from = paths.quality;
  const checks = model.rules.filter((r) => r.layer === 'quality');
  // Four columns, the long texts in one of them, so the table fits a page's column (the site is read at 1280 px).
  const rows = checks.map((r) => [
    `${link(from, paths.rule(r.id), r.id).replace(/^\[[^\]]*\]/, (t) => t.replace(/\./g, '.<wbr>'))}<br>${cell(r.severity ? both(SEVERITIES[r.severity] ?? { zh: r.severity, en: r.severity }) : '—')}<br>示例 examples: ${examplesOf(model, r.id).length}`,
    cell(`${r.title.zh}\n${r.title.en}`),
    cell(`${r.description.zh}\n${r.description.en}`),
    [cell((r.nationalCodes ?? []).join(', ')), ...r.parameters.map((k) => link(from, paths.parameter(k), k.replace(/([a-z])([A-Z])/g, '$1<wbr>$2')))].join('<br>'),
  ]);
  const codeRows = nationalCodeMap(model, checks).map(([c, ids]) => [code(c), ids.map((id) => link(from, paths.rule(id), id)).join('<br>')]);
  const counts = Object.keys(SEVERITIES).map((s) => `${both(SEVERITIES[s]!)}: ${checks.filter((r) => r.severity === s).length}`);
  return page(
    frontMatter('数据质量检查目录 Data-quality catalogue'),
    '# 数据质量检查目录 Data-quality catalogue',
    '数据清洗的每一项检查：问题代码（即规则编号，出现在每条问题的 `code` 中）、严重程度、含义，以及含义相同的国家式规则编号（县级公开规则集所见的编号，家族位 1 完整性/应纳未纳、2 规范性、3 务工数据、4 逻辑一致性、5 合理性）。每项检查的阈值都是配置参数。',
    "Every data-cleaning check: its code (the rule id, found in each issue's `code`), severity, meaning, and the national-style rule numbers that mean the same (as seen in public county rule sets; family digit 1 completeness / 应纳未纳, 2 standardisation, 3 job data, 4 logical consistency, 5 reasonableness). Every threshold is a profile parameter.",
    `共 ${checks.length} 项 checks — ${counts.join(' · ')}`,
    '## 检查 Checks',
    checks.length ? table(['代码、严重程度 Code, severity', '名称 Name', '含义 Meaning', '国家规则编号、参数 National codes, parameters'], rows) : '暂无。 None yet.',
    '## 按国家规则编号 By national code',
    '县级规则集的编号与本库检查的对照（`NATIONAL_CODE_MAP`）。 County rule numbers and the checks that mean the same (`NATIONAL_CODE_MAP`).',
    codeRows.length ? table(['国家规则编号 National code', '本库检查 Checks'], codeRows) : '暂无。 None yet.',
    ...coverageSection(model, from),
  );
}

// ---------------------------------------------------------------------------------------------
// Documents

export function documentsPage(model: PolicyModel): string {
  const from = paths.documents;
  const docs = Object.values(model.documents);
  const citing = (id: string) => {
    const rules = model.rules.filter((r) => r.citations.some((c) => c.doc === id)).map((r) => link(from, paths.rule(r.id), r.id));
    const params = model.parameters
      .filter((d) => Object.values(builtinValues(d.key)).some((vs) => vs.some((v) => v.citation.doc === id)))
      .map((d) => link(from, paths.parameter(d.key), d.key));
    return [...rules, ...params].join('<br>') || '—';
  };
  const sections = docs.map((d) =>
    [
      `## ${d.id}`,
      table(
        ['', ''],
        [
          ['简称 Short', cell(d.short)],
          ['发文机关 Issuer', cell(d.issuer)],
          ['文号 Number', cell(d.number)],
          ['标题 Title', cell(d.title)],
          ['日期 Date', cell(d.date)],
          ['地区 Region', cell(d.region)],
          ['类别 Kind', cell(both(KINDS[d.kind]))],
          ...(d.url ? [['网址 Address', cell(d.url)] as [string, string]] : []),
          ['说明 Note', cell(d.note)],
          ['引用它的规则与参数 Cited by', citing(d.id)],
        ],
      ),
    ].join('\n\n'),
  );
  return page(
    frontMatter('文件登记 Documents'),
    '# 文件登记 Documents',
    '规则和参数引用的每一份文件。“原文在库”的五份为主要来源，引文逐字摘自原文；“二手来源”的取值未经核实。',
    'Every document a rule or a parameter cites. The five whose text is held are the primary sources, quoted verbatim; a value citing a secondary source is unverified.',
    sections.join('\n\n'),
  );
}

// ---------------------------------------------------------------------------------------------
// All pages

/** Evaluates the worked examples of every rule (grouped by rule id). */
export function evaluateAll(model: PolicyModel): Map<string, EvaluatedExample[]> {
  const out = new Map<string, EvaluatedExample[]>();
  for (const e of model.examples) out.set(e.rule, [...(out.get(e.rule) ?? []), evaluateExample(e)]);
  return out;
}
