/** The words offices use for yes/no, gender, education, relation and work ability, mapped to the app's codes. */
import type { Education, Relation, WorkAbility } from '../workbook/records';
import { looseText } from './normalise-text';
import type { CellValue } from '../workbook/cell-values';

export type WordOutcome<T> = { ok: true; value: T | null } | { ok: false; reason: string };

function text(cell: CellValue): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return null;
  const t = looseText(String(cell));
  return t === '' ? null : t;
}

function lookup<T>(cell: CellValue, table: ReadonlyMap<string, T>, what: string, allowed: string): WordOutcome<T> {
  if (typeof cell === 'boolean') return { ok: false, reason: `${what}不能是 TRUE/FALSE` };
  const t = text(cell);
  if (t === null) return { ok: true, value: null };
  const value = table.get(t.toLowerCase());
  if (value === undefined) return { ok: false, reason: `${what}“${t}”无法识别（可填：${allowed}）` };
  return { ok: true, value };
}

const YES_NO = new Map<string, boolean>([
  ...['是', '有', '√', '✓', '✔', 'y', 'yes', '1', 'true', '已登记', '登记', '已'].map((w) => [w, true] as const),
  ...['否', '无', '没有', '×', '✗', 'x', 'n', 'no', '0', 'false', '未登记', '未', '不是', '/', '-'].map((w) => [w, false] as const),
]);

/** 是/否/有/无/√/×; an empty cell is null (not given). */
export function normaliseYesNo(cell: CellValue): WordOutcome<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return { ok: true, value: cell === 1 };
  return lookup(cell, YES_NO, '是否', '是、否、有、无、√ 或留空');
}

const GENDER = new Map<string, 'M' | 'F'>([
  ...['男', '男性', 'm', 'male', '1'].map((w) => [w, 'M'] as const),
  ...['女', '女性', 'f', 'female', '2'].map((w) => [w, 'F'] as const),
]);

export function normaliseGender(cell: CellValue): WordOutcome<'M' | 'F'> {
  return lookup(typeof cell === 'number' ? String(cell) : cell, GENDER, '性别', '男、女');
}

const EDUCATION = new Map<string, Education>([
  ...['小学', '小学及以下', '文盲', '半文盲', '无'].map((w) => [w, 'primary'] as const),
  ...['初中', '初级中学', '初中毕业'].map((w) => [w, 'junior'] as const),
  ...['高中', '普高', '高级中学', '高中毕业'].map((w) => [w, 'senior'] as const),
  ...['中专', '职高', '技校', '中技', '中等专业学校', '职业高中', '中职'].map((w) => [w, 'secondary_vocational'] as const),
  ...['大专', '专科', '高职', '大学专科', '大专及以上'].map((w) => [w, 'college'] as const),
  ...['本科', '大学', '大学本科', '大本', '学士'].map((w) => [w, 'bachelor'] as const),
  ...['研究生', '硕士', '博士', '硕士研究生', '博士研究生'].map((w) => [w, 'postgraduate'] as const),
]);

export function normaliseEducation(cell: CellValue): WordOutcome<Education> {
  return lookup(cell, EDUCATION, '文化程度', '小学、初中、高中、中专、大专、本科、研究生');
}

const RELATION = new Map<string, Relation>([
  ...['户主', '本人'].map((w) => [w, 'head'] as const),
  ...['配偶', '妻', '夫', '妻子', '丈夫'].map((w) => [w, 'spouse'] as const),
  ...['子女', '子', '女', '儿子', '女儿', '长子', '长女', '次子', '次女'].map((w) => [w, 'child'] as const),
  ...['父母', '父亲', '母亲', '父', '母'].map((w) => [w, 'parent'] as const),
  ...['其他', '孙子', '孙女', '兄弟', '姐妹', '儿媳', '女婿', '祖父母'].map((w) => [w, 'other'] as const),
]);

export function normaliseRelation(cell: CellValue): WordOutcome<Relation> {
  return lookup(cell, RELATION, '与户主关系', '户主、配偶、子女、父母、其他');
}

const WORK_ABILITY = new Map<string, WorkAbility>([
  ...['完全', '完全劳动能力', '有', '健康', '正常'].map((w) => [w, 'full'] as const),
  ...['部分', '部分劳动能力', '部分丧失'].map((w) => [w, 'partial'] as const),
  ...['无', '无劳动能力', '丧失', '完全丧失', '丧失劳动能力'].map((w) => [w, 'none'] as const),
]);

export function normaliseWorkAbility(cell: CellValue): WordOutcome<WorkAbility> {
  return lookup(cell, WORK_ABILITY, '劳动能力', '完全、部分、无');
}
