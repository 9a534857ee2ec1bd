/**
 * The re-scoring summary (工作开展情况汇总): counts of records in, results and rejections, by
 * category and by village — the shape of the progress table of 榕晋乡振〔2023〕12号 附件2
 * 《防止返贫动态监测和帮扶工作开展情况汇总表》, whose columns are
 * > 单位 … 排查脱贫户（户次） … 核实认定监测对象（户） …
 *
 * as far as a data file supports it: one row per 单位 (village, with its town and county), the
 * 脱贫户 screened, and the households that meet the identification conditions under the profile,
 * by category. These are the engine's findings on the data, not 核实认定 (verification by officials).
 *
 * Nothing is lost: `in = results + rejected` holds for the whole run and for every village.
 *
 * @module
 */
import { maskIdNumbersInText } from '../explain/mask.js';
import type { Text } from '../model/labels.js';
import { MONITORING_CATEGORIES } from '../model/labels.js';

/** The bucket a scored household falls in: a monitoring category, not eligible, or undetermined. */
export type SummaryCategory = keyof typeof MONITORING_CATEGORIES | 'not-eligible' | 'undetermined';

/** The buckets, in table order, with their labels. */
export const SUMMARY_CATEGORIES: Readonly<Record<SummaryCategory, Text>> = {
  unstable: { zh: MONITORING_CATEGORIES.unstable.zh, en: 'unstable formerly poor' },
  marginal: { zh: MONITORING_CATEGORIES.marginal.zh, en: 'marginal, at risk of poverty' },
  'sudden-hardship': { zh: MONITORING_CATEGORIES['sudden-hardship'].zh, en: 'sudden severe hardship' },
  'not-eligible': { zh: '不符合纳入监测条件', en: 'not eligible' },
  undetermined: { zh: '待定（缺少信息）', en: 'undetermined (facts missing)' },
};

const CATEGORY_KEYS = Object.keys(SUMMARY_CATEGORIES) as SummaryCategory[];

/** Counts for the whole run or for one village. */
export interface SummaryCounts {
  /** Records read (记录数). Always `results + rejected`. */
  in: number;
  /** Records scored. */
  results: number;
  /** Records rejected, with their issues. */
  rejected: number;
  /** Results that are 脱贫户 (排查脱贫户（户次）). */
  povertyAlleviated: number;
  /** Results meeting the identification conditions, all three categories (认定监测对象（户）). */
  identified: number;
  /** Results by bucket. */
  byCategory: Record<SummaryCategory, number>;
}

/** The 单位 of a summary row: the household's place (家庭住址), as far as it is recorded. */
export interface SummaryRegion {
  province?: string;
  city?: string;
  county?: string;
  town?: string;
  village?: string;
}

/** One row of the summary: a village (单位). */
export interface VillageSummary extends SummaryCounts {
  region: SummaryRegion;
}

/** The summary of a re-scoring run. Plain JSON. */
export interface RescoreSummary extends SummaryCounts {
  /** `false` while the run is still going (or was stopped early): the counts so far. */
  complete: boolean;
  profile: { id: string; hash: string };
  asOf: string | null;
  /** Rejections by issue code (a record with several issues counts once per distinct code). */
  rejectedByCode: Record<string, number>;
  /** One row per village, in order of first appearance. Records with no readable place share one row with an empty region. */
  villages: VillageSummary[];
}

/** What the summary needs to know of one outcome. Internal: computed where the record is scored. */
export interface Tally {
  /** The region key (see {@link regionKey}); `''` when no place is recorded. */
  region: string;
  /** The bucket; `null` for a rejection. */
  category: SummaryCategory | null;
  povertyAlleviated: boolean;
  /** For a rejection: the distinct issue codes. */
  codes?: string[];
}

const SEP = '\u001f';
const REGION_FIELDS = ['province', 'city', 'county', 'town', 'village'] as const;

/** A stable key for a region (the five levels joined, ID-shaped text masked); `''` when none is recorded. */
export function regionKey(region: unknown): string {
  if (!region || typeof region !== 'object') return '';
  const r = region as Record<string, unknown>;
  let key = '';
  let any = false;
  for (let i = 0; i < REGION_FIELDS.length; i++) {
    const v = r[REGION_FIELDS[i]!];
    const s = typeof v === 'string' ? v : '';
    if (s) any = true;
    key += (i ? SEP : '') + s;
  }
  return any ? maskIdNumbersInText(key) : '';
}

function regionOfKey(key: string): SummaryRegion {
  if (!key) return {};
  const parts = key.split(SEP);
  const out: SummaryRegion = {};
  REGION_FIELDS.forEach((f, i) => {
    if (parts[i]) out[f] = parts[i];
  });
  return out;
}

function emptyCounts(): SummaryCounts {
  const byCategory = {} as Record<SummaryCategory, number>;
  for (const k of CATEGORY_KEYS) byCategory[k] = 0;
  return { in: 0, results: 0, rejected: 0, povertyAlleviated: 0, identified: 0, byCategory };
}

function add(c: SummaryCounts, t: Tally): void {
  c.in++;
  if (t.category === null) {
    c.rejected++;
    return;
  }
  c.results++;
  if (t.povertyAlleviated) c.povertyAlleviated++;
  c.byCategory[t.category]++;
  if (t.category === 'unstable' || t.category === 'marginal' || t.category === 'sudden-hardship') c.identified++;
}

function copyCounts(c: SummaryCounts): SummaryCounts {
  return { ...c, byCategory: { ...c.byCategory } };
}

function addCounts(into: SummaryCounts, c: SummaryCounts): void {
  into.in += c.in;
  into.results += c.results;
  into.rejected += c.rejected;
  into.povertyAlleviated += c.povertyAlleviated;
  into.identified += c.identified;
  for (const k of CATEGORY_KEYS) into.byCategory[k] += c.byCategory[k];
}

/** The counts of a piece of a run, by village key (in order of first appearance) and by issue code. Plain data. */
export interface SummaryPart {
  villages: [string, SummaryCounts][];
  codes: [string, number][];
}

/**
 * Accumulates tallies into a {@link RescoreSummary}. Memory grows with the number of villages and
 * issue codes, never with the number of records.
 *
 * @example
 * const s = new SummaryBuilder({ id: p.id, hash: p.hash }, '2023-12-15');
 * s.add({ region: regionKey(h.region), category: 'marginal', povertyAlleviated: false });
 * s.snapshot(true).identified // 1
 */
export class SummaryBuilder {
  private readonly total = emptyCounts();
  private readonly villages = new Map<string, SummaryCounts>();
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly profile: { id: string; hash: string },
    private readonly asOf: string | null,
  ) {}

  /** Counts one outcome. */
  add(t: Tally): void {
    add(this.total, t);
    let v = this.villages.get(t.region);
    if (!v) {
      v = emptyCounts();
      this.villages.set(t.region, v);
    }
    add(v, t);
    if (t.codes) for (const c of t.codes) this.codes.set(c, (this.codes.get(c) ?? 0) + 1);
  }

  /**
   * The counts so far as plain data, to merge into another builder ({@link addPart}): how a run
   * that scores pieces of a file in several threads adds them up, in file order, so villages keep
   * the order of their first appearance.
   */
  part(): SummaryPart {
    return { villages: [...this.villages], codes: [...this.codes] };
  }

  /** Adds the counts of a {@link part}. */
  addPart(part: SummaryPart): void {
    for (const [key, c] of part.villages) {
      let v = this.villages.get(key);
      if (!v) {
        v = emptyCounts();
        this.villages.set(key, v);
      }
      addCounts(v, c);
      addCounts(this.total, c);
    }
    for (const [code, n] of part.codes) this.codes.set(code, (this.codes.get(code) ?? 0) + n);
  }

  /** The number of villages so far. */
  get villageCount(): number {
    return this.villages.size;
  }

  /**
   * The counts so far without the villages (`villages: []`): the totals, by category and by code.
   * With {@link eachVillage}, what a writer of a very large summary needs without copying it whole.
   */
  head(complete: boolean): RescoreSummary {
    return {
      complete,
      profile: { ...this.profile },
      asOf: this.asOf,
      ...copyCounts(this.total),
      rejectedByCode: Object.fromEntries(this.codes),
      villages: [],
    };
  }

  /** The villages so far, one fresh object at a time, in order of first appearance. */
  *eachVillage(): Generator<VillageSummary> {
    for (const [key, c] of this.villages) yield { region: regionOfKey(key), ...copyCounts(c) };
  }

  /** The counts so far, as a fresh plain object. */
  snapshot(complete: boolean): RescoreSummary {
    return { ...this.head(complete), villages: [...this.eachVillage()] };
  }
}

/** The columns of the summary table, with their headers (S001 附件2 wording where it has one). */
export const SUMMARY_COLUMNS: readonly { key: string; header: Text }[] = [
  { key: 'county', header: { zh: '县（市、区）', en: 'county' } },
  { key: 'town', header: { zh: '乡（镇）', en: 'town' } },
  { key: 'village', header: { zh: '单位（村）', en: 'unit (village)' } },
  { key: 'in', header: { zh: '记录数（户）', en: 'records in' } },
  { key: 'results', header: { zh: '已评估（户）', en: 'results' } },
  { key: 'rejected', header: { zh: '拒收（户）', en: 'rejected' } },
  { key: 'povertyAlleviated', header: { zh: '排查脱贫户（户次）', en: 'formerly poor households screened' } },
  { key: 'unstable', header: { zh: '脱贫不稳定户（户）', en: 'unstable formerly poor' } },
  { key: 'marginal', header: { zh: '边缘易致贫户（户）', en: 'marginal, at risk' } },
  { key: 'sudden-hardship', header: { zh: '突发严重困难户（户）', en: 'sudden severe hardship' } },
  { key: 'identified', header: { zh: '符合认定条件的监测对象（户）', en: 'meet the identification conditions' } },
  { key: 'not-eligible', header: { zh: '不符合条件（户）', en: 'not eligible' } },
  { key: 'undetermined', header: { zh: '待定（户）', en: 'undetermined' } },
];

/**
 * The summary as table rows (header first, then one row per village, then the total), in the
 * order of {@link SUMMARY_COLUMNS}. For a CSV or a terminal table.
 *
 * @example
 * const rows = summaryRows(run.summary(), 'zh');
 * rows[0][2] // '单位（村）'
 */
export function summaryRows(summary: RescoreSummary, language: 'zh' | 'en'): string[][] {
  const rows = [SUMMARY_COLUMNS.map((c) => c.header[language])];
  for (const v of summary.villages) rows.push(villageRowCells(v, language));
  rows.push(totalRowCells(summary, language));
  return rows;
}

function rowCells(region: SummaryRegion, c: SummaryCounts): string[] {
  return SUMMARY_COLUMNS.map(({ key }) => {
    if (key === 'county' || key === 'town' || key === 'village') return region[key] ?? '';
    if (key in c.byCategory) return String(c.byCategory[key as SummaryCategory]);
    return String(c[key as 'in' | 'results' | 'rejected' | 'povertyAlleviated' | 'identified']);
  });
}

/**
 * The cells of a village's row of the summary table ({@link summaryRows}).
 *
 * @example
 * villageRowCells({ region: { village: '一村' }, ...counts }, 'zh')[2] // '一村'
 */
export function villageRowCells(v: VillageSummary, language: 'zh' | 'en'): string[] {
  const r = rowCells(v.region, v);
  if (!v.region.village && !v.region.town && !v.region.county) r[2] = language === 'zh' ? '（未填住址）' : '(no address)';
  return r;
}

/**
 * The cells of the total row of the summary table ({@link summaryRows}).
 *
 * @example
 * totalRowCells(summary, 'zh')[0] // '合计'
 */
export function totalRowCells(summary: SummaryCounts, language: 'zh' | 'en'): string[] {
  const total = rowCells({}, summary);
  total[0] = language === 'zh' ? '合计' : 'total';
  return total;
}
