/** 跟踪回访 under a 一人一策 agreement: a follow-up service record linked to it. */
import type { AssistanceAgreement, RecordFollowUpInput } from '../../../shared/contract/recognitions';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { insertAgreementService } from '../../../db/repositories/services/service-records-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkPersonDate, requireNotArchived, RuleProblems } from '../registry/person-rules';
import { requireActiveAgreement } from './agreement-rules';
import { agreementDetail } from './assistance-view';

export function recordFollowUp(db: DeskDatabase, ctx: CallerContext, today: string, input: RecordFollowUpInput): AssistanceAgreement {
  return inTransaction(db, () => {
    const { agreement, person } = requireActiveAgreement(db, input.agreementId, 'agreementId', '登记回访');
    requireNotArchived(person, today, 'agreementId');
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'date', input.date, '回访日期');
    if (input.date < agreement.signedOn) problems.add('date', `回访日期不能早于援助协议的签订日期（${agreement.signedOn}）`);
    problems.throwIfAny();
    const row = insertAgreementService(db, {
      personId: person.id,
      agreementId: agreement.id,
      date: input.date,
      kind: 'follow_up',
      clerk: input.clerk,
      content: input.content,
      outcome: input.outcome ?? null,
    });
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'service_record', entityKey: String(row.id), after: row });
    return agreementDetail(db, agreement, today);
  });
}
