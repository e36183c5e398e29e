/**
 * The ledgers written through the pages' services (就业困难人员台账, 岗位台账): planned by applying every row in a
 * transaction rolled back at the end, and committed by applying the same rows in one transaction that is kept —
 * refused, writing nothing, when the database changed since the preview. Audited and logged with the file's hash.
 */
import { AppError } from '../../../shared/app-error';
import type { LedgerCommitted, LedgerPreview } from '../../../shared/contract/ledger-import';
import type { CheckedRow, ColumnsByField } from '../../../shared/domain/ledger-import/check-row';
import type { DeskDatabase } from '../../../db/open-database';
import { dataStamp, recordAudit } from '../../../db/repositories/system/audit-repo';
import { logPackage } from '../../../db/repositories/system/packages-repo';
import { inTransaction } from '../../../db/transaction';
import type { CallerContext } from '../context';
import { dryRun } from './apply-rows';
import type { ApplyMode } from './apply-rows';
import { applyRecognitionRows, markRecognitionDuplicates } from './apply-recognitions';
import { applyVacancyRows, markVacancyDuplicates } from './apply-vacancies';
import { plannedRows } from './plan-ledger';
import type { PlannedRow } from './plan-ledger';

export type AppliedKind = 'difficult' | 'vacancies';

/** What 确认导入 needs to apply the rows again. */
export interface AppliedPlan {
  kind: AppliedKind;
  columns: ColumnsByField;
  today: string;
}

interface Counts {
  recognitions: { new: number; changed: number };
  employers: { new: number; changed: number };
  vacancies: { new: number; changed: number };
}

function applyAll(db: DeskDatabase, ctx: CallerContext, plan: AppliedPlan, rows: PlannedRow[], mode: ApplyMode): Counts {
  const none = { new: 0, changed: 0 };
  if (plan.kind === 'difficult') return { recognitions: applyRecognitionRows(db, ctx, plan.today, rows, plan.columns, mode), employers: none, vacancies: none };
  return { recognitions: none, ...applyVacancyRows(db, ctx, plan.today, rows, plan.columns, mode) };
}

/** The rows with their statuses, changes and reasons, as applying them would leave them (nothing kept). */
export function planApplied(db: DeskDatabase, ctx: CallerContext, checked: CheckedRow[], plan: AppliedPlan): PlannedRow[] {
  const rows = plannedRows(checked);
  if (plan.kind === 'difficult') markRecognitionDuplicates(rows, plan.columns);
  else markVacancyDuplicates(rows, plan.columns);
  dryRun(db, () => applyAll(db, ctx, plan, rows, 'preview'));
  return rows;
}

/** The previewed ledger (preview-ledger.ts's PreparedLedger): its rows as planned, the data stamp and the file's hash. */
export interface AppliedPreview {
  preview: LedgerPreview;
  rows: PlannedRow[];
  stamp: number;
  sha256: string;
  committed: boolean;
}

export function commitApplied(db: DeskDatabase, ctx: CallerContext, prepared: AppliedPreview, plan: AppliedPlan): LedgerCommitted {
  const { preview } = prepared;
  if (!preview.ok) throw new AppError('REJECTED', '没有可导入的行：请按问题说明改正后重新选择文件');
  if (prepared.committed) throw new AppError('CONFLICT', '这次预览已经导入过了；要再导入请重新选择文件并预览');
  const counts = inTransaction(db, () => {
    if (dataStamp(db) !== prepared.stamp) throw new AppError('CONFLICT', '预览之后数据库已有改动，请重新预览后再确认导入');
    const done = applyAll(db, ctx, plan, prepared.rows, 'commit');
    const summary = { counts: done };
    const kind = 'ledger-import';
    recordAudit(db, { username: ctx.username, action: 'import', entity: kind, entityKey: prepared.sha256, after: { fileName: preview.fileName, ledger: plan.kind, ...summary } });
    logPackage(db, { direction: 'import', kind, fileName: preview.fileName, sha256: prepared.sha256, summary, createdBy: ctx.username });
    return done;
  });
  prepared.committed = true;
  return {
    fileName: preview.fileName,
    persons: { new: 0, changed: 0 },
    households: 0,
    registrations: 0,
    services: 0,
    // Only the kind's own counts: a 就业困难人员台账 writes no employers, a 岗位台账 no recognitions.
    ...(plan.kind === 'difficult' ? { recognitions: counts.recognitions } : { employers: counts.employers, vacancies: counts.vacancies }),
  };
}
