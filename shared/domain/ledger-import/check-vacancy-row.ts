/**
 * A 岗位台账 row: the employer (单位名称, and its 联系人/电话 kept together as the employer's 联系人及电话) and the
 * vacancy (岗位名称, 招聘人数, 薪资, 要求, 发布日期, 招满日期, 公益性/社区开发). No person is named: there is no 身份证.
 */
import type { CellValue } from '../workbook/cell-values';
import type { RowReading } from './check-service-row';
import { checkRecordDate, readText } from './check-service-row';
import { toHalfWidth } from './normalise-text';
import { normaliseYesNo } from './normalise-words';

export interface VacancyValues {
  employer: string | null;
  /** 联系人 and 电话 together (the employer's 联系人及电话); null when the row gives neither. */
  contact: string | null;
  title: string | null;
  posts: number | null;
  wage: number | null;
  skills: string | null;
  openedOn: string | null;
  filledOn: string | null;
  publicWelfare: boolean | null;
  developedByCommunity: boolean | null;
}

const MAX_WAGE = 1_000_000;

function numberText(cell: CellValue): string | null {
  if (cell === null || cell instanceof Date || typeof cell === 'boolean') return null;
  const t = toHalfWidth(String(cell)).replace(/[\s,，]/g, '');
  return t === '' ? null : t;
}

/** 招聘人数: a whole number from 1 to 10,000 (“5人”, “5 名” too). */
export function readPosts(read: RowReading): number | null {
  if (read.formula('posts')) return null;
  const cell = read.cell('posts');
  const t = numberText(cell)?.replace(/(人|名|个)$/u, '') ?? null;
  if (t === null) {
    read.error('posts', '招聘人数为空（至少为 1）');
    return null;
  }
  if (!/^\d+$/.test(t)) read.error('posts', `招聘人数“${String(cell)}”不是整数：请填写人数（至少 1）`);
  else if (Number(t) < 1) read.error('posts', '招聘人数至少为 1');
  else if (Number(t) > 10_000) read.error('posts', `招聘人数 ${t} 过大（至多 10000）`);
  else return Number(t);
  return null;
}

/**
 * 薪资 (元/月): one amount (“3500”, “3500元/月”, “月薪3500元”); 面议 and empty are no amount. A range (“3000-4000”)
 * or other words are kept out with a warning: the vacancy records one amount, and the program does not pick one.
 */
export function readWage(read: RowReading): number | null {
  if (read.formula('wage')) return null;
  const cell = read.cell('wage');
  if (typeof cell === 'number') {
    if (cell < 0 || cell > MAX_WAGE) read.error('wage', `薪资 ${cell} 不在 0–${MAX_WAGE} 之间`);
    else return Math.round(cell * 100) / 100;
    return null;
  }
  const raw = numberText(cell);
  if (raw === null || /^(面议|待定|协商|面谈|\/|-|无)$/u.test(raw)) return null;
  const t = raw.replace(/^(月薪|月工资|工资|薪资)/u, '').replace(/(元\/月|元每月|元\/人\/月|元|\/月|每月)$/u, '');
  if (/^\d+(\.\d{1,2})?$/.test(t)) {
    const wage = Number(t);
    if (wage <= MAX_WAGE) return wage;
    read.error('wage', `薪资 ${wage} 超过 ${MAX_WAGE}`);
    return null;
  }
  read.warning('wage', `薪资“${String(cell)}”不是一个金额（岗位只记一个月薪金额），该项不导入`);
  return null;
}

export function checkVacancyFields(read: RowReading, today: string): VacancyValues {
  const employer = readText(read, 'employer', '单位名称', 100);
  if (employer === null && read.cell('employer') === null) read.error('employer', '单位名称为空');
  const person = readText(read, 'employerContact', '联系人', 50);
  const phone = readText(read, 'employerPhone', '联系电话', 50);
  const contact = [person, phone].filter((v): v is string => v !== null).join(' ');
  const title = readText(read, 'vacancyTitle', '岗位名称', 60);
  if (title === null && read.cell('vacancyTitle') === null) read.error('vacancyTitle', '岗位名称为空');
  const posts = readPosts(read);
  const wage = readWage(read);
  const skills = readText(read, 'vacancySkills', '岗位要求', 200);
  const openedOn = read.formula('openedOn') ? null : checkRecordDate(read, 'openedOn', '发布日期', null, today);
  const filledOn = read.formula('filledOn') || read.cell('filledOn') === null ? null : checkRecordDate(read, 'filledOn', '招满日期', null, today);
  const flag = (field: 'publicWelfare' | 'developedByCommunity') => (read.formula(field) ? null : read.word(field, normaliseYesNo(read.cell(field))));
  return {
    employer,
    contact: contact === '' ? null : contact,
    title,
    posts,
    wage,
    skills,
    openedOn,
    filledOn,
    publicWelfare: flag('publicWelfare'),
    developedByCommunity: flag('developedByCommunity'),
  };
}
