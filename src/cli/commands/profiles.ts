/**
 * `fangfanpin profiles` — the built-in profiles (内置政策配置) with their monitoring lines and
 * sources: each dated value with the clause it comes from, or why the profile leaves it unset.
 *
 * @module
 */
import { getDocument } from '../../explain/documents.js';
import { listProfiles } from '../../profile/registry.js';
import type { Profile } from '../../profile/schema.js';
import { EXIT } from '../exit-codes.js';
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
