/**
 * 家庭人口数 — the household size over the income period, explained: who is counted, who is not and
 * why, and who is counted because they died during identification.
 *
 * 临稷办发〔2023〕76号 §一(一), §四:
 * > 采集更新脱贫享受政策人口和监测帮扶对象家庭成员自然变化信息，如新生儿、嫁入嫁出、死亡等。
 * > 帮扶对象家庭收入、务工时长、成员自然变化等计算周期为2022年10月1日至2023年9月30日
 *
 * The count is a shared fact and its header lives with it (src/facts/household-size.ts, registered in
 * the catalog); this is the same rule with the explanation the income layer gives of it.
 *
 * @module
 */
import type { Citation, FindingValue } from '../../explain/finding.js';
import { MEMBER_CHANGES, type Text } from '../../model/labels.js';
import { householdSizeRule, type MemberCount } from '../../facts/household-size.js';
import { clauseRule, type Explained, type Tested } from '../../kernel/clause.js';
import { citesOf, sharedCitesOf } from '../../kernel/rule.js';
import type { IncomeContext } from './context.js';

const COUNTED: Tested = Object.freeze({ outcome: 'info', data: undefined });
const NOT_COUNTED: Tested = Object.freeze({ outcome: 'undetermined', data: undefined });
const NO_PERIOD: Tested = Object.freeze({ outcome: 'undetermined', missing: Object.freeze(['asOf']), data: undefined });

/**
 * A member's row and change as an official reads them, from the `kind date` src/facts/household-size.ts
 * records: zh 第1行成员（死亡 2023-09-10）.
 */
function memberChange(index: number, change: string): Text {
  const [kind, on] = change.split(' ') as [keyof typeof MEMBER_CHANGES, string];
  const label: Text = MEMBER_CHANGES[kind] ?? { zh: kind, en: kind };
  return { zh: `第${index + 1}行成员（${label.zh} ${on}）`, en: `member ${index + 1} (${label.en} ${on})` };
}

export const householdSize = clauseRule<IncomeContext>({
  ...householdSizeRule,
  // Counted (info); undetermined when no member is on record at the period end (0), or when member changes are recorded and the period is unknown.
  test: (c) => (c.income.size === null ? (c.income.context.period ? NOT_COUNTED : NO_PERIOD) : c.income.size === 0 ? NOT_COUNTED : COUNTED),
  explain: (c): Explained => {
    const f = c.income;
    const listed = c.h.members.length;
    if (f.size === null) {
      return {
        message: { zh: '家庭成员有自然变化记录，但收入计算周期未知，无法计算家庭人口数', en: 'members have recorded changes but the income period is unknown, so the household size cannot be counted' },
        values: { membersListed: listed },
      };
    }
    const rule = f.sizeRule;
    // (one pass over the count, no intermediate lists)
    const excluded: string[] = [];
    const diedDuring: MemberCount[] = [];
    const during: string[] = [];
    for (const m of f.counted!.members) {
      if (!m.counted) excluded.push(`members[${m.index}] (${m.reason})`);
      if (m.duringIdentification) {
        diedDuring.push(m);
        during.push(`members[${m.index}] (${m.duringIdentification})`);
      }
    }
    const cites: Citation[] = rule ? [rule.citation] : [];
    if (during.length && f.deathsRule) cites.push(f.deathsRule.citation);
    // The counting rule's citation alone (the common case): a list shared by every household under it (the finding copies it).
    const citations = rule && cites.length === 1 ? sharedCitesOf(householdSizeRule, rule.citation) : citesOf(householdSizeRule, ...cites);
    const values: Record<string, FindingValue> = { householdSize: f.size, membersListed: listed, rule: rule?.value ?? null, notCounted: excluded };
    if (during.length) values.countedDuringIdentification = during;
    if (f.size === 0) {
      return { message: { zh: '周期末无在册家庭成员，无法计算人均收入', en: 'no member is on record at the end of the period, so per-capita income cannot be computed' }, values, citations };
    }
    const discoveredOn = f.context.discoveredOn;
    const named = diedDuring.map((m) => memberChange(m.index, m.duringIdentification!));
    const duringText = named.length
      ? {
          zh: `；其中 ${named.length} 人在识别监测对象过程中死亡（${named.map((n) => n.zh).join('、')}，不早于发现时间 ${discoveredOn}），按附件1 注3 仍计入`,
          en: `; ${named.length} died during identification (${named.map((n) => n.en).join(', ')}, on or after the discovery date ${discoveredOn}) and still count, as 附件1 注3 says`,
        }
      : { zh: '', en: '' };
    return {
      message: {
        zh: `家庭人口数 ${f.size} 人（在列 ${listed} 人${excluded.length ? `，不计入 ${excluded.length} 人` : ''}${duringText.zh}）`,
        en: `household size ${f.size} (${listed} listed${excluded.length ? `, ${excluded.length} not counted` : ''}${duringText.en})`,
      },
      values,
      citations,
    };
  },
});
