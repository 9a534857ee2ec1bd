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
import type { SuppliedLine } from '../profile/supplied-lines.js';
import { agreesWithRecord, factKeyLabel, RECORDED_STATE_ORDER, RECORDED_STATES, type RecordedState } from '../present/result-labels.js';

export type { RecordedState } from '../present/result-labels.js';

/** The bucket a scored household falls in: a monitoring category, not eligible, or undetermined. */
export type SummaryCategory = keyof typeof MONITORING_CATEGORIES | 'to-verify' | 'not-eligible' | 'undetermined';

/** The buckets, in table order, with their labels. */
export const SUMMARY_CATEGORIES: Readonly<Record<SummaryCategory, Text>> = {
  unstable: { zh: MONITORING_CATEGORIES.unstable.zh, en: 'unstable formerly poor' },
  marginal: { zh: MONITORING_CATEGORIES.marginal.zh, en: 'marginal, at risk of poverty' },
  'sudden-hardship': { zh: MONITORING_CATEGORIES['sudden-hardship'].zh, en: 'sudden severe hardship' },
  'to-verify': { zh: '待核实', en: 'to verify at the home visit' },
  'not-eligible': { zh: '不认定', en: 'not identified' },
  undetermined: { zh: '无法判定（记录缺项）', en: 'undetermined (record incomplete)' },
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

/**
 * The export's record against the re-score (原记录类别 → 重新评估): for each recorded state (a row: 脱贫不稳定户,
 * 边缘易致贫户, 突发严重困难户, 已消除风险, 非监测对象), the results by bucket (the columns of {@link SUMMARY_CATEGORIES}).
 * The cells add up to `results`; a column adds up to its `byCategory` count.
 */
export type RecordedMatrix = Record<RecordedState, Record<SummaryCategory, number>>;

/** How many households name a fact (须入户核实的事实, or a record fact missing), with its label. */
export interface FactCount {
  /** The field, members' fields without their row (`members[].labour`). */
  field: string;
  label: Text;
  households: number;
}

/** The summary of a re-scoring run. Plain JSON. */
export interface RescoreSummary extends SummaryCounts {
  /** `false` while the run is still going (or was stopped early): the counts so far. */
  complete: boolean;
  /** The profile by id and hash, and the monitoring lines a user supplied to it (`--line`), if any. */
  profile: { id: string; hash: string; suppliedLines?: SuppliedLine[] };
  asOf: string | null;
  /** Rejections by issue code (a record with several issues counts once per distinct code). */
  rejectedByCode: Record<string, number>;
  /** The export's recorded category against the recomputed outcome, for the whole run (see {@link RecordedMatrix}). */
  byRecorded: RecordedMatrix;
  /**
   * The households *to verify*, by fact to verify (identification), most named first: a household whose
   * visit list names several facts counts under each, so these do not add up to `byCategory['to-verify']`.
   */
  toVerifyByFact: FactCount[];
  /** The households *undetermined*, by record fact missing, most named first (a household counts under each of its facts). */
  missingByFact: FactCount[];
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
  /** For a result: what the export records (its row of {@link RecordedMatrix}). */
  recorded?: RecordedState;
  /** For a result to verify: the distinct facts to verify (`factKey`s). */
  facts?: string[];
  /** For an undetermined result: the distinct record facts missing (`factKey`s). */
  missing?: string[];
}

const SEP = '\u001f';
const REGION_FIELDS = ['province', 'city', 'county', 'town', 'village'] as const;

/**
 * The five levels of the last region keyed, and its key: households of one village follow each
 * other in an export, and their levels are often the very same strings (the CSV reader hands out
 * one string for the same bytes), so the key is joined, masked and hashed once per run of them.
 */
const lastLevels: string[] = ['', '', '', '', ''];
let lastKey = '';

/**
 * A stable key for a region (the five levels joined, ID-shaped text masked); `''` when none is recorded.
 *
 * @example
 * regionKey({ province: '云南省', village: '和平村' }) // '云南省\u001f\u001f\u001f\u001f和平村'
 */
export function regionKey(region: unknown): string {
  if (!region || typeof region !== 'object') return '';
  const r = region as Record<string, unknown>;
  const p = r.province;
  const c = r.city;
  const y = r.county;
  const t = r.town;
  const v = r.village;
  const province = typeof p === 'string' ? p : '';
  const city = typeof c === 'string' ? c : '';
  const county = typeof y === 'string' ? y : '';
  const town = typeof t === 'string' ? t : '';
  const village = typeof v === 'string' ? v : '';
  const last = lastLevels;
  if (province === last[0] && city === last[1] && county === last[2] && town === last[3] && village === last[4]) return lastKey;
  const key = province || city || county || town || village ? maskIdNumbersInText(province + SEP + city + SEP + county + SEP + town + SEP + village) : '';
  last[0] = province;
  last[1] = city;
  last[2] = county;
  last[3] = town;
  last[4] = village;
  lastKey = key;
  return key;
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

/** The counts of a piece of a run, by village key (in order of first appearance), by issue code, recorded state and fact. Plain data. */
export interface SummaryPart {
  villages: [string, SummaryCounts][];
  codes: [string, number][];
  recorded: RecordedMatrix;
  facts: [string, number][];
  missing: [string, number][];
}

function emptyMatrix(): RecordedMatrix {
  const m = {} as RecordedMatrix;
  for (const r of RECORDED_STATE_ORDER) {
    const row = {} as Record<SummaryCategory, number>;
    for (const k of CATEGORY_KEYS) row[k] = 0;
    m[r] = row;
  }
  return m;
}

function copyMatrix(m: RecordedMatrix): RecordedMatrix {
  const out = {} as RecordedMatrix;
  for (const r of RECORDED_STATE_ORDER) out[r] = { ...m[r] };
  return out;
}

function countInto(map: Map<string, number>, keys: readonly string[] | undefined, n = 1): void {
  if (keys) for (const k of keys) map.set(k, (map.get(k) ?? 0) + n);
}

/** Facts by count, most first, then by field (a stable order whatever the order the parts came in). */
function factCounts(map: Map<string, number>): FactCount[] {
  return [...map]
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, households]) => ({ field, label: factKeyLabel(field), households }));
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
  private readonly recorded = emptyMatrix();
  private readonly facts = new Map<string, number>();
  private readonly missing = new Map<string, number>();

  constructor(
    private readonly profile: { id: string; hash: string; suppliedLines?: SuppliedLine[] },
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
    countInto(this.codes, t.codes);
    if (t.category !== null) this.recorded[t.recorded ?? 'not-monitored'][t.category]++;
    countInto(this.facts, t.facts);
    countInto(this.missing, t.missing);
  }

  /**
   * The counts so far as plain data, to merge into another builder ({@link addPart}): how a run
   * that scores pieces of a file in several threads adds them up, in file order, so villages keep
   * the order of their first appearance.
   */
  part(): SummaryPart {
    return { villages: [...this.villages], codes: [...this.codes], recorded: copyMatrix(this.recorded), facts: [...this.facts], missing: [...this.missing] };
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
    for (const r of RECORDED_STATE_ORDER) for (const k of CATEGORY_KEYS) this.recorded[r][k] += part.recorded[r][k];
    for (const [field, n] of part.facts) this.facts.set(field, (this.facts.get(field) ?? 0) + n);
    for (const [field, n] of part.missing) this.missing.set(field, (this.missing.get(field) ?? 0) + n);
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
      byRecorded: copyMatrix(this.recorded),
      toVerifyByFact: factCounts(this.facts),
      missingByFact: factCounts(this.missing),
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
  { key: 'to-verify', header: { zh: '待核实（户）', en: 'to verify' } },
  { key: 'not-eligible', header: { zh: '不认定（户）', en: 'not identified' } },
  { key: 'undetermined', header: { zh: '无法判定（户）', en: 'undetermined' } },
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

/** The outcome a summary bucket stands for, as {@link agreesWithRecord} reads it. */
function bucketOutcome(k: SummaryCategory): { outcome: string; category: string | null } {
  if (k === 'to-verify') return { outcome: 'to-verify', category: null };
  if (k === 'not-eligible') return { outcome: 'not-identified', category: null };
  if (k === 'undetermined') return { outcome: 'undetermined', category: null };
  return { outcome: 'identified', category: k };
}

/**
 * The columns of the recorded → recomputed table (原记录类别 → 重新评估): the recorded state, its households,
 * one column per bucket, then how many agree with the record and how many differ (`agreesWithRecord`;
 * undetermined households do neither).
 */
export const RECORDED_MATRIX_COLUMNS: readonly { key: string; header: Text }[] = [
  { key: 'recorded', header: { zh: '原记录类别', en: 'on record' } },
  { key: 'results', header: { zh: '户数', en: 'households' } },
  ...CATEGORY_KEYS.map((k) => ({ key: k, header: { zh: `重新评估：${SUMMARY_CATEGORIES[k].zh}`, en: `re-scored: ${SUMMARY_CATEGORIES[k].en}` } })),
  { key: 'agrees', header: { zh: '与原记录一致', en: 'agree with the record' } },
  { key: 'differs', header: { zh: '与原记录不一致', en: 'differ from the record' } },
];

/**
 * The recorded → recomputed table as rows of cells (header first, one row per recorded state, then the
 * total), in the order of {@link RECORDED_MATRIX_COLUMNS}.
 *
 * @example
 * recordedMatrixRows(summary, 'zh')[5] // ['非监测对象', '95', '0', '1', '0', '5', '89', '0', '89', '6']
 */
export function recordedMatrixRows(summary: Pick<RescoreSummary, 'byRecorded'>, language: 'zh' | 'en'): string[][] {
  const rows = [RECORDED_MATRIX_COLUMNS.map((c) => c.header[language])];
  const total = { results: 0, agrees: 0, differs: 0, cells: Object.fromEntries(CATEGORY_KEYS.map((k) => [k, 0])) as Record<SummaryCategory, number> };
  for (const r of RECORDED_STATE_ORDER) {
    const row = summary.byRecorded[r];
    let results = 0;
    let agrees = 0;
    let differs = 0;
    for (const k of CATEGORY_KEYS) {
      const n = row[k];
      results += n;
      total.cells[k] += n;
      const a = agreesWithRecord(r, bucketOutcome(k));
      if (a === true) agrees += n;
      else if (a === false) differs += n;
    }
    total.results += results;
    total.agrees += agrees;
    total.differs += differs;
    rows.push([RECORDED_STATES[r][language], String(results), ...CATEGORY_KEYS.map((k) => String(row[k])), String(agrees), String(differs)]);
  }
  rows.push([language === 'zh' ? '合计' : 'total', String(total.results), ...CATEGORY_KEYS.map((k) => String(total.cells[k])), String(total.agrees), String(total.differs)]);
  return rows;
}

/** The columns of the table of facts (须入户核实的事实 and 记录缺项): which list, the fact, the households. */
export const FACT_COLUMNS: readonly { key: string; header: Text }[] = [
  { key: 'kind', header: { zh: '类型', en: 'kind' } },
  { key: 'fact', header: { zh: '事实', en: 'fact' } },
  { key: 'households', header: { zh: '户数', en: 'households' } },
];

const FACT_KINDS = {
  toVerify: { zh: '须入户核实', en: 'to verify at the home visit' },
  missing: { zh: '记录缺项（无法判定）', en: 'missing from the record (undetermined)' },
} as const;

/**
 * The facts named by the households to verify and by those undetermined, as rows of cells (header first), in
 * the order of {@link FACT_COLUMNS}: the facts to verify first, most named first, then the record facts missing.
 *
 * @example
 * factRows(summary, 'zh')[1] // ['须入户核实', 'A27 致贫返贫风险类型', '10']
 */
export function factRows(summary: Pick<RescoreSummary, 'toVerifyByFact' | 'missingByFact'>, language: 'zh' | 'en'): string[][] {
  const rows = [FACT_COLUMNS.map((c) => c.header[language])];
  for (const f of summary.toVerifyByFact) rows.push([FACT_KINDS.toVerify[language], f.label[language], String(f.households)]);
  for (const f of summary.missingByFact) rows.push([FACT_KINDS.missing[language], f.label[language], String(f.households)]);
  return rows;
}
