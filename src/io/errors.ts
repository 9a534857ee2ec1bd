/**
 * Errors of the importers and exporters (导入导出错误). A problem with one record never throws:
 * it becomes a problem on that record. These errors are for the file as a whole — no header row,
 * an undecodable encoding, a missing optional package — when nothing can be read at all.
 *
 * @module
 */
import type { Text } from '../model/labels.js';

/** What went wrong with a file as a whole. */
export type ImportErrorCode = 'no-header' | 'encoding' | 'format' | 'missing-dependency' | 'option' | 'unreadable';

/**
 * A file that cannot be read (or written) at all. `message` is English then Chinese; `text` has
 * both separately.
 *
 * @example
 * try { for await (const r of readRecords('x.csv')) … } catch (e) { if (e instanceof ImportError) console.error(e.text.zh); }
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    readonly text: Text,
  ) {
    super(`${text.en} — ${text.zh}`);
  }
}
