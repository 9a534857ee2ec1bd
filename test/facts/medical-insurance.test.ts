/**
 * 临稷办发〔2023〕76号 附件1 A26 是否有家庭成员未参加城乡居民（职工）基本医疗保险（A17 指标生成）: the fact as
 * recorded, else generated from the members' A17 — three-valued, naming A26 when it cannot be settled.
 */
import { describe, expect, it } from 'vitest';
import { memberWithoutMedicalInsurance } from '../../src/facts/medical-insurance.js';
import type { Member } from '../../src/index.js';

const member = (basicMedicalInsurance?: boolean): Member => ({ name: '王一', sex: 'male', relation: 'head', ...(basicMedicalInsurance === undefined ? {} : { basicMedicalInsurance }) }) as Member;

describe('A26 有家庭成员未参加基本医疗保险 (S000 附件1, A17 指标生成)', () => {
  it('S000 附件1 A26: a recorded A26 is read as recorded, whatever the members\' A17', () => {
    expect(memberWithoutMedicalInsurance({ guarantees: { memberWithoutMedicalInsurance: false } }, [member(false)])).toEqual({ value: false, missing: [] });
    expect(memberWithoutMedicalInsurance({ guarantees: { memberWithoutMedicalInsurance: true } }, [member(true)])).toEqual({ value: true, missing: [] });
  });
  it('S000 附件1 A26 (A17 指标生成): one member without insurance settles "yes", even beside an unrecorded A17', () => {
    expect(memberWithoutMedicalInsurance({}, [member(undefined), member(true), member(false)])).toEqual({ value: true, missing: [] });
  });
  it('S000 附件1 A26 (A17 指标生成): every member insured settles "no"', () => {
    expect(memberWithoutMedicalInsurance({ guarantees: {} }, [member(true), member(true)])).toEqual({ value: false, missing: [] });
  });
  it('S000 附件1 A26: an unrecorded A17 (none uninsured), or no member at all, leaves it unknown and names A26', () => {
    expect(memberWithoutMedicalInsurance({}, [member(true), member(undefined)])).toEqual({ value: null, missing: ['guarantees.memberWithoutMedicalInsurance'] });
    expect(memberWithoutMedicalInsurance({}, [])).toEqual({ value: null, missing: ['guarantees.memberWithoutMedicalInsurance'] });
  });
});
