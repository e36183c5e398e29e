import { AppError } from '../../../shared/app-error';
import type { RecordServiceResult, SetReferralResultInput } from '../../../shared/contract/services';
import { REFERRAL_RESULT_LABEL, SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findVacancy } from '../../../db/repositories/employers/vacancies-repo';
import { decidePendingReferral, findService } from '../../../db/repositories/services/service-records-repo';
import type { ServiceRow } from '../../../db/repositories/services/service-records-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkNotFuture, checkPersonDate, fieldError, foundById, requirePerson, RuleProblems } from '../registry/person-rules';

function requireService(db: DeskDatabase, id: number): ServiceRow {
  return foundById(findService(db, id), '找不到该服务记录，可能已被他人修改，请刷新后重试');
}

/** Only a referral still 待定 takes a later result; a decided one is a fact and stays as recorded. */
function requirePendingReferral(row: ServiceRow): void {
  if (row.kind !== 'referral') {
    throw fieldError('INVALID_INPUT', 'id', `这条记录是“${SERVICE_KIND_LABEL[row.kind]}”，只有职业介绍才有介绍结果`);
  }
  if (row.referralResult !== 'pending') {
    const decided = row.referralResult === null ? '未记结果' : `已记为“${REFERRAL_RESULT_LABEL[row.referralResult]}”`;
    throw fieldError('CONFLICT', 'result', `这次职业介绍（${row.date}）${decided}，只有“待定”的介绍才能更新结果；请刷新后查看`);
  }
}

/**
 * 更新介绍结果: a pending referral becomes hired or refused on `resultOn` (not before the referral, not in the future,
 * within the person's life and before their archiving). A hire suggests a spell starting that day at the vacancy's
 * employer; the clerk confirms it with `spells.add` — nothing is opened here.
 */
export function setReferralResult(
  db: DeskDatabase,
  ctx: CallerContext,
  today: string,
  input: SetReferralResultInput,
): RecordServiceResult {
  return inTransaction(db, () => {
    const before = requireService(db, input.id);
    requirePendingReferral(before);
    const problems = new RuleProblems();
    if (before.personId !== null) {
      checkPersonDate(problems, requirePerson(db, before.personId), today, 'resultOn', input.resultOn, '结果日期');
    } else {
      checkNotFuture(problems, today, 'resultOn', input.resultOn, '结果日期');
    }
    if (input.resultOn < before.date) problems.add('resultOn', `结果日期（${input.resultOn}）不能早于介绍日期（${before.date}）`);
    problems.throwIfAny();
    if (!decidePendingReferral(db, before.id, input.result, input.resultOn)) {
      throw new AppError('CONFLICT', '这次职业介绍的结果刚被他人更新，请刷新后查看');
    }
    const record = requireService(db, before.id);
    recordAudit(db, {
      username: ctx.username,
      action: 'update',
      entity: 'service_record',
      entityKey: String(record.id),
      before,
      after: record,
    });
    const vacancy = record.vacancyId === null ? null : findVacancy(db, record.vacancyId);
    const suggestedSpell =
      input.result === 'hired' && record.personId !== null
        ? { personId: record.personId, startDate: input.resultOn, kind: 'unit' as const, employerName: vacancy?.employerName ?? null }
        : null;
    return { record, suggestedSpell };
  });
}
