/**
 * Deleting what was entered by mistake (issue #14): a household that never had a member, a community without
 * households, a person with no history of any kind (admins only). Each names what it deletes in the audit trail;
 * a refusal says in Chinese why, and leaves the database unchanged.
 */
import { AppError } from '../../../shared/app-error';
import { countVoidedOfCommunity, countVoidedOfPerson } from '../../../db/repositories/corrections/voided-records-repo';
import { countComplaintsOfCommunity } from '../../../db/repositories/complaints/complaint-corrections-repo';
import { deleteCommunityRow } from '../../../db/repositories/communities/community-deletions-repo';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { countEmploymentRecordsOfPerson } from '../../../db/repositories/employment/employment-corrections-repo';
import { countRecognitionsOfPerson } from '../../../db/repositories/recognitions/recognition-links-repo';
import { findHousehold } from '../../../db/repositories/registry/households-repo';
import { findPerson } from '../../../db/repositories/registry/persons-repo';
import {
  countCurrentMembers,
  countHouseholdsOfCommunity,
  countMembershipPeriods,
  countMembersEver,
  deleteEmptyHousehold,
  deletePersonRow,
} from '../../../db/repositories/registry/registry-deletions-repo';
import { countServicesOfHousehold, countServicesOfPerson } from '../../../db/repositories/services/service-corrections-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { countUsersOfCommunity } from '../../../db/repositories/system/community-users-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { refreshHouseholds } from '../population/recompute';

interface Deleted {
  id: number;
  name: string;
}

const refuse = (message: string): never => {
  throw new AppError('CONFLICT', message);
};

/** A foreign key still pointing at the row: refused with `message`, nothing written. */
function orRefuse(fn: () => boolean, message: string): boolean {
  try {
    return fn();
  } catch (error) {
    if (error instanceof Error && /FOREIGN KEY/i.test(error.message)) refuse(message);
    throw error;
  }
}

export function deleteHousehold(db: DeskDatabase, ctx: CallerContext, id: number): Deleted {
  return inTransaction(db, () => {
    const household = findHousehold(db, id);
    if (!household) throw new AppError('NOT_FOUND', '找不到该户，可能已被删除，请刷新后重试');
    const name = `户 ${household.number}`;
    const current = countCurrentMembers(db, id);
    if (current > 0) refuse(`该户仍有 ${current} 名成员，不能删除`);
    const ever = countMembersEver(db, id);
    if (ever > 0) refuse(`该户曾有 ${ever} 名成员（已迁出或移户），户的历史要保留，不能删除`);
    const services = countServicesOfHousehold(db, id);
    if (services > 0) refuse(`该户有 ${services} 条以户为对象的服务记录，不能删除`);
    orRefuse(() => deleteEmptyHousehold(db, id), `${name}仍被其他记录引用，不能删除`);
    recordAudit(db, { username: ctx.username, action: 'delete', entity: 'household', entityKey: String(id), before: household });
    return { id, name };
  });
}

export function deleteCommunity(db: DeskDatabase, ctx: CallerContext, id: number): Deleted {
  return inTransaction(db, () => {
    const community = findCommunityById(db, id);
    if (!community) throw new AppError('NOT_FOUND', '找不到该社区，可能已被删除，请刷新后重试');
    const households = countHouseholdsOfCommunity(db, id);
    if (households > 0) refuse(`${community.name}仍有 ${households} 户，不能删除`);
    const complaints = countComplaintsOfCommunity(db, id) + countVoidedOfCommunity(db, id);
    if (complaints > 0) refuse(`${community.name}有 ${complaints} 条投诉记录（含已作废的），不能删除`);
    const users = countUsersOfCommunity(db, id);
    if (users > 0) refuse(`${community.name}有 ${users} 个社区经办人账号，请先在“用户与安全”中改为其他社区或删除后再试`);
    orRefuse(() => deleteCommunityRow(db, id), `${community.name}仍被用工单位结对、岗位或考核、验收记录引用，不能删除`);
    recordAudit(db, { username: ctx.username, action: 'delete', entity: 'community', entityKey: String(id), before: community });
    return { id, name: community.name };
  });
}

export function deletePerson(db: DeskDatabase, ctx: CallerContext, id: number): Deleted {
  return inTransaction(db, () => {
    const person = findPerson(db, id);
    if (!person) throw new AppError('NOT_FOUND', '找不到该人员，可能已被删除，请刷新后重试');
    if (person.archivedOn !== null) refuse(`${person.name}已于 ${person.archivedOn} 迁出，迁出的人员要保留，不能删除`);
    const services = countServicesOfPerson(db, id);
    if (services > 0) refuse(`${person.name}有 ${services} 条服务记录，不能删除`);
    const employment = countEmploymentRecordsOfPerson(db, id);
    if (employment > 0) refuse(`${person.name}有 ${employment} 条就业、失业登记或就业意愿记录，不能删除`);
    const recognitions = countRecognitionsOfPerson(db, id);
    if (recognitions > 0) refuse(`${person.name}有 ${recognitions} 条就业困难认定记录，不能删除`);
    const voided = countVoidedOfPerson(db, id);
    if (voided > 0) refuse(`${person.name}有 ${voided} 条已作废的记录，作废记录要保留，不能删除`);
    if (countMembershipPeriods(db, id) > 1) refuse(`${person.name}有移户记录，不能删除`);
    orRefuse(() => deletePersonRow(db, id), `${person.name}仍被其他记录引用，不能删除`);
    recordAudit(db, { username: ctx.username, action: 'delete', entity: 'person', entityKey: String(id), before: person });
    refreshHouseholds(db, [person.householdId]);
    return { id, name: person.name };
  });
}
