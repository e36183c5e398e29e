/** Persons (人员): the person page, create, edit, move to another household, archive (迁出). Nothing is deleted. */
import { AppError } from '../../../shared/app-error';
import type {
  ArchivePersonInput,
  CreatePersonInput,
  MovePersonInput,
  PersonDetail,
  PersonFields,
  UpdatePersonInput,
} from '../../../shared/contract/registry';
import { parseIdNumber } from '../../../shared/domain/id-number';
import { nameInitials } from '../../../shared/domain/name-initials';
import type { FieldProblem } from '../../../shared/result';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findHousehold } from '../../../db/repositories/registry/households-repo';
import { findPerson, findPersonWithPlace, insertPerson, updatePerson } from '../../../db/repositories/registry/persons-repo';
import type { PersonEditable, PersonRow } from '../../../db/repositories/registry/persons-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { refreshPersons } from '../population/recompute';
import { currentSpan, joinHousehold, leaveOnArchive, moveMember, moveProblems, setCurrentRelation } from './memberships';
import { agreementProblems, editableProblems, requireUnregistered } from './person-checks';
import { dateProblem, householdNotFound, invalidFields, personNotFound, staleVersion, throwIfProblems } from './registry-errors';

/**
 * The person page's record. What leaves the API has the ID and phone numbers masked for every role (DOMAIN §8;
 * admin/call-guard.ts); the users allowed see them in full only through persons.reveal, which is audited.
 */
export function personDetail(db: DeskDatabase, id: number, _ctx: CallerContext | null = null): PersonDetail {
  const row = findPersonWithPlace(db, id);
  if (!row) throw personNotFound();
  const { nameInitials: _initials, ...person } = row;
  return person;
}

function editable(fields: Partial<PersonFields> & Pick<PersonFields, 'name' | 'relation' | 'workAbility'>): PersonEditable {
  return {
    name: fields.name,
    nameInitials: nameInitials(fields.name),
    relation: fields.relation,
    phone: fields.phone ?? null,
    education: fields.education ?? null,
    workAbility: fields.workAbility,
    isStudent: fields.isStudent ?? false,
    isRetired: fields.isRetired ?? false,
    retirementBase: fields.retirementBase ?? null,
    migrantWorker: fields.migrantWorker ?? false,
    veteran: fields.veteran ?? false,
    graduationYear: fields.graduationYear ?? null,
    skills: fields.skills ?? null,
    skillLevel: fields.skillLevel ?? null,
    socialInsurance: fields.socialInsurance ?? null,
    policiesEnjoyed: fields.policiesEnjoyed ?? null,
  };
}

export function createPerson(db: DeskDatabase, ctx: CallerContext, input: CreatePersonInput, today: string): PersonDetail {
  return inTransaction(db, () => {
    if (!findHousehold(db, input.householdId)) throw householdNotFound('householdId');
    const parsed = parseIdNumber(input.idNumber, today);
    const id = parsed.ok ? parsed.value : null;
    const joinedOn = input.joinedOn ?? null;
    const span = { from: joinedOn, to: null };
    const problems = editableProblems(db, input, { id, householdId: input.householdId, selfId: null, today, span });
    const joined = joinedOn === null ? null : dateProblem('joinedOn', '迁入日期', joinedOn, today, id ? { date: id.birthDate, label: '出生日期' } : undefined);
    if (joined) problems.push(joined);
    if (!parsed.ok) throw invalidFields([{ path: 'idNumber', message: parsed.reason }, ...problems]);
    throwIfProblems([...agreementProblems(parsed.value, input), ...problems]);
    requireUnregistered(db, parsed.value.idNumber);
    const personId = insertPerson(db, {
      ...editable(input),
      idNumber: parsed.value.idNumber,
      gender: parsed.value.gender,
      birthDate: parsed.value.birthDate,
      householdId: input.householdId,
    });
    joinHousehold(db, personId, input.householdId, input.relation, joinedOn);
    const after = findPerson(db, personId);
    recordAudit(db, { username: ctx.username, action: 'create', entity: 'person', entityKey: String(personId), after });
    refreshPersons(db, [personId]);
    return personDetail(db, personId);
  });
}

/** The person as stored, at the version the caller saw: a stale version is a conflict, never an overwrite. */
function current(db: DeskDatabase, id: number, version: number): PersonRow {
  const person = findPerson(db, id);
  if (!person) throw personNotFound();
  if (person.version !== version) throw staleVersion(person.name, person.version);
  return person;
}

function save(db: DeskDatabase, before: PersonRow, change: Parameters<typeof updatePerson>[3]): PersonRow {
  if (!updatePerson(db, before.id, before.version, change)) throw staleVersion(before.name, before.version);
  const after = findPerson(db, before.id);
  if (!after) throw personNotFound();
  return after;
}

export function editPerson(db: DeskDatabase, ctx: CallerContext, input: UpdatePersonInput, today: string): PersonDetail {
  return inTransaction(db, () => {
    const before = current(db, input.id, input.version);
    const context = { id: before, householdId: before.householdId, selfId: before.id, today, span: currentSpan(db, before.id) };
    throwIfProblems(editableProblems(db, input.fields, context, 'fields.'));
    const after = save(db, before, editable(input.fields));
    setCurrentRelation(db, before.id, input.fields.relation);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'person', entityKey: String(before.id), before, after });
    refreshPersons(db, [before.id]);
    return personDetail(db, before.id);
  });
}

function requireActive(person: PersonRow, doing: string): void {
  if (person.archivedOn !== null) {
    throw new AppError('REJECTED', `“${person.name}”已于 ${person.archivedOn} 迁出，不能${doing}`);
  }
}

/**
 * Moves the person into another household from `date` on (迁移): the old membership period ends the day before, the
 * new one begins on the date, so every earlier date still sees the person in the old household. The audit keeps
 * both households.
 */
export function movePerson(db: DeskDatabase, ctx: CallerContext, input: MovePersonInput, today: string): PersonDetail {
  return inTransaction(db, () => {
    const before = current(db, input.id, input.version);
    requireActive(before, '再移户');
    const from = findHousehold(db, before.householdId);
    const to = findHousehold(db, input.householdId);
    if (!to) throw householdNotFound('householdId');
    const problems: FieldProblem[] = [];
    const date = dateProblem('date', '移户日期', input.date, today, { date: before.birthDate, label: '出生日期' });
    if (date) problems.push(date);
    problems.push(...moveProblems(db, before, to, input.relation, input.date).filter((p) => p.path !== 'date' || !date));
    throwIfProblems(problems);
    moveMember(db, before.id, to.id, input.relation, input.date);
    save(db, before, { householdId: to.id, relation: input.relation });
    recordAudit(db, {
      username: ctx.username,
      action: 'update',
      entity: 'person',
      entityKey: String(before.id),
      // Both places in full (household and community, by id and as shown then): the person's timeline reads moves from here.
      before: {
        householdId: before.householdId,
        householdNumber: from?.number ?? null,
        communityId: from?.communityId ?? null,
        communityName: from?.communityName ?? null,
        relation: before.relation,
        version: before.version,
      },
      after: {
        householdId: to.id,
        householdNumber: to.number,
        communityId: to.communityId,
        communityName: to.communityName,
        relation: input.relation,
        movedOn: input.date,
        version: before.version + 1,
      },
    });
    refreshPersons(db, [before.id]);
    return personDetail(db, before.id);
  });
}

/** 迁出: the person stays on record with the date and reason; from that date on they no longer count. */
export function archivePerson(db: DeskDatabase, ctx: CallerContext, input: ArchivePersonInput, today: string): PersonDetail {
  return inTransaction(db, () => {
    const before = current(db, input.id, input.version);
    requireActive(before, '重复迁出');
    const date = dateProblem('date', '迁出日期', input.date, today, { date: before.birthDate, label: '出生日期' });
    const joined = currentSpan(db, before.id).from;
    const beforeJoined = !date && joined !== null && input.date <= joined ? { path: 'date', message: `迁出日期须晚于迁入本户的日期 ${joined}` } : null;
    throwIfProblems([date, beforeJoined].filter((p): p is FieldProblem => p !== null));
    leaveOnArchive(db, before.id, input.date);
    const after = save(db, before, { archivedOn: input.date, archiveReason: input.reason });
    recordAudit(db, { username: ctx.username, action: 'archive', entity: 'person', entityKey: String(before.id), before, after });
    refreshPersons(db, [before.id]);
    return personDetail(db, before.id);
  });
}
