/**
 * 公益性岗位 — public-welfare posts as the export records them (A13 beside the labour columns: 是 / 否
 * or the names of the posts, several possible; src/facts/public-welfare-post.ts): a member on
 * record holding many posts at once, a post held at an age past working life, a post held by a
 * member without labour capacity.
 *
 * County rules 3_01_010 / 3_01_011 (脱贫人口 / 监测对象人口登记3种及以上公益性岗位), 5_01_006 / 5_12_005
 * (70岁及以上脱贫人口 / 监测对象人口参加公益性岗位) and 5_15_006 (家庭成员有公益性岗位但本人无（含丧失）劳动能力).
 * The number of posts and the age are profile parameters (`qualityManyPublicWelfarePosts`,
 * `qualityPublicWelfarePostElderlyAge`); ages and labour are taken at the status date
 * (临稷办发〔2023〕76号 §四: "健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。"). A post under the
 * minimum age is the age family's (`quality.age.young-public-welfare-post`).
 *
 * These are warnings for review: a county may employ an older or weaker member on purpose, and the
 * check asks the village to confirm it.
 *
 * @module
 */
import type { QuotedCitation } from '../../explain/finding.js';
import { hasNoLabour } from '../../facts/member.js';
import { holdsPublicWelfarePost, publicWelfarePostNames } from '../../facts/public-welfare-post.js';
import { LABOUR_CAPACITIES } from '../../model/labels.js';
import { county, memberCheck, NONE, step, type QualityExplained, type QualityRun, type QualityStep } from './run.js';
import { holdsPost, onForm } from './scope.js';

const STATUS_DATE: QuotedCitation = {
  doc: '临稷办发〔2023〕76号',
  clause: '四',
  quote: '健康状况、在校生状况等状态类指标取值时间节点为2023年9月30日24时。',
};

const path = (i: number) => `members[${i}].publicWelfarePost`;

/** The distinct post names of a member (a name recorded twice is one post); the shared empty list when none is recorded. */
function distinctPosts(q: QualityRun, i: number): readonly string[] {
  const names = publicWelfarePostNames(q.members[i]!);
  if (names.length === 0) return NONE;
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

/** ` （护林员、保洁员）` / ` (护林员, 保洁员)` when names are recorded, else nothing. */
function namesText(names: readonly string[]): { zh: string; en: string } {
  return names.length > 0 ? { zh: `（${names.join('、')}）`, en: ` (${names.join(', ')})` } : { zh: '', en: '' };
}

/** 3_01_010 / 3_01_011 — a member on record of a 脱贫户 or monitored household with this many distinct posts or more (3 by default). */
export const manyPosts = memberCheck({
  id: 'quality.public-welfare-posts.many-posts',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['3_01_010', '3_01_011'],
  title: { zh: '一人登记多种公益性岗位', en: 'one member holding many public-welfare posts' },
  citations: [county('3_01_010', '脱贫人口登记3种及以上公益性岗位'), county('3_01_011', '监测对象人口登记3种及以上公益性岗位')],
  description: {
    zh: '脱贫户或监测对象户中状态时点在册的成员，公益性岗位登记的岗位名称（不计重复）达到配置的个数（含，默认3种）。只记“是/否”时无法计数，不检查。',
    en: 'A member of a 脱贫户 or monitored household, on record at the status date, whose public-welfare post column names as many distinct posts as the profile sets, or more (3 by default). Where only 是 / 否 is recorded there is nothing to count and nothing is checked.',
  },
  parameters: ['qualityManyPublicWelfarePosts'],
  facts: ['povertyAlleviated', 'monitoring', 'members[].publicWelfarePost', 'members[].changes'],
  when: onForm,
  testMember: (q, i) => {
    const posts = distinctPosts(q, i);
    if (posts.length === 0 || !q.present(i)) return NONE;
    return posts.length >= q.param('qualityManyPublicWelfarePosts').value ? [{ row: i, posts }] : NONE;
  },
  explain: (q, { row, posts }): QualityExplained => {
    const p = q.param('qualityManyPublicWelfarePosts');
    return {
      path: path(row),
      message: {
        zh: `${q.who(row).zh}登记了 ${posts.length} 种公益性岗位（${posts.join('、')}），达到 ${p.value} 种及以上`,
        en: `${q.who(row).en} holds ${posts.length} public-welfare posts (${posts.join(', ')}), ${p.value} or more`,
      },
      values: { posts: [...posts], count: posts.length, threshold: p.value },
      applied: [p.citation],
    };
  },
});

/** 5_01_006 / 5_12_005 — a member on record of a 脱贫户 or monitored household holding a post at or above the age (70 by default) at the status date. */
export const elderlyPost = memberCheck({
  id: 'quality.public-welfare-posts.elderly',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_01_006', '5_12_005'],
  title: { zh: '高龄人员参加公益性岗位', en: 'public-welfare post held by an elderly member' },
  citations: [STATUS_DATE, county('5_01_006', '70岁及以上脱贫人口参加公益性岗位'), county('5_12_005', '70岁及以上防止返贫监测对象人口参加公益性岗位')],
  description: {
    zh: '脱贫户或监测对象户中状态时点在册的成员聘用公益性岗位，状态时点年龄达到配置年龄（含，默认70周岁）。',
    en: 'A member of a 脱贫户 or monitored household, on record at the status date, holds a public-welfare post and is of the profile age or older at the status date (70 by default).',
  },
  parameters: ['qualityPublicWelfarePostElderlyAge'],
  facts: ['povertyAlleviated', 'monitoring', 'members[].birthDate', 'members[].publicWelfarePost', 'members[].changes'],
  when: onForm,
  whenMember: holdsPost,
  testMember: (q, i) => {
    if (holdsPublicWelfarePost(q.members[i]!) !== true || !q.present(i)) return NONE;
    const age = q.age(i);
    if (age === null) return NONE;
    return age >= q.param('qualityPublicWelfarePostElderlyAge').value ? [{ row: i, age }] : NONE;
  },
  explain: (q, { row, age }): QualityExplained => {
    const p = q.param('qualityPublicWelfarePostElderlyAge');
    const names = distinctPosts(q, row);
    const shown = namesText(names);
    return {
      path: path(row),
      message: {
        zh: `${q.who(row).zh}在 ${q.statusDate} 为 ${age} 周岁，已满 ${p.value} 周岁仍聘用公益性岗位${shown.zh}`,
        en: `${q.who(row).en} is ${age} on ${q.statusDate}, ${p.value} or older, yet holds a public-welfare post${shown.en}`,
      },
      values: names.length > 0 ? { age, statusDate: q.statusDate, elderlyAge: p.value, posts: names } : { age, statusDate: q.statusDate, elderlyAge: p.value },
      applied: [p.citation],
    };
  },
});

/** 5_15_006 — a member on record holding a post whose labour (A14) is 无劳动力 or 丧失劳动力. */
export const postWithoutLabour = memberCheck({
  id: 'quality.public-welfare-posts.no-labour',
  layer: 'quality',
  severity: 'warning',
  nationalCodes: ['5_15_006'],
  title: { zh: '无劳动能力人员参加公益性岗位', en: 'public-welfare post held by a member without labour capacity' },
  citations: [STATUS_DATE, county('5_15_006', '家庭成员有公益性岗位但本人无（含丧失）劳动能力')],
  description: {
    zh: '状态时点在册的成员聘用公益性岗位，劳动技能（A14）为无劳动力或丧失劳动力。劳动技能未填写的不推断。',
    en: 'A member on record at the status date holds a public-welfare post while the labour capacity (A14) is none or lost. An unrecorded labour capacity is not guessed.',
  },
  parameters: [],
  facts: ['members[].publicWelfarePost', 'members[].labour', 'members[].changes'],
  whenMember: holdsPost,
  testMember: (q, i) => {
    const m = q.members[i]!;
    if (holdsPublicWelfarePost(m) !== true || hasNoLabour(m) !== true || !q.present(i)) return NONE;
    return [{ row: i, labour: m.labour! }];
  },
  explain: (q, { row, labour }): QualityExplained => {
    const names = distinctPosts(q, row);
    const shown = namesText(names);
    const l = LABOUR_CAPACITIES[labour];
    return {
      path: path(row),
      message: {
        zh: `${q.who(row).zh}劳动技能为“${l.zh}”，却聘用公益性岗位${shown.zh}`,
        en: `${q.who(row).en} has ${l.en}, yet holds a public-welfare post${shown.en}`,
      },
      values: names.length > 0 ? { labour, posts: names } : { labour },
    };
  },
});

/** The public-welfare post checks, in report order. */
export const publicWelfarePostChecks: readonly QualityStep[] = [step(manyPosts), step(elderlyPost), step(postWithoutLabour)];
