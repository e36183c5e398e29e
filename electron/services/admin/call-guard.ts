/**
 * A community clerk's scope (issue #13): lists, searches, the worklist and assessments show only the own community,
 * and a call about a person, household or record of another community is refused — checked here, around every
 * call through dispatch, whatever the door (window, browser, CLI). Every refusal is written to the audit trail.
 */
import { AppError } from '../../../shared/app-error';
import type { MethodName } from '../../../shared/contract';
import { maskerFor } from '../../../shared/domain/privacy/masking';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { communityOfComplaint } from '../../../db/repositories/complaints/complaints-scope-repo';
import { personOfRegistration, personOfSpell } from '../../../db/repositories/employment/employment-scope-repo';
import { findWish } from '../../../db/repositories/employment/employment-corrections-repo';
import { personOfAgreement, personOfMeasure, personOfRecognition } from '../../../db/repositories/recognitions/recognitions-scope-repo';
import { communityOfHousehold, communityOfPerson, personIdsInCommunity } from '../../../db/repositories/registry/registry-scope-repo';
import { subjectOfService } from '../../../db/repositories/services/services-scope-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import type { CallGuard } from '../dispatch';
import { maskingRules } from '../street/print-settings';

type Input = Record<string, unknown>;

/** How a method's input names what it is about; each check returns the community ids it touches (null: not found). */
type Check = (db: DeskDatabase, input: Input) => (number | null)[];

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const person = (field: string): Check => (db, input) => [num(input[field]) === null ? null : communityOfPerson(db, num(input[field]) as number)];
const household = (field: string): Check => (db, input) => [num(input[field]) === null ? null : communityOfHousehold(db, num(input[field]) as number)];
const viaPerson = (find: (db: DeskDatabase, id: number) => number | null, field = 'id'): Check => (db, input) => {
  const id = num(input[field]);
  const personId = id === null ? null : find(db, id);
  return [personId === null ? null : communityOfPerson(db, personId)];
};
const both = (...checks: Check[]): Check => (db, input) => checks.flatMap((c) => c(db, input));

/** 作废: the community of the voided record's person (or household, or of the complaint). */
const voidable: Check = (db, input) => {
  const id = num(input.id) ?? 0;
  const ofPerson = (personId: number | null): number | null => (personId === null ? null : communityOfPerson(db, personId));
  switch (input.entity) {
    case 'service_record': {
      const subject = subjectOfService(db, id);
      if (!subject) return [null];
      return [subject.personId !== null ? ofPerson(subject.personId) : communityOfHousehold(db, subject.householdId ?? 0)];
    }
    case 'unemployment_registration':
      return [ofPerson(personOfRegistration(db, id))];
    case 'employment_spell':
      return [ofPerson(personOfSpell(db, id))];
    case 'employment_wish':
      return [ofPerson(findWish(db, id)?.personId ?? null)];
    case 'complaint':
      return [communityOfComplaint(db, id)];
    case 'difficulty_recognition':
      return [ofPerson(personOfRecognition(db, id))];
    case 'assistance_agreement':
      return [ofPerson(personOfAgreement(db, id))];
    default:
      return [null];
  }
};

/** Methods about one thing: the thing must be in the clerk's community. */
const SUBJECT_CHECKS: Partial<Record<MethodName, Check>> = {
  'communities.setPlatform': (_db, input) => [num(input.id)],
  'households.get': household('id'),
  'households.update': both(household('id'), (_db, input) => [num((input.fields as Input | undefined)?.communityId)]),
  'households.setFlag': household('id'),
  'persons.get': person('id'),
  'persons.update': person('id'),
  'persons.move': both(person('id'), household('householdId')),
  'persons.archive': person('id'),
  'persons.timeline': person('id'),
  'persons.create': household('householdId'),
  'persons.reveal': person('personId'),
  'audit.ofPerson': person('personId'),
  'spells.add': person('personId'),
  'spells.close': viaPerson(personOfSpell),
  'registrations.register': person('personId'),
  'registrations.cancel': viaPerson(personOfRegistration),
  'wishes.record': person('personId'),
  'wishes.confirmDeemedNoWish': person('personId'),
  'employment.ofPerson': person('personId'),
  'services.record': (db, input) => (input.personId !== undefined && input.personId !== null ? person('personId')(db, input) : household('householdId')(db, input)),
  'services.recordBulk': (db, input) => (Array.isArray(input.personIds) ? input.personIds.map((id) => communityOfPerson(db, id as number)) : []),
  'services.listForPerson': person('personId'),
  'services.listForHousehold': household('householdId'),
  'services.setReferralResult': (db, input) => {
    const subject = subjectOfService(db, num(input.id) ?? 0);
    if (!subject) return [null];
    return [subject.personId !== null ? communityOfPerson(db, subject.personId) : communityOfHousehold(db, subject.householdId ?? 0)];
  },
  'recognitions.apply': person('personId'),
  'recognitions.review': viaPerson(personOfRecognition),
  'recognitions.exit': viaPerson(personOfRecognition),
  'recognitions.listForPerson': person('personId'),
  'assistance.get': person('personId'),
  'assistance.create': person('personId'),
  'assistance.addMeasure': viaPerson(personOfAgreement, 'agreementId'),
  'assistance.completeMeasure': viaPerson(personOfMeasure),
  'assistance.recordFollowUp': viaPerson(personOfAgreement, 'agreementId'),
  'assistance.close': viaPerson(personOfAgreement),
  'corrections.void': voidable,
  'corrections.editRegistration': viaPerson(personOfRegistration),
  'corrections.editSpell': viaPerson(personOfSpell),
  'corrections.editWish': (db, input) => voidable(db, { entity: 'employment_wish', id: input.id }),
  'corrections.wish': (db, input) => voidable(db, { entity: 'employment_wish', id: input.id }),
  'corrections.editService': (db, input) => voidable(db, { entity: 'service_record', id: input.id }),
  'corrections.editRecognition': viaPerson(personOfRecognition),
  'corrections.editAgreement': viaPerson(personOfAgreement),
  'corrections.editComplaint': (db, input) => [communityOfComplaint(db, num(input.id) ?? 0)],
  'corrections.deleteHousehold': household('id'),
  'corrections.deletePerson': person('id'),
  'complaints.judge': (db, input) => [communityOfComplaint(db, num(input.id) ?? 0)],
  'complaints.resolve': (db, input) => [communityOfComplaint(db, num(input.id) ?? 0)],
  'population.person': person('personId'),
  'population.household': household('householdId'),
  'completeness.person': person('personId'),
  'wishes.deemedNoWishCandidates': (db, input) => (num(input.personId) === null ? [] : person('personId')(db, input)),
  'documents.householdCard': household('householdId'),
  'documents.recognitionForm': viaPerson(personOfRecognition, 'recognitionId'),
  'documents.agreement': viaPerson(personOfAgreement, 'agreementId'),
};

/** Writes that name a community: it must be the clerk's own. */
const COMMUNITY_WRITES: ReadonlySet<MethodName> = new Set<MethodName>(['households.create', 'complaints.record', 'assessment.recordManual', 'vacancies.create', 'vacancies.update']);

/** Reads narrowed to a community (`communityId`; absent or null = the whole street): forced to the clerk's own. */
const COMMUNITY_READS: ReadonlySet<MethodName> = new Set<MethodName>([
  'households.list',
  'wishes.deemedNoWishCandidates',
  'complaints.list',
  'population.snapshot',
  'completeness.community',
  'worklist.list',
  'assessment.run',
  'assessment.trend',
  'ledgers.page',
  'ledgers.print',
  'ledgers.exportXlsx',
  'ledgers.exportPdf',
]);

/** Lists of persons with no community filter of their own: rows of other communities are left out. */
const PERSON_LISTS: Partial<Record<MethodName, (row: Input) => number | null>> = {
  'search.persons': (row) => num(row.id),
  'vacancies.matches': (row) => num(row.personId),
  'vacancies.referrals': (row) => num(row.personId),
};

/** Methods answering with one person's record (the person page). */
const PERSON_RECORDS: ReadonlySet<MethodName> = new Set<MethodName>(['persons.get', 'persons.create', 'persons.update', 'persons.move', 'persons.archive']);

export const OUT_OF_SCOPE = '社区经办人只能查看和处理本社区的数据：该记录属于其他社区或不存在';

function refuse(): never {
  throw new AppError('FORBIDDEN', OUT_OF_SCOPE);
}

/** The input as a community clerk may use it; other roles' inputs pass unchanged. */
export function scopeInput(db: DeskDatabase, ctx: CallerContext, method: MethodName, input: unknown): unknown {
  if (ctx.role !== 'community_clerk' || ctx.anonymous) return input;
  const own = ctx.communityId;
  if (own === null) throw new AppError('FORBIDDEN', '该社区经办人账号没有所属社区：请街道管理员设置');
  const data = (input ?? {}) as Input;
  const check = SUBJECT_CHECKS[method];
  if (check && check(db, data).some((community) => community !== own)) refuse();
  if (COMMUNITY_WRITES.has(method) && data.communityId !== own) refuse();
  // 导入本所台账 places new persons in the chosen community (null for the kinds that add no one).
  if (method === 'ledgerImport.preview' && data.communityId !== null && data.communityId !== undefined && data.communityId !== own) refuse();
  if (COMMUNITY_READS.has(method)) {
    if (data.communityId !== undefined && data.communityId !== null && data.communityId !== own) refuse();
    return { ...data, communityId: own };
  }
  return input;
}

const ID_NUMBER = /^\d{17}[\dX]$/;

type Masker = ReturnType<typeof maskerFor>;

/**
 * Every ID number (18 characters) and phone number anywhere in a value, masked by the one masking rule (设置 →
 * 打印设置): what an inspector is shown.
 */
export function maskEverywhere(value: unknown, masker: Masker, key = ''): unknown {
  if (typeof value === 'string') {
    if (ID_NUMBER.test(value)) return masker.idNumber(value);
    if (/phone$/i.test(key) && value.length > 0) return masker.phone(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => maskEverywhere(v, masker, key));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskEverywhere(v, masker, k)]));
}

/**
 * The value as the caller may see it: for an inspector every ID and phone number masked, whatever the method; for
 * everyone the person page's numbers masked; for a community clerk, persons of other communities left out of lists.
 */
export function scopeOutput(db: DeskDatabase, ctx: CallerContext, method: MethodName, value: unknown): unknown {
  if (ctx.role === 'inspector' && !ctx.anonymous) return maskEverywhere(value, maskerFor(maskingRules(db)));
  if (PERSON_RECORDS.has(method) && value !== null && typeof value === 'object') {
    // The person page shows the numbers masked for every role; 显示 (persons.reveal) shows them, audited.
    const mask = maskerFor(maskingRules(db));
    const person = value as { idNumber: string; phone: string | null };
    value = { ...person, idNumber: mask.idNumber(person.idNumber), phone: person.phone === null ? null : mask.phone(person.phone) };
  }
  if (ctx.role !== 'community_clerk' || ctx.communityId === null) return value;
  const keyOf = PERSON_LISTS[method];
  if (keyOf && Array.isArray(value)) {
    const mine = personIdsInCommunity(db, ctx.communityId);
    return value.filter((row) => mine.has(keyOf(row as Input) ?? -1));
  }
  if (method === 'persons.resolveIdNumbers' && Array.isArray(value)) {
    const mine = personIdsInCommunity(db, ctx.communityId);
    return (value as Input[]).map((line) =>
      line.personId === null || mine.has(line.personId as number)
        ? line
        : { ...line, personId: null, name: null, maskedIdNumber: null, communityName: null, status: 'unknown', reason: '不是本社区的人员' },
    );
  }
  return value;
}

export function createCallGuard(db: DeskDatabase): CallGuard {
  return {
    scopeInput: (ctx, method, input) => scopeInput(db, ctx, method, input),
    scopeOutput: (ctx, method, value) => scopeOutput(db, ctx, method, value),
    refused(ctx, method, message) {
      if (db.readOnly) return;
      try {
        recordAudit(db, { username: ctx.anonymous ? '(未登录)' : ctx.username, action: 'refused', entity: 'method', entityKey: method, after: { role: ctx.role, communityId: ctx.communityId, message } });
      } catch (error) {
        console.error('[desk] could not record a refusal:', error);
      }
    },
  };
}
