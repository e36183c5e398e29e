/** Signing and closing 一人一策 assistance agreements (seed 003: 以援助协议的方式实施“一人一策”). */
import { AppError } from '../../../shared/app-error';
import type {
  AssistanceAgreement,
  CloseAgreementInput,
  CreateAgreementInput,
} from '../../../shared/contract/recognitions';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { closeAgreementRow, findActiveAgreement, insertAgreement, latestClosedOn, listAgreementsOfPerson } from '../../../db/repositories/recognitions/agreements-repo';
import type { AgreementRow } from '../../../db/repositories/recognitions/agreements-repo';
import { insertAgreementService } from '../../../db/repositories/services/service-records-repo';
import { findLiveRecognition } from '../../../db/repositories/recognitions/recognitions-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkPersonDate, fieldError, requireNotArchived, requirePerson, RuleProblems } from '../registry/person-rules';
import { AGREEMENT_ENTITY, lastEventOn, requireAgreement } from './agreement-rules';
import { agreementDetail } from './assistance-view';

/**
 * Signs an agreement with a person whose difficulty recognition is in force: one agreement in force at a time,
 * signed on or after the recognition and after any earlier agreement closed. Also writes the 援助协议 service record.
 */
export function createAgreement(db: DeskDatabase, ctx: CallerContext, today: string, input: CreateAgreementInput): AssistanceAgreement {
  return inTransaction(db, () => {
    const person = requirePerson(db, input.personId);
    requireNotArchived(person, today);
    const live = findLiveRecognition(db, person.id);
    if (!live || live.status !== 'recognised' || live.recognisedOn === null) {
      const why = live ? '其就业困难人员认定尚在审核中' : '没有有效的就业困难人员认定';
      throw fieldError('INVALID_INPUT', 'personId', `${person.name}${why}，只能与已认定的就业困难人员签订一人一策援助协议`);
    }
    const active = findActiveAgreement(db, person.id);
    if (active) {
      throw fieldError('CONFLICT', 'personId', `${person.name}已有一份执行中的援助协议（${active.signedOn} 签订），请先终止它再签订新的协议`);
    }
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'signedOn', input.signedOn, '签订日期');
    if (input.signedOn < live.recognisedOn) problems.add('signedOn', `签订日期不能早于认定日期（${live.recognisedOn}）`);
    // The standard workbook names an agreement by its person and signing day.
    if (listAgreementsOfPerson(db, person.id).some((a) => a.signedOn === input.signedOn)) {
      problems.add('signedOn', `${person.name}在 ${input.signedOn} 已签订过一份援助协议，同一人同一天只能签订一份`);
    }
    const previousEnd = latestClosedOn(db, person.id);
    if (previousEnd !== null && input.signedOn < previousEnd) {
      problems.add('signedOn', `签订日期不能早于上一份援助协议的终止日期（${previousEnd}）`);
    }
    problems.throwIfAny();
    const row = insertAgreement(db, {
      personId: person.id,
      recognitionId: live.id,
      signedOn: input.signedOn,
      clerk: input.clerk,
      goal: input.goal,
      notes: input.notes ?? null,
    });
    recordAudit(db, { username: ctx.username, action: 'create', entity: AGREEMENT_ENTITY, entityKey: String(row.id), after: row });
    const service = insertAgreementService(db, {
      personId: person.id,
      agreementId: row.id,
      date: row.signedOn,
      kind: 'assistance_agreement',
      clerk: row.clerk,
      content: `签订一人一策援助协议：${row.goal}`,
      outcome: null,
    });
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'service_record', entityKey: String(service.id), after: service });
    return agreementDetail(db, row, today);
  });
}

/** Checks that `agreement` may close on `closedOn` (not before its last event); problems go on `path`. */
export function checkCloseDate(db: DeskDatabase, agreement: AgreementRow, closedOn: string, path: string, label: string, problems: RuleProblems): void {
  const last = lastEventOn(db, agreement);
  if (closedOn < agreement.signedOn) problems.add(path, `${label}不能早于援助协议的签订日期（${agreement.signedOn}）`);
  else if (closedOn < last) problems.add(path, `${label}不能早于援助协议下最后一次回访或措施完成的日期（${last}）`);
}

/** Closes an agreement in force (checked by the caller) and audits it; inside the caller's transaction. */
export function writeClose(db: DeskDatabase, ctx: CallerContext, before: AgreementRow, closedOn: string, reason: string): AgreementRow {
  const row = closeAgreementRow(db, before.id, before.version, closedOn, reason);
  if (!row) throw new AppError('CONFLICT', '该援助协议已被他人修改，请刷新后重试');
  recordAudit(db, { username: ctx.username, action: 'update', entity: AGREEMENT_ENTITY, entityKey: String(row.id), before, after: row });
  return row;
}

/** Ends an agreement in force. Allowed for an archived person too (the date not after the archiving). */
export function closeAgreement(db: DeskDatabase, ctx: CallerContext, today: string, input: CloseAgreementInput): AssistanceAgreement {
  return inTransaction(db, () => {
    const before = requireAgreement(db, input.id, 'id');
    if (before.version !== input.version) {
      throw new AppError('CONFLICT', `该援助协议已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    }
    if (before.status !== 'active') throw new AppError('CONFLICT', `该援助协议已于 ${before.closedOn ?? ''} 终止，不能再次终止`);
    const person = requirePerson(db, before.personId);
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'closedOn', input.closedOn, '终止日期');
    checkCloseDate(db, before, input.closedOn, 'closedOn', '终止日期', problems);
    problems.throwIfAny();
    return agreementDetail(db, writeClose(db, ctx, before, input.closedOn, input.reason), today);
  });
}
