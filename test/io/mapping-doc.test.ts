/**
 * The mapping table and its generated document (docs/import-mapping.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHousehold } from '../../src/index.js';
import { HEADER_MAPPINGS, findHeader, renderImportMapping, type HeaderMapping } from '../../src/io/index.js';
import { setPath, splitPath } from '../../src/io/assemble.js';
import { DEFAULT_HOUSEHOLD } from '../builders.js';

/** A cell each converter accepts, to show that its output fits the field it fills. */
const SAMPLE: Record<string, string> = {
  text: '示例',
  code: '5306210010001',
  'id-number': '11010519491231002X',
  phone: '13812345678',
  money: '1234.50',
  number: '2.5',
  date: '1970-03-12',
  'month-date': '202304',
  'year-month': '2023年03月',
  'public-welfare-post': '护林员、保洁员',
};

function sampleCell(m: HeaderMapping): string {
  const c = m.convert!;
  if (c.vocabulary) return c.vocabulary.find((e) => e.value !== undefined)!.spellings[0]!;
  if (c.name.startsWith('measure:')) return '技能培训';
  const s = SAMPLE[c.name];
  if (s === undefined) throw new Error(`no sample for converter ${c.name}`);
  return s;
}

describe('the header mapping table', () => {
  it('docs/import-mapping.md is generated from the table and is up to date (run `npx tsx scripts/gen-import-mapping.ts`)', () => {
    const committed = readFileSync(new URL('../../docs/import-mapping.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderImportMapping());
  });

  it('every header is found by its own spelling and by its full-width bracket variant', () => {
    for (const m of HEADER_MAPPINGS) {
      for (const h of m.headers) {
        expect(findHeader(h)).toBe(m);
        expect(findHeader(h.replace(/\(/g, '（').replace(/\)/g, '）'))).toBe(m);
      }
    }
  });

  it('every imported path is a field of the interchange format, and each converter\'s output is accepted there', () => {
    for (const m of HEADER_MAPPINGS) {
      if (m.path === null || m.path.startsWith('$')) continue;
      const r = m.convert!.convert(sampleCell(m));
      expect(r.ok, `${m.key}: sample converts`).toBe(true);
      if (!r.ok) continue;
      const h = structuredClone(DEFAULT_HOUSEHOLD) as Record<string, unknown>;
      const target = m.level === 'member' ? ((h.members as Record<string, unknown>[])[0]!) : h;
      setPath(target, splitPath(m.path), r.value);
      const parsed = parseHousehold(h);
      const prefix = m.level === 'member' ? `members[0].${m.path}` : m.path;
      const wrong = parsed.ok ? [] : parsed.issues.filter((i) => i.code === 'unknown_key' || (i.path === prefix && i.code !== 'required'));
      expect(wrong, `${m.key} → ${prefix}`).toEqual([]);
    }
  });

  it('§3.4(5): aliases across export families map to one field; generated totals are recognised, not imported', () => {
    expect(findHeader('风险是否消除')?.key).toBe('monitoring.eliminatedFlag');
    expect(findHeader('风险消除时间')?.path).toBe('monitoring.eliminated.on');
    expect(findHeader('易返贫致贫户（监测对象）类型')?.path).toBe('monitoring.category');
    expect(findHeader('人均纯收入（元）')?.path).toBeNull();
    expect(findHeader('户编号')?.path).toBe('id');
  });
});
