import type { RecordServiceInput, RecordServiceResult, ServiceRecord } from '../../../shared/contract/services';
import { SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findVacancy } from '../../../db/repositories/employers/vacancies-repo';
import { householdExists } from '../../../db/repositories/registry/households-repo';
import { findService, insertService, listServicesOfHousehold, listServicesOfPerson } from '../../../db/repositories/services/service-records-repo';
import type { ServiceValues } from '../../../db/repositories/services/service-records-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { checkNotFuture, checkPersonDate, fieldError, requireNotArchived, requirePerson, RuleProblems } from '../registry/person-rules';
import { NO_SERVICE_DETAILS } from '../../../shared/domain/service-details';

type KindFields = Omit<ServiceValues, 'personId' | 'householdId' | 'date' | 'clerk' | 'outcome' | 'content'>;

/** A record of a kind without details: no vacancy, no referral result, no course or benefit. */
export const NO_KIND_FIELDS = { vacancyId: null, referralResult: null, ...NO_SERVICE_DETAILS } as const;

function kindFields(input: RecordServiceInput): KindFields {
  switch (input.kind) {
    case 'referral':
      return {
        ...NO_KIND_FIELDS,
        kind: input.kind,
        vacancyId: input.vacancyId ?? null,
        referralResult: input.referralResult,
        referralResultOn: input.referralResult === 'pending' ? null : input.date,
      };
    case 'training':
      return { ...NO_KIND_FIELDS, kind: input.kind, course: input.course, hours: input.hours, certificate: input.certificate ?? null };
    case 'policy_benefit':
      return {
        ...NO_KIND_FIELDS,
        kind: input.kind,
        benefitType: input.benefitType,
        amount: input.amount,
        benefitPeriod: input.benefitPeriod,
        approvalNumber: input.approvalNumber,
      };
    default:
      return { ...NO_KIND_FIELDS, kind: input.kind };
  }
}

/** Who the service is for: a person (not archived, dated within their life) or a household. */
function subjectOf(db: DeskDatabase, today: string, input: RecordServiceInput, problems: RuleProblems): Pick<ServiceValues, 'personId' | 'householdId'> {
  if ('personId' in input.subject) {
    const person = requirePerson(db, input.subject.personId, 'subject.personId');
    requireNotArchived(person, today, 'subject.personId');
    checkPersonDate(problems, person, today, 'date', input.date, '服务日期');
    return { personId: person.id, householdId: null };
  }
  const householdId = input.subject.householdId;
  if (!householdExists(db, householdId)) throw fieldError('NOT_FOUND', 'subject.householdId', '找不到该户，请刷新后重试');
  checkNotFuture(problems, today, 'date', input.date, '服务日期');
  if (input.kind === 'referral' || input.kind === 'training') {
    problems.add('subject', `${SERVICE_KIND_LABEL[input.kind]}只能登记到个人，不能登记到户`);
  }
  return { personId: null, householdId };
}

export function recordService(db: DeskDatabase, ctx: CallerContext, today: string, input: RecordServiceInput): RecordServiceResult {
  return inTransaction(db, () => {
    const problems = new RuleProblems();
    const subject = subjectOf(db, today, input, problems);
    const fields = kindFields(input);
    const vacancy = fields.vacancyId === null ? null : findVacancy(db, fields.vacancyId);
    if (fields.vacancyId !== null && !vacancy) problems.add('vacancyId', '找不到该岗位，请刷新后重试');
    problems.throwIfAny();
    const values: ServiceValues = {
      ...subject,
      ...fields,
      date: input.date,
      clerk: input.clerk,
      outcome: input.outcome ?? null,
      content: input.content ?? null,
    };
    const record = findService(db, insertService(db, values));
    if (!record) throw new Error('刚登记的服务记录读不到');
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'service_record', entityKey: String(record.id), after: record });
    const suggestedSpell =
      fields.referralResult === 'hired' && subject.personId !== null
        ? { personId: subject.personId, startDate: input.date, kind: 'unit' as const, employerName: vacancy?.employerName ?? null }
        : null;
    return { record, suggestedSpell };
  });
}

export function listServicesForPerson(db: DeskDatabase, personId: number): ServiceRecord[] {
  requirePerson(db, personId);
  return listServicesOfPerson(db, personId);
}

export function listServicesForHousehold(db: DeskDatabase, householdId: number): ServiceRecord[] {
  if (!householdExists(db, householdId)) throw fieldError('NOT_FOUND', 'householdId', '找不到该户，请刷新后重试');
  return listServicesOfHousehold(db, householdId);
}
