/**
 * 应纳未纳 — a 脱贫户 that should be looked at for monitoring but is not monitored: per-capita income
 * below the line, or a three-guarantees or drinking-water problem.
 *
 * 临稷办发〔2023〕76号 §一(二): "对经排查发现符合监测帮扶对象认定标准的应纳尽纳" and 附件1 注2: "A38 是确定监测对象的
 * 参考" — the line is compared with A38, the per-capita reference income. The line is the profile's
 * `monitoringLine` (e.g. 龙扶贫组字〔2021〕1号 §二(二): "2021 年省定监测线确定为 6500 元。"), cited with its
 * value; where the profile has none (national/2021, shandong/linzi/2023) the income test is not run
 * and a `quality.skipped` note says so.
 *
 * These are warnings for review, not identification decisions: whether a household is included is
 * decided by the identification rules and the procedure.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { formatFen, toFen } from '../../model/money.js';
import { compareWithLine } from '../income.js';
import { defineRule } from '../rule.js';
import { county, qualityCheck, type QualityCheck, type QualityRun } from './run.js';

const S000 = '临稷办发〔2023〕76号';
const INCLUDE_ALL: QuotedCitation = { doc: S000, clause: '一(二)', quote: '对经排查发现符合监测帮扶对象认定标准的应纳尽纳' };

export const unmonitoredBelowLine = defineRule({
  id: 'quality.monitoring-gap.below-line',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_02_006'],
  title: { zh: '脱贫户人均收入低于监测范围但未纳入监测', en: '脱贫户 below the line but not monitored' },
  citations: [
    INCLUDE_ALL,
    { doc: S000, clause: '附件1 注2', quote: 'A38 是确定监测对象的参考，A34 是区分前两类还是第三类对象的参考。' },
    county('1_02_006', '脱贫户2023年人均纯收入低于7300元但未纳入防止返贫监测对象户'),
  ],
  description: {
    zh: '未纳入监测的脱贫户，A38 人均收入参考范围低于配置的监测线。配置未设监测线时不检查，并以提示说明。',
    en: 'A 脱贫户 that is not monitored whose A38 per-capita reference income is below the profile’s monitoring line. Without a line in the profile the check is not run, and a note says so.',
  },
  parameters: ['monitoringLine', 'lineComparison', 'perCapitaRounding', 'householdSizeRule'],
  facts: ['povertyAlleviated', 'monitoring', 'income'],
});

export const unmonitoredGuaranteeProblem = defineRule({
  id: 'quality.monitoring-gap.guarantees',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['1_02_001', '1_02_002', '1_02_007'],
  title: { zh: '脱贫户存在三保障或饮水安全问题但未纳入监测', en: '脱贫户 with a three-guarantees or water problem but not monitored' },
  citations: [
    INCLUDE_ALL,
    county('1_02_001', '脱贫户住危房但未纳入监测对象'),
    county('1_02_002', '脱贫户未解决安全饮用水但未纳入防止返贫监测对象'),
    county('1_02_007', '脱贫户未解决两不愁三保障（含监测对象医疗/住房饮水/教育未保障）'),
  ],
  description: {
    zh: '未纳入监测的脱贫户，A23 住房、A24 义务教育或A25 饮水记为存在安全问题。',
    en: 'A 脱贫户 that is not monitored with A23 housing, A24 compulsory education or A25 drinking water recorded as a problem.',
  },
  parameters: [],
  facts: ['povertyAlleviated', 'monitoring', 'guarantees'],
});

function runBelowLine(q: QualityRun): void {
  if (!q.household.povertyAlleviated || q.monitored) return;
  const f = q.income();
  if (f === null || f.size === null || f.size <= 0) return;
  const line = q.param('monitoringLine');
  const lineFen = toFen(line.value);
  if (compareWithLine(f.reference, f.size, lineFen, q.profile, q.parameterDate!) >= 0) return;
  q.report(
    unmonitoredBelowLine,
    'monitoring',
    {
      zh: `脱贫户未纳入监测，但A37 收入参考范围 ${formatFen(f.reference)} 元、${f.size} 人，人均低于监测线 ${formatFen(lineFen)} 元`,
      en: `a 脱贫户 not monitored whose A37 reference income of ${formatFen(f.reference)} yuan for ${f.size} people is below the line of ${formatFen(lineFen)} yuan per head`,
    },
    { A37: formatFen(f.reference), A33: formatFen(f.net), householdSize: f.size, line: formatFen(lineFen) },
    line.citation,
  );
}

const GUARANTEES = [
  ['housingUnsafe', 'A23', '住房出现安全问题', 'unsafe housing'],
  ['compulsoryEducationDropout', 'A24', '义务教育阶段适龄儿童少年失学辍学', 'a compulsory-age child out of school'],
  ['drinkingWaterUnsafe', 'A25', '饮水出现安全问题', 'unsafe drinking water'],
] as const;

function runGuarantees(q: QualityRun): void {
  if (!q.household.povertyAlleviated || q.monitored) return;
  const g = q.household.guarantees;
  if (g === undefined) return;
  for (const [key, form, zh, en] of GUARANTEES) {
    if (g[key] !== true) continue;
    q.report(
      unmonitoredGuaranteeProblem,
      `guarantees.${key}`,
      { zh: `脱贫户${form}记为${zh}，但未纳入监测`, en: `a 脱贫户 whose ${form} records ${en} is not monitored` },
      { field: form },
    );
  }
}

/** The 应纳未纳 checks, in report order. */
export const monitoringGapChecks: readonly QualityCheck[] = [qualityCheck(unmonitoredBelowLine, runBelowLine), qualityCheck(unmonitoredGuaranteeProblem, runGuarantees)];
