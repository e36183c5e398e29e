/** The one result shape every API call returns, over IPC and over the browser bridge alike. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'REJECTED'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'UNKNOWN_METHOD'
  | 'NOT_READY'
  | 'INTERNAL';

export interface FieldProblem {
  /** Dotted path of the field, e.g. `code` or `rows.3.name`. */
  path: string;
  /** Chinese, actionable. */
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** Chinese, says what is wrong and what to do. */
  message: string;
  details?: { fields?: FieldProblem[]; [key: string]: unknown };
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: ApiError): ApiResult<T> {
  return { ok: false, error };
}
