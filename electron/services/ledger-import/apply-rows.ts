/**
 * Ledgers written through the services the pages use (就业困难人员, 岗位): each row is applied in a savepoint of
 * its own, under exactly the rules of the page's form — its contract, then the service. The preview applies every
 * row in a transaction that is rolled back at the end (a row the rules refuse is rejected with the rules' own
 * reason, naming the ledger's column); 确认导入 applies the same rows again in one transaction that is kept.
 */
import type { z } from 'zod';
import { AppError } from '../../../shared/app-error';
import type { ColumnsByField, RowIssue } from '../../../shared/domain/ledger-import/check-row';
import { LEDGER_FIELD_LABEL } from '../../../shared/domain/ledger-import/ledger-fields';
import type { LedgerField } from '../../../shared/domain/ledger-import/ledger-fields';
import type { DeskDatabase } from '../../../db/open-database';
import { inTransaction } from '../../../db/transaction';
import type { MethodName } from '../../../shared/contract';
import { scopeInput } from '../admin/call-guard';
import type { CallerContext } from '../context';
import { fieldProblems } from '../dispatch';
import type { Difference, PlannedRow } from './plan-ledger';

export type ApplyMode = 'preview' | 'commit';

/** What applying a row did: new, update (with the differences) or unchanged, and warnings to show on it. */
export interface RowOutcome {
  change: 'new' | 'update' | 'unchanged';
  differences: Difference[];
  /** Warnings to show on the row, each under the column it concerns. */
  warnings: { column: string; message: string }[];
}

class RolledBack extends Error {}

/** Runs `fn` in a transaction that is always rolled back: the database is as before, whatever `fn` wrote. */
export function dryRun<T>(db: DeskDatabase, fn: () => T): T {
  const results: T[] = [];
  try {
    inTransaction(db, () => {
      results.push(fn());
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  const [result] = results;
  if (results.length === 0) throw new Error('dryRun: no result');
  return result as T;
}

/**
 * The input for a service as the dispatcher lets the page's call through: checked by the method's contract, then by
 * the community scope (a community clerk acts only on the own community's persons and vacancies).
 */
export function serviceInput<S extends z.ZodType>(db: DeskDatabase, ctx: CallerContext, method: MethodName, schema: S, input: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldProblems(parsed.error);
    throw new AppError('INVALID_INPUT', fields.map((f) => f.message).join('；'), { fields });
  }
  scopeInput(db, ctx, method, parsed.data);
  return parsed.data;
}

/** The ledger's column for a field of the mapping (its header in the file, or the field's name when not mapped). */
export function headerOf(columns: ColumnsByField, field: LedgerField): string {
  return columns[field]?.header ?? LEDGER_FIELD_LABEL[field];
}

/**
 * Applies one row in a savepoint. Preview: a refusal (an AppError) rolls back this row only and rejects it, with the
 * message under the column its field names; what it did is shown on the row. Commit: a refusal ends the import
 * (the database changed since the preview), nothing of it written.
 */
export function applyRow(db: DeskDatabase, row: PlannedRow, mode: ApplyMode, columnOf: (path: string) => string, apply: () => RowOutcome): RowOutcome | null {
  try {
    const outcome = inTransaction(db, apply);
    if (mode === 'preview') {
      row.change = outcome.change;
      row.differences = outcome.differences;
      for (const { column, message } of outcome.warnings) row.issues.push({ column, severity: 'warning', message });
    }
    return outcome;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (mode === 'commit') throw new AppError('CONFLICT', `第 ${row.row} 行在预览之后不能再导入（${error.message}），未写入任何数据：请重新预览后再确认导入`);
    const path = error.details?.fields?.[0]?.path ?? '';
    reject(row, { column: columnOf(path), severity: 'error', message: error.message });
    return null;
  }
}

export function reject(row: PlannedRow, issue: RowIssue): void {
  row.status = 'rejected';
  row.change = null;
  row.differences = [];
  row.issues.push(issue);
}

/** Marks the later of two rows with the same key as its duplicate, pointing at the first. */
export function markKeyDuplicates(rows: PlannedRow[], keyOf: (row: PlannedRow) => string | null, column: string, what: string): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (row.status !== 'valid') continue;
    const key = keyOf(row);
    if (key === null) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row.row);
    else {
      row.status = 'duplicate';
      row.issues.unshift({ column, severity: 'error', message: `与第 ${seen} 行是同一条${what}，本行不导入；以第 ${seen} 行为准` });
    }
  }
}
