/**
 * 在校生 — whether a member is a student, read from A12 在校生状况 (dictionary 100A12): every status
 * but 学龄前儿童 is a stage of schooling, 学前教育 included; a member without a school status is not in
 * school (the form leaves the cell empty for those who are not).
 *
 * 临稷办发〔2023〕76号 §一(二) names the households "同时有学生" and "户内有学生"; screening reads this fact.
 *
 * @module
 */
import type { Member } from '../model/household.js';

/**
 * 学生: the member has a school status (A12) other than 学龄前儿童 (not yet in school).
 *
 * @example
 * isStudent({ name: '王小明', sex: 'male', relation: 'son', schoolStatus: 'junior-2' })      // true
 * isStudent({ name: '王小红', sex: 'female', relation: 'daughter', schoolStatus: 'preschool-age' }) // false
 * isStudent({ name: '王建国', sex: 'male', relation: 'head' })                               // false
 */
export function isStudent(m: Member): boolean {
  return m.schoolStatus !== undefined && m.schoolStatus !== 'preschool-age';
}
