/** The person form's rules that need the ID number, today or the database; each problem names its field path. */
import { AppError } from '../../../shared/app-error';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { GENDER_LABEL } from '../../../shared/domain/workbook/vocabulary';
import type { FieldProblem } from '../../../shared/result';
import { findPersonByIdNumber } from '../../../db/repositories/registry/persons-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { headProblem } from './memberships';
import type { Span } from './memberships';

export interface IdFacts {
  gender: 'M' | 'F';
  birthDate: string;
}

/** Typed gender and birth date must agree with the ID number (they are derived from it). */
export function agreementProblems(id: IdFacts, typed: { gender?: 'M' | 'F' | null; birthDate?: string | null }, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typed.gender != null && typed.gender !== id.gender) {
    problems.push({ path: `${prefix}gender`, message: `性别与身份证号码不符（号码显示为${GENDER_LABEL[id.gender]}）` });
  }
  if (typed.birthDate != null && typed.birthDate !== id.birthDate) {
    problems.push({ path: `${prefix}birthDate`, message: `出生日期与身份证号码不符（号码显示为 ${id.birthDate}）` });
  }
  return problems;
}

export interface EditableFacts {
  relation: 'head' | 'spouse' | 'child' | 'parent' | 'other';
  retirementBase?: 50 | 55 | null;
  graduationYear?: number | null;
}

/**
 * Rules on the editable fields: 50/55 base for women only, graduation year not after next year, one head per
 * household on every date of `context.span` (the membership period the relation applies to).
 */
export function editableProblems(
  db: DeskDatabase,
  fields: EditableFacts,
  context: { id: IdFacts | null; householdId: number; selfId: number | null; today: string; span?: Span },
  prefix = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.retirementBase != null && context.id?.gender === 'M') {
    problems.push({ path: `${prefix}retirementBase`, message: '退休年龄基准（50 或 55）只适用于女性' });
  }
  const latestYear = Number(context.today.slice(0, 4)) + 1;
  if (fields.graduationYear != null) {
    if (fields.graduationYear > latestYear) {
      problems.push({ path: `${prefix}graduationYear`, message: `毕业年份不能晚于 ${latestYear} 年` });
    } else if (context.id && fields.graduationYear < Number(context.id.birthDate.slice(0, 4)) + 10) {
      problems.push({ path: `${prefix}graduationYear`, message: `毕业年份早于出生后 10 年（${context.id.birthDate.slice(0, 4)} 年出生），请核对` });
    }
  }
  const head = headProblem(db, fields.relation, context.householdId, context.selfId, `${prefix}relation`, context.span);
  if (head) problems.push(head);
  return problems;
}

/** One person per ID number across the street: a duplicate names the person already registered and where. */
export function requireUnregistered(db: DeskDatabase, idNumber: string): void {
  const existing = findPersonByIdNumber(db, idNumber);
  if (!existing) return;
  const where = existing.archivedOn === null ? existing.communityName : `${existing.communityName}，已于 ${existing.archivedOn} 迁出`;
  const message = `身份证号码 ${maskIdNumber(idNumber)} 已登记为“${existing.name}”（${where}），同一人在全街道只能登记一次`;
  throw new AppError('CONFLICT', message, { existingPersonId: existing.id, fields: [{ path: 'idNumber', message }] });
}
