/**
 * What the policy pages are generated from — the library's own data, read through its public entry
 * point: the rule catalog (`RULES`), the parameter declarations (`PARAMETERS`), the built-in
 * profiles (`listProfiles()`, resolved from their files in src/profile/builtin, which also say which
 * profile sets a value and which inherits it), the document registry (`DOCUMENTS`), and the worked
 * examples. Nothing here is written by hand about a rule or a value: a rule, parameter or value that
 * lands appears in the docs on the next generation.
 *
 * @module
 */
import * as lib from '../../src/index.js';
import type { DatedValue, ParameterDefinition, PolicyDocument, Profile, QuotedCitation, Rule, RuleLayer } from '../../src/index.js';
import type { Text } from '../../src/model/labels.js';
import { builtinValues } from '../../src/profile/builtin/profiles.js';
import { WORKED_EXAMPLES } from './examples/index.js';
import type { WorkedExample } from './examples/define.js';

/** The layers, in the order data flows, with their names. */
export const LAYERS: readonly { id: RuleLayer; title: Text }[] = [
  { id: 'income', title: { zh: '收入', en: 'Income' } },
  { id: 'identification', title: { zh: '识别认定（纳入监测）', en: 'Identification' } },
  { id: 'policy-status', title: { zh: '脱贫享受政策状态', en: 'Policy status of formerly poor households' } },
  { id: 'elimination', title: { zh: '风险消除与回退', en: 'Risk elimination and roll-back' } },
  { id: 'screening', title: { zh: '集中排查', en: 'Screening' } },
  { id: 'procedure', title: { zh: '工作程序与时限', en: 'Procedure and time limits' } },
  { id: 'quality', title: { zh: '数据质量（数据清洗）', en: 'Data quality (data cleaning)' } },
];

export const SEVERITIES: Record<string, Text> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '疑似问题', en: 'warning' },
  completeness: { zh: '缺项', en: 'completeness' },
  info: { zh: '提示', en: 'info' },
};

export const KINDS: Record<PolicyDocument['kind'], Text> = {
  seed: { zh: '原文在库', en: 'text held' },
  referenced: { zh: '被引用，原文未持有', en: 'referenced, text not held' },
  secondary: { zh: '二手来源，未核实', en: 'secondary source, unverified' },
  standard: { zh: '国家标准', en: 'national standard' },
  practice: { zh: '县级做法', en: 'county practice' },
  supplied: { zh: '使用者提供，未核实', en: 'supplied by the user, unverified' },
};

/** Everything the generator reads. */
export interface PolicyModel {
  rules: readonly Rule[];
  parameters: readonly ParameterDefinition[];
  profiles: readonly Profile[];
  documents: Readonly<Record<string, PolicyDocument>>;
  examples: readonly WorkedExample[];
  /** The national-code map of the data-quality checks, when the library exports one. */
  nationalCodeMap: unknown;
  /** The county rule catalogue's coverage, family by family (`COUNTY_COVERAGE`), when the library exports it. */
  countyCoverage: unknown;
}

/** Reads the model from the library. */
export function loadModel(): PolicyModel {
  const layerOrder = new Map(LAYERS.map((l, i) => [l.id, i]));
  const groupOrder = (g: string) => layerOrder.get(g as RuleLayer) ?? LAYERS.length;
  const parameters = (Object.values(lib.PARAMETERS) as ParameterDefinition[])
    .slice()
    .sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rules = lib.RULES.map((r, i) => ({ r, i }))
    .sort((a, b) => groupOrder(a.r.layer) - groupOrder(b.r.layer) || a.i - b.i)
    .map((x) => x.r);
  return {
    rules,
    parameters,
    profiles: lib.listProfiles(),
    documents: lib.DOCUMENTS,
    examples: WORKED_EXAMPLES,
    nationalCodeMap: (lib as Record<string, unknown>)['NATIONAL_CODE_MAP'],
    countyCoverage: (lib as Record<string, unknown>)['COUNTY_COVERAGE'],
  };
}

/** The file-name slug of a profile id (`shandong/longkou/2021` → `shandong-longkou-2021`). */
export function profileSlug(id: string): string {
  return id.replace(/\//g, '-');
}

/** Page paths, relative to the policy root. */
export const paths = {
  index: 'index.md',
  profiles: 'profiles/index.md',
  profile: (id: string) => `profiles/${profileSlug(id)}.md`,
  rules: 'rules/index.md',
  rule: (id: string) => `rules/${id}.md`,
  parameters: 'parameters/index.md',
  parameter: (key: string) => `parameters/${key}.md`,
  quality: 'quality.md',
  documents: 'documents.md',
};

/** A document by id: the registry, else the documents a profile brings. */
export function documentOf(model: PolicyModel, id: string, profile?: Profile): PolicyDocument | undefined {
  return model.documents[id] ?? profile?.documents[id];
}

/** `临稷办发〔2023〕76号（S000）` — the document's id with its short label and kind when it matters. */
export function documentLabel(model: PolicyModel, id: string, profile?: Profile): string {
  const d = documentOf(model, id, profile);
  if (!d) return `${id}（未登记 unregistered）`;
  const short = d.short && d.short !== d.id ? `（${d.short}）` : '';
  const flag = d.kind === 'secondary' ? '【二手来源，未核实 secondary source, unverified】' : d.kind === 'supplied' ? '【使用者提供，未核实 supplied by the user, unverified】' : '';
  return `${d.id}${short}${flag}`;
}

/** The citation as one line: document, clause. */
export function citationLine(model: PolicyModel, c: QuotedCitation, profile?: Profile): string {
  return `${documentLabel(model, c.doc, profile)} ${c.clause}`;
}

/** Which built-in profile in a profile's lineage declares the history of a key (for "inherited from"). */
export function declaringProfile(profile: Profile, key: string): string | undefined {
  const files = builtinValues(key);
  return profile.lineage.find((id) => files[id] !== undefined);
}

/** The history of a parameter in a profile (after inheritance), or undefined. */
export function historyOf(profile: Profile, key: string): readonly DatedValue[] | undefined {
  const h = (profile.parameters as Record<string, readonly DatedValue[] | undefined>)[key];
  return h && h.length > 0 ? h : undefined;
}

/** The unset reason of a parameter in a profile, or undefined. */
export function unsetOf(profile: Profile, key: string): Text | undefined {
  return (profile.unset as Record<string, Text | undefined>)[key];
}

/**
 * Whether a rule can run under a profile: every parameter it reads has a value there. Returns the
 * parameters it lacks (empty: it runs).
 */
export function missingParameters(rule: Rule, profile: Profile): string[] {
  return rule.parameters.filter((k) => historyOf(profile, k) === undefined);
}

/** The examples of a rule, in registry order. */
export function examplesOf(model: PolicyModel, ruleId: string): WorkedExample[] {
  return model.examples.filter((e) => e.rule === ruleId);
}
