/** The planned measures of a 一人一策 agreement: add one (any planned day from the signing on), mark it done. */
import { AppError } from '../../../shared/app-error';
import type { AddMeasureInput, AssistanceAgreement, CompleteMeasureInput } from '../../../shared/contract/recognitions';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { completeMeasureRow, findMeasure, insertMeasure, listMeasuresOf } from '../../../db/repositories/recognitions/measures-repo';
import { findServiceFacts } from '../../../db/repositories/services/service-records-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkPersonDate, fieldError, foundById, requireNotArchived, RuleProblems } from '../registry/person-rules';
import { MEASURE_ENTITY, requireActiveAgreement } from './agreement-rules';
import { agreementDetail } from './assistance-view';

export function addMeasure(db: DeskDatabase, ctx: CallerContext, today: string, input: AddMeasureInput): AssistanceAgreement {
  return inTransaction(db, () => {
    const { agreement, person } = requireActiveAgreement(db, input.agreementId, 'agreementId', '添加措施');
    requireNotArchived(person, today, 'agreementId');
    if (input.plannedOn < agreement.signedOn) {
      throw fieldError('INVALID_INPUT', 'plannedOn', `计划日期不能早于援助协议的签订日期（${agreement.signedOn}）`);
    }
    // The standard workbook names a measure by its agreement, planned day, kind and content.
    if (listMeasuresOf(db, [agreement.id]).some((m) => m.plannedOn === input.plannedOn && m.kind === input.kind && m.description === input.description)) {
      throw fieldError('CONFLICT', 'description', `该协议已有一项 ${input.plannedOn} 计划的相同措施`);
    }
    const row = insertMeasure(db, {
      agreementId: agreement.id,
      kind: input.kind,
      description: input.description,
      plannedOn: input.plannedOn,
    });
    recordAudit(db, { username: ctx.username, action: 'create', entity: MEASURE_ENTITY, entityKey: String(row.id), after: row });
    return agreementDetail(db, agreement, today);
  });
}

/** Marks a measure done on a day from the signing to today, optionally linked to the person's service record that did it. */
export function completeMeasure(db: DeskDatabase, ctx: CallerContext, today: string, input: CompleteMeasureInput): AssistanceAgreement {
  return inTransaction(db, () => {
    const before = foundById(findMeasure(db, input.id), '找不到该援助措施，可能已被他人修改，请刷新后重试');
    if (before.version !== input.version) {
      throw new AppError('CONFLICT', `该援助措施已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    }
    if (before.doneOn !== null) throw new AppError('CONFLICT', `该援助措施已于 ${before.doneOn} 完成，不能重复登记`);
    const { agreement, person } = requireActiveAgreement(db, before.agreementId, 'id', '登记措施完成');
    requireNotArchived(person, today, 'id');
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'doneOn', input.doneOn, '完成日期');
    if (input.doneOn < agreement.signedOn) problems.add('doneOn', `完成日期不能早于援助协议的签订日期（${agreement.signedOn}）`);
    const serviceRecordId = input.serviceRecordId ?? null;
    if (serviceRecordId !== null) {
      const service = findServiceFacts(db, serviceRecordId);
      if (!service || service.personId !== person.id) {
        problems.add('serviceRecordId', `找不到${person.name}的这条服务记录，请刷新后重新选择`);
      } else if (service.date < agreement.signedOn || service.date > input.doneOn) {
        problems.add('serviceRecordId', `关联的服务记录（${service.date}）应在协议签订日期（${agreement.signedOn}）与完成日期之间`);
      }
    }
    problems.throwIfAny();
    const row = completeMeasureRow(db, before.id, input.version, input.doneOn, serviceRecordId);
    if (!row) throw new AppError('CONFLICT', '该援助措施已被他人修改，请刷新后重试');
    recordAudit(db, { username: ctx.username, action: 'update', entity: MEASURE_ENTITY, entityKey: String(row.id), before, after: row });
    return agreementDetail(db, agreement, today);
  });
}
