/**
 * Defining a profile (定义政策配置): validation of a profile given as JSON, inheritance through
 * `extends`, and the checks that keep the rule book honest — every value cited, no unknown keys,
 * no overlapping dated values (a gap between two values is a period no document covers), values within
 * their parameter's range (declared with its schema: a monitoring line is a positive amount), no reserved
 * id (a built-in's, or a name of `Object.prototype`).
 *
 * @module
 */
import { DOCUMENTS, type PolicyDocument } from '../explain/documents.js';
import { fromZodIssues, type ValidationIssue } from '../model/validation.js';
import type { DatedValue } from './parameter.js';
import { PARAMETERS, type ParameterKey } from './parameters/index.js';
import { ProfileInputSchema, type Profile, type ProfileInput } from './schema.js';
import { canonicalJson, sha256Hex } from './hash.js';
import { ProfileDefinitionError } from './errors.js';

/** Where `extends` ids are looked up. */
export type ProfileResolver = (id: string) => Profile | undefined;

/** The result of {@link parseProfile}. */
export type ProfileParseResult = { ok: true; profile: Profile } | { ok: false; issues: ValidationIssue[] };

/**
 * Freezes `value` and everything reachable from it.
 *
 * @example
 * Object.isFrozen(deepFreeze({ a: { b: 1 } }).a) // true
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

function checkHistory(key: string, history: readonly { from: string; to?: string | undefined }[], issues: ValidationIssue[]) {
  const sorted = history.map((v, i) => ({ ...v, i })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let n = 0; n < sorted.length; n++) {
    const v = sorted[n]!;
    const path = `parameters.${key}[${v.i}]`;
    if (v.to !== undefined && v.to < v.from) {
      issues.push({ path, code: 'invalid_period', message: { zh: `结束日期 ${v.to} 早于开始日期 ${v.from}`, en: `"to" (${v.to}) is before "from" (${v.from})` } });
    }
    const next = sorted[n + 1];
    if (!next) continue;
    if (v.to === undefined) {
      issues.push({
        path,
        code: 'overlapping_values',
        message: { zh: `无结束日期的取值之后还有 ${next.from} 起的取值（取值重叠）`, en: `a value with no end date is followed by another from ${next.from} (values overlap)` },
      });
    } else if (next.from <= v.to) {
      issues.push({
        path,
        code: 'overlapping_values',
        message: { zh: `取值期间重叠：${v.from}..${v.to} 与 ${next.from} 起`, en: `dated values overlap: ${v.from}..${v.to} and the one from ${next.from}` },
      });
    }
    // A gap between two values is allowed: it is a period no document covers (e.g. a province's
    // lines known for 2021 and 2025 only). A rule that reads the parameter inside it throws
    // MissingParameterError naming the periods that are covered.
  }
}

/** The names of `Object.prototype` (`constructor`, …): a profile id is a key in plain objects (values by profile id). */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * A user profile may not take a reserved id: a built-in profile's (it would shadow the built-in in
 * every lookup by id) or a name of `Object.prototype` such as `constructor` (a lookup keyed by
 * profile id would find the prototype's function instead of nothing).
 */
function checkReservedId(id: string, resolve: ProfileResolver, issues: ValidationIssue[]): void {
  if (PROTOTYPE_NAMES.has(id)) {
    issues.push({ path: 'id', code: 'reserved_id', message: { zh: `配置 id "${id}" 是保留名称，请另取一个（如 "省/地方/年份"）`, en: `the profile id "${id}" is a reserved name; choose another (such as "province/place/year")` } });
    return;
  }
  if (resolve(id)?.builtin) {
    issues.push({
      path: 'id',
      code: 'reserved_id',
      message: {
        zh: `配置 id "${id}" 是内置配置的 id；用户配置请另取一个（如 "${id}-local"，并以 "extends": "${id}" 继承）`,
        en: `the profile id "${id}" is a built-in profile's; give your profile its own id (such as "${id}-local", with "extends": "${id}")`,
      },
    });
  }
}

/**
 * Validates a profile given as JSON and resolves its inheritance. Returns the frozen profile or the
 * issues; never throws.
 *
 * @example
 * const r = parseProfile(JSON.parse(fs.readFileSync('my-county.json', 'utf8')));
 * if (!r.ok) console.error(r.issues);
 */
export function parseProfile(input: unknown, resolve: ProfileResolver, builtin = false): ProfileParseResult {
  let parsed;
  try {
    parsed = ProfileInputSchema.safeParse(input);
  } catch {
    return { ok: false, issues: [{ path: '', code: 'unreadable', message: { zh: '无法读取政策配置', en: 'the profile cannot be read' } }] };
  }
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
  const def = parsed.data;
  const issues: ValidationIssue[] = [];
  if (!builtin) checkReservedId(def.id, resolve, issues);

  let parent: Profile | undefined;
  if (def.extends !== undefined) {
    parent = resolve(def.extends);
    if (!parent) {
      issues.push({ path: 'extends', code: 'unknown_profile', message: { zh: `未知的上级配置 "${def.extends}"`, en: `unknown profile to extend: "${def.extends}"` } });
    } else if (parent.lineage.includes(def.id)) {
      issues.push({ path: 'extends', code: 'circular_extends', message: { zh: '配置继承形成循环', en: 'the profile extends itself' } });
    }
  }

  const documents: Record<string, PolicyDocument> = { ...(parent?.documents ?? {}) };
  for (const d of def.documents ?? []) {
    documents[d.id] = { ...d, short: d.short ?? d.id } as PolicyDocument;
  }
  const knownDoc = (id: string) => id in DOCUMENTS || id in documents;
  const checkCitation = (path: string, doc: string) => {
    if (!knownDoc(doc)) {
      issues.push({
        path,
        code: 'unknown_document',
        message: {
          zh: `引用的文件 "${doc}" 不在文件登记中（请在 documents 中登记其发文机关、文号、标题）`,
          en: `cited document "${doc}" is not in the registry (add it under "documents" with its issuer, number and title)`,
        },
      });
    }
  };

  const parameters: Record<string, DatedValue[]> = { ...((parent?.parameters ?? {}) as Record<string, DatedValue[]>) };
  const unset: Record<string, { zh: string; en: string }> = { ...((parent?.unset ?? {}) as Record<string, { zh: string; en: string }>) };

  for (const [key, history] of Object.entries(def.parameters ?? {})) {
    const decl = (PARAMETERS as Record<string, (typeof PARAMETERS)[ParameterKey]>)[key];
    if (!decl) {
      issues.push({
        path: `parameters.${key}`,
        code: 'unknown_parameter',
        message: { zh: `未知的参数 "${key}"；可用参数：${Object.keys(PARAMETERS).join(', ')}`, en: `unknown parameter "${key}"; declared parameters: ${Object.keys(PARAMETERS).join(', ')}` },
      });
      continue;
    }
    const values: DatedValue[] = [];
    history.forEach((v, i) => {
      const r = decl.schema.safeParse(v.value);
      if (!r.success) {
        issues.push(...fromZodIssues(r.error.issues, v.value, ['parameters', key, i, 'value']));
        return;
      }
      checkCitation(`parameters.${key}[${i}].citation.doc`, v.citation.doc);
      const dv: DatedValue = { from: v.from, value: r.data, citation: { doc: v.citation.doc, clause: v.citation.clause } };
      if (v.to !== undefined) dv.to = v.to;
      if (v.citation.quote !== undefined) dv.citation.quote = v.citation.quote;
      if (v.note !== undefined) dv.note = v.note;
      values.push(dv);
    });
    checkHistory(key, history, issues);
    values.sort((a, b) => (a.from < b.from ? -1 : 1));
    parameters[key] = values;
    delete unset[key];
  }
  for (const [key, reason] of Object.entries(def.unset ?? {})) {
    if (!(key in PARAMETERS)) {
      issues.push({ path: `unset.${key}`, code: 'unknown_parameter', message: { zh: `未知的参数 "${key}"`, en: `unknown parameter "${key}"` } });
      continue;
    }
    if (def.parameters && key in def.parameters) {
      issues.push({ path: `unset.${key}`, code: 'conflict', message: { zh: `参数 "${key}" 既有取值又被声明为未设定`, en: `parameter "${key}" is both given values and declared unset` } });
      continue;
    }
    unset[key] = reason;
    delete parameters[key];
  }
  if (def.defaultAsOf) checkCitation('defaultAsOf.citation.doc', def.defaultAsOf.citation.doc);
  for (const [i, s] of (def.sources ?? []).entries()) {
    if (!knownDoc(s)) checkCitation(`sources[${i}]`, s);
  }

  if (issues.length > 0) return { ok: false, issues };

  const body = {
    id: def.id,
    extends: def.extends,
    lineage: [def.id, ...(parent?.lineage ?? [])],
    title: def.title,
    description: def.description,
    region: def.region ?? parent?.region ?? {},
    sources: def.sources ?? [],
    defaultAsOf: def.defaultAsOf ?? parent?.defaultAsOf,
    parameters,
    unset,
    documents,
  };
  const clean = JSON.parse(JSON.stringify(body)) as Omit<Profile, 'hash' | 'builtin'>;
  const profile: Profile = { ...clean, hash: sha256Hex(canonicalJson(clean)), builtin };
  return { ok: true, profile: deepFreeze(profile) };
}

/**
 * Validates a profile and returns it, or throws {@link ProfileDefinitionError} listing every issue.
 * `extends` may name a built-in profile or one passed in `options.profiles`.
 *
 * @example
 * const myCounty = defineProfile({
 *   id: 'shandong/linzi/2023-local',
 *   extends: 'shandong/linzi/2023',
 *   title: { zh: '临淄区（含2023年监测线）', en: 'Linzi with its 2023 line' },
 *   documents: [{ id: '临乡振字〔2023〕10号', issuer: '临淄区乡村振兴局', title: '…', region: '山东省淄博市临淄区' }],
 *   parameters: {
 *     monitoringLine: [{ from: '2023-01-01', to: '2023-12-31', value: '7000',
 *       citation: { doc: '临乡振字〔2023〕10号', clause: '二' } }],
 *   },
 * });
 */
export function defineProfileWith(input: ProfileInput | unknown, resolve: ProfileResolver): Profile {
  const r = parseProfile(input, resolve);
  if (!r.ok) {
    const id = input && typeof input === 'object' && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : '(no id)';
    throw new ProfileDefinitionError(id, r.issues);
  }
  return r.profile;
}
