/**
 * 公益性岗位 — whether a member holds a public-welfare post, and which. Exports record it as 是 / 否 or
 * as the names of the posts (护林员, 保洁员 …; several possible), and the model keeps either
 * (`members[].publicWelfarePost`: `true` / `false`, or the list of names).
 *
 * @module
 */
import type { Member } from '../model/household.js';

/**
 * The member holds a public-welfare post: 是, or a post name recorded; `undefined` when not recorded.
 *
 * @example
 * holdsPublicWelfarePost({ …, publicWelfarePost: ['护林员'] }) // true
 * holdsPublicWelfarePost({ …, publicWelfarePost: false })      // false
 */
export function holdsPublicWelfarePost(m: Pick<Member, 'publicWelfarePost'>): boolean | undefined {
  const post = m.publicWelfarePost;
  return post === undefined ? undefined : post !== false;
}

/**
 * The names of the public-welfare posts the member holds, as recorded; empty when only 是 / 否 is.
 *
 * @example
 * publicWelfarePostNames({ …, publicWelfarePost: ['护林员', '保洁员'] }) // ['护林员', '保洁员']
 */
export function publicWelfarePostNames(m: Pick<Member, 'publicWelfarePost'>): readonly string[] {
  const post = m.publicWelfarePost;
  return Array.isArray(post) ? post : [];
}
