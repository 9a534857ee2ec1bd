/**
 * Parameters of the checks over the export's other tables (务工月监测, 行政村): see
 * src/rules/quality/work-spells.ts. Like the other data-quality parameters, each value of
 * `national/2021` cites the county rule whose label states it (document `county-practice`).
 *
 * @module
 */
import { CalendarDateSchema } from '../../model/primitives.js';
import { defineParameter } from '../parameter.js';

/** 务工至今未回：开始早于此日期且尚未结束的务工经历列为提示 (1111_08: 2020年务工至今未回). */
export const qualityLongOpenSpellStartedBefore = defineParameter({
  key: 'qualityLongOpenSpellStartedBefore',
  group: 'quality',
  schema: () => CalendarDateSchema,
  label: { zh: '务工至今未回的起始界限', en: 'open spells listed when started before' },
  description: {
    zh: '成员最近一段已外出务工经历开始于此日期所在月份之前且尚未结束（至今未回）时，列为提示。',
    en: "A member's latest spell of work away that started in a month before this date's month and has not ended (still away) is listed as a note.",
  },
});

export const tableParameters = {
  qualityLongOpenSpellStartedBefore,
};
