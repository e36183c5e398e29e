/**
 * 确认导入: the previewed plan written in one transaction through the standard workbook's writer (persons,
 * households, memberships, registrations — each table through its owning repository), audited and logged with the
 * file's hash; refused, writing nothing, when the database changed since the preview. Rejected rows are never in it.
 */
import { AppError } from '../../../shared/app-error';
import type { LedgerCommitted } from '../../../shared/contract/ledger-import';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import type { ReportProgress } from '../jobs/job-registry';
import { writePlan } from '../workbook/import-workbook';
import { commitApplied } from './plan-applied';
import type { PreparedLedger } from './preview-ledger';

const LEDGER_REFRESH_ALL_FROM = 60_000;

export function commitLedger(db: DeskDatabase, ctx: CallerContext, prepared: PreparedLedger, report: ReportProgress = () => undefined): LedgerCommitted {
  // 就业困难人员台账 and 岗位台账 are applied through the pages' services instead (plan-applied.ts).
  if (prepared.applied) return commitApplied(db, ctx, prepared, prepared.applied);
  const { plan, preview } = prepared;
  if (!plan || !preview.ok) throw new AppError('REJECTED', '没有可导入的行：请按问题说明改正后重新选择文件');
  if (prepared.committed) throw new AppError('CONFLICT', '这次预览已经导入过了；要再导入请重新选择文件并预览');
  // A ledger touches a part of the street: its persons' and households' derived state is refreshed in the same
  // transaction (up to a whole street's worth, where recomputing everything is quicker).
  writePlan(db, ctx, plan, { kind: 'ledger-import', fileName: preview.fileName, sha256: prepared.sha256 }, report, prepared.stamp, LEDGER_REFRESH_ALL_FROM);
  prepared.committed = true;
  const persons = plan.counts['人员'] ?? { new: 0, changed: 0, unchanged: 0 };
  return {
    fileName: preview.fileName,
    persons: { new: persons.new, changed: persons.changed },
    households: plan.counts['家庭']?.new ?? 0,
    registrations: plan.counts['失业登记']?.new ?? 0,
    services: (plan.counts['服务记录']?.new ?? 0) + (plan.counts['服务记录']?.changed ?? 0),
  };
}
