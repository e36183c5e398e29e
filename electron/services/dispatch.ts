import type { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { contract, isMethodName } from '../../shared/contract';
import type { MethodName } from '../../shared/contract';
import type { ApiResult, FieldProblem } from '../../shared/result';
import { fieldInfo } from '../../shared/validation/field-labels';
import { chineseErrorMap } from '../../shared/validation/issue-message';
import { authorize } from './authorize';
import type { CallerContext } from './context';
import type { Handler, HandlerTable } from './handlers';

/**
 * What the runtime adds around every call (admin/call-guard.ts): the community scope (a community clerk's reads
 * narrowed to their community, calls about another community refused) and the audit of every refusal.
 */
export interface CallGuard {
  /** The input as the caller may use it (narrowed), or throws FORBIDDEN. */
  scopeInput(ctx: CallerContext, method: MethodName, input: unknown): unknown;
  /** The value as the caller may see it (rows of other communities left out). */
  scopeOutput(ctx: CallerContext, method: MethodName, value: unknown): unknown;
  /** A call refused (FORBIDDEN): recorded in the audit trail. */
  refused(ctx: CallerContext, method: MethodName, message: string): void;
}

/** Each issue as a field problem: its dotted path, and its message (Chinese, naming the field). */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(整体)',
    message: issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : issue.message,
  }));
}

/** The one-line summary: each problem once, led by the field's Chinese name unless its message already names it. */
export function problemsSummary(error: z.ZodError, method: string, fields: FieldProblem[] = fieldProblems(error)): string {
  const lines = error.issues.map((issue, i) => {
    const message = fields[i]?.message ?? issue.message;
    const { label } = fieldInfo(issue.path, method);
    return issue.path.length === 0 || message.includes(label) ? message : `“${label}”：${message}`;
  });
  return `输入有误：${[...new Set(lines)].join('；')}`;
}

/**
 * The one door every front end calls through (IPC, HTTP, the CLI). Validates `rawInput` against the method's contract, authorises the caller, runs the handler and returns the
 * typed result. Never throws: every failure becomes `{ ok: false, error }` with a Chinese message.
 */
export async function dispatch(
  handlers: Partial<HandlerTable>,
  method: string,
  rawInput: unknown,
  ctx: CallerContext,
  guard?: CallGuard,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `没有名为 ${method} 的功能` } };
  }
  // A door that serves only some methods (the CLI's without a database) has no handler for the others.
  const handler = handlers[method] as Handler<MethodName> | undefined;
  if (handler === undefined) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `没有名为 ${method} 的功能` } };
  }
  // Issues without a message of the contract's own are worded here, in Chinese, naming the field.
  const parsed = contract[method].input.safeParse(rawInput ?? {}, { error: chineseErrorMap(method) });
  if (!parsed.success) {
    const fields = fieldProblems(parsed.error);
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: problemsSummary(parsed.error, method, fields), details: { fields } },
    };
  }
  try {
    authorize(ctx, method);
    const input = guard ? guard.scopeInput(ctx, method, parsed.data) : parsed.data;
    const value = await handler(ctx, input as never);
    return { ok: true, value: guard ? guard.scopeOutput(ctx, method, value) : value };
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === 'FORBIDDEN' && guard) guard.refused(ctx, method, error.message);
      return { ok: false, error: error.toApiError() };
    }
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`[desk] ${method} failed:`, error);
    return { ok: false, error: { code: 'INTERNAL', message: `内部错误，操作未完成，数据未改动：${detail}` } };
  }
}

export type { MethodName };
