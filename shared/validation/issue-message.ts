/**
 * Chinese messages for every kind of zod issue, naming the field: “缺少“姓名””, “出生日期”应为日期（YYYY-MM-DD）”,
 * “备注”不能超过 200 个字”. A message a contract gives itself (`.min(1, { message })`, a refinement's) is kept: zod
 * asks this map only for issues without one.
 */
import type { z } from 'zod';
import { fieldInfo } from './field-labels';
import type { FieldInfo } from './field-labels';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '“是”或“否”',
  array: '列表',
  object: '一组字段（对象）',
  record: '一组字段（对象）',
  map: '一组字段（对象）',
  set: '列表',
  tuple: '列表',
  date: '日期',
  null: '空值',
  file: '文件',
};

const FORMAT_NAMES: Record<string, string> = {
  date: '日期（YYYY-MM-DD）',
  datetime: '日期时间',
  time: '时间',
  email: '电子邮件地址',
  url: '网址',
  uuid: 'UUID',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  base64: 'base64 编码',
  json_string: 'JSON 文本',
};

function quoted(info: FieldInfo): string {
  return `“${info.label}”`;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (value === null) return '空值';
  return String(value);
}

function countOf(origin: string, n: number | bigint): string {
  if (origin === 'string') return `${n} 个字`;
  if (origin === 'array' || origin === 'set') return `${n} 项`;
  if (origin === 'file') return `${n} 字节`;
  return String(n);
}

function typeMessage(issue: Extract<RawIssue, { code: 'invalid_type' }>, info: FieldInfo): string {
  const field = quoted(info);
  if (issue.input === undefined) return info.label === '输入' ? '缺少输入' : `缺少${field}`;
  if (issue.input === null) return `${field}不能为空`;
  if (info.kind === 'date' && (issue.expected === 'string' || issue.expected === 'date')) return `${field}应为日期（YYYY-MM-DD）`;
  const expected = TYPE_NAMES[issue.expected] ?? null;
  return expected ? `${field}应为${expected}` : `${field}的类型不对`;
}

function sizeMessage(issue: Extract<RawIssue, { code: 'too_small' | 'too_big' }>, info: FieldInfo): string {
  const field = quoted(info);
  const origin = issue.origin;
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const count = countOf(origin, limit);
  if (origin === 'string' || origin === 'array' || origin === 'set' || origin === 'file') {
    if (issue.exact) return `${field}应为 ${count}`;
    if (small && Number(limit) <= 1) return origin === 'string' ? `${field}不能为空` : `${field}至少要有 1 项`;
    return small ? `${field}至少 ${count}` : `${field}不能超过 ${count}`;
  }
  if (origin === 'date') return small ? `${field}不能早于 ${String(limit)}` : `${field}不能晚于 ${String(limit)}`;
  if (small) return issue.inclusive === false ? `${field}应大于 ${count}` : `${field}不能小于 ${count}`;
  return issue.inclusive === false ? `${field}应小于 ${count}` : `${field}不能大于 ${count}`;
}

function formatMessage(issue: Extract<RawIssue, { code: 'invalid_format' }>, info: FieldInfo): string {
  const field = quoted(info);
  if (info.kind === 'date' || issue.format === 'date') return `${field}应为日期（YYYY-MM-DD）`;
  if (issue.format === 'starts_with' && 'prefix' in issue) return `${field}应以${shown(issue.prefix)}开头`;
  if (issue.format === 'ends_with' && 'suffix' in issue) return `${field}应以${shown(issue.suffix)}结尾`;
  if (issue.format === 'includes' && 'includes' in issue) return `${field}应包含${shown(issue.includes)}`;
  const name = FORMAT_NAMES[issue.format];
  return name ? `${field}应为${name}` : `${field}的格式不对`;
}

/** The message for one issue, the field named by `info`. */
export function issueMessage(issue: RawIssue, info: FieldInfo): string {
  const field = quoted(info);
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue, info);
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, info);
    case 'invalid_format':
      return formatMessage(issue, info);
    case 'not_multiple_of':
      return `${field}应为 ${issue.divisor} 的整数倍`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return `${field}的取值无效`;
    case 'invalid_key':
      return issue.origin === 'record' && typeof issue.input === 'string' ? `${field}中有无效的名称：${shown(issue.input)}` : `${field}中有无效的名称`;
    case 'invalid_element':
      return `${field}中有无效的值`;
    case 'invalid_value':
      if (issue.values.length === 1) return `${field}应为 ${shown(issue.values[0])}`;
      return `${field}应为以下之一：${issue.values.map(shown).join('、')}`;
    case 'custom':
      return `${field}无效`;
    default:
      return `${field}无效`;
  }
}

/** A zod error map naming fields by their Chinese labels (areas by `method`, when given). */
export function chineseErrorMap(method?: string): (issue: RawIssue) => string {
  return (issue) => {
    const path = issue.path ?? [];
    // A record's bad key is reported at that key: the field is the record itself.
    const fieldPath = issue.code === 'invalid_key' && issue.origin === 'record' ? path.slice(0, -1) : path;
    return issueMessage(issue, fieldInfo(fieldPath, method));
  };
}
