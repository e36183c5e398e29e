import type { ApiError, ErrorCode, FieldProblem } from './result';

/** Thrown by services and repositories; transports turn it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiError['details'];

  constructor(code: ErrorCode, message: string, details?: ApiError['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  static invalid(message: string, fields?: FieldProblem[]): AppError {
    return new AppError('INVALID_INPUT', message, fields ? { fields } : undefined);
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
