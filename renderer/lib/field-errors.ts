import type { ApiError } from '../../shared/result';
import { ApiCallError } from './api';

/** Maps an API error's field problems onto form fields (`fields.code` → `code`). */
export function fieldErrorsOf(error: unknown, prefix = ''): Record<string, string> {
  const apiError: ApiError | null = error instanceof ApiCallError ? error.error : null;
  const out: Record<string, string> = {};
  for (const field of apiError?.details?.fields ?? []) {
    const path = prefix && field.path.startsWith(prefix) ? field.path.slice(prefix.length) : field.path;
    out[path] ??= field.message;
  }
  return out;
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.error.message;
  return error instanceof Error ? error.message : String(error);
}
