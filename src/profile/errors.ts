/**
 * Typed errors of the profile layer. Each says what is wrong and what to do about it.
 *
 * @module
 */
import type { ValidationIssue } from '../model/validation.js';

/** `getProfile` was given an id that is not built in. */
export class UnknownProfileError extends Error {
  override readonly name = 'UnknownProfileError';
  constructor(
    readonly id: string,
    readonly knownIds: readonly string[],
  ) {
    super(`unknown profile "${id}"; known profiles: ${knownIds.join(', ')} (未知的政策配置；可用的配置见上)`);
  }
}

/** A profile definition (built-in or user JSON) is not valid. */
export class ProfileDefinitionError extends Error {
  override readonly name = 'ProfileDefinitionError';
  constructor(
    readonly profileId: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(
      `profile "${profileId}" is not valid (政策配置无效):\n` + issues.map((i) => `  - ${i.path || '(profile)'}: ${i.message.en} / ${i.message.zh}`).join('\n'),
    );
  }
}

/** A rule needs a parameter the profile does not set for the date in question. */
export class MissingParameterError extends Error {
  override readonly name = 'MissingParameterError';
  constructor(
    readonly profileId: string,
    readonly parameter: string,
    readonly on: string,
    /** Why the profile leaves it unset, when documented. */
    readonly reason: { zh: string; en: string } | undefined,
    /** The dates the profile does cover, if any. */
    readonly covered: readonly { from: string; to?: string }[],
  ) {
    const cover = covered.length > 0 ? ` It has values for ${covered.map((c) => `${c.from}..${c.to ?? '(open)'}`).join(', ')}.` : '';
    super(
      `profile "${profileId}" has no value of "${parameter}" in force on ${on}.${cover}` +
        (reason ? ` ${reason.en}` : '') +
        ` Supply it with defineProfile({ id: '<your-id>', extends: '${profileId}', title: {…}, parameters: { ${parameter}: [{ from, to, value, citation: { doc, clause } }] } }).` +
        ` （政策配置 "${profileId}" 在 ${on} 没有有效的参数 "${parameter}"${reason ? '：' + reason.zh : ''}；请用 defineProfile 派生配置并提供该参数及出处。）`,
    );
  }
}
