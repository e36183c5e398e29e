/**
 * 已处理 / 暂缓 on a 待办 row (shared/contract/worklist-dispositions.ts): decided today on a row of today's list (of
 * the caller's community), the service record it led to belonging to the row's person or household; audited;
 * withdrawn with 撤销. The list reads the dispositions in force on its date.
 */
import { AppError } from '../../../shared/app-error';
import type { DisposeWorklistRowInput, WorklistDisposition } from '../../../shared/contract/worklist-dispositions';
import { DISPOSITION_LABEL } from '../../../shared/contract/worklist-dispositions';
import type { WorklistListRow } from '../../../shared/contract/worklist';
import { addDays } from '../../../shared/domain/dates';
import { SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import type { WorklistRow } from '../../../shared/domain/worklist/kinds';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findService } from '../../../db/repositories/services/service-records-repo';
import type { DispositionRow } from '../../../db/repositories/worklist/dispositions-repo';
import { dispositionsInForce, findDisposition, insertDisposition, withdrawDisposition } from '../../../db/repositories/worklist/dispositions-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import type { WorklistCache } from './worklist-cache';

/**
 * Which row a disposition is about. A row with a deadline is one occurrence (its id and due date: a follow-up due
 * again next month is a new row); a row of missing 十清/五清 items is due "now" on every date, so it is the row's id
 * alone.
 */
const STANDING_KINDS: ReadonlySet<string> = new Set(['missing_ten_clear', 'missing_five_clear']);

function keyOf(row: { rowId: string; dueOn: string; kind: string }): string {
  return STANDING_KINDS.has(row.kind) ? `${row.rowId}|*` : `${row.rowId}|${row.dueOn}`;
}

function inForceOn(db: DeskDatabase, asOf: string): Map<string, DispositionRow> {
  return new Map(dispositionsInForce(db, asOf).map((d) => [keyOf(d), d]));
}

/** A postponement runs a year at most: a row put off longer is a row that should be closed some other way. */
const LONGEST_POSTPONEMENT_DAYS = 366;

function serviceOf(db: DeskDatabase, id: number | null): WorklistDisposition['service'] {
  if (id === null) return null;
  const s = findService(db, id);
  if (!s) return null;
  return { id, date: s.date, label: `${s.date} ${SERVICE_KIND_LABEL[s.kind]}${s.clerk ? `（${s.clerk}）` : ''}` };
}

function viewOf(db: DeskDatabase, row: DispositionRow): WorklistDisposition {
  return {
    id: row.id,
    decision: row.decision,
    decidedOn: row.decidedOn,
    decidedBy: row.decidedBy,
    service: serviceOf(db, row.serviceRecordId),
    reason: row.reason,
    postponedUntil: row.postponedUntil,
  };
}

/**
 * The rows with the disposition in force on `asOf`: those without one, and — when `settled` — those with one too;
 * `settled` counts the latter.
 */
export function withDispositions(db: DeskDatabase, rows: readonly WorklistRow[], asOf: string, settled: boolean): { rows: WorklistListRow[]; settled: number } {
  const inForce = inForceOn(db, asOf);
  if (inForce.size === 0) return { rows: rows.map((r) => ({ ...r, disposition: null })), settled: 0 };
  const out: WorklistListRow[] = [];
  let count = 0;
  for (const r of rows) {
    const d = inForce.get(keyOf(r));
    if (d) count += 1;
    if (!d) out.push({ ...r, disposition: null });
    else if (settled) out.push({ ...r, disposition: viewOf(db, d) });
  }
  return { rows: out, settled: count };
}

/** The rows of a list left after the dispositions in force on `asOf` (the navigation's count). */
export function unsettledRows(db: DeskDatabase, rows: readonly WorklistRow[], asOf: string): WorklistRow[] {
  const inForce = inForceOn(db, asOf);
  return inForce.size === 0 ? [...rows] : rows.filter((r) => !inForce.has(keyOf(r)));
}

function rowOfToday(cache: WorklistCache, ctx: CallerContext, today: string, rowId: string, dueOn: string): WorklistRow {
  const row = cache.get(today, ctx.communityId).rows.find((r) => r.rowId === rowId && r.dueOn === dueOn);
  if (!row) throw new AppError('NOT_FOUND', '这条待办今天已不在列表中（可能已办理或已变化），请刷新待办后再试');
  return row;
}

function checkService(db: DeskDatabase, row: WorklistRow, serviceRecordId: number, today: string): void {
  const fail = (message: string) => AppError.invalid(message, [{ path: 'serviceRecordId', message }]);
  if (row.subject.kind === 'community') throw fail('社区的待办没有服务记录可选，请不选服务记录');
  const s = findService(db, serviceRecordId);
  if (!s) throw fail('找不到这条服务记录，请重新选择');
  const owner = row.subject.kind === 'person' ? s.personId : s.householdId;
  if (owner !== row.subject.id) throw fail(`这条服务记录不属于“${row.subject.name}”，请从其服务记录中选择`);
  if (s.date > today) throw fail('服务记录的日期不能晚于今天');
}

export function disposeRow(db: DeskDatabase, cache: WorklistCache, ctx: CallerContext, today: string, input: DisposeWorklistRowInput): WorklistDisposition {
  const row = rowOfToday(cache, ctx, today, input.rowId, input.dueOn);
  return inTransaction(db, () => {
    const existing = inForceOn(db, today).get(keyOf(row));
    if (existing) {
      throw new AppError('CONFLICT', `这条待办已于 ${existing.decidedOn} 由 ${existing.decidedBy} 标记为“${DISPOSITION_LABEL[existing.decision]}”，如需更改请先撤销`);
    }
    if (input.decision === 'handled' && input.serviceRecordId !== null) checkService(db, row, input.serviceRecordId, today);
    if (input.decision === 'postponed') {
      const fail = (message: string) => AppError.invalid(message, [{ path: 'postponedUntil', message }]);
      if (input.postponedUntil <= today) throw fail('暂缓到的日期应晚于今天');
      if (input.postponedUntil > addDays(today, LONGEST_POSTPONEMENT_DAYS)) throw fail('暂缓最长一年，请选择一年内的日期');
    }
    const id = insertDisposition(db, {
      rowId: row.rowId,
      dueOn: row.dueOn,
      kind: row.kind,
      subjectKind: row.subject.kind,
      subjectId: row.subject.id,
      decision: input.decision,
      decidedOn: today,
      decidedBy: ctx.displayName,
      serviceRecordId: input.decision === 'handled' ? input.serviceRecordId : null,
      reason: input.decision === 'postponed' ? input.reason : null,
      postponedUntil: input.decision === 'postponed' ? input.postponedUntil : null,
    });
    const saved = findDisposition(db, id);
    if (!saved) throw new AppError('INTERNAL', '待办处理记录保存后读取失败');
    recordAudit(db, {
      username: ctx.username,
      action: 'create',
      entity: 'worklist_disposition',
      entityKey: `${row.rowId}|${row.dueOn}`,
      after: { ...saved, subjectName: row.subject.name, subjectKey: row.subject.key, detail: row.detail },
    });
    return viewOf(db, saved);
  });
}

export function withdrawRowDisposition(db: DeskDatabase, cache: WorklistCache, ctx: CallerContext, today: string, id: number): { id: number; withdrawnOn: string } {
  const found = findDisposition(db, id);
  if (!found || found.withdrawnOn !== null) throw new AppError('NOT_FOUND', '找不到这条处理记录，或已撤销，请刷新待办');
  // A community clerk withdraws only what today's list of the own community shows.
  if (ctx.communityId !== null && !cache.get(today, ctx.communityId).rows.some((r) => keyOf(r) === keyOf(found))) {
    throw new AppError('FORBIDDEN', '只能撤销本社区待办的处理记录');
  }
  const on = found.decidedOn > today ? found.decidedOn : today;
  return inTransaction(db, () => {
    if (!withdrawDisposition(db, id, on)) throw new AppError('CONFLICT', '这条处理记录已被他人撤销，请刷新待办');
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'worklist_disposition', entityKey: `${found.rowId}|${found.dueOn}`, before: found, after: { ...found, withdrawnOn: on } });
    return { id, withdrawnOn: on };
  });
}
