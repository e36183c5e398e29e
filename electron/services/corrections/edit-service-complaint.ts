/**
 * 修改 (issue #14) of a service record (date, clerk, content, outcome) and of a complaint with its judgement — checked
 * as when they were recorded, audited with before and after, the person's derived state re-derived, in one
 * transaction. What a service record links to (a referral's vacancy and result, an agreement, a measure) is not
 * changed here: such a record entered wrongly is voided and recorded again.
 */
import { AppError } from '../../../shared/app-error';
import type { Complaint } from '../../../shared/contract/complaints';
import type { EditComplaintInput, EditServiceInput } from '../../../shared/contract/corrections';
import type { ServiceRecord } from '../../../shared/contract/services';
import { rewriteComplaint } from '../../../db/repositories/complaints/complaint-corrections-repo';
import { findComplaint } from '../../../db/repositories/complaints/complaints-repo';
import { measuresDoneByService } from '../../../db/repositories/recognitions/recognition-links-repo';
import { agreementOfService, rewriteService } from '../../../db/repositories/services/service-corrections-repo';
import { findService } from '../../../db/repositories/services/service-records-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { refreshPersons } from '../population/recompute';
import { checkNotFuture, checkPersonDate, foundById, requirePerson, RuleProblems } from '../registry/person-rules';

const SERVICE_GONE = '找不到该服务记录，可能已被作废，请刷新后重试';
const COMPLAINT_GONE = '找不到该投诉，可能已被作废，请刷新后重试';

export function editService(db: DeskDatabase, ctx: CallerContext, today: string, input: EditServiceInput): ServiceRecord {
  return inTransaction(db, () => {
    const before = foundById(findService(db, input.id), SERVICE_GONE);
    const problems = new RuleProblems();
    if (before.personId !== null) checkPersonDate(problems, requirePerson(db, before.personId), today, 'date', input.date, '服务日期');
    else checkNotFuture(problems, today, 'date', input.date, '服务日期');
    if (input.date !== before.date) {
      if (agreementOfService(db, before.id) !== null) problems.add('date', '一人一策援助协议的签订和跟踪回访记录不能改日期：录错的请作废后重新记录');
      else if (measuresDoneByService(db, before.id).length > 0) problems.add('date', '该服务记录是援助措施的完成记录，不能改日期');
      else if (before.referralResultOn !== null && input.date > before.referralResultOn) {
        problems.add('date', `服务日期不能晚于介绍结果的日期（${before.referralResultOn}）`);
      }
    }
    problems.throwIfAny();
    rewriteService(db, before.id, { date: input.date, clerk: input.clerk, content: input.content, outcome: input.outcome });
    const after = foundById(findService(db, before.id), SERVICE_GONE);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'service_record', entityKey: String(after.id), before, after });
    if (after.personId !== null) refreshPersons(db, [after.personId]);
    return after;
  });
}

export function editComplaint(db: DeskDatabase, ctx: CallerContext, today: string, input: EditComplaintInput): Complaint {
  return inTransaction(db, () => {
    const before = foundById(findComplaint(db, input.id), COMPLAINT_GONE);
    if (before.version !== input.version) throw new AppError('CONFLICT', `该投诉已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    const problems = new RuleProblems();
    checkNotFuture(problems, today, 'date', input.date, '投诉日期');
    if (input.judgedOn !== null) checkNotFuture(problems, today, 'judgedOn', input.judgedOn, '认定日期');
    if (before.resolvedOn !== null && before.resolvedOn < input.date) problems.add('date', `投诉日期不能晚于办结日期（${before.resolvedOn}）`);
    if (before.resolvedOn !== null && input.judgedOn !== null && before.resolvedOn < input.judgedOn) problems.add('judgedOn', `认定日期不能晚于办结日期（${before.resolvedOn}）`);
    problems.throwIfAny();
    const judged = input.valid !== null;
    const fields = { date: input.date, content: input.content, valid: input.valid, judgedOn: judged ? input.judgedOn : null, validityReason: judged ? (input.validityReason ?? null) : null };
    if (!rewriteComplaint(db, before.id, input.version, fields)) throw new AppError('CONFLICT', '该投诉已被他人修改，请刷新后重试');
    const after = foundById(findComplaint(db, before.id), COMPLAINT_GONE);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'complaint', entityKey: String(after.id), before, after });
    return after;
  });
}
