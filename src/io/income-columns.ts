/**
 * Income columns a file lacks (缺少的收入列): an export without, say, 工资性收入 must never read as a
 * wage of 0. A28–A32 are required by the interchange format: without the column every household
 * lacks the field and parsing rejects it (`required`, naming `income.wage`). A35 理赔收入 and A36
 * 合规自付支出 are optional (the model counts an absent one as 0), so records read as before. Either
 * way the file gets one warning naming each absent column.
 *
 * With the `emptyMoneyAsZero` option a caller asks for empty amounts to be read as 0; absent
 * required columns are then read as 0 too, for every household — and a second warning says so.
 *
 * @module
 */
import type { ImportWarning } from './warning.js';
import { HEADER_MAPPINGS } from './headers.js';

/** One income item of the form (收支情况). */
export interface IncomeItem {
  /** The interchange path (`income.wage`). */
  path: string;
  /** Form code (A28 …). */
  code: string;
  /** The export's header for it. */
  header: string;
  /** Required by the interchange format (A28–A32); A35/A36 default to 0. */
  required: boolean;
}

const ITEMS: readonly [string, string, boolean][] = [
  ['income.wage', 'A28', true],
  ['income.operating', 'A29', true],
  ['income.property', 'A30', true],
  ['income.transfer', 'A31', true],
  ['income.operatingExpense', 'A32', true],
  ['income.claims', 'A35', false],
  ['income.compliantOutOfPocket', 'A36', false],
];

/** The income items A28–A32, A35, A36, with the header that fills each. */
export const INCOME_ITEMS: readonly IncomeItem[] = ITEMS.map(([path, code, required]) => {
  const m = HEADER_MAPPINGS.find((x) => x.path === path);
  if (!m) throw new Error(`no header fills ${path}`);
  return { path, code, header: m.headers[0]!, required };
});

/**
 * The income items no column of the file fills, given the interchange paths its columns fill.
 *
 * @example
 * absentIncomeItems(new Set(['income.wage', 'income.operating', 'income.property', 'income.transfer', 'income.operatingExpense'])).map((i) => i.code) // ['A35', 'A36']
 */
export function absentIncomeItems(filled: ReadonlySet<string>): IncomeItem[] {
  return INCOME_ITEMS.filter((i) => !filled.has(i.path));
}

function names(items: readonly IncomeItem[]): string {
  return items.map((i) => `${i.header}（${i.code}）`).join('、');
}

function namesEn(items: readonly IncomeItem[]): string {
  return items.map((i) => `${i.header} (${i.code}, ${i.path})`).join(', ');
}

/**
 * The warnings about absent income columns: one naming each absent column and what follows, and
 * with `emptyMoneyAsZero` one more saying the absent required columns were read as 0.
 *
 * @example
 * absentIncomeWarnings(absentIncomeItems(new Set()), false)[0].code // 'absent-income-columns'
 */
export function absentIncomeWarnings(absent: readonly IncomeItem[], emptyMoneyAsZero: boolean): ImportWarning[] {
  if (absent.length === 0) return [];
  const required = absent.filter((i) => i.required);
  const optional = absent.filter((i) => !i.required);
  const zh: string[] = [];
  const en: string[] = [];
  if (required.length > 0) {
    if (emptyMoneyAsZero) {
      zh.push(`${names(required)}：必填项，按 emptyMoneyAsZero 选项读作 0`);
      en.push(`${namesEn(required)}: required, read as 0 under the emptyMoneyAsZero option`);
    } else {
      zh.push(`${names(required)}：必填项，不按 0 计，每户都因缺少该项被拒收（required）`);
      en.push(`${namesEn(required)}: required, never read as 0, so every household lacks it and is rejected (\`required\`)`);
    }
  }
  if (optional.length > 0) {
    zh.push(`${names(optional)}：可选项，按 0 计（交换格式的默认值）`);
    en.push(`${namesEn(optional)}: optional, counted as 0 (the interchange format's default)`);
  }
  const warnings: ImportWarning[] = [
    {
      code: 'absent-income-columns',
      columns: absent.map((i) => i.header),
      message: { zh: `文件缺少收入列——${zh.join('；')}`, en: `the file has no column for these income items — ${en.join('; ')}` },
    },
  ];
  if (emptyMoneyAsZero && required.length > 0) {
    warnings.push({
      code: 'absent-income-read-as-zero',
      columns: required.map((i) => i.header),
      message: {
        zh: `按 emptyMoneyAsZero 选项，文件缺少的收入列 ${names(required)} 对每一户都读作 0 元：这些户的收入与人均收入因此可能偏低，请核实`,
        en: `under the emptyMoneyAsZero option the absent income columns ${namesEn(required)} were read as 0 for every household: their income and per-capita income may be understated; check them`,
      },
    });
  }
  return warnings;
}
