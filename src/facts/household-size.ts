/**
 * 家庭人口数 — the household size that divides income (A34 = A33 ÷ size, A38 = A37 ÷ size).
 *
 * 临稷办发〔2023〕76号 §一(一): "采集更新……家庭成员自然变化信息，如新生儿、嫁入嫁出、死亡等"; §四: member
 * changes are counted over the income period. How a change enters the divisor is not published: the
 * counting rule is the profile parameter `householdSizeRule`, whose default (`period-end`) is
 * documented as unverified.
 *
 * 临稷办发〔2023〕76号 附件1 注3:
 * > 3.家庭成员如出现因病因灾因意外事故等刚性支出较大后，在识别监测对象过程中突发死亡，录入系统后将其标注为死亡
 *
 * A member who dies during identification is entered, then marked dead: under `period-end` such a
 * member is still counted (`deathDuringIdentification: 'counted'`) when the death is dated on or
 * after the household's discovery date and, once identified, on or before the identification date.
 * A death after the period end is counted by `period-end` anyway.
 *
 * @module
 */
import { MEMBER_CHANGES } from '../model/labels.js';
import type { Household, Member } from '../model/household.js';
import type { CalendarDate } from '../model/calendar-date.js';
import type { IncomePeriod } from './context.js';
import { defineRule } from '../kernel/rule.js';

export const householdSizeRule = defineRule({
  id: 'income.household-size',
  layer: 'income',
  title: { zh: '家庭人口数', en: 'household size' },
  citations: [
    { doc: '临稷办发〔2023〕76号', clause: '一(一)', quote: '采集更新脱贫享受政策人口和监测帮扶对象家庭成员自然变化信息，如新生儿、嫁入嫁出、死亡等。' },
    { doc: '临稷办发〔2023〕76号', clause: '四', quote: '帮扶对象家庭收入、务工时长、成员自然变化等计算周期为2022年10月1日至2023年9月30日' },
  ],
  description: {
    zh: '按配置的口径计算家庭人口数：period-end 为周期末在册人口（默认，未经核实），all-listed 为全部在列成员，any-time-in-period 为周期内任一时点在册的成员。成员无自然变化记录时三者相同。在识别监测对象过程中死亡的成员（死亡时间不早于发现时间、不晚于识别时间）按附件1 注3 仍计入（deathDuringIdentification）。',
    en: 'Counts the household size by the profile\'s rule: period-end, members on record at the end of the period (default, unverified); all-listed, every member listed; any-time-in-period, anyone on record at some time in the period. Without recorded member changes the three agree. A member who dies during identification (on or after the discovery date, and on or before the identification date once identified) is still counted, as 附件1 注3 says (deathDuringIdentification).',
  },
  parameters: ['householdSizeRule', 'deathDuringIdentification'],
  facts: ['members[].changes', 'discoveredOn', 'monitoring.identifiedOn'],
});

/** The counting rules. */
export type HouseholdSizeRule = 'period-end' | 'all-listed' | 'any-time-in-period';

/** Whether a member is on record at the end of a date, from their changes. */
function presentOn(changes: NonNullable<Member['changes']>, sorted: boolean, on: CalendarDate): boolean {
  const list = sorted ? changes : [...changes].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  // Before the first change the member is present unless that change brings them in.
  let present = !MEMBER_CHANGES[list[0]!.kind].joins;
  for (const c of list) {
    if (c.on > on) break;
    present = MEMBER_CHANGES[c.kind].joins;
  }
  return present;
}

/** One member's part in the count. */
export interface MemberCount {
  index: number;
  counted: boolean;
  /** Why not counted, e.g. `death 2023-05-02`. */
  reason?: string;
  /** Counted although not on record at the period end: a death during identification (S000 附件1 注3), e.g. `death 2023-09-10`. */
  duringIdentification?: string;
}

/** The identification in progress: from the discovery date to the identification date (open while not identified). */
export interface IdentificationWindow {
  from: CalendarDate;
  to?: CalendarDate;
}

/** Every member counted, for households of each size: one frozen list per size, shared (the common case). */
const ALL_COUNTED: (readonly MemberCount[])[] = [];

function allCounted(n: number): MemberCount[] {
  let list = ALL_COUNTED[n];
  if (list === undefined) {
    const out: MemberCount[] = [];
    for (let index = 0; index < n; index++) out.push(Object.freeze({ index, counted: true }));
    list = Object.freeze(out);
    if (n < 64) ALL_COUNTED[n] = list;
  }
  return list as MemberCount[];
}

/**
 * Counts the household size over a period. Returns `null` when members have recorded changes but the
 * period is unknown. With `identification` (the discovery date to the identification date), a
 * member whose death falls in it is still counted under `period-end` (S000 附件1 注3).
 *
 * @example
 * countHousehold(h, 'period-end', { from: '2022-10-01', to: '2023-09-30', kind: 'annual' })
 * // { size: 3, members: [...] }
 */
export function countHousehold(
  h: Household,
  rule: HouseholdSizeRule,
  period: IncomePeriod | null,
  identification?: IdentificationWindow | null,
): { size: number; members: MemberCount[] } | null {
  const members = h.members;
  let anyChanges = false;
  for (let i = 0; i < members.length; i++) {
    const ch = members[i]!.changes;
    if (ch && ch.length > 0) {
      anyChanges = true;
      break;
    }
  }
  if (!anyChanges || rule === 'all-listed') return { size: members.length, members: allCounted(members.length) };
  if (!period) return null;
  let size = 0;
  const out: MemberCount[] = [];
  for (let index = 0; index < members.length; index++) {
    const changes = members[index]!.changes;
    if (!changes || changes.length === 0) {
      size++;
      out.push({ index, counted: true });
      continue;
    }
    const sorted = [...changes].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    let counted: boolean;
    let during: string | undefined;
    if (rule === 'period-end') {
      counted = presentOn(sorted, true, period.to);
      if (!counted && identification) {
        // The change that took the member off the record by the period end: a death during identification?
        const last = sorted.filter((c) => c.on <= period.to).pop();
        if (last && last.kind === 'death' && last.on >= identification.from && (identification.to === undefined || last.on <= identification.to)) {
          counted = true;
          during = `${last.kind} ${last.on}`;
        }
      }
    } else {
      counted = presentOn(sorted, true, period.from) || sorted.some((c) => MEMBER_CHANGES[c.kind].joins && c.on >= period.from && c.on <= period.to);
    }
    if (counted) {
      size++;
      out.push(during ? { index, counted, duringIdentification: during } : { index, counted });
    } else {
      const last = sorted.filter((c) => c.on <= period.to).pop() ?? sorted[0]!;
      out.push({ index, counted, reason: `${last.kind} ${last.on}` });
    }
  }
  return { size, members: out };
}
