/** Shared checks of the history services: field problems collected and thrown at once, persons and their dates. */
import { AppError } from '../../../shared/app-error';
import { workingAgeStart } from '../../../shared/domain/population/working-age';
import type { ErrorCode, FieldProblem } from '../../../shared/result';
import { findPersonFacts } from '../../../db/repositories/registry/persons-repo';
import type { PersonFacts } from '../../../db/repositories/registry/persons-repo';
import type { DeskDatabase } from '../../../db/open-database';

/** How many problems the message names; `details.fields` lists all of them. */
const MESSAGE_PROBLEMS = 10;

/** Problems with named fields; thrown together so the form can mark every one. */
export class RuleProblems {
  private readonly list: FieldProblem[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  get count(): number {
    return this.list.length;
  }

  throwIfAny(code: ErrorCode = 'INVALID_INPUT'): void {
    if (this.list.length === 0) return;
    const shown = this.list.slice(0, MESSAGE_PROBLEMS).map((p) => p.message).join('；');
    const more = this.list.length > MESSAGE_PROBLEMS ? `……等共 ${this.list.length} 处问题` : '';
    throw new AppError(code, shown + more, { fields: [...this.list] });
  }
}

export function fieldError(code: ErrorCode, path: string, message: string): AppError {
  return new AppError(code, message, { fields: [{ path, message }] });
}

/** The record looked up by the `id` given, or NOT_FOUND on `id` with `message` (deleted meanwhile, or a stale page). */
export function foundById<T>(row: T | null | undefined, message: string): T {
  if (!row) throw fieldError('NOT_FOUND', 'id', message);
  return row;
}

export function requirePerson(db: DeskDatabase, id: number, path = 'personId'): PersonFacts {
  const person = findPersonFacts(db, id);
  if (!person) throw fieldError('NOT_FOUND', path, '找不到该人员，可能已被他人修改，请刷新后重试');
  return person;
}

export function isArchivedOn(person: PersonFacts, date: string): boolean {
  return person.archivedOn !== null && person.archivedOn <= date;
}

/** Nothing new is recorded for a person archived (moved away, deceased…) on or before today. */
export function requireNotArchived(person: PersonFacts, today: string, path = 'personId'): void {
  if (isArchivedOn(person, today)) {
    throw fieldError('INVALID_INPUT', path, `${person.name}已于 ${person.archivedOn} 归档（迁出、注销等），不能再登记新的记录`);
  }
}

export function checkNotFuture(problems: RuleProblems, today: string, path: string, date: string, label: string): void {
  if (date > today) problems.add(path, `${label}（${date}）不能晚于今天（${today}）`);
}

export interface PersonDateOptions {
  /** The date may not precede the 16th birthday (working age), not only the birth. */
  fromWorkingAge?: boolean;
}

/** A dated fact about a person: not in the future, not before birth (or the 16th birthday), not after archiving. */
export function checkPersonDate(
  problems: RuleProblems,
  person: PersonFacts,
  today: string,
  path: string,
  date: string,
  label: string,
  options: PersonDateOptions = {},
): void {
  checkNotFuture(problems, today, path, date, label);
  if (date < person.birthDate) {
    problems.add(path, `${label}（${date}）不能早于${person.name}的出生日期（${person.birthDate}）`);
  } else if (options.fromWorkingAge) {
    const start = workingAgeStart(person.birthDate);
    if (date < start) problems.add(path, `${label}（${date}）不能早于${person.name}年满 16 周岁之日（${start}）`);
  }
  if (person.archivedOn !== null && date > person.archivedOn) {
    problems.add(path, `${label}（${date}）不能晚于${person.name}的归档日期（${person.archivedOn}）`);
  }
}

/** The date of a new record about a person: the field, its value and what the messages call it. */
export interface RecordDate {
  path: string;
  value: string;
  label: string;
}

/**
 * The person a corrected record is about (archived or not: a record of the past may be corrected) and the problems so
 * far: the record's first date checked from working age, its later dates (those given: null is none) as
 * checkPersonDate does. The caller adds its own checks, then `problems.throwIfAny()`.
 */
export function personForCorrection(db: DeskDatabase, today: string, personId: number, first: RecordDate, ...later: { path: string; value: string | null; label: string }[]): { person: PersonFacts; problems: RuleProblems } {
  const person = requirePerson(db, personId);
  const problems = new RuleProblems();
  checkPersonDate(problems, person, today, first.path, first.value, first.label, { fromWorkingAge: true });
  for (const date of later) if (date.value !== null) checkPersonDate(problems, person, today, date.path, date.value, date.label);
  return { person, problems };
}

/**
 * The person a new record is about — refused when not found or archived — and the problems so far: the record's date
 * checked as checkPersonDate does. The caller adds its own checks, then `problems.throwIfAny()`.
 */
export function personForNewRecord(db: DeskDatabase, today: string, personId: number, date: RecordDate, options: PersonDateOptions = {}): { person: PersonFacts; problems: RuleProblems } {
  const person = requirePerson(db, personId);
  requireNotArchived(person, today);
  const problems = new RuleProblems();
  checkPersonDate(problems, person, today, date.path, date.value, date.label, options);
  return { person, problems };
}
