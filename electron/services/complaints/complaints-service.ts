import { AppError } from '../../../shared/app-error';
import type {
  Complaint,
  JudgeComplaintInput,
  ListComplaintsInput,
  RecordComplaintInput,
  ResolveComplaintInput,
} from '../../../shared/contract/complaints';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { findComplaint, insertComplaint, listComplaints, updateComplaint } from '../../../db/repositories/complaints/complaints-repo';
import type { ComplaintChange, ComplaintRow } from '../../../db/repositories/complaints/complaints-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkNotFuture, fieldError, foundById, RuleProblems } from '../registry/person-rules';

function reload(db: DeskDatabase, id: number): ComplaintRow {
  return foundById(findComplaint(db, id), '找不到该投诉，可能已被他人修改，请刷新后重试');
}

export function recordComplaint(db: DeskDatabase, ctx: CallerContext, today: string, input: RecordComplaintInput): Complaint {
  return inTransaction(db, () => {
    if (!findCommunityById(db, input.communityId)) throw fieldError('NOT_FOUND', 'communityId', '找不到该社区，请刷新后重试');
    const problems = new RuleProblems();
    checkNotFuture(problems, today, 'date', input.date, '投诉日期');
    problems.throwIfAny();
    const row = reload(db, insertComplaint(db, input));
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'complaint', entityKey: String(row.id), after: row });
    return row;
  });
}

function change(
  db: DeskDatabase,
  ctx: CallerContext,
  target: { id: number; version: number },
  changeOf: (before: ComplaintRow, problems: RuleProblems) => ComplaintChange,
): Complaint {
  return inTransaction(db, () => {
    const before = reload(db, target.id);
    if (before.version !== target.version) {
      throw new AppError('CONFLICT', `该投诉已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    }
    if (before.resolvedOn !== null) {
      throw new AppError('CONFLICT', `该投诉已于 ${before.resolvedOn} 办结，不能再修改`);
    }
    const problems = new RuleProblems();
    const values = changeOf(before, problems);
    problems.throwIfAny();
    if (!updateComplaint(db, before.id, target.version, values)) throw new AppError('CONFLICT', '该投诉已被他人修改，请刷新后重试');
    const after = reload(db, before.id);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'complaint', entityKey: String(after.id), before, after });
    return after;
  });
}

/**
 * Valid (有效) or not, with the reason and the day it was judged (from the complaint's date to today); may be changed
 * until the complaint is resolved. The assessment on D counts a judgement only from its day on.
 */
export function judgeComplaint(db: DeskDatabase, ctx: CallerContext, today: string, input: JudgeComplaintInput): Complaint {
  return change(db, ctx, input, (before, problems) => {
    checkNotFuture(problems, today, 'judgedOn', input.judgedOn, '认定日期');
    if (input.judgedOn < before.date) problems.add('judgedOn', `认定日期（${input.judgedOn}）不能早于投诉日期（${before.date}）`);
    return { valid: input.valid, validityReason: input.reason, judgedOn: input.judgedOn };
  });
}

export function resolveComplaint(db: DeskDatabase, ctx: CallerContext, today: string, input: ResolveComplaintInput): Complaint {
  return change(db, ctx, input, (before, problems) => {
    checkNotFuture(problems, today, 'resolvedOn', input.resolvedOn, '办结日期');
    if (input.resolvedOn < before.date) problems.add('resolvedOn', `办结日期不能早于投诉日期（${before.date}）`);
    else if (before.judgedOn !== null && input.resolvedOn < before.judgedOn) {
      problems.add('resolvedOn', `办结日期不能早于认定日期（${before.judgedOn}）`);
    }
    return { resolution: input.resolution, resolvedOn: input.resolvedOn };
  });
}

export function listComplaintsFor(db: DeskDatabase, input: ListComplaintsInput): Complaint[] {
  return listComplaints(db, {
    communityId: input.communityId ?? null,
    from: input.from ?? null,
    to: input.to ?? null,
    validity: input.validity ?? null,
    status: input.status ?? null,
  });
}
