/**
 * 行政村（出列村）信息 — the village table the national system exports beside the household file:
 * one row per administrative village with its counts and facilities, and whether it was a poor
 * village that exited (是否出列). Households are joined to it by their village (县, 乡, 村 as the
 * exports name them; export-format.md §3.3: "the 行政村 table is joined by village").
 *
 * Counts are whole numbers as the table gives them; 村级集体经济收入 is in 万元 (ten thousand
 * yuan) as the export labels it, kept as the decimal string read. Every field but the village
 * name is optional: an empty cell records nothing, and the completeness checks of the 出列村
 * family (county-rules.md 1_03_002 …) report what a 出列村 lacks.
 *
 * @module
 */
import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { NonEmptyStringSchema, NonNegativeMoneySchema } from './primitives.js';

/** A non-negative decimal as text (e.g. "12.3456"), exact. */
const DecimalSchema = lazySchema(() => z.string().regex(/^\d+(\.\d+)?$/, { message: 'a non-negative decimal such as 12.5' }));

const Count = lazySchema(() => z.number().int().min(0));

/** One row of the village table. */
export const VillageSchema = lazySchema(() =>
  z.strictObject({
    /** 县（市、区、旗）. */
    county: z.string().optional(),
    /** 乡（镇）. */
    town: z.string().optional(),
    /** 行政村 (村): the village name, the join key with the households' 村. */
    name: NonEmptyStringSchema,
    /** 是否出列: a poor village that exited poverty (出列村). */
    delisted: z.boolean().optional(),
    /** 总户数. */
    households: Count.optional(),
    /** 总人口数. */
    population: Count.optional(),
    /** 村级集体经济收入（万元）, a decimal string. */
    collectiveIncome: DecimalSchema.optional(),
    /** 村小学（个数）. */
    primarySchools: Count.optional(),
    /** 参加城乡居民基本养老保险人数. */
    pensionInsured: Count.optional(),
    /** 是否通客运班车. */
    busService: z.boolean().optional(),
    /** 行政村卫生室个数. */
    clinics: Count.optional(),
    /** 行政村公共卫生厕所个数. */
    publicToilets: Count.optional(),
    /** 行政村执业（助理）医师（人）. */
    doctors: Count.optional(),
    /** 行政村生产生活垃圾集中堆放点个数（个）. */
    wasteSites: Count.optional(),
    /** 行政村文化（图书）室个数（个）. */
    libraries: Count.optional(),
    /** 低保户数. */
    dibaoHouseholds: Count.optional(),
    /** 低保人口数. */
    dibaoPopulation: Count.optional(),
    /** 特困供养人口数. */
    tekunPopulation: Count.optional(),
    /** 残疾人口数. */
    disabledPopulation: Count.optional(),
    /** 到乡镇是否通沥青（水泥）路. */
    pavedRoadToTown: z.boolean().optional(),
    /** 未实现饮水安全户数. */
    unsafeWaterHouseholds: Count.optional(),
    /** 危房户数. */
    dangerousHouseHouseholds: Count.optional(),
    /** 农民人均纯收入（元）. */
    perCapitaIncome: NonNegativeMoneySchema.optional(),
  }),
);

/** One row of the village table, as validated by {@link VillageSchema}. */
export type Village = z.output<typeof VillageSchema>;
