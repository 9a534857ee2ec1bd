/**
 * Generates the policy pages (docs/policy/**) in memory: path (relative to docs/policy) → Markdown.
 * Deterministic — the same library gives the same bytes — so `test/docs/staleness.test.ts` can
 * compare the committed pages with a fresh generation.
 *
 * @module
 */
import { loadModel, paths, type PolicyModel } from './model.js';
import {
  documentsPage,
  evaluateAll,
  homePage,
  parameterPage,
  parametersIndexPage,
  profilePage,
  profilesIndexPage,
  qualityPage,
  rulePage,
  rulesIndexPage,
} from './pages.js';
import { START_PAGE, startPage } from './start.js';

/** The directory the pages are written to, relative to the repository root. */
export const POLICY_DIR = 'docs/policy';

/**
 * Generates every policy page. Throws when a worked example cannot be evaluated or does not show
 * the outcome it claims (so broken examples never reach the docs), unless `strict: false` (the
 * docs test, which reports each broken example by name).
 *
 * @example
 * const pages = generatePolicyPages();
 * pages.get('rules/income.A33.md') // '---\ntitle: …'
 */
export function generatePolicyPages(model: PolicyModel = loadModel(), options: { strict?: boolean } = {}): Map<string, string> {
  const evaluated = evaluateAll(model);
  const broken = [...evaluated.values()].flat().filter((e) => e.error || !e.matches);
  if (broken.length > 0 && options.strict !== false) {
    const list = broken.map((e) => `- ${e.example.rule} "${e.example.title.en}": ${e.error ?? `expected ${e.example.expect}, got ${JSON.stringify(e.findings.map((f) => f.outcome))}`}`);
    throw new Error(`worked examples that do not show what they claim:\n${list.join('\n')}`);
  }
  const pages = new Map<string, string>();
  pages.set(paths.index, homePage(model));
  pages.set(paths.profiles, profilesIndexPage(model));
  for (const p of model.profiles) pages.set(paths.profile(p.id), profilePage(model, p));
  pages.set(paths.rules, rulesIndexPage(model));
  for (const r of model.rules) pages.set(paths.rule(r.id), rulePage(model, r, evaluated.get(r.id) ?? []));
  pages.set(paths.parameters, parametersIndexPage(model));
  for (const d of model.parameters) pages.set(paths.parameter(d.key), parameterPage(model, d));
  pages.set(paths.quality, qualityPage(model));
  pages.set(paths.documents, documentsPage(model));
  pages.set(START_PAGE, startPage(model));
  return new Map([...pages.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
