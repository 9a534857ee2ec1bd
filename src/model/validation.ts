/**
 * Validation issues (校验问题): what parsing reports instead of throwing. Each issue names the field
 * path (`members[2].idNumber`), a stable code, and what was expected, in Chinese and English. No
 * issue ever repeats the input value, so an ID number cannot leak through an error.
 *
 * @module
 */
import type { z } from 'zod';
import type { Text } from './labels.js';
import { maskIdNumbersInText } from '../explain/mask.js';

/** A problem with input, at a field path. */
export interface ValidationIssue {
  /** The field path, e.g. `members[2].idNumber`; empty for the whole record. */
  path: string;
  /** A stable code: `required`, `invalid_type`, `unknown_key`, `invalid_value`, `invalid_money`, … */
  code: string;
  message: Text;
}

/** Renders a path as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = maskIdNumbersInText(String(seg));
      out += /^[A-Za-z_$][\w$-]*$/.test(s) ? (out ? '.' : '') + s : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值（true/false）',
  object: '对象',
  array: '数组',
  int: '整数',
};

function describeExpected(expected: string): Text {
  return { zh: TYPE_ZH[expected] ?? expected, en: expected === 'int' ? 'an integer' : `a ${expected}` };
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 30).map((v) => JSON.stringify(v));
  return shown.join(', ') + (values.length > 30 ? ', …' : '');
}

/** True when `path` does not exist in `root` (the field is absent or undefined). Never throws. */
function isAbsent(root: unknown, path: readonly PropertyKey[]): boolean {
  try {
    let cur: unknown = root;
    for (const seg of path) {
      if (cur === null || typeof cur !== 'object') return true;
      cur = (cur as Record<PropertyKey, unknown>)[seg];
    }
    return cur === undefined;
  } catch {
    return false;
  }
}

const REQUIRED: Text = { zh: '缺少必填字段', en: 'required field is missing' };

/**
 * Converts zod issues to validation issues (one per unknown key). `input` is the value that was
 * parsed: it tells a missing field from a wrong one; it is never quoted.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const pathArr = [...prefix, ...issue.path];
    const path = formatPath(pathArr);
    if (issue.code !== 'unrecognized_keys' && isAbsent(input, issue.path)) {
      const typed = issue.code === 'invalid_type' ? describeExpected(String(issue.expected)) : null;
      const text = typed ? { zh: `应为${typed.zh}`, en: `expected ${typed.en}` } : ((issue as { params?: { text?: Text } }).params?.text ?? null);
      out.push({ path, code: 'required', message: text ? { zh: `${REQUIRED.zh}（${text.zh}）`, en: `${REQUIRED.en} (${text.en})` } : REQUIRED });
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        const exp = describeExpected(String(issue.expected));
        out.push({ path, code: 'invalid_type', message: { zh: `类型错误：应为${exp.zh}`, en: `wrong type: expected ${exp.en}` } });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const keyPath = formatPath([...pathArr, key]);
          out.push({
            path: keyPath,
            code: 'unknown_key',
            message: { zh: `未知字段 "${maskIdNumbersInText(key)}"（不接受未定义的字段）`, en: `unknown field "${maskIdNumbersInText(key)}" (fields not in the schema are refused)` },
          });
        }
        break;
      case 'invalid_value':
        out.push({
          path,
          code: 'invalid_value',
          message: { zh: `取值无效：应为以下之一 ${listValues(issue.values)}`, en: `invalid value: expected one of ${listValues(issue.values)}` },
        });
        break;
      case 'invalid_union': {
        // Money and similar unions: report the union as a whole.
        out.push({ path, code: 'invalid_type', message: { zh: '类型或取值不符合要求', en: 'value does not match any accepted form' } });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const what = issue.origin === 'array' ? { zh: '项数', en: 'number of items' } : issue.origin === 'string' ? { zh: '长度', en: 'length' } : { zh: '数值', en: 'value' };
        const rel = issue.code === 'too_small' ? { zh: '不少于', en: 'at least' } : { zh: '不超过', en: 'at most' };
        out.push({ path, code: issue.code, message: { zh: `${what.zh}应${rel.zh} ${bound}`, en: `${what.en} must be ${rel.en} ${bound}` } });
        break;
      }
      case 'custom': {
        const params = (issue.params ?? {}) as { text?: Text; expected?: string; code?: string };
        const code = params.code ?? (params.expected === 'money' || params.expected === 'non-negative money' ? 'invalid_money' : params.expected === 'date' ? 'invalid_date' : 'invalid_value');
        out.push({ path, code, message: params.text ?? { zh: '取值无效', en: maskIdNumbersInText(issue.message) } });
        break;
      }
      case 'invalid_format':
        out.push({ path, code: 'invalid_format', message: { zh: `格式错误（应为 ${issue.format}）`, en: `wrong format (expected ${issue.format})` } });
        break;
      default:
        out.push({ path, code: issue.code, message: { zh: '取值无效', en: maskIdNumbersInText(issue.message) } });
    }
  }
  return out;
}
