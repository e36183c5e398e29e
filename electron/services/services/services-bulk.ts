import type { RecordBulkInput } from '../../../shared/contract/services';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findPersonsFacts } from '../../../db/repositories/registry/persons-repo';
import { insertService } from '../../../db/repositories/services/service-records-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkNotFuture, isArchivedOn, RuleProblems } from '../registry/person-rules';
import { NO_KIND_FIELDS } from './services-service';

/**
 * One activity attended by many (a job fair, a group guidance session): one service record per person, all or
 * nothing. Every problem is named by its position (`personIds.3`). Audited as one event per record, like a single
 * entry, so each record's history reads the same however it was entered.
 */
export function recordBulkServices(
  db: DeskDatabase,
  ctx: CallerContext,
  today: string,
  input: RecordBulkInput,
): { count: number; recordIds: number[] } {
  return inTransaction(db, () => {
    const problems = new RuleProblems();
    checkNotFuture(problems, today, 'date', input.date, '活动日期');
    const persons = new Map(findPersonsFacts(db, input.personIds).map((p) => [p.id, p]));
    input.personIds.forEach((id, index) => {
      const path = `personIds.${index}`;
      const person = persons.get(id);
      if (!person) problems.add(path, `第 ${index + 1} 人（编号 ${id}）不存在，可能已被他人修改`);
      else if (isArchivedOn(person, today)) problems.add(path, `${person.name}已于 ${person.archivedOn} 归档，不能再登记服务`);
      else if (input.date < person.birthDate) problems.add(path, `活动日期早于${person.name}的出生日期（${person.birthDate}）`);
    });
    problems.throwIfAny();
    const recordIds = input.personIds.map((personId) => {
      const values = {
        personId,
        householdId: null,
        date: input.date,
        kind: input.kind,
        clerk: input.clerk,
        outcome: null,
        content: input.content,
        ...NO_KIND_FIELDS,
      };
      const id = insertService(db, values);
      recordAudit(db, { username: ctx.username, action: 'create', entity: 'service_record', entityKey: String(id), after: { id, ...values } });
      return id;
    });
    return { count: recordIds.length, recordIds };
  });
}
