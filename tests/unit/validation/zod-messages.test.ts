/**
 * Every kind of zod issue gets a Chinese message that names the field — through the API (dispatch, with the
 * method's area) and wherever a contract is parsed (the global error map set in shared/contract/common.ts).
 */
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../../shared/contract';
import { chineseErrorMap } from '../../../shared/validation/issue-message';
import { rowCount, runtimeWithStreet } from '../support/temp-runtime';

/** Text a clerk must never see: zod's English or its generic locale wording. */
const NOT_FOR_CLERKS = /expected|received|invalid|undefined|\bstring\b|\bnumber\b|期望|实际接收|无效输入|Invalid/i;

interface Case {
  note: string;
  schema: z.ZodType;
  input: unknown;
  /** The message with the persons area's names (`name` is 姓名). */
  message: string;
}

const obj = (shape: Record<string, z.ZodType>) => z.strictObject(shape);

/** One or more cases per issue kind; the type makes sure no kind is left out. */
const CASES: Record<z.core.$ZodIssueCode, Case[]> = {
  invalid_type: [
    { note: 'a missing field', schema: obj({ name: z.string() }), input: {}, message: '缺少“姓名”' },
    { note: 'null for a required field', schema: obj({ name: z.string() }), input: { name: null }, message: '“姓名”不能为空' },
    { note: 'a number for text', schema: obj({ name: z.string() }), input: { name: 5 }, message: '“姓名”应为文字' },
    { note: 'text for a number', schema: obj({ householdId: z.number() }), input: { householdId: '3' }, message: '“家庭户”应为数字' },
    { note: 'a fraction for a whole number', schema: obj({ graduationYear: z.int() }), input: { graduationYear: 2020.5 }, message: '“毕业年份”应为整数' },
    { note: 'text for yes/no', schema: obj({ veteran: z.boolean() }), input: { veteran: 'yes' }, message: '“是否退役军人”应为“是”或“否”' },
    { note: 'a number for a date', schema: obj({ birthDate: z.string() }), input: { birthDate: 20200101 }, message: '“出生日期”应为日期（YYYY-MM-DD）' },
    { note: 'text for a list', schema: obj({ skills: z.array(z.string()) }), input: { skills: 'a' }, message: '“技能”应为列表' },
    { note: 'a list for fields', schema: obj({ fields: obj({}) }), input: { fields: [] }, message: '“修改内容”应为一组字段（对象）' },
    { note: 'no input at all', schema: obj({}), input: undefined, message: '缺少输入' },
  ],
  too_small: [
    { note: 'empty text', schema: obj({ address: z.string().min(1) }), input: { address: '' }, message: '“住址”不能为空' },
    { note: 'text too short', schema: obj({ phone: z.string().min(7) }), input: { phone: '123' }, message: '“电话”至少 7 个字' },
    { note: 'a number below the minimum', schema: obj({ hours: z.number().min(1) }), input: { hours: 0 }, message: '“时长（小时）”不能小于 1' },
    { note: 'a number not above the bound', schema: obj({ amount: z.number().positive() }), input: { amount: 0 }, message: '“金额”应大于 0' },
    { note: 'an empty list', schema: obj({ personIds: z.array(z.number()).min(1) }), input: { personIds: [] }, message: '“人员”至少要有 1 项' },
    { note: 'text of a fixed length', schema: obj({ idNumber: z.string().length(18) }), input: { idNumber: '123' }, message: '“身份证号”应为 18 个字' },
  ],
  too_big: [
    { note: 'text too long', schema: obj({ note: z.string().max(200) }), input: { note: 'x'.repeat(201) }, message: '“说明”不能超过 200 个字' },
    { note: 'a number above the maximum', schema: obj({ limit: z.number().max(500) }), input: { limit: 501 }, message: '“条数上限”不能大于 500' },
    { note: 'a number not below the bound', schema: obj({ score: z.number().lt(100) }), input: { score: 100 }, message: '“得分”应小于 100' },
    { note: 'a list too long', schema: obj({ personIds: z.array(z.number()).max(2) }), input: { personIds: [1, 2, 3] }, message: '“人员”不能超过 2 项' },
  ],
  invalid_format: [
    { note: 'a pattern', schema: obj({ phone: z.string().regex(/^\d+$/) }), input: { phone: 'abc' }, message: '“电话”的格式不对' },
    { note: 'an ISO date', schema: obj({ birthDate: z.iso.date() }), input: { birthDate: '2020/1/1' }, message: '“出生日期”应为日期（YYYY-MM-DD）' },
    { note: 'an e-mail address', schema: obj({ contact: z.email() }), input: { contact: 'x' }, message: '“联系方式”应为电子邮件地址' },
    { note: 'a prefix', schema: obj({ code: z.string().startsWith('3211') }), input: { code: '1101' }, message: '“代码”应以“3211”开头' },
  ],
  not_multiple_of: [{ note: 'a step', schema: obj({ hours: z.number().multipleOf(0.5) }), input: { hours: 0.3 }, message: '“时长（小时）”应为 0.5 的整数倍' }],
  unrecognized_keys: [{ note: 'an unknown field', schema: obj({ name: z.string() }), input: { name: 'x', secret: 1, other: 2 }, message: '不认识的字段：secret、other' }],
  invalid_union: [{ note: 'none of the forms', schema: obj({ value: z.union([z.number(), z.boolean()]) }), input: { value: 'x' }, message: '“取值”的取值无效' }],
  invalid_key: [
    { note: 'a bad key in a record', schema: obj({ fields: z.record(z.string().regex(/^[a-z]+$/), z.number()) }), input: { fields: { C1: 1 } }, message: '“修改内容”中有无效的名称：“C1”' },
    { note: 'a bad key in a map', schema: obj({ fields: z.map(z.string(), z.number()) }), input: { fields: new Map([[{}, 1]]) }, message: '“修改内容”中有无效的名称' },
  ],
  invalid_element: [
    { note: 'a bad value in a map', schema: obj({ fields: z.map(z.object({}), z.number()) }), input: { fields: new Map([[{}, 'x']]) }, message: '“修改内容”中有无效的值' },
  ],
  invalid_value: [
    { note: 'one allowed value', schema: obj({ kind: z.literal('fixed') }), input: { kind: 'x' }, message: '“类型”应为 “fixed”' },
    { note: 'one of several values', schema: obj({ gender: z.enum(['男', '女']) }), input: { gender: 'x' }, message: '“性别”应为以下之一：“男”、“女”' },
  ],
  custom: [{ note: 'a refinement without a message', schema: obj({ idNumber: z.string().refine((v) => v.length === 18) }), input: { idNumber: '1' }, message: '“身份证号”无效' }],
};

const ALL = Object.entries(CASES).flatMap(([kind, cases]) => cases.map((c) => [kind, c.note, c] as const));

describe('zod issues in Chinese, naming the field', () => {
  it.each(ALL)('%s — %s', (kind, _note, c) => {
    const parsed = c.schema.safeParse(c.input, { error: chineseErrorMap('persons.create') });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issue = parsed.error.issues[0];
    expect(issue?.code).toBe(kind);
    expect(issue?.message).toBe(c.message);
    expect(issue?.message).not.toMatch(NOT_FOR_CLERKS);
  });

  it.each(ALL)('%s — %s: also without a method (the global error map), with the generic names', (_kind, _note, c) => {
    const parsed = c.schema.safeParse(c.input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const message = parsed.error.issues[0]?.message ?? '';
    expect(message).toMatch(/[\u4e00-\u9fa5]/);
    expect(message).not.toMatch(NOT_FOR_CLERKS);
    // `name` is 姓名 only in the persons area; elsewhere it is 名称.
    expect(message).toBe(c.message.replace('姓名', '名称'));
  });

  it('a message the contract gives itself is kept', () => {
    const schema = obj({ name: z.string().trim().min(1, { message: '姓名不能为空' }) });
    const parsed = schema.safeParse({ name: ' ' }, { error: chineseErrorMap('persons.create') });
    expect(!parsed.success && parsed.error.issues[0]?.message).toBe('姓名不能为空');
  });

  it('a list item is named by its position', () => {
    const schema = obj({ idNumbers: z.array(z.string()) });
    const parsed = schema.safeParse({ idNumbers: ['a', 2] }, { error: chineseErrorMap('persons.resolveIdNumbers') });
    expect(!parsed.success && parsed.error.issues[0]?.message).toBe('“身份证号第 2 项”应为文字');
  });
});

describe('through the API', () => {
  let runtime: Awaited<ReturnType<typeof runtimeWithStreet>>;
  beforeAll(async () => {
    runtime = await runtimeWithStreet();
  });
  afterAll(() => runtime.dispose());

  it('a person without a name and with a number for a birth date: 缺少“姓名”, “出生日期”应为日期', async () => {
    const result = await runtime.call('persons.create', { householdId: 1, birthDate: 19800101 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const byPath = Object.fromEntries((result.error.details?.fields ?? []).map((f) => [f.path, f.message]));
    expect(byPath.name).toBe('缺少“姓名”');
    expect(byPath.birthDate).toBe('“出生日期”应为日期（YYYY-MM-DD）');
    expect(byPath.idNumber).toBe('缺少“身份证号”');
    expect(result.error.message).toMatch(/^输入有误：/);
    expect(result.error.message).toContain('缺少“姓名”');
    expect(result.error.message).not.toMatch(NOT_FOR_CLERKS);
    // The summary names fields in Chinese, never by their keys.
    expect(result.error.message).not.toMatch(/\b(name|birthDate|idNumber|householdId)\b/);
  });

  it('a community: the area’s own names (社区名称, 社区代码), unknown fields listed', async () => {
    const result = await runtime.call('communities.create', { code: 321102001001, kind: 'community', contact: null, secret: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries((result.error.details?.fields ?? []).map((f) => [f.path, f.message]));
    expect(byPath).toEqual({ code: '“社区代码”应为文字', name: '缺少“社区名称”', '(整体)': '不认识的字段：secret' });
    expect(result.error.message).not.toMatch(NOT_FOR_CLERKS);
    expect(rowCount(runtime, 'communities')).toBe(0);
  });

  it('a contract’s own message is led by the field’s name in the summary', async () => {
    const result = await runtime.call('search.persons', { q: 'x'.repeat(100) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details?.fields?.[0]?.message).toBe('查询内容不能超过 30 个字');
    expect(result.error.message).toBe('输入有误：“搜索内容”：查询内容不能超过 30 个字');
  });
});
