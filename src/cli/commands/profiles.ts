/**
 * `fangfanpin profiles` — the built-in profiles (内置政策配置) with their monitoring lines and
 * sources: each dated value with the clause it comes from, or why the profile leaves it unset.
 * `profiles --check <file|id>` validates one profile (a county's JSON, or a built-in by id) and
 * prints its whole rule book: every parameter with its dated, cited values — its own or inherited,
 * and from which profile — or the reason it is unset.
 *
 * @module
 */
import { getDocument } from '../../explain/documents.js';
import type { Text } from '../../model/labels.js';
import { canonicalJson } from '../../profile/hash.js';
import type { DatedValue, ParameterDefinition, ParameterGroup } from '../../profile/parameter.js';
import { PARAMETERS } from '../../profile/parameters/index.js';
import { getProfile, listProfiles } from '../../profile/registry.js';
import type { Profile } from '../../profile/schema.js';
import { EXIT } from '../exit-codes.js';
import { loadProfile } from '../load-profile.js';
import type { Io } from '../print.js';

/** One profile as `profiles --json` lists it. */
export interface ProfileListing {
  id: string;
  extends?: string;
  title: { zh: string; en: string };
  hash: string;
  monitoringLine: { from: string; to?: string; value: string; doc: string; clause: string; note?: string }[];
  monitoringLineUnset?: { zh: string; en: string };
  sources: { id: string; issuer?: string; title?: string; kind?: string }[];
}

/**
 * What `profiles` lists about a profile.
 *
 * @example
 * listing(getProfile('fujian/jinan/2023')).monitoringLine[0].value // '10560'
 */
export function listing(p: Profile): ProfileListing {
  const line = (p.parameters.monitoringLine ?? []).map((v) => ({
    from: v.from,
    ...(v.to ? { to: v.to } : {}),
    value: String(v.value),
    doc: v.citation.doc,
    clause: v.citation.clause,
    ...(v.note ? { note: v.note } : {}),
  }));
  const out: ProfileListing = {
    id: p.id,
    ...(p.extends ? { extends: p.extends } : {}),
    title: p.title,
    hash: p.hash,
    monitoringLine: line,
    sources: p.sources.map((id) => {
      const d = p.documents[id] ?? safeDocument(id);
      return d ? { id, issuer: d.issuer, title: d.title, kind: d.kind } : { id };
    }),
  };
  const unset = p.unset.monitoringLine;
  if (line.length === 0 && unset) out.monitoringLineUnset = unset;
  return out;
}

function safeDocument(id: string) {
  try {
    return getDocument(id);
  } catch {
    return undefined;
  }
}

/**
 * Runs `profiles`; prints a list (or JSON) on stdout.
 *
 * @example
 * profilesCommand({ lang: 'zh', json: false }, io);
 */
export function profilesCommand(options: { lang: 'zh' | 'en'; json: boolean }, io: Io): number {
  const all = listProfiles().map(listing);
  if (options.json) {
    io.stdout.write(JSON.stringify(all, null, 2) + '\n');
    return EXIT.ok;
  }
  const zh = options.lang === 'zh';
  const lines: string[] = [];
  for (const p of all) {
    lines.push(`${p.id}${p.extends ? `  (${zh ? '继承' : 'extends'} ${p.extends})` : ''}`);
    lines.push(`  ${p.title[options.lang]}`);
    if (p.monitoringLine.length > 0) {
      for (const v of p.monitoringLine) {
        lines.push(`  ${zh ? '监测线' : 'line'} ${v.value} ${zh ? '元/人·年' : 'yuan/person/year'}  ${v.from}..${v.to ?? ''}  ${zh ? '依据' : 'per'} ${v.doc} ${v.clause}${v.note && /unverified|not held/i.test(v.note) ? (zh ? '（未核实原文）' : ' (unverified)') : ''}`);
      }
    } else {
      lines.push(`  ${zh ? '监测线：未设定' : 'line: unset'}${p.monitoringLineUnset ? ` — ${p.monitoringLineUnset[options.lang]}` : ''}`);
    }
    lines.push(`  ${zh ? '来源' : 'sources'}: ${p.sources.map((s) => s.id).join('；') || '—'}`);
    lines.push('');
  }
  io.stdout.write(lines.join('\n'));
  return EXIT.ok;
}

const GROUPS: Record<ParameterGroup, Text> = {
  income: { zh: '收入', en: 'Income' },
  identification: { zh: '识别认定', en: 'Identification' },
  'policy-status': { zh: '脱贫享受政策状态', en: 'Policy status' },
  elimination: { zh: '风险消除', en: 'Risk elimination' },
  screening: { zh: '集中排查', en: 'Screening' },
  procedure: { zh: '工作程序与时限', en: 'Procedure and time limits' },
  quality: { zh: '数据质量', en: 'Data quality' },
};

/** The profile in a lineage that a history comes from: the farthest built-in ancestor holding the same history. */
function ownerOf(p: Profile, key: string, history: readonly DatedValue[]): string {
  const same = canonicalJson(history);
  let owner = p.id;
  for (const id of p.lineage.slice(1)) {
    const ancestor = listProfiles().find((b) => b.id === id);
    const theirs = ancestor ? (ancestor.parameters as Record<string, readonly DatedValue[] | undefined>)[key] : undefined;
    if (theirs === undefined || canonicalJson(theirs) !== same) break;
    owner = id;
  }
  return owner;
}

const shown = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));

/**
 * A profile's rule book as text: who it is, then every declared parameter by layer — each dated
 * value with its period, value, document and clause (and "inherited from" when an ancestor sets it),
 * or why it is unset, or that it has neither — and a count.
 *
 * @example
 * ruleBook(getProfile('fujian/jinan/2023'), 'en').split('\n')[0] // 'fujian/jinan/2023  (extends national/2021)'
 */
export function ruleBook(p: Profile, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const lines: string[] = [`${p.id}${p.extends ? `  (${zh ? '继承' : 'extends'} ${p.extends})` : ''}`, `  ${p.title[lang]}`];
  if (p.description) lines.push(`  ${p.description[lang]}`);
  lines.push(`  ${zh ? '哈希' : 'hash'}: ${p.hash}`);
  lines.push(`  ${zh ? '来源' : 'sources'}: ${p.sources.join('；') || '—'}`);
  if (p.defaultAsOf) lines.push(`  ${zh ? '默认评估时点' : 'default as-of'}: ${p.defaultAsOf.value}  ${zh ? '依据' : 'per'} ${p.defaultAsOf.citation.doc} ${p.defaultAsOf.citation.clause}`);
  const count = { set: 0, unset: 0, none: 0 };
  const decls = Object.values(PARAMETERS) as ParameterDefinition[];
  for (const group of Object.keys(GROUPS) as ParameterGroup[]) {
    const inGroup = decls.filter((d) => d.group === group);
    if (inGroup.length === 0) continue;
    lines.push('', `${GROUPS[group][lang]}`);
    for (const d of inGroup) {
      const history = (p.parameters as Record<string, readonly DatedValue[] | undefined>)[d.key];
      const reason = (p.unset as Record<string, Text | undefined>)[d.key];
      const label = `  ${d.key} ${d.label[lang]}`;
      if (history && history.length > 0) {
        count.set++;
        const owner = ownerOf(p, d.key, history);
        lines.push(`${label}${owner !== p.id ? `  (${zh ? '继承自' : 'inherited from'} ${owner})` : ''}`);
        for (const v of history) {
          const unit = d.unit && typeof v.value !== 'object' ? ` ${d.unit[lang]}` : '';
          lines.push(`    ${v.from}..${v.to ?? ''}  ${shown(v.value)}${unit}  ${zh ? '依据' : 'per'} ${v.citation.doc} ${v.citation.clause}`);
        }
      } else if (reason) {
        count.unset++;
        lines.push(`${label}: ${zh ? '未设定' : 'unset'} — ${reason[lang]}`);
      } else {
        count.none++;
        lines.push(`${label}: ${zh ? '无取值，亦无未设定说明' : 'no value and no unset reason'}`);
      }
    }
  }
  lines.push(
    '',
    zh
      ? `共 ${decls.length} 个参数：有取值 ${count.set}，未设定 ${count.unset}，两者皆无 ${count.none}`
      : `${decls.length} parameters: ${count.set} with values, ${count.unset} unset, ${count.none} with neither`,
    '',
  );
  return lines.join('\n');
}

/**
 * Runs `profiles --check <file|id>`: validates the profile (every issue is printed and the exit code
 * is 3 when it is not valid) and prints its rule book, or with `--json` the resolved profile.
 *
 * @example
 * await checkProfileCommand('./my-county.json', { lang: 'zh', json: false }, io); // 0: valid
 */
export async function checkProfileCommand(spec: string, options: { lang: 'zh' | 'en'; json: boolean }, io: Io): Promise<number> {
  const profile = listProfiles().some((p) => p.id === spec) ? getProfile(spec) : await loadProfile(spec);
  io.stdout.write(options.json ? `${JSON.stringify(profile, null, 2)}\n` : ruleBook(profile, options.lang));
  return EXIT.ok;
}
