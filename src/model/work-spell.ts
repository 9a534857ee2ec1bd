/**
 * 务工月监测 — the work-monitoring tables the national system exports beside the household file:
 * （务工月监测）已外出务工信息 (spells of work away from home, several per member) and 计划外出务工信息
 * (plans to go out to work). One row per spell, joined to the members of the household file by
 * 证件号码 (export-format.md §3.3: "The work-monitoring tables are separate files with several
 * spells per member, joined to members by 证件号码").
 *
 * Objects are strict: an unknown key is an issue naming the key.
 *
 * @module
 */
import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { KeySchema, NonNegativeMoneySchema, YearMonthSchema } from './primitives.js';

/** Which table a row comes from: 已外出务工信息 (`current`) or 计划外出务工信息 (`planned`). */
export const WORK_TABLES = {
  current: { zh: '已外出务工信息', en: 'work away from home' },
  planned: { zh: '计划外出务工信息', en: 'planned work away from home' },
} as const;

/** The kind of a work-monitoring table. */
export type WorkTable = keyof typeof WORK_TABLES;

/** One row of a work-monitoring table (务工经历 / 计划外出务工). */
export const WorkSpellSchema = lazySchema(() =>
  z.strictObject({
    /** Which table: 已外出务工信息 or 计划外出务工信息. */
    table: z.enum(['current', 'planned']),
    /** 证件号码: the member the row belongs to (the join key). */
    idNumber: z.string(),
    /** 户编号, when the table carries it. */
    householdId: KeySchema.optional(),
    /** 姓名. */
    name: z.string().optional(),
    /** 是否已务工 (已外出 table) / 是否计划外出务工 (计划 table). */
    working: z.boolean().optional(),
    /** 开始时间, YYYY-MM. */
    start: YearMonthSchema.optional(),
    /** 结束时间, YYYY-MM; absent while still working. */
    end: YearMonthSchema.optional(),
    /** 务工所在县 (已外出) or 计划务工所在县 (计划). */
    county: z.string().optional(),
    /** 务工所在地 (free text). */
    place: z.string().optional(),
    /** 务工月收入 (yuan per month). */
    monthlyWage: NonNegativeMoneySchema.optional(),
    /** 务工企业名称. */
    employer: z.string().optional(),
    /** 所属行业. */
    industry: z.string().optional(),
    /** 就业渠道 (e.g. 公益性岗位, 帮扶车间, 自主就业 …). */
    channel: z.string().optional(),
    /** 是否点对点输送. */
    pointToPoint: z.boolean().optional(),
    /** 年度交通费补助 (yuan). */
    travelSubsidy: NonNegativeMoneySchema.optional(),
    /** 就业服务需求 (计划 table). */
    serviceNeed: z.string().optional(),
  }),
);

/** One row of a work-monitoring table, as validated by {@link WorkSpellSchema}. */
export type WorkSpell = z.output<typeof WorkSpellSchema>;
