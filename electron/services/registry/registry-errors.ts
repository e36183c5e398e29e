/** The registry's errors: Chinese messages that say what to do, with field paths a form can show on its fields. */
import { AppError } from '../../../shared/app-error';
import type { FieldProblem } from '../../../shared/result';

export function householdNotFound(path?: string): AppError {
  const message = '找不到该户，可能已被他人修改，请刷新后重试';
  return new AppError('NOT_FOUND', message, path === undefined ? undefined : { fields: [{ path, message }] });
}

export function personNotFound(): AppError {
  return new AppError('NOT_FOUND', '找不到该人员，请刷新后重试');
}

/** A save based on an old version: never a silent overwrite. */
export function staleVersion(what: string, currentVersion: number): AppError {
  return new AppError('CONFLICT', `“${what}”已被他人修改（当前版本 ${currentVersion}），请刷新后重新编辑`);
}

/** One INVALID_INPUT carrying every problem found, so a form can mark all its fields at once. */
export function invalidFields(problems: readonly FieldProblem[]): AppError {
  return AppError.invalid(`输入有误：${problems.map((p) => p.message).join('；')}`, [...problems]);
}

export function throwIfProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw invalidFields(problems);
}

/** A date that must lie between `notBefore` (when known) and today. */
export function dateProblem(path: string, label: string, date: string, today: string, notBefore?: { date: string; label: string }): FieldProblem | null {
  if (date > today) return { path, message: `${label}不能晚于今天（${today}）` };
  if (notBefore && date < notBefore.date) return { path, message: `${label}不能早于${notBefore.label}（${notBefore.date}）` };
  return null;
}
