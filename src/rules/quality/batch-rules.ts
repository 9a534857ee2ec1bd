/**
 * 跨户检查 — the headers of the checks that look across households: the same person (ID number) in
 * two households, and the same 户编号 twice. The checks themselves are in batch.ts.
 *
 * 临稷办发〔2023〕76号 §三(二): "持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。"
 *
 * @module
 */
import { defineRule } from '../../kernel/rule.js';
import { county } from './run.js';

const ACCOUNTS = { doc: '临稷办发〔2023〕76号', clause: '三(二)', quote: '持续提升信息数据的真实性和准确性，确保“账账相符、账实相符”。' };

export const duplicateIdRule = defineRule({
  id: 'quality.batch.duplicate-id',
  layer: 'quality',
  severity: 'error',
  nationalCodes: ['1_01_001', '1_12_001'],
  title: { zh: '证件号码在不同户重复', en: 'ID number in two households' },
  citations: [ACCOUNTS, county('1_01_001', '省内脱贫人口证件号码重复'), county('1_12_001', '省内防止返贫监测对象人口证件号码重复'), county('C 人员重复问题', '省内重复；省内市外重复；市内县外重复；县内重复')],
  description: {
    zh: '同一证件号码（15位升级后、残疾人证取前18位比较）出现在两个不同户编号的户中；报告两户的户编号。同一户内的重复由 quality.identity.duplicate-in-household 报告。',
    en: 'The same ID number (15-digit numbers upgraded, certificates by their first 18 characters) appears in two households with different 户编号; both households are named. Duplicates within one household are reported by quality.identity.duplicate-in-household.',
  },
  parameters: [],
  facts: ['id', 'members[].idNumber'],
});

export const duplicateHouseholdRule = defineRule({
  id: 'quality.batch.duplicate-household',
  layer: 'quality',
  severity: 'error',
  nationalCodes: [],
  title: { zh: '户编号重复', en: 'duplicate 户编号' },
  citations: [ACCOUNTS],
  description: { zh: '同一户编号在一批记录中出现两次及以上。', en: 'The same 户编号 appears more than once in a batch.' },
  parameters: [],
  facts: ['id'],
});
