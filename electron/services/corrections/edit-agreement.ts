/**
 * 修改一人一策援助协议 (issue #14): what its signing recorded (day, clerk, goal, notes) and whether and when it closed
 * — checked as when it was signed and closed (within its recognition, one agreement in force at a time, no overlap
 * with the person's other agreements, not closed before what was recorded under it), audited with before and after,
 * its 援助协议 service record following the signing, in one transaction.
 */
import { AppError } from '../../../shared/app-error';
import type { EditAgreementInput } from '../../../shared/contract/corrections';
import type { AssistanceAgreement } from '../../../shared/contract/recognitions';
import { listAgreementsOfPerson } from '../../../db/repositories/recognitions/agreements-repo';
import { rewriteAgreement } from '../../../db/repositories/recognitions/recognition-corrections-repo';
import { measuresOfAgreement } from '../../../db/repositories/recognitions/recognition-links-repo';
import { findRecognition } from '../../../db/repositories/recognitions/recognitions-repo';
import { rewriteService } from '../../../db/repositories/services/service-corrections-repo';
import { findService, listAgreementServices } from '../../../db/repositories/services/service-records-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { refreshPersons } from '../population/recompute';
import { AGREEMENT_ENTITY, requireAgreement } from '../recognitions/agreement-rules';
import { agreementDetail } from '../recognitions/assistance-view';
import { checkPersonDate, requirePerson, RuleProblems } from '../registry/person-rules';

const END = '9999-12-31';

export function editAgreement(db: DeskDatabase, ctx: CallerContext, today: string, input: EditAgreementInput): AssistanceAgreement {
  return inTransaction(db, () => {
    const before = requireAgreement(db, input.id, 'id');
    if (before.version !== input.version) throw new AppError('CONFLICT', `该援助协议已被他人修改（当前版本 ${before.version}），请刷新后重试`);
    const person = requirePerson(db, before.personId);
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'signedOn', input.signedOn, '签订日期');
    if (input.close) checkPersonDate(problems, person, today, 'close.closedOn', input.close.closedOn, '终止日期');

    const recognition = findRecognition(db, before.recognitionId);
    if (recognition?.recognisedOn && input.signedOn < recognition.recognisedOn) {
      problems.add('signedOn', `签订日期不能早于认定日期（${recognition.recognisedOn}）`);
    }
    if (recognition?.exitedOn) {
      if (input.close === null) problems.add('close', `该协议所依据的认定已于 ${recognition.exitedOn} 退出，协议不能恢复为执行中`);
      else if (input.close.closedOn > recognition.exitedOn) problems.add('close.closedOn', `终止日期不能晚于认定退出日期（${recognition.exitedOn}）`);
    }

    // Nothing recorded under it before its signing, and it does not close before the last of it.
    const services = listAgreementServices(db, [before.id]).filter((s) => s.kind === 'follow_up');
    const events = [...services.map((s) => s.date), ...measuresOfAgreement(db, before.id).flatMap((m) => (m.doneOn === null ? [] : [m.doneOn]))].sort();
    const first = events[0];
    const last = events[events.length - 1];
    if (first !== undefined && input.signedOn > first) problems.add('signedOn', `签订日期不能晚于协议下第一次回访或措施完成的日期（${first}）`);
    if (input.close && last !== undefined && input.close.closedOn < last) {
      problems.add('close.closedOn', `终止日期不能早于协议下最后一次回访或措施完成的日期（${last}）`);
    }

    const others = listAgreementsOfPerson(db, person.id).filter((a) => a.id !== before.id);
    if (others.some((a) => a.signedOn === input.signedOn)) problems.add('signedOn', `${person.name}在 ${input.signedOn} 已签订过一份援助协议，同一人同一天只能签订一份`);
    else {
      const end = input.close?.closedOn ?? END;
      const clash = others.find((a) => input.signedOn < (a.closedOn ?? END) && a.signedOn < end);
      if (clash) {
        const other = clash.closedOn ? `${clash.signedOn} 至 ${clash.closedOn}` : `${clash.signedOn} 起，执行中`;
        problems.add(input.close ? 'signedOn' : 'close', `与${person.name}的另一份援助协议（${other}）时间重叠，请先更正那一份`);
      }
    }
    problems.throwIfAny();

    const row = rewriteAgreement(db, before.id, input.version, {
      signedOn: input.signedOn,
      clerk: input.clerk,
      goal: input.goal,
      notes: input.notes || null,
      status: input.close ? 'closed' : 'active',
      closedOn: input.close?.closedOn ?? null,
      closeReason: input.close?.reason ?? null,
    });
    if (!row) throw new AppError('CONFLICT', '该援助协议已被他人修改，请刷新后重试');
    recordAudit(db, { username: ctx.username, action: 'update', entity: AGREEMENT_ENTITY, entityKey: String(row.id), before, after: row });

    // The 援助协议 service record written at the signing says what the agreement says.
    for (const signing of listAgreementServices(db, [before.id]).filter((s) => s.kind === 'assistance_agreement')) {
      const was = findService(db, signing.id);
      const fields = { date: row.signedOn, clerk: row.clerk, content: `签订一人一策援助协议：${row.goal}`, outcome: signing.outcome };
      if (signing.date === fields.date && signing.clerk === fields.clerk && signing.content === fields.content) continue;
      rewriteService(db, signing.id, fields);
      recordAudit(db, { username: ctx.username, action: 'update', entity: 'service_record', entityKey: String(signing.id), before: was, after: findService(db, signing.id) });
    }
    refreshPersons(db, [person.id]);
    return agreementDetail(db, row, today);
  });
}
